"""How often `apply` refuses a real-world .docx, and whether the listed word is gone from the others.

    python benchmarks/corpus_refusals.py [--pick frequent|test] [--limit N] [--every K] [--json OUT]

For every valid file of ../shared/docx-corpus one capitalised word of its text is listed as a person (every other
policy keeps), the file is redacted, and we count: files refused (with the message, which must name a place),
and files written that still hold a capitalised form of the word in a paragraph of any part.

``--pick frequent`` (default) lists the capitalised word of 3+ letters most often used other than at a sentence
start (else the most frequent one), with no other filter: the probe of issue 10 (lower-case uses, Word's vocabulary and part names included).
``--pick test`` uses the narrower choice of tests/test_corpus.py.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from lxml import etree

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "docx-corpus"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PSEUDONYM = "Zqxname"
KEEP_EVERYTHING_ELSE = {
    "unlisted_people": "keep", "unlisted_places": "keep", "place_organisations": "keep", "addresses": "keep",
    "contacts": "keep", "identifiers": "keep", "dates": "keep", "organisations": "keep",
    "local_businesses": "keep", "ages": "keep",
}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
# a capitalised word after a sentence end or at a paragraph start is no evidence of a name
_NOT_SENTENCE_START = re.compile(r"(?<![.!?:]\s)(?<!^)(?<![.!?:]\s\s)\b([A-Z][a-z]{2,})\b", re.MULTILINE)


def valid_files() -> list[Path]:
    with open(CORPUS / "MANIFEST.tsv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [CORPUS / row["path"] for row in rows if row["status"] == "ok"]


def paragraphs(path: Path) -> dict[str, list[str]]:
    """The text of every paragraph of every XML part (runs joined, nested paragraphs on their own)."""
    out: dict[str, list[str]] = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith(".xml"):
                continue
            try:
                root = etree.fromstring(archive.read(name), _PARSER)
            except etree.XMLSyntaxError:
                continue
            texts = []
            for p in root.iter(f"{W}p"):
                pieces = []
                for t in p.iter(f"{W}t", f"{W}delText", f"{W}instrText", f"{W}tab", f"{W}br", f"{W}cr"):
                    owner = next(t.iterancestors(f"{W}p"), None)
                    if owner is p:
                        pieces.append(t.text or "" if t.tag in (f"{W}t", f"{W}delText", f"{W}instrText") else "\t")
                texts.append("".join(pieces))
            if texts:
                out[name] = texts
    return out


def pick_frequent(texts: dict[str, list[str]]) -> str | None:
    """The most frequent capitalised word used somewhere other than at a sentence start; else the most frequent."""
    every = Counter(w for part in texts.values() for t in part for w in re.findall(r"\b[A-Z][a-z]{2,}\b", t))
    inside = Counter(m.group(1) for part in texts.values() for t in part for m in _NOT_SENTENCE_START.finditer(t))
    ranked = sorted(every, key=lambda w: (-inside[w], -every[w], w))
    return ranked[0] if ranked else None


def pick_test(path: Path, texts: dict[str, list[str]]) -> str | None:
    sys.path.insert(0, str(REPO / "tests"))
    import test_corpus  # noqa: E402 - the test's own choice, so both measure the same thing

    before = test_corpus.paragraphs(path)
    return test_corpus.choose_word(before, test_corpus.markup_words(path))


def capitalised_left(path: Path, word: str) -> list[str]:
    """Parts whose paragraphs still hold the word capitalised ("Word", "WORD", "WordPress" is not it)."""
    pattern = re.compile(rf"(?<![^\W_]){re.escape(word[0])}(?i:{re.escape(word[1:])})(?![^\W_])")
    return [part for part, texts in paragraphs(path).items() if any(pattern.search(t) for t in texts)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pick", choices=("frequent", "test"), default="frequent")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--every", type=int, default=1, help="take every K-th file (a fixed sample)")
    parser.add_argument("--json", type=Path, help="write every file's outcome here")
    args = parser.parse_args()

    from redact.errors import InputError, LeakError
    from redact.name_or_word import is_ordinary_word
    from redact.pipeline import Redactor
    from redact.rules import parse_rules

    files = valid_files()[::args.every]
    if args.limit:
        files = files[:args.limit]
    redactors: dict[str, Redactor] = {}
    rows = []
    started = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        for number, path in enumerate(files):
            record: dict[str, Any] = {"path": str(path.relative_to(CORPUS))}
            try:
                texts = paragraphs(path)
            except zipfile.BadZipFile:
                texts = {}
            word = pick_frequent(texts) if args.pick == "frequent" else pick_test(path, texts)
            record["word"] = word
            if word is None:
                record["outcome"] = "no word"
                rows.append(record)
                continue
            redactor = redactors.get(word)
            if redactor is None:
                rules = parse_rules({"people": [{"name": word, "pseudonym": PSEUDONYM}],
                                     "policy": KEEP_EVERYTHING_ELSE})
                redactor = redactors[word] = Redactor(rules)
            output = Path(tmp) / f"{number}.docx"
            try:
                redactor.redact_file(path, output)
            except LeakError as error:
                record["outcome"] = "refused"
                record["message"] = str(error)
                record["leaks"] = getattr(error, "leaks", [])
            except InputError as error:
                record["outcome"] = "input error"
                record["message"] = str(error)
            else:
                left = capitalised_left(output, word)
                # a listed word that is also an ordinary English word stays where the sentence uses the word
                # ("the Intense Quote style"): that is the name-or-word judgement, not a leak
                record["outcome"] = ("left (ordinary word)" if is_ordinary_word(word) else "left") if left \
                    else "redacted"
                if left:
                    record["parts"] = left
            rows.append(record)
            print(f"{number + 1}/{len(files)} {record['outcome']:<10} {word!s:<16} {record['path']}"
                  + (f"  {record.get('message', '')[:200]}" if record["outcome"] != "redacted" else ""),
                  file=sys.stderr, flush=True)
    counts = Counter(r["outcome"] for r in rows)
    print(json.dumps({"files": len(rows), "outcomes": dict(counts), "seconds": round(time.time() - started),
                      "refused_percent": round(100 * counts["refused"] / max(1, len(rows)), 2)}, indent=1))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
