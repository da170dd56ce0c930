"""places recogniser: a UK gazetteer, capitalised whole words, ambiguous names only in a place context."""
from __future__ import annotations

import pytest

from redact.detect.recognizers import UkPlaceRecognizer
from redact.entities import LOCATION


def found(recognizer, text, entities=None):
    """(entity type, matched text) pairs, left to right."""
    results = sorted(recognizer.analyze(text, entities or [], None), key=lambda r: r.start)
    return [(r.entity_type, text[r.start:r.end]) for r in results]


def texts(recognizer, text, entities=None):
    return [t for _, t in found(recognizer, text, entities)]


@pytest.fixture(scope="module")
def places():
    return UkPlaceRecognizer()


def test_towns_counties_and_boroughs(places):
    text = ("She grew up in Leeds, moved to Milton Keynes and then to Stoke-on-Trent in Staffordshire; "
            "her sister lives in the London Borough of Tower Hamlets.")
    assert texts(places, text) == ["Leeds", "Milton Keynes", "Stoke-on-Trent", "Staffordshire", "London",
                                   "Tower Hamlets"]

    assert all(r.entity_type == LOCATION for r in places.analyze(text, []))


def test_ambiguous_names_need_a_place_context(places):
    assert texts(places, "Reading the report, the panel had hope. Bath time was hard. Deal with it.") == []
    assert texts(places, "They lived in Bath and later moved to Reading.") == ["Bath", "Reading"]
    assert texts(places, "In March 2019 she moved to March.") == ["March"]
    assert texts(places, "Wells, Street and Sale were mentioned.") == []
    assert texts(places, "She moved to Sale town centre.") == ["Sale"]


def test_people_named_like_places(places):
    text = "Barry Doyle spoke to Mrs Hastings; she shouted at Barry. Rebecca Holloway | Hartsford"
    assert texts(places, text) == []
    assert texts(places, "They lived in Barry for a year.") == ["Barry"]


def test_nations_and_countries_are_not_reported(places):
    assert texts(places, "She was born in Poland and lived in England, Wales, Scotland and the UK.") == []


def test_lowercase_and_partial_words_are_not_places(places):
    assert texts(places, "leeds, Leedsford, the Bathurst report, bury the past") == []


def test_place_before_a_street_type_is_left_to_the_address(places):
    assert texts(places, "She lived on Leeds Road near Bradford.") == ["Bradford"]


def test_dhr_acronyms_are_never_places(places):
    assert texts(places, "MARAC, MAPPA, IDVA, GP, A&E, CSP, DHR, NHS, ICB, CPS, IOPC, CMHT") == []


def test_places_where_someone_lives():
    from redact.detect.recognizers import PlaceContextRecognizer

    recognizer = PlaceContextRecognizer()
    text = ("The applicant was born in 1948 and lives in Konstancin\u2011Jeziorna. Her son lived in Hartsford "
            "with Mark, was born in Tarnów and detained in Muret Prison.")
    assert [text[r.start:r.end] for r in recognizer.analyze(text, [], None)] == [
        "Konstancin\u2011Jeziorna", "Hartsford", "Tarnów", "Muret"]


@pytest.mark.parametrize("text", [
    "She was born in March 1980.", "He lived in Larch Close for a year.", "He lives in Supported Accommodation.",
    "She lived in Council housing, then in Area A.", "They lived in the flat above.",
])
def test_where_someone_lives_that_is_no_place(text):
    from redact.detect.recognizers import PlaceContextRecognizer

    assert PlaceContextRecognizer().analyze(text, [], None) == []


def test_administrative_areas():
    from redact.detect.recognizers import AdministrativeAreaRecognizer

    text = ("situated in the municipality of Härjedalen in the County of Norrbotten; "
            "the Department of Health and the Region of origin.")
    assert [text[r.start:r.end] for r in AdministrativeAreaRecognizer().analyze(text, [], None)] == [
        "municipality of Härjedalen", "County of Norrbotten"]


# ---------------------------------------------------------------------------------------------------------------
# towns abroad from the world gazetteer, estates and villages: generated, both ways

import functools
import random


@pytest.fixture(scope="module")
def world():
    from redact.detect.recognizers import WorldPlaceRecognizer

    return WorldPlaceRecognizer()


def _towns_abroad(n: int, seed: int) -> list[str]:
    return random.Random(seed).sample(_all_towns_abroad(), n)


@functools.lru_cache(maxsize=1)
def _all_towns_abroad() -> list[str]:
    """One-word towns abroad that are no English word and no given name, from the gazetteer itself."""
    from wordfreq import zipf_frequency

    from redact.data.tables import world_towns
    from redact.detect.recognizers.places import WORLD_MIN_POPULATION
    from redact.variants import likely_gender

    cities = [{"name": t.name, "countrycode": t.country, "population": t.population} for t in world_towns()
              if t.population >= WORLD_MIN_POPULATION]
    names = sorted({c["name"] for c in cities if c["countrycode"] != "GB" and c["population"] >= 50_000
                    and c["name"].isalpha() and c["name"][0].isupper() and c["name"][1:].islower()
                    and len(c["name"]) >= 5 and zipf_frequency(c["name"].lower(), "en") < 3.0})
    return [n for n in names if not likely_gender(n)]


@pytest.mark.parametrize("sentence", [
    "She grew up in {} before moving to England.", "Her family in {} were not told.", "He moved from {} in 2010.",
    "She was born in {} and came to the UK aged 9.", "His mother still lives near {}.", "He spent a year in {}.",
    "She visited relatives in {} every summer.",
])
def test_generated_towns_abroad_in_place_sentences(world, sentence):
    for town in _towns_abroad(15, seed=len(sentence)):
        text = sentence.format(town)
        assert town in texts(world, text), text


def test_towns_abroad_spelled_without_their_diacritics(world):
    assert texts(world, "He moved from Gdansk; she was born in Łódź and grew up near Krakow.") == [
        "Gdansk", "Łódź", "Krakow"]


@pytest.mark.parametrize("text", [
    "a call from Charlotte about the children", "Florence Nightingale was quoted.", "in Hope of a change",
    "She stayed in Victoria's flat.", "He lived in Nice conditions.", "She was born in May 1990.",
    "The Panel met in London.", "They spoke to Austin at the hostel.", "The review was written in Split form.",
    "Mr Medina said he was in Mobile phone contact.",
])
def test_words_and_names_that_are_also_towns_abroad(world, text):
    assert texts(world, text) == []


def test_estates_and_villages():
    from redact.detect.recognizers import LocalityRecognizer

    recognizer = LocalityRecognizer()
    text = ("She grew up on the Meadowbank estate, later Northfield Estate, and then the village of Little "
            "Brackham.")
    assert texts(recognizer, text) == ["Meadowbank", "Northfield", "Little Brackham"]
    for kept in ["a Council estate", "an estate agent", "the Crown Estate", "Real Estate", "her estate was",
                 "the Housing Estate team", "the village hall", "Industrial Estate"]:
        assert texts(recognizer, kept) == [], kept


def test_a_town_abroad_or_estate_placed_once_is_that_place_elsewhere_in_the_document(world):
    from redact.detect.recognizers import LocalityRecognizer

    estates = LocalityRecognizer()
    for town in _towns_abroad(5, seed=99):
        document = [f"She grew up in {town} on the Meadowbank estate.", f"{town} was far away; trouble in Meadowbank grew.",
                    f"A {town} Road address."]
        world.learn_document(document)
        estates.learn_document(document)
        assert texts(world, document[1]) == [town] and texts(estates, document[1]) == ["Meadowbank"]
        assert texts(world, document[2]) == []
    world.learn_document(["A new document."])
    estates.learn_document(["A new document."])
    assert texts(world, f"{town} was far away.") == [] and texts(estates, "trouble in Meadowbank") == []


@pytest.mark.parametrize("joiner", [", {} and {}", " and {}", ", {}, {} or {}"])
def test_every_town_of_a_list_opened_by_in(world, joiner):
    towns = _towns_abroad(4, seed=len(joiner))
    others = towns[1:1 + joiner.count("{}")]
    text = f"Officers were deployed in {towns[0]}" + joiner.format(*others) + ". The PKK declared a ceasefire."
    assert texts(world, text) == [towns[0], *others], text
