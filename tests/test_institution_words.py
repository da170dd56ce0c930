"""Services, departments, boroughs and offices read as written (tests/institution_words_gen.py): a department's
words that are also a town's are no place ("Day Surgery"), a listed borough's title and letters go with it
("LB Tower Hamlets" -> "Area A"), and an office's words before a surname stay ("Lord Justice Person 1"); a listed
town inside an institution's name and an unlisted surname after an office still go (the controls)."""
from __future__ import annotations

import sys

import pytest

from institution_words_gen import HELD_BACK, TUNED, count, run_seed

SEEDS = list(TUNED)[:12] + list(HELD_BACK)[:4]


@pytest.mark.parametrize("seed", SEEDS)
def test_institutions_read_as_written(seed):
    wrong = [(case["text"], output, found) for case, output, found in run_seed(seed) if found]
    assert not wrong, wrong


if __name__ == "__main__":
    part = sys.argv[sys.argv.index("--part") + 1] if "--part" in sys.argv else "both"
    if part in ("tuned", "both"):
        print("tuned", count(TUNED, show="--show" in sys.argv))
    if part in ("held-back", "both"):
        print("held-back", count(HELD_BACK))
