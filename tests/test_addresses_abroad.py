"""Addresses written the way other countries write them, and PO boxes, are addresses; report text of the same
shape is not.

Found by a generator of addresses in each country's own conventions (tests/abroad_addresses.py): before
``AbroadAddressRecognizer`` 90 of 190 generated addresses survived ``apply`` ("House 23, Street 5, Mirpur",
"ul. Kościuszki 89/37 m. 17", "Bahnhofstraße 17", "P.O. Box 9646"). The tests read the tuning part only; the
held-back part is measured by benchmarks/addresses_abroad_eval.py.
"""
from __future__ import annotations

from collections import defaultdict

import pytest

from abroad_addresses import MUST_KEEP, addresses
from conftest import VICTIM_ONLY, quiet_redactor
from recognizer_results import texts

from redact.detect.recognizers import AbroadAddressRecognizer

SEEDS = range(3)
_BY_COUNTRY: dict[str, list] = defaultdict(list)
for _seed in SEEDS:
    for _address, _sentence in addresses(_seed, "tuning"):
        _BY_COUNTRY[_address.country].append((_address, _sentence))


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(VICTIM_ONLY)


# Found before AbroadAddressRecognizer, by the UK recognisers ("89 Renmin Road", "Room 2317", "17 Nguyen Hue
# Street"): kept as a regression guard, not counted as a fix
FOUND_BEFORE = {"China", "Vietnam"}


def _replaced(redactor, country):
    for address, sentence in _BY_COUNTRY[country]:
        out = redactor.redact_text(sentence)
        assert "[address]" in out and not [s for s in address.secrets if s in out], (address.text, out)


@pytest.mark.parametrize("country", sorted(set(_BY_COUNTRY) - FOUND_BEFORE))
def test_addresses_abroad_are_replaced(redactor, country):
    _replaced(redactor, country)


@pytest.mark.parametrize("country", sorted(FOUND_BEFORE))
def test_addresses_found_before_still_are(redactor, country):
    _replaced(redactor, country)


def test_the_town_an_address_ends_with_is_replaced(redactor):
    left = []
    for seed in SEEDS:
        for address, sentence in addresses(seed, "tuning"):
            if address.town and address.town in redactor.redact_text(sentence):
                left.append((address.text, redactor.redact_text(sentence)))
    assert left == []


@pytest.mark.parametrize("address", [
    "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa", "str. Mihai Eminescu nr. 7", "vul. Shevchenka 21, kv. 8",
    "Calle Mayor 3, 2º B", "Rua Augusta 145", "Hauptstraße 5, 10115 Berlin", "Via Roma 21", "12 rue de la Paix",
    "Atatürk Caddesi No. 45 Daire 3", "Petőfi Sándor utca 12", "Gedimino g. 9-4", "House No. 14, Road 7",
    "Flat 2B, Plot 45, Sector G-9/3", "12/4 Gandhi Nagar", "PO Box 4567", "P.O. Box 123-00100",
    "No. 8 Nguyễn Trãi Street", "Apt 4C, 215 West 98th Street", "Building 12, Street 34, Block 5",
    "Plot 12, Kampala Road", "Villa 7, Al Wasl Road",
])
def test_whole_addresses_are_one_span(address):
    assert texts(AbroadAddressRecognizer(), f"Her mother still lives at {address}.", ["ADDRESS"]) == [address]


def test_a_district_is_part_of_the_address_and_the_towns_are_places():
    text = "The family home was at House 23, Street 5, Satellite Town, Mirpur, Dhaka."
    results = sorted(AbroadAddressRecognizer().analyze(text, []), key=lambda r: r.start)
    assert [(r.entity_type, text[r.start:r.end]) for r in results] == [
        ("ADDRESS", "House 23, Street 5, Satellite Town"), ("LOCATION", "Mirpur"), ("LOCATION", "Dhaka")]


def test_a_given_name_after_the_address_is_not_its_town():
    text = "They lived at House 5, Street 3, Ayesha and her son moved out later."
    assert texts(AbroadAddressRecognizer(), text) == ["House 5, Street 3"]


def test_a_street_found_once_is_replaced_where_it_is_named_again(redactor):
    out = redactor.redact_text("Her parents live at Via Garibaldi 21, Bari. She grew up on Via Garibaldi.")
    assert "Garibaldi" not in out and "Bari" not in out, out


# report text an address recogniser could take, beyond the generator's must-keep list
MORE_MUST_KEEP = [
    "The panel met via Zoom 3 times.", "The panel met via Microsoft Teams, 12 agencies in all.",
    "Calle Andersson, 45, a neighbour, called the police.", "She used a 24/7 Safe Place service.",
    "He took the No. 38 bus to town.", "Level 3, Unit 4 of the course was missed.", "House 3 of the refuge was full.",
    "Block 1, Room 4 was locked.", "The Street Outreach Team (Street Link) had 3 contacts.",
    "Box 12, Plot 4 and Room 9 were named in the bundle.", "On 12/4 she called the police.",
    "Walby et al. 2015 was cited.", "The CPS ref. 45/2019 was used.", "Lane 3 of the motorway was shut.",
    "The House No. 1 policy was read.", "She came to the UK in 2004 and to Leeds in 2006.",
]


# numbered parts of a building, which the UK recogniser of flats took as "a flat in a named building" before
BUILDING_PARTS = ["Room 101, Building 3 was used for the interviews.", "Unit 4, Block B of the hospital was closed."]


@pytest.mark.parametrize("text", MUST_KEEP + MORE_MUST_KEEP + BUILDING_PARTS)
def test_report_text_is_not_an_address(text):
    assert AbroadAddressRecognizer().analyze(text, []) == []


@pytest.mark.parametrize("text", MUST_KEEP + MORE_MUST_KEEP)
def test_report_text_is_not_replaced_as_an_address(redactor, text):
    assert "[address]" not in redactor.redact_text(text)


@pytest.mark.parametrize("text", BUILDING_PARTS)
def test_numbered_parts_of_a_building_are_no_flat(redactor, text):
    assert redactor.redact_text(text) == text


def test_a_kept_charity_po_box_stays():
    rules = {**VICTIM_ONLY, "keep": ["PO Box 855"]}
    kept = quiet_redactor(rules)
    assert "PO Box 855" in kept.redact_text("Write to Refuge, PO Box 855, for the leaflet.")
    assert "4471" not in kept.redact_text("Her mother's address was P.O. Box 4471, Nairobi.")


def test_a_kept_po_box_keeps_its_town_when_the_entry_holds_it():
    kept = quiet_redactor({**VICTIM_ONLY, "keep": ["PO Box 855, Wexham"]})
    assert kept.redact_text("Write to PO Box 855, Wexham, for a leaflet.") == "Write to PO Box 855, Wexham, for a leaflet."
