"""A listed given name in its written abbreviation ("Md", "Mohd", "Ma.", "Wm") is the person with the rest of the
name, and the abbreviation in the rules is the name in full; the abbreviation alone is never the person
(``abbreviated_given_names_gen``)."""
from __future__ import annotations

import pytest

import abbreviated_given_names_gen as gen
from quietly import family_outcome_of, verify_text

CASES = [case for seed in range(0, 10) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_abbreviated_given_names(case):
    assert family_outcome_of(gen, case) is None, case["sentence"]


@pytest.mark.parametrize("control", gen.WORD_CONTROLS)
def test_verify_reads_no_abbreviation_alone_as_the_listed_name(control):
    # "Md Abdul Jalil" in the rules: a published "MD" is no leak of his name
    assert verify_text(control, gen.RULES[1]).ok, control


def test_verify_reads_the_abbreviated_name():
    assert not verify_text("Md. A. Jalil was arrested.", gen.RULES[0]).ok
    assert not verify_text("Mohammed Abdul Jalil was arrested.", gen.RULES[1]).ok
