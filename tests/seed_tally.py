"""The by-hand count of a generated test: for the tuned and the held-back seeds apart, how many cases of each kind
went wrong (``python tests/test_X.py [--show]``). Only the tuned seeds' failures are ever printed: the held-back
part is counted, never looked at."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable


def print_tallies(make_case: Callable[[int], dict], outcome: Callable[[dict], str | None],
                  sets: Iterable[tuple[str, Iterable[int]]], tuned: str = "tuned") -> None:
    for label, seeds in sets:
        counts: dict[str, list[int]] = {}
        for seed in seeds:
            case = make_case(seed)
            wrong = outcome(case)
            tally = counts.setdefault(case["kind"], [0, 0])
            tally[1] += 1
            if wrong:
                tally[0] += 1
                if "--show" in sys.argv and label == tuned:
                    print(seed, wrong, file=sys.stderr)
        print(label, {kind: f"{bad}/{total}" for kind, (bad, total) in sorted(counts.items())}, file=sys.stderr)
