"""Red team "given51": a relative's given name that no name list holds ("Gift", "Favour", "Bunny"), before the
surname listed people of the family carry, makes the two an unlisted person; a word that leads a surname without
being a name ("When", "Dear", "Ask", "Uncle", "PC", "In May", "Police") makes no one
(``given_names_before_listed_surnames_gen``, through ``Redactor.redact_text`` with the generator's rules). Tuned
and held-back seeds are counted apart (``python tests/test_given_names_before_listed_surnames.py [--show]``: only
tuned failures print).
"""
from __future__ import annotations

import sys

import pytest

import given_names_before_listed_surnames_gen as gen
from quietly import outcome_of, print_counts, redact_text

# controls found and still open (docs/quality.md, the "given51" row), as on main: "Young Warsame" is read whole as
# a name by the name recogniser ("Young" a surname, "Person 1 was at school"); "In May Rahman rang" has its month
# taken for a place ("In Place 1 Sarah rang"): the neighbouring class of words that name no one (words51)
OPEN_CONTROLS = ("Young {s} was at school.", "In May {s} rang the police.")
# a held-back relative still failing after the change (7 of 50 on main): counted, never read while tuning
OPEN_HELD_BACK_RELATIVES = (1042,)


def _open(case: dict) -> bool:
    return case.get("frame") in OPEN_CONTROLS \
        or case["kind"] == "relative" and case["seed"] in OPEN_HELD_BACK_RELATIVES


def _outcome(case: dict) -> str | None:
    return outcome_of(gen, case)


@pytest.mark.parametrize("seed", [*gen.TUNED, *gen.HELD_BACK])
def test_a_relatives_name_goes_and_no_control_makes_a_person(seed):
    wrong = [w for case in gen.make_cases(seed) if not _open(case) and (w := _outcome(case))]
    assert not wrong, wrong


_RULES = {"people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}, {"name": "Abdi Warsame", "pseudonym": "John"}]}


@pytest.mark.parametrize("text, relative", [
    ("Gift Warsame, her brother, called police.", "Gift"), ("Later Favour Warsame gave a statement.", "Favour"),
    ("Her cousin Bunny Warsame visited.", "Bunny"),
    ("Bunny Warsame's account differs from that of Hodan Warsame.", "Bunny"),
    # open (docs/quality.md, given51): a name that is also a verb, opening its sentence before a possessive, reads
    # as an imperative does ("Phone Warsame's sister about the key")
    pytest.param("Gift Warsame's account differs from that of Hodan Warsame.", "Gift",
                 marks=pytest.mark.xfail(strict=True, reason="a verb's possessive opening a sentence: imperative")),
])
def test_the_relative_is_an_unlisted_person(text, relative):
    out = redact_text(text, _RULES)
    assert relative not in out and "Warsame" not in out and "Person 1" in out, out
    assert ("Mary" in out) == ("Hodan" in text) and "John" not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Contact Warsame today.", "Contact"), ("Ask Warsame about it.", "Ask"), ("Dear Warsame,", "Dear"),
    ("Phone Warsame’s sister about the key, the note said.", "Phone"), ('The banner read "Support Warsame".', "Support"),
    ('He texted her: "Sorry Warsame, can\'t make it tonight."', "Sorry"), ("During Lockdown Warsame lost her job.",
                                                                          "Lockdown"),
    ("At Christmas Warsame visited.", "Christmas"), ("Probation Warsame were informed.", "Probation"),
    ("Uncle Warsame came round.", "Uncle"), ("On Monday Warsame rang the police.", "Monday"),
])
def test_a_word_before_the_surname_makes_no_one(text, kept):
    out = redact_text(text, _RULES)
    assert kept in out and "Warsame" not in out and "Person" not in out, out


if __name__ == "__main__":
    print_counts(gen, _outcome, _open, show="--show" in sys.argv)
