"""A listed name of three words or more in a record's order, the family name of two words or more or a particle of
the given name after the comma's other side ("OLIVEIRA SOUZA, Maria das Graças", "SILVA, João da"), is the person's
whole pseudonym once (``record_order_long_names_gen``: 140/252 tuned and 134/263 held-back came out wrong before,
most as the pseudonym twice: "LUCIA RITA, Lucia Rita"; 0 and 0 after)."""
from __future__ import annotations

import pytest

import record_order_long_names_gen as gen
from quietly import family_outcome_of, family_redactor

CASES = [case for seed in range(0, 12) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_record_order_long_names(case):
    assert family_outcome_of(gen, case) is None, case["sentence"]


@pytest.mark.parametrize("family", range(len(gen.PEOPLE)))
def test_every_place_the_family_name_may_start(family):
    name, pseudonym, _ = gen.PEOPLE[family]
    words = name.split()
    for at in range(1, len(words)):
        written = f"{' '.join(words[at:]).upper()}, {' '.join(words[:at])}"
        assert family_redactor(gen, family).redact_text(f"Name: {written}") == f"Name: {pseudonym}", written
