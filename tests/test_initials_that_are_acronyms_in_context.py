"""A listed person's initials that a report also writes as an acronym ("OD" for Oluwaseun Diallo, an overdose;
"HM" for Hamza Malik, His Majesty's), where a verb only a person does follows them: "OD had followed her", "HM
told the panel", "OD was arrested".

Found by the third draft generator: such initials were never looked for, and stayed with `verify` silent (about
one listed person in seven has initials in the acronym list). The acronym itself stays: "an OD in March", "the OD
was treated", "HM Prison"; and a role's acronym is never somebody's initials ("GP said she was fine").
"""
from __future__ import annotations

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

PEOPLE = [("Oluwaseun Diallo", "OD"), ("Hamza Malik", "HM"), ("Olena Kravets", "OK"), ("Amina Mohamed", "AM"),
          ("Bilal Patel", "BP"), ("Ciaran Twomey", "CT"), ("Ebru Demir", "ED"), ("Lamin Ahmed", "LA"),
          ("Nadia Bello", "NB"), ("Tomasz Vacek", "TV")]
SENTENCES = ["Her son recalled that {i} had followed her to work.", "{i} said he would kill her.",
             "Vera told the panel that {i} had smashed her phone.", "{i} was arrested on suspicion of assault.",
             "On 12 May {i} rang the police twice."]
CASES = [(name, letters, sentence) for name, letters in PEOPLE for sentence in SENTENCES]


def _rules(name: str) -> dict:
    return {"people": [{"name": name, "pseudonym": "Ruth"}], "dates": {"date_of_death": "2023-06-14"}}


@pytest.mark.parametrize("name, letters, sentence", CASES)
def test_initials_used_as_a_person_are_replaced(name, letters, sentence):
    text = sentence.format(i=letters)
    assert not verify_bytes(text.encode(), "txt", _rules(name)).ok, text
    out = quiet_redactor(_rules(name)).redact_text(text)
    assert letters not in out.split() and "Ruth" in out, out
    assert verify_bytes(out.encode(), "txt", _rules(name)).ok, out


@pytest.mark.parametrize("name, text", [
    ("Oluwaseun Diallo", "She was admitted after an OD in March."),
    ("Oluwaseun Diallo", "The OD was treated at A&E."),
    ("Oluwaseun Diallo", "A suspected OD was reported by the ambulance crew."),
    ("Hamza Malik", "She was remanded at HM Prison Bronzefield."),
    ("Hamza Malik", "HM Coroner opened an inquest."),
    ("Bilal Patel", "Her BP was recorded as high."),
    ("Grace Patel", "GP said she was fine."),
    ("Olena Kravets", "She said it was OK to call."),
    ("Ebru Demir", "She attended ED twice that week."),
])
def test_the_acronym_stays(name, text):
    assert verify_bytes(text.encode(), "txt", _rules(name)).ok, text
    assert "Ruth" not in quiet_redactor(_rules(name)).redact_text(text)


FAMILY = {"people": [{"name": "Oluwaseun Diallo", "pseudonym": "Sam"}, {"name": "Vera Diallo", "pseudonym": "Ann"},
                     {"name": "Nuno Ibrahim", "pseudonym": "Omar"}, {"name": "Hannah Ibrahim", "pseudonym": "Jo"}],
          "dates": {"date_of_death": "2023-06-14"}}


@pytest.mark.parametrize("text, letters", [
    ("The review covers any contact with OD and Vera.", "OD"),
    ("NI, Hannah's sister, recalled the night.", "NI"),
    ("OD, her partner, was known to the police.", "OD"),
    ("Letters to NI or Hannah went unanswered.", "NI"),
])
def test_initials_beside_a_listed_name_or_a_family_part_are_replaced(text, letters):
    assert not verify_bytes(text.encode(), "txt", FAMILY).ok, text
    out = quiet_redactor(FAMILY).redact_text(text)
    assert letters not in out.split() and not any(letters + c in out for c in ",."), out


@pytest.mark.parametrize("text", ["The OD and A&E visit were recorded.", "NI and England data were used.",
                                  "She had an OD and was admitted.", "After the OD, her partner called 999."])
def test_the_acronym_beside_other_words_stays(text):
    assert verify_bytes(text.encode(), "txt", FAMILY).ok, text
    out = quiet_redactor(FAMILY).redact_text(text)
    assert "Sam" not in out and "Omar" not in out, out
