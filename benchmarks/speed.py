"""Speed and memory of dhr-redact against plain Presidio and bare spaCy, measured in the same run.

    python benchmarks/speed.py [--text FILE] [--docx FILE --rules RULES] [--repeat 3]

Each system runs in its own fresh subprocess (so peak memory is its own) on the same text and the same
spaCy model; times are the best of --repeat runs after a warm-up, reported with ratios to bare spaCy,
because this machine is shared and noisy: ratios measured in one run are what to compare across runs.
Without arguments it uses the bundled example repeated to ~20,000 words, and the shared fixture case1
when ../shared is present.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

SYSTEMS = {
    "spacy": """
from redact.detect.model import load_model
nlp = load_model().nlp
def run(text):
    return len(list(nlp(text).ents))
""",
    "presidio": """
import tldextract, presidio_analyzer.predefined_recognizers.generic.url_recognizer as u
from presidio_analyzer import AnalyzerEngine
from presidio_anonymizer import AnonymizerEngine
from redact.detect.engine import PreloadedSpacyNlpEngine
from redact.detect.model import load_model
analyzer = AnalyzerEngine(nlp_engine=PreloadedSpacyNlpEngine(load_model()))
anonymizer = AnonymizerEngine()
def run(text):
    results = analyzer.analyze(text, language="en")
    return len(anonymizer.anonymize(text=text, analyzer_results=results).text)
""",
    "dhr-redact": """
from redact import Redactor
redactor = Redactor(RULES)
def run(text):
    return len(redactor.redact_text(text))
""",
}

CHILD = """
import json, resource, sys, time
RULES = {rules!r}
text = open({text!r}, encoding="utf-8").read()
t0 = time.perf_counter()
{setup}
setup = time.perf_counter() - t0
run(text[:2000])
times = []
for _ in range({repeat}):
    t = time.perf_counter(); run(text); times.append(time.perf_counter() - t)
print(json.dumps({{"setup_s": setup, "best_s": min(times),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def measure(system: str, text_file: Path, rules: str | None, repeat: int) -> dict:
    code = CHILD.format(rules=rules, text=str(text_file), setup=SYSTEMS[system], repeat=repeat)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    if done.returncode:
        raise SystemExit(f"{system} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def docx_timings(docx: Path, rules: Path) -> dict:
    import tempfile

    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "out.docx"
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "redact.cli", "apply", str(docx), "--rules", str(rules), "-o", str(out)],
                       check=True, capture_output=True)
        apply_s = time.perf_counter() - t
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "redact.cli", "verify", str(out), "--rules", str(rules)],
                       check=True, capture_output=True)
        verify_s = time.perf_counter() - t
    return {"apply_s": apply_s, "verify_s": verify_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", type=Path)
    parser.add_argument("--rules", type=Path)
    parser.add_argument("--docx", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    case1 = SHARED / "fixtures" / "case1"
    text_file, rules = args.text, args.rules
    if text_file is None:
        if (case1 / "draft.txt").exists():
            text_file, rules = case1 / "draft.txt", rules or case1 / "rules.yaml"
        else:
            example = (REPO / "docs/examples/example-draft.txt").read_text(encoding="utf-8")
            import tempfile

            handle = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8")
            handle.write("\n\n".join([example] * max(1, 20000 // len(example.split()))))
            handle.close()
            text_file, rules = Path(handle.name), rules or REPO / "docs/examples/example-rules.yaml"
    words = len(text_file.read_text(encoding="utf-8").split())
    print(f"text: {text_file} ({words} words); rules: {rules}")
    results = {name: measure(name, text_file, str(rules) if name == "dhr-redact" else None, args.repeat)
               for name in SYSTEMS}
    base = results["spacy"]["best_s"]
    print(f"{'system':<12}{'setup s':>9}{'run s':>9}{'x spaCy':>9}{'words/s':>10}{'peak MB':>9}")
    for name, r in results.items():
        print(f"{name:<12}{r['setup_s']:>9.2f}{r['best_s']:>9.2f}{r['best_s'] / base:>9.2f}"
              f"{words / r['best_s']:>10.0f}{r['peak_rss_mb']:>9.0f}")
    docx = args.docx or (case1 / "draft.docx" if (case1 / "draft.docx").exists() else None)
    if docx is not None:
        timings = docx_timings(docx, args.rules or case1 / "rules.yaml")
        print(f"docx {docx.name}: apply {timings['apply_s']:.1f} s, verify {timings['verify_s']:.1f} s "
              f"(verify/apply {timings['verify_s'] / timings['apply_s']:.2f}; both include process start-up)")


if __name__ == "__main__":
    main()
