"""A telephone number joined by underscores to the words of a file name or an identifier: "call_07700900123.m4a",
"Call recording +447700900123_20230514.m4a", "Tel_+447700900123", "WhatsApp_07700 900123_export.zip".

Found by the red team of Word structures (benchmarks/docx_structure_fuzz.py, a number in a bookmark's name): an
underscore counted as a letter glued to the number, so the digits were read as part of another identifier and
stayed; ``verify --strict`` reads numbers with the same recogniser and passed them. An underscore is a file name's
space: the number on either side of one is a number. Underscores between the number's own groups
("07700_900123" in running text, "_44_7700_900754") are read as spaces (tests/test_contacts_without_cues.py).
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

TUNED, HELD_BACK = 4401, 4402
PEOPLE = [("Carys", "Llewellyn"), ("Adaeze", "Nwachukwu"), ("Manjit", "Randhawa"), ("Magdalena", "Wróblewska"),
          ("Tanisha", "McKenzie"), ("Mei", "Huang"), ("Zeynep", "Demirtaş"), ("Ayaan", "Jama"),
          ("Aisling", "O'Driscoll"), ("Noor", "El-Masri"), ("Morag", "Drummond"), ("Ioana", "Popescu")]
NUMBERS = ["07700900{n}", "+447700900{n}", "+44 7700 900{n}", "07700 900{n}", "01134960{n}", "+441134960{n}"]
FILES = ["call_@.m4a", "Call recording @_2023{mm}{dd}.m4a", "Tel_@", "WhatsApp_@_export.zip", "@_screenshot.png",
         "voicemail_from_@.amr", "Screenshot_2023{mm}{dd}_@.jpg", "contact_@_{given}.vcf"]
SENTENCES = ["The police downloaded {file} from {name}'s phone.", "{name}'s sister gave the panel {file}.",
             "Exhibit 14 ({file}) was played to {name}'s family.", "The IMR lists {file} as received."]


def _cases(seed: int, count: int = 16):
    rng = random.Random(seed)
    cases = []
    for index in range(count):
        number = NUMBERS[index % len(NUMBERS)].format(n=rng.randint(100, 999))
        given, surname = rng.choice(PEOPLE)
        file = FILES[index % len(FILES)].format(mm=f"{rng.randint(1, 12):02d}", dd=f"{rng.randint(1, 28):02d}",
                                               given=given.lower())
        text = rng.choice(SENTENCES).format(file=file.replace("@", number), name=f"{given} {surname}")
        cases.append((given, surname, number, text))
    return cases


def _check(given, surname, number, text):
    rules = {"people": [{"name": f"{given} {surname}", "pseudonym": "Adult A"}]}
    assert not verify_bytes(text.encode(), "txt", rules, strict=True).ok, "strict verify passes the number"
    out = quiet_redactor(rules).redact_text(text)
    assert number not in out and "[phone]" in out, out
    digits = "".join(c for c in number if c.isdigit())[-6:]
    assert digits not in "".join(c for c in out if c.isdigit()), out
    assert verify_bytes(out.encode(), "txt", rules, strict=True).ok, out


@pytest.mark.parametrize("case", _cases(TUNED), ids=lambda c: c[3][:40])
def test_tuned(case):
    _check(*case)


@pytest.mark.parametrize("case", _cases(HELD_BACK), ids=lambda c: c[3][:40])
def test_held_back(case):
    _check(*case)


@pytest.mark.parametrize("text", ["IMG_20230514_123456.jpg was attached.", "Scan_2023_05_14_0930.pdf",
                                  "The file DHR_2023_017_final_v3.docx went to the panel."])
def test_dates_and_counters_in_file_names_stay(text):
    out = quiet_redactor({"people": [{"name": "Carys Llewellyn", "pseudonym": "Adult A"}]}).redact_text(text)
    assert out == text
