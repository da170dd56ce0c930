"""Red team of unseen drafts (brief "redteam52"): a few seeds of ``redteam52_gen`` (contacts, reference numbers and
listed names as people paste them, in text and in a .docx's places, every part of the output zip searched) through
apply and ``verify --strict`` with each case's own rules. Nothing planted may survive, verify must see the draft's
and controls keep their strings. The classes still open (docs/quality.md, the "redteam52" row) are xfailed with
their reason; the whole count is ``python tests/redteam52_gen.py [--show] [--part both]``.
"""
from __future__ import annotations

import pytest

import redteam52_gen as gen

# open classes (counted in docs/quality.md), the reason each is left
OPEN_KINDS: dict[str, str] = {
    "postcode_spaced": "a postcode typed letter by letter is read only with an address word in its sentence; "
                       "'Home address' on the line above ('Home address\\nSt Aidan's Walk (L S 6 2 A B)') is not, "
                       "and two spaces inside the outward code are not (open)",
    "phone_table_bar": "a country code cut from its number by a table's bar ('+880 | 1709 859789'): the rest "
                       "alone, ten figures without a trunk 0, is no number the phone reader knows (open)",
}
OPEN_OUTCOMES: dict[str, str] = {
    "unseen": "verify --strict passes a draft whose unlisted handle, wa.me link, or a contact only in a field code, "
              "a hyperlink's target or a custom property, which apply removes all the same (open: a gate gap on "
              "drafts, no leak in the output)",
}
SEEDS = range(0, 6)


@pytest.mark.parametrize("case", [c for seed in SEEDS for c in gen.make_cases(seed)],
                         ids=lambda c: f"{c['seed']}-{c['kind']}")
def test_nothing_planted_survives_and_verify_sees_it(case):
    output, result = gen.run_case(case)
    if result and case["kind"] in OPEN_KINDS:
        pytest.xfail(OPEN_KINDS[case["kind"]])
    if result in OPEN_OUTCOMES:
        pytest.xfail(OPEN_OUTCOMES[result])
    assert result is None, f"{result}: {case.get('sentence') or case.get('value')!r} -> {output!r}"


RULES = {"version": 1, "review": "t", "people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}],
         "dates": {"date_of_death": "2023-07-09"}}


@pytest.mark.parametrize("sentence, secret", [
    # ten figures after "NHS" or its label grouped other than 3-3-4
    ("Records show NHS: 4229 343 094 (checked 2023).", "4229"),
    ("nhs no. 119.209.0071", "0071"),
    ("NHS number 660  524  4168", "4168"),
    ("NHS 3 7 0 1 3 0 2 7 8 2", "7 8 2"),
    # a plate after "VRN", in small letters, or letter by letter after its label
    ("VRN lr67cde", "lr67cde"),
    ("- VRN: mw12 xpt", "xpt"),
    ("a silver Golf, reg B D 1 9 C D E", "C D E"),
    # a force's crime reference with spaces around its slashes; a record number with a group split off
    ("Records show crime no. 13 / 292346 / 23 (checked 2023).", "292346"),
    ("Crime 44 / 123456 / 22 was filed.", "123456"),
    ("- Police ref 918 521/21", "521"),
    # a postcode typed letter by letter beside an address word
    ("Address: Quarry Hill Road (L S 6 2 A B)", "6 2 A B"),
    ("She lived at Harewood Crescent (C F 2 4 3 D N).", "3 D N"),
    ("Postcode: S W 9  0 J J", "0 J J"),
])
def test_an_identifier_typed_another_way_goes_and_verify_sees_it(sentence, secret):
    from quietly import redact_text
    from redact.api import verify_bytes

    output = redact_text(sentence, RULES)
    assert secret not in output, output
    assert not verify_bytes(sentence.encode(), "txt", RULES, strict=True).ok


@pytest.mark.parametrize("sentence", [
    "NHS 111 was called; her NHS number was not known.",
    "The NHS spent 1.5 million on 3 beds in 2021.",
    "NHS 111 was rung twice in 2 days.",
    "NHS no. 999 659-6931 and 0113 496 0327 (a phone beside it)",
    "The reg for the event was 12 May.",
    "See refs 4 / 5 of the report.",
    "The ratio was 3 / 4 and then 13 / 2023 / 24.",
    "Grades were A B 1 2 A B in the tests.",
])
def test_numbers_near_those_labels_that_are_no_identifier_stay(sentence):
    from quietly import redact_text

    output = redact_text(sentence, RULES)
    kept = [w for w in sentence.split() if any(c.isdigit() for c in w) and "0113" not in sentence]
    assert all(w in output for w in kept), output
    assert "A B 1 2" not in sentence or "A B 1 2" in output, output
