"""Red team of unseen text (brief "redteam51", 2026-12-07): a few seeds of ``redteam51_gen`` through apply and
``verify --strict`` with each case's own rules. No listed name, alias, date of death or birth, or contact may
survive apply, verify must see the draft's, and controls must keep their strings. The classes found and still open
(docs/quality.md, the "redteam51" row) are xfailed with their reason; the whole count is
``python tests/redteam51_gen.py [--show]``.
"""
from __future__ import annotations

import pytest

import redteam51_gen as gen

# open classes (counted in docs/quality.md), the reason each is left
OPEN: dict[str, str] = {}   # date_range_around(_birth): closed by brief range51 (dates._ranges_around_the_day)
SEEDS = range(0, 12)


@pytest.mark.parametrize("case", [c for seed in SEEDS for c in gen.make_cases(seed)],
                         ids=lambda c: f"{c['seed']}-{c['kind']}")
def test_no_secret_survives_and_verify_sees_it(case):
    output, result = gen.run_case(case)
    if result and case["kind"] in OPEN:
        pytest.xfail(OPEN[case["kind"]])
    assert result is None, f"{result}: {case['sentence']!r} -> {output!r}"


@pytest.mark.parametrize("sentence", [
    "w/c 3 July 2023 (Sunday): Hodan was killed.",
    "Week commencing 3 July 2023 (Sunday) - police found Hodan dead.",
    "w/c 3 July 2023\n( Sunday ) Tariq attacked Hodan at the flat.",
])
def test_a_weekday_in_brackets_under_the_week_heading_is_the_date(sentence):
    case = {"seed": -1, "kind": "date_wc_heading", "sentence": sentence, "secrets": ["Sunday"],
            "rules": {"version": 1, "review": "t", "people": [{"name": "Hodan Warsame", "pseudonym": "Mary"},
                                                               {"name": "Tariq Abdi", "pseudonym": "John"}],
                      "dates": {"date_of_death": "2023-07-09"}}}
    output, result = gen.run_case(case)
    assert result is None, output


@pytest.mark.parametrize("sentence", ["w/c 3 July 2023 (Friday): the IDVA phoned the GP.",
                                      "She went to the mosque every week (Sunday) with her aunt.",
                                      "w/c 10 July 2023 (Sunday): the funeral took place."])
def test_a_weekday_in_brackets_of_another_day_stays(sentence):
    from quietly import redact_text

    rules = {"version": 1, "review": "t", "people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}],
             "dates": {"date_of_death": "2023-07-09"}}
    assert redact_text(sentence, rules) == sentence
