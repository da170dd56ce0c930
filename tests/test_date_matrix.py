"""The protected-date matrix: every written form x protected dates and their neighbours x places in a sentence.

For each protected date (start and end of a month, 29 February, single-digit day and month, birth dates in the
1900s), every form a British author or an agency system writes is put in every place of a sentence; the
protected date must be found by ``apply``'s grammar (``mentions_of`` and the recogniser) and by ``verify``'s
broad net, and the neighbouring dates written the same way (the same day in another year, the day before, the
day after, other days of the month) must be left alone. A smaller slice goes through ``Redactor.redact_text``
and through a .docx (body, table cells, header, footnote, comment) with ``verify_file`` before and after.
"""
from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from typing import Callable

import pytest

from redact.dates import find_dates, mentions_of, protected_date_candidates
from redact.detect.recognizers import ProtectedDateRecognizer
from redact.entities import DATE_OF_DEATH

PROTECTED = [
    datetime.date(2021, 9, 14),
    datetime.date(2023, 5, 31),    # end of a month, "May" is also a name and a verb
    datetime.date(2020, 2, 29),    # leap day
    datetime.date(2019, 3, 1),     # single-digit day and month, start of a month
    datetime.date(1985, 11, 9),    # a birth date in the 1900s
    datetime.date(1971, 2, 2),     # day and month the same number
    datetime.date(2022, 12, 31),   # end of a year
    datetime.date(1999, 10, 10),
]

_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth", "twentieth"]


def ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def ordinal_word(day: int) -> str:
    if day <= 20:
        return _ORDINAL_WORDS[day - 1]
    if day == 30:
        return "thirtieth"
    tens = "twenty" if day < 30 else "thirty"
    return f"{tens}-{_ORDINAL_WORDS[day % 10 - 1]}"


def short_month(d: datetime.date) -> str:
    return "Sept" if d.month == 9 else f"{d:%b}"


@dataclass(frozen=True)
class Form:
    name: str
    write: Callable[[datetime.date], str]
    has_year: bool = True
    # "14.9", "14-9" without a year read as section numbers and scores unless a word such as "on" says otherwise
    needs_cue: bool = False
    # the form starts with a weekday or a year: no weekday is put before it
    no_weekday: bool = False


FORMS = [
    Form("d MMMM yyyy", lambda d: f"{d.day} {d:%B %Y}"),
    Form("dth MMMM yyyy", lambda d: f"{ordinal(d.day)} {d:%B %Y}"),
    Form("dth of MMMM, yyyy", lambda d: f"{ordinal(d.day)} of {d:%B}, {d.year}"),
    Form("dth of MMMM 'yy", lambda d: f"{ordinal(d.day)} of {d:%B} ’{d:%y}"),
    Form("MMMM d, yyyy", lambda d: f"{d:%B} {d.day}, {d.year}"),
    Form("MMM. dth yyyy", lambda d: f"{short_month(d)}{'' if d.month == 5 else '.'} {ordinal(d.day)} {d.year}"),
    Form("Ddd d MMM yy", lambda d: f"{d:%a} {d.day} {d:%b %y}", no_weekday=True),
    Form("Dddd dth MMMM yyyy", lambda d: f"{d:%A} {ordinal(d.day)} {d:%B %Y}", no_weekday=True),
    Form("D MMMM YYYY capitals", lambda d: f"{d.day} {d:%B %Y}".upper()),
    Form("d-MMM-yyyy", lambda d: f"{d.day}-{d:%b}-{d.year}"),
    Form("ddMMMyyyy", lambda d: f"{d:%d%b%Y}".upper()),
    Form("ddMMMyy", lambda d: f"{d:%d%b%y}".upper()),
    Form("dd/mm/yyyy", lambda d: f"{d:%d/%m/%Y}"),
    Form("d/m/yy", lambda d: f"{d.day}/{d.month}/{d:%y}"),
    Form("d.m.yy", lambda d: f"{d.day}.{d.month}.{d:%y}"),
    Form("dd.mm.yy", lambda d: f"{d:%d.%m.%y}"),
    Form("dd.mm.yyyy", lambda d: f"{d:%d.%m.%Y}"),
    Form("d-m-yy", lambda d: f"{d.day}-{d.month}-{d:%y}"),
    Form("yyyy-mm-dd", lambda d: d.isoformat(), no_weekday=True),
    Form("yyyy-mm-ddThh:mm", lambda d: f"{d.isoformat()}T03:40", no_weekday=True),
    Form("dd/mm/yyyy hhmmhrs", lambda d: f"{d:%d/%m/%Y} 0340hrs"),
    Form("dd/mm/yyyy @ hh:mm", lambda d: f"{d:%d/%m/%Y} @ 03:40"),
    Form("Ordinal-word MMMM yyyy", lambda d: f"{ordinal_word(d.day).capitalize()} {d:%B %Y}"),
    Form("the ordinal-word of MMMM", lambda d: f"the {ordinal_word(d.day)} of {d:%B}", has_year=False,
         no_weekday=True),
    Form("d/m", lambda d: f"{d.day}/{d.month}", has_year=False),
    Form("d.m", lambda d: f"{d.day}.{d.month}", has_year=False, needs_cue=True),
    Form("d MMM", lambda d: f"{d.day} {short_month(d)}", has_year=False),
    Form("MMM dth", lambda d: f"{short_month(d)} {ordinal(d.day)}", has_year=False),
    Form("dth MMMM", lambda d: f"{ordinal(d.day)} {d:%B}", has_year=False),
]


@dataclass(frozen=True)
class Place:
    name: str
    template: str
    cued: bool = True   # a word before the date says it is one
    weekday: bool = False


PLACES = [
    Place("start", "{D} was the last time officers attended.", cued=False),
    Place("middle", "Officers attended on {D} and left before noon."),
    Place("end", "The last recorded contact was {D}.", cued=False),
    Place("end after on", "The last recorded contact was on {D}."),
    Place("brackets", "The call log (dated {D}) was read by the panel."),
    Place("after on", "She was seen on {D} by her GP."),
    Place("weekday", "She was seen on {W} {D} by her GP.", weekday=True),
    Place("table cell", "{D}", cued=False),
    Place("chronology entry", "{D} – Police attended the address."),
    Place("quoted e-mail", 'He wrote: "I will call round on {D}, about 6."'),
]


def neighbours(when: datetime.date, form: Form) -> list[datetime.date]:
    """Dates that must stay: the same day in another year, the day before and after, other days of the month."""
    last = calendar.monthrange(when.year, when.month)[1]
    others = {when - datetime.timedelta(days=1), when + datetime.timedelta(days=1)}
    others |= {when.replace(day=day) for day in (1, 15, last) if day != when.day}
    if form.has_year:
        other_year = when.year - 4 if (when.month, when.day) == (2, 29) else when.year - 1
        others.add(when.replace(year=other_year))
        if "y" in form.name.replace("yyyy", ""):  # a two-digit year: also a century away is another date
            pass
    # a yearless form cannot tell another year apart, and one without a year is the protected date by design
    return sorted(d for d in others if form.has_year or (d.month, d.day) != (when.month, when.day))


def sentence(place: Place, form: Form, day: datetime.date) -> tuple[str, str]:
    written = form.write(day)
    text = place.template.replace("{W}", f"{day:%A}").replace("{D}", written)
    return text, written


def applicable(place: Place, form: Form) -> bool:
    if form.needs_cue and not place.cued:
        return False
    return not (place.weekday and form.no_weekday)


CASES = [(when, form) for when in PROTECTED for form in FORMS]


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the spans together cover [start, end) of the written date, apart from a time attached to it."""
    digits = [i for i in range(start, end)]
    return all(any(s <= i < e for s, e in spans) for i in digits)


def _date_part(written: str) -> str:
    """The written date without the clock time some forms carry ("0340hrs", "@ 03:40", "T03:40")."""
    return re.sub(r"(?:T| @ | )(?:03:40|0340hrs)$", "", written).removeprefix("the ")


@pytest.mark.parametrize("when, form", CASES, ids=[f"{w.isoformat()}-{f.name}" for w, f in CASES])
def test_protected_date_is_found_and_neighbours_stay(when, form):
    recognizer = ProtectedDateRecognizer(date_of_death=when)
    for place in PLACES:
        if applicable(place, form):
            _check_place(recognizer, when, form, place)


def _check_place(recognizer, when, form, place):
    text, written = sentence(place, form, when)
    date_text = _date_part(written)
    start = text.index(date_text)
    end = start + len(date_text)
    # apply's grammar and the recogniser
    assert _covered(mentions_of(text, when), start, end), (text, [text[s:e] for s, e in mentions_of(text, when)])
    results = recognizer.analyze(text, [DATE_OF_DEATH], None)
    assert _covered([(r.start, r.end) for r in results], start, end)
    # verify's broad net, with tight spans: nothing of the sentence outside the date (and its weekday)
    candidates = protected_date_candidates(text, when)
    assert _covered(candidates, start, end)
    weekday_start = text.find(f"{when:%A}")
    allowed_start = weekday_start if place.weekday and weekday_start >= 0 else start
    assert all(allowed_start <= s and e <= end for s, e in candidates), [text[s:e] for s, e in candidates]

    for other in neighbours(when, form):
        other_text, other_written = sentence(place, form, other)
        assert mentions_of(other_text, when) == [], (other_text, when)
        assert recognizer.analyze(other_text, [DATE_OF_DEATH], None) == []
        assert protected_date_candidates(other_text, when) == [], (other_text, when)


@pytest.mark.parametrize("when", PROTECTED, ids=lambda d: d.isoformat())
def test_a_date_without_a_year_takes_the_year_of_its_month_in_the_sentence(when):
    """"In September 2020 she was seen on 14/9" is another year; with no such month before it, it is the date."""
    other_year = when.year - 4 if (when.month, when.day) == (2, 29) else when.year - 1
    for form in (f for f in FORMS if not f.has_year):
        written = _date_part(form.write(when))
        same = f"In {when:%B %Y} she was seen on {form.write(when)}."
        other = f"In {when:%B} {other_year} she was seen on {form.write(when)}."
        unrelated = f"She had lived there since {other_year} and was seen on {form.write(when)}."
        for text in (same, unrelated):
            start = text.index(written)
            assert _covered(mentions_of(text, when), start, start + len(written)), text
            assert _covered(protected_date_candidates(text, when), start, start + len(written)), text
        assert mentions_of(other, when) == [], other
        assert protected_date_candidates(other, when) == [], other


@pytest.mark.parametrize("when", PROTECTED, ids=lambda d: d.isoformat())
def test_the_day_alone_takes_its_month_from_the_sentence_or_what_came_before(when):
    day = ordinal(when.day)
    other_year = when.year - 4 if (when.month, when.day) == (2, 29) else when.year - 1
    found = [
        f"In {when:%B %Y} she was seen on the 2nd and again on the {day}.",
        f"On the {day} of {when:%B} she called the police.",
        f"The family moved in {when:%B %Y}. Police were called on the {day}.",
        f"In {when:%B %Y}, on {when:%A} the {day}, she called the police.",
    ]
    weekday_day = f"In {when:%B %Y}, on {when:%A} {when.day} she called the police."
    start = weekday_day.index(f"{when:%A} {when.day}")
    assert (start, start + len(f"{when:%A} {when.day}")) in mentions_of(weekday_day, when)
    kept = [
        f"In {when:%B} {other_year} she was seen on the {day}.",
        f"The family moved in {when:%B %Y}. Police were called on the {ordinal(when.day % 28 + 1)}.",
        f"She spoke about the {day} century and her {day} birthday.",
        f"In {when:%B %Y} on {when:%A} {when.day} people came.",
    ]
    for text in found:
        start = text.index(day)
        assert _covered(mentions_of(text, when), start, start + len(day)), text
        assert _covered(protected_date_candidates(text, when), start, start + len(day)), text
    for text in kept:
        assert mentions_of(text, when) == [], text


@pytest.mark.parametrize("when", PROTECTED, ids=lambda d: d.isoformat())
def test_a_table_cell_takes_its_month_from_the_row_above(when):
    """A chronology table: a row says "September 2021", the cells under it say "14th", "15th"."""
    recognizer = ProtectedDateRecognizer(date_of_death=when)
    day, next_day = ordinal(when.day), ordinal(when.day % 28 + 1)
    rows = [f"{when:%B %Y}", day, "Police attended the address.", next_day, "GP appointment."]
    recognizer.learn_document(rows)
    assert [rows[1][r.start:r.end] for r in recognizer.analyze(rows[1], [DATE_OF_DEATH], None)] == [day]
    assert recognizer.analyze(rows[3], [DATE_OF_DEATH], None) == []
    # under another year's month the same cell is another date
    other = [f"{when:%B} {when.year - 1}", day]
    recognizer.learn_document(other)
    assert recognizer.analyze(day, [DATE_OF_DEATH], None) == []
    # verify cannot see the row above: it flags the cell, which names no month
    assert protected_date_candidates(day, when) == [(0, len(day))]


NOT_DATES = [
    "See paragraphs 4.1.12 and 14.9, section 3.5 and table 2.1.",
    "It cost £14.09 and rose by 12.5% to 14.9 per cent; version 2.1.22 was installed.",
    "The score was 14-9 and then 3-5; she was aged 3-5 at the time.",
    "The call was at 14.09 and lasted 10:30 minutes; PC 4471 attended.",
    "Case WP/21/018733 and MARAC/HT/21/118 were opened.",
    "She walked 14.9 miles and took 2.5 mg.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_numbers_that_are_not_dates_stay_out_of_detection(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("when", [datetime.date(2012, 1, 4), datetime.date(2021, 9, 14), datetime.date(2022, 5, 3)],
                         ids=lambda d: d.isoformat())
def test_section_numbers_that_match_the_protected_date_stay(when):
    text = (f"See paragraph {when.day}.{when.month}.{when:%y}, section {when.day}.{when.month} and "
            f"para. {when.day}.{when.month}; the score was {when.day}-{when.month}.")
    assert mentions_of(text, when) == []
    assert protected_date_candidates(text, when) == []


def test_verify_net_is_broader_than_apply():
    """Month first with both readings possible, spaced digits, ordinal words without "of": verify only."""
    when = datetime.date(2021, 9, 10)
    for text in ["The US form says 09/10/2021.", "Keyed as 10 09 2021 by the call handler.",
                 "her tenth September visit"]:
        assert mentions_of(text, when) == [], text
        assert protected_date_candidates(text, when), text


def test_two_digit_years_and_centuries():
    born = datetime.date(1985, 11, 9)
    for text in ["DOB 9.11.85", "DOB 09/11/85", "born 9-11-85", "D.O.B. 09NOV85"]:
        assert mentions_of(text, born), text
    assert mentions_of("seen 9.11.86", born) == []


# ---------------------------------------------------------------------- through the pipeline and a .docx
# A slice of the matrix (forms in the middle of a sentence, for a few dates) through the real redactor.

SLICE_DATES = [datetime.date(2021, 9, 14), datetime.date(2020, 2, 29), datetime.date(1985, 11, 9)]


def _rules_file(tmp_path, when: datetime.date):
    path = tmp_path / f"rules-{when.isoformat()}.yaml"
    path.write_text(f"version: 1\nreview: matrix\npeople:\n  - name: Amara Okonkwo-Diallo\n    pseudonym: Anna\n"
                    f"dates:\n  date_of_death: {when.isoformat()}\n", encoding="utf-8")
    return path


def _draft(when: datetime.date) -> tuple[list[str], list[str], list[str]]:
    """(paragraphs, protected strings, neighbour strings)."""
    place = PLACES[1]
    paragraphs, gone, kept = [], [], []
    for form in FORMS:
        text, written = sentence(place, form, when)
        paragraphs.append(text)
        gone.append(_date_part(written))
        other = neighbours(when, form)[0]
        other_text, other_written = sentence(place, form, other)
        paragraphs.append(other_text)
        kept.append(_date_part(other_written))
    return paragraphs, gone, kept


@pytest.fixture(scope="module")
def redactors(tmp_path_factory):
    from redact import Redactor, load_rules

    folder = tmp_path_factory.mktemp("rules")
    return {when: Redactor(load_rules(_rules_file(folder, when))) for when in SLICE_DATES}


@pytest.mark.parametrize("when", SLICE_DATES, ids=lambda d: d.isoformat())
def test_redact_text_removes_every_form_and_keeps_neighbours(redactors, when):
    paragraphs, gone, kept = _draft(when)
    out = redactors[when].redact_text("\n\n".join(paragraphs))
    out_paragraphs = out.split("\n\n")
    assert len(out_paragraphs) == len(paragraphs)
    for index, written in enumerate(gone):
        assert written not in out_paragraphs[2 * index], out_paragraphs[2 * index]
        assert "[date removed]" in out_paragraphs[2 * index]
    for index, written in enumerate(kept):
        assert written in out_paragraphs[2 * index + 1], (written, out_paragraphs[2 * index + 1])


def _docx(path, when: datetime.date):
    from docx_factory import CT, DocxBuilder, header_part, notes_part, paragraph, run

    paragraphs, gone, kept = _draft(when)
    builder = DocxBuilder()
    footnote_form, header_form, comment_form = FORMS[13], FORMS[6], FORMS[19]
    builder.add_part("word/footnotes.xml",
                     notes_part("footnote", {1: sentence(PLACES[4], footnote_form, when)[0]}),
                     CT + "footnotes+xml", rel_type="footnotes")
    comment = sentence(PLACES[5], comment_form, when)[0]
    builder.add_part("word/comments.xml",
                     f'<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                     f'<w:comment w:id="0" w:author="Panel" w:initials="P">{paragraph(run(comment))}</w:comment>'
                     f'</w:comments>', CT + "comments+xml", rel_type="comments")
    header_id = builder.add_part("word/header1.xml",
                                 header_part(paragraph(run(f"DHR chronology from {header_form.write(when)}"))),
                                 CT + "header+xml", rel_type="header")

    def cell(text: str) -> str:
        return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{paragraph(run(text))}</w:tc>'

    day, next_day = ordinal(when.day), ordinal(when.day % 28 + 1)
    rows = [(f"{when:%B %Y}", ""), (day, "Police attended the address."), (next_day, "GP appointment."),
            (f"{when:%d/%m/%Y}", "Ambulance called."), (FORMS[14].write(when), "Log entry.")]
    table = ("<w:tbl><w:tblPr><w:tblW w:w=\"4000\" w:type=\"dxa\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/>"
             "<w:gridCol w:w=\"2000\"/></w:tblGrid>"
             + "".join(f"<w:tr>{cell(a)}{cell(b)}</w:tr>" for a, b in rows) + "</w:tbl>")
    builder.append_body(
        *(paragraph(run(p)) for p in paragraphs),
        paragraph('<w:commentRangeStart w:id="0"/>', run("The panel agreed the terms of reference."),
                  '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
                  '<w:r><w:footnoteReference w:id="1"/></w:r>'),
        table,
    )
    builder.section_properties(f'<w:headerReference w:type="default" r:id="{header_id}"/>')
    builder.build(path)
    protected_lines = ([p for p in paragraphs[::2]] + [sentence(PLACES[4], footnote_form, when)[0].strip(), comment,
                       f"DHR chronology from {header_form.write(when)}", day, f"{when:%d/%m/%Y}",
                       FORMS[14].write(when)])
    return protected_lines, paragraphs[1::2] + [next_day]


def _all_text(path) -> str:
    import zipfile

    from lxml import etree

    texts = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                root = etree.fromstring(archive.read(name))
                for paragraph_element in root.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"):
                    texts.append("".join(paragraph_element.itertext()))
    return "\n".join(texts)


@pytest.mark.parametrize("when", SLICE_DATES, ids=lambda d: d.isoformat())
def test_docx_every_part_loses_the_date_and_verify_agrees(redactors, tmp_path, when):
    from redact import verify_file

    source = tmp_path / "draft.docx"
    planted, kept = _docx(source, when)
    redactor = redactors[when]
    before = verify_file(source, redactor.rules)
    date_leaks = [leak for leak in before.leaks if leak.value == "protected date"]
    assert not before.ok and len(date_leaks) >= len(planted)
    places = {leak.location.split(" ", 1)[0] for leak in date_leaks}
    assert {"word/header1.xml", "word/footnotes.xml", "word/comments.xml"} <= places, places

    out = tmp_path / "out.docx"
    report = redactor.redact_file(source, out)
    assert report.verdict.ok
    assert verify_file(out, redactor.rules).ok
    lines = [line.strip() for line in _all_text(out).split("\n")]
    # every paragraph, cell, header, footnote and comment that held the date has changed; the neighbours have not
    for line in planted:
        assert line not in lines, line
    for line in kept:
        assert line in lines, line
    # (the comments part may be dropped whole by policy; every body paragraph keeps its place with a placeholder)
    assert sum(bool(re.match(r"Officers attended on (?:the )?\[date removed\]", line)) for line in lines) == len(FORMS)
