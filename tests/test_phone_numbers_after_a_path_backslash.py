"""A telephone number opening a file's name in a Windows path: "C:\\Evidence\\+44 7700 900123.vcf",
"INCLUDEPICTURE "C:\\\\Users\\\\chair\\\\(0161) 496 0123.jpg"".

Found by the red team of the whole output package (benchmarks/redteam_unseen47.py, helper ``redteam47``, a number in a
field's file path): the backslash before "+" or "(" was read as Markdown's escape and dropped, so the number was
glued to the folder's name ("Evidence+44 7700 900123") and taken for part of another identifier; apply left it and
``verify --strict`` passed it. Markdown escapes "+" and "(" where a list item or a link would open (at a line's start
or after a space): there they are still read as escapes.
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

TUNED, HELD_BACK = 4711, 4712
PEOPLE = [("Hodan", "Warsame"), ("Rahima", "Choudhury"), ("Bridget", "McDonagh"), ("Florica", "Stoica"),
          ("Akosua", "Boateng"), ("Rūta", "Kazlauskas"), ("Eirlys", "Pryce"), ("Rojda", "Hawrami")]
NUMBERS = ["+44 7700 900{n}", "+447700900{n}", "(0161) 496 0{n}", "(07700) 900{n}", "+44 (0)113 496 0{n}",
           "+48 512 345 {n}", "+44_7700_900{n}"]
FOLDERS = ["C:\\Evidence\\", "C:\\Users\\chair\\Downloads\\", "\\\\server\\DHR\\Exhibits\\", "D:\\Phone\\Contacts\\",
           "C:\\\\Users\\\\chair\\\\"]
FILES = ["@.vcf", "@ statement.docx", "@.jpg", "@ (texts).pdf"]
SENTENCES = ["The officer saved {name}'s contact card as {path}.", "Exhibit: {path}", "{name}'s phone export ({path}).",
             "The field read INCLUDEPICTURE \"{path}\" \\* MERGEFORMAT"]


def _cases(seed: int, count: int = 14):
    rng = random.Random(seed)
    cases = []
    for index in range(count):
        number = NUMBERS[index % len(NUMBERS)].format(n=rng.randint(100, 999))
        given, surname = rng.choice(PEOPLE)
        path = rng.choice(FOLDERS) + rng.choice(FILES).replace("@", number)
        cases.append((given, surname, number, rng.choice(SENTENCES).format(path=path, name=f"{given} {surname}")))
    return cases


def _check(given, surname, number, text):
    rules = {"people": [{"name": f"{given} {surname}", "pseudonym": "Adult A"}]}
    assert not verify_bytes(text.encode(), "txt", rules, strict=True).ok, "strict verify passes the number"
    out = quiet_redactor(rules).redact_text(text)
    digits = "".join(c for c in number if c.isdigit())[-6:]
    assert "[phone]" in out and digits not in "".join(c for c in out if c.isdigit()), out
    assert verify_bytes(out.encode(), "txt", rules, strict=True).ok, out


@pytest.mark.parametrize("case", _cases(TUNED), ids=lambda c: c[3][:48])
def test_tuned(case):
    _check(*case)


@pytest.mark.parametrize("case", _cases(HELD_BACK), ids=lambda c: c[3][:48])
def test_held_back(case):
    _check(*case)


@pytest.mark.parametrize("text, seen", [
    ("\\+ Hodan Warsame was not told.", "Adult A"),      # Markdown's escaped list mark: still read through
    ("See \\(Hodan Warsame\\) below.", "Adult A"),
    ("C:\\DHR\\(draft) report for Hodan.docx", "C:\\DHR\\(draft) report for Adult A.docx"),
    ("C:\\DHR\\+1 version.docx", "C:\\DHR\\+1 version.docx"),
])
def test_markdown_escapes_and_paths_without_numbers(text, seen):
    out = quiet_redactor({"people": [{"name": "Hodan Warsame", "pseudonym": "Adult A"}]}).redact_text(text)
    assert seen in out and "Hodan" not in out and "Warsame" not in out, out
