"""Where a fork is safe the model reads a document's batches in a forked process beside the recognisers
(``redact.detect.ner_process``): the finds and the output are those of a run in one thread, a child that dies
leaves its batches to this process, an error here ends the child, and no child outlives detection."""
from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from model_batches import finds as _finds
from model_batches import long_draft as _long_draft
from model_batches import record_model_calls, recognisers_fail_at, reader_dies_after_one_answer
from model_batches import segments as _segments

from redact import Redactor
from redact.detect import engine, ner_process

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the model is forked on Linux only")

SEEDS = (4, 5, 6)    # tuning seeds: several drafts of varied names make a document of several batches


@pytest.fixture(scope="module")
def long_draft():
    return _long_draft(SEEDS)


@pytest.fixture
def forks(monkeypatch):
    """Every detection with two NER workers forks (another test may have left a thread running in this process,
    which would make detection keep to threads), and each fork is counted."""
    monkeypatch.delenv("REDACT_NER_PROCESS", raising=False)
    monkeypatch.setattr(engine, "ner_process_possible", lambda: True)
    started = []
    original = ner_process.batches_read_in_a_process

    def counted(*args, **kwargs):
        started.append(1)
        yield from original(*args, **kwargs)

    monkeypatch.setattr(engine, "batches_read_in_a_process", counted)
    return started


def test_the_process_finds_what_one_thread_finds(long_draft, forks):
    rules, paragraphs = long_draft
    alone = _finds(rules, paragraphs, 1)
    assert len(alone) > 100 and not forks
    assert _finds(rules, paragraphs, 2) == alone
    assert forks == [1]
    assert not multiprocessing.active_children()


def test_the_process_writes_what_one_thread_writes(long_draft, forks):
    rules, paragraphs = long_draft
    text = "\n\n".join(paragraphs)
    one = Redactor(rules, ner_threads=1).redact_text(text)
    assert one != text
    assert Redactor(rules, ner_threads=2).redact_text(text) == one
    assert forks == [1]


def test_the_model_is_not_read_in_this_process(long_draft, forks, monkeypatch):
    rules, paragraphs = long_draft
    detector = Redactor(rules, ner_threads=2).detector
    here = record_model_calls(monkeypatch, detector, os.getpid)
    assert detector.detect(_segments(paragraphs))
    assert forks == [1] and here == []


def test_a_child_that_dies_leaves_its_batches_to_this_process(long_draft, forks, monkeypatch):
    rules, paragraphs = long_draft
    alone = _finds(rules, paragraphs, 1)

    reader_dies_after_one_answer(monkeypatch)
    assert _finds(rules, paragraphs, 2) == alone
    assert forks == [1]
    assert not multiprocessing.active_children()


def test_an_error_here_ends_the_child(long_draft, forks, monkeypatch):
    rules, paragraphs = long_draft
    detector = Redactor(rules, ner_threads=2).detector
    recognisers_fail_at(monkeypatch, detector, 5)
    with pytest.raises(MemoryError, match="ran out of memory"):
        detector.detect(_segments(paragraphs))
    assert forks == [1]
    assert not multiprocessing.active_children()


def test_a_fresh_process_forks_and_a_busy_or_refusing_one_does_not(monkeypatch):
    # a new process (as the command is) has no other thread: the fork is taken
    fresh = subprocess.run([sys.executable, "-c", "from redact.detect.ner_process import ner_process_possible; "
                            "print(ner_process_possible())"], capture_output=True, text=True,
                           env={**{k: v for k, v in os.environ.items() if k != "REDACT_NER_PROCESS"},
                                "PYTHONPATH": str(Path(__file__).resolve().parent.parent)})
    assert fresh.stdout.strip() == "True", fresh.stderr
    monkeypatch.setenv("REDACT_NER_PROCESS", "0")
    assert not ner_process.ner_process_possible()
    monkeypatch.delenv("REDACT_NER_PROCESS")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not ner_process.ner_process_possible()   # a lock another thread holds at a fork stays held
    finally:
        stop.set()
        other.join()
