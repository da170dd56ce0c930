"""The ways of reading one text that the leak finder searches besides the text itself: the date view (NFKC, case
kept), the split view (identifier joiners as spaces, CamelCase and letters-digits steps as spaces) and the joined
view (letters written one by one joined, line-end hyphens gone). Each comes with ``origin``: the index in the text
of every character of the view."""
from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from ..normalise import INVISIBLE

def date_view(text: str) -> tuple[str, list[int]]:
    """The text as a date finder should see it: NFKC, invisible characters gone, case kept; with origins."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in INVISIBLE:
            continue
        piece = " " if char.isspace() else unicodedata.normalize("NFKC", char)
        for c in piece:
            chars.append(c)
            origin.append(index)
    return "".join(chars), origin


# Characters that join the words of an identifier ("joanne_pryor", "j.pryor@", "/JoannePryor/"): read as spaces.
_JOINERS = frozenset("_./@:=?&+%#~\\|")
_JOINED_WORDS = re.compile(r"[^\W\d_][_./@:=?&+%#~\\|]+[^\W_]|[^\W_][_./@:=?&+%#~\\|]+[^\W\d_]"
                           r"|[^\W\d_]\d|\d[^\W\d_]|[^\W_]_")
_TWO_LETTERS = re.compile(r"(?=([^\W\d_]{2}))")


def _needs_split(text: str) -> bool:
    """Words joined by a joiner, to digits, or in CamelCase ("ÓDálaigh" too: letters beyond ASCII count)."""
    if _JOINED_WORDS.search(text):
        return True
    return any(pair[0].islower() and pair[1].isupper() or pair[0].isupper() and pair[1].isupper()
               for pair in _TWO_LETTERS.findall(text))
# letters written one by one ("J o a n n e", "J.O.A.N.N.E", "J. P.") and a word hyphenated at a line end
_SPACED_LETTERS = re.compile(r"(?<![^\W_])[^\W\d_](?:(?:\.\s?|\s)[^\W\d_]){1,}(?![^\W_])\.?")
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011]\s+(?=[^\W\d_])")


# "Jo. Pryor", "Smith, Jo": punctuation and a space between two words end a phrase; the broad views read the
# punctuation as a joiner, which is right only inside an identifier ("jo.pryor@")
CLAUSE_BREAK = re.compile(r"[.,;:!?]\s")


# "McDonald", "MacKenzie", "FitzGerald": the capital after these prefixes is inside one surname, not a second word
_SURNAME_PREFIX = re.compile(r"(?<![A-Z])(?:Mc|Mac|Fitz)$")


def _surname_prefix_before(text: str, index: int) -> bool:
    return bool(_SURNAME_PREFIX.search(text, max(0, index - 5), index))


def _split_view(text: str) -> tuple[str, list[int]]:
    """The text with identifier joiners as spaces and a space inside CamelCase and between letters and digits."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        previous = text[index - 1] if index else ""
        following = text[index + 1] if index + 1 < len(text) else ""
        boundary = previous and (
            previous.islower() and char.isupper() and not _surname_prefix_before(text, index)
            or previous.isupper() and char.isupper() and following.islower()
            or previous.isalpha() and char.isdigit() or previous.isdigit() and char.isalpha())
        if boundary:
            chars.append(" ")
            origin.append(index)
        chars.append(" " if char in _JOINERS else char)
        origin.append(index)
    return "".join(chars), origin


def _joined_view(text: str) -> tuple[str, list[int]]:
    """The text with letters written one by one joined ("J o a n n e" -> "Joanne") and line-end hyphens gone."""
    drop: set[int] = set()
    for match in _SPACED_LETTERS.finditer(text):
        drop.update(match.start() + i for i, c in enumerate(match.group()) if not c.isalpha())
    for match in _LINE_END_HYPHEN.finditer(text):
        drop.update(range(match.start(), match.end()))
    origin = [i for i in range(len(text)) if i not in drop]
    return "".join(text[i] for i in origin), origin


def broad_views(text: str) -> Iterator[tuple[str, list[int]]]:
    if _needs_split(text):
        yield _split_view(text)
    if _SPACED_LETTERS.search(text) or _LINE_END_HYPHEN.search(text):
        joined, origin = _joined_view(text)
        yield joined, origin
        if _needs_split(joined):     # "NíBh-\nriain": joined first, then read in CamelCase
            split, split_origin = _split_view(joined)
            yield split, [origin[i] for i in split_origin]


def word_starts(text: str, index: int) -> bool:
    """A word starts at ``index``: after a non-letter, or at a CamelCase step ("joanne" in "MyJoanne")."""
    if index <= 0 or not text[index - 1].isalnum():
        return True
    before, here = text[index - 1], text[index]
    return before.islower() and here.isupper() and not _surname_prefix_before(text, index) or \
        before.isdigit() != here.isdigit()


def word_ends(text: str, index: int) -> bool:
    if index >= len(text) or not text[index].isalnum():
        return True
    before, here = text[index - 1], text[index]
    return before.islower() and here.isupper() or before.isdigit() != here.isdigit() or \
        before.isupper() and here.isupper() and index + 1 < len(text) and text[index + 1].islower()
