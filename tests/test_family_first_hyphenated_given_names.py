"""A listed name written family name first is the person's written the English way round with the given name
hyphenated ("Kar-Fai Wong", "Chi-keung CHEUNG", "Mrs Seo-Yeon Lee") (``family_first_hyphenated_given_names_gen``)."""
from __future__ import annotations

import pytest

import family_first_hyphenated_given_names_gen as gen
from quietly import family_outcome_of, family_redactor

# open, as on main: a relative's hyphenated given name the rules do not list, before the listed family name, is left
# beside the listed person's pseudonym ("Seo-yun Park" -> "Seo-yun Jane")
CASES = [case for seed in range(0, 10) for case in gen.make_cases(seed) if case["kind"] == "hyphen"]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_family_first_names_written_the_other_way_round(case):
    assert family_outcome_of(gen, case) is None, case["sentence"]


@pytest.mark.parametrize("family", range(len(gen.FAMILIES)))
def test_each_family(family):
    name, pseudonym, _, _ = gen.FAMILIES[family]
    surname, first, second = name.split()
    out = family_redactor(gen, family).redact_text(f"Police spoke to {first}-{second.lower()} {surname} at home.")
    assert out == f"Police spoke to {pseudonym} at home."
