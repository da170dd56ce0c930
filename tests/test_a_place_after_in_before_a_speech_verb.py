"""A country or a town right after "in", before a verb of speech: "Her sister in Poland called the police", "Her
brother in Ireland rang". Found by a contacts probe (2026-12-05): "Poland" and "Ireland" are surnames in the
name lists, and the verb of speech after them made them a person ("Her sister in Person 1 called"): a relative's
country became a stranger, and the place the report needs was lost.

A place after "in" is where the speaker is; the verb says nothing of it. Generated over every country of the
project's GeoNames table and the world's towns that are also surnames, with relations, verbs and frames drawn
by a tuned seed and a held-back seed. Beside them, a name after "in" that is no place ("She confided in Amara,
who said") still goes.
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor
from redact.data.tables import region_names
from redact.detect.recognizers.known_names import name_key, name_lexicon

TUNED, HELD_BACK = 3301, 7719
RELATIONS = ["sister", "brother", "mother", "father", "cousin", "aunt", "uncle", "family", "grandmother",
             "ex-partner", "son", "daughter", "friend"]
VERBS = ["called the police", "rang her that night", "said she was frightened", "told the panel about it",
         "texted her every day", "phoned the GP", "reported the threats", "wrote to the coroner"]


def _places() -> list[str]:
    lexicon = name_lexicon()
    countries = list(region_names("country"))
    surname_towns = sorted({name for name in region_names("town")
                            if " " not in name and name_key(name) in lexicon.surnames})[:400]
    return countries + surname_towns


def _cases(seed: int, n: int = 120) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    places = _places()
    cases = []
    for _ in range(n):
        place = rng.choice(places)
        opening = rng.choice(["Her", "His", "The victim's", "Adult A's"])
        cases.append((f"{opening} {rng.choice(RELATIONS)} in {place} {rng.choice(VERBS)}.", place))
    return cases


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor({"people": [{"name": "Joanne Whitfield", "pseudonym": "Ruth"}]})


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_a_place_after_in_is_no_person(redactor, seed):
    cases = _cases(seed)
    wrong = [(text, out) for text, _ in cases if "Person" in (out := redactor.redact_text(text))]
    assert not wrong, f"{len(wrong)} of {len(cases)}: {wrong[:8]}"


@pytest.mark.parametrize("text, name", [
    ("She confided in Amara, who said she had seen the bruises.", "Amara"),
    ("She confided in Gwenllian, who told the police.", "Gwenllian"),
    ("Her sister Kasia in Poland called the police.", "Kasia"),
])
def test_a_name_after_in_that_is_no_place_still_goes(redactor, text, name):
    assert name not in redactor.redact_text(text)
