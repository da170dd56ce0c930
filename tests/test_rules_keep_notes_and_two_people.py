"""Two rules-file habits of authors (found by a red-team of rules written as authors write them):

- a kept name with a note beside it, "Helen Ashworth (Independent Chair)", "Dr Sam Patel, Panel GP", "Joanne Vickers -
  author": the text writes the name alone, and the chair became "Person 1". The name without its note is kept too.
- two people in one entry, "Anjali and Raj Sharma": both got one pseudonym ("Rosa hit her. Rosa died."). Refused in
  one line saying to list each.
People are drawn from every naming tradition with a fixed seed.
"""
from __future__ import annotations

import random

import pytest

from benchmarks.drafts.names import drawn_at_random
from redact.errors import RulesError
from redact.rules import parse_rules

NOTES = ["({role})", "- {role}", "– {role}", ", {role}", "({role}, {agency})"]
ROLES = ["Independent Chair", "Panel GP", "author", "Chair", "Report Author", "Safeguarding Lead", "DHR Coordinator"]
AGENCIES = ["Wealdshire Police", "NHS England", "the CSP"]


def _kept(seed: int, count: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for index in range(count):
        person = drawn_at_random(rng, index)
        name = f"{rng.choice(['', 'Dr ', 'DCI ', 'Ms '])}{person.given} {person.surname}"
        note = rng.choice(NOTES).format(role=rng.choice(ROLES), agency=rng.choice(AGENCIES))
        out.append((f"{name} {note}" if not note.startswith(",") else f"{name}{note}", name))
    return out


@pytest.fixture(scope="module")
def victim():
    return {"name": "Grace Adjoa Mensah", "pseudonym": "Efua"}


@pytest.mark.parametrize("entry, name", _kept(seed=3, count=30))
def test_a_kept_name_with_a_note_keeps_the_name(victim, entry, name):
    from redact import Redactor

    rules = {"people": [victim], "keep": [entry], "dates": {"date_of_death": "2022-02-03"}}
    assert name in parse_rules(rules).keep
    text = f"The review was chaired by {name}. Grace Mensah had been seen by her GP."
    out = Redactor(rules).redact_text(text)
    assert name in out and "Grace" not in out, (entry, out)


def _pairs(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for index in range(count):
        first, second = drawn_at_random(rng, index), drawn_at_random(rng, index + 1)
        out.append(rng.choice([f"{first.given} and {second.given} {first.surname}",
                               f"{first.given} & {second.given} {first.surname}",
                               f"Mr and Mrs {first.surname}", f"{first.given} {first.surname} and {second.given}"]))
    return out


@pytest.mark.parametrize("name", _pairs(seed=4, count=20))
def test_two_people_in_one_entry_are_refused(name):
    with pytest.raises(RulesError, match="names two people"):
        parse_rules({"people": [{"name": name, "pseudonym": "Rosa"}]})


@pytest.mark.parametrize("name", ["Brighton and Hove", "Trinity and All Saints"])
def test_a_place_may_hold_and(name):
    assert parse_rules({"places": [{"name": name, "pseudonym": "Area A"}]}).places[0].name == name
