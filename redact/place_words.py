"""Words made from a listed place's name: its people and its adjective ("a proud Wexhamite", "Wexhamian families",
"Londoners", "a Yorkshireman", "Ashcombite" and "Coventrian" with the final e or y dropped).

The name is there, run into an ending, so no listed form matches whole-word; ``apply`` (the listed recogniser) and
``verify`` (the leak finder) both ask this module, so what one replaces the other reports. A derived word is
taken only when written with a capital (every demonym is; "hovers", "covers", "dealers" are not), when it is no
English word ("Victorian" when Victoria is listed, "dealer" when Deal is) and no given name or surname ("Elian"
of Ely), and not after a title ("Mr Chesterman" is somebody). At a sentence's start the capital says nothing, but
it is still taken: "Marchers blocked the road" when March is listed reads badly, a "Londoners" left in would leak
(wordfreq cannot tell them apart: both are about as frequent). Written all in lower case ("wexhamites") it is not
taken: that is how a text would write an ordinary word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lazy_patterns import lazy
from .nearby import ending_at
from .normalise import Folded, fold, fold_key
from .rules import Place, Rules
from .variants import Variant, variants

#: the endings English glues to a place's name; the plural of each ends in s or men ("Wexhamites", "Yorkshiremen")
_NOUN_ENDINGS = ("ite", "er", "man", "woman")
_PLURAL_ENDINGS = ("ites", "ers", "ians", "eans", "onians", "men", "women", "folk")
_ADJECTIVE_ENDINGS = ("ian", "ean", "onian")
_AREA_ENDINGS = ("shire",)
_ENDINGS = _NOUN_ENDINGS + _PLURAL_ENDINGS + _ADJECTIVE_ENDINGS + _AREA_ENDINGS
#: a stem shorter than this, made by dropping a letter, is too little of the name to be sure of ("El" of Ely)
_MIN_STEM = 4

#: the form a derived word's finding carries (``Variant.form``), which the grammar reads
PLACE_WORD_FORM = "place word"


@dataclass(frozen=True)
class PlaceWord:
    start: int       # in the original text
    end: int
    entity: int      # index into Rules.listed()


def _stems(key: str) -> list[tuple[str, bool]]:
    """(stem, takes only endings that start with a vowel): the name, and the name without a final e or y."""
    stems = [(key, False)]
    if key[-1:] in ("e", "y") and len(key) - 1 >= _MIN_STEM:
        stems.append((key[:-1], True))
    return stems


# the word just before, with a title's full stop ("Mr. Chesterman", "(Mr Chesterman)")
_LAST_WORD = lazy(re.compile, r"([^\W\d_]+)\.? *$")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    from .lexicon import NAME_TITLES

    return frozenset(fold_key(word) for title in NAME_TITLES for word in title.split())


def _someone_or_a_word(key: str) -> bool:
    """Is the last word of a derived word English ("victorian", "dealer") or a known name ("elian")?"""
    from .data.tables import english_words
    from .variants import _lexicon_names    # read without the detector: verify never imports it

    word = key.split()[-1]
    return word in english_words() or word in _lexicon_names()


class PlaceWords:
    """Finds the derived words of every listed place in any text."""

    def __init__(self, rules: Rules, forms: "list[Variant] | None" = None):
        """``forms``: the rules' variants where the caller has them already (computing them again costs ~20 ms)."""
        self._rules = rules
        self._forms = forms
        self._pattern: re.Pattern | None = None
        self._entities: dict[str, int] = {}     # folded stem -> listed place
        self._built = False

    def _build(self) -> None:
        """On first use: most texts are read by a finder whose rules list no place, or never asked."""
        self._built = True
        rules = self._rules
        listed = rules.listed()
        vowel_stems: set[str] = set()
        stems: set[str] = set()
        for variant in self._forms if self._forms is not None else variants(rules):
            if not isinstance(listed[variant.entity], Place):
                continue
            key = variant.key
            if len(re.sub(r"\W", "", key)) < 3 or not key[-1:].isalpha():
                continue
            for stem, vowel_only in _stems(key):
                self._entities.setdefault(stem, variant.entity)
                (vowel_stems if vowel_only else stems).add(stem)
        if stems:
            def alternation(words):
                return "|".join(re.escape(w).replace(r"\ ", " ") for w in sorted(words, key=len, reverse=True))
            endings = alternation(_ENDINGS)
            vowel_endings = alternation([e for e in _ENDINGS if e[0] in "aeiou"])
            parts = [f"(?P<stem>{alternation(stems)})(?P<ending>{endings})"]
            if vowel_stems:
                parts.append(f"(?P<vstem>{alternation(vowel_stems)})(?P<vending>{vowel_endings})")
            self._pattern = re.compile(rf"(?<![^\W_])(?:{'|'.join(parts)})(?![^\W_])")

    def find(self, text: str, folded: Folded | None = None) -> list[PlaceWord]:
        if not self._built:
            self._build()
        if self._pattern is None or not text:
            return []
        folded = folded if folded is not None else fold(text)
        found = []
        for match in self._pattern.finditer(folded.text):
            stem = match.group("stem") or match.group("vstem")
            start, end = folded.span_to_original(match.start(), match.end())
            written = text[start:end]
            if not written[:1].isupper() or _someone_or_a_word(match.group(0)):
                continue
            before = ending_at(_LAST_WORD, folded.text, match.start())
            if before and before.group(1) in _title_words():
                continue
            found.append(PlaceWord(start, end, self._entities[stem]))
        return found

    def listed_matches(self, text: str, folded: Folded, found: list) -> list:
        """The derived words not inside ``found`` (the listed recogniser's matches), as its ``ListedEntity``."""
        words = self.find(text, folded)
        if not words:
            return []     # (most texts; a function's import runs at each call)
        from .detect.recognizers.listed import ListedEntity
        from .entities import LOCATION
        from .variants import NAME_PART, Variant

        out = []
        for word in words:
            if not any(a < word.end and word.start < b for a, b, _ in found):
                place = self._rules.listed()[word.entity]
                assert place.pseudonym is not None    # Rules gives every place a pseudonym
                out.append((word.start, word.end, ListedEntity(
                    word.entity, place.name, place.pseudonym, LOCATION,
                    Variant(text[word.start:word.end], word.entity, PLACE_WORD_FORM, NAME_PART))))
        return out


# --------------------------------------------------------------------------- how the replacement reads

_NEXT_WORD = lazy(re.compile, r"[ \t]+([a-z][\w-]*)")
_LINKING_WORDS = frozenset({"who", "whom", "whose", "that", "which", "and", "or", "but", "was", "is", "had", "has",
                            "were", "are", "by", "of", "in", "at", "on", "from", "with", "to", "for", "since",
                            "himself", "herself", "themselves", "born", "living", "now", "then"})


def reading(pseudonym: str, written: str, text_after: str) -> str:
    """The pseudonym as the derived word was used: its people ("a proud Town A resident", "Town A residents"),
    its adjective before a noun ("Town A families"), or the place itself ("Wexhamshire")."""
    ending = next((e for e in sorted(_ENDINGS, key=len, reverse=True) if fold_key(written).endswith(e)), "")
    if ending in _AREA_ENDINGS:
        return pseudonym
    plural = ending in _PLURAL_ENDINGS
    if text_after[:1] and text_after[0] in "-\u2010\u2011":
        return pseudonym     # "Wexhamite-born": "Town A-born"
    following = _NEXT_WORD.match(text_after)
    if not plural and following and following.group(1).lower() not in _LINKING_WORDS:
        return pseudonym     # used as an adjective: "Wexhamian families", "the Wexhamite community"
    people = " residents" if plural else " resident"
    return pseudonym + (people.upper() if written.isupper() and len(written) > 1 else people)
