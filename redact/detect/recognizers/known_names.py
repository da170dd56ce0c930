"""Names from every naming tradition, known from Faker's locale person providers and confirmed by context.

The NER model finds "Sarah Jones" and misses "Manpreet Dhillon", "Chidera Nnadozie" or "Kazlauskienė, Rūta":
it was trained on American news. Faker ships, per locale, the given names and surnames people of that country
have (Polish, Romanian, Lithuanian, Turkish, Irish, Yoruba, Twi, Igbo, Hausa, Swahili, Kenyan, Pakistani,
Indian, Vietnamese, romanised Chinese and many more, MIT licence, in the wheel: nothing downloads). They are
read once per process, on first use, into two sets of folded keys (case and diacritics folded, so
"WIŚNIEWSKA", "Wisniewska" and "Wiśniewska" are one key).

A run of capitalised words is a name when:

- it has two or more words, none of them an ordinary English word unless it is a known name part, and at
  least one a known name part that is no ordinary English word ("Manpreet Dhillon", "Nguyễn Văn Minh",
  "Pieter van der Berg", "Yousef bin Saeed");
- or the sentence says so: a relation word before ("her cousin X"), a label ("Name:", "Witness:"), a verb of
  speech or action after ("X said", "X was"), a role in brackets after ("X (friend)"). This is what a name of
  unknown words ("Hamse Warfaa") and a known name that is also a word ("Grace", "Green") need.

Police and table style "SURNAME, Given" / "Surname, Given" is a name when the given name is known and the
surname a name part or an unknown word. A title before a name is the titled-person recogniser's job.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex
from presidio_analyzer import RecognizerResult

from ...entities import PERSON
from ...lazy_patterns import lazy
from ...nearby import ending_at
from ...lexicon import (HONORIFICS, INSTITUTION_SHORT_KINDS, KIN_ADDRESS_WORDS, MONTHS, NAME_TITLES, PERSON_LABELS,
                        RELATION_WORDS, WEEKDAYS, WELSH_WEEKDAY_FORMS, WELSH_WORDS)
from ._common import DOMAIN_ACRONYMS, DhrRecognizer, result, wanted

# Faker locales whose person providers write names in another script only: nothing to match in English text.
# (zh_CN and zh_TW keep: they carry romanised lists.)
_OTHER_SCRIPT = {"ar_AA", "ar_DZ", "ar_PS", "ar_SA", "bg_BG", "bn_BD", "el_GR", "fa_IR", "gu_IN", "he_IL",
                 "hi_IN", "hy_AM", "ja_JP", "ka_GE", "ko_KR", "mk_MK", "mr_IN", "ne_NP", "or_IN", "ru_RU", "si_LK",
                 "ta_IN", "th_TH", "uk_UA"}
_SPECIAL_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss",
                                  "ı": "i", "æ": "ae", "’": "'"})
_LATIN_WORD = regex.compile(r"^[\p{Latin}\p{M}'’-]+$")

# Lower-case particles inside a name ("van der Berg", "bin Saeed", "de Souza"); capitalised Irish ones too.
PARTICLES = frozenset({"van", "der", "den", "de", "da", "das", "do", "dos", "di", "du", "del", "della", "von",
                       "ter", "ten", "le", "la", "bin", "bint", "ibn", "abu", "al", "el", "ap", "ab", "ferch", "verch",
                       "y", "zu"})
CAPITAL_PARTICLES = frozenset({"Ó", "Ní", "Nic", "Mac", "Ua", "Mhic", "Bin", "Ibn", "Abu", "Van", "De", "Da",
                               "Di", "Del", "Le", "La", "Al", "El"})
SUFFIXES = frozenset({"Jr", "Jnr", "Snr", "Sr", "II", "III", "IV"})
# the particles a surname opens with, right before its first capitalised word ("née van der Berg", "(b. Ó
# Ceallaigh)"): where the words before them name the person, they are the name's
_PARTICLES_BEFORE = regex.compile(
    r"(?:(?<![\w])(?:" + "|".join(sorted(PARTICLES | CAPITAL_PARTICLES, key=len, reverse=True)) + r") )+$")

# Words after a name that say a person is the subject ("X said", "X was arrested").
_PERSON_VERBS = frozenset("""
said says told tells asked explained reported described recalled remembered stated disclosed wrote admitted
denied confirmed added alleged claimed accepted agreed refused felt believed thought knew wanted became
was is had has would could did does went called rang phoned texted moved lived left returned attended
met arrived visited contacted began started died worked works lives lived gave took saw heard noticed
""".split())
_LABELS = PERSON_LABELS
# Words after a run that make it a place or an organisation ("Kwame Nkrumah University", "Patel Pharmacy"); the
# last words of the organisation suffixes too ("Wealdshire Constabulary": a person once a kept place is cut off).
_ORG_HEADS = frozenset("""
University College School Academy Hospital Surgery Practice Clinic Centre Center House Court Street Road Lane
Avenue Close Drive Way Park Ward Trust Foundation Ltd Limited PLC LLP Council Mosque Church Temple Gurdwara
Chapel Masjid Hall Estate Square Gardens Place Crescent Terrace Building Tower Group Associates Solicitors
Partnership Services Stadium Airport Station Market Bridge Hill Green Road Valley Prison Road Cathedral Institute
Society Project Fund Charity Hotel Restaurant Cafe Café Shop Stores Pharmacy Chambers Museum Library
Police Constabulary Infirmary Refuge Aid Board Homes Housing Association Team Service
""".split()) | INSTITUTION_SHORT_KINDS

_PLACE_BEFORE = regex.compile(r"(?<![\w])(?:in|near|via|towards|outside)\s+$")
# "Name: Butt, Amjad", "Butt, Amjad | neighbour": a label or a table cell says the words are a name
_LABEL_BEFORE = regex.compile(r"(?i:name|names|witness|subject|interviewee|contributor|perpetrator|victim|"
                              r"deceased|alias|client|patient|offender|suspect)\s*:\s*$")
_CELL_AFTER = regex.compile(r"\s*(?:\||\t|\(\s*(?:aged\s)?\d)")
_TOKEN = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’-]*[\p{L}\p{M}]|[\p{L}]")
_PREFIXED = regex.compile(r"^(?:(?:al|el|ul|ud|bin|ibn|abu|Al|El|Abu|Bin|Ibn)-)(?P<rest>\p{Lu}.*)$")
_CELTIC = regex.compile(r"^(?:O['’]|Mc|Mac|D['’]|Fitz)(?P<rest>\p{Lu}\p{Ll}+)$")
_CAPITALISED = regex.compile(r"^\p{Lu}[\p{Ll}\p{M}'’]*\p{Ll}[\p{Ll}\p{M}]*$|^\p{Lu}\p{Ll}$")
# compiled once: the recogniser asks them of every run of capitalised words
_SENTENCE_START_BEFORE = regex.compile(r"(?:^|[.!?:;\n|]\s*|^\s*)$")
_PLACE_WORD_BEFORE = regex.compile(r"(?<![\w])(?i:in|from|to|at|near|of)\s+$")
_NEXT_CAPITALISED = regex.compile(r"\s+(\p{Lu}\p{Ll}+)")
_NAME_SUFFIX = regex.compile(r",?\s(?:Jr|Jnr|Snr|Sr|II|III|IV)\.?(?![\w])")
_PREVIOUS_WORD = regex.compile(r"([\p{L}-]+)[\s,:]*$")
_COLON_BEFORE = regex.compile(r"[:]\s*$")
# A birth name written after the word or its abbreviation, with no "in" ("Katarzyna Kowalska, born Nowak",
# "(b. Nowak)", "née Nowak"): "born in Leeds" is the place reader's
_BIRTH_NAME_BEFORE = regex.compile(r"(?:(?<![\w])born|\(\s*b\.)\s*$", regex.IGNORECASE)
_BRACKETED_ROLE = regex.compile(r"\s*\(\s*(?:her\s|his\s|their\s|the\s+)?\s*([\p{L}-]+)")
_APPOSITIVE = regex.compile(r",\s+(?:her|his|their|the victim['’]s|the|a|an|\p{Lu}[\p{Ll}\p{M}-]+['’]s?)\s+"
                            r"(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)")
# "Hope was nine when", "Summer, then 14,": an age said of the word before
_AGE_NUMBER = (r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
               r"fifteen|sixteen|seventeen|eighteen|nineteen)")
_AGE_AFTER = regex.compile(rf"(?:\s+(?:was|is|had\s+been|turned)\s+(?:only\s+|just\s+|then\s+|aged\s+)?{_AGE_NUMBER}"
                           r"(?:\s+years?\s+old)?(?=[\s,.;)])"
                           r"(?!\s*(?:%|per|percent|degrees|minutes|miles|pounds|kg|p\.?m|a\.?m|o['’]clock))"
                           rf"|,\s+(?:then\s+|now\s+)?aged\s+{_AGE_NUMBER}(?![\w])"
                           rf"|,\s+(?:then|now)\s+{_AGE_NUMBER},|,\s+{_AGE_NUMBER},\s+\p{{Ll}})")
# verbs of speech and of reaching someone, which only a person does: "Blessing rang the police", "Hope texted him"
# (not "rang true", "called for calm": a word may do those)
_SPEECH_VERBS = frozenset({"said", "told", "explained", "recalled", "described", "stated", "disclosed", "reported",
                           "remembered", "admitted", "denied", "confirmed", "alleged", "claimed", "wrote", "texted",
                           "asked", "added", "rang", "phoned", "emailed", "messaged", "replied", "shouted", "screamed",
                           "whispered", "apologised", "apologized", "complained", "insisted", "promised", "threatened",
                           "begged", "pleaded", "called"})
_NOT_SPEECH_AFTER = regex.compile(r"\s+(?:true|hollow|out|for|into|off|upon|on\s+(?:all|the\s+government))\b")
_NEXT_WORD = regex.compile(r"(?:['’]s)?\s+(?:had\s+|has\s+|later\s+|then\s+|also\s+)?(\p{Ll}+)")
# "Gruffudd and Ffion were at home": the verb after the second name speaks of both
_AND_ANOTHER_NAME = regex.compile(r"\s+(?:and|&)\s+\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+(?:(?:ap|ab|ferch|verch|bin|van|de|"
                                  r"da|al)\s+)?\p{Lu}[\p{Ll}\p{M}'’-]+){0,2}(?=[\s,.;:])")
_AFTER_ANOTHER_NAME = regex.compile(r"\p{Lu}[\p{Ll}\p{M}'’-]+\s+(?:and|&)\s+$")
# "frightened of Myfanwy", "she lived with Iestyn": a known given name (no English word) after such a word is
# somebody, whatever follows
_PREPOSITIONS_BEFORE_SOMEONE = frozenset({"of", "with", "to", "by", "from", "for", "towards", "about", "against",
                                          "and", "than", "like", "visited", "told", "asked", "called", "phoned",
                                          "texted", "met", "saw", "contacted"})
# "Eluned's mother", "Gwion's partner": a possessive before a relation
_POSSESSIVE_RELATION = regex.compile(r"['’]s\s+(?:own\s+|late\s+|former\s+|ex-|new\s+|elder\s+|younger\s+)?"
                                     r"([\p{Ll}-]+)")


@lru_cache(maxsize=131072)
def name_key(word: str) -> str:
    """A word folded for case and diacritics ("WIŚNIEWSKA" -> "wisniewska"): cheaper than ``normalise.fold``,
    which keeps offsets that a set of keys does not need."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_SPECIAL_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@dataclass(frozen=True)
class NameLexicon:
    given: frozenset[str]
    surnames: frozenset[str]

    def __contains__(self, key: str) -> bool:
        return key in self.given or key in self.surnames


_lock = threading.Lock()


_FEMININE = ((regex.compile(r"(sk|ck|dzk)i$"), (r"\1a",)),
             (regex.compile(r"(?<=\w{3})(?:as|is|ys|us)$"), ("iene", "aite", "yte", "ute")),
             (regex.compile(r"(?<=\w{3})(ov|ev|in)$"), (r"\1a",)))


def feminine_forms(key: str) -> list[str]:
    """The women's forms of a folded surname where the language inflects it: Polish -ski/-ska, Lithuanian
    -as/-ienė (married) and -aitė/-ytė/-utė (unmarried), Slavic -ov/-ova."""
    out = []
    for pattern, endings in _FEMININE:
        if pattern.search(key):
            out += [pattern.sub(ending, key) for ending in endings]
    return out


@lru_cache(maxsize=1)
def name_lexicon() -> NameLexicon:
    """Every Latin-script given name and surname of Faker's person providers, as folded keys: read from
    ``redact/data/name_lexicon.tsv``, which tools/build_data.py makes with :func:`faker_name_lexicon` (reading
    Faker's lists took seconds in every process), and the given names of ``given_names_isles.txt``."""
    from ...data.tables import column, columns

    kinds, keys = columns("name_lexicon.tsv", 2)
    # Faker's lists hold few Welsh, Scottish Gaelic or Irish names ("Dafydd", "Ffion", "Eilidh"): added from
    # another list (tools/build_data.py)
    given = [key for kind, key in zip(kinds, keys) if kind == "g"] + column("given_names_isles.txt")
    return NameLexicon(frozenset(given), frozenset(key for kind, key in zip(kinds, keys) if kind == "s"))


def faker_name_lexicon() -> NameLexicon:
    """The lexicon :func:`name_lexicon` reads, made from Faker's person providers (build time only)."""
    import faker.providers.person as person_providers

    raw: dict[bool, set[str]] = {True: set(), False: set()}   # is a surname -> words as written
    loaded_before = set(sys.modules)
    with _lock:
        for module in pkgutil.iter_modules(person_providers.__path__):
            if module.name in _OTHER_SCRIPT:
                continue
            provider = importlib.import_module(f"{person_providers.__name__}.{module.name}").Provider
            for attribute, values in vars(provider).items():
                if attribute.startswith("_") or "names" not in attribute or "language" in attribute \
                        or not isinstance(values, (list, tuple, dict)):
                    continue
                raw["last" in attribute].update(w for v in values if isinstance(v, str) for w in v.split())
    # the providers' modules hold every list whole (about 15 MB): only the folded keys are kept
    for name in set(sys.modules) - loaded_before:
        if name.startswith(person_providers.__name__ + "."):
            del sys.modules[name]
            if hasattr(person_providers, name.rsplit(".", 1)[1]):
                delattr(person_providers, name.rsplit(".", 1)[1])
    given: set[str] = set()
    surnames: set[str] = set()
    for is_surname, words in raw.items():
        target = surnames if is_surname else given
        for word in words:
            word = _PREFIXED.sub(r"\g<rest>", word)
            if len(word) > 1 and word[0].isupper() and _LATIN_WORD.match(word):
                target.update(name_key(part) for part in word.split("-") if len(part) > 1)
    # Faker derives Polish and Lithuanian women's surnames in code, not in its lists: derive them the same way
    surnames.update(feminine for key in list(surnames) for feminine in feminine_forms(key))
    return NameLexicon(frozenset(given), frozenset(surnames))


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Folded names of countries and of the world's towns above 15,000 people (GeoNames): "Hong Kong" and "Addis
    Ababa" are made of name-like words and are places. Read from ``redact/data/place_keys.txt``, which
    tools/build_data.py makes with :func:`folded_place_names` (folding 34,000 names took a second per process)."""
    from ...data.tables import column

    return frozenset(column("place_keys.txt"))


def folded_place_names() -> frozenset[str]:
    """The keys :func:`_places` reads (build time only)."""
    from ...data.tables import region_names, world_towns

    names = set(region_names("country"))
    names.update(town.name for town in world_towns())
    names.update(region_names("us_state"))
    return frozenset(name_key(n) for n in names)


@lru_cache(maxsize=65536)
def _ordinary(word: str) -> bool:
    from ...name_or_word import is_ordinary_word

    return is_ordinary_word(word)


@lru_cache(maxsize=65536)
def _frequent(word: str) -> bool:
    """An English word or a well-known proper name (wordfreq counts both): not an unknown word."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en") >= 3.0


STRONG, WEAK, UNKNOWN, PROPER, WORD = "strong", "weak", "unknown", "proper", "word"


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from ...name_or_word import _stop_words as spacy_stop_words

    return spacy_stop_words()


# two syllables of one given name joined by a hyphen, the second in small letters, as Korean and Chinese names are
# romanised ("Ji-woo", "Seo-yeon", "Mei-ling")
_SYLLABLES = regex.compile(r"^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,6}$")
# what opens an English word joined by a hyphen ("Co-ordinator", "Re-referral", "Non-molestation", "Wi-fi")
_WORD_PREFIXES = frozenset("ex co re pre post non anti multi self sub inter mid semi de un over under out up mis "
                           "step half great grand pro counter cross hi wi sci lo".split())
# what a place or a person makes a compound with ("Tydfil-bred", "Cardiff-born", "Leeds-based", "Mo-led")
_COMPOUND_ENDINGS = frozenset("based born raised bred reared led run owned like style type free made wide speaking "
                              "funded backed".split())
_SMALL_WORDS = frozenset("on in by go do no so to at of or as be he me we my it is an am oh ok".split())


@lru_cache(maxsize=4096)
def syllables_of_a_given_name(word: str) -> bool:
    """Is ``word`` a given name of two syllables joined by a hyphen ("Ji-woo", "Mei-ling"), not an English word
    written so ("Follow-up", "Long-term", "Well-known", "Co-ordinator")? Its first syllable is no English word or
    prefix, and the word is no relation ("Ex-partner")."""
    if not _SYLLABLES.match(word):
        return False
    first, second = word.lower().split("-")
    if first in _WORD_PREFIXES or second in _COMPOUND_ENDINGS or word.lower() in RELATION_WORDS:
        return False
    english_second = _ordinary(second) or inflected_word(second)
    if len(first) == 2:
        # the dictionaries hold "ji" and "mi": a syllable of two letters is English only as a small word before an
        # English word ("So-called", "No-show", "On-call"; not "So-yeon", "Do-yoon")
        return not (first in _SMALL_WORDS and english_second)
    if len(first) == 3:    # "Top-up", "Low-cost", "Set-up", but "Min-jun", "Kai-wen"
        return not (_ordinary(first) and english_second)
    return not (_ordinary(first) or inflected_word(first))


@lru_cache(maxsize=65536)
def word_kind(word: str) -> str:
    """strong: a known name part that is no ordinary word; weak: a known name part that is also a word ("Grace",
    "Green"); unknown: no known name part, no frequent word ("Warfaa"); proper: frequent in English text but no
    dictionary word (a well-known name or place: "Saeed", "Leicester"); word: everything else."""
    if _CELTIC.match(word):
        return STRONG
    prefixed = _PREFIXED.match(word)
    if prefixed:
        word = prefixed.group("rest")
    if syllables_of_a_given_name(word):
        return UNKNOWN    # judged with the name beside it: a word of no English alone is not enough
    parts = [p for p in word.split("-") if p]
    if len(parts) > 1:
        kinds = [word_kind(p) for p in parts]
        if WORD in kinds or not all(p[:1].isupper() for p in parts):
            return WORD
        return STRONG if STRONG in kinds or UNKNOWN in kinds or PROPER in kinds else WEAK
    key = name_key(word)
    if len(word) < 2 or (word.lower() in _stop_words() and key == word.lower()):
        return WORD   # "Do" is a word, "Đỗ" a Vietnamese surname
    english_spelling = key == word.lower()   # a word with diacritics ("Đỗ", "Lý") is no English word
    if key in name_lexicon():
        return WEAK if english_spelling and _ordinary(word) else STRONG
    if english_spelling and (_ordinary(word) or len(word) < 3 or inflected_word(word)):
        return WORD
    return PROPER if _frequent(word) else UNKNOWN


@lru_cache(maxsize=1)
def _name_or_word():
    from ...name_or_word import NameOrWord

    return NameOrWord()


def _read_as_word(text: str, start: int, end: int) -> bool:
    """Whether the sentence uses a name part that is also a word as the word ("rated Amber", "a grace
    period"), by the judgement the listed recogniser makes of listed words."""
    from ...name_or_word import Reading

    return _name_or_word().judge(text, start, end).reading is Reading.WORD


def _stop_word_name(word: str) -> bool:
    """A capitalised function word that is a known name part ("Can", a Turkish surname)."""
    return word[:1].isupper() and word.lower() in _stop_words() and name_key(word) in name_lexicon()


# Function words that are also name parts somewhere ("Thế" folds to "The"), but that before a lower-case word
# determine it: "Aisha Okonkwo The panel met" (a heading run on into its paragraph) opens a sentence. "An", "My" and
# "He" are left out: Vietnamese and Chinese given names and surnames ("Nguyen Thi An said", "Wei He said").
_DETERMINERS = frozenset({"the", "each", "such", "these", "those", "every"})


def _determiner_opening_a_sentence(text: str, words: list[_Word], i: int) -> bool:
    following = words[i + 1] if i + 1 < len(words) else None
    return (words[i].text.lower() in _DETERMINERS and following is not None and following.text[:1].islower()
            and text[words[i].end:following.start].isspace())


def inflected_word(word: str) -> bool:
    """An inflected dictionary word ("Neighbours", "Services", "Named", "Having"): the dictionary lists lemmas."""
    lower = word.lower()
    stems = []
    if lower.endswith("ies"):
        stems.append(lower[:-3] + "y")
    if lower.endswith(("s", "d")):
        stems.append(lower[:-1])
    if lower.endswith(("es", "ed")):
        stems.append(lower[:-2])
    if lower.endswith("ing"):
        stems += [lower[:-3], lower[:-3] + "e", lower[:-4]]
    if lower.endswith("ed") and len(lower) > 4 and lower[-3] == lower[-4]:
        stems.append(lower[:-3])   # "planned"
    return any(len(stem) > 2 and _ordinary(stem) for stem in stems)


# what stands before a name without being the person's own: a sentence's opening adverb or greeting, a word that
# describes the person ("Poor Phiri", "Young Moyo"), their part in the case ("Witness Phiri"), a head that names a
# thing ("Operation Kestrel", "Ward Nyumba"), a point of the compass before a region ("Southern Norrland"), or an
# office ("Ambassador Lindqvist", "Coroner Hughes")
_NOT_A_GIVEN_NAME = frozenset("""
later earlier yesterday today tonight tomorrow instead soon maybe overall there here where when why how
dear hi hello hey thanks cheers poor young old little late baby big brave sweet lovely good great lucky elder
older younger
witness victim perpetrator suspect defendant client patient applicant claimant complainant subject author chair
panel agency officer worker nurse doctor teacher midwife paramedic team family case sir madam
operation project ward hotel house villa camp centre center unit club studio salon radio fort lake mount port
cape river saint bay block flat room bed exhibit appendix annex table figure section part chapter form item note
route flight bus train car model brand code
north south east west northern southern eastern western central upper lower greater inner outer mid new royal market
ambassador president governor mayor consul commissioner chancellor secretary deputy premier ombudsman registrar
coroner magistrate recorder solicitor barrister counsel agent
""".split())
# adverbs, and the adjectives of a creed, a people or a movement ("Marxist Leninist", "Islamic", "Kurdish")
_NOT_A_NAME_ENDINGS = ("ly", "ist", "ism", "ian", "ese", "ish", "ic")
# what leads a thing, not a person: "a Ford Kuga", "her Toyota Yaris"
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’-])(?:a|an|the|her|his|their|my|your|our|its|this|that|these|those|every"
                                r"|each|no|any|some|whose)[ \t]+$", re.IGNORECASE)


def a_word_before_a_name(text: str, start: int, end: int) -> bool:
    """Is the capitalised word ``text[start:end]``, just before a name part, a word that stands there without being
    the person's given name? A title, a rank, a family word, a part in the case, an opening adverb or greeting, a
    head naming a thing, a people or platform, a month or weekday (their own steps judge them), a small word of
    grammar, an inflected word ("Following Owusu's arrest"), a word in capitals, or one after a determiner ("a
    Ford Kuga")."""
    from ..kept_words import names_no_one
    from .places import is_known_place

    word = text[start:end]
    key = word.lower()
    if "-" in word:    # "Ji-woo", not "Follow-up", "Long-term", "Ex-partner" or "Well-known"
        return not syllables_of_a_given_name(word)
    return not word.istitle() or key in _NOT_A_GIVEN_NAME or key in _stop_words() or key in KIN_ADDRESS_WORDS \
        or key in RELATION_WORDS or key.endswith(_NOT_A_NAME_ENDINGS) or word in NAME_TITLES \
        or word in HONORIFICS or word in MONTHS or word in WEEKDAYS or names_no_one(word) or inflected_word(word) \
        or (is_known_place(word) and name_key(word) not in name_lexicon().given) \
        or _DETERMINER_BEFORE.search(text, max(0, start - 12), start) is not None \
        or _welsh_word(text, _Word(start, end, word))


# what leads a month that is a date's, not a name's: "In May Doyle rang", "by June", "on 3 May", "early April"
_DATE_LEAD_BEFORE = lazy(re.compile,
                         r"(?:(?<![\w'’-])(?:in|on|by|of|since|until|till|during|from|early|late|mid|last|next|"
                               r"this|that|every|each|the|a|through|throughout|between|before|after|around|about|"
                               r"until|to|and|or)|[0-9](?:st|nd|rd|th)?,?)[ \t]+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")


def a_given_name_before_a_name(text: str, start: int, end: int) -> bool:
    """Is the capitalised word ``text[start:end]``, just before a surname, a given name or nickname of the name
    lists that ``a_word_before_a_name`` reads as a word: a short form the tables know ("Mags", "Will", "Bill"), an
    inflected-looking or adverb-looking given name ("Blessing", "Holly", "Dolly"), a month that is a woman's name
    with no word before it that makes it a date ("May Doyle", not "In May Doyle"), a describing word that many
    countries give as a name ("Lucky")? Never a title, a family word, a weekday, a people, a word after a
    determiner or a question's opening modal ("Will Doyle attend?")."""
    from ...given_name_genders import given_name_countries
    from ...short_forms import is_a_short_form
    from ...variants import likely_gender
    from ..kept_words import names_no_one

    word = text[start:end]
    key = word.lower()
    if not word.istitle() or "-" in word or word in NAME_TITLES or word in HONORIFICS or word in WEEKDAYS \
            or key in KIN_ADDRESS_WORDS or key in RELATION_WORDS or names_no_one(word) \
            or _DETERMINER_BEFORE.search(text, max(0, start - 12), start) \
            or _welsh_word(text, _Word(start, end, word)):
        return False
    short_form = is_a_short_form(word)
    if key in _stop_words():
        return short_form and not a_word_opening_a_question(text, start, end) \
            and (word not in MONTHS or not a_date_lead_before(text, start))
    if word in MONTHS:
        return (short_form or likely_gender(word) is not None) and not a_date_lead_before(text, start)
    if key in _NOT_A_GIVEN_NAME:
        return likely_gender(word) is not None and given_name_countries(word) >= 3
    return short_form or likely_gender(word) is not None


# words a sentence writes capitalised before a surname that name a body, a case's setting, a feast or a time, never
# a person ("Probation Warsame", "Contact Warsame", "Christmas Warsame", "During Lockdown Warsame"), beside the
# organisations' heads
_HEADS_THAT_NAME_NO_ONE = frozenset("""
Probation Social Services Safeguarding Agency Department Authority Office Contact Case Report Review Interview
Statement Referral Assessment Meeting Appointment Hearing Trial Inquest Custody Bail Notes Record Records
Christmas Easter Eid Ramadan Diwali Hanukkah Passover Lent Advent Vaisakhi Navratri Holi Boxing Halloween
Summer Winter Spring Autumn Morning Evening Night Afternoon Weekend Today Tonight Tomorrow Yesterday
Lockdown Covid Pandemic Quarantine Term
""".split())


def a_given_name_of_no_list_before_a_name(text: str, start: int, end: int, name_end: int) -> bool:
    """Is the capitalised word ``text[start:end]``, just before a surname that ends at ``name_end``, a given name
    that no name list holds and that is also a word ("Gift", "Favour", "Bunny", "Treasure")? A family shares its
    surname: a word the tagger reads as a proper noun there is a relative's given name, unless it is a word that
    leads a name without being one (``a_word_before_a_name``: a title, a kin word, a month, a weekday, an opening
    adverb), a body's or a feast's word ("Police", "Probation", "Christmas"), a greeting or request of a message
    of another language ("Salam", "Abeg"), or opens its sentence or a quote as a verb or greeting does ("Phone
    Nowak's sister about the key", "Support Okafor", "Sorry Whitfield, can't make it"): there the name must be the
    sentence's subject."""
    from ...name_or_word import Reading, sentence_start
    from ...words_of_other_languages import a_word_of_its_message

    word = text[start:end]
    if len(word) < 3 or not word.istitle() or word in _ORG_HEADS or word in _HEADS_THAT_NAME_NO_ONE \
            or a_word_of_its_message(text, start, end) or a_word_before_a_name(text, start, end):
        return False
    opens = sentence_start(text, start)
    judgement = _name_or_word()._tagged(text, start, end, opens, "before a surname")
    if judgement.reading is not Reading.NAME:
        return False    # "Contact Warsame today" (a noun), "Ask Warsame" (a verb): only a proper noun is a name
    if opens is None and _QUOTE_BEFORE.search(text, max(0, start - 4), start):
        opens = start   # a quote opens a sentence of its own: 'posted "Phone Doherty's kids this Christmas"'
    # a verb opening its sentence is an imperative unless a verb in a tense or an apposition follows the name
    # ("Phone Lloyd-Ashcombe's family was the title of the appeal": the possessive's noun is no proof)
    return opens is None or _the_subject_of_its_sentence(text, opens, name_end,
                                                         possessive=word.lower() not in _verbs())


# what the name opening a sentence is followed by when it is the subject: a verb in a tense ("Bunny Warsame
# visited"), after an adverb ("Gift Mensah later moved") or a bracketed role ("Favour Okafor (sister) gave"), an
# apposition ("Gift Warsame, her brother, called"), a possessive's noun and then a verb ("Gift Warsame's account
# differs")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_APPOSITION_OPENERS = frozenset("her his their the a an our my its".split())
_QUOTE_BEFORE = lazy(re.compile, r"[\"“‘'«][ \t]*$")


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    from ...name_or_word import _verbs as dictionary_verbs

    return dictionary_verbs()


def _the_subject_of_its_sentence(text: str, opens: int, name_end: int, possessive: bool) -> bool:
    from ...name_or_word import _sentence_end

    sentence = text[opens:_sentence_end(text, name_end)]
    tags = _name_or_word()._tags(sentence) or ()
    after = [t for t in tags if t[0] >= name_end - opens]
    if not after:
        return False
    if after[0][1] == "," and len(after) > 1:
        return after[1][1].lower() in _APPOSITION_OPENERS
    if after[0][3] == "POS" and possessive:
        after = after[1:]
        nouns = []
        while after and after[0][2] in ("NOUN", "ADJ", "PROPN", "NUM"):
            nouns.append(after[0])
            after = after[1:]
        if len(nouns) >= 2 and nouns[-1][3] == "NNS" and (not after or after[0][2] == "PUNCT"):
            return True   # "Bunny Warsame's account differs.": the tagger's plural noun ending it is its verb
    elif after[0][1] == "(" and (close := next((i for i, t in enumerate(after[:6]) if t[1] == ")"), None)):
        after = after[close + 1:]   # "Favour Okafor (sister) gave a statement"
    while after and after[0][3] in ("RB", "RBR"):
        after = after[1:]   # "Gift Mensah later moved to Leeds", "Memory Byrne never attended"
    return bool(after) and after[0][3] in _FINITE_TAGS


def a_word_opening_a_question(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a small word of grammar opening a question ("Will Doyle be charged?", "May Doyle see
    her?"): a modal, not a given name (in "Was May K Doyle at home?" the question opens with "Was")."""
    from ...name_or_word import sentence_start

    if text[start:end].lower() not in _stop_words() or sentence_start(text, start) is None:
        return False
    stop = _SENTENCE_END.search(text, end)
    return stop is not None and stop.group() == "?"


def a_date_lead_before(text: str, start: int) -> bool:
    """Does a word that leads a date stand just before ``start`` ("In", "by", "early", "3")?"""
    return _DATE_LEAD_BEFORE.search(text, max(0, start - 16), start) is not None


def _welsh_word(text: str, word: "_Word") -> bool:
    """A common Welsh word in a Welsh sentence, or a Welsh day (``name_or_word.welsh_word_at``)."""
    if word.text.lower() not in WELSH_WORDS and word.text not in WELSH_WEEKDAY_FORMS:
        return False
    from ...name_or_word import welsh_word_at

    return welsh_word_at(text, word.start, word.end)


@dataclass(slots=True)   # one per word of every paragraph
class _Word:
    start: int
    end: int
    text: str


def _words(text: str) -> list[_Word]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        end = m.end()
        if len(word) > 2 and word[-2:] in ("'s", "’s"):
            word, end = word[:-2], end - 2
        elif word.endswith(("'", "’")):
            word, end = word[:-1], end - 1
        out.append(_Word(m.start(), end, word))
    return out


# English contractions a message writes capitalised ("Tell Ngozi I'm sorry", "Hodan I’ll call"): "I'm" matched a
# name's shape ("D'Souza", "Ke'shawn"), and "Ngozi I'm" was read as one unknown person, "I'm" lost with the name
_CONTRACTION = regex.compile(r"^(?:I|You|We|They|He|She|It|That|There|Who|What|Let|Ya)['’](?:m|ll|ve|d|re|s)$"
                             r"|^\p{Lu}\p{Ll}*n['’]t$", regex.IGNORECASE)


@lru_cache(maxsize=65536)   # asked of every word of every paragraph; a document repeats its words
def _name_like(word: str) -> bool:
    if _CONTRACTION.match(word):
        return False
    return bool(_CAPITALISED.match(word) or _CELTIC.match(word) or _PREFIXED.match(word)
                or syllables_of_a_given_name(word)
                or ("-" in word and all(_CAPITALISED.match(p) for p in word.split("-") if p)))


# what ends a company's name ("Bill Payments Ltd"), never a person's whole name, whatever verb follows
_COMPANY_ENDINGS = frozenset({"Ltd", "Limited", "PLC", "Plc", "LLP", "Inc"})
# a capitalised word and a middle initial just before a name part: "Precious T Mbeki", "Gift J. Osei"
_GIVEN_AND_INITIAL_BEFORE = lazy(regex.compile, r"(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{Ll}\p{M}]+)[ ]\p{Lu}\.?[ ]$")
# an auxiliary opening a question, at the start of a sentence, a line or a quote, just before a name part; then a
# verb's base form ("Will Pham attend the review?", "May Adeyemi see her children?", "Can Okafor be charged?")
_AUXILIARY_OPENING_BEFORE = lazy(regex.compile, r"(?:^|[.!?\n]\s*|[\"“‘(]\s*|^[ \t]*[-•*][ \t]+)(?:Will|Would|Can|"
                                                r"Could|Shall|Should|May|Might|Must|Did|Does|Do)[ ]$")
_LOWER_CASE_WORD_AFTER = lazy(regex.compile, r"[ ](?:not[ ])?\p{Ll}+\b")


def _context_of_a_middle_initial(text: str, start: int) -> str | None:
    """A capitalised word and a middle initial before ``start``: the word after is the surname of a name written in
    full, "strong" after a given name of the lists or one ``a_given_name_before_a_name`` takes ("Precious",
    "Will"), "weak" after another word that does not lead a name without being one ("Memory T Grewal"), None."""
    before = _GIVEN_AND_INITIAL_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return None
    word, word_start, word_end = before.group(1), before.start(1), before.end(1)
    if a_given_name_before_a_name(text, word_start, word_end) \
            or word_kind(word) != WORD and not a_word_before_a_name(text, word_start, word_end):
        return "strong"
    return None if a_word_before_a_name(text, word_start, word_end) else "weak"


_AUXILIARIES = frozenset("will would can could shall should may might must did does do was were is are has have had"
                         .split())


def _an_auxiliary_opening_a_question(text: str, word: _Word) -> bool:
    return word.text.lower() in _AUXILIARIES and a_word_opening_a_question(text, word.start, word.end)


def _the_subject_of_a_question(text: str, start: int, end: int) -> bool:
    """A name part between a question's opening auxiliary and a verb's base form is the question's subject."""
    if not _AUXILIARY_OPENING_BEFORE.search(text, max(0, start - 12), start) \
            or not _LOWER_CASE_WORD_AFTER.match(text, end):
        return False
    stop = _SENTENCE_END.search(text, end)
    return stop is not None and stop.group() == "?"


class KnownNameRecognizer(DhrRecognizer):
    """Runs of capitalised words made of known name parts, or confirmed by the sentence -> PERSON, 0.86; 0.6 when
    only a verb after it confirms it ("Mirpur was ...").

    Metadata ``{"kinds": "strong weak ..."}`` records what each word was taken for."""

    reads_prose = True  # judged from the sentence around it: never run on an attribute value

    # Above the model's 0.85: on the same span the model often reads an unfamiliar name as a place ("Thamilini
    # Kandiah" -> GPE), and overlaps of one span keep the higher score.
    SCORE = 0.86
    WEAK_SCORE = 0.6
    COMMA_SCORE = 0.86
    # a record's field says the value is a person's name: above the model's reading of it (and ``resolve._class``
    # ranks it above the model's organisation: "Name: YUKI BONDARENKO" read "Place 1 BONDARENKO")
    FIELD_SCORE = 0.95
    ENTITIES = (PERSON,)

    # ------------------------------------------------------------------ runs

    def _runs(self, text: str, words: list[_Word]) -> list[list[int]]:
        """Indexes of words that form runs of capitalised name-like words, particles inside, on one line."""
        runs: list[list[int]] = []
        current: list[int] = []
        for i, w in enumerate(words):
            joined = current and text[words[current[-1]].end:w.start] in (" ", "\u00a0") \
                and words[current[-1]].end == words[current[-1]].start + len(words[current[-1]].text) \
                and text[words[current[-1]].end:words[current[-1]].end + 1] != "'"
            if current and not joined:
                runs.append(current)
                current = []
            if _name_like(w.text) or (current and (w.text in PARTICLES or w.text in CAPITAL_PARTICLES)) \
                    or w.text in CAPITAL_PARTICLES:
                current.append(i)
            elif w.text in PARTICLES and i + 1 < len(words) and _name_like(words[i + 1].text) \
                    and text[w.end:words[i + 1].start] == " ":
                current.append(i)  # "de Souza", "van der Berg" opening a run
            else:
                if current:
                    runs.append(current)
                current = []
        if current:
            runs.append(current)
        return runs

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if not wanted(entities, PERSON) or not text:
            return []
        words = _words(text)
        found: list[RecognizerResult] = []
        for run in self._runs(text, words):
            found += self._judge_run(text, words, run)
        found += self._comma_names(text, words)
        found += self._name_field_values(text)
        return found + self._repeats(text, words, found)

    def _repeats(self, text: str, words: list[_Word], found: list[RecognizerResult]) -> list[RecognizerResult]:
        """A name part found here stands for the person elsewhere in the same text ("Bożena Król ... Bożena
        was referred"): the model, without the full name beside it, often takes the part for a place."""
        parts: dict[str, str] = {}
        for r in found:
            if r.score < self.SCORE:
                continue
            for w in _words(text[r.start:r.end]):
                if len(w.text) >= 3 and word_kind(w.text) != WORD:
                    parts[w.text] = word_kind(w.text)
        if not parts:
            return []
        taken = [(r.start, r.end) for r in found if r.score >= self.SCORE]
        out = []
        for w in words:
            if w.text not in parts or any(a <= w.start < b for a, b in taken):
                continue
            # a part that is also a word ("Hope", "Devon") only inside a sentence, where its capital means a name
            if parts[w.text] in (WEAK, PROPER) and (
                    _SENTENCE_START_BEFORE.search(text[max(0, w.start - 20):w.start])
                    or _PLACE_WORD_BEFORE.search(text[max(0, w.start - 20):w.start])
                    or parts[w.text] == WEAK and _read_as_word(text, w.start, w.end)):
                continue  # "Amber Miah ... the Red, Amber, Green rating": the word where the sentence says so
            out.append(result(self, PERSON, w.start, w.end, self.SCORE, "name part named in the same text"))
        return out

    def _judge_run(self, text: str, words: list[_Word], run: list[int]) -> list[RecognizerResult]:
        from ..kept_words import names_a_thing

        # split the run at ordinary words: "Later Kwame Asante" -> "Kwame Asante"
        out = []
        piece: list[tuple[int, str]] = []
        for position, i in enumerate(run):
            w = words[i].text
            kind = "particle" if (w in PARTICLES or w in CAPITAL_PARTICLES) else word_kind(w)
            if kind == WORD and piece and piece[-1][1] in (STRONG, UNKNOWN) and _stop_word_name(w) \
                    and not _determiner_opening_a_sentence(text, words, i):
                kind = WEAK   # "Fatih Can": a surname that is also a function word, after a given name
            if kind == WORD and len(run) == position + 2 and word_kind(words[run[-1]].text) in (STRONG, UNKNOWN) \
                    and (position == 0 or position == 1 and _an_auxiliary_opening_a_question(text, words[run[0]])) \
                    and not a_word_before_a_name(text, words[i].start, words[i].end):
                # "Memory Chikwanha", "Success Owusu": a given name that is an English word; so after a question's
                # opening auxiliary ("Was Honour Ozturk at the house?")
                kind = WEAK
            if kind != WORD and kind != "particle" and _welsh_word(text, words[i]):
                kind = WORD   # "Roedd Haf yn drist" -> "Haf"; "Dydd Mawrth", "nos Wener": Welsh words and days
            if kind in (STRONG, UNKNOWN) and names_a_thing(w):
                kind = WORD   # "gave Kathleen Pregabalin", "a Vauxhall Corsa": a medicine or a car, no surname
            if kind == WORD:
                out += self._judge_piece(text, words, piece)
                piece = []
            else:
                piece.append((i, kind))
        return out + self._judge_piece(text, words, piece)

    def _judge_piece(self, text: str, words: list[_Word], piece: list[tuple[int, str]]) -> list[RecognizerResult]:
        while piece and piece[0][1] == "particle" and not (words[piece[0][0]].text in PARTICLES and len(piece) > 1):
            piece = piece[1:]
        while piece and piece[-1][1] == "particle":
            piece = piece[:-1]
        names = [(i, k) for i, k in piece if k != "particle"]
        if not names or all(name_key(words[i].text) in _NO_NAME_VALUES for i, _ in names):
            return []   # "Surname: Unknown": a field left unfilled
        kinds = [k for _, k in names]
        start, end = words[piece[0][0]].start, words[piece[-1][0]].end
        following = text[end:end + 40]
        head = _NEXT_CAPITALISED.match(following)
        if head and head.group(1) in _ORG_HEADS:
            return []
        suffix = _NAME_SUFFIX.match(following)
        name_end = end + (suffix.end() if suffix else 0)
        context = self._context(text, start, name_end)
        if context != "strong" and (particles := _PARTICLES_BEFORE.search(text, max(0, start - 30), start)) \
                and self._context(text, particles.start(), name_end) == "strong":
            start, context = particles.start(), "strong"
        if len(names) == 1 and syllables_of_a_given_name(words[names[0][0]].text) and context != "strong":
            return []    # "Wi-fi was down": such a word alone is a name only where the sentence says so
        if words[names[-1][0]].text in _ORG_HEADS and context != "strong":
            return []  # "Hetal Street was closed", "Ann Court": a place unless the sentence makes it a person
        if len(names) == 1 and words[names[0][0]].text in _COMPANY_ENDINGS:
            return []  # "Bill Payments Ltd wrote to her": a company's ending, the word before it no name part
        place = name_key(text[start:end]) in _places()
        if len(names) >= 2 and STRONG in kinds and not place:
            reason, score = "known name parts", self.SCORE
        elif len(names) >= 2 and UNKNOWN in kinds and not place \
                and not _PLACE_BEFORE.search(text, max(0, start - 12), start):
            # "Hamse Warfaa"; "Merline Campbell", "Jayshree Modi", "Peace Nyarko": a word of no English beside
            # another name part (known, also a word, or a famous name)
            reason, score = "words of no English", self.SCORE
        elif context == "strong" and (STRONG in kinds or UNKNOWN in kinds or WEAK in kinds or PROPER in kinds) \
                and not (place and _PLACE_BEFORE.search(text, max(0, start - 12), start)):
            # (not "Her sister in Poland called": a country or a town after "in" is where the speaker is)
            reason, score = "name confirmed by context", self.SCORE
        elif context == "weak" and (STRONG in kinds or UNKNOWN in kinds) and not place:
            reason, score = "name confirmed by a verb", self.WEAK_SCORE
        elif context == "preposition" and kinds == [STRONG] * len(kinds) and not place \
                and all(name_key(words[i].text) in name_lexicon().given
                        and name_key(words[i].text) not in name_lexicon().surnames for i, _ in names):
            # a given name that is no surname: "next to McDonald's bakery" is a family's name, maybe a business's
            reason, score = "known given name after a preposition or a verb", self.WEAK_SCORE
        else:
            return []
        return [result(self, PERSON, start, name_end, score, reason, kinds=" ".join(kinds))]

    @staticmethod
    def _context(text: str, start: int, end: int) -> str | None:
        """"strong" for a relation word, a label, a verb of speech, a given name and a middle initial before
        ("Precious T Mbeki": the model reads "Summer L Farah" as a date); "weak" for any verb a person does, another
        word and an initial before ("Memory T Grewal"), the subject of a question an auxiliary opens ("Will Pham
        attend?"); None."""
        before = text[max(0, start - 60):start]
        after = text[end:end + 60]
        if middle_initial := _context_of_a_middle_initial(text, start):
            return middle_initial
        if _the_subject_of_a_question(text, start, end):
            return "weak"
        if _BIRTH_NAME_BEFORE.search(before):
            return "strong"
        previous = _PREVIOUS_WORD.search(before)
        if previous:
            word = previous.group(1).lower()
            if word in RELATION_WORDS:
                return "strong"
            if word in _LABELS and _COLON_BEFORE.search(before) and not _a_things_name_label(text, start - len(
                    before) + previous.start(1)) or word in {"dear", "née", "nee", "alias"}:
                return "strong"
        if bracketed := _BRACKETED_ROLE.match(after):
            role = bracketed.group(1).lower()
            if role in RELATION_WORDS or role.rstrip("s") in RELATION_WORDS:
                return "strong"
        appositive = _APPOSITIVE.match(after)
        if appositive and appositive.group(1) in RELATION_WORDS:
            return "strong"
        relation = _POSSESSIVE_RELATION.match(after)
        if relation and relation.group(1) in RELATION_WORDS:
            return "strong"
        after_partner = _AFTER_ANOTHER_NAME.search(before)
        partner = _AND_ANOTHER_NAME.match(after)
        if partner and any(word_kind(w) not in (STRONG, UNKNOWN) for w in regex.findall(r"\p{Lu}[\p{L}\p{M}'’-]*",
                                                                                         partner.group())):
            partner = None   # "Brown & Co wrote", "Smith and Sons": a firm, not two people
        if _AGE_AFTER.match(after):
            return "strong"
        rest = after[partner.end():] if partner else after
        next_word = _NEXT_WORD.match(rest)
        if next_word:
            word = next_word.group(1)
            if word in _SPEECH_VERBS and not _NOT_SPEECH_AFTER.match(rest, next_word.end()):
                return "strong"
            if word in _PERSON_VERBS or (partner or after_partner) and word in ("were", "are", "have"):
                return "weak"
        if previous and previous.group(1) in _PREPOSITIONS_BEFORE_SOMEONE \
                and not previous.group(0)[len(previous.group(1)):].strip():
            return "preposition"
        return None

    # ------------------------------------------------------------------ "Surname: MENSAH"

    def _name_field_values(self, text: str) -> list[RecognizerResult]:
        """The value of a record's field for a person's name ("Surname: MENSAH", "First Name: Ewa  Last Name:
        Sandhu", "| Forename | Ama |"): a name, capitals or not, up to the line's end, a column's separator or the
        next field's label. Pasted police and agency records write their fields so; a surname in capitals alone on
        its line was read by nothing else."""
        if ":" not in text and "|" not in text and "\t" not in text:
            return []
        out = []
        for field in _name_field_label().finditer(text):
            if field.group("sep") != ":" and not _CELL_BEFORE.search(text, max(0, field.start() - 40), field.start()):
                continue   # "her surname | the family's" is no table's field; a colon says so wherever it stands
            if not _a_persons_name_field(text, field):
                continue   # "Agency Name: Wealdshire Police", "Street Name:": a thing's name
            line_end = _LINE_END.search(text, field.end())
            value = text[field.end():line_end.start() if line_end else len(text)]
            value = value[:_next_label_start(value)]
            separator = _FIELD_SEPARATOR.search(value)
            if separator and (birth := _BIRTH_NAME_IN_BRACKETS.match(value, separator.start())) \
                    and _a_field_name_value(birth.group("name")):
                # "Surname: MENSAH (nee OWUSU)": the name she was born with, in capitals as the field's
                out.append(result(self, PERSON, field.end() + birth.start("name"), field.end() + birth.end("name"),
                                  self.FIELD_SCORE, "birth name in a name field", name_field=True))
            value = value[:separator.start()] if separator else value
            offset = field.end()
            for part in _COMMA_PARTS.finditer(value):
                start, end = offset + part.start(), offset + part.end()
                if _a_field_name_value(part.group()) and not _an_organisations_name(part.group()):
                    out.append(result(self, PERSON, start, end, self.FIELD_SCORE, "value of a name field",
                                      name_field=True))
        return out

    # ------------------------------------------------------------------ "SURNAME, Given"

    _COMMA = regex.compile(
        r"(?:^|(?<=[:|\t(]\s{0,3})|(?<=\n))\s*"
        r"(?P<surname>(?:(?:[\p{Ll}]+|Ó|Ní|Mac)\s)*(?:(?:al|el|bin|ibn|abu|ul)-)?[\p{Lu}][\p{L}\p{M}'’]+(?:[- ][\p{Lu}][\p{L}\p{M}'’]+)?)"
        r",\s(?P<given>[\p{Lu}][\p{Ll}\p{M}]+(?:[- ][\p{Lu}][\p{Ll}\p{M}]+)?)(?![\p{L}])")

    def _comma_names(self, text: str, words: list[_Word]) -> list[RecognizerResult]:
        matches = list(self._COMMA.finditer(text))
        if not matches:
            return []     # (most texts; a function's import runs at each call)
        from ..kept_words import names_a_thing

        out = []
        for m in matches:
            given_words = regex.split(r"[\s-]+", m.group("given"))
            given_kind = word_kind(given_words[0])
            if any(word_kind(w) in (WORD, PROPER) for w in given_words) and given_kind != STRONG:
                continue   # "Colin Ashworth, Named Nurse"
            if names_a_thing(m.group("given")):
                continue   # "Surname: MENSAH, Forename: AMA": the next field's label
            surname_words = [w for w in regex.split(r"[\s-]+", m.group("surname")) if w[:1].isupper()]
            if not surname_words:
                continue
            shouted = all(w.isupper() for w in surname_words)
            if shouted and ((len(m.group("surname")) < 3 and name_key(m.group("surname")) == m.group("surname").lower())
                            or m.group("surname") in DOMAIN_ACRONYMS):
                continue
            kinds = [word_kind(w.capitalize() if shouted else w) for w in surname_words]
            labelled = bool(_LABEL_BEFORE.search(text, max(0, m.start("surname") - 30), m.start("surname"))
                            or _CELL_AFTER.match(text, m.end("given")))
            if not shouted:
                sides = kinds + [given_kind]
                if not labelled and name_key(m.group("surname")) in _places():
                    continue   # "Leicester, Coventry"
                if not (labelled and given_kind in (STRONG, WEAK, UNKNOWN)) and \
                        (WORD in kinds or not (STRONG in sides or UNKNOWN in sides)):
                    continue
            out.append(result(self, PERSON, m.start("surname"), m.end("given"), self.COMMA_SCORE,
                              "surname, given name", kinds=" ".join(kinds)))
        return out


# ------------------------------------------------------------------ a record's name fields
# the labels of a field for a person's name: the record labels of ``redact/data/not_identifying.yaml`` and "Name",
# "Alias", "AKA" ("Victim Name:", "Suspect's Name:" end in one); then an optional bracket ("Name (Surname,
# Forename):") and a colon, a table cell's bar or a tab
_OTHER_NAME_LABELS = ("name", "names", "full names", "alias", "aliases", "aka", "a.k.a.", "also known as",
                      "known as")


@lru_cache(maxsize=1)
def _record_name_labels() -> frozenset[str]:
    from ..kept_words import LABELS, lexicon

    return frozenset(key for key, kind in lexicon().kinds.items() if kind == LABELS)


@lru_cache(maxsize=1)
def _name_field_label():
    labels = set(_record_name_labels()) | set(_OTHER_NAME_LABELS)
    alternatives = "|".join(regex.escape(label).replace(r"\ ", r"[ ]") for label in sorted(labels, key=len,
                                                                                            reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}'’.-])(?i:{alternatives}|name[ ]of[ ](?:the[ ])?(?P<owner>\p{{L}}+))"
                         r"(?:[ \t]*\([^()\n]{0,40}\))?"
                         r"[ \t]*(?P<sep>:|\||\t)[ \t]*")


# a table's cell or a tab-separated column opening before the label, the word of whose name it is between
# ("| Victim Name | ... |")
_CELL_BEFORE = lazy(regex.compile, r"(?:^|[\n|\t])[ \t]*(?:[\p{L}'’]+[ /]){0,2}$")
_WORD_BEFORE_LABEL = lazy(regex.compile, r"([\p{L}]+)(?:['’]s?)?[ ]$")
# the things whose "Name:" a field may give, by the word before it ("Agency Name:", "Team Name:", "Street Name:");
# after any other word, a person's ("Victim Name:", "Mother's Name:"), the previous field's value too ("Interpreter:
# No Name: JEAN-LUC KAUR")
_THINGS_NAMED = frozenset("""
agency team service services street road company business organisation organization operation product drug
medication medicine brand file document vessel pub site project scheme course programme program app device venue
location area building town city village county country event department firm employer provider domain network
place premises property ward unit vehicle car pet dog cat school college hospital practice surgery trust council
charity club group shop store hotel restaurant account
""".split())
_LINE_END = lazy(regex.compile, r"[\n\r\v\f\u2028\u2029]")
# what ends a field's value on its line: a tab, two spaces or more, a column's bar, a semicolon, a bracket
_FIELD_SEPARATOR = lazy(regex.compile, r"\t|[ \u00a0]{2,}|[ \t]*[|;(\[]")
_BIRTH_NAME_IN_BRACKETS = lazy(regex.compile, r"[ \t]*\([ \t]*(?i:n[ée]e|born|formerly|previously|maiden name|"
                                              r"aka|alias)[ \t.:]+(?P<name>[^()\n]{1,60}?)[ \t]*\)")
# "Name: MENSAH, Ama": each side of a comma judged alone
_COMMA_PARTS = lazy(regex.compile, r"[^,\s](?:[^,]*[^,\s])?")
_NAME_TOKEN = lazy(regex.compile, r"^(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}\.)$")
_FIELD_WORD = lazy(regex.compile, r"[^\s:]+")
_BRACKET_BEFORE_COLON = lazy(regex.compile, r"[ \t]*\([^()]*\)[ \t]*$")
# words that stand in a name field for no name ("NK", "N/A", "TBC"): abbreviations no dictionary lists
_NO_NAME_VALUES = frozenset({"nk", "na", "tbc", "tba", "unk", "nfa", "none", "nil", "unknown", "redacted",
                             "withheld"})
# the last word of a field's label that an ordinary word before it belongs to ("Home Address:", "Last Name:",
# "NHS Number:"); a small word of a label joins the word before it too ("Date of Birth:", "Next of Kin:")
_LABEL_HEADS = frozenset({"name", "names", "number", "no", "address", "email", "phone", "tel", "status", "type",
                          "date", "details"})
_LABEL_JOINERS = frozenset({"of", "in", "at", "to", "for", "and", "&"})


def _next_label_start(value: str) -> int:
    """Where the next field's label begins in ``value``, the rest of a name field's line ("Mensah Forename: Ama",
    "AMA DOB: 01/02/1985", "Ama Date of Birth: ..."): its length where no colon follows."""
    colon = value.find(":")
    if colon < 0:
        return len(value)
    bracket = ending_at(_BRACKET_BEFORE_COLON, value, colon)   # "Surname (capitals):"
    words = list(_FIELD_WORD.finditer(value, 0, bracket.start() if bracket else colon))
    if not words:
        return 0
    start = len(words) - 1
    head = words[-1].group().lower()
    while start >= 2 and words[start - 1].group().lower() in _LABEL_JOINERS:
        start -= 2   # "Date of Birth", "Next of Kin"
    if start == len(words) - 1 and start >= 1 and head in _LABEL_HEADS:
        before = words[start - 1].group()
        if word_kind(before.title() if before.isupper() else before) == WORD or before.isupper() and len(before) <= 4:
            start -= 1   # "Last Name", "Home Address", "NHS Number"
    return words[start].start()


def _a_persons_name_field(text: str, field) -> bool:
    """A "Name:" field is a person's but after a word for a thing ("Team Name:", "Name of service:"); the labels of
    ``_name_field_label`` that say a person's name ("Surname", "Forename", "Alias") are."""
    if field.group("owner"):   # "Name of person:", "Name of the deceased:"; not "Name of service:"
        return field.group("owner").lower() not in _THINGS_NAMED and field.group("owner").title() not in _ORG_HEADS
    label = field.group().split(":")[0].split("|")[0].split("(")[0].strip().lower()
    if label not in ("name", "names"):
        return True
    return not _a_things_name_label(text, field.start())


def _a_things_name_label(text: str, label_start: int) -> bool:
    """Is the "Name" at ``label_start`` a thing's ("Team Name:", "Street Name:"), by the word before it?"""
    if text[label_start:label_start + 4].lower() != "name":
        return False
    before = _WORD_BEFORE_LABEL.search(text, max(0, label_start - 30), label_start)
    if before is None:
        return False
    return before.group(1).lower() in _THINGS_NAMED or before.group(1) in _ORG_HEADS


def _an_organisations_name(value: str) -> bool:
    """ "Wealdshire Police", "Oakfield School": an organisation's ending that is no name part ("Ama Hall" is a
    name)."""
    words = value.split()
    last = words[-1].title() if words[-1].isupper() else words[-1]
    return len(words) > 1 and last in _ORG_HEADS and word_kind(last) == WORD


def _a_field_name_value(value: str) -> bool:
    """Is ``value``, a name field's value, a name: words in capitals or capitalised ("MENSAH", "Ama", "van der
    BERG", "O'NEILL"), a few, not all ordinary words nor a placeholder ("Not Known", "N/A", "Surname")?"""
    from ..kept_words import names_a_thing

    tokens = value.split()
    if not tokens or len(tokens) > 5:
        return False
    if not all(_NAME_TOKEN.match(t) or t in PARTICLES or t in CAPITAL_PARTICLES for t in tokens):
        return False
    words = [t for t in tokens if len(t.rstrip(".")) > 1 and t not in PARTICLES]
    if not words or any(name_key(t) in _NO_NAME_VALUES or names_a_thing(t) for t in words):
        return False
    first = words[0].title() if words[0].isupper() else words[0]
    if len(words) > 1 and first.lower() in _NOT_A_GIVEN_NAME and word_kind(first) == WORD:
        return False   # "Name: Operation Kestrel", "Name: Project Phoenix": a thing's name
    return any(word_kind(t.title() if t.isupper() else t) != WORD for t in words)
