"""A listed name written in a script that leaves out short vowels or writes its own: "احمد" for Ahmed, "יוסף" for
Yosef, "عمران" for Imran, "प्रिया" for Priya, "ਹਰਪ੍ਰੀਤ" for Harpreet.

Arabic script (Arabic, Urdu, Persian) and Hebrew write no short vowel, and Devanagari, Gurmukhi and Bengali carry
an inherent one that no romanisation agrees on, so the letter-by-letter reading of ``redact.transliteration``
misses them. Here a word of those scripts is read, letter by letter through ``anyascii``, as a pattern of the Latin
spellings it may stand for: each consonant a small class of romanisations (ق q/k, خ kh/k/h, ש sh/s, ব b/v/w),
doubled or not ("حسن" Hassan); a Latin digraph (kh, sh, th, dh) only from the one letter that writes it, so "کہاں"
(where) is no Khan; a letter that carries a vowel (ا, ع, א, ء) one or two vowels, or none inside a word; و/ו
o/u/w/v, ي/י i/y/e; between two letters one unwritten short vowel (a long one is written: "Mahmood" is "محمود",
not "محمد"), and in Indic scripts a consonant's inherent vowel (a, o, e) or none. A listed name's Latin word
(three letters or more) that a word's pattern spells whole is found; several listed people whose names it spells
are told apart by the fewest unwritten vowels, then the order of the rules.

A word among the most frequent of its language (``wordfreq``: about the first fifty words) that Faker's lists of
names in that script do not hold is an ordinary word ("على", on, spells Ali; "के" Kay), and a word spelling a
name of one consonant ("Ali", "Noa", "Avi") must be a name of those lists: "علي" is Ali, "أن" (that) no Ann.
Known limits: a one-consonant name missing from those lists (Hebrew "אבי", Avi, also "my father") is left, and
so is Ali in the Egyptian spelling "على"; a less frequent word with a listed name's letters is read as the name
("כן", yes, for a listed Khan). A prefix joined to the name (Arabic و/ب/ل/ف/ك, Hebrew ו/ה/ב/ל/מ/ש/כ: "لأحمد",
"ולמשה") stays and the name alone is replaced.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

__all__ = ["has_vowelless_script", "word_pattern", "SkeletonIndex"]

# cheap gate: text with none of these letters costs one regex search
_GATE = re.compile(r"[\u0590-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u0900-\u09ff\u0a00-\u0a7f]")
# a word: letters with their marks (harakat, niqqud, matras, virama, nukta) and joiners; no punctuation or digit
_WORD = regex.compile(r"[\p{L}\p{M}\u200c\u200d]+", regex.V1)
_LATIN = regex.compile(r"\p{Latin}", regex.V1)
_INDIC = ("DEVANAGARI", "BENGALI", "GURMUKHI")
# an h of its own, never the second letter of a Latin kh, sh, th, dh... (one letter, خ ش ث ذ, ख श थ ध, or
# Urdu's ھ write those): "کہاں" and "कहाँ", where, are no "Khan"
_OWN_H = "(?<![kstdgcpbjz])h"
# a consonant's romanisations, keyed by anyascii's reading of it. A Latin digraph (kh, sh, th, dh, gh, ch, ph) is
# one letter of those scripts (خ ش ث ذ غ چ ف, ख श थ ध घ छ फ): a k, s, t or d letter never reads as one
_CONSONANTS = {
    "b": "b|v|w", "bh": "bh|b|v", "p": "p", "ph": "ph|f|p", "f": "f|ph|v", "v": "v|w|b",
    "t": "t", "th": "th|t|s", "d": "d", "dh": "dh|d|z|th", "tt": "t",
    "k": "k|c|ck|q", "kh": "kh|k|ch|c|h|x", "q": "q|k|c|ck|g", "g": "g|gh", "gh": "gh|g",
    "j": "j|g|z|dj|jh", "jh": "jh|j", "ch": "ch|c|chh|tch", "chh": "chh|ch", "zh": "zh|j|z", "c": "ch|c|chh",
    "s": "s|c", "sh": "sh|s|ch|sch", "ts": "tz|ts|z|s|tzh", "z": "z|dh|zh",
    "m": "m", "n": "n|ng|ny", "r": "r|rh", "l": "l", "h": "h", "y": "y|i|e|ee|ey|ei|ie|ai|ay",
    "w": "w|v|o|u|oo|ou|ow|au|aw", "x": "x|ks", "ng": "ng|n", "ny": "ny|n",
}
# by letter, where anyascii's reading says too little (ض is d in Arabic, z in Persian and Urdu: Reza, Rizwan)
_LETTERS = {
    "ARABIC LETTER DAD": "d|dh|z", "ARABIC LETTER ZAH": "z|dh|d", "ARABIC LETTER THAL": "dh|z|d",
    "ARABIC LETTER THEH": "th|s|t", "ARABIC LETTER HAH": _OWN_H, "HEBREW LETTER HET": f"ch|kh|{_OWN_H}",
    **{f"{script} LETTER HA": _OWN_H for script in ("DEVANAGARI", "BENGALI", "GURMUKHI")},
    "HEBREW LETTER VAV": "v|w|o|u|oo|ou", "ARABIC LETTER ALEF MAKSURA": "a|aa|ah|i|y|e|ee",
    "ARABIC LETTER YEH BARREE": "e|ay|ai|a|ey", "HEBREW LETTER SHIN": "sh|s", "HEBREW LETTER PE": "p|f|ph",
    "HEBREW LETTER YOD": "y|i|e|ee|ey|ei|ie|ai|ay|j",
    **{f"{script} LETTER {letter}": "sh|s" for script in ("DEVANAGARI", "BENGALI", "GURMUKHI")
       for letter in ("SHA", "SSA")},
}
_VOWELS = {"a": "a|aa|e|o", "i": "i|ee|ea|ie|y|e|ey", "u": "u|oo|o|ou|w", "e": "e|ay|ai|a|ee|ae|ey|i",
           "o": "o|oo|ow|u|au|ou|oa", "ai": "ai|ae|e|ay|ei|ey", "au": "au|ow|ou|o|aw"}
# a letter that carries a vowel (alef, ayin, hamza): one opening or closing a word always does (an alef opens
# "Ahmed", "Imran", "Omar"; "עשרה" is no Sarah, "אל" no Yael); inside it, Hebrew's ayin too ("יעל", Yael), not
# always an Arabic alef or ayin ("اسماعيل", Ismail)
_CARRIER, _VOICED_CARRIER = "[aeiou]{0,2}", "[aeiou]{1,2}"
# Arabic script and Hebrew: an unwritten short vowel between letters (a long one is written: "Mahmood" is
# "محمود"); Indic scripts: the inherent vowel of a consonant with no vowel sign, kept (a; o in Bengali; e in
# "Jaswinder") or dropped
_SEMITIC_GAP = "([aeiou]?)"
_INHERENT = "([aoe]?)"
_NASAL = "(?:n|m)?"          # anusvara, tippi, bindi, candrabindu


def has_vowelless_script(text: str) -> bool:
    return bool(_GATE.search(text))


@lru_cache(maxsize=4096)
def _letter(char: str) -> tuple[str, str] | None:
    """(kind, Latin pattern) of one character of those scripts: kind is 'consonant', 'vowel', 'carrier', 'final h'
    (a he/heh/teh marbuta, that ends a name as h, a vowel or nothing), or None for a mark that adds nothing."""
    from anyascii import anyascii

    name = unicodedata.name(char, "")
    if name in _LETTERS:
        kind = "vowel" if any(w in name for w in ("VAV", "MAKSURA", "BARREE", "YOD")) else "consonant"
        return kind, _LETTERS[name]
    if "TEH MARBUTA" in name:
        return "final h", "(?:h|t)?"
    if "HAMZA" in name and ("YEH" in name or "WAW" in name):
        return "vowel", "[aeiouwy]{0,2}"    # a seat of hamza: Ayesha "عائشہ", Saima "صائمہ"
    if "ALEF" in name or "HAMZA" in name:
        return "carrier", "alef"
    if name.split()[-1:] in (["AYIN"], ["AIN"]):
        return "carrier", "hebrew ayin" if name.startswith("HEBREW") else "ayin"
    if any(word in name for word in ("ANUSVARA", "TIPPI", "BINDI", "CANDRABINDU")):
        return "nasal", _NASAL
    if any(word in name for word in ("VIRAMA", "NUKTA", "ADDAK", "SHADDA", "POINT", "FATHA", "KASRA", "DAMMA",
                                      "SUKUN", "TANWEEN", "DAGESH", "TATWEEL", "JOINER")) or not name:
        return None
    latin = re.sub(r"[^a-z]", "", anyascii(char).lower())
    if not latin:
        return None
    if "VOWEL" in name or (name.startswith(_INDIC) and "LETTER" in name and latin in _VOWELS and "VOCALIC" not in name):
        return "vowel", _VOWELS.get(latin, latin)
    if name.startswith(("ARABIC LETTER WAW", "HEBREW")) and latin == "w":
        return "vowel", _CONSONANTS["w"]
    if latin == "y" and not name.startswith(_INDIC):
        return "vowel", _CONSONANTS["y"]
    if latin == "h" and ("HEH" in name and "DOACHASHMEE" not in name or name == "HEBREW LETTER HE"):
        return "final h", _OWN_H
    if "VISARGA" in name:
        return "vowel", "h?"
    return "consonant", _CONSONANTS.get(latin, latin)


@lru_cache(maxsize=8192)
def word_pattern(word: str) -> re.Pattern | None:
    """The Latin spellings ``word`` may stand for, as a pattern whose groups are the unwritten vowels; None for a
    word of no script read here."""
    indic = any(unicodedata.name(c, "").startswith(_INDIC) for c in word)
    letters = []
    for char in word:
        if indic and "VIRAMA" in unicodedata.name(char, ""):
            letters.append(("virama", ""))    # this consonant has no vowel, not even the inherent one
        elif (letter := _letter(char)) is not None:
            letters.append(letter)
    if not any(kind != "virama" for kind, _ in letters):
        return None
    parts = []
    for index, (kind, pattern) in enumerate(letters):
        if kind == "virama":
            continue
        if kind == "carrier":
            edge = index == 0 or index == len(letters) - 1
            pattern = _VOICED_CARRIER if edge or pattern == "hebrew ayin" else _CARRIER
        if kind == "final h":
            # a he, heh or teh marbuta ends a name as "h", a vowel or nothing (Sarah, Fatima, Azadeh); inside it, h
            pattern = f"(?:{pattern})?" if index == len(letters) - 1 and pattern == _OWN_H else pattern
        if index and not indic:
            parts.append(_SEMITIC_GAP)
        parts.append(f"(?:{pattern})+" if kind == "consonant" else f"(?:{pattern})")
        following = letters[index + 1][0] if index + 1 < len(letters) else None
        if indic and kind == "consonant" and following not in ("vowel", "virama"):
            parts.append(_INHERENT)
    return re.compile("".join(parts))


def _cost(match: re.Match) -> int:
    """Unwritten vowels the reading needed."""
    return sum(len(group) for group in match.groups() if group)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if "a" <= c <= "z")


# a prefix joined to a word: Arabic "and", "with", "for", "so", "like"; Hebrew "and", "the", "in", "to", "from",
# "that", "like"
_PREFIXES = {"arabic": "وبلفك", "hebrew": "והבלמשכ"}


class SkeletonIndex:
    """Listed name words (Latin) and their payloads; ``find`` gives (start, end, payload) of the words of those
    scripts that spell one of them, each to the best reading's payload."""

    def __init__(self, names):
        self._names: list[tuple[str, object]] = []
        seen = set()
        for word, payload in names:
            key = _fold(word)
            if word.isascii() and len(key) >= 3 and (key, id(payload)) not in seen:
                seen.add((key, id(payload)))
                self._names.append((key, payload))

    def find(self, text: str):
        if not self._names or not has_vowelless_script(text):
            return []
        out = []
        for match in _WORD.finditer(text):
            if match.group().isascii() or not has_vowelless_script(match.group()) or _LATIN.search(match.group()):
                continue
            found = self._read(match.group())
            if found is not None:
                offset, payload = found
                out.append((match.start() + offset, match.end(), payload))
        return out

    def _read(self, word: str) -> tuple[int, object] | None:
        """(where the name starts in ``word``, its payload): the word whole, or after a joined prefix."""
        best = self._best(word)
        if best is not None:
            return 0, best
        script = "hebrew" if any("\u0590" <= c <= "\u05ff" for c in word) else "arabic"
        for size in (1, 2):
            if len(word) - size >= 3 and all(c in _PREFIXES[script] for c in word[:size]):
                best = self._best(word[size:])
                if best is not None:
                    return size, best
        return None

    def _best(self, word: str):
        pattern = word_pattern(word)
        if pattern is None:
            return None
        best = None
        for key, payload in self._names:
            match = pattern.fullmatch(key)
            if match is not None and (best is None or _cost(match) < best[0]):
                best = (_cost(match), payload, key)
        if best is None or not _a_name_here(word, best[2]):
            return None
        return best[1]


def _a_name_here(word: str, key: str) -> bool:
    """May ``word``, which spells the listed name ``key``, be that name? Not a frequent word of its language that
    no list of names in that script holds; and, for a name of one consonant ("Ali", "Noa"), only a name of those
    lists: its pattern is spelt by too many words."""
    known = _normalised(word) in _names_in_scripts()
    if len(re.sub("[aeiou]", "", key)) <= 1:
        return known
    return known or not _frequent(word)


# about once in 2,000 words: the function words ("على", "के", "তার"); names reach 6.2 (Malik, Khan, Ali, Mohammed)
_FREQUENT_ZIPF = 6.3


def _frequent(word: str) -> bool:
    from wordfreq import zipf_frequency

    languages: tuple[str, ...]
    if any("\u0590" <= c <= "\u05ff" for c in word):
        languages = ("he",)
    elif any("\u0900" <= c <= "\u097f" for c in word):
        languages = ("hi",)
    elif any("\u0980" <= c <= "\u09ff" for c in word):
        languages = ("bn",)
    elif any("\u0600" <= c <= "\u06ff" for c in word):
        languages = ("ar", "ur", "fa")
    else:
        return False    # Gurmukhi: wordfreq has no Punjabi list
    return max(zipf_frequency(word, language) for language in languages) >= _FREQUENT_ZIPF


_NORMAL = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ی": "ي", "ک": "ك", "ۃ": "ة",
                         "ہ": "ه", "ھ": "ه", "ے": "ي"})


def _normalised(word: str) -> str:
    word = "".join(c for c in word if not unicodedata.combining(c) or unicodedata.name(c, "").startswith(_INDIC))
    return word.translate(_NORMAL)


@lru_cache(maxsize=1)
def _names_in_scripts() -> frozenset[str]:
    """Given names and surnames of Faker's Arabic, Persian, Hebrew, Hindi, Marathi, Nepali and Bengali lists,
    normalised (hamza seats, the Persian and Urdu forms of yeh, kaf and heh)."""
    import importlib

    names: set[str] = set()
    for locale in ("ar_AA", "ar_PS", "ar_SA", "fa_IR", "he_IL", "hi_IN", "mr_IN", "ne_NP", "bn_BD"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute, values in vars(provider).items():
            if "names" in attribute and not attribute.startswith("_") and isinstance(values, (list, tuple, dict)):
                names.update(_normalised(part) for value in values if isinstance(value, str)
                             for part in value.split())
    return frozenset(names)
