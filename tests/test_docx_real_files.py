"""The adapter over files it did not make: the shared fictional DHR drafts and a real-world corpus.

Skipped with a reason when ../shared is not there.
"""
from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

import docx
import pytest
import yaml

from redact.documents.base import Edit
from redact.documents.docx import DocxDocument
from redact.errors import InputError

from conftest import SHARED  # noqa: E402  ../shared beside the checkout
FIXTURES = SHARED / "fixtures"
CORPUS = SHARED / "docx-corpus"
CASE1 = FIXTURES / "case1"

needs_fixtures = pytest.mark.skipif(not (CASE1 / "draft.docx").exists(),
                                    reason="shared fixtures (../shared/fixtures) are not available")
needs_corpus = pytest.mark.skipif(not (CORPUS / "MANIFEST.tsv").exists(),
                                  reason="shared docx corpus (../shared/docx-corpus) is not available")


def _hidden_identifiers(features: Path) -> list[tuple[str, str]]:
    """(part, identifier) pairs from FEATURES.md "Where identifiers are hidden"."""
    section = features.read_text(encoding="utf-8").split("## Where identifiers are hidden", 1)[1].split("\n## ", 1)[0]
    pairs = []
    for line in section.splitlines():
        match = re.match(r"- `([^`]+)`[^:]*: (.*)", line)
        if match:
            part = match.group(1).split(" ")[0]
            pairs += [(part, name) for name in re.findall(r"`([^`]+)`", match.group(2))]
    return pairs


# ---------------------------------------------------------------------- the fictional drafts
@needs_fixtures
def test_case1_every_hidden_identifier_is_in_a_segment():
    document = DocxDocument(CASE1 / "draft.docx", keep_comments=True)
    pairs = _hidden_identifiers(CASE1 / "FEATURES.md")
    assert len(pairs) > 50
    missing = [(part, name) for part, name in pairs
               if not any(name in s.text and s.location.startswith(part) for s in document.segments)]
    assert missing == []


@needs_fixtures
def test_case1_features_have_the_expected_segments():
    document = DocxDocument(CASE1 / "draft.docx")
    by_text = {}
    for segment in document.segments:
        by_text.setdefault(segment.text, []).append(segment)
    kinds = {(s.location.rsplit("@", 1)[-1], s.kind) for s in document.segments if "@" in s.location}
    assert {("w:author", "person_field"), ("descr", "metadata"), ("title", "metadata"), ("name", "identifier"),
            ("w:tooltip", "metadata"), ("Target", "identifier")} <= kinds
    assert by_text["Martin Sowerby"][0].kind == "person_field"
    assert any("Siobhan Ferry" in s.text for s in document.segments if s.kind == "text")     # deleted text
    assert any("07700 900265" in s.text for s in document.segments if s.kind == "text")      # hidden text
    text_box = [s for s in document.segments if s.text.startswith("Maggie Doyle was killed")]
    assert len(text_box) == 2                                                              # Choice + VML
    assert not any(s.location.startswith("word/comments.xml") for s in document.segments)  # removed by default


def _gold_checker():
    spec = importlib.util.spec_from_file_location("check_gold", FIXTURES / "check_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_fixtures
@pytest.mark.parametrize("case", ["case1", "case2", "case3", "case4"])
def test_replacing_every_gold_identifier_in_segments_leaves_no_leak(tmp_path, case):
    # An oracle detector (the gold list, whole word) proves the adapter exposes every place an
    # identifier hides and writes every edit back: the shared checker must then find no leak,
    # even with comments kept.
    case_dir = FIXTURES / case
    if not (case_dir / "gold.yaml").exists():
        pytest.skip(f"{case} is not available")
    gold = yaml.safe_load((case_dir / "gold.yaml").read_text(encoding="utf-8"))
    forms = sorted({item["text"] for item in gold["must_not_appear"]}, key=len, reverse=True)
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(form)}(?!\w)" for form in forms))
    document = DocxDocument(case_dir / "draft.docx", keep_comments=True)
    edits = [Edit(index, match.start(), match.end(), "Redacted")
             for index, segment in enumerate(document.segments) for match in pattern.finditer(segment.text)]
    document.apply(edits)
    out = tmp_path / f"{case}.docx"
    document.save(out)
    result = _gold_checker().check_output(case_dir, out)
    assert result["leak_count"] == 0, result["leaks"][:10]
    docx.Document(str(out))


# ---------------------------------------------------------------------- the real-world corpus
def _manifest() -> list[dict]:
    with open(CORPUS / "MANIFEST.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _sample() -> list[str]:
    """The first readable file showing each feature flag, plus the odd main-part and strict files."""
    if not (CORPUS / "MANIFEST.tsv").exists():
        return []
    rows = [row for row in _manifest() if row["status"] != "invalid"]
    flags = [key for key in rows[0] if rows[0][key] in ("0", "1") and key != "n_word_xml_parse_errors"]
    chosen = {row["path"] for row in rows if row["main_part"] != "word/document.xml" or row["strict_ooxml"] == "1"}
    for flag in flags:
        chosen.update([row["path"] for row in rows if row[flag] == "1"][:1])
    return sorted(chosen)


@needs_corpus
def test_broken_corpus_files_are_refused():
    invalid = [row["path"] for row in _manifest() if row["status"] == "invalid"]
    assert invalid
    for path in invalid:
        with pytest.raises(InputError):
            DocxDocument(CORPUS / path)


@needs_corpus
@pytest.mark.parametrize("relative", _sample() or ["(corpus missing)"])
def test_corpus_file_round_trip(tmp_path, relative):
    source = CORPUS / relative
    document = DocxDocument(source)
    segments = document.segments
    document.manual_review()
    # Touch every prose segment: the first letter of each becomes "X".
    edits = [Edit(i, 0, 1, "X") for i, s in enumerate(segments) if s.kind == "text" and s.text[:1].isalpha()]
    document.apply(edits)
    document.remove_images()
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    document.save(first)
    document.save(second)
    assert first.read_bytes() == second.read_bytes()
    reopened = DocxDocument(first)
    texts = {s.location: s.text for s in reopened.segments}
    for edit in edits:
        location = segments[edit.segment].location
        if location in texts:          # a picture removal can take a text box with it
            assert texts[location].startswith("X"), location
    try:
        docx.Document(str(source))
    except Exception:
        return                         # python-docx cannot read the original either (strict, odd parts)
    docx.Document(str(first))
