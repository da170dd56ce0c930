"""Written forms of a date, and a broad finder that reads them back: the generator's own oracle.

It is deliberately independent of ``redact.dates``: a leak check that shares the grammar of the code it checks
would miss exactly what that grammar misses.
"""
from __future__ import annotations

import datetime as dt
import re

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                 "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
                 "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
                 "twenty-ninth", "thirtieth", "thirty-first")


def ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _abbr(month: int) -> str:
    return MONTHS[month - 1][:3]


# form id -> renderer. Forms whose id ends in "_noyear" are only written once the year is clear from the text.
FORMS = {
    "long": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "ordinal_long": lambda d: f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
    "weekday_long": lambda d: f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
    "dots_2y": lambda d: f"{d.day}.{d.month}.{d.year % 100:02d}",
    "dots_4y": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "dash_2y": lambda d: f"{d.day}-{d.month}-{d.year % 100:02d}",
    "slash_4y": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "slash_2y": lambda d: f"{d.day}/{d.month}/{d.year % 100:02d}",
    "iso": lambda d: d.isoformat(),
    "police_compact": lambda d: f"{d.day:02d}{_abbr(d.month).upper()}{d.year}",
    "police_time": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year} 0340hrs",
    "ordinal_of_apostrophe": lambda d: f"{ordinal(d.day)} of {MONTHS[d.month - 1]} '{d.year % 100:02d}",
    "weekday_short": lambda d: f"{WEEKDAYS[d.weekday()][:3]} {d.day} {_abbr(d.month)} {d.year % 100:02d}",
    "month_first": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "month_first_weekday": lambda d: f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} 9:12 AM",
    "abbr_dash": lambda d: f"{d.day:02d}-{_abbr(d.month)}-{d.year}",
    "sept_abbr": lambda d: f"{d.day} {'Sept' if d.month == 9 else _abbr(d.month)} {d.year}",
    "ordinal_words": lambda d: f"the {ORDINAL_WORDS[d.day - 1]} of {MONTHS[d.month - 1]} {d.year}",
    "ordinal_words_noyear": lambda d: f"the {ORDINAL_WORDS[d.day - 1]} of {MONTHS[d.month - 1]}",
    "day_month_noyear": lambda d: f"{d.day} {MONTHS[d.month - 1]}",
    "slash_noyear": lambda d: f"{d.day}/{d.month}",
    "bare_ordinal_noyear": lambda d: f"the {ordinal(d.day)}",
}
BIRTH_FORMS = ("long", "slash_4y", "dots_2y", "dots_4y", "ordinal_long", "iso", "ordinal_words")


def render(date: dt.date, form: str) -> str:
    return FORMS[form](date)


# ---------------------------------------------------------------------------------------------- the finder
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_ORD = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_YEAR = r"(?P<year>'?\d{2}(?!\d)|\d{4})"
_PATTERNS = [
    ("numeric", re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})\s?(?P<sep>[./-])\s?(?P<b>\d{1,2})\s?(?P=sep)\s?"
                           r"(?P<year>\d{4}|\d{2})(?![\d])")),
    ("iso", re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<b>\d{1,2})-(?P<a>\d{1,2})(?!\d)")),
    ("compact", re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<b>0[1-9]|1[0-2])(?P<a>[0-2]\d|3[01])(?!\d)")),
    ("day_month", re.compile(rf"(?<![\w])(?P<a>\d{{1,2}})(?:st|nd|rd|th)?[\s-]*(?:of\s+)?{_MONTH}"
                             rf"(?:[\s,-]*{_YEAR})?(?![\w])", re.IGNORECASE)),
    ("ordinal_words", re.compile(rf"(?<![\w-])(?P<w>{_ORD})\s+(?:day\s+)?(?:of\s+)?{_MONTH}"
                                 rf"(?:[\s,]*{_YEAR})?(?![\w])", re.IGNORECASE)),
    ("month_day", re.compile(rf"(?<![\w]){_MONTH}\s+(?P<a>\d{{1,2}})(?:st|nd|rd|th)?(?![\d])"
                             rf"(?:,?\s*{_YEAR})?(?![\w])", re.IGNORECASE)),
    ("slash_noyear", re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])")),
    ("bare_ordinal", re.compile(r"(?<![\w])(?P<a>\d{1,2})(?:st|nd|rd|th)(?![\w])(?!\s+(?:of\s+)?"
                                r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", re.IGNORECASE)),
]
_MONTH_INDEX = {m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)}


def _year(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.lstrip("'")
    return int(digits) + (2000 if int(digits) < 50 else 1900) if len(digits) == 2 else int(digits)


def find_dates(text: str) -> list[tuple[int, int, int, int | None, int | None, str]]:
    """Every date-like span: (start, end, day, month or None, year or None, pattern name), longest first wins."""
    found = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            groups = m.groupdict()
            if name == "ordinal_words":
                day = ORDINAL_WORDS.index(groups["w"].lower()) + 1
            else:
                day = int(groups["a"])
            if groups.get("mon"):
                month = _MONTH_INDEX[groups["mon"][:3].lower()]
            elif groups.get("b"):
                month = int(groups["b"])
            else:
                month = None
            year = _year(groups.get("year"))
            if not 1 <= day <= 31 or (month is not None and not 1 <= month <= 12):
                continue
            found.append((m.start(), m.end(), day, month, year, name))
            taken.append((m.start(), m.end()))
    return sorted(found)


def is_protected(day: int, month: int | None, year: int | None, protected: dt.date, *,
                 bare_day_counts: bool) -> bool:
    """A span means the protected date when day and month agree and the year agrees or is missing."""
    if day != protected.day:
        return False
    if month is None:
        return bare_day_counts
    return month == protected.month and year in (None, protected.year)
