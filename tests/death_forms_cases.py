"""A generator of sentences that hold a protected date (of death or of birth) in every written form a DHR draft
quotes: a chair's narrative, a police log, a GP record, a coroner's summary, a family member's message.

Each case is (form, when, date text, sentence): the date text is the form written for ``when`` and the sentence
holds it once, with no other figure than the ones the form itself carries. ``cases(seed, n)`` gives the date that
must go; ``other_year_cases(seed, n)`` gives the same forms for the same day and month of ANOTHER year (and its
rules protect the date of the first year), which must stay.

Found with it (2026-12-05): see tests/test_death_dates_in_every_form.py.
"""
from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata

from babel import Locale
from babel import dates as babel_dates

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"]
ORDINALS += [f"twenty-{w}" for w in ORDINALS[:9]] + ["thirtieth", "thirty-first"]
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# Urdu and Punjabi written in Latin letters, as a family's WhatsApp message spells the English months
URDU_ROMAN = ["Janwari", "Farwari", "Maarch", "Aprail", "Mayi", "Joon", "Julai", "Agast", "Sitambar", "Aktubar",
              "Navambar", "Disambar"]
# Latvian's locative ("on the 14th of April": "14. aprīlī"), which CLDR does not give
LATVIAN_LOCATIVE = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
                    "oktobrī", "novembrī", "decembrī"]
OTHER_LANGUAGES = ("cy", "pl", "ro", "lt", "pt", "tr", "lv", "es")


def _sfx(day: int) -> str:
    return "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _cardinal(n: int) -> str:
    if n < 20:
        return UNITS[n]
    return TENS[n // 10] + (f"-{UNITS[n % 10]}" if n % 10 else "")


def year_words(year: int, rng: random.Random) -> str:
    if year >= 2010 and rng.random() < 0.6:
        return f"twenty {_cardinal(year % 100)}"
    rest = year % 1000
    return "two thousand" + (f" and {_cardinal(rest)}" if rest else "")


def _foreign_month(code: str, month: int, rng: random.Random) -> str:
    if code == "lv" and rng.random() < 0.6:
        return LATVIAN_LOCATIVE[month - 1]
    names = {babel_dates.get_month_names(width, ctx, Locale.parse(code))[month].rstrip(".")
             for width in ("wide",) for ctx in ("format", "stand-alone")}
    return rng.choice(sorted(names))


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) - 48 + 0xFF10) if c.isdigit() else c for c in s)


def _arabic_indic(s: str) -> str:
    return "".join(chr(ord(c) - 48 + 0x0660) if c.isdigit() else c for c in s)


def _devanagari(s: str) -> str:
    return "".join(chr(ord(c) - 48 + 0x0966) if c.isdigit() else c for c in s)


# Each form: name -> function(d, rng) -> the date written. d is the date; the forms with a range name the day
# before or after too (a range that includes the protected day goes whole).
def _forms() -> dict[str, callable]:
    def M(d): return MONTHS[d.month - 1]
    def Mon(d): return MONTHS[d.month - 1][:3]
    def O(d): return ORDINALS[d.day - 1]
    def W(d): return WEEKDAYS[d.weekday()]
    def yy(d): return f"{d.year % 100:02d}"
    def prev(d): return d.day - 1
    return {
        # ordinal words
        "ordinal of month year": lambda d, r: f"the {O(d)} of {M(d)} {d.year}",
        "Ordinal month": lambda d, r: f"{O(d).capitalize()} {M(d)}",
        "month the ordinal": lambda d, r: f"{M(d)} the {O(d)}",
        "month the ordinal, year": lambda d, r: f"{M(d)} the {O(d)}, {d.year}",
        "month ordinal-word, year": lambda d, r: f"{M(d)} {O(d)}, {d.year}",
        "nth day of month year": lambda d, r: f"{d.day}{_sfx(d.day)} day of {M(d)} {d.year}",
        "nth day of month, in the year": lambda d, r: f"{d.day}{_sfx(d.day)} day of {M(d)}, in the year {d.year}",
        "ordinal day of month in words": lambda d, r: f"the {O(d)} day of {M(d)} {year_words(d.year, r)}",
        # years in words
        "day month year-in-words": lambda d, r: f"{d.day} {M(d)} {year_words(d.year, r)}",
        "month day, year-in-words": lambda d, r: f"{M(d)} {d.day}, {year_words(d.year, r)}",
        # American order
        "US month day, year": lambda d, r: f"{M(d)} {d.day}, {d.year}",
        "US Mon. dayth 'yy": lambda d, r: f"{Mon(d)}. {d.day}{_sfx(d.day)} '{yy(d)}",
        "US numeric (day > 12)": lambda d, r: f"{d.month:02d}/{d.day:02d}/{d.year}",
        "year month day words": lambda d, r: f"{d.year} {M(d)} {d.day}",
        # ISO and times
        "ISO with T time": lambda d, r: f"{d.isoformat()}T23:10",
        "ISO with seconds": lambda d, r: f"{d.isoformat()} 23:10:00",
        "compact ISO with time": lambda d, r: f"{d:%Y%m%d}T2310",
        "time on d/m/yy": lambda d, r: f"at 23:10 on {d.day}/{d.month}/{yy(d)}",
        "dd/mm/yyyy @ time": lambda d, r: f"{d:%d/%m/%Y} @ 02:00",
        "time hrs dd/mm/yyyy": lambda d, r: f"0200hrs {d:%d/%m/%Y}",
        "dd.mm.yyyy, time": lambda d, r: f"{d:%d.%m.%Y}, 02:00",
        "dd-mm-yy time": lambda d, r: f"{d:%d-%m-%y} 02:00",
        # weekdays
        "Weekday dth (no month)": lambda d, r: f"{W(d)} {d.day}{_sfx(d.day)}",
        "Wkd d/m": lambda d, r: f"{W(d)[:3]} {d.day}/{d.month}",
        "Weekday the dth of Month": lambda d, r: f"{W(d)} the {d.day}{_sfx(d.day)} of {M(d)}",
        "Weekday, Month d": lambda d, r: f"{W(d)}, {M(d)} {d.day}",
        "Wkd dd/mm/yy": lambda d, r: f"{W(d)[:3]} {d:%d/%m/%y}",
        # ranges and spans that include the day
        "d-1–d Month year": lambda d, r: f"{prev(d)}–{d.day} {M(d)} {d.year}",
        "between d-1 and d Month": lambda d, r: f"between {prev(d)} and {d.day} {M(d)}",
        "night of d-1/d Month": lambda d, r: f"the night of {prev(d)}/{d.day} {M(d)}",
        "night of d-1th/dth Month": lambda d, r: f"the night of {prev(d)}{_sfx(prev(d))}/{d.day}{_sfx(d.day)} {M(d)}",
        "d-1/d.mm.yyyy": lambda d, r: f"{prev(d)}/{d.day}.{d.month:02d}.{d.year}",
        "from d-1 to d Month year": lambda d, r: f"from {prev(d)} to {d.day} {M(d)} {d.year}",
        "d-1 into d Month": lambda d, r: f"the night of the {prev(d)}{_sfx(prev(d))} into the {d.day}{_sfx(d.day)} of {M(d)}",
        "early hours of d Month": lambda d, r: f"the early hours of {d.day} {M(d)}",
        "early hours of Weekday dth Month year": lambda d, r: f"the early hours of {W(d)} {d.day}{_sfx(d.day)} {M(d)} {d.year}",
        # numbers
        "d.roman.yy": lambda d, r: f"{d.day}.{ROMAN[d.month - 1]}.{yy(d)}",
        "d ROMAN yyyy": lambda d, r: f"{d.day} {ROMAN[d.month - 1].upper()} {d.year}",
        "apostrophe year": lambda d, r: f"{d.day} {Mon(d)} '{yy(d)}",
        "Month dth 'yy": lambda d, r: f"{M(d)} {d.day}{_sfx(d.day)} '{yy(d)}",
        "d/m/'yy": lambda d, r: f"{d.day}/{d.month}/'{yy(d)}",
        "spaced slashes": lambda d, r: f"{d.day} / {d.month:02d} / {d.year}",
        "spaced hyphens": lambda d, r: f"{d:%d} - {d:%m} - {d.year}",
        "en dashes": lambda d, r: f"{d:%d}–{d:%m}–{d.year}",
        "full-width digits": lambda d, r: _fullwidth(f"{d:%d/%m/%Y}"),
        "Arabic-Indic digits": lambda d, r: _arabic_indic(f"{d:%d/%m/%Y}"),
        "Devanagari digits": lambda d, r: _devanagari(f"{d:%d/%m/%Y}"),
        "ddMONyyyy": lambda d, r: f"{d.day:02d}{Mon(d).upper()}{d.year}",
        "dd-Mon-yyyy hhmm": lambda d, r: f"{d.day:02d}-{Mon(d)}-{d.year} 2310",
        # filenames and URLs
        "filename yyyymmdd": lambda d, r: f"report_{d:%Y%m%d}.pdf",
        "photo filename": lambda d, r: f"IMG_{d:%Y%m%d}_231000.jpg",
        "URL with /yyyy/mm/dd/": lambda d, r: f"https://www.example-news.co.uk/{d:%Y/%m/%d}/woman-found-dead",
        "filename dd-mm-yyyy": lambda d, r: f"statement_{d:%d-%m-%Y}.docx",
        "filename ddmmyy": lambda d, r: f"Chronology {d:%d%m%y} final.docx",
        # other languages
        "other language d month yyyy": lambda d, r: f"{d.day} {_foreign_month(r.choice(OTHER_LANGUAGES), d.month, r)} {d.year}",
        "other language d. month (no year)": lambda d, r: f"{d.day}. {_foreign_month(r.choice(('lv', 'pl', 'lt', 'tr')), d.month, r)}",
        "other language month d, yy": lambda d, r: f"{_foreign_month(r.choice(('cy', 'es', 'pt', 'ro', 'pl')), d.month, r).capitalize()} {d.day}, {yy(d)}",
        "other language month d, yyyy": lambda d, r: f"{_foreign_month(r.choice(('cy', 'es', 'pt', 'ro', 'tr')), d.month, r).capitalize()} {d.day}, {d.year}",
        "Urdu romanised d month yyyy": lambda d, r: f"{d.day} {URDU_ROMAN[d.month - 1]} {d.year}",
        "Latvian yyyy. gada d. month": lambda d, r: f"{d.year}. gada {d.day}. {LATVIAN_LOCATIVE[d.month - 1]}",
        # relative to a date in figures
        "day before d+1 Month year": lambda d, r: f"the day before {(d + dt.timedelta(days=1)).day} {MONTHS[(d + dt.timedelta(days=1)).month - 1]} {(d + dt.timedelta(days=1)).year}",
    }


FORMS = _forms()
# Forms without a year: a date without its year is the protected one (docs/rules.md), so they have no other-year
# twin that must stay.
YEARLESS = {"Ordinal month", "month the ordinal", "Weekday dth (no month)", "Wkd d/m", "Weekday the dth of Month",
            "Weekday, Month d", "between d-1 and d Month", "night of d-1/d Month", "night of d-1th/dth Month",
            "d-1 into d Month", "early hours of d Month", "other language d. month (no year)"}
# "The ... hours of 14 March" etc. need a day before it in the month; forms with no year need the same month nowhere
# else in the sentence.
SENTENCES = [
    "The chair's note: Oksana Kovalenko died on {date}, at the family home.",
    "Police log entry: {date} - officers attended after a 999 call from Imran Qureshi.",
    "GP record: Gurpreet Dhillon was last seen by Dr Okafor, {date}; no concerns were noted.",
    "The coroner's summary records that Siobhán Byrne died {date} from injuries to her head.",
    "Her sister Amaka wrote: \"mum passed {date}, we still can't believe it\".",
    "Rhys ap Gwilym found her on {date} and called an ambulance.",
    "Chronology | {date} | Ambulance service | Wei Zhang declared deceased at the scene.",
    "Mehmet Yılmaz's message of {date} was the last anyone heard from him.",
    "Ms Wiśniewska (date of death {date}) had been referred to MARAC twice.",
    "The attached document ({date}) was sent by Leroy Campbell's solicitor.",
]
BIRTH_SENTENCES = [
    "Oksana Kovalenko was born on {date} in Lviv.",
    "Date of birth: {date}; NHS records for Amaka Eze confirm it.",
    "Her brother wrote: \"she was born {date}, the day our father left\".",
]


def _when(rng: random.Random, form: str) -> dt.date:
    while True:
        d = dt.date(rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(2, 28))
        if form == "US numeric (day > 12)" and d.day <= 12:
            continue
        return d


def case(rng: random.Random, form: str, which: str = "date_of_death", when: dt.date | None = None):
    when = when or _when(rng, form)
    date = FORMS[form](when, rng)
    sentences = BIRTH_SENTENCES if which == "date_of_birth" else SENTENCES
    return form, when, date, rng.choice(sentences).format(date=date)


def cases(seed: int, per_form: int) -> list[tuple[str, str, dt.date, str, str]]:
    """(which, form, when, date, sentence): every form ``per_form`` times, one in five a date of birth."""
    rng = random.Random(seed)
    out = []
    for form in FORMS:
        for _ in range(per_form):
            which = "date_of_birth" if rng.random() < 0.2 else "date_of_death"
            out.append((which, *case(rng, form, which)))
    return out


def other_year_cases(seed: int, per_form: int) -> list[tuple[str, str, dt.date, str, str]]:
    """(which, form, protected date, date written, sentence): the form written for the same day and month of
    another year, one to three years before or after; the rules protect ``protected``."""
    rng = random.Random(seed)
    out = []
    for form in FORMS:
        if form in YEARLESS:
            continue
        for _ in range(per_form):
            which = "date_of_birth" if rng.random() < 0.2 else "date_of_death"
            protected = _when(rng, form)
            shown = protected.replace(year=protected.year + rng.choice([-3, -2, -1, 1, 2, 3]))
            _, _, date, text = case(rng, form, which, shown)
            out.append((which, form, protected, date, text))
    return out


def rules(when: dt.date, which: str) -> dict:
    """Rules protecting ``when``; the person listed is named in no sentence, so that what `verify` says of a
    sentence is what it says of the date."""
    return {"people": [{"name": "Halyna Melnyk", "pseudonym": "Olena"}], "dates": {which: when.isoformat()}}


_TIMES = re.compile(r"(?<![0-9])(?:[0-2][0-9]:[0-5][0-9](?::[0-5][0-9])?|T?2310|0200hrs|_231000)(?![0-9])")
_NUMBER_WORDS = set(ORDINALS) | {w for w in UNITS if w} | set(TENS.values()) | {"thousand"}


def ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in text)


def telltales(date: str) -> list[str]:
    """What of a written date would give it back: its numbers (not a time written beside it), its number words and
    a month's Roman numeral."""
    plain = _TIMES.sub(" ", ascii_digits(date))
    found = re.findall(r"[0-9]+", plain)
    found += [w for w in re.findall(r"[a-z]+", plain.lower()) if w in _NUMBER_WORDS]
    found += re.findall(r"(?<=\.)[ivx]+(?=\.)|(?<= )[IVX]+(?= )", plain)
    return found


def left_of(date: str, out: str) -> list[str]:
    """The telltales of ``date`` still in the output (a pseudonym's number is no date's)."""
    body = _TIMES.sub(" ", ascii_digits(re.sub(r"(?:Person|Place|Area|Organisation) [0-9]+", "", out)))
    left = []
    for t in telltales(date):
        if t.isdigit():
            if re.search(rf"(?<![0-9]){t}(?![0-9])", body):
                left.append(t)
        elif re.search(rf"(?<![A-Za-z]){re.escape(t)}(?![A-Za-z])", body, re.IGNORECASE):
            left.append(t)
    return left
