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
