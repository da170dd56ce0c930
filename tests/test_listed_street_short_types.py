"""A listed address's street is found with its type written long or short, either way round, in apply and verify.

With "11 Beech Avenue, Wexham" listed, "Beech Ave", "11 Beech Av." and "Kestrel Cl" (of a listed Kestrel Close)
were left in the output and ``verify`` passed it; only some short forms were caught, and then by the unlisted
address reader ("Place 1", not the address's pseudonym). A street type now has all its written forms
(``lexicon.STREET_TYPE_SHORT_FORMS``: Royal Mail's and the common ones), each a form of the listed street, listed
long and written short or listed short and written long, with or without a full stop.
Street names are varied, numbers drawn; every type of the table is tried both ways.
"""
from __future__ import annotations

import random
import warnings

import pytest

from redact.api import verify_bytes
from redact.lexicon import STREET_TYPE_SHORT_FORMS
from redact.pipeline import Redactor

STREET_NAMES = ["Beech", "Kestrel", "Alder", "Foxglove", "Larkspur", "Rowan", "Heron", "Juniper", "Wren", "Bramble",
                "Sorrel", "Harebell", "Linnet", "Tamarisk", "Coltsfoot"]
SENTENCES = ["She had lived on {street} since 2019.", "Police attended {numbered} at 02:00.",
             "Her sister lived at {numbered}, two miles away.", "The family moved to {street} in 2020."]


def _cases(seed: int):
    rng = random.Random(seed)
    cases = []
    pairs = [(full, short) for full, shorts in STREET_TYPE_SHORT_FORMS.items() for short in shorts]
    for i, (full, short) in enumerate(pairs):
        for listed_long in (True, False):
            name = STREET_NAMES[(2 * i + listed_long) % len(STREET_NAMES)]
            number = rng.randint(1, 120)
            dot = "." if (i + listed_long) % 2 else ""
            listed_type, written_type = (full, short + dot) if listed_long else (short, full)
            listed = f"{number} {name} {listed_type}, Wexham WX{rng.randint(1, 9)} {rng.randint(1, 9)}AB"
            numbered = rng.random() < 0.5
            written = f"{number} {name} {written_type}" if numbered else f"{name} {written_type}"
            sentence = SENTENCES[i % 2 + 2 * (not numbered)].format(street=written, numbered=written)
            cases.append((listed, written, sentence))
    return cases


CASES = _cases(53)


def _rules(address: str) -> dict:
    return {"version": 1, "people": [{"name": "Grace Mensah", "pseudonym": "Ruth"}],
            "places": [{"name": address, "pseudonym": "Address 1"}], "dates": {"date_of_death": "2022-02-03"}}


@pytest.mark.parametrize("listed, written, sentence", CASES, ids=[f"{c[0]}->{c[1]}" for c in CASES])
def test_the_street_written_with_another_form_of_its_type_is_the_listed_address(listed, written, sentence):
    rules = _rules(listed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = Redactor(rules).redact_text(sentence)
        street_name = written.split()[-2]
        assert street_name not in out and "Address 1" in out, out
        assert not verify_bytes(sentence.encode("utf-8"), "txt", rules).ok
        assert verify_bytes(out.encode("utf-8"), "txt", rules).ok, out


def test_a_common_street_name_stays_common_in_its_short_form():
    """"High Street" alone is in every town: its "High St" is no form of a listed "3 High Street" either."""
    rules = _rules("3 High Street, Wexham")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = Redactor(rules).redact_text("The shop on High St closed. She lived at 3 High St.")
    # (the street alone may still be read as an unlisted address, "[address]", never as the listed one)
    assert out.count("Address 1") == 1 and "3 High St" not in out, out
