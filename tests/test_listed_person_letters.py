"""A listed person called by letters the rules do not give (helper ``initials49``, 2026-12-06), and an unlisted
person's initials defined with what the person is after a comma.

Before: with Hodan Warsame listed, "Hodan Warsame (H.A.W.) rang. H.A.W. said no." came out "Mary (H.A.W.) rang.
H.A.W. said no." (the letters left: a middle name the rules leave out), "Hodan Warsame rang. HAW said no." as
"Person 1 said no."; "H.A.Warsame" as "H.A.Mary", "K.A.Farah" as "Person 2Ruth", "E.G. Mbeki" (Ewan Mbeki listed)
as "Place 1 Sam", "J. Warsame" (somebody else of the family) as "J. Mary"; "Tariq Hussain (TH, her partner)" as
"Person 1 (TH, her partner)" or "Person 1 (Person 1, her partner)". Now the letters with a middle are the listed
person's where the draft defines them after the name, or, undefined, where one listed person starts and ends alike
and the sentence makes them somebody; initials before a listed surname are the person's where the first is their
given name's, else the whole is somebody else ("Person 1"); the bracket after an unlisted name says what the
person is only ("Person 1 (her partner)"). Cases from ``tests/listed_person_letters_gen.py``: tuned and held-back
seeds; ``python tests/listed_person_letters_gen.py [--show] [--held-back]`` counts them by kind.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from redact.pipeline import Redactor
from redact.rules import parse_rules

sys.path.insert(0, str(Path(__file__).parent))

from listed_person_letters_gen import HELD_BACK, TUNED, make_case, outcome  # noqa: E402

# (the held-back seeds that still fail, counted at the end and never looked at: 1 of 50)
_HELD_BACK_FAILURES_AT_MOST = 1


@pytest.mark.parametrize("seed", list(TUNED))
def test_tuned(seed):
    case = make_case(seed)
    assert outcome(case) is None, (case["label"], case["text"], outcome(case))


def test_held_back_count():
    wrong = sum(1 for seed in HELD_BACK if outcome(make_case(seed)) is not None)
    assert wrong <= _HELD_BACK_FAILURES_AT_MOST


RULES = {"version": 1, "review": "test", "dates": {"date_of_death": "2023-07-09"},
         "people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}, {"name": "Khadra Abdi Farah", "pseudonym": "Ruth"},
                    {"name": "Tariq Abdi", "pseudonym": "John"}, {"name": "Ewan Mbeki", "pseudonym": "Sam"}]}


@pytest.fixture(scope="module")
def redactor():
    return Redactor(parse_rules(RULES))


@pytest.mark.parametrize("text, expected", [
    ("Hodan Warsame (H.A.W.) rang. H.A.W. said no.", "Mary rang. Mary said no."),
    ("Hodan Warsame (HAW) rang. HAW's sister said no.", "Mary rang. Mary's sister said no."),
    ("Hodan Warsame rang. HAW said no.", "Mary rang. Mary said no."),
    ("H.A.Warsame rang. T.Abdi said no.", "Mary rang. John said no."),
    ("Police spoke to H. A. Warsame.", "Police spoke to Mary."),
    ("K.A.Farah rang.", "Ruth rang."),
    ("E.G. Mbeki rang.", "Sam rang."),
    ("AT Warsame's sister rang.", "Person 1's sister rang."),
    ("Tariq Hussain (TH, her partner) rang. TH said no.", "Person 1 (her partner) rang. Person 1 said no."),
])
def test_the_brief_s_examples(text, expected):
    # (a redactor of its own: the numbers of unlisted people count on across texts)
    assert Redactor(parse_rules(RULES)).redact_text(text) == expected


@pytest.mark.parametrize("text", [
    "Hodan Warsame rang. The HAW team met.",         # letters that are no person where the sentence says so
    "Hodan Warsame rang. CSC visited the home.",     # a report's acronym starting and ending alike
    "Her GP Warsame said no.",                        # a role before the surname is no initials
])
def test_no_letters_taken_where_they_are_no_one(redactor, text):
    out = redactor.redact_text(text)
    assert "HAW" in out or "CSC" in out or "GP" in out


def test_somebody_else_of_the_family(redactor):
    out = redactor.redact_text("J. Warsame rang.")
    assert "Warsame" not in out and "J." not in out and "Mary" not in out


def test_an_unlisted_name_with_the_letters_keeps_them(redactor):
    # "Hamza Ali Wardi" has the letters HAW: not guessed the listed Hodan Warsame's
    out = redactor.redact_text("Hamza Ali Wardi rang. HAW said no.")
    assert "Mary" not in out and "HAW" not in out


OTHER_RULES = {"version": 1, "review": "test", "dates": {"date_of_death": "2023-07-09"},
               "people": [{"name": "Niamh O'Brien", "pseudonym": "Clare"}, {"name": "Łukasz Żak", "pseudonym": "Piotr"},
                          {"name": "Sean McDonald", "pseudonym": "Liam"}]}


@pytest.mark.parametrize("text, expected", [
    ("Niamh O'Brien (N.M.O'B.) rang. N.M.O'B. said no.", "Clare rang. Clare said no."),
    ("Niamh O'Brien rang. NMOB said no.", "Clare rang. Clare said no."),
    ("Łukasz Żak (ŁPŻ) rang. ŁPŻ said no.", "Piotr rang. Piotr said no."),
    ("Łukasz Żak rang. L.P.Z. said no.", "Piotr rang. Piotr said no."),
    ("Police spoke to Ł. P. Żak.", "Police spoke to Piotr."),
    ("Sean McDonald rang. SJMD said no.", "Liam rang. Liam said no."),
])
def test_elided_prefixed_and_marked_names(text, expected):
    assert Redactor(parse_rules(OTHER_RULES)).redact_text(text) == expected
