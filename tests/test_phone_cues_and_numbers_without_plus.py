"""A number after any phone cue people write, in any form a phone or a person copies it: international without
its "+" ("44 7700 900123", "919876543210") and a family's number abroad in its own country's national form
("512 345 678" after "Her number in Poland was").

Found by a red-team: "Mob (India): 919876543210", "Caller can be reached on 919370974030.", "He rang her from 44
7700 900123.", "Her number in Poland was 512 345 678.", "ring me 794 610 248" all survived `apply`: the cue lists
lacked "mob", "reached", "ring me", "from", a country named between the cue and the number, and the digits
without "+" were read only when not spaced.
"""
from __future__ import annotations

import itertools
import re

import pytest

from conftest import quiet_redactor

from redact.detect.recognizers import UkPhoneRecognizer
from recognizer_results import texts

# (country, international form without "+", spaced as people group it, national form in that country)
NUMBERS = [
    ("the UK", "44 7700 900123", None),
    ("India", "91 98765 43210", "98765 43210"),
    ("Poland", "48 512 345 678", "512 345 678"),
    ("Poland", "48 794 610 248", "794 610 248"),
    ("Pakistan", "92 300 1234567", "300 1234567"),
    ("Nigeria", "234 803 123 4567", "803 123 4567"),
    ("Romania", "40 721 234 567", "721 234 567"),
    ("Lithuania", "370 612 34567", "612 34567"),
]
# the words people put before a number: nouns, labels and every inflection of the verbs, with and without "on"
CUES = ["Mob:", "Mob {where}:", "mob.", "Mobile -", "Tel.", "tel:", "Phone", "cell", "Landline:", "WhatsApp",
        "Her number {where} was", "His {adjective} number is", "Her mobile number {where}:", "contact no.",
        "Caller can be reached on", "She could be reached at", "He is reachable on", "ring me", "Ring me on",
        "rang her on", "He rang her from", "rings him on", "call him on", "Call me", "calling her on",
        "phoned her on", "phoning her from", "text me on", "texted him at", "texting on", "dial", "dialled",
        "she messaged him on", "WhatsApped her on", "contacted on"]
ADJECTIVES = {"the UK": "British", "India": "Indian", "Poland": "Polish", "Pakistan": "Pakistani",
              "Nigeria": "Nigerian", "Romania": "Romanian", "Lithuania": "Lithuanian"}
WHERE = ["in {country}", "({country})", "from {country}"]


def _cases():
    for (country, international, national), cue, where in itertools.product(NUMBERS, CUES, WHERE):
        named = cue.format(where=where.format(country=country), adjective=ADJECTIVES[country])
        yield f"{named} {international}.", international
        yield f"{named} {international.replace(' ', '')}", international.replace(" ", "")
        if national and ("{" in cue):
            yield f"{named} {national}.", national


CASES = sorted(set(_cases()))


@pytest.fixture(scope="module")
def recognizer():
    return UkPhoneRecognizer()


def test_every_cue_and_form_is_a_number(recognizer):
    missed = [text for text, number in CASES if number not in texts(recognizer, text)]
    assert not missed, f"{len(missed)} of {len(CASES)}: {missed[:20]}"


@pytest.mark.parametrize("text,number", [
    ("Mob (India): 919876543210", "919876543210"), ("Caller can be reached on 919370974030.", "919370974030"),
    ("He rang her from 44 7700 900123.", "44 7700 900123"), ("Her number in Poland was 512 345 678.", "512 345 678"),
    ("ring me 794 610 248", "794 610 248")])
def test_the_red_team_lines_are_replaced(text, number):
    out = quiet_redactor({"people": [{"name": "Grace Adjoa Mensah", "pseudonym": "Efua"}],
                          "dates": {"date_of_death": "2022-08-09"}}).redact_text(text)
    assert re.sub(r"\D", "", number)[-6:] not in re.sub(r"\D", "", out), out


# numbers that are not phones stay, whatever cue stands before them: a count of calls, years, figures of a table
# whose first group is no country code, a time, a date, money, a paragraph number
@pytest.mark.parametrize("text", [
    "Number of calls by year: 1520 1634 1702.", "She rang him 14 times between 2019 2020 and 2021.",
    "Calls received 2019/20 2020/21 2021/22.", "He rang her on 12 May 2022 at 14:05.",
    "She was reached on 15.37 of the chronology.", "Mob (India): 2 calls a day.", "Call 999 or 101.",
    "She called the helpline 12 times in 2021.", "ring me at 10:30", "Tel. 0415-0502 hrs",
    "Her number in Poland was changed in 2019.", "He phoned on 1 2 2021 about £1,200 rent.",
    "She texted on 15 March 2021 at 23:41 and 23:52.", "He rang her from 2019 to 2021."])
def test_ordinary_numbers_after_a_cue_stay(recognizer, text):
    assert texts(recognizer, text) == []
