"""A family's number in a country of the North American plan (the United States, Canada, Jamaica, Trinidad and
Tobago, Barbados, ...), written as it is written there, its area code in brackets: "Her US cell was (212)
555-0182", "her mother's number in Jamaica was (876) 927-1234". Found by a contacts probe (2026-12-05): left as
written (the same digits with hyphens were found); the digits after a phone word did not allow a bracket.

Generated: numbers ``phonenumbers`` calls valid in the region, written in four ways, after varied phone words;
tuned and held-back seeds counted apart. Beside them, brackets of digits that are no number stay.
"""
from __future__ import annotations

import random

import phonenumbers
import pytest

from conftest import quiet_redactor

TUNED, HELD_BACK = 1876, 4417
REGIONS = {"US": "the US", "CA": "Canada", "JM": "Jamaica", "TT": "Trinidad", "BB": "Barbados", "BS": "the Bahamas",
           "GD": "Grenada", "LC": "St Lucia", "AG": "Antigua", "DM": "Dominica"}


def _valid_number(rng: random.Random, region: str) -> str:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE) \
        or phonenumbers.example_number(region)
    area = str(example.national_number)[:3]
    while True:
        national = area + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
        if phonenumbers.is_valid_number_for_region(phonenumbers.parse(national, region), region):
            return national


def _cases(seed: int, n: int = 40) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    cases = []
    for _ in range(n):
        region = rng.choice(sorted(REGIONS))
        d = _valid_number(rng, region)
        written = rng.choice([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"({d[:3]}){d[3:6]}-{d[6:]}",
                              f"({d[:3]}) {d[3:6]} {d[6:]}", f"({d[:3]}) {d[3:]}"])
        frame = rng.choice([
            "Her mother's number in {c} was {x}.", "His cell was {x} at the time.",
            "She rang her sister on {x} that night.", "Her mobile ({c}): {x}", "Contact number {x} was given.",
            "The phone records show calls to her aunt's number {x}.", "His number in {c} was {x}."])
        nationality = REGIONS[region]
        cases.append((frame.format(c=nationality, x=written), written))
    return cases


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor({"people": [{"name": "Joanne Whitfield", "pseudonym": "Ruth"}]})


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_a_bracketed_area_code_number_goes(redactor, seed):
    cases = _cases(seed)
    left = [(text, out) for text, number in cases if number[-4:] in (out := redactor.redact_text(text))]
    assert not left, f"{len(left)} of {len(cases)} left: {left[:8]}"


@pytest.mark.parametrize("text", [
    "She rang the police (999) at 02:10 and again at 02:40.", "His number of convictions (212) was disputed.",
    "Her phone (2019) had been seized.", "The mobile phone call lasted (12) minutes.",
])
def test_brackets_of_digits_that_are_no_number_stay(redactor, text):
    assert redactor.redact_text(text) == text


# The phone word may name whose number it is ("her mother's number", "his aunt's mobile number") or whom the call
# reached ("rang her sister on"), for any country's number written without its country code.
@pytest.mark.parametrize("region, country", [("PL", "Poland"), ("RO", "Romania"), ("NG", "Nigeria"),
                                             ("IN", "India"), ("PK", "Pakistan"), ("JM", "Jamaica"),
                                             ("LT", "Lithuania"), ("GH", "Ghana")])
@pytest.mark.parametrize("frame", ["Her mother's number in {c} was {x}.", "She rang her brother on {x} that night.",
                                   "His aunt’s mobile number {x} was in the phone.",
                                   "Her mother-in-law's number was {x}."])
def test_someones_number_after_a_phone_word_goes(redactor, region, country, frame):
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    digits = str(example.national_number)
    written = " ".join(digits[i:i + 3] for i in range(0, len(digits), 3))
    if len(digits) < 9 and "{c}" not in frame:
        pytest.skip("a number shorter than nine digits is one only with its country named")
    out = redactor.redact_text(frame.format(c=country, x=written))
    assert written not in out and "[phone]" in out, out
