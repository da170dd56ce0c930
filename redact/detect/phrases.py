"""One Aho-Corasick automaton over many phrases, matched whole-word on folded text.

Listed names, kept terms and the allow-list are each matched with one automaton per review rather
than one regular expression per phrase; folding (``redact.normalise``) makes case, accents,
apostrophes, invisible characters and line breaks irrelevant, and matches map back to the original.
"""
from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass
from typing import Generic, Iterable, TypeVar

import ahocorasick

from ..normalise import Folded, fold, fold_key
from .spans import DisjointSpans

Payload = TypeVar("Payload")


@dataclass(frozen=True)
class PhraseMatch(Generic[Payload]):
    start: int   # in the original text
    end: int
    payload: Payload


def _is_boundary(text: str, index: int) -> bool:
    return index < 0 or index >= len(text) or not text[index].isalnum()


_UNSPACED_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")


def _unspaced(char: str) -> bool:
    """Chinese, Japanese, Thai... put no space between words: a name written in them ("住在利兹") or next to
    them ("在Leeds工作") is whole between any two letters."""
    return char >= "\u0e00" and unicodedata.name(char, "").startswith(_UNSPACED_SCRIPTS)


def _starts_a_word(text: str, start: int) -> bool:
    """A match starts a word, unless a one-letter surname prefix is elided onto it: "Donald" in "O'Donald" or
    "Souza" in "D'Souza" is part of a different surname."""
    if not _is_boundary(text, start - 1):
        return False
    return not (start >= 2 and text[start - 1] in "'\u2019" and text[start - 2].isalpha()
                and _is_boundary(text, start - 3))


def _plural_end(text: str, end: int) -> int | None:
    """Where a plural ending after a name at ``end`` stops: "Doyle|s", and "es" after s, x, z, ch or sh ("Jones|es",
    "Fox|es", "Church|es")."""
    if text[end:end + 1] == "s":
        return end + 1
    if text[end:end + 2] == "es" and (text[end - 1:end] in ("s", "x", "z") or text[end - 2:end] in ("ch", "sh")):
        return end + 2
    return None


class PhraseAutomaton(Generic[Payload]):
    """Finds phrases in text; each phrase carries a payload (the first one added for a phrase wins)."""

    def __init__(self, phrases: Iterable[tuple[str, Payload]] = ()):
        self._automaton = ahocorasick.Automaton()
        self._size = 0
        for phrase, payload in phrases:
            self.add(phrase, payload)
        self._built = False

    def add(self, phrase: str, payload: Payload) -> None:
        key = fold_key(phrase)
        if key and key not in self._automaton:
            self._automaton.add_word(key, (len(key), payload))
            self._size += 1
            self._built = False

    def __len__(self) -> int:
        return self._size

    def _ensure_built(self) -> None:
        if not self._built and self._size:
            self._automaton.make_automaton()
            self._built = True

    def find_folded(self, folded: Folded, *, longest: bool = True, extra_boundaries: str = "",
                    plural_ok=None, plural_after_the_ok=None, span_ok=None,
                    unwanted=None, bare_s_ok=None) -> list[PhraseMatch[Payload]]:
        """Whole-word matches in already folded text (spans in the original). A match followed by "s" is a
        plural when ``plural_ok(payload)``, or when it follows "the" and ``plural_after_the_ok(payload)``; and
        a possessive without its apostrophe ("Maggies bag") when ``bare_s_ok(payload, word, start, end)``, given
        the word with its s and its span in the original.
        ``span_ok(start, end)``, on the original span, refuses a match before the longest are chosen, so that
        the shorter matches inside it still count; so does ``unwanted(found)``, given every match as (start, end,
        payload) in the folded text, for the matches it returns (a reading that another match beside it rules
        out)."""
        if not self._size:
            return []
        self._ensure_built()
        text = folded.text
        found: list[tuple[int, int, Payload]] = []
        for end_index, (length, payload) in self._automaton.iter(text):
            start = end_index - length + 1
            end = end_index + 1
            before_ok = _starts_a_word(text, start) or text[start - 1] in extra_boundaries
            after_ok = _is_boundary(text, end) or text[end] in extra_boundaries
            plural_end = _plural_end(text, end)
            if not after_ok and plural_end is not None and _is_boundary(text, plural_end) and (
                    plural_ok is not None and plural_ok(payload) or plural_after_the_ok is not None
                    and text[max(0, start - 4):start] == "the " and _is_boundary(text, start - 5)
                    and plural_after_the_ok(payload)
                    or bare_s_ok is not None and plural_end == end + 1
                    and bare_s_ok(payload, text[start:plural_end], *folded.span_to_original(start, plural_end))):
                after_ok = True
            # a letter next to a match is allowed only when the match itself ends/starts with a non-letter
            if (before_ok or not text[start].isalnum() or _unspaced(text[start]) or _unspaced(text[start - 1])) \
                    and (after_ok or not text[end - 1].isalnum() or _unspaced(text[end - 1]) or _unspaced(text[end])):
                if span_ok is not None and not span_ok(*folded.span_to_original(start, end)):
                    continue
                found.append((start, end, payload))
        if unwanted is not None and len(found) > 1:
            refused = unwanted(found)
            found = [match for match in found if match not in refused] if refused else found
        if longest:
            found = longest_first(found)
        out = []
        for start, end, payload in found:
            o_start, o_end = folded.span_to_original(start, end)
            out.append(PhraseMatch(o_start, o_end, payload))
        return out

    def find_inside(self, folded: Folded, start: int, end: int, min_length: int = 1) -> list[PhraseMatch[Payload]]:
        """Every phrase of ``min_length`` characters or more inside the original span ``start:end`` of the folded
        text, whatever stands next to it (a name run into a username: "oksanak88"), longest first; spans in the
        original."""
        if not self._size:
            return []
        self._ensure_built()
        first, last = bisect.bisect_left(folded.origin, start), bisect.bisect_left(folded.origin, end)
        found = []
        for end_index, (length, payload) in self._automaton.iter(folded.text, first, last):
            if length >= min_length:
                found.append((end_index - length + 1, end_index + 1, payload))
        return [PhraseMatch(*folded.span_to_original(a, b), payload) for a, b, payload in longest_first(found)]

    def holds_any(self, folded: Folded, min_length: int = 1) -> bool:
        """Does the folded text hold any phrase of ``min_length`` characters or more, wherever it stands?"""
        if not self._size:
            return False
        self._ensure_built()
        return any(length >= min_length for _, (length, _) in self._automaton.iter(folded.text))

    def find(self, text: str, **kwargs) -> list[PhraseMatch[Payload]]:
        return self.find_folded(fold(text), **kwargs)


def longest_first(found: list[tuple[int, int, Payload]]) -> list[tuple[int, int, Payload]]:
    """Non-overlapping matches, longer ones first, then earlier ones ("Hartsford Borough Council" over "Hartsford")."""
    # in text order and apart already (most texts: none or one match): all are taken
    if not found:
        return []
    if len(found) == 1:
        if found[0][0] < found[0][1]:
            return list(found)
    elif all(start < end for start, end, _ in found) and \
            all(before[1] <= after[0] for before, after in zip(found, found[1:])):
        return list(found)
    taken: list[tuple[int, int, Payload]] = []
    occupied: DisjointSpans[None] = DisjointSpans()
    for start, end, payload in sorted(found, key=lambda m: (-(m[1] - m[0]), m[0])):
        if occupied.overlaps(start, end):
            continue
        taken.append((start, end, payload))
        occupied.add(start, end, None)
    return sorted(taken, key=lambda m: m[0])
