"""`redact batch --workers 2` against `--workers 1` on the same 8 drafts of one review, as a user runs it.

    python benchmarks/batch_speed.py [--scale 4] [--repeat 2] [--workers 1,2] [--fixtures]

Each run is the command in a fresh process (model loading included: that is what the user waits for), the
worker counts alternating so that a busy spell of this shared machine hurts both alike. The drafts are generated
(benchmarks/drafts, seeds 3000-3031, never the held-back 1000-1023): draft k joins the blocks of ``--scale``
generated cases, even drafts as .docx, odd ones as .txt, all under the rules of seed 3000, so the other cases'
people are unlisted and numbered across the review. ``--fixtures`` uses ../shared's case1-4 drafts (.docx and
.txt, about 18,800 words each) under case1's rules instead. Outputs and mapping must be identical across worker
counts (checked). Prints wall time (best of --repeat), the CPU time of the command and its workers, the
speed-up, the machine's load average, a Markdown table for docs/performance.md, and, because a shared machine
hides any parallel speed-up (see the end of main), the speed-up an idle machine would give, from the CPU times.
"""
from __future__ import annotations

import argparse
import dataclasses
import filecmp
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

FIRST_SEED = 3000      # above the held-back seeds 1000-1023
DRAFTS = 8


def generated_review(folder: Path, scale: int) -> Path:
    from benchmarks.drafts import generate_case, write_case
    from benchmarks.drafts.docx_writer import write_docx

    folder.mkdir(parents=True)
    rules = write_case(generate_case(FIRST_SEED), folder.parent / "rules-case")["rules"]
    for k in range(DRAFTS):
        cases = [generate_case(FIRST_SEED + k * scale + j) for j in range(scale)]
        case = dataclasses.replace(cases[0], blocks=[block for c in cases for block in c.blocks])
        if k % 2 == 0:
            write_docx(case, folder / f"draft{k:02d}.docx")
        else:
            (folder / f"draft{k:02d}.txt").write_text(case.txt, encoding="utf-8")
    return rules


def fixture_review(folder: Path) -> Path:
    folder.mkdir(parents=True)
    cases = sorted(p for p in (SHARED / "fixtures").glob("case*") if (p / "draft.docx").exists())
    for case in cases:
        for kind in ("docx", "txt"):
            shutil.copy(case / f"draft.{kind}", folder / f"{case.name}.{kind}")
    return cases[0] / "rules.yaml"


def words(folder: Path) -> int:
    from redact.documents import open_document

    return sum(len(s.text.split()) for p in folder.iterdir() for s in open_document(p).segments)


def run(drafts: Path, rules: Path, out: Path, workers: int) -> tuple[float, float]:
    """Wall and CPU seconds (the command and every process it waited for) of one batch run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([str(Path(sys.executable).parent / "redact"), "batch", str(drafts), str(out),
                             "--rules", str(rules), "--mapping", str(out) + ".mapping.json", "--workers",
                             str(workers), "-q"], capture_output=True, text=True,
                            env={**os.environ, "REDACT_AUDIT_KEY": "ab" * 32})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"batch --workers {workers} failed ({result.returncode}): {result.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def start_up_cpu(rules: Path) -> float:
    """CPU seconds of what a batch does before its first draft whatever the workers: start, import, load the model
    (in the command, which forks its workers after it)."""
    code = ("import sys, warnings; warnings.simplefilter('ignore'); from redact.batch import ReviewSettings, warm_up; "
            "from redact.rules import load_rules; warm_up(ReviewSettings(load_rules(sys.argv[1])))")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", code, str(rules)], check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def same_outputs(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    match, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
    return not mismatch and not errors and \
        Path(str(a) + ".mapping.json").read_bytes() == Path(str(b) + ".mapping.json").read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=4, help="generated cases joined into each draft")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--workers", default="1,2", help="worker counts to compare, the first is the baseline")
    parser.add_argument("--fixtures", action="store_true", help="../shared's case drafts instead of generated")
    args = parser.parse_args()
    counts = [int(n) for n in args.workers.split(",")]
    with tempfile.TemporaryDirectory(prefix="batch-speed-") as folder:
        drafts = Path(folder, "drafts")
        rules = fixture_review(drafts) if args.fixtures else generated_review(drafts, args.scale)
        total = words(drafts)
        print(f"{len(list(drafts.iterdir()))} drafts, {total:,} words; {os.cpu_count()} CPU(s); "
              f"load average {os.getloadavg()[0]:.1f} at the start", flush=True)
        times: dict[int, list[tuple[float, float]]] = {n: [] for n in counts}
        for repeat in range(args.repeat):
            for n in counts if repeat % 2 == 0 else reversed(counts):
                out = Path(folder, f"out-{n}-{repeat}")
                times[n].append(run(drafts, rules, out, n))
                print(f"  --workers {n}: {times[n][-1][0]:.1f} s wall, {times[n][-1][1]:.1f} s CPU "
                      f"(load {os.getloadavg()[0]:.1f})", flush=True)
        start_up = start_up_cpu(rules)
        identical = all(same_outputs(Path(folder, f"out-{counts[0]}-0"), Path(folder, f"out-{n}-{r}"))
                        for n in counts for r in range(args.repeat))
        base = min(wall for wall, _ in times[counts[0]])
        print(f"\noutputs and mapping identical across runs and worker counts: {identical}")
        print(f"load average at the end {os.getloadavg()[0]:.1f}\n")
        print("| workers | wall (best) | CPU (its run) | speed-up |")
        print("| --- | --- | --- | --- |")
        for n in counts:
            wall, cpu = min(times[n])
            print(f"| {n} | {wall:.1f} s | {cpu:.1f} s | {base / wall:.2f}x |")
        # This machine is shared: with other sessions busy, the kernel gives this session one fair share of the
        # CPUs (autogroup), however many processes it runs, and the wall times above cannot show a parallel
        # speed-up. What an otherwise idle machine would give follows from the CPU times: the start-up runs once,
        # the drafts' work is shared by the workers (the wait for a turn to number is left out).
        cpu_one = min(times[counts[0]])[1]
        print(f"\nstart-up (import, model): {start_up:.1f} s CPU; on an idle machine with enough cores, estimated:")
        for n in counts:
            cpu = min(times[n])[1]
            print(f"  --workers {n}: {start_up + max(cpu - start_up, 0) / n:.1f} s, "
                  f"speed-up {cpu_one / (start_up + max(cpu - start_up, 0) / n):.2f}x")
        if not identical:
            sys.exit("outputs differ between worker counts")


if __name__ == "__main__":
    main()
