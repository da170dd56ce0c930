"""A month's name with a year or a day beside it is the month, even where a town has the name.

March is a town in Cambridgeshire: "She moved in March 2019" came out as "She moved in Place 1 2019" (a move's
"in" before a gazetteer name made it a place), and "born in March 1988" as "born in Place 1 1988". A month with a
year after it, a day with its ordinal or before a year after it, or a day before it is the month; the town is
still the town where nothing dates it ("moved to March in 2019", "lived in March, Cambridgeshire", "moved to March
12 years ago").
"""
from __future__ import annotations

import random

import pytest

from redact.lexicon import MONTHS
from quietly import redact_text

RULES = {"people": [{"name": "Katarzyna Kowalska", "pseudonym": "Anna"}], "dates": {"date_of_death": "2022-08-09"}}
_DATED = ["She moved in {month} {year}.", "They were rehoused in {month} {year} after the fire.",
          "He returned in {month}, {year}.", "She was born in {month} {year}.", "She moved in {month} {day}th.",
          "They relocated on {day} {month}.", "He travelled in {month} {day}, {year} to see his mother.",
          "She lived there from {month} {year} to {other} {year2}.", "They moved in {month} {day}, {year}."]


def _dated_cases(count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    cases = []
    for _ in range(count):
        month, other = rng.choice(MONTHS), rng.choice(MONTHS)
        year = rng.randrange(1975, 2024)
        sentence = rng.choice(_DATED).format(month=month, other=other, year=year, year2=year + 1,
                                             day=rng.randrange(4, 28))
        cases.append((sentence, month))
    return cases


CASES = _dated_cases(60, seed=4401) + _dated_cases(60, seed=9901)


@pytest.mark.parametrize("sentence, month", CASES)
def test_a_dated_month_stays_a_month(sentence, month):
    out = redact_text(sentence, RULES)
    assert "Place" not in out and month in out, out


@pytest.mark.parametrize("sentence", ["She moved to March in 2019.", "She lived in March, Cambridgeshire.",
                                      "She moved to March 12 years ago.", "She lived in March for 3 years."])
def test_the_town_is_still_the_town(sentence):
    assert "March" not in redact_text(sentence, RULES)
