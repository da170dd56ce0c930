"""The weekday an author writes after the date of death or birth (tests/weekday_after_the_date_gen.py) goes with
the date, without stray punctuation; another date's weekday and a week's date stay as before."""
from __future__ import annotations

import datetime

import pytest

from redact.dates import mentions_of, with_the_weekday_after
from weekday_after_the_date_gen import HELD_BACK, TUNED, make_cases, run_case

SEEDS = list(TUNED)[:10] + list(HELD_BACK)[:3]
DEATH = datetime.date(2023, 7, 9)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_weekday_after_the_protected_date_goes_with_it(seed):
    for case in make_cases(seed):
        if case["kind"] == "control":
            continue
        output, problem = run_case(case)
        assert problem is None, (case["sentence"], output, problem)


@pytest.mark.parametrize("text, expected", [
    ("died on 9 July 2023 (Sunday).", "9 July 2023 (Sunday)"),
    ("died on 9 July 2023, a Sunday.", "9 July 2023, a Sunday"),
    ("died on 9 July 2023 - a Sunday - at home", "9 July 2023 - a Sunday -"),
    ("died on 9 July 2023, a week after the hearing", "9 July 2023"),
    ("died on 9 July 2023 (see below)", "9 July 2023"),
])
def test_the_span_takes_the_weekday_and_nothing_else(text, expected):
    spans = with_the_weekday_after(text, mentions_of(text, DEATH))
    assert [text[a:b] for a, b in spans] == [expected]


def test_another_dates_weekday_stays():
    case = next(c for seed in TUNED for c in make_cases(seed) if c["kind"] == "control" and "w/c" not in c["sentence"])
    output, _ = run_case(case)
    assert any(day in output for day in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "MON", "SUN")), output


if __name__ == "__main__":
    from weekday_after_the_date_gen import control_outputs, count

    print("tuned", count(TUNED))
    print("held-back", count(HELD_BACK))
