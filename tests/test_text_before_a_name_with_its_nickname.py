"""The words before a listed name written with its nickname inside ("Her closest friend was Agnieszka (Aga)
Wójcik", "On 3 May William 'Bill' Hartley rang") stay. Found by reading a redacted draft (2026-12-05): the name's
words were counted from the wrong place (``redact.suggest.nicknames_written_with_a_name`` gave the first name a
negative offset), so the replacement started at the segment's start: "Background / Preet's closest friend was
Agnieszka (Aga) Wójcik, a care worker" became "Friend A, a care worker", the heading and the sentence's opening
gone, and verify, which looks for what is listed, passed it.

Generated over names of many communities, nicknames in quotes of every kind or in brackets, and openings of one to
twelve words; a tuned seed and a held-back seed.
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor

TUNED, HELD_BACK = 51, 52
PEOPLE = [("Agnieszka", "Wójcik", "Aga"), ("William", "Hartley", "Bill"), ("Oluwaseun", "Adebayo", "Seun"),
          ("Gurpreet", "Sandhu", "Preet"), ("Siobhan", "O'Neill", "Shiv"), ("Mohammed", "Farah", "Mo"),
          ("Nguyen", "Thi Lan", "Lan"), ("Rhiannon", "Pritchard", "Rhi"), ("Tomasz", "Nowak", "Tomek"),
          ("Chukwuemeka", "Okafor", "Emeka"), ("Alexandra", "Popescu", "Sasha"), ("Kwabena", "Mensah", "Kobby")]
OPENINGS = ["Her closest friend was", "On 3 May", "Background\nThe panel spoke to", "In 2019 the victim met",
            "Police spoke to", "The GP records show that", "1.4 The review thanks", "Later that evening",
            "According to her sister,", "Her ex-partner,", "The children's father,", "At the inquest"]
NICKNAME_FORMS = ["{F} ({N}) {S}", "{F} '{N}' {S}", "{F} “{N}” {S}", "{F} ‘{N}’ {S}", "{F} \"{N}\" {S}",
                  "{F} (known as {N}) {S}"]
PSEUDONYMS = ["Ruth", "Adam", "Grace", "Asha", "Mary", "Omar", "Mai", "Carys", "Piotr", "Ben", "Ana", "Kofi"]
RULES = {"people": [{"name": f"{first} {surname}", "pseudonym": pseudonym}
                    for (first, surname, _), pseudonym in zip(PEOPLE, PSEUDONYMS)]}
AFTER = [" said she was frightened.", ", a care worker, lived nearby.", " had not been seen since March.",
         " told the panel about the threats."]


def _cases(seed: int, n: int = 60) -> list[tuple[str, str, str]]:
    """(text, opening, the person's pseudonym)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        index = rng.randrange(len(PEOPLE))
        first, surname, nickname = PEOPLE[index]
        opening = rng.choice(OPENINGS)
        name = rng.choice(NICKNAME_FORMS).format(F=first, N=nickname, S=surname)
        out.append((f"{opening} {name}{rng.choice(AFTER)}", opening, PSEUDONYMS[index]))
    return out


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_the_opening_stays(seed):
    cases = _cases(seed)
    redactor = quiet_redactor(RULES)
    wrong = []
    for text, opening, pseudonym in cases:
        out = redactor.redact_text(text)
        if not out.startswith(f"{opening} {pseudonym}"):
            wrong.append((text, out))
    assert not wrong, f"{len(wrong)} of {len(cases)}: {wrong[:6]}"
