"""addresses recognisers: postcodes and street addresses."""
from __future__ import annotations

import pytest

from redact.detect.recognizers import UkAddressRecognizer, PostcodeRecognizer
from redact.entities import ADDRESS, UK_POSTCODE


def found(recognizer, text, entities=None):
    """(entity type, matched text) pairs, left to right."""
    results = sorted(recognizer.analyze(text, entities or [], None), key=lambda r: r.start)
    return [(r.entity_type, text[r.start:r.end]) for r in results]


def texts(recognizer, text, entities=None):
    return [t for _, t in found(recognizer, text, entities)]


def test_postcodes():
    text = "14 Larch Close, Hartsford HT4 7QD; 7 Kestrel Court, Brackenford WX3 9HN; KM7 2PL; SW1A 1AA; EC1A1BB."
    assert found(PostcodeRecognizer(), text) == [(UK_POSTCODE, p) for p in
                                                   ["HT4 7QD", "WX3 9HN", "KM7 2PL", "SW1A 1AA", "EC1A1BB"]]


def test_postcode_false_friends():
    text = "PC 4471, ZH17 QKP, MARAC/HT/21/118, COVID-19, A&E, 999 659 6931, ht4 7qd, HT4 7CI"
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
