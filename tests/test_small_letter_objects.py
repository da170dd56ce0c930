"""A listed name whose small-letter form is an English word, written in small letters as the object of a person's
verb or preposition ("She spoke with lan.", "He moved in with khan.", "Mum took reid to hospital."), as the subject
after an opening adverb before an irregular past ("Apparently khan hit her.", "Then lan went out."), or as a colour,
a month or an adjective where the shape decides ("Mum rang jade twice.", "Did ruby hit you?", "Then, rose threw a
glass."): apply replaces it and verify reports it; the same words as English words in the same shapes stay
(tests/small_letter_objects_gen.py)."""
from __future__ import annotations

import pytest

from quietly import redact_text, verify_text
from small_letter_objects_gen import SHAPED_WORD_USES, TUNED, make_cases, run_case

RULES = {"version": 1, "review": "t", "people": [
    {"name": "Lan Nguyen", "pseudonym": "Mary"}, {"name": "Tariq Khan", "pseudonym": "John"},
    {"name": "Heather Reid", "pseudonym": "Ruth"}, {"name": "Jade Okafor", "pseudonym": "Bea"},
    {"name": "Sunny Gill", "pseudonym": "Anna"}],
    "dates": {"date_of_death": "2023-07-09"}}
# measured on TUNED with the rule (before it: object 63/100, past 37/50, wordy 20/50 silent); what is left are
# adverbs ("long", "precious", "pat"), qualities ("patience", "joy"), modals ("can hit her") and the irregular pasts
# a month or a colour may do ("jade broke", "may brought")
SILENT_BOUNDS = {"object": 12, "past": 3, "wordy": 3}


def test_tuned_seeds_within_their_bounds():
    silent: dict[str, int] = {}
    for seed in TUNED:
        for case in make_cases(seed):
            output, result = run_case(case)
            assert result != "changed", (case["sentence"], output)
            if result == "silent":
                silent[case["kind"]] = silent.get(case["kind"], 0) + 1
    assert all(silent.get(kind, 0) <= bound for kind, bound in SILENT_BOUNDS.items()), silent


@pytest.mark.parametrize("text, name", [
    ("She spoke with lan last week.", "lan"), ("He lived with khan for two years.", "khan"),
    ("They went out with reid on 3 March.", "reid"), ("She moved in with lan in 2019.", "lan"),
    ("She split up with khan.", "khan"), ("He was scared of lan.", "lan"), ("i miss heather", "heather"),
    ("Mum took reid to hospital.", "reid"), ("He drove khan home.", "khan"), ("i texted lan last night", "lan"),
    ("Apparently khan hit her.", "khan"), ("Then lan went out.", "lan"), ("Later reid came back.", "reid"),
    ("Earlier, khan threw a glass.", "khan"), ("Mum rang jade twice.", "jade"), ("He hit sunny again.", "sunny"),
    ("Did jade hit you?", "jade"), ("She argued with sunny at the address.", "sunny"),
])
def test_a_small_letter_name_in_those_places_goes_and_verify_reports_it(text, name):
    assert not verify_text(text, RULES).ok, text
    output = redact_text(text, RULES)
    assert name not in output.lower().replace("?", " ").replace(".", " ").replace(",", " ").split(), output
    assert verify_text(output, RULES).ok, output


@pytest.mark.parametrize("text", [
    "She married young.", "He rang late.", "They took care to explain.", "He took time to reply.",
    "It was rated amber.", "She visited in May.", "The hill was covered with heather.", "He will hit her again.",
    "Then long waits followed.", "Then mark the file as closed.", "He rang on 3 May.", "She spoke with dignity.",
] + [t for uses in SHAPED_WORD_USES.values() for t in uses])
def test_the_words_as_words_stay(text):
    rules = {**RULES, "people": RULES["people"] + [
        {"name": word.capitalize() + " Moyo", "pseudonym": f"Adult {letter}"} for word, letter in
        zip(("grace", "hope", "joy", "faith", "patience", "young", "long", "mark", "amber", "may", "will", "summer"),
            "CDEFGHIJKLMN")]}
    assert redact_text(text, rules) == text
