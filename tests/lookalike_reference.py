"""The reference reading of lookalike letters the folding tests compare ``redact.normalise`` with: a plain loop over
the words of a text, from Unicode's confusables data as the confusable-homoglyphs package ships it, written apart
from the code under test (which finds the letters with one regular expression and widens each find to its word).

A letter of another script than Latin whose confusable prototype is one ASCII letter is read as that letter (a
capital one that looks like the prototype "l" as the capital I), in a word (letters, accents, apostrophes and
invisible characters; not digits) that holds a Latin letter or letters of two other scripts; every other word is
left as it is."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from redact.normalise import INVISIBLE

APOSTROPHE_LIKE = frozenset("'\u2019\u2018\u02bc\u201b\u2032`")


@lru_cache(maxsize=1)
def lookalikes_by_script() -> dict[str, dict[str, list[str]]]:
    """script -> Latin letter -> the letters of that script that look like it."""
    from confusable_homoglyphs import categories, confusables

    out: dict[str, dict[str, list[str]]] = {}
    for char, homoglyphs in confusables.confusables_data.items():
        if len(char) != 1 or not char.isalpha() or char.isascii():
            continue
        script = categories.aliases_categories(char)[0]
        if script in ("LATIN", "COMMON", "INHERITED"):
            continue
        latin = next((h["c"] for h in homoglyphs if len(h["c"]) == 1 and h["c"].isascii() and h["c"].isalpha()),
                     None)
        if latin is None:
            continue
        if latin == "l" and char.isupper():
            latin = "I"
        out.setdefault(script, {}).setdefault(latin, []).append(char)
    return out


@lru_cache(maxsize=1)
def _latin_of() -> dict[str, str]:
    return {char: latin for table in lookalikes_by_script().values() for latin, chars in table.items()
            for char in chars}


def _script(char: str) -> str | None:
    from confusable_homoglyphs import categories

    if not char.isalpha():
        return None
    script = categories.aliases_categories(char)[0]
    if script not in ("COMMON", "INHERITED"):
        return script
    styled = unicodedata.normalize("NFKC", char)
    return "LATIN" if len(styled) == 1 and styled.isascii() and styled.isalpha() else None


def _part_of_a_word(char: str) -> bool:
    return char.isalpha() or unicodedata.category(char).startswith("M") or char in APOSTROPHE_LIKE \
        or char in INVISIBLE


def read_as_latin(text: str) -> str:
    latin_of = _latin_of()
    out = list(text)
    index = 0
    while index < len(text):
        if not _part_of_a_word(text[index]):
            index += 1
            continue
        end = index
        while end < len(text) and _part_of_a_word(text[end]):
            end += 1
        scripts = {_script(char) for char in text[index:end]} - {None}
        if "LATIN" in scripts or len(scripts) > 1:
            for inside in range(index, end):
                out[inside] = latin_of.get(text[inside], text[inside])
        index = end
    return "".join(out)
