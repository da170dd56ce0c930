"""The model may read a document's next batches in other threads while the recognisers run over the last: the finds,
the output and the numbering are those of a run in one thread, errors in a thread reach the caller, and a batch
worker stays on its one core. Where a fork is safe the model reads them in a forked process instead
(tests/test_detect_ner_process.py); these tests hold detection to threads."""
from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.drafts import generate_case  # noqa: E402
from redact import Redactor  # noqa: E402
from redact.batch import BatchRedactor, ReviewSettings  # noqa: E402
from redact.detect import engine  # noqa: E402
from redact.documents.base import Segment  # noqa: E402

SEEDS = (0, 1, 2, 3)    # tuning seeds: several drafts of varied names make a document of several batches


@pytest.fixture(scope="module")
def long_draft():
    cases = [generate_case(seed) for seed in SEEDS]
    paragraphs = [p for case in cases for p in case.txt.split("\n") if p.strip()]
    assert len(paragraphs) > 3 * engine.BATCH_SIZE
    return cases[0].rules, paragraphs


@pytest.fixture(autouse=True)
def threads_not_a_process(monkeypatch):
    monkeypatch.setenv("REDACT_NER_PROCESS", "0")


def _segments(paragraphs):
    return [Segment(f"p{i}", text, "text") for i, text in enumerate(paragraphs)]


def _finds(rules, paragraphs, threads):
    detector = Redactor(rules, ner_threads=threads).detector
    return [(f.segment, f.start, f.end, f.entity_type, f.score, f.source) for f in detector.detect(_segments(paragraphs))]


@pytest.mark.parametrize("threads", [2, 3])
def test_threads_find_what_one_thread_finds(long_draft, threads):
    rules, paragraphs = long_draft
    alone = _finds(rules, paragraphs, 1)
    assert len(alone) > 100
    assert _finds(rules, paragraphs, threads) == alone


def test_threads_write_what_one_thread_writes(long_draft):
    rules, paragraphs = long_draft
    text = "\n".join(paragraphs)
    one = Redactor(rules, ner_threads=1).redact_text(text)
    assert one != text
    assert Redactor(rules, ner_threads=2).redact_text(text) == one


def test_the_model_runs_in_the_threads_asked_for(long_draft, monkeypatch):
    rules, paragraphs = long_draft
    detector = Redactor(rules, ner_threads=2).detector
    engine_class = type(detector.analyzer.nlp_engine)
    seen: list[str] = []
    original = engine_class.process_batch

    def recording(self, *args, **kwargs):
        seen.append(threading.current_thread().name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(engine_class, "process_batch", recording)
    detector.detect(_segments(paragraphs))
    assert len(seen) >= 4
    assert all(name.startswith("redact-ner") for name in seen)

    seen.clear()
    Redactor(rules, ner_threads=1).detector.detect(_segments(paragraphs))
    assert set(seen) == {threading.current_thread().name}


def test_an_error_in_a_model_thread_reaches_the_caller(long_draft, monkeypatch):
    rules, paragraphs = long_draft
    detector = Redactor(rules, ner_threads=2).detector
    engine_class = type(detector.analyzer.nlp_engine)
    calls = []

    def failing(self, texts, *args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise MemoryError("the model ran out of memory")
        return []

    monkeypatch.setattr(engine_class, "process_batch", failing)
    with pytest.raises(MemoryError, match="ran out of memory"):
        detector.detect(_segments(paragraphs))
    assert not [t for t in threading.enumerate() if t.name.startswith("redact-ner")]


@pytest.mark.parametrize("setting, cores, expected", [
    ("", 2, 2), ("", 8, 2), ("", 1, 1), ("3", 1, 3), ("1", 8, 1), ("0", 4, 2), ("many", 4, 2)])
def test_the_default_number_of_threads(monkeypatch, setting, cores, expected):
    monkeypatch.setenv("REDACT_NER_THREADS", setting)
    monkeypatch.setattr(engine.os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    assert engine.default_ner_threads() == expected


@pytest.mark.parametrize("value", [0, -1, 1.5, "2", True])
def test_a_wrong_number_of_threads_is_refused_up_front(value):
    from redact.errors import ArgumentError
    with pytest.raises(ArgumentError, match="ner_threads"):
        Redactor(None, ner_threads=value)


def test_a_batch_worker_keeps_to_one_thread():
    from redact.rules import as_rules
    assert BatchRedactor(ReviewSettings(as_rules(None))).detector.ner_threads == 1
