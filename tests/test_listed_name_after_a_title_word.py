"""A listed given name after an English word capitalised by a title or a sentence start is still the listed person.

"A GoFundMe titled "Help Joanne’s children rebuild their lives"": the known-names reader took "Help Joanne" for
one name, somebody else's, and replaced it whole with an unlisted "Person 2" (a wrong pseudonym for the victim,
and "Help" gone). The leading word is now the sentence's when it is an English word that is nobody's name.
Names are drawn from every tradition of ``benchmarks/drafts/names.py``; words and sentences are varied.
"""
from __future__ import annotations

import random

import pytest

from benchmarks.drafts.names import drawn_at_random
from redact.pipeline import Redactor

WORDS = ["Help", "Support", "Save", "Find", "Bring", "Remember", "Dear", "Happy", "Missing"]
SENTENCES = [
    'A GoFundMe titled "{word} {given}’s children rebuild their lives" raised £8,000.',
    'A page titled "{word} {given}" was shared by her friends.',
    'The banner read "{word} {given}" in red letters.',
    '{word} {given}’s family was the title of the appeal.',
    'Her sister posted "{word} {given} come home" on Facebook.',
]


def _cases(count: int, seed: int) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        person = drawn_at_random(rng, i)
        word = WORDS[i % len(WORDS)]
        out.append((f"{person.given} {person.surname}", word,
                    rng.choice(SENTENCES).format(word=word, given=person.given)))
    return out


@pytest.mark.parametrize("name,word,sentence", _cases(36, 17))
def test_the_listed_name_gets_its_pseudonym_and_the_word_stays(name, word, sentence):
    redactor = Redactor({"people": [{"name": name, "pseudonym": "Adult A", "role": "victim"}]})
    out = redactor.redact_text(sentence)
    given = name.split(" ")[0]
    assert given not in out.replace("Adult A", ""), out
    assert f"{word} Adult A" in out, out
    assert "Person" not in out, out


def test_an_unlisted_full_name_holding_a_listed_given_name_is_still_somebody_else():
    redactor = Redactor({"people": [{"name": "Joanne Pryor", "pseudonym": "Adult A"}]})
    out = redactor.redact_text("PC Joanne Smith attended the address.")
    assert "Joanne" not in out and "Smith" not in out and "Adult A" not in out, out
