"""A listed name with letters starred out, as a message or a post hides it from a filter ("M*nh answer me now").

Anyone who knows the family reads "M*nh" as Minh; apply left it and ``verify`` called the copy clean. Names are
drawn from every tradition of ``benchmarks/drafts/names.py``; the starred letters (one, or two in a long name,
never all but one) and the sentences are varied from a seed.
"""
from __future__ import annotations

import random

import pytest

from benchmarks.drafts.names import drawn_at_random
from redact.api import verify_bytes
from redact.pipeline import Redactor

SENTENCES = ['One message read: "{w} answer me now"', '{w} where r u', 'He posted "{w} is a liar" on Facebook.',
             'The text said: {w} ur dead', 'She was tagged as {w} in the photo.']


def _starred(word: str, rng: random.Random) -> str:
    letters = list(word)
    count = 2 if len(word) >= 7 else 1
    for at in rng.sample(range(1, len(word)), count):
        letters[at] = "*"
    return "".join(letters)


def _cases(count: int, seed: int) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        person = drawn_at_random(rng, i, lambda given: given.isalpha() and len(given) >= 3)
        out.append((f"{person.given} {person.surname}", person.given,
                    rng.choice(SENTENCES).format(w=_starred(person.given, rng))))
    return out


@pytest.mark.parametrize("name,given,sentence", _cases(30, 23))
def test_a_starred_listed_name_is_replaced_and_verify_reports_it(name, given, sentence):
    rules = {"people": [{"name": name, "pseudonym": "Adult A", "role": "victim"}]}
    out = Redactor(rules).redact_text(sentence)
    assert "*" not in out and "Adult A" in out, out
    assert not verify_bytes(sentence.encode(), "txt", rules).ok


@pytest.mark.parametrize("sentence", ["what a d*ck", "this is f*cking stupid", "sh*t happens", "The score was 5*3.",
                                      "**** off", "She rated it 4*."])
def test_starred_words_that_are_words_stay(sentence):
    rules = {"people": [{"name": "Dick Shotton", "pseudonym": "Adult A"}, {"name": "Fuck Chen", "pseudonym": "B"}]}
    assert Redactor(rules).redact_text(sentence) == sentence
