"""A date of death without its year at the end of a line, with a chronology row under it that opens with a date:
"on the night of Mon 25th Nov.\\n28/09/2022 | Police | ...".

Found by a generator of DHR paragraphs written apart from the draft generator: the date was read across the line
break with the next row's first number as its year ("25th Nov. 28", year 2028), so it was not the date of death, and
stayed; `verify` read it the same way and passed it. Nor was "25 Nov 20:30" the date (year 2020). A year is now
never part of another number ("28/09/2022", "20:30"), and a number that opens a date of its own on the next line
is no part of the line above.
"""
from __future__ import annotations

import datetime
import random

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _yearless(when: datetime.date) -> list[str]:
    o = ORDINAL.get(when.day, "th")
    return [f"{when:%a} {when.day}{o} {when:%b}.", f"{when.day}{o} {when:%b}", f"{when.day} {when:%B}",
            f"{when:%A} {when.day} {when:%B}", f"{when:%B} {when.day}{o}", f"{when.day} {when:%b}"]


def _cases(seed: int, count: int):
    rng = random.Random(seed)
    cases = []
    for index in range(count):
        when = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(2500))
        form = _yearless(when)[index % 6]
        other = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(2500))
        row = [f"{other:%d/%m/%Y} | Police | She rang 999.", f"{other:%d.%m.%Y} – GP appointment.",
               f"{other:%d-%m-%Y}: IDVA contact."][index % 3]
        cases.append((when, f"A neighbour heard shouting on the night of {form}\n{row}", form, row))
    return cases


CASES = _cases(2411, 24)


def _rules(when: datetime.date) -> dict:
    return {"people": [{"name": "Yvonne Bailey", "pseudonym": "Anna"}], "dates": {"date_of_death": when.isoformat()}}


@pytest.mark.parametrize("when, text, form, row", CASES, ids=lambda v: str(v)[:12])
def test_the_date_goes_and_the_row_under_it_stays(when, text, form, row):
    assert not verify_bytes(text.encode(), "txt", _rules(when)).ok
    out = quiet_redactor(_rules(when)).redact_text(text)
    assert form.rstrip(".") not in out and "[date removed]" in out, out
    assert out.endswith("\n" + row), out
    assert verify_bytes(out.encode(), "txt", _rules(when)).ok


@pytest.mark.parametrize("when", [datetime.date(2019, 11, 25), datetime.date(2022, 3, 4)], ids=str)
def test_a_time_after_a_yearless_date_is_no_year(when):
    text = f"She died on {when.day} {when:%b} 20:30, at home."
    out = quiet_redactor(_rules(when)).redact_text(text)
    assert out == "She died on [date removed] 20:30, at home.", out
