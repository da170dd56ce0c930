"""A slash in a listed name gives the other names of the same person or place, or is refused.

"Patrick/Paddy Doherty" was taken as one name with a word "Patrick/Paddy": "Paddy Doherty" came out as "Paddy
Sean", and "Porthaethwy / Menai Bridge" left "Menai Bridge" as "Town A Bridge", with ``verify`` passing both. The
alternatives are now read: a slash between two words of letters joins two forms of that word ("Patrick/Paddy
Doherty" is Patrick Doherty and Paddy Doherty; "Katarzyna Nowak/Kowalska" is Katarzyna Nowak and Katarzyna
Kowalska), a slash with a space on each side joins two whole names. A slash that cannot be read one way (a space
on one side only, an empty or one-letter side) is refused with one line that says to list the other form under
``aliases:``; a slash between digits is an address's ("Flat 2/1") and stays.
People are drawn from every naming tradition (``benchmarks/drafts/names.py``); places are bilingual pairs.
"""
from __future__ import annotations

import random

import pytest

from benchmarks.drafts.names import OTHER_SURNAMES, TRADITIONS, drawn_at_random
from redact.errors import RulesError
from redact.rules import parse_rules
from quietly import redact_text, verify_text

DEATH = {"date_of_death": "2022-02-03"}


def _other_given(rng: random.Random, drawn) -> str:
    """The name the person also went by: the tradition's nickname of the given name, or another of its names."""
    nickname = drawn.tradition.nicknames.get(drawn.given)
    if nickname:
        return nickname
    givens = drawn.tradition.female if drawn.female else drawn.tradition.male
    others = [g for g in givens if g != drawn.given and g.split("-")[0] not in drawn.given]
    return rng.choice(others)


def _other_surname(rng: random.Random, drawn) -> str:
    surnames = [pair[1 if drawn.female else 0] for pair in drawn.tradition.surnames]
    others = [s for s in surnames if s != drawn.surname and not set(s.split()) & set(drawn.surname.split())]
    return rng.choice(others or list(OTHER_SURNAMES))


def _given_cases(count: int, seed: int):
    rng = random.Random(seed)
    cases = []
    for i in range(count):
        drawn = drawn_at_random(rng, i)
        other = _other_given(rng, drawn)
        cases.append((f"{drawn.given}/{other} {drawn.surname}", [f"{drawn.given} {drawn.surname}",
                                                                 f"{other} {drawn.surname}"], other))
    return cases


def _surname_cases(count: int, seed: int):
    rng = random.Random(seed)
    cases = []
    for i in range(count):
        drawn = drawn_at_random(rng, i)
        other = _other_surname(rng, drawn)
        title = "Mrs" if drawn.female else "Mr"
        cases.append((f"{drawn.given} {drawn.surname}/{other}", [f"{drawn.given} {drawn.surname}",
                                                                 f"{drawn.given} {other}"], f"{title} {other}"))
    return cases


GIVEN = _given_cases(len(TRADITIONS), 31)
SURNAME = _surname_cases(len(TRADITIONS), 32)


@pytest.mark.parametrize("written, readings, alone", GIVEN + SURNAME, ids=[c[0] for c in GIVEN + SURNAME])
def test_each_reading_of_a_slashed_person_is_the_person(written, readings, alone):
    rules = {"version": 1, "people": [{"name": written, "pseudonym": "Adult A"}], "dates": DEATH}
    if len(written.split()) > 2:
        # "Jian Hua/Wei Jie Lau", "Pieter de Souza/van der Berg": which words the slash joins is a guess
        with pytest.raises(RulesError, match="aliases"):
            parse_rules(rules)
        return
    person = parse_rules(rules).people[0]
    assert "/" not in person.name and not any("/" in a for a in person.aliases), person
    assert {person.name, *person.aliases} >= set(readings), person
    text = f"{readings[1]} hit her. {readings[0]} was arrested. {alone} left the house."
    out = redact_text(text, rules)
    for reading in readings:
        for word in reading.split():
            assert word not in out.replace("Adult A", ""), out
    assert alone.split()[-1] not in out, out
    assert not verify_text(text, rules).ok
    assert verify_text(out, rules).ok, out


PLACES = [("Porthaethwy", "Menai Bridge"), ("Abertawe", "Swansea"), ("Y Drenewydd", "Newtown"),
          ("Pen-y-bont ar Ogwr", "Bridgend"), ("Aberhonddu", "Brecon"), ("Caergybi", "Holyhead"),
          ("Dún Laoghaire", "Kingstown"), ("Llanelwy", "St Asaph"), ("Casnewydd", "Newport"),
          ("Y Fenni", "Abergavenny")]


@pytest.mark.parametrize("first, second", PLACES)
@pytest.mark.parametrize("order", [0, 1])
def test_whole_names_either_side_of_a_spaced_slash_are_one_place(first, second, order):
    a, b = (first, second) if order == 0 else (second, first)
    rules = {"version": 1, "people": [{"name": "Grace Mensah", "pseudonym": "Ruth"}],
             "places": [{"name": f"{a} / {b}", "pseudonym": "Town A"}], "dates": DEATH}
    place = parse_rules(rules).places[0]
    assert place.name == a and b in place.aliases, place
    text = f"She moved to {b} in 2019. Her mother still lives in {a}."
    out = redact_text(text, rules)
    assert out.count("Town A") == 2, out
    for word in {*a.split(), *b.split()} - {"Y", "St", "ar"}:
        assert word not in out, out
    assert not verify_text(text, rules).ok
    assert verify_text(out, rules).ok, out


@pytest.mark.parametrize("written, readings, alone", GIVEN[:6], ids=[c[0] for c in GIVEN[:6]])
def test_a_slash_in_an_alias_gives_each_alias(written, readings, alone):
    given, surname = readings[0].split(" ", 1)
    other = readings[1].split(" ", 1)[0]
    rules = {"version": 1, "people": [{"name": readings[0], "pseudonym": "Adult A",
                                       "aliases": [f"{other}/{given[:3]}zo"]}], "dates": DEATH}
    person = parse_rules(rules).people[0]
    assert other in person.aliases and f"{given[:3]}zo" in person.aliases, person


@pytest.mark.parametrize("written", ["Patrick /Paddy Doherty", "Patrick/ Paddy Doherty", "/Paddy Doherty",
                                     "Patrick//Paddy Doherty", "P/Paddy Doherty", "Patrick/Paddy/ Doherty",
                                     "Porthaethwy /Menai Bridge"])
def test_a_slash_that_reads_no_one_way_is_refused_in_one_line(written):
    with pytest.raises(RulesError) as error:
        parse_rules({"version": 1, "people": [{"name": written, "pseudonym": "Sean"}], "dates": DEATH})
    message = str(error.value)
    assert "\n" not in message and "aliases" in message and "/" in message, message


@pytest.mark.parametrize("address", ["Flat 2/1, 14 Larch Close, Wexham", "12/14 Beech Avenue, Wexham",
                                     "Unit 3/4 Kestrel Court"])
def test_a_slash_between_digits_is_the_address(address):
    rules = {"version": 1, "places": [{"name": address, "pseudonym": "Address 1"}], "dates": DEATH}
    place = parse_rules(rules).places[0]
    assert place.name == address and not place.aliases
