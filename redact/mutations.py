"""A listed name or place with a Welsh or Irish initial mutation, right after the word that causes it: "ym
Mhontypridd", "yng Nghaerffili", "i Wenllian", "gyda Thomos" (Welsh nasal, soft and aspirate mutations), "ó
Chorcaigh", "a Phádraig", "i mBaile Átha Cliath", "le hÁine", "an tSionainn" (Irish lenition, eclipsis, h- and t-
prothesis).

A mutated form differs from the listed one in its first letters, so no listed form matches it whole-word. Adding
every mutated form of every listed word as a plain variant was tried and undone (docs/quality.md, 2026-12-02):
"Hollie" for a listed Ollie, "Tegan" for Egan, "4cm gash" for Cash, "A chara" for Cara. Here a form counts only
where the grammar mutates it: after one of its trigger words, written with the capital a name has (the Irish
prefixes in small letters before it: "mBaile", "hÁine"). A form that is also a word, somebody's name or a place
("Barry" of Parry, "Emma" of Gemma, "Wyn" of Gwyn) counts only after a trigger that is no English word ("dros
Barry"), or in a sentence that one of Welsh's or Irish's commonest words shows is written in it ("Roedd hi wedi
symud i Barry"): never in English ("moved to Barry Island", "at Emma's", "a Thai restaurant").

``apply`` (the listed recogniser) and ``verify`` (the leak finder) both ask this module, as they ask
``redact.name_inflections`` for "Markowi".
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .lazy_patterns import lazy
from .normalise import Folded, fold, fold_key
from .rules import Person, Rules
from .variants import Variant, is_relative_form, split_title, variants

if TYPE_CHECKING:
    from .detect.phrases import PhraseAutomaton

_IRISH_VOWELS = "aeiouáéíóú"


class _Mutation(NamedTuple):
    """One mutation: the listed word's first letters (folded) -> what they become, and the words that cause it."""

    name: str
    changes: tuple[tuple[str, str], ...]   # (listed initial, written initial); "" stands for any vowel
    prefix: bool                           # Irish: written in small letters before the name's capital ("mBaile")
    triggers: frozenset[str]               # folded (no accents, lower case)


# Welsh, after King, "Modern Welsh: A Comprehensive Grammar", and the mnemonic prepositions every learner is taught
# ("am, ar, at, dan, dros, drwy, wrth, o, i, heb, gan, hyd"); "tan" and "trwy" are their other spellings. "dy",
# "ei" (his) and "neu" also soft-mutate a noun or name, and "Sir" (county, a feminine noun) the county's town
# ("Sir Ddinbych", "Sir Gaerfyrddin", "Sir Benfro"). The relative "a" mutates verbs only, never a name, so it is
# not here (it took "A Gash" for a listed Cash).
_WELSH_SOFT = _Mutation("cy-soft", (("ll", "l"), ("rh", "r"), ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"),
                                    ("d", "dd"), ("g", ""), ("m", "f")), False,
                        frozenset("am ar at dan tan dros tros drwy trwy wrth o i heb gan hyd dy ei neu sir".split()))
# "yn" (in) is written "ym" before m and "yng" before ng; "fy" (my)
_WELSH_NASAL = _Mutation("cy-nasal", (("p", "mh"), ("t", "nh"), ("c", "ngh"), ("b", "m"), ("d", "n"), ("g", "ng")),
                         False, frozenset("yn ym yng fy".split()))
# "a"/"â" (and, with), "gyda"/"efo" (with), "tua" (about), "na"/"â" (than, nor), "ei" (her), "tri", "chwe"
_WELSH_ASPIRATE = _Mutation("cy-aspirate", (("p", "ph"), ("t", "th"), ("c", "ch")), False,
                            frozenset("a gyda efo tua na ei tri chwe".split()))
# Irish lenition writes an h after the first letter: "a Phádraig" (calling him), "do Mháire", "ó Chorcaigh"
_IRISH_LENITION = _Mutation("ga-lenition", tuple((c, c + "h") for c in "bcdfgmpt") + (("s", "sh"),), False,
                            frozenset("a do de o mo faoi roimh tri um den don on sa mar".split()))
# eclipsis: "i mBaile Átha Cliath", "i gCorcaigh", "i bPort Láirge", "i dTrá Lí", "i nDoire", "i nÉirinn"; also
# after "ar"/"bhur" (our, your), "a" (their) and the article after a preposition ("ag an", "ar an", "sa")
_IRISH_ECLIPSIS = _Mutation("ga-eclipsis", (("b", "m"), ("c", "g"), ("d", "n"), ("f", "bh"), ("g", "n"),
                                            ("p", "b"), ("t", "d"), ("", "n")), True,
                            frozenset("i ar bhur a an sa on den don faoin".split()))
# "le hÁine", "go hÉirinn", "na hÉireann", "ó hAodha"
_IRISH_H = _Mutation("ga-h", (("", "h"),), True, frozenset("le go na o a tri chomh".split()))
# "an tSionainn", "an tAthair"
_IRISH_T = _Mutation("ga-t", (("s", "t"), ("", "t")), True, frozenset({"an"}))

MUTATIONS = (_WELSH_SOFT, _WELSH_NASAL, _WELSH_ASPIRATE, _IRISH_LENITION, _IRISH_ECLIPSIS, _IRISH_H, _IRISH_T)

# Irish "cara" (friend), "cairde" (friends) after the vocative "a" open a letter, in Irish and in English ("A Chara,"
# for "Dear Sir or Madam"): the word, never a listed Cara
_WORDS_OF_ADDRESS = frozenset({"chara", "chairde"})

#: the shortest listed word (folded) that is mutated: "Ty" and "Bo" mutate into too many words
_MIN_WORD = 3


class Mutated(NamedTuple):
    start: int       # in the original text: the mutated word (and the rest of a name of several words)
    end: int
    entity: int      # index into Rules.listed()
    variant: Variant


class _Form(NamedTuple):
    variant: Variant
    mutation: _Mutation
    prefix: int          # letters written in small letters before the name's capital ("m" of "mBaile")
    word: str            # the mutated first word, folded


def mutated_words(word: str, mutation: _Mutation) -> list[tuple[str, int]]:
    """``word`` as ``mutation`` writes it, with the length of its small-letter prefix; none when it does not touch
    ``word``'s first letters ("Pontypridd" -> [("Mhontypridd", 0)] by the nasal mutation, "Baile" -> [("mBaile",
    1)] by eclipsis)."""
    key = fold_key(word)
    if not key[:1].isalpha():
        return []
    for listed, written in mutation.changes:
        if listed == "":
            if key[0] in _IRISH_VOWELS:
                return [(written + word, len(written))]
            continue
        if not key.startswith(listed):
            continue
        if mutation is _IRISH_LENITION and listed == "s" and key[1:2] not in _IRISH_VOWELS + "lnr":
            return []    # "Stiofán", "Scoil", "Sp-" keep their s
        # a Welsh digraph is a letter of its own: "Th", "Ph", "Ch" do not mutate as T, P, C, nor "Dd" and "Ff"
        if not mutation.prefix and key[:2] in ("th", "ph", "ch", "dd", "ff", "ng") and len(listed) == 1:
            return []
        if mutation.prefix:
            return [(written + word, len(written))]
        rest = word[len(listed):]
        if not written:
            return [(rest[:1].upper() + rest[1:], 0)] if rest else []
        return [(written[:1].upper() + written[1:] + rest, 0)]
    return []


@lru_cache(maxsize=4096)
def _another_reading(key: str) -> bool:
    """An English word, anybody's given name or surname, or a place: what the mutated word may be instead."""
    from .name_or_word import is_ordinary_word
    from .variants import _a_word_a_name_or_a_place

    return _a_word_a_name_or_a_place(key) or is_ordinary_word(key)


@lru_cache(maxsize=256)
def _english_trigger(written: str) -> bool:
    """A trigger word that is English too ("i", "a", "at", "am", "an", "do", "go"): an English sentence may put it
    before an English word or another person's name, so it is trusted only before a word no other reading has."""
    from .data.tables import english_words
    from .name_or_word import is_ordinary_word

    lower = written.lower()
    return lower.isascii() and (lower in english_words() or is_ordinary_word(lower))


# the word before a mutated name: a trigger, then spaces (a line break too, in wrapped prose)
_WORD_BEFORE = lazy(re.compile, r"(?<![\w'’-])([^\W\d_]+)\s+\Z")

# Among the commonest words of Welsh and Irish prose, as written in small letters (the Irish with their accents):
# one of them in the sentence says it is written in the language, so that its "i", "a", "o" are the trigger words
# and not English. None is an English word of prose ("yr", "ac", "fe", "ti", "se" are left out: "the 3 yr old",
# "a/c", "Fe levels").
_WELSH_AND_IRISH_WORDS = frozenset("""
yn ym yng mae roedd oedd wedi gyda efo ddim bod fy dy ei eu ein hefyd mewn ond nhw rwy rydw roeddwn oes sydd wnaeth
aeth daeth cafodd ddoe heddiw heno gartref dywedodd meddai hefo ydy ydi dw i'n mi'n ni'n hi'n fi
bhí tá sé sí agus leis bhfuil níl duit dom aici aige freisin inniu inné arsa dhuit raibh maith agat agam agaibh
conas slán
""".split())
_SENTENCE_END = lazy(re.compile, r"[.!?;\n\r]")
_WORDS = lazy(re.compile, r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def welsh_or_irish_sentence(text: str, start: int, end: int) -> bool:
    """Does the sentence around ``text[start:end]`` (the trigger and the name left out) hold a common Welsh or
    Irish word that is no English one?"""
    first = max(0, start - 200)
    first = max((m.end() for m in _SENTENCE_END.finditer(text, first, start)), default=first)
    stop = _SENTENCE_END.search(text, end, end + 200)
    last = stop.start() if stop else min(len(text), end + 200)
    return any(m.group().replace("’", "'") in _WELSH_AND_IRISH_WORDS
               for segment in (text[first:start], text[end:last]) for m in _WORDS.finditer(segment))


def holds_what_it_overlaps(start: int, end: int, found) -> bool:
    """Does ``start:end`` overlap none of ``found`` (spans first), or hold each it overlaps and more?"""
    return all(start <= f[0] and f[1] <= end and (f[0], f[1]) != (start, end) for f in found
               if f[0] < end and start < f[1])


class NameMutations:
    """Finds the listed people's and places' names mutated after a trigger word, in any text."""

    def __init__(self, rules: Rules, forms: "list[Variant] | None" = None):
        self._rules = rules
        self._forms_given = forms
        self._automaton: "PhraseAutomaton[str] | None" = None
        self._forms: dict[str, list[_Form]] = {}    # folded mutated text -> its readings
        self._built = False

    def _build(self) -> None:
        """On first use: a text with no listed name's letters never asks."""
        from .detect.phrases import PhraseAutomaton

        self._built = True
        forms = self._forms_given if self._forms_given is not None else variants(self._rules)
        own = {variant.key for variant in forms}
        automaton: PhraseAutomaton[str] = PhraseAutomaton()
        for variant in sorted(forms, key=lambda v: (v.priority, v.entity)):
            if "initial" in variant.form or is_relative_form(variant.form) or split_title(variant.text)[0]:
                continue    # "Mr Parry" mutates "Mr", not the name; an initial is no word
            first, _, rest = variant.text.partition(" ")
            if len(fold_key(first)) < _MIN_WORD or not first[:1].isupper():
                continue
            for mutation in MUTATIONS:
                for written, prefix in mutated_words(first, mutation):
                    text = f"{written} {rest}" if rest else written
                    key = fold_key(text)
                    if key in own:
                        continue     # another listed form: the listed recogniser reads it as that
                    self._forms.setdefault(key, []).append(_Form(variant, mutation, prefix, fold_key(written)))
                    automaton.add(text, key)
        if len(automaton):
            self._automaton = automaton

    def find(self, text: str, folded: Folded | None = None) -> list[Mutated]:
        if not self._built:
            self._build()
        if self._automaton is None or not text:
            return []
        folded = folded if folded is not None else fold(text)
        found = []
        for match in self._automaton.find_folded(folded):
            before = _WORD_BEFORE.search(text, max(0, match.start - 40), match.start)
            if before is None:
                continue
            trigger = before.group(1)
            written = text[match.start:match.end]
            for form in self._forms[match.payload]:
                if self._fits(form, trigger, written) and (
                        form.prefix or not _english_trigger(trigger) or not _another_reading(form.word)
                        or welsh_or_irish_sentence(text, before.start(1), match.end)):
                    found.append(Mutated(match.start, match.end, form.variant.entity, form.variant))
                    break
        return found

    @staticmethod
    def _fits(form: _Form, trigger: str, written: str) -> bool:
        if fold_key(trigger) not in form.mutation.triggers:
            return False
        if form.prefix:
            # "mBaile", "hÁine", "tSionainn" (or all in capitals, "I MBAILE"): the prefix in small letters
            # before the name's capital is what no English word is written with ("Hollie")
            head = written[:form.prefix]
            return written.isupper() or (head.islower() and written[form.prefix:form.prefix + 1].isupper())
        # a name has its capital: "a chara" is "a friend"; so is a letter's "A Chara," with its salutation's
        return written[:1].isupper() and form.word not in _WORDS_OF_ADDRESS

    def listed_matches(self, text: str, folded: Folded, found: list) -> list:
        """The mutated names that overlap none of ``found`` (the listed recogniser's matches) or hold those they
        overlap ("i bPort Láirge" over "Láirge"), as its ``ListedEntity``."""
        words = self.find(text, folded)
        if not words:
            return []     # (most texts; a function's import runs at each call)
        from .detect.recognizers.listed import ListedEntity
        from .entities import LOCATION, PERSON

        out = []
        listed = self._rules.listed()
        for word in words:
            if not holds_what_it_overlaps(word.start, word.end, found):
                continue
            entity = listed[word.entity]
            assert entity.pseudonym is not None    # Rules gives everyone listed a pseudonym
            variant = word.variant
            out.append((word.start, word.end, ListedEntity(
                word.entity, entity.name, entity.pseudonym, PERSON if isinstance(entity, Person) else LOCATION,
                Variant(text[word.start:word.end], word.entity, variant.form, variant.priority,
                        variant.alternatives), mutated=True)))
        return out
