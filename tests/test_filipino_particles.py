"""A listed surname's Spanish particles written joined or apart the other way ("Dela Cruz" / "De La Cruz" /
"Delacruz", "Delos Santos" / "De Los Santos") are the person; another family with the same particles is not
(``filipino_particles_gen``)."""
from __future__ import annotations

import pytest

import filipino_particles_gen as gen
from quietly import family_outcome_of

CASES = [case for seed in range(0, 10) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_particles_joined_or_apart(case):
    assert family_outcome_of(gen, case) is None, case["sentence"]
