"""Rules that protect the author from themselves: refused at load, warned about before and after the scan."""
from __future__ import annotations

import itertools
import random
import warnings

import pytest

from redact.errors import RulesError, RulesWarning
from redact.rules import parse_rules

# Given names and surnames from many communities (fictional combinations).
GIVEN = ["Agnieszka", "Tomasz", "Łukasz", "Abdirahman", "Hodan", "Comfort", "Kwame", "Siobhan", "Ciarán", "Mei",
         "Wei", "Thi Lan", "Đức", "Priya", "Gurpreet", "Delroy", "Marcia", "Emine", "Şükrü", "Ștefan", "Ioana",
         "Fatima", "Yusuf", "Olumide", "Chiamaka", "Hope", "Grace", "Daniel", "Susan", "Joanne"]
SURNAMES = ["Nowak", "Wójcik", "Warsame", "Mensah", "Osei", "O'Connell", "Zhang", "Nguyễn", "Chaudhary", "Sandhu",
            "Campbell", "Yılmaz", "Doğan", "Bălan", "Popescu", "Al-Hassan", "Adeyemi", "Okafor", "Smith", "Blake"]
PSEUDONYMS_FIRST = ["Anna", "Beth", "Cara", "Dina", "Eve", "Faye", "Gina", "Hana", "Iris", "June", "Kate", "Lena"]
PSEUDONYMS_SURNAME = ["Adams", "Brown", "Clarke", "Evans", "Green", "Hill"]


def people(*pairs):
    return {"people": [{"name": name, "pseudonym": pseudonym} for name, pseudonym in pairs]}


def refused(data) -> str:
    with pytest.raises(RulesError) as error:
        parse_rules(data, "rules.yaml")
    message = str(error.value)
    assert "\n" not in message
    return message


def _cases(seed: int, count: int):
    rng = random.Random(seed)
    for _ in range(count):
        given = rng.sample(GIVEN, 3)
        surnames = rng.sample(SURNAMES, 3)
        yield [f"{g} {s}" for g, s in zip(given, surnames)]


# ----------------------------------------------------------------- refused at load


@pytest.mark.parametrize("names", list(_cases(1, 12)))
def test_a_pseudonym_that_is_another_listed_persons_name_is_refused(names):
    victim, perpetrator, neighbour = names
    message = refused(people((victim, "Anna"), (perpetrator, neighbour), (neighbour, "Beth")))
    assert perpetrator in message and neighbour in message


@pytest.mark.parametrize("names, part", list(itertools.product(list(_cases(2, 6)), ["first", "surname"])))
def test_a_pseudonym_holding_any_word_of_another_persons_name_is_refused(names, part):
    victim, perpetrator, child = names
    word = child.split()[0] if part == "first" else child.split()[-1]
    pseudonym = f"{word} Adams" if part == "first" else f"Mark {word}"
    message = refused(people((victim, "Anna"), (perpetrator, pseudonym), (child, "Child B")))
    assert perpetrator in message and child in message and word in message


@pytest.mark.parametrize("names", list(_cases(3, 6)))
def test_middle_names_and_aliases_count_as_real_names(names):
    victim, perpetrator, _ = names
    data = {"people": [{"name": f"{victim.split()[0]} Precious {victim.split()[-1]}", "pseudonym": "Anna",
                        "aliases": ["Jojo"]},
                       {"name": perpetrator, "pseudonym": "Precious"}]}
    assert "Precious" in refused(data)
    data["people"][1]["pseudonym"] = "Jojo Brown"
    assert "Jojo" in refused(data)


@pytest.mark.parametrize("real, pseudonym", [("Wójcik", "Marek Wojcik"), ("Łukasz", "Lukasz Hill"),
                                             ("Yılmaz", "Ayse Yilmaz"), ("Nguyễn", "Nguyen Brown"),
                                             ("Bălan", "BALAN")])
def test_pseudonyms_are_compared_folded(real, pseudonym):
    name = f"Ann {real}" if real[0] != "Ł" else f"{real} Nowak"
    message = refused(people((name, "Beth"), ("Gary Hale", pseudonym)))
    assert name in message and "Gary Hale" in message


def test_a_pseudonym_holding_the_persons_own_name_is_refused():
    assert "same person" in refused(people(("Margaret Doyle", "Mary Doyle")))
    assert "same person" in refused(people(("Abdirahman Warsame", "Warsame Junior")))
    assert "same person" in refused({"people": [{"name": "Olumide Adeyemi", "pseudonym": "Femi",
                                                 "aliases": ["Femi"]}]})


@pytest.mark.parametrize("pseudonym", ["Mary", "Child A", "Mary Smith"])
def test_one_pseudonym_for_two_people_is_refused(pseudonym):
    message = refused(people(("Agnieszka Nowak", pseudonym), ("Hodan Warsame", pseudonym)))
    assert "Agnieszka Nowak" in message and "Hodan Warsame" in message and "same pseudonym" in message


def test_two_people_with_the_same_pseudonym_first_name_are_refused():
    message = refused(people(("Agnieszka Nowak", "Mary"), ("Hodan Warsame", "Mary Adams")))
    assert "first name 'Mary'" in message
    refused(people(("Agnieszka Nowak", "Mary Brown"), ("Hodan Warsame", "Dr Mary Adams")))


def test_a_person_and_a_place_with_one_pseudonym_are_refused():
    data = {**people(("Agnieszka Nowak", "Kingsmere")), "places": [{"name": "Hartsford", "pseudonym": "Kingsmere"}]}
    assert "same pseudonym" in refused(data)


def test_a_place_pseudonym_holding_a_persons_name_or_a_listed_place_is_refused():
    data = {**people(("Hope Smith", "Child B")), "places": [{"name": "Hartsford", "pseudonym": "Hope Valley"}]}
    assert "Hope Smith" in refused(data)
    data = {"places": [{"name": "Hartsford", "pseudonym": "Area A"},
                       {"name": "Hartsford Borough Council", "pseudonym": "Hartsford Council"}]}
    assert "Hartsford Borough Council" in refused(data)


def test_the_same_real_name_spelt_without_diacritics_gets_one_pseudonym():
    assert "two pseudonyms" in refused(people(("Tomasz Wójcik", "Marek"), ("Tomasz Wojcik", "Adam")))


# ----------------------------------------------------------------- accepted at load


@pytest.mark.parametrize("names", list(_cases(4, 12)))
def test_distinct_pseudonyms_that_hold_no_real_name_are_accepted(names):
    rng = random.Random(hash(tuple(names)) & 0xFFFF)
    firsts = rng.sample(PSEUDONYMS_FIRST, 3)
    rules = parse_rules(people(*zip(names, firsts)))
    assert [p.pseudonym for p in rules.people] == firsts


@pytest.mark.parametrize("names", list(_cases(5, 6)))
def test_family_members_may_share_a_pseudonym_surname(names):
    rules = parse_rules(people(*zip(names, ["Anna Evans", "Mark Evans", "Child C Evans"])))
    assert len(rules.people) == 3
    parse_rules(people(*zip(names, ["Mrs Green", "Mr Green", "Miss Green"])))


@pytest.mark.parametrize("title", ["Mr", "Mrs", "Dr", "DC", "Det Sgt", "Child", "Person", "Brother"])
def test_titles_and_placeholder_words_never_count(title):
    parse_rules(people((f"{title} Kwame Mensah", f"{title} A"), ("Hodan Warsame", f"{title} B")))
    parse_rules({"people": [{"name": "Ahmed bin Saleh", "pseudonym": "Omar bin Ali"},
                            {"name": "Femke van Dijk", "pseudonym": "Anna van Berg"}]})


def test_places_may_share_a_pseudonym():
    parse_rules({"places": [{"name": "Hartsford", "pseudonym": "Area A"},
                            {"name": "Hartsford Town Centre", "pseudonym": "Area A"}]})


def test_one_person_listed_twice_with_and_without_diacritics_is_accepted():
    parse_rules(people(("Tomasz Wójcik", "Marek"), ("Tomasz Wojcik", "Marek")))
