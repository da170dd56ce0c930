"""A community's word of respect or kinship after a listed name stays after the pseudonym, and the name is the
listed person's; a surname or given name after it is another person (``honorifics_after_a_name_gen``)."""
from __future__ import annotations

import pytest

import honorifics_after_a_name_gen as gen
from quietly import family_outcome_of, family_redactor

CASES = [case for seed in range(0, 10) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_words_of_respect_after_a_listed_name(case):
    assert family_outcome_of(gen, case) is None, case["sentence"]


@pytest.mark.parametrize("family", range(len(gen.FAMILIES)))
def test_each_word_of_respect_apart(family):
    name, pseudonym, apart, _ = gen.FAMILIES[family]
    given = name.split()[0]
    redactor = family_redactor(gen, family)
    for word in apart:
        assert redactor.redact_text(f"She told {given} {word} about the bruises.") == \
            f"She told {pseudonym} {word} about the bruises.", word
