"""Name or word: is a listed name that is also an ordinary word ("Amber", "May", "Will", "Brown") the name here?

Two questions live here, used alike by detection (``apply``) and by ``verify``:

- **Which listed words are ambiguous at all** (:func:`ambiguous_words`): the months and weekdays, the rules'
  ``detection.common_word_names``, the words the document itself uses in lower case, and any word that is
  frequent in English (wordfreq) *and* a dictionary word in lower case (the WordNet index that spaCy's
  English lemmatiser ships with the installed model). wordfreq alone cannot tell "john" from "hope", as it
  counts lower-cased text; WordNet lists proper names too, so a dictionary noun counts only when it is not
  also a popular given name (listed by several of Faker's locales). Verbs, adjectives and adverbs of the
  dictionary count whatever their popularity ("Will", "Frank", "Sunny").
- **What one occurrence is** (:class:`NameOrWord`): a three-valued :class:`Judgement` read off the sentence:
  what comes before (a title, "Dear", a day number, "in"), what follows (a surname, a possessive, a verb of
  speech, a year, the same word in lower case), where it stands (sentence start, opening quote, heading in
  capitals, a text of its own), lists of colours and months, modal questions, capitalised phrases, and, only
  where none of that decides, spaCy's part-of-speech tags for the sentence (loaded lazily, first use only; ``apply``
  only: ``verify`` never loads spaCy and reports what only the tagger could call the word).

``apply`` replaces a ``NAME``; ``verify`` reports ``NAME`` and ``UNSURE``: it leans to the name, so that what the
sentence does not clearly use as the word is either replaced or reported, never silently left.
"""
from __future__ import annotations

import calendar
import enum
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable


from .lazy_patterns import lazy

from .dates import a_count_after
from .lexicon import (HONORIFICS, KIN_ADDRESS_WORDS, PERSON_LABELS, RELATION_WORDS, WELSH_DAY_WORDS,
                      WELSH_WEEKDAY_FORMS, WELSH_WORDS)
from .nearby import nothing_after, nothing_before
from .normalise import fold_key

# --------------------------------------------------------------------------- Welsh words and days

_WELSH_WEEKDAY_KEYS = frozenset(fold_key(w) for w in WELSH_WEEKDAY_FORMS)
_WELSH_WEEKDAY_AFTER = lazy(re.compile, r"[^\S\n]+([^\W\d_]+)")
_WELSH_DAY_BEFORE = lazy(re.compile, r"(?i:\b(?:%s))[^\S\n]+$" % "|".join(sorted(WELSH_DAY_WORDS)))
_DATE_AFTER = lazy(re.compile, r"[^\S\n]*[,:–-]?[^\S\n]*\d")
_CELL_END = lazy(re.compile, r"[^\S\n]*(?:$|\n|[|\t])")
# where a sentence, a line or a cell opens, the quotes, brackets and bullets before its first word left out
_SENTENCE_OPENS = lazy(re.compile, r"(?:\A|[.!?:;\n\r\t|])[\s\"“‘'(\[*•–-]*\Z")
# Wales, as mutation writes it too ("i Gymru", "yng Nghymru"): a country, capitalised wherever it stands
_WELSH_NAMES_OF_WALES = frozenset({"cymru", "gymru", "nghymru", "chymru"})


def welsh_word_at(text: str, start: int, end: int, welsh: bool | None = None) -> bool:
    """Is the capitalised word ``text[start:end]`` a Welsh day ("ar ddydd Iau", "nos Wener", "Dydd Mawrth", a
    weekday alone in a chronology's row) or, in a sentence written in Welsh (``welsh``, read from the sentence
    around it when not given), a common Welsh word (``lexicon.WELSH_WORDS``: "Roedd", "Aeth", "Ond")?"""
    word = text[start:end]
    key = fold_key(word)
    if key in _WELSH_WEEKDAY_KEYS:
        if _WELSH_DAY_BEFORE.search(text, max(0, start - 12), start):
            return True     # "ar ddydd Iau", "nos Wener", "Dydd Mawrth"
        line_start = text.rfind("\n", 0, start) + 1
        alone = not text[line_start:start].strip(" \t|*-–:") and _CELL_END.match(text, end)
        if alone or _DATE_AFTER.match(text, end):
            return True     # "Gwener" alone in a chronology's row or cell, or before its date: "Iau 3/2/22"
    if key in ("dydd", "ddydd", "nos"):
        following = _WELSH_WEEKDAY_AFTER.match(text, end)
        if following is not None and following.group(1) in WELSH_WEEKDAY_FORMS:
            return True     # "Dydd Mawrth"
    if key not in WELSH_WORDS:
        return False
    if word[:1].isupper() and key not in _WELSH_NAMES_OF_WALES \
            and not _SENTENCE_OPENS.search(text, max(0, start - 40), start):
        return False        # capitalised inside a sentence ("Mae Mae Jones yn byw yma"): a name's, as in English
    if welsh is None:
        welsh = welsh_sentence(text, start, end)
    return welsh


_CLAUSE_END = lazy(re.compile, r"[.!?;\n\r]")
_SMALL_WORDS = lazy(re.compile, r"(?<![\w'’-])[a-zŵŷâêîôû]+(?:['’][a-z]+)?")


def welsh_sentence(text: str, start: int, end: int) -> bool:
    """Does the sentence around ``text[start:end]`` (that left out) hold, in small letters, one of Welsh's commonest
    words that no English text writes so (``mutations``' list), or one of ``lexicon.WELSH_WORDS`` of three letters or
    more that is no English word ("adref", "nos Sadwrn")?"""
    from .mutations import welsh_or_irish_sentence

    if welsh_or_irish_sentence(text, start, end):
        return True
    first = max(0, start - 200)
    first = max((m.end() for m in _CLAUSE_END.finditer(text, first, start)), default=first)
    stop = _CLAUSE_END.search(text, end, end + 200)
    last = stop.start() if stop else min(len(text), end + 200)
    return any(m.group() in WELSH_WORDS and len(m.group()) > 2 and not is_ordinary_word(m.group())
               for segment in (text[first:start], text[end:last]) for m in _SMALL_WORDS.finditer(segment))


# --------------------------------------------------------------------------- which words are ambiguous

MONTHS = frozenset(m.lower() for m in calendar.month_name if m)
WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)
SEASONS = frozenset({"spring", "summer", "autumn", "winter"})
TIME_WORDS = MONTHS | WEEKDAYS | SEASONS
# How frequent (Zipf scale: 3 = once per million words) a word must be in English for its lower-case use to
# be expected in a report. Measured (benchmarks/name_or_word_ambiguity.py): with 3.5, 98 of the 112 name-words
# of the rules' list and issue 10 are found without the list; 11 of the 452 most popular British, Irish and US
# given names are taken for words (2.4%), and 23 of 142 surnames and given names from many communities (16%,
# English surnames that WordNet lists as famous people: Wilson, Jones; and titles: Khan, Shah). Such a surname
# still reads as the name after a given name ("Tariq Khan"), capitalised mid-sentence, at a sentence start when
# the tagger sees a proper noun, and inside an address or file name (reported by verify).
ORDINARY_WORD_ZIPF = 3.5
# A name listed by four or more of Faker's locales is one people are commonly given ("Grace", "Lucas"); fewer holds
# words a few countries use as names ("Patience", "Mercy", "Villa"), which a report uses as words. Measured
# (benchmarks/name_or_word_ambiguity.py): 98 of the 112 name-words found without the hand list, 11 of the 452
# popular British, Irish and US given names taken for words (2.4%); 5 finds 100 of 112 but takes more real names
# for words, and a name taken for a word is the one that could leak.
POPULAR_GIVEN_NAME = 4


@lru_cache(maxsize=1)
def _dictionary() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns, verbs+adjectives+adverbs) of the WordNet index bundled with the installed spaCy model.

    Read straight from the model's lemmatiser lookups (a 1 MB file, 20 ms), without loading the pipeline;
    empty when no model is installed (then only the other sources decide)."""
    # The four lists are keyed by spaCy's hash of "noun", "verb", "adj", "adv"; importing spaCy to compute it costs
    # seconds, so the noun list is told apart by what it holds (only nouns hold "happiness").
    lists = _lemma_lists()
    nouns = frozenset(next((words for words in lists if "happiness" in words), ()))
    others = frozenset(w for words in lists if "happiness" not in words for w in words)
    return nouns, others


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """The verbs of the same WordNet index (the list that holds "eat" and not "happiness" or "quickly")."""
    lists = _lemma_lists()
    return frozenset(next((words for words in lists if "eat" in words and "happiness" not in words
                           and "quickly" not in words and "happy" not in words), ()))


@lru_cache(maxsize=1)
def _lemma_lists() -> tuple[frozenset[str], ...]:
    """The word lists of the lemmatiser's WordNet index, one a part of speech; none when no model is installed."""
    return tuple(frozenset(words) for words in (_lookup_tables().get("lemma_index") or {}).values())


@lru_cache(maxsize=1)
def _lookup_tables() -> dict:
    """The lemmatiser's lookups of the installed model (its WordNet index and exceptions); empty without a model."""
    path = _lookups_path()
    if path is None:
        return {}
    try:
        import msgpack     # what srsly wraps; srsly itself takes a second to import
    except ImportError:    # pragma: no cover
        from srsly import msgpack
    return msgpack.unpackb(path.read_bytes(), raw=False, strict_map_key=False)


@lru_cache(maxsize=1)
def _irregular_verb_forms() -> dict[str, str]:
    """Each irregular form of a verb and its verb ("went": "go", "broke": "break", "stabbed": "stab"): the
    lemmatiser's exceptions for verbs (the table that holds "went")."""
    tables = (_lookup_tables().get("lemma_exc") or {}).values()
    verbs: dict = next((table for table in tables if "went" in table and "happier" not in table), {})
    return {form: lemmas[0] for form, lemmas in verbs.items() if lemmas}


_REGULAR_VERB_ENDINGS = (("ing", ""), ("ing", "e"), ("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""),
                         ("es", ""), ("s", ""))


@lru_cache(maxsize=4096)
def verb_of(form: str) -> str | None:
    """The verb of the dictionary ``form`` (in small letters) is a form of ("lived": "live", "went": "go",
    "sleeping": "sleep"), or None."""
    irregular = _irregular_verb_forms().get(form)
    if irregular:
        return irregular
    verbs = _verbs()
    if form in verbs:
        return form
    for ending, replacement in _REGULAR_VERB_ENDINGS:
        if form.endswith(ending) and len(form) > len(ending) + 1:
            stem = form[:-len(ending)] + replacement
            if stem in verbs:
                return stem
    return None


def _lookups_path():
    """The lemmatiser lookups of the first installed model, found on disk without importing or loading it."""
    import importlib.util
    import os
    from pathlib import Path

    from .detect.model import BUNDLED_MODELS, SPACY_PACKAGES

    requested = os.environ.get("REDACT_SPACY_MODEL")
    for name in ([requested] if requested else []) + [*BUNDLED_MODELS, *SPACY_PACKAGES]:
        if Path(name).is_dir():
            folders = [Path(name)]
        else:
            try:
                spec = importlib.util.find_spec(name)
            except (ImportError, ValueError):
                continue
            if spec is None or not spec.submodule_search_locations:
                continue
            folders = [Path(f) for f in spec.submodule_search_locations]
        for folder in folders:
            found = sorted(folder.glob("**/lemmatizer/lookups/lookups.bin"))
            if found:
                return found[0]
    return None


@lru_cache(maxsize=8192)
def given_name_popularity(word: str) -> int:
    """How many countries (Faker's locales) list ``word`` as a given name: 0 for a word nobody is named."""
    from .given_name_genders import given_name_countries

    return given_name_countries(word)


# The plurals English makes without an s, which the dictionary's lemmas leave out: "Women" of "Dunholt Women's
# Refuge" once became "Person 2's Refuge"; they and their possessives ("Children's", "Womens") are words, no names
IRREGULAR_PLURALS = frozenset({"women", "men", "children", "people", "geese", "mice", "teeth", "feet", "oxen"})


@lru_cache(maxsize=8192)
def is_ordinary_word(word: str) -> bool:
    """Is the folded ``word`` an English word a report may well use in lower case ("hope", "brown")?

    Read from ``redact/data/ordinary_words.txt``, which tools/build_data.py makes with :func:`computed_ordinary_words`
    (the model's dictionary, wordfreq and Faker take seconds to load; ``verify`` runs without them)."""
    from .data.tables import entry

    key = fold_key(word)
    return key in MONTHS or key in WEEKDAYS or entry("ordinary_words.txt", key) is not None \
        or re.sub(r"['’]?s$", "", key) in IRREGULAR_PLURALS or key in IRREGULAR_PLURALS


def computed_ordinary_words() -> tuple[set[str], str]:
    """(every dictionary word :func:`is_ordinary_word` takes, the model whose dictionary was read): build time only."""
    path = _lookups_path()
    if path is None:
        raise LookupError("no spaCy model with a lemmatiser dictionary is installed")
    import json

    nouns, others = _dictionary()
    meta_path = path.parents[2] / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    model = f"{meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '?')}"
    return {key for key in nouns | others if _computed_ordinary_word(key)}, model


def _computed_ordinary_word(key: str) -> bool:
    from wordfreq import zipf_frequency

    if key in MONTHS or key in WEEKDAYS:
        return True
    nouns, others = _dictionary()
    if key not in others and key not in nouns:
        return False     # checked first: wordfreq takes two seconds to load its list
    if " " in key or zipf_frequency(key, "en") < ORDINARY_WORD_ZIPF:
        return False
    if key in others:
        return True
    return given_name_popularity(key) < POPULAR_GIVEN_NAME


ENGLISH_WORD_ZIPF = 3.0


@lru_cache(maxsize=8192)
def _english_word(key: str) -> bool:
    """Is ``key`` at least once per million words of English? A single word is looked up in the list shipped from
    wordfreq (redact/data/english_words.txt); only a joined form ("well-being") needs wordfreq itself, and without
    it (a light verify install) counts as no English word, which makes verify report more, never less."""
    from .data.tables import english_words

    if key in english_words():
        return True
    if key.isascii() and key.isalpha():
        return False
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return False
    return zipf_frequency(key, "en") >= ENGLISH_WORD_ZIPF


def ambiguous_words(keys: Iterable[str], common_word_names: Iterable[str] = (),
                    lowered: Iterable[str] | None = None, name_words: Iterable[str] = ()) -> set[str]:
    """The folded listed single words that may be the ordinary word in a sentence.

    Always: the months and weekdays and the rules' ``common_word_names``. With the document's own lower-case
    words (``lowered``, what ``apply`` knows): those of them that are ordinary words; a name the document never
    writes in lower case is the name in every capitalised form, and a lower-case typo of a surname ("okafor")
    stays a name. Without them (``verify``, which reads an output that should hold none of the names): every
    frequent dictionary word (:func:`is_ordinary_word`), so that an ordinary use apply rightly kept is not
    reported."""
    listed = {fold_key(k) for k in keys}
    always = {fold_key(w) for w in common_word_names}
    # a person's name word that is a title or a report's capitals too ("Di" of Diane: "DI Smith"; "Judge" of Eve
    # Judge: "Judge Evans"; "Ed": "attended ED"): judged in its sentence whatever the document does. Not a place's
    # letters the rules give ("BBC" of Ballyrowan Borough Council): the author's, replaced wherever written
    people = {fold_key(w) for w in name_words}
    out = {k for k in listed if k in always or k in MONTHS or k in WEEKDAYS
           or k in people and (k in _title_words() or k in _report_capitals())}
    if lowered is None:
        return out | {k for k in listed - out if is_ordinary_word(k)}
    used = {fold_key(w) for w in lowered}
    return out | {k for k in listed - out if k in used and is_ordinary_word(k)}


# --------------------------------------------------------------------------- one occurrence

# The judgements (``NameOrWord.judge``'s reasons) in which the sentence itself uses a word as a name, whatever the
# draft does elsewhere: what ``NameOrWord.judge_short_form`` takes
_A_SENTENCE_USES_IT_AS_A_NAME = ("possessive", "title before", "a listed name after", "a verb of speech after",
                                 "a greeting or sign-off before", "a name addressed or introduced",
                                 "a verb of speech or action after", "a verb in the past tense after",
                                 "capitalised in the middle of a sentence")

class Reading(enum.Enum):
    NAME = "name"
    WORD = "word"
    UNSURE = "unsure"


@dataclass(frozen=True)
class Judgement:
    """What one occurrence of an ambiguous listed word is, and why (the reason is for tests and debugging)."""

    reading: Reading
    reason: str

    @property
    def replaced_by_apply(self) -> bool:
        return self.reading is Reading.NAME

    @property
    def reported_by_verify(self) -> bool:
        return self.reading is not Reading.WORD


def _name(reason: str) -> Judgement:
    return Judgement(Reading.NAME, reason)


def _word(reason: str) -> Judgement:
    return Judgement(Reading.WORD, reason)


def _unsure(reason: str) -> Judgement:
    return Judgement(Reading.UNSURE, reason)


# Words that follow a person who is the subject of the sentence ("Amber chose", "May may find", "Hope never").
SPEECH_AND_ACTION = frozenset("""
said says told tells asked explained reported described recalled remembered stated disclosed wrote
was is had has would could did does went called rang phoned texted moved lived left returned attended
met arrived visited contacted agreed refused felt wanted became began started and who whose chose
will can cannot should might must may shall thinks thought knew knows saw sees took takes gave gives
never also always still often later then didn't doesn't wasn't isn't hasn't hadn't won't can't couldn't wouldn't
""".split())
SALUTATIONS = frozenset({"dear", "hi", "hello", "love", "from", "thanks"})
# the words that make the next word in small letters a common noun ("the guy said", "a bill came", "some guy rang"),
# whatever verb follows; not the possessives ("tell her amber said hi" names Amber)
_DETERMINERS = frozenset("a an the this that these those some any every each no another such".split())
# what a person does and an ordinary word does not: "amber said" in a quoted text message is the name
SPEECH_VERBS = frozenset("""
said says told tells asked asks texted texts rang rings phoned phones messaged replied replies shouted screamed
wrote writes called calls spoke speaks explained disclosed stated agreed refused went came moved lived returned
attended
""".split())
# "confided in May", "trust in May": "in" that takes a person
PERSON_IN = frozenset({"confided", "confide", "confides", "trust", "trusted", "believed", "believe", "interest",
                       "interested", "confidence", "faith"})
MODALS = frozenset({"will", "may", "might", "can", "must", "shall"})
# Words after which a month, weekday or season is the time ("in May", "last Summer", "until Friday"). Not "after",
# "before", "from", "about", "of", "by", "on": "after May left", "a text from May", "worried about May" are the
# name; a month after those is the time only with a day or year, which the date checks see.
TIME_BEFORE = frozenset("""
in during since until till throughout early late mid last next this every each circa c
""".split())
WEEKDAY_BEFORE = frozenset({"on", "by", "from", "before", "after", "until", "till", "since", "every", "each",
                            "last", "next", "this"})
TIME_NOUNS = frozenset({"end", "start", "beginning", "middle", "month", "week", "weekend", "morning", "afternoon",
                        "evening", "night"})
# after "the" and before these, a word in small letters is a family's name too ("the campbell family r scum", as a
# message writes it); not the other family nouns, which a colour or an adjective also stands before ("the brown house")
_FAMILY_ONLY = frozenset({"family", "families", "household", "clan", "family's", "family’s"})
# "the Brown family", "the Hill children": a surname before these names the family
FAMILY_NOUNS = frozenset({"family", "families", "household", "households", "children", "child", "siblings",
                          "brothers", "sisters", "parents", "twins", "couple", "boys", "girls", "kids", "home",
                          "house", "residence", "case", "relatives", "clan", "family's"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "each", "every", "any", "no", "our",
                         "their", "its"})
PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she", "it", "there", "this", "that", "the", "a", "an",
                      "agencies", "staff", "professionals", "services", "anyone", "someone", "practitioners"})
# Colours: a closed class, short enough to name. A colour listed with another colour is a colour ("Red, Amber,
# Green"), and RAG ratings are everywhere in agency reports.
COLOURS = frozenset("""
red amber green white black brown grey gray blue yellow orange pink purple violet rose ruby jade olive hazel
ivory pearl gold silver scarlet crimson cream indigo
""".split())
RATING_COLOURS = frozenset({"red", "amber", "green", "blue", "yellow", "orange", "purple", "pink", "grey", "gray"})
_RATING_STATUS = lazy(re.compile,
                      r"\s*[–—:/-]\s*(?:in progress|not started|on track|off track|complete|completed|ongoing|"
                      r"open|closed|overdue|delayed|achieved|partially|not met|met|outstanding|pending)\b",
                      re.IGNORECASE)
# the number a noun is labelled with ("Ward 7", "Page 12", "Bay 3A"): never a person's, whose number is an age or a
# year and follows a comma or a bracket
_NUMBER_LABEL = lazy(re.compile, r"\d{1,3}[A-Za-z]?")
_SENTENCE_END = set(".!?:;•\n\t|")
_OPENERS = set("\"'“‘(«[")
_LIST_PUNCTUATION = lazy(re.compile, r"^\s*[,/&+–—-]\s*$")
_LIST_WORDS = frozenset({"and", "or", "to", "through", "till", "until"})
_DATE_AFTER = lazy(re.compile, r"^[\s,.-]*(?:(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b(?![.:/]\d)|(?:1[89]|20)\d\d\b|['’]\d\d\b)",
                         re.IGNORECASE)
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                  "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth").split()
_DAY_BEFORE = lazy(re.compile, r"\b(?:[12]?\d|3[01])(?:st|nd|rd|th)?(?:\s+of)?(?:\s+|\s*-\s*)$"
                               r"|\b(?:(?:twenty|thirty)[\s-]?)?(?:" + "|".join(_ORDINAL_WORDS) + r")\s+of\s+$",
                               re.IGNORECASE)



def _listed_with(text: str, start: int, end: int, with_links: bool = False) -> list:
    """The words listed with this one on either side: across ', ' '/' '-' '&' or 'and', 'or', 'to'
    ("Red, Amber, Green", "Amber and Green", "May to July", "Monday/Tuesday"); with the link if asked."""
    out = []
    word, gap = next_word(text, end)
    if word and _LIST_PUNCTUATION.match(gap):
        out.append((word, gap.strip()))
    elif word.lower() in _LIST_WORDS and gap.strip() in ("", ","):
        following, gap2 = next_word(text, end + len(gap) + len(word))
        if following and not gap2.strip():
            out.append((following, word.lower()))
    word, gap = previous_word(text, start)
    if word and _LIST_PUNCTUATION.match(gap):
        out.append((word, gap.strip()))
    elif word.lower() in _LIST_WORDS and not gap.strip():
        preceding, gap2 = previous_word(text, start - len(gap) - len(word))
        if preceding and gap2.strip() in ("", ","):
            out.append((preceding, word.lower()))
    return out if with_links else [w for w, _ in out]


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _report_capitals_as_written() -> frozenset[str]:
    """The capitals as the report writes them ("ED", "ToR", "NINO"), two letters or more."""
    from .initials import report_acronyms

    return frozenset(word for word in report_acronyms() if sum(map(str.isupper, word)) >= 2)


@lru_cache(maxsize=1)
def _report_capitals() -> frozenset[str]:
    """The folded capitals a report writes for a service, a role or a thing ("ED", "MD", "LA": ``acronyms.txt``)."""
    from .initials import report_acronyms

    return frozenset(fold_key(word) for word in report_acronyms())


@lru_cache(maxsize=1)
def _capitals_only_titles() -> frozenset[str]:
    from .variants import CAPITALS_ONLY_TITLES

    return CAPITALS_ONLY_TITLES


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    from .variants import NAME_TITLES

    return frozenset(fold_key(t.split()[-1]) for t in NAME_TITLES)


def previous_word(text: str, start: int) -> tuple[str, str]:
    """The word before ``start`` and the characters between it and ``start``."""
    i = start
    while i > 0 and not text[i - 1].isalnum():
        i -= 1
    gap = text[i:start]
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "'’-."):
        j -= 1
    return text[j:i], gap


def next_word(text: str, end: int) -> tuple[str, str]:
    """The word after ``end`` and the characters between ``end`` and it."""
    i = end
    while i < len(text) and not text[i].isalnum():
        i += 1
    gap = text[end:i]
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] in "'’-"):
        j += 1
    return text[i:j].rstrip("'’-"), gap


def breaks(gap: str) -> bool:
    """Punctuation between two words that ends a phrase (a comma, a full stop, a line break...)."""
    return any(c in _SENTENCE_END or c in ",()[]\"“”" for c in gap)


def sentence_start(text: str, start: int) -> int | None:
    """Where the sentence begins if the word at ``start`` opens it (after quotes, brackets, list markers)."""
    i = start
    while i > 0 and (text[i - 1].isspace() and text[i - 1] not in "\n\t" or text[i - 1] in _OPENERS):
        i -= 1
    if i == 0 or text[i - 1] in _SENTENCE_END:
        return i
    # "1." / "a)" list markers and headings numbered "3.2"
    if re.search(r"(^|\s)(\d+(\.\d+)*|[a-z]|[ivx]+)[.)]\s*$", text[max(0, i - 8):i]):
        return i
    return None


def _list_marker_before(text: str, start: int) -> bool:
    """"2. May spoke" after "...2021.": a number with a full stop or bracket that opens a line or a sentence."""
    return bool(re.search(r"(?:^|\n|[.!?]\s)\s*\(?\d{1,2}[.)]\s+$", text[max(0, start - 12):start]))


def _sentence_end(text: str, end: int) -> int:
    for index in range(end, len(text)):
        abbreviation_dot = text[index] == "." and index + 1 < len(text) and text[index + 1].isalnum()
        if text[index] in ".!?\n\t|" and not abbreviation_dot:
            return index + 1
    return len(text)


# A quoted text message writes names in small letters ("ok jack x", "wheres grace", "grace answer ur phone",
# "dont tell rose"): in such a message, a listed word is the name where it is spoken to, greeted, asked after or
# told something, or does something. Many such names are verbs too ("hope ur ok", "will do", "may i"), so a
# word next to it decides only where a verb would not stand there.
# Words before a name that ends the message ("ok jack x", "love u jack", "wheres grace")
_BEFORE_A_CLOSING_NAME = frozenset("""
hi hiya hey hello heya yo ok okay k love luv thanks thx ta bye night nite morning sorry miss missing tell ask call
ring text phone wheres where's seen see meet kill hurt hate hit u you ya and nd me
""".split())
# Words before a name inside the message, with more after it ("tell jack im leaving", "hi jack where r u")
_TELLING_BEFORE = frozenset("""
tell ask call ring text phone wheres where's meet hi hiya hey hello heya yo kill hurt hate
""".split())
# Words after a name that opens the message ("grace answer ur phone", "jack is coming round"): not after a
# modal or a verb ("will u", "hope ur ok")
_AFTER_AN_OPENING_NAME = frozenset("""
where wheres answer pick ring call text come get dont don't please pls plz
""".split()) | (SPEECH_AND_ACTION - MODALS - {"and", "also", "then", "later", "never", "always", "still", "often"})
# "you are" as messages write it, after a name spoken to ("lan ur dead", "wei u r a liar")
_YOU_ARE = frozenset({"ur", "u", "r", "youre", "you're", "ure"})
_QUOTE_PAIRS = {"\"": "\"", "“": "”", "‘": "’", "«": "»"}
# a message ends its quote with kisses, laughter or an emoji after the name ("ok jack x", "love u jack xx")
_MESSAGE_TAIL = lazy(re.compile, r"^[\s!?.,]*(?:(?:x+|xo+|lol|haha+)\b[\s!?.,]*)?(?:[^\w\s]{0,4})$", re.IGNORECASE)


# A line of a chat, SMS or WhatsApp export: "Mum ❤️: lan where r u", "[12/03/2021, 22:14] Dad: ...",
# "12/03/2021, 22:14 - Dad: ...". The sender is a few words (names, emoji), not a sentence; its text is a message as
# a quoted one is.
_CHAT_LINE = lazy(re.compile,
    r"[ \t]*(?:\[[^\]\n]{4,40}\][ \t]*|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}(?::\d{2})?"
    r"(?:[ \t]*[ap]\.?m\.?)?[ \t]*[-–][ \t]*)?"
    r"[^\s:\"“”'‘’\[\]][^:\n\"“”]{0,29}?:[ \t]+", re.IGNORECASE)
_LONGEST_SENDER_WORDS = 4


def _chat_line_around(text: str, start: int) -> tuple[int, int] | None:
    """The message of the chat export line holding ``start`` (from after "Sender: " to the line's end), or None."""
    line_start = text.rfind("\n", 0, start) + 1
    # the line's start, or a sentence's end before it: 'The chat was saved as "Mum ❤️". Mum ❤️: lan where r u'
    openings = [line_start] + [m.end() for m in _A_SENTENCE_ENDS.finditer(text, line_start, start)]
    for opening in reversed(openings):
        line = _CHAT_LINE.match(text, opening)
        if line is None or line.end() > start:
            continue
        sender = text[opening:line.end()].rsplit("]", 1)[-1].rsplit(" - ", 1)[-1]
        if len(sender.split()) > _LONGEST_SENDER_WORDS or any(mark in sender for mark in ".!?"):
            continue
        line_end = text.find("\n", start)
        return line.end(), len(text) if line_end < 0 else line_end
    return None


_A_SENTENCE_ENDS = lazy(re.compile, r"[.!?][\"”’')]?[ \t]+")


def _quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quoted passage (its text between the marks) holding ``start:end``, on one line and within 200
    characters, or the message of a chat export line, or None."""
    quoted = _quoted_around(text, start, end)
    return quoted if quoted is not None else _chat_line_around(text, start)


def _quoted_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    line_start = max(text.rfind("\n", 0, start), text.rfind("\t", 0, start)) + 1
    for opening, closing in _QUOTE_PAIRS.items():
        at = text.rfind(opening, max(line_start, start - 200), start)
        if at < 0:
            continue
        if opening == closing and text.count(opening, line_start, at) % 2:
            continue     # that mark closes an earlier quote
        if opening != closing and text.find(closing, at + 1, start) >= 0:
            continue
        close = text.find(closing, end, end + 200)
        newline = text.find("\n", end)
        if close >= 0 and (newline < 0 or close < newline):
            return at + 1, close
    # a straight single quote, told from an apostrophe ("ur", "don't") by what stands beside it
    openings = list(_SINGLE_QUOTE_OPENING.finditer(text, max(line_start, start - 200), start + 1))
    if openings:
        shut = _SINGLE_QUOTE_CLOSING.search(text, end, min(len(text), end + 200))
        newline = text.find("\n", end)
        if shut and (newline < 0 or shut.start() < newline):
            return openings[-1].end(), shut.start()
    return None


_SINGLE_QUOTE_OPENING = lazy(re.compile, r"(?:(?<=^)|(?<=[\s(:,]))'(?=\w)")
_SINGLE_QUOTE_CLOSING = lazy(re.compile, r"(?<=[\w!?.,])'(?=[\s,.;:!?)]|$)")


def _named_in_a_quoted_message(text: str, start: int, end: int, before_key: str, before_gap: str,
                               after_key: str, after_gap: str) -> str | None:
    """Why a small-letter listed word is the name inside a quoted message, or None (a word, or not quoted)."""
    key = fold_key(text[start:end])
    quote = _quote_around(text, start, end)
    if quote is None:
        return None
    first = not text[quote[0]:start].strip(" ,.!?-")
    last = bool(_MESSAGE_TAIL.match(text[end:quote[1]]))
    before_key = before_key.lstrip("'’‘")      # "'bye rose": the quote's mark is no part of the word
    joined_before = bool(before_key) and not breaks(before_gap) and not first
    joined_after = bool(after_key) and not breaks(after_gap.replace(",", "")) and not last
    if joined_before and before_key in DETERMINERS | {"his", "her", "my", "your", "ur", "a", "of", "some"}:
        return None      # "the rose", "by the grace of God", "a jack"
    if last and joined_before and before_key in _BEFORE_A_CLOSING_NAME:
        return "small letters ending a quoted message, greeted or asked after (\"ok jack x\", \"wheres grace\")"
    if joined_before and before_key in _TELLING_BEFORE and joined_after \
            and after_key in _AFTER_AN_OPENING_NAME | {"im", "i'm", "u", "you", "ur", "to", "that", "i"}:
        return "small letters in a quoted message, greeted or told something (\"tell jack im leaving\")"
    if first and joined_after and after_key in _AFTER_AN_OPENING_NAME:
        return "small letters opening a quoted message, spoken to or doing something (\"grace answer ur phone\")"
    if first and joined_after and after_key in _YOU_ARE and key not in _verbs() and key not in MODALS:
        # "lan ur dead" is "Lan, you're dead"; a verb or modal before "ur" is no name ("hope ur ok", "will u")
        return "small letters opening a quoted message, spoken to (\"lan ur dead\"), and no English verb"
    others = [fold_key(word) for word in _MESSAGE_WORDS.findall(text, quote[0], start)
              + _MESSAGE_WORDS.findall(text, end, quote[1])]
    if len(others) >= 2 and 2 * sum(not _english_word(word) for word in others) >= len(others):
        # "zeynep memo yine bagiriyor", "tomek gdzie jestes": half the message's other words or more are no English
        # words (the shipped list, as light verify reads it): a message of another language, where the English
        # word the listed name also is has no place
        return "small letters in a quoted message of another language (\"zeynep memo yine bagiriyor\")"
    return None


_MESSAGE_WORDS = lazy(re.compile, r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _in_identifier(text: str, start: int, end: int) -> bool:
    """Joined to an e-mail address, a web address or a file name by . @ _ / or a digit."""
    before, after = text[start - 1:start], text[end:end + 2]
    joined_before = before and (before in "@_/\\" or before.isdigit()
                                or before == "." and text[start - 2:start - 1].isalnum())
    joined_after = after[:1] in ("@", "_", "/") or after[:1].isdigit() or after[:1] == "." and after[1:2].isalnum()
    return bool(joined_before or joined_after)


# Notes, messages and table rows write names in small letters ("lan was seen by the HV", "Note: reid attended",
# "| khan | perpetrator |", "[22:14] lan: where r u"). A listed word that is also a word of the dictionary ("lan" of
# LAN, "reid" and "khan" of the people WordNet lists, "hope", "will", "wolf") is the name there where English would
# not write the word: as a bare subject opening a clause before a verb a person does, alone in a cell or a line,
# or as a chat line's sender. The word as English writes it in small letters ("it will be", "a mark on her arm",
# "the office lan was down", "i hope ur ok") has a subject or a determiner before it, or no verb of a person after.
# Months, weekdays, seasons and colours open a clause as the time or the rating ("may was busy", "amber went to
# red", "spring came"): they are the name there only before what only a person does (``_ONLY_A_PERSON_DOES``).
_CLAUSE_OPENING_WORDS = frozenset("""
said says and but when because if until while after before since so once though although whether unless whereas
say cuz cos coz bc cause
""".split())
# (translated statements and messages: "Witness say lan was crying", "cuz lan was scared", "bogdan & lan argued")
_AND_SIGNS = frozenset({"&", "+"})
# Verbs whose object is a person and hardly ever a thing or a feeling, in every form: a listed dictionary word in
# small letters straight after one, with no determiner, is the person ("officers spoke to lan", "he hit khan again",
# "the PC arrested nguyen at 02:10"), as English writes no bare singular noun there. Not the verbs that take things
# too ("found hope", "gave hope", "took will power", "saw long queues", "left park", "abused crystal for years",
# "drove wood to the tip"), and the person's verbs with a
# preposition only with it ("spoke to", "argued with"; not "spoke with", "lived with": "spoke with patience about",
# "lived with hope that" are the feelings).
_PERSON_OBJECT_VERBS = frozenset(f"{stem}{ending}" for stem, endings in (
    ("tell", ("", "s", "ing")), ("told", ("",)), ("warn", ("", "s", "ed", "ing")),
    ("phone", ("", "s", "d")), ("phoning", ("",)), ("text", ("", "s", "ed", "ing")),
    ("message", ("", "s", "d")), ("messaging", ("",)), ("email", ("", "s", "ed", "ing")),
    ("hit", ("", "s", "ting")), ("punch", ("", "es", "ed", "ing")), ("kick", ("", "s", "ed", "ing")),
    ("slap", ("", "s", "ped", "ping")), ("push", ("", "es", "ed", "ing")), ("shove", ("", "s", "d")),
    ("grab", ("", "s", "bed", "bing")), ("strangle", ("", "s", "d")), ("strangling", ("",)),
    ("choke", ("", "s", "d")), ("choking", ("",)), ("threaten", ("", "s", "ed", "ing")),
    ("arrest", ("", "s", "ed", "ing")), ("interview", ("", "s", "ed", "ing")), ("contact", ("", "s", "ed", "ing")),
    ("attack", ("", "s", "ed", "ing")), ("stab", ("", "s", "bed", "bing")), ("assault", ("", "s", "ed", "ing")),
    ("kill", ("", "s", "ed", "ing")), ("murder", ("", "s", "ed", "ing")), ("rape", ("", "s", "d")),
    ("beat", ("", "s", "en", "ing")), ("hurt", ("", "s", "ing")),
    ("harass", ("", "es", "ed", "ing")), ("stalk", ("", "s", "ed", "ing")), ("blame", ("", "s", "d")),
    ("accuse", ("", "s", "d")), ("kiss", ("", "es", "ed", "ing")), ("hug", ("", "s", "ged", "ging")),
    ("marry", ("",)), ("married", ("",)), ("divorce", ("", "s", "d")), ("date", ("d",)),
    ("visit", ("", "s", "ed", "ing")), ("meet", ("", "s", "ing")), ("met", ("",)), ("thank", ("", "s", "ed")),
    ("wake", ("", "s")), ("woke", ("",)), ("follow", ("", "s", "ed", "ing")), ("persuade", ("", "s", "d")),
    ("refer", ("", "s", "red", "ring")), ("assess", ("", "es", "ed", "ing")), ("examine", ("", "s", "d")),
    ("discharge", ("d",)), ("admit", ("ted",)), ("ring", ("", "s", "ing")), ("rang", ("",)),
    ("call", ("", "s", "ed", "ing")),
) for ending in endings)
_PERSON_VERBS_WITH = {"spoke": {"to"}, "speak": {"to"}, "speaks": {"to"}, "speaking": {"to"}, "talked": {"to"},
                      "talk": {"to"}, "talking": {"to"}, "argued": {"with"}, "arguing": {"with"}, "shouted": {"at"},
                      "shouting": {"at"}, "screamed": {"at"}, "screaming": {"at"}, "yelled": {"at"},
                      "swore": {"at"}}
# what may follow a person named as an object: a stop, or a word that opens what comes after an object
_AFTER_AN_OBJECT = frozenset("""
to at in on about that and but or if whether from for again back up down out off over with twice when while after
before because since until as into outside inside by via then later yesterday today tonight who whose not never
repeatedly several many three last next this every so i im i'm he she we they u
""".split())
# A person's verb and the words that take its object, where English puts no bare singular noun but a person ("lived
# with lan", "went out with khan", "split up with reid", "was scared of jade", "i miss sunny"); each word is matched as
# written or as a verb's form ("lives", "stayed", "went", "broke"). True: the phrase takes a quality or a feeling bare
# too ("spoke with grace", "lived with hope", "scared of commitment", "i miss joy"), which stays the word.
_PERSONS_PHRASES = {
    ("live", "with"): True, ("stay", "with"): True, ("speak", "with"): True, ("talk", "with"): True,
    ("fight", "with"): True, ("sleep", "with"): False, ("go", "out", "with"): False, ("move", "in", "with"): False,
    ("split", "up", "with"): False, ("break", "up", "with"): False, ("relationship", "with"): False,
    ("next", "door", "to"): False, ("scared", "of"): True, ("frightened", "of"): True, ("afraid", "of"): True,
    ("terrified", "of"): True, ("jealous", "of"): True, ("miss",): True, ("hate",): True, ("love",): True,
    ("trust",): True,
}
# verbs that take a thing too, but a person to a place: "took lan to hospital", "drove khan home"
_TAKING_SOMEONE = frozenset({"take", "drive", "bring", "walk"})
# the virtue and feeling nouns people are named after ("Grace", "Hope", "Patience", "Comfort"), which English puts
# bare after "with", "of", "miss" as the quality ("spoke with grace", "lived with hope", "i miss joy"); with a
# quality's ending ("commitment", "dignity", "silence") the same
_QUALITY_NAMES = frozenset("""
grace hope joy faith patience mercy charity comfort love peace pride honour honor dignity courage prudence constance
felicity verity harmony serenity passion trust favour favor fortune ease care justice liberty unity chastity
temperance modesty honesty bliss glory
""".split())
_QUALITY_ENDINGS = ("ness", "ity", "ence", "ance", "ment", "ion", "dom", "hood", "ship")
# "ask" takes things too ("asked mercy from the court", "asked permission"): a person only before what is asked
_ASKING = frozenset({"ask", "asks", "asked", "asking"})
_AFTER_AN_ASKED_PERSON = frozenset("to about if whether why how what where when".split())
_A_PERSONS_VERB_AFTER = (SPEECH_AND_ACTION | SPEECH_VERBS) - MODALS - {"and", "who", "whose"}
# what a month, a season or a colour does not do ("spring came", "amber moved to red" do)
_ONLY_A_PERSON_DOES = (SPEECH_VERBS - {"went", "came", "moved", "returned", "lived"}) | frozenset("""
left met arrived visited contacted refused felt wanted chose thinks thought knew knows saw sees
""".split())
# a bullet opening a line ("- lan went to her mother's"), or a spaced dash after a label ("Update - lan phoned 101")
_BULLET_BEFORE = lazy(re.compile, r"(?:[ \t]*[-–—*][ \t]*|.*[ \t][-–—][ \t]+)")
_CELL_EDGES = "\n|\t"


def _opens_a_clause(text: str, start: int, before: str, before_gap: str) -> bool:
    """Does the small-letter word at ``start`` open a sentence, a note after a label, a bullet, or a clause after a
    conjunction or "said" ("He said lan was fine", "When jack left")?"""
    if sentence_start(text, start) is not None:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if _BULLET_BEFORE.fullmatch(text, line_start, start):
        return True
    # (not "that": "said that crystal went missing" is the crystal, as "noted that khan had" may be Khan)
    if before and before_gap.strip() in _AND_SIGNS:
        return True
    if before and before_gap.strip() in ("", ",") and _sentence_adverb(fold_key(before)) \
            and sentence_start(text, start - len(before_gap) - len(before)) is not None:
        return True     # "Maybe lan was scared.", "Apparently, khan punched her again."
    return bool(before) and not breaks(before_gap) and fold_key(before) in _CLAUSE_OPENING_WORDS


# Adverbs that open a sentence and leave its subject to follow: time and discourse adverbs of WordNet ("Then",
# "Maybe", "Yesterday") and those made with -ly ("Apparently", "Eventually"); not the ones that narrow the next
# word ("Only hope was left", "Even grace", "Nearly", "Still"), which make a noun phrase of it.
_ADVERBS_BEFORE_A_SUBJECT = frozenset("""
then now later maybe perhaps again earlier yesterday today tonight soon afterwards afterward meanwhile sometimes
once thereafter subsequently eventually apparently
""".split())
_ADVERBS_BEFORE_A_NOUN = frozenset("""
only nearly hardly barely merely early really fully partly mostly mainly largely simply exactly particularly
especially purely solely chiefly roughly approximately surely
""".split())


@lru_cache(maxsize=512)
def _sentence_adverb(key: str) -> bool:
    if key in _ADVERBS_BEFORE_A_NOUN or key not in _adverbs():
        return False
    return key in _ADVERBS_BEFORE_A_SUBJECT or len(key) > 4 and key.endswith("ly")


@lru_cache(maxsize=1)
def _adverbs() -> frozenset[str]:
    """The adverbs of the WordNet index ``_dictionary`` reads (the list that holds "quickly")."""
    return next((words for words in _lemma_lists() if "quickly" in words), frozenset())


# Structured text pasted into a draft writes a name as a field's whole value: a label's ("Victim: lan", "To: khan;
# lan", "Present: khan, lan, reid"), a record's between its commas or semicolons ("1,lan,victim,34", a CSV export
# with no space after its separators, as prose never writes), a JSON string's ("name": "lan"), an XML element's
# ("<name>lan</name>"), a link's query parameter ("?name=lan&"). English writes a label's word after the labels of
# a person only as the person.
_PERSON_FIELD_LABELS = PERSON_LABELS | RELATION_WORDS | frozenset({"cc", "bcc", "sender", "recipient", "caller",
                                                                   "present", "attendees", "participants"})
_LABEL_BEFORE_A_VALUE = lazy(re.compile, r"[ \t]*(?:[*_#>•-]+[ \t]*)?"
                                         r"(?P<label>[^\W\d_][^\W\d]*(?:[ '’-][^\W\d]+){0,3})"
                                         r"[ \t]*(?:\([^()\n]{0,20}\))?[ \t]*(?::|[ \t][-–—])[ \t]*")
_VALUE_ITEMS = lazy(re.compile, r"[ \t]*(?:[,;&/+]|\band\b)[ \t]*")
# the key of a JSON string, an XML element's name, a query parameter's (a person's when its last word is a person's
# label or a name's: "name", "victim_name", "contactName", "user", "surname")
_JSON_VALUE_BEFORE = lazy(re.compile, r"[\"'](?P<key>[\w .-]{1,30})[\"'][ \t]*:[ \t]*[\"']$")
_JSON_VALUE_AFTER = lazy(re.compile, r"[\"'][ \t]*(?:[,}\]]|$)", re.M)
_XML_ELEMENT_BEFORE = lazy(re.compile, r"<(?P<key>[\w.:-]{1,30})(?:[ \t][^<>\n]{0,80})?>$")
_QUERY_PARAMETER_BEFORE = lazy(re.compile, r"(?:^|(?<=[\s?&;]))(?P<key>[^\W\d][\w.-]{1,30})=$", re.M)
_ATTRIBUTE_BEFORE = lazy(re.compile, r"(?<=[\s<])(?P<key>[\w.:-]{1,30})=(?P<quote>[\"'])$")
_KEY_WORDS = lazy(re.compile, r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_PERSON_KEY_WORDS = _PERSON_FIELD_LABELS | frozenset({"user", "username", "contact", "surname", "forename",
                                                      "firstname", "lastname", "fullname", "given", "family"})
_BRACKETED_AFTER_AN_ITEM = lazy(re.compile, r"[ \t]*\([^()]*\)$")
_RECORD_SEPARATORS = ",;"


def _a_fields_whole_value(text: str, start: int, end: int, records: bool = True) -> str | None:
    """Why the small-letter word at ``start`` is a field's whole value in structured text, or None (``records``:
    a record's field between separators too, which names no person's field)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = len(text) if (found := text.find("\n", end)) < 0 else found
    line_end -= text[line_end - 1:line_end] == "\r"
    label = _LABEL_BEFORE_A_VALUE.match(text, line_start, start)
    if label is not None and fold_key(label.group("label").split()[-1]) in _PERSON_FIELD_LABELS:
        value = text[label.end():line_end].rstrip(" \t.")
        if any(_BRACKETED_AFTER_AN_ITEM.sub("", item).strip(" \t\"'“”‘’()[]*_") == text[start:end]
               for item in _VALUE_ITEMS.split(value)):
            return "small letters as a person's label's value (\"Victim: lan\", \"To: khan; lan\")"
    element = _XML_ELEMENT_BEFORE.search(text, max(line_start, start - 120), start)
    if element and _a_persons_key(element.group("key")) and text.startswith(f"</{element.group('key')}>", end):
        return "small letters as a person's XML element (\"<name>lan</name>\")"
    parameter = _QUERY_PARAMETER_BEFORE.search(text, max(line_start, start - 32), start)
    if parameter and _a_persons_key(parameter.group("key")) and (end == line_end or text[end] in "&#\"' \t"):
        return "small letters as a person's query parameter (\"?name=lan&\")"
    attribute = _ATTRIBUTE_BEFORE.search(text, max(line_start, start - 40), start)
    if attribute and _a_persons_key(attribute.group("key")) and text[end:end + 1] == attribute.group("quote"):
        return "small letters as a person's attribute (\"<sms contact_name=\"lan\">\")"
    key = _JSON_VALUE_BEFORE.search(text, max(line_start, start - 40), start)
    if key and _a_persons_key(key.group("key")) and _JSON_VALUE_AFTER.match(text, end):
        return "small letters as a person's JSON string (\"name\": \"lan\")"
    if not records:
        return None
    opening, closing = start, end
    if opening > line_start and text[opening - 1] in "\"'":
        opening -= 1
    if closing < line_end and text[closing] in "\"'":
        closing += 1
    # (a semicolon parts a list's items with a space after it too: "lan; khan; reid"; a comma only in a record)
    while opening > line_start + 1 and text[opening - 1] in " \t" and text[opening - 2] == ";":
        opening -= 1
    while closing < line_end and text[closing] in " \t" and ";" in text[closing:closing + 3]:
        closing += 1
    parted_before = opening > line_start and text[opening - 1] in _RECORD_SEPARATORS
    parted_after = closing < line_end and text[closing] in _RECORD_SEPARATORS
    if (parted_before or opening == line_start) and (parted_after or closing == line_end) \
            and (parted_before or parted_after):
        return "small letters as a record's field between its separators (\"1,lan,victim,34\")"
    return None


def _a_persons_key(key: str) -> bool:
    """Is a JSON key, an XML element's or a query parameter's name a person's ("name", "victim_name", "fromUser")?"""
    words = _KEY_WORDS.findall(key.rsplit(":", 1)[-1])
    return bool(words) and words[-1].lower() in _PERSON_KEY_WORDS


def _object_of_a_persons_verb(text: str, start: int, end: int, key: str, before: str, before_gap: str, after: str,
                              after_gap: str, possessive: bool) -> bool:
    """Is the small-letter word at ``start`` the object of a verb that takes a person (``_PERSON_OBJECT_VERBS``,
    or ``_PERSON_VERBS_WITH`` and its preposition), with a stop or a word of ``_AFTER_AN_OBJECT`` after it?"""
    if not before or breaks(before_gap) or before_gap.strip():
        return False
    verb = fold_key(before)
    followed_as_an_object = possessive or not after or breaks(after_gap) or fold_key(after) in _AFTER_AN_OBJECT
    quality = key in _QUALITY_NAMES or key.endswith(_QUALITY_ENDINGS)
    takes_a_quality = _persons_phrase_before(text, start)
    if takes_a_quality is not None and followed_as_an_object and not (takes_a_quality and quality):
        return True
    if verb_of(verb) in _TAKING_SOMEONE and not quality and _taken_somewhere(text, end, after, after_gap):
        return True
    if verb in _ASKING:
        return possessive or bool(after) and not breaks(after_gap) and fold_key(after) in _AFTER_AN_ASKED_PERSON
    if verb not in _PERSON_OBJECT_VERBS:
        ahead, ahead_gap = previous_word(text, start - len(before_gap) - len(before))
        if not ahead or breaks(ahead_gap) or ahead_gap.strip() or verb not in _PERSON_VERBS_WITH.get(
                fold_key(ahead), ()):
            return False
    return possessive or not after or breaks(after_gap) or fold_key(after) in _AFTER_AN_OBJECT


_PERSON_PREPOSITIONS = frozenset({"with", "to", "of", "at"})
# verbs of contact or violence, which take a person and no adjective after them ("rang jade", "punched summer"; not
# "married young", "called late")
_CONTACT_AND_VIOLENCE = frozenset(form for form in _PERSON_OBJECT_VERBS if form.startswith(tuple("""
tell told warn phon text messag email hit punch kick slap push shov grab strangl chok threaten attack stab assault
kill murder rape harass stalk ring rang kiss hug blam accus arrest contact visit
""".split())))


def _person_verb_with_a_preposition(text: str, start: int, before: str, before_gap: str) -> bool:
    """Is the word at ``start`` after a verb of ``_PERSON_VERBS_WITH`` and its preposition ("spoke to", "shouted at")?"""
    if not before or breaks(before_gap) or before_gap.strip():
        return False
    ahead, ahead_gap = previous_word(text, start - len(before_gap) - len(before))
    return bool(ahead) and not breaks(ahead_gap) and not ahead_gap.strip() \
        and fold_key(before) in _PERSON_VERBS_WITH.get(fold_key(ahead), ())


def _persons_phrase_before(text: str, start: int) -> bool | None:
    """Does a phrase of ``_PERSONS_PHRASES`` end right before ``start``: None if not, else whether it takes a
    quality bare too?"""
    words: list[str] = []
    at = start
    for _ in range(3):
        word, gap = previous_word(text, at)
        if not word or breaks(gap) or gap.strip():
            break
        words.insert(0, fold_key(word))
        at -= len(gap) + len(word)
    for length in (3, 2, 1):
        if len(words) < length:
            continue
        tail = words[-length:]
        for phrase, takes_a_quality in _PERSONS_PHRASES.items():
            if len(phrase) == length and all(w == p or verb_of(w) == p for w, p in zip(tail, phrase)):
                return takes_a_quality
    return None


def _taken_somewhere(text: str, end: int, after: str, after_gap: str) -> bool:
    """Is the object ending at ``end`` taken home, or to a place ("to hospital", "to the GP", "to her mum's"), not to do
    something ("took care to", "took time to explain")?"""
    if not after or breaks(after_gap) or after_gap.strip():
        return False
    after_key = fold_key(after)
    if after_key == "home":
        return True
    if after_key != "to":
        return False
    place, place_gap = next_word(text, end + len(after_gap) + len(after))
    if not place or breaks(place_gap):
        return False
    return fold_key(place) in DETERMINERS or fold_key(place) in _POSSESSIVES or place[:1].isupper() \
        or verb_of(fold_key(place)) is None


_POSSESSIVES = frozenset({"my", "your", "his", "her", "our", "their"})


# A question puts its subject between the auxiliary and the verb ("Did lan tell you?", "why did khan do that",
# "Has gill eaten?"): a bare singular noun there is a name when the verb is one a person does (not "Did hope fade?",
# "Did long delays follow?"), and after "where/how is" with nothing after it but the question's end ("where is lan??").
_QUESTION_AUXILIARIES = frozenset("""
did does do didn't doesn't don't didnt doesnt dont has have had hasn't haven't hasnt is was isn't wasn't isnt wasnt
would could should can will won't wont couldn't wouldn't shouldn't can't cant
""".split())
_QUESTION_WORDS = frozenset({"why", "when", "where", "how", "what", "whom"})
_WHERE_OR_HOW = frozenset({"where", "how", "wheres", "where's", "hows", "how's"})
_BE_FORMS = frozenset({"is", "was"})
# what a person does, in the forms a question writes after its subject (the bare verb, a past participle), or where a
# person is ("Is lan ok?", "Was khan there?")
_A_PERSONS_VERB_IN_A_QUESTION = frozenset("""
tell say know hurt hit come go leave call ring phone text see want do eat sleep threaten answer speak talk ask
agree refuse attend return mention cry drink drive work stay move live visit meet kill harm touch push grab kick
punch slap choke strangle beat stab rape attack follow stalk message email reply shout scream lie sign get
told said known hurt come gone left called rung phoned texted seen wanted done eaten slept threatened answered
spoken talked asked agreed refused attended returned mentioned visited met killed harmed touched pushed
ok okay alright safe home there here with at around in ever never really still actually even not
""".split())
_QUESTIONS_END = lazy(re.compile, r"[ \t]*(?:\?|$|\n|(?:now|today|tonight|then)\b)")


def _subject_of_a_question(text: str, start: int, end: int, before: str, before_gap: str, after: str,
                           after_gap: str) -> bool:
    """Is the small-letter word at ``start`` a question's subject, after its auxiliary and before what a person
    does ("Did lan tell you?"), or after "where/how is" at the question's end ("where is lan??")?"""
    if not before or before_gap.strip() or fold_key(before) not in _QUESTION_AUXILIARIES:
        return False
    auxiliary_start = start - len(before_gap) - len(before)
    opener, opener_gap = previous_word(text, auxiliary_start)
    opens = sentence_start(text, auxiliary_start) is not None
    after_a_question_word = bool(opener) and not opener_gap.strip() and fold_key(opener) in _QUESTION_WORDS \
        and sentence_start(text, auxiliary_start - len(opener_gap) - len(opener)) is not None
    if not (opens or after_a_question_word):
        return False
    if after_a_question_word and fold_key(opener) in _WHERE_OR_HOW and fold_key(before) in _BE_FORMS \
            and _QUESTIONS_END.match(text, end):
        return True
    return bool(after) and not breaks(after_gap) and not after_gap.strip() and after.islower() \
        and fold_key(after) in _A_PERSONS_VERB_IN_A_QUESTION and question_mark_ahead(text, start)


def question_mark_ahead(text: str, start: int) -> bool:
    """Does the sentence holding ``start`` end in a question mark, or end its line unstopped (a message's "is lan
    ok", "why did khan do that")?"""
    end = _sentence_end(text, start)
    last = text[end - 1:end]
    return last in ("?", "\n") or end >= len(text) and last not in (".", "!", "\t", "|")


# "told" takes the person and then what was told ("i told reid everything", "He never told khan the truth"); a
# person heard or seen doing what a person does ("Neighbours heard lan scream", "saw khan shouting at her")
_TELLING = frozenset({"tell", "tells", "told", "telling", "warn", "warned", "warns", "show", "showed", "shown"})
_TOLD_AFTER = frozenset("everything nothing anything something the a an her his their my our lies all".split())
_PERCEIVING = frozenset({"heard", "hear", "hears", "hearing", "saw", "see", "sees", "seen", "watched", "watch"})
_A_PERSON_HEARD_DOING = frozenset("""
scream screaming screamed shout shouting shouted cry crying yell yelling beg begging plead pleading sob sobbing
argue arguing swear swearing leave leaving hit hitting punch punching kick kicking threaten threatening say saying
call calling shouting
""".split())


def _told_or_heard(text: str, start: int, before: str, before_gap: str, after: str, after_gap: str) -> bool:
    if not before or breaks(before_gap) or before_gap.strip() or not after or breaks(after_gap):
        return False
    verb, next_key = fold_key(before), fold_key(after)
    return verb in _TELLING and next_key in _TOLD_AFTER or verb in _PERCEIVING and next_key in _A_PERSON_HEARD_DOING


@lru_cache(maxsize=1)
def _adjectives_and_adverbs() -> frozenset[str]:
    """The adjectives and adverbs of the WordNet index ``_dictionary`` reads (the lists that hold "happy" or
    "quickly"): words a verb takes bare ("she married young", "they met long ago", "he hit lee side")."""
    return frozenset(w for words in _lemma_lists() if "happy" in words or "quickly" in words for w in words)


def _small_letter_name(text: str, start: int, end: int, key: str, before: str, before_gap: str, after: str,
                       after_gap: str, possessive: bool) -> str | None:
    """Why a listed word in small letters (not after a determiner, not quoted) is the name, or None: a bare subject
    opening a clause before a verb a person does, alone in a table's cell or a line, a chat line's sender."""
    time_or_colour = key in TIME_WORDS or key in COLOURS
    cell_start = max(text.rfind(edge, 0, start) for edge in _CELL_EDGES) + 1
    ends = [at for at in (text.find(edge, end) for edge in _CELL_EDGES) if at >= 0]
    cell_end = min(ends, default=len(text))
    if not time_or_colour and not text[cell_start:start].strip(" \"'“‘(«[*•–-") \
            and not text[end:cell_end].strip(" .,;!?\"'”’)»]"):
        return "small letters alone in a table's cell or a line (\"| lan | victim |\")"
    # a colour is a person's name as a person's field's value ("Caller: brown"), not as a record's ("3,brown,sofa")
    if key not in TIME_WORDS and (field := _a_fields_whole_value(text, start, end, records=not time_or_colour)):
        return field
    line_start = text.rfind("\n", 0, start) + 1
    chat = _CHAT_LINE.match(text, line_start)
    if not time_or_colour and chat is not None and start < chat.end():
        # the sender as ``_chat_line_around`` reads it, after the time stamp: the listed word alone
        sender = text[line_start:chat.end()].rsplit("]", 1)[-1].rsplit(" - ", 1)[-1]
        if sender.strip().rstrip(":").rstrip() == text[start:end]:
            return "small letters sending a chat line (\"[22:14] lan: where r u\")"
    adjective = key in _adjectives_and_adverbs()
    # a colour, a month or an adjective is the word after a verb that takes it as a complement ("married young",
    # "rated amber", "rang late"), and a month before its day; after a preposition that takes a person ("argued with
    # brown", "scared of may") or a verb of contact or violence that takes none ("rang jade twice", "punched summer
    # in the face"), it is the person
    a_word_class = time_or_colour or adjective
    plain_object = not a_word_class or not _DATE_AFTER.match(text[end:end + 12]) and (
        _persons_phrase_before(text, start) is not None and fold_key(before) in _PERSON_PREPOSITIONS
        or _person_verb_with_a_preposition(text, start, before, before_gap)
        or fold_key(before) in _CONTACT_AND_VIOLENCE and key not in _adverbs())
    if key not in RELATION_WORDS and plain_object \
            and _object_of_a_persons_verb(text, start, end, key, before, before_gap, after, after_gap, possessive):
        return "small letters as a person's verb's object (\"officers spoke to lan\", \"he hit khan again\")"
    if key not in RELATION_WORDS and key not in MODALS and key not in TIME_WORDS \
            and _subject_of_a_question(text, start, end, before, before_gap, after, after_gap):
        return "small letters as a question's subject (\"Did lan tell you?\", \"where is khan??\")"
    if key not in RELATION_WORDS and key not in _adverbs() and not _DATE_AFTER.match(text[end:end + 12]) \
            and _told_or_heard(text, start, before, before_gap, after, after_gap):
        return "small letters as a person told or heard (\"i told reid everything\", \"heard lan scream\")"
    if not _opens_a_clause(text, start, before, before_gap):
        return None
    if possessive and not time_or_colour:
        return "small letters opening a clause, with a possessive (\"reid's phone was off\")"
    if not after or breaks(after_gap) or not after.islower():
        return None
    after_key = fold_key(after)
    if after_key in _ONLY_A_PERSON_DOES:
        return "small letters opening a clause, before what only a person does (\"may said\", \"jade left\")"
    irregular = _irregular_verb_forms().get(after_key)
    if time_or_colour and irregular in _ONLY_A_PERSONS_DOINGS and irregular != after_key:
        return "small letters opening a clause, before what only a person does (\"rose threw a glass\")"
    object_after = fold_key(next_word(text, end + len(after_gap) + len(after))[0]) in _OBJECT_PRONOUNS
    if not time_or_colour and (after_key in _A_PERSONS_VERB_AFTER or len(after) > 4 and after.endswith("ed")
                               or _a_persons_doing(key, after_key, object_after)):
        return "small letters opening a clause, before a verb a person does (\"lan was seen\", \"khan never told\")"
    return None


# what a person does with the hands, the feet or the voice, whose forms after a clause's first word make it the doer
# ("Apparently khan hit her.", "Then lan went out.", "Later reid threw a glass"): ``verb_of`` reads their irregular
# forms from the lemmatiser's exceptions
_A_PERSONS_DOINGS = frozenset("""
tell say know hurt hit come go leave call ring phone text see want eat sleep threaten answer speak talk ask agree
refuse attend return mention cry drink drive stay move live visit meet kill harm touch push grab kick punch slap
choke strangle beat stab rape attack follow stalk message email reply shout scream lie get take throw run steal
swear fight bring send bite spit hold keep break buy write tear wake sit stand shut lock smash pull drag
""".split())


# the irregular pasts a month, a season or a colour never does ("may threw a glass", "rose swore at him"; not "may
# came", "summer brought rain", "june saw a rise")
_ONLY_A_PERSONS_DOINGS = frozenset("""
throw steal swear fight bite spit drink eat sleep tell speak drive write hold tear stab strangle choke
""".split())
_OBJECT_PRONOUNS = frozenset({"her", "him", "me", "them", "us", "you", "u"})


def _a_persons_doing(key: str, after_key: str, object_after: bool) -> bool:
    """Is ``after_key`` a form of a verb of ``_A_PERSONS_DOINGS`` that ``key`` does as its subject? Not the bare verb
    after a modal, nor after another verb but before a person (an order: "mark work as done"; "bell hit her" is
    Bell), nor a form that may be a plural noun after an adjective ("long drives", "young runs")."""
    verb = verb_of(after_key)
    if verb not in _A_PERSONS_DOINGS:
        return False
    bare = after_key == verb
    if bare and (key in MODALS or key in _verbs() and not object_after):
        return False
    return not (key in _adjectives_and_adverbs() and (bare or after_key.endswith("s")))


def _acronym(word: str) -> bool:
    """'DHR', 'GP', 'PC': an acronym beside a name does not make a capitalised phrase of it."""
    return word.isupper() and 2 <= len(word) <= 6


def written_with_its_marks(listed_text: str, written: str) -> bool:
    """Whether ``written`` may be the listed single word ``listed_text``. A name whose bare letters spell an English
    function word ("Thế", "Đỗ", "Tô", "Mỹ" read as "the", "do", "to", "my") is that name only written with its
    marks: matched on bare letters it would take every "The" and "to" in the report, in apply and in verify."""
    import unicodedata

    if listed_text.isascii() or " " in listed_text:
        return True
    bare = "".join(c for c in unicodedata.normalize("NFKD", listed_text) if not unicodedata.combining(c))
    if bare.casefold() not in _stop_words() and bare.casefold().replace("đ", "d") not in _stop_words():
        return True
    from .normalise import unmarked

    read = unmarked(written)   # "Th&#7871;" is written with its marks
    written = read.text if read is not None else written
    return unicodedata.normalize("NFC", written).casefold() == unicodedata.normalize("NFC", listed_text).casefold()


# A listed name that is an English function word as written, with no marks to lose ("He" of He Jing, "An" of An
# Nguyen, "On" of Ka Wai On, "So" of So Wai Man, "Per" of Per Olsen): one of spaCy's stop words (the list that
# ``written_with_its_marks`` reads too) of two or three letters. Not the modal verbs ("Can", "May", "Will": given names
# the ordinary judgement reads, "Can said" is Can Yılmaz) nor the longer stop words ("Else", "Well", "Back"): English
# does not write those before "said", so ``NameOrWord.judge`` tells them apart.
_LONGEST_FUNCTION_WORD_NAME = 3


def function_word_as_listed(listed_text: str) -> bool:
    """Is the listed single word ``listed_text`` an English function word as it is listed ("He", "An", "On")?"""
    key = listed_text.casefold()
    return " " not in listed_text.strip() and listed_text.isascii() and 2 <= len(key) <= _LONGEST_FUNCTION_WORD_NAME \
        and key in _stop_words() and key not in MODALS


def spelt_as_a_function_word(listed_text: str, written: str) -> bool:
    """Is ``written``, found as the listed single word ``listed_text``, spelt as an English function word, so that only
    its sentence can tell the name (``NameOrWord.judge_unmarked``): a name written without the marks that keep it
    from one ("Do" of Đỗ: ``written_with_its_marks``), or a name that is one as listed ("He" of He Jing)?"""
    return function_word_as_listed(listed_text) or not written_with_its_marks(listed_text, written)


_PLURAL_AFTER = lazy(re.compile, r"(?:e?s)\b")


def a_word_in_the_plural(text: str, start: int, end: int) -> bool:
    """Is the listed word ``text[start:end]``, written in small letters with an "s" after it, an English plural
    ("the ions" with an Ion listed, "the rays" with a Ray)? A family is written with its capital ("the Kims")."""
    from .data.tables import english_words

    plural = _PLURAL_AFTER.match(text, end)
    return plural is not None and text[start:end].islower() \
        and text[start:plural.end()].lower() in english_words()


def titled_function_word(variant_text: str, form: str) -> bool:
    """Is a listed title form's name a function word as listed ("Judge On", "Father On", "Mr. He")? Then the title is
    read as ``NameOrWord.judge_unmarked`` reads one: "the judge on the day" names nobody."""
    return form.startswith("title+") and " " in variant_text and function_word_as_listed(variant_text.split()[-1])


def last_word_start(text: str, start: int, end: int) -> int:
    """Where the last word of the found form ``text[start:end]`` begins ("On" of "Judge On")."""
    last = re.search(r"[^\W_]+\W*$", text[start:end])
    return start + last.start() if last else start


def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, shipped in redact/data (verify runs without spaCy installed)."""
    from .data.tables import stop_words

    return stop_words()


# A listed name word written without the marks that keep it from an English function word ("Do" of Đỗ, "My" of Mỹ,
# "To" of Tô: ``written_with_its_marks``) is judged by ``NameOrWord.judge_unmarked``. The courtesy titles name
# whoever follows them in any case ("MRS DO", "mrs do"); another title only written as one ("Inspector To", not
# "REPORT OF THE INSPECTOR TO THE PANEL").
_COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})
# The function words English never writes as the subject of a verb, nor capitalised inside a sentence: before "said",
# "told", "was" ("Do said", "My told the GP", "To was") or capitalised after a word in small letters ("spoke to My
# at home"), these are a person. Not the pronouns and words that open a clause ("He said", "So did she", "As was
# the case", "Then was the time"), which English writes there itself, and not the auxiliaries ("Was told to leave",
# "Had said", as notes write them): such a word is a person only in the contexts that name anybody (a title, the
# family, the record order, another of the person's names, a greeting).
_NEVER_A_SUBJECT = frozenset("""
do to my on an be the than me us of at by in into onto upon with from for via per your our their its his him them
go up see say put get off out own due top her
""".split())
# Verbs in a form that only follows a subject ("Do said", "An told"): not a participle, which follows a determiner
# as an adjective ("An agreed plan", "My stated aim", "The alleged assault", "Be prepared", "My lived experience")
_FINITE_AFTER_A_SUBJECT = frozenset("""
said says told tells asked asks texted texts rang rings phoned phones messaged replied replies shouted screamed
wrote writes spoke speaks was is had has went goes came comes would could did does didn't doesn't wasn't isn't
hasn't hadn't wouldn't couldn't won't can't
""".split())

# what follows "said" the verb ("To said she", "Do said that"), not "said" the adjective ("The said address", "On said
# date", legal English)
_AFTER_SAID_THE_VERB = frozenset("""
he she they it i we you that this there to nothing so no yes not his her their my its he'd she'd he's she's
""".split())


def _said_before_a_noun(text: str, end: int) -> bool:
    """"The said address": "said" (ending at ``end``) before a word that is no pronoun, "that" or "to"."""
    after, gap = next_word(text, end)
    return bool(after) and not breaks(gap) and after.islower() and fold_key(after) not in _AFTER_SAID_THE_VERB


_HEADING_NAME_END = lazy(re.compile, r"[ \t]*(?:[–—:,|(-]|\n|$)")


def _titled_heading(text: str, start: int, end: int, title: str, title_gap: str) -> bool:
    """"JUDGE HE – SUMMARY OF CONTACT": a title in capitals opening its line, the word after it ending the name
    (a dash, a colon, a comma, the line's end); not "REPORT OF THE INSPECTOR TO THE PANEL"."""
    title_start = start - len(title_gap) - len(title)
    line_start = max(text.rfind("\n", 0, title_start), text.rfind("\t", 0, title_start)) + 1
    return not text[line_start:title_start].strip(" |*•(") and bool(_HEADING_NAME_END.match(text, end))


# A capitalised English word before a listed word makes no phrase of it ("Daddy Sunny", "Tell Comfort", "Poor
# Patience" name somebody, where "Operation Dawn" or "Hope Street" do not) when it is what a family or a community
# calls the person (a kin word, a relation, a courtesy or faith title: "Mama Lucky", "Brother Sunny", "Tanty Joy"),
# a word of feeling for them ("Poor", "Lovely", "Little"), or a verb that takes a person, opening a message or a
# sentence ("Tell Comfort I'm sorry", "Ask Joy"). Not the honorifics that open ordinary phrases ("Chief Justice",
# "Major Incident", "General Practice", "Minister Will...").
_PHRASE_HONORIFICS = frozenset({"chief", "major", "general", "private", "minister", "canon", "elder", "commander",
                                "admiral", "commodore", "brigadier", "hon", "barr", "engr", "master"})
_FAMILY_OR_COURTESY_BEFORE = frozenset(
    KIN_ADDRESS_WORDS | {fold_key(h) for h in HONORIFICS if " " not in h} - _PHRASE_HONORIFICS
    | {"aunt", "uncle", "cousin", "brother", "sister", "sis", "bro", "tanty", "tantie", "gogo", "sisi", "our"})
_FEELING_BEFORE = frozenset({"poor", "lovely", "little", "sweet", "baby", "darling", "beautiful", "dear", "old",
                             "young", "big", "wee", "bless"})
_VERBS_TAKING_A_PERSON = frozenset("""
tell ask call ring phone text message give let leave help warn find get bring take send wake meet kiss hug show
thank love miss see visit pay fetch forgive tell'em
""".split())


def calls_the_person_after(key: str) -> bool:
    """Is the folded word ``key`` what a family, a community or a feeling calls the person whose given name follows
    it ("Nan", "Maame", "Cousin", "Brother", "Poor", "Baby")? Never a name of its own before a listed given name:
    "Nan Pearl" is Pearl, not an unlisted person."""
    return key in _FAMILY_OR_COURTESY_BEFORE or key in _FEELING_BEFORE


def _names_the_person_after(text: str, neighbour_start: int, key: str) -> bool:
    """Is the capitalised word ``key`` (at ``neighbour_start``) before a listed word one that names a person after
    it rather than opening a phrase (``calls_the_person_after``, or a verb taking a person at the start of a
    sentence, a line or a quoted message)?"""
    if calls_the_person_after(key):
        return True
    return key in _VERBS_TAKING_A_PERSON and sentence_start(text, neighbour_start) is not None


def _heading_like(text: str) -> bool:
    """A short line in title case with no full stop ("Amber And Her Family", "Background To Hope's Life")."""
    line = text.strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if not words or len(words) > 10 or line.endswith((".", "?", "!")):
        return False
    return sum(w[:1].isupper() for w in words) >= max(2, len(words) - 1)


class NameOrWord:
    """Judges occurrences of ambiguous listed words; one per rules file (``name_words``: listed name parts)."""

    def __init__(self, name_words: Iterable[str] = (), model: str | None = None, tagger: bool = True):
        """``tagger=False`` (verify): never load spaCy; where only its part-of-speech tags could call the word an
        ordinary word, the occurrence stays UNSURE, so the gate only ever reports more without them."""
        self.name_words = {fold_key(w) for w in name_words}
        self.model = model
        self.tagger = tagger
        self._nlp = None
        self._nlp_failed = False
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ the judgement

    def judge(self, text: str, start: int, end: int) -> Judgement:
        word = text[start:end]
        key = fold_key(word)
        before, before_gap = previous_word(text, start)
        after, after_gap = next_word(text, end)
        before_key, after_key = fold_key(before.rstrip(".")), fold_key(after)
        joined_before = before and not breaks(before_gap)
        joined_after = after and not breaks(after_gap)
        opens = sentence_start(text, start)
        tail = text[end:end + 3]
        possessive = tail[:2].lower() in ("'s", "’s") or (tail[:1] in ("'", "’") and key.endswith("s")
                                                         and not tail[1:2].isalpha())

        if not word[:1].isupper():
            if key in _title_words() and key not in _capitals_only_titles() and joined_before \
                    and before.islower() and before_key not in SPEECH_AND_ACTION and not before_key.endswith("ed"):
                # "a police constable attended", "the duty judge refused bail": the office in small letters after a
                # word of its own (Eve Judge's "told judge" stays hers)
                return _word("a title in small letters")
            determiner = joined_before and before_key in _DETERMINERS
            if determiner and _quoted_around(text, start, end) is None \
                    and not (joined_after and after_key in _FAMILY_ONLY):
                # "the guy said no", "a bill came", "some guy rang her", "the guy's car": a noun after an article
                return _word("lower case after an article or determiner")
            small = None if determiner or _in_identifier(text, start, end) else \
                _small_letter_name(text, start, end, key, before, before_gap, after, after_gap, possessive)
            if small:
                return _name(small)
            if possessive or joined_before and before_key in _title_words():
                return _unsure("lower case, but with a possessive or a title")
            if joined_before and before_key in SALUTATIONS or joined_after and after_key in SPEECH_VERBS:
                return _unsure("lower case, but greeted or speaking (\"hi amber\", \"amber said\")")
            if _in_identifier(text, start, end):
                return _unsure("lower case inside an address or file name (\"j.brown@\", \"amber_2.docx\")")
            addressed = _named_in_a_quoted_message(text, start, end, before_key, before_gap, after_key, after_gap)
            if addressed:
                return _name(addressed)
            if joined_before and before_key == "the" and joined_after and after_key in _FAMILY_ONLY \
                    and key not in _dictionary()[1]:
                # (an adjective, verb or adverb of the dictionary describes the family: "the young family")
                return _name("lower case, but between 'the' and 'family' (\"the campbell family\")")
            return _word("lower case")

        capitals = (word in _report_capitals_as_written() or word.isupper() and key in _capitals_only_titles()) \
            and re.search(r"[a-z]", text[max(0, start - 60):end + 60]) is not None
        if capitals and joined_before and before_key in _DETERMINERS:
            return _word("a report's capitals after an article (\"the ED's triage\")")
        if key in _title_words() and joined_before and before_key in _DETERMINERS \
                and not (joined_after and after_key in _FAMILY_ONLY):    # "the Judge family" is the Judges
            return _word("a title after an article (\"the Judge said\")")
        # What makes it a name whatever else the sentence does
        if possessive:
            return _name("possessive")
        if key in _title_words() and key not in _capitals_only_titles() and joined_after and after[:1].isupper() \
                and not after.isupper() and after_key not in self.name_words:
            # "Judge Evans sentenced him", "Lord Patel": a title before somebody's name (Eve Judge's own
            # surname is "Mrs Judge", "Judge said", "Eve Judge")
            return _word("a title before a name")

        if joined_before and before_key in _title_words():
            return _name("title before")
        if joined_after and after_key in self.name_words and after[:1].isupper() and after_key != key:
            return _name("a listed name after")
        if capitals:
            # "She attended ED at 02:00", "DI Smith led it", a listed Ed or Di: a report's capitals or a rank in a
            # sentence of small letters; after a title, before a listed name, in a heading of capitals or with a
            # possessive, the name ("Mr HO", "HO Mei Ling", "ED'S CONTACT WITH SERVICES")
            return _word("a report's capitals or a rank in capitals")
        if joined_after and after_key == key and after.islower():
            return _name("the same word in lower case after (\"May may\")")
        if joined_after and after[:1].isupper() and not after.isupper() and after_key not in _stop_words() \
                and not is_ordinary_word(after_key):
            # "Precious Kingsley recorded a call": a capitalised word after that a report would not write in lower
            # case is a surname, frequent in English text as it may be; the full name may be somebody else's
            # (resolve.mark_unlisted_full_names), but the listed word in it is a name either way
            return _name("a surname after")

        if joined_after and after_key in SPEECH_VERBS and after.islower():
            return _name("a verb of speech after")       # "2. May spoke to the chair"
        if self.numbered_noun(text, start, end):
            return _word("a noun numbered after it (\"Ward 7\", \"Page 12\", \"Hall 3\")")

        # What makes it the word
        time_word = key in TIME_WORDS
        if time_word:
            judgement = self._time(text, start, end, key, before, before_gap, after_key)
            if judgement:
                return judgement
        if joined_before and before_key in SALUTATIONS:
            return _name("a greeting or sign-off before")
        if key in COLOURS and self._in_colour_list(text, start, end):
            return _word("a list of colours")
        if key in MODALS and opens is not None:
            question = text[start:_sentence_end(text, end)].rstrip().endswith("?")
            if joined_after and (after_key in PRONOUNS or question and after_key not in SPEECH_AND_ACTION
                                 and after_key not in self.name_words and after[:1].islower()):
                return _word("a modal verb opening a question")
            if question and after.isupper() and word.isupper():
                return _word("a modal verb opening a question (heading in capitals)")

        if joined_after and after_key in SPEECH_AND_ACTION and not after[:1].isupper():
            return _name("a verb of speech or action after")
        if joined_after and after.islower() and len(after) > 4 and after.endswith("ed"):
            return _name("a verb in the past tense after")
        if joined_after and after_key in SPEECH_AND_ACTION and word.isupper() and after.isupper():
            return _name("a verb of speech or action after (heading in capitals)")

        phrase = self._capitalised_phrase(text, start, end, before, before_gap, after, after_gap)
        if phrase:
            return _unsure(phrase + " (a title-case heading)") if _heading_like(text) else _word(phrase)
        if nothing_before(text, start, " \t\"'“‘(«[") and nothing_after(text, end, " \t.:;,!?\"'”’)»]"):
            if key in COLOURS or time_word:
                return _unsure("a colour or time word alone in its text")
            return _name("alone in its text (a table cell, a heading)")
        if word.isupper() and len(word) > 1:
            return _unsure("in capitals (a heading)")
        if opens is not None:
            if text[end:end + 1] == "," and not time_word:
                return _name("a name addressed or introduced (\"Grace, come here\")")
            return self._tagged(text, start, end, opens, "at a sentence start")
        if before_key in DETERMINERS and joined_before:
            return self._tagged(text, start, end, opens, "after a determiner")
        return _name("capitalised in the middle of a sentence")

    def judge_unmarked(self, text: str, start: int, end: int, own_words: Iterable[str] = ()) -> Judgement:
        """A listed name word written without the marks that keep it from an English function word ("Do" of Đỗ,
        "To" of Tô, "My" of Mỹ, "He" of Hé: ``written_with_its_marks``), as British agencies' records write it, or
        a listed name that is such a word as written, with no marks to lose ("He" of He Jing, "An" of An Nguyen, "On"
        of Ka Wai On: ``function_word_as_listed``); ``spelt_as_a_function_word`` says which words are judged here.

        The word is among the commonest of English, so it is the name only where the sentence names somebody: after
        a title ("Mrs Do", "MR TO"), between "the" and a family noun ("The Do family"), in the record order before a
        comma and another of the person's names ("DO, Hoa"), beside another of them ("Hoa Do"), after a greeting
        ("Dear My,"), and, for a word English never writes as a subject or capitalised inside a sentence
        (``_NEVER_A_SUBJECT``: not "He"), with a possessive ("My's son"; not "He's", "do's and don'ts"), before a verb
        of speech or a finite verb ("Do said", "My told the GP"), or capitalised after a word in small letters
        ("spoke to My at home"). Anywhere else the English word ("Do you know", "To be seen", "My mother", "He
        said"). NAME or WORD, never UNSURE: ``verify`` reports what ``apply`` replaces and nothing else, so the
        gate raises no alarm on every sentence that opens with "He" or "To". ``own_words``: the folded words of
        the listed person's names."""
        word = text[start:end]
        key = fold_key(word)
        own = {fold_key(w) for w in own_words} - {key}
        before, before_gap = previous_word(text, start)
        after, after_gap = next_word(text, end)
        before_key, after_key = fold_key(before.rstrip(".")), fold_key(after)
        # "Mr. To": the full stop of an abbreviated title is no break
        joined_before = bool(before) and (not breaks(before_gap) or before_gap.strip() == "."
                                          and before_key in _COURTESY_TITLES)
        joined_after = bool(after) and not breaks(after_gap)
        spaced_before = bool(before) and before_gap.strip(" \u00a0") == "" and not before.endswith(".")

        # a title in capitals: a short one ("MR TO", "DC ON") or one opening a heading line ("JUDGE HE – SUMMARY")
        title_in_capitals = before.isupper() and (len(before.rstrip(".")) <= 4
                                                  or _titled_heading(text, start, end, before, before_gap))
        if joined_before and before_key in _title_words() and (
                before_key in _COURTESY_TITLES or word[:1].isupper() and (before[:1].isupper() and not before.isupper()
                                                                          or title_in_capitals)):
            return _name("title before (a name written without its marks)")
        if joined_before and before_key == "the" and joined_after and (
                after_key in _FAMILY_ONLY or word[:1].isupper() and after_key in FAMILY_NOUNS):
            return _name("between 'the' and a family noun (a name written without its marks)")
        if not word[:1].isupper():
            return _word("a function word in small letters")
        if after[:1].isupper() and after_key in own and (
                after_gap.strip() == "," or not breaks(after_gap) and after_gap.strip(" -\u00a0") == ""):
            return _name("another of the person's names after (\"DO, Hoa\", \"Do Hoa\")")
        if spaced_before and before[:1].isupper() and before_key in own:
            return _name("another of the person's names before (\"Hoa Do\")")
        if joined_before and before_key in ("dear", "hi", "hello") and re.match(r"[ \t]*(?:[,!:]|\n|$)", text[end:]):
            return _name("a greeting before")
        if key not in _NEVER_A_SUBJECT:
            return _word("a function word English writes before a verb (\"He said\"): no title, family or name")
        if word.isupper() and len(word) > 1:
            return _word("a function word in capitals (a heading)")
        tail = text[end:end + 16]
        if re.match(r"['’]s(?![\w'’])", tail) and not re.match(r"['’]s\s*(?:and|&|or)\s+don", tail, re.IGNORECASE) \
                and not _english_word(key + "'s"):
            return _name("possessive (a name written without its marks)")
        if joined_after and after_key in _FINITE_AFTER_A_SUBJECT and after.islower() \
                and not (after_key == "said" and _said_before_a_noun(text, end + len(after_gap) + len(after))):
            return _name("a finite verb after (a name written without its marks)")
        if spaced_before and before.isalpha() and before.islower() and sentence_start(text, start) is None \
                and not (joined_after and after[:1].isupper()) and not _heading_like(text):
            return _name("capitalised after a word in small letters (a name written without its marks)")
        return _word("a function word, not used as a name here")

    def judge_short_form(self, text: str, start: int, end: int) -> Judgement:
        """A short form of a listed given name that English also writes as a word ("Bill" of William, "Pat" of
        Patricia, "Art" of Arthur, "Don" of Donald) is the name only where its sentence uses it as one: with a
        possessive or a title, before a listed name or a verb of what a person says or does, after a greeting,
        addressed, or capitalised inside a sentence. A sentence's first word with nothing more ("Art therapy was
        offered", "Bill payments were missed"), a heading, a phrase or a word before a surname ("Sue Ryder
        hospice") is the word: the listed name is not written, so nothing leans to it. NAME or WORD, never
        UNSURE, so ``apply`` replaces what ``verify`` reports and nothing else."""
        word = text[start:end]
        if text[end:end + 2].lower() in ("'t", "’t") or not word[:1].isupper():
            return _word("a short form: a contraction (\"Don't\") or lower case")
        judgement = self.judge(text, start, end)
        if judgement.reading is Reading.NAME and judgement.reason.startswith(_A_SENTENCE_USES_IT_AS_A_NAME):
            return judgement
        return _word(f"a short form that is also a word, not used as a name here ({judgement.reason})")

    def numbered_noun(self, text: str, start: int, end: int) -> bool:
        """"admitted to Ward 7", "Page 12 of the report", "Bay 4": an ordinary noun labelled by the number after it,
        with no title or listed given name before it ("Ms Ward 7" would be somebody). Asked of every listed word
        that is an ordinary word, ambiguous in the draft or not: the number decides."""
        word = text[start:end]
        after, after_gap = next_word(text, end)
        if not after or breaks(after_gap) or after_gap.strip() or not _NUMBER_LABEL.fullmatch(after) \
                or not word[:1].isupper() or not is_ordinary_word(fold_key(word)):
            return False
        if fold_key(word) in TIME_WORDS and a_count_after(text, end):
            return False   # "had known June 5 years": the number counts years, it labels no June
        before, before_gap = previous_word(text, start)
        before_key = fold_key(before.rstrip("."))
        return not (before and not breaks(before_gap) and (
            before_key in _title_words() or before[:1].isupper() and before_key in self.name_words))

    # ------------------------------------------------------------------ helpers

    def _time(self, text: str, start: int, end: int, key: str, before: str, before_gap: str,
              after_key: str) -> Judgement | None:
        """A month, weekday or season used as the time: next to a day or year, after "in", in a range."""
        if _DATE_AFTER.match(text[end:end + 12]) and key not in SEASONS and not a_count_after(text, end):
            # (not before a count: "had known June 5 years", "phoned May. 9 days later" name the person)
            return _word("a date: a day or year after")
        if _DAY_BEFORE.search(text[max(0, start - 20):start]) and key not in SEASONS \
                and not _list_marker_before(text, start):
            return _word("a date: a day before")
        before_key = fold_key(before.rstrip("."))
        joined = before and not breaks(before_gap)
        acts = after_key in SPEECH_AND_ACTION - {"and"} or after_key.endswith("ed") and len(after_key) > 4
        if joined and (before_key in TIME_BEFORE or key in WEEKDAYS and before_key in WEEKDAY_BEFORE) and not acts:
            before_in, gap_in = previous_word(text, start - len(before_gap) - len(before))
            if before_key == "in" and fold_key(before_in) in PERSON_IN and not breaks(gap_in):
                return None
            if given_name_popularity(key) and self._verb_follows(text, end):
                return None                     # "until May came home"
            return _word(f"time: '{before_key}' before")
        if joined and before_key == "of":
            # "the end of May", "the month of May": a time noun before "of" ("the death of May" is the name)
            before_of, gap_of = previous_word(text, start - len(before_gap) - len(before))
            if fold_key(before_of) in TIME_NOUNS and not breaks(gap_of):
                return _word("time: 'the end of' before")
        if before.lower() == "mid" or text[max(0, start - 4):start].lower() == "mid-":
            return _word("time: 'mid' before")
        # a range or a list of months, weekdays or seasons ("May to July", "May/June", "Monday and Tuesday"); two
        # months that are also given names joined by "and" may be two sisters ("May and June went to school")
        for linked, link in _listed_with(text, start, end, with_links=True):
            linked_key = fold_key(linked)
            is_range = link.strip(" ,") in ("to", "-", "–", "—", "/", "through", "till", "until")
            if linked_key in TIME_WORDS and (is_range or given_name_popularity(linked_key) < POPULAR_GIVEN_NAME):
                return _word("time: a range or list of months or days")
        if after_key in TIME_NOUNS or after_key in ("time", "term", "holiday", "holidays", "half-term"):
            return _word("time: a time noun after")
        return None

    def _verb_follows(self, text: str, end: int) -> bool:
        """Is the next word a verb (the month is a person doing something)? Asks the tagger for an open word."""
        after, gap = next_word(text, end)
        if not after or breaks(gap) or not after.islower() or after in _stop_words() or not after.isalpha():
            return False
        sentence_from = max(text.rfind(".", 0, end), text.rfind("\n", 0, end)) + 1
        sentence = text[sentence_from:_sentence_end(text, end)]
        tags = self._tags(sentence)
        if tags is None:
            return True     # no tagger: it may be a verb, so the month is not taken for the time on this ground
        offset = end + len(gap) - sentence_from
        return any(t[0] == offset and t[2] in ("VERB", "AUX") for t in tags)

    def _in_colour_list(self, text: str, start: int, end: int) -> bool:
        # "Red, Amber, Green", but not "Amber, Jade and Ruby" (three sisters): a colour that is no name is needed
        if any(fold_key(w) in RATING_COLOURS - self.name_words for w in _listed_with(text, start, end)):
            return True
        # "rated Amber", "graded as Amber" (not "assessed Amber as medium risk": a person is assessed)
        before, gap = previous_word(text, start)
        if fold_key(before) == "as" and not breaks(gap):
            before, gap = previous_word(text, start - len(gap) - len(before))
        if fold_key(before) in ("rated", "graded", "flagged", "scored", "rag-rated", "rag") and not breaks(gap) \
                and fold_key(text[start:end]) in RATING_COLOURS:
            return True
        # "Amber – in progress", "Green - complete": the status column of an action plan
        if fold_key(text[start:end]) in RATING_COLOURS and _RATING_STATUS.match(text, end):
            return True
        after, _ = next_word(text, end)
        # "RAG (Red/Amber/Green)", "amber alert", "Amber rating": a colour that rates or warns
        return fold_key(after) in {"alert", "alerts", "warning", "warnings", "rating", "ratings", "rated", "status",
                                   "light", "lights", "flag", "flags", "risk", "level", "zone", "category"}

    def _capitalised_phrase(self, text: str, start: int, end: int, before: str, before_gap: str,
                            after: str, after_gap: str) -> str | None:
        """Part of a capitalised phrase ("Operation Dawn Chorus", "Hope Street")? The reason, or None."""
        for neighbour, gap, side in ((before, before_gap, "before"), (after, after_gap, "after")):
            if not neighbour or breaks(gap) or not neighbour[:1].isupper() or _acronym(neighbour):
                continue
            key = fold_key(neighbour.rstrip("."))
            if key in self.name_words or key in _title_words() or key in SALUTATIONS:
                continue
            if text[start:end].isupper() and neighbour.isupper():
                continue     # a heading in capitals: every word is capitalised
            if side == "before" and sentence_start(text, start - len(before_gap) - len(before)) is not None \
                    and key in _stop_words():
                continue     # "Then Amber left", "When Grace arrived": the first word of the sentence
            if side == "before" and _names_the_person_after(text, start - len(before_gap) - len(before), key):
                continue     # "Daddy Sunny", "Poor Patience", "Tell Comfort I'm sorry": who is called, not a phrase
            if side == "after" and key in _stop_words():
                continue
            # "Tariq Khan", "Amber Okafor": a given name before, or a word that is no English word (a surname),
            # makes a full name of another family member, not a phrase ("Operation Dawn Chorus", "Hope Street")
            if side == "before" and given_name_popularity(key) > 0 or given_name_popularity(key) >= 3 \
                    or not _english_word(key):
                return None
            return f"part of a capitalised phrase ({side})"
        return None

    # ------------------------------------------------------------------ spaCy, where the words around do not decide

    def _tagged(self, text: str, start: int, end: int, opens: int | None, where: str) -> Judgement:
        sentence_from = opens if opens is not None else max(0, text.rfind(".", 0, start) + 1)
        sentence_to = _sentence_end(text, end)
        sentence = text[sentence_from:sentence_to]
        tags = self._tags(sentence)
        if tags is None:
            return _unsure(f"{where}, no tagger")
        offset = start - sentence_from
        index = next((i for i, t in enumerate(tags) if t[0] == offset), None)
        if index is None:
            return _unsure(f"{where}, token not found")
        _, text_, pos, tag = tags[index]
        following = tags[index + 1] if index + 1 < len(tags) else None
        after_that = tags[index + 2] if index + 2 < len(tags) else None
        if following and following[3] in ("VBD", "VBZ", "VBN") and following[1].islower():
            return _name(f"{where}, a verb in the past or present tense after")     # "Will sat down"
        if pos == "AUX" or tag == "MD":
            question = sentence.rstrip().endswith("?")
            if question or following and following[2] in ("PRON", "DET") and after_that and after_that[3] == "VB":
                return _word(f"{where}, tagged as a modal verb")
            return _unsure(f"{where}, tagged as a modal verb outside a question")
        if pos == "VERB" and tag == "VB" and following and following[2] in ("DET", "PRON"):
            return _word(f"{where}, tagged as an imperative verb")
        if following and fold_key(following[1]) in FAMILY_NOUNS:
            return _name(f"{where}, a family noun after (\"the Brown family\")")
        if following and following[2] == "NOUN" and following[1].islower() and pos in ("NOUN", "ADJ", "PROPN") \
                and not (after_that and after_that[2] in ("DET", "PRON")) and not following[1].endswith("ed"):
            return _word(f"{where}, modifies the noun after it")
        if pos == "PROPN":
            return _name(f"{where}, tagged as a proper noun")
        return _unsure(f"{where}, tagged as {pos}")

    def _tags(self, sentence: str) -> tuple[tuple[int, str, str, str], ...] | None:
        if self.tagger:
            from .detect.model_reader import reader_for

            reader = reader_for(self.model)   # the model is in the reader forked at the command's start
            if reader is not None:
                tags = _tags_read_by(reader, sentence)
                if tags is not None:
                    return tags
        nlp = self._pipeline()
        if nlp is None:
            return None
        return _tag(nlp, sentence)

    def _pipeline(self):
        if not self.tagger:
            return None
        if self._nlp is None and not self._nlp_failed:
            with self._lock:
                if self._nlp is None and not self._nlp_failed:
                    from .detect.model import load_model
                    from .errors import ModelError

                    try:
                        self._nlp = load_model(self.model).nlp
                    except ModelError:
                        self._nlp_failed = True
        return self._nlp


@lru_cache(maxsize=8192)
def _tag(nlp, sentence: str) -> tuple[tuple[int, str, str, str], ...]:
    from .detect.model import sentence_tags

    return sentence_tags(nlp, sentence)


@lru_cache(maxsize=8192)
def _tags_read_by(reader, sentence: str) -> tuple[tuple[int, str, str, str], ...] | None:
    return reader.tags(sentence)
