"""A listed name written in its own script: "Оксана Коваленко" for Oksana Kovalenko, "王秀英" for Wang Xiu Ying,
"김민준" for Kim Min Jun.

A report is in English, but it quotes messages, certificates and translated statements, which keep a name as the
family writes it. The rules list the name in Latin letters; a text in Cyrillic, Greek, Chinese, Japanese kana,
Korean, Armenian or Georgian is read here through ``anyascii``'s transliteration as well, so that ``apply``
(``ListedEntityRecognizer``) and ``verify`` (``LeakFinder``) find the listed name in it. One Chinese character
stands for many names ("王" is also the word for a king), so a find there needs two characters at least.

Scripts whose transliteration drops what a romanised name writes (Arabic's short vowels, Gurmukhi's and
Devanagari's inherent ones: "ਗੁਰਪ੍ਰੀਤ" reads "gurprit", not "Gurpreet") are not read this way but by the
Latin spellings a word of them may stand for (``redact.name_skeletons``); other names in them are reported for
review by the recogniser of names in other scripts (``OtherScriptNameRecognizer``). A Korean name is
found where the rules romanise it as the Revised Romanisation does ("Min Jun"; not "Park Ji Woo" for "박지우",
which reads "Bak Ji U").
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["latin_view", "in_other_script", "other_script_spans"]

_ALPHABETS = ("CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN")
_SYLLABLES = ("CJK UNIFIED", "HANGUL", "HIRAGANA", "KATAKANA")


@lru_cache(maxsize=4096)
def _kind(char: str) -> str | None:
    """'alphabet', 'syllable' (one character, one syllable, written without spaces) or None (Latin, or no letter)."""
    if char.isascii() or not char.isalpha():
        return None
    name = unicodedata.name(char, "")
    if name.startswith(_ALPHABETS):
        return "alphabet"
    if name.startswith(_SYLLABLES):
        return "syllable"
    return None


@lru_cache(maxsize=4096)
def _letters(char: str) -> str:
    from anyascii import anyascii

    # a soft or hard sign comes out as an apostrophe ("Ol'ga"): no romanised name writes it
    return anyascii(char).replace("'", "").replace('"', "")


def in_other_script(text: str) -> bool:
    """Does ``text`` hold a letter of a script read here?"""
    return not text.isascii() and any(_kind(char) for char in text)


def latin_view(text: str) -> tuple[str, list[int]] | None:
    """``text`` with its letters of the scripts above in Latin letters, syllables apart ("王秀英" -> "Wang Xiu Ying"),
    and for each character of the view the index of the character of ``text`` it comes from; None when there are
    none of them."""
    if not in_other_script(text):
        return None
    out: list[str] = []
    origin: list[int] = []
    previous = None
    for index, char in enumerate(text):
        kind = _kind(char)
        written = _letters(char) if kind else char
        if char in "υύ" and index and text[index - 1] in "οόΟ":
            written = "u"    # Greek "ου" is "ou" ("Παπαδόπουλος", Papadopoulos), which letter by letter is "oy"
        if kind == "syllable" and previous == "syllable":
            out.append(" ")
            origin.append(index)
        out.extend(written)
        origin.extend([index] * len(written))
        previous = kind
    return "".join(out), origin


def other_script_spans(text: str, origin: list[int], view_spans):
    """Of (start, end, payload) found in the Latin view, those in ``text``'s own terms that hold a letter of another
    script (the Latin ones were read in the text itself) and, in characters of one syllable each, two of them."""
    out = []
    for start, end, payload in view_spans:
        start, end = origin[start], origin[end - 1] + 1
        kinds = [_kind(char) for char in text[start:end]]
        if not any(kinds) or 0 < kinds.count("syllable") < 2:
            continue
        if "syllable" in kinds:
            # a name in characters is written whole, without spaces: "김민준" is Kim Min Jun even where the
            # family name's romanisation differs ("Gim"); a run longer than a name is a sentence, left as it is
            run_start, run_end = start, end
            while run_start > 0 and _kind(text[run_start - 1]) == "syllable":
                run_start -= 1
            while run_end < len(text) and _kind(text[run_end]) == "syllable":
                run_end += 1
            if run_end - run_start <= _LONGEST_NAME_IN_SYLLABLES:
                start, end = min(start, run_start), max(end, run_end)
        out.append((start, end, payload))
    return out


_LONGEST_NAME_IN_SYLLABLES = 4
