"""A place named after a date, and a month with an apostrophe year (generator ``dated_places_gen``)."""
from __future__ import annotations

import pytest

import dated_places_gen as gen
from quietly import outcome_of

CASES = [case for seed in range(0, 12) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{c['kind']}-{i}" for i, c in enumerate(CASES)])
def test_dated_places(case):
    assert outcome_of(gen, case) is None, case["sentence"]
