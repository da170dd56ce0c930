"""A listed person's name with a case ending, as a quoted message in the person's own language writes it:
Polish "powiedz Markowi", "bez Marka", "z Markiem" (Marek), "Anny", "Annie" (Anna); Lithuanian "Rūtos mama",
"pasakyk Rūtai" (Rūta), "Tomo" (Tomas); Romanian "spune-i Ioanei" (Ioana); Czech "Jany", "Petrovi"; Turkish
"Ayşeyi", "Ayşenin", "Mehmetle" (the same endings with an apostrophe are read as the name already). And a
diminutive or its vocative built on the given name or its short form: Polish "Agusiu" (Aga), "Tomuś", "Tomeczku"
(Tomasz), "Basieńka" (Basia); Russian "Natashenka"; Lithuanian "Jonukas"; Latvian "Inesīte"; Czech "Pavlíček".

The name's word is there with an ending, or with its last vowel or its fleeting "e" gone first ("Marek" ->
"Mark-owi"), so no listed form matches whole-word; ``apply`` (the listed recogniser) and ``verify`` (the leak finder)
both ask this module, as they ask ``redact.place_words`` for "Wexhamite". A form is taken only when written with
a capital (a message that writes names in small letters writes the endings so too, and "marka" is a brand), and
never when it is itself an English word, a given name or a surname of somebody else ("Anne" of Ann, "Paula" of
Paul, "Daniela" of Daniel, "Jana" of Jan are other people) or a place.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import ahocorasick

from .normalise import Folded, fold
from .rules import Person, Rules
from .variants import Variant, variants

#: the form an inflected name's finding carries (``Variant.form``)
INFLECTED_FORM = "inflected"

# Case endings of the languages of England's and Wales's largest communities from Central and Eastern Europe and
# Turkey, folded (no diacritics): Polish, Lithuanian, Latvian, Czech, Slovak, Romanian, Ukrainian and Russian in
# Latin letters, Turkish (by vowel harmony, after a vowel with its buffer consonant). One list for all: a name's
# language is not known, and an ending of another language on it is as unlikely as on any word.
_ENDINGS = frozenset("""
a u owi ovi em iem om e ie y i o ou ami ach ow ov
os ai ei ui is us es as
ului
yi yu ye ya nin nun in un de da den dan le la yle yla ile te ta ten tan ler lar
""".split())
# A Slavic surname built as an adjective declines as one: Polish "Kowalska" -> "Kowalskiej", "Kowalski" ->
# "Kowalskiego", "Kowalskiemu"; Czech "Novotný" -> "Novotného", "Novotným"; Russian and Ukrainian "Ivanova" ->
# "Ivanovoy", "Zelenskyi" -> "Zelenskoho" (folded: no diacritics). These endings go only on the stem of a word
# that ends as such an adjective or possessive does (_ADJECTIVE_NAME), where they cannot make another name.
_ADJECTIVE_ENDINGS = frozenset("""
iego iemu iej ich imi im ie ego emu ej eho ym ych ymi ogo omu oho oy oj oi ykh ikh aya uyu
""".split())
# a Russian possessive ("Ivanov", "Pushkina") takes the short endings only: "Ivanovich" is a patronymic
_POSSESSIVE_ENDINGS = frozenset("ym oy oj oi ykh ymi".split())
_ADJECTIVE_NAME = re.compile(r"(?:[^aeiouy](?P<adjective>i|y|a|yi|iy|ij|aya)"
                             r"|[oe]v(?P<possessive>a?)|[iy]n(?P<feminine>a))$")
# the shortest stem an ending is put on: "Al" + "a" would be "Ala", another name
_MIN_STEM = 3
# Diminutives and their vocatives and other cases, folded, as the languages of the same communities build them on
# a root of the given name or of its short form: Polish "Tom-uś", "Tom-eczku", "Ag-usiu" (Aga), "Basi-eńka"
# (Basia), "Piotr-uś", "Tom-cio"; Russian and Ukrainian "Natash-enka", "Sash-ulya", "Katy-usha", "Oksan-ochka",
# "Taras-yk"; Lithuanian "Jon-ukas", "Rūt-elė", "Aušr-ytė"; Latvian "Jān-ītis", "Ines-īte", "Līg-iņa"; Czech and
# Slovak "Jan-ička", "Pavl-íček", "Han-ulka", "Zuz-ka"; Romanian "Ion-uț", "Elen-uța", "Ion-ică"; Bulgarian
# "Ivan-cho", "Stoyan-che". A diminutive's own stem (ending in a consonant) takes a case vowel after it, never "-y"
# ("Patchy", "Beachy", "Plushy" are English); a few stand bare as a nominative ("-eczek", "-íček", "-uś", "-ukas",
# "-ītis", "-uț"). Never a plural "-s": "Annuls", "Debunks", "Basks" are English.
# Strong: a suffix that no English word ends a short root with ("-usia", "-eńka", "-ochka", "-eczek"), measured over
# wordfreq's English words; these alone go on a name's first syllable ("Tom-eczek" of Tomasz) and on a root of two
# letters. Weak: the rest ("-ka", "-ik", "-ita", "-ītis", "-ișor", "-cho"; not "-cha", "-chi": "Kim-chi"), which
# "Pat-ina", "Bev-el", "Col-itis" make of a short root: only on the name's own stem ("Jan-ka" of Jana, "Ion-uț").
_STRONG_STEMS = ("usi usy uni uny ulk ulenk ulechk ienk ulienk ousk enk echk ichk ochk ushk usk iczk eczk ush uly chyk"
                 " chik ucit isoar").split()
_WEAK_STEMS = "k ci si ik yk uk iuk el yt ut uz it in ic uc chk chits ul unk onk ink ick ank ech".split()
# not "-y": "Patchy", "Beachy", "Dimity", "Plushy" are English adjectives and nouns
_CASE_VOWELS = ("a", "e", "i", "o", "u")
_STRONG_NOMINATIVES = "eczek iczek icek inek anek ousek uszek ukas iukas ukai uzis elis chyk chik".split()
_WEAK_NOMINATIVES = "us ek ok ik yk ut ins uks uk it yt in utule cho che itis isor".split()
_STRONG_TAILS = frozenset([stem + vowel for stem in _STRONG_STEMS for vowel in _CASE_VOWELS] + _STRONG_NOMINATIVES)
_WEAK_TAILS = frozenset([stem + vowel for stem in _WEAK_STEMS for vowel in _CASE_VOWELS] + _WEAK_NOMINATIVES)
# A root of two letters ("Ag" of Aga, "Ew" of Ewa, "Ol" of Ola) takes only a strong tail of four letters or more
# ("Ag-usia", "Ol-eńka"): a short one would make any word ("Ag-ent", "Ew-ok").
_MIN_DIMINUTIVE_ROOT = 2
_MIN_TAIL_ON_A_SHORT_ROOT = 4
# A weak tail on a root of three letters is taken only where the draft writes the word with a letter of the
# language's own ("Līgīte", "Rūtele", "Ionuț"): English writes none, and "Luc-ite" of Lucy, "Pat-ina" of Pat are
# English words the shipped lists lack.
_MIN_ROOT_OF_A_WEAK_TAIL = _MIN_STEM
_WORD_CHARACTER = re.compile(r"[^\W_]")
_SOFT_SIGN_TAIL = re.compile(r"'[^\W\d_]{1,3}(?![^\W_])")
# the listed forms a diminutive is made of: a given name, an alias (most often a short form), a table's short form
_GIVEN_NAME_FORMS = frozenset({"first", "first-or-surname", "alias", "short"})
_WORD_END = re.compile(r"[\W_]")
_VOWELS = "aeiouy"


class Inflected(NamedTuple):
    start: int       # in the original text
    end: int
    entity: int      # index into Rules.listed()
    name: str        # the listed form it inflects


def _stems(key: str) -> list[str]:
    """The stems a declined name is built on: the name ("Tomasz-a"); without its last vowel ("Rut-os", "Ioan-ei",
    "Ann-y"); without its fleeting "e" ("Mark-owi", "Pawl-a" of Pawel, "Piotrk-a"); without a Baltic masculine
    ending ("Tom-o" of Tomas, "Jon-ui" of Jonas)."""
    stems = [key]
    if key[-1:] in _VOWELS:
        stems.append(key[:-1])
    fleeting = re.fullmatch(r"(.*[^aeiouy])e([^aeiouy])", key)
    if fleeting:
        stems.append(fleeting.group(1) + fleeting.group(2))
    if re.search(r"[^aeiouy](?:as|is|ys|us)$", key):
        stems.append(key[:-2])
    return [stem for stem in stems if len(stem) >= _MIN_STEM]


def _diminutive_roots(key: str) -> dict[str, bool]:
    """The roots a diminutive of the given name or short form ``key`` is built on, each with whether it takes the
    strong tails only: its stems ("Natash-enka", "Basi-eńka", "Ag-usia" of Aga); without a closing "-ia", "-ya" or
    "-ek" ("Kat-enka" of Katya, "Wojt-uś" of Wojtek); and its first syllable, the name's letters up to the
    consonant after its first vowel where three letters or more follow ("Tom-eczek" of Tomasz), strong tails
    only."""
    roots = [key]
    if key[-1:] in _VOWELS:
        roots.append(key[:-1])
    roots += _stems(key)
    closing = re.fullmatch(r"(.*[^aeiouy])(?:ia|ya|ja)|(.*)ek", key)
    if closing:
        roots.append(closing.group(1) or closing.group(2))
    out = {root: len(root) < _MIN_STEM for root in roots if len(root) >= _MIN_DIMINUTIVE_ROOT}
    syllable = re.match(r"[^aeiouy]*[aeiouy]+[^aeiouy]", key)
    # a name of one syllable and a little more is its stem already: "Pet-unia" of Peter is English
    if syllable and len(syllable.group()) >= _MIN_DIMINUTIVE_ROOT and len(key) - syllable.end() >= _MIN_STEM:
        out.setdefault(syllable.group(), True)
    return out


def _a_diminutive_tail(tail: str, root: str, strong_only: bool, written_in_plain_letters: Callable[[], bool]) -> bool:
    if tail in _STRONG_TAILS:
        return len(root) >= _MIN_STEM or len(tail) >= _MIN_TAIL_ON_A_SHORT_ROOT
    if strong_only or len(root) < _MIN_ROOT_OF_A_WEAK_TAIL or tail not in _WEAK_TAILS:
        return False
    return len(root) > _MIN_ROOT_OF_A_WEAK_TAIL or not written_in_plain_letters()


def _in_plain_letters(text: str, span: tuple[int, int]) -> bool:
    return text[span[0]:span[1]].isascii()


def _somebody_or_a_word(key: str) -> bool:
    """An English word, anybody's given name or surname, or a place: another reading than the listed name's."""
    from .variants import _a_word_a_name_or_a_place

    return _a_word_a_name_or_a_place(key)


class NameInflections:
    """Finds the listed people's names with a case ending in any text."""

    def __init__(self, rules: Rules, forms: "list[Variant] | None" = None):
        self._rules = rules
        self._forms = forms
        self._automaton: "ahocorasick.Automaton | None" = None
        self._entities: dict[str, tuple[int, str]] = {}   # folded stem -> (listed person, the form it comes from)
        self._own: set[str] = set()                         # every listed single-word form: never an inflection
        self._adjectival: dict[str, frozenset[str]] = {}    # stems that take an adjective's endings too
        self._declined: set[str] = set()                    # stems that take the case endings
        self._diminutive: dict[str, bool] = {}              # roots of a given name's diminutives: strong tails only?
        self._built = False

    def _build(self) -> None:
        """On first use: a text with no listed person's letters never asks."""
        import ahocorasick

        self._built = True
        listed = self._rules.listed()
        stems: set[str] = set()
        for variant in self._forms if self._forms is not None else variants(self._rules):
            key = variant.key
            if variant.single_word:
                self._own.add(key)
            if not isinstance(listed[variant.entity], Person) or not variant.single_word or len(key) < 3 \
                    or not key.isalpha() or "initial" in variant.form or variant.form.startswith("relative"):
                continue
            adjective = _ADJECTIVE_NAME.search(key)
            for stem in _stems(key):
                self._entities.setdefault(stem, (variant.entity, variant.text))
                self._declined.add(stem)
                stems.add(stem)
            if variant.form in _GIVEN_NAME_FORMS:
                for root, strong_only in _diminutive_roots(key).items():
                    self._entities.setdefault(root, (variant.entity, variant.text))
                    self._diminutive[root] = self._diminutive.get(root, True) and strong_only
                    stems.add(root)
            if adjective:
                # "kowalsk-a", "zelensk-yi", "novotn-y"; "ivanov-a", "ivanov"; "pushkin-a"
                kind = next(kind for kind in ("adjective", "possessive", "feminine")
                            if adjective.group(kind) is not None)
                stem = key[:adjective.start(kind)]
                if len(stem) >= _MIN_STEM:
                    self._entities.setdefault(stem, (variant.entity, variant.text))
                    endings = _ADJECTIVE_ENDINGS if kind == "adjective" else _POSSESSIVE_ENDINGS
                    self._adjectival[stem] = self._adjectival.get(stem, frozenset()) | endings
                    self._declined.add(stem)
                    stems.add(stem)
        if stems:
            # one automaton over every stem (a regular expression of them all cost verify 50 ms over case1)
            automaton = ahocorasick.Automaton()
            for stem in stems:
                automaton.add_word(stem, stem)
            automaton.make_automaton()
            self._automaton = automaton

    def find(self, text: str, folded: Folded | None = None) -> list[Inflected]:
        if not self._built:
            self._build()
        if self._automaton is None or not text:
            return []
        folded = folded if folded is not None else fold(text)
        letters = folded.text
        found: list[Inflected] = []
        spans: set[tuple[int, int]] = set()
        for last, stem in self._automaton.iter(letters):
            start = last - len(stem) + 1
            if start > 0 and _WORD_CHARACTER.match(letters, start - 1):
                continue
            word_end = _WORD_END.search(letters, last + 1)
            end = word_end.start() if word_end else len(letters)
            tail_end = end
            soft = letters.startswith("'", end) and stem in self._diminutive and _SOFT_SIGN_TAIL.match(letters, end)
            if soft:
                end = soft.end()     # "Sashen'ka": a Russian soft sign written as an apostrophe
            word = letters[start:end]
            ending = letters[last + 1:end]
            declined = stem in self._declined and (ending in _ENDINGS or ending in self._adjectival.get(stem, ()))
            diminutive = stem in self._diminutive and _a_diminutive_tail(
                letters[last + 1:tail_end] + letters[tail_end + 1:end], stem, self._diminutive[stem],
                lambda: _in_plain_letters(text, folded.span_to_original(start, end)))
            if not declined and not diminutive \
                    or word in self._own or (start, end) in spans:
                continue     # no case ending; or a listed form itself, which the listed recogniser reads
            if word.endswith("s") and word[:-1] in self._own or word.endswith("es") and word[:-2] in self._own:
                continue     # an English plural ("the Okafors", "Schemas" of a listed "Schema"): read as such
            o_start, o_end = folded.span_to_original(start, end)
            if not text[o_start:o_end][:1].isupper() or _somebody_or_a_word(word):
                continue
            entity, name = self._entities[stem]
            spans.add((start, end))
            found.append(Inflected(o_start, o_end, entity, name))
        return found

    def listed_matches(self, text: str, folded: Folded, found: list) -> list:
        """The inflected names not inside ``found`` (the listed recogniser's matches), as its ``ListedEntity``."""
        words = self.find(text, folded)
        if not words:
            return []     # (most texts; a function's import runs at each call)
        from .detect.recognizers.listed import ListedEntity
        from .entities import PERSON
        from .variants import RELATIVE

        out = []
        for word in words:
            if not any(a < word.end and word.start < b for a, b, _ in found):
                person = self._rules.listed()[word.entity]
                assert person.pseudonym is not None    # Rules gives everyone listed a pseudonym
                out.append((word.start, word.end, ListedEntity(
                    word.entity, person.name, person.pseudonym, PERSON,
                    Variant(text[word.start:word.end], word.entity, INFLECTED_FORM, RELATIVE))))
        return out

