"""A name never runs across a line break or a table column, and a function word never becomes a given name.

Found on generated drafts: the model ran "DC Susan Quinn" into the "Sent:" line of a quoted e-mail (the line
break was replaced with the name), a kept council in a tab-separated table took the next column's first word
as a place-revealing organisation, and "The Boatengs" made "The" a name, replaced everywhere.
"""
from __future__ import annotations

import warnings

import pytest

from redact.pipeline import Redactor
from redact.rules import parse_rules

PEOPLE = [("Susan", "Quinn"), ("Manpreet", "Dhillon"), ("Kryspin", "Wiśniewski"), ("Hamse", "Warfaa"),
          ("Chidera", "Nnadozie"), ("Nguyen", "Thi Lan"), ("Siobhan", "O'Reilly"), ("Mehmet", "Yıldız")]
TITLES = ["DC", "PC", "Ms", "Dr", "Mr"]


@pytest.fixture(scope="module")
def redactor():
    rules = parse_rules({"people": [{"name": "Chiamaka Boateng", "pseudonym": "Efua"}],
                         "dates": {"date_of_death": "2024-11-21"},
                         "keep": ["Wealdshire County Council", "Wealdshire Police"]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield Redactor(rules)


@pytest.mark.parametrize("index", range(len(PEOPLE)))
def test_an_email_header_keeps_its_lines(redactor, index):
    first, last = PEOPLE[index]
    title = TITLES[index % len(TITLES)]
    text = f"From: {title} {first} {last}\nSent: Monday, March 4, 2024 09:12\nTo: Review Panel\nSubject: notes"
    out = redactor.redact_text(text)
    assert out.count("\n") == text.count("\n")
    lines = out.split("\n")
    assert lines[1].startswith("Sent: ") and lines[2] == "To: Review Panel" and lines[3] == "Subject: notes"
    assert first not in out and last not in out


@pytest.mark.parametrize("kept", ["Wealdshire County Council", "Wealdshire Police"])
@pytest.mark.parametrize("column", ["Police attended the home address.", "Housing contacted the family.",
                                    "Council records show no contact."])
def test_a_kept_body_in_a_table_column_does_not_take_the_next_column(redactor, kept, column):
    text = f"Agency\tContact\n{kept}\t{column}"
    assert redactor.redact_text(text) == text


@pytest.mark.parametrize("opener", ["The", "His", "Her", "When", "This"])
def test_a_function_word_before_a_name_is_no_given_name(redactor, opener):
    text = f"Background\n{opener} Boatengs had lived in the area for years.\nThe family moved in 2019."
    out = redactor.redact_text(text)
    assert "The family moved in 2019." in out
    line = out.split("\n")[1]
    # "The Boatengs" is a family, which the grammar words as one ("Efua's family"): the article is no given name
    assert line.startswith(f"{opener} ") or opener == "The" and line.endswith("family had lived in the area for years.")
    assert "Boateng" not in out and not line.startswith("Person")
