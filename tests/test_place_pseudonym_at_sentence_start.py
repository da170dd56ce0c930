"""A place's pseudonym the author writes in small letters ("the refuge", "a primary school") starts with a capital
where the place's name started a sentence: "The refuge closed in 2020.", never "the refuge closed in 2020."; within
a sentence it stays as the author wrote it."""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor

PLACES = [("Dunholt Women's Refuge", "the refuge"), ("St Brides Primary School", "a primary school"),
          ("Holly Lodge Care Home", "the care home"), ("Jamia Masjid Ghousia", "a mosque in the area"),
          ("Ravensholme General Hospital", "the local hospital"), ("Pennine View Surgery", "her GP surgery"),
          ("Bryn Celyn Community Centre", "a community centre"), ("Gurdwara Sahib Leamington", "the gurdwara")]
OPENINGS = ["{p} closed its doors in 2020.", "{p} had no record of the call.",
            "She said so on 3 May 2022. {p} then referred her.", "Summary.\n{p} offered her a place.",
            "Was anything done? {p} says not.", "“{p} was kind to me,” she said."]


def _cases(seed: int, count: int):
    rng = random.Random(seed)
    return [(*rng.choice(PLACES), rng.choice(OPENINGS)) for _ in range(count)]


@pytest.mark.parametrize("name, pseudonym, sentence", _cases(12, 12))
def test_a_small_letter_pseudonym_starts_its_sentence_with_a_capital(name, pseudonym, sentence):
    rules = {"people": [{"name": "Agnieszka Nowak", "pseudonym": "Zofia"}],
             "places": [{"name": name, "pseudonym": pseudonym}], "dates": {"date_of_death": "2023-06-14"}}
    out = quiet_redactor(rules).redact_text(sentence.format(p=name))
    assert name not in out, out
    assert pseudonym[0].upper() + pseudonym[1:] in out, out
    assert pseudonym not in out, out


@pytest.mark.parametrize("name, pseudonym", PLACES[:4])
def test_within_a_sentence_it_stays_in_small_letters(name, pseudonym):
    rules = {"places": [{"name": name, "pseudonym": pseudonym}], "dates": {"date_of_death": "2023-06-14"}}
    out = quiet_redactor(rules).redact_text(f"In June she went to {name} with her son.")
    assert f"to {pseudonym} with" in out, out
