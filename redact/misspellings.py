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

Two more kinds of word are read the same way, because neither is a typo an author makes once but a way of writing
the name:

- a **spelling of the same name**: "Muhammad", "Mohamed" or "Mohammad" for a listed Mohammed, "Husain" for
  Hussain, "Youssef" for Yusuf, "Alexander" for Aleksander, "Kathryn" for Katherine, "Novak" for Nowak. Two
  romanisations of one name keep its consonants and change its vowels, doubled letters and the conventions of the
  script or language they come from, so a word is one when its consonant skeleton (:func:`skeleton`) is the listed
  word's and it is at most two edits from it with doubled letters written once. It ends as the listed word does
  ("Maria" is not "Marie", "Daniela" not "Daniel") and is not a given name of the other gender. Such a word is
  usually also somebody's name, and unlike a typo it counts alone ("Muhammad said"); not where it is an ordinary
  English word ("White" for a listed Whyte; so "Hussein", a dictionary word, for Hussain too), an English word
  that is nobody's name ("Koran" for a listed Kieran; so "Abdel" for Abdul too) or a place: those only beside the
  listed name's other words ("Yusuf Hussein").
- a listed word **broken by one hyphen or space** inside it: "Ag-nieszka", "Wó jcik", "Now\u2011ak" (soft hyphens,
  zero-width spaces and a hyphen at a line end are already folded away by ``redact.normalise``). The first piece
  starts with a capital, the second with a small letter (or both are in capitals), so a double-barrelled name
  ("Smith-Jones") and two words ("Rah Man") are left to the listed forms; two English words with a space between
  ("New man" for a listed Newman) are prose.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import re

from .lazy_patterns import lazy
from .lexicon import NAME_TITLES
from .normalise import fold_key
from .rules import Rules
from .variants import GIVEN_PART_FORM, MIDDLE_FORM, SHORT_FORM

SHORTEST_LISTED = 5       # letters of the shortest listed word looked for
LONG_LISTED = 9           # from this many letters, two edits count (with the first letter right)

# "Detective Inspector Doyle" is a listed form, but a typo in the rank ("Inspecter") gives nobody away
_TITLE_WORDS = frozenset(fold_key(word) for title in NAME_TITLES for word in title.split())
# A capitalised word of prose: not inside an address, a file name or a number ("j.kovalenko@", "Kovalenk0")
# (the standard library's ``re``: verify would import ``regex`` for it alone, a fiftieth of a cold verify)
# (no lower-case first letter of ASCII or Latin-1 in the pattern itself: most words are skipped without a match)
_WORD = re.compile(r"(?<![\w@./\\'’])[^\W\d_a-z\xdf-\xff][^\W\d_]{3,}(?![\w@])")
_STRETCHED_LETTER = re.compile(r"(?i)([^\W\d_])\1{2,}")
_LETTERS = re.compile(r"[^\W\d_]+")
# letters with one or more stars among them, a word of its own
_STARRED = lazy(re.compile, r"(?<![\w*])[^\W\d_]*(?:\*+[^\W\d_]*)+(?![\w*])")

# one break inside a word: hyphens (ASCII, U+2010, the non-breaking U+2011), a space or a no-break space
_HYPHENS = "-\u2010\u2011"
_BREAKS = _HYPHENS + " \u00a0"
# The first piece of a broken word: letters, all of them, with one break and a letter after them. Only a piece that
# starts with a capital counts (``ListedMisspellings._broken``): no lower-case letter of ASCII or Latin-1 starts one
# here, so most words of prose are skipped without a match (every pair of words was looked at, a twentieth of a cold
# verify)
_BROKEN_HEAD = re.compile(r"(?<![^\W\d_])(?![a-z\xdf-\xff])[^\W\d_]+(?=[" + re.escape(_BREAKS) + r"][^\W\d_])")
# before the first piece: nothing of an address, a file name or a longer hyphenated word
_BEFORE_BROKEN = lazy(re.compile, r"[\w@./\\'’" + re.escape(_HYPHENS) + "]")
# (both romanisations of a name: a consonant written two ways by two languages, read as one)
_SKELETON_SPELLINGS = [("ks", "x"), ("sz", "s"), ("cz", "ch"), ("gh", "g"), ("kh", "k"), ("ph", "f"), ("ck", "k"),
                       ("w", "v"), ("q", "k")]
_VOWELS = frozenset("aeiouy")
# a word in small letters joined to an address's, a handle's or a file name's other parts by ".", "_" or "@"
_IDENTIFIER_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_A-Z]{5,}(?![^\W\d_])(?=[._@]\w|[0-9])"
                              r"|(?<=\w[._@])[^\W\d_A-Z]{5,}(?![^\W\d_])")
# what every such word has beside it: a ".", "_" or "@" before a word's character, or a digit right after its last
# letter (a search that opens with a character, where the word's opens with a look-behind: most texts of prose have
# neither and are not searched for the words; 11.8 -> 7.4 ms over case1's texts)
_IDENTIFIER_JOIN = re.compile(r"[._@]\w|[^\W\d_][0-9]")


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


_TEXTS_REMEMBERED = 8192


class ListedMisspellings:
    """The listed words one could misspell, and what a text reads as with its misspellings corrected."""

    def __init__(self, rules: Rules, listed_forms: Iterable[str]):
        """``listed_forms``: every form of a listed name the caller's automaton matches, best claim first. Their
        words are what a typo is corrected to; the corrected text is then matched as a whole, so a word that is no
        form alone ("Carver" of "Mensah-Carver", "Council" of "Lowmarsh County Council") counts only inside one."""
        listed_forms = tuple(listed_forms)
        #: what its answers depend on: an instance made of the same gives every text the same answer (verify's
        #: finder takes apply's then, ``LeakFinder``)
        self.made_of = self.inputs(rules, listed_forms)
        self._targets: dict[str, str] = {}
        self._not_misspelt: set[str] = set()
        # a starred word shows most of its letters: shorter names than a typo's can be read ("M*nh", "An*")
        self._starrable: dict[str, str] = {}
        for form in listed_forms:
            for word in _LETTERS.findall(form):
                key = fold_key(word)
                self._not_misspelt.add(key)
                if len(key) >= 3 and key.isalpha() and key not in _TITLE_WORDS:
                    self._starrable.setdefault(key, word)
                if len(key) >= SHORTEST_LISTED and key.isalpha() and key not in _TITLE_WORDS:
                    self._targets.setdefault(key, word)
        self._keys = list(self._targets)
        self._order = {key: index for index, key in enumerate(self._keys)}
        self._by_skeleton: dict[str, list[str]] = {}
        for key in self._keys:
            self._by_skeleton.setdefault(skeleton(key), []).append(key)
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
        # by text: detection asks again of a text it reads in another pass (case1: 1,136 questions, 812 texts)
        self._by_text: dict[str, tuple[Correction, ...]] = {}

    @staticmethod
    def inputs(rules: Rules, listed_forms: Iterable[str]) -> tuple:
        """What an instance's answers depend on: the forms, the pseudonyms' and kept entries' words it never
        corrects."""
        return (tuple(listed_forms), tuple(entity.pseudonym for entity in rules.listed()), tuple(rules.keep))

    def __bool__(self) -> bool:
        return bool(self._keys or self._starrable)

    def corrections(self, text: str) -> list[Correction]:
        """The misspelt listed words in ``text``, each with the listed word it stands for."""
        known = self._by_text.get(text)
        if known is None:
            if len(self._by_text) >= _TEXTS_REMEMBERED:
                self._by_text.clear()
            known = self._by_text[text] = tuple(self._corrections(text))
        return list(known)

    def _corrections(self, text: str) -> list[Correction]:
        starred = self._starred(text) if "*" in text else []
        if _STRETCHED_LETTER.search(text):
            starred += [c for c in self._stretched(text) if not any(c.start < o.end and o.start < c.end
                                                                     for o in starred)]
        if not self._keys:
            return sorted(starred, key=lambda correction: correction.start)
        out = self._broken(text) if any(char in text for char in _BREAKS) else []
        out += [c for c in starred if not any(c.start < o.end and o.start < c.end for o in out)]
        taken = [(correction.start, correction.end) for correction in out]
        for match in _WORD.finditer(text):
            if not self._shortest <= len(match.group()) <= self._longest or not match.group()[0].isupper():
                continue
            if any(a < match.end() and match.start() < b for a, b in taken):
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
        if any(char in text for char in "._@"):
            taken = [(correction.start, correction.end) for correction in out]
            out += [correction for correction in self._in_identifiers(text)
                    if not any(a < correction.end and correction.start < b for a, b in taken)]
        return sorted(out, key=lambda correction: correction.start)

    def _stretched(self, text: str) -> list[Correction]:
        """A listed word as a message holds a letter of it ("Meeeeeeei", "Tomeeeeeeeek"): the word with the letter
        written once or twice, however long the stretch. Verify's message view reads it so; apply had left a stretch
        longer than the rules' longest word to the model ("Place 1"), and a word of fewer than five letters to
        verify's pass before saving."""
        out = []
        for match in _WORD.finditer(text):
            if not _STRETCHED_LETTER.search(match.group()):
                continue
            for once_or_twice in (r"\1", r"\1\1"):
                listed = self._starrable.get(fold_key(_STRETCHED_LETTER.sub(once_or_twice, match.group())))
                if listed is not None:
                    out.append(Correction(match.start(), match.end(), listed, True))
                    break
        return out

    def _starred(self, text: str) -> list[Correction]:
        """A listed word with letters starred out, as a message or a post hides a name from a filter ("M*nh",
        "Ayş*", "K*t*rzyna"): the same length, every letter shown the listed word's, at least two shown and no
        more than half starred. A word in small letters that an English word fits is that word ("f*ck", "sh*t")."""
        out = []
        for match in _STARRED.finditer(text):
            word = match.group()
            shown = sum(char != "*" for char in word)
            if shown < 2 or len(word) - shown > max(1, len(word) // 2):
                continue
            pattern = re.compile("".join("." if char == "*" else re.escape(fold_key(char)) for char in word))
            target = next((key for key in self._starrable if len(key) == len(word) and pattern.fullmatch(key)),
                          None)
            if target is None or word[0].islower() and _fits_an_english_word(pattern, len(word)):
                continue
            out.append(Correction(match.start(), match.end(), self._starrable[target], True))
        return out

    def _in_identifiers(self, text: str) -> list[Correction]:
        """Another spelling of a listed name in small letters inside an address, a handle or a file name
        ("mohamed.rahman99", "muhammad_statement.docx"), where the listed spelling would be found."""
        out: list[Correction] = []
        if not _IDENTIFIER_JOIN.search(text):
            return out
        for match in _IDENTIFIER_WORD.finditer(text):
            key = fold_key(match.group())
            if key in self._not_misspelt or not key.isalpha():
                continue
            spelling = self._spelling_of(key)
            if spelling is not None and _a_name_alone(key) and \
                    _marks_of(match.group().lower()) <= _marks_of(spelling.lower()):
                out.append(Correction(match.start(), match.end(), spelling, True))
        return out

    def _broken(self, text: str) -> list[Correction]:
        """A listed word with one hyphen or space inside it ("Ag-nieszka", "Wó jcik"), see the module's notes."""
        out: list[Correction] = []
        for first in _BROKEN_HEAD.finditer(text):
            gap = text[first.end()]
            second = _LETTERS.match(text, first.end() + 1)
            if second is None:
                continue     # (the head's look-ahead sees a letter after the break: never)
            head, tail = first.group(), second.group()
            if not head[0].isupper() or not (tail[0].islower() or tail.isupper() and head.isupper()):
                continue
            key = fold_key(head + tail)
            end = second.end()
            if key not in self._targets and key[-1:] == "s" and key[:-1] in self._targets:
                key, end = key[:-1], end - 1     # "the Wó-jciks": the plural's stem, its "s" left to the forms
            if len(key) < SHORTEST_LISTED or key not in self._targets:
                continue
            if first.start() and _BEFORE_BROKEN.match(text, first.start() - 1):
                continue
            after = text[second.end():second.end() + 2]
            if after[:1] == "@" or after[:1] in _BREAKS and after[:1] != " " and after[1:2].isalpha():
                continue     # "Hus-sain-Smith": a longer hyphenated word; "hus.sain@": an address
            if gap not in _HYPHENS and _prose(head) and _prose(tail):
                continue     # "New man" for a listed Newman, "No one" for Noone: prose
            if out and out[-1].end > first.start():
                continue
            out.append(Correction(first.start(), end, self._targets[key], True))
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
            spelling = self._spelling_of(key)
            if spelling is not None and not _marks_of(word.lower()) <= _marks_of(spelling.lower()):
                spelling = None     # "Dollé": a letter no spelling of "Doyle" writes
            if spelling is not None:
                found = (spelling, _a_name_alone(key))
            else:
                listed = self._nearest(key, word.lower())
                if listed is not None:
                    found = (listed, not _is_something_else(key))
        self._cache[word] = found
        return found

    def _spelling_of(self, key: str) -> str | None:
        """The listed word that ``key`` (folded) is another spelling of (see the module's notes), or None."""
        consonants = skeleton(key)
        targets = self._by_skeleton.get(consonants)
        if not targets or len(consonants) < 3:
            return None     # "Maria", "Doyle": two consonants are too many names
        from rapidfuzz.distance import OSA

        from .given_name_genders import given_name_gender

        # measured between the two as the skeleton spells them: "ks" and "x" is one way of writing, no edit
        once = _doubles_once(_without_silent_end(_respelt(key)))
        best = None
        for target in targets:
            if target == key or _last_letter(target) != _last_letter(key):
                continue
            target_once = _doubles_once(_without_silent_end(_respelt(target)))
            distance = OSA.distance(once, target_once)
            if distance > 2:
                continue
            if _syllables(once) != _syllables(target_once) and not _a_name(key):
                continue     # "Barrack" of a listed Burke: a syllable more is another word, unless a name has it
            genders = {given_name_gender(key), given_name_gender(target)}
            if {"female", "male"} <= genders:
                continue     # "Louis" of a listed Louise is her brother
            if best is None or (distance, self._order[target]) < best[:2]:
                best = (distance, self._order[target], target)
        return None if best is None else self._targets[best[2]]

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
    """The listed word in the typo's case: "OKSANA" for "OKSNAA", "mohammed" for "mohamed"."""
    if written.isupper() and len(written) > 1:
        return word.upper()
    return word.lower() if written.islower() else word


#: the forms of one given word a bare s may follow (``apostrophe_left_out``); a surname's s is its plural. A name
#: of one word ("full", the whole of it: a child listed by a given name, "Amiras nursery") is a given name as often
_GIVEN_WORD_FORMS = frozenset({"first", "first-or-surname", "alias", "alias-first", MIDDLE_FORM, GIVEN_PART_FORM, SHORT_FORM,
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


_NEXT_WORD = lazy(re.compile, r"[ \t\u00a0]+([^\W\d_][\w'’-]*)")
_SAINT_BEFORE = lazy(re.compile, r"(?i)(?<![^\W\d_])(?:st|saint|ste)\.?\s+$")


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


def skeleton(key: str) -> str:
    """A folded word's consonants as two romanisations of one name share them: its first letter (a hard "c" as
    "k"), then its consonants without vowels or "y", the spellings of ``_SKELETON_SPELLINGS`` as one, each run of
    one consonant once and a final "h" dropped ("Mohammed", "Muhammad" -> "mhmd"; "Hussain", "Hussein" -> "hsn";
    "Aleksander", "Alexander" -> "alksndr"; "Fatima", "Fatimah" -> "ftm"; "Katherine", "Kathryn" -> "kthrn")."""
    word = _respelt(key)
    if word[:1] == "c" and word[1:2] not in ("e", "i", "y", "h"):
        word = "k" + word[1:]
    out = [word[:1]]
    for index in range(1, len(word)):
        char = word[index]
        if char not in _VOWELS and char != word[index - 1]:
            out.append(char)
    if len(out) > 1 and out[-1] == "h":
        out.pop()
    return "".join(out)


def _respelt(key: str) -> str:
    for written, read in _SKELETON_SPELLINGS:
        key = key[:1] + key[1:].replace(written, read)
    return key


def _syllables(word: str) -> str:
    """Consonants and vowels in the order they come, a run of vowels as one ("kathryn" -> "cvcccvc")."""
    return re.sub("v+", "v", "".join("v" if char in _VOWELS else "c" for char in word))


def _doubles_once(key: str) -> str:
    return "".join(char for index, char in enumerate(key) if not index or char != key[index - 1])


def _without_silent_end(key: str) -> str:
    """A name without a silent final "h" or "e" ("Fatimah", "Katherine")."""
    while len(key) > 2 and key[-1] in "he":
        key = key[:-1]
    return key


def _last_letter(key: str) -> str:
    """The letter a name ends with, a silent final "h" or "e" aside, as ``skeleton`` spells it ("Mariusz")."""
    return _without_silent_end(_respelt(key))[-1:]


@lru_cache(maxsize=8192)
def _a_name_alone(key: str) -> bool:
    """May another spelling of a listed name stand for it alone? Not where it is an ordinary English word ("White"
    for a listed Whyte), another English word that is nobody's name ("Koran" for a listed Kieran) or a place."""
    from .name_or_word import is_ordinary_word

    if is_ordinary_word(key) or key in _places():
        return False
    return not _english_word(key) or _a_name(key)


def _a_name(key: str) -> bool:
    """Is the folded word anybody's given name or surname (Faker's lists)?"""
    from .given_name_genders import given_names

    return key in _lexicon_names() or key in given_names().anywhere


@lru_cache(maxsize=1)
def _lexicon_names() -> frozenset[str]:
    from .data.tables import columns

    return frozenset(columns("name_lexicon.tsv", 2)[1])


def _prose(piece: str) -> bool:
    """Is a piece of a broken word a word of prose on its own: an English word of three letters or more ("man",
    "one") or a stop word ("No", "to")? Shorter pieces of wordfreq's list ("ak" of "Now ak") are no prose."""
    from .data.tables import stop_words

    key = fold_key(piece)
    return len(key) >= 3 and _english_word(key) or key in stop_words()


@lru_cache(maxsize=8192)
def _english_word(key: str) -> bool:
    from .data.tables import english_words

    return key in english_words()


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from .data.tables import column, gb_town_names

    return frozenset(column("place_keys.txt")) | frozenset(fold_key(name) for name in gb_town_names())


@lru_cache(maxsize=64)
def _english_words_of_length(length: int) -> tuple[str, ...]:
    from .data.tables import english_words

    return tuple(word for word in english_words() if len(word) == length)


def _fits_an_english_word(pattern: re.Pattern, length: int) -> bool:
    return any(pattern.fullmatch(word) for word in _english_words_of_length(length))
