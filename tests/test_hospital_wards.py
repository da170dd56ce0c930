"""A hospital ward's name where the sentence moves a patient to or from it or puts someone on it stays as written
("transferred to Nightingale Ward" was "transferred to Person 1"); people called Ward are still replaced
(``hospital_wards_gen``: wards changed 74/173 -> 2/173 tuned, 78/176 -> 5/176 held-back; unlisted people called
Ward kept 14/57 and 14/65 before and after: the model's misses, not the ward filter's)."""
from __future__ import annotations

import pytest

import hospital_wards_gen as gen
from quietly import outcome_of
from conftest import quiet_redactor

CASES = [case for seed in range(0, 12) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", [case for case in CASES if case["kind"] != "person"],
                         ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES) if c["kind"] != "person"])
def test_hospital_wards(case):
    if case["kind"] == "listed" and " on " in case["sentence"] and case["sentence"].split(" on ")[1].split()[0] \
            in {"Rowan", "Robin", "Holly", "Florence", "Ruby", "Jasmine", "Victoria", "Alexandra", "Elizabeth",
                "Albert"}:
        pytest.xfail("a given name's ward after a bare 'on' may be a person: judged as a name")
    assert outcome_of(gen, case) is None, case["sentence"]


def test_people_called_ward_no_more_missed_than_before():
    # the model misses 4 of these 10 unlisted people called Ward with or without the ward filter (measured on main
    # before it): the filter must not add one
    people = [case for case in CASES if case["kind"] == "person"]
    assert len(people) == 10
    assert sum(1 for case in people if outcome_of(gen, case)) <= 4


@pytest.mark.parametrize("ward", gen.WARD_NAMES)
def test_every_ward_after_a_move(ward):
    sentence = f"She was transferred to {ward} Ward at 03:00."
    assert quiet_redactor(gen.RULES).redact_text(sentence) == sentence


@pytest.mark.parametrize("sentence", ["She relied on Holly Ward for lifts.", "Holly Ward said she had seen bruises.",
                                      "Her friend Patrick Ward was at the party.", "She spoke to Rowan Ward twice."])
def test_people_called_ward_are_still_replaced(sentence):
    output = quiet_redactor(gen.RULES).redact_text(sentence)
    assert "Ward" not in output, output
