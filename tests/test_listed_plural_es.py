"""A listed surname in the plural with "es" ("the Joneses", "the Foxes", "the McAllister-Barneses") is the family.

Found by a probe of listed surnames: "the Doyles" was the listed family, but the plural of a surname ending in s,
x, z, ch or sh took "es", which no reading allowed: "The Foxes lived nearby" and "The McAllister-Barneses lived
nearby" kept the listed surname, and `verify` passed them (where the model happened to find the word, it became an
unlisted "Family 1" instead of the listed family).
"""
from __future__ import annotations

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

SURNAMES = ["Jones", "Walsh", "Fox", "Lopez", "Church", "Santos", "Adams", "Nunes", "Gomez", "Ruiz", "Haas", "Marsh",
            "Welch", "Nash", "Cruz", "Diaz", "Fernandes", "Reis", "Vargas", "Torres", "Lewis", "McAllister-Barnes",
            "Ramos", "Dias", "Sousa-Gomes", "Dukes", "Bush", "Rees", "Gonzalez", "Knox"]
WRITTEN = ["The {p} lived nearby.", "She stayed at the {p}' house that night.", "Both {p} attended the inquest.",
           "Neighbours said the {p} argued loudly."]


def _rules(surname: str) -> dict:
    return {"people": [{"name": f"Ana {surname}", "pseudonym": "Ruth Green"}], "dates": {"date_of_death": "2023-11-05"}}


@pytest.mark.parametrize("index", range(len(SURNAMES)))
def test_the_listed_family_in_the_plural_goes(index):
    surname = SURNAMES[index]
    text = WRITTEN[index % len(WRITTEN)].format(p=surname + "es")
    out = quiet_redactor(_rules(surname)).redact_text(text)
    assert surname not in out, out
    assert not verify_bytes(text.encode(), "txt", _rules(surname)).ok, text
    assert verify_bytes(out.encode(), "txt", _rules(surname)).ok, out


@pytest.mark.parametrize("text", ["The churches of the area were asked.", "She lit matches in the kitchen.",
                                  "The boxes were moved by the foxes."])
def test_ordinary_words_ending_in_es_stay(text):
    rules = {"people": [{"name": "Ana Church", "pseudonym": "Ruth Green"}, {"name": "Dean Fox", "pseudonym": "Tom"}],
             "dates": {"date_of_death": "2023-11-05"}}
    assert quiet_redactor(rules).redact_text(text) == text
