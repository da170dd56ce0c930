"""A name listed family name first is also written family name last, after the given name's initial.

Found by a probe (2026-12-03): with Wang Fang and Nagy Erzsébet listed, "F. Wang and E. Nagy were interviewed"
became "Person 2 Mary and Person 3 Susan": the model read "F. Wang" as one person, the listed "Wang" won the
overlap and the initial left over was numbered as a person of its own. A first word that is no known given name
may be the family name, so the initial of the last word before it is now one of the person's forms.
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

# family name first, as Chinese, Hungarian, Vietnamese, Korean and Japanese names are listed
PEOPLE = ["Wang Fang", "Zhang Wei", "Liu Yang", "Nagy Erzsébet", "Kovács Gábor", "Pham Duc", "Nguyen Lan",
          "Park Jiwoo", "Choi Minseo", "Sato Yuki", "Tanaka Haruto", "Huang Mei"]
SENTENCES = ["{n} and the officer were interviewed.", "The statement was signed by {n} on 4 May 2022.",
             "Present: {n}, the chair.", "{n}'s landlord called the police."]


def _cases(seed: int, count: int):
    rng = random.Random(seed)
    return [(rng.choice(PEOPLE), rng.choice(["{i}. {f}", "{i} {f}"]), rng.choice(SENTENCES)) for _ in range(count)]


@pytest.mark.parametrize("name, shape, sentence", _cases(36, 30))
def test_the_given_names_initial_before_the_family_name(name, shape, sentence):
    family, given = name.split()
    rules = {"people": [{"name": name, "pseudonym": "Clare"}], "dates": {"date_of_death": "2023-06-14"}}
    written = shape.format(i=given[0], f=family)
    out = quiet_redactor(rules).redact_text(sentence.format(n=written))
    assert family not in out, out
    assert "Clare" in out and not re.search(r"\bPerson [0-9]", out), out
    assert not re.search(rf"\b{given[0]}\.? Clare", out), out
    assert verify_bytes(out.encode(), "txt", rules).ok, out


def test_a_given_name_first_keeps_its_own_initial_form():
    rules = {"people": [{"name": "Kwame Mensah", "pseudonym": "Adam"}], "dates": {"date_of_death": "2023-06-14"}}
    out = quiet_redactor(rules).redact_text("K. Mensah signed. M. Kwame is a different person.")
    assert out.startswith("Adam signed."), out
    assert "Kwame" not in out and "Mensah" not in out, out
