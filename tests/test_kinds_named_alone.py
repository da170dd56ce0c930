"""An institution or service named by its kind alone after "the" (tests/kinds_named_alone_gen.py) is left as
written; a person or a place named with such a word, written so, is still replaced."""
from __future__ import annotations

import pytest

from kinds_named_alone_gen import HELD_BACK, TUNED, make_cases, run_case

SEEDS = list(TUNED)[:10] + list(HELD_BACK)[:3]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_kind_after_the_names_nobody(seed):
    for case in make_cases(seed):
        output, problem = run_case(case)
        assert problem is None, (case["kind"], case["sentence"], output, problem)


if __name__ == "__main__":
    from kinds_named_alone_gen import count

    print("tuned", count(TUNED))
    print("held-back", count(HELD_BACK))
