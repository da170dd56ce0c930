"""A protected date with its month in Roman numerals ("5 XI 2023", "05.XI.2023", "2023-XI-05"), as Polish, Czech,
Hungarian and other records write it, and as a translated document or a quoted certificate keeps it.

Found by a probe of date forms: every other form of the probe went, "Date of death: 5 XI 2023" stayed, and
`verify` passed it. Apply and verify both read it now (``redact.dates.mentions_of``, which verify's broad net
starts from), with the year beside it: "5 V" alone is no date.
"""
from __future__ import annotations

import datetime
import random

import pytest

from conftest import assert_the_date_goes_and_verify_agrees, quiet_redactor

from redact.api import verify_bytes

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
SENTENCES = ["Date of death: {d}", "She died on {d} in hospital.", "Akt zgonu z dnia {d}.", "{d} – ambulance called.",
             "The certificate, dated {d}, was translated."]


def _forms(when: datetime.date) -> list[str]:
    roman = ROMAN[when.month - 1]
    return [f"{when.day} {roman} {when.year}", f"{when.day:02d}.{roman}.{when.year}", f"{when.day}-{roman}-{when.year}",
            f"{when.day} {roman.lower()} {when.year % 100:02d}", f"{when.year}-{roman}-{when.day:02d}",
            f"{when.day}. {roman}. {when.year}"]


def _dates(seed: int, count: int) -> list[datetime.date]:
    rng = random.Random(seed)
    start = datetime.date(2015, 1, 1)
    dates = [start + datetime.timedelta(days=rng.randrange(3650)) for _ in range(count)]
    return dates + [datetime.date(2021, month, 1 + month) for month in range(1, 13)]   # every month once


CASES = [(when, form, SENTENCES[index % len(SENTENCES)])
         for when in _dates(7, 8) for index, form in enumerate(_forms(when))]


def _rules(when: datetime.date) -> dict:
    return {"people": [{"name": "Katarzyna Wójcik", "pseudonym": "Anna"}], "dates": {"date_of_death": when.isoformat()}}


@pytest.mark.parametrize("when, form, template", CASES, ids=lambda v: str(v)[:20])
def test_the_date_goes_and_verify_agrees(when, form, template):
    assert_the_date_goes_and_verify_agrees(template.format(d=form), form, _rules(when))


@pytest.mark.parametrize("when", _dates(11, 6), ids=str)
def test_other_days_months_and_years_stay(when):
    roman = ROMAN[when.month - 1]
    other_month = ROMAN[when.month % 12]
    text = (f"Seen on {when.day} {roman} {when.year - 1}, on {when.day} {other_month} {when.year} and on "
            f"{when.day % 28 + 1} {roman} {when.year}.")
    assert quiet_redactor(_rules(when)).redact_text(text) == text
    assert verify_bytes(text.encode(), "txt", _rules(when)).ok


def test_a_day_and_a_roman_month_without_a_year_are_no_date():
    when = datetime.date(2023, 11, 5)
    text = "Part 5 XI of the plan, and volume V."
    assert quiet_redactor(_rules(when)).redact_text(text) == text
