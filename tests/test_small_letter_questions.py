"""A listed name whose small-letter form is an English word, written in small letters as the subject of a sentence an
adverb opens ("Maybe lan was scared."), of a question ("Did lan tell you?", "where is khan??"), or as a person rung,
called, told or heard ("Mum rang lan twice.", "i told reid everything", "heard lan scream"): apply replaces it and
verify reports it; the same words as English words in the same shapes stay (tests/small_letter_questions_gen.py)."""
from __future__ import annotations

import pytest

from quietly import redact_text, verify_text
from small_letter_questions_gen import SHAPED_WORD_USES, TUNED, make_cases, run_case

from redact.lexicon import RELATION_WORDS
from redact.name_or_word import COLOURS, MODALS, TIME_WORDS, _adjectives_and_adverbs

RULES = {"version": 1, "review": "t", "people": [
    {"name": "Lan Nguyen", "pseudonym": "Mary"}, {"name": "Tariq Khan", "pseudonym": "John"},
    {"name": "Heather Reid", "pseudonym": "Ruth"}, {"name": "Hope Okafor", "pseudonym": "Grace"}],
    "dates": {"date_of_death": "2023-07-09"}}


@pytest.mark.parametrize("seed", TUNED[::5])
def test_generated_controls_stay_and_most_names_go(seed):
    # the names that stay are the bound's: colours, months, modals, adjectives and relation words read as words
    for case in make_cases(seed):
        output, result = run_case(case)
        assert result != "changed", (case["sentence"], output)
        if result == "silent":
            word = case["secrets"][0]
            assert word in COLOURS | MODALS | TIME_WORDS | RELATION_WORDS or word in _adjectives_and_adverbs() \
                or case["kind"] == "question" and "be there" in case["sentence"], (case["sentence"], output)


@pytest.mark.parametrize("text, name", [
    ("Maybe lan was scared.", "lan"), ("Apparently, khan punched her again.", "khan"), ("Then reid left the flat.", "reid"),
    ("Eventually hope punched the wall.", "hope"), ("Did lan tell you?", "lan"), ("why did khan do that", "khan"),
    ("where is lan??", "lan"), ("Has reid eaten today?", "reid"), ("Q: Did khan ever threaten you? A: Yes.", "khan"),
    ("Mum rang lan twice.", "lan"), ("She called khan at 22:00.", "khan"), ("i told reid everything", "reid"),
    ("Neighbours heard lan scream.", "lan"), ("They saw khan shouting at her.", "khan"),
])
def test_a_small_letter_name_in_those_places_goes_and_verify_reports_it(text, name):
    assert not verify_text(text, RULES).ok, text
    output = redact_text(text, RULES)
    assert name not in output.split() and name not in output.lower().replace("?", " ").split(), output
    assert verify_text(output, RULES).ok, output


@pytest.mark.parametrize("text", [
    "Only hope was left.", "Did they hope to move?", "Maybe there was hope.", "Was the office lan down?",
    "Did hope fade?", "Nearly hope was gone.", "Then the lan failed.", "She told the truth.",
    "He heard the lan was down.", "i hope u r ok?", "Perhaps a khan ruled there.",
] + [t for uses in SHAPED_WORD_USES.values() for t in uses if "hope" in t or "lan" in t])
def test_the_words_as_words_stay(text):
    assert redact_text(text, RULES) == text
