"""A place named after a given name the review uses as a pseudonym (tests/pseudonyms_in_place_names_gen.py) is
redacted as the same place named after any other name, and redacting the output again changes nothing."""
from __future__ import annotations

import pytest

from pseudonyms_in_place_names_gen import HELD_BACK, TUNED, _redact, make_cases, run_case

SEEDS = list(TUNED)[:10] + list(HELD_BACK)[:3]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_place_is_redacted_alike_whatever_name_it_holds(seed):
    for case in make_cases(seed):
        output, problems = run_case(case)
        assert not problems, (case["sentence"], output, problems)


def test_a_saints_church_is_one_place_not_two_around_the_pseudonym():
    rules = {"version": 1, "review": "test", "people": [{"name": "Hodan Warsame", "pseudonym": "Anne"}]}
    output = _redact(rules, "Hodan attended St Anne's Church.")
    assert output == "Anne attended Place 1.", output


def test_our_placeholder_after_a_capitalised_word_is_no_street():
    rules = {"version": 1, "review": "test", "people": [{"name": "Hodan Warsame", "pseudonym": "Anne"}]}
    redacted = "Her funeral took place at Royal Place 1 Infirmary."
    assert _redact(rules, redacted) == redacted


if __name__ == "__main__":
    from pseudonyms_in_place_names_gen import count

    print("tuned", count(TUNED))
    print("held-back", count(HELD_BACK))


def test_a_saint_named_like_a_pseudonym_raises_no_clash():
    import warnings

    from redact.errors import RulesWarning
    from redact.pipeline import Redactor

    rules = {"version": 1, "review": "test", "people": [{"name": "Hodan Warsame", "pseudonym": "Anne"}]}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Redactor(rules).redact_text("Hodan attended St Anne's Church.")
        Redactor(rules).redact_text("Hodan met Anne Jones at the church.")
    clashes = [str(w.message) for w in caught if issubclass(w.category, RulesWarning)
               and "is also the name of a person" in str(w.message)]
    assert len(clashes) == 1 and "'Anne'" in clashes[0], clashes   # Anne Jones's only
