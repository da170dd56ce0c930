"""Sentences that write one date in words, as authors, police statements, transcripts and messages do: "the
fourteenth of March, two thousand and twenty-two", "June two, two thousand and eighteen", "14 March twenty
twenty-two", "On 14th (Monday) March 2022". Used by tests/test_dates_in_words.py; every name is fictional.

``date_sentences(seed, n)`` gives (sentence, date, the parts of the date as written): a part left in apply's output
is a leak. ``other_date_sentences`` gives sentences that write ANOTHER date the same ways (another day, or another
month of the same year) and ordinary words ("the second time"): they must come out unchanged.
"""
from __future__ import annotations

import calendar
import datetime
import random

_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {2: "twenty", 3: "thirty"}
_ORDINAL_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth"]
_ORDINAL_TENS = {2: "twentieth", 3: "thirtieth"}

PEOPLE = ["Grace Mensah", "Rhian Pritchard", "Siobhan Keane", "Morag Fraser", "Priya Sharma", "Nasreen Akhtar",
          "Chiamaka Okafor", "Marcia Campbell", "Agnieszka Wójcik", "Li Na Chen", "Fatima Al-Sayed", "Elif Yılmaz",
          "Oksana Kovalenko", "Aoife Byrne", "Bronwen Evans", "Kwame Asante", "Deepak Patel", "Ewa Nowak"]
WEEKDAYS = list(calendar.day_name)


def cardinal(n: int, rng: random.Random) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] + (rng.choice(["-", " "]) + _UNITS[unit] if unit else "")


def ordinal(n: int, rng: random.Random) -> str:
    if n < 20:
        return _ORDINAL_UNITS[n]
    tens, unit = divmod(n, 10)
    return _ORDINAL_TENS[tens] if not unit else _TENS[tens] + rng.choice(["-", " "]) + _ORDINAL_UNITS[unit]


def figures_ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def year_words(year: int, rng: random.Random) -> str:
    rest = year % 100
    if year >= 2000:
        forms = [f"two thousand and {cardinal(rest, rng)}", f"two thousand {cardinal(rest, rng)}",
                 f"two-thousand-and-{cardinal(rest, rng).replace(' ', '-')}",
                 f"Two Thousand & {cardinal(rest, rng).title()}"] if rest else ["two thousand"]
        if rest >= 10:
            forms.append(f"twenty {cardinal(rest, rng)}")
        elif rest:
            forms.append(f"twenty oh {cardinal(rest, rng)}")
        return rng.choice(forms)
    return f"nineteen {cardinal(rest, rng)}" if rest >= 10 else f"nineteen oh {cardinal(rest, rng)}"


def _cased(text: str, rng: random.Random) -> str:
    return text.capitalize() if rng.random() < 0.25 else text


def _day(when: datetime.date, rng: random.Random, words_only: bool = False) -> str:
    kind = rng.choice(["ordinal", "ordinal", "cardinal"] + ([] if words_only else ["figures", "figures_th"]))
    return {"ordinal": ordinal(when.day, rng), "cardinal": cardinal(when.day, rng), "figures": str(when.day),
            "figures_th": figures_ordinal(when.day)}[kind]


def _year(when: datetime.date, rng: random.Random) -> str:
    return rng.choice([year_words(when.year, rng), year_words(when.year, rng), str(when.year)])


def _month(when: datetime.date, rng: random.Random) -> str:
    return calendar.month_name[when.month]


def written_date(when: datetime.date, rng: random.Random) -> tuple[str, list[str]]:
    """(the date phrase, its day/month/year parts as written), one of the ways authors write a date in words."""
    month = _month(when, rng)
    wd = WEEKDAYS[when.weekday()]
    od, cd = ordinal(when.day, rng), cardinal(when.day, rng)
    fd, fo = str(when.day), figures_ordinal(when.day)
    y, yw = _year(when, rng), year_words(when.year, rng)
    day = _day(when, rng)
    forms = [
        (f"the {_cased(od, rng)} of {month}, {yw}", [od, month, yw]),
        (f"the {od} of {month} {y}", [od, month, y]),
        (f"{month} the {od} {y}", [od, month, y]),
        (f"{month} the {od}, {yw}", [od, month, yw]),
        (f"{fd} {month} {yw}", [fd, month, yw]),
        (f"{month} {cd}, {yw}", [cd, month, yw]),
        (f"{month} {od}, {y}", [od, month, y]),
        (f"{cd} {month} {y}", [cd, month, y]),
        (f"{_cased(od, rng)} {month} {y}", [od, month, y]),
        (f"the {fo} of {month} in the year {yw}", [fo, month, yw]),
        (f"the {od} day of {month} {rng.choice(['in the year ', ''])}{yw}", [od, month, yw]),
        (f"{wd} the {od} of {month}, {y}", [od, month, y]),
        (f"{wd}, {month} the {od}, {yw}", [od, month, yw]),
        (f"{wd} {cd} {month} {yw}", [cd, month, yw]),
        (f"{day} ({wd}) {month} {y}", [day, month, y]),
        (f"{wd} ({day}) {month} {y}", [day, month, y]),
        (f"{day} {month} (a {wd}) {y}", [day, month, y]),
        (f"{day} {month} ({wd}) {y}", [day, month, y]),
        (f"{month} {day} ({wd}) {y}", [day, month, y]),
        (f"the {od} ({wd}) of {month} {y}", [od, month, y]),
        (f"{wd} [{day}] {month} {y}", [day, month, y]),
        (f"{fo} of {month} ({wd}), {yw}", [fo, month, yw]),
        (f"{od.upper()} {month.upper()} {yw.upper()}", [od.upper(), month.upper(), yw.upper()]),
        (f"{od} of {month.lower()} {yw}", [od, month.lower(), yw]),
        (f"the {od}, er, of {month} {y}", [od, month, y]),
        (f"{month}, um, the {od}, {yw}", [od, month, yw]),
        (f"the {od} of {month}, {cardinal(when.year % 100, rng)}", [od, month]) if when.year % 100 >= 10 else
        (f"the {od} of {month}", [od, month]),
        (f"the {od} of {month.lower()}", [od, month.lower()]),
        (f"{fd} ({wd[:3]}) {month} {y}", [fd, month, y]),
        (f"{wd[:3]}. ({fo}) {month[:3]} {y}", [fo, month[:3], y]),
        (f"{fo} {month} {y} (a {wd})", [fo, month, y]),
        (f"{month} {od}, in the year {yw}", [od, month, yw]),
    ]
    return rng.choice(forms)


FRAMES = [
    "{P} died on {D}.",
    "{P} was found at home on {D} and pronounced dead at 06:40.",
    "Statement of PC 4471: On {D} I attended the address following a 999 call.",
    "Transcript: Q: When did you last see her? A: It was, er, {D}, about teatime.",
    "Message from {P}: see u {D} x",
    "The inquest heard that {P} died on {D} in hospital.",
    "{P}'s sister told the panel that {D} was \"the worst day of our lives\".",
    "On {D}, police were called to the flat by a neighbour.",
    "Her GP last saw {P} three weeks before {D}.",
    "The review covers the period up to {D}, when {P} died.",
]


def date_sentences(seed: int, n: int, when: datetime.date | None = None
                   ) -> list[tuple[str, datetime.date, list[str]]]:
    """(sentence, the protected date, its parts as written)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        date = when or datetime.date(rng.randint(2009, 2024), rng.randint(1, 12), rng.randint(1, 28))
        phrase, parts = written_date(date, rng)
        if rng.random() < 0.15:
            # yearless, the month named in the sentence before: "In March 2022 ... On the fourteenth, a Monday,"
            month, wd = calendar.month_name[date.month], WEEKDAYS[date.weekday()]
            od = ordinal(date.day, rng)
            sentence = (f"In {month} {date.year} things got worse. On the {od}, a {wd}, "
                        f"{rng.choice(PEOPLE)} was found at home.")
            out.append((sentence, date, [od]))
            continue
        frame = rng.choice(FRAMES)
        sentence = frame.format(P=rng.choice(PEOPLE), D=phrase)
        out.append((sentence[0].upper() + sentence[1:], date, parts))
    return out


def other_date_sentences(seed: int, n: int) -> list[tuple[str, datetime.date, str]]:
    """(sentence, the protected date, what must stay) where the sentence writes another date, or number words that
    are no date: the date phrase, or the sentence's words, come out unchanged."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        when = datetime.date(rng.randint(2009, 2024), rng.randint(1, 12), rng.randint(1, 28))
        if rng.random() < 0.2:
            sentence = rng.choice([
                f"It was the second time {rng.choice(PEOPLE)} had called; the first time was in "
                f"{calendar.month_name[when.month]}.",
                f"{cardinal(when.day, rng).capitalize()} officers attended in {calendar.month_name[when.month]} "
                f"{when.year}.",
                f"She was the {ordinal(when.day, rng)} caller that {WEEKDAYS[when.weekday()]}.",
                f"He came {ordinal(when.day, rng)} out of {cardinal(when.day + 3, rng)} in the race.",
            ])
            out.append((sentence, when, sentence.split(" had called;")[-1] if "had called" in sentence
                         else sentence))
            continue
        other = when.replace(day=when.day % 28 + 1) if rng.random() < 0.5 else \
            when.replace(month=when.month % 12 + 1)
        phrase, _ = written_date(other, rng)
        frame = rng.choice(FRAMES)
        sentence = frame.format(P=rng.choice(PEOPLE), D=phrase)
        out.append((sentence[0].upper() + sentence[1:], when, phrase))
    return out
