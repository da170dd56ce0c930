"""A protected date written with colons: "14:06:2023" (a phone's or a message export's stamp), a photo's EXIF
"2023:06:14 21:14:06", "DOB 02:03:1989". Found by a probe of dates in links, file names and stamps: apply left them
and `verify` passed them (the separators read were "/", ".", "-", ",", "\\", "|", "_"). With colons only the
four-figure year counts: "14:06:23" is a time, and a time stays.
"""
from __future__ import annotations

import datetime
import random

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes
from redact.dates import mentions_of

TEMPLATES = ["Her last message was sent {d}.", "Photo taken {d} 21:14:06 (EXIF data).", "DOB: {d}",
             "The export shows {d} as the date of the final call.", "| {d} | Police attended |",
             "DateTimeOriginal: {d} 09:30:12"]


def _rules(when: datetime.date, kind: str) -> dict:
    other = "date_of_birth" if kind == "date_of_death" else "date_of_death"
    return {"people": [{"name": "Grace Okafor", "pseudonym": "Mary"}],
            "dates": {kind: when.isoformat(), other: "1950-01-01"}}


def _written(when: datetime.date, chooser: random.Random) -> str:
    day = chooser.choice([f"{when.day:02d}", str(when.day)])
    month = chooser.choice([f"{when.month:02d}", str(when.month)])
    if chooser.random() < 0.5:
        return f"{day}:{month}:{when.year}"
    return f"{when.year}:{when.month:02d}:{when.day:02d}"


@pytest.mark.parametrize("seed", range(24))
def test_a_date_with_colons_and_a_four_figure_year_is_the_date(seed):
    chooser = random.Random(seed)
    when = datetime.date(chooser.randint(1960, 2025), chooser.randint(1, 12), chooser.randint(1, 28))
    kind = chooser.choice(["date_of_death", "date_of_birth"])
    written = _written(when, chooser)
    text = chooser.choice(TEMPLATES).format(d=written)
    assert [text[s:e] for s, e in mentions_of(text, when)] == [written], text
    out = quiet_redactor(_rules(when, kind)).redact_text(text)
    assert written not in out and "removed]" in out, out
    assert not verify_bytes(text.encode(), "txt", _rules(when, kind)).ok, text
    assert verify_bytes(out.encode(), "txt", _rules(when, kind)).ok, out


@pytest.mark.parametrize("text", [
    "At 14:06:23 she called.", "She called at 14:06 on 2023's records.", "Times were 14:06:2023:11.",
    "at 14:06, 2023 figures", "Call log 09:14:06:2023", "14:07:2023", "15:06:2023",
    "2023:06:15", "2022:06:14"])
def test_times_and_other_dates_with_colons_stay(text):
    when = datetime.date(2023, 6, 14)
    assert mentions_of(text, when) == [], text
    out = quiet_redactor(_rules(when, "date_of_death")).redact_text(text)
    assert out == text, out
