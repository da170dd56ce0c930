"""The people and places the review lists: every derived form, one automaton, longest match first.

A listed name that is also an ordinary word ("Will", "Grace", "May", "Amber", "Brown") is replaced only where
the sentence uses it as the name: the judgement (and which listed words are ambiguous at all) lives in
``redact.name_or_word``, shared with ``verify``.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from presidio_analyzer import EntityRecognizer, RecognizerResult

from ... import entities as entity_types
from ...normalise import fold, fold_key, line_end_hyphens
from ...rules import Person, Rules
from ...name_or_word import (Judgement, NameOrWord, ambiguous_words, last_word_start, spelt_as_a_function_word,
                             titled_function_word, written_with_its_marks, a_word_in_the_plural)
from ...initials import ListedInitials
from ...listed_addresses import ListedAddresses
from ...listed_numbers import ListedNumbers
from ...introduced_nicknames import IntroducedNicknames
from ...glued import MIN_GLUED_NAME, glueable, glued_names, glued_tokens
from ...misspellings import ListedMisspellings, apostrophe_left_out, counts
from ...place_words import PlaceWords
from ...place_short_forms import place_form_written
from ...transliteration import latin_view, other_script_spans
from ...name_inflections import NameInflections
from ...mutations import NameMutations
from ...variants import (NAME_PART, Variant, initial_form_fits, initial_stands_alone, one_word_forms, own_words_of,
                         reads_typos, short_forms_that_are_words, surnames_and_first_names, variants,
                         word_form_written)
from ..phrases import PhraseAutomaton

# a lower-case word of prose: not part of an e-mail address, a URL or a file name ("aga.nowak86@...")
_PROSE_LOWER_WORD = re.compile(r"(?<![\w.@/_-])[a-z][a-z'’]*(?![\w@/_-]|\.\w)")
_POSSESSIVE_END = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class ListedEntity:
    """What a listed match stands for."""

    index: int
    name: str
    pseudonym: str
    entity_type: str
    variant: Variant
    misspelt: bool = False     # read with a typo corrected (``redact.misspellings``)
    mutated: bool = False      # read after a Welsh or Irish trigger word (``redact.mutations``)


class ListedEntityRecognizer(EntityRecognizer):
    """Finds every form of every person and place in the rules (score 1.0, source 'rule')."""

    def __init__(self, rules: Rules):
        self.rules = rules
        listed = rules.listed()
        self._automaton: PhraseAutomaton[ListedEntity] = PhraseAutomaton()
        self._single_word_keys: set[str] = set()
        self._single_word_variants: dict[str, Variant] = {}
        # person -> the folded words of their names and aliases (each, even a surname another person shares)
        self._one_word_forms: dict[int, set[str]] = one_word_forms(rules)
        from ...name_handles import NameHandles
        self._handles = NameHandles(rules)    # "haol", "mjones1985" of a listed person: ``redact.name_handles``
        ordered = sorted(variants(rules), key=lambda v: (v.priority, v.entity))
        skeleton_names = []
        for variant in ordered:
            entity = listed[variant.entity]
            entity_type = entity_types.PERSON if isinstance(entity, Person) else entity_types.LOCATION
            assert entity.pseudonym is not None   # Rules gives everyone listed a pseudonym (a role's placeholder)
            self._automaton.add(variant.text, ListedEntity(variant.entity, entity.name, entity.pseudonym,
                                                           entity_type, variant))
            if variant.single_word and isinstance(entity, Person):
                skeleton_names.append((variant.text, ListedEntity(variant.entity, entity.name, entity.pseudonym,
                                                                  entity_type, variant)))
            if variant.single_word:
                self._single_word_keys.add(variant.key)
                self._single_word_variants.setdefault(variant.key, variant)   # sorted: the best claim first
        from ...name_skeletons import SkeletonIndex
        self._skeletons = SkeletonIndex(skeleton_names)    # "احمد", "יוסף": ``redact.name_skeletons``
        self._name_words = surnames_and_first_names(rules)
        self._short_forms_that_are_words = short_forms_that_are_words(ordered)
        self.initials = ListedInitials(rules)
        self.nicknames = IntroducedNicknames(rules)    # "Darius 'Daz' Mensah" makes "Daz" him there
        self.misspellings = ListedMisspellings(rules, [variant.text for variant in ordered
                                                          if reads_typos(variant.form)])
        self._place_words = PlaceWords(rules, ordered)
        self._inflections = NameInflections(rules, ordered)
        self._mutations = NameMutations(rules, ordered)
        self._judge = NameOrWord(self._name_words, model=rules.detection.model)
        self.ambiguous: set[str] = ambiguous_words(self._single_word_keys, rules.detection.common_word_names,
                                                   lowered=(), name_words=self._name_words)
        # a telephone number listed as an alias, in any grouping: a contact, not the person's pseudonym
        self._numbers = ListedNumbers((variant.text, None) for variant in ordered)
        # an e-mail address listed as an alias, cut at its "@" or a dot by a line break: the address, as verify reads
        # it (the e-mail recogniser reads no address cut after a dot of its local part: "jo.⏎pryor@gmail.com")
        self._addresses = ListedAddresses((variant.text, None) for variant in ordered)
        super().__init__(supported_entities=[entity_types.PERSON, entity_types.LOCATION, entity_types.PHONE_NUMBER,
                                             entity_types.EMAIL_ADDRESS],
                         name="ListedEntityRecognizer",
                         supported_language="en", version="1")

    def load(self) -> None:  # nothing to load: the automaton is built from the rules
        pass

    def is_listed_word(self, key: str) -> bool:
        """Is this folded single word a form of a listed name? Such words follow the listed rules only."""
        return key in self._single_word_keys

    def listed_person_word(self, text: str) -> Variant | None:
        """The listed person's one-word form that ``text`` is ("Joy" when Joy Sivanathan is listed), if any."""
        variant = self._single_word_variants.get(fold_key(text))
        if variant is None or not isinstance(self.rules.listed()[variant.entity], Person):
            return None
        return variant

    def learn_ambiguity(self, texts: list[str]) -> None:
        """A listed single word that the document also uses in lower case is a word there too ("comfort")."""
        lowered: set[str] = set()
        for text in texts:
            # "the buddy's car": the word, without its possessive
            lowered.update(_POSSESSIVE_END.sub("", word) for word in _PROSE_LOWER_WORD.findall(text))
        self.ambiguous = ambiguous_words(self._single_word_keys, self.rules.detection.common_word_names, lowered,
                                         name_words=self._name_words)

    # ------------------------------------------------------------------ matching

    def matches(self, text: str, *, identifier: bool = False) -> list[tuple[int, int, ListedEntity]]:
        """Listed names in ``text``; ``identifier`` text (URLs, file names) also splits words at _ . @ /."""
        folded = fold(text)
        found = self._automaton.find_folded(folded, extra_boundaries="_./@:=?&+" if identifier else "",
                                            plural_ok=_plural_ok, plural_after_the_ok=family_plural_ok,
                                            bare_s_ok=lambda listed, word, a, b: _bare_s_ok(listed, word, text, a, b),
                                            span_ok=lambda start, end: not crosses_rows(text, start, end)
                                            and initial_stands_alone(text, start, end),
                                            unwanted=lambda found: record_order_inside_a_list(folded.text, found))
        out = []
        for match in found:
            listed = match.payload
            if listed.variant.single_word and a_word_in_the_plural(text, match.start, match.end):
                continue    # "the ions": the English plural, not the family of an Ion (``family_plural_ok``)
            if self.unmarked(listed.variant, text[match.start:match.end]):
                # "Do" of Đỗ, "My" of Mỹ, "He" of He Jing: the English word but where the sentence names somebody
                if identifier or listed.entity_type != entity_types.PERSON \
                        or not self.judge_unmarked(text, match.start, match.end, listed).replaced_by_apply:
                    continue
                out.append((match.start, match.end, listed))
                continue
            if titled_function_word(listed.variant.text, listed.variant.form):
                # "Judge On", "Father On" of Ka Wai On: the title is read as judge_unmarked reads one ("the judge on
                # the day" names nobody)
                if identifier or not self.judge_unmarked(text, last_word_start(text, match.start, match.end),
                                                         match.end, listed).replaced_by_apply:
                    continue
            if not place_form_written(listed.variant, text[match.start:match.end]):
                continue    # "the holly lodge" of a garden: a listed place's short form is read with its capitals
            if not word_form_written(listed.variant, text[match.start:match.end]):
                continue    # "the day Francis rang" is no "Day Francis" of David Francis
            end = initial_form_fits(listed.variant, text, match.start, match.end)
            if end != match.end:
                out.append((match.start, end, listed))
                continue
            if listed.variant.key in self._short_forms_that_are_words and not identifier:
                if not self._judge.judge_short_form(text, match.start, match.end).replaced_by_apply:
                    continue
            elif listed.variant.single_word and listed.variant.key in self.ambiguous and not identifier:
                if not self.used_as_name(text, match.start, match.end):
                    continue
            elif listed.variant.single_word and not identifier and "surname" in listed.variant.form \
                    and self.numbered_noun(text, match.start, match.end):
                continue     # "admitted to Ward 7" with a Karen Ward listed: the number decides
            out.append((match.start, match.end, listed))
        out = self._as_handles(text, out)
        out += self._glued(text, folded, out)
        if identifier:
            out += self._at_identifier_edges(text, folded, out)
        out = self._joined_to_their_other_names(text, out)
        out += self._place_words.listed_matches(text, folded, out)    # "Wexhamite": ``redact.place_words``
        # a mutation, read after its trigger word, before a case ending: "na Thomos" is Tomos, not Thomas
        mutated = self._mutations.listed_matches(text, folded, out)    # "ym Mhontypridd": ``redact.mutations``
        out = [m for m in out if not any(a <= m[0] and m[1] <= b for a, b, _ in mutated)] + mutated
        out += self._inflections.listed_matches(text, folded, out)    # "Markowi": ``redact.name_inflections``
        out += self._in_other_script(text, out)
        out = self._introduced(text, out)
        out += self._initials(text, out)
        return out if identifier else self._with_misspelt(text, out, {(a, b) for a, b, _ in mutated})

    def _with_misspelt(self, text: str, found: list,
                       mutated: "AbstractSet[tuple[int, int]]" = frozenset()) -> list[tuple[int, int, ListedEntity]]:
        """``found`` and a listed name with a typo ("Oksnaa", "Mrs Kovalenkp"): ``redact.misspellings``. A name
        read whole only with its typo corrected ("Gurpreet Dhilon") takes the place of its parts found before."""
        view = self.misspellings.corrected_view(text) if self.misspellings else None
        if view is None:
            return found
        corrected, origin, corrected_words = view
        out = list(found)
        for match in self._automaton.find_folded(fold(corrected), plural_ok=_plural_ok,
                                                 plural_after_the_ok=family_plural_ok,
                                                 bare_s_ok=lambda listed, word, a, b: _bare_s_ok(listed, word,
                                                                                                 corrected, a, b),
                                                 span_ok=lambda start, end: not crosses_rows(corrected, start, end)
                                                 and initial_stands_alone(corrected, start, end)):
            if not counts(corrected, match.start, match.end, corrected_words, self._name_words):
                continue
            start, end = origin[match.start], origin[match.end - 1] + 1
            if (start, end) in mutated:
                continue     # "gyda Thomos" is Tomos mutated, exactly, not Thomas misspelt
            overlapping = [m for m in out if m[0] < end and start < m[1]]
            if any((a, b) == (start, end) for a, b, _ in overlapping):
                continue     # read whole already, without a guess ("Zielińskiej", Zielińska declined, not Zieliński)
            if all(start <= a and b <= end for a, b, _ in overlapping):
                out = [m for m in out if m not in overlapping] + [(start, end, replace(match.payload,
                                                                                    misspelt=True))]
        return out

    def _in_other_script(self, text: str, found: list) -> list[tuple[int, int, ListedEntity]]:
        """A listed name in its own script ("Оксана", "王秀英"): ``redact.transliteration``."""
        out = [(start, end, listed) for start, end, listed in self._skeletons.find(text)
               if not any(a < end and start < b for a, b, _ in found)]
        view = latin_view(text)
        if view is None:
            return out
        latin, origin = view
        spans = [(match.start, match.end, match.payload) for match in self._automaton.find_folded(fold(latin))]
        return out + [(start, end, listed) for start, end, listed in other_script_spans(text, origin, spans)
                      if not any(a < end and start < b for a, b, _ in found)]

    def _initials(self, text: str, found: list) -> list[tuple[int, int, ListedEntity]]:
        """A listed person's initials written as a word ("GSD", "G.S.D."): ``redact.initials``."""
        out: list[tuple[int, int, ListedEntity]] = []
        listed = self.rules.listed()
        for match in self.initials.find(text):
            if any(a < match.end and match.start < b for a, b, _ in found):
                continue    # an alias the author listed already took it
            person = listed[match.person]
            assert person.pseudonym is not None
            out.append((match.start, match.end, ListedEntity(
                match.person, person.name, person.pseudonym, entity_types.PERSON,
                Variant(match.letters, match.person, "initials", NAME_PART, match.alternatives))))
        return out

    def _introduced(self, text: str, found: list) -> list[tuple[int, int, ListedEntity]]:
        """A nickname the document gave a listed person, and their name written with it, whole ("Darius 'Daz'
        Mensah" reads "Tom"): ``redact.introduced_nicknames``."""
        matches = self.nicknames.find(text, self.used_as_name)
        if not matches:
            return found
        listed = self.rules.listed()
        out = list(found)
        for match in matches:
            if not match.whole and any(a < match.end and match.start < b for a, b, _ in out):
                continue    # a listed form took it already
            start = match.start
            if match.whole:
                # "Ms Ioana Popescu ('Ioana')": the title read with her name goes with the whole ("Ms Eva" else)
                start = min([m[0] for m in out if m[0] < match.start < m[1] <= match.end
                             and m[2].index == match.person], default=start)
            out = [m for m in out if not (start <= m[0] and m[1] <= match.end)]
            person = listed[match.person]
            assert person.pseudonym is not None
            variant = Variant(person.name, match.person, "full", 0) if match.whole \
                else Variant(text[match.start:match.end], match.person, "alias", 0)
            out.append((start, match.end, ListedEntity(match.person, person.name, person.pseudonym,
                                                       entity_types.PERSON, variant)))
        return out

    def _joined_to_their_other_names(self, text: str, found: list) -> list[tuple[int, int, ListedEntity]]:
        """A listed person's name joined to another of their names by a hyphen, a dash, ``_`` or ``.`` or by
        nothing, as file names and handles join them ("patrick-ward-photos.zip", "ward_patrick", "patrickward88"):
        the whole is their name, even where the other part alone is an ordinary word a lower-case "ward" would
        be (apply wrote "John-ward-photos.zip"). The parts must be the same person's: another's surname beside a
        given name is no name of either."""
        listed = self.rules.listed()
        out = list(found)
        for match in found:
            start, end, entity = match
            forms = self._one_word_forms.get(entity.index)
            if not forms or not entity.variant.single_word or match not in out:
                continue
            after = _JOINED_AFTER.match(text, end)
            before = _JOINED_BEFORE.search(text, max(0, start - 40), start)
            whole_start, whole_end = start, end
            if after and fold_key(after.group("word")) in forms:
                whole_end = after.end()
            if before and fold_key(before.group("word")) in forms:
                whole_start = before.start()
            if (whole_start, whole_end) == (start, end):
                continue
            person = listed[entity.index]
            out = [m for m in out if not (whole_start <= m[0] and m[1] <= whole_end)]
            out.append((whole_start, whole_end, ListedEntity(entity.index, person.name, entity.pseudonym,
                                                             entity.entity_type,
                                                             Variant(person.name, entity.index, "full", 0))))
        return out

    def _as_handles(self, text: str, found: list) -> list[tuple[int, int, ListedEntity]]:
        """``found`` and the handles built from a listed person's name ("haol", "m.jones85"), each whole: the
        person's name words found inside one are read as part of it (``redact.name_handles``)."""
        matches = self._handles.find(text)
        if not matches:
            return found
        listed = self.rules.listed()
        out = list(found)
        for match in matches:
            if any(a < match.end and match.start < b and not (match.start <= a and b <= match.end)
                   for a, b, _ in out):
                continue    # part of a longer find
            out = [m for m in out if not (match.start <= m[0] and m[1] <= match.end)]
            person = listed[match.person]
            assert person.pseudonym is not None
            out.append((match.start, match.end, ListedEntity(match.person, person.name, person.pseudonym,
                                                             entity_types.PERSON,
                                                             Variant(person.name, match.person, "full", 0))))
        return out

    def _glued(self, text: str, folded, found: list) -> list[tuple[int, int, ListedEntity]]:
        """Listed names run into a username with no boundary ("oksanak88"): ``redact.glued``."""
        out: list[tuple[int, int, ListedEntity]] = []
        if not self._automaton.holds_any(folded, MIN_GLUED_NAME):
            return out     # no listed form's letters anywhere in the text (most texts)
        for start, end in glued_tokens(text):
            inside: list[tuple[int, int, ListedEntity]] = []
            for match in self._automaton.find_inside(folded, start, end, MIN_GLUED_NAME):
                listed = match.payload
                if not glueable(listed.variant) or any(a < match.end and match.start < b for a, b, _ in found + out) \
                        or not written_with_its_marks(listed.variant.text, text[match.start:match.end]):
                    continue
                inside.append((match.start, match.end, listed))
            kept = set(glued_names(text, [(a, b) for a, b, _ in inside]))
            out += [m for m in inside if (m[0], m[1]) in kept]
        return out

    def _at_identifier_edges(self, text: str, folded, found: list) -> list[tuple[int, int, ListedEntity]]:
        """A listed name glued to a word at the start or end of an identifier ("Quinterostatement"):
        ``redact.glued.at_identifier_edge``."""
        from ...glued import MIN_GLUED_NAME, at_identifier_edge, glueable, identifier_words

        out: list[tuple[int, int, ListedEntity]] = []
        if not self._automaton.holds_any(folded, MIN_GLUED_NAME):
            return out
        for word in identifier_words(text):
            for match in self._automaton.find_inside(folded, word[0], word[1], MIN_GLUED_NAME):
                listed = match.payload
                if glueable(listed.variant) and at_identifier_edge(text, word, match.start, match.end) \
                        and written_with_its_marks(listed.variant.text, text[match.start:match.end]) \
                        and not any(a < match.end and match.start < b for a, b, _ in found + out):
                    out.append((match.start, match.end, listed))
        return out

    def used_as_name(self, text: str, start: int, end: int) -> bool:
        """Is this ambiguous listed word the name here? (``apply`` replaces names only; see name_or_word)"""
        return self.judge(text, start, end).replaced_by_apply

    def judge(self, text: str, start: int, end: int) -> Judgement:
        return self._judge.judge(text, start, end)

    def judge_unmarked(self, text: str, start: int, end: int, listed: ListedEntity) -> Judgement:
        """A listed name word written without the marks that keep it from an English function word ("Do" of Đỗ):
        ``NameOrWord.judge_unmarked``, with the person's own name words."""
        return self._judge.judge_unmarked(text, start, end, self.own_words(listed.variant))

    def own_words(self, variant: Variant) -> set[str]:
        """The folded name words of every listed person ``variant`` may be (``variants.own_words_of``)."""
        return own_words_of(self._one_word_forms, variant)

    def unmarked(self, variant: Variant, written: str) -> bool:
        """Is ``written`` a listed single word spelt as an English function word ("Do" of Đỗ, "He" of He Jing)?"""
        return variant.single_word and spelt_as_a_function_word(variant.text, written)

    def numbered_noun(self, text: str, start: int, end: int) -> bool:
        """"Ward 7", "Page 12": ``NameOrWord.numbered_noun``."""
        return self._judge.numbered_noun(text, start, end)

    # ------------------------------------------------------------------ Presidio

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: A002 - Presidio passes it by name
        entities_wanted = entities
        results = []
        numbers = [(start, end) for start, end, _ in self._numbers.find(text)]
        for start, end in numbers if not entities_wanted or entity_types.PHONE_NUMBER in entities_wanted else ():
            results.append(RecognizerResult(
                entity_type=entity_types.PHONE_NUMBER, start=start, end=end, score=1.0, analysis_explanation=None,
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                      "source": "listed telephone number"}))
        if not entities_wanted or entity_types.EMAIL_ADDRESS in entities_wanted:
            for start, end, _ in self._addresses.find(text):
                if not any(cut in text[start:end] for cut in "\n\r\t"):
                    continue    # on one line, it is the e-mail recogniser's and the name reader's as before
                results.append(RecognizerResult(
                    entity_type=entity_types.EMAIL_ADDRESS, start=start, end=end, score=1.0,
                    analysis_explanation=None,
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                          RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                          "source": "listed e-mail address cut by a line break"}))
        for start, end, listed in self.matches(text):
            if entities_wanted and listed.entity_type not in entities_wanted:
                continue
            if any(a <= start and end <= b for a, b in numbers):
                continue    # "678" of a listed "+48 512 345 678" inside the number: the number's, not a name
            results.append(RecognizerResult(
                entity_type=listed.entity_type, start=start, end=end, score=1.0,
                analysis_explanation=None,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    "source": "rule", "listed_index": listed.index, "form": listed.variant.form,
                    "alternatives": listed.variant.alternatives,
                    **({"misspelt": True} if listed.misspelt else {}),
                    **({"mutated": True} if listed.mutated else {}),
                }))
        return results

    def entity(self, index: int) -> ListedEntity | None:
        listed = self.rules.listed()
        if 0 <= index < len(listed):
            entity = listed[index]
            kind = entity_types.PERSON if isinstance(entity, Person) else entity_types.LOCATION
            assert entity.pseudonym is not None   # Rules gives everyone listed a pseudonym (a role's placeholder)
            return ListedEntity(index, entity.name, entity.pseudonym, kind,
                                Variant(entity.name, index, "full", 0))
        return None


# a word joined to a name by a hyphen, a dash, "_" or "." or by nothing, up to the next letter-free character
_JOINED_AFTER = re.compile(r"[-‐‑–—_.]?(?P<word>[^\W\d_]+)(?![^\W\d_])")
# (\Z, not $: "$" also matches before a last line feed, and a name on the line above is no part joined on)
_JOINED_BEFORE = re.compile(r"(?<![^\W\d_])(?P<word>[^\W\d_]+)[-‐‑–—_.]?\Z")


def _plural_ok(listed: ListedEntity) -> bool:
    """'the Doyles' is the surname in the plural; the s stays outside the match."""
    return listed.entity_type == entity_types.PERSON and "surname" in listed.variant.form


def _bare_s_ok(listed: ListedEntity, word: str, text: str, start: int, end: int) -> bool:
    """'Maggies bag': a given name or alias with its possessive's apostrophe left out (``apostrophe_left_out``)."""
    return listed.entity_type == entity_types.PERSON and apostrophe_left_out(listed.variant.form, word, text, start,
                                                                              end)


def family_plural_ok(listed: ListedEntity) -> bool:
    """'the Lês', 'the Kims': after "the", a first word in the plural is a family name written first."""
    return listed.entity_type == entity_types.PERSON and listed.variant.form in ("first", "first-or-surname")


def record_order_inside_a_list(folded_text: str, found: list) -> list:
    """Record-order matches ("Mensah-Carver, Harriet") whose surname ends another listed name written in its
    natural order: "Hugo Mensah-Carver, Harriet Mensah-Carver's friend" lists two people, and reading the middle as
    "MENSAH-CARVER, Harriet" took Hugo's surname and Harriet's given name into one match ("Ivan Anna Ivan's
    friend"). (start, end, payload) in the folded text, as ``PhraseAutomaton.find_folded`` gives them."""
    record = [match for match in found if "," in match[2].variant.text]
    if not record:
        return []
    # where a name of two words or more, written given name first, ends -> where the earliest of them starts
    natural: dict[int, int] = {}
    for start, end, listed in found:
        if "," not in listed.variant.text and " " in listed.variant.text.strip():
            natural[end] = min(start, natural.get(end, start))
    return [(start, end, listed) for start, end, listed in record
            if natural.get(folded_text.find(",", start, end), start) < start]


_ROW_BREAK = re.compile(r"\r\n|[\n\r\v\f\u2028\u2029]")
# A line this long that runs on into the next is prose wrapped by its editor; a shorter one is a row of its own (a
# list item, a label, a heading, a line of a table written without tabs).
WRAPPED_LINE = 40


def crosses_rows(text: str, start: int, end: int) -> bool:
    """Does a name matched over ``text[start:end]`` run across table cells or from one row into the next?

    Folding lets a name run over a line break, as a hard-wrapped paragraph writes it ("the death of Li Na\nCheung").
    But a tab is a cell border, and a short line or a row of cells ends there: "Child C" at the end of one row of a
    pseudonym table and "Summer" at the start of the next are no "C Summer". The words on either side are still
    matched each on their own."""
    span = text[start:end]
    if "\t" in span:
        return True
    # a word hyphenated at a line end ("Kova-\nlenko") is one word whatever the length of its line
    joins = line_end_hyphens(span)
    breaks = [b for b in _ROW_BREAK.finditer(span) if not any(s <= b.start() < e for s, e in joins)]
    if not breaks:
        return False
    first_line_start = max(text.rfind(c, 0, start) for c in "\n\r\v\f\u2028\u2029") + 1
    last_line_end = min((i for i in (text.find(c, end) for c in "\n\r\v\f\u2028\u2029") if i >= 0),
                        default=len(text))
    lines = text[first_line_start:last_line_end]
    if "\t" in lines:
        return True
    line_before = text[first_line_start:start + breaks[0].start()]
    return len(line_before.strip()) < WRAPPED_LINE
