"""The engine's per-paragraph entry point (``DocumentAnalyzer.analyze_piece``) gives exactly what Presidio's own
``AnalyzerEngine.analyze`` gives: same results, same order, same scores and metadata. It only looks up once per
document what ``analyze`` looks up per call, so a Presidio upgrade that changes ``analyze`` shows here."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from presidio_analyzer import Pattern, PatternRecognizer

from redact.pipeline import Redactor

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.drafts import generate_case  # noqa: E402


@pytest.fixture(scope="module")
def detector():
    return Redactor(None, profile="strict").detector


def _paragraphs() -> list[str]:
    """Paragraphs of generated drafts (names of many traditions, dates in every form, contacts, ids: seeds outside
    the held-back 1000-1023), and a few hand-written lines whose finds overlap or repeat."""
    paragraphs = [p for seed in (3100, 3101) for p in generate_case(seed).txt.split("\n") if p.strip()]
    return paragraphs + [
        "Mrs Nguyen Thi Lan rang 07700 900418 and 0113 496 0327 from HT4 7QD on 3 July 2023.",
        "DC Abdirahman Warsame e-mailed siobhan.odalaigh@example.org; Zbigniew Wójcik's car ZH17 QKP was seen.",
        "Her friend 王秀英 and Фатима visited Ayşe Yılmaz at Flat 3, 22 Beacon Road, Leeds, in March 2021.",
        "Ngozi Okafor died on 26 August 2023 at home; her NHS number 943 476 5919 and NI QQ123456C were listed.",
        "",
    ]


def _as_tuples(results) -> list[tuple]:
    return [(r.entity_type, r.start, r.end, r.score, repr(sorted((r.recognition_metadata or {}).items())),
             r.analysis_explanation) for r in results]


def test_analyze_piece_gives_what_presidio_analyze_gives(detector):
    analyzer = detector.analyzer
    paragraphs = _paragraphs()
    analyzer.prepare()
    compared = found = 0
    artifacts = list(analyzer.nlp_engine.process_batch(paragraphs, "en", batch_size=32))
    for text, (_, nlp_artifacts) in zip(paragraphs, artifacts):
        ours = _as_tuples(analyzer.analyze_piece(text, nlp_artifacts))
        presidio = _as_tuples(analyzer.analyze(text, language="en", nlp_artifacts=nlp_artifacts))
        assert ours == presidio, text
        compared += 1
        found += len(ours)
    assert compared == len(paragraphs) and found > 100   # the comparison saw real finds, of many kinds


def test_thresholds_and_a_new_recogniser_are_seen_after_prepare(detector):
    """A recogniser with its own threshold, added to the registry: ``prepare`` takes it in, and the low-score
    find it makes is dropped as ``analyze`` drops it."""
    analyzer = detector.analyzer
    extra = PatternRecognizer(supported_entity="TEST_CODE", name="TestCodeRecognizer",
                              patterns=[Pattern("low", r"\bZX-\d{3}\b", 0.3), Pattern("high", r"\bZQ-\d{3}\b", 0.9)])
    extra.score_thresholds = {"default": 0.5}
    analyzer.registry.add_recognizer(extra)
    try:
        analyzer.prepare()
        text = "Codes ZX-123 and ZQ-456 were written beside Mr Oluwaseun Adeyemi's name."
        (_, nlp_artifacts), = analyzer.nlp_engine.process_batch([text], "en")
        ours = analyzer.analyze_piece(text, nlp_artifacts)
        assert _as_tuples(ours) == _as_tuples(analyzer.analyze(text, language="en", nlp_artifacts=nlp_artifacts))
        codes = [text[r.start:r.end] for r in ours if r.entity_type == "TEST_CODE"]
        assert codes == ["ZQ-456"]
    finally:
        analyzer.registry.remove_recognizer("TestCodeRecognizer")
        analyzer.prepare()
