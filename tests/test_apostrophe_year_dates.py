"""Numeric dates with an apostrophe year as the date of death or birth (generator ``apostrophe_year_dates_gen``):
apply removes the whole date, verify fails the draft and passes the output."""
from __future__ import annotations

import pytest

import apostrophe_year_dates_gen as gen
from quietly import redact_text, verify_text

CASES = [case for seed in range(0, 10) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{c['kind']}-{i}" for i, c in enumerate(CASES)])
def test_apostrophe_year_dates(case):
    output = redact_text(case["sentence"], case["rules"])
    assert gen.outcome(case, output) is None, (case["sentence"], output)
    if "gone" in case:
        assert not verify_text(case["sentence"], case["rules"]).ok, case["sentence"]
        assert verify_text(output, case["rules"]).ok, output
