"""A birth name after "born" or "(b." is a person's name, not a place and not left.

"Katarzyna Kowalska (b. Nowak)" kept the maiden name (nothing read "b." as "born"), and "Katarzyna Kowalska, born
Nowak" gave "born Place 1": the place reader took any capitalised word after "born" as a birthplace, with or
without "in". A birthplace needs its preposition ("born in Tarnów", still a place); the word straight after "born"
or "(b." is the surname the person was born with. Surnames are drawn from every naming tradition.
"""
from __future__ import annotations

import random

import pytest

from benchmarks.drafts.names import TRADITIONS, drawn_at_random
from conftest import quiet_redactor

_FORMS = ["{given} {surname} (b. {birth}) was 34 when she died.", "{given} {surname}, born {birth}, moved in 2015.",
          "{given} (b. {birth}) told her GP she was frightened.", "{given} {surname} (born {birth}) had two children.",
          "She was born {birth} and took her husband's name, {surname}.", "Records held her as {given} {surname} "
          "(b.{birth}).", "| {given} {surname} (born {birth}) | Victim | 34 |"]


def _birth_name_cases(count: int, seed: int) -> list[tuple[dict, str, str]]:
    rng = random.Random(seed)
    cases = []
    for index in range(count):
        drawn = drawn_at_random(rng, index)
        other = list(TRADITIONS.values())[(index + 1 + rng.randrange(len(TRADITIONS) - 1)) % len(TRADITIONS)]
        birth = rng.choice(other.surnames)[1 if drawn.female else 0]
        if set(birth.split()) & set(drawn.surname.split() + drawn.given.split()):
            continue
        rules = {"people": [{"name": f"{drawn.given} {drawn.surname}", "pseudonym": "Anna"}],
                 "dates": {"date_of_death": "2022-08-09"}}
        sentence = rng.choice(_FORMS).format(given=drawn.given, surname=drawn.surname, birth=birth)
        cases.append((rules, sentence, birth))
    return cases


CASES = _birth_name_cases(60, seed=3301)
HELD_BACK = _birth_name_cases(60, seed=8812)   # written with the tuned seed, run once after the fix


@pytest.mark.parametrize("rules, sentence, birth", CASES + HELD_BACK, ids=lambda v: None)
def test_the_name_after_born_is_a_person_taken_out(rules, sentence, birth):
    out = quiet_redactor(rules).redact_text(sentence)
    assert birth not in out, out
    assert "Place " not in out and "[place]" not in out, out


@pytest.mark.parametrize("sentence, place", [
    ("She was born in Thornworth and moved to Leeds in 2015.", "Thornworth"),
    ("He was born at Caldmere Hospital.", "Caldmere"),
    ("Her mother lived near Wexham until 2019.", "Wexham"),
])
def test_a_birthplace_with_its_preposition_is_still_a_place(sentence, place):
    out = quiet_redactor({"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena"}]}).redact_text(sentence)
    assert place not in out, out
    assert "Person " not in out, out


@pytest.mark.parametrize("sentence", [
    "Their son (b. 2019) lived with his father.", "She was born prematurely.", "The baby was born September 2019.",
    "He was born Monday morning, according to the midwife.", "Her daughter was born healthy.",
])
def test_what_follows_born_without_a_name_stays(sentence):
    assert quiet_redactor({"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena"}]}).redact_text(
        sentence) == sentence
