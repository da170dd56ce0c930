"""Names in the places a chronology quotes letters and e-mails from, and names written in ways the model misreads.

Found by a probe of quoted correspondence: "Kind regards,\\nAmina" left "Amina" (a name alone on its line); "'Big
Dave'" became "'Person 11 Dave'" (only the first word of a two-word nickname); "J-P. Dubois" stayed (the model
called it an organisation); "Detective Inspector<TAB>Eastshire Police" became "Detective Inspector Person 1<TAB>..."
(a rank took the next cell's word for its name); "Support Worker\\nSedgemere Homes" lost its line break.
"""
from __future__ import annotations

import re

import pytest

from conftest import quiet_redactor, VICTIM_ONLY


SIGN_OFFS = ["Kind regards,", "Many thanks", "Best wishes", "Regards", "Thanks,", "Yours sincerely,", "With thanks,",
             "Warm regards"]
NAMES = ["Amina", "Oluwaseun Adebayo", "Siobhan", "Tomasz Wiśniewski", "Hamse Warfaa", "Gurpreet", "Nguyen Thi Mai",
         "Chidera"]
ROLES = ["Support Worker", "Housing Officer", "Duty Social Worker", "IDVA"]


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(VICTIM_ONLY)


@pytest.mark.parametrize("index", range(len(NAMES)))
def test_the_name_under_a_sign_off_is_replaced_and_the_role_under_it_stays(redactor, index):
    name, role = NAMES[index], ROLES[index % len(ROLES)]
    text = f"{SIGN_OFFS[index]}\n{'' if index % 2 else chr(10)}{name}\n{role}"
    out = redactor.redact_text(text)
    for word in name.split():
        assert word not in out, out
    assert out.endswith(f"\n{role}") and out.count("\n") == text.count("\n"), out


def test_a_sign_off_above_a_team_or_role_is_no_name(redactor):
    for text in ("Regards,\nThe Duty Team", "Many thanks\nSupport Worker", "Kind regards,\nMARAC Coordinator"):
        assert redactor.redact_text(text) == text


@pytest.mark.parametrize("nickname", ["Big Dave", "Little Mo", "Mad Jack", "Baby Face"])
def test_a_quoted_nickname_of_two_words_is_one_name(redactor, nickname):
    out = redactor.redact_text(f"The perpetrator's nickname was '{nickname}'.")
    assert re.fullmatch(r"The perpetrator's nickname was 'Person \d+'\.", out), out


@pytest.mark.parametrize("name", ["J-P. Dubois", "A.K. Mensah", "M.-L. Nowak", "J.P. Okafor"])
def test_initials_and_a_surname_are_a_person(redactor, name):
    out = redactor.redact_text(f"Interviewed: B. Kowalski, {name}, M. A. Khan")
    assert name.split()[-1] not in out, out


@pytest.mark.parametrize("text", ["Detective Inspector\tEastshire Police", "DS\tEastshire Police",
                                  "Police Constable\nEastshire Police", "Best wishes\nSupport Worker\nSedgemere Homes"])
def test_a_title_or_an_organisation_never_takes_a_word_from_the_next_line_or_cell(redactor, text):
    out = redactor.redact_text(text)
    assert out.count("\n") == text.count("\n") and out.count("\t") == text.count("\t"), out
    assert "Person" not in out and "Eastshire" not in out and "Sedgemere" not in out, out


@pytest.mark.parametrize("index", range(len(NAMES)))
def test_the_name_above_a_signature_role_line_is_replaced_and_the_role_stays(redactor, index):
    name = NAMES[index]
    role = ["Housing Officer, Sedgemere Homes", "Senior Support Worker", "Nurse Practitioner",
            "Domestic Abuse Advocate", "Team Manager, Children's Services"][index % 5]
    out = redactor.redact_text(f"{name}\n{role}")
    for word in name.split():
        assert word not in out, out
    assert out.split("\n")[1].startswith(role.split(",")[0]), out


@pytest.mark.parametrize("text", ["Sedgemere Homes\nHousing Officer", "Eastshire Police\nDetective Inspector",
                                  "Panel members\nIDVA Service Manager", "The Chair\nIndependent Reviewer"])
def test_an_organisation_or_heading_above_a_role_line_is_no_person(redactor, text):
    out = redactor.redact_text(text)
    assert "Person" not in out and out.count("\n") == 1, out
