"""Leaks, must-keep loss and mapping errors on generated fictional drafts, tuning part and held-back part.

    python benchmarks/leak_eval.py                       # 6 tuning drafts (seeds 0-5), 24 held back (1000-1023)
    python benchmarks/leak_eval.py --tuning 10 --held-back 40 --show 20
    python benchmarks/leak_eval.py --update-doc docs/quality.md   # rewrite this benchmark's section only

Each draft (``benchmarks/drafts``) is redacted as .txt and .docx with (a) the rules as the author wrote them and
(b) the rules ``redact init`` proposes after the obvious edits (``drafts/init_edits.py``), through
``Redactor(rules).redact_file``. Every part of each output is then searched, folded for case and diacritics, for
the listed values and the protected dates in any written form (``drafts/check.py``).

The held-back part is for measuring, not tuning: only its totals are printed unless ``--show-held-back``.
A refusal (``LeakError``: apply's own verify failed, nothing written) is not a leak; it is counted apart.
"""
from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.drafts import HELD_BACK_START, generate_case, write_case  # noqa: E402
from benchmarks.drafts.check import Result, check  # noqa: E402
from benchmarks.drafts.init_edits import EditLog, obvious_edits  # noqa: E402

VARIANTS = ("written", "init", "victim")
# "victim only": the rules list the victim alone (places and dates as written), as issue 11 measures detection:
# every other person of the truth left in the output is an unlisted person the detector missed
VARIANT_NAMES = {"written": "rules as written", "init": "init + obvious edits", "victim": "victim only listed"}
FORMATS = ("txt", "docx")
BEGIN, END = "<!-- generated-drafts:begin -->", "<!-- generated-drafts:end -->"


@dataclass
class Run:
    seed: int
    part: str
    variant: str
    fmt: str
    status: str                  # ok | refused | rules refused | error
    message: str = ""
    result: Result | None = None
    init_log: EditLog | None = None


@dataclass
class Totals:
    runs: int = 0
    refused: int = 0
    rules_refused: int = 0
    errors: int = 0
    listed: Counter = field(default_factory=Counter)
    dates: Counter = field(default_factory=Counter)
    parts: Counter = field(default_factory=Counter)
    keep_total: int = 0
    keep_lost: int = 0
    expected: int = 0
    missing: int = 0
    wrong: int = 0
    misaligned: int = 0
    unlisted: int = 0
    lost_kinds: Counter = field(default_factory=Counter)

    def add(self, run: Run) -> None:
        self.runs += 1
        if run.status == "refused":
            self.refused += 1
        elif run.status == "rules refused":
            self.rules_refused += 1
        elif run.status == "error":
            self.errors += 1
        if run.result is None:
            return
        r = run.result
        for leak in r.leaks:
            (self.listed if leak.kind == "listed" else self.dates)[f"{leak.kind}: {leak.klass}"] += 1
            self.parts[leak.part] += 1
        self.keep_total += r.keep_total
        self.keep_lost += r.keep_lost
        self.lost_kinds.update(r.lost_kinds)
        self.expected += r.expected
        self.missing += len(r.missing_pseudonym)
        self.wrong += len(r.wrong_pseudonym)
        self.misaligned += len(r.misaligned_parts)
        self.unlisted += len(r.unlisted_left)

    @property
    def loss(self) -> float:
        return 100.0 * self.keep_lost / self.keep_total if self.keep_total else 0.0


def redact_one(redactor, source: Path, out: Path, truth: dict, run: Run) -> Run:
    from redact import LeakError, RedactError

    try:
        with warnings.catch_warnings(record=True):
            warnings.simplefilter("always")
            redactor.redact_file(source, out, force=True)
    except LeakError as error:
        run.status, run.message = "refused", str(error)
        return run
    except RedactError as error:
        run.status, run.message = "rules refused", str(error)
        return run
    except Exception as error:  # a crash is a finding of the evaluation, not a reason to stop it
        run.status, run.message = "error", f"{type(error).__name__}: {error}"
        return run
    run.status, run.result = "ok", check(source, out, truth)
    return run


def evaluate_seed(seed: int, part: str, workdir: Path, variants, formats) -> list[Run]:
    from redact import Redactor, RedactError
    from redact.propose import propose_rules
    from redact.rules import parse_rules

    case = generate_case(seed)
    folder = workdir / f"seed{seed}"
    paths = write_case(case, folder)
    runs: list[Run] = []
    for variant in variants:
        init_log = None
        try:
            if variant == "written":
                rules = parse_rules(case.rules, str(paths["rules"]))
            elif variant == "victim":
                rules = parse_rules({**case.rules, "people": case.rules["people"][:1]}, str(paths["rules"]))
            else:
                proposed = yaml.safe_load(propose_rules(paths["docx"]))
                edited, init_log = obvious_edits(proposed, case.truth, case.rules)
                (folder / "rules.init.yaml").write_text(yaml.safe_dump(edited, allow_unicode=True, sort_keys=False),
                                                        encoding="utf-8")
                rules = parse_rules(edited, str(folder / "rules.init.yaml"))
        except RedactError as error:
            runs += [Run(seed, part, variant, fmt, "rules refused", str(error), init_log=init_log) for fmt in formats]
            continue
        redactor = Redactor(rules)
        for fmt in formats:
            out = folder / f"out.{variant}.{fmt}"
            runs.append(redact_one(redactor, paths[fmt], out, case.truth,
                                   Run(seed, part, variant, fmt, "", init_log=init_log)))
    return runs


# ---------------------------------------------------------------------------------------------- reporting
def totals_by(runs: list[Run], key) -> dict:
    out: dict = defaultdict(Totals)
    for run in runs:
        out[key(run)].add(run)
    return out


def summary_table(runs: list[Run]) -> list[str]:
    lines = ["| rules | format | outputs | refused (LeakError) | other errors | listed-value leaks | protected-date leaks "
             "| must-keep loss | pseudonym missing / expected | wrong pseudonym | paragraphs joined or split | unlisted names left |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for (variant, fmt), t in sorted(totals_by(runs, lambda r: (r.variant, r.fmt)).items(),
                                    key=lambda kv: (VARIANTS.index(kv[0][0]), kv[0][1])):
        lines.append(f"| {VARIANT_NAMES[variant]} | {fmt} | {t.runs} | {t.refused} | {t.rules_refused + t.errors} | "
                     f"{sum(t.listed.values())} | {sum(t.dates.values())} | {t.loss:.2f}% ({t.keep_lost}/{t.keep_total}) "
                     f"| {t.missing} / {t.expected} | {t.wrong} | {t.misaligned} | {t.unlisted} |")
    return lines


def class_table(runs: list[Run]) -> list[str]:
    by_variant = totals_by(runs, lambda r: r.variant)
    classes = sorted({c for t in by_variant.values() for c in (*t.listed, *t.dates)})
    if not classes:
        return ["No leak of any class (listed values or protected dates)."]
    variants = [v for v in VARIANTS if v in by_variant]
    lines = ["| leak class | " + " | ".join(VARIANT_NAMES[v] for v in variants) + " |",
             "|---" * (len(variants) + 1) + "|"]
    for c in classes:
        lines.append(f"| {c} | " + " | ".join(str(by_variant[v].listed[c] + by_variant[v].dates[c])
                                              for v in variants) + " |")
    parts: Counter[str] = Counter()
    for t in by_variant.values():
        parts.update(t.parts)
    lines.append("")
    lines.append("Leaks by part: " + (", ".join(f"{p} {n}" for p, n in parts.most_common()) or "none") + ".")
    return lines


def lost_kinds(runs: list[Run]) -> list[str]:
    by_variant = totals_by(runs, lambda r: r.variant)
    return [f"Must-keep occurrences lost by kind ({VARIANT_NAMES[v]}): "
            + (", ".join(f"{k} {n}" for k, n in by_variant[v].lost_kinds.most_common()) or "none") + "."
            for v in VARIANTS if v in by_variant]


def examples(runs: list[Run], limit: int) -> list[str]:
    lines = []
    for run in runs:
        if run.status not in ("ok", ""):
            lines.append(f"- seed {run.seed} {run.variant} {run.fmt}: **{run.status}**: {run.message[:300]}")
    shown = 0
    for run in runs:
        if run.result is None:
            continue
        r = run.result
        for leak in r.leaks:
            if shown < limit:
                lines.append(f"- seed {run.seed} {run.variant} {run.fmt} {leak.part}: {leak.kind} ({leak.klass}) "
                             f"`{leak.text}` in “{leak.context}”")
                shown += 1
        for item in r.lost[:3]:
            lines.append(f"- seed {run.seed} {run.variant} {run.fmt}: must-keep lost: {item}")
        for item in (r.missing_pseudonym[:2] + r.wrong_pseudonym[:2] + r.misaligned_parts[:1]
                     + [f"unlisted name left: {n}" for n in r.unlisted_left[:2]]):
            lines.append(f"- seed {run.seed} {run.variant} {run.fmt}: mapping: {item}")
    return lines


def init_summary(runs: list[Run]) -> list[str]:
    logs = {run.seed: run.init_log for run in runs if run.variant == "init" and run.init_log is not None}
    if not logs:
        return []
    missed = sum(len(log.missed_people) for log in logs.values())
    return [f"`init` over {len(logs)} drafts: listed people it did not propose at all {missed}; entries merged into "
            f"another entry for the same person {sum(log.merged for log in logs.values())}; people it filed under "
            f"places {sum(log.moved_from_places for log in logs.values())}; aliases deleted as not a form of the "
            f"person {sum(len(log.deleted_aliases) for log in logs.values())}; entries deleted as not a listed "
            f"person {sum(len(log.deleted_people) for log in logs.values())}; wrong proposed dates "
            f"{sum(len(log.wrong_dates) for log in logs.values())}."]


def report(runs: list[Run], tuning: list[int], held: list[int], show_held: bool, show: int) -> list[str]:
    lines = []
    for name, seeds in (("Tuning part", tuning), ("Held-back part", held)):
        part_runs = [r for r in runs if r.seed in set(seeds)]
        if not part_runs:
            continue
        span = f"seeds {seeds[0]}–{seeds[-1]}" if seeds else ""
        lines += ["", f"### {name} ({len(seeds)} drafts, {span})", ""]
        lines += summary_table(part_runs)
        # Counts per class are shown for both parts; the strings themselves only for the tuning part, since
        # an example is exactly what one would tune on.
        lines += ["", *class_table(part_runs), "", *lost_kinds(part_runs), ""]
        lines += init_summary(part_runs)
        if name == "Tuning part" or show_held:
            ex = examples(part_runs, show)
            if ex:
                lines += ["", "Examples:", "", *ex]
        else:
            lines += ["", "(examples withheld: this part is not for tuning; `--show-held-back` prints them)"]
    return lines


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def update_doc(path: Path, section: list[str]) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    block = "\n".join([BEGIN, *section, END])
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tuning", type=int, default=6, help="tuning drafts: seeds 0..N-1 (default 6)")
    parser.add_argument("--first-seed", type=int, default=0,
                        help="the tuning part starts at this seed (probe drafts not looked at before)")
    parser.add_argument("--held-back", type=int, default=24,
                        help=f"held-back drafts: seeds {HELD_BACK_START}.. (default 24)")
    parser.add_argument("--variants", default="written,init", help="written,init,victim")
    parser.add_argument("--formats", default=",".join(FORMATS), help="txt,docx")
    parser.add_argument("--show", type=int, default=15, help="leak examples to print per part")
    parser.add_argument("--show-held-back", action="store_true", help="print the held-back part's detail too")
    parser.add_argument("--keep", type=Path, help="write drafts and outputs here (default: a temporary folder)")
    parser.add_argument("--update-doc", type=Path, help="rewrite this benchmark's section of a Markdown file")
    args = parser.parse_args(argv)
    variants = [v for v in args.variants.split(",") if v]
    formats = [f for f in args.formats.split(",") if f]
    if not 0 <= args.first_seed <= HELD_BACK_START - args.tuning:
        parser.error(f"--first-seed: the tuning part must stay below {HELD_BACK_START}")
    tuning = list(range(args.first_seed, args.first_seed + args.tuning))
    held = list(range(HELD_BACK_START, HELD_BACK_START + args.held_back))
    started = time.time()
    commit = _commit()  # the code measured is the code imported now, whatever lands during the run
    with tempfile.TemporaryDirectory(prefix="leak-eval-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        runs: list[Run] = []
        for n, seed in enumerate(tuning + held, 1):
            part = "tuning" if seed < HELD_BACK_START else "held-back"
            runs += evaluate_seed(seed, part, workdir, variants, formats)
            print(f"[{n}/{len(tuning) + len(held)}] seed {seed} done ({time.time() - started:.0f} s)",
                  file=sys.stderr)
    elapsed = time.time() - started
    command = "python benchmarks/leak_eval.py " + " ".join(argv if argv is not None else sys.argv[1:])
    header = [f"Measured {dt.date.today().isoformat()} at commit {commit} in {elapsed:.0f} s: `{command.strip()}`"]
    lines = report(runs, tuning, held, args.show_held_back, args.show)
    print("\n".join(header + lines))
    if args.update_doc:
        update_doc(args.update_doc, _doc_section(header, lines))
        print(f"\nwrote the generated-drafts section of {args.update_doc}", file=sys.stderr)
    held_runs = [r for r in runs if r.part == "held-back"]
    leaks = sum(len(r.result.leaks) for r in held_runs if r.result)
    return 1 if leaks else 0


def _doc_section(header: list[str], lines: list[str], examples_kept: int = 12) -> list[str]:
    kept, shown = [], 0
    for line in lines:  # the document keeps a dozen examples; the command prints as many as asked
        shown += line.startswith("- seed")
        if not (line.startswith("- seed") and shown > examples_kept):
            kept.append(line)
    lines = kept
    return ["## Generated fictional drafts (leaks, must-keep loss, mapping)", "",
            "Written by `python benchmarks/leak_eval.py --update-doc docs/quality.md`; only the part between the "
            "`generated-drafts` markers is rewritten. Drafts come from `benchmarks/drafts` (a seed gives the same "
            "draft on every machine): names from many communities, every written form of the date of death "
            "beside neighbouring dates that must stay, listed names that are ordinary words, a chronology table, "
            "footnotes, a comment, a text box, a header and footer, core properties. Each is redacted as .txt and "
            ".docx with the rules as the author wrote them and with `redact init`'s proposal after the obvious "
            "edits; every XML part of the output is searched, folded for case and diacritics. Seeds 0–999 are "
            "the tuning part; seeds from 1000 are held back and nobody tunes on them.", "",
            "Columns: *refused* = apply's own verify failed and nothing was written (not a leak, but the author "
            "is stuck); *must-keep loss* = occurrences of ordinary words, other dates, panel names and role titles "
            "lost; *pseudonym missing* = a paragraph that names a listed person unambiguously whose output lacks "
            "that person's pseudonym; *wrong pseudonym* = an output paragraph carrying the pseudonym of a listed "
            "person the draft paragraph does not name, or more of it than the draft has mentions; *paragraphs "
            "joined or split* = stretches of the output whose paragraph count differs from the draft's (a "
            "replacement ate a line break); *unlisted names left* = full names of professionals and neighbours "
            "(not listed, replaced by the default policy) still in the output. Every leak counted here passed "
            "apply's own verify, which reported the output clean.", "", *header, *lines]


if __name__ == "__main__":
    sys.exit(main())
