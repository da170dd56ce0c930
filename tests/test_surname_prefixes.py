"""A listed word inside another surname built with a prefix ("Donald" in "McDonald" or "O'Donald", "Souza" in
"D'Souza") is that other surname, not the listed person: apply leaves it and verify does not report it. Joined
forms of the listed name itself (a file name, a handle in CamelCase) are still found."""
from __future__ import annotations

import pytest

from redact import Redactor
from redact.rules import parse_rules
from redact.verify import verify_texts

# (listed given name, listed surname, a different surname that holds the given name after a prefix)
CASES = [
    ("Donald", "Achterberg", "McDonald"), ("Donald", "Mensah-Bonsu", "O'Donald"),
    ("Neill", "Kowalczyk", "O'Neill"), ("Kenzie", "Adeyemi", "MacKenzie"),
    ("Gerald", "Nakamura", "FitzGerald"), ("Souza", "Perera", "D'Souza"),
    ("Brien", "Oyelaran", "O\u2019Brien"), ("Leod", "Haddad", "MacLeod"),
    ("Connell", "Wiśniewska", "O'Connell"), ("Angelo", "Mukherjee", "D'Angelo"),
]


def _rules(given: str, surname: str):
    return parse_rules({"version": 1, "review": "prefix test",
                        "people": [{"name": f"{given} {surname}", "pseudonym": "Ottoline Brackenbury"}],
                        "dates": {"date_of_death": "2021-09-14"}}, "prefix test")


@pytest.mark.parametrize("given, surname, other", CASES)
def test_verify_does_not_take_a_listed_word_inside_a_prefixed_surname(given, surname, other):
    rules = _rules(given, surname)
    texts = [("a", f"The reply came from Mrs {other}, a neighbour."),
             ("b", f"{other.upper()} AND SONS"),
             ("c", f"Her colleague Sam {other}'s notes were read.")]
    assert verify_texts(rules, texts).ok


@pytest.mark.parametrize("given, surname, other", CASES)
def test_joined_forms_of_the_listed_name_are_still_leaks(given, surname, other):
    rules = _rules(given, surname)
    joined = [("a", f"Saved as {given}{surname.replace('-', '')}.docx"),
              ("b", f"handle @{given.lower()}_{surname.lower()}"),
              ("c", f"Her friend {given} rang.")]
    verdict = verify_texts(rules, joined)
    assert sorted(leak.location for leak in verdict.leaks) == ["a", "b", "c"]


@pytest.mark.parametrize("given, surname, other", CASES[:5])
def test_apply_keeps_the_other_surname_and_replaces_the_listed_person(given, surname, other):
    redactor = Redactor(_rules(given, surname))
    out = redactor.redact_text(f"{given} {surname} died in 2021. The café is next to {other}'s bakery.")
    assert out.startswith("Ottoline Brackenbury died")
    assert other.split("'")[-1].split("\u2019")[-1] in out and "Brackenbury's bakery" not in out
