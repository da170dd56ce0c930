"""Document-level detection: letters and initials that stand for a person are looked for in every paragraph,
a place written with its larger area is one place, and space look-alikes are spaces to the recognisers."""
from __future__ import annotations

import pytest

from redact import entities
from redact.documents.base import Segment
from redact.pipeline import Redactor


@pytest.fixture(scope="module")
def detector():
    return Redactor(None, profile="strict").detector


def _found(detector, paragraphs, entity_type=entities.PERSON):
    segments = [Segment(f"p{i + 1}", text, "text") for i, text in enumerate(paragraphs)]
    return [(f.segment, f.text) for f in detector.detect(segments) if f.entity_type == entity_type]


def test_a_letter_defined_once_is_found_in_other_paragraphs(detector):
    people = _found(detector, [
        "In 1983 the applicant was stopped by police inspector B. while driving a tractor.",
        "B. Proceedings before the District Court",
        "Neither B. nor the applicant was told of it, as the form (B) shows.",
    ])
    assert (0, "B.") in people and (2, "B.") in people
    assert not [p for p in people if p[0] == 1]          # a heading's number
    assert [p for p in people if p[0] == 2] == [(2, "B.")]  # "(B)" is a label


def test_the_letters_a_and_i_are_never_looked_for(detector):
    people = _found(detector, ["In 1992 he met a Danish woman, A, with whom he lived.",
                               "A daughter was born in 1996. I was told so."])
    assert (0, "A") in people
    assert not [p for p in people if p[0] == 1]


def test_initials_after_a_person_word_are_found_elsewhere_but_not_in_times(detector):
    people = _found(detector, ["He had abused four other people including his brother, AM.",
                               "On 4 June 1997, AM made a statement at the station at 10 AM."])
    assert people.count((1, "AM")) == 1 and (0, "AM") in people


def test_a_titled_letter_and_the_bare_letter_are_one_person():
    from redact.decide import Decider
    from redact.rules import load_rules

    redactor = Redactor(None)
    decider = Decider(load_rules(None))
    segments = [Segment("p1", "The applicant called Mr B, who could not come.", "text"),
                Segment("p2", "The lawyer said that B. had arrived late.", "text")]
    replacements = {f.text: decider.decide_one(f).replacement for f in redactor.detector.detect(segments)
                    if f.entity_type == entities.PERSON}
    assert replacements["Mr B"] == replacements["B."] == "Person 1"


def test_a_place_and_its_county_are_one_place(detector):
    places = _found(detector, ["She went to a boarding school in Barnstaple, Devon, at the age of seven."],
                    entities.LOCATION)
    assert places == [(0, "Barnstaple, Devon")]


def test_a_list_of_places_stays_a_list(detector):
    places = _found(detector, ["Services in Leeds, Bradford and Wakefield were asked."], entities.LOCATION)
    assert [t for _, t in places] == ["Leeds", "Bradford", "Wakefield"]


def test_administrative_areas_and_area_words(detector):
    places = [t for _, t in _found(detector, [
        "The farm is situated in the County of Norrbotten.",
        "The Department of Health funds it.",
    ], entities.LOCATION)]
    assert places == ["County of Norrbotten"]


def test_listed_places_are_never_joined():
    from redact.rules import Rules

    rules = Rules.model_validate({"places": [{"name": "Hartsford", "pseudonym": "Area A"}]})
    redactor = Redactor(rules)
    found = [(f.text, f.source) for f in redactor.detector.detect([Segment("p1", "She lived in Hartsford, Devon.",
                                                                           "text")])]
    assert ("Hartsford", "rule") in found


def test_a_symbol_font_space_is_a_space(detector):
    people = _found(detector, ["The President of the Court, Mr\uf020L.\uf020Wildhaber, decided."])
    assert any("Wildhaber" in t for _, t in people)


def test_parts_of_one_date_phrase_are_one_date(detector):
    dates = [t for _, t in _found(detector, [
        "He was sentenced to six years and three months. Hearings were held on 6 August and 17 September 2002.",
        "He was released at 11.30 a.m. on Monday 9 January 1989.",   # "Monday" is allow-listed as a name only
    ], entities.DATE_TIME)]
    assert dates == ["six years and three months", "6 August and 17 September 2002",
                     "11.30 a.m. on Monday 9 January 1989"]


def test_dates_are_not_joined_to_a_protected_date():
    from redact.rules import Rules

    rules = Rules.model_validate({"dates": {"date_of_death": "2023-05-14"}})
    found = [(f.entity_type, f.text) for f in Redactor(rules, profile="strict").detector.detect(
        [Segment("p1", "Officers came on 12 May 2023 and 14 May 2023.", "text")])]
    assert (entities.DATE_OF_DEATH, "14 May 2023") in found
    assert (entities.DATE_TIME, "12 May 2023") in found
