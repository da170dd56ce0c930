"""A listed surname whose prefix is written apart: "O'Neill" as "O Neill", "D'Souza" as "D Souza", "McAllister"
as "Mc Allister", "MacLeod" as "Mac Leod".

Found by a probe of spellings: "Ms O Neill attended" with Siobhán O'Neill listed became an unlisted "Ms Person 2",
and `verify` passed a draft that kept "O Neill" (it read "ONeill" and "O'Neill" only). The listed forms now include
the prefix written apart, as they include "Sarah Jane" for "Sarah-Jane".
"""
from __future__ import annotations

import re

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

NAMES = ["Siobhán O'Neill", "Declan O’Brien", "Priya D'Souza", "Marco D'Angelo", "Anita D'Cruz", "Ewan McAllister",
         "Morag MacLeod", "Kyle McDonald", "Aoife O'Sullivan", "Claire L'Estrange", "Fiona MacKenzie",
         "Ryan McLaughlin-Shaw"]
WRITTEN = ["Ms {s} attended the appointment.", "{f} {s} was 34 when she died.", "The GP wrote to {s} in March.",
           "A letter from Mr {s} was read."]


def _apart(surname: str) -> str:
    return re.sub(r"^([A-Z])['’]|^(Ma?c)(?=[A-Z])", lambda m: (m.group(1) or m.group(2)) + " ", surname)


@pytest.mark.parametrize("index", range(len(NAMES)))
def test_a_prefix_written_apart_is_the_listed_surname(index):
    full = NAMES[index]
    given, surname = full.split(" ", 1)
    rules = {"people": [{"name": full, "pseudonym": "Ruth Green"}], "dates": {"date_of_death": "2023-11-05"}}
    text = WRITTEN[index % len(WRITTEN)].format(f=given, s=_apart(surname))
    out = quiet_redactor(rules).redact_text(text)
    stem = re.split(r"[\s'’-]", _apart(surname))[1]
    assert stem not in out and "Ruth" in out, (text, out)
    assert not verify_bytes(text.encode(), "txt", rules).ok, text


@pytest.mark.parametrize("text", ["The O Level results came in.", "Her Mac Book was seized."])
def test_a_prefix_apart_from_an_ordinary_word_is_no_name(text):
    """A listed surname whose rest is an ordinary word and no name ("O'Level", "MacBook") is looked for whole only."""
    rules = {"people": [{"name": "Sean O'Level", "pseudonym": "Ian"}, {"name": "Pat MacBook", "pseudonym": "Tom"}],
             "dates": {"date_of_death": "2023-11-05"}}
    assert quiet_redactor(rules).redact_text(text) == text
