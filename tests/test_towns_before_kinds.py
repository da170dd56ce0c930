"""A town before an organisation's kind no recogniser lists ("Bradford Library", "Lahore Museum") goes, the kind
stays; national bodies, kinds alone and people are left (generator ``towns_before_kinds_gen``)."""
from __future__ import annotations

import pytest

import towns_before_kinds_gen as gen
from quietly import outcome_of, redact_text

CASES = [case for seed in range(0, 12) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{c['kind']}-{i}" for i, c in enumerate(CASES)])
def test_towns_before_kinds(case):
    assert outcome_of(gen, case) is None, case["sentence"]


@pytest.mark.parametrize("sentence, kind", [
    ("She went to Bradford Library.", "Library"),
    ("Staff at Dundee Hospice said she was anxious.", "Hospice"),
    ("Agency\tFrome Night Shelter\tNo contact", "Night Shelter"),
    ("The Kunri Cemetery's records were lost.", "Cemetery's"),
    ("She was referred to the Stocksbridge Walk-in Centre.", "Walk-in Centre"),
])
def test_the_town_goes_and_the_kind_stays(sentence, kind):
    town = sentence.split(kind)[0].split()[-1]
    out = redact_text(sentence, gen.RULES)
    assert town not in out
    assert kind in out and "Place" in out


@pytest.mark.parametrize("sentence", [
    "Bradford Smith said she was fine.",       # a person whose given name is a town
    "Ashley Support Worker attended.",          # a given name that is a village, before a role
    "She shopped at Marks and Spencer.",
    "Citizens Advice helped her with debts.",
    "She went to the Library.",
    "Leigh Day represented the family.",       # a town that is a name too: judged by the sentence
])
def test_no_town_is_read_into_names_and_national_bodies(sentence):
    out = redact_text(sentence, gen.RULES)
    assert "Place" not in out
