"""Addresses as rural and case-note addresses are written: a house's name before the street instead of a number
("Ivy Cottage, Back Lane", "The Old Vicarage, Church Lane"), a comma after the number ("31, Beech Avenue"), a
street type shortened as a case note shortens it ("5 Heron Cl", "8 Pine Dr"); and the short names reports give
countries ("the US", "the UAE", "the DRC"), which the countries policy keeps as it keeps the official ones.

Found by a probe of unseen drafts: "The incident happened at Ivy Cottage, Back Lane" kept the whole address,
"Rose Cottage, Mill Lane, Hartsford" became "Place 2, Person 1, Area A", "31, Beech Avenue" and "8 Pine Dr"
stayed, and "Her US number" became "Her Place 5 number". ("Holland" is no such name here: a surname and a Lincolnshire district
as often.)
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor
from redact.detect.recognizers import UkAddressRecognizer

RULES = {"people": [{"name": "Joanne Pryor", "pseudonym": "Anna"}], "places": [{"name": "Hartsford",
                                                                                 "pseudonym": "Area A"}],
         "dates": {"date_of_death": "2023-05-14"}}
HOUSES = ["Ivy Cottage", "Rose Cottage", "The Old Vicarage", "Brook Farm", "The Old Forge", "Holly Bungalow",
          "The Old Post Office", "The Old Rectory", "Coach House", "Mill Farmhouse", "Yew Tree Cottage", "Glebe Farm"]
STREETS = ["Back Lane", "Church Lane", "Mill Lane", "Moor Road", "Station Road", "Green Lane", "Chapel Street",
           "Long Lane", "School Lane", "Pound Lane", "Kiln Road", "Well Street"]


def _found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in UkAddressRecognizer().analyze(text, []) if r.score >= 0.5]


@pytest.mark.parametrize("seed", range(12))
def test_a_house_name_before_its_street_is_an_address(seed):
    chooser = random.Random(seed)
    house, street = chooser.choice(HOUSES), chooser.choice(STREETS)
    text = chooser.choice(["The incident happened at {a}, Hartsford.", "Anna lived at {a}, with her son.",
                           "{a} was sold in 2019.", "Police attended {a} at 2am."]).format(a=f"{house}, {street}")
    assert _found(text) == [f"{house}, {street}"], text
    out = quiet_redactor(RULES).redact_text(text)
    assert house.split()[-2] not in out and street.split()[0] not in out, out
    assert "Person" not in out, out


@pytest.mark.parametrize("seed", range(8))
def test_a_comma_after_the_number_or_a_short_type_keeps_the_address_whole(seed):
    chooser = random.Random(seed)
    number = chooser.randint(1, 240)
    name = chooser.choice(["Beech", "Heron", "Pine", "Larch", "Kestrel", "Orchard"])
    address = chooser.choice([f"{number}, {name} Avenue", f"{number}, {name} Road", f"{number} {name} Cl",
                              f"{number} {name} Dr", f"{number} {name} Gr"])
    text = chooser.choice(["She moved in with him at {a} in June 2020.", "She lived at number {a}.",
                           "Her address was {a}, Hartsford HT4 7QD."]).format(a=address)
    assert _found(text) == [address], text
    if not address.endswith("Dr"):
        assert _found(f"She lived at {address}. Hartsford HT4 7QD.") == [address]


@pytest.mark.parametrize("text", [
    "Section 3, Church Street is wrong.", "Items 3, Park Lane and 4 were listed.",
    "Recommendation 2, Station Road works were delayed.", "She saw 8 Pine Dr Smith at the surgery.",
    "At 14:30, Station Road was closed by police.", "At 2230, Park Road was closed.",
    "Police log 1234, Station Road: report of shouting.", "Incident 4, Park Road: a neighbour called.",
    "Of the 12 referrals, 3, Park Lane and the others were closed.", "Ward 7 Locum Dr (unnamed) reviewed her.",
    "The hearing took place at Hartsford Magistrates Court, Bridge Street, on 3 June.",
    "The Coroner's Court, Union Street, opened the inquest.", "The meeting was held at the Town Hall, Market Street.",
    "The IDVA service is based at Kingsmere House, Station Road.", "The victim, Joanne Hall, Mill Street, called.",
    "Mark Court, Kiln Road, was arrested on 3 June.", "DS Mark Lodge, Station Road custody suite, interviewed him.",
    "The hearing was at The Old Courthouse, Market Street.", "The panel met at The Old School House, Church Road.",
])
def test_a_list_number_a_time_a_court_an_office_or_a_person_is_no_address(text):
    assert _found(text) == [], text


def test_an_abbreviated_type_leaves_the_full_stop_that_ends_the_sentence():
    text = "They moved to 8 Pine Dr. She saw him there. Later 4a High St., Hartsford was let."
    assert _found(text) == ["8 Pine Dr", "4a High St."]


@pytest.mark.parametrize("country", ["the US", "the USA", "the U.S.", "the UAE", "the DRC", "the Czech Republic",
                                     "the Caribbean", "the EU", "Burma", "the Republic of Ireland", "the Gulf"])
def test_a_countrys_short_or_older_name_is_kept_as_a_country(country):
    out = quiet_redactor(RULES).redact_text(f"Anna's family lived in {country} before moving to Hartsford.")
    assert country in out and "Place" not in out, out
