"""What comes just before or just after a find, read from a window of its text and never from all of it.

A .txt without blank lines is one segment: a whole report of 100,000 words. A rule that reads "the text before this
name" by searching everything before it with an end-anchored pattern ("the " before a name, a title, a capitalised
word) pays the length of the report for every find, and a long report became quadratic: 88 s for 100k words, where
the same words in paragraphs take 10 s. Every such read goes through here instead, bounded by ``NEAR`` characters:
far more than any of those patterns spans (an article, a title, a few words), so the answers are the same.
"""
from __future__ import annotations

from typing import Any

#: how far before or after a find its neighbouring words are read
NEAR = 200


def ending_at(pattern: Any, text: str, end: int, reach: int = NEAR) -> Any:
    """``pattern`` (one that ends in ``$``) searched in the text that ends at ``end``. The search starts ``reach``
    characters back, and a look-behind at its start still sees the characters before, as in a search of the whole
    text. Works for ``re`` and ``regex`` patterns alike."""
    return pattern.search(text, max(0, end - reach), end)


def before(text: str, start: int, reach: int = NEAR) -> str:
    """The ``reach`` characters before ``start`` (fewer at the start of the text)."""
    return text[max(0, start - reach):start]


def after(text: str, end: int, reach: int = NEAR) -> str:
    """The ``reach`` characters after ``end`` (fewer at the end of the text)."""
    return text[end:end + reach]


def nothing_before(text: str, start: int, ignoring: str | None = None) -> bool:
    """Is everything before ``start`` white space (or one of the ``ignoring`` characters)? Reads the window first:
    almost every find has a word just before it, and only a find after a long blank stretch reads further."""
    if before(text, start).strip(ignoring):
        return False
    return start <= NEAR or not text[:start].strip(ignoring)


def nothing_after(text: str, end: int, ignoring: str | None = None) -> bool:
    """Is everything after ``end`` white space (or one of the ``ignoring`` characters)? See ``nothing_before``."""
    if after(text, end).strip(ignoring):
        return False
    return end + NEAR >= len(text) or not text[end:].strip(ignoring)
