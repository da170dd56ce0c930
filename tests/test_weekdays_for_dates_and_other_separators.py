"""Three more ways a date of death is written that stayed in the published copy, and verify passed it:

- a weekday standing for the date inside a week: a chronology kept by the week ("w/c 31/10/22", "Week commencing
  31 October 2022", "W/B Monday 31st October", "w/e 6/11/22") whose rows open with the weekday alone ("Thursday:",
  "Thurs –", "Thu 3rd –", "Thursday (3rd) –"). In the week that holds 3 November 2022, its Thursday is that date;
  the other days, other weeks and a weekday in a sentence ("she attended every Thursday") are not;
- Welsh: a row "3ydd – Heddlu ..." under a heading "Tachwedd 2022", and the day as a Welsh ordinal word ("y trydydd
  o Dachwedd", "yr unfed ar hugain o Fehefin"), with or without its year;
- a date in figures with another separator ("03,11,2022", "03\\11\\2022", "03|11|2022", "03_11_2022") or a letter
  O for a zero, as OCR reads it ("2O22", "O3/11/2022"): only where the values are a protected date. (Spaced,
  "03 11 2022", it was already verify's broad net's, which apply's last pass reads with; apply's own detection
  leaves it there, as test_date_matrix says, for a phone number's spaced pieces.)
"""
from __future__ import annotations

import datetime
import random
from functools import lru_cache

import pytest

from conftest import quiet_redactor
from redact.api import verify_bytes
from redact.dates import document_month_context, mentions_of, protected_date_candidates
from redact.lexicon import MONTHS

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT = [["Mon"], ["Tue", "Tues"], ["Wed", "Weds"], ["Thu", "Thurs"], ["Fri"], ["Sat"], ["Sun"]]
ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _ordinal(day: int) -> str:
    return f"{day}{ORDINAL.get(day, 'th')}"


def _rules(when: datetime.date, kind: str = "date_of_death") -> dict:
    return {"people": [{"name": "Agnieszka Nowak", "pseudonym": "Anna", "role": "victim"}],
            "dates": {kind: when.isoformat()}}


@lru_cache(maxsize=8)
def _redactor(when: datetime.date, kind: str = "date_of_death"):
    return quiet_redactor(_rules(when, kind))


def _death_on(weekday: int, chooser: random.Random) -> datetime.date:
    """A date of death that falls on ``weekday`` (0 for Monday)."""
    when = datetime.date(chooser.randint(2015, 2024), chooser.randint(1, 12), chooser.randint(1, 28))
    return when + datetime.timedelta(days=(weekday - when.weekday()) % 7)


def _week_heading(first: datetime.date, chooser: random.Random) -> str:
    """A heading of the week that starts on ``first``, as chronologies write it."""
    month = MONTHS[first.month - 1]
    last = first + datetime.timedelta(days=6)
    return chooser.choice([
        f"w/c {first:%d/%m/%y}", f"W/C {first:%d/%m/%Y}", f"w/b {first:%d.%m.%Y}", f"Week commencing {first.day} "
        f"{month} {first.year}", f"Week beginning {_ordinal(first.day)} {month} {first.year}",
        f"WEEK COMMENCING: {first:%d/%m/%Y}", f"W/C {WEEKDAYS[first.weekday()]} {_ordinal(first.day)} {month}",
        f"Week starting {WEEKDAYS[first.weekday()]} {first.day} {month} {first.year}",
        f"w/e {last:%d/%m/%y}", f"Week ending {last.day} {month if last.month == first.month else MONTHS[last.month - 1]}"
        f" {last.year}"])


def _weekday_row(weekday: int, day: int, chooser: random.Random) -> str:
    """How a row of a week's chronology names its day: the weekday alone, short, or with its day's number."""
    name = chooser.choice([WEEKDAYS[weekday], WEEKDAYS[weekday].upper(), *SHORT[weekday]])
    dash = chooser.choice([" –", " -", ":", " —", " |"])
    return chooser.choice([f"{name}{dash}", f"{name}{dash}", f"{name} {_ordinal(day)}{dash}",
                           f"{name} ({_ordinal(day)}){dash}", f"{name} the {_ordinal(day)}{dash}",
                           f"{name} {_ordinal(day)}"])


@pytest.mark.parametrize("seed", range(21))
def test_the_weekday_of_the_date_in_its_week_is_the_date(seed):
    chooser = random.Random(seed)
    when = _death_on(seed % 7, chooser)
    # a week that starts on a Monday, as most do, or on any day before the date
    first = when - datetime.timedelta(days=when.weekday() if seed % 3 else chooser.randint(0, 6))
    death_row = f"{_weekday_row(when.weekday(), when.day, chooser)} Police found Agnieszka Nowak dead."
    other = chooser.choice([d for d in range(7) if (first + datetime.timedelta(days=d)) != when])
    other_date = first + datetime.timedelta(days=other)
    other_row = f"{_weekday_row(other_date.weekday(), other_date.day, chooser)} She called the GP."
    rows = [_week_heading(first, chooser), other_row, death_row, "She attended the group every Thursday."]
    if chooser.random() < 0.5:
        rows[1:3] = rows[2:0:-1]
    text = chooser.choice(["\n\n", "\n"]).join(["The GP saw her on Tuesdays.", *rows])
    out = _redactor(when).redact_text(text)
    lines = out.split("\n")
    death_line = next(line for line in lines if "Police found" in line)
    assert death_line.startswith("[date removed]"), (text, out)
    assert not any(w in death_line for w in (*WEEKDAYS, *(s for short in SHORT for s in short))), out
    assert other_row in out and "every Thursday" in out and "on Tuesdays" in out, (text, out)
    assert not verify_bytes(text.encode(), "txt", _rules(when)).ok, text
    assert verify_bytes(out.encode(), "txt", _rules(when)).ok, out


@pytest.mark.parametrize("seed", range(7))
def test_a_weekday_row_under_a_heading_in_another_text_is_the_date(seed):
    chooser = random.Random(seed)
    when = _death_on(seed, chooser)
    first = when - datetime.timedelta(days=when.weekday())
    texts = [_week_heading(first, chooser), f"{WEEKDAYS[when.weekday()]}: Police attended.",
             f"{WEEKDAYS[when.weekday()]}: Police attended."]
    texts[1] = f"{WEEKDAYS[(when.weekday() + 1) % 7]}: the GP called."
    contexts = document_month_context(texts)
    assert mentions_of(texts[2], when, context=contexts[2]) == [(0, len(WEEKDAYS[when.weekday()]))], texts
    assert mentions_of(texts[1], when, context=contexts[1]) == [], texts
    # verify's net, given the same context, and nothing without one
    assert protected_date_candidates(texts[2], when, contexts[2]) != []
    assert protected_date_candidates(texts[2], when, None) == []


@pytest.mark.parametrize("weekday", range(7))
def test_a_weekday_outside_the_week_that_holds_the_date_stays(weekday):
    when = datetime.date(2022, 11, 3)   # a Thursday
    name = WEEKDAYS[weekday]
    for texts in [
        # no week at all
        [f"{name}: Police attended.", f"She attended every {name}.", f"On {name} she called."],
        # the week before, and the week after
        ["w/c 24/10/22", f"{name}: Police attended.", f"{name} – she called."],
        ["Week commencing 7 November 2022", f"{name}: Police attended."],
        # the week, closed by the next week's heading or by a row dated outside it
        ["w/c 31/10/22", "Monday: she called.", "w/c 07/11/22", f"{name}: Police attended."],
        ["w/c 31/10/22", "Monday: she called.", "9 January 2023 – the trial was adjourned.", f"{name}: hearing."],
        # the week of another year
        ["w/c 01/11/2021", f"{name}: Police attended."],
    ]:
        contexts = document_month_context(texts)
        for text, context in zip(texts, contexts):
            assert mentions_of(text, when, context=context) == [], (texts, text)


@pytest.mark.parametrize("weekday", [0, 1, 2, 4, 5, 6])
def test_another_weekday_of_the_week_that_holds_the_date_stays(weekday):
    when = datetime.date(2022, 11, 3)
    text = f"w/c 31/10/22\n{WEEKDAYS[weekday]}: Police attended.\nShe attended every Thursday.\nThursdays were quiet."
    assert mentions_of(text, when) == []
    out = _redactor(when).redact_text(text)
    assert out == text.replace("Agnieszka Nowak", "Anna"), out


def test_a_weekday_after_on_or_with_its_day_in_the_week_is_the_date():
    when = datetime.date(2022, 11, 3)
    text = ("Week commencing 31 October 2022\nShe was seen on Monday. On Thursday police found her. The neighbour "
            "had seen her on Thursday (3rd) morning. She attended every Thursday.")
    found = [text[s:e] for s, e in mentions_of(text, when)]
    assert found == ["Thursday", "Thursday (3rd)"], found


def test_a_dated_row_inside_the_week_keeps_it():
    when = datetime.date(2022, 11, 3)
    texts = ["w/c 31/10/22", "Monday 31/10: she called.", "Thursday – Police found her."]
    contexts = document_month_context(texts)
    assert mentions_of(texts[2], when, context=contexts[2]) == [(0, len("Thursday"))]


# ---------------------------------------------------------------------------------------------------------------
# Welsh

WELSH_MONTHS = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
                "Tachwedd", "Rhagfyr"]
# after "o" ("of") a month is soft-mutated
WELSH_MUTATED = ["Ionawr", "Chwefror", "Fawrth", "Ebrill", "Fai", "Fehefin", "Orffennaf", "Awst", "Fedi", "Hydref",
                 "Dachwedd", "Ragfyr"]
# a day's number with its Welsh ordinal ending
WELSH_SUFFIX = {1: "af", 2: "il", 3: "ydd", 4: "ydd", 5: "ed", 6: "ed", 7: "fed", 8: "fed", 9: "fed", 10: "fed",
                11: "eg", 12: "fed", 13: "eg", 14: "eg", 15: "fed", 16: "eg", 17: "eg", 18: "fed", 19: "eg", 20: "fed"}
# the days as Welsh ordinal words, the traditional count by twenties that dates use (the day, "dydd", is masculine)
WELSH_DAYS = {1: "cyntaf", 2: "ail", 3: "trydydd", 4: "pedwerydd", 5: "pumed", 6: "chweched", 7: "seithfed",
              8: "wythfed", 9: "nawfed", 10: "degfed", 11: "unfed ar ddeg", 12: "deuddegfed", 13: "trydydd ar ddeg",
              14: "pedwerydd ar ddeg", 15: "pymthegfed", 16: "unfed ar bymtheg", 17: "ail ar bymtheg",
              18: "deunawfed", 19: "pedwerydd ar bymtheg", 20: "ugeinfed", 21: "unfed ar hugain",
              22: "ail ar hugain", 23: "trydydd ar hugain", 24: "pedwerydd ar hugain", 25: "pumed ar hugain",
              26: "chweched ar hugain", 27: "seithfed ar hugain", 28: "wythfed ar hugain", 29: "nawfed ar hugain",
              30: "degfed ar hugain", 31: "unfed ar ddeg ar hugain"}


def _welsh_suffixed(day: int) -> str:
    return f"{day}{WELSH_SUFFIX.get(day, 'ain')}"


def _any_date(chooser: random.Random, day: int | None = None) -> datetime.date:
    while True:
        try:
            return datetime.date(chooser.randint(1950, 2024), chooser.randint(1, 12), day or chooser.randint(1, 28))
        except ValueError:
            continue


@pytest.mark.parametrize("seed", range(12))
def test_a_welsh_row_under_a_welsh_month_heading_is_the_date(seed):
    chooser = random.Random(seed)
    when = _any_date(chooser, day=chooser.choice([d for d in range(2, 32)]))
    month = WELSH_MONTHS[when.month - 1]
    heading = chooser.choice([f"{month} {when.year}", f"{month.upper()} {when.year}", f"{month} {when.year}:"])
    dash = chooser.choice([" –", " -", ":"])
    texts = [heading, f"{_welsh_suffixed(when.day - 1)}{dash} Galwodd y meddyg teulu.",
             f"{_welsh_suffixed(when.day)}{dash} Daeth yr heddlu o hyd iddi."]
    contexts = document_month_context(texts)
    assert [texts[2][s:e] for s, e in mentions_of(texts[2], when, context=contexts[2])] == [
        _welsh_suffixed(when.day)], texts
    assert mentions_of(texts[1], when, context=contexts[1]) == []
    # one text, the heading its first line
    text = "\n".join(texts)
    assert [text[s:e] for s, e in mentions_of(text, when)] == [_welsh_suffixed(when.day)], text
    rules = _rules(when)
    out = _redactor(when).redact_text("\n\n".join(texts))
    assert _welsh_suffixed(when.day) not in out and _welsh_suffixed(when.day - 1) in out, out
    assert not verify_bytes("\n\n".join(texts).encode(), "txt", rules).ok
    assert verify_bytes(out.encode(), "txt", rules).ok, out


def test_a_welsh_row_under_another_month_stays():
    when = datetime.date(2022, 11, 3)
    for heading in ["Hydref 2022", "Tachwedd 2021", "October 2022"]:
        texts = [heading, "3ydd – Daeth yr heddlu."]
        assert mentions_of(texts[1], when, context=document_month_context(texts)[1]) == [], heading


@pytest.mark.parametrize("day", range(1, 32))
def test_a_day_as_a_welsh_ordinal_word_is_the_date(day):
    chooser = random.Random(day)
    when = _any_date(chooser, day=day)
    words = WELSH_DAYS[day]
    article = "yr" if words[0] in "aeiouw" else "y"
    month = chooser.choice([f"{WELSH_MUTATED[when.month - 1]}", f"fis {WELSH_MONTHS[when.month - 1]}"])
    year = chooser.choice([f" {when.year}", ""])
    written = f"{words} o {month}{year}"
    text = chooser.choice(["Bu farw hi ar {article} {d}.", "Ganwyd hi ar {article} {d}.", "{Article} {d}: yr heddlu."])
    text = text.format(article=article, Article=article.capitalize(), d=written)
    assert [text[s:e] for s, e in mentions_of(text, when)] == [written], text
    kind = chooser.choice(["date_of_death", "date_of_birth"])
    out = _redactor(when, kind).redact_text(text)
    assert words not in out, out
    assert not verify_bytes(text.encode(), "txt", _rules(when, kind)).ok
    assert verify_bytes(out.encode(), "txt", _rules(when, kind)).ok, out


@pytest.mark.parametrize("text", ["Bu farw ar y trydydd o Dachwedd 2021.", "Bu farw ar y trydydd ar ddeg o Dachwedd.",
                                  "Bu farw ar yr ail o Dachwedd 2022.", "Bu farw ar y trydydd o Fai 2022.",
                                  "Y trydydd tro, daeth yr heddlu.", "Tachwedd 2022 oedd y trydydd cyfarfod."])
def test_another_welsh_day_month_or_year_stays(text):
    assert mentions_of(text, datetime.date(2022, 11, 3)) == [], text


# ---------------------------------------------------------------------------------------------------------------
# Other separators and a letter O for a zero

def _figures(when: datetime.date, chooser: random.Random) -> str:
    separator = chooser.choice([",", "\\", "|", "_", " "])
    day = chooser.choice([f"{when.day:02d}", str(when.day)]) if separator != " " else f"{when.day:02d}"
    month = chooser.choice([f"{when.month:02d}", str(when.month)]) if separator != " " else f"{when.month:02d}"
    year = chooser.choice([str(when.year), f"{when.year % 100:02d}"]) if separator != " " else str(when.year)
    return separator.join([day, month, year])


def _ocr(when: datetime.date, chooser: random.Random) -> str:
    """A date in figures with one zero or more read as a letter O."""
    separator = chooser.choice(["/", ".", "-"])
    written = separator.join([f"{when.day:02d}", f"{when.month:02d}", str(when.year)])
    zeros = [i for i, c in enumerate(written) if c == "0"]
    for i in chooser.sample(zeros, chooser.randint(1, len(zeros))):
        written = written[:i] + "O" + written[i + 1:]
    return written


@pytest.mark.parametrize("seed", range(16))
def test_a_date_in_figures_with_another_separator_or_a_letter_o_is_the_date(seed):
    chooser = random.Random(seed)
    when = _any_date(chooser)
    if seed % 2 == 0:
        when = when.replace(year=chooser.randint(2000, 2024))   # a year with a zero to misread
    written = _figures(when, chooser) if seed % 2 else _ocr(when, chooser)
    kind = chooser.choice(["date_of_death", "date_of_birth"])
    text = chooser.choice(["She died on {d} at home.", "DOB: {d}", "Date of death {d}, recorded by the coroner.",
                           "| {d} | Police attended |", "File: statement {d}.pdf"]).format(d=written)
    if " " in written:
        assert mentions_of(text, when) == [] and protected_date_candidates(text, when), text
    else:
        assert [text[s:e] for s, e in mentions_of(text, when)] == [written], text
    out = _redactor(when, kind).redact_text(text)
    assert written not in out and "removed]" in out, out
    assert not verify_bytes(text.encode(), "txt", _rules(when, kind)).ok
    assert verify_bytes(out.encode(), "txt", _rules(when, kind)).ok, out


@pytest.mark.parametrize("text", [
    "She died on 04,11,2022.", "She was seen 03|11|2021.", "Ref 03_12_2022.", "Scores were 3,11,22,14.",
    "Tel 0300 03 11 2022.", "Call 03 11 2022 4417.", "ref 1 03 11 2022", "Version 3.11.2022b", "v3_11_2022",
    "She died on 03 11 22.", "Paragraphs 3,11,22 apply.", "2O21-11-O3"])
def test_other_values_runs_of_numbers_and_version_numbers_stay(text):
    assert mentions_of(text, datetime.date(2022, 11, 3)) == [], text


def test_a_docx_chronology_table_loses_each_form_and_verify_agrees():
    import io

    import docx

    when = datetime.date(2022, 11, 3)
    document = docx.Document()
    document.add_paragraph("Chronology")
    rows = [("w/c 31/10/22", ""), ("Monday", "Agnieszka Nowak called the GP."), ("Thursday", "Police found her."),
            ("w/c 07/11/22", ""), ("Thursday", "The inquest opened."), ("Tachwedd 2022", ""), ("3ydd", "Heddlu"),
            ("Registered", "03|11|2022")]
    grid = document.add_table(rows=0, cols=2)
    for first, second in rows:
        cells = grid.add_row().cells
        cells[0].text, cells[1].text = first, second
    buffer = io.BytesIO()
    document.save(buffer)
    draft = buffer.getvalue()
    assert not verify_bytes(draft, "docx", _rules(when)).ok
    out = bytes(_redactor(when).redact_bytes(draft, "docx"))
    cells = [[cell.text for cell in row.cells] for row in docx.Document(io.BytesIO(out)).tables[0].rows]
    assert [row[0] for row in cells] == ["w/c 31/10/22", "Monday", "[date removed]", "w/c 07/11/22", "Thursday",
                                         "Tachwedd 2022", "[date removed]", "Registered"], cells
    assert cells[7][1] == "[date removed]", cells
    assert verify_bytes(out, "docx", _rules(when)).ok
