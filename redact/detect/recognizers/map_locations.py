"""Locations given as map references, not as addresses: a what3words address ("///filled.count.soap") and an
Ordnance Survey grid reference ("SJ 834 987"). Police and ambulance logs quote them for where a call came from or
a body was found; each names a square of a few metres, so it identifies a home as surely as its street address.

Both -> ADDRESS (the placeholder an author expects where a place someone lived or died was).
"""
from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from ...entities import ADDRESS
from ._common import DhrRecognizer, context_near, result, words_pattern

# The three words, as the app writes them: letters of any script, joined by dots (a full stop after them is the
# sentence's). With its "///" nothing else is written so; without it, "index.home.raft" is one only beside a cue.
_WORD = r"[^\W\d_]{1,20}"
_SLASHED = re.compile(rf"(?<![\w/])///\s?(?P<words>{_WORD}\.{_WORD}\.{_WORD})(?![\w.]*\w)")
_BARE = re.compile(rf"(?<![\w/.@-])(?P<words>[^\W\d_A-Z]{{2,20}}\.[^\W\d_A-Z]{{2,20}}\.[^\W\d_A-Z]{{2,20}})"
                   rf"(?![\w@-]|\.\w)")
_W3W_CUE = words_pattern(["what3words", "what 3 words", "what three words", "w3w", "3 word address",
                          "three word address", "3-word address", "three-word address"])

# A grid reference: the 100 km square's two letters (the first is one of those that cover Great Britain) and an
# easting and a northing of the same length, 2 to 5 figures each, with or without spaces. Letters and figures
# are other things' too (a vehicle's "SJ 834"), so only after a cue.
_GRID = re.compile(r"(?<![\w/-])(?P<square>[HNOST][A-HJ-Z])\s?(?P<digits>[0-9]{2,5}\s?[0-9]{2,5})(?![\w/-])")
_GRID_CUE = words_pattern(["grid reference", "grid ref", "grid ref.", "os grid", "osgr", "ngr", "os reference",
                           "ordnance survey", "map reference"])


class What3WordsRecognizer(DhrRecognizer):
    """A what3words address -> ADDRESS: "///filled.count.soap" 0.9 anywhere; "filled.count.soap" 0.85 beside a
    what3words cue in its sentence. Metadata ``{"form": "what3words"}``."""

    ENTITIES = (ADDRESS,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        found = [result(self, ADDRESS, m.start(), m.end(), 0.9, "what3words address", form="what3words")
                 for m in _SLASHED.finditer(text)] if "///" in text else []
        if "." in text and _W3W_CUE.search(text):
            for m in _BARE.finditer(text):
                if any(r.start <= m.start() < r.end for r in found):
                    continue
                if context_near(text, m.start(), m.end(), _W3W_CUE, 80):
                    found.append(result(self, ADDRESS, m.start(), m.end(), 0.85, "what3words address",
                                        form="what3words"))
        return found


class GridReferenceRecognizer(DhrRecognizer):
    """An Ordnance Survey grid reference after a cue ("grid reference SJ 834 987", "NGR: TQ3080") -> ADDRESS,
    0.85. Metadata ``{"form": "grid reference"}``."""

    ENTITIES = (ADDRESS,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        if not _GRID_CUE.search(text):
            return []
        found = []
        for m in _GRID.finditer(text):
            digits = m.group("digits").replace(" ", "")
            halves = m.group("digits").split()
            even = len(halves) == 2 and len(halves[0]) == len(halves[1]) or len(halves) == 1 and len(digits) % 2 == 0
            if even and 4 <= len(digits) <= 10 and context_near(text, m.start(), m.end(), _GRID_CUE, 60):
                found.append(result(self, ADDRESS, m.start(), m.end(), 0.85, "grid reference",
                                    form="grid reference"))
        return found
