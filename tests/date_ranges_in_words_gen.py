"""Sentences that write the protected date inside a range or a list of days in words, or with its year half in
figures: "between the thirteenth and fourteenth of March", "the night of Sunday the thirteenth (into Monday the
fourteenth) of March", "from the twelfth to the fourteenth of March", "March thirteenth–fourteenth", "13th–fourteenth
March 2022", "the 14th of March, 2 thousand and 22", "14 March twenty 22". Used by
tests/test_date_ranges_in_words.py; every name is fictional.

``range_sentences(seed, n)`` gives (sentence, date, the parts as written): every day of the range, its month and
its year; a part left in apply's output gives the date away. ``other_range_sentences`` writes the same forms for
another month or another year: they must come out unchanged.
"""
from __future__ import annotations

import calendar
import datetime
import random

from dates_in_words_gen import PEOPLE, WEEKDAYS, cardinal, figures_ordinal, ordinal, year_words

FRAMES = [
    "{P} died {D}.",
    "The coroner found that {P} died {D}, at home.",
    "Statement of DC Okonjo: {P} was last seen alive {D}, by her neighbour.",
    "Transcript: Q: When did it happen? A: It was {D}, I think.",
    "Message to {P}'s brother: she passed {D} x",
    "The panel accepts that {P} was killed {D}.",
    "Nid oedd neb yn gwybod; {P} died {D}, her cousin said.",
    "Chronology: police attended {P}'s flat {D} following a call from her son.",
]


def mixed_year(year: int, rng: random.Random) -> str:
    """A year half in figures, half in words: "2 thousand and 22", "twenty 22", "two thousand and 22"."""
    yy = year % 100
    forms = [f"2 thousand and {yy}", f"2 thousand {yy}", f"two thousand and {yy}", f"2 thousand and "
             f"{cardinal(yy, rng)}" if yy else "2 thousand"]
    if yy >= 10:
        forms.append(f"twenty {yy}")
    return rng.choice(forms)


def _year(when: datetime.date, rng: random.Random) -> str:
    return rng.choice([str(when.year), year_words(when.year, rng), mixed_year(when.year, rng)])


def written_range(when: datetime.date, rng: random.Random) -> tuple[str, list[str]]:
    """(a phrase with a range or list of days, one of them ``when``'s, in ``when``'s month, and its parts)."""
    d = when.day
    month = calendar.month_name[when.month]
    o = lambda n: ordinal(n, rng)  # noqa: E731
    # the protected day first, last or between
    lo, hi = rng.choice([(d - 1, d), (d, d + 1), (d - 2, d), (d, d + 2)])
    a, b = o(lo), o(hi)
    wa, wb = WEEKDAYS[(when.weekday() + lo - d) % 7], WEEKDAYS[(when.weekday() + hi - d) % 7]
    y = _year(when, rng)
    my = mixed_year(when.year, rng)
    c1, c2, c3 = o(d - 1), o(d), o(d + 1)
    forms = [
        (f"between the {a} and {b} of {month}", [a, b, month]),
        (f"between the {a} and the {b} of {month} {y}", [a, b, month, y]),
        (f"from the {a} to the {b} of {month}", [a, b, month]),
        (f"on the {c1}, {c2} or {c3} of {month} {y}", [c1, c2, c3, month, y]),
        (f"over the {c1}, {c2} and {c3} of {month}", [c1, c2, c3, month]),
        (f"on {month} {a}–{b}", [a, b, month]),
        (f"on {month} {a} to {b}, {y}", [a, b, month, y]),
        (f"on {month} the {a} or {b}", [a, b, month]),
        (f"on {figures_ordinal(lo)}–{b} {month} {y}", [figures_ordinal(lo), b, month, y]),
        (f"on the {a}/{b} of {month}", [a, b, month]),
        (f"on the night of {wa} the {a} (into {wb} the {b}) of {month}", [a, b, month]),
        (f"on the night of the {a} into the {b} of {month}, {y}", [a, b, month, y]),
        (f"between {wa} the {a} and {wb} the {b} of {month}", [a, b, month]),
        (f"on the {a} or {figures_ordinal(hi)} of {month}", [a, figures_ordinal(hi), month]),
        (f"on {cardinal(lo, rng)} or {cardinal(hi, rng)} {month} {y}",
         [cardinal(lo, rng), cardinal(hi, rng), month, y]),
        # the year half in figures
        (f"on the {figures_ordinal(d)} of {month}, {my}", [figures_ordinal(d), month, my]),
        (f"on {d} {month} {my}", [str(d), month, my]),
        (f"on {month} {c2}, {my}", [c2, month, my]),
        (f"on the {c2} of {month} {my}", [c2, month, my]),
    ]
    phrase, parts = rng.choice(forms)
    return phrase, parts


def range_sentences(seed: int, n: int) -> list[tuple[str, datetime.date, list[str]]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        when = datetime.date(rng.randint(2009, 2024), rng.randint(1, 12), rng.randint(3, 26))
        phrase, parts = written_range(when, rng)
        sentence = rng.choice(FRAMES).format(P=rng.choice(PEOPLE), D=phrase)
        out.append((sentence, when, parts))
    return out


def other_range_sentences(seed: int, n: int) -> list[tuple[str, datetime.date]]:
    """(sentence, the protected date): the sentence writes the same kind of range for another month, or for the
    protected day and month of another year: nothing in it is the protected date."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        when = datetime.date(rng.randint(2009, 2024), rng.randint(1, 12), rng.randint(3, 26))
        for _attempt in range(20):
            if rng.random() < 0.6:
                other = when.replace(month=when.month % 12 + 1)
                phrase, _ = written_range(other, rng)
            else:
                other = when.replace(year=when.year - rng.choice([1, 2, 3]))
                phrase, parts = written_range(other, rng)
                if parts[-1] == calendar.month_name[other.month]:
                    continue    # a yearless range of the same month may be the protected day's: not another date
            break
        else:
            continue
        sentence = rng.choice(FRAMES).format(P=rng.choice(PEOPLE), D=phrase)
        out.append((sentence, when))
    return out
