"""Handles people build from a listed person's name: "haol" of Hao Li, "duct99" of Duc Tran, "mjones1985",
"m.jones", "maryjones_x", "jones_mary", "@maryj85", "tiktok.com/@haol", "mary.j85@gmail.com".

``redact.glued`` finds a listed name of four letters or more inside a token; a short given name (Li, Bo, Jo, Hao,
Duc, Nia) is looked for there nowhere, since "annual", "bold", "lion" hold one. Here a token is read whole against
the person's own name built the ways people build a handle: given name and the surname's initial, initial and
surname, given name and surname either way round, surname and initial. The letters of the token, with its digits,
``_ . -`` and a few words people add ("x", "xx", "official", "uk", "the", "real", "its") taken off, must BE such a
build, never merely hold it, and the text must make the token a handle:
- a digit or ``_ .`` inside it ("haol02", "hao_l", "h.li"), "@" before or after it ("@haol", "haol@gmail.com"),
  or "/" before it (a web address's path: "facebook.com/haol");
- or the name position of a chat or an e-mail: its header ("From: duct"), a chat line's writer ("[21:40] duct:
  ok"), a sign-off alone on its line;
- or, with none of those, the token written in lower case or CamelCase whose letters are no English word and no
  report's abbreviation, not after "the", "a", "of" ("tell haol I'm sorry", "jol said ok"): "duct", "lit" (Li T.) or
  "tomb" (Tom B.) in prose are words, and so is "the amyl" (Amy L.).
Apply (``ListedRecognizer``) and verify (``verify.finder``) read a text the same way, through :class:`NameHandles`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lazy_patterns import lazy
from .nearby import ending_at
from .normalise import fold_key

__all__ = ["NameHandles", "HandleMatch"]

# what people add around a name in a handle, longest first (so "xx" is tried before "x")
_BEFORE = ("official", "itsme", "real", "its", "the", "mrs", "miss", "iam", "lil", "big", "xxx", "mr", "ms", "im",
           "xx", "x", "")
_AFTER = ("official", "xoxo", "xxx", "xo", "xx", "uk", "x", "")
# a token: what lies between spaces, brackets, quotes and punctuation other than "_ . - @"
_TOKEN = re.compile(r"[^\s<>()\[\]{}\"“”‘’',;:!?|/\\]+")
# a token's part on either side of "@" (an e-mail's local part, a handle after "@")
_MARKED = lazy(re.compile, r"[0-9_.]")
_MIN_BARE = 3
_MIN_BARE_WITH_ADDITIONS = 4    # "xjol" may be anything; "xhaolx" is Hao L.
# a bare word after one of these is a noun, however rare ("the amyl", "a kiml"): a handle is never "the haol"
_DETERMINER_BEFORE = lazy(re.compile, r"(?i:\b(?:the|a|an|this|that|these|those|some|any|no|of)\s+$)")


@dataclass(frozen=True)
class HandleMatch:
    start: int
    end: int
    person: int    # the listed person's index in ``rules.listed()``


def _letters(text: str) -> str:
    return "".join(c for c in fold_key(text) if c.isalpha() and c.isascii())


def person_cores(given_names: list[str], surnames: list[str]) -> set[str]:
    """A person's name built as handles build it (letters only, lower case)."""
    cores = set()
    for given in filter(None, map(_letters, given_names)):
        for surname in filter(None, map(_letters, surnames)):
            cores.update({given + surname[0], given[0] + surname, given + surname, surname + given,
                          surname + given[0]})
    return {core for core in cores if len(core) >= 3}


def _names_of(person) -> tuple[list[str], list[str]]:
    """(given names, surnames) of a listed person: the first word and one-word aliases; the last word, each part of
    a hyphenated one and the surname run together ("ap Rhys" as "aprhys")."""
    words = person.name.replace("-", " ").split()
    if len(words) < 2:
        return [], []
    given = [words[0]] + [alias for alias in person.aliases if len(alias.split()) == 1]
    last = person.name.split()[-1]
    surnames = {last, last.replace("-", "")} | set(last.split("-"))
    if len(words) > 2:
        surnames.add("".join(words[1:]))    # "da Silva", "ap Rhys", "Ní Mhurchú" joined
    return given, sorted(surnames)


# where a chat or an e-mail names its writer or reader: a header ("From: duct", "To: lit; Cc: MASH"), a chat line's
# writer ("[22/01/2021, 21:40] duct: ok", "duct: where r u"), a sign-off alone on its line ("Kind regards,\nduct")
_HEADER_BEFORE = lazy(re.compile, r"(?im:^[ \t]*(?:from|to|cc|bcc|sender|sent\s+by|reply-to)[ \t]*:[ \t]*$)")
_CHAT_WRITER_BEFORE = lazy(re.compile, r"(?m:(?:^|\][ \t]*|\d[ \t]+-[ \t]+)[ \t]*$)")
_LINE_ENDS_OR_COLON_AFTER = lazy(re.compile, r"[ \t]*(?::|$|\n)")


def _in_a_name_position(text: str, start: int, end: int) -> bool:
    if ending_at(_HEADER_BEFORE, text, start, 40):
        return True
    return bool(ending_at(_CHAT_WRITER_BEFORE, text, start, 40)) and bool(_LINE_ENDS_OR_COLON_AFTER.match(text, end))


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    from .data.tables import english_words, stop_words
    return english_words() | stop_words()


def _a_word(letters: str) -> bool:
    """An English word, or a report's abbreviation ("dob", "nfa") written in small letters."""
    from .initials import report_acronyms
    from .name_or_word import is_ordinary_word
    return letters in _words() or is_ordinary_word(letters) or letters.upper() in report_acronyms()


class NameHandles:
    """Finds the tokens of a text that are a listed person's handle (see the module's notes)."""

    def __init__(self, rules) -> None:
        from .rules import Person

        self._cores: dict[str, int] = {}
        words: set[str] = set()
        for index, entity in enumerate(rules.listed()):
            if not isinstance(entity, Person):
                continue
            given, surnames = _names_of(entity)
            for core in person_cores(given, surnames):
                self._cores.setdefault(core, index)
            words.update(filter(None, map(_letters, given + surnames)))
        # every build holds a whole given name or surname: a token of plain letters without one is passed over
        # unread (most tokens)
        self._holds_a_name = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)",
                                        re.IGNORECASE)

    def __bool__(self) -> bool:
        return bool(self._cores)

    def find(self, text: str) -> list[HandleMatch]:
        if not self._cores:
            return []
        found = []
        if text.isascii() and not self._holds_a_name.search(text):
            return []
        for token in _TOKEN.finditer(text):
            if token.group().isascii() and not self._holds_a_name.search(token.group()):
                continue
            offset = token.start()
            for part in re.finditer(r"[^@]+", token.group()):
                match = self._judge(text, offset + part.start(), offset + part.end())
                if match is not None:
                    found.append(match)
        return found

    def _judge(self, text: str, start: int, end: int) -> HandleMatch | None:
        while start < end and text[start] in "._-":
            start += 1
        while end > start and text[end - 1] in "._-":
            end -= 1
        piece = text[start:end]
        if len(piece) < 3:
            return None
        letters = "".join(c for c in piece.lower() if "a" <= c <= "z") if piece.isascii() else _letters(piece)
        if len(letters) < 3 or len(letters) > 40:
            return None
        builds = [(before, after, letters[len(before):len(letters) - len(after)])
                  for before in _BEFORE if letters.startswith(before)
                  for after in _AFTER if letters.endswith(after) and len(before) + len(after) < len(letters)]
        builds = [(before, after, core) for before, after, core in builds if core in self._cores]
        if not builds:
            return None     # (most tokens)
        marked = bool(_MARKED.search(piece))
        addressed = (start > 0 and text[start - 1] in "@/") or (end < len(text) and text[end] == "@")
        named = _in_a_name_position(text, start, end)
        after_a_determiner = bool(ending_at(_DETERMINER_BEFORE, text, start, 12))
        if not (marked or addressed or named):
            # a bare word: lower case or CamelCase, no English word ("tell haol I'm sorry"; "Jos" is a city, "duct"
            # a word, "the amyl" a noun)
            # (a word in capitals is no CamelCase: "AAL" is initials, which ``redact.initials`` judges)
            if not (piece.islower() or (any(c.isupper() for c in piece[1:]) and not piece.isupper())) \
                    or not piece.isalpha() \
                    or len(letters) < _MIN_BARE or _a_word(letters) or after_a_determiner:
                return None
        for before, after, core in builds:
            if not (marked or addressed or named) and (before or after) \
                    and (len(core) < _MIN_BARE_WITH_ADDITIONS or _a_word(core)):
                continue
            if after_a_determiner and not (addressed or named) and _a_word(core):
                continue     # with digits but no "@" or "/", an English word after "the" is the word ("the duct2")
            return HandleMatch(start, end, self._cores[core])
        return None
