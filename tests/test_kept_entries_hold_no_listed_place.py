"""A ``keep:`` entry never keeps a listed place inside it, in apply and in verify alike.

With "Wexham" listed and "Wexham Police" kept, ``apply`` left the area's name ("Wexham Police attended") and
``verify`` took anything inside a kept entry for clean. The place now gets its pseudonym inside the kept name
("Town A Police"), ``verify`` reports it where it is left, and loading the rules warns about the entry, naming it. A
listed person's word inside a longer kept name stays the kept name's, as before: the chair "Harjit Kaur" kept while
a Manpreet Kaur Sandhu is listed.
People are drawn from every naming tradition (``benchmarks/drafts/names.py``); places and kept bodies are varied.
"""
from __future__ import annotations

import random
import warnings

import pytest

from benchmarks.drafts.names import OTHER_FIRST, drawn_at_random
from redact.errors import RulesWarning
from redact.pipeline import Redactor
from quietly import redact_text, verify_text

PLACES = ["Wexham", "Ashcombe", "Kingsmere", "Hartsford", "Thornbury", "Market Harford", "Brackenfield",
          "Oakbridge", "Lower Wyeford"]
KEPT_BODIES = ["{place} Police", "{place} Women's Aid", "{place} Borough Council", "{place} Domestic Abuse Service",
               "{place} Community Safety Partnership", "{place} Foodbank", "The {place} Foundation",
               "{place} and District Refuge"]
SENTENCES = ["{kept} attended the address. She had lived in {place} since 2019.",
             "A referral was made to {kept}. Her mother still lives in {place}.",
             "{kept} did not respond. The family moved to {place}.",
             "The panel thanked {kept} for its report."]


def _cases(count: int, seed: int):
    rng = random.Random(seed)
    cases = []
    for i in range(count):
        person = drawn_at_random(rng, i)
        place = PLACES[i % len(PLACES)]
        kept = KEPT_BODIES[i % len(KEPT_BODIES)].format(place=place)
        sentence = SENTENCES[i % len(SENTENCES)].format(kept=kept, place=place)
        cases.append((f"{person.given} {person.surname}", place, kept, sentence))
    return cases


CASES = _cases(36, 41)


def _rules(name: str, place: str, kept: list[str]) -> dict:
    return {"version": 1, "people": [{"name": name, "pseudonym": "Adult A"}],
            "places": [{"name": place, "pseudonym": "Town A"}], "dates": {"date_of_death": "2022-02-03"},
            "keep": kept}


@pytest.mark.parametrize("name, place, kept, sentence", CASES, ids=[c[2] for c in CASES])
def test_the_listed_place_inside_a_kept_entry_gets_its_pseudonym(name, place, kept, sentence):
    rules = _rules(name, place, [kept])
    out = redact_text(sentence, rules)
    assert place not in out, out
    assert kept.replace(place, "Town A") in out, out
    assert verify_text(out, rules).ok, out


@pytest.mark.parametrize("name, place, kept, sentence", CASES, ids=[c[2] for c in CASES])
def test_verify_reports_the_place_left_inside_a_kept_entry(name, place, kept, sentence):
    rules = _rules(name, place, [kept])
    verdict = verify_text(f"{kept} attended the address.", rules)
    assert not verdict.ok


@pytest.mark.parametrize("name, place, kept, sentence", CASES[:9], ids=[c[2] for c in CASES[:9]])
def test_loading_the_rules_warns_naming_the_kept_entry(name, place, kept, sentence):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Redactor(_rules(name, place, [kept, "Helen Ashworth"]))
    messages = [str(w.message) for w in caught if issubclass(w.category, RulesWarning)]
    about = [m for m in messages if f"'{kept}'" in m]
    assert len(about) == 1 and "\n" not in about[0] and "Town A" in about[0], messages
    assert not any("Helen Ashworth" in m for m in messages), messages


def _chair_cases(count: int, seed: int):
    rng = random.Random(seed)
    cases = []
    for i in range(count):
        person = drawn_at_random(rng, i, given_ok=lambda g: " " not in g)
        chair_given = OTHER_FIRST[i % len(OTHER_FIRST)]
        surname_word = person.surname.split()[-1]
        cases.append((f"{person.given} {person.surname}", f"{chair_given} {surname_word}"))
    return cases


@pytest.mark.parametrize("name, chair", _chair_cases(12, 43))
def test_a_listed_persons_word_inside_a_kept_name_stays_kept(name, chair):
    """Unchanged: another person sharing a surname, kept by name, is the kept name's."""
    rules = _rules(name, "Wexham", [chair])
    text = f"The chair, {chair}, thanked the family. {name} was 34."
    out = redact_text(text, rules)
    assert chair in out and name not in out, out
    assert verify_text(out, rules).ok, out
