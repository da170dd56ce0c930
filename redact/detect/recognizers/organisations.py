"""Organisations whose name reveals a place: "Hartsford Borough Council", "HMP Dunholt", "Mill Lane Surgery",
"Safer Hartsford Partnership".

Each finding carries the place words and their offsets, so that the decision step can replace only the place
("Area A Borough Council"). National bodies ("Home Office", "Crown Prosecution Service", "Women's Aid" alone)
have no place in their name and are never reported.
"""
from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from ...entities import PLACE_ORGANIZATION
from ...lexicon import INSTITUTION_SHORT_KINDS, MONTHS, WEEKDAYS
from ...nearby import ending_at
from ...variants import likely_gender
from ._common import DOMAIN_ACRONYMS, DhrRecognizer, result

_APOS = "['’]"
# Longest first within the alternation, so "General Hospital" is the suffix rather than "Hospital".
SUFFIXES = [
    "Borough Council", "District Council", "City Council", "County Council", "Town Council", "Parish Council",
    "Metropolitan Borough Council", "Council", "Police", "Constabulary", "Hospital", "General Hospital",
    "Royal Infirmary", "Infirmary", "NHS Foundation Trust", "NHS Trust", "Teaching Hospitals NHS Foundation Trust",
    "Surgery", "Medical Centre", "Medical Practice", "Health Centre", "Academy", "School", "Primary School",
    "High School", "Secondary School", "Infant School", "Junior School", "College", "Crown Court",
    f"Magistrates{_APOS}? Court", "County Court", "Family Court", "Coroner's Court", "Coroner’s Court",
    f"Women{_APOS}s Aid", f"Women{_APOS}s Refuge", "Refuge", "Community Safety Partnership", "Safer Communities Partnership", "Homes",
    "Domestic Abuse Service", "Domestic Abuse Services", "Domestic Abuse Partnership", "Domestic Violence Service",
    "Domestic Violence Services",
    "Housing Association", "Housing Trust", "Housing", "Mental Health Team", "Recovery Service",
    "Safeguarding Children Partnership", "Safeguarding Adults Board", "Integrated Care Board", "Prison",
    # the local services a family turns to, named after their town ("Dunholt Children's Centre", "Marlbeck Food
    # Bank", "Sedgemere Men's Shed")
    f"Children{_APOS}s Centre", "Family Centre", "Family Hub", f"Men{_APOS}s Shed", f"Men{_APOS}s Project",
    f"Women{_APOS}s Centre", f"Women{_APOS}s Project", f"People{_APOS}s Project", "Food Bank", "Foodbank",
    "Advice Centre", "Day Centre", "Drop-in", "Drop-In", "Community Hub", "Community Centre", f"Carers{_APOS}? Centre",
    "Youth Centre", "Wellbeing Centre", "Recovery Centre", "Women's Support Centre",
    # the model reads "Centre" after "Walk-in" as a place of its own ("Place 1 Walk-in Place 2")
    "Walk-in Centre", "Walk-In Centre",
    # the kinds as records shorten them ("Keele Uni", "Salford Coll", "Dundee Hosp")
    *sorted(INSTITUTION_SHORT_KINDS),
]
PREFIXES = ["HMP", "HMYOI", "HM Prison", "London Borough of", "Royal Borough of", "Borough of", "City of",
            "University of"]
# Welsh names put the kind first, and a report of a Welsh review writes them so, alone or beside the English
# ("Heddlu Dyfed-Powys", "Cyngor Sir Ddinbych", "Ysgol Glan Clwyd", "Ysbyty Gwynedd", "Meddygfa Bro Cerwyn")
WELSH_PREFIXES = [
    "Heddlu", "Cyngor Sir", "Cyngor Bwrdeistref Sirol", "Cyngor Bwrdeistref", "Cyngor Dinas a Sir", "Cyngor Dinas",
    "Cyngor Tref", "Cyngor Cymuned", "Cyngor", "Ysgol Gynradd", "Ysgol Uwchradd", "Ysgol Gyfun", "Ysgol Gymraeg",
    "Ysgol Feithrin", "Ysgol", "Ysbyty Cyffredinol", "Ysbyty Athrofaol", "Ysbyty Cymuned", "Ysbyty", "Meddygfa",
    "Canolfan Iechyd", "Coleg", "Llys Ynadon", "Llys y Goron", "Llys Sirol", "Carchar", "Bwrdd Iechyd Prifysgol",
    "Bwrdd Iechyd", "Cymorth i Fenywod", "Tai", "Gwasanaeth Tân ac Achub", "Partneriaeth Diogelwch Cymunedol",
    "Partneriaeth Cymunedau Mwy Diogel",
]

_WORD = r"(?:[A-Z][a-zà-ÿ]*(?:[A-Z][a-z]+)?(?:['’][a-z]+|-(?:on|upon|under|in|le|de|la)-[A-Z][a-z]+|-[A-Z][a-z]+)*|St\.?)"
# A space inside a name is never a tab: a table column in a .txt draft ends the name before it.
_SPACE = r"[^\S\t]"
# "Newcastle upon Tyne", "Bradford on Avon"; "in" and "and" would join a place to the rest of the sentence.
_CONNECTOR = rf"(?:{_SPACE}(?:upon|on|under|le|de){_SPACE})"
_PLACE = rf"{_WORD}(?:(?:{_SPACE}|{_CONNECTOR}){_WORD}){{0,2}}"


def _alternation(items: list[str]) -> str:
    return "(?:" + "|".join(sorted((i.replace(" ", _SPACE) for i in items), key=len, reverse=True)) + ")"


# shortened kinds that are surnames too: after a given name they end a person's name
SURNAME_KINDS = frozenset({"Coll"})
_KIND_ALONE = re.compile(rf"(?:{_alternation(SUFFIXES + WELSH_PREFIXES)})")
_SUFFIXED = re.compile(rf"(?<![\w'’-])(?P<x>{_PLACE}){_SPACE}(?P<suffix>{_alternation(SUFFIXES)})(?![\w'’-])")
_PREFIXED = re.compile(rf"(?<![\w'’-])(?P<prefix>{_alternation(PREFIXES)}){_SPACE}(?P<x>{_PLACE})(?![\w'’-])")
# after a Welsh kind, the place's words may be joined by the article or a preposition ("Ysbyty Glan yr Afon",
# "Ysgol Bro Pedr", "Llanfair ym Muallt")
_WELSH_CONNECTOR = rf"(?:{_SPACE}(?:y|yr|ym|yng|ar|dan|ger|a){_SPACE})"
_WELSH_PLACE = rf"{_WORD}(?:(?:{_SPACE}|{_WELSH_CONNECTOR}){_WORD}){{0,2}}"
_WELSH_PREFIXED = re.compile(rf"(?<![\w'’-])(?P<prefix>{_alternation(WELSH_PREFIXES)}){_SPACE}(?P<x>{_WELSH_PLACE})"
                             rf"(?![\w'’-])")
_SAFER = re.compile(rf"(?<![\w'’-])Safer{_SPACE}(?P<x>{_PLACE}){_SPACE}(?P<suffix>Partnership|Communities|Community{_SPACE}Partnership)"
                    rf"(?![\w'’-])")

# Words that cannot start a place in front of a suffix (sentence openers, determiners, titles, months).
_LEADING_NOISE = {
    "The", "A", "An", "At", "In", "On", "From", "To", "By", "With", "For", "Of", "And", "Both", "When", "While",
    "After", "Before", "Then", "Her", "His", "Their", "Its", "Our", "This", "That", "These", "Those", "Mr", "Mrs",
    "Ms", "Miss", "Dr", "Staff", "Officers", "Both", "Neither", "Either", "Local", "Each", "Every", "Other", "Via",
    *MONTHS, *WEEKDAYS,
    "Later", "Since", "Until", "During", "Following", "Once", "Although", "Because", "If", "As", "Only", "Also",
    "However", "Meanwhile", "Table", "Section", "Appendix", "See", "Victim", "Perpetrator", "Name", "Agency",
    "Contact", "Address", "Both", "Her", "Him", "He", "She", "They", "It", "We", "I", "Tell",
}
# Words of an organisation's name that are not the place ("Wealdshire Healthcare NHS Foundation Trust").
_GENERIC = {
    "General", "Royal", "University", "Teaching", "Hospitals", "Healthcare", "Health", "Care", "Mental",
    "Community", "Partnership", "Primary", "Infant", "Infants", "Junior", "Secondary", "High", "Grammar",
    "Catholic", "CofE", "Church", "Methodist", "Memorial", "District", "Borough", "County", "City", "Town",
    "Integrated", "Services", "Service", "Housing", "Women's", "Women’s", "Children's", "Children’s", "Family",
    "Medical", "Practice", "Surgery", "Centre", "Trust", "Foundation", "NHS", "Acute", "Specialist", "Adult",
    "Adults", "Safeguarding", "Recovery", "Domestic", "Abuse", "Violence", "Support", "Council", "Metropolitan",
    "Parish", "Free", "Comprehensive", "Academy", "Unit", "Clinic", "Regional", "Local", "Central", "Fire",
    "Rescue", "Ambulance", "Clinical", "Commissioning", "Group", "Partnerships", "Our", "Lady", "Saint",
    "Sixth", "Form", "Learning", "Trust's", "Hospital", "Police", "Crown", "Magistrates", "Court",
    # the same in Welsh (after the kind: "Ysbyty Cyffredinol", "Ysgol Gymraeg Bro Taf", "Bwrdd Iechyd Prifysgol")
    "Cyffredinol", "Brenhinol", "Prifysgol", "Cymunedol", "Gymunedol", "Gynradd", "Uwchradd", "Gyfun", "Gymraeg",
    "Bro", "Sir", "Sirol", "Bwrdeistref", "Dinas", "Tref", "Iechyd", "Meddygol", "Gwasanaeth", "Gwasanaethau",
    "Cymuned", "Athrofaol", "Feithrin", "Eglwys", "Santes", "Sant",
}
# Places that name no locality: national or generic bodies.
_NATIONAL = {"British", "British Transport", "National", "English", "Welsh", "Scottish", "UK", "HM", "Her Majesty's",
             "His Majesty's", "Ministry", "Home", "Crown", "Central", "Independent", "Royal", "Private", "State",
             "Public", "Special", "Local", "Primary", "Secondary", "Main", "New", "Old", "Metropolitan", "Civil",
             "Specialist", "Nursing", "Care", "Children's", "Children’s", "Residential", "Supported", "Social",
             "Council", "Refuge", "Women's", "Women’s", "Probation", "Youth", "Family", "Boarding", "Sunday",
             "Grammar", "Comprehensive", "Free", "Prison", "General", "Community", "Housing", "Area", "Communities",
             "Neighbourhoods", "Streets", "Places", "Stronger", "Safer", "Healthier", "Together", "Partnership",
             "Cymru", "Prydain"}     # Wales, Britain: "Cymorth i Fenywod Cymru" is Welsh Women's Aid
# A national qualifier just before the name makes the whole a national body ("UK Green Building Council",
# "British Transport Police"): the words after it name a field of work, not an area.
_NATIONAL_BEFORE = re.compile(r"(?<![\w'’-])(?:UK|U\.K\.|GB|Great\s+Britain|United\s+Kingdom|British|English|Welsh|"
                              r"Scottish|National|International|European|World|Global)[^\S\t]+$")


def _trim(words: list[tuple[int, int, str]], trailing: bool = False) -> list[tuple[int, int, str]]:
    while words and (words[0][2] in _LEADING_NOISE or words[0][2] in DOMAIN_ACRONYMS):
        words = words[1:]
    # After a prefix ("HMP Dunholt on Monday") the sentence goes on; a connector must lead to a place.
    while trailing and words and (words[-1][2] in _LEADING_NOISE or words[-1][2] in _CONNECTOR_WORDS):
        words = words[:-1]
    return words


_CONNECTOR_WORDS = {"upon", "on", "under", "le", "de", "y", "yr", "ym", "yng", "ar", "dan", "ger", "a"}


def _place_part(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The place inside X: generic words dropped from both ends ("Wealdshire Healthcare" -> "Wealdshire")."""
    while words and words[-1][2] in _GENERIC:
        words = words[:-1]
    while words and words[0][2] in _GENERIC:
        words = words[1:]
    return words


_BREAK = re.compile(r"[\n\r\t\v\f\u2028\u2029]")
_LINE = re.compile(r"[^\n\r\t\v\f\u2028\u2029]+")


def _singulars(key: str) -> tuple[str, ...]:
    if key.endswith("ies"):
        return key, key[:-3] + "y"
    return (key, key[:-1]) if key.endswith("s") and not key.endswith("ss") else (key,)


def _a_word_of_a_field(word: str) -> bool:
    """Is ``word`` an English word of the dictionary ("Day", "Plastic", "Orthopaedic", "Injuries") that names no
    town or area of the gazetteers and is no street's kind ("Lane", "Park": a street names where a surgery is)?"""
    from ...lexicon import STREET_TYPES
    from ...name_or_word import _dictionary, is_ordinary_word
    from ...normalise import fold_key
    from .places import is_known_place

    if word in STREET_TYPES or is_known_place(word) or not word[:1].isupper():
        return False
    nouns, others = _dictionary()
    # "Walk-in", "Drop-in", "Follow-up": each part a word. WordNet holds the words of medicine wordfreq counts rare
    # ("perinatal", "podiatry"); it and the ordinary words hold the world's cities too ("auckland", "lagos"): a town
    # abroad is no field of work
    return all(part not in _world_town_names() and fold_key(part) not in _words_of_town_names() and (
        is_ordinary_word(part) or any(key in nouns or key in others for key in _singulars(fold_key(part))))
        for part in word.split("-"))


@lru_cache(maxsize=1)
def _words_of_town_names() -> frozenset[str]:
    """The words several towns of the gazetteer are named with ("Castle", "Market", "End", "Heath", "Town"): what
    a neighbourhood's name is made of ("Mile End", "Globe Town", "Abbey"), where a department's words ("Day",
    "Plastic", "Cardiac") name one town or none."""
    from collections import Counter

    from ...data.tables import gb_town_names
    from ...normalise import fold_key

    # capitalised words only: "in", "le", "on" join names ("Barrow-in-Furness") and name nothing
    counts = Counter(fold_key(word) for name in gb_town_names() for word in set(re.split(r"[\s\-]+", name))
                     if word[:1].isupper())
    return frozenset(word for word, count in counts.items() if count >= 2)


@lru_cache(maxsize=1)
def _world_town_names() -> frozenset[str]:
    from .places import world_town_names

    return frozenset(world_town_names())


def names_a_field_of_work(place: list[str], place_text: str) -> bool:
    """Do the words before an institution's kind name what it treats or does, not where it is ("Day Surgery",
    "Plastic Surgery", "Minor Injuries Unit", "Perinatal Mental Health Team")? Every word is a dictionary word and
    neither a word nor the whole is a town of the gazetteers ("Reading", "Bath", "Street" and "Eye" are)."""
    from .places import is_known_place

    return not is_known_place(place_text) and all(_a_word_of_a_field(word) for word in place)


def _no_town(place: list[tuple[int, int, str]], kind: str) -> bool:
    """Do the words before a shortened kind name no town? "the Open Uni", "Community Coll": English words; "Mary
    Coll said": a person whose surname is a kind's short form."""
    from ...name_or_word import is_ordinary_word

    if all(is_ordinary_word(word) for _, _, word in place):
        return True
    return kind in SURNAME_KINDS and likely_gender(place[0][2]) is not None


class PlaceOrganisationRecognizer(DhrRecognizer):
    """Organisations named after a place -> PLACE_ORGANIZATION, 0.85.

    Metadata ``{"place": "Hartsford", "place_start": i, "place_end": j, "kind": "council" ...}``, offsets into the
    analysed text. The span is the whole name ("Hartsford General Hospital"), never a leading "The".
    """

    ENTITIES = (PLACE_ORGANIZATION,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        found: list[tuple[int, int, int, int, str]] = []
        # line by line: a name never runs across a line or a cell ("Support Worker\nSedgemere Homes")
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
        for pattern, suffix_first in ((_SAFER, False), (_PREFIXED, False), (_WELSH_PREFIXED, False),
                                      (_SUFFIXED, True)):
            for m in (match for line_start, line_end in lines
                      for match in pattern.finditer(text, line_start, line_end)):
                x_start = m.start("x")
                words = [(x_start + w.start(), x_start + w.end(), w.group())
                         for w in re.finditer(r"\S+", m.group("x"))]
                prefixed = pattern is _PREFIXED or pattern is _WELSH_PREFIXED
                words = _trim(words, trailing=prefixed)
                if not words:
                    continue
                if prefixed and words[-1][2] in _GENERIC:
                    continue
                place = _place_part(words)
                if not place:
                    continue
                place_text = text[place[0][0]:place[-1][1]]
                if len(place_text) < 2:
                    continue   # "C of E Academy": a letter names no town
                if suffix_first and m.group("suffix") in INSTITUTION_SHORT_KINDS and _no_town(place, m.group("suffix")):
                    continue
                # every word before the kind, "Town" of Globe Town too
                if pattern is _SUFFIXED and names_a_field_of_work([word for _, _, word in words], place_text):
                    continue
                if place_text in _NATIONAL or place_text in DOMAIN_ACRONYMS or place[0][2] in _NATIONAL:
                    continue
                start = words[0][0] if suffix_first else m.start()
                if suffix_first and ending_at(_NATIONAL_BEFORE, text, start):
                    continue
                if pattern is _SAFER:
                    start = m.start()
                end = words[-1][1] if prefixed else m.end()
                if _BREAK.search(text, start, end) or any(s < end and start < e for s, e, *_ in found):
                    continue
                found.append((start, end, place[0][0], place[-1][1], place_text))
        return [result(self, PLACE_ORGANIZATION, start, end, 0.85, "organisation named after a place",
                       place=place_text, place_start=p_start, place_end=p_end)
                for start, end, p_start, p_end, place_text in sorted(found)]


def names_only_a_kind(text: str) -> bool:
    """"Borough Council", "Police", "Domestic Abuse Service": an organisation's kind with no place in front of it,
    which names nothing (what is left of "Eastshire Police" once a kept "Eastshire" is cut off)."""
    return bool(_KIND_ALONE.fullmatch(text.strip(" ,.;:()")))
