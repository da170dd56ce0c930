"""A nickname the document itself gives a listed person, learned for that document.

"Darius 'Daz' Mensah", "Darius (known as Daz) Mensah", "Darius Mensah (Daz)": the words around the nickname are a
listed person's name (given name and surname, or the full name), so "Daz" alone later in the same document is that
person too, and gets their pseudonym; the name written with the nickname goes whole ("Tom was arrested", not
"Tom 'Tom' Tom"). Nothing is learned beside an unlisted person's name: "Darren 'Daz' Pryor" says nothing about a
listed Darius Mensah. The constructions are the ones the proposal command reads (``redact.suggest``).

A nickname that is also an English word ("Bear", "Sunny") is learned only as written, with its capital, and each
later use is judged as a listed name that is also a word is (``redact.name_or_word``). As for initials
(``redact.initials``), what the input taught is carried to the check of the output, where the name is gone.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .name_or_word import given_name_popularity, is_ordinary_word
from .normalise import fold_key
from .rules import Person, Rules
from .suggest import nicknames_written_with_a_name
from .variants import one_word_forms, split_title


@dataclass(frozen=True)
class NicknameMatch:
    start: int
    end: int
    person: int       # index into Rules.listed()
    whole: bool       # the name written with the nickname ("Darius 'Daz' Mensah"), not the nickname alone


class IntroducedNicknames:
    """Which nicknames the document read last gives listed people, and where a text writes them."""

    def __init__(self, rules: Rules):
        listed = rules.listed()
        # the folded word sequences that name each listed person: the full name, an alias of two words or more,
        # and given name + surname ("Darius Mensah" of Darius Kofi Mensah)
        self._names: dict[tuple[str, ...], set[int]] = {}
        for index, entity in enumerate(listed):
            if not isinstance(entity, Person):
                continue
            for name in (entity.name, *entity.aliases):
                words = tuple(fold_key(w) for w in split_title(name)[1])
                if len(words) >= 2:
                    self._names.setdefault(words, set()).add(index)
                    self._names.setdefault((words[0], words[-1]), set()).add(index)
        self._own_words = one_word_forms(rules)
        # a nickname that is somebody's pseudonym would be read as a leak in every output
        self._pseudonym_words = {fold_key(w) for entity in listed if entity.pseudonym
                                 for w in entity.pseudonym.split()}
        self.learned: dict[str, int] = {}    # the nickname as written -> the listed person
        self._pattern: regex.Pattern | None = None

    def __bool__(self) -> bool:
        return bool(self._names)

    # ------------------------------------------------------------------ learning

    def learn_document(self, texts: list[str], also: dict[str, int] | None = None) -> bool:
        """Learn the nicknames ``texts`` give listed people; ``also``: those learned before (the input's, when
        the output is checked). Returns whether what is learned changed."""
        learned = dict(also or {})
        if self._names:
            for text in texts:
                for construct in self._constructs(text):
                    learned.setdefault(construct[3], construct[2])
        changed, self.learned = learned != self.learned, learned
        if changed:
            self._pattern = _nickname_pattern(learned)
        return changed

    def _constructs(self, text: str) -> list[tuple[int, int, int, str]]:
        """(start, end, person, nickname) of every listed person's name written with a nickname in ``text``."""
        out = []
        for start, end, nick_start, nick_end, name_words, marked in nicknames_written_with_a_name(text):
            nickname = text[nick_start:nick_end]
            person, offset = self._person_named(name_words)
            if person is None or not self._learnable(nickname, person, marked):
                continue
            # "Later Darius Mensah (Daz)": the name starts where the listed words do
            out.append((start + offset, end, person, nickname))
        return out

    def _person_named(self, words: list[tuple[int, str]]) -> tuple[int | None, int]:
        """The one listed person whose name the last of ``words`` ((offset, word) pairs) are, and the offset of
        the first of those words."""
        folded = [fold_key(w) for _, w in words]
        for at in range(len(folded)):
            owners = self._names.get(tuple(folded[at:]))
            if owners is not None and len(owners) == 1:
                return next(iter(owners)), words[at][0]
        return None, 0

    def _learnable(self, nickname: str, person: int, marked: bool) -> bool:
        key = fold_key(nickname)
        if nickname.isupper() or key in self._pseudonym_words:
            return False   # "(DM)": initials (``redact.initials``); "Tom": a pseudonym
        if any(key in words for index, words in self._own_words.items() if index != person):
            return False   # another listed person's name word: theirs
        # "Darius Mensah (Deceased)": a bare word in brackets is a nickname only if it is a given name too
        return marked or not is_ordinary_word(nickname) or bool(given_name_popularity(nickname))

    # ------------------------------------------------------------------ finding

    def find(self, text: str, used_as_name, whole: bool = True) -> list[NicknameMatch]:
        """Every learned nickname in ``text``, and with ``whole`` every listed name written with one instead of
        the nickname inside it (apply replaces the whole; verify reports each word). ``used_as_name(text, start,
        end)`` judges a nickname that is also an English word."""
        if not self.learned or self._pattern is None:
            return []
        found = [NicknameMatch(start, end, person, True) for start, end, person, _ in self._constructs(text)] \
            if whole else []
        for match in self._pattern.finditer(text):
            written = match.group()
            person = self.learned.get(written)
            if person is None:
                person = next((p for nick, p in self.learned.items() if nick.casefold() == written.casefold()
                               and not is_ordinary_word(nick)), None)
            if person is None or any(m.start <= match.start() < m.end for m in found):
                continue
            if is_ordinary_word(written) and not used_as_name(text, match.start(), match.end()):
                continue   # "a bear of a man": the word, not Bear
            found.append(NicknameMatch(match.start(), match.end(), person, False))
        return found


def _nickname_pattern(learned: dict[str, int]) -> regex.Pattern | None:
    if not learned:
        return None
    # a word of its own; case matters only for a nickname that is also a word (checked in ``find``)
    alternatives = "|".join(regex.escape(n) for n in sorted(learned, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}-])(?<![\p{{L}}]['’])(?i:{alternatives})"
                         rf"(?![\p{{L}}\p{{N}}]|[-‐][\p{{L}}])")
