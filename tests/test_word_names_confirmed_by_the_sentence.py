"""An unlisted person whose given name is also an English word, named alone, where the sentence says a person.

Found by a probe (2026-12-03): "Blessing called the police at 23:10", "Hope was nine when her mother died" and
"Summer, the eldest child, was at school" were left: a name that is also a word needs a sentence that makes it a
person, and reaching someone by phone, an age, or an apposition with "the"/"a" or another person's possessive
("Mercy, Joanne's friend") were not read as one; "said" and "told" were.
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor

RULES = {"people": [{"name": "Joanne Pryor", "pseudonym": "Mary", "role": "victim"},
                    {"name": "Darren Pryor", "pseudonym": "Adam", "role": "perpetrator"}],
         "dates": {"date_of_death": "2022-11-03"}}

# given names that are English words, from many communities, as the shipped name lists hold them (a word they do
# not hold, "Honour" or "Rain", is read as the word when alone: before a surname it is the next test file's)
WORD_NAMES = ["Blessing", "Hope", "Summer", "Grace", "Joy", "Faith", "Patience", "Mercy", "Precious", "Charity",
              "Amber", "Ruby", "Holly", "Dawn", "Rose", "Daisy", "Ivy", "Autumn", "Destiny", "Harmony", "Heaven",
              "Sunny", "Star", "Willow", "Jade", "Pearl"]
SENTENCES = ["{n} rang the police at 23:10.", "{n} phoned her sister from the car.",
             "{n} called the ambulance and stayed with her.", "{n} texted Joanne twice that evening.",
             "{n} was nine when her mother died.", "{n} was 14 at the time.",
             "{n}, then 15, was staying with friends.",
             "{n}, the eldest child, was at school.", "{n}, a close friend, gave a statement.",
             "{n}, Joanne's friend, spoke to the panel.", "{n} emailed the school on Monday.",
             "{n} replied that she did not know."]


def _cases(seed: int, count: int):
    rng = random.Random(seed)
    return [(rng.choice(WORD_NAMES), rng.choice(SENTENCES)) for _ in range(count)]


@pytest.mark.parametrize("name, sentence", _cases(43, 40))
def test_the_name_goes(name, sentence):
    out = quiet_redactor(RULES).redact_text(sentence.format(n=name))
    assert not re.search(rf"(?<![\w]){name}(?![\w])", out), out


@pytest.mark.parametrize("sentence, kept", [
    ("Hope rang hollow for the family by then.", "Hope rang hollow"),
    ("Justice called for calm after the verdict.", "Justice called for"),
    ("Summer was 30 degrees that year.", "Summer was 30 degrees"),
    ("Grace, a period of ten days, was allowed.", "Grace, a period"),
    ("Faith, the family's main support, mattered to her.", "Faith, the family"),
    ("Patience was needed with the new system.", "Patience was needed"),
    ("Christmas, the children's favourite time, was difficult.", "Christmas"),
    # found in TAB's judgments by a first version: a number after a comma is a date's day, not an age
    ("Hearings were held on 4 January, 18 April, 6 September and 7 October.", "4 January, 18 April, 6 September"),
    ("The reports are dated 19 November, 25 November and 3 December.", "19 November, 25 November"),
])
def test_the_word_stays(sentence, kept):
    out = quiet_redactor(RULES).redact_text(sentence)
    assert kept in out, out
