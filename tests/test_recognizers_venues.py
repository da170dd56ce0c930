"""Named venues: pubs, cafés, takeaways, shops, gyms and places of worship, with and without a venue word."""
from __future__ import annotations

import random

import pytest

from redact.detect.recognizers import VenueRecognizer
from redact.entities import LOCAL_BUSINESS, LOCATION


def found(text):
    results = sorted(VenueRecognizer().analyze(text, [], None), key=lambda r: r.start)
    return [(r.entity_type, text[r.start:r.end]) for r in results]


def texts(text):
    return [t for _, t in found(text)]


def test_issue_example_pub_named_without_a_venue_word():
    assert found("They met at The Wheatsheaf on Friday nights.") == [(LOCAL_BUSINESS, "Wheatsheaf")]
    assert texts("She had been drinking at The Wheatsheaf with friends.") == ["Wheatsheaf"]


_PUBS = ["Wheatsheaf", "Red Lion", "King's Head", "Plough", "Fox and Hounds", "Rose and Crown", "White Hart",
         "Royal Oak", "Black Bull", "Nag's Head", "Golden Fleece", "Coach and Horses", "Greyhound", "Swan",
         "Queen's Arms", "Railway Tavern", "Dog and Duck", "Bell", "Anchor", "Three Horseshoes"]
_PUB_SENTENCES = ["He had been drinking in the {} since lunchtime.", "They met at The {} for the pub quiz.",
                  "She left the {} after last orders.", "CCTV showed him outside the {} pub.",
                  "A barmaid at The {} said he was drunk.", "He was a regular at the {}, a pub near the market."]


def test_generated_pubs_in_going_out_sentences():
    rng = random.Random(7)
    for _ in range(40):
        pub = rng.choice(_PUBS)
        text = rng.choice(_PUB_SENTENCES).format(pub)
        assert texts(text) == [pub], text


_VENUES = {
    LOCAL_BUSINESS: ["Mario's Café", "Sunrise Cafe", "Golden Dragon Takeaway", "Bengal Spice Restaurant",
                     "Patel's Stores", "Titan Boxing Gym", "Kingsway Fitness", "Nadia's Salon", "Ali's Barbers",
                     "Anatolia Kebab House", "Marina Fish Bar", "Mill Tavern", "Plough Inn", "Foresters Arms",
                     "Kowalski Mini Market", "Lily's Nails"],
    LOCATION: ["St Anne's Church", "St Mary's Parish Church", "Green Lane Mosque", "Gurdwara Sahib Smethwick",
               "Bethel Pentecostal Church", "Shree Krishna Temple", "Jamia Masjid Ghausia", "Zion Chapel",
               "Saint Aidan's Church", "Central Jamia Mosque Ghamkol Sharif"],
}


def test_generated_venues_named_with_their_venue_word():
    rng = random.Random(3)
    for _ in range(60):
        kind = rng.choice(sorted(_VENUES))
        venue = rng.choice(_VENUES[kind])
        before = rng.choice(["She worked at", "They met at", "He was seen near", "Her friend from",
                             "She volunteered at", "They went to"])
        text = f"{before} {venue} most weeks."
        assert (kind, venue) in found(text), text


@pytest.mark.parametrize("text", [
    "She was a member of the Catholic Church.", "They attended the Methodist Church.", "the Church of England",
    "He went to the pub with the Police officer.", "She bought coffee at Costa Coffee and Tesco Express.",
    "They stayed at the Premier Inn.", "At The Review Panel meeting the Chair spoke.", "The Coroner said",
    "She went to The Crown.", "He visited the mosque on Fridays.", "She drank at home.", "The Landlord refused",
    "the Sikh Temple", "an Indian Restaurant", "The Samaritans were called.", "She went to the Town Centre for a drink.",
    "He read The Guardian in the café.", "at the Jobcentre", "A Kingdom Hall",
])
def test_no_venue(text):
    assert found(text) == []


@pytest.mark.parametrize("pub", ["Bird in Hand", "Duke of York", "Prince of Wales", "Cat in the Window",
                                 "Marquis of Granby", "Swan on the Green"])
def test_pub_names_with_in_on_of(pub):
    assert texts(f"He had been drinking at the {pub} on Saturday night.") == [pub]
    assert texts(f"They met at The {pub} on Friday for the quiz.") == [pub]


@pytest.mark.parametrize("text", [
    "The Director of Public Health said alcohol was a factor.", "She drank before she went to the Ministry of Justice.",
    "He was drinking at home before the Chief of Police arrived.",
])
def test_roles_and_bodies_with_of_are_no_pub(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Foo\nBar\nOrange", "Foo Bar Foo Bar", "the Landlord and Tenant have signed up to the Race to Zero",
    "having regard to the Landlord's intention", "She was referred to the Recovery Hub because of her drinking.",
    "Her drinking increased after she moved to the Outreach Project.", "the Criminal Bar Association",
    "He drank at home before going to the Housing Options Team.",
])
def test_no_venue_in_documents_that_are_not_about_going_out(text):
    assert found(text) == []


@pytest.mark.parametrize("text,name,kind", [
    ("They ate at a takeaway called Golden Dragon on Fridays.", "Golden Dragon", LOCAL_BUSINESS),
    ("She drank in a pub called the Wheatsheaf.", "Wheatsheaf", LOCAL_BUSINESS),
    ("He prayed at a mosque known as Madina Masjid.", "Madina Masjid", LOCATION),
    ("She worked at a salon called Halina's.", "Halina's", LOCAL_BUSINESS),
])
def test_a_venue_called_by_its_name(text, name, kind):
    assert (kind, name) in found(text)


def test_a_chain_called_by_its_name_stays():
    assert found("She met him at a café called Costa.") == []
