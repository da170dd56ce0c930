"""A sort code after "S/C" in any form, a sort code beside its eight-digit account, and a police force's crime
reference in its own NN/NNNNN/YY form with no label.

Found by a red-team: "Bank: S/C 31-42-00, a/c 69790534" lost its account number and kept its sort code; "s/c 66
50 30", "(18-62-43 79321166)" and "Police attended (43/12345/22)." survived `apply`."""
from __future__ import annotations

import itertools

import pytest

from redact.detect.recognizers import CaseReferenceRecognizer
from recognizer_results import texts

SORT_CODES = ["31-42-00", "66 50 30", "314200", "18-62-43"]
LABELS = ["S/C", "s/c", "S/C:", "s/c -", "sort code", "Sort code:", "SORT CODE", "sort code no."]
FRAMES = ["Bank: {x}, a/c 69790534", "{x}", "Her {x} was changed.", "({x})"]
PAIRS = ["({s} {a})", "{s}, {a}", "{s} / {a}", "Bank details ({s} {a}) to be changed.", "paid into {s} {a}"]
ACCOUNTS = ["79321166", "69790534"]
FORCE_REFS = ["43/12345/22", "01/123456/21", "14/98765/19", "52/1234567/23"]
REF_FRAMES = ["Police attended ({r}).", "Officers attended, {r}, and arrested him.", "{r}", "See {r} for the log."]


def _cases():
    for code, label, frame in itertools.product(SORT_CODES, LABELS, FRAMES):
        yield frame.format(x=f"{label} {code}"), code
    for code, account, frame in itertools.product(SORT_CODES, ACCOUNTS, PAIRS):
        if not code.isdigit():
            yield frame.format(s=code, a=account), account
    for ref, frame in itertools.product(FORCE_REFS, REF_FRAMES):
        yield frame.format(r=ref), ref


CASES = sorted(set(_cases()))


@pytest.fixture(scope="module")
def recognizer():
    return CaseReferenceRecognizer()


def test_every_sort_code_and_reference_is_taken(recognizer):
    missed = [text for text, value in CASES if not any(value in t for t in texts(recognizer, text))]
    assert not missed, f"{len(missed)} of {len(CASES)}: {missed[:20]}"


@pytest.mark.parametrize("text", [
    "paragraph 15.37", "£1,200 on 12/03/2021", "14:05", "s.9 Domestic Violence, Crime and Victims Act 2004",
    "page 12", "2021/22", "9/11", "figures 10/2021/22", "ratio 12/34/56", "s/c injection at 14:05",
    "On 01/02/2022 she rang.", "a s/c injection of 20 mg", "12-03-21 and 13-03-21"])
def test_ordinary_numbers_stay(recognizer, text):
    assert texts(recognizer, text) == []
