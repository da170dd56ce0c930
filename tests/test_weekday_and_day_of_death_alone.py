"""A weekday and a day of the month alone ("on Friday 14th", "Friday the 14th", "Fri 14th.") in a passage that names
no month: where the day and the weekday are the date of death's, a reader who knows the date recognises it, so it
goes. Another day, another weekday, or a month named before that is not the date of death's, keep it.

Found by a probe of unseen drafts: "Jo was found on Friday 14th." stayed although the rules listed Friday 14 July
2023 as the date of death.
"""
from __future__ import annotations

import datetime
import random

import pytest

from conftest import quiet_redactor

_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_SHORT = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]
_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
_NAMES = [("Elena Munteanu", "Lena"), ("Aisha Rahman", "Sara"), ("Joanne Pryor", "Kate"), ("Kwame Mensah", "Kofi"),
          ("Siobhan Doyle", "Niamh"), ("Priya Sharma", "Anita"), ("Tomasz Nowak", "Piotr"), ("Dylan Price", "Ieuan")]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _ordinal(day: int) -> str:
    return f"{day}{_SUFFIX.get(day, 'th')}"


def _deaths(seed: int, count: int) -> list[datetime.date]:
    chooser = random.Random(seed)
    start = datetime.date(2015, 1, 1)
    return [start + datetime.timedelta(days=chooser.randint(0, 3400)) for _ in range(count)]


def _written(when: datetime.date, chooser: random.Random, weekday: int | None = None, day: int | None = None) -> str:
    """The weekday and day as a message or a draft writes them, without a month."""
    weekday = when.weekday() if weekday is None else weekday
    day = when.day if day is None else day
    name = chooser.choice([_LONG[weekday], _SHORT[weekday], _LONG[weekday].upper()])
    return chooser.choice([f"{name} {_ordinal(day)}", f"{name} the {_ordinal(day)}", f"{name}, {_ordinal(day)}",
                           f"{name} {day}"])


_SENTENCES = ["{who} was found at home on {d}.", "Police attended on {d} and found {who}.",
              "On {d} {who} did not answer her phone.", "{who} died on {d}.",
              "The neighbour last saw {who} on {d}. Nobody else did.", "{d}. Police attended the address."]


def _cases(seed: int, count: int):
    chooser = random.Random(seed)
    out = []
    for when in _deaths(seed, count):
        name, pseudonym = chooser.choice(_NAMES)
        out.append((when, name, pseudonym, chooser.choice(_SENTENCES), chooser.randint(0, 10 ** 6)))
    return out


def _rules(when: datetime.date, name: str, pseudonym: str) -> dict:
    return {"people": [{"name": name, "pseudonym": pseudonym}], "dates": {"date_of_death": when.isoformat()}}


@pytest.mark.parametrize("when, name, pseudonym, sentence, seed", _cases(31, 12))
def test_the_weekday_and_day_of_death_alone_go(when, name, pseudonym, sentence, seed):
    written = _written(when, random.Random(seed))
    text = sentence.format(who=name.split()[0], d=written)
    out = quiet_redactor(_rules(when, name, pseudonym)).redact_text(text)
    assert written not in out and str(when.day) not in out, (text, out)


@pytest.mark.parametrize("when, name, pseudonym, sentence, seed", _cases(32, 4))
def test_another_weekday_or_another_day_stays(when, name, pseudonym, sentence, seed):
    chooser = random.Random(seed)
    other_weekday = _written(when, chooser, weekday=(when.weekday() + chooser.randint(1, 6)) % 7)
    other_day = _written(when, chooser, day=(when.day + 6) % 28 + 1)
    for written in (other_weekday, other_day):
        text = sentence.format(who=name.split()[0], d=written)
        out = quiet_redactor(_rules(when, name, pseudonym)).redact_text(text)
        assert written in out, (text, out)


@pytest.mark.parametrize("when, name, pseudonym, sentence, seed", _cases(33, 2))
def test_another_month_named_before_keeps_it_where_the_weekday_fits_it(when, name, pseudonym, sentence, seed):
    written = _written(when, random.Random(seed))
    other = _MONTHS[when.month % 12]
    text = f"In {other} she moved to a new flat. " + sentence.format(who=name.split()[0], d=written)
    out = quiet_redactor(_rules(when, name, pseudonym)).redact_text(text)
    # the other month keeps the day where the weekday falls on that day in it; where it cannot, the month is some
    # other matter's and the weekday and day are the date of death (tests/test_weekday_day_against_its_context.py)
    try:
        fits = datetime.date(when.year, when.month % 12 + 1, when.day).weekday() == when.weekday()
    except ValueError:
        fits = False
    assert (written in out) == fits, (text, out)
