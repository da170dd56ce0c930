"""A listed given name that is also an English word ("Precious", "Hope", "Grace") written before a surname that is
nobody's on the list ("Precious Kingsley recorded a call") is somebody else's full name: the listed word must not
survive, and the name goes whole as an unlisted person. Before, "Kingsley" (frequent enough in English text) made
"Precious Kingsley" a capitalised phrase like "Hope Street", the listed word was judged the adjective, and the
victim's given name stayed in the output with `verify` saying clean."""
from __future__ import annotations

import re

import pytest

from redact import Redactor
from redact.api import verify_bytes

def verify_text(text: str, rules: dict):
    return verify_bytes(text.encode("utf-8"), "txt", rules)


GIVEN = ["Precious", "Hope", "Grace", "Joy", "Summer", "Blessing", "Comfort", "Faith"]
SURNAMES = ["Kingsley", "Holloway", "Okafor", "Chaudhry", "Kowalczyk", "Nwosu", "Fairbairn", "Lindqvist"]
FRAMES = ["{name} recorded a call from the family.",
          "2021-03-04\tWealdshire Police\t{name} recorded a call from a neighbour.",
          "The nurse, {name}, recorded a call.",
          "A letter from {name} was sent to the GP."]


def _rules(given: str) -> dict:
    return {"version": 1, "people": [{"name": f"{given} McKenzie", "pseudonym": "Ben"}],
            "dates": {"date_of_death": "2020-09-10"}}


CASES = [(g, s, f) for i, g in enumerate(GIVEN) for j, (s, f) in enumerate(
    zip(SURNAMES[i % 3::3] * 2, FRAMES))]


@pytest.mark.parametrize("given, surname, frame", CASES)
def test_the_listed_word_goes_and_the_other_person_is_not_the_victim(given, surname, frame):
    rules = _rules(given)
    out = Redactor(rules).redact_text(frame.format(name=f"{given} {surname}"))
    assert given not in out, out
    assert "Ben" not in out, out          # somebody else: never the victim's pseudonym
    assert surname not in out, out
    assert re.search(r"(Person|Officer|Nurse|Health Visitor|GP) \d", out), out
    assert verify_text(out, rules).ok


@pytest.mark.parametrize("given", GIVEN)
def test_verify_reports_the_listed_word_before_a_surname(given):
    verdict = verify_text(f"{given} Kingsley recorded a call from the family.", _rules(given))
    assert not verdict.ok


@pytest.mark.parametrize("phrase", ["Hope Street", "Grace Church", "Joy Division", "Summer Fair"])
def test_a_capitalised_phrase_of_ordinary_words_is_not_the_listed_person(phrase):
    given = phrase.split()[0]
    text = f"The family often went to {phrase} together."
    out = Redactor(_rules(given)).redact_text(text)
    assert "Ben" not in out, out      # a street or a church may go as a place, but never as the victim
    if phrase in ("Joy Division", "Summer Fair"):
        assert out == text
