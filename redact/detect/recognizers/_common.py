"""Small helpers shared by the recognisers: results with metadata, sentence windows, context checks."""
from __future__ import annotations

import re
from typing import Iterable

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

from ... import sentences
from ...sentences import LONGEST_SENTENCE

# Domain acronyms a DHR uses on every page; no recogniser here may report them on their own.
DOMAIN_ACRONYMS = frozenset({
    "MARAC", "MAPPA", "IDVA", "ISVA", "IMR", "IMRs", "DASH", "CSP", "DHR", "DHRs", "GP", "GPs", "A&E", "NHS", "ICB",
    "CPS", "IOPC", "DVPN", "DVPO", "IOM", "CMHT", "RAG", "PC", "DS", "DC", "PS", "DI", "DCI", "MASH", "CAD",
    "DVDS", "SARC", "PCSO", "IDAS", "HMPPS", "NPS", "CRC", "ASB", "DWP", "CAMHS", "IAPT", "UK", "EU", "NFA",
})


def sentence_bounds(text: str, start: int, end: int, reach: int = LONGEST_SENTENCE) -> tuple[int, int]:
    """Start and end of the sentence around ``text[start:end]`` as a recogniser reads it: a table row written as
    one text ("Date | Agency | Event") is a sentence per cell, so that one cell's words are no context for another's."""
    return sentences.sentence_bounds(text, start, end, reach=reach, cells=True)


def words_pattern(words: Iterable[str]) -> re.Pattern:
    """Whole-word, case-insensitive alternation, longest first so that "date of death" beats "death"."""
    alternatives = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE)


# the past forms English does not make with "-ed"
_IRREGULAR_PAST = {"ring": ("rang", "rung"), "drive": ("drove", "driven"), "ride": ("rode", "ridden"),
                   "send": ("sent",), "leave": ("left",), "get": ("got", "gotten"), "park": (), "own": ()}


def inflected(verbs: Iterable[str]) -> list[str]:
    """Every form of each verb: "drive" -> drive, drives, drove, driven, driving, drived (harmless); "dial" ->
    dials, dialled, dialed, dialling. A cue list written by hand had "drive" and "drove" and missed "drives", so
    the lists are made from their verbs, never typed out form by form."""
    forms: set[str] = set()
    for verb in verbs:
        forms.add(verb)
        forms.add(verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s"))
        stem = verb[:-1] if verb.endswith("e") else verb
        forms |= {stem + "ed", stem + "ing"}
        if verb.endswith("l"):
            forms |= {verb + "led", verb + "ling"}   # British spelling doubles the l ("dialled", "travelling")
        forms.update(_IRREGULAR_PAST.get(verb, ()))
    return sorted(forms)


def context_near(text: str, start: int, end: int, pattern: re.Pattern, window: int = 60,
                 same_sentence: bool = True) -> bool:
    """Whether a context word occurs within ``window`` characters of the span (and in its sentence)."""
    left, right = max(0, start - window), min(len(text), end + window)
    if same_sentence:
        s_left, s_right = sentence_bounds(text, start, end)
        left, right = max(left, s_left), min(right, s_right)
    return bool(pattern.search(text, left, start)) or bool(pattern.search(text, end, right))


class DhrRecognizer(EntityRecognizer):
    """A recogniser of ours: what it finds (``ENTITIES``) and the words that support it (``CONTEXT``) are declared
    once on the class, its name is the class's name, and there is nothing to load (patterns and lists are built
    with the module, or lazily by the recogniser itself).

    Context is scored here, once: the score a recogniser gives is the score that comes out. ``CONTEXT`` is not
    handed to Presidio, whose enhancer would add 0.35 again for any of its words among the five before a find
    (a documented 0.85 came out at 1.00); a recogniser that uses its words asks ``context_supports``."""

    ENTITIES: tuple[str, ...] = ()
    #: words that support a find in its sentence, for the recogniser's own scoring (``context_supports``)
    CONTEXT: list[str] = []
    #: judged from the sentence around it, so never run on an attribute value (see ``Detector``)
    reads_prose = False

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=supported_language,
                         name=type(self).__name__)
        self._context_words = words_pattern(self.CONTEXT) if self.CONTEXT else None
        self._entity_set = frozenset(self.ENTITIES)

    def load(self) -> None:
        pass

    def context_supports(self, text: str, start: int, end: int, window: int = 60) -> bool:
        """Whether one of ``CONTEXT`` stands within ``window`` characters of ``text[start:end]``, in its sentence
        (lower-case surface words, whole words; no lemmas, so no tagger)."""
        return self._context_words is not None and context_near(text, start, end, self._context_words, window)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        """Presidio's entry point: nothing when none of ``ENTITIES`` is asked for, else what ``find`` finds."""
        if entities and self._entity_set.isdisjoint(entities):
            return []
        return self.find(text, nlp_artifacts)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        """Every find in ``text``; recognisers that judge each of several entities on its own override
        ``analyze`` instead."""
        raise NotImplementedError(type(self).__name__)


def result(recognizer: EntityRecognizer, entity_type: str, start: int, end: int, score: float,
           explanation: str = "", **metadata) -> RecognizerResult:
    """A RecognizerResult that names its recogniser (as Presidio's own do) and carries our metadata."""
    # Presidio declares `name: str = None` and assigns the attribute only under `if name is None`, a branch mypy
    # then sees as unreachable, so the attribute's type cannot be inferred; it is always a str at run time
    name: str = recognizer.name  # type: ignore[has-type]
    meta = {
        RecognizerResult.RECOGNIZER_NAME_KEY: name,
        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
    }
    meta.update(metadata)
    return RecognizerResult(
        entity_type=entity_type, start=start, end=end, score=score,
        analysis_explanation=AnalysisExplanation(
            recognizer=name, original_score=score,
            textual_explanation=explanation or f"Detected by `{name}`"),
        recognition_metadata=meta,
    )


def wanted(entities: list[str] | None, entity_type: str) -> bool:
    """Presidio passes the entities asked for; an empty or missing list means all."""
    return not entities or entity_type in entities
