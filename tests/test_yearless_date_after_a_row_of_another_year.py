"""A date of death written without its year on the line after a row that names the same month in another year:

    Action | Owner | By when: audit of DASH forms | MARAC | 27 October 2017
    On the evening of Thursday the 31st of October, a neighbour heard shouting.

apply reads the lines apart (a line break ends a sentence) and removes the date; verify's date view ran the lines
together, so "October 2017" stood in the same sentence and put the 31st in 2017: verify passed the draft, and would
have passed a copy that kept the date. Found by the third draft generator. Verify now reads the lines both ways.

And in one sentence, a weekday decides: "referred to MARAC in October 2017 and on Thursday 31 October she died" is
2019's Thursday (the date of death), not 2017's Tuesday; "on Tuesday 31 October she was seen" stays.
"""
from __future__ import annotations

import datetime

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DEATHS = [datetime.date(2019, 10, 31), datetime.date(2021, 3, 14), datetime.date(2016, 7, 2),
          datetime.date(2023, 12, 22), datetime.date(2018, 5, 9)]
ROWS = ["Action | Owner | By when: audit of DASH forms | MARAC | {d} {m} {y}",
        "{d}/{n}/{y}\tGP\tSeen for anxiety; no disclosure.",
        "• Refresher training completed on {d} {m} {y}.",
        "Recommendation 2: review how calls are graded. Target: {d} {m} {y}"]
YEARLESS = ["On the evening of {w} the {o} of {m}, a neighbour heard shouting.",
            "On {w} {o} {m} the police were called to the flat.",
            "{w} {d} {m}: the ambulance service attended.",
            "She died on the {o} of {m}."]


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 11 <= day % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _rules(death: datetime.date) -> dict:
    return {"people": [{"name": "Sahra Abdi Farah", "pseudonym": "Mary"}], "dates": {"date_of_death":
                                                                                      death.isoformat()}}


def _other_year(death: datetime.date) -> int:
    return death.year - 2


@pytest.mark.parametrize("death", DEATHS, ids=str)
@pytest.mark.parametrize("row", ROWS)
@pytest.mark.parametrize("line", YEARLESS)
def test_verify_reads_the_lines_apart_as_apply_does(death, row, line):
    rules = _rules(death)
    month = MONTHS[death.month - 1]
    text = row.format(d=death.day - 1 or 2, m=month, n=death.month, y=_other_year(death)) + "\n" + line.format(
        w=WEEKDAYS[death.weekday()], o=_ordinal(death.day), d=death.day, m=month)
    out = quiet_redactor(rules).redact_text(text)
    assert _ordinal(death.day) not in out.split("\n")[1] and f"{death.day} {month}" not in out.split("\n")[1], out
    assert not verify_bytes(text.encode(), "txt", rules).ok, text
    assert verify_bytes(out.encode(), "txt", rules).ok, out


@pytest.mark.parametrize("death", DEATHS, ids=str)
@pytest.mark.parametrize("sentence", ["She was referred to MARAC in {m} {y} and on {w} {d} {m} she died.",
                                      "In {m} {y} she moved; on {w} the {o} of {m} the police found her."])
def test_the_weekday_of_the_date_of_death_outweighs_another_year_in_the_sentence(death, sentence):
    rules = _rules(death)
    month = MONTHS[death.month - 1]
    other = _other_year(death)
    assert datetime.date(other, death.month, death.day).weekday() != death.weekday()
    text = sentence.format(m=month, y=other, w=WEEKDAYS[death.weekday()], d=death.day, o=_ordinal(death.day))
    out = quiet_redactor(rules).redact_text(text)
    assert WEEKDAYS[death.weekday()] not in out and f"{month} {other}" in out, out
    assert not verify_bytes(text.encode(), "txt", rules).ok, text


@pytest.mark.parametrize("death", DEATHS, ids=str)
@pytest.mark.parametrize("sentence", ["She was referred to MARAC in {m} {y} and on {w} {d} {m} she was seen.",
                                      "She was referred to MARAC in {m} {y} and on {d} {m} she was seen."])
def test_the_same_day_of_another_year_stays(death, sentence):
    """Its own weekday, or none: the sentence's year decides, as before."""
    rules = _rules(death)
    month = MONTHS[death.month - 1]
    other = _other_year(death)
    text = sentence.format(m=month, y=other, w=WEEKDAYS[datetime.date(other, death.month, death.day).weekday()],
                           d=death.day)
    assert quiet_redactor(rules).redact_text(text) == text
    assert verify_bytes(text.encode(), "txt", rules).ok
