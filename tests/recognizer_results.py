"""What a recogniser finds in a text, as the recogniser tests compare it."""
from __future__ import annotations


def found(recognizer, text, entities=None):
    """(entity type, matched text) pairs, left to right."""
    results = sorted(recognizer.analyze(text, entities or [], None), key=lambda r: r.start)
    return [(r.entity_type, text[r.start:r.end]) for r in results]


def texts(recognizer, text, entities=None):
    return [t for _, t in found(recognizer, text, entities)]
