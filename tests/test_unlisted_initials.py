"""The initials a draft defines for a person the rules do not list (helper ``unlistedinitials``, 2026-12-06).

Before: "Tariq Hussain (TH) rang. TH said no." -> "Person 1 (Person 2) rang. Person 2 said no."; "(hereafter TH)" ->
"(hereafter Person 2)"; "Tariq Hussain (T.H.) rang. T.H. said no." -> "Person 1 (Place 1) rang. Person 3 said no.";
dotted, three-letter and particle initials ("G.S.D.", "AvdM") were mostly left. Now the letters get the name's
number everywhere the document uses them as somebody, and the defining bracket goes with the name, as it does for a
listed person ("Person 1 rang. Person 1 said no."). Generated cases: ``tests/unlisted_initials_gen.py``.
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import unlisted_initials_gen as gen  # noqa: E402

_FAULTS = ("numbers differ", "wrong kind", "left", "bracket kept", "unread", "verify")


@pytest.mark.parametrize("seed", [*gen.TUNED, *gen.HELD_BACK, *gen.FRESH])
def test_defined_initials_of_an_unlisted_person_read_as_the_person(seed):
    case = gen.make_case(seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        counts = gen.outcome(case)
    assert counts["uses"] >= 3
    faults = {fault: counts[fault] for fault in _FAULTS if counts[fault]}
    assert not faults, (case["text"], case["output"], faults)


def _redact(text: str, people=(("Uma Sharma", "Priya"),)) -> str:
    from redact.pipeline import Redactor
    from redact.rules import parse_rules

    rules = parse_rules({"version": 1, "people": [{"name": name, "pseudonym": pseudonym}
                                                   for name, pseudonym in people]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Redactor(rules).redact_text(text)


@pytest.mark.parametrize("text", [
    "Tariq Hussain (TH) rang. TH said no.",
    "Tariq Hussain (hereafter TH) rang. TH said no.",
    "Tariq Hussain (T.H.) rang. T.H. said no.",
    "Tariq Hussain ('TH') rang. TH said no.",
    "TH (Tariq Hussain) rang. TH said no.",
    "Tariq Hussain, referred to in this report as TH, rang. TH said no.",
])
def test_the_briefs_forms(text):
    assert _redact(text) == "Person 1 rang. Person 1 said no."


def test_the_listed_person_reads_the_same():
    assert _redact("Uma Sharma (US) rang. US said no.") == "Priya rang. Priya said no."
    assert _redact("Uma Sharma (hereafter US) rang. US said no.") == "Priya rang. Priya said no."


def test_the_name_and_its_short_forms_share_the_number():
    out = _redact("Gurpreet Singh Dhillon (GSD) rang. Mr Dhillon was out. GSD's partner said no.")
    assert out == "Person 1 rang. Mr Person 1 was out. Person 1's partner said no."


def test_a_sentence_of_its_own_defines_them():
    out = _redact("Her partner was Rukhsana Zielinska. She is referred to in this report as R. Z.\n\n"
                  "The IDVA and R. Z. met twice in May.")
    assert out == ("Her partner was Person 1. She is referred to in this report as Person 1.\n\n"
                   "The IDVA and Person 1 met twice in May.")


def test_where_the_letters_are_a_thing_they_stay():
    out = _redact("Tariq Hussain (TH) rang.\n\nHe moved to TH Road. TH-123 was the code.")
    assert out == "Person 1 rang.\n\nHe moved to TH Road. TH-123 was the code."
    out = _redact("Nadia Okafor (NO) rang. Outcome: NO FURTHER ACTION. NO said she was fine.")
    assert out == "Person 1 rang. Outcome: NO FURTHER ACTION. Person 1 said she was fine."
    # an acronym after a thing is no definition of a person's letters
    out = _redact("Emma Davies rang. She was taken to the Emergency Department (hereafter ED). ED staff saw her.")
    assert out.endswith("(hereafter ED). ED staff saw her.")


def test_letters_that_are_an_acronym_too_keep_what_other_readers_found():
    out = _redact("Dr Priya Raman (PR) saw her. PR prescribed sertraline. The PR team was informed.")
    assert out == "Dr Person 1 saw her. Person 1 prescribed sertraline. The PR team was informed."


def test_never_a_listed_persons_pseudonym():
    people = (("Uma Sharma", "Priya"), ("Tom Harris", "Adam"))
    assert _redact("Tariq Hussain (TH) rang. TH said no.", people) == "Person 1 rang. Person 1 said no."
    # undefined, the letters stay the listed person's
    assert _redact("Tom Harris rang. TH said no.", people) == "Adam rang. Adam said no."


def test_a_docx_row_of_initials_and_name(tmp_path):
    import docx

    from redact.pipeline import Redactor
    from redact.rules import parse_rules

    document = docx.Document()
    document.add_paragraph("Uma Sharma was 34 when she died.")
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate([("Initials", "Name", "Relationship"), ("T.H.", "Tariq Hussain", "partner")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("T.H. said he had never hit her. Police arrested T.H. at the address.")
    document.save(tmp_path / "in.docx")
    rules = parse_rules({"version": 1, "people": [{"name": "Uma Sharma", "pseudonym": "Priya"}]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        Redactor(rules).redact_file(tmp_path / "in.docx", tmp_path / "out.docx")
    out = docx.Document(tmp_path / "out.docx")
    assert [cell.text for cell in out.tables[0].rows[1].cells] == ["Person 1", "Person 1", "partner"]
    assert out.paragraphs[1].text == "Person 1 said he had never hit her. Police arrested Person 1 at the address."
