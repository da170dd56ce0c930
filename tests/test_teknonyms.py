"""A parent called by the child's name ("Umm Ahmed", "Mama Tobi", "Baba Njeri", "Minjun eomma") is the parent in the
rules' aliases, never a word of the parent's own name, and the child's name in it is the child's
(``teknonyms_gen``)."""
from __future__ import annotations

import pytest

import teknonyms_gen as gen
from quietly import family_outcome_of, family_redactor, verify_text
from redact.variants import teknonym_child_name

CASES = [case for seed in range(0, 10) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_teknonyms(case):
    assert family_outcome_of(gen, case) is None, case["sentence"]


@pytest.mark.parametrize("family", range(len(gen.FAMILIES)))
def test_the_listed_child_is_never_the_parent(family):
    mother, pseudonym, words, child, _, _, _, _ = gen.FAMILIES[family]
    text = f"{mother} came to the UK in 2009. {child} was 8. {gen.teknonym(words[0], child)} was kind."
    out = family_redactor(gen, family).redact_text(text)
    assert out == f"{pseudonym} came to the UK in 2009. {gen.CHILD_PSEUDONYM} was 8. {pseudonym} was kind."
    # verify reads the same forms: the draft's names are found, the redacted text is clean
    assert not verify_text(text, gen.RULES[family]).ok
    assert verify_text(out, gen.RULES[family]).ok


@pytest.mark.parametrize("alias, own, child", [
    ("Umm Ahmed", ["Layla", "Al-Masri"], "Ahmed"), ("Mama Tobi", ["Funmilayo", "Adebayo"], "Tobi"),
    ("Minjun eomma", ["Soo-jin", "Kim"], "Minjun"), ("Hooyo Ayaan", ["Hodan", "Farah"], "Ayaan"),
    # the person's own name after a word of respect, and no teknonym word at all
    ("Mama Grace", ["Grace", "Mensah"], ""), ("Papa Joe", ["Joe", "Ward"], ""), ("Jo Pryor", ["Joanne", "Pryor"], ""),
    ("Umm", ["Layla", "Hassan"], ""),
])
def test_teknonym_child_name(alias, own, child):
    assert teknonym_child_name(alias, own) == child
