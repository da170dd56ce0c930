"""A listed surname in small letters between "the" and "family", as a message writes it ("the campbell family r
scum"), is the listed family's name; apply replaced it only when the surname was no common word or name ("pryor"),
and ``verify`` passed "campbell", "chen", "hughes", "smith". Surnames from every tradition of
``benchmarks/drafts/names.py``, sentences varied from a seed.
"""
from __future__ import annotations

import random

import pytest

from benchmarks.drafts.names import TRADITIONS
from redact.api import verify_bytes
from redact.pipeline import Redactor

# surnames that are common names or nouns; one that is an adjective, a verb or an adverb of the dictionary ("Young",
# "Brown", "Hill") describes the family in small letters ("the young family") and stays: see the last test
COMMON = ["Campbell", "Chen", "Hughes", "Smith", "Khan", "Patel", "Wood", "Jones", "Taylor", "Baker"]
SENTENCES = ['He wrote: "the {s} family r scum"', "the {s} family will pay", "i hate the {s} household",
             "She posted: the {s} clan are liars", "He said the {s} family's house was next"]


def _cases(count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    traditions = list(TRADITIONS.values())
    out = []
    for i in range(count):
        tradition = traditions[i % len(traditions)]
        given = rng.choice(tradition.female)
        surname = COMMON[i % len(COMMON)] if i % 2 else rng.choice(tradition.surnames)[1]
        if surname.lower() in ("young", "brown", "hill", "white", "black", "green", "ward", "new"):
            surname = "Campbell"
        out.append((f"{given} {surname}", rng.choice(SENTENCES).format(s=surname.lower())))
    return out


@pytest.mark.parametrize("name,sentence", _cases(30, 29))
def test_the_small_letter_surname_before_family_is_replaced_and_reported(name, sentence):
    rules = {"people": [{"name": name, "pseudonym": "Adult A", "role": "victim"}]}
    surname = name.split(" ", 1)[1].lower()
    out = Redactor(rules).redact_text(sentence)
    assert f" {surname} " not in f" {out.lower()} ", out
    assert not verify_bytes(sentence.encode(), "txt", rules).ok


@pytest.mark.parametrize("sentence", ["They lived in the brown house on the corner.", "the hill children played out",
                                      "The young family moved in next door."])
def test_a_colour_or_an_adjective_before_other_nouns_stays(sentence):
    rules = {"people": [{"name": "Ann Brown", "pseudonym": "Adult A"}, {"name": "Tom Hill", "pseudonym": "Adult B"},
                        {"name": "Amy Young", "pseudonym": "Adult C"}]}
    assert Redactor(rules).redact_text(sentence) == sentence
