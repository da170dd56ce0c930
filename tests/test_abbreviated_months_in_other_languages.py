"""A protected date with its month ABBREVIATED in another language: a Polish message quoted as written ("zmarła
9 lut. 2022"), a Turkish record ("9 Şub 2022"), a Welsh form ("9 Chwef 2022"), a Lithuanian certificate
("2022 m. vas. 9 d."), a Hungarian one ("2022. febr. 9."), a spreadsheet exported in Polish ("09-lut-2022").

The full month names of the project's languages were read (tests/test_dates_in_other_languages.py); their short
forms were not: each of these stayed, and `verify` passed them. The short forms are CLDR's (format and stand-alone,
abbreviated), made with Babel at build time into ``redact/data/month_abbreviations.tsv``.

Only the protected date counts: its day, its month and, where one is written, its year. A short form that is an
English word, a name or a common token ("mar", "sie", "list", "Ian", "lip", "lis") beside a number that is not the
protected date, or beside the protected day with no year and no abbreviation's dot, stays.

The generator draws a language, a month, a day, a year, a short form, a way of writing it (day first, month first,
year first, hyphens, with and without its dot, lower case, capitals, title case) and a sentence; the tuned seed's
cases and the held-back seed's are counted apart (HELD_BACK).
"""
from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from quietly import redact_text, verify_text

from redact.data.tables import english_words
from redact.dates import _is_a_name_or_place

pytest.importorskip("babel.dates")    # babel is a test and build extra
from other_language_months import babel_month_names, month_locales, plain as _plain  # noqa: E402
from other_language_months import protecting as _rules  # noqa: E402

TUNED, HELD_BACK = 20261205, 73310
LOCALES = month_locales()

# Short forms that people write and CLDR gives for another language or not at all (Romanian "febr.", also
# Hungarian's and Latvian's; Spanish "sept."; Polish's dotted forms)
WRITTEN_BY_HAND = {2: ["lut.", "Şub", "Chwef", "febr.", "vas.", "fev.", "févr."], 9: ["wrz.", "sept.", "szept.", "rugs."],
                   10: ["paź.", "paź", "spal."], 11: ["lis.", "lapkr."], 12: ["gru.", "gruod."], 3: ["mar."]}

SENTENCES = ["The message, as written, reads: {date}. After that the family heard nothing.",
             "Akt zgonu (tłumaczenie): zmarła {date} w szpitalu. Her sister Agnieszka Wróbel sent it.",
             "Ölüm tarihi: {date}, as the record from Izmir gives it; Mehmet Yılmaz translated it.",
             "Bu farw ar {date} yn Abertawe, medd y ffurflen a lenwodd Rhys ap Gwilym.",
             "Certificado de defunción: {date}. Translated for the panel by Lucía Fernández.",
             "The spreadsheet row shows {date} | admission | Ward 4, entered by Priya Nair.",
             "Mirties data: {date} — the Lithuanian record, as Jonas Kazlauskas sent it to the review.",
             "Halálozás dátuma: {date} (Hungarian record). Zsófia Nagy confirmed the translation."]


def _has_case(name: str) -> bool:
    return any(c.isalpha() and c.lower() != c.upper() for c in name)


def _short_forms(code: str, month: int) -> list[str]:
    forms = []
    for context in ("format", "stand-alone"):
        name = babel_month_names(code, "abbreviated", context)[month]
        if any(c.isdigit() for c in name) or " " in name:
            continue        # Vietnamese "thg 2", Chinese "2月" (their own readings), Yoruba's "Oṣù ..." is its full name
        forms.append(name)
    return forms


def _written(rng: random.Random, name: str) -> str:
    """``name`` with or without its dot, in one case or another."""
    bare = _plain(name)
    dotted = rng.random() < 0.5
    word = bare + ("." if dotted and _has_case(bare) else "")
    if _has_case(word):
        word = rng.choice([word, word.lower(), word.upper(), word[0].upper() + word[1:].lower()])
    return word


def _a_word_or_name(word: str) -> bool:
    """An English word, a name or a place, by the tables the project judges words with."""
    return word.lower() in english_words() or _is_a_name_or_place(word.lower())


FORMS = ["{d} {m} {y}", "{d}. {m} {y}", "{dd} {m} {y}", "{m} {d}, {y}", "{y}. {m} {d}.", "{y} m. {m} {d} d.",
         "{dd}-{m}-{y}", "{d} {m} {y} r."]


def _dated_cases(seed: int, count: int) -> list[tuple[dt.date, str, str]]:
    rng = random.Random(seed)
    cases: list[tuple[dt.date, str, str]] = []
    while len(cases) < count:
        month = rng.randint(1, 12)
        if rng.random() < 0.15 and month in WRITTEN_BY_HAND:
            name = rng.choice(WRITTEN_BY_HAND[month])
        else:
            forms = _short_forms(rng.choice(LOCALES), month)
            if not forms:
                continue
            name = rng.choice(forms)
        when = dt.date(rng.randint(2012, 2024), month, rng.randint(1, 28))
        form = rng.choice(FORMS)
        word = _written(rng, name)
        if form == "{dd}-{m}-{y}":
            word = word.rstrip(".")
        elif form == "{m} {d}, {y}" and not word.endswith(".") and _a_word_or_name(_plain(word)):
            word += "."      # "Marc 3, 2022" is a name before a number; "Márc. 3, 2022" a date
        date = form.format(d=when.day, dd=f"{when.day:02d}", m=word, y=when.year)
        cases.append((when, date, rng.choice(SENTENCES).format(date=date)))
    return cases


TUNED_CASES = _dated_cases(TUNED, 240)
HELD_BACK_CASES = _dated_cases(HELD_BACK, 120)


def _goes(when: dt.date, text: str) -> list[str]:
    """What is wrong: verify passing the text, or the date left after apply, or verify failing the output."""
    problems = []
    which = "date_of_birth" if when.day % 5 == 0 else "date_of_death"
    rules = _rules(when, which)
    if verify_text(text, rules).ok:
        problems.append("verify passed the text")
    out = redact_text(text, rules)
    if str(when.year) in out:
        problems.append(f"left: {out}")
    if not verify_text(out, rules).ok:
        problems.append(f"verify failed the output: {out}")
    return problems


def test_the_generator_covers_every_month_language_and_form():
    assert {when.month for when, _, _ in TUNED_CASES} == set(range(1, 13))
    assert sum("." in date for _, date, _ in TUNED_CASES) > 60
    assert any(date.isupper() for _, date, _ in TUNED_CASES)


@pytest.mark.parametrize("when, date, text", TUNED_CASES, ids=[c[1] for c in TUNED_CASES])
def test_a_dated_short_month_goes_and_verify_agrees(when, date, text):
    assert _goes(when, text) == [], date


@pytest.mark.parametrize("when, date, text", HELD_BACK_CASES, ids=[c[1] for c in HELD_BACK_CASES])
def test_held_back_a_dated_short_month_goes_and_verify_agrees(when, date, text):
    assert _goes(when, text) == [], date


# ---------------------------------------------------------------------------------------------- without a year

FULL_NAMES = {_plain(name).lower() for code in LOCALES for context in ("format", "stand-alone")
              for name in babel_month_names(code, "wide", context).values()}


def _yearless_cases(seed: int, count: int) -> list[tuple[dt.date, str, str]]:
    """The day and a short form marked as one: with its dot ("9 lut.", "9 févr."), or with a letter English has not
    ("9 Şub", "9 paź", "9 лют"); never an English word's spelling ("9 list", "9 lip")."""
    rng = random.Random(seed)
    cases: list[tuple[dt.date, str, str]] = []
    while len(cases) < count:
        month = rng.randint(1, 12)
        forms = _short_forms(rng.choice(LOCALES), month)
        if not forms:
            continue
        bare = _plain(rng.choice(forms))
        if not _has_case(bare) or len(bare) < 3 or bare.lower() in english_words() or \
                bare.isascii() and bare.lower() in FULL_NAMES:
            continue     # (a full name of four letters or fewer, "juin", "Mai", is too often a word or a name)
        marked_by_letters = not bare.isascii() and not _is_a_name_or_place(bare.lower())
        word = bare if marked_by_letters and rng.random() < 0.5 else bare + "."
        word = rng.choice([word, word.lower(), word.upper(), word[0].upper() + word[1:].lower()])
        when = dt.date(2022, month, rng.randint(1, 28))
        date = rng.choice(["{d} {m}", "{d}. {m}", "{dd} {m}"]).format(d=when.day, dd=f"{when.day:02d}", m=word)
        text = rng.choice(["The message says: zmarła {date} rano, and nothing more.",
                           "Her text of that week: {date} we go to the hospital. Her friend Zeynep Kaya saw it.",
                           "Bu farw ar {date} yn yr ysbyty, meddai Gwenllian."]).format(date=date)
        cases.append((when, date, text))
    return cases


YEARLESS_TUNED = _yearless_cases(TUNED, 80)
YEARLESS_HELD_BACK = _yearless_cases(HELD_BACK, 40)


def _yearless_goes(when: dt.date, date: str, text: str) -> list[str]:
    rules = _rules(when)
    problems = []
    if verify_text(text, rules).ok:
        problems.append("verify passed the text")
    out = redact_text(text, rules)
    if re.search(rf"(?<![0-9]){when.day}(?![0-9])", re.sub(r"Person [0-9]+", "", out)):
        problems.append(f"left: {out}")
    if not verify_text(out, rules).ok:
        problems.append(f"verify failed the output: {out}")
    return problems


@pytest.mark.parametrize("when, date, text", YEARLESS_TUNED, ids=[c[1] for c in YEARLESS_TUNED])
def test_a_yearless_marked_short_month_goes(when, date, text):
    assert _yearless_goes(when, date, text) == [], date


@pytest.mark.parametrize("when, date, text", YEARLESS_HELD_BACK, ids=[c[1] for c in YEARLESS_HELD_BACK])
def test_held_back_a_yearless_marked_short_month_goes(when, date, text):
    assert _yearless_goes(when, date, text) == [], date


# ---------------------------------------------------------------------------------------------- must stay

# English words, names and common tokens that are some language's short month
# (not "nov", "dec": after a day, English reads its own months' short names in any case)
WORDS = ["mar", "sie", "list", "mai", "ian", "sty", "lis", "gru", "kwi", "maj", "cze", "lip", "paź", "ago", "set",
         "out", "sat", "vas", "bal", "gen", "led", "pro", "sub", "tem", "okt", "uno", "des", "ion", "meh", "hyd"]
NAMES_FIRST = ["marc", "ian", "ion", "lis", "set", "sat", "pro", "led", "gen", "des", "sie", "bal"]
ORDINARY = ["She kept {d} {w} entries in the notebook from {y}.", "Item {d} {w}: nothing was sent in {y}.",
            "The {W} {d} group met again in {y}.", "Group {d}, {W} and her cousin, {y} intake.",
            "We counted {d} {w} marks; the {y} audit had fewer.", "Ward {d} {W} was closed by {y}.",
            "{W} {d} players joined; see the {y} report.", "the {d} {w} items ({y} list)"]


def _months_named(word: str) -> set[int]:
    """Every month ``word`` names in any of the languages, full or short, and in English."""
    key = word.lower()
    months = {n for n, name in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                          "dec"), 1) if key == name}
    for code in LOCALES:
        for width in ("abbreviated", "wide"):
            for context in ("format", "stand-alone"):
                for number, name in babel_month_names(code, width, context).items():
                    if _plain(name).lower() == key:
                        months.add(number)
    return months


ENGLISH_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december"}


def _stay_cases(seed: int, count: int) -> list[tuple[dt.date, str]]:
    """Ordinary words beside the protected day, and short months beside a date that is not the protected one."""
    rng = random.Random(seed)
    cases: list[tuple[dt.date, str]] = []
    while len(cases) < count:
        when = dt.date(rng.randint(2012, 2024), rng.randint(1, 12), rng.randint(1, 28))
        if rng.random() < 0.1:
            # a name or a word that is only some language's SHORT month, before the protected day and year
            word = rng.choice(NAMES_FIRST)
            text = rng.choice(["{W} {d}, {y} was the chair.", "Signed: {W} {d} {y} cohort"]).format(
                d=when.day, W=word.capitalize(), y=when.year)
        elif rng.random() < 0.5:
            word = rng.choice(WORDS)
            text = rng.choice(ORDINARY).format(d=when.day, w=word, W=word.capitalize(), y=when.year)
        else:
            # the protected date's short form beside another day, month or year
            forms = _short_forms(rng.choice(LOCALES), when.month)
            if not forms:
                continue
            word = _written(rng, rng.choice(forms))
            if _plain(word).lower() in ENGLISH_MONTHS:
                continue     # "5 May. 2021": what English reads of its own months is not this file's
            other = rng.choice(["day", "year", "month"])
            if other == "day":
                day, month, year = (when.day % 28) + 1, when.month, when.year
            elif other == "year":
                day, month, year = when.day, when.month, when.year - rng.randint(1, 3)
            else:
                month = (when.month % 12) + 1
                others = _short_forms(rng.choice(LOCALES), month)
                if not others:
                    continue
                word = _written(rng, rng.choice(others))
                if _plain(word).lower() in ENGLISH_MONTHS:
                    continue
                if when.month in _months_named(_plain(word)):
                    continue     # "lip" is June in Croatian and July in Polish: either month's date
                day, year = when.day, when.year
            text = rng.choice(["The record gives {date}; the panel read it out.",
                               "Zmarł brat: {date}, wrote Piotr Zieliński."]).format(
                date=rng.choice(["{d} {m} {y}", "{m} {d}, {y}", "{y}. {m} {d}."]).format(d=day, m=word, y=year))
        cases.append((when, text))
    return cases


STAY_TUNED = _stay_cases(TUNED, 160)
STAY_HELD_BACK = _stay_cases(HELD_BACK, 80)


def _stays(when: dt.date, text: str) -> list[str]:
    rules = _rules(when)
    problems = []
    if not verify_text(text, rules).ok:
        problems.append("verify failed it")
    out = redact_text(text, rules)     # (a name is still replaced as somebody unlisted)
    numbers_left = re.findall(r"[0-9]+", re.sub(r"Person [0-9]+", "", out))
    if "removed" in out or numbers_left != re.findall(r"[0-9]+", text):
        problems.append(f"changed: {out}")
    return problems


@pytest.mark.parametrize("when, text", STAY_TUNED, ids=[c[1][:60] for c in STAY_TUNED])
def test_ordinary_words_and_other_dates_stay(when, text):
    assert _stays(when, text) == [], text


@pytest.mark.parametrize("when, text", STAY_HELD_BACK, ids=[c[1][:60] for c in STAY_HELD_BACK])
def test_held_back_ordinary_words_and_other_dates_stay(when, text):
    assert _stays(when, text) == [], text
