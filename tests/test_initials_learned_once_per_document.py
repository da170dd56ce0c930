"""A listed person's initials that are also an acronym ("NA", "OD", "HM", "BP") or a role's ("PS", "PM", "MW",
"GP") are learned once per document: where the document defines them ("Nadia Ahmed (NA)", "(hereafter OD)", "HM
(the victim)", a row of initials and names) or, for an acronym, uses them once in a person's place ("NA did not
attend"), every other use in the document is that person ("sent by NA", "rang NA twice", "PM attended the surgery")
but where the sentence makes them the thing ("an OD", "HM Prison", "BP 140/90", "the GP", "Outcome | NA").
apply and verify learn alike from the whole document; verify after apply carries what the input taught."""
from __future__ import annotations

import re
import warnings

import pytest

from redact.api import verify_bytes
from redact.initials import ListedInitials
from redact.pipeline import Redactor
from redact.rules import as_rules as load_rules
from redact.verify import LeakFinder, verify_texts

OTHER = {"name": "Vera Kowalczyk", "pseudonym": "Ann"}


def _rules(name: str) -> dict:
    return {"people": [{"name": name, "pseudonym": "Ruth"}, OTHER], "dates": {"date_of_death": "2023-06-14"}}


_redactors: dict[str, Redactor] = {}


def _redactor(name: str) -> Redactor:
    if name not in _redactors:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _redactors[name] = Redactor(_rules(name))
    return _redactors[name]


def _uses(letters: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w&/]){re.escape(letters)}(?![\w&/])", text))


def _flagged(name: str, text: str) -> int:
    """How many leaks verify reports in ``text`` read as a whole output of one text."""
    return len(verify_texts(load_rules(_rules(name)), [("body", text)]).leaks)


# (name, letters, the paragraph that makes them the person, paragraphs of uses no sentence alone makes a person)
DEFINED = [
    ("Nadia Ahmed", "NA", "This review concerns the death of Nadia Ahmed (NA) in June 2023.",
     "A text message was sent by NA on the night.\n\nThe safeguarding lead rang NA twice.\n\n"
     "NA declined the offer of support. The school phoned NA about the children's absence."),
    ("Nkechi Adeyemi", "NA", "Nkechi Adeyemi ('NA') was 34 when she died.",
     "NA was assessed by the mental health team in May.\n\nMessages from NA were not answered."),
    ("Orla Dunne", "OD", "Her sister (hereafter OD) gave a statement to the panel.",
     "The panel met OD in March.\n\nOD was assessed by the GP twice."),
    ("Hamza Malik", "HM", "HM (the perpetrator) was arrested at the address.",
     "The probation officer rang HM twice.\n\nHM was assessed by the liaison and diversion team."),
    ("Ebru Demir", "ED", "The victim is referred to in this report as “ED”.",
     "ED declined the offer of support.\n\nThe IDVA phoned ED about the hearing."),
    ("Bozena Pawlak", "BP", "Initials | Name\nBP | Bozena Pawlak\nVK | Vera Kowalczyk",
     "The housing officer rang BP twice.\n\nBP was assessed by the IDVA."),
    ("Oluwaseun Diallo", "OD", "OD, the victim, lived in Kelsby with her two children.",
     "The school phoned OD about the children.\n\nOD was assessed by the health visitor."),
    # a sentence that makes them somebody once is enough for an acronym (not for a role's letters, below)
    ("Naveed Akhtar", "NA", "NA did not attend the appointment on 3 May.",
     "The GP rang NA twice.\n\nA letter was sent by NA to the council."),
    ("Hetal Mistry", "HM", "HM's children were placed with their grandmother.",
     "HM declined the offer of support.\n\nThe IDVA phoned HM about the hearing."),
]


@pytest.mark.parametrize("name, letters, definition, uses", DEFINED)
def test_every_use_in_a_document_that_defines_the_letters_is_replaced(name, letters, definition, uses):
    document = f"{definition}\n\n{uses}"
    out = _redactor(name).redact_text(document)
    assert _uses(letters, out) == 0, out
    assert verify_bytes(out.encode(), "txt", _rules(name)).ok


@pytest.mark.parametrize("name, letters, definition, uses", DEFINED)
def test_verify_reports_every_use_where_the_document_defines_the_letters(name, letters, definition, uses):
    """verify on an output that still holds the definition and the uses reports the uses too."""
    finder = LeakFinder(load_rules(_rules(name)))
    verdict = verify_texts(finder.rules, [("p1", definition), *[(f"p{i + 2}", paragraph) for i, paragraph in
                                                                enumerate(uses.split("\n\n"))]], finder=finder)
    flagged_in_uses = [leak for leak in verdict.leaks if leak.location != "p1"]
    assert len(flagged_in_uses) >= _uses(letters, uses), verdict.leaks


@pytest.mark.parametrize("name, letters, definition, uses", DEFINED[:4])
def test_without_the_definition_the_uses_stay_as_they_are(name, letters, definition, uses):
    """The same paragraphs in a document that never makes the letters somebody: nothing to learn."""
    out = _redactor(name).redact_text(uses)
    assert _uses(letters, out) == _uses(letters, uses), out


# role letters: somebody's only by a definition or a family part beside them
ROLES = [
    ("Priya Sharma", "PS", "Her partner, PS, who was convicted of her murder, had a history of violence.",
     "PS attended the surgery on 3 May.\n\nThe police rang PS twice."),
    ("Piotr Morawski", "PM", "Piotr Morawski (PM) was her partner.",
     "PM attended the surgery.\n\nPM declined the offer of support."),
    ("Mei Wong", "MW", "MW (her mother) raised concerns with the school.",
     "MW attended the surgery with her.\n\nThe school rang MW twice."),
    ("Sara Whitfield", "SW", "Name | Initials\nSara Whitfield | SW",
     "SW attended the surgery on 3 May.\n\nSW was interviewed by the police."),
]


@pytest.mark.parametrize("name, letters, definition, uses", ROLES)
def test_a_roles_letters_defined_as_somebody_are_that_person_throughout(name, letters, definition, uses):
    out = _redactor(name).redact_text(f"{definition}\n\n{uses}")
    assert _uses(letters, out) == 0, out
    assert verify_bytes(out.encode(), "txt", _rules(name)).ok


@pytest.mark.parametrize("name, letters, definition, uses", ROLES)
def test_a_roles_letters_in_a_persons_place_alone_stay_the_role(name, letters, definition, uses):
    """"GP said", "PM attended the surgery": a person's place is not enough for a role's letters."""
    out = _redactor(name).redact_text(uses)
    assert out == uses


@pytest.mark.parametrize("text", [
    "The GP said she was low in mood.\n\nThe GP referred her to the IAPT service.\n\nGP records were reviewed.",
    "GP said that the referral had been made.\n\nShe saw the GP twice in May.",
])
def test_gp_stays_the_doctor_when_a_listed_persons_initials_are_gp(text):
    assert _redactor("Grace Palmer").redact_text(text) == text


# where the document made the letters somebody, the sentences that make them the thing keep them
THINGS = [
    ("Orla Dunne", "OD", "Orla Dunne (OD) died in June 2023.",
     ["She was admitted after an OD in March.", "The ambulance attended for a suspected OD."]),
    ("Hamza Malik", "HM", "HM (the perpetrator) was arrested.",
     ["HM Prison and Probation Service supervised him.", "HM Coroner opened an inquest.",
      "HM Courts and Tribunals Service listed the hearing."]),
    ("Bozena Pawlak", "BP", "Bozena Pawlak (BP) died at home.",
     ["Her BP was 140/90.", "BP 150/95, pulse 88.", "Her sister's BP was taken twice."]),
    ("Ebru Demir", "ED", "Ebru Demir (ED) was 29.",
     ["She was taken to the ED by ambulance.", "ED staff did not ask about abuse."]),
    ("Nadia Ahmed", "NA", "Nadia Ahmed (NA) was 34.",
     ["Response: NA (not applicable).", "He attended NA meetings weekly.", "Outcome | NA",
      "Previous convictions | NA"]),
    ("Grace Palmer", "GP", "Grace Palmer (GP) was her neighbour.",
     ["She saw the GP twice in May.", "A GP referred her to the IAPT service."]),
    ("Piotr Morawski", "PM", "Piotr Morawski (PM) was her partner.",
     ["The call was made at 9 PM.", "She met a PM from the housing association."]),
]


@pytest.mark.parametrize("name, letters, definition, keep", THINGS)
def test_the_thing_stays_in_a_document_that_defines_the_letters(name, letters, definition, keep):
    document = definition + "\n\n" + "\n\n".join(keep)
    out = _redactor(name).redact_text(document)
    kept = out.split("\n\n", 1)[1]
    assert kept == "\n\n".join(keep)


@pytest.mark.parametrize("name, letters, definition, keep", THINGS)
def test_verify_is_quiet_on_the_thing_in_a_document_that_defines_the_letters(name, letters, definition, keep):
    finder = LeakFinder(load_rules(_rules(name)))
    verdict = verify_texts(finder.rules, [("p1", definition), *[(f"p{i + 2}", text) for i, text in enumerate(keep)]],
                           finder=finder)
    assert [leak for leak in verdict.leaks if leak.location != "p1"] == []


# must-keep documents: the letters are the thing throughout, the person is listed but never called by them
@pytest.mark.parametrize("name, document", [
    ("Orla Dunne", "Orla Dunne died in June 2023.\n\nShe had taken an OD in 2019.\n\nOD was the likely cause of "
                   "her admission.\n\nThe GP recorded the OD."),
    ("Hamza Malik", "Hamza Malik was her partner.\n\nHM Prison and Probation Service supervised him.\n\nHM "
                    "Coroner opened an inquest.\n\nPolice told HM Coroner on 3 May."),
    ("Nadia Ahmed", "Nadia Ahmed was 34.\n\nPrevious convictions | NA\nOutcome | NA\n\nNA was recorded where no "
                    "answer was given. He attended NA meetings."),
    ("Priya Sharma", "Priya Sharma was her sister.\n\nThe PS on duty logged the call.\n\n"
                     "PS said the call was logged. The police rang the PS twice."),
    ("Ebru Demir", "Ebru Demir was 29.\n\nShe attended ED twice that week.\n\nED staff did not ask about abuse. "
                   "ED was contacted by the GP."),
])
def test_a_document_where_the_letters_are_the_thing_throughout_keeps_them(name, document):
    out = _redactor(name).redact_text(document)
    body = lambda text: text.split("\n\n", 1)[1]    # noqa: E731 - the first paragraph names the person
    assert body(out) == body(document)
    assert _flagged(name, body(document)) == 0


@pytest.mark.parametrize("name, document", [
    ("Ebru Demir", "Ebru Demir was 29.\n\nShe was taken to the Emergency Department (hereafter ED) by ambulance."
                   "\n\nED discharged her the same night. ED did not refer her to the IDVA."),
    ("Orla Dunne", "Orla Dunne was 41.\n\nShe was treated for an overdose (hereafter referred to as OD).\n\n"
                   "OD was the likely cause of her admission."),
])
def test_an_acronym_the_document_defines_as_a_thing_is_not_learned_as_the_person(name, document):
    out = _redactor(name).redact_text(document)
    assert out.split("\n\n", 1)[1] == document.split("\n\n", 1)[1]


def test_a_chronology_row_whose_event_opens_with_the_name_defines_nothing():
    """"02/10/2015 | GP | Grace Palmer was discussed at MARAC": the GP is the agency, the name opens the event."""
    document = ("Date | Agency | Event\n02/10/2015 | GP | Grace Palmer was discussed at MARAC.\n"
                "06/11/2015 | GP | Grace Palmer did not attend.\n\nThe GP said she was low in mood.")
    out = _redactor("Grace Palmer").redact_text(document)
    assert out.count("| GP |") == 2 and "The GP said" in out


def test_not_applicable_in_a_field_stays_while_the_person_is_called_na_elsewhere():
    """The hard case: "NA" as not applicable in a field whose label is no person's, and "NA" for Nadia Ahmed
    in the prose and in a column of people: the label decides."""
    document = ("Nadia Ahmed (NA) died in June 2023.\n\n"
                "Previous convictions | NA\nOutcome: NA\n\n"
                "Date | Agency | Contact with\n12/03/2020 | Police | NA\n\n"
                "The school rang NA twice.")
    out = _redactor("Nadia Ahmed").redact_text(document)
    assert "Previous convictions | NA\nOutcome: NA" in out
    assert "12/03/2020 | Police | Ruth" in out
    assert "The school rang Ruth twice." in out


def test_a_row_of_initials_and_names_in_cells_of_their_own_defines_them():
    """A .docx reads each cell as a text: "NA" in one, "Nadia Ahmed" in the next."""
    initials = ListedInitials(load_rules(_rules("Nadia Ahmed")))
    assert initials.learn_document(["Initials", "Name", "NA", "Nadia Ahmed", "VK", "Vera Kowalczyk"])
    assert [m.letters for m in initials.find("A letter was sent by NA.")] == ["NA"]
    initials.learn_document(["Previous convictions", "NA"])
    assert initials.find("A letter was sent by NA.") == []


def test_verify_after_apply_carries_what_the_input_taught():
    """The output no longer defines the letters: the check after apply counts them as the input did, a check of
    the output alone learns from the output only."""
    rules = load_rules(_rules("Nadia Ahmed"))
    output = [("p1", "Ruth (Ruth) died in June 2023."), ("p2", "A letter was sent by NA on the night.")]
    carried = LeakFinder(rules)
    carried.carry_initials({"NA"})
    assert [leak.location for leak in verify_texts(rules, output, finder=carried).leaks] == ["p2"]
    assert verify_texts(rules, output).leaks == []


def test_the_next_document_learns_afresh():
    redactor = _redactor("Naveed Akhtar")
    first = redactor.redact_text("Naveed Akhtar (NA) was 40.\n\nA letter was sent by NA.")
    assert _uses("NA", first) == 0
    second = "A letter was sent by NA.\n\nPrevious convictions | NA"
    assert redactor.redact_text(second) == second


def test_a_docx_defines_the_letters_in_a_table_and_uses_them_in_the_body(tmp_path):
    """A .docx: the row of initials and names in cells of their own, the uses in paragraphs after; apply replaces
    every use, the check after apply (carrying what the draft taught) passes, and so does ``redact verify``."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from docx_factory import DocxBuilder, paragraph, run, table

    from redact.verify import texts_of, verify_file

    draft = DocxBuilder().append_body(
        paragraph(run("Key to initials")),
        table(["Initials", "Name", "Role"], ["NA", "Nadia Ahmed", "Victim"], ["VK", "Vera Kowalczyk", "Mother"]),
        paragraph(run("The safeguarding lead rang NA twice.")),
        paragraph(run("A text message was sent by NA on the night.")),
        paragraph(run("She had an OD in 2019; NA meetings were offered.")),
    ).build(tmp_path / "draft.docx")
    redactor = _redactor("Nadia Ahmed")
    report = redactor.redact_file(draft, tmp_path / "out.docx")
    assert report.verdict.ok
    text = "\n".join(item.text for item in texts_of(tmp_path / "out.docx")
                     if "document.xml" in item.location and item.raw_of is None)
    assert "rang Ruth twice" in text and "sent by Ruth on" in text and "NA meetings" in text
    assert _uses("NA", text) == 1
    assert verify_file(tmp_path / "out.docx", _rules("Nadia Ahmed")).ok
