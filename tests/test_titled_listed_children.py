"""An adult's title before a surname a listed adult shares with a listed child is the adult's ("Mr Li" of Wei Li,
not of his son Yusuf Li, "Child 1"), in every language the titles table knows (``titled_listed_children_gen``)."""
from __future__ import annotations

import pytest

import titled_listed_children_gen as gen
from quietly import family_outcome_of, family_redactor

from redact.variants import gender_of

CASES = [case for seed in range(0, 12) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}" for i, c in enumerate(CASES)])
def test_an_adults_title_is_the_adults(case):
    assert family_outcome_of(gen, case) is None, case["sentence"]


def _has_a_boy(family: int) -> bool:
    return any(gender_of([], child.split()) != "female" for child in gen.FAMILIES[family][2])


@pytest.mark.parametrize("family", [f for f in range(len(gen.FAMILIES)) if _has_a_boy(f)])
def test_a_boys_title_is_a_listed_childs(family):
    # "Master Nowak" is the listed boy, never his father; "Miss Nowak" may be a girl or a woman: no surname is left
    # (a family whose listed children are girls only is left out: "Master Begum" is nobody listed)
    surname = gen.FAMILIES[family][0]
    master = family_redactor(gen, family).redact_text(f"Master {surname} was at school.")
    miss = family_redactor(gen, family).redact_text(f"Miss {surname} was at school.")
    assert master.startswith("Master Child "), master
    assert surname.lower() not in miss.lower(), miss
