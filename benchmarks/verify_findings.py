"""Every finding of verify on a set of documents and texts, with one checkout's code, to compare two checkouts.

    PYTHONPATH=TREE python benchmarks/verify_findings.py prepare CASES.pickle [--apply N]
    PYTHONPATH=TREE python benchmarks/verify_findings.py collect OUT.json --cases CASES.pickle
                           [--files DIR ...] [--corpus DIR] [--drafts DIR]
    python benchmarks/verify_findings.py --compare OUT_A OUT_B

A speed change to verify must leave every finding as it was (its location, kind, value and masked context): a leak
verify stops finding is the worst bug there is. ``prepare`` gathers the sentences of the generators of
``tests/*_gen.py`` (their tuned seed 0 and held-back seed 1000) with their own rules (or the protected dates they
write, for the generators that give no rules) and, for every so many cases (about N sentences in all), apply's output of each (spaCy loaded
once, so the same outputs serve both checkouts); ``collect`` runs ``verify_texts`` on each case's raw sentences and
outputs, ``verify_file`` on the fixtures' drafts and outputs with their own rules and the next case's, on every
file of each ``--files`` folder with the rules beside it (or case1's), on generated drafts (``benchmarks.drafts``)
and on a docx corpus with case1's rules.
"""
from __future__ import annotations

import argparse
import datetime
import importlib
import inspect
import json
import pickle
import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
SHARED = HERE.parent / "shared"
FIXTURES = SHARED / "fixtures"
SEEDS = (0, 1000)
GENERATORS = ("make_cases", "cases", "texts", "generate", "march_cases", "phone_cases", "range_sentences",
              "date_sentences")


def _strings_rules_dates(value, strings: list, rules: list, dates: list) -> None:
    if isinstance(value, str):
        if len(value) >= 6 and " " in value:
            strings.append(value)
    elif isinstance(value, datetime.date):
        dates.append(value)
    elif isinstance(value, dict):
        if "people" in value or "dates" in value:
            rules.append(value)
            return
        for item in value.values():
            _strings_rules_dates(item, strings, rules, dates)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _strings_rules_dates(item, strings, rules, dates)
    elif hasattr(value, "__dict__") and not callable(value):
        _strings_rules_dates(vars(value), strings, rules, dates)


def _cases_of(module) -> list:
    out = []
    for name in GENERATORS:
        function = getattr(module, name, None)
        if function is None:
            continue
        parameters = list(inspect.signature(function).parameters)
        for seed in SEEDS:
            try:
                made = function(seed) if parameters[:1] != ["seeds"] else function(range(seed, seed + 3))
            except TypeError:
                made = function(seed, 60)
            except Exception as error:   # a generator that needs more than a seed: left out, said so
                print(f"{module.__name__}.{name}({seed}): {type(error).__name__}: {error}", file=sys.stderr)
                continue
            out += [(f"{module.__name__}.{name}({seed})#{index}", case) for index, case in enumerate(made)]
    return out


def prepare(out: Path, applied: int) -> None:
    sys.path.insert(0, str(HERE / "tests"))
    cases = []
    for path in sorted((HERE / "tests").glob("*_gen.py")):
        module = importlib.import_module(path.stem)
        for label, case in _cases_of(module):
            strings: list[str] = []
            rules: list[dict] = []
            dates: list[datetime.date] = []
            _strings_rules_dates(case, strings, rules, dates)
            if not strings:
                continue
            if rules:
                rule = rules[0]
            else:
                # no rules given: case2's people and the dates the case writes, for the date readings
                rule = {"version": 1, "review": "findings", "people": [
                    {"name": "Aisha Rahman", "pseudonym": "Person A"},
                    {"name": "Gareth Pritchard", "pseudonym": "Person B"}], "dates": {}}
                if dates:
                    rule["dates"]["date_of_death"] = dates[0].isoformat()
                if len(dates) > 1 and dates[1] != dates[0]:
                    rule["dates"]["date_of_birth"] = dates[1].isoformat()
            cases.append({"label": label, "rules": rule, "texts": list(dict.fromkeys(strings)), "applied": []})
    if applied:
        from redact import Redactor

        # every so many cases, so that each generator has some
        stride = max(1, round(sum(len(c["texts"]) for c in cases) / applied))
        for case in cases[::stride]:
            try:
                redactor = Redactor(case["rules"])
            except Exception as error:
                print(f"{case['label']}: rules refused: {error}", file=sys.stderr)
                continue
            for text in case["texts"]:
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        case["applied"].append(redactor.redact_text(text))
                except Exception as error:   # a refusal: nothing to verify
                    print(f"{case['label']}: {type(error).__name__}", file=sys.stderr)
    out.write_bytes(pickle.dumps(cases))
    print(f"{len(cases)} cases, {sum(len(c['texts']) for c in cases)} texts, "
          f"{sum(len(c['applied']) for c in cases)} apply outputs")


def _verdict(function, *args) -> object:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return function(*args).as_dict()
    except Exception as error:   # a refusal is a verdict too
        return f"{type(error).__name__}: {error}"


def collect(out: Path, cases_file: Path | None, folders: list[Path], corpus: Path | None,
            drafts: Path | None) -> None:
    from redact.verify import verify_file, verify_texts
    from redact.rules import as_rules

    found: dict[str, object] = {}
    names = [f"case{n}" for n in range(1, 5)]
    for index, case in enumerate(names):
        own, other = FIXTURES / case / "rules.yaml", FIXTURES / names[(index + 1) % 4] / "rules.yaml"
        for suffix in (".docx", ".txt"):
            for rules in (own, other):
                found[f"{case}/draft{suffix} {rules.parent.name}"] = _verdict(
                    verify_file, FIXTURES / case / f"draft{suffix}", str(rules))
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix not in (".docx", ".txt"):
                continue
            stem = path.name.split(".")[0]
            beside = [drafts / stem / "rules.yaml"] if drafts else []
            beside += [FIXTURES / stem / "rules.yaml", FIXTURES / "case1" / "rules.yaml"]
            rules = next(r for r in beside if r.exists())
            found[f"{path} {rules}"] = _verdict(verify_file, path, str(rules))
    if drafts:
        for folder in sorted(p for p in drafts.iterdir() if (p / "rules.yaml").exists()):
            for suffix in (".docx", ".txt"):
                found[f"{folder.name}/draft{suffix}"] = _verdict(verify_file, folder / f"draft{suffix}",
                                                                 str(folder / "rules.yaml"))
    if corpus:
        for path in sorted(corpus.rglob("*.docx")):
            found[f"corpus {path.relative_to(corpus)}"] = _verdict(verify_file, path,
                                                                   str(FIXTURES / "case1" / "rules.yaml"))
    if cases_file:
        for case in pickle.loads(cases_file.read_bytes()):
            try:
                rules = as_rules(case["rules"])
            except Exception as error:
                found[case["label"]] = f"rules: {type(error).__name__}"
                continue
            for kind in ("texts", "applied"):
                if case[kind]:
                    # each sentence alone, and all of them as one document's paragraphs (month contexts, cuts)
                    found[f"{case['label']} {kind}"] = [
                        _verdict(verify_texts, rules, [(f"{kind}[{i}]", text)]) for i, text in enumerate(case[kind])]
                    found[f"{case['label']} {kind} together"] = _verdict(
                        verify_texts, rules, [(f"p{i}", text) for i, text in enumerate(case[kind])])
    out.write_text(json.dumps(found, sort_keys=True, ensure_ascii=False, default=str), encoding="utf-8")
    print(f"{len(found)} verifications, {_count(found)} findings")


def _count(found) -> int:
    if isinstance(found, dict):
        if "leaks" in found and isinstance(found["leaks"], list):
            return len(found["leaks"]) + sum(_count(v) for k, v in found.items() if k != "leaks")
        return sum(_count(v) for v in found.values())
    if isinstance(found, list):
        return sum(_count(v) for v in found)
    return 0


def compare(a: Path, b: Path) -> int:
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (a, b))
    differ = sorted(k for k in first.keys() | second.keys() if first.get(k) != second.get(k))
    for key in differ[:20]:
        print("DIFF", key)
    print(f"{len(first)} / {len(second)} verifications, {_count(first)} / {_count(second)} findings, "
          f"{len(differ)} different")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", nargs="?", choices=("prepare", "collect"))
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--apply", type=int, default=0)
    parser.add_argument("--cases", type=Path)
    parser.add_argument("--files", type=Path, action="append", default=[])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--drafts", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path)
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    if args.what == "prepare":
        prepare(args.out, args.apply)
    else:
        collect(args.out, args.cases, args.files, args.corpus, args.drafts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
