"""A listed church school, church or firm written with its denomination, "St" or "Ltd" another way is the place
(``redact.place_short_forms``).

The author lists "St Mungo's RC Infant School"; the draft writes "St Mungo's Infant", "St. Mungo's High" for
St Mungo's C of E High School, "Our Lady of Lourdes Junior School" for Our Lady of Lourdes RC Junior School,
"Holy Trinity CofE Primary" for Holy Trinity C of E Primary School, "Okonkwo and Sons" for Okonkwo & Sons Ltd,
"Greenfield Ave Nursery" for Greenfield Avenue Nursery. Each survived ``apply`` and ``verify``'s check of the output
(27 of 1,543 planted values in ``benchmarks/redteam_unseen45.py``'s tuning part, all with ``verify`` silent). Each
is now the place's pseudonym, and ``verify`` reports it in a draft. The guards are tested as much: an unlisted
school's denomination, a diocese, "St John Ambulance", a common street written short, another dedication's school.
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

SAINTS = ["Anne", "Bede", "Aidan", "Columba", "Winefride", "Teilo", "Brigid", "Cuthbert", "Oswald", "Mungo",
          "Patrick", "Dyfrig"]
DEDICATIONS = ["Holy Trinity", "Sacred Heart", "Our Lady of Lourdes", "Christ the King", "Corpus Christi",
               "St Mary and St John", "All Saints", "Holy Family"]
# (the denomination the author lists, how a draft writes it: another way, or not at all)
DENOMINATIONS = [("RC", ["R.C.", "Catholic", "Roman Catholic", ""]),
                 ("C of E", ["CofE", "CE", "Church of England", ""]),
                 ("Catholic", ["RC", ""]), ("CE", ["C of E", "CofE", ""]), ("Church in Wales", ["CiW", ""])]
KINDS = ["Primary School", "High School", "Junior School", "Infant School", "Academy", "College"]
SENTENCES = ["The children were pupils at {s}.", "12.01.22 – DSL at {s} rang MASH re concerns.",
             "{s} told the panel it had no concerns.", "She worked as a teaching assistant at {s} until 2020."]
PEOPLE = [("Ngozi Adeyemi", "Adult A"), ("Katarzyna Wróblewska", "Adult B"), ("Eilidh MacAskill", "Adult C"),
          ("Harpreet Dhaliwal", "Adult D"), ("Zeynep Yılmaz", "Adult E"), ("Ffion Llewellyn", "Adult F")]


def _rules(name: str, pseudonym: str, seed: int = 0) -> dict:
    person, person_pseudonym = PEOPLE[seed % len(PEOPLE)]
    return {"people": [{"name": person, "pseudonym": person_pseudonym}],
            "places": [{"name": name, "pseudonym": pseudonym}],
            "dates": {"date_of_death": "2022-03-14"}}


def _schools(seed: int, count: int):
    """(listed name, written form, sentence): a saint's or a dedication's school, its denomination written another
    way or left out, its kind in full or short, "St" as "St." or "Saint"."""
    rng = random.Random(seed)
    out = []
    while len(out) < count:
        core = rng.choice([f"St {rng.choice(SAINTS)}'s", rng.choice(DEDICATIONS)])
        listed, others = rng.choice(DENOMINATIONS)
        kind = rng.choice(KINDS)
        written_core = core
        if core.startswith("St ") and rng.random() < 0.4:
            written_core = core.replace("St ", rng.choice(["St. ", "Saint "]))
        written_kind = kind if rng.random() < 0.5 else kind.split()[0]
        written = " ".join(w for w in (written_core, rng.choice(others), written_kind) if w)
        out.append((f"{core} {listed} {kind}", written, rng.choice(SENTENCES)))
    return out


def _assert_replaced(name: str, written: str, sentence: str, pseudonym: str = "School A") -> None:
    rules = _rules(name, pseudonym, len(written))
    text = sentence.format(s=written)
    assert not verify_bytes(text.encode(), "txt", rules).ok, f"verify missed {written!r} of {name!r}"
    out = quiet_redactor(rules).redact_text(text)
    assert out == sentence.format(s=pseudonym), out
    assert verify_bytes(out.encode(), "txt", rules).ok, out


@pytest.mark.parametrize("name, written, sentence", _schools(4501, 16))
def test_a_listed_church_school_with_its_denomination_or_saint_written_another_way(name, written, sentence):
    _assert_replaced(name, written, sentence)


@pytest.mark.parametrize("name, written", [
    ("St Mungo's RC Infant School", "St Mungo's Infant"),
    ("St Mungo's C of E High School", "St. Mungo's High"),
    ("Our Lady of Lourdes RC Junior School", "Our Lady of Lourdes Junior School"),
    ("Holy Trinity C of E Primary School", "Holy Trinity CofE Primary"),
    ("St Mary and St John Church in Wales Primary School", "St Mary and St John Primary"),
])
def test_the_forms_the_red_team_found(name, written):
    _assert_replaced(name, written, "The children were pupils at {s}.")


@pytest.mark.parametrize("name, written, pseudonym", [
    ("Okonkwo & Sons Ltd", "Okonkwo and Sons", "Employer A"),
    ("Okonkwo & Sons Ltd", "Okonkwo & Sons Limited", "Employer A"),
    ("Larkhill Motors Ltd", "Larkhill Motors", "Employer A"),
    ("Fernside Logistics Limited", "Fernside Logistics Ltd", "Employer A"),
    ("Greenfield Avenue Nursery", "Greenfield Ave Nursery", "Nursery A"),
    ("Harcourt Road Surgery", "Harcourt Rd. Surgery", "GP Practice A"),
    ("St Aidan's Methodist Church", "St Aidan's Methodist Chapel", "Church A"),
    ("St Brigid's RC Church", "St Brigid's Catholic Church", "Church A"),
])
def test_a_listed_firm_street_or_church_written_another_way(name, written, pseudonym):
    _assert_replaced(name, written, "He worked at {s} until 2020.", pseudonym)


# ----------------------------------------------------------------------------------------- the guards

@pytest.mark.parametrize("name, text", [
    ("St Anne's RC Primary School", "Catholic and CofE schools in the county received the briefing."),
    ("St Anne's RC Primary School", "The RC diocese and the C of E diocese both sent representatives."),
    ("St Anne's RC Primary School", "A St John Ambulance volunteer gave first aid."),
    ("St Anne's RC Primary School", "Saint Patrick's Day fell on a Thursday that year."),
    ("Holy Trinity C of E Primary School", "Holy Cross CE Academy took part in the training."),
    ("Larkhill Motors Ltd", "Wealdshire Motors Ltd supplied the courtesy car."),
    ("Okonkwo & Sons Ltd", "Her brother worked for a haulage firm, Ltd company accounts show."),
])
def test_what_only_shares_a_denomination_a_kind_or_an_ending_stays(name, text):
    rules = _rules(name, "Place A")
    assert quiet_redactor(rules).redact_text(text) == text
    assert verify_bytes(text.encode(), "txt", rules).ok


def test_a_common_street_written_short_is_no_form_of_a_place_named_after_it():
    from redact.place_short_forms import short_forms

    forms = {text for text, _form in short_forms("Station Road Surgery")}
    assert {"Station Rd Surgery", "Station Rd. Surgery"} <= forms
    assert not forms & {"Station Rd", "Station Rd.", "Station Road"}
