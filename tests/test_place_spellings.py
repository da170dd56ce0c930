"""A listed place written with the other spelling of a word of its name: "Saint Helens" and "St. Helens" for a
listed "St Helens", "Gt Yarmouth" for "Great Yarmouth", "Stratford-on-Avon" for "Stratford-upon-Avon".

Found by a probe of listed places: each other spelling became an unlisted "Place N" (or stayed, where the model
missed it), and `verify` passed it. The places here are fictional, so no gazetteer knows them.
"""
from __future__ import annotations

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

PLACES = [("St Brannock", ["Saint Brannock", "St. Brannock", "ST BRANNOCK"]),
          ("Saint Maddern", ["St Maddern", "St. Maddern"]),
          ("Great Wexley", ["Gt Wexley", "Gt. Wexley"]),
          ("Gt Aldwick", ["Great Aldwick"]),
          ("Ashby-upon-Tame", ["Ashby-on-Tame", "Ashby on Tame", "Ashby upon Tame"]),
          ("Kirkby on Lune", ["Kirkby-upon-Lune", "Kirkby upon Lune"])]
SENTENCES = ["She grew up in {p} and moved away in 2010.", "Officers from {p} attended.", "{p} Council was told."]
CASES = [(listed, written, SENTENCES[i % len(SENTENCES)])
         for listed, spellings in PLACES for i, written in enumerate(spellings)]


def _rules(listed: str) -> dict:
    return {"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena"}],
            "places": [{"name": listed, "pseudonym": "Area A"}], "dates": {"date_of_death": "2023-06-14"}}


@pytest.mark.parametrize("listed, written, template", CASES)
def test_the_other_spelling_is_the_listed_place(listed, written, template):
    text = template.format(p=written)
    assert not verify_bytes(text.encode(), "txt", _rules(listed)).ok
    out = quiet_redactor(_rules(listed)).redact_text(text)
    assert out == template.format(p="AREA A" if written.isupper() else "Area A"), out


@pytest.mark.parametrize("text", ["St John Ambulance attended.", "The river Tame flooded.", "Great care was taken."])
def test_other_names_with_those_words_stay(text):
    rules = _rules("St Brannock")
    rules["places"].append({"name": "Ashby-upon-Tame", "pseudonym": "Area B"})
    rules["places"].append({"name": "Great Wexley", "pseudonym": "Area C"})
    assert quiet_redactor(rules).redact_text(text) == text
