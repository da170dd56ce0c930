"""Small helpers shared by the recognisers: results with metadata, sentence windows, context checks."""
from __future__ import annotations

import bisect
import re
from typing import Iterable

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult

# Domain acronyms a DHR uses on every page; no recogniser here may report them on their own.
DOMAIN_ACRONYMS = frozenset({
    "MARAC", "MAPPA", "IDVA", "ISVA", "IMR", "IMRs", "DASH", "CSP", "DHR", "DHRs", "GP", "GPs", "A&E", "NHS", "ICB",
    "CPS", "IOPC", "DVPN", "DVPO", "IOM", "CMHT", "RAG", "PC", "DS", "DC", "PS", "DI", "DCI", "MASH", "CAD",
    "DVDS", "SARC", "PCSO", "IDAS", "HMPPS", "NPS", "CRC", "ASB", "DWP", "CAMHS", "IAPT", "UK", "EU", "NFA",
})

_SENTENCE_END = re.compile(r"[.!?](?=[\s'’\"”)]*(?:\s|$))|\n|\|")


# A full stop after these (or after a single letter, "D.O.B.", "J. H.") does not end the sentence.
_ABBREVIATIONS = {"no", "nos", "ref", "tel", "approx", "dr", "mr", "mrs", "ms", "st", "e.g", "i.e", "etc", "vs",
                  "para", "paras", "ch", "sgt", "insp", "supt", "det", "con", "mob", "dob"}


def _ends_sentence(text: str, m: re.Match) -> bool:
    if text[m.start()] != ".":
        return True
    word = re.search(r"([\w.]+)$", text[max(0, m.start() - 12):m.start()])
    if not word:
        return True
    w = word.group(1).lower()
    return not (len(w) == 1 or w in _ABBREVIATIONS or re.fullmatch(r"(?:\w\.)+\w", w))


class Sentences:
    """The sentence (or table cell) boundaries of one text, found once and looked up by bisection."""

    def __init__(self, text: str):
        self._ends = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text) if _ends_sentence(text, m)]
        self._starts = [s for s, _ in self._ends]
        self._length = len(text)

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        before = bisect.bisect_left(self._starts, start) - 1
        left = self._ends[before][1] if before >= 0 else 0
        after = bisect.bisect_left(self._starts, end)
        right = self._ends[after][0] if after < len(self._ends) else self._length
        return left, right


def sentence_bounds(text: str, start: int, end: int, reach: int = 1500) -> tuple[int, int]:
    """Start and end of the sentence (or table cell) around ``text[start:end]``, looking at most ``reach``
    characters either way (a sentence is never that long; a whole report is scanned only once)."""
    offset = max(0, start - reach)
    local = Sentences(text[offset:end + reach])
    left, right = local.bounds(start - offset, end - offset)
    return left + offset, right + offset


def words_pattern(words: Iterable[str]) -> re.Pattern:
    """Whole-word, case-insensitive alternation, longest first so that "date of death" beats "death"."""
    alternatives = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])", re.IGNORECASE)


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
    with the module, or lazily by the recogniser itself)."""

    ENTITIES: tuple[str, ...] = ()
    CONTEXT: list[str] = []
    #: judged from the sentence around it, so never run on an attribute value (see ``Detector``)
    reads_prose = False

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=supported_language,
                         name=type(self).__name__, context=list(self.CONTEXT))

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        """Presidio's entry point: nothing when none of ``ENTITIES`` is asked for, else what ``find`` finds."""
        if entities and not any(entity in entities for entity in self.ENTITIES):
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
