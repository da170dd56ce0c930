"""A pasted record's name fields (``record_name_fields_gen``): the value after a person's-name label is a name,
in capitals or not, up to the line's end, a column's gap or the next field's label, and the labels and the other
fields' values stay ("Surname: MENSAH" was left, "First Name: Ewa  Last Name: Sandhu" lost "Last")."""
from __future__ import annotations

import pytest

import record_name_fields_gen as gen
from quietly import redact_text

CASES = [case for seed in range(0, 8) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_generated_records(case):
    assert gen.outcome(case, gen.redact(case)) is None, (case["record"], gen.redact(case))


@pytest.mark.parametrize("record, gone", [
    ("Surname: MENSAH (nee OWUSU)", ["MENSAH", "OWUSU"]),
    ("Surname: MENSAH, Forename: AMA, DOB: 01/02/1985", ["MENSAH", "AMA"]),
    ("| Victim Name | DA SILVA, FARIDA |", ["SILVA", "FARIDA"]),
    ("Name of the deceased: AMA MENSAH", ["AMA", "MENSAH"]),
    ("Given Name: IOANA\nFamily Name: ABUBAKAR", ["IOANA", "ABUBAKAR"]),
    ("SURNAME\tO'NEILL-BYRNE\nFORENAME\tJEAN-LUC", ["NEILL", "JEAN"]),
])
def test_names_in_fields_go_and_labels_stay(record, gone):
    out = redact_text(record, {"people": [gen.make_case(0, 3)["rules"]["people"][1]]})
    for word in gone:
        assert word not in out, (record, out)
    for label in ("Surname", "Forename", "Victim Name", "Name of the deceased", "Given Name", "Family Name",
                  "SURNAME", "FORENAME"):
        assert (label in record) == (label in out), (record, out, label)


@pytest.mark.parametrize("record", [
    "Sex: F  Nationality: BRITISH  Occupation: NURSE", "Team Name: Early Help Hub; Risk: Medium",
    "Name: Operation Kestrel", "Surname: Unknown  Forename: Unknown", "Name: N/A",
    "Occupation: Self Employed | Marker: Vulnerable Adult | Religion: Not Stated",
    "Gender: Female\tRelationship to victim: Neighbour", "Interpreter: Yes; Language: Tigrinya",
])
def test_other_fields_and_empty_ones_stay(record):
    assert redact_text(record, {"people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}]}) == record


@pytest.mark.parametrize("text", ["The Nowak family moved in 2019.", "the Nowak\nfamily moved in 2019."])
def test_a_family_is_still_a_family(text):
    # a record's "Family Name:" after a value is no family; the family of a sentence, across a line's break, is
    assert "Family 1" in redact_text(text, {"people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}]})
