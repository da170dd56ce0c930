"""Two days of one month joined by a hyphen ("the night of 8-9 December 2019") around the date of death.

Found by benchmarks/third_eval.py (tuning seeds 8001-8010): with both days 12 or less, "8-9" was read first as a day
and month with no year (8 September), which took the day after it, so "9 December 2019" was no date and the date of
death, the 8th, stayed in apply's output and verify passed it. A slash ("8/9 December"), an en dash or spaces around
the hyphen were already read as two days of December.
"""
from __future__ import annotations

import datetime

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

DEATHS = [datetime.date(2019, 12, 8), datetime.date(2021, 3, 1), datetime.date(2018, 7, 11), datetime.date(2022, 10, 4)]
FORMS = ["{a}-{b} {month} {year}", "{a}-{b} {mon} {year}", "{a}-{b} {month}", "{a:02d}-{b:02d} {month} {year}",
         "{ao}-{bo} {month} {year}"]
SENTENCES = ["Police attended on the night of {d}.", "{d} | Police | Call from a neighbour.",
             "Over the weekend of {d} she stayed with her sister."]


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _cases():
    cases = []
    for index, death in enumerate(DEATHS):
        for first in (death.day, death.day - 1):
            if first < 1:
                continue
            for number, form in enumerate(FORMS):
                written = form.format(a=first, b=first + 1, ao=_ordinal(first), bo=_ordinal(first + 1),
                                      month=f"{death:%B}", mon=f"{death:%b}", year=death.year)
                cases.append((death, written, SENTENCES[(index + number) % len(SENTENCES)].format(d=written)))
    return cases


def _rules(death: datetime.date) -> dict:
    return {"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena"}],
            "dates": {"date_of_death": death.isoformat()}}


@pytest.mark.parametrize("death, written, text", _cases())
def test_a_day_range_with_a_hyphen_that_holds_the_date_of_death_goes_and_verify_reports_it(death, written, text):
    out = quiet_redactor(_rules(death)).redact_text(text)
    assert written not in out and str(death.day) not in out.replace(str(death.year), ""), out
    assert not verify_bytes(text.encode(), "txt", _rules(death)).ok


@pytest.mark.parametrize("text", ["Police attended on the night of 5-6 December 2019.",
                                  "See paragraphs 8-9 of the chronology.", "Children aged 8-9 attended the club."])
def test_other_ranges_stay(text):
    death = datetime.date(2019, 12, 8)
    assert quiet_redactor(_rules(death)).redact_text(text) == text
