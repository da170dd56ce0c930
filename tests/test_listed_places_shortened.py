"""A listed place written shorter, as staff and families write it, is the place (``redact.place_short_forms``).

The author lists "Holly Lodge Care Home"; the draft then writes "Holly Lodge", "the RGH" for the Royal Gloucester
Hospital, "St Brides Academy" for St Brides Primary School, "Smith and Jones Surgery" for Smith & Jones Surgery,
"Larkspur Close" for 14 Larkspur Close, Dunholt. Each survived ``apply`` and ``verify``, and named the area. Every
such form is now replaced by the place's pseudonym, and ``verify`` reports it in a draft, as ``apply`` reads it.
The guards against over-redaction are tested as much: a short form in small letters, a title's core ("Queen
Elizabeth"), area words, a town alone, a common street name alone, initials that are a word or an acronym.
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

# the part of a place's name that is its own, of many communities and nations, each with no town of its own name
CORES = ["Holly Lodge", "Ravensholme", "Oakfield Grange", "Bryn Celyn", "Pennine View", "Al-Noor", "Cedarwood",
         "Ashgrove", "Tŷ Gwyn", "Brookside Vale", "Larchmont", "Ghousia", "Willowbank", "St Brides", "Sandringham Park",
         "Bethesda", "Heatherbrae", "Millstream", "Clover Hill", "Rosewood"]
# (the kind the author lists, the pseudonym, the other kinds a draft writes for it)
KINDS = [("Care Home", "Care Home 1", ["", "Nursing Home"]),
         ("General Hospital", "Hospital A", ["Hospital", "General"]),
         ("Primary School", "School 1", ["Primary", "School", "Academy"]),
         ("Surgery", "GP Practice 1", ["", "Medical Centre", "Practice"]),
         ("Medical Centre", "GP Practice 2", ["", "Surgery", "Health Centre"]),
         ("Women's Refuge", "the refuge", ["Refuge"]),
         ("Mosque", "Mosque A", ["Masjid", ""]),
         ("Community Hospital", "Hospital B", ["Hospital"])]
SENTENCES = ["Staff at {s} raised a concern on 3 May 2022.", "She was taken to {s} by ambulance.",
             "The manager of {s} said she seemed frightened.", "A referral from {s} was not followed up.",
             "He visited her at {s} twice that week.", "Records held by {s} show no disclosure."]
PEOPLE = [("Amara Okonkwo", "Adult A"), ("Bogdan Kowalczyk", "Adult B"), ("Siobhan Doherty", "Adult C"),
          ("Gurpreet Sandhu", "Adult D"), ("Mehmet Yilmaz", "Adult E"), ("Rhiannon Pugh", "Adult F")]


def _rules(places: list[tuple[str, str]]) -> dict:
    person, pseudonym = PEOPLE[len(places) % len(PEOPLE)]
    return {"people": [{"name": person, "pseudonym": pseudonym}],
            "places": [{"name": name, "pseudonym": pseudo} for name, pseudo in places],
            "dates": {"date_of_death": "2023-06-14"}}


def _shortened(seed: int, count: int):
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        core = rng.choice(CORES)
        kind, pseudonym, others = rng.choice(KINDS)
        if core.startswith("St ") and "" in others:
            others = [o for o in others if o]    # "St Brides" alone is every church of that saint
        other = rng.choice(others)
        short = f"{core} {other}".strip()
        out.append((f"{core} {kind}", pseudonym, short, rng.choice(SENTENCES)))
    return out


def _assert_replaced(name: str, pseudonym: str, short: str, sentence: str, extra=()) -> None:
    rules = _rules([(name, pseudonym), *extra])
    text = sentence.format(s=short)
    assert not verify_bytes(text.encode(), "txt", rules).ok, f"verify missed {short!r} of {name!r}"
    out = quiet_redactor(rules).redact_text(text)
    assert short not in out, out
    assert re.search(re.escape(pseudonym), out, re.IGNORECASE), out
    assert not re.search(r"\b(?:Person|Place) [0-9]+", out), out
    assert verify_bytes(out.encode(), "txt", rules).ok, out


@pytest.mark.parametrize("name, pseudonym, short, sentence", _shortened(87, 30))
def test_a_listed_place_without_its_kind_or_with_another(name, pseudonym, short, sentence):
    _assert_replaced(name, pseudonym, short, sentence)


@pytest.mark.parametrize("name, pseudonym, short", [
    ("Royal Gloucester Hospital", "Hospital A", "RGH"), ("Royal Gloucester Hospital", "Hospital A", "R.G.H."),
    ("Queen's Medical Centre", "Hospital B", "QMC"), ("Pennine Vale Medical Practice", "GP Practice 1", "PVMP"),
    ("Kestrel Fold Primary School", "School 1", "KFPS"), ("Royal Stoke University Hospital", "Hospital C", "RSUH"),
    ("Bryn Celyn Community Hospital", "Hospital D", "BCCH")])
def test_a_listed_place_by_its_initials_keeps_its_pseudonym_as_written(name, pseudonym, short):
    _assert_replaced(name, pseudonym, short, "She was seen at the {s} on 3 May 2022.")
    out = quiet_redactor(_rules([(name, pseudonym)])).redact_text(f"She was seen at the {short} that night.")
    assert pseudonym in out and pseudonym.upper() not in out, out


@pytest.mark.parametrize("name, pseudonym, short", [
    ("The Beeches Surgery", "GP Practice 1", "Beeches Surgery"),
    ("The Willows Care Home", "Care Home 1", "Willows Care Home"),
    ("Smith & Jones Surgery", "GP Practice 2", "Smith and Jones Surgery"),
    ("Patel and Khan Medical Centre", "GP Practice 3", "Patel & Khan Medical Centre"),
    ("Holly Lodge, Dunholt", "Care Home 2", "Holly Lodge"),
    ("Oakfield Grange, Marlbeck", "Hostel 1", "Oakfield Grange"),
    ("Royal Stoke University Hospital", "Hospital C", "Royal Stoke"),
    ("Jamia Masjid Ghousia", "Mosque A", "Masjid Ghousia"),
    ("Jamia Masjid Ghousia", "Mosque A", "Ghousia Mosque")])
def test_a_listed_place_without_the_with_and_or_without_its_town(name, pseudonym, short):
    for sentence in SENTENCES[:2]:
        _assert_replaced(name, pseudonym, short, sentence)


STREETS = ["Larkspur Close", "Heron Way", "Cwrt Derwen", "Kingfisher Rise", "Maple Crescent", "Tanyard Fold",
           "Sycamore Grove", "Bracken Drive"]
TOWNS = ["Dunholt", "Marlbeck", "Ashcombe", "Kirkbrae"]


@pytest.mark.parametrize("number, street, town, flat", [
    (rng.randint(2, 140), rng.choice(STREETS), rng.choice(TOWNS), rng.random() < 0.4)
    for rng in [random.Random(5)] for _ in range(10)])
def test_a_listed_address_by_its_street(number, street, town, flat):
    if not street.split()[-1] in ("Close", "Way", "Rise", "Crescent", "Fold", "Grove", "Drive"):
        street = "Derwen Court"
    name = f"{'Flat 3, ' if flat else ''}{number} {street}, {town}"
    for short, sentence in [(street, "Neighbours on {s} heard shouting that night."),
                            (f"{number} {street}", "Officers attended {s} at 22:10.")]:
        rules = _rules([(name, "Address 1")])
        text = sentence.format(s=short)
        out = quiet_redactor(rules).redact_text(text)
        assert street not in out and "Address 1" in out, out
        assert "[address]" not in out and not re.search(r"\b(?:Person|Place) [0-9]+", out), out
        assert not verify_bytes(text.encode(), "txt", rules).ok
        assert verify_bytes(out.encode(), "txt", rules).ok, out


def test_a_listed_address_whole_keeps_its_pseudonym():
    """A listed flat's address is an address for overlap resolution: "Address 1", not "[address], Person 1"."""
    for name in ["Flat 3, 14 Larkspur Close, Dunholt", "22A Heron Way, Marlbeck", "Flat 12, 7 Tanyard Fold, Kirkbrae"]:
        rules = _rules([(name, "Address 1")])
        out = quiet_redactor(rules).redact_text(f"She moved to {name} in June 2021 with her son.")
        assert out.count("Address 1") == 1 and "[address]" not in out, out
        assert not re.search(r"\b(?:Person|Place) [0-9]+", out), out


# ----------------------------------------------------------------------------------------- the guards

@pytest.mark.parametrize("name, written", [
    ("Holly Lodge Care Home", "the holly lodge by the gate"),
    ("Queen Elizabeth Hospital", "Queen Elizabeth"), ("Guru Nanak Gurdwara", "Guru Nanak"),
    ("St Mary's Primary School", "St Mary's"), ("Bishop Challoner School", "Bishop Challoner"),
    ("North Primary School", "North"), ("Central Surgery", "Central"),
    ("Sheffield Children's Hospital", "Sheffield"), ("Royal Derby Hospital", "Derby"),
    ("14 High Street, Dunholt", "High Street"), ("3 Station Road, Marlbeck", "Station Road"),
    ("7 Church Road, Ashcombe", "Church Road"),
    ("Meadow Avenue Practice", "MAP"), ("Park Edge Nursery", "PEN"), ("Dunholt Women's Project", "DWP"),
    ("Crossley Park Surgery", "CPS"), ("Caldmore Adolescent Team", "CAT"), ("Sandwell Education Nursery", "SEN")])
def test_a_short_form_that_names_other_things_is_kept(name, written):
    """No form is read where it also names the Queen, a saint, an area, a town, every town's street, a word."""
    rules = _rules([(name, "Place X")])
    text = f"On 3 May 2022 she mentioned {written} to the officer."
    out = quiet_redactor(rules).redact_text(text)
    assert "Place X" not in out, out
    assert verify_bytes(text.encode(), "txt", rules).ok


@pytest.mark.parametrize("place, pseudonym, short", [("Holly Lodge Care Home", "Care Home 1", "holly lodge"),
                                                     ("Royal Gloucester Hospital", "Hospital A", "rgh"),
                                                     ("Pennine View Surgery", "GP Practice 1", "pennine view")])
def test_a_short_form_in_small_letters_is_a_word(place, pseudonym, short):
    rules = _rules([(place, pseudonym)])
    text = f"The file was saved as {short} notes, not under the name."
    out = quiet_redactor(rules).redact_text(text)
    assert short in out and pseudonym not in out, out
    assert verify_bytes(text.encode(), "txt", rules).ok
