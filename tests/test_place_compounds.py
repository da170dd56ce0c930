"""A town before "-based", "-born", "-raised", "-bred" or "-reared" is a place.

Found by a probe (2026-12-03): "The Stoke-based service", "A Cardiff-born man" and "She was Bristol-raised" were
left, and "Bristol" was read as an organisation: the gazetteer took a name followed by a hyphen for the start of a
longer name ("Stoke-on-Trent"), and the model does not read such compounds as places.
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor

TOWNS = ["Cardiff", "Bristol", "Stoke", "Wrexham", "Dundee", "Swindon", "Barnsley", "Carlisle", "Lowestoft",
         "Merthyr Tydfil", "Kirkcaldy", "Aberystwyth", "Luton", "Wakefield"]
SUFFIXES = ["based", "born", "raised", "bred"]
SENTENCES = ["He was a {t}-{s} man with two children.", "The {t}-{s} charity supported her from 2019.",
             "Officers described the suspect as {t}-{s}.", "She described herself as {t}-{s} and proud of it."]


def _cases(seed: int, count: int):
    rng = random.Random(seed)
    return [(rng.choice(TOWNS), rng.choice(SUFFIXES), rng.choice(SENTENCES)) for _ in range(count)]


@pytest.mark.parametrize("town, suffix, sentence", _cases(36, 24))
def test_a_town_in_a_compound_is_replaced(town, suffix, sentence):
    rules = {"people": [{"name": "Teresa Okoro", "pseudonym": "Mary"}], "dates": {"date_of_death": "2023-06-14"}}
    out = quiet_redactor(rules).redact_text(sentence.format(t=town, s=suffix))
    assert town not in out, out
    assert f"-{suffix}" in out, out


@pytest.mark.parametrize("town", ["Stoke-on-Trent", "Newcastle-under-Lyme", "Weston-super-Mare",
                                  "Bradford-on-Avon", "Stratford-upon-Avon"])
def test_a_hyphenated_town_is_still_one_place(town):
    rules = {"people": [{"name": "Teresa Okoro", "pseudonym": "Mary"}], "dates": {"date_of_death": "2023-06-14"}}
    out = quiet_redactor(rules).redact_text(f"She moved to {town} in 2019.")
    assert out == "She moved to Place 1 in 2019.", out


def test_a_listed_town_in_a_compound_gets_its_pseudonym():
    rules = {"places": [{"name": "Dunmore", "pseudonym": "Area A"}], "dates": {"date_of_death": "2023-06-14"}}
    out = quiet_redactor(rules).redact_text("The Dunmore-based charity and a Dunmore-born officer.")
    assert out == "The Area A-based charity and a Area A-born officer.", out
