"""A listed name misspelt: "Oksnaa" or "Oskana" for Oksana, "Kovalenkp" for Kovalenko, "Gurpret" for Gurpreet.

An author types the victim's name hundreds of times in a long draft, and some of those are typos. A typo is still
the name to anyone who knows the family, and no exact form of the rules matches it; the model finds some of them as
an unknown person ("Person 3", the wrong pseudonym) and misses others, which then survive into the published copy.

A capitalised word is read as a misspelling of a listed name's word when it is one edit away from it (a letter
added, dropped, changed, or two letters swapped: the optimal string alignment distance, from ``rapidfuzz``), or
two edits from a word of nine letters or more that it starts like, and it is nothing else a report writes: no
English word (``english_words.txt``), no given name or surname of anyone (``name_lexicon.tsv``: "Dillon" is
another person, not "Dhillon" misspelt), no place of the gazetteers ("Wrexham" is a town, not "Wexham"), no
acronym, and no word of a pseudonym or of the rules' keep list. Listed words shorter than five letters are not
looked for: one edit from "Ali" is too many other words.

Both ``apply`` (``ListedEntityRecognizer``) and ``verify`` (``LeakFinder``) read the text through
:meth:`ListedMisspellings.corrected_view`, which writes each misspelt word as the listed word, and run their own
automaton of listed forms on it: "Mrs Kovalenkp" is read as "Mrs Kovalenko", and "Gurpret Singh Dhillon" as the
whole listed name, so the replacement is the one the right spelling gets.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import re

from .lexicon import NAME_TITLES
from .normalise import fold_key
from .rules import Rules
from .variants import GIVEN_PART_FORM, MIDDLE_FORM

SHORTEST_LISTED = 5       # letters of the shortest listed word looked for
LONG_LISTED = 9           # from this many letters, two edits count (with the first letter right)

# "Detective Inspector Doyle" is a listed form, but a typo in the rank ("Inspecter") gives nobody away
_TITLE_WORDS = frozenset(fold_key(word) for title in NAME_TITLES for word in title.split())
# A capitalised word of prose: not inside an address, a file name or a number ("j.kovalenko@", "Kovalenk0")
# (the standard library's ``re``: verify would import ``regex`` for it alone, a fiftieth of a cold verify)
# (no lower-case first letter of ASCII or Latin-1 in the pattern itself: most words are skipped without a match)
_WORD = re.compile(r"(?<![\w@./\\'’])[^\W\d_a-z\xdf-\xff][^\W\d_]{3,}(?![\w@])")
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Correction:
    start: int
    end: int
    word: str             # the listed word as the rules write it
    # False for a word that is also something else (another name, a place): misspelt only beside the listed
    # name's other words ("Gurpreet Singh Dillon"), never alone ("Dillon")
    alone: bool


def counts(corrected: str, start: int, end: int, corrected_words: list[tuple[int, int, bool]],
           name_words: set[str]) -> bool:
    """Does a listed form matched over ``corrected[start:end]`` stand for the listed name? It must hold a corrected
    word (else it was read without them); corrected words that are also something else count only with a word
    of a listed name written right beside them in the same match, or with a typo that is nothing else."""
    inside = [(a, b, alone) for a, b, alone in corrected_words if start <= a and b <= end]
    if not inside:
        return False
    if any(alone for _, _, alone in inside):
        return True
    rest = corrected[start:end]
    for a, b, _ in reversed(inside):
        rest = rest[:a - start] + " " + rest[b - start:]
    return any(fold_key(word) in name_words for word in _LETTERS.findall(rest) if len(word) > 1)


class ListedMisspellings:
    """The listed words one could misspell, and what a text reads as with its misspellings corrected."""

    def __init__(self, rules: Rules, listed_forms: Iterable[str]):
        """``listed_forms``: every form of a listed name the caller's automaton matches, best claim first. Their
        words are what a typo is corrected to; the corrected text is then matched as a whole, so a word that is no
        form alone ("Carver" of "Mensah-Carver", "Council" of "Lowmarsh County Council") counts only inside one."""
        self._targets: dict[str, str] = {}
        self._not_misspelt: set[str] = set()
        for form in listed_forms:
            for word in _LETTERS.findall(form):
                key = fold_key(word)
                self._not_misspelt.add(key)
                if len(key) >= SHORTEST_LISTED and key.isalpha() and key not in _TITLE_WORDS:
                    self._targets.setdefault(key, word)
        self._keys = list(self._targets)
        self._order = {key: index for index, key in enumerate(self._keys)}
        # every target with one letter left out (two for a long one): a word can be a typo of a target only if
        # the two share one of these (SymSpell's idea), which rules out almost every word before any distance
        self._deletions: dict[str, list[str]] = {}
        for key in self._keys:
            for deletion in _deletions(key, 2 if len(key) >= LONG_LISTED else 1):
                self._deletions.setdefault(deletion, []).append(key)
        self._long_initials = {key[0] for key in self._keys if len(key) >= LONG_LISTED}
        for entity in rules.listed():
            if entity.pseudonym:
                self._not_misspelt.update(fold_key(word) for word in _LETTERS.findall(entity.pseudonym))
        for kept in rules.keep:
            self._not_misspelt.update(fold_key(word) for word in _LETTERS.findall(kept))
        lengths = [len(key) for key in self._keys]
        self._shortest = min(lengths, default=0) - 2
        self._longest = max(lengths, default=0) + 2
        self._cache: dict[str, tuple[str, bool] | None] = {}

    def __bool__(self) -> bool:
        return bool(self._keys)

    def corrections(self, text: str) -> list[Correction]:
        """The misspelt listed words in ``text``, each with the listed word it stands for."""
        if not self._keys:
            return []
        out = []
        for match in _WORD.finditer(text):
            if not self._shortest <= len(match.group()) <= self._longest or not match.group()[0].isupper():
                continue
            found = self._listed_word_for(match.group())
            if found is not None:
                out.append(Correction(match.start(), match.end(), *found))
            elif match.group()[-1] in "sS" and len(match.group()) > SHORTEST_LISTED \
                    and fold_key(match.group()) not in self._not_misspelt:
                # "the Dhillions": the plural's stem corrected, its "s" left to the listed forms' own matching
                found = self._listed_word_for(match.group()[:-1])
                if found is not None:
                    out.append(Correction(match.start(), match.end() - 1, *found))
        return out

    def corrected_view(self, text: str) -> tuple[str, list[int], list[tuple[int, int, bool]]] | None:
        """(the text with every misspelling written as the listed word, the original index of each of its
        characters, the corrected words' spans in it and whether each counts alone), or None when nothing is
        misspelt."""
        corrections = self.corrections(text)
        if not corrections:
            return None
        pieces: list[str] = []
        origin: list[int] = []
        spans: list[tuple[int, int, bool]] = []
        position = 0
        for correction in corrections:
            pieces.append(text[position:correction.start])
            origin.extend(range(position, correction.start))
            start = len(origin)
            # the listed word's letters map onto the typo's: its first to the first, its last to the last
            replacement = _same_case(correction.word, text[correction.start:correction.end])
            pieces.append(replacement)
            last = correction.end - 1
            origin.extend(min(correction.start + i, last) for i in range(len(replacement) - 1))
            origin.append(last)
            spans.append((start, start + len(replacement), correction.alone))
            position = correction.end
        pieces.append(text[position:])
        origin.extend(range(position, len(text)))
        return "".join(pieces), origin, spans

    def _listed_word_for(self, word: str) -> tuple[str, bool] | None:
        if word in self._cache:     # by the word as written: most words come again and again
            return self._cache[word]
        key = fold_key(word)
        found = None
        # "the Bērziņas" of a listed "Bērziņa" is her family's plural, not "Bērziņš" misspelt: a plural of a listed
        # word is read by the listed forms' own matching, whichever other listed word it is one edit from
        plural_of_listed = any(key.endswith(ending) and key[:-len(ending)] in self._not_misspelt
                               for ending in ("s", "es"))
        if key not in self._not_misspelt and key.isalpha() and not plural_of_listed:
            listed = self._nearest(key, word.lower())
            if listed is not None:
                found = (listed, not _is_something_else(key))
        self._cache[word] = found
        return found

    def _nearest(self, key: str, written: str) -> str | None:
        # two edits only towards a long listed word with the same first letter
        most = 2 if len(key) >= LONG_LISTED - 2 and key[0] in self._long_initials else 1
        candidates = {target for deletion in _deletions(key, most) for target in self._deletions.get(deletion, ())}
        if not candidates:
            return None
        from rapidfuzz.distance import OSA

        # the nearest; of two as near, the best claim's (the listed order)
        distance, _, target = min((OSA.distance(key, target), self._order[target], target) for target in candidates)
        if distance > 2:
            return None
        if key in (target + "s", target + "es"):
            return None     # "the Kovalenkos": a plural, which the listed forms' own matching reads
        if distance == 0 or distance == 2 and (len(target) < LONG_LISTED or target[0] != key[0]):
            return None
        listed = self._targets[target]
        if not _marks_of(written) <= _marks_of(listed.lower()):
            return None     # "Dollé", "Kıran": a letter no typo of "Doyle" or "Kieran" writes
        return listed


def _deletions(word: str, most: int) -> set[str]:
    """``word`` with up to ``most`` of its letters left out, and ``word`` itself."""
    out = {word}
    layer = {word}
    for _ in range(most):
        layer = {w[:i] + w[i + 1:] for w in layer for i in range(len(w))}
        out |= layer
    return out


def _marks_of(word: str) -> set[str]:
    return {c for c in word if not c.isascii()}


def _same_case(word: str, written: str) -> str:
    """The listed word in the typo's case: "OKSANA" for "OKSNAA"."""
    return word.upper() if written.isupper() and len(written) > 1 else word


#: the forms of one given word a bare s may follow (``apostrophe_left_out``); a surname's s is its plural. A name
#: of one word ("full", the whole of it: a child listed by a given name, "Amiras nursery") is a given name as often
_GIVEN_WORD_FORMS = frozenset({"first", "first-or-surname", "alias", "alias-first", MIDDLE_FORM, GIVEN_PART_FORM,
                               "full"})


def apostrophe_left_out(form: str, word: str, text: str, start: int, end: int) -> bool:
    """Is ``word`` (folded; ``text[start:end]`` as written) a listed given name or alias of the ``form`` with an s
    after it, a possessive whose apostrophe was left out ("Maggies bag", "Margarets sister")? Only before what she
    had: a word in lower case that is no stop word. Not when the word with its s is something else a report writes:
    an English word ("Hopes", "Marks"), anybody's name ("Stephens", "Roberts" are surnames; "Jess" a given name), a
    place; and not in a name of its own ("St Bernards School", "Lloyds Bank", "Jamies Italian", "worked at Harveys
    for years")."""
    if form not in _GIVEN_WORD_FORMS or " " in word or len(word) < 4 or _is_something_else(word):
        return False
    if form == "full":
        from .data.tables import english_words

        # a name of one word that is also a word ("Schema", "Hope") has its plural: "Schemas defined below"
        if (word[:-1] if word.endswith("s") else word) in english_words():
            return False
    from .data.tables import stop_words

    following = _NEXT_WORD.match(text, end)
    if following is None or not following.group(1)[0].islower() or following.group(1).lower() in stop_words():
        return False
    return not _SAINT_BEFORE.search(text, max(0, start - 8), start)


_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_][\w'’-]*)")
_SAINT_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:st|saint|ste)\.?\s+$")


@lru_cache(maxsize=8192)
def _is_something_else(key: str) -> bool:
    """Is this word one a report writes for something other than a listed name (see the module's notes)?"""
    from .data.tables import english_words

    return key in english_words() or key in _other_words()


@lru_cache(maxsize=1)
def _other_words() -> frozenset[str]:
    """Everyone's given names and surnames, the world's and Britain's places, and the acronyms, folded: read from
    the shipped tables (verify runs without the detection modules that read them otherwise)."""
    from .data.tables import column, columns, gb_town_names

    words = set(columns("name_lexicon.tsv", 2)[1])
    words.update(column("given_names_isles.txt"))
    words.update(column("place_keys.txt"))
    words.update(fold_key(name) for name in gb_town_names())
    words.update(fold_key(acronym) for acronym in column("acronyms.txt"))
    return frozenset(words)
