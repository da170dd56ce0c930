"""An Irish surname's particle typed without its accent for a listed adult and with it for a listed child
(tests/bare_irish_particles_gen.py): an adult's title before the surname names an adult of its sex, never the child;
a bare middle "O" before a surname nobody else has reads as before."""
from __future__ import annotations

import pytest

from bare_irish_particles_gen import HELD_BACK, TUNED, make_cases, run_case

SEEDS = list(TUNED)[:12] + list(HELD_BACK)[:4]


@pytest.mark.parametrize("seed", SEEDS)
def test_an_adults_title_names_an_adult_of_its_sex(seed):
    for case in make_cases(seed):
        output, problem = run_case(case)
        assert problem is None, (case["kind"], case["sentence"], output, [p["name"] for p in case["rules"]["people"]])


if __name__ == "__main__":
    from bare_irish_particles_gen import count

    print("tuned", count(TUNED))
    print("held-back", count(HELD_BACK))
