"""Fictional long texts that write many years around one day and month: what ``dates._anniversaries`` reads the
day of in every year it finds (birthdays, anniversaries and vigils beside dates of many years, two-digit years,
year headings, yearless days, chronology rows, weeks with their weekdays, time stamps with a zone, dates in other
languages and scripts, 29 February). Seeded: ``texts(seed)`` gives the same texts every time."""
from __future__ import annotations

import datetime as dt
import random

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WELSH = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
         "Tachwedd", "Rhagfyr"]
SPANISH = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NAMES = ["Aisha", "Gareth", "Chidi", "Agnieszka", "Mei Ling", "Siobhan", "Leroy", "Harpreet", "Fatma", "Olumide",
         "Eilidh", "Yusuf", "Bogdan", "Nia", "Precious", "Zainab", "Tomasz", "Kwame", "Priya", "Dylan"]
CUES = ["would have turned {age} on {date}", "celebrated her {nth} birthday on {date}", "the first anniversary of "
        "the death fell on {date}", "a vigil was held on {date}", "a year to the day after, on {date}",
        "{age} years since the birth, on {date}", "every year on {date} the family lay flowers", "in loving memory, "
        "{date}"]
PLAIN = ["{name} met the housing officer on {date}", "The referral was made on {date}", "{name} moved to Leeds on "
         "{date}", "A strategy meeting took place on {date}", "The GP saw {name} on {date}"]


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _written(d: dt.date, rng: random.Random) -> str:
    month = MONTHS[d.month - 1]
    yy = f"{d.year % 100:02d}"
    return rng.choice([
        f"{d.day} {month} {d.year}", f"{_ordinal(d.day)} {month} {d.year}", f"{month} {d.day}, {d.year}",
        f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}.{d.month:02d}.{yy}", f"{d.day} {month[:3]} {yy}",
        f"{d.day} {month}", f"the {_ordinal(d.day)}", f"{month} {_ordinal(d.day)}", f"{d.day}/{d.month}",
        f"{d.day} {month} '{yy}", f"{d.year}{d.month:02d}{d.day:02d}", f"{d.day}-{month[:3]}-{d.year}",
        f"{WEEKDAYS[d.weekday()]} {d.day} {month} {d.year}", f"{d.year}年{d.month}月{d.day}日",
        f"{d.day} {WELSH[d.month - 1]} {d.year}", f"{d.day} {WELSH[d.month - 1]}",
        f"{d.day} de {SPANISH[d.month - 1]} de {d.year}", f"{d.day} de {SPANISH[d.month - 1]}",
        f"{d.year}-{d.month:02d}-{d.day:02d}T23:30:00Z", f"{d.day} {month[:3]} {d.year} 23:30:00 -0200",
        f"the last {WEEKDAYS[d.weekday()]} of {month} {d.year}"])


def _day_in(year: int, when: dt.date) -> dt.date:
    try:
        return when.replace(year=year)
    except ValueError:
        return dt.date(year, 2, 28)   # 29 February in a common year: the day before


def protected_dates(rng: random.Random) -> tuple[dt.date, dt.date]:
    """A date of death and of birth: sometimes 29 February, sometimes the last day of a month."""
    death = rng.choice([dt.date(2024, 2, 29), dt.date(2023, 10, 31),
                        dt.date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))])
    birth = rng.choice([dt.date(1992, 2, 29), dt.date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28))])
    return death, birth


def text(rng: random.Random, whens: tuple[dt.date, ...], sentences: int) -> str:
    """One long text (no blank lines, or a few, as a pasted draft has): sentences of many years, some of the
    protected days in other years, some with a cue."""
    lines = []
    for _ in range(sentences):
        when = rng.choice(whens)
        year = rng.choice([rng.randint(1950, 2030), when.year, when.year + rng.randint(-5, 5)])
        day = _day_in(year, when) if rng.random() < 0.6 else dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        kind = rng.random()
        name = rng.choice(NAMES)
        if kind < 0.35:
            frame = rng.choice(CUES)
            age = rng.randint(1, 80)
            line = frame.format(age=age, nth=_ordinal(age), date=_written(day, rng))
            line = f"{name} {line}." if frame[0].islower() and not frame.startswith("the") else \
                f"{line[0].upper()}{line[1:]}."
        elif kind < 0.75:
            line = rng.choice(PLAIN).format(name=name, date=_written(day, rng)) + "."
        elif kind < 0.83:
            line = f"{year}"     # a year heading
        elif kind < 0.88:
            monday = day - dt.timedelta(days=day.weekday())
            line = f"w/c {monday.day:02d}/{monday.month:02d}/{monday.year % 100:02d} {WEEKDAYS[day.weekday()]}: " \
                   f"{name} attended a vigil."
        elif kind < 0.94:
            line = f"{day.day} \u2013 Police attended, {rng.choice(['', 'a memorial was planned', 'no further action'])}"
        else:
            line = f"In {year} {name} wrote to the council on the {_ordinal(day.day)} about the anniversary."
        lines.append(line)
    sep = rng.choice([" ", "\n", " "])
    return sep.join(lines)


def texts(seed: int, count: int = 3, sentences: int = 60) -> list[tuple[str, tuple[dt.date, dt.date]]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        whens = protected_dates(rng)
        out.append((text(rng, whens, sentences), whens))
    return out
