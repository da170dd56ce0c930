"""A school, church, hospital or hospice named after its saint: "St Mark's Primary", "St. Peter's RC Primary School",
"Saint Joseph's", "St Thomas' Hospital". Found by reading a redacted draft (2026-12-05): the model read the
saint as a person, so "Tiana's school (St Mark's Primary)" became "(Person 4's Primary)", a stranger in the
narrative, and "St Oswald's C of E Academy" became "Person 6's C of Place 4 Academy" (the "E" of "C of E" a town).

A guessed person that is a saint's name is the place dedicated to the saint: replaced as a place is ("Place 1
Primary"), with the possessive and the kind after it kept; a letter is no town before an organisation's kind.
(Where the model reads the saint and the kind as one place, "Saint Michael Parish Church" -> "Place 2", as before:
a place either way.)
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor

TUNED, HELD_BACK = 11, 12
SAINTS = ["Mary", "Mark", "John", "Peter", "Paul", "Anne", "Joseph", "Thomas", "Bede", "Oswald", "Luke", "Michael",
          "George", "Andrew", "David", "Patrick", "Bridget", "Cuthbert", "Aidan", "Chad", "Teresa", "Margaret",
          "Catherine", "Helen", "Edmund", "Alban", "Hilda", "Wilfrid", "Columba", "Illtud", "Teilo", "Francis",
          "Clare", "Vincent", "Benedict", "Dominic", "Augustine", "Gregory", "Anselm", "Edward", "Matthew", "James",
          "Stephen", "Bernadette", "Kentigern", "Ninian", "Mungo", "Brigid", "Winefride", "Swithun"]
TITLES = ["St", "St.", "Saint"]
KINDS = ["Primary", "RC Primary School", "Church", "Hospital", "Hospice", "C of E Academy", "Catholic College",
         "High School", "Infant School", "Catholic Primary School", "Parish Church", "Nursery", "Church Hall", ""]
FRAMES = ["Her daughter's school ({S}) recorded that she seemed withdrawn.", "She was taken to {S} by ambulance.",
          "The funeral was held at {S} on a Friday.", "The children attended {S} from 2019.",
          "She volunteered at {S} on Sundays.", "A teacher at {S} made a referral to MASH.",
          "{S} had no concerns about the family.", "The family worshipped at {S}."]


def _saint(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(SAINTS)
    possessive = rng.choice(["'s", "’s", "'s", "" if not name.endswith("s") else "'"])
    if name.endswith("s") and possessive in ("'s", "’s") and rng.random() < 0.5:
        possessive = "'"
    kind = rng.choice(KINDS)
    return f"{rng.choice(TITLES)} {name}{possessive}" + (f" {kind}" if kind else ""), kind


def _cases(seed: int, n: int = 80) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        saint, kind = _saint(rng)
        out.append((rng.choice(FRAMES).format(S=saint), kind))
    return out


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor({"people": [{"name": "Angela Whitfield", "pseudonym": "Ruth"}]})


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_a_saints_name_is_no_person(redactor, seed):
    cases = _cases(seed)
    wrong = []
    for text, kind in cases:
        out = redactor.redact_text(text)
        if "Person" in out or re.search(r"\b(?:of|C|RC) Place \d", out):
            wrong.append((text, out))
    assert not wrong, f"{len(wrong)} of {len(cases)}: {wrong[:8]}"


@pytest.mark.parametrize("text, expected", [
    ("Tiana's school (St Mark's Primary) recorded it.", "Tiana's school (Place 1 Primary) recorded it."),
    ("He was treated at St Thomas' Hospital.", "He was treated at Place 1 Hospital."),
    ("The children attended St Oswald's C of E Academy.", "The children attended Place 1 C of E Academy."),
    ("Mark said he was sorry.", "Person 1 said he was sorry."),
    ("She told Mark Saint about it.", "She told Person 1 about it."),
])
def test_saints_and_people(text, expected):
    assert quiet_redactor({"people": [{"name": "Angela Whitfield", "pseudonym": "Ruth"}]}).redact_text(text) == expected
