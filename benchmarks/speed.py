"""Speed and memory of dhr-redact against plain Presidio and bare spaCy, measured side by side in one run.

    python benchmarks/speed.py [--repeat 3] [--big-words 100000] [--compare OLD_CHECKOUT] [--json results.json]

What runs, each in its own long-lived subprocess (so its peak memory is its own), on the same text and spaCy model:

- ``spacy-ner``: bare spaCy NER, ``nlp.pipe`` over the paragraphs with only tok2vec and ner enabled;
- ``presidio-paragraph`` / ``presidio-whole``: a default Presidio ``AnalyzerEngine`` + ``AnonymizerEngine``, per
  paragraph (as a Word user would) and on the whole text at once, over our load of the model (parser left out);
  ``presidio-whole-installed``: the same on the whole text over the model loaded as Presidio loads it itself (every
  component, parser included): for information, the targets are judged against the leaner two;
- ``apply-docx`` / ``apply-txt``: our ``Redactor.redact_file`` end to end (read, detect, decide, write, verify) on
  the fixture's .docx and .txt; ``apply-plain-docx``: a .docx of the .txt's paragraphs alone;
- ``apply-big-txt`` / ``apply-big-plain-docx``: the same on a ~100,000-word document made by varying the fixture
  text (the text, then copies with its sentences dealt at random into new paragraphs), against the ~20,000-word one;
  ``spacy-ner-big``: bare spaCy NER on that text, for how much of the growth is the model's own;
- ``cold apply`` / ``cold verify`` / ``--help``: the command as a new process, model load included;
- with ``--compare DIR``: ``apply-docx@compare`` and ``apply-txt@compare``, another checkout's package (an older
  commit unpacked with ``git archive``) in the same rounds, for a before/after measured side by side.

Model loading is excluded from the in-process times (the "setup" column). Every apply run is a new ``Redactor`` and
starts with the text caches emptied, as a new draft would; each system is warmed up once, the rounds alternate
between systems, and the best of ``--repeat`` is kept, in wall time and in CPU time (the CPU time of the process and
of the children it waited for, apply's forked NER reader: on a shared machine it moves much less than the wall
time). Ratios measured in one run are what to compare across
runs. Text: the shared fixture case1 when ../shared is present, else the bundled example repeated to ~20,000 words.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CASE1 = SHARED / "fixtures" / "case1"
EXAMPLE = REPO / "docs" / "examples"

# One worker per system: setup once, then "run" lines from the parent, each answered with the seconds it took.
WORKER = r"""
import json, os, resource, sys, time, warnings
warnings.simplefilter("ignore")
def cpu():   # this process and the children it waited for (apply's forked NER reader)
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system
ARGS = json.loads(sys.argv[1])
t0 = time.perf_counter()
{setup}
print(json.dumps({{"setup_s": time.perf_counter() - t0}}), flush=True)
for line in sys.stdin:
    if line.strip() != "run":
        break
    t, c = time.perf_counter(), cpu(); size = run()
    print(json.dumps({{"s": time.perf_counter() - t, "cpu_s": cpu() - c, "size": size}}), flush=True)
print(json.dumps({{"peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "child_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}}), flush=True)
"""

PARAGRAPHS = r"""
from pathlib import Path
text = Path(ARGS["text"]).read_text(encoding="utf-8")
paragraphs = [p for p in text.split("\n") if p.strip()]
"""

SYSTEMS = {
    "spacy-ner": PARAGRAPHS + """
from redact.detect.model import load_model
nlp = load_model().nlp
keep = [name for name in nlp.pipe_names if name in ("tok2vec", "ner")]
def run():
    with nlp.select_pipes(enable=keep):
        return sum(len(doc.ents) for doc in nlp.pipe(paragraphs))
""",
    "presidio-paragraph": PARAGRAPHS + """
from presidio_anonymizer import AnonymizerEngine
from benchmarks.evaluate import PresidioSystem
analyzer, anonymizer = PresidioSystem().analyzer, AnonymizerEngine()
def run():
    return sum(len(anonymizer.anonymize(text=p, analyzer_results=analyzer.analyze(p, language="en")).text)
               for p in paragraphs)
""",
    "presidio-whole": PARAGRAPHS + """
from presidio_anonymizer import AnonymizerEngine
from benchmarks.evaluate import PresidioSystem
analyzer, anonymizer = PresidioSystem().analyzer, AnonymizerEngine()
def run():
    return len(anonymizer.anonymize(text=text, analyzer_results=analyzer.analyze(text, language="en")).text)
""",
    # For information, not for the targets: Presidio as its users install it loads the whole pipeline, parser
    # included (``SpacyNlpEngine.load``: ``spacy.load(name)``); the rows above give it our leaner load.
    "presidio-whole-installed": PARAGRAPHS + """
import spacy
from presidio_anonymizer import AnonymizerEngine
from benchmarks.evaluate import PresidioSystem
from redact.detect import model as models
ours = models.load_model()
whole = models.LoadedModel(ours.name, ours.version, spacy.load(ours.nlp.path))
analyzer, anonymizer = PresidioSystem(loaded=whole).analyzer, AnonymizerEngine()
def run():
    return len(anonymizer.anonymize(text=text, analyzer_results=analyzer.analyze(text, language="en")).text)
""",
    "apply": """
import tempfile
from pathlib import Path
from redact import Redactor
from redact.detect.model import load_model
load_model()
src, rules = Path(ARGS["src"]), ARGS["rules"]
out = Path(tempfile.mkdtemp()) / ("out" + src.suffix)
if ARGS.get("warm"):   # a long document's worker warms up on the short one (lexicons built, code paths loaded)
    Redactor(rules).redact_file(Path(ARGS["warm"]), out.with_suffix(Path(ARGS["warm"]).suffix), force=True)
def forget_texts():
    # what the last run cached about its texts (folds, dates, tags) is forgotten, so that each run meets the
    # document as a new draft; the per-process lexicons (caches of a few entries) stay, as in a running server
    for module in [m for name, m in sys.modules.items() if name.startswith("redact")]:
        for value in list(vars(module).values()):
            size = getattr(value, "cache_parameters", lambda: {})().get("maxsize", 0)
            if size is None or size > 64:
                value.cache_clear()
def run():
    forget_texts()
    # a new Redactor per run, as a new document meets a new command: only the model is shared
    Redactor(rules).redact_file(src, out, force=True)
    return out.stat().st_size
""",
}


class Worker:
    def __init__(self, label: str, system: str, args: dict, tree: Path | None = None):
        self.label = label
        self.warm_up_run = "warm" not in args
        code = WORKER.format(setup=SYSTEMS[system])
        env = dict(os.environ)
        if tree is not None:   # another checkout's package, imported first (the same model and libraries)
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(tree), env.get("PYTHONPATH")]))
        self.process = subprocess.Popen([sys.executable, "-c", code, json.dumps(args)], cwd=tree or REPO, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        env=env)
        self.setup_s = self._answer()["setup_s"]
        self.times: list[float] = []
        self.cpu_times: list[float] = []

    def _answer(self) -> dict:
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"{self.label} failed:\n{self.process.stderr.read()[-3000:]}")
        return json.loads(line)

    def run(self) -> float:
        self.process.stdin.write("run\n")
        self.process.stdin.flush()
        answer = self._answer()
        self.times.append(answer["s"])
        self.cpu_times.append(answer["cpu_s"])
        return answer["s"]

    def finish(self) -> dict:
        self.process.stdin.write("stop\n")
        self.process.stdin.flush()
        peaks = self._answer()
        self.process.wait()
        first = 1 if self.warm_up_run else 0
        return {"setup_s": self.setup_s, "best_s": min(self.times[first:]), "times": self.times,
                "cpu_s": min(self.cpu_times[first:]),
                "peak_rss_mb": peaks["peak_rss_mb"], "child_peak_rss_mb": peaks.get("child_peak_rss_mb", 0.0)}


def cold(command: list[str]) -> dict:
    """Wall time, CPU time and peak memory of one command as a new process (the wrapper's only child)."""
    wrapper = ("import resource, subprocess, sys, time, json\n"
               "t = time.perf_counter(); done = subprocess.run(sys.argv[1:], capture_output=True)\n"
               "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
               "print(json.dumps({'s': time.perf_counter() - t, 'rc': done.returncode,\n"
               "  'cpu_s': usage.ru_utime + usage.ru_stime, 'peak_rss_mb': usage.ru_maxrss / 1024}))")
    done = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True, cwd=REPO)
    return json.loads(done.stdout)


# ------------------------------------------------------------------------------------------------ inputs
def _example_inputs(work: Path) -> tuple[Path, Path, Path]:
    """The bundled example repeated to ~20,000 words (txt and docx), for a clone without ../shared."""
    example = (EXAMPLE / "example-draft.txt").read_text(encoding="utf-8")
    copies = max(1, 20000 // len(example.split()))
    txt = work / "example20k.txt"
    txt.write_text("\n\n".join([example] * copies), encoding="utf-8")
    docx = work / "example20k.docx"
    _repeat_docx(EXAMPLE / "example-draft.docx", docx, copies, random.Random(0))
    return txt, docx, EXAMPLE / "example-rules.yaml"


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def _vary_paragraphs(text: str, copies: int, rng: random.Random) -> str:
    """The text ``copies`` times, the first as it is; in each other copy the sentences of the whole text are dealt
    out again at random into paragraphs of the original lengths: a long document of the fixture's sentences whose
    paragraphs are new (so that nothing is found again merely because a paragraph repeats)."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    split = [_SENTENCE_END.split(p) for p in paragraphs]
    sentences = [s for parts in split for s in parts]
    out = list(paragraphs)
    for _ in range(copies - 1):
        dealt = list(sentences)
        rng.shuffle(dealt)
        order = list(range(len(split)))
        rng.shuffle(order)
        at = 0
        for index in order:
            out.append(" ".join(dealt[at:at + len(split[index])]))
            at += len(split[index])
    return "\n\n".join(out)


def _docx_from_text(text: str, dst: Path) -> None:
    """A plain .docx with one paragraph per paragraph of ``text`` (python-docx)."""
    import docx

    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(str(dst))


def _repeat_docx(src: Path, dst: Path, copies: int, rng: random.Random) -> None:
    """The body's paragraphs and tables ``copies`` times, each copy after the first in a new order."""
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(src) as archive:
        items = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            if info.filename == "word/document.xml":
                root = etree.fromstring(data)
                body = root.find(f"{w}body")
                blocks = [child for child in body if child.tag in (f"{w}p", f"{w}tbl")]
                anchor = body.find(f"{w}sectPr")
                for _ in range(copies - 1):
                    copy = [etree.fromstring(etree.tostring(block)) for block in blocks]
                    rng.shuffle(copy)
                    for block in copy:
                        if anchor is not None:
                            anchor.addprevious(block)
                        else:
                            body.append(block)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            out.writestr(info, data)


def _machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = os.getloadavg()
    from importlib.metadata import version

    return (f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GB RAM, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, spaCy {version('spacy')}, presidio-analyzer "
            f"{version('presidio-analyzer')}; load average at start {load[0]:.1f}")


def _model_name() -> str:
    code = "from redact.detect.model import load_model; m = load_model(); print(m.name, m.version, m.nlp.pipe_names)"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO).stdout.strip()


# ------------------------------------------------------------------------------------------------ main
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds after the warm-up (best is kept)")
    parser.add_argument("--big-words", type=int, default=100_000, help="size of the long document")
    parser.add_argument("--big-repeat", type=int, default=1, help="timed runs of the long document")
    parser.add_argument("--cold-repeat", type=int, default=3)
    parser.add_argument("--skip", default="", help="comma-separated systems to leave out (e.g. apply-big-docx)")
    parser.add_argument("--case", type=Path, default=CASE1, help="a folder with draft.docx, draft.txt, rules.yaml")
    parser.add_argument("--compare", type=Path, help="another checkout (e.g. an older commit, from git archive): "
                        "its apply runs beside ours in the same rounds, as apply-docx@compare and apply-txt@compare")
    parser.add_argument("--json", type=Path, help="write every number here too")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="speed-"))
    if (args.case / "draft.docx").exists():
        case = args.case
        txt, docx, rules, source = case / "draft.txt", case / "draft.docx", case / "rules.yaml", case.name
    else:
        (txt, docx, rules), source = _example_inputs(work), "bundled example x N"
    words = len(txt.read_text(encoding="utf-8").split())
    copies = max(2, round(args.big_words / words))
    big_txt, plain_docx, big_docx = work / "big.txt", work / "plain.docx", work / "big.docx"
    varied = _vary_paragraphs(txt.read_text(encoding="utf-8"), copies, random.Random(7))
    big_txt.write_text(varied, encoding="utf-8")
    _docx_from_text(_vary_paragraphs(txt.read_text(encoding="utf-8"), 1, random.Random(7)), plain_docx)
    _docx_from_text(varied, big_docx)
    big_words = len(varied.split())
    print(f"machine: {_machine()}")
    print(f"model: {_model_name()}")
    print(f"text: {source}, {words} words (txt); long document: {big_words} words (the text, then {copies - 1} "
          f"copies with its sentences dealt into new paragraphs); plain docx: one paragraph per paragraph")

    plan = {
        "spacy-ner": ("spacy-ner", {"text": str(txt)}),
        "presidio-paragraph": ("presidio-paragraph", {"text": str(txt)}),
        "presidio-whole": ("presidio-whole", {"text": str(txt)}),
        "presidio-whole-installed": ("presidio-whole-installed", {"text": str(txt)}),
        "apply-docx": ("apply", {"src": str(docx), "rules": str(rules)}),
        "apply-txt": ("apply", {"src": str(txt), "rules": str(rules)}),
        "apply-plain-docx": ("apply", {"src": str(plain_docx), "rules": str(rules)}),
        "spacy-ner-big": ("spacy-ner", {"text": str(big_txt)}),
        "apply-big-txt": ("apply", {"src": str(big_txt), "rules": str(rules), "warm": str(txt)}),
        "apply-big-plain-docx": ("apply", {"src": str(big_docx), "rules": str(rules), "warm": str(plain_docx)}),
    }
    skip = {s for s in args.skip.split(",") if s}
    results: dict[str, dict] = {}
    small = {label: Worker(label, *plan[label]) for label in plan if "big" not in label and label not in skip}
    if args.compare is not None:
        for label in ("apply-docx", "apply-txt"):
            small[f"{label}@compare"] = Worker(f"{label}@compare", *plan[label], tree=args.compare.resolve())
    for _ in range(1 + args.repeat):                      # a warm-up round, then rounds alternating systems
        for worker in small.values():
            worker.run()
    for label, worker in small.items():
        results[label] = worker.finish()
        print(f"  {label}: {results[label]['best_s']:.2f} s", flush=True)
    # the long documents one at a time, after the rest, so that their peaks are their own
    for label in (label for label in plan if "big" in label and label not in skip):
        worker = Worker(label, *plan[label])
        for _ in range(args.big_repeat + worker.warm_up_run):   # apply warmed up in its setup, spaCy by a run
            worker.run()
        results[label] = worker.finish()
        print(f"  {label}: {results[label]['best_s']:.2f} s", flush=True)

    out = work / "cold-out.docx"
    redact = [sys.executable, "-m", "redact.cli"]
    colds = {
        "cold apply (docx)": redact + ["apply", str(docx), "--rules", str(rules), "-o", str(out), "--force"],
        "cold verify (docx)": redact + ["verify", str(out), "--rules", str(rules)],
        "redact --help": redact + ["--help"],
    }
    cold_results = {}
    for _ in range(args.cold_repeat):
        for label, command in colds.items():
            r = cold(command)
            best = cold_results.get(label)
            if best is None or r["s"] < best["s"]:
                cold_results[label] = {**r, "cpu_s": min(r["cpu_s"], best["cpu_s"]) if best else r["cpu_s"]}
            else:
                best["cpu_s"] = min(best["cpu_s"], r["cpu_s"])
    report(results, cold_results, words, big_words)
    if args.json:
        args.json.write_text(json.dumps({"results": results, "cold": cold_results, "words": words,
                                         "big_words": big_words}, indent=1))


def report(results: dict, colds: dict, words: int, big_words: int) -> None:
    """The table and the ratios, on wall time and on CPU time (CPU time is the steadier one on a busy machine)."""
    def ratio(a: str, b: str | None, key: str) -> float:
        if b is None or a not in results or b not in results:
            return float("nan")
        return results[a][key] / results[b][key]

    presidio = [k for k in ("presidio-paragraph", "presidio-whole") if k in results]
    fastest = {key: min(presidio, key=lambda k: results[k][key]) if presidio else None for key in ("best_s", "cpu_s")}
    print(f"\n{'system':<22}{'setup s':>8}{'wall s':>8}{'cpu s':>8}{'x spaCy':>9}{'x Presidio':>11}"
          f"{'words/s':>9}{'peak MB':>9}")
    for label, r in results.items():
        n = big_words if "big" in label else words
        print(f"{label:<22}{r['setup_s']:>8.2f}{r['best_s']:>8.2f}{r['cpu_s']:>8.2f}"
              f"{ratio(label, 'spacy-ner', 'best_s'):>9.2f}{ratio(label, fastest['best_s'], 'best_s'):>11.2f}"
              f"{n / r['best_s']:>9.0f}{r['peak_rss_mb']:>9.0f}")
    print(f"(x columns on wall time; the faster plain Presidio mode: {fastest['best_s']})")
    print(f"\n{'command (new process)':<24}{'s':>7}{'cpu s':>7}{'peak MB':>9}{'exit':>6}")
    for label, r in colds.items():
        print(f"{label:<24}{r['s']:>7.2f}{r['cpu_s']:>7.2f}{r['peak_rss_mb']:>9.0f}{r['rc']:>6}")
    print(f"\n{'ratio (issue 15 target)':<52}{'wall':>7}{'cpu':>7}")
    rows = [("apply docx / plain Presidio, faster mode (<= 0.5)", "apply-docx", "presidio"),
            ("apply docx / bare spaCy NER (<= 1.3)", "apply-docx", "spacy-ner"),
            ("apply txt / plain Presidio, faster mode", "apply-txt", "presidio"),
            ("apply txt / bare spaCy NER", "apply-txt", "spacy-ner"),
            ("apply docx / Presidio whole, parser loaded (info)", "apply-docx",
             "presidio-whole-installed"),
            ("apply txt / Presidio whole, parser loaded (info)", "apply-txt",
             "presidio-whole-installed"),
            ("apply docx, --compare checkout / bare spaCy NER", "apply-docx@compare", "spacy-ner"),
            ("apply docx, --compare checkout / plain Presidio, faster", "apply-docx@compare", "presidio"),
            ("apply docx / apply docx of the --compare checkout", "apply-docx", "apply-docx@compare"),
            ("apply txt / apply txt of the --compare checkout", "apply-txt", "apply-txt@compare"),
            (f"{big_words} / {words} words, bare spaCy NER (for reference)", "spacy-ner-big", "spacy-ner"),
            (f"{big_words} / {words} words, txt (<= 5.5)", "apply-big-txt", "apply-txt"),
            (f"{big_words} / {words} words, plain docx (<= 5.5)", "apply-big-plain-docx", "apply-plain-docx")]
    for text, a, b in rows:
        if a not in results or (fastest["best_s"] if b == "presidio" else b) not in results:
            continue
        walls = ratio(a, fastest["best_s"] if b == "presidio" else b, "best_s")
        cpus = ratio(a, fastest["cpu_s"] if b == "presidio" else b, "cpu_s")
        print(f"{text:<52}{walls:>7.2f}{cpus:>7.2f}")
    for label in ("apply-big-txt", "apply-big-plain-docx"):
        if label in results:
            # apply's forked NER reader has a peak of its own; it shares the loaded model's pages with its parent
            # until either writes to them, so the two peaks overlap and their sum overstates the memory used
            print(f"peak memory, {label} (<= 500 MB): {results[label]['peak_rss_mb']:.0f} MB, its forked NER "
                  f"reader {results[label].get('child_peak_rss_mb', 0):.0f} MB")
    apply = results.get("apply-docx", {}).get("best_s")
    if apply and "cold apply (docx)" in colds:
        # the CPU figure counts the child's own CPU (user + system) against the warm run's process CPU
        print(f"cold apply / warm apply, docx (<= 1.5): {colds['cold apply (docx)']['s'] / apply:.2f} wall, "
              f"{colds['cold apply (docx)']['cpu_s'] / results['apply-docx']['cpu_s']:.2f} cpu")
    if "cold verify (docx)" in colds:
        print(f"cold verify, docx (<= 0.5 s): {colds['cold verify (docx)']['s']:.2f} s")
    if "redact --help" in colds:
        print(f"redact --help (<= 0.2 s): {colds['redact --help']['s']:.2f} s")


if __name__ == "__main__":
    main()
