"""The shortcuts that make the date search fast change nothing it finds.

``protected_date_candidates`` skips a text that holds its day in no form (``_day_hint``), and ``DATE_PATTERN``
first tests that a date phrase can start at a character (``_DATE_START``). Both are meant as necessary conditions
only; here they are checked against the search without them on texts made of every part a date is written with
(numbers padded or not, ordinal and cardinal words in any case and spacing, months, weekdays, festivals, compact
digits, apostrophe years, clock times, other scripts' digits, dotless and dotted i), thousands of them from a fixed
seed, and on every form of the date matrix.
"""
from __future__ import annotations

import calendar
import datetime
import random
import re

from redact import dates
from redact.dates import CONTEXT_UNKNOWN, DATE_PATTERN, protected_date_candidates

# one date for every day of the month, and the matrix's awkward ones (leap day, day = month, end of a year)
DATES = [datetime.date(2000 + day % 24, 1 + day % 12, day) if day <= 28 else datetime.date(2020, 12 if day == 31
                                                                                             else 1 + day % 11, day)
         for day in range(1, 32)] + [datetime.date(2020, 2, 29), datetime.date(1971, 2, 2), datetime.date(2022, 12, 31)]

_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
             "nineteenth", "twentieth"]
_CARDINALS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
              "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
_SEPARATORS = [" ", "  ", "/", ".", "-", "–", ", ", " of ", " the ", "", " . ", "\n", "\t", " and ", " to ", ": ",
               " | ", " on ", ". "]
_WORDS = ["on", "dated", "the", "Police attended", "paragraph", "since", "at 03:40", "0340hrs", "@ 03:40", "T03:40",
          "officers", "she", "In", "was seen", "(", ")", "£", "%", "visit", "century", "DOB:", "died", "born"]


def _day_forms(rng: random.Random, day: int) -> str:
    word = _ORDINALS[day - 1] if day <= 20 else "thirtieth" if day == 30 else \
        ("twenty" if day < 30 else "thirty") + rng.choice(["-", " ", "\n", "  "]) + _ORDINALS[day % 10 - 1]
    cardinal = _CARDINALS[day - 1] if day <= 20 else "thirty" if day == 30 else \
        ("twenty" if day < 30 else "thirty") + rng.choice(["-", " "]) + _CARDINALS[day % 10 - 1]
    written = rng.choice([str(day), f"{day:02d}", f"{day}th", f"{day}st", f"{day}nd", f"{day}rd", f"0{day:02d}",
                          word, cardinal, f"{day}TH"])
    change = rng.random()
    if change < 0.15:
        written = written.upper()
    elif change < 0.3:
        written = written.capitalize()
    elif change < 0.35:
        written = written.replace("i", rng.choice("ıİ"))   # what IGNORECASE matches besides ASCII
    return written


def _piece(rng: random.Random, when: datetime.date) -> str:
    day = when.day if rng.random() < 0.6 else rng.randint(1, 31)
    month = when.month if rng.random() < 0.6 else rng.randint(1, 12)
    name = calendar.month_name[month]
    kind = rng.randrange(12)
    if kind < 3:
        return _day_forms(rng, day)
    if kind == 3:
        return rng.choice([name, name.upper(), name.lower(), name[:3], name[:3] + ".", "Sept", "SEP"])
    if kind == 4:
        return rng.choice([str(month), f"{month:02d}"])
    if kind == 5:
        return rng.choice([str(when.year), f"{when.year % 100:02d}", f"'{when.year % 100:02d}",
                           f"’{when.year % 100:02d}", str(rng.randint(1800, 2099))])
    if kind == 6:
        return rng.choice(list(calendar.day_name) + list(calendar.day_abbr) + ["Tues", "WEDS"])
    if kind == 7:
        return rng.choice(["Christmas Day", "Christmas Eve", "Boxing Day", "New Year's Eve", "New Year’s Day",
                           "Christmas", "christmas day", "NEW YEARS DAY"])
    if kind == 8:
        return rng.choice([when.strftime(f) for f in ("%Y%m%d", "%d%m%Y", "%d%m%y", "%m%d%Y", "%y%m%d")])
    if kind == 9:
        return f"{day}{name[:3].upper()}{when.year % 100:02d}"
    if kind == 10:
        return rng.choice(["１４", "٢", "१४", "⑭", "14", str(rng.randint(0, 9999))])
    return rng.choice(_WORDS)


def _texts(count: int, seed: int) -> list[tuple[str, datetime.date]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        when = rng.choice(DATES)
        pieces = [_piece(rng, when) for _ in range(rng.randint(1, 7))]
        text = pieces[0] + "".join(rng.choice(_SEPARATORS) + piece for piece in pieces[1:])
        out.append((rng.choice(["", "On ", "the ", "Seen on the ", "Tuesday "]) + text, when))
    return out


def test_the_day_hint_skips_no_text_that_holds_the_date():
    found = skipped = 0
    for text, when in _texts(2500, seed=15):
        for date in (when, when.replace(year=when.year - 4)):   # (4: a leap day has one)
            for context in (CONTEXT_UNKNOWN, None, (when.month, when.year)):
                every = dates._candidates(text, date, context)
                found += bool(every)
                if not dates._day_hint(date).search(text):
                    skipped += 1
                    assert every == [], (text, date, context)
                assert protected_date_candidates(text, date, context) == every
    # the texts hold the date often, and the shortcut is taken often: the test is about something
    assert found > 2000 and skipped > 2000, (found, skipped)


def test_the_day_hint_keeps_every_form_of_the_matrix():
    from benchmarks.drafts.dateforms import FORMS, render

    for when in DATES:
        for form in FORMS:
            written = render(when, form)
            for text in (written, f"She died on {written}.", f"{written} – Police attended", written.upper()):
                assert dates._day_hint(when).search(text) or dates._candidates(text, when, CONTEXT_UNKNOWN) == []


def test_the_day_hint_finds_the_same_with_and_without_its_lookahead():
    """The lookahead for the characters an alternative opens with only skips positions: every search finds the
    same match as the alternatives alone (texts as above, with the letters IGNORECASE also folds: "ſ", "K", "ı")."""
    searched = 0
    for text, when in _texts(2500, seed=17):
        text = text.replace("s", "ſ", 1) if len(text) % 3 == 0 else text.replace("k", "\u212a", 1)
        for date in (when, when.replace(year=when.year - 4), when.replace(day=1 + (when.day + 9) % 28)):
            alternatives, _ = dates._day_hint_alternatives(date)
            found = dates._day_hint(date).search(text)
            plain = re.search(alternatives, text)
            assert (found and found.span()) == (plain and plain.span()), (text, date)
            searched += found is not None
    assert searched > 3000, searched


def test_a_date_phrase_starts_only_where_the_start_test_lets_it():
    without_start = re.compile(DATE_PATTERN.pattern.replace(dates._DATE_START, "", 1), DATE_PATTERN.flags)
    assert without_start.pattern != DATE_PATTERN.pattern
    phrases = 0
    for text, _ in _texts(2500, seed=16):
        ours = [(m.span(), m.groupdict()) for m in DATE_PATTERN.finditer(text)]
        assert ours == [(m.span(), m.groupdict()) for m in without_start.finditer(text)], text
        phrases += len(ours)
    assert phrases > 700


def test_mentions_of_skips_no_text_that_mentions_the_date():
    """apply's search (``mentions_of``) takes the same shortcut (``may_mention``): the search without it finds
    nothing in a text the shortcut skips, whatever month the document named before it."""
    found = skipped = 0
    for text, when in _texts(2500, seed=17):
        for date in (when, when.replace(year=when.year - 4)):
            for context in (None, (when.month, when.year), (when.month, None), (1 + when.month % 12, when.year)):
                every = dates._mentions_of(text, date, None, context)
                found += bool(every)
                if not dates.may_mention(text, date):
                    skipped += 1
                    assert every == [], (text, date, context)
                assert dates.mentions_of(text, date, None, context) == every
    assert found > 1000 and skipped > 2000, (found, skipped)


def test_the_day_written_is_the_day_hint_found():
    """``dates._writes_the_day`` (the figures first, the words only where a text's small letters hold them) answers
    as the search of ``_day_hint`` does, on the texts above in every case and with the letters IGNORECASE also folds
    ("ſ", "K", "ı", "İ")."""
    written = 0
    for text, when in _texts(3000, seed=56):
        for variant in (text, text.upper(), text.lower(), text.replace("s", "ſ").replace("k", "\u212a"),
                        text.replace("i", "ı", 1).replace("I", "İ", 1), f"x{text}x Monday"):
            for date in (when, when.replace(year=when.year - 4), when.replace(day=1 + (when.day + 9) % 28)):
                found = dates._day_hint(date).search(variant) is not None
                assert dates._writes_the_day(variant, date) == found, (variant, date)
                written += found
    assert written > 20_000, written


def test_the_letters_ignorecase_reads_as_ascii_ones_are_all_there():
    """``_writes_the_day`` reads a text's small letters with the characters beyond ASCII that IGNORECASE matches to
    an ASCII letter read as that letter: every such character of Unicode is in its table."""
    import sys

    letter = re.compile(r"(?i)[a-z]")
    beyond = {code for code in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(code))}
    assert beyond == set(dates._ASCII_BY_IGNORECASE)
    assert all(re.fullmatch(rf"(?i){ascii_letter}", chr(code))
               for code, ascii_letter in dates._ASCII_BY_IGNORECASE.items())
