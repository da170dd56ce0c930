"""A document of several model batches, and what the tests of where the model reads them share
(tests/test_detect_threads.py, tests/test_detect_ner_process.py, tests/test_model_reader.py)."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.drafts import generate_case  # noqa: E402
from redact import Redactor  # noqa: E402
from redact.detect import engine  # noqa: E402
from redact.documents.base import Segment  # noqa: E402


def long_draft(seeds) -> tuple[dict, list[str]]:
    """The rules of the first seed's draft and the paragraphs of all the seeds' drafts (tuning seeds only)."""
    cases = [generate_case(seed) for seed in seeds]
    paragraphs = [p for case in cases for p in case.txt.split("\n") if p.strip()]
    assert len(paragraphs) > 3 * engine.BATCH_SIZE
    return cases[0].rules, paragraphs


def segments(paragraphs: list[str]) -> list[Segment]:
    return [Segment(f"p{i}", text, "text") for i, text in enumerate(paragraphs)]


def finds(rules, paragraphs: list[str], threads: int) -> list[tuple]:
    detector = Redactor(rules, ner_threads=threads).detector
    return [(f.segment, f.start, f.end, f.entity_type, f.score, f.source, f.text)
            for f in detector.detect(segments(paragraphs))]


def record_model_calls(monkeypatch, detector, what: Callable[[], object]) -> list:
    """``what()`` for every batch this process's engine reads (in whichever thread reads it)."""
    engine_class = type(detector.analyzer.nlp_engine)
    seen: list = []
    original = engine_class.process_batch

    def recording(self, *args, **kwargs):
        seen.append(what())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(engine_class, "process_batch", recording)
    return seen


def reader_dies_after_one_answer(monkeypatch) -> None:
    """A model reader forked from now on answers its first batch of entities, then dies."""
    import os

    from redact.detect import model, model_reader

    answered: list[int] = []

    def answers_once_then_dies(nlp, texts):
        if answered:
            os._exit(1)
        answered.append(1)
        return model.read_entities(nlp, texts)

    monkeypatch.setattr(model_reader, "read_entities", answers_once_then_dies)


def recognisers_fail_at(monkeypatch, detector, call: int) -> None:
    """The detector's recognisers run out of memory at their ``call``-th text."""
    calls: list[int] = []
    analyzer_class = type(detector.analyzer)
    original = analyzer_class.analyze_piece

    def failing(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == call:
            raise MemoryError("the recognisers ran out of memory")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(analyzer_class, "analyze_piece", failing)
