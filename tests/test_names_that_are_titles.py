"""A listed name word that is a title, a rank or a report's capitals ("Di", "Ed", "Judge", "Lord", "Constable") is
the person where the sentence uses it as a name, and the title, rank or capitals where it uses it so
(``names_that_are_titles_gen``)."""
from __future__ import annotations

import pytest

import names_that_are_titles_gen as gen
from quietly import family_outcome_of, family_redactor, verify_text

CASES = [case for seed in range(0, 10) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_names_that_are_titles(case):
    assert family_outcome_of(gen, case) is None, case["sentence"]


@pytest.mark.parametrize("family", range(len(gen.FAMILIES)))
def test_verify_finds_the_name_and_passes_the_title(family):
    _, _, word, controls, _ = gen.FAMILIES[family]
    assert not verify_text(f"Later, {word} left the house.", gen.RULES[family]).ok
    for control in controls:
        assert verify_text(control, gen.RULES[family]).ok, control


def test_titles_alone_end_with_a_surname():
    # "Ms Constable" of a listed John Constable is a relative: replaced whole, never "Ms Constable Person 1"
    out = family_redactor(gen, 8).redact_text("Ms Constable did not attend.")
    assert "Constable" not in out, out


def test_a_listed_surname_that_is_a_report_acronym_after_a_title_is_the_name():
    # "HO" is the Home Office in a sentence of small letters, but Ms Ho after her title or before her given name
    rules = {"version": 1, "review": "t", "people": [{"name": "Mei Ling Ho", "pseudonym": "Lily"}],
             "dates": {"date_of_death": "2023-11-04"}}
    from quietly import redact_text

    assert redact_text("Ms HO was seen. HO Mei Ling was seen. The HO guidance was read.", rules) == \
        "Lily was seen. Lily was seen. The HO guidance was read."
