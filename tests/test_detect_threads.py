"""The model may read a document's next batches in other threads while the recognisers run over the last: the finds,
the output and the numbering are those of a run in one thread, errors in a thread reach the caller, and a batch
worker stays on its one core. Where a fork is safe the model reads them in a forked process instead
(tests/test_detect_ner_process.py); these tests hold detection to threads."""
from __future__ import annotations

import threading

import pytest
from model_batches import finds as _finds
from model_batches import long_draft as _long_draft
from model_batches import record_model_calls
from model_batches import segments as _segments

from redact import Redactor
from redact.batch import BatchRedactor, ReviewSettings
from redact.detect import engine, model_reader

SEEDS = (0, 1, 2, 3)    # tuning seeds: several drafts of varied names make a document of several batches


@pytest.fixture(scope="module")
def long_draft():
    return _long_draft(SEEDS)


@pytest.fixture(autouse=True)
def threads_not_a_process(monkeypatch):
    monkeypatch.setenv("REDACT_NER_PROCESS", "0")


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
    seen = record_model_calls(monkeypatch, detector, lambda: threading.current_thread().name)
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
    monkeypatch.setattr(model_reader.os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    assert engine.default_ner_threads() == expected


@pytest.mark.parametrize("value", [0, -1, 1.5, "2", True])
def test_a_wrong_number_of_threads_is_refused_up_front(value):
    from redact.errors import ArgumentError
    with pytest.raises(ArgumentError, match="ner_threads"):
        Redactor(None, ner_threads=value)


def test_a_batch_worker_keeps_to_one_thread():
    from redact.rules import as_rules
    assert BatchRedactor(ReviewSettings(as_rules(None))).detector.ner_threads == 1
