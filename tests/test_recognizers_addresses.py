"""addresses recognisers: postcodes and street addresses."""
from __future__ import annotations

import pytest

from redact.detect.recognizers import UkAddressRecognizer, PostcodeRecognizer
from recognizer_results import found, texts
from redact.entities import ADDRESS, UK_POSTCODE


def test_postcodes():
    text = "14 Larch Close, Hartsford HT4 7QD; 7 Kestrel Court, Brackenford WX3 9HN; KM7 2PL; SW1A 1AA; EC1A1BB."
    assert found(PostcodeRecognizer(), text) == [(UK_POSTCODE, p) for p in
                                                   ["HT4 7QD", "WX3 9HN", "KM7 2PL", "SW1A 1AA", "EC1A1BB"]]


def test_postcode_false_friends():
    # (a postcode typed in lower case, "ht4 7qd", was a false friend here until 2026-12-02: "27 Kestrel Road, sw1a
    # 1aa" is an address, and it stayed; it is found now, at 0.6: test_contacts_as_typed.py)
    text = "PC 4471, ZH17 QKP, MARAC/HT/21/118, COVID-19, A&E, 999 659 6931, HT4 7CI, B12 1st, the M6 2nd junction"
    assert PostcodeRecognizer().analyze(text, []) == []


@pytest.mark.parametrize("address", [
    "14 Larch Close", "22 Beacon Road", "Flat 3, 22 Beacon Road", "Flat 12, Tannery House, Mill Road",
    "Flat 6, Orchard House, 52 Tanner Street", "7 Kestrel Court", "31 Wharf Street", "12 The Green", "4a High St.",
])
def test_numbered_addresses_are_whole_spans(address):
    text = f"She moved to {address}, Hartsford HT4 7QD in 1998."
    assert found(UkAddressRecognizer(), text) == [(ADDRESS, address)]


def test_sentence_full_stop_is_not_part_of_the_address():
    assert texts(UkAddressRecognizer(), "to report screaming from 14 Larch Close. Officers") == ["14 Larch Close"]


def test_bare_street_in_an_address_context_and_its_repeats():
    recognizer = UkAddressRecognizer()
    text = "Bail conditions stopped him going to Kestrel Court. Neighbours in Kestrel Court heard nothing."
    results = recognizer.analyze(text, [])
    assert [text[r.start:r.end] for r in results] == ["Kestrel Court", "Kestrel Court"]
    assert {r.recognition_metadata["street"] for r in results} == {"Kestrel Court"}
    assert texts(recognizer, "They lived in Larch Close and he was seen at Beacon Road.") == [
        "Larch Close", "Beacon Road"]


@pytest.mark.parametrize("text", [
    "She was registered at Mill Lane Surgery.",
    "He was convicted under the Road Traffic Act 1988 at the Crown Court.",
    "There were 3 Crown Court hearings and 2 Magistrates Court dates.",
    "She went to Hartsford Park with the children on 2 occasions.",
    "Officers attended at 14:00 and left at Beacon.",
    "In 2019 Mill Road was closed.",
])

def test_not_addresses(text):
    assert UkAddressRecognizer().analyze(text, []) == []


def test_repeats_respect_organisations():
    text = "She lived at 3 Mill Lane. Mill Lane Surgery is nearby; Mill Lane is busy."
    assert texts(UkAddressRecognizer(), text) == ["3 Mill Lane", "Mill Lane"]


# ---------------------------------------------------------------------------------------------------------------
# streets without a street type: generated names, both ways

import random

from redact.detect.recognizers import UnsuffixedAddressRecognizer

_FIRST = ["Canal", "Orchard", "Mill", "River", "Wren", "Kingfisher", "Heron", "Willow", "Beech", "Foundry",
          "Tannery", "Chapel", "Quarry", "Brook", "Ash", "Oak", "Swan", "Weaver", "Cooper", "Lock", "Ferry",
          "Priory", "Abbey", "Fountain", "Sandpiper", "Lapwing", "Cherry", "Rowan", "Hazel", "Damson"]
_SECOND = ["Side", "Reach", "Race", "End", "Corner", "Path", "Steps", "Cross", "Leys", "Pastures", "Heath",
           "Barton", "Sidings", "Landing", "Haven", "Point", "Hythe", "Staithe", "Gardens Side", "Bridge"]
_THE = ["The Maltings", "The Sidings", "The Willows", "The Pastures", "The Beeches", "The Larches", "The Osiers",
        "The Coppice", "The Stables", "The Granary", "The Hollies", "The Laurels"]
_BEFORE = ["lived at", "was living at", "moved to", "moved back to", "returned to", "was rehoused at",
           "stayed at", "had a tenancy at", "The address was", "Her address is", "Police attended at",
           "Officers were called to", "went back to", "was staying with her mother at"]


def _streets(rng: random.Random, n: int) -> list[str]:
    names = {f"{rng.choice(_FIRST)} {rng.choice(_SECOND)}" for _ in range(n)} | set(rng.sample(_THE, 6))
    return sorted(names)


@pytest.mark.parametrize("address", [
    "48 Canal Side", "31 Orchard Side", "Flat 2, Wren House", "Apartment 4, 12 Mill Race", "7 The Maltings",
])
def test_issue_examples_of_streets_without_a_type(address):
    text = f"Joanne lived at {address} with her children."
    assert texts(UnsuffixedAddressRecognizer(), text) == [address]


def test_five_the_paddock_is_an_address():
    # "Paddock" is a street type: the typed-street recogniser's find, whole
    assert texts(UkAddressRecognizer(), "In 2019 he moved to 5 The Paddock, Hartsford.") == ["5 The Paddock"]


def test_generated_streets_without_a_type_in_address_sentences():
    rng = random.Random(11)
    recognizer = UnsuffixedAddressRecognizer()
    for street in _streets(rng, 40):
        number = rng.choice(["3", "14", "48", "112", "7a", "21-23"])
        text = f"In May she {rng.choice(_BEFORE)} {number} {street}, where neighbours heard shouting."
        text = text.replace("she The", "The").replace("she Her", "Her").replace("she Police", "Police") \
                   .replace("she Officers", "Officers")
        assert texts(recognizer, text) == [f"{number} {street}"], text


def test_a_town_or_postcode_after_a_bare_at_confirms_the_address():
    recognizer = UnsuffixedAddressRecognizer()
    assert texts(recognizer, "A letter was sent to 9 Kingfisher Reach, Marlton HT4 7QD.") == ["9 Kingfisher Reach"]
    assert texts(recognizer, "A letter was sent to 9 Kingfisher Reach, Marlton.") == ["9 Kingfisher Reach"]


def test_flats_and_buildings_without_a_street():
    recognizer = UnsuffixedAddressRecognizer()
    for flat in ["Flat 2, Wren House", "Flat 14 Kestrel Point", "Apartment 3, The Granary", "Flat 6, Foundry Court"]:
        assert texts(recognizer, f"The tenancy of {flat} ended.") == [flat]
    assert texts(recognizer, "Flat 2, Wren House, 12 Mill Race, Brackford") == ["Flat 2, Wren House, 12 Mill Race"]


def test_the_street_of_an_unsuffixed_address_is_given_for_the_rest_of_the_document():
    result = UnsuffixedAddressRecognizer().analyze("She lived at 48 Canal Side.", [])[0]
    assert result.recognition_metadata["street"] == "Canal Side"


@pytest.mark.parametrize("text", [
    "See page 5 The Report for the terms.", "Table 3 Summary of contacts", "under Section 12 Children Act 1989",
    "paragraph 4 Key Findings", "Recommendation 2 The Panel recommends", "She moved on 5 March to a refuge.",
    "He was aged 15 Years at the time.", "She attended 3 MARAC meetings.", "He lived at 3 Mill Road.",
    "They went to 2 Panel meetings.", "In 2019 Hartsford Police changed the policy.", "at 12 Mill Race Surgery",
    "She was seen at 10 Downing Street.", "Chapter 7 Lessons Learned", "There were 3 Agencies involved.",
    "He returned at 11 Pm that night.", "moved to 5 The Paddock In May",
])
def test_numbers_before_capitalised_words_that_are_no_unsuffixed_address(text):
    assert UnsuffixedAddressRecognizer().analyze(text, []) == []


def test_generated_furniture_numbers_stay():
    rng = random.Random(5)
    recognizer = UnsuffixedAddressRecognizer()
    furniture = ["page", "Page", "Table", "Figure", "Section", "paragraph", "Appendix", "Chapter", "Recommendation",
                 "Stage", "Tier", "Ward", "Room", "Bus"]
    follow = ["The Report", "Summary", "Children Act", "The Findings", "Key Issues", "Lessons Learned",
              "The Chronology", "Agency Contact", "Mental Health"]
    for _ in range(60):
        text = f"She moved to {rng.choice(furniture)} {rng.randint(1, 40)} {rng.choice(follow)} later."
        assert recognizer.analyze(text, []) == [], text


def test_an_unsuffixed_address_stays_on_its_line():
    assert UnsuffixedAddressRecognizer().analyze("She moved to 2\nThe Panel Findings", []) == []


@pytest.mark.parametrize("text", [
    "Address | 48 Canal Side, Hartsford", "Home address:\t48 Canal Side", "48 Canal Side, Hartsford HT4 7QD",
    "Victim\t48 Canal Side, Brackford-upon-Sea WX3 9HN",
])
def test_unsuffixed_address_in_a_table_cell(text):
    assert texts(UnsuffixedAddressRecognizer(), text) == ["48 Canal Side"]
