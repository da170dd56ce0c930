"""The protected day and month in another year, where the sentence makes that day a birthday of the age it names
or the anniversary of the death: "She would have turned 29 on 3/11/2023", "her 28th birthday on 3 November 2022",
"on the first anniversary of her death, 29 January 2024", "a year to the day after she died (29/01/2024)". The other
year hides nothing: the cue says the day and month are the date of birth or of death, and the age or the count of
years gives the year; the date goes, in apply and verify alike, with the placeholder the protected date has.

What stays: the same day and month in another year without such a cue ("The meeting on 3 November 2021 discussed
housing"), a birthday or an anniversary on another day ("her son's 5th birthday on 12 June 2022", "the anniversary
of her death, 30 January 2024"), and a birthday without an age ("on 2 February 2023 ... a meal on her birthday" is
another date in the shared fixtures' gold, case1). Whose birthday a sentence names cannot be read (the victim's
pseudonym may be the possessive: "Leah's 29th birthday"), so a birthday of an age on the protected day and month
goes whoever's it is ("her son's 5th birthday on 3 November 2022" when 3 November is her date of birth): it is rare,
and a leak is worse; "her son's birthday on 3 November 2022" stays, as the gold keeps her own.

Generated sentences, a tuned seed and a held-back seed (counted on main before the fix: see docs/quality.md).
"""
from __future__ import annotations

import datetime as dt
import random
from functools import lru_cache

import pytest

import warnings

from redact.api import verify_bytes
from redact.pipeline import Redactor
from redact.rules import parse_rules
from redact.verify.finder import LeakFinder

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NAMES = ["Aisha", "Gareth", "Chidi", "Agnieszka", "Mei Ling", "Siobhan", "Leroy", "Harpreet", "Fatma", "Olumide",
         "Eilidh", "Yusuf", "Bogdan", "Nia", "Precious", "Zainab"]
NUMBER_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 10: "tenth"}
PRONOUNS = [("She", "her"), ("He", "his")]


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _written(d: dt.date, rng: random.Random) -> str:
    month = MONTHS[d.month - 1]
    yy = f"{d.year % 100:02d}"
    forms = [f"{d.day} {month} {d.year}", f"{_ordinal(d.day)} {month} {d.year}",
             f"the {_ordinal(d.day)} of {month} {d.year}", f"{month} {d.day}, {d.year}",
             f"{month} {_ordinal(d.day)}, {d.year}", f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
             f"{d.day:02d}.{d.month:02d}.{yy}", f"{d.day:02d}/{d.month:02d}/{yy}", f"{d.day} {month[:3]} {yy}",
             f"{d.day} {month[:3]} {d.year}", f"{d.day}-{month[:3]}-{d.year}",
             f"{WEEKDAYS[d.weekday()]} {d.day} {month} {d.year}", d.isoformat()]
    return rng.choice(forms)


def _birthday_frames(age: int) -> list[str]:
    """Birthdays of the age they name."""
    nth = _ordinal(age)
    return [f"{{P}} would have turned {age} on {{date}}.", f"{{P}} turned {age} on {{date}}.",
            f"{{P}} would have celebrated {{p}} {nth} birthday on {{date}}.",
            f"{{Pp}} {nth} birthday on {{date}} was spent in hospital.",
            f"On {{date}}, {{p}} {nth} birthday, {{name}} rang the refuge.",
            f"{{date}} would have been {{p}} {nth} birthday.", f"{{P}} would have been {age} on {{date}}.",
            f"{{name}} spent {{p}} {nth} b'day ({{date}}) with friends.", f"{{name}}'s {nth} bday on {{date}} was quiet.",
            f"{{name}} celebrated {{p}} {nth} birthday at a restaurant on {{date}}.",
            f"The family released balloons on {{date}}, when {{p_subject}} would have turned {age}.",
            f"| {{date}} | {{name}}'s {nth} birthday; police called to a disturbance |",
            f"{{name}} told the IDVA that {{p}} partner ruined {{p}} {nth} birthday on {{date}}."]


# a birthday without an age: the day and month alone, which the gold keeps in another year
AGELESS_FRAMES = ["On {date} {name} refused to let {p} go out for a meal on {p} birthday.",
                  "| {date} | Family and friends | {name} recalls a spoiled birthday. |",
                  "{name}'s birthday on {date} was quiet."]


def _death_frames(years: int) -> list[str]:
    nth = NUMBER_WORDS.get(years, _ordinal(years))
    return [f"On the {nth} anniversary of {{p}} death, {{date}}, the family held a vigil.",
            f"A year to the day after {{p_subject}} died ({{date}}), flowers were left at the house.",
            f"A memorial service was held on {{date}}, the anniversary of {{name}}'s death.",
            f"On {{date}}, {years} year{'s' if years > 1 else ''} since {{p_subject}} was killed, friends gathered.",
            f"A vigil on {{date}} marked one year since {{name}} died.",
            f"{{name}}'s family marks every anniversary; on {{date}} they laid flowers.",
            f"The {nth} anniversary of the homicide fell on {{date}}.",
            f"| {{date}} | Anniversary of the death: the family contacted the Chair |"]


STAY_FRAMES = ["The meeting on {date} discussed housing.", "On {date} the GP saw {p}.",
               "{name} attended the Jobcentre on {date}.", "| {date} | Visit by IDVA |",
               "The MARAC referral was made on {date}.", "{P} missed an appointment on {date}."]


def _rules(birth: dt.date, death: dt.date) -> dict:
    return {"people": [{"name": "Grace Mensah", "pseudonym": "Efua"}],
            "dates": {"date_of_birth": birth.isoformat(), "date_of_death": death.isoformat()}}


def sentences(seed: int, n: int = 60) -> list[tuple[dt.date, dt.date, str, str, str | None]]:
    """(date of birth, date of death, sentence, the date as written, the placeholder it must become or None)."""
    rng = random.Random(seed)
    out = []
    # a few reviews, each read by one Redactor (building one per sentence would make the test slow)
    reviews = []
    for _ in range(5):
        birth = dt.date(rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28))
        death = dt.date(rng.randint(2016, 2023), rng.randint(1, 12), rng.randint(1, 28))
        if (death.month, death.day) == (birth.month, birth.day):
            death = death.replace(day=death.day % 28 + 1)
        reviews.append((birth, death))
    for at in range(n):
        birth, death = rng.choice(reviews)
        subject, possessive = rng.choice(PRONOUNS)
        kind = at % 4
        if kind in (0, 1):
            of_birth = kind == 0
            protected = birth if of_birth else death
            if of_birth:
                age = rng.randint(18, 2025 - birth.year)
                year = birth.year + age
                frames = _birthday_frames(age)
            else:
                years = rng.randint(1, min(4, 2025 - death.year))
                year = death.year + years
                frames = _death_frames(years)
            must_go = rng.random() < 0.7
            written_day = protected.replace(year=year)
            if not must_go:
                # a birthday or an anniversary, on a day near the protected one
                written_day = written_day + dt.timedelta(days=rng.choice([-2, -1, 1, 2, 7, 30]))
        else:
            frames = STAY_FRAMES if kind == 2 else AGELESS_FRAMES + STAY_FRAMES
            protected = rng.choice([birth, death])
            year = rng.choice([y for y in range(2012, 2025) if y not in (protected.year, birth.year, death.year)])
            written_day = protected.replace(year=year)
            must_go = False
        date = _written(written_day, rng)
        frame = rng.choice(frames)
        text = frame.format(date=date, name=rng.choice(NAMES), P=subject, p=possessive,
                            Pp=possessive[0].upper() + possessive[1:], p_subject=subject.lower())
        placeholder = None if not must_go else "[date of birth removed]" if protected == birth else "[date removed]"
        out.append((birth, death, text, date, placeholder))
    return out


@lru_cache(maxsize=None)
def _redactor(birth: dt.date, death: dt.date) -> Redactor:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Redactor(_rules(birth, death))


@lru_cache(maxsize=None)
def _finder(birth: dt.date, death: dt.date) -> LeakFinder:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return LeakFinder(parse_rules(_rules(birth, death)))


def _verify_ok(text: str, birth: dt.date, death: dt.date) -> bool:
    """verify's reading of the protected dates (its whole run is checked on the lead's sentences below)."""
    return not _finder(birth, death).date_spans(text)


def _problems(birth, death, text, date, placeholder) -> list[str]:
    out = _redactor(birth, death).redact_text(text)
    if placeholder:
        problems = [f"left: {out}"] if date in out or placeholder not in out else []
        if _verify_ok(text, birth, death):
            problems.append("verify passed the draft")
        if not _verify_ok(out, birth, death):
            problems.append(f"verify failed the output: {out}")
    else:
        problems = [] if date in out and "removed]" not in out else [f"changed: {out}"]
        if not _verify_ok(text, birth, death):
            problems.append("verify alarmed on another year's day without a cue")
    return problems


TUNED, HELD_BACK = 2611, 7349


def failures(seed: int) -> list[tuple[str, str]]:
    return [(text, p) for birth, death, text, date, placeholder in sentences(seed)
            for p in _problems(birth, death, text, date, placeholder)]


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held_back"])
def test_anniversaries_of_protected_dates_go_and_the_rest_stays(seed):
    assert failures(seed) == []


_LEAD = (dt.date(1994, 11, 3), dt.date(2023, 1, 29))


@pytest.mark.parametrize("text, expected", [
    ("She would have turned 29 on 3/11/2023.", "She would have turned 29 on [date of birth removed]."),
    ("She would have celebrated her 29th birthday on 3rd November 2023.",
     "She would have celebrated her 29th birthday on [date of birth removed]."),
    ("Her 28th birthday on 3 November 2022 was spent in hospital.",
     "Her 28th birthday on [date of birth removed] was spent in hospital."),
    ("Her birthday was 3 November.", "Her birthday was [date of birth removed]."),
    ("On the first anniversary of her death, 29 January 2024, the family held a vigil.",
     "On the first anniversary of her death, [date removed], the family held a vigil."),
    ("Flowers were left a year to the day after she died (29/01/2024).",
     "Flowers were left a year to the day after she died ([date removed])."),
    # her son's 5th birthday on her own day and month: whose birthday it is cannot be read, so it goes
    ("Her son's 5th birthday on 3 November 2022 was cancelled.",
     "Her son's 5th birthday on [date of birth removed] was cancelled."),
    ("It would have been her 30th birthday on Friday 3 November 2023.",
     "It would have been her 30th birthday on [date of birth removed]."),
    ("The second anniversary of the homicide fell on 29 Jan 25.",
     "The second anniversary of the homicide fell on [date removed]."),
    # a birthday without an age: the day and month alone (the gold keeps it), and what is no age
    ("Her son's birthday on 3 November 2022 was cancelled.", "Her son's birthday on 3 November 2022 was cancelled."),
    ("On 3 November 2022 he spoiled her birthday.", "On 3 November 2022 he spoiled her birthday."),
    ("The review would have been 3 November 2022 had she lived.",
     "The review would have been 3 November 2022 had she lived."),
    ("He turned up on 3 November 2022.", "He turned up on 3 November 2022."),
    # no cue, another day, or another person's birthday on another day: stays
    ("The meeting on 3 November 2021 discussed housing.", "The meeting on 3 November 2021 discussed housing."),
    ("On 29 January 2021 the GP saw her.", "On 29 January 2021 the GP saw her."),
    ("Her son's 5th birthday on 12 June 2022 was cancelled.", "Her son's 5th birthday on 12 June 2022 was cancelled."),
    ("She turned 28 on 4 November 2022.", "She turned 28 on 4 November 2022."),
    ("On the anniversary of her death, 30 January 2024, they met.",
     "On the anniversary of her death, 30 January 2024, they met."),
])
def test_exact_outputs(text, expected):
    assert _redactor(*_LEAD).redact_text(text) == expected


@pytest.mark.parametrize("text, leaks", [
    ("She would have turned 29 on 3/11/2023.", True),
    ("Her 28th birthday on 03.11.22 was spent in hospital.", True),
    ("A year to the day after she died (29/01/2024), flowers were left.", True),
    ("The meeting on 3 November 2021 discussed housing.", False),
    ("On 29 January 2021 the GP saw her.", False),
])
def test_verify_reports_the_anniversary(text, leaks):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = verify_bytes(text.encode("utf-8"), "txt", _rules(*_LEAD))
    assert report.ok is not leaks
