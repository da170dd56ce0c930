"""A listed form followed by "senior" or "junior" is the listed person's parent or child of the same name.

Found by a probe (2026-12-03): with Lerato Dlamini and Kwame Mensah listed, "Lerato's mum, Mrs Dlamini senior, gave
evidence" became "Mary's mum, Mary senior" and "Kwame's brother, Mr Mensah senior" became "Adam senior": the
victim's pseudonym given to her mother, the perpetrator's to his father. Such a form is now a relative's, numbered as
a person of the family, unless the listed name itself says senior or junior.
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

PEOPLE = [("Lerato Dlamini", "Mrs"), ("Kwame Mensah", "Mr"), ("Agnieszka Nowak", "Mrs"), ("Delroy Campbell", "Mr"),
          ("Priya Sharma", "Mrs"), ("Tomasz Wójcik", "Mr"), ("Siân Pritchard", "Mrs"), ("Tariq Rahman", "Mr")]
WORDS = ["senior", "Senior", "Snr", "Sr.", "junior", "Jnr", "Jr"]
SENTENCES = ["Her mum, {t} {s} {w}, gave evidence.", "{t} {s} {w} was interviewed on 4 May.",
             "The panel spoke to {t} {s} {w}."]


def _cases(seed: int, count: int):
    rng = random.Random(seed)
    return [(rng.choice(PEOPLE), rng.choice(WORDS), rng.choice(SENTENCES)) for _ in range(count)]


@pytest.mark.parametrize("person, word, sentence", _cases(36, 24))
def test_senior_or_junior_after_a_listed_form_is_a_relative(person, word, sentence):
    name, title = person
    surname = name.split()[-1]
    rules = {"people": [{"name": name, "pseudonym": "Clare"}], "dates": {"date_of_death": "2023-06-14"}}
    out = quiet_redactor(rules).redact_text(sentence.format(t=title, s=surname, w=word))
    assert surname not in out, out
    assert "Clare" not in out and re.search(r"\bPerson [0-9]+", out), out
    assert verify_bytes(out.encode(), "txt", rules).ok, out


def test_a_listed_senior_is_the_listed_person():
    rules = {"people": [{"name": "Kwame Mensah Senior", "pseudonym": "Adam"}], "dates": {"date_of_death": "2023-06-14"}}
    out = quiet_redactor(rules).redact_text("Kwame Mensah Senior was interviewed.")
    assert out == "Adam was interviewed.", out


def test_the_listed_person_without_the_word_keeps_the_pseudonym():
    rules = {"people": [{"name": "Lerato Dlamini", "pseudonym": "Clare"}], "dates": {"date_of_death": "2023-06-14"}}
    for text in ("Mrs Dlamini, senior nurse, was seen.", "Lerato Dlamini Senior Social Worker was not involved.",
                 "Mrs Dlamini senior's flat was searched by the police. Mrs Dlamini said nothing."):
        out = quiet_redactor(rules).redact_text(text)
        assert "Dlamini" not in out and "Lerato" not in out, out
        assert "Clare" in out, out
