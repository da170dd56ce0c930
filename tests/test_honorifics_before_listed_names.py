"""A listed person with a title of a faith, a community, a family or the forces before the name: "Pastor Okafor",
"Rabbi Cohen", "Alhaji Bello", "Aunty Grace", "Pani Nowak", "Pte Evans", "Messrs Nowak and Okafor".

Found by a probe of titles as reports write them: the model (or the known-names recogniser) read the title and the
name as one name, whose title was no word of any listed person, so the whole became an unlisted "Person 8" beside
the listed person's own pseudonym elsewhere (the same woman under two names), or the title alone was left as a
"Person 4" before the pseudonym. Now the title stays and the person is the listed one.

People come from the draft generator's traditions (given name first); the titles are written out below, not read
from ``redact.lexicon``, so that the test does not check the list against itself. (Courtesy titles and police
ranks, "Mrs", "Sgt", go with the listed form and its pseudonym, as before: tests/test_police_ranks_with_a_prefix.py.)
"""
from __future__ import annotations

import random
import re

import pytest

from benchmarks.drafts.names import two_of_each_tradition
from conftest import quiet_redactor

from redact.api import verify_bytes

PSEUDONYM_GIVEN, PSEUDONYM_SURNAME = "Ruth", "Green"
TITLES = ["Pastor", "Rabbi", "Bishop", "Canon", "Deacon", "Sister", "Brother", "Mufti", "Alhaji", "Alhaja", "Giani",
          "Chief", "Madam", "Engr", "Barr", "Uncle", "Auntie", "Aunty", "Aunt", "Pani", "Herr", "Frau", "Señora",
          "Monsieur", "Pte", "Cpl", "LCpl", "Gnr", "Spr", "Lt", "Capt", "Maj", "Private", "Major", "Gunner",
          "Sapper", "Trooper", "Rifleman", "Guardsman", "Brigadier", "Commander"]
SENTENCES = ["{t} {n} spoke to the panel in March.", "The chair wrote to {t} {n} twice.",
             "According to {t} {n}, the family were worried.", "Later, {t} {n} said she had been frightened.",
             "{t} {n}'s statement was read to the inquest.", "A letter from {t} {n} (the family's friend) followed."]


def _people() -> list[tuple[str, str]]:
    return [(p.given, p.surname) for p in two_of_each_tradition() if not p.tradition.family_first
            and " " not in p.given and " " not in p.surname and p.surname[0].isupper() and p.given[0].isupper()]


def _cases() -> list[tuple[str, str, str, str, str]]:
    rng = random.Random(35)
    cases = []
    for index, (given, surname) in enumerate(_people()):
        for form in ("surname", "given"):
            title = rng.choice(TITLES)
            sentence = SENTENCES[(index * 2 + (form == "given")) % len(SENTENCES)]
            cases.append((given, surname, form, title, sentence))
    return cases


CASES = _cases()


def _rules(given: str, surname: str) -> dict:
    return {"people": [{"name": f"{given} {surname}", "role": "friend",
                        "pseudonym": f"{PSEUDONYM_GIVEN} {PSEUDONYM_SURNAME}"}],
            "dates": {"date_of_death": "2023-06-14"}}


@pytest.mark.parametrize("given, surname, form, title, sentence", CASES)
def test_a_title_before_a_listed_name_keeps_the_listed_person(given, surname, form, title, sentence):
    written = surname if form == "surname" else given
    text = sentence.format(t=title, n=written)
    out = quiet_redactor(_rules(given, surname)).redact_text(text)
    for word in re.split(r"[\s-]+", f"{given} {surname}"):
        assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", out), out
    assert "Person" not in out, out                       # not an unlisted somebody
    assert re.search(rf"(?<!\w){re.escape(title)} (?:{PSEUDONYM_GIVEN}|{PSEUDONYM_SURNAME}|"
                     rf"{PSEUDONYM_GIVEN} {PSEUDONYM_SURNAME})\b", out), out
    assert verify_bytes(out.encode(), "txt", _rules(given, surname)).ok, out


@pytest.mark.parametrize("text, listed", [
    ("Messrs Nowak and Okafor were interviewed by the police.", "Tomasz Nowak"),
    ("Pastor Okafor and her husband attended the funeral.", "Grace Okafor"),
    ("The Misses Okafor gave statements to the police.", "Grace Okafor"),
])
def test_a_plural_or_a_church_title_before_a_listed_surname(text, listed):
    out = quiet_redactor(_rules(*listed.split())).redact_text(text)
    assert listed.split()[1] not in out
    assert f"{PSEUDONYM_GIVEN} {PSEUDONYM_SURNAME}" in out and not re.search(r"Person \d+ (?:and|gave)", out) \
        or "Person" not in out.split(" and ")[0], out


@pytest.mark.parametrize("text, listed, other", [
    # a given name of somebody else before a listed surname: still that other person, replaced whole
    ("Liam Okafor, her brother, was at work.", "Grace Okafor", "Liam"),
    ("Imam Hossain, her cousin, drove her home.", "Rahima Hossain", "Imam"),
    ("Hafiz Rahman, a neighbour, called the police.", "Amina Rahman", "Hafiz"),
    ("Sheikh Ahmed collected the children.", "Sana Ahmed", "Sheikh"),
])
def test_a_relative_s_given_name_that_could_be_a_title_is_still_somebody_else(text, listed, other):
    out = quiet_redactor(_rules(*listed.split())).redact_text(text)
    assert listed.split()[1] not in out and other not in out, out
    assert re.search(r"Person \d+", out), out
