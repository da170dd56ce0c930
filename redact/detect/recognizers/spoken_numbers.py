"""Telephone numbers written in words, as a transcript, a 999 call or a quoted message gives them: "oh seven seven
double oh, nine double oh one two three", "zero one one three, four nine six, nought nought nought nought".

A run of digit words long enough to be a number is one nothing else writes: prose counts with "one" or "two",
never ten digits in a row. What the words spell is checked as a number is (``phonenumbers``): a UK number from its
"0", or any number from "+"/"00" and a country code written as "plus four four".
"""
from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import RecognizerResult

from ...entities import PHONE_NUMBER
from ._common import DhrRecognizer, result
from ...lazy_patterns import lazy

DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "two": "2", "three": "3",
               "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
REPEATS = {"double": 2, "triple": 3, "treble": 3}
_DIGIT = "|".join(sorted(DIGIT_WORDS, key=len, reverse=True))
# one spoken digit, doubled or tripled ("double oh", "treble-seven"), or a group of figures among the words
_TOKEN = rf"(?:(?:(?:double|triple|treble)[ -])?(?:{_DIGIT})|[0-9]{{1,5}})"
_SEPARATOR = r"(?:[ \t]*[,.–-]?[ \t]+|-)"
_RUN = lazy(re.compile,
            rf"(?<![\w+-])(?P<plus>plus[ \t]+)?{_TOKEN}(?:{_SEPARATOR}{_TOKEN}){{5,}}(?![\w-])", re.IGNORECASE)
_SPOKEN = lazy(re.compile, rf"(?:(?:double|triple|treble)[ -])?(?:{_DIGIT})(?![\w])|[0-9]{{1,5}}", re.IGNORECASE)
# what a text must hold before the run is looked for: a cheap test first, as most texts spell no number
_MAY_HOLD = re.compile(rf"\b(?:{_DIGIT})[ \t,.-]+(?:(?:double|triple|treble)[ -])?(?:{_DIGIT})\b", re.IGNORECASE)


def spelled_digits(run: str) -> tuple[str, int]:
    """The figures a run of digit words and figures spells, and how many of them were words."""
    digits, words = [], 0
    for token in _SPOKEN.finditer(run):
        text = token.group().lower()
        if text[0].isdigit():
            digits.append(text)
            continue
        repeat, _, word = text.replace("-", " ").rpartition(" ")
        digits.append(DIGIT_WORDS[word] * REPEATS.get(repeat, 1))
        words += 1
    return "".join(digits), words


def _as_dialled(digits: str, international: bool) -> str | None:
    """The number as it is dialled ("+..." or a UK "0..."), or None when the figures are no number's."""
    if international or digits.startswith("00"):
        candidate = "+" + digits.removeprefix("00")
    elif digits.startswith("0"):
        candidate = digits
    elif digits.startswith("7") and len(digits) == 10:
        candidate = "0" + digits    # a mobile said without its 0 ("seven seven double oh ...")
    else:
        return None
    try:
        number = phonenumbers.parse(candidate, "GB")
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) \
        if phonenumbers.is_possible_number(number) else None


class SpokenPhoneNumberRecognizer(DhrRecognizer):
    """A telephone number spelled in words -> PHONE_NUMBER, 0.85: ten figures or more, at least six of them words,
    that ``phonenumbers`` calls a possible number (a mobile said without its "0" too). Metadata ``{"e164": ...}``."""

    ENTITIES = (PHONE_NUMBER,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        if not _MAY_HOLD.search(text):
            return []
        found = []
        for m in _RUN.finditer(text):
            digits, words = spelled_digits(m.group()[m.end("plus") - m.start() if m.group("plus") else 0:])
            e164 = _as_dialled(digits, bool(m.group("plus"))) if words >= 6 and 10 <= len(digits) <= 15 else None
            if e164 is None:
                continue
            found.append(result(self, PHONE_NUMBER, m.start(), m.end(), 0.85, "telephone number in words",
                                e164=e164))
        return found
