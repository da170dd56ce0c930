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


def chosen_parts(tuned: Iterable[int], held_back: Iterable[int], default: str = "both"
                 ) -> list[tuple[str, Iterable[int]]]:
    """The seed sets ``--part tuned|held-back|both`` asks for (``default`` without it)."""
    part = sys.argv[sys.argv.index("--part") + 1] if "--part" in sys.argv else default
    return {"tuned": [("tuned", tuned)], "held-back": [("held-back", held_back)],
            "both": [("tuned", tuned), ("held-back", held_back)]}[part]


def print_case_tallies(cases_of: Callable[[Iterable[int]], Iterable[dict]],
                       run_case: Callable[[dict], tuple[str, str | None]],
                       sets: Iterable[tuple[str, Iterable[int]]],
                       describe: Callable[[dict, str, str], str],
                       group: Callable[[dict], str] = lambda case: case["kind"]) -> None:
    """The count of a generator whose seeds give several cases and whose ``run_case`` returns (output, what went
    wrong or None): cases per group, and what went wrong per kind; ``--show`` prints ``describe(case, wrong,
    output)`` for the tuned seeds' failures only."""
    from collections import Counter

    for label, seeds in sets:
        bad: Counter = Counter()
        total: Counter = Counter()
        for case in cases_of(seeds):
            output, result = run_case(case)
            total[group(case)] += 1
            if result:
                bad[f"{case['kind']}:{result}"] += 1
                if "--show" in sys.argv and label == "tuned":
                    print(describe(case, result, output))
        print(label, dict(total), "wrong:", sum(bad.values()), dict(sorted(bad.items())), flush=True)
