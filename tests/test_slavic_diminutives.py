"""A diminutive or vocative of a listed given name, or of its listed or known short form, is the person: a
red-team Polish draft listed Agnieszka "Aga" Nowak and kept "Agusiu zadzwoń do mamy" (the vocative of "Agusia")
while verify said clean. Polish, Lithuanian, Latvian, Czech, Slovak, Russian, Ukrainian, Romanian and Bulgarian
forms (``redact.name_inflections``; tests/slavic_diminutives_gen.py draws them by the languages' rules)."""
from __future__ import annotations

import re

import pytest

from quietly import redact_text, verify_text
from slavic_diminutives_gen import TUNED, cases_of, run_case

RULES = {"version": 1, "review": "t", "people": [
    {"name": "Agnieszka Nowak", "pseudonym": "Person A", "aliases": ["Aga"]},
    {"name": "Tomasz Wróbel", "pseudonym": "Person B"}, {"name": "Natasha Ivanova", "pseudonym": "Person C"},
    {"name": "Jonas Kazlauskas", "pseudonym": "Person D"}, {"name": "Barbara Dudek", "pseudonym": "Person E"},
    {"name": "Inese Ozola", "pseudonym": "Person F"}, {"name": "Pat Hughes", "pseudonym": "Person G"},
    {"name": "Peter Walsh", "pseudonym": "Person H"}, {"name": "Lucy Shaw", "pseudonym": "Person I"}],
    "dates": {"date_of_death": "2023-07-09"}}


@pytest.mark.parametrize("form, pseudonym", [
    ("Agusiu", "Person A"), ("Agusia", "Person A"), ("Tomuś", "Person B"), ("Tomeczku", "Person B"),
    ("Tomeczek", "Person B"), ("Basieńka", "Person E"), ("Natashenka", "Person C"), ("Natashechka", "Person C"),
    ("Jonukas", "Person D"), ("Inesīte", "Person F"),
])
def test_the_diminutive_is_the_listed_person_and_verify_reports_it(form, pseudonym):
    text = f'Her mother wrote: "{form} zadzwoń do mamy".'
    assert not verify_text(text, RULES).ok, text
    output = redact_text(text, RULES)
    assert form not in output and pseudonym in output, output
    assert verify_text(output, RULES).ok, output


@pytest.mark.parametrize("word", ["Tomorrow", "Basin", "Agenda", "Patina", "Petrel", "Lucite", "Patchy", "Agustin",
                                  "Tomato"])
def test_english_words_and_other_names_that_begin_so_are_nobody_listed(word):
    # an unknown word that opens a sentence may be read as somebody unlisted ("Person 1"), as it was before
    text = f"{word} was mentioned in the chronology."
    assert not re.search(r"\bPerson [A-Z]\b", redact_text(text, RULES)), text


def test_generated_counts_stay_within_the_measured_bounds():
    # measured at stop 58 over the tuned seeds: before 192/209 forms wrong (73 survived, 119 made somebody
    # unlisted), 1/91 controls; after 26/209 (8 survived: forms that are given names in the shipped lists, "Ionel",
    # "Pavlík"; 18 unlisted), 1/91 ("Inesa" of a listed Inese, a case ending that was read so before)
    wrong = {"goes": 0, "control": 0}
    for case in cases_of(TUNED):
        _, result = run_case(case)
        wrong[case["kind"]] += result is not None
    assert wrong["goes"] <= 26, wrong
    assert wrong["control"] <= 1, wrong
