"""A word that says which part of a listed place ("North", "Upper", "Greater") stays with the place's pseudonym.

"South Wexham" (Wexham listed as "Town A") came out as "Person 1 Town A", "She lived in East Wexham" as "Place 1
Town A": the model read the two words as one person or place, and what was left once the listed place was taken
became a name of its own. It is the place's qualifier: "South Town A".
"""
from __future__ import annotations

import random

import pytest

from redact.lexicon import PLACE_QUALIFIERS
from quietly import redact_text, verify_text

PLACES = ["Wexham", "Ashcombe", "Kingsmere", "Hartsford", "Brackenfield", "Oakbridge", "Thornworth", "Leeds",
          "Cardiff", "Bradford", "Swansea", "Luton", "Caldmere", "Dunmore"]
_SENTENCES = ["{q} {place}", "She lived in {q} {place} until 2019.", "The family moved to {q} {place}.",
              "{q} {place} Primary School made a referral.", "| 14/03 | Police | Officers in {q} {place} attended |",
              "He worked in {q} {place} and drank at weekends.", "They met at a party in {q} {place}."]


def _cases(count: int, seed: int) -> list[tuple[dict, str, str]]:
    rng = random.Random(seed)
    qualifiers = sorted(PLACE_QUALIFIERS - {"St", "Saint", "Royal", "Market"})
    cases = []
    for _ in range(count):
        place, qualifier = rng.choice(PLACES), rng.choice(qualifiers)
        rules = {"people": [{"name": "Katarzyna Kowalska", "pseudonym": "Anna"}],
                 "places": [{"name": place, "pseudonym": "Town A"}], "dates": {"date_of_death": "2022-08-09"}}
        cases.append((rules, rng.choice(_SENTENCES).format(q=qualifier, place=place), qualifier))
    return cases


CASES = _cases(60, seed=6101) + _cases(60, seed=8802)   # the second written with the first, run after the fix


@pytest.mark.parametrize("rules, sentence, qualifier", CASES)
def test_the_qualifier_stays_with_the_pseudonym(rules, sentence, qualifier):
    out = redact_text(sentence, rules)
    assert f"{qualifier} Town A" in out, out
    assert "Person " not in out and "Place " not in out, out
    assert verify_text(out, rules).ok, out
