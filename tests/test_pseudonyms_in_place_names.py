"""A place named after a given name the review uses as a pseudonym (tests/pseudonyms_in_place_names_gen.py) is
redacted as the same place named after any other name, and redacting the output again changes nothing; somebody
else bearing the victim's pseudonym beside her is warned about, a pseudonym given beside her real name is not."""
from __future__ import annotations

import warnings

import pytest

from pseudonyms_in_place_names_gen import (HELD_BACK, TUNED, _redact, clash_warned, make_cases, make_clash_cases,
                                           run_case)
from redact.errors import RulesWarning
from redact.pipeline import Redactor

SEEDS = list(TUNED)[:10] + list(HELD_BACK)[:3]
ANNE = {"version": 1, "review": "test", "people": [{"name": "Hodan Warsame", "pseudonym": "Anne"}]}


@pytest.mark.parametrize("seed", SEEDS)
def test_a_place_is_redacted_alike_whatever_name_it_holds(seed):
    for case in make_cases(seed):
        output, problems = run_case(case)
        assert not problems, (case["sentence"], output, problems)


def test_a_saints_church_is_one_place_not_two_around_the_pseudonym():
    output = _redact(ANNE, "Hodan attended St Anne's Church.")
    assert output == "Anne attended Place 1.", output


def test_our_placeholder_after_a_capitalised_word_is_no_street():
    redacted = "Her funeral took place at Royal Place 1 Infirmary."
    assert _redact(ANNE, redacted) == redacted


def test_a_saint_named_like_a_pseudonym_raises_no_clash():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Redactor(ANNE).redact_text("Hodan attended St Anne's Church.")
        Redactor(ANNE).redact_text("Hodan met Anne Jones at the church.")
    clashes = [str(w.message) for w in caught if issubclass(w.category, RulesWarning)
               and "is also the name of a person" in str(w.message)]
    assert len(clashes) == 1 and "'Anne'" in clashes[0], clashes   # Anne Jones's only


@pytest.mark.parametrize("seed", [0, 1, 2, 1000])
def test_somebody_else_bearing_the_pseudonym_beside_the_victim_is_warned_about(seed):
    for case in make_clash_cases(seed):
        assert clash_warned(case) == (case["kind"] == "clash"), case["sentence"]


if __name__ == "__main__":
    from pseudonyms_in_place_names_gen import count, count_clashes

    print("tuned", count(TUNED))
    print("held-back", count(HELD_BACK))
    print("clashes tuned", count_clashes(TUNED))
    print("clashes held-back", count_clashes(HELD_BACK))
