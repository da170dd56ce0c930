"""A personal number after the name of what it is, whatever its check digit or letters.

Found by a probe of a draft's records: "Her NHS number is 943 476 5918" and "NHS No: 9434765918" stayed because
the check digit is wrong (a typo in the draft, or a number copied wrong), which leaves nine of the ten digits of
the real one; "National Insurance number QQ 12 34 56 Z" (a letter HMRC never issues) and "His NINO is AB 12 34
56" (no suffix) stayed too, and so did the names the recognisers did not know: CHI, MRN, PNC ID, IMEI, UPN, UTR.
Each now counts after its name, written every way a draft writes it; values are generated (seeded), most of them
invalid by the number's own rules, so that only the name in front makes them numbers.
"""
from __future__ import annotations

import random
import string

import pytest

from conftest import quiet_redactor

RULES = {"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena"}], "dates": {"date_of_death": "2023-11-05"}}


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(RULES)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _nhs_with_a_wrong_check_digit(rng: random.Random) -> str:
    while True:
        digits = [int(c) for c in _digits(rng, 9)]
        check = (11 - sum(d * w for d, w in zip(digits, range(10, 1, -1))) % 11) % 11
        wrong = (check + rng.randint(1, 9)) % 10
        if check == 10 or wrong != check:
            return "".join(map(str, digits)) + str(wrong)


def _cases(seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    cases = []
    for label in ("NHS number", "NHS Number", "NHS No.", "NHS no:", "NHS number is", "NHS No. was"):
        nhs = _nhs_with_a_wrong_check_digit(rng)
        written = rng.choice([nhs, f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}"])
        cases.append((f"Her {label} {written} was on the referral.", written))
    for label in ("National Insurance number", "National Insurance No.", "NI number:", "NI No", "NINO",
                  "NINO is"):
        pairs = [_digits(rng, 2) for _ in range(3)]
        letters = rng.choice(["QQ", "AB", "ZX", "JK"])
        suffix = rng.choice(["", " Z", " E", "F", " A"])
        written = rng.choice([f"{letters} {' '.join(pairs)}{suffix}", f"{letters}{''.join(pairs)}{suffix.strip()}"])
        cases.append((f"His {label} {written} was given to the DWP.", written))
    more = {
        "CHI number": lambda: _digits(rng, 10),
        "MRN:": lambda: rng.choice(string.ascii_uppercase) + _digits(rng, 7),
        "PNC ID": lambda: f"{_digits(rng, 2)}/{_digits(rng, 6)}{rng.choice(string.ascii_uppercase)}",
        "PNC number": lambda: f"{_digits(rng, 2)}/{_digits(rng, 6)}{rng.choice(string.ascii_uppercase)}",
        "IMEI": lambda: _digits(rng, 15),
        "UPN": lambda: rng.choice(string.ascii_uppercase) + _digits(rng, 12),
        "unique pupil number": lambda: rng.choice(string.ascii_uppercase) + _digits(rng, 12),
        "UTR": lambda: _digits(rng, 10),
        "tax reference": lambda: _digits(rng, 10),
    }
    for label, value in more.items():
        for _ in range(2):
            written = value()
            cases.append((f"The {label} {written} was checked by the analyst.", written))
    return cases


@pytest.mark.parametrize("text, value", _cases(20261202))
def test_the_number_after_its_name_goes(redactor, text, value):
    out = redactor.redact_text(text)
    digits = "".join(c for c in value if c.isdigit())
    assert value not in out and digits not in "".join(c for c in out if c.isdigit()), out


@pytest.mark.parametrize("text", [
    "NHS 111 was called twice.",
    "She called the NHS 111 service at 02:10.",
    "The NHS number was not recorded.",
    "NHS England 2019/20 guidance applies.",
    "The tax year 2019/20 ended.",
    "Her NI number was not known to the DWP.",
    "The UPN was missing from the school's file.",
    "The NHS Long Term Plan 2019 sets this out.",
])
def test_the_names_without_a_number_stay(redactor, text):
    assert redactor.redact_text(text) == text
