"""Contact details of a family abroad, and e-mail addresses written out, are contacts too.

Found by a generator of contact sentences: every number written in international form for another country
("+92 300 1234567", "+234 803 123 4567", "+1 (415) 555-0134") survived `apply`, because only UK numbers were taken,
and so did "jane.doe [at] example [dot] com". Generated numbers are random digits in each country's format: some
fall in ranges `phonenumbers` calls valid, some only possible.
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor

from redact.detect.recognizers import UkPhoneRecognizer, WrittenOutEmailRecognizer
from recognizer_results import texts

# country code, then the national number's groups (digit counts), as such numbers are written
FORMATS = {"Pakistan": ("+92", (3, 7)), "Nigeria": ("+234", (3, 3, 4)), "Poland": ("+48", (3, 3, 3)),
           "USA": ("+1", (3, 3, 4)), "Ireland": ("+353", (2, 3, 4)), "Turkey": ("+90", (3, 3, 2, 2)),
           "India": ("+91", (5, 5)), "Somalia": ("+252", (2, 7)), "Romania": ("+40", (3, 3, 3)),
           "Jamaica": ("+1", (3, 3, 4)), "Bangladesh": ("+880", (4, 6)), "Lithuania": ("+370", (3, 5))}
FIRST_DIGITS = {"Pakistan": "3", "Nigeria": "8", "Poland": "5", "USA": "4", "Ireland": "8", "Turkey": "5",
                "India": "9", "Somalia": "6", "Romania": "7", "Jamaica": "8", "Bangladesh": "1", "Lithuania": "6"}
TEMPLATES = ["She called her mother on {x} every Sunday.", "Her brother's number ({x}) was on the file.",
             "Contact abroad: {x}", "tel. {x};", "The calls to {x} stopped in May."]


def _numbers(seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for country, (code, groups) in FORMATS.items():
        digits = [FIRST_DIGITS[country] + "".join(rng.choice("0123456789") for _ in range(groups[0] - 1))]
        digits += ["".join(rng.choice("0123456789") for _ in range(n)) for n in groups[1:]]
        out.append((country, f"{code} " + " ".join(digits)))
        out.append((country, ("00" + code[1:]) + " " + " ".join(digits)))
    return out


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor({"people": [{"name": "Adaeze Okafor", "pseudonym": "Ruth"}],
                           "dates": {"date_of_death": "2023-06-14"}})


@pytest.mark.parametrize("seed", range(4))
def test_numbers_abroad_are_replaced(redactor, seed):
    for position, (country, number) in enumerate(_numbers(seed)):
        text = TEMPLATES[position % len(TEMPLATES)].format(x=number)
        out = redactor.redact_text(text)
        national = re.sub(r"\D", "", number)[-7:]
        assert national not in re.sub(r"\D", "", out), (country, out)


def test_a_us_number_in_its_own_brackets():
    assert texts(UkPhoneRecognizer(), "her cousin on +1 (415) 555-0134 and (+48 512 345 678).") == [
        "+1 (415) 555-0134", "+48 512 345 678"]


def test_other_numbers_after_a_plus_are_not_phones():
    text = "Scores rose +12 points; the temperature was +3 C; a 2+2 bedroom flat; 10 + 15 = 25."
    assert texts(UkPhoneRecognizer(), text) == []


@pytest.mark.parametrize("written", [
    "jane.doe [at] example [dot] com", "jane dot doe at gmail dot com", "j.doe(at)example.co.uk",
    "kasia.w {at} outlook {dot} com", "m_khan [at] nhs [dot] net", "Adaeze.O (at) yahoo (dot) co (dot) uk",
    "hamse.w at hotmail dot co dot uk"])
def test_written_out_email_addresses(redactor, written):
    assert texts(WrittenOutEmailRecognizer(), f"Her e-mail ({written}) was on the referral.") == [written]
    out = redactor.redact_text(f"She wrote from {written} twice.")
    assert written not in out and re.search(r"\b(doe|khan|kasia|Adaeze|hamse)\b", out, re.IGNORECASE) is None, out


@pytest.mark.parametrize("prose", [
    "She met him at home dot points on the chart.", "He arrived at Leeds.com's office.",
    "They were at school together.", "Look at item 3 dot 2 of the plan.", "She was at example.com for a year."])
def test_prose_with_at_is_no_email(prose):
    assert texts(WrittenOutEmailRecognizer(), prose) == []
