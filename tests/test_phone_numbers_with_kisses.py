"""A phone number with kisses typed straight after it, as a message quoted in a review writes it.

"text me on 07700900123xx": the letters after the digits made the number part of another identifier to the
recogniser, and the number stayed whole. Numbers and kisses are generated: UK mobiles and landlines of every
grouping, with and without +44, and the sign-offs people type (x, xx, xxx, X, xox, xoxo).
"""
from __future__ import annotations

import random

import pytest

from redact.pipeline import Redactor

RULES = {"people": [{"name": "Joanne Pryor", "pseudonym": "Mary"}]}
KISSES = ["x", "xx", "xxx", "X", "XX", "xox", "xoxo", "xxxx"]
BEFORE = ["text me on {}", "my new number {}", "ring me {} babe", "its me {}", "{}", "call {} when ur free"]


def _number(rng: random.Random) -> str:
    digits = "07700" + "".join(rng.choice("0123456789") for _ in range(6)) if rng.random() < 0.6 else \
        rng.choice(["0113", "0161", "0121", "0117"]) + "496" + "".join(rng.choice("0123456789") for _ in range(4))
    style = rng.choice(["plain", "spaced", "international", "dashed"])
    if style == "plain":
        return digits
    if style == "international":
        return "+44" + digits[1:]
    head, tail = (digits[:5], digits[5:]) if digits.startswith("07") else (digits[:4], digits[4:])
    return f"{head}{' ' if style == 'spaced' else '-'}{tail}"


def _cases(count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        number = _number(rng)
        text = rng.choice(BEFORE).format(number + KISSES[i % len(KISSES)])
        out.append((text, number))
    return out


@pytest.fixture(scope="module")
def redactor():
    return Redactor(RULES)


@pytest.mark.parametrize("text,number", _cases(32, 5))
def test_a_number_with_kisses_is_replaced(redactor, text, number):
    out = redactor.redact_text(text)
    digits = "".join(c for c in number if c.isdigit())
    assert digits[-6:] not in "".join(c for c in out if c.isdigit()), out
    assert "[phone]" in out


@pytest.mark.parametrize("text", ["Reference INC07700900123XX was closed.", "Batch 01134960301xb2 was logged.",
                                  "Job 07700900123xa3 was logged."])
def test_letters_that_make_another_identifier_still_do(redactor, text):
    """Other letters glued on still make a reference of the digits: no phone number (a reference may be replaced
    as one)."""
    assert "[phone]" not in redactor.redact_text(text)
