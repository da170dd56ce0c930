"""A secret cut by Word's structure: read across the cut.

A phone number, an NHS number, an e-mail address or a date of death can be written across two table cells, two
paragraphs (of the body or of a text box), a line break, a tab or a soft hyphen: "07700 900" | "123",
"jo.pryor@" | "gmail.com", "28" | "July 2018", "99961\u00ad74093". Each side alone is no secret, so each reading of
one text passes it. Here the end of one text and the start of the next (or the two sides of a break, tab or soft
hyphen inside one text) are joined, with nothing and with a space between them, and handed to a finder; what it
finds over the joint is a secret on both sides.

Listed names across a cut are read elsewhere (the listed-name matcher reads a name over a wrapped line, and a name's
every word is a form of its own); a find wholly on one side is the ordinary reading's. Both apply
(``redact.detect.engine.Detector``) and verify (``redact.verify.verdict``) read the cuts here, so that what apply
replaces verify would have reported.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any
from dataclasses import dataclass

#: how much of each side is read: the longest secret cut here (an e-mail address) fits with room to spare
REACH = 48
#: the cuts inside one text as the readers write them: a line break, a tab, a soft hyphen
INNER_CUTS = "\n\t\u00ad"
# A cut is read only when a digit or an '@' stands near it: every secret read here has one, and ordinary prose
# cut by a paragraph end (nearly every cut) is then never searched at all.
_NEAR = 24
_LIKELY = re.compile(r"[\d@]")
# a side that ends or starts in a sentence's punctuation or a space is no secret cut in two (a '.' may start the
# rest of an address, never end a side: "... WP/21/018733)." | "15.37 Officers")
_LEFT_EDGE = re.compile(r"[\w@\-]")
_RIGHT_EDGE = re.compile(r"[\w@.\-]")
# a find that ends or starts inside a longer token is no secret of its own ("18 August" | "17" of "17/10/2022")
_INSIDE_A_TOKEN = re.compile(r"[/.\-]?[^\W_]")
_TOKEN_BEFORE = re.compile(r"[^\W_][/.\-]?$")
# a paragraph or cell that starts with its section's number ("15.37 Officers were sent", "3. Terms of reference"):
# the number is the section's, never the rest of a phone or a date before it
_SECTION_NUMBER = re.compile(r"\s*\(?\d{1,3}(?:(?:\.\d{1,3})+\.?|[.)])\s")


@dataclass(frozen=True)
class Side:
    """A stretch of one text: ``texts[index][start:end]``."""

    index: int
    start: int
    end: int


@dataclass(frozen=True)
class Reading:
    """Two sides read as one text, ``joiner`` between them."""

    left: Side
    right: Side
    joiner: str
    text: str
    cut: str = ""       # the cut inside one text ("\n", "\t", "\u00ad"); "" between two texts

    @property
    def joint(self) -> tuple[int, int]:
        """Where the joiner stands in ``text``: a find crosses the cut when it starts before and ends after it."""
        at = self.left.end - self.left.start
        return at, at + len(self.joiner)

    def crosses(self, start: int, end: int) -> bool:
        before, after = self.joint
        return start < before and end > after

    def halves(self, start: int, end: int) -> tuple[Side, Side]:
        """The two stretches of the texts a find over the joint covers."""
        before, after = self.joint
        return (Side(self.left.index, self.left.start + start, self.left.end),
                Side(self.right.index, self.right.start, self.right.start + end - after))


def readings(texts: Sequence[str], joined: Callable[[int, int], bool]) -> Iterator[Reading]:
    """Every reading across a cut that may hide a secret: between ``texts[i]`` and ``texts[i + 1]`` where
    ``joined(i, i + 1)`` (the two are neighbours in the document: cells of a row, paragraphs of a part), and across
    every line break, tab and soft hyphen inside a text."""
    for index, text in enumerate(texts):
        for at, character in _inner_cuts(text):
            yield from _both_ways(texts, Side(index, max(0, at - REACH), at),
                                  Side(index, at + 1, min(len(text), at + 1 + REACH)), cut=character)
        if index + 1 < len(texts) and joined(index, index + 1):
            following = texts[index + 1]
            end = len(text.rstrip())
            start = len(following) - len(following.lstrip())
            if end and start < len(following) and not _SECTION_NUMBER.match(following):
                yield from _both_ways(texts, Side(index, max(0, end - REACH), end),
                                      Side(index + 1, start, min(len(following), start + REACH)))


def _inner_cuts(text: str) -> Iterator[tuple[int, str]]:
    if not any(c in text for c in INNER_CUTS):
        return
    for at, character in enumerate(text):
        if character in INNER_CUTS:
            yield at, character


def _both_ways(texts: Sequence[str], left: Side, right: Side, cut: str = "") -> Iterator[Reading]:
    before = texts[left.index][left.start:left.end]
    after = texts[right.index][right.start:right.end]
    if not before or not after or not _LEFT_EDGE.match(before[-1]) or not _RIGHT_EDGE.match(after[0]):
        return
    if not (_LIKELY.search(before, max(0, len(before) - _NEAR)) or _LIKELY.search(after[:_NEAR])):
        return
    # a soft hyphen is no space: the word it cuts is one word
    for joiner in ("",) if cut == "\u00ad" else ("", " "):
        yield Reading(left, right, joiner, before + joiner + after, cut)


def finds_across(texts: Sequence[str], joined: Callable[[int, int], bool],
                 find: Callable[[str], list[tuple[int, int, Any]]]) -> list[tuple[Reading, int, int, Any]]:
    """What ``find`` (a text -> its finds, ``(start, end, what)``) finds over a cut, once for each cut and
    secret: the same find read with and without a space counts once."""
    out = []
    seen: set = set()
    for reading in readings(texts, joined):
        finds = find(reading.text)
        if not any(reading.crosses(start, end) for start, end, _ in finds):
            continue
        # Read with nothing between the sides, a find over the cut that only lengthens what one side holds alone
        # is no secret cut in two ("jo@example.org" | "Perpetrator" is no address "example.orgPerpetrator"). Read
        # with a space, a longer find is more of the secret ("4" | "October 2018": the day of the month and year).
        before, after = reading.joint
        alone = [] if reading.joiner else \
            [(s, e, _kind(w)) for s, e, w in find(reading.text[:before])] + \
            [(s + after, e + after, _kind(w)) for s, e, w in find(reading.text[after:])]
        for start, end, what in finds:
            if not reading.crosses(start, end) or _INSIDE_A_TOKEN.match(reading.text, end) or \
                    start and _TOKEN_BEFORE.search(reading.text, max(0, start - 2), start) or \
                    any(s < end and start < e and kind == _kind(what) for s, e, kind in alone):
                continue
            left, right = reading.halves(start, end)
            key = (left, right)
            if key not in seen:
                seen.add(key)
                out.append((reading, start, end, what))
    return out


def _kind(what: Any) -> Any:
    """A find's kind: a recogniser result's entity type, or what the finder gave."""
    return getattr(what, "entity_type", what)
