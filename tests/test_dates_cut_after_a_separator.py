"""A date of death cut at a line end just after its first separator: "21-" | "Apr-2020", "04/" | "11/2021".

Found by the red team of Word structures (benchmarks/docx_structure_fuzz.py): a w:br (or a wrapped line of a
text) after the day's hyphen. The date reader would not chain "21-\\nApr-2020": the month after the break is
followed by "-2020", which it took for a numeric date opening the next line (a chronology row under a yearless
date, "on 25 Nov.\\n28/09/2022"). The date stayed, and verify, which reads dates the same way, passed it. A line
that ends in a date's separator goes on over the break; a row under a line ending in a full stop or a word still
opens a date of its own (tests/test_dates_beside_other_numbers.py).
"""
from __future__ import annotations

import datetime
import random
import zipfile
import io
import re

import pytest

from conftest import quiet_redactor
from docx_factory import DocxBuilder, paragraph

from redact.api import verify_bytes

TUNED, HELD_BACK = 3301, 3302
PEOPLE = [("Ffion", "Prys"), ("Ngozi", "Okonkwo"), ("Harpreet", "Dhaliwal"), ("Agnieszka", "Kaczmarek"),
          ("Shanice", "Thelwell"), ("Xiaoling", "Zhang"), ("Elif", "Yılmaz"), ("Hodan", "Warsame"),
          ("Siobhan", "Brennan"), ("Rania", "Haddad"), ("Eilidh", "MacAskill"), ("Rūta", "Kazlauskas")]
# (form, where the line breaks: after the first separator)
FORMS = ["{d}-{Mo}-{Y}", "{dd}-{mm}-{Y}", "{dd}/{mm}/{Y}", "{d}/{m}/{y}", "{d}-{M}-{Y}", "{d} - {Mo} - {Y}",
         "{dd}/{mm}/{y}", "{d}-{MO}-{y}"]
SENTENCES = ["{name} was found at the flat on @ by a neighbour.", "Police were called to {name}'s home on @.",
             "The post-mortem examination took place after @ at the request of {name}'s family.",
             "On @ {name} did not answer her phone.", "Chronology: @ – ambulance attended; {name} was declared dead."]


def _cases(seed: int, count: int = 16):
    rng = random.Random(seed)
    cases = []
    for index in range(count):
        when = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(3000))
        values = dict(d=when.day, dd=f"{when.day:02d}", m=when.month, mm=f"{when.month:02d}", M=f"{when:%B}",
                      Mo=f"{when:%b}", MO=f"{when:%b}".upper(), Y=when.year, y=f"{when.year % 100:02d}")
        form = FORMS[index % len(FORMS)].format(**values)
        cut = re.search(r"[-/]", form).end()
        written = form[:cut] + rng.choice(["\n", "\n", " \n"]) + form[cut:].lstrip()
        given, surname = rng.choice(PEOPLE)
        sentence = rng.choice(SENTENCES).replace("{name}", f"{given} {surname}")
        cases.append((when, given, surname, sentence.replace("@", written), written))
    return cases


def _rules(when: datetime.date, given: str, surname: str) -> dict:
    return {"people": [{"name": f"{given} {surname}", "pseudonym": "Adult A"}],
            "dates": {"date_of_death": when.isoformat()}}


def _date_left(out: str, written: str) -> bool:
    pieces = [p for p in re.split(r"[\s/\-]+", written) if p]
    return re.search(r"[\s/\-]*".join(map(re.escape, pieces)), out) is not None


def _check_text(when, given, surname, text, written):
    rules = _rules(when, given, surname)
    assert not verify_bytes(text.encode(), "txt", rules).ok, "verify passes the date of death"
    out = quiet_redactor(rules).redact_text(text)
    assert not _date_left(out, written) and "[date removed]" in out, out
    assert given not in out and surname not in out, out
    assert verify_bytes(out.encode(), "txt", rules).ok


def _check_docx(when, given, surname, text, written):
    """The same sentence in Word, the break a w:br in the run (the two sides in runs of their own formatting)."""
    before, after = text.split(written)
    left, right = re.split(r" ?\n", written)
    body = paragraph(f'<w:r><w:t xml:space="preserve">{before}{left}</w:t></w:r>',
                     f'<w:r><w:rPr><w:b/></w:rPr><w:br/><w:t xml:space="preserve">{right}</w:t></w:r>',
                     f'<w:r><w:t xml:space="preserve">{after}</w:t></w:r>')
    data = DocxBuilder().append_body(paragraph('<w:r><w:t>Summary of events</w:t></w:r>'), body).to_bytes()
    rules = _rules(when, given, surname)
    assert not verify_bytes(data, "docx", rules).ok, "verify passes the date of death"
    out = quiet_redactor(rules).redact_bytes(data, "docx")
    with zipfile.ZipFile(io.BytesIO(bytes(out))) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    shown = re.sub(r"<w:br/>", "\n", xml)
    shown = re.sub(r"<[^>]+>", "", shown)
    assert not _date_left(shown, written) and "[date removed]" in shown, shown


@pytest.mark.parametrize("case", _cases(TUNED), ids=lambda c: repr(c[4]))
def test_tuned_text(case):
    _check_text(*case)


@pytest.mark.parametrize("case", _cases(TUNED)[::2], ids=lambda c: repr(c[4]))
def test_tuned_docx(case):
    _check_docx(*case)


@pytest.mark.parametrize("case", _cases(HELD_BACK), ids=lambda c: repr(c[4]))
def test_held_back_text(case):
    _check_text(*case)


@pytest.mark.parametrize("case", _cases(HELD_BACK)[::2], ids=lambda c: repr(c[4]))
def test_held_back_docx(case):
    _check_docx(*case)


@pytest.mark.parametrize("text", ["Seen by the GP on 25 Nov.\n19/09/2022 | Police | She rang 999.",
                                  "Police attended on 25 Nov\n19-09-2022 – GP appointment."])
def test_a_row_under_a_line_that_ends_in_no_separator_is_its_own_date(text):
    rules = {"people": [{"name": "Ffion Prys", "pseudonym": "Adult A"}], "dates": {"date_of_death": "2019-11-25"}}
    out = quiet_redactor(rules).redact_text(text)
    assert out.split("\n")[1] == text.split("\n")[1] and "[date removed]" in out, out
