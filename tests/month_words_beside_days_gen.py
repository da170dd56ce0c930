"""Sentences with a protected date whose month is a word that is read as something else: a month of another
language that is short, or an English word or a name ("18. Ekim", "18 luty", "18. Mart", "18. Juni"), written
with no year; a month of another language before its day with a two-figure year ("Gorffennaf 17, 20"), which was
read as a person; an English month in small letters before its days ("march 13th-14th", "march
thirteenth–fourteenth"). Used by tests/test_month_words_beside_days.py; every name is fictional.

Each ``*_cases(seed, n)`` gives (sentence, protected date, the parts that must go); each ``*_others(seed, n)``
gives (sentence, protected date) that must come out with no date removed: the same form of another year or
month, or the month's word used as a word.
"""
from __future__ import annotations

import calendar
import datetime
import random

from dates_in_words_gen import ordinal

# (language, month, name as written in a date, kind): "plain" is no English word or name and stands alone after a
# day ("18 Ekim"); "name" is also a given name or a place (read in small letters or after a day's dot: "18 juni",
# "18. Juni"); "word" is also an English word (read after a day's dot only: "18. Mart", "18. mars")
SHORT_MONTHS = [
    ("tr", 1, "Ocak", "plain"), ("tr", 3, "Mart", "word"), ("tr", 10, "Ekim", "plain"), ("tr", 4, "Nisan", "name"),
    ("pl", 2, "luty", "plain"), ("pl", 5, "maja", "name"), ("pl", 5, "maj", "word"),
    ("de", 6, "Juni", "name"), ("de", 7, "Juli", "name"), ("nl", 6, "juni", "name"), ("nl", 7, "juli", "name"),
    ("sv", 6, "juni", "name"), ("sv", 5, "maj", "word"), ("da", 7, "juli", "name"),
    ("fr", 6, "juin", "plain"), ("fr", 3, "mars", "word"), ("fr", 4, "avril", "name"),
    ("pt", 5, "maio", "plain"), ("pt", 4, "abril", "name"), ("es", 5, "mayo", "word"), ("es", 7, "julio", "word"),
    ("ms", 8, "Ogos", "plain"), ("ms", 3, "Mac", "word"), ("id", 6, "Juni", "name"), ("id", 7, "Juli", "name"),
    ("sq", 3, "mars", "word"), ("sq", 5, "maj", "word"), ("lt", 3, "kovo", "plain"), ("cs", 2, "unor", "plain"),
    ("ar", 3, "مارس", "plain"), ("ar", 5, "مايو", "plain"), ("ur", 6, "جون", "plain"), ("hi", 6, "जून", "plain"),
    ("pa", 3, "ਮਾਰਚ", "plain"), ("bn", 6, "জুন", "plain"),
]

FRAMES = [
    "The chair's note: Oksana Kovalenko died on {D}, at the family home.",
    "Mehmet Yılmaz's last message, sent {D}, was to his sister.",
    "Zgon: {D} (the Polish certificate of Agnieszka Nowak).",
    "Her cousin Nasreen wrote: \"Amma passed {D}, please pray for her\".",
    "Police log: {D} - Kwame Mensah reported his mother missing.",
    "The German report gives {D} as the day Jürgen Weber was found.",
    "Rhys ap Gwilym found her on {D} and called an ambulance.",
    "Chronology | {D} | Ambulance service | Wei Zhang declared deceased at the scene.",
    "Ms Wiśniewska (date of death {D}) had been referred to MARAC twice.",
    "Siobhán Byrne's GP saw her {D}; no concerns were noted.",
]


def _day(rng: random.Random, month: int) -> datetime.date:
    return datetime.date(rng.randint(2014, 2024), month, rng.randint(1, 28))


def short_month_cases(seed: int, n: int) -> list[tuple[str, datetime.date, list[str]]]:
    """A day and a short or word-like month of another language, no year: the day must go."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        _lang, month, name, kind = rng.choice(SHORT_MONTHS)
        when = _day(rng, month)
        forms = [f"{when.day}. {name}"]
        if kind != "word":
            forms.append(f"{when.day}. {name.lower()}" if name.lower() != name else f"{when.day}. {name.capitalize()}")
            forms.append(f"{when.day} {name.lower()}")
        if kind == "plain":
            forms += [f"{when.day} {name}", f"{when.day:02d}. {name}"]
        else:
            forms.append(f"{when.day}. {name.lower()}")
        out.append((rng.choice(FRAMES).format(D=rng.choice(forms)), when, [str(when.day), name]))
    return out


def short_month_others(seed: int, n: int) -> list[tuple[str, datetime.date]]:
    """The same forms of another year, and a month that is a word used as a word after the day's number."""
    rng = random.Random(seed)
    out = []
    words = [("mars", 3, "bought {d} mars bars at the garage"), ("mart", 3, "ran {d} mart stalls"),
             ("Mayo", 5, "lived at {d} Mayo Road"), ("maj", 5, "{d} maj. incidents were logged"),
             ("Mac", 3, "used {d} Mac laptops"), ("mayo", 5, "ordered {d} mayo sachets"),
             ("Mart", 3, "worked at {d} Mart Lane")]
    for i in range(n):
        if i % 3 == 2:
            _w, month, phrase = rng.choice(words)
            when = _day(rng, month)
            text = f"In the week before, Tomasz Kowalski {phrase.format(d=when.day)}."
        else:
            _lang, month, name, kind = rng.choice(SHORT_MONTHS)
            when = _day(rng, month)
            other = when.year + rng.choice([-3, -2, -1, 1, 2, 3])
            sep = rng.choice([" ", ". "]) if kind == "plain" else ". "
            text = rng.choice(FRAMES).format(D=f"{when.day}{sep}{name} {other}")
        out.append((text, when))
    return out


# Month names of other languages that are no English word or given name, capitalised as a month first starts
# its date
MONTH_FIRST = {
    "cy": ["Ionawr", "Chwefror", "Mawrth", "Ebrill", None, "Mehefin", "Gorffennaf", "Awst", None, "Hydref",
           "Tachwedd", "Rhagfyr"],
    "tr": ["Ocak", "Şubat", None, "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
           "Aralık"],
    "pl": ["Styczeń", "Luty", "Marzec", "Kwiecień", None, "Czerwiec", "Lipiec", "Sierpień", "Wrzesień",
           "Październik", "Listopad", "Grudzień"],
    "ro": ["Ianuarie", "Februarie", "Martie", "Aprilie", None, "Iunie", "Iulie", None, "Septembrie", "Octombrie",
           "Noiembrie", "Decembrie"],
    "pt": ["Janeiro", "Fevereiro", "Março", None, None, "Junho", "Julho", "Agosto", "Setembro", "Outubro",
           "Novembro", "Dezembro"],
}
MONTH_FIRST_FRAMES = [
    "Seen {D} by the GP.",
    "Visited {D} at home; nobody answered.",
    "Logged {D} by the call handler.",
    "Reviewed {D}: no further action.",
    "Attended {D} with the health visitor.",
    "Noted {D} in the MARAC minutes.",
]


def _month_first(rng: random.Random, when: datetime.date) -> str | None:
    name = MONTH_FIRST[rng.choice(sorted(MONTH_FIRST))][when.month - 1]
    return name and f"{name} {when.day}, {when.year % 100:02d}"


def month_first_cases(seed: int, n: int) -> list[tuple[str, datetime.date, list[str]]]:
    """A month of another language before its day and a two-figure year, the protected date: it goes, and
    nothing of it is a person."""
    rng = random.Random(seed)
    out: list[tuple[str, datetime.date, list[str]]] = []
    while len(out) < n:
        when = datetime.date(rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(1, 28))
        if date := _month_first(rng, when):
            out.append((rng.choice(MONTH_FIRST_FRAMES).format(D=date), when, [date.split()[0], str(when.day)]))
    return out


def month_first_others(seed: int, n: int) -> list[tuple[str, datetime.date]]:
    """The same, another year: it stays as written (no person, no date removed)."""
    rng = random.Random(seed)
    out: list[tuple[str, datetime.date]] = []
    while len(out) < n:
        when = datetime.date(rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(1, 28))
        shown = when.replace(year=when.year + rng.choice([-3, -2, -1, 1, 2, 3]))
        if date := _month_first(rng, shown):
            out.append((rng.choice(MONTH_FIRST_FRAMES).format(D=date), when))
    return out


SMALL_FRAMES = [
    "her son said she died {D}, in the flat.",
    "Message from Aisha's sister: mum passed {D} we are lost",
    "the neighbour, Mr Nowak, heard shouting {D} and phoned police.",
    "Dr Chen's note: pt found collapsed {D}, did not survive.",
    "Text from Kofi: it happened {D} i think",
    "per Bronwen's statement the assault was {D}, at night.",
]


def _small_days(when: datetime.date, rng: random.Random, month: int) -> tuple[str, list[str]]:
    d = when.day
    name = calendar.month_name[month].lower()
    lo, hi = rng.choice([(d - 1, d), (d, d + 1)])
    a, b = ordinal(lo, rng), ordinal(hi, rng)
    th = lambda k: f"{k}{'th' if 10 < k % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"  # noqa: E731
    forms = [
        (f"{name} {a}–{b}", [a, b]),
        (f"{name} {a}-{b}", [a, b]),
        (f"{name} {th(lo)}-{th(hi)}", [str(lo), str(hi)]),
        (f"{name} {th(lo)} and {th(hi)}", [str(lo), str(hi)]),
        (f"{name} {th(lo)} or {th(hi)}", [str(lo), str(hi)]),
        (f"{name} {lo}-{hi}", [str(lo), str(hi)]),
        (f"{name} {th(lo)}/{th(hi)}", [str(lo), str(hi)]),
        (f"{name} {a} or {b}", [a, b]),
        (f"{name} {lo}-{hi}, {when.year}", [str(lo), str(hi), str(when.year)]),
    ]
    written, parts = rng.choice(forms)
    return written, [*parts, name]


def small_month_cases(seed: int, n: int) -> list[tuple[str, datetime.date, list[str]]]:
    """An English month in small letters before a range or list of days, one of them the protected day."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        when = datetime.date(rng.randint(2012, 2025), rng.randint(1, 12), rng.randint(2, 27))
        written, parts = _small_days(when, rng, when.month)
        out.append((rng.choice(SMALL_FRAMES).format(D=written), when, parts))
    return out


def small_month_others(seed: int, n: int) -> list[tuple[str, datetime.date]]:
    """The same forms for another month or another year, and "march" and "may" as the verbs before a number."""
    rng = random.Random(seed)
    out = []
    verbs = ["the cadets march {d} miles on Sunday", "they march {d} abreast down the road",
             "you may {d} times ask for help", "the protesters will march {d} streets to the town hall"]
    for i in range(n):
        when = datetime.date(rng.randint(2012, 2025), rng.choice([3, 5]), rng.randint(2, 27))
        if i % 3 == 0:
            text = f"Her brother Imran said {rng.choice(verbs).format(d=when.day)}."
        elif i % 3 == 1:
            other = when.month % 12 + 1
            written, _ = _small_days(when, rng, other)
            text = rng.choice(SMALL_FRAMES).format(D=written)
        else:
            other = when.replace(year=when.year + rng.choice([-2, -1, 1, 2]))
            written, _ = _small_days(other, rng, when.month)
            if str(other.year) not in written:
                written += f", {other.year}"
            text = rng.choice(SMALL_FRAMES).format(D=written)
        out.append((text, when))
    return out
