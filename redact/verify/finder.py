"""The leak finder: every form of every listed value and the protected dates, in any text.

All text is folded first (NFKC, case, accents, zero-width characters and soft hyphens, quotes, whitespace runs), so
obfuscated leaks are found too; the broad views (``views``) find names inside identifiers, CamelCase, spaced
letters and line-end hyphens. Dates are looked for in every written form on a view of the text that keeps case (a
lower-case "may" is a verb) but drops invisible characters and applies NFKC (full-width digits are digits).
"""
from __future__ import annotations

import re
from typing import Iterable

import ahocorasick

from .. import entities
from ..dates import (CONTEXT_UNKNOWN, may_name_a_festival, names_a_week, protected_date_candidates,
                     with_the_weekday_after)
from ..glued import MIN_GLUED_NAME, at_identifier_edge, glueable, glued_names, glued_tokens, identifier_words
from ..initials import ListedInitials
from ..name_handles import NameHandles
from ..introduced_nicknames import IntroducedNicknames
from ..misspellings import ListedMisspellings, apostrophe_left_out, counts
from ..place_words import PlaceWords
from ..place_short_forms import place_form_written
from ..name_inflections import NameInflections
from ..mutations import NameMutations, holds_what_it_overlaps
from ..transliteration import latin_view, other_script_spans
from ..name_or_word import (a_word_in_the_plural, last_word_start, spelt_as_a_function_word, titled_function_word,
                            written_with_its_marks)
from ..normalise import fold, fold_key, invisible_word_breaks, with_second_reading
from ..rules import Person, Rules
from ..variants import (LESSER_PART, initial_stands_alone, is_relative_form, own_words_of, reads_typos,
                        short_forms_that_are_words, variants, word_form_written)
from ..listed_addresses import ListedAddresses
from ..listed_numbers import ListedNumbers
from .masking import MASK, mask_context, secret_pattern
from .records import Leak
from .views import CLAUSE_BREAK, broad_views, date_view, has_joined_view, word_ends, word_starts

# what is not a letter or a digit (str.isalnum): dropped to read words written with nothing between them (``re``'s
# \w is str.isalnum() or "_": the pattern keeps exactly the characters str.isalnum() keeps, tested)
_NOT_ALPHANUMERIC = re.compile(r"[\W_]+")
# Characters that join a word in an identifier (a URL, a file name, an e-mail address) but also end a name.
IDENTIFIER_BOUNDARIES = "_./@:=?&+%#-"


def _plural_ok(payload) -> bool:
    return payload[0] == "person" and "surname" in payload[2].form


def _bare_s_ok(payload, word: str, text: str, start: int, end: int) -> bool:
    """'Maggies bag': a given name or alias with its possessive's apostrophe left out (``apostrophe_left_out``)."""
    return payload[0] == "person" and apostrophe_left_out(payload[2].form, word, text, start, end)


def _family_plural_ok(payload) -> bool:
    """'the Lês': after "the", a first word in the plural is a family name written first."""
    return payload[0] == "person" and payload[2].form in ("first", "first-or-surname")


# Cheap test for text that may hold a date at all; "the fourteenth of May" and "十二月三日" have no digit.
_DATE_HINT = re.compile(r"\d|christmas|new\s+year|boxing|first|second|third|(?:four|fif|six|seven|eigh|nin|ten|"
                        r"eleven|twelf|teen|tie)th|[月월]"
                        # a day as a cardinal word ("December eighteen, twenty thirteen", "May five, 2019")
                        r"|(?<![a-z])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                        r"twenty|thirty)(?![a-z])"
                        # the days as Welsh ordinal words ("y trydydd o Dachwedd", "yr ail o Fai", "yr unfed ...")
                        r"|cyntaf|(?<![a-z])ail(?![a-z])|trydydd|pedwerydd|pumed|chweched|[a-z]fed(?![a-z])",
                        re.IGNORECASE)


# Texts longer than this are read in windows (``LeakFinder._windowed_spans``) that overlap by far more than any
# listed form, however spaced out it is written ("J o a n n e  P r y o r").
LONG_TEXT = 200_000
WINDOW_OVERLAP = 4_000


def _word_break_before(text: str, position: int, earliest: int) -> int:
    """The last space or line break before ``position`` and after ``earliest`` (``position`` if there is none)."""
    found = max(text.rfind(" ", earliest, position), text.rfind("\n", earliest, position))
    return found if found > earliest else position


class LeakFinder:
    """Looks for every form of every listed value and the protected dates in any text."""

    def __init__(self, rules: Rules, *, misspellings: ListedMisspellings | None = None):
        """``misspellings``: apply's reader of typos, used when it is made of what this finder's would be (its
        answers are then the same, and a text apply read is not read again)."""
        from ..detect.phrases import PhraseAutomaton

        self.rules = rules
        listed = rules.listed()
        # the value of a relative's form (the listed surname in its other gendered form) -> the listed person's index
        self.relatives: dict[str, int] = {}
        self.names: PhraseAutomaton[tuple] = PhraseAutomaton()
        single_words: set[str] = set()
        ordered = sorted(variants(rules), key=lambda v: (v.priority, v.entity))   # computed once: a tenth of start-up
        for variant in ordered:
            entity = listed[variant.entity]
            # the leak names the pseudonym, not the real name: verify output ends up in CI logs
            self.names.add(variant.text, ("person" if isinstance(entity, Person) else "place",
                                          self._value(variant), variant))
            if variant.single_word:
                single_words.add(variant.key)
        from ..name_skeletons import SkeletonIndex
        self.skeletons = SkeletonIndex((v.text, ("person", self._value(v))) for v in ordered
                                       if v.single_word and isinstance(listed[v.entity], Person))
        # multi-word forms with nothing between the words ("JOANNEPRYOR"): matched on letters and digits only
        self.joined = ahocorasick.Automaton()
        for variant in ordered:
            letters = _NOT_ALPHANUMERIC.sub("", variant.key)
            if not variant.single_word and len(letters) >= 6 and letters not in self.joined:
                entity = listed[variant.entity]
                self.joined.add_word(letters, (len(letters), ("person" if isinstance(entity, Person) else "place",
                                                              self._value(variant), variant)))
        if len(self.joined):
            self.joined.make_automaton()
        # a telephone number listed as an alias, in any grouping and with its country code (``listed_numbers``)
        # (a leak of one is a telephone number's, which apply's check replaces as one: "[phone]", not a pseudonym)
        self.numbers = ListedNumbers((variant.text, (entities.PHONE_NUMBER.lower(), self._value(variant)))
                                     for variant in ordered)
        # an e-mail address listed as an alias, cut at its "@" or a dot by a line break (``listed_addresses``)
        self.addresses = ListedAddresses((variant.text, (entities.EMAIL_ADDRESS.lower(), self._value(variant)))
                                         for variant in ordered)
        # The letters and digits of every form the broad reading can find, for a cheap test that a text holds one
        self.letters: ahocorasick.Automaton | None = ahocorasick.Automaton()
        for variant in ordered:
            for key in (fold_key(variant.text), variant.key):
                letters = _NOT_ALPHANUMERIC.sub("", key)
                if not letters:
                    self.letters = None    # a form without letters: no test can rule it out
                    break
                self.letters.add_word(letters, None)
            if self.letters is None:
                break
        if self.letters is not None and len(self.letters):
            self.letters.make_automaton()
        self.pseudonyms = {f"listed as '{entity.pseudonym}'": entity.pseudonym for entity in listed}
        self.handles = NameHandles(rules)    # "haol", "mjones1985", as apply reads them (``redact.name_handles``)
        self.initials = ListedInitials(rules)    # "GSD" for Gurpreet Singh Dhillon, as apply reads them
        self._carried_initials: frozenset[str] = frozenset()
        self.nicknames = IntroducedNicknames(rules)    # "Darius 'Daz' Mensah": "Daz" is him there
        self._carried_nicknames: dict[str, int] = {}
        # "Oksnaa" for Oksana, as apply reads it
        typo_forms = [variant.text for variant in ordered if reads_typos(variant.form)]
        self.misspellings = misspellings if misspellings is not None and \
            misspellings.made_of == ListedMisspellings.inputs(rules, typo_forms) else \
            ListedMisspellings(rules, typo_forms)
        self.place_words = PlaceWords(rules, ordered)     # "Wexhamite", "Londoners", as apply reads them
        self.inflections = NameInflections(rules, ordered)    # "Markowi", "Rūtos", as apply reads them
        self.mutations = NameMutations(rules, ordered)    # "ym Mhontypridd", "i mBaile", as apply reads them
        self._kinds = ["person" if isinstance(entity, Person) else "place" for entity in listed]
        self._initials_value = [f"listed as '{entity.pseudonym}'" for entity in listed]
        self.secret = secret_pattern(rules)
        # A listed name that is also an ordinary word is judged by the same code as detection (``name_or_word``),
        # leaning to the name: what the sentence does not clearly use as the word is reported. Without the draft,
        # every frequent dictionary word may be one (detection also needs the draft to write it in lower case).
        from ..name_or_word import NameOrWord, ambiguous_words
        from ..variants import one_word_forms, surnames_and_first_names

        self._name_words = surnames_and_first_names(rules)
        self.ambiguous = ambiguous_words(single_words, rules.detection.common_word_names,
                                         name_words=self._name_words)
        self._short_forms_that_are_words = short_forms_that_are_words(ordered)
        self._own_words = one_word_forms(rules)    # each listed person's own name words
        # verify never loads spaCy (seconds, and a pre-commit install without it): untagged, it reports more
        self._judge = NameOrWord(surnames_and_first_names(rules), model=rules.detection.model, tagger=False)
        self._dates = [(date, kind.lower()) for kind, date in rules.protected_dates()]
        self._cache: dict[tuple[str, bool, bool | str, object], list[tuple[int, int, str, str]]] = {}
        # the names of a text, whatever month its part named before it: a text read under two months (a header on
        # every page) is searched for names once
        self._names_cache: dict[tuple[str, bool, bool | str], list[tuple[int, int, str, str]]] = {}
        # The review's keep list, as apply reads it: a listed person's word inside a kept name is the kept name's
        # ("Kaur" of a listed Manpreet Kaur Sandhu in the chair's "Harjit Kaur", "Khan" in "Dr Sarah Khan"), not a
        # leak; a listed place never is ("Wexham" in a kept "Wexham Police" names the area). A kept entry that is
        # itself a listed form keeps nothing: the gate still reports it.
        listed_keys = {fold_key(variant.text) for variant in ordered} | {variant.key for variant in ordered}
        # (the same automaton as apply's keep list, ``DocumentFilters.keep``: the same folding)
        kept = [k for k in rules.keep if k.strip() and fold_key(k) not in listed_keys]
        self._kept: PhraseAutomaton[str] | None = PhraseAutomaton((k, k) for k in kept) if kept else None


    def _value(self, variant) -> str:
        """What a leak of this form says: the pseudonym, never the real name (verify output ends up in CI logs)."""
        pseudonym = self.rules.listed()[variant.entity].pseudonym
        if not is_relative_form(variant.form):
            return f"listed as '{pseudonym}'"
        value = f"the other gendered form of the surname of the person listed as '{pseudonym}'" \
            if variant.priority != LESSER_PART else f"half of the surname of the person listed as '{pseudonym}'"
        self.relatives[value] = variant.entity
        return value

    def _own_words_of(self, variant) -> set[str]:
        return own_words_of(self._own_words, variant)

    def _used_as_name(self, text: str, start: int, end: int) -> bool:
        """Reported unless the words around clearly use the ordinary word (never spaCy's tagger: see ``__init__``)."""
        return self._judge.judge(text, start, end).reported_by_verify

    def _forget_searches(self) -> None:
        self._cache.clear()
        self._names_cache.clear()

    def forget_texts(self) -> None:
        """Drop the searches of the texts seen so far: a finder that serves document after document (a batch
        worker's) keeps only the current document's."""
        self._forget_searches()
        self._carried_initials = frozenset()
        self._carried_nicknames = {}
        self.nicknames.learn_document([])

    def carry_initials(self, letters) -> None:
        """Letters that are also an acronym, which the document redacted made a listed person ("Nadia Ahmed (NA)"):
        after apply the output no longer shows why, so the check of the output counts them as the input did."""
        self._carried_initials = frozenset(letters)
        if self.initials.learn_document([], also=self._carried_initials):
            self._forget_searches()

    def carry_nicknames(self, learned: dict[str, int]) -> None:
        """Nicknames the document redacted gave listed people ("Darius 'Daz' Mensah"): the output no longer writes
        the name beside them, so its check counts them as the input did."""
        self._carried_nicknames = dict(learned)
        if self.nicknames.learn_document([], also=self._carried_nicknames):
            self._forget_searches()

    def parts_of_dates(self, texts: list[str]) -> list[frozenset[str]]:
        """For each text of a part in reading order, the protected dates it writes a part of with the texts
        beside it (``redact.dates.split_across``)."""
        from ..dates import split_across

        parts: list[set[str]] = [set() for _ in texts]
        for date, kind in self._dates:
            for index in split_across(texts, date):
                parts[index].add(kind)
        return [frozenset(p) for p in parts]

    def learn_document(self, texts: list[str]) -> None:
        """Which letters that are also an acronym the document makes a listed person (``redact.initials``), with
        those carried from the input; every text is then searched with them."""
        changed = self.initials.learn_document(texts, also=self._carried_initials)
        if self.nicknames.learn_document(texts, also=self._carried_nicknames) or changed:
            self._forget_searches()

    def spans(self, text: str, identifier: bool = False, broad: bool | str = True,
              month_context=CONTEXT_UNKNOWN) -> list[tuple[int, int, str, str]]:
        """(start, end, kind, value) of every leak in ``text``; the same text is searched once. ``month_context``:
        the month its part named before it (``month_contexts``), which "the 14th" falls in."""
        key = (text, identifier, broad, month_context)
        cached = self._cache.get(key)
        if cached is None:
            if len(text) > LONG_TEXT:
                cached = self._cache[key] = self._windowed_spans(text, identifier, broad, month_context)
            else:
                cached = self._cache[key] = self._without_kept(text, self._search(text, identifier, broad,
                                                                                  month_context))
        return cached

    def _windowed_spans(self, text: str, identifier: bool, broad: bool | str,
                        month_context) -> list[tuple[int, int, str, str]]:
        """A text of millions of characters (a part dumped as one string) read in overlapping windows: the broad
        views keep a position per character, so one view of the whole costs gigabytes. Each window answers for the
        finds that start in its own stretch, the middle of its overlaps with its neighbours: a leak starting there
        lies whole in the window, with a quarter of the overlap of the text around it on either side."""
        windows = []
        start = 0
        while True:
            end = min(len(text), start + LONG_TEXT)
            if end < len(text):
                end = _word_break_before(text, end, end - WINDOW_OVERLAP // 4)
            windows.append((start, end))
            if end >= len(text):
                break
            start = _word_break_before(text, end - WINDOW_OVERLAP // 2, end - WINDOW_OVERLAP)
        found = []
        for index, (start, end) in enumerate(windows):
            own_start = 0 if index == 0 else (start + windows[index - 1][1]) // 2
            own_end = len(text) if index == len(windows) - 1 else (windows[index + 1][0] + end) // 2
            window = text[start:end]
            found += [(a + start, b + start, kind, value) for a, b, kind, value in
                      self._without_kept(window, self._search(window, identifier, broad, month_context))
                      if own_start <= a + start < own_end]
        return sorted(found)

    def _without_kept(self, text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """The spans but a listed person's that lies inside a longer kept name (see ``__init__``)."""
        if self._kept is None or not spans:
            return spans
        kept = [(m.start, m.end) for m in self._kept.find(text)]
        if not kept:
            return spans
        return [s for s in spans if s[2] != "person"
                or not any(a <= s[0] and s[1] <= b and (a, b) != (s[0], s[1]) for a, b in kept)]

    def _search(self, text: str, identifier: bool, broad: bool | str = True,
                month_context=CONTEXT_UNKNOWN) -> list[tuple[int, int, str, str]]:
        if not text or not text.strip():
            return []
        key = (text, identifier, broad)
        names = self._names_cache.get(key)
        if names is None:
            names = self._name_spans(text, identifier, broad)
            spaced = invisible_word_breaks(text)
            if spaced is not None:   # "Hodan\u200bWarsame": read again with the invisible run as a space, as apply
                names = with_second_reading(names, self._name_spans(spaced, identifier, broad))
            self._names_cache[key] = names
        return sorted(names + self._date_spans(text, month_context))

    def _name_spans(self, text: str, identifier: bool, broad: bool | str) -> list[tuple[int, int, str, str]]:
        """What ``_search`` finds but the protected dates: it does not depend on the month context."""
        found: list[tuple[int, int, str, str]] = []
        folded = fold(text)
        matches = self.names.find_folded(folded, extra_boundaries=IDENTIFIER_BOUNDARIES if identifier else "",
                                         plural_ok=_plural_ok,
                                         plural_after_the_ok=_family_plural_ok,
                                         bare_s_ok=lambda payload, word, a, b: _bare_s_ok(payload, word, text, a, b),
                                         span_ok=lambda start, end: initial_stands_alone(text, start, end))
        judged: list[tuple[int, int]] = []
        for match in matches:
            kind, value, variant = match.payload
            judged.append((match.start, match.end))
            if variant.single_word and a_word_in_the_plural(text, match.start, match.end):
                continue    # "the ions", as apply reads it: the English plural
            if variant.single_word and spelt_as_a_function_word(variant.text, text[match.start:match.end]):
                # "The" is no "Thế", "He said" names nobody, but "Mrs Do", "The Do family", "DO, Hoa" are Đỗ and
                # "He Jing" is He Jing: as apply judges it, name or word, never unsure (``NameOrWord.judge_unmarked``)
                if identifier or kind != "person" or not self._judge.judge_unmarked(
                        text, match.start, match.end, self._own_words_of(variant)).reported_by_verify:
                    continue
                found.append((match.start, match.end, kind, value))
                continue
            if titled_function_word(variant.text, variant.form) and (identifier or not self._judge.judge_unmarked(
                    text, last_word_start(text, match.start, match.end), match.end,
                    self._own_words_of(variant)).reported_by_verify):
                continue      # "the judge on the day" is no "Judge On", as apply reads it
            if not place_form_written(variant, text[match.start:match.end]):
                continue  # as apply reads a listed place's short form: with its capitals (``place_short_forms``)
            if not word_form_written(variant, text[match.start:match.end]):
                continue  # "the day Francis rang": as apply reads a word's short form with the surname
            if variant.key in self._short_forms_that_are_words and not identifier:
                # as apply judges it, name or word, never unsure (``NameOrWord.judge_short_form``)
                if not self._judge.judge_short_form(text, match.start, match.end).reported_by_verify:
                    continue
            elif variant.single_word and variant.key in self.ambiguous and not identifier:
                if not self._used_as_name(text, match.start, match.end):
                    continue
            # Word's own part names ("word/document.xml", "customXml/item1.xml"): an ordinary word in lower case
            # there is the format's vocabulary, never a listed "Word" or "Item"
            if variant.single_word and variant.key in self.ambiguous and identifier and broad is not True \
                    and not text[match.start:match.end][:1].isupper():
                continue
            found.append((match.start, match.end, kind, value))
        for handle in self.handles.find(text):    # "haol", "m.jones85": as apply reads them
            if not any(a < handle.end and handle.start < b and not (handle.start <= a and b <= handle.end)
                       for a, b, _, _ in found):
                found = [f for f in found if not (handle.start <= f[0] and f[1] <= handle.end)]
                found.append((handle.start, handle.end, "person", self._initials_value[handle.person]))
        # "oksanak88": as apply reads it (``redact.glued``); only a text holding a listed form's letters at all
        for start, end in glued_tokens(text) if self.names.holds_any(folded, MIN_GLUED_NAME) else ():
            inside = []
            for match in self.names.find_inside(folded, start, end, MIN_GLUED_NAME):
                kind, value, variant = match.payload
                if glueable(variant) and not any(a < match.end and match.start < b for a, b, _, _ in found) \
                        and written_with_its_marks(variant.text, text[match.start:match.end]):
                    inside.append((match.start, match.end, kind, value))
            kept = set(glued_names(text, [(a, b) for a, b, _, _ in inside]))
            found += [m for m in inside if (m[0], m[1]) in kept]
        if identifier:     # "Quinterostatement": as apply reads an identifier (``redact.glued.at_identifier_edge``)
            found += self._at_identifier_edges(text, folded, 0, len(text), found)
        for word in self.place_words.find(text, folded):    # "Wexhamite": ``redact.place_words``
            if not any(a < word.end and word.start < b for a, b, _, _ in found):
                found.append((word.start, word.end, "place", self._initials_value[word.entity]))
        for mutated in self.mutations.find(text, folded):    # "ym Mhontypridd": ``redact.mutations``
            if holds_what_it_overlaps(mutated.start, mutated.end, found):
                found = [f for f in found if not (mutated.start <= f[0] and f[1] <= mutated.end)]
                found.append((mutated.start, mutated.end, self._kinds[mutated.entity],
                              self._initials_value[mutated.entity]))
        for inflected in self.inflections.find(text, folded):    # "Markowi": ``redact.name_inflections``
            if not any(a < inflected.end and inflected.start < b for a, b, _, _ in found):
                found.append((inflected.start, inflected.end, "person", self._initials_value[inflected.entity]))
        script_view = latin_view(text)    # "Оксана", "王秀英": ``redact.transliteration``
        if script_view is not None:
            latin, origin = script_view
            in_view = [(m.start, m.end, m.payload) for m in self.names.find_folded(fold(latin))]
            for start, end, (kind, value, _) in other_script_spans(text, origin, in_view):
                if not any(a < end and start < b for a, b, _, _ in found):
                    found.append((start, end, kind, value))
        for start, end, (kind, value) in self.skeletons.find(text):    # "احمد": ``redact.name_skeletons``
            if not any(a < end and start < b for a, b, _, _ in found):
                found.append((start, end, kind, value))
        for initials in self.initials.find(text):
            if not any(a < initials.end and initials.start < b for a, b, _, _ in found):
                found.append((initials.start, initials.end, "person", self._initials_value[initials.person]))
        for nickname in self.nicknames.find(text, self._used_as_name, whole=False):
            if not any(a < nickname.end and nickname.start < b for a, b, _, _ in found):
                found.append((nickname.start, nickname.end, "person", self._initials_value[nickname.person]))
        for start, end, (kind, value) in self.addresses.find(text):    # "hodan.warsame@⏎gmail.com"
            if holds_what_it_overlaps(start, end, found):
                found = [f for f in found if not (start <= f[0] and f[1] <= end)]
                found.append((start, end, kind, value))
        for start, end, (kind, value) in self.numbers.find(text):    # "077 009 00123", "447700900123"
            # the whole number, not the group of it the name reader took for a word of the alias ("678")
            if holds_what_it_overlaps(start, end, found):
                found = [f for f in found if not (start <= f[0] and f[1] <= end)]
                found.append((start, end, kind, value))
        misspelt = [] if identifier else self._misspelt(text)
        if misspelt:    # "Gurpreet Dhilon" is one name, not "Gurpreet" and a misspelling
            found = [f for f in found if not any(s <= f[0] and f[1] <= e for s, e, _, _ in misspelt)] + misspelt
        wider = self._broad_spans(text, folded, judged, views=broad is True) if broad else []
        if wider:   # "joanne_pryor": the whole name, not "joanne" and "pryor" read on each side of the "_"
            found = [f for f in found if not any(s <= f[0] and f[1] <= e and (s, e) != f[:2] for s, e, _, _ in wider)]
            found += wider
        # a handle read whole and the same address read as a joined name ("craig.pryor"): one leak
        return list(dict.fromkeys(found))

    def date_spans(self, text: str, month_context=CONTEXT_UNKNOWN) -> list[tuple[int, int, str, str]]:
        """The protected dates of ``spans`` alone (the same spans, in order), for a reading that asks nothing
        else: names are looked for on their own."""
        if not text or not text.strip():
            return []
        return sorted(self._date_spans(text, month_context))

    def _date_spans(self, text: str, month_context) -> list[tuple[int, int, str, str]]:
        found: list[tuple[int, int, str, str]] = []
        # a weekday under a week's heading ("Thursday:" under "w/c 31/10/22") writes no number
        if self._dates and (_DATE_HINT.search(text) or names_a_week(month_context)
                            or any(may_name_a_festival(text, date) for date, _ in self._dates)):
            # its lines apart, as apply reads them: a row naming "27 October 2017" does not put the next line's
            # "Thursday the 31st of October" in 2017
            view, origin = date_view(text)
            for date, kind in self._dates:
                # the broad net: every reading that could be the date, not only the ones apply is sure of
                spans = [(origin[start], origin[end - 1] + 1)
                         for start, end in protected_date_candidates(view, date, month_context)]
                found += [(start, end, kind, "protected date") for start, end in with_the_weekday_after(text, spans)]
        return found

    def _misspelt(self, text: str) -> list[tuple[int, int, str, str]]:
        """A listed name with a typo ("Oksnaa", "Gurpreet Dhilon"), as apply reads it (``redact.misspellings``)."""
        view = self.misspellings.corrected_view(text) if self.misspellings else None
        if view is None:
            return []
        corrected, origin, corrected_words = view
        out: list[tuple[int, int, str, str]] = []
        for match in self.names.find_folded(fold(corrected), plural_ok=_plural_ok,
                                            plural_after_the_ok=_family_plural_ok,
                                            bare_s_ok=lambda payload, word, a, b: _bare_s_ok(payload, word,
                                                                                             corrected, a, b),
                                            span_ok=lambda start, end: initial_stands_alone(corrected, start, end)):
            if counts(corrected, match.start, match.end, corrected_words, self._name_words):
                kind, value, _ = match.payload
                out.append((origin[match.start], origin[match.end - 1] + 1, kind, value))
        return out

    def _broad_spans(self, text: str, folded, judged: list[tuple[int, int]],
                     views: bool = True) -> list[tuple[int, int, str, str]]:
        """What the precise reading above cannot see: names inside CamelCase, file names and addresses
        ("JoannePryor", "joanne_pryor.docx", "JOANNEPRYOR"), written letter by letter or in dotted letters
        ("J o a n n e", "J.P." when "JP" is listed) and split by a hyphen at a line end ("Pry-\nor").
        Deliberately broad: a few false alarms, which apply then replaces, rather than a miss."""
        letters = _NOT_ALPHANUMERIC.sub("", folded.text)
        if self.letters is not None and not (views and has_joined_view(text)) and \
                (not len(self.letters) or next(self.letters.iter(letters), None) is None):
            # Folding goes character by character, and the split view only adds spaces and turns joiners into
            # spaces: its letters and digits, folded, are the text's. A form found in it, or in the letters
            # alone below, has all its letters and digits in a row in ``letters``. Most texts of a redacted
            # document hold none: their views are not made (a tenth of a cold verify). The joined view leaves
            # characters out ("Ⅻ" in "J o a Ⅻ n n e"): a text that has one is always read in full.
            return []
        found: list[tuple[int, int, str, str]] = []
        for view, origin in broad_views(text) if views else ():
            for match in self.names.find_folded(fold(view), extra_boundaries=IDENTIFIER_BOUNDARIES,
                                                plural_ok=_plural_ok,
                                                plural_after_the_ok=_family_plural_ok,
                                                bare_s_ok=lambda payload, word, a, b, view=view: _bare_s_ok(
                                                    payload, word, view, a, b)):
                start, end = origin[match.start], origin[match.end - 1] + 1
                # the letters a view left out just after the name are the name's: a stretched last letter, kisses
                # run on ("Amaaaa", "Emekaxx"); what it left out between letters written apart is no letter
                next_kept = origin[match.end] if match.end < len(origin) else len(text)
                while end < next_kept and text[end].isalpha():
                    end += 1
                if self._covered(start, end, judged, found) or CLAUSE_BREAK.search(text, start, end):
                    continue
                kind, value, variant = match.payload
                if variant.single_word and spelt_as_a_function_word(variant.text, text[start:end]):
                    continue
                # an ordinary word ("will", "grace") is a name here only when written with a capital
                if variant.single_word and variant.key in self.ambiguous and not text[start:end][:1].isupper():
                    continue
                found.append((start, end, kind, value))
        if len(self.joined):
            squeezed: list[int] | None = None    # where each of ``letters`` is in the folded text: only on a find
            for end_index, (length, payload) in self.joined.iter(letters):
                if squeezed is None:
                    squeezed = [i for i, c in enumerate(folded.text) if c.isalnum()]
                first, last = end_index - length + 1, end_index
                start = folded.origin[squeezed[first]]
                end = folded.end_of(squeezed[last])
                # only words written with nothing between them: "Jo. Pryor" across a sentence end is two finds
                if not (word_starts(text, start) and word_ends(text, end)) or \
                        any(c.isspace() or c in ".,;:!?" for c in text[start:end]):
                    continue
                if self._covered(start, end, judged, found):
                    continue
                kind, value, _ = payload
                found.append((start, end, kind, value))
        return found

    def _at_identifier_edges(self, text: str, folded, start: int, end: int,
                             found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A listed name glued to a word at the start or end of an identifier's word in ``text[start:end]``
        ("Quinterostatement", "HOLLINSBURYVISIT"), as apply reads it (``redact.glued.at_identifier_edge``)."""
        out: list[tuple[int, int, str, str]] = []
        if not self.names.holds_any(folded, MIN_GLUED_NAME):
            return out
        for word in identifier_words(text, start, end):
            for match in self.names.find_inside(folded, word[0], word[1], MIN_GLUED_NAME):
                kind, value, variant = match.payload
                if glueable(variant) and at_identifier_edge(text, word, match.start, match.end) \
                        and written_with_its_marks(variant.text, text[match.start:match.end]) \
                        and not any(a < match.end and match.start < b for a, b, _, _ in found + out):
                    out.append((match.start, match.end, kind, value))
        return out

    def field_code_spans(self, text: str, marks: Iterable[tuple[int, int, str]],
                         spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """A paragraph's field codes are identifiers, though read with its text ("REF Quinterostatement \\h"): a
        listed name glued to a word there counts, as apply reads the instructions (``_at_identifier_edges``)."""
        codes = [(s, e) for s, e, label in marks if "field code" in label]
        if not codes:
            return []
        folded = fold(text)
        extra: list[tuple[int, int, str, str]] = []
        for start, end in codes:
            extra += self._at_identifier_edges(text, folded, start, end, spans + extra)
        return extra

    @staticmethod
    def _covered(start: int, end: int, judged, found) -> bool:
        """Already looked at by the precise reading (found, or judged an ordinary word), or already found."""
        return any(s <= start and end <= e for s, e in judged) or \
            any(s <= start and end <= e for s, e, _, _ in found)

    def masked_location(self, location: str) -> str:
        """A part or file name can hold a name ("word/media/JoannePryor.png"): that piece of it is masked."""
        pieces = re.split(r"([\s/!<>]+)", location)
        return "".join(MASK if index % 2 == 0 and len(piece) > 1 and not piece.isdigit() and self.spans(piece, True)
                       else piece for index, piece in enumerate(pieces))

    def leaks_in(self, location: str, text: str, *, identifier: bool = False, broad: bool | str = True,
                 number_lines: bool = False,
                 first_line: int = 1, marks: Iterable[tuple[int, int, str]] = (),
                 month_context=CONTEXT_UNKNOWN, parts_of: Iterable[str] = ()) -> list[Leak]:
        spans = self.spans(text, identifier, broad, month_context)
        if not identifier and marks:
            spans = sorted(spans + self.field_code_spans(text, marks, spans))
        if parts_of and text.strip():
            # a part of a protected date written across a table row's cells ("3" | "November" | "2022")
            start = len(text) - len(text.lstrip())
            spans = sorted(set(spans) | {(start, start + len(text.strip()), kind, "protected date")
                                         for kind in parts_of})
        every = [(s, e) for s, e, _, _ in spans]
        leaks = []
        for start, end, kind, value in spans:
            where = location
            if number_lines:
                where += f", line {first_line + text.count(chr(10), 0, start)}"
            where = self.masked_location(where)
            labels = [label for s, e, label in marks if s < end and start < e]
            if labels:
                where += f" [{'; '.join(dict.fromkeys(labels))}]"
            leaks.append(Leak(where, kind, value, mask_context(text, start, end, every, secret=self.secret)))
        return leaks
