""""senior" or "junior" after a form names the listed father or son of the same name, or the one listed person of a
shared surname whose role is a generation above or below; where the rules list no such person the form stays a
relative's (``listed_elders_and_juniors_gen``)."""
from __future__ import annotations

import pytest

import listed_elders_and_juniors_gen as gen
from quietly import redact_text, verify_text

CASES = [case for seed in range(0, 8) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_senior_or_junior_names_the_listed_relative(case):
    output = redact_text(case["sentence"], case["rules"])
    assert gen.outcome(case, output) is None, (case["sentence"], output)
    assert verify_text(output, case["rules"]).ok, output


TRAVELLERS = {"people": [{"name": "Patrick Ward", "pseudonym": "John", "aliases": ["Paddy", "Big Paddy"]},
                         {"name": "Patrick Ward Junior", "pseudonym": "Michael", "aliases": ["Little Paddy"],
                          "role": "child"},
                         {"name": "Bridget Ward", "pseudonym": "Mary"}],
              "dates": {"date_of_death": "2019-06-08"}}


@pytest.mark.parametrize("text, expected", [
    ("Patrick Ward Jnr now lives with his grandmother.", "Michael now lives with his grandmother."),
    ("She said Paddy Ward senior watched her.", "She said John watched her."),
    ("He lives with Patrick Ward Jr. He is 5.", "He lives with Michael. He is 5."),
    ("Patrick Ward Jr. was 5.", "Michael was 5."),
])
def test_a_listed_junior_and_his_father(text, expected):
    assert redact_text(text, TRAVELLERS) == expected


def test_the_title_sex_and_the_role_sex_agree():
    """"Mrs Sandhu senior" is the listed mother-in-law (Jasleen, a name lists give both sexes); "Mr Sandhu senior" is
    nobody listed, a relative."""
    rules = {"people": [{"name": "Gurdeep Singh Sandhu", "pseudonym": "Jaspal"},
                        {"name": "Amrit Kaur Sandhu", "pseudonym": "Navneet", "role": "mother-in-law"},
                        {"name": "Harpreet Kaur", "pseudonym": "Simran", "aliases": ["Harpreet Kaur Sandhu"]}],
             "dates": {"date_of_death": "2020-10-27"}}
    assert redact_text("Mrs Sandhu senior called her Harpreet.", rules) == "Navneet called her Simran."
    out = redact_text("Mr Sandhu senior called her Harpreet.", rules)
    assert "Sandhu" not in out and "Jaspal" not in out and "Navneet" not in out and "Person 1" in out, out
