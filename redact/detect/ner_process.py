"""The model's entity reading in a forked process, beside the recognisers in this one.

In threads, spaCy's NER and our recognisers (pure Python) take turns at the interpreter's lock: on two cores a
case1 apply ran 1.35x faster than in one thread, not the 2x the two halves' sizes allow. A child forked from this
process (the loaded model shared page for page, nothing loaded again) reads a document's batches with the same
``nlp.pipe`` call and sends back each text's entities as (start, end, label): nothing else of the spaCy doc is
read downstream (no recogniser reads tokens or lemmas: ``engine.PreloadedSpacyNlpEngine``), so the finds are
the same (``tests/test_detect_ner_process.py`` compares them). A fork is taken only where it is safe
(``model_reader.ner_process_possible``). If the child dies, the batches it did not answer are read in this
process. The command forks its reader earlier, before the model is loaded (``model_reader``): its batches are
exchanged the same way (``batches_read_by``).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from . import presidio_import  # noqa: F401, I001  (before Presidio: see there)
from presidio_analyzer.nlp_engine import NlpArtifacts

from .model_reader import ModelReader, ner_process_possible

__all__ = ["batches_read_by", "batches_read_in_a_process", "ner_process_possible"]

# batches sent before the first answer is awaited: the child always has the next one when it finishes one
_AHEAD = 2


class _Entity:
    """What Presidio's spaCy recogniser reads of an entity span (its label is rewritten by the engine's mapping)."""

    __slots__ = ("start_char", "end_char", "label_")

    def __init__(self, start_char: int, end_char: int, label: str):
        self.start_char, self.end_char, self.label_ = start_char, end_char, label


def batches_read_in_a_process(engine, batches: list[list[Any]], text_of: Callable[[Any], str],
                              read_here: Callable[[list[Any]], list], prepare: Callable[[], None],
                              meanwhile: Iterator[None], finished: object) -> Iterator[tuple[list[Any], list]]:
    """Each batch with its (text, artifacts) pairs, in order, as ``read_here`` gives them in this process, read by
    a child forked for this document from the engine's loaded model (ended with the batches)."""
    model = engine._model
    try:
        reader = ModelReader(lambda: model)
    except OSError:   # no memory or processes left for a fork: the batches are read here
        prepare()
        for batch in batches:
            yield batch, read_here(batch)
        return
    try:
        reader.answer(0)   # the model it was given
        yield from batches_read_by(reader, engine, batches, text_of, read_here, prepare, meanwhile, finished)
    finally:
        reader.close()


def batches_read_by(reader: ModelReader, engine, batches: list[list[Any]], text_of: Callable[[Any], str],
                    read_here: Callable[[list[Any]], list], prepare: Callable[[], None], meanwhile: Iterator[None],
                    finished: object) -> Iterator[tuple[list[Any], list]]:
    """Each batch with its (text, artifacts) pairs, in order, the entities read by ``reader``. ``prepare`` runs once
    the reader has the first batches; ``meanwhile`` is advanced while an answer is awaited (``finished`` is its end
    marker). A batch the reader cannot answer (it died) is read here by ``read_here``."""
    default_score = engine.ner_model_configuration.default_score

    def artifacts(answer: list[tuple[int, int, str]]) -> NlpArtifacts:
        found = [_Entity(*entity) for entity in answer]
        entities, scores = engine._get_updated_entities(found, [default_score] * len(found))
        # no tokens: nothing downstream reads them (the module's docstring)
        return NlpArtifacts(entities=entities, tokens=None, tokens_indices=[], lemmas=[],  # type: ignore[arg-type]
                            nlp_engine=engine, language="en", scores=scores)

    tickets: list[int | None] = []

    def send_next() -> None:
        if len(tickets) < len(batches):
            tickets.append(reader.ask("entities", [text_of(piece) for piece in batches[len(tickets)]]))

    answered = 0
    try:
        for _ in range(_AHEAD):
            send_next()
        prepare()
        for index, batch in enumerate(batches):
            answer = reader.answer(tickets[index], meanwhile, finished) if index < len(tickets) else None
            answered = index + 1
            if answer is None or len(answer) != len(batch):
                yield batch, read_here(batch)
                continue
            send_next()
            yield batch, [(text_of(piece), artifacts(entities)) for piece, entities in zip(batch, answer)]
    finally:
        reader.forget(tickets[answered:])   # left early (an error here): what was asked is not wanted
