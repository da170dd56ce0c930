"""Where a sentence begins and ends: the one splitter the recognisers, the dates, the resolution of shared forms and
the pseudonym statement all use, so that they agree on what "the same sentence" means.

A sentence ends at a line break, or at ".", "!" or "?" (with any closing quotes or brackets after it) followed by
white space or the end of the text, unless a word in lower case follows ("etc. and", '"Why?" she asked'). A full
stop does not end it after an initial ("J. H. Smith"), an abbreviated title ("Mr.", "DS.", from the lexicon), an
abbreviation ("e.g.", "approx.", "D.O.B.") or a short form before a number ("no. 4", "Sept. 2021"). A decimal
("3.5"), an e-mail address or a web address has no white space after its dots, so it never ends one.

Callers differ in two ways, each a parameter: a table row written as one text ("Date | Agency | Event") has a
sentence per cell for ``cells=True``; ``reach`` bounds how far around a span one lookup reads, which keeps a
hostile text without any full stop from costing n squared.
"""
from __future__ import annotations

import bisect
import re

from .lazy_patterns import lazy
from .lexicon import ABBREVIATED_TITLE_WORDS, ABBREVIATIONS, ABBREVIATIONS_BEFORE_A_NUMBER

_CLOSERS = "'’\"”)\\]"
_END = lazy(re.compile, rf"[.!?][{_CLOSERS}]*(?=\s|$)|\n")
_END_OR_CELL = lazy(re.compile, rf"[.!?][{_CLOSERS}]*(?=\s|$)|\n|\|")
# the word the full stop closes: letters, digits and inner dots ("e.g", "D.O.B"), at most a few characters back
_WORD_BEFORE = lazy(re.compile, r"[\w.]+$")
_LONGEST_ABBREVIATION = 12
_INITIALISM = lazy(re.compile, r"(?:\w\.)+\w")
_NEXT_CHARACTER = lazy(re.compile, r"\s*([‘“'\"(]*)(.?)", re.DOTALL)

#: no sentence is longer than this: a lookup reads at most this far either side of its span
LONGEST_SENTENCE = 1500


def _ends_sentence(text: str, stop: int, after: int) -> bool:
    """Whether the terminator at ``text[stop]`` (closing characters up to ``after``) ends its sentence."""
    if text[stop] in "!?":
        return not _next_character(text, after).islower()    # '"Why?" she asked' goes on
    if text[stop] != ".":
        return True
    word_match = _WORD_BEFORE.search(text, max(0, stop - _LONGEST_ABBREVIATION), stop)
    if not word_match:
        return True
    word = word_match.group()
    if len(word) == 1 and word.isalpha():
        return False    # an initial: "J. H. Smith", "Mr B. said"
    if word in ABBREVIATED_TITLE_WORDS or word.title() in ABBREVIATED_TITLE_WORDS:
        return False
    lower = word.lower()
    if lower in ABBREVIATIONS or _INITIALISM.fullmatch(word):
        return False
    next_character = _next_character(text, after)
    if lower in ABBREVIATIONS_BEFORE_A_NUMBER and next_character.isdigit():
        return False
    # a sentence starts with a capital, a digit or a quote: a word in lower case goes on the same sentence
    return not next_character.islower()


def _next_character(text: str, after: int) -> str:
    """The first character of what follows a terminator, past white space and opening quotes ("" at the end)."""
    following = _NEXT_CHARACTER.match(text, after)
    return following.group(2) if following else ""


def sentence_ends(text: str, *, cells: bool = False) -> list[tuple[int, int]]:
    """The spans of the characters that end a sentence (the full stop and its closing quote, a line break, and
    with ``cells`` a table cell's "|"), in order."""
    pattern = _END_OR_CELL if cells else _END
    return [(m.start(), m.end()) for m in pattern.finditer(text) if _ends_sentence(text, m.start(), m.end())]


class Sentences:
    """The sentences of one text, found once and looked up by bisection."""

    def __init__(self, text: str, *, cells: bool = False):
        self._text = text
        self._ends = sentence_ends(text, cells=cells)
        self._starts = [start for start, _ in self._ends]
        self._length = len(text)

    def bounds(self, start: int, end: int | None = None, *, with_end: bool = False) -> tuple[int, int]:
        """Start and end of the sentence around ``text[start:end]``: from just after the end of the sentence
        before to just before the full stop (or, ``with_end``, just after it and its closing quote). A span that
        crosses a sentence end gets the bounds of all the sentences it touches."""
        end = start if end is None else end
        before = bisect.bisect_left(self._starts, start) - 1
        left = self._ends[before][1] if before >= 0 else 0
        after = bisect.bisect_left(self._starts, end)
        if after >= len(self._ends):
            return left, self._length
        return left, self._ends[after][1 if with_end else 0]

    def spans(self, *, with_end: bool = False) -> list[tuple[int, int]]:
        """Every sentence as (start, end), in order, without the white space around it (none is empty)."""
        out = []
        left = 0
        for stop, after in self._ends + [(self._length, self._length)]:
            right = after if with_end else stop
            piece = self._text[left:right]
            if piece.strip():
                out.append((left + len(piece) - len(piece.lstrip()), right - len(piece) + len(piece.rstrip())))
            left = after
        return out


def sentence_bounds(text: str, start: int, end: int | None = None, *, reach: int = LONGEST_SENTENCE,
                    cells: bool = False, with_end: bool = False) -> tuple[int, int]:
    """Start and end of the sentence around ``text[start:end]`` (see ``Sentences.bounds``), reading at most
    ``reach`` characters either way: a report is never split whole for one lookup."""
    end = start if end is None else end
    offset = max(0, start - reach)
    local = Sentences(text[offset:end + reach], cells=cells)
    left, right = local.bounds(start - offset, end - offset, with_end=with_end)
    return left + offset, right + offset
