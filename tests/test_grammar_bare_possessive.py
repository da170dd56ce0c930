"""A name ending in s takes a bare apostrophe for its possessive ("Precious' partner", "Marcus Hughes' car"); the
replacement keeps it a possessive ("Lorna's partner", "Person 2's car"), never "Lorna' partner" or "Person 2 car".
A name in quotation marks keeps its closing quote."""
from __future__ import annotations

import re

import pytest

from redact import Redactor

# given names and surnames ending in s, from several traditions
S_NAMES = [("Precious Ali Farah", "Precious"), ("Agnes Mwangi", "Agnes"), ("Thomas Doherty", "Thomas"),
           ("Idris Rahman", "Idris"), ("Dolores Santos", "Santos"), ("Kostas Papadopoulos", "Papadopoulos"),
           ("Moses Adeyemi", "Moses"), ("Lucas Nowak", "Lucas"), ("Siobhan Hughes", "Hughes"),
           ("Matías Gómez", "Matías"), ("Anaïs Dubois", "Anaïs"), ("Tomas Kazlauskas", "Kazlauskas")]
NOUNS = ["partner", "sister", "flat", "GP", "account", "children"]


def _redactor(name: str) -> Redactor:
    return Redactor({"version": 1, "people": [{"name": name, "pseudonym": "Lorna"}],
                     "dates": {"date_of_death": "2020-09-18"}})


@pytest.mark.parametrize("name, form", S_NAMES)
@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_listed_name_keeps_its_possessive(name, form, apostrophe):
    redactor = _redactor(name)
    for noun in NOUNS:
        out = redactor.redact_text(f"We spoke to {form}{apostrophe} {noun} about the night.")
        assert out == f"We spoke to Lorna{apostrophe}s {noun} about the night.", out
    out = redactor.redact_text(f"{form.upper()}{apostrophe} STATEMENT")
    assert out == f"LORNA{apostrophe}S STATEMENT", out


@pytest.mark.parametrize("name, form", S_NAMES)
def test_a_quoted_name_keeps_its_closing_quote(name, form):
    out = _redactor(name).redact_text(f"She was always '{form}' to her family.")
    assert out == "She was always 'Lorna' to her family.", out


@pytest.mark.parametrize("name", ["Dolores Santos", "Kostas Papadopoulos", "Siobhan Hughes", "Tomas Kazlauskas",
                                  "Gareth Davies", "Nkechi Adams", "Olumide Williams", "Rhys Roberts"])
def test_an_unlisted_name_keeps_its_possessive(name):
    redactor = Redactor({"version": 1, "people": [{"name": "Joanne Pryor", "pseudonym": "Anna"}],
                         "dates": {"date_of_death": "2020-09-18"}})
    out = redactor.redact_text(f"Joanne Pryor said that {name}' car was outside the house that night.")
    assert name not in out
    assert re.search(r"said that Person \d+'s car was outside", out), out


def test_a_family_is_still_a_family():
    redactor = Redactor({"version": 1, "people": [{"name": "Joanne Pryor", "pseudonym": "Anna"}],
                         "dates": {"date_of_death": "2020-09-18"}})
    out = redactor.redact_text("Tony Blake lived next door to Joanne. The Blakes' dog barked all night.")
    assert re.search(r"Family \d+['’]s dog", out), out
