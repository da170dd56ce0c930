"""One of the world's towns right after "from" or "in", before a verb: "A friend from Khulna said she had changed",
"a care worker from Kraków who lived three doors down". Found by reading a redacted draft (2026-12-05): the
model's guess made the town a person ("a care worker from Person 1"), a stranger in the narrative where the
report says where someone came from.

A guessed person that is a town of the project's GeoNames table (not a given name: "a letter from Florence" is
still a person's, and so is a word of the name lists or of English: "who answered to Tank") after "from", "in",
"near", "outside" is the town, replaced as a place is. Generated over towns of
150,000 people or more in 31 countries reports' families come from that are no name of the lists and no English
word ("Dongling", a given name too, stays a person: replaced either way), 8 frames; a tuned seed and a held-back
seed.
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor
from redact.data.tables import world_towns
from redact.detect.recognizers.known_names import PROPER, UNKNOWN, word_kind
from redact.variants import likely_gender

TUNED, HELD_BACK = 61, 62
COUNTRIES = "PL RO LT LV SK CZ HU BG PK IN BD NG GH SO ER ET KE ZW JM TR IQ IR SY AF VN CN PH PT BR AL UA".split()
FRAMES = ["She was a care worker from {T}.", "He came to the UK from {T} in 2015.", "Her mother still lives in {T}.",
          "She grew up in {T} and moved to Leeds.", "They married in {T} in 2009.", "His family in {T} were not told.",
          "She flew back to {T} for the funeral.", "A friend from {T} said she had changed."]


def _cases(seed: int, n: int = 100) -> list[str]:
    rng = random.Random(seed)
    towns = sorted({t.name for t in world_towns() if t.country in COUNTRIES and t.population > 150000
                    and " " not in t.name and likely_gender(t.name) is None
                    and word_kind(t.name) in (UNKNOWN, PROPER)})
    return [rng.choice(FRAMES).format(T=rng.choice(towns)) for _ in range(n)]


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_a_town_is_no_person(seed):
    redactor = quiet_redactor({"people": [{"name": "Joanne Whitfield", "pseudonym": "Ruth"}]})
    cases = _cases(seed)
    wrong = [(text, out) for text in cases if "Person" in (out := redactor.redact_text(text))]
    assert not wrong, f"{len(wrong)} of {len(cases)}: {wrong[:6]}"


@pytest.mark.parametrize("text, expected", [
    ("Her friend, a care worker from Kraków who lived nearby, told the review.",
     "Her friend, a care worker from Place 1 who lived nearby, told the review."),
    ("A friend from Khulna said she had changed.", "A friend from Place 1 said she had changed."),
    ("She had a letter from Florence said to be from her aunt.", "She had a letter from Person 1 said to be from her aunt."),
])
def test_towns_and_people(text, expected):
    assert quiet_redactor({"people": [{"name": "Joanne Whitfield", "pseudonym": "Ruth"}]}).redact_text(text) == expected
