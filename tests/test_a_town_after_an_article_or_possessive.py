"""An unlisted town of Great Britain after an article or a possessive and before a small-letter noun ("A
Cumbernauld housing officer visited", "Her Aberystwyth flat was cold", "Their Keighley landlord evicted her") is a
place: it was left, because a capitalised word before a one-word town made it a person's surname ("Kevin
Bentley"), and "A" or "Her" counted as such a word. A town whose name is also a word or a name still needs a cue,
and a given name before a surname that is a town is still a person's.

Generated sentences, a tuned seed and a held-back seed (counted on main before the change: see docs/quality.md).
"""
from __future__ import annotations

import random

import pytest

from quietly import redact_text
from redact.data.tables import gb_town_names
from redact.detect.recognizers.places import UkPlaceRecognizer

BEFORE = ["A", "An", "Her", "His", "Their", "Our", "My", "This", "Another"]
NOUNS = ["housing officer", "flat", "landlord", "GP practice", "neighbour", "probation officer", "refuge worker",
         "social worker", "support group", "hostel", "cousin", "tenancy"]
FRAMES = ["{det} {town} {noun} contacted {first} in June.", "{first} said: \"{det} {town} {noun} helped me.\"",
          "| 04/05/2021 | {det} {town} {noun} was told |", "Police learned that {det_lower} {town} {noun} had seen {first}."]
PEOPLE = ["Joanna Wiśniewska", "Abena Mensah", "Rhiannon Pritchard", "Farhana Begum", "Siobhan Kelly",
          "Lan Nguyen", "Ayşe Demir", "Marcia Campbell", "Olena Kovalenko", "Fiona MacDonald"]


def _towns() -> list[str]:
    """One-word towns that are only places (no word and no name to the gazetteer's list of ambiguous names)."""
    recogniser = UkPlaceRecognizer()
    recogniser.load()
    return sorted(name for name in gb_town_names() if name.isalpha() and name[:1].isupper() and len(name) >= 5
                  and name not in recogniser._ambiguous)


def cases(seed: int, n: int = 30) -> list[tuple[dict, str, str]]:
    rng = random.Random(seed)
    towns = _towns()
    out = []
    for _ in range(n):
        person = rng.choice(PEOPLE)
        det, town, noun = rng.choice(BEFORE), rng.choice(towns), rng.choice(NOUNS)
        if det in ("A", "An"):
            det = "An" if town[0] in "AEIOU" else "A"
        frame = rng.choice(FRAMES)
        sentence = frame.format(det=det, det_lower=det.lower(), town=town, noun=noun, first=person.split()[0])
        out.append(({"people": [{"name": person, "pseudonym": "Anna"}]}, sentence, town))
    return out


TUNED, HELD_BACK = 3141, 27182


@pytest.mark.parametrize("rules,sentence,town", cases(TUNED) + cases(HELD_BACK))
def test_a_town_after_an_article_or_possessive_is_a_place(rules, sentence, town):
    out = redact_text(sentence, rules)
    assert town not in out and "Place" in out


@pytest.mark.parametrize("sentence", ["A Bentley was parked outside her flat.", "Her Jaguar was found burnt out.",
                                      "Kevin Bentley said he had not seen her.", "Her Barry was a good dog."])
def test_what_needs_a_cue_still_does(sentence):
    out = redact_text(sentence, {"people": [{"name": "Joanna Wiśniewska", "pseudonym": "Anna"}]})
    assert "Place" not in out
