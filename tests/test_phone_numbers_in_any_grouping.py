"""A telephone number of nine to fifteen figures in any grouping (the country's own, another's, none), of the UK
or of a country families come from, beside a word of contact, goes; other long runs of figures beside the same
words (dates with times, times of a log, money, references, NHS numbers, IMEIs, counts) stay.

Found by brief "phonegroups": "Her cousin in Texas is on 2125550147 most evenings.", "She wrote 212 5550 147 on
the card.", "He texted from 06 12 34 56 78 in Lyon.", "Call 0612-345-678." were left whole and passed by
``verify --strict``. The generator is ``tests/phone_groupings_gen.py`` (TUNED seeds looked at while fixing,
HELD_BACK seeds only counted).
"""
from __future__ import annotations

import re

import pytest

from conftest import VICTIM_ONLY, quiet_redactor
from phone_groupings_gen import HELD_BACK, TUNED, non_phone_cases, phone_cases

from redact.api import verify_bytes

_REDACTOR: list = []


def _redact(text: str) -> str:
    if not _REDACTOR:
        _REDACTOR.append(quiet_redactor(VICTIM_ONLY))
    return _REDACTOR[0].redact_text(text)


def _phones(seeds) -> list[tuple[str, str, str]]:
    return [case for seed in seeds for case in phone_cases(seed)]


def _check_phone(text: str, tail: str) -> None:
    out = _redact(text)
    assert tail not in re.sub(r"[^0-9]", "", out), out
    # (a few national numbers are also read as a record's reference: "[reference]" removes them as well)
    assert "[phone]" in out or "[reference]" in out, out


@pytest.mark.parametrize("text,tail,form", _phones(TUNED), ids=lambda v: str(v)[:40])
def test_tuned_numbers_go(text, tail, form):
    _check_phone(text, tail)


@pytest.mark.parametrize("text,tail,form", _phones(HELD_BACK), ids=lambda v: str(v)[:40])
def test_held_back_numbers_go(text, tail, form):
    _check_phone(text, tail)


@pytest.mark.parametrize("text", [c for seed in TUNED + HELD_BACK for c in non_phone_cases(seed)],
                         ids=lambda v: v[:40])
def test_other_runs_of_figures_are_no_phone(text):
    assert "[phone]" not in _redact(text)


@pytest.mark.parametrize("text,number", [
    ("Her cousin in Texas is on 2125550147 most evenings.", "2125550147"),
    ("She wrote 212 5550 147 on the card.", "212 5550 147"),
    ("He texted from 06 12 34 56 78 in Lyon.", "06 12 34 56 78"),
    ("Call 0612-345-678.", "0612-345-678"),
    ("M: 0612 34 54 14", "0612 34 54 14"),
    ("5062347437 was the number written inside the diary.", "5062347437"),
    ("The caller ID showed (0-312)-47533.", "(0-312)-47533"),
])
def test_the_briefs_numbers_go_and_verify_finds_them(text, number):
    assert not verify_bytes(text.encode(), "txt", VICTIM_ONLY, strict=True).ok
    out = _redact(text)
    assert number not in out and "[phone]" in out, out
    assert verify_bytes(out.encode(), "txt", VICTIM_ONLY, strict=True).ok, out


@pytest.mark.parametrize("text", [
    "She called the police on 20-02-2022 0800 and again on 16 09 2022.",
    "Calls logged at 0800 0930 1400 on the night she rang.",
    "The contact session ran 0930-1130 and 1400-1600.",
    "The messages were downloaded from 81.2.69.160 on 3 May.",
    "She rang 999 on 14.03.2022 2140 from the street.",
    "Her phone bill came to £1 250 000 over the years.",
    "The campaign says 123 456 789 calls were made to helplines.",
])
def test_runs_of_figures_beside_a_word_of_contact_stay(text):
    assert _redact(text) == text


def test_an_imei_stays_a_reference():
    out = _redact("The phone was seized; IMEI 356938035643809 was on the label.")
    assert "[phone]" not in out and "[reference]" in out, out


# A rules file lists no contacts of its own: a number can be listed only as a person's alias. Verify found the
# alias's own spacing, hyphens and glued figures, never another grouping nor the number with its country code;
# apply took the alias's last group for a word of the name ("51 23 45 678" -> "51 23 45 Lena").
LISTED = {"people": [{"name": "Elena Munteanu", "pseudonym": "Lena", "aliases": ["07700 900123", "+48 512 345 678"]}],
          "dates": {"date_of_death": "2023-06-14"}}


@pytest.mark.parametrize("written", ["077 009 00123", "447700900123", "+44 (0)7700 900 123", "0044 77 00 90 01 23",
                                     "(07700) 900-123", "51 23 45 678", "0048 512 34 56 78", "48512345678",
                                     "(+48 51 23 45 678)"])
def test_a_listed_number_in_any_grouping_is_found_and_goes(written):
    text = f"The card in her coat said {written} in pencil."
    verdict = verify_bytes(text.encode(), "txt", LISTED)
    assert not verdict.ok and "phone_number" in [leak.kind for leak in verdict.leaks]
    out = quiet_redactor(LISTED).redact_text(text)
    assert out.replace("([phone])", "[phone]") == "The card in her coat said [phone] in pencil.", out
    assert verify_bytes(out.encode(), "txt", LISTED).ok


@pytest.mark.parametrize("text", ["Room 9001 was booked for 12 people.", "She paid £512,345 in 2019.",
                                  "The figures were 1 077 009 001 234 in all."])
def test_other_figures_are_no_listed_number(text):
    assert "phone_number" not in [leak.kind for leak in verify_bytes(text.encode(), "txt", LISTED).leaks]


def test_a_listed_number_beside_another_number_is_found_alone():
    text = "Tel 0113 496 0000 - 077 009 00123 (home/mobile)"
    spans = [leak for leak in verify_bytes(text.encode(), "txt", LISTED).leaks if leak.kind == "phone_number"]
    assert len(spans) == 1
    out = quiet_redactor(LISTED).redact_text(text)
    assert "00123" not in out and "[phone]" in out, out
