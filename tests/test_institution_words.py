"""Services, departments, boroughs and offices read as written (tests/institution_words_gen.py): a department's
words that are also a town's are no place ("Day Surgery"), a listed borough's title and letters go with it
("LB Tower Hamlets" -> "Area A"), and an office's words before a surname stay ("Lord Justice Person 1"); a listed
town inside an institution's name and an unlisted surname after an office still go (the controls)."""
from __future__ import annotations

import sys

import pytest

from institution_words_gen import HELD_BACK, TUNED, count, run_seed

# the tuned seeds only: the held-back part is counted (``python tests/test_institution_words.py``), never looked at,
# and 7/50 of its departments still read wrongly (the quality row in docs/quality.md)
SEEDS = list(TUNED)[:16]


# an unlisted officer's surname in a heading's capitals ("CHIEF SUPERINTENDENT MWANGI") or after an office the
# finders take for no title ("Magistrate", "Recorder") is not found: a miss of the person finders, counted apart
_UNLISTED_OFFICER_LEFT = "leak: the officer's surname left"


@pytest.mark.parametrize("seed", SEEDS)
def test_institutions_read_as_written(seed):
    wrong = [(case["text"], output, found) for case, output, found in run_seed(seed)
             if [problem for problem in found if problem != _UNLISTED_OFFICER_LEFT]]
    assert not wrong, wrong


@pytest.mark.xfail(reason="an unlisted officer's surname in capitals or after 'Magistrate'/'Recorder' is not found "
                          "(reported by overred57; on main too)", strict=False)
@pytest.mark.parametrize("text", ["CHIEF SUPERINTENDENT MWANGI", "She was referred to the Magistrate Lindqvist."])
def test_an_unlisted_officers_surname_goes(text):
    from institution_words_gen import _redactor

    assert text.split()[-1].strip(".").lower() not in _redactor({}).redact_text(text).lower()


@pytest.mark.parametrize("text, kept", [
    ("She was seen at Day Surgery on 3 May.", "Day Surgery"),
    ("She was referred to Plastic Surgery.", "Plastic Surgery"),
    ("The Perinatal Mental Health Team saw her.", "Perinatal Mental Health Team"),
    ("| Emergency Centre | 3 contacts |", "Emergency Centre"),
    ("Lord Justice Mensah said so.", "Lord Justice "),
])
def test_a_departments_or_an_offices_words_stay(text, kept):
    from institution_words_gen import _redactor

    out = _redactor(RULES).redact_text(text)
    assert kept in out and "Mensah" not in out, out


@pytest.mark.parametrize("text, place", [
    ("She was taken to Mile End Hospital.", "Mile End"), ("She attended Globe Town Surgery.", "Globe"),
    ("She attended Castle Medical Centre.", "Castle"), ("She attended Leeds Sexual Health Clinic.", "Leeds"),
    ("Llanelli Walk-in Centre saw her.", "Llanelli"), ("She attended Heath Lane Surgery.", "Heath Lane"),
])
def test_a_place_made_of_words_before_a_kind_still_goes(text, place):
    """The controls: words several towns are named with ("End", "Town", "Castle"), a street, a town before a
    department's words."""
    from institution_words_gen import _redactor

    out = _redactor({}).redact_text(text)
    assert place not in out and "Place 1" in out, out


RULES = {"places": [{"name": "Tower Hamlets", "pseudonym": "Area A"}, {"name": "Dewsbury", "pseudonym": "Town B"}]}


@pytest.mark.parametrize("text, expected", [
    ("LB Tower Hamlets housing officers visited.", "Area A housing officers visited."),
    ("The London Borough of Tower Hamlets replied.", "The Area A replied."),
    ("LBTH wrote to her.", "Area A wrote to her."),
    ("Dewsbury District Hospital admitted her.", "Town B District Hospital admitted her."),
    ("He was seen at the Dewsbury Walk-in Centre.", "He was seen at the Town B Walk-in Centre."),
])
def test_a_listed_area_under_its_title_and_a_listed_town_in_a_name(text, expected):
    from institution_words_gen import _redactor

    assert _redactor(RULES).redact_text(text) == expected


if __name__ == "__main__":
    part = sys.argv[sys.argv.index("--part") + 1] if "--part" in sys.argv else "both"
    if part in ("tuned", "both"):
        print("tuned", count(TUNED, show="--show" in sys.argv))
    if part in ("held-back", "both"):
        print("held-back", count(HELD_BACK))
