"""Contacts and dates written so that no program reads them, as a probe wrote them:

- an e-mail address with spaces or brackets ("k.smith @ gmail . com", "k.smith @gmail.com", "k.smith[at]outlook[.]com")
  or a plain "at" after an address's own part ("k.smith at gmail.com"): the local part was left;
- an international number without its "+" or "00", beside a phone word ("call her on 447700900123");
- the year of a protected date in words ("the twenty-fifth of November two thousand and nineteen"): the day and
  month went, the year in words stayed; a date of another year written so is no mention of the protected date.
"""
from __future__ import annotations

import datetime
import random

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

RULES = {"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena"}], "dates": {"date_of_death": "2019-11-25"}}


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(RULES)


def _locals(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    first = ["k", "amina", "t", "li", "ngozi", "p", "siobhan", "mehmet", "jo", "dev"]
    last = ["smith", "okafor", "nguyen", "wojcik", "rahman", "oneill", "yilmaz", "campbell", "zhou", "patel"]
    return [f"{rng.choice(first)}{rng.choice(['.', '_', ''])}{rng.choice(last)}{rng.choice(['', str(rng.randint(1, 99))])}"
            for _ in range(count)]


EMAIL_SHAPES = ["{l} @ gmail . com", "{l} @gmail.com", "{l}[at]outlook[.]com", "{l} at gmail.com",
                "{l} (at) hotmail (dot) co (dot) uk", "{l} @ yahoo.co.uk"]
EMAIL_CASES = [(EMAIL_SHAPES[i % len(EMAIL_SHAPES)].format(l=local), local)
               for i, local in enumerate(_locals(31, 18)) if any(c in local for c in "._0123456789")
               or "@" in EMAIL_SHAPES[i % len(EMAIL_SHAPES)] or "(" in EMAIL_SHAPES[i % len(EMAIL_SHAPES)]
               or "[" in EMAIL_SHAPES[i % len(EMAIL_SHAPES)]]


@pytest.mark.parametrize("address, local", EMAIL_CASES)
def test_a_written_out_address_goes_whole(redactor, address, local):
    out = redactor.redact_text(f"Her sister wrote from {address} on Monday.")
    assert local not in out and "[email]" in out, out


PHONES = ["447700900123", "447911123456", "923001234567", "48512345678", "2348031234567", "353871234567"]
PHONE_SENTENCES = ["Call her on {n}.", "She texted {n} twice.", "WhatsApp number: {n}", "Her mobile, {n}, was off."]


@pytest.mark.parametrize("number", PHONES)
def test_a_number_without_its_plus_goes_beside_a_phone_word(redactor, number):
    text = PHONE_SENTENCES[PHONES.index(number) % len(PHONE_SENTENCES)].format(n=number)
    out = redactor.redact_text(text)
    assert number not in out, out


@pytest.mark.parametrize("text", [
    "She met her at home.com for a chat.",
    "The meeting was at 10.30 today.",
    "Crime reference 447700900123 was logged.",
    "The sum of 447700900123 pence was paid into the account.",
])
def test_what_only_looks_like_one_stays_or_is_no_contact(redactor, text):
    out = redactor.redact_text(text)
    assert "[email]" not in out and "[phone]" not in out, out


def _in_words(year: int) -> list[str]:
    units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def under_100(n: int) -> str:
        if n < 10:
            return units[n]
        if n < 20:
            return teens[n - 10]
        return tens[n // 10] + ("-" + units[n % 10] if n % 10 else "")

    rest = year % 100
    if year >= 2000:
        forms = [f"two thousand and {under_100(rest)}" if rest else "two thousand"]
        if rest >= 10:
            forms.append(f"twenty {under_100(rest)}")
        return forms
    return [f"nineteen {under_100(rest)}"] if rest >= 10 else [f"nineteen hundred and {under_100(rest)}"]


ORDINALS = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth", 14: "fourteenth",
            20: "twentieth", 21: "twenty-first", 25: "twenty-fifth", 29: "twenty-ninth", 30: "thirtieth"}


def _year_cases(seed: int):
    rng = random.Random(seed)
    cases = []
    for _ in range(10):
        when = datetime.date(rng.choice([1988, 2005, 2012, 2019, 2023]), rng.randint(1, 12), rng.choice(list(ORDINALS)))
        for form in _in_words(when.year):
            cases.append((when, f"She died on the {ORDINALS[when.day]} of {when:%B} {form}.", form))
    return cases


def _rules(when: datetime.date) -> dict:
    return {"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena"}], "dates": {"date_of_death": when.isoformat()}}


@pytest.mark.parametrize("when, text, year", _year_cases(5), ids=lambda v: str(v)[:24])
def test_the_year_in_words_goes_with_the_date(when, text, year):
    assert not verify_bytes(text.encode(), "txt", _rules(when)).ok
    out = quiet_redactor(_rules(when)).redact_text(text)
    assert year not in out and out == "She died on [date removed].", out
    assert verify_bytes(out.encode(), "txt", _rules(when)).ok


def test_a_date_of_another_year_in_words_is_not_the_date():
    when = datetime.date(2019, 11, 25)
    text = "They argued on the twenty-fifth of November two thousand and eighteen."
    assert quiet_redactor(_rules(when)).redact_text(text) == text
    assert verify_bytes(text.encode(), "txt", _rules(when)).ok
