"""A listed given name that is also a noun, in small letters after an article or determiner, before a verb a person
does ("some guy rang her", "the bill came to £40", "a king said", "the guy's car"), is the noun: apply keeps it and
`verify` passes it. It was read as the name ("Some Adam rang her", "A Adam rang"), because a small-letter word
before a verb of speech was the name. Without the determiner ("amber said no", "hi amber") and inside quotation
marks the small-letter word is still reported and replaced, as before.

Generated sentences, a tuned seed and a held-back seed (counted on main before the change: see docs/quality.md).
"""
from __future__ import annotations

import random
import re

import pytest

from quietly import redact_text, verify_text

# (given name, surname): the given names are nouns people use of someone, or of a thing that "came" or "said"
PEOPLE_NOUNS = [("Guy", "Fontaine"), ("King", "Osei"), ("Prince", "Adebayo"), ("Duke", "Mahlangu"),
                ("Earl", "Campbell"), ("Angel", "Morales"), ("Buddy", "Hughes"), ("Major", "Boateng"),
                ("Judge", "Reilly"), ("Chief", "Okonkwo"), ("Baby", "Nguyen"), ("Doll", "Kowalska")]
THING_NOUNS = [("Bill", "MacLeod"), ("Will", "Pritchard"), ("Mark", "Nowak"), ("Pearl", "Mensah"),
               ("Rose", "Kaur"), ("Crystal", "Demir"), ("Storm", "Jansen"), ("Penny", "O'Brien")]
DETERMINERS = ["the", "a", "some", "this", "that", "another", "every", "no", "any"]
PERSON_FRAMES = ["{d} {w} said he was her boyfriend.", "Later {d} {w} rang her twice.",
                 "Her neighbour said {d} {w} came round at night.", "{d} {w}'s car was outside.",
                 "| 14/02/2021 | {d} {w} told the officer she was fine |"]
THING_FRAMES = ["{d} {w} came to £40 a week.", "Her sister said {d} {w} went missing.",
                "{d} {w} was returned to the shop.", "{d} {w}'s value was never known."]
NAME_FRAMES = ["{w} said no.", "hi {w}, are you ok", "Texts: \"{w} answer ur phone\"", "it was {w} said it"]


def cases(seed: int, n: int = 40) -> list[tuple[dict, str, bool]]:
    """(rules, sentence, whether the small-letter word is the listed name)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        people = i % 2 == 0
        given, surname = rng.choice(PEOPLE_NOUNS if people else THING_NOUNS)
        rules = {"people": [{"name": f"{given} {surname}", "pseudonym": "Adam"}]}
        if i % 5 == 4:
            sentence = rng.choice(NAME_FRAMES).format(w=given.lower())
            out.append((rules, sentence, True))
            continue
        frame = rng.choice(PERSON_FRAMES if people else THING_FRAMES)
        determiner = rng.choice(DETERMINERS)
        sentence = frame.format(d=determiner, w=given.lower())
        if frame.startswith("{d}"):
            sentence = sentence[0].upper() + sentence[1:]
        out.append((rules, sentence, False))
    return out


TUNED, HELD_BACK = 2718, 16180


@pytest.mark.parametrize("rules,sentence,named", cases(TUNED) + cases(HELD_BACK))
def test_a_small_letter_noun_after_a_determiner_is_the_noun(rules, sentence, named):
    out = redact_text(sentence, rules)
    word = rules["people"][0]["name"].split()[0].lower()
    if named:
        assert word not in re.findall(r"[a-z]+", out.lower()) and "Adam" in out
        assert verify_text(sentence, rules).leaks
    else:
        assert out == sentence
        assert not verify_text(sentence, rules).leaks
