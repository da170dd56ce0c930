"""A listed surname that is a noun, written with the number that labels it: "admitted to Ward 7", "Page 12 of the
report", "Hall 3 was booked", "Level 2", "Bay 4" when a Karen Ward, Dean Page or Steven Hall is listed.

Found by a probe of hospital and report wording: each became the person's pseudonym ("admitted to Adult A 7").
A person's own number is an age or a year after a comma or in brackets ("Ms Ward, 43"), never a bare label.
"""
from __future__ import annotations

import pytest

from conftest import quiet_redactor

SURNAMES = ["Ward", "Hall", "Page", "Lane", "Bell", "Bay", "Level", "Grade", "Block", "Court", "Field", "Green"]
SENTENCES = ["She was taken to {s} {n} that night.", "{s} {n} was where the meeting took place.",
             "The note on {s} {n}B says nothing more.", "Staff from {s} {n} called the police."]
CASES = [(surname, (i * 7) % 40 + 1, SENTENCES[i % len(SENTENCES)]) for i, surname in enumerate(SURNAMES)]


def _rules(surname: str) -> dict:
    return {"people": [{"name": f"Karen {surname}", "pseudonym": "Adult A"}],
            "dates": {"date_of_death": "2023-06-14"}}


@pytest.mark.parametrize("surname, number, template", CASES)
def test_a_numbered_noun_stays(surname, number, template):
    text = template.format(s=surname, n=number)
    assert quiet_redactor(_rules(surname)).redact_text(text) == text


@pytest.mark.parametrize("surname", SURNAMES)
def test_the_person_is_still_the_person(surname):
    redactor = quiet_redactor(_rules(surname))
    for text, expected in [(f"Ms {surname}, 43, told the GP.", "Adult A, 43, told the GP."),
                           (f"Karen {surname} 2 days later said no.", "Adult A 2 days later said no."),
                           (f"Mrs {surname} 3 times called.", "Adult A 3 times called.")]:
        assert redactor.redact_text(text) == expected, text
