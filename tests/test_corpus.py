"""The real-world corpus (../shared/docx-corpus): every file handled, a listed word gone, nothing else changed.

For each valid file a capitalised word from its text is listed as a person; with every other policy set
to keep, the output must contain that word nowhere (in the text of any part, in any attribute) and every
other paragraph must be unchanged. Broken files must give a clear InputError. Slow: ~490 files.
"""
from __future__ import annotations

import csv
import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from conftest import SHARED
from redact.errors import InputError
from redact.pipeline import Redactor
from redact.rules import parse_rules

CORPUS = SHARED / "docx-corpus"
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (CORPUS / "MANIFEST.tsv").exists(),
                                 reason="../shared/docx-corpus is not present (CI has it)")]

KEEP_EVERYTHING_ELSE = {
    "unlisted_people": "keep", "unlisted_places": "keep", "place_organisations": "keep", "addresses": "keep",
    "contacts": "keep", "identifiers": "keep", "dates": "keep", "organisations": "keep",
    "local_businesses": "keep", "ages": "keep",
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PSEUDONYM = "Zqxname"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def manifest() -> list[dict]:
    if not (CORPUS / "MANIFEST.tsv").exists():
        return []
    with open(CORPUS / "MANIFEST.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def paragraphs(path: Path) -> dict[str, list[str]]:
    """Visible paragraph text per word/ part (comments excluded: they are removed by policy)."""
    out = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.startswith("word/") or not name.endswith(".xml") or "comments" in name:
                continue
            try:
                root = etree.fromstring(archive.read(name), _PARSER)
            except etree.XMLSyntaxError:
                continue
            texts = []
            for p in root.iter(f"{W}p"):
                texts.append("".join(t.text or "" for t in p.iter(f"{W}t", f"{W}delText")))
            out[name] = texts
    return out


def all_text(path: Path) -> str:
    chunks = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                data = archive.read(name)
                try:
                    root = etree.fromstring(data, _PARSER)
                except etree.XMLSyntaxError:
                    chunks.append(data.decode("utf-8", "replace"))
                    continue
                for p in root.iter(f"{W}p"):
                    chunks.append("".join(t.text or "" for t in p.iter(f"{W}t", f"{W}delText")))
                for element in root.iter():
                    if isinstance(element.tag, str):
                        chunks.extend(element.attrib.values())
                        if element.text:
                            chunks.append(element.text)
    return "\n".join(chunks)


def choose_word(texts: dict[str, list[str]]) -> str | None:
    """A capitalised word of 5+ letters that the file never uses in lower case."""
    body = "\n".join(t for part in texts.values() for t in part)
    lowered = {w.lower() for w in re.findall(r"\b[a-z]+\b", body)}
    counts = Counter(w for w in re.findall(r"\b[A-Z][a-z]{4,}\b", body) if w.lower() not in lowered)
    return counts.most_common(1)[0][0] if counts else None


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    out_dir = tmp_path_factory.mktemp("corpus")
    redactors: dict[str, Redactor] = {}
    rows = []
    for number, row in enumerate(manifest()):
        path = CORPUS / row["path"]
        record = {"path": row["path"], "status": row["status"]}
        if row["status"] == "invalid":
            try:
                Redactor.__new__(Redactor)  # nothing to build: opening must fail first
                from redact.documents import open_document

                open_document(path)
                record["outcome"] = "opened (should have been refused)"
            except InputError as error:
                record["outcome"] = "refused"
                record["message"] = str(error)
            rows.append(record)
            continue
        try:
            before = paragraphs(path)
        except zipfile.BadZipFile:
            before = {}
        word = choose_word(before)
        record["word"] = word
        if word is None:
            record["outcome"] = "no word"
            rows.append(record)
            continue
        redactor = redactors.get(word)
        if redactor is None:
            rules = parse_rules({"people": [{"name": word, "pseudonym": PSEUDONYM}], "policy": KEEP_EVERYTHING_ELSE,
                                 "detection": {"common_word_names": []}})
            redactor = Redactor(rules)
        output = out_dir / f"{number}.docx"
        try:
            redactor.redact_file(path, output)
        except InputError as error:
            record["outcome"] = "refused"
            record["message"] = str(error)
            rows.append(record)
            continue
        text = all_text(output)
        record["word_left"] = len(re.findall(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", text, re.IGNORECASE))
        after = paragraphs(output)
        changed = 0
        pattern = re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", re.IGNORECASE)
        for part, texts in before.items():
            expected = [pattern.sub(PSEUDONYM, t) for t in texts]
            if after.get(part) != expected:
                changed += sum(1 for a, b in zip(after.get(part, []), expected) if a != b) or 1
        record["other_text_changed"] = changed
        record["outcome"] = "redacted"
        rows.append(record)
    return rows


def test_every_valid_file_is_redacted_and_the_word_is_gone(results):
    redacted = [r for r in results if r["outcome"] == "redacted"]
    valid = [r for r in results if r["status"] != "invalid"]
    problems = [r for r in valid if r["outcome"] not in ("redacted", "no word")]
    assert not problems, problems[:5]
    assert len(redacted) >= 0.9 * len(valid)
    assert [r for r in redacted if r["word_left"]] == []


def test_all_other_text_is_unchanged(results):
    assert [r for r in results if r.get("other_text_changed")] == []


def test_broken_files_are_refused_with_one_line(results):
    broken = [r for r in results if r["status"] == "invalid"]
    assert broken and all(r["outcome"] == "refused" and "\n" not in r["message"] for r in broken)
