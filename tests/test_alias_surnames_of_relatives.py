"""An unlisted relative's given name before the last word of a listed alias ("Manjit Singh Gill" beside the alias
"Gurdeep Singh" of Gurdeep Singh Sandhu) is the relative, whole; the alias and its titled surname stay the listed
person's (``alias_surnames_of_relatives_gen``)."""
from __future__ import annotations

import re

import pytest

import alias_surnames_of_relatives_gen as gen
from quietly import family_outcome_of, family_redactor, verify_text

CASES = [case for seed in range(0, 8) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_a_relative_before_an_alias_surname(case):
    assert family_outcome_of(gen, case) is None, case["sentence"]


def test_the_sikh_draft():
    redactor = family_redactor(gen, 0)
    out = redactor.redact_text("Harpreet's brother, Manjit Singh Gill, said Gurdeep Singh threatened him.")
    assert "Singh" not in out and "Manjit" not in out and "Gill" not in out, out
    assert out.count("Jaspal") == 1 and re.search(r"Person [0-9]+", out), out
    assert verify_text(out, gen.RULES[0]).ok, out
