"""The date of death described by its place in its month: "the last day of October 2019", "the last Thursday of
October", "the first Monday in May 2021". Such a phrase names the day as surely as "31 October 2019"; it stayed,
and verify passed it. The day is worked out from the calendar; the same phrase of another month, year or day stays.
"""
from __future__ import annotations

import calendar
import datetime

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

ORDINALS = ["first", "second", "third", "fourth", "fifth"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DEATHS = [datetime.date(2019, 10, 31), datetime.date(2021, 5, 3), datetime.date(2016, 2, 29),
          datetime.date(2023, 12, 1), datetime.date(2018, 7, 24), datetime.date(2020, 3, 8)]


def _described(when: datetime.date) -> list[str]:
    """Every description of ``when`` by its place in the month, with and without the year."""
    month = calendar.month_name[when.month]
    days_in_month = calendar.monthrange(when.year, when.month)[1]
    nth = (when.day - 1) // 7
    weekday = WEEKDAYS[when.weekday()]
    out = [f"the {ORDINALS[nth]} {weekday} of {month} {when.year}", f"the {ORDINALS[nth]} {weekday} in {month}"]
    if when.day + 7 > days_in_month:
        out += [f"the last {weekday} of {month} {when.year}", f"the final {weekday} in {month}"]
    if when.day == days_in_month:
        out += [f"the last day of {month} {when.year}", f"the last day of {month}"]
    if when.day == 1:
        out += [f"the first day of {month} {when.year}", f"the 1st day of {month}"]
    return out


CASES = [(when, phrase) for when in DEATHS for phrase in _described(when)]


def _rules(when: datetime.date) -> dict:
    return {"people": [{"name": "Sahra Abdi Farah", "pseudonym": "Mary"}], "dates": {"date_of_death":
                                                                                      when.isoformat()}}


@pytest.mark.parametrize("when, phrase", CASES, ids=lambda v: str(v))
def test_the_described_day_is_the_date(when, phrase):
    text = f"Sahra died on {phrase}, at home."
    assert not verify_bytes(text.encode(), "txt", _rules(when)).ok, text
    out = quiet_redactor(_rules(when)).redact_text(text)
    assert out == "Mary died on [date removed], at home.", out


@pytest.mark.parametrize("when", DEATHS, ids=str)
def test_another_day_month_or_year_stays(when):
    month = calendar.month_name[when.month]
    other_month = calendar.month_name[when.month % 12 + 1]
    weekday = WEEKDAYS[when.weekday()]
    other_weekday = WEEKDAYS[(when.weekday() + 1) % 7]
    nth = ORDINALS[(when.day - 1) // 7]
    for phrase in [f"the {nth} {weekday} of {month} {when.year - 1}", f"the {nth} {other_weekday} of {month}",
                   f"the {nth} {weekday} of {other_month} {when.year}", "the last day of the month",
                   "the first day of the review", f"the second day of {month} {when.year}" if when.day != 2 else
                   f"the third day of {month}"]:
        text = f"The panel met on {phrase}."
        assert quiet_redactor(_rules(when)).redact_text(text) == text
