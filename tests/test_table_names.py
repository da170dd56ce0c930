"""People no rule lists, named where no sentence says it is a name: a cell of a family table written one text per
cell ("Rose | sister"), a bare cell of another table ("May | Declined") when the document uses the word as a name
elsewhere, a nickname that is also a function word ("known to friends as Will"), a two-letter surname in capitals
or without its marks ("LÊ William (LE)"). The ordinary words stay: a RAG column, a column of months, the rating
colours in a sentence, headers and placeholders of the table itself."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from redact import Redactor
from redact.documents.base import Segment
from redact.entities import PERSON
from redact.rules import parse_rules

# names that are ordinary English words, and names from many traditions that are not
WORD_NAMES = ["Rose", "May", "Will", "Hope", "Amber", "Summer", "Mark", "Jack", "Joy", "Grace", "Faith", "Dawn"]
OTHER_NAMES = ["Manpreet", "Chidera", "Hamse", "Kryspin", "Siobhán", "Oğuz", "Thu Trang", "Nasrin Miah",
               "Andreea Munteanu", "Kwame Asante", "Dovydas", "Precious"]
RELATIONS = ["sister", "Mother", "brother (deceased)", "Victim's daughter", "half-sister", "friend of the victim",
             "son", "Cousin"]


@pytest.fixture(scope="module")
def redactor():
    return Redactor(parse_rules({"version": 1, "review": "table names",
                                 "people": [{"name": "Olive Okonkwo-Baptiste", "pseudonym": "Zenobia"}],
                                 "dates": {"date_of_death": "2022-03-21"}}, "table names"))


def cells(*texts: str) -> list[Segment]:
    """One text per cell, as the docx adapter gives a table."""
    return [Segment(f"word/document.xml#p{i}", t) for i, t in enumerate(texts, 1)]


def people_found(redactor, segments: list[Segment]) -> dict[int, set[str]]:
    found: dict[int, set[str]] = {}
    for f in redactor.detector.detect(segments):
        if f.entity_type == PERSON:
            found.setdefault(f.segment, set()).add(f.text)
    return found


@pytest.mark.parametrize("name, relation", [(name, RELATIONS[i % len(RELATIONS)])
                                            for i, name in enumerate(WORD_NAMES + OTHER_NAMES)])
def test_a_name_cell_before_a_relation_cell_is_a_person(redactor, name, relation):
    segments = cells("The family", "Name", "Relationship to the victim", "Olive Okonkwo-Baptiste", "victim",
                     name, relation, "The panel met the family twice.")
    found = people_found(redactor, segments)
    assert name in found.get(5, set()), found
    assert not found.get(1) and not found.get(2) and not found.get(6), found  # headers and the relation stay


@pytest.mark.parametrize("name", WORD_NAMES)
def test_its_other_bare_cells_and_uses_follow(redactor, name):
    segments = cells("Name", "Relationship", name, "sister", f"{name.upper()}'S VOICE",
                     f"{name} chose not to take part in the review.", "Family member", "Contributed", name,
                     "Declined", "Fatima Begum", "Yes")
    found = people_found(redactor, segments)
    assert all(name.casefold() in {w.casefold() for w in found.get(i, set())} for i in (2, 5, 8)), found


@pytest.mark.parametrize("name", ["Rose", "May", "Amber", "Summer"])
def test_a_bare_cell_of_a_word_the_document_uses_as_a_name_goes(redactor, name):
    # no family table: the sentence and the full name say it is a person
    segments = cells(f"Olive's sister {name} Begum-Hassan spoke to the panel.",
                     f"{name} said that she had been worried for months.",
                     "Family member", "Contributed", name, "Declined", "Fatima Begum", "Yes")
    assert name in people_found(redactor, segments).get(4, set())


@pytest.mark.parametrize("name", ["Amber", "Rose"])
def test_a_bare_colour_among_rating_cells_stays(redactor, name):
    segments = cells(f"{name} said that she had been worried for months.", f"{name} Begum-Hassan was interviewed.",
                     "Recommendation", "Status", "Routine enquiry at every contact", "Green",
                     "Share learning from the case", name, "Training for reception staff", "Red")
    found = people_found(redactor, segments)
    assert 0 in found
    assert not {5, 7, 9} & set(found), found


def test_a_bare_month_in_a_column_of_months_stays(redactor):
    segments = cells("May said that she had been worried for months.", "May Begum-Hassan was interviewed.",
                     "Month", "Contacts", "April", "3", "May", "5", "June", "2")
    found = people_found(redactor, segments)
    assert 0 in found and 6 not in found, found


@pytest.mark.parametrize("first", ["Child", "Unknown", "Name", "Relationship", "Sister", "Mr", "Agency"])
def test_table_headers_and_placeholders_are_no_names(redactor, first):
    segments = cells(first, "sister", "Olive Okonkwo-Baptiste", "victim")
    assert 0 not in people_found(redactor, segments)


@pytest.mark.parametrize("word", ["Will", "May"])
@pytest.mark.parametrize("introducer", ["{full}, known to friends as {word}, worked as a driver.",
                                        "{full} went by {word} at work."])
def test_a_nickname_that_is_a_function_word_is_the_name(redactor, word, introducer):
    text = (introducer.format(full="Paul Marsh", word=word) + f" {word}'s employer was not approached. "
            f"{word.upper()}'S VOICE\n{word} chose not to take part in the review.\n"
            f"{word} agencies be able to share information sooner? The panel will meet in May 2023.")
    out = redactor.redact_text(text)
    kept = f"{word} agencies be able to share information sooner? The panel will meet in May 2023."
    assert out.endswith(kept), out
    assert not re.search(rf"\b{word}\b", out[:-len(kept)], re.IGNORECASE), out


@pytest.mark.parametrize("full, forms", [
    ("Lê William", ["LÊ William (LE)", "Le William", "Mr Lê"]),
    ("Vũ Thị Hoa", ["VŨ Thị Hoa (VU)", "Mrs Vu"]),
    ("Wu Jian", ["WU Jian", "Mr Wu"]),
    ("Li Na", ["LI Na", "Ms Li"]),
])
def test_a_two_letter_surname_is_found_in_every_form(redactor, full, forms):
    text = (f"Olive's partner, {full}, was convicted of murder. " + " ".join(
        f"The crime report names {form} as the suspect." for form in forms))
    out = redactor.redact_text(text)
    surname = full.split()[0]
    left = [w for w in re.findall(r"[^\W\d_]+", out) if w.casefold() in {surname.casefold(), "le", "vu"}]
    assert not left, out


def test_two_letter_particles_and_function_words_are_not_looked_for(redactor):
    kept = "De facto the case was closed. Do agencies share enough? Jr doctors were asked."
    text = f"Olive's friend Maria De Souza and her neighbour Đỗ Anh Tuấn spoke to the panel. {kept}"
    out = redactor.redact_text(text)
    assert out.endswith(kept), out
    assert "Souza" not in out and "Tuấn" not in out, out


@pytest.mark.parametrize("name", ["Amber", "Rose"])
def test_a_relatives_colour_name_leaves_the_rating_colours(redactor, name):
    text = (f"The panel offers its condolences to Olive's sister {name} Miah.\n"
            f"Agencies used the Red, Amber, Green rating for every referral; the May 2019 referral was rated Amber.")
    out = redactor.redact_text(text)
    assert out.endswith("Agencies used the Red, Amber, Green rating for every referral; "
                        "the May 2019 referral was rated Amber."), out
    assert f"{name} Miah" not in out


def test_a_family_table_in_a_docx_file(redactor, tmp_path: Path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Olive Okonkwo-Baptiste died in March 2022. Rose chose not to take part.")
    rows = [("Name", "Relationship to the victim"), ("Rose", "sister"), ("Will", "brother"), ("Hamse", "cousin")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.add_paragraph("Over that year the risk rose. The panel will meet again.")
    source, out = tmp_path / "draft.docx", tmp_path / "out.docx"
    document.save(source)
    redactor.redact_file(source, out)
    result = docx.Document(out)
    cells_out = [c.text for row in result.tables[0].rows for c in row.cells]
    assert cells_out[:2] == ["Name", "Relationship to the victim"]
    assert not {"Rose", "Will", "Hamse"} & set(cells_out), cells_out
    assert cells_out[3::2] == ["sister", "brother", "cousin"], cells_out
    assert result.paragraphs[-1].text == "Over that year the risk rose. The panel will meet again."


@pytest.mark.parametrize("listed", [False, True])
def test_a_rating_status_stays_when_a_relative_is_named_after_the_colour(listed):
    people = [{"name": "Olive Okonkwo-Baptiste", "pseudonym": "Zenobia"}]
    if listed:
        people.append({"name": "Amber Miah", "pseudonym": "Nell"})
    redactor = Redactor(parse_rules({"version": 1, "review": "rag", "people": people}, "rag"))
    statuses = "Routine enquiry\tPolice\tAmber – in progress\nShare learning\tHousing\tGreen - complete"
    text = f"Olive's sister Amber Miah spoke to the panel. Amber said she was worried.\n{statuses}"
    out = redactor.redact_text(text)
    assert out.endswith(statuses), out
    assert "Amber Miah" not in out and "Amber said" not in out, out
