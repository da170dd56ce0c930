"""A chronology's day rows written as a weekday and the day's bare number under a month's heading ("November 2022",
then "Friday 18: Police attended", "Fri 18<tab>ambulance called"): the row of the date of death goes and verify
sees it; a weekday before a time or a count stays (tests/weekday_day_rows_gen.py)."""
from __future__ import annotations

import pytest

from quietly import redact_text, verify_text
from weekday_day_rows_gen import TUNED, make_cases, run_case

RULES = {"version": 1, "review": "test", "people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}],
         "dates": {"date_of_death": "2022-11-18"}}


@pytest.mark.parametrize("seed", TUNED[::5])
def test_the_deaths_row_goes_and_the_other_days_stay(seed):
    for case in make_cases(seed):
        output, result = run_case(case)
        assert result not in ("silent", "leak", "unseen"), (case["text"], output)
        # no other day's row, time or count loses its date (an abbreviated weekday at a row's start read as a
        # person, "Person 1 8: 911 call", is an open class of its own, on main too)
        for written, redacted in zip(case["text"].split("\n"), output.split("\n")):
            if written in case["controls"]:
                assert "[date removed]" not in redacted, (written, output)


@pytest.mark.parametrize("row", ["Friday 18: Police attended", "Fri 18 - ambulance called", "FRIDAY 18:\tPolice",
                                 "Friday 18\tambulance\tcalled", "Friday 18:\n  Police attended"])
def test_a_weekday_and_the_day_under_its_months_heading_is_the_date(row):
    text = f"Chronology\n\nNovember 2022\n\nThursday 17: she rang the helpline\n{row}\n"
    assert not verify_text(text, RULES).ok
    output = redact_text(text, RULES)
    assert "18" not in output and "Thursday 17: she rang the helpline" in output
    assert verify_text(output, RULES).ok


@pytest.mark.parametrize("row", ["Friday 18:00 call to the helpline", "Friday 18 people attended the vigil",
                                 "Friday 18:30 – shift handover"])
def test_a_weekday_before_a_time_or_a_count_stays(row):
    text = f"Chronology\n\nNovember 2022\n\n{row}\n"
    assert redact_text(text, RULES) == text


def test_another_months_heading_keeps_its_day():
    text = "Chronology\n\nOctober 2022\n\nTuesday 18: Police attended\n"
    assert redact_text(text, RULES) == text
