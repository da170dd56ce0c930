"""What verify prints ends up in CI logs: the context of a leak with every token that holds a leak, a piece of a
listed value, a contact or a postcode masked, and digits as "#"."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..lazy_patterns import lazy
from ..normalise import INVISIBLE, fold
from ..rules import Rules

MASK = "[" + "█" * 6 + "]"
# Tokens that are contacts or postcodes are never printed, whatever they hold: a postcode beside a masked address
# or an e-mail's local part tells a reader who it is.
ALWAYS_MASKED = lazy(re.compile, r"@|://|^www\.|^[A-Z]{1,2}\d[A-Z\d]?$|^\d[A-Z]{2}$|\d{5,}", re.IGNORECASE)


_OPENING = "([{\"'“‘«<"
_CLOSING = ".,;:!?)]}\"'”’»>"


def token_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited token(s) around [start, end): the whole e-mail, URL, file name, bracketed word."""
    original = (start, end)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    # punctuation around the token is no part of any value: "([██████])." still reads as a sentence
    while start < end and text[start] in _OPENING and start < original[0]:
        start += 1
    while end > start and text[end - 1] in _CLOSING and end > original[1]:
        end -= 1
    return start, end


def mask_context(text: str, start: int, end: int, spans: Iterable[tuple[int, int]] = (), width: int = 40,
          secret: re.Pattern | None = None) -> str:
    """The text around [start, end), every whole token that holds a leak masked.

    What is printed ends up in CI logs: a token is masked whole when it holds a leak (the rest of an e-mail
    address, a word in brackets, the other half of "JoannePryor"), when it looks like a contact or a postcode,
    or when it holds a piece of a listed value (``secret``); digits are printed as "#", so no protected date
    can be read in any written form.
    """
    left, right = max(0, start - width), min(len(text), end + width)
    # a token cut by the window's edge could be the tail of a name: the window holds whole tokens only
    if left > 0:
        while left < start and not text[left - 1].isspace():
            left += 1
    if right < len(text):
        while right > end and not text[right].isspace():
            right -= 1
    masked: list[tuple[int, int]] = []
    for s, e in sorted(set(spans) | {(start, end)}):
        if e <= left or s >= right:
            continue
        masked.append(token_bounds(text, max(s, left), min(e, right)))
    for token in re.finditer(r"\S+", text[left:right]):
        word = token.group()
        if ALWAYS_MASKED.search(word.strip(".,;:!?()[]{}'\"")) or secret is not None and secret.search(folded_word(word)):
            masked.append(token_bounds(text, left + token.start() + 1, left + token.end() - 1)
                          if token.end() - token.start() > 2 else (left + token.start(), left + token.end()))
    merged: list[list[int]] = []
    for s, e in sorted((max(s, left), min(e, right)) for s, e in masked):
        if merged and s <= merged[-1][1] or merged and not text[merged[-1][1]:s].strip():
            merged[-1][1] = max(merged[-1][1], e)      # masked tokens with only spaces between: one mask
        else:
            merged.append([s, e])
    pieces, position = [], left
    for s, e in merged:
        pieces += [text[position:s], MASK]
        position = e
    pieces.append(text[position:right])
    context = "".join(c for c in "".join(pieces) if c not in INVISIBLE)
    context = re.sub(r"\d", "#", re.sub(r"\s+", " ", context)).strip()
    return ("…" if left > 0 else "") + context + ("…" if right < len(text) else "")


@lru_cache(maxsize=65536)
def folded_word(word: str) -> str:
    return fold(word).text


def secret_pattern(rules: Rules) -> re.Pattern | None:
    """Pieces of the listed real values that must never be printed (folded): every 4-letter piece of a word,
    a 3-letter word whole. A context token holding one is masked, even where verify found no leak in it."""
    chunks: set[str] = set()
    for entity in rules.listed():
        for value in [entity.name, *entity.aliases]:
            for word in re.findall(r"[^\W_]+", fold(value).text):
                if len(word) == 3:
                    chunks.add(word)
                chunks.update(word[i:i + 4] for i in range(len(word) - 3))
    if not chunks:
        return None
    return re.compile("|".join(re.escape(c) for c in sorted(chunks, key=len, reverse=True)))
