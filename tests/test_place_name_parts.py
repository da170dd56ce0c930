"""A listed place of several words written otherwise than the rules write it: joined by a hyphen or a dash
("Llanfair-Caereinion", "Llanfair–Caereinion" for a listed "Llanfair Caereinion"), or by the one word of its name
that names it alone ("moved to Caereinion", "Harborough officers" of a listed Harborough District Council).

Found by a probe: the dash form became "Place 3–Caereinion" and `verify` called it clean; the word alone was a
new "Place 1". The names here are made up from the syllables of each tradition (Welsh, Cornish, Scottish Gaelic,
Irish, English, and towns named in South Asian and African languages), so no gazetteer knows them.
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes
from redact.variants import _place_parts
from redact.rules import Place

_SYLLABLES = {
    "welsh": (["Llan", "Caer", "Pen", "Tre", "Aber", "Cwm"], ["ddwyn", "eirion", "gwyfan", "rhedyn", "fechwyn"]),
    "cornish": (["Tre", "Pol", "Lan", "Ros"], ["vennick", "gwidden", "carrow", "dinnick"]),
    "gaelic": (["Inver", "Strath", "Achna", "Kin"], ["lochty", "garvie", "cruach", "beallach"]),
    "irish": (["Bally", "Kil", "Drum", "Clon"], ["nacurra", "tubbrid", "shanvally", "garriff"]),
    "english": (["Ash", "Thorn", "Whit", "Brad"], ["lingworth", "ecombe", "stonleigh", "ingthorpe"]),
    "other": (["Nkwe", "Sowe", "Pada", "Odo"], ["lemba", "kanta", "rugwe", "mbani"]),
}


def _made_up_word(rng: random.Random, tradition: str) -> str:
    heads, tails = _SYLLABLES[tradition]
    return rng.choice(heads) + rng.choice(tails)


def _places(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    names: list[str] = []
    while len(names) < count:
        tradition = rng.choice(sorted(_SYLLABLES))
        first, second = _made_up_word(rng, tradition), _made_up_word(rng, tradition)
        name = f"{first} {second}"
        # a made-up word that happens to be a real name or word is judged by the rule the probe below checks
        if first != second and len(_place_parts(Place(name=name, pseudonym="X"))) == 2 and name not in names:
            names.append(name)
    return names


SENTENCES = ["She grew up in {p} and moved away in 2010.", "Officers from {p} attended the address.",
             "The family lived near {p} for many years.", "{p} is a small town."]
PLACES = _places(18, seed=20261203)


def _rules(place: str, pseudonym: str = "Town X") -> dict:
    return {"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena"}],
            "places": [{"name": place, "pseudonym": pseudonym}], "dates": {"date_of_death": "2023-06-14"}}


def test_the_made_up_places_are_new_to_the_gazetteers():
    # the probe is only worth anything if the model and the gazetteers cannot know these names
    assert len(PLACES) == 18 and all(len(_place_parts(Place(name=p, pseudonym="X"))) == 2 for p in PLACES)


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("joint", ["-", "\u2013", "\u2014", "\u2011"])
def test_a_place_joined_by_a_hyphen_or_dash_is_the_listed_place(place, joint):
    written = place.replace(" ", joint)
    template = SENTENCES[len(place) % len(SENTENCES)]
    text = template.format(p=written)
    assert not verify_bytes(text.encode(), "txt", _rules(place)).ok, text
    out = quiet_redactor(_rules(place)).redact_text(text)
    assert out == template.format(p="Town X"), out


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("which", [0, 1])
def test_one_word_of_the_place_alone_is_the_listed_place(place, which):
    word = place.split()[which]
    template = SENTENCES[(len(place) + which) % len(SENTENCES)]
    text = template.format(p=word)
    assert not verify_bytes(text.encode(), "txt", _rules(place)).ok, text
    out = quiet_redactor(_rules(place)).redact_text(text)
    assert out == template.format(p="Town X"), out


@pytest.mark.parametrize("pseudonym, alone", [("Area A District Council", "Area A"), ("Area A Council", "Area A"),
                                              ("Council A", "Council A")])
def test_the_word_of_a_council_alone_is_its_area(pseudonym, alone):
    rules = _rules("Pendrevick District Council", pseudonym)
    out = quiet_redactor(rules).redact_text("Pendrevick officers visited. Pendrevick District Council was told.")
    assert out == f"{alone} officers visited. {pseudonym} was told.", out


@pytest.mark.parametrize("listed, text", [
    ("Bradstone Bridge", "The bridge was closed, so she walked over Bridge Street."),
    ("Market Tolverne", "Market day was busy."),
    ("St Mary's Kelvennick", "Mary's mother attended."),
    ("Newport Tolgarrow", "She had lived in Newport before."),
    ("Ysbyty Caerwennol", "Staff at Ysbyty Gwynedd saw her."),
])
def test_a_word_that_is_an_english_word_a_name_or_another_place_is_not_the_listed_place(listed, text):
    # "Newport" alone is a town of its own, "Bridge" and "Market" English words, "Mary" somebody, "Ysbyty" any
    # Welsh hospital: none stands for the listed place, whatever else may replace it
    out = quiet_redactor(_rules(listed)).redact_text(text)
    assert "Town X" not in out, out
    assert verify_bytes(text.encode(), "txt", _rules(listed)).ok


def test_a_place_name_with_a_house_number_gives_no_words_alone():
    # an address listed as a place: its street's words alone are any street's
    assert _place_parts(Place(name="14 Tolverne Gardens", pseudonym="the address")) == []
