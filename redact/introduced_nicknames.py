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
from functools import lru_cache

import regex

from .data.tables import stop_words
from .lazy_patterns import lazy
from .lexicon import HONORIFICS, KIN_ADDRESS_WORDS, NAME_TITLES, RELATION_WORDS
from .name_or_word import given_name_popularity, is_ordinary_word
from .normalise import fold_key
from .rules import Person, Rules
from .suggest import SURNAME_PARTICLES, nicknames_written_with_a_name
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
        # a name of one word: the given name alone ("Senait (known as Sena)"), and the surname after a title ("Ms
        # Gebremariam (Sena)"); each only where the words before it are no name (``_person_named``)
        self._given: dict[str, set[int]] = {}
        self._surnames: dict[tuple[str, ...], set[int]] = {}
        for index, entity in enumerate(listed):
            if not isinstance(entity, Person):
                continue
            for name in (entity.name, *entity.aliases):
                # "KOWALCZYK, Katarzyna Anna" listed surname first is written "Katarzyna 'Kasia' Kowalczyk"
                words = tuple(fold_key(w) for w in _name_order(split_title(name)[1]))
                if len(words) >= 2:
                    self._names.setdefault(words, set()).add(index)
                    self._names.setdefault((words[0], words[-1]), set()).add(index)
                    # "Mac Giolla", "van der Berg", "Ó Ceallaigh": the surname with the particles that open it
                    first = len(words) - 1
                    while first > 1 and words[first - 1] in SURNAME_PARTICLES:
                        first -= 1
                    self._surnames.setdefault(words[first:], set()).add(index)
                    self._surnames.setdefault(words[-1:], set()).add(index)
                    # "Shiv 'Siobhán' Brennan": a one-word alias before the surname, the given name in quotes
                    for alias in entity.aliases:
                        if len(alias.split()) == 1:
                            self._names.setdefault((fold_key(alias), words[-1]), set()).add(index)
                if words:
                    self._given.setdefault(words[0], set()).add(index)
        self._own_words = one_word_forms(rules)
        # a nickname that is somebody's pseudonym would be read as a leak in every output
        self._pseudonym_words = {fold_key(w) for entity in listed if entity.pseudonym
                                 for w in entity.pseudonym.split()}
        # the short forms of each listed given name that are also words ("Sandy" of Alexandra, "Shell" of
        # Michelle), with the surname and alone: the draft makes them the person's name by writing them so
        self._word_forms: dict[tuple[str, str], set[int]] = {}
        self._forms: dict[str, set[int]] = {}
        for index, entity in enumerate(listed):
            if isinstance(entity, Person):
                given_and_surname = _name_order(split_title(entity.name)[1])
                for short in _short_forms(given_and_surname):
                    self._forms.setdefault(fold_key(short), set()).add(index)
                for short in _short_forms_beside_surname(given_and_surname) if len(given_and_surname) >= 2 else ():
                    self._forms.setdefault(fold_key(short), set()).add(index)
                    self._word_forms.setdefault((fold_key(short), fold_key(given_and_surname[-1])), set()).add(index)
        self.learned: dict[str, int] = {}    # the nickname as written -> the listed person
        self._pattern: regex.Pattern | None = None

    def __bool__(self) -> bool:
        return bool(self._names) or bool(self._forms)

    # ------------------------------------------------------------------ learning

    def learn_document(self, texts: list[str], also: dict[str, int] | None = None) -> bool:
        """Learn the nicknames ``texts`` give listed people; ``also``: those learned before (the input's, when
        the output is checked). Returns whether what is learned changed."""
        learned = dict(also or {})
        if self._names:
            for text in texts:
                for _, _, person, nickname in self._constructs(text):
                    learned.setdefault(nickname, person)
                for _, _, person, nickname, _ in self._short_forms_named(text):
                    learned.setdefault(nickname, person)
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

    def _short_forms_named(self, text: str) -> list[tuple[int, int, int, str, bool]]:
        """(start, end, person, short form) where ``text`` makes a listed given name's short form that is also a
        word the person's name: before the surname ("Shell Francis", the whole span) or after "known as" or
        "aka", or in quotes ("known as Sandy", "aka 'Drew'", the form's span); the last: whether the surname is
        in the span. One listed person's form only."""
        out = []
        if self._word_forms:
            words = list(_CAPITALISED.finditer(text))
            for first, second in zip(words, words[1:]):
                gap = text[first.end():second.start()]
                owners = self._word_forms.get((fold_key(first.group()), fold_key(second.group())))
                if gap == " " and owners is not None and len(owners) == 1:
                    out.append((first.start(), second.end(), next(iter(owners)), first.group(), True))
        for start, end, form in _introduced_forms(text):
            owners = self._forms.get(fold_key(form))
            if owners is not None and len(owners) == 1:
                person = next(iter(owners))
                if self._learnable(form, person, True):
                    out.append((start, end, person, form, False))
        return out

    def _person_named(self, words: list[tuple[int, str]]) -> tuple[int | None, int]:
        """The one listed person whose name the last of ``words`` ((offset, word) pairs) are, and the offset of
        the first of those words."""
        folded = [fold_key(w) for _, w in words]
        for at in range(len(folded)):
            owners = self._names.get(tuple(folded[at:]))
            if owners is not None and len(owners) == 1:
                return next(iter(owners)), words[at][0]
        # "Ms Gebremariam (Sena)", "Mr Mac Giolla (known as Taigy)": a listed surname after a title
        for at in range(len(folded) - 1):
            if folded[at] in _TITLE_KEYS and all(_no_name(w) for _, w in words[:at]):
                owners = self._surnames.get(tuple(folded[at + 1:]))
                if owners is not None and len(owners) == 1:
                    return next(iter(owners)), words[at][0]
        last = len(folded) - 1
        if last < 0 or not all(_no_name(w) for _, w in words[:last]):
            # "Luwam Yonas (Lulu)": a given name after another name is a father's name or a surname, not the
            # given name of the listed Yonas Haile
            return None, 0
        owners = self._given.get(folded[last])
        if owners is not None and len(owners) == 1 and all(
                folded[last] not in words_of for index, words_of in self._own_words.items() if index not in owners):
            return next(iter(owners)), words[last][0]
        return None, 0

    def _learnable(self, nickname: str, person: int, marked: bool) -> bool:
        key = fold_key(nickname)
        if nickname.isupper() or key in self._pseudonym_words:
            return False   # "(DM)": initials (``redact.initials``); "Tom": a pseudonym
        if any(key in words for index, words in self._own_words.items() if index != person):
            return False   # another listed person's name word: theirs
        if not marked and (key in RELATION_WORDS or key in KIN_ADDRESS_WORDS):
            return False   # "Mei Chen (Friend)", "(Mum)": her part, not a name
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
        # "known as Sandy": the form itself, for verify too (the surname's "Shell Francis" is a listed form)
        found += [NicknameMatch(start, end, person, whole) for start, end, person, _, with_surname
                  in self._short_forms_named(text) if whole or not with_surname]
        for match in self._pattern.finditer(text):
            written = match.group()
            person = self.learned.get(written)
            if person is None:
                person = next((p for nick, p in self.learned.items() if nick.casefold() == written.casefold()
                               and not _an_english_word(nick)), None)
            if person is None or any(m.start <= match.start() < m.end for m in found):
                continue
            if _an_english_word(written) and not used_as_name(text, match.start(), match.end()):
                continue   # "a bear of a man": the word, not Bear
            found.append(NicknameMatch(match.start(), match.end(), person, False))
        return found


_TITLE_KEYS = frozenset(fold_key(word) for title in (*NAME_TITLES, *HONORIFICS) for word in title.split())


def _an_english_word(nickname: str) -> bool:
    """A nickname that is an English word as written: "Sunny", "Bear"; not "Tí", whose mark "ti" lacks."""
    return is_ordinary_word(nickname) and fold_key(nickname) == nickname.casefold()


def _no_name(word: str) -> bool:
    """A capitalised word before a name that is no name itself: a sentence's first word ("Later"), a title."""
    key = fold_key(word)
    return key in _TITLE_KEYS or is_ordinary_word(key) or key in stop_words()


# a capitalised word: a short form and the surname after it ("Shell Francis")
_CAPITALISED = lazy(regex.compile, r"(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*\p{L}(?![\p{L}\p{N}])")
# a short form the draft says is the person's name: "known as Sandy", "aka Drew", "a.k.a. 'Shell'", "nicknamed
# Trish"; or a form in quotes ("'Sandy'")
_QUOTES = "\"'‘’“”"
_INTRODUCED_AS = regex.compile(
    rf"(?<![\p{{L}}])(?i:known\s+as|(?:knew|know|knows)\s+(?:her|him|them)\s+as|aka|a\.k\.a\.?|nicknamed|"
    rf"went\s+by|goes\s+by|called\s+herself|called\s+himself)\s+[{_QUOTES}]?(?P<form>\p{{Lu}}\p{{Ll}}+)(?![\p{{L}}\p{{N}}])")
_IN_QUOTES = regex.compile(rf"(?<![\p{{L}}\p{{N}}])[{_QUOTES}](?P<form>\p{{Lu}}\p{{Ll}}+)[{_QUOTES}]"
                           rf"(?![\p{{L}}\p{{N}}])")


@lru_cache(maxsize=4096)
def _introduced_forms(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, word) of each capitalised word ``text`` introduces as what a person is called ("known as
    Sandy", "aka 'Drew'", "'Sandy'"), in the order ``_short_forms_named`` reads them. Cached: a text is read so by
    the learning of the draft, detection and the learning of the output (apply's case1: 6,014 readings of about
    1,600 texts); who the word names is worked out by each reader."""
    return tuple((*match.span("form"), match.group("form"))
                 for match in (*_INTRODUCED_AS.finditer(text), *_IN_QUOTES.finditer(text)))


def _name_order(words: list[str]) -> list[str]:
    """A name's words given name first, whatever order the rules list it in ("Surname, Given")."""
    from .variants import _parsed_words

    if not any(word.endswith(",") for word in words):
        return words
    # (a particle surname comes back as one item, "van Dijk": its words, as the text writes them)
    return [part for item in _parsed_words(words)[0] for part in item.split()]


def _short_forms(words: list[str]) -> list[str]:
    from .variants import _short_forms as forms

    return [form for form, _, _ in forms(words)]


def _short_forms_beside_surname(words: list[str]) -> list[str]:
    from .variants import _short_forms_beside_surname as forms

    return forms(words)


def _nickname_pattern(learned: dict[str, int]) -> regex.Pattern | None:
    if not learned:
        return None
    # a word of its own; case matters only for a nickname that is also a word (checked in ``find``)
    alternatives = "|".join(regex.escape(n) for n in sorted(learned, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}-])(?<![\p{{L}}]['’])(?i:{alternatives})"
                         rf"(?![\p{{L}}\p{{N}}]|[-‐][\p{{L}}])")
