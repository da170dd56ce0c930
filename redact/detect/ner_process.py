"""The model's entity reading in a forked process, beside the recognisers in this one.

In threads, spaCy's NER and our recognisers (pure Python) take turns at the interpreter's lock: on two cores a
case1 apply ran 1.35x faster than in one thread, not the 2x the two halves' sizes allow. A child forked from this
process (the loaded model shared page for page, nothing loaded again) reads a document's batches with the same
``nlp.pipe`` call and sends back each text's entities as (start, end, label): nothing else of the spaCy doc is
read downstream (no recogniser reads tokens or lemmas: ``engine.PreloadedSpacyNlpEngine``), so the finds are
the same (``tests/test_detect_ner_process.py`` compares them). A fork is taken only where it is safe: Linux (fork
after loading native libraries is not safe on macOS, and Windows has none), no other thread running (a lock
held by another thread at the fork would stay held in the child), not inside a daemonic process (they may have
no children). If the child dies, the batches it did not answer are read in this process.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

from presidio_analyzer.nlp_engine import NlpArtifacts

# batches sent before the first answer is awaited: the child always has the next one when it finishes one
_AHEAD = 2


def ner_process_possible() -> bool:
    """Can this process fork the model's reader now? ``$REDACT_NER_PROCESS=0`` says never (threads then)."""
    if os.environ.get("REDACT_NER_PROCESS", "").strip() == "0":
        return False
    return (sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1
            and not multiprocessing.current_process().daemon)


class _Entity:
    """What Presidio's spaCy recogniser reads of an entity span (its label is rewritten by the engine's mapping)."""

    __slots__ = ("start_char", "end_char", "label_")

    def __init__(self, start_char: int, end_char: int, label: str):
        self.start_char, self.end_char, self.label_ = start_char, end_char, label


def _read_entities(engine, connection) -> None:
    """The child: read each batch of texts sent, answer with every text's entities; ``None`` ends it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle; it ends the child
    try:
        nlp = engine.nlp["en"]
        while True:
            texts = connection.recv()
            if texts is None:
                break
            connection.send([[(entity.start_char, entity.end_char, entity.label_) for entity in doc.ents]
                             for doc in nlp.pipe(texts, batch_size=len(texts), disable=engine.not_for_ner)])
    except BaseException:   # noqa: BLE001 - the parent reads what is left itself; no traceback from a child
        os._exit(1)
    os._exit(0)


def batches_read_in_a_process(engine, batches: list[list[Any]], text_of: Callable[[Any], str],
                              read_here: Callable[[list[Any]], list], prepare: Callable[[], None],
                              meanwhile: Iterator[None], finished: object) -> Iterator[tuple[list[Any], list]]:
    """Each batch with its (text, artifacts) pairs, in order, as ``read_here`` gives them in this process.
    ``prepare`` runs once the child has the first batches; ``meanwhile`` is advanced while an answer is awaited
    (``finished`` is its end marker)."""
    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe()
    try:
        child = context.Process(target=_read_entities, args=(engine, theirs), name="redact-ner", daemon=True)
        child.start()
    except OSError:   # no memory or processes left for a fork: the batches are read here
        ours.close()
        theirs.close()
        prepare()
        for batch in batches:
            yield batch, read_here(batch)
        return
    theirs.close()
    default_score = engine.ner_model_configuration.default_score

    def artifacts(answer: list[tuple[int, int, str]]) -> NlpArtifacts:
        found = [_Entity(*entity) for entity in answer]
        entities, scores = engine._get_updated_entities(found, [default_score] * len(found))
        # no tokens: nothing downstream reads them (the module's docstring)
        return NlpArtifacts(entities=entities, tokens=None, tokens_indices=[], lemmas=[],  # type: ignore[arg-type]
                            nlp_engine=engine, language="en", scores=scores)

    sent = 0
    alive = True

    def send_next() -> None:
        nonlocal sent, alive
        if alive and sent < len(batches):
            try:
                ours.send([text_of(piece) for piece in batches[sent]])
                sent += 1
            except OSError:
                alive = False

    try:
        for _ in range(_AHEAD):
            send_next()
        prepare()
        for index, batch in enumerate(batches):
            answer = None
            if alive and index < sent:
                try:
                    while not ours.poll() and next(meanwhile, finished) is not finished:
                        pass
                    answer = ours.recv()
                except (EOFError, OSError):
                    alive = False
            if answer is None or len(answer) != len(batch):
                alive = False
                yield batch, read_here(batch)
                continue
            send_next()
            yield batch, [(text_of(piece), artifacts(entities)) for piece, entities in zip(batch, answer)]
    finally:
        if alive and child.is_alive():
            try:
                ours.send(None)
            except OSError:
                pass
        if sent < len(batches) or not alive:
            child.terminate()   # left early (an error here) or the child failed: nothing more is wanted of it
        child.join()
        ours.close()
