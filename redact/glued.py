"""Names glued into usernames and other one-word identifiers: "oksanak88", "xkovalenkox", "okovalenko1988".

A listed name is found as a word, or where a digit, a capital or ``_ . @`` starts or ends it ("oksana88",
"OksanaK", "kovalenko_o"). People also make handles by running a name into other letters ("oksanak88",
"mrskovalenko"), where no word boundary shows. Such a token is read letter by letter, by ``apply`` (which
replaces the name inside it) and by ``verify`` (which reports it), the same way: a token with a digit or with
``_ . @`` inside, or a lower-case token just after a word that introduces a username ("her Snapchat was
oksanakov"). Only names of four letters or more, and no ordinary English word, are looked for inside one:
"annual2023" holds "Ann", "rosegarden1" holds "Rose". And the name must be run into little else: at most three
other letters on either side ("oksanak88", "mrskovalenko"; other listed names do not count) or English words run
together, as a campaign's hashtag or web address is made ("#justiceforoksana", "justiceforoksana.org"), not its
own plural ("schemas" of a listed "Schema"), and not inside an ordinary word ("across2019" of "Ross").
"""
from __future__ import annotations

import re
from functools import lru_cache


from .lazy_patterns import lazy

from .nearby import ending_at

__all__ = ["glued_tokens", "glueable", "glued_names", "introduced_usernames", "MIN_GLUED_NAME", "identifier_words",
           "at_identifier_edge"]

MIN_GLUED_NAME = 4
_NOT_IN_A_TOKEN = r"\s<>()\[\]{}\"“”‘’',;:!?|/\\"
_SEPARATORS = frozenset(" \t\n\r\v\f\u00a0<>()[]{}\"“”‘’',;:!?|/\\")
# what makes a token an identifier: a digit, "_ . @" between two word characters, or a hashtag's "#" (searched for,
# then the token around it taken: most paragraphs hold few)
_MARK = re.compile(r"[0-9]|(?<=\w)[_.@](?=\w)|#(?=\w)")
_TOKEN_END = re.compile(rf"[{_NOT_IN_A_TOKEN}]|$")
# Words after which a lower-case word is a username: "her Snapchat was oksanakov", "username: oksanakov"
_CUE = re.compile(r"(?i:\b(?=[ughlsaptifkdxew])(?:user\s?names?|handles?|gamer\s?tags?|log\s?ins?|screen\s?names?|accounts?|"
                  r"profile\s+names?|snapchat|snap|instagram|insta|tiktok|twitter|facebook|kik|telegram|discord|"
                  r"xbox|psn|steam|skype|e-?mail|signed\s+in\s+as|known\s+online\s+as|went\s+by)\b)")
# the lower-case word after a cue, within a few words of it ("her Snapchat name was oksanakov")
_AFTER_CUE = lazy(re.compile, rf"[^.\n]{{0,24}}?(?<![^{_NOT_IN_A_TOKEN}])(?P<token>[a-z0-9_.@]+)(?![^{_NOT_IN_A_TOKEN}])")


@lru_cache(maxsize=4096)
def glued_tokens(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the one-word identifiers in ``text`` a name may be glued into (cached: detection, propagation and
    verify each ask it of the same texts)."""
    spans = set()
    reached = -1
    for mark in _MARK.finditer(text):
        if mark.start() < reached:
            continue       # inside the token just taken
        start = mark.start()
        while start > 0 and text[start - 1] not in _SEPARATORS:
            start -= 1
        token_end = _TOKEN_END.search(text, mark.end())
        reached = token_end.start() if token_end else len(text)
        end = start + len(text[start:reached].rstrip("."))
        if end - start > MIN_GLUED_NAME and any(c.isalpha() for c in text[start:end]):
            spans.add((start, end))
    for cue in _CUE.finditer(text):
        for m in _AFTER_CUE.finditer(text, cue.end(), min(len(text), cue.end() + 80)):
            start, end = m.start("token"), m.start("token") + len(m.group("token").rstrip("."))
            if end - start > MIN_GLUED_NAME and any(c.isalpha() for c in text[start:end]):
                spans.add((start, end))
    return tuple(sorted(spans))


def introduced_usernames(text: str) -> list[tuple[int, int]]:
    """Spans of the usernames a text gives without their "@" ("Snapchat: ksushak", "her username was ksusha_k"):
    the first token after a word that introduces one, within a few words, that is no English word ("her Snapchat
    was deleted" gives none). Not an e-mail address (its own recogniser's), not digits alone."""
    spans: list[tuple[int, int]] = _after_a_platform_abbreviation(text)
    if not _may_hold_a_cue(text) or not _CUE_HINT.search(text):
        return spans     # (most texts: the recogniser asks it of every one)
    # (imported here, after the test: a function's import runs at each call, ~1 us of the import system's)
    from .data.tables import english_words, stop_words
    from .name_or_word import is_ordinary_word
    for cue in _CUE.finditer(text):
        if cue.group().lower().startswith(("went", "e-mail", "email", "account")):
            continue   # "she went by Ksusha" is a name, an address its own find; "account" holds bank ones too
        # The username starts within a few words of its cue, and runs to its own end (cut at the window,
        # "jowhitfield" left "eld" of itself behind its placeholder). Further on in the clause ("her Instagram
        # handle at the time, according to her sister, was nowaks83") only a token built as one, or one a "was"
        # or "to" gives, is taken: the plain words of a long clause are more often names or other languages'.
        for m in _WORD_AFTER_CUE.finditer(text, cue.end()):
            if m.start() > cue.end() + _FAR or _CLAUSE_END.search(text, cue.end(), m.start()):
                break
            token = m.group().rstrip(".")
            lower = token.lower()
            if "@" in token or not any(c.isalpha() for c in token) or len(token) < 3 or _CUE.fullmatch(token):
                continue
            if token[:1].isupper() and not any(c.isdigit() or c == "_" or c.isupper() for c in token[1:]):
                continue   # a capitalised word: a name or a sentence's word, not a handle ("ShadowWolf99" is one)
            if lower in stop_words() or lower in english_words() or is_ordinary_word(lower) \
                    or _NOT_A_USERNAME.fullmatch(token):
                continue
            if m.start() > cue.end() + _NEAR and not (_BUILT_AS_A_HANDLE.search(token)
                                                       or ending_at(_GIVES_A_NAME_BEFORE, text, m.start(), 20)):
                continue
            if not any(s < m.start() + len(token) and m.start() < e for s, e in spans):
                spans.append((m.start(), m.start() + len(token)))
            break
    return spans


# A platform's abbreviation as people type it before a username ("IG darek_k81", "sc: lil.grace92", "FB big_darek",
# "TT kasia.k_", "X: mo_jones"), or its name straight before one. The letters are other things' too (a Special
# Constable's SC, "Town X", an "IG report", "TT races"), so the word straight after is a username only when it is
# built as one: two letters or more, and a digit, "_" or a "." between letters inside it
_PLATFORM_ABBREVIATION = lazy(re.compile,
    r"(?<![\w.@-])(?:(?i:ig|insta|instagram|sc|snap|snapchat|fb|facebook|tt|tiktok|yt|youtube|twitter)|X)"
    r"(?:\s*[:–-]\s*|\s)(?P<token>[\w.]+)")
_BUILT_AS_A_HANDLE = lazy(re.compile, r"[0-9_]|[^\W\d_]\.[^\W\d_]")


def _after_a_platform_abbreviation(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _PLATFORM_ABBREVIATION.finditer(text):
        token = m.group("token").rstrip(".")
        if sum(c.isalpha() for c in token) >= 2 and len(token) >= 3 and _BUILT_AS_A_HANDLE.search(token):
            spans.append((m.start("token"), m.start("token") + len(token)))
    return spans


# every cue of _CUE but those skipped above, without the word boundaries and look-ahead: the cheap test first
_CUE_HINT = lazy(re.compile,
                 r"(?i:user\s?name|handle|gamer\s?tag|log\s?in|screen\s?name|profile\s+name|snap|insta|tiktok|"
                 r"twitter|facebook|kik|telegram|discord|xbox|psn|steam|skype|signed\s+in|known\s+online)")
# each cue of _CUE_HINT opens with one of these, in small letters
_CUE_OPENINGS = ("user", "handle", "gamer", "log", "screen", "profile", "snap", "insta", "tiktok", "twitter", "facebook",
                 "kik", "telegram", "discord", "xbox", "psn", "steam", "skype", "signed", "known")
# the characters other than ASCII letters that the flag lets the cues' letters match ("ſnap", Kelvin's "\u212aik")
_OTHER_CASES = ("\u0130", "\u0131", "\u212a", "\u017f")


def _may_hold_a_cue(text: str) -> bool:
    """A test looser than ``_CUE_HINT``, a tenth of its cost (its case-insensitive alternatives are tried at every
    character: a fiftieth of a warm apply, asked of every text): one of the cues' openings in the text in small
    letters. Lowering makes a cue's ASCII letters small, and makes no other character one of them but a dotted
    capital I and Kelvin's K: a text holding one of ``_OTHER_CASES`` is searched as before."""
    if not text.isascii() and any(char in text for char in _OTHER_CASES):
        return True
    lowered = text.lower()
    for opening in _CUE_OPENINGS:
        if opening in lowered:
            return True
    return False


_WORD_AFTER_CUE = lazy(re.compile, r"(?<![\w@.])[\w.@]+(?![\w@])")
_NEAR, _FAR = 40, 160
_GIVES_A_NAME_BEFORE = lazy(re.compile, r"(?i:\b(?:was|is|as|to|called|named)|:)\s+$")
# what a clause about someone's accounts holds that is no username: a time ("12.30pm"), a section or page
# ("s.127", "para.4"), a count with its unit or an ordinal ("3k", "2nd", "20mg")
_NOT_A_USERNAME = lazy(re.compile,
    r"(?i:\d{1,2}(?:[.:]\d{2})?(?:am|pm|a\.m|p\.m|hrs?|h)?"
    r"|(?:s|ss|para|paras|reg|regs|art|r|p|pp|no|vol|ch|fig|sch|v|ver)\.?\d+[a-z]?(?:[.(]\d+\)?)*"
    r"|\d+(?:st|nd|rd|th|s|k|m|mg|ml|kg|km|mph|cm|mm|g|yo|yrs?|mins?|secs?))")
_CLAUSE_END = lazy(re.compile, r"[,;:!?()\n]\s*(?:and|but|or|then)\b|[.!?]\s|\n")


def glueable(variant) -> bool:
    """Is this listed form looked for inside a glued token? One word of four letters or more, no ordinary word,
    and no short form of a given name (``redact.short_forms``): "Artie" of a listed Arthur is inside "parties"
    after "an account of the", and a short form is a few common letters; one with a digit, "_" or "." beside it
    ("kasia88") is still found as a word."""
    from .name_or_word import is_ordinary_word
    from .variants import SHORT_FORM

    return variant.single_word and len(variant.key) >= MIN_GLUED_NAME and variant.form != SHORT_FORM \
        and not is_ordinary_word(variant.key)


# letters around a glued name that make it a handle: an initial, "mrs", "the", "x", "kov"
_MOST_AROUND = 3


@lru_cache(maxsize=4096)
def english_words_only(letters: str) -> bool:
    """Can these letters be read as English words run together ("justicefor", "forever", "rip")? A campaign
    hashtag or web address is made so: "#justiceforoksana", "justiceforoksana.org", "#oksanaforever"."""
    from .data.tables import english_words, stop_words

    words = english_words() | stop_words()
    folded = letters.lower()
    reachable = [True] + [False] * len(folded)
    for end in range(1, len(folded) + 1):
        reachable[end] = any(reachable[start] and (end - start >= 2 or folded[start:end] in ("a", "i"))
                             and folded[start:end] in words for start in range(max(0, end - 15), end))
    return reachable[-1]


def glued_names(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of ``found`` (spans of listed forms inside glued tokens), those run into little else (see above)."""
    from .name_or_word import is_ordinary_word

    covered = {i for a, b in found for i in range(a, b)}
    kept = []
    for start, end in found:
        run_start, run_end = start, end
        while run_start > 0 and text[run_start - 1].isalpha():
            run_start -= 1
        while run_end < len(text) and text[run_end].isalpha():
            run_end += 1
        before = "".join(text[i] for i in range(run_start, start) if i not in covered)
        after = "".join(text[i] for i in range(end, run_end) if i not in covered)
        if (len(before) > _MOST_AROUND and not english_words_only(before)) or \
                (len(after) > _MOST_AROUND and not english_words_only(after)) or \
                (not before and after.lower() in ("s", "es")) or \
                ((before or after) and is_ordinary_word(text[run_start:run_end])):
            continue
        kept.append((start, end))
    return kept


# A word of an identifier: a run of letters, cut at its CamelCase steps ("QuinteroStatement" is two)
_IDENTIFIER_LETTERS = lazy(re.compile, r"[^\W\d_]+")


def identifier_words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the words of the identifiers in ``text[start:end]`` (a bookmark, a field's instruction, a link's
    anchor, a content control's tag, a style's id) long enough to hold a listed name glued to other letters: runs
    of letters cut where a lower-case letter meets a capital, or a capital starts a lower-case word after
    capitals ("XMLQuintero")."""
    words = []
    for run in _IDENTIFIER_LETTERS.finditer(text, start, len(text) if end is None else end):
        word_start = run.start()
        for index in range(run.start() + 1, run.end()):
            before, here = text[index - 1], text[index]
            if (before.islower() and here.isupper()) or \
                    (before.isupper() and here.isupper() and index + 1 < run.end() and text[index + 1].islower()):
                words.append((word_start, index))
                word_start = index
        words.append((word_start, run.end()))
    return [(a, b) for a, b in words if b - a > MIN_GLUED_NAME]


def at_identifier_edge(text: str, word: tuple[int, int], start: int, end: int) -> bool:
    """Does a listed name found at ``start:end`` inside the identifier word ``word`` stand at its start or its end,
    glued to other letters ("Quinterostatement", "visitHollinsbury", "QUINTEROSTATEMENT")? An identifier is not
    prose: Word makes a bookmark, a style id or a tag by running a person's words together ("Quintero statement"
    becomes the style id "Quinterostatement"), so no word boundary shows. Not when the whole word is an ordinary
    or English word (a listed "Lowe" in "lowercase")."""
    from .data.tables import english_words
    from .name_or_word import is_ordinary_word

    word_start, word_end = word
    if (start, end) == word or not (start == word_start or end == word_end):
        return False
    whole = text[word_start:word_end].lower()
    return not is_ordinary_word(whole) and whole not in english_words()
