"""An organisation named after a place the review keeps stays whole; one named after any other place has its
place replaced. Before, a kept place trimmed the organisation's find to what followed it ("Police") while the
place's offsets still pointed before it, and "Eastshire Police" came out as "Eastshire Place 1e"."""
from __future__ import annotations

import itertools
import re

import pytest

from redact import Redactor

KEPT_PLACES = ["Eastshire", "Wealdshire", "North Marlbeck", "Ynys Dulas", "Stoke-on-Trent"]
LISTED = {"Hartsford": "Area A", "Kingsmere": "Area B"}
SUFFIXES = ["Police", "Constabulary", "Borough Council", "County Council", "General Hospital",
            "Healthcare NHS Foundation Trust", "Domestic Abuse Service", "Women's Aid", "Magistrates' Court",
            "Community Safety Partnership", "Medical Centre"]
FRAMES = ["{org}", "The report went to {org} in June.", "Trevor Adeyemi, Detective Inspector, {org}",
          "{org} attended; Shabnam Chowdhury was seen the next day.", "Officers from {org}, {org2} and the GP met.",
          "Nguyen Thi Lan | {org} | Safeguarding lead"]


def _rules(kept: list[str]) -> dict:
    return {"version": 1, "review": "test",
            "people": [{"name": "Joanne Pryor", "pseudonym": "Anna"}],
            "places": [{"name": name, "pseudonym": pseudonym} for name, pseudonym in LISTED.items()],
            "dates": {"date_of_death": "2023-03-14"}, "keep": kept}


@pytest.fixture(scope="module")
def redactor():
    return Redactor(_rules(KEPT_PLACES))


CASES = [(frame, place, suffix, suffix2)
         for (frame, place), (suffix, suffix2) in zip(itertools.product(FRAMES, KEPT_PLACES),
                                                      itertools.cycle(zip(SUFFIXES, SUFFIXES[3:] + SUFFIXES[:3])))]


@pytest.mark.parametrize("frame, place, suffix, suffix2", CASES)
def test_an_organisation_named_after_a_kept_place_stays_whole(redactor, frame, place, suffix, suffix2):
    org, org2 = f"{place} {suffix}", f"{place} {suffix2}"
    out = redactor.redact_text(frame.format(org=org, org2=org2))
    assert org in out and org2 in out if "{org2}" in frame else org in out
    assert not re.search(r"Place \d+\w", out), out     # never a placeholder glued to a word's remains


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("place", ["Hartsford", "Dunholt", "Kingsmere"])
def test_an_organisation_named_after_another_place_loses_its_place(redactor, place, suffix):
    out = redactor.redact_text(f"Trevor Adeyemi, Detective Inspector, {place} {suffix}")
    assert place not in out
    assert out.endswith(suffix), out
    assert not re.search(r"Place \d+\w", out), out


def test_a_kept_place_inside_a_longer_kept_organisation_changes_nothing():
    redactor = Redactor(_rules(["Eastshire", "Eastshire Police"]))
    text = "Eastshire Police and Eastshire Borough Council both attended."
    assert redactor.redact_text(text) == text
