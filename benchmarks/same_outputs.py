"""Redact the four fixtures and generated drafts with one checkout's code, to compare the outputs of two checkouts.

    PYTHONPATH=TREE python benchmarks/same_outputs.py OUT [--drafts DIR] [--seeds 3000-3011]
    python benchmarks/same_outputs.py --compare OUT_A OUT_B

A speed change must leave every output byte-identical: each case's .txt, every zip part of its .docx and its audit
(its findings and decisions, less the time and what each run's own audit key signs). The drafts are written once into DIR by
``benchmarks.drafts`` (the generator is the same in both checkouts) and read from there by both.
"""
from __future__ import annotations

import argparse
import json
import sys
import warnings
import zipfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def cases(drafts: Path, seeds: range) -> list[tuple[str, Path, Path, Path]]:
    found = [(f"case{n}", SHARED / "fixtures" / f"case{n}" / "draft.docx", SHARED / "fixtures" / f"case{n}" / "draft.txt",
              SHARED / "fixtures" / f"case{n}" / "rules.yaml") for n in range(1, 5)]
    for seed in seeds:
        folder = drafts / f"seed{seed}"
        if not (folder / "rules.yaml").exists():
            sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
            from benchmarks.drafts import generate_case, write_case
            write_case(generate_case(seed), folder)
        found.append((f"seed{seed}", folder / "draft.docx", folder / "draft.txt", folder / "rules.yaml"))
    return found


def redact_all(out: Path, drafts: Path, seeds: range) -> None:
    from redact import Redactor, RedactError

    out.mkdir(parents=True, exist_ok=True)
    for name, docx, txt, rules in cases(drafts, seeds):
        redactor = Redactor(str(rules))
        for source in (docx, txt):
            target = out / f"{name}{source.suffix}"
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    redactor.redact_file(source, target, out / f"{name}{source.suffix}.audit.jsonl", force=True)
            except RedactError as error:   # a refusal is an output too
                target.with_suffix(target.suffix + ".refused").write_text(f"{type(error).__name__}: {error}\n")


def parts(path: Path) -> dict[str, bytes]:
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as archive:
            return {f"{path.name}:{info.filename}": archive.read(info) for info in archive.infolist()}
    if path.name.endswith(".jsonl"):   # times and durations differ between any two runs
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines():
            lines.append(json.dumps(_timeless(json.loads(line)), sort_keys=True))
        return {path.name: "\n".join(lines).encode()}
    return {path.name: path.read_bytes()}


# what differs between any two runs: the time, the output's folder, and what is keyed by each run's new audit key
RUN_BOUND = {"time", "output", "key_id", "mac", "prev", "original_hmac"}


def _timeless(value):
    if isinstance(value, dict):
        return {key: _timeless(item) for key, item in value.items() if key not in RUN_BOUND}
    if isinstance(value, list):
        return [_timeless(item) for item in value]
    return value


def compare(a: Path, b: Path) -> int:
    names = sorted({p.name for p in [*a.iterdir(), *b.iterdir()] if not p.name.endswith(".key")})
    differing = 0
    for name in names:
        if not (a / name).exists() or not (b / name).exists():
            print(f"only in one: {name}")
            differing += 1
            continue
        left, right = parts(a / name), parts(b / name)
        for part in sorted(set(left) | set(right)):
            if left.get(part) != right.get(part):
                print(f"differs: {part}")
                differing += 1
    print(f"{len(names)} files compared, {differing} differences")
    return 1 if differing else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("other", type=Path, nargs="?")
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("--drafts", type=Path, default=Path("/tmp/same-outputs-drafts"))
    parser.add_argument("--seeds", default="3000-3011")
    args = parser.parse_args()
    if args.compare:
        return compare(args.out, args.other)
    first, last = (int(n) for n in args.seeds.split("-"))
    redact_all(args.out, args.drafts, range(first, last + 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
