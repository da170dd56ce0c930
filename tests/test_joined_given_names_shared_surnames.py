"""A listed adult's given pair written joined or hyphenated, with or without its marks, before the surname he shares
with a listed child is his full name, and the bare surname of the document stays his, whatever the rules' order
(``joined_given_names_shared_surnames_gen``)."""
from __future__ import annotations

import pytest

import joined_given_names_shared_surnames_gen as gen
from quietly import family_outcome_of, family_redactor

CASES = [case for seed in range(0, 10) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_the_joined_given_name_and_the_bare_surname_are_the_adults(case):
    assert family_outcome_of(gen, case) is None, case["sentence"]


@pytest.mark.parametrize("names", range(len(gen.FAMILIES)))
def test_a_child_named_alone_keeps_the_bare_surname(names):
    # no adult named in the document: the rules' order still decides (the child listed first keeps it)
    _, surname, _, child = gen.FAMILIES[names]
    out = family_redactor(gen, 2 * names + 1).redact_text(f"{child} cried at school. {surname} hid in the yard.")
    assert out.count("Child 1") == 2, out


@pytest.mark.parametrize("names", range(len(gen.FAMILIES)))
def test_the_hyphenated_given_name_alone_is_the_adults(names):
    (a, b), surname, pseudonym, _ = gen.FAMILIES[names]
    out = family_redactor(gen, 2 * names).redact_text(f"{a}-{b} {surname} called.")
    assert out == f"{pseudonym} called.", out
