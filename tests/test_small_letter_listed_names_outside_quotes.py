"""A listed name written in small letters outside a quoted message, whose small-letter form is also a word of the
dictionary ("lan" of LAN, "reid" and "khan" of people WordNet lists, "hope", "will", "wolf"): as a bare subject
opening a sentence, a note or a clause before a verb a person does ("lan was seen by the health visitor.", "Note:
reid attended.", "He said khan was fine."), alone in a table's cell ("| lan | victim |") or as a chat line's sender
("[22:14] lan: where r u"), apply replaces it and verify reports it (both passed it: brief "redteam54"). The same
words as English writes them in small letters stay (tests/small_letter_listed_names_gen.py's ``WORD_USES``), and
"a"/"i" in small letters is no initial of a listed form ("a gift for her son" of Gift Adeyemi).
"""
from __future__ import annotations

import pytest

from quietly import redact_text, verify_text
from small_letter_listed_names_gen import HELD_BACK, TUNED, WORD_USES, control_sweep, make_cases, run_case

from redact.name_or_word import NameOrWord

SEEDS = list(TUNED)[:10] + list(HELD_BACK)[:3]
# "noted that khan had a cut lip": "that" is read as a determiner ("said that crystal went missing"), so the name
# there stays open (counted in docs/quality.md)
_OPEN = "noted that"


@pytest.mark.parametrize("seed", SEEDS)
def test_generated_notes_rows_and_chat_lines(seed):
    for case in make_cases(seed):
        if _OPEN in case["sentence"]:
            continue
        output, problem = run_case(case)
        assert problem is None, (case["kind"], case["sentence"], output, [p["name"] for p in case["rules"]["people"]])


RULES = {"version": 1, "review": "t", "people": [
    {"name": "Lan Nguyen", "pseudonym": "Mary"}, {"name": "Bogdan Kowalczyk", "pseudonym": "John"},
    {"name": "Tariq Khan", "pseudonym": "Peter"}, {"name": "Hope Reid", "pseudonym": "Ruth"}],
    "dates": {"date_of_death": "2023-07-09"}}


@pytest.mark.parametrize("text, written", [
    ("lan was seen by the health visitor.", "lan"),
    ("Note: lan attended the appointment.", "lan"),
    ("He said khan was fine.", "khan"),
    ("- reid phoned 101 at 02:10", "reid"),
    ("reid's phone was off.", "reid"),
    ("When hope left, the police were called.", "hope"),
    ("| khan | perpetrator |", "khan"),
    ("[22:14] lan: where r u", "lan"),
    ("12/03/2021, 22:14 - hope: ok im going", "hope"),
])
def test_the_name_in_small_letters_goes_and_verify_reports_it(text, written):
    assert not verify_text(text, RULES).ok, text
    output = redact_text(text, RULES)
    assert written not in output.split() and written not in output, output
    assert verify_text(output, RULES).ok, output


@pytest.mark.parametrize("text", [
    "the office lan was down", "a wireless lan at the refuge", "i hope ur ok", "There was little hope of change.",
    "We hope the family find this useful.", "She said she was fine.",
])
def test_the_word_in_small_letters_stays(text):
    assert redact_text(text, RULES) == text
    assert verify_text(text, RULES).ok, text


def test_every_english_use_of_the_listed_words_stays():
    changed, total, shown = control_sweep(WORD_USES)
    assert total > 100 and changed == 0, shown


JUDGE = NameOrWord({"hope", "may", "amber", "khan"}, tagger=False)


@pytest.mark.parametrize("text, word, replaced", [
    ("may was busy at the clinic", "may", False),          # a month opening its clause is the time...
    ("may said she was fine", "may", True),                # ...but not before what only a person does
    ("amber went to red in March", "amber", False),        # (verify reports it, as before: "went" is a person's too)
    ("khan went to the shop", "khan", True),
    ("It will be reviewed.", "will", False),
    ("the khan was a ruler", "khan", False),
])
def test_months_and_colours_open_a_clause_as_the_word(text, word, replaced):
    start = text.index(word)
    assert JUDGE.judge(text, start, start + len(word)).replaced_by_apply is replaced


def test_a_or_i_in_small_letters_is_no_initial():
    rules = {"people": [{"name": "Gift Adeyemi", "pseudonym": "Karim"}, {"name": "Will Ito", "pseudonym": "Jo"}],
             "dates": {"date_of_death": "2023-07-09"}}
    for text in ("a gift for her son", "She bought a gift for her son.", "i will call u later"):
        assert redact_text(text, rules) == text
