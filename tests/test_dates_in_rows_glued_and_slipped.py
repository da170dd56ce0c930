"""More written forms of a protected date that stayed in the published copy, and verify passed them:

- a day alone in a plain-text chronology's row under its month's heading, the columns set apart by a tab, a
  Markdown table's "|" or a run of spaces ("3<tab>Police attended", "| 3rd | Police attended |", "03   Police
  attended", a bold cell "| **3** |"); the date view keeps a tab a tab. A tab or a run of spaces also sets apart a
  numbered heading's number ("3<tab>Analysis"): such a row counts where the line above is a heading or another row
  (in the same text, or the text before: ``ROWS_ABOVE``);
- parts glued together ("3rdNov22", "3Nov2022", "03Nov22", "Nov3rd2022", "NOV032022");
- a scan's or a typist's slips: "JuIy", "Ju1y", "N0v", "Oct0ber", "Apr1l"; "l2/06/1985", "12/O6/l985", "2O22";
- the month as an ordinal too ("12th of the 6th 1985"), a year after "in" ("12 June in 1985"; "12 June in 1984" is
  another date and stays), "the 12th day of June 1985";
- Welsh: a row "Y trydydd –", "Yr unfed ar hugain:", "Y 3ydd –" under "Tachwedd 2022".

Other dates (the day before or after, another month or year), a year alone, "the third time", "on the third floor",
"third party", counts, a numbered heading and a row of counts stay.
"""
from __future__ import annotations

import datetime
import io
import random
from functools import lru_cache

import docx
import pytest

from community_names import PEOPLE_FROM_TOWNS
from conftest import quiet_redactor
from redact.api import verify_bytes
from redact.dates import ROWS_ABOVE, document_month_context, mentions_of, protected_date_candidates
from redact.lexicon import MONTHS
from redact.normalise import date_view, without_slips

ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
         "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
         "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
         "twenty-sixth", "twenty-seventh", "twenty-eighth"]
WELSH_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
                "Tachwedd", "Rhagfyr"]
# a day as a Welsh ordinal word (num2words' lang_CY and dictionaries), as "y trydydd o Dachwedd" writes it
WELSH_DAYS = {1: "cyntaf", 2: "ail", 3: "trydydd", 4: "pedwerydd", 5: "pumed", 6: "chweched", 7: "seithfed",
              8: "wythfed", 9: "nawfed", 10: "degfed", 11: "unfed ar ddeg", 12: "deuddegfed", 15: "pymthegfed",
              16: "unfed ar bymtheg", 18: "deunawfed", 20: "ugeinfed", 21: "unfed ar hugain", 22: "ail ar hugain",
              23: "trydydd ar hugain"}
WELSH_ENDINGS = {1: "af", 2: "il", 3: "ydd", 4: "ydd", 5: "ed", 6: "ed", 7: "fed", 8: "fed", 9: "fed", 10: "fed",
                 11: "eg", 12: "fed", 15: "fed", 18: "fed", 20: "fed", 21: "ain"}


def _ordinal(day: int) -> str:
    return f"{day}{ORDINAL.get(day, 'th')}"


def _when(chooser: random.Random, days=range(1, 29)) -> datetime.date:
    return datetime.date(chooser.randint(1950, 2024), chooser.randint(1, 12), chooser.choice(list(days)))


def _rules(when: datetime.date, person: str, kind: str = "date_of_death") -> dict:
    return {"people": [{"name": person, "pseudonym": "Anna", "role": "victim"}], "dates": {kind: when.isoformat()}}


@lru_cache(maxsize=64)
def _redactor(when: datetime.date, person: str, kind: str = "date_of_death"):
    return quiet_redactor(_rules(when, person, kind))


def _found(text: str, when: datetime.date, context=None) -> list[str]:
    """What apply's reading (``mentions_of`` on the date view) takes of ``text``, as written."""
    view, origin = date_view(text)
    return [text[origin[a]:origin[b - 1] + 1] for a, b in mentions_of(view, when, context=context)]


def _flagged(text: str, when: datetime.date, context=None) -> list[str]:
    """What verify's broad net (``protected_date_candidates``) flags in ``text``, as written."""
    view, origin = date_view(text)
    return [text[origin[a]:origin[b - 1] + 1] for a, b in protected_date_candidates(view, when, context)]


def _row_line(when: datetime.date, death: str, other_day: int, chooser: random.Random) -> tuple[str, str, str]:
    """A plain-text chronology under ``when``'s month: (the text, the death row's day as written, a row that
    stays)."""
    month = chooser.choice([MONTHS[when.month - 1], MONTHS[when.month - 1].upper(), MONTHS[when.month - 1][:3]])
    day = chooser.choice([str(when.day), f"{when.day:02d}", _ordinal(when.day)])
    style = chooser.choice(["tab", "pipe", "spaces", "tab-time", "pipe-bold"])
    other = _ordinal(other_day)
    if style == "tab":
        rows = [f"{month} {when.year}", f"{other}\tShe saw her GP.", f"{day}\t{death}"]
    elif style == "tab-time":
        rows = [f"{month} {when.year}", f"{other}\t09:30\tShe saw her GP.", f"{day}\t16:40\t{death}"]
    elif style == "spaces":
        gap = " " * chooser.randint(2, 8)
        rows = [f"{month} {when.year}", f"{other}{gap}She saw her GP.", f"{day}{gap}{death}"]
    else:
        cell = f"**{day}**" if style == "pipe-bold" else day
        rows = ["| Date | Event |", "|---|---|", f"| **{month} {when.year}** | |", f"| {other} | She saw her GP |",
                f"| {cell} | {death} |"]
    return "\n".join(rows), day, rows[-2]


@pytest.mark.parametrize("seed", range(24))
def test_a_day_alone_in_a_plain_text_chronology_row_goes(seed):
    chooser = random.Random(seed)
    person = PEOPLE_FROM_TOWNS[seed % len(PEOPLE_FROM_TOWNS)][0]
    when = _when(chooser)
    other_day = chooser.choice([d for d in range(1, 29) if abs(d - when.day) > 1])
    death = f"Police found {person} at the flat."
    text, day, kept_row = _row_line(when, death, other_day, chooser)
    if chooser.random() < 0.5:
        text = f"Chronology of agency contact\n\n{text}"
    out = _redactor(when, person).redact_text(text)
    death_line = next(line for line in out.split("\n") if "Police found" in line)
    assert day.strip("*") not in death_line.replace("16:40", ""), (text, out)
    assert "[date removed]" in death_line and person not in out, (text, out)
    assert kept_row in out, (text, out)     # the other day's row stays whole
    assert not verify_bytes(text.encode(), "txt", _rules(when, person)).ok, text
    assert verify_bytes(out.encode(), "txt", _rules(when, person)).ok, out


@pytest.mark.parametrize("seed", range(8))
def test_a_row_in_a_paragraph_of_its_own_under_the_heading_goes_in_a_docx(seed):
    chooser = random.Random(100 + seed)
    person = PEOPLE_FROM_TOWNS[seed % len(PEOPLE_FROM_TOWNS)][0]
    when = _when(chooser)
    other_day = chooser.choice([d for d in range(1, 29) if abs(d - when.day) > 1])
    gap = chooser.choice(["\t", "   ", "      "])
    day = chooser.choice([str(when.day), f"{when.day:02d}"])
    document = docx.Document()
    for line in (f"{MONTHS[when.month - 1]} {when.year}", f"{_ordinal(other_day)}{gap}She saw her GP.",
                 f"{day}{gap}Police found {person} at the flat."):
        document.add_paragraph(line)
    data = io.BytesIO()
    document.save(data)
    rules = _rules(when, person)
    assert not verify_bytes(data.getvalue(), "docx", rules).ok
    out = _redactor(when, person).redact_bytes(data.getvalue(), "docx")
    paragraphs = [p.text for p in docx.Document(io.BytesIO(out)).paragraphs]
    assert paragraphs[2].startswith("[date removed]"), paragraphs
    assert paragraphs[1] == f"{_ordinal(other_day)}{gap}She saw her GP.", paragraphs
    assert verify_bytes(bytes(out), "docx", rules).ok


@pytest.mark.parametrize("seed", range(12))
def test_a_row_of_another_month_a_row_of_counts_and_a_numbered_heading_stay(seed):
    chooser = random.Random(200 + seed)
    when = _when(chooser)
    month, other_month = MONTHS[when.month - 1], MONTHS[when.month % 12]
    d = when.day
    for text in [
        f"{other_month} {when.year}\n{d}\tPolice attended.",            # another month's row
        f"{month} {when.year - 1}\n| {d} | Police attended |",          # another year's
        f"{month} {when.year}\n{d}\t{d + 2}\t{d + 5}\n{d}  {d + 1}  7",  # counts
        f"{month} {when.year}\n| {d} | {d + 3} |",
        # a numbered heading after a paragraph that names the month
        f"She died in {month} {when.year}, as the panel heard.\n{d}\tAnalysis of agency contact",
        f"Events of {month} {when.year} follow.\n\n{d}   Findings",
        f"{month} {when.year}\nYr {d}: pupils were told.",              # a school year
    ]:
        assert _found(text, when) == [] and _flagged(text, when, None) == [], text
    # the heading in the text before: a numbered heading after a paragraph stays, a row after a heading goes
    texts = [f"She died on {d} {month} {when.year}.", f"{d}\tAnalysis", f"{month} {when.year}", f"{d}\tPolice"]
    contexts = document_month_context(texts)
    assert contexts[3][0] is ROWS_ABOVE and contexts[1][0] is not ROWS_ABOVE
    assert _found(texts[1], when, contexts[1]) == [] and _flagged(texts[1], when, contexts[1]) == []
    assert _found(texts[3], when, contexts[3]) == [str(d)] and _flagged(texts[3], when, contexts[3]) == [str(d)]


def _glued_forms(when: datetime.date) -> list[str]:
    short, year2 = MONTHS[when.month - 1][:3], f"{when.year % 100:02d}"
    return [f"{_ordinal(when.day)}{short}{year2}", f"{when.day}{short}{when.year}", f"{when.day:02d}{short}{year2}",
            f"{short}{_ordinal(when.day)}{when.year}", f"{_ordinal(when.day).upper()}{short.upper()}{year2}",
            f"{short.upper()}{when.day:02d}{when.year}", f"{when.day}{MONTHS[when.month - 1]}{when.year}"]


@pytest.mark.parametrize("seed", range(16))
def test_a_date_with_its_parts_glued_goes(seed):
    chooser = random.Random(300 + seed)
    when = _when(chooser)
    for form in _glued_forms(when):
        text = chooser.choice([f"Police log {form}: officers attended.", f"statement_{form}.pdf",
                               f"Entry ({form}) closed."])
        assert form in _found(text, when) and form in _flagged(text, when), (form, text)
    # the day before or after, another month or year, glued the same way, stay
    for other in (when + datetime.timedelta(days=1), when - datetime.timedelta(days=1),
                  when.replace(year=when.year - 1), when.replace(month=when.month % 12 + 1)):
        for form in _glued_forms(other):
            assert _found(f"Police log {form}: attended.", when) == [], (when, form)
            assert _flagged(f"Police log {form}: attended.", when) == [], (when, form)


def _slipped_months(month: str) -> list[str]:
    out = []
    for word in (month, month[:3]):
        if "l" in word:
            out += [word.replace("l", "I"), word.replace("l", "1")]
        if "o" in word.lower():
            at = word.lower().index("o")
            out.append(word[:at] + "0" + word[at + 1:])
        if "i" in word:
            out.append(word.replace("i", "1"))
    return [w for w in out if len(w) > 3 or any(c.isdigit() for c in w)]


@pytest.mark.parametrize("month", range(1, 13))
def test_a_month_with_a_slip_of_a_scan_or_a_typist_goes(month):
    chooser = random.Random(month)
    when = _when(chooser).replace(month=month)
    name = MONTHS[month - 1]
    slipped = _slipped_months(name)
    assert bool(slipped) == (name in ("April", "July", "October", "November")), slipped
    for word in slipped:
        for form in (f"{when.day} {word} {when.year}", f"{word} {_ordinal(when.day)}, {when.year}",
                     f"{_ordinal(when.day)} {word.upper()} {when.year}"):
            text = f"Police found her on {form}."
            assert _found(text, when) == [form] and _flagged(text, when) == [form], (form, _found(text, when))
            # the same slip in another year's date, or beside another day, stays
            assert _found(text.replace(str(when.year), str(when.year + 1)), when) == []
            assert _flagged(text.replace(str(when.year), str(when.year + 1)), when) == []


@pytest.mark.parametrize("seed", range(16))
def test_figures_with_a_letter_for_a_one_or_a_zero_go(seed):
    chooser = random.Random(400 + seed)
    when = _when(chooser, days=[1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 30]).replace(
        month=chooser.choice([1, 10, 11, 12]))
    written = f"{when.day:02d}/{when.month:02d}/{when.year}"
    forms = {written.replace("1", "l", 1), written.replace("1", "I", 1), written.replace("1", "l"),
             written.replace("0", "O").replace("1", "l", 1), f"{when.day:02d}.{when.month:02d}.{when.year}".replace("1", "l")}
    for form in sorted(forms - {written}):
        text = f"Date of death: {form}. Police attended."
        assert _found(text, when) == [form] and _flagged(text, when) == [form], form
    other = f"{(when + datetime.timedelta(days=1)):%d/%m/%Y}".replace("1", "l")
    assert _found(f"Seen on {other}.", when) == [] and _flagged(f"Seen on {other}.", when) == []


@pytest.mark.parametrize("seed", range(16))
def test_the_month_as_an_ordinal_a_year_after_in_and_a_day_of_the_month(seed):
    chooser = random.Random(500 + seed)
    when = _when(chooser)
    month, d, m, y = MONTHS[when.month - 1], when.day, when.month, when.year
    for form in (f"{_ordinal(d)} of the {_ordinal(m)} {y}", f"{_ordinal(d)} of the {_ordinal(m)}, {y}",
                 f"{d} {month} in {y}", f"{_ordinal(d)} {month[:3]} in {y}", f"{_ordinal(d)} day of {month} {y}",
                 f"{WORDS[d - 1]} day of {month} {y}"):
        text = f"She died on the {form}, at home."
        for taken in (_found(text, when), _flagged(text, when)):
            assert len(taken) == 1 and taken[0].endswith(form), (form, taken)   # "the" may go with it
    for keep in (f"the {_ordinal(d)} of the {_ordinal(m % 12 + 1)} {y}", f"the {_ordinal(d)} of the {_ordinal(m)} {y - 1}",
                 f"{d} {month} in {y - 1}", f"the {_ordinal(d)} day of {MONTHS[m % 12]} {y}",
                 f"the {_ordinal(d)} of the {_ordinal(m)} floor"):
        text = f"In {month} {y} she moved. On {keep} she called."
        assert _found(text, when) == [] and _flagged(text, when, None) == [], keep


@pytest.mark.parametrize("day", sorted(WELSH_DAYS))
def test_a_welsh_row_under_a_welsh_heading_goes(day):
    chooser = random.Random(day)
    when = _when(chooser).replace(day=day)
    heading = f"{chooser.choice([WELSH_MONTHS[when.month - 1], WELSH_MONTHS[when.month - 1].upper()])} {when.year}"
    rows = [f"Y {WELSH_DAYS[day]}", f"Yr {WELSH_DAYS[day]}" if WELSH_DAYS[day][0] in "aeiouy" else
            WELSH_DAYS[day].capitalize()]
    if day in WELSH_ENDINGS:
        rows.append(f"Y {day}{WELSH_ENDINGS[day]}")
    for row in rows:
        for dash in (" –", ":", "\t"):
            text = f"{heading}\n{row}{dash} Daeth yr heddlu o hyd iddi."
            assert _found(text, when) == [row] and _flagged(text, when) == [row], text
            # under another month, or beside another day, it stays
            other = text.replace(heading, f"{WELSH_MONTHS[when.month % 12]} {when.year}")
            assert _found(other, when) == [] and _flagged(other, when, None) == [], other


def test_a_welsh_row_goes_in_a_draft_and_verify_agrees():
    when = datetime.date(2022, 11, 3)
    person = "Siobhán Ó Dálaigh"
    text = f"Tachwedd 2022\nY cyntaf – Gwelodd y meddyg teulu {person}.\nY trydydd – Daeth yr heddlu o hyd iddi."
    out = _redactor(when, person).redact_text(text)
    assert "trydydd" not in out and "Y cyntaf" in out and person not in out, out
    assert not verify_bytes(text.encode(), "txt", _rules(when, person)).ok
    assert verify_bytes(out.encode(), "txt", _rules(when, person)).ok


@pytest.mark.parametrize("seed", range(10))
def test_ordinary_words_and_other_dates_stay_in_a_draft(seed):
    chooser = random.Random(600 + seed)
    person, town, friend = PEOPLE_FROM_TOWNS[seed % len(PEOPLE_FROM_TOWNS)]
    when = _when(chooser)
    month, d, y = MONTHS[when.month - 1], when.day, when.year
    after = when + datetime.timedelta(days=1)
    text = "\n\n".join([
        f"{person} died on {d} {month} {y}.",
        f"It was the third time {friend} had called. A third party was told, and the family lived on the third "
        f"floor. There were {d} calls in {y}; {d} officers attended.",
        f"On {after.day} {MONTHS[after.month - 1]} {after.year} the police spoke to {friend}. In {y - 1} she moved.",
        f"{_ordinal(after.day)}{MONTHS[after.month - 1][:3]}{after.year % 100:02d} log entry. "
        f"{d} {month} in {y - 1} she left {town}.",
    ])
    out = _redactor(when, person).redact_text(text)
    assert f"{d} {month} {y}" not in out and person not in out, out
    for keep in ("the third time", "A third party", "third floor", f"There were {d} calls in {y}; {d} officers",
                 f"On {after.day} {MONTHS[after.month - 1]} {after.year}", f"In {y - 1} she moved",
                 f"{_ordinal(after.day)}{MONTHS[after.month - 1][:3]}{after.year % 100:02d} log",
                 f"{d} {month} in {y - 1} she left"):
        assert keep in out, (keep, out)
    assert verify_bytes(out.encode(), "txt", _rules(when, person)).ok, out


def test_the_date_view_reads_slips_only_where_they_make_a_date():
    # read as meant
    assert without_slips("12 Ju1y 1985, JuIy 12, 3 N0v 2022, Oct0ber, 0ctober, Apr1l, JU1Y") == \
        "12 July 1985, July 12, 3 Nov 2022, October, October, April, JULY"
    assert without_slips("l2/06/1985 12/O6/l985 2O22 I9O5") == "12/06/1985 12/06/1985 2022 1905"
    # left as written: other words, a given name, figures without two digits, a code
    for text in ("Jui Chen", "All 10 of them", "I/O 12", "lol", "IOU 1O1", "Illinois 1990", "Oil 10 l", "NOV",
                 "July", "a\tb", "Room l0", "cell lO/lO", "03.II.2021", "2021-II-03", "3-II-2021"):
        assert without_slips(text) == text, text
    # one character for one: the date view's offsets are the text's
    view, origin = date_view("On l2 Ju1y l985 at\thome")
    assert view == "On 12 July 1985 at\thome" and origin == list(range(len(view)))
