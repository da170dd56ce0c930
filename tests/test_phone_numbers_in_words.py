"""A telephone number written in words, as a 999 call's transcript, a police log or a quoted message gives it: "oh
seven seven double oh, nine oh oh, one two three". Found by a contacts probe (2026-12-05): no recogniser read
digit words, so the number stayed and `verify --strict` passed it.

Generated: UK mobiles and landlines and numbers abroad (+48, +92, +234, +353), each spoken with zero/oh/nought,
"double" and "triple", in groups with commas or hyphens, partly in figures, without a mobile's first "0" or with
"plus" before the country code, in the frames a report quotes them in; a tuned seed and a held-back seed. Beside
them, counting, PINs, scores and "one or two" stay.
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor
from redact.detect.recognizers.spoken_numbers import spelled_digits

TUNED, HELD_BACK = 41, 42
WORDS = {"0": ["zero", "oh", "nought", "oh", "zero"], "1": ["one"], "2": ["two"], "3": ["three"], "4": ["four"],
         "5": ["five"], "6": ["six"], "7": ["seven"], "8": ["eight"], "9": ["nine"]}
FRAMES = ["Her number was {N}.", "On the 999 call she said \"it's {N}\".", "He told the call handler to ring {N}.",
          "Transcript: CALLER: my mobile is {N}, please hurry.", "She wrote her number on the form as {N}.",
          "\"Ring me on {N},\" the message said.", "The neighbour gave police the number {N} at 02:10."]


def _number(rng: random.Random) -> tuple[str, bool]:
    """(figures, international)."""
    kind = rng.choice(["mobile", "mobile", "leeds", "london", "abroad"])
    if kind == "mobile":
        return "07700900" + f"{rng.randrange(1000):03d}", False
    if kind == "leeds":
        return "01134960" + f"{rng.randrange(1000):03d}", False
    if kind == "london":
        return "02079460" + f"{rng.randrange(1000):03d}", False
    return rng.choice(["4851234", "92300123", "234803123", "35387123"]) + f"{rng.randrange(10000):04d}", True


def _spoken(figures: str, international: bool, rng: random.Random) -> str:
    if not international and figures.startswith("07") and rng.random() < 0.2:
        figures = figures[1:]      # a mobile said without its 0
    groups = [figures[:5], figures[5:8], figures[8:]] if rng.random() < 0.6 else [figures]
    spoken_groups = []
    for group in groups:
        words, i = [], 0
        while i < len(group):
            digit = group[i]
            run = len(group[i:]) - len(group[i:].lstrip(digit))
            if run >= 3 and rng.random() < 0.5:
                words.append(f"triple {rng.choice(WORDS[digit])}")
                i += 3
            elif run >= 2 and rng.random() < 0.6:
                words.append(f"double {rng.choice(WORDS[digit])}")
                i += 2
            else:
                words.append(rng.choice(WORDS[digit]))
                i += 1
        if len(spoken_groups) == 2 and rng.random() < 0.2:
            spoken_groups.append(group)      # the last group in figures
        else:
            spoken_groups.append(" ".join(words))
    text = rng.choice([", ", " ", " - ", ", "]).join(spoken_groups)
    if international:
        text = rng.choice(["plus ", "double oh "]) + text
    return text


def _cases(seed: int, n: int = 60) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        spoken = _spoken(*_number(rng), rng)
        out.append((rng.choice(FRAMES).format(N=spoken), spoken))
    return out


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor({"people": [{"name": "Joanne Whitfield", "pseudonym": "Ruth"}]})


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_a_number_in_words_goes(redactor, seed):
    cases = _cases(seed)
    left = [(text, out) for text, spoken in cases
            if "[phone]" not in (out := redactor.redact_text(text)) or any(
                word in out.lower() for word in ("seven", "nine", "double", "triple", "nought"))]
    assert not left, f"{len(left)} of {len(cases)}: {left[:6]}"


def test_verify_strict_reports_a_number_in_words():
    from redact.api import verify_bytes

    text = "Her number was oh seven seven double oh, nine oh oh, one two three."
    rules = {"people": [{"name": "Joanne Whitfield", "pseudonym": "Ruth"}]}
    assert verify_bytes(text.encode(), "txt", rules).ok     # an unlisted contact is --strict's
    verdict = verify_bytes(text.encode(), "txt", rules, strict=True)
    assert [leak.kind for leak in verdict.leaks] == ["phone_number"]


@pytest.mark.parametrize("text", [
    "She counted one, two, three, four, five, six, seven, eight, nine, ten and stopped.",
    "One two three four was the PIN she used.",
    "The score was nil nil, then two one.",
    "She had one or two drinks, then three or four more.",
    "Rooms one, two, three and four were searched; five, six and seven were locked.",
])
def test_counting_is_no_number(redactor, text):
    assert redactor.redact_text(text) == text


def test_what_the_words_spell():
    assert spelled_digits("oh seven seven double oh, nine oh oh, 123") == ("07700900123", 7)
    assert spelled_digits("triple-seven nought") == ("7770", 2)
