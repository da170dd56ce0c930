"""An adult's title before a family name the rules write first is the adult's, where a listed child has it as a
surname ("Mr Kim" of Kim Min-jun, not of his son Kacper Kim, "Child 1"); nobody else sharing it, or the adult
listed given name first, reads as before (``family_first_titled_gen``)."""
from __future__ import annotations

import pytest

import family_first_titled_gen as gen

CASES = [case for seed in range(0, 12) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_an_adults_title_before_a_family_name_written_first(case):
    assert gen.outcome(case, gen.redact(case)) is None, (case["sentence"], case["rules"]["people"])


def test_the_other_parent_of_the_titles_sex_is_named():
    # "Mrs Kim" beside Kim Min-jun (no sex told) and Sarah Kim: the title's sex picks her, the claim changes nothing
    case = {"surname": "Kim", "expect": "Hilda", "sentence": "Mrs Kim's account was not accepted by the panel.",
            "rules": {"version": 1, "people": [{"name": "Kim Min-jun", "pseudonym": "Ralph"},
                                               {"name": "Sarah Kim", "pseudonym": "Hilda"},
                                               {"name": "Kacper Kim", "role": "child"}]}}
    assert gen.outcome(case, gen.redact(case)) is None


def test_a_boys_title_is_still_the_listed_boys():
    case = {"surname": "Kim", "expect": "Child 1", "sentence": "Master Kim was at school.",
            "rules": {"version": 1, "people": [{"name": "Kim Min-jun", "pseudonym": "Ralph"},
                                               {"name": "Kacper Kim", "role": "child"}]}}
    assert gen.redact(case).startswith("Master Child 1")


def test_two_adults_of_no_known_sex_go_by_the_rules_order_not_to_the_child():
    # Kim Min-jun and Kim Soo-ah tell no sex: "Mr Kim" is one of them (the first listed), never their son
    rules = {"version": 1, "people": [{"name": "Kacper Kim", "role": "child"},
                                      {"name": "Kim Min-jun", "pseudonym": "Ralph"},
                                      {"name": "Kim Soo-ah", "pseudonym": "Hilda"}]}
    out = gen.redact({"rules": rules, "sentence": "Mr Kim's account was not accepted by the panel."})
    assert out.startswith("Ralph") and "Child" not in out, out
