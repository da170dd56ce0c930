"""The people and places the review lists: every derived form, one automaton, longest match first.

A listed name that is also an ordinary word ("Will", "Grace", "Dawn", "Comfort") is taken as the
name only where it is capitalised and used as a name: after a title, before a surname, a possessive
or a verb of speech, or capitalised in the middle of a sentence outside a capitalised phrase
("Operation Dawn Chorus" and "Will agencies be able..." stay).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer, RecognizerResult

from ... import entities as entity_types
from ...normalise import fold, fold_key
from ...rules import Person, Rules
from ...variants import NAME_TITLES, Variant, surnames_and_first_names, variants
from ..phrases import PhraseAutomaton

SPEECH_AND_ACTION = frozenset("""
said says told tells asked explained reported described recalled remembered stated disclosed wrote
was is had has would could did went called rang phoned texted moved lived left returned attended
met arrived visited contacted agreed refused felt wanted became began started and who whose
will can cannot should might must
""".split())
SALUTATIONS = frozenset({"dear", "hi", "hello", "love", "from", "thanks"})
_TITLE_WORDS = frozenset(fold_key(t.split()[-1]) for t in NAME_TITLES)
_WORD = re.compile(r"[\w'’-]+")
# a lower-case word of prose: not part of an e-mail address, a URL or a file name ("aga.nowak86@...")
_PROSE_LOWER_WORD = re.compile(r"(?<![\w.@/_-])[a-z][a-z'’]*(?![\w@/_-]|\.\w)")
_SENTENCE_END = set(".!?:;•\n\t|")
_OPENERS = set("\"'“‘(«[")


@dataclass(frozen=True)
class ListedEntity:
    """What a listed match stands for."""

    index: int
    name: str
    pseudonym: str
    entity_type: str
    variant: Variant


class ListedEntityRecognizer(EntityRecognizer):
    """Finds every form of every person and place in the rules (score 1.0, source 'rule')."""

    def __init__(self, rules: Rules):
        self.rules = rules
        listed = rules.listed()
        self._automaton: PhraseAutomaton[ListedEntity] = PhraseAutomaton()
        self._single_word_keys: set[str] = set()
        for variant in sorted(variants(rules), key=lambda v: (v.priority, v.entity)):
            entity = listed[variant.entity]
            entity_type = entity_types.PERSON if isinstance(entity, Person) else entity_types.LOCATION
            self._automaton.add(variant.text, ListedEntity(variant.entity, entity.name, entity.pseudonym,
                                                           entity_type, variant))
            if variant.single_word:
                self._single_word_keys.add(variant.key)
        self._name_words = surnames_and_first_names(rules)
        self._common = {fold_key(w) for w in rules.detection.common_word_names}
        self.ambiguous: set[str] = {k for k in self._single_word_keys if k in self._common}
        super().__init__(supported_entities=[entity_types.PERSON, entity_types.LOCATION], name="ListedEntityRecognizer",
                         supported_language="en", version="1")

    def load(self) -> None:  # nothing to load: the automaton is built from the rules
        pass

    def is_listed_word(self, key: str) -> bool:
        """Is this folded single word a form of a listed name? Such words follow the listed rules only."""
        return key in self._single_word_keys

    def learn_ambiguity(self, texts: list[str]) -> None:
        """A listed single word that the document also uses in lower case is a word there too ("comfort")."""
        lowered: set[str] = set()
        for text in texts:
            lowered.update(_PROSE_LOWER_WORD.findall(text))
        self.ambiguous = {k for k in self._single_word_keys if k in self._common or k in lowered}

    # ------------------------------------------------------------------ matching

    def matches(self, text: str, *, identifier: bool = False) -> list[tuple[int, int, ListedEntity]]:
        """Listed names in ``text``; ``identifier`` text (URLs, file names) also splits words at _ . @ /."""
        folded = fold(text)
        found = self._automaton.find_folded(folded, extra_boundaries="_./@:=?&+" if identifier else "",
                                            plural_ok=_plural_ok)
        out = []
        for match in found:
            listed = match.payload
            if listed.variant.single_word and listed.variant.key in self.ambiguous and not identifier:
                if not self.used_as_name(text, match.start, match.end):
                    continue
            out.append((match.start, match.end, listed))
        return out

    def used_as_name(self, text: str, start: int, end: int) -> bool:
        """Is this capitalised common word a name here? (see the module docstring)"""
        word = text[start:end]
        if not word[:1].isupper():
            return False
        after = text[end:end + 3]
        if after[:2] in ("'s", "’s") or after[:1] in ("'", "’") and word.endswith("s"):
            return True
        previous_word, previous_gap = _previous_word(text, start)
        next_word, next_gap = _next_word(text, end)
        if previous_word and not _breaks(previous_gap) and (
                fold_key(previous_word.rstrip(".")) in _TITLE_WORDS or fold_key(previous_word) in SALUTATIONS):
            return True
        if next_word and not _breaks(next_gap):
            next_key = fold_key(next_word)
            if next_key in self._name_words and next_word[:1].isupper():
                return True
            if next_key in SPEECH_AND_ACTION:
                return True
            # "Comfort forwarded an e-mail": a name followed by a verb in the past tense
            if next_word.islower() and len(next_word) > 4 and next_word.endswith("ed"):
                return True
        if word.isupper() and len(word) > 1:
            return False  # a heading in capitals: only with a surname or possessive, handled above
        if _at_sentence_start(text, start):
            return False
        # Capitalised mid-sentence, but part of a capitalised phrase ("Operation Dawn Chorus")?
        for neighbour, gap in ((previous_word, previous_gap), (next_word, next_gap)):
            if neighbour and not _breaks(gap) and neighbour[:1].isupper() and not _acronym(neighbour) \
                    and fold_key(neighbour) not in self._name_words:
                return False
        return True

    # ------------------------------------------------------------------ Presidio

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: A002 - Presidio passes it by name
        entities_wanted = entities
        results = []
        for start, end, listed in self.matches(text):
            if entities_wanted and listed.entity_type not in entities_wanted:
                continue
            results.append(RecognizerResult(
                entity_type=listed.entity_type, start=start, end=end, score=1.0,
                analysis_explanation=None,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    "source": "rule", "listed_index": listed.index, "form": listed.variant.form,
                    "alternatives": listed.variant.alternatives,
                }))
        return results

    def entity(self, index: int) -> ListedEntity | None:
        listed = self.rules.listed()
        if 0 <= index < len(listed):
            entity = listed[index]
            kind = entity_types.PERSON if isinstance(entity, Person) else entity_types.LOCATION
            return ListedEntity(index, entity.name, entity.pseudonym, kind,
                                Variant(entity.name, index, "full", 0))
        return None


def _plural_ok(listed: ListedEntity) -> bool:
    """'the Doyles' is the surname in the plural; the s stays outside the match."""
    return listed.entity_type == entity_types.PERSON and "surname" in listed.variant.form


def _acronym(word: str) -> bool:
    """'DHR', 'GP', 'PC': an acronym beside a name does not make a capitalised phrase of it."""
    return word.isupper() and 2 <= len(word) <= 6


def _previous_word(text: str, start: int) -> tuple[str, str]:
    i = start
    while i > 0 and not (text[i - 1].isalnum()):
        i -= 1
    gap = text[i:start]
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "'’-."):
        j -= 1
    return text[j:i], gap


def _next_word(text: str, end: int) -> tuple[str, str]:
    i = end
    while i < len(text) and not text[i].isalnum():
        i += 1
    gap = text[end:i]
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] in "'’-"):
        j += 1
    return text[i:j], gap


def _breaks(gap: str) -> bool:
    """Punctuation between two words that ends a phrase (a comma, a full stop, a line break...)."""
    return any(c in _SENTENCE_END or c in ",()[]\"“”" for c in gap)


def _at_sentence_start(text: str, start: int) -> bool:
    i = start
    while i > 0 and (text[i - 1].isspace() and text[i - 1] not in "\n\t" or text[i - 1] in _OPENERS):
        i -= 1
    if i == 0:
        return True
    prev = text[i - 1]
    if prev in _SENTENCE_END:
        return True
    # "1." / "a)" list markers and headings numbered "3.2"
    return bool(re.search(r"(^|\s)(\d+(\.\d+)*|[a-z]|[ivx]+)[.)]\s*$", text[max(0, i - 8):i]))
