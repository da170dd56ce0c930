"""The command forks its model reader before the model is loaded (``redact.detect.model_reader``): the child
loads the model while this process goes on, then reads the model's entities and tags the sentences
``name_or_word`` asks about. The finds and the output are those of the model loaded here, this process never
reads a text with the model, a reader that fails or dies leaves the work (and any error) to this process, and an
error here leaves no answer waiting."""
from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest
from model_batches import finds as _finds
from model_batches import long_draft as _long_draft
from model_batches import record_model_calls, recognisers_fail_at, reader_dies_after_one_answer
from model_batches import segments as _segments

from redact import Redactor
from redact.detect import model, model_reader
from redact.errors import ModelError
from redact.name_or_word import NameOrWord

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the model is forked on Linux only")

SEEDS = (4, 5, 6)    # tuning seeds: several drafts of varied names make a document of several batches
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def long_draft():
    return _long_draft(SEEDS)


@pytest.fixture
def early(monkeypatch):
    """A reader is forked whenever asked (another test may have left a thread running in this process), and every
    reader is ended after the test."""
    monkeypatch.delenv("REDACT_NER_PROCESS", raising=False)
    monkeypatch.setattr(model_reader, "ner_process_possible", lambda: True)
    monkeypatch.setattr(model_reader, "default_ner_threads", lambda: 2)
    yield
    model_reader.stop_loading_elsewhere()
    assert not multiprocessing.active_children()


def _tags_asked(monkeypatch) -> list[str]:
    asked: list[str] = []
    original = model_reader.ModelReader.tags

    def counted(self, sentence):
        asked.append(sentence)
        return original(self, sentence)

    monkeypatch.setattr(model_reader.ModelReader, "tags", counted)
    return asked


def test_the_early_reader_finds_what_the_model_here_finds(long_draft, early, monkeypatch):
    rules, paragraphs = long_draft
    here = _finds(rules, paragraphs, 1)
    assert len(here) > 100
    assert model_reader.start_loading_elsewhere()
    detector = Redactor(rules).detector
    assert isinstance(detector.model, model_reader.ModelElsewhere)
    read_here = record_model_calls(monkeypatch, detector, os.getpid)
    found = [(f.segment, f.start, f.end, f.entity_type, f.score, f.source, f.text)
             for f in detector.detect(_segments(paragraphs))]
    assert found == here
    assert read_here == []    # every batch was read by the reader


def test_the_early_reader_writes_what_the_model_here_writes_and_tags_for_name_or_word(long_draft, early,
                                                                                         monkeypatch):
    rules, paragraphs = long_draft
    text = "\n\n".join(paragraphs)
    here = Redactor(rules, ner_threads=1).redact_text(text)
    assert here != text
    asked = _tags_asked(monkeypatch)
    assert model_reader.start_loading_elsewhere()
    assert Redactor(rules).redact_text(text) == here
    # the tagger's answers come from the reader too, and they are the tagger's here
    judge = NameOrWord(["Will"])
    sentence = "Will sat down with the housing officer."
    assert judge._tags(sentence) == model.sentence_tags(model.load_model().nlp, sentence)
    assert sentence in asked


def test_a_reader_that_dies_leaves_its_batches_and_tags_to_this_process(long_draft, early, monkeypatch):
    rules, paragraphs = long_draft
    here = _finds(rules, paragraphs, 1)
    reader_dies_after_one_answer(monkeypatch)
    assert model_reader.start_loading_elsewhere()
    detector = Redactor(rules).detector
    assert isinstance(detector.model, model_reader.ModelElsewhere)
    found = [(f.segment, f.start, f.end, f.entity_type, f.score, f.source, f.text)
             for f in detector.detect(_segments(paragraphs))]
    assert found == here
    assert not detector.model.reader.alive
    sentence = "May called the police on Friday."
    assert NameOrWord(["May"])._tags(sentence) == model.sentence_tags(model.load_model().nlp, sentence)


def test_a_model_the_reader_cannot_load_is_the_same_error_here(early, monkeypatch):
    def missing(requested=None):
        raise ModelError("spaCy model 'not_installed' is not installed")

    monkeypatch.setattr(model_reader, "load_model", missing)
    assert model_reader.start_loading_elsewhere("not_installed")
    model_ = model_reader.model_elsewhere("not_installed")
    assert model_ is not None
    with pytest.raises(ModelError, match="not_installed"):
        model_.name
    assert not model_.reader.alive    # nothing is left waiting


def test_an_error_here_drops_the_answers_nobody_reads(long_draft, early, monkeypatch):
    rules, paragraphs = long_draft
    assert model_reader.start_loading_elsewhere()
    detector = Redactor(rules).detector
    recognisers_fail_at(monkeypatch, detector, 5)
    with pytest.raises(MemoryError, match="ran out of memory"):
        detector.detect(_segments(paragraphs))
    # the answers nobody waits for are dropped; the reader still answers what is asked next
    sentence = "Will sat down."
    assert NameOrWord(["Will"])._tags(sentence) == model.sentence_tags(model.load_model().nlp, sentence)
    model_reader.stop_loading_elsewhere()
    assert not multiprocessing.active_children()


@pytest.mark.skipif(model_reader.default_ner_threads() < 2, reason="the reader is forked only where two cores are")
def test_the_command_never_loads_the_model_in_its_own_process(tmp_path):
    """``redact apply`` in a new process: the same output as the library with the model loaded in one process,
    and the model never loaded in the command's own. The command imports spaCy early (for its reader) but still
    after wordfreq, whose import costs several times as much once spaCy is loaded (``test_first_use``)."""
    draft = tmp_path / "draft.txt"
    rules = tmp_path / "rules.yaml"
    draft.write_text("Mary Ellen Tranter rang 0113 496 0123 on 3 May 2021. Will sat down with Mary's sister, "
                     "Ruth Tranter, at the Leeds office.\n", encoding="utf-8")
    rules.write_text("version: 1\nreview: Test DHR\npeople:\n  - name: Mary Ellen Tranter\n    pseudonym: Adult A\n"
                     "  - name: Ruth Tranter\n    pseudonym: Sister\n"
                     "dates:\n  date_of_death: 2021-05-03\n", encoding="utf-8")
    script = ("import json, sys\n"
              "from redact.cli import main\n"
              "import redact.detect.model as model\n"
              "try:\n"
              "    main(sys.argv[1:])\n"
              "except SystemExit as exit:\n"
              "    order = list(sys.modules)\n"
              "    print(json.dumps({'exit': exit.code, 'loaded_here': bool(model._cache),\n"
              "                      'wordfreq_first': order.index('wordfreq') < order.index('spacy')}))\n")
    env = {**{k: v for k, v in os.environ.items() if k not in ("REDACT_NER_PROCESS", "REDACT_NER_THREADS")},
           "PYTHONPATH": str(REPO), "REDACT_AUDIT_KEY": "ab" * 32}
    run = subprocess.run([sys.executable, "-c", script, "apply", str(draft), "--rules", str(rules), "-o",
                          str(tmp_path / "out.txt")], capture_output=True, text=True, env=env, timeout=600)
    said = json.loads(run.stdout.strip().splitlines()[-1])
    assert said == {"exit": 0, "loaded_here": False, "wordfreq_first": True}, run.stderr
    from redact.rules import load_rules

    expected = Redactor(load_rules(rules), ner_threads=1).redact_text(draft.read_text(encoding="utf-8"))
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == expected
    assert "Tranter" not in expected


def test_a_reader_ended_at_once_leaves_no_process(early):
    # a command that fails right after the fork (a missing input) ends its reader while the child is starting:
    # neither waits for the other, and nothing is left running
    for _ in range(5):
        assert model_reader.start_loading_elsewhere()
        model_reader.stop_loading_elsewhere()
        assert not multiprocessing.active_children()
