"""A listed person's initials that a report also writes as an acronym ("NA" for Nadia Ahmed, not applicable; "HM"
for Hamza Malik, His Majesty's), in any place of a sentence that only a person takes: the subject of a passive a
person undergoes ("NA was seen by GP 1"), the object of what only a person is done or asked ("did not ask NA about
the bruising", "Carl hit OD"), an owner of a family ("NA's partner"), set beside a family part ("her partner, HM,
who") or beside a listed name or its pseudonym ("with Carl and HM", "Vera, NA and Kwame").

Found by ``benchmarks/third_eval.py`` (such initials left, ``verify`` silent) and measured with
``benchmarks/acronym_initials_eval.py``. The acronym stays wherever the sentence makes it the thing: a determiner
before it ("an OD", "her BP"), a name of a thing after it ("HM Prison", "HM Coroner"), a service's own doings
("ED was contacted by the GP", "asked ED for the notes").
"""
from __future__ import annotations

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

PEOPLE = [("Nadia Ahmed", "NA"), ("Hamza Malik", "HM"), ("Orla Dunne", "OD"), ("Bozena Pawlak", "BP"),
          ("Eilidh Donald", "ED"), ("Olumide Kuti", "OK"), ("Andrzej Mazur", "AM"), ("Nasra Ismail", "NI"),
          ("Chipo Tshuma", "CT"), ("Dorota Natalia Adamczyk", "DNA")]
SENTENCES = [
    "{i} was seen by PC Reid on 3 May.",
    "12/03/2020 | Police | {i} was referred to the IDVA service.",
    "{i} was interviewed under caution.",
    "{i} did not attend the appointment.",
    "{i} had been drinking heavily that evening.",
    "The GP did not ask {i} about the bruising.",
    "The officer told {i} that the referral had been closed.",
    "Officers spoke to {i} at the scene.",
    "Her ex-partner threatened {i} in the street.",
    "{i}'s partner called the police at 23:10.",
    "Her partner, {i}, was arrested at the address.",
    "The review covers any contact with Vera and {i}.",
    "Letters to Kwame, {i} and the children went unanswered.",
    "Statement of {i} to the chair, 4 March 2021.",
    "Vera moved in with {i} in 2019.",
]


def _rules(name: str) -> dict:
    return {"people": [{"name": name, "pseudonym": "Ruth"}, {"name": "Vera Kowalczyk", "pseudonym": "Jo"},
                       {"name": "Kwame Mensah", "pseudonym": "Carl"}],
            "dates": {"date_of_death": "2023-06-14"}}


@pytest.mark.parametrize("name, letters, sentence", [(n, i, s) for n, i in PEOPLE for s in SENTENCES])
def test_initials_in_a_persons_place_are_replaced_and_verify_sees_them(name, letters, sentence):
    text = sentence.format(i=letters)
    assert not verify_bytes(text.encode(), "txt", _rules(name)).ok, text
    out = quiet_redactor(_rules(name)).redact_text(text)
    assert letters not in out.replace("'", " ").replace(",", " ").split() and "Ruth" in out, out
    assert verify_bytes(out.encode(), "txt", _rules(name)).ok, out


@pytest.mark.parametrize("text", ["The review covers any contact with Carl and HM.", "Jo, HM and Carl were at home."])
def test_initials_beside_a_pseudonym_are_somebody_in_the_output_too(text):
    """verify reads the output, where the listed name beside the initials is a pseudonym already."""
    assert not verify_bytes(text.encode(), "txt", _rules("Hamza Malik")).ok, text


@pytest.mark.parametrize("name, text", [
    ("Orla Dunne", "She was admitted after an OD in March."),
    ("Orla Dunne", "OD risk was discussed at the meeting."),
    ("Orla Dunne", "A history of OD was recorded by the GP."),
    ("Hamza Malik", "She was remanded at HM Prison Bronzefield."),
    ("Hamza Malik", "Police told HM Coroner on 3 May."),
    ("Hamza Malik", "HM Courts and Tribunals Service listed the hearing."),
    ("Nadia Ahmed", "Previous convictions | NA"),
    ("Nadia Ahmed", "NA was recorded where no answer was given."),
    ("Nadia Ahmed", "He attended NA meetings weekly."),
    ("Bozena Pawlak", "Her BP was 140/90."),
    ("Bozena Pawlak", "BP was recorded as high at the surgery."),
    ("Eilidh Donald", "She attended ED twice that week."),
    ("Eilidh Donald", "ED was contacted by the GP."),
    ("Eilidh Donald", "The nurse asked ED for the notes."),
    ("Eilidh Donald", "The GP referred her to ED and the police."),
    ("Eilidh Donald", "She went to ED twice that week."),
    ("Eilidh Donald", "ED failed to ask about abuse."),
    ("Eilidh Donald", "The GP rang ED about her."),
    ("Bozena Pawlak", "BP appeared normal."),
    ("Olumide Kuti", "She told the officer it was OK to call."),
    ("Andrzej Mazur", "The call was made at 9 AM."),
    ("Nasra Ismail", "Her NI number was missing."),
    ("Chipo Tshuma", "A CT scan was arranged."),
    ("Dorota Natalia Adamczyk", "DNA was taken from the scene."),
])
def test_the_acronym_as_the_thing_stays(name, text):
    assert verify_bytes(text.encode(), "txt", _rules(name)).ok, text
    assert "Ruth" not in quiet_redactor(_rules(name)).redact_text(text)
