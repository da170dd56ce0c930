"""UK places from a gazetteer: towns and villages (GeoNames GB cities, shipped in redact/data) plus counties, boroughs and regions
(``redact/data/uk_areas.txt``), matched with one Aho-Corasick automaton.

A place name is taken only as written with its capital letter and as a whole word. Names that are also ordinary
words or people's names (``redact/data/ambiguous_places.txt``: Bath, Reading, March, Hope, Barry...) need a place
context. Nations and countries are not reported: "England", "Wales" or "Poland" identify nobody.
"""
from __future__ import annotations

import functools
import unicodedata
import re
from importlib import resources

import ahocorasick
import regex
from presidio_analyzer import RecognizerResult

from ...entities import LOCATION
from ...lexicon import INSTITUTION_SHORT_KINDS, MONTH_ABBREVIATIONS, MONTHS, PLACE_QUALIFIERS
from ..phrases import longest_first
from ._common import DOMAIN_ACRONYMS, DhrRecognizer, result
from .addresses import STREET_TYPES
from ...lazy_patterns import lazy

NOT_PLACES = frozenset({
    "England", "Wales", "Scotland", "Northern Ireland", "Ireland", "Britain", "Great Britain", "United Kingdom",
    "UK", "Isle of Man", "Europe", "Poland",
})
_DIRECTIONS = PLACE_QUALIFIERS
_FUNCTION_WORDS = {
    "in", "at", "from", "to", "near", "the", "and", "or", "of", "for", "with", "by", "on", "into", "around",
    "outside", "towards", "across", "within", "between", "via", "both", "but", "when", "while", "after", "before",
    "since", "until", "as", "than", "then", "so", "because", "if", "that", "where", "who", "which", "also", "only",
    "back", "up", "down", "over", "under", "through", "whilst", "once", "although", "though", "every", "each",
    # an article or a possessive before a town is no given name before a surname ("A Cumbernauld housing
    # officer", "Her Aberystwyth flat", "The Keighley branch")
    "a", "an", "her", "his", "their", "our", "my", "your", "its", "this", "these", "those", "another", "any", "no",
}
# Capitalised words after a place that keep it a place: "Leeds City Council", "Bath Royal United Hospital".
_PLACE_FOLLOWERS = {
    "City", "Town", "Borough", "County", "District", "Council", "Police", "Constabulary", "Hospital", "Hospitals",
    "Royal", "General", "University", "Crown", "Magistrates", "Magistrates'", "Magistrates’", "Station",
    "Airport", "Centre", "Women's", "Women’s", "Community", "Safeguarding", "Children's", "Children’s", "Adult",
    "NHS", "Teaching", "Metropolitan", "Area", "Central", "North", "South", "East", "West", "Primary", "Academy",
    "School", "College", "Infirmary", "Mental", "Health", "Homes", "Housing", "Foundation", "Trust",
    "Partnership", "Prison", "Family", "Court", "Cathedral", "Market", "Bus", "Railway", "Refuge", "Integrated",
    "Healthcare", "Clinical", "Domestic", "Youth", "Probation", "Fire", "Ambulance", "Surgery", "Medical",
    *INSTITUTION_SHORT_KINDS,
    # an area body's kind written short ("Barnsley Co. Council", "Wigan Met Borough Council", "Neath Mags")
    "Met", "Co", "Mags",
}
_STREET_WORDS = set(STREET_TYPES)
_TITLES = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|PC|DC|PS|DS|DI|DCI|Sgt|Insp)\.?\s+$")
_WEAK_BEFORE = lazy(re.compile,
    r"(?<![\w])(?:in|at|near|around|outside|towards|into|across|within|via|between)\s+(?:the\s+)?"
    r"(?:(?:centre|center|outskirts|edge|area|town|city|village|borough|county|district)\s+of\s+)?$",
    re.IGNORECASE)
_IN_BEFORE = lazy(re.compile,
    r"(?<![\w])(?:in|near|around|outside|within|towards)\s+(?:the\s+)?"
    r"(?:(?:centre|center|outskirts|edge|area|town|city|village|borough|county|district)\s+of\s+)?$",
    re.IGNORECASE)
_MOTION_BEFORE = lazy(re.compile,
    r"(?:(?<![\w])(?:moved|moving|move|moves|travelled|traveled|travelling|relocated|returned|returning|went|going"
    r"|go|goes|came|coming|comes|drove|driving|fled|lives|lived|living|live|born|raised|grew\s+up|based|"
    r"originally|transferred|visited|visiting|settled|housed|rehoused|placed)\s+(?:back\s+)?"
    r"(?:to|from|in|into|near|at)\s+(?:the\s+)?)$",
    re.IGNORECASE)
_AFTER = lazy(re.compile,
    r"^(?:\s+(?:town|city)\s+cent(?:re|er)|\s+(?:area|town|village|city|borough|district|county|station|"
    r"High\s+Street|Town\s+Centre|City\s+Centre|railway)\b|-(?:based|born|raised|bred|reared)\b)")


def _lines(name: str) -> list[str]:
    text = resources.files("redact.data").joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=4)
def _whole_names(automaton: ahocorasick.Automaton, text: str, name_of, not_after: str) -> list:
    """The gazetteer's names that stand as whole words in ``text`` (not after a letter or one of ``not_after``, not
    before a letter or "-_@/"), in text order; where two overlap the longer wins, then the leftmost ("Milton
    Keynes" over "Milton"). Gives (start, end, the automaton's value); ``name_of(value)`` is the matched name."""
    found = []
    for end_index, value in automaton.iter(text):
        end = end_index + 1
        start = end - len(name_of(value))
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in not_after):
            continue
        if end < len(text) and (text[end].isalnum() or text[end] in "-_@/" and not _PLACE_COMPOUND.match(text, end)):
            continue
        found.append((start, end, value))
    return longest_first(found)


# "Cardiff-born", "a Leeds-based charity": a place before these is the place, not the start of a longer name
_PLACE_COMPOUND = re.compile(r"-(?:based|born|raised|bred|reared)\b")


def _joined_both_ways(name: str) -> set[str]:
    """A name whose words a small word joins, written with hyphens and with spaces ("Stoke-on-Trent" and "Stoke
    on Trent", "Kirkby in Ashfield" and "Kirkby-in-Ashfield"): the gazetteer holds one, authors write either."""
    pieces = re.split(r"([ -])", name)

    def joined(mark: str) -> str:
        return "".join(mark if index % 2 and (pieces[index - 1].islower() or pieces[index + 1].islower())
                       else piece for index, piece in enumerate(pieces))

    return {name, joined("-"), joined(" ")}


@functools.lru_cache(maxsize=1)
def _gazetteer(min_population: int) -> tuple[ahocorasick.Automaton, dict[str, str]]:
    """The automaton over every place name (built once per process) and the ambiguous names with their kind."""
    from ...data.tables import gb_town_names

    names: dict[str, str] = {}
    if min_population != 500:
        raise ValueError("the shipped gazetteer of Great Britain holds places of 500 people or more")
    for name in gb_town_names():
        names[name] = "geonames"
    for name in _lines("uk_areas.txt"):
        names.setdefault(name, "areas")
    ambiguous: dict[str, str] = {}
    for line in _lines("ambiguous_places.txt"):
        name, _, kind = line.partition("\t")
        ambiguous[name] = kind or "word"
    automaton = ahocorasick.Automaton()
    for name, source in names.items():
        if name in NOT_PLACES or name in DOMAIN_ACRONYMS or len(name) < 3:
            continue
        # Word processors turn the apostrophe in "Bo'ness" curly; both spellings are the same place.
        for spelling in _joined_both_ways(name):
            for form in {spelling, spelling.replace("’", "'"), spelling.replace("'", "’")}:
                automaton.add_word(form, (name, source))
    automaton.make_automaton()
    return automaton, ambiguous


def _names_a_branch(text: str, start: int, end: int) -> bool:
    """Does a national chain's name stand just before or after the place ("Tesco Hulme", "the Hulme Asda")? Then
    the capital beside it is the chain's, not a person's or another organisation's."""
    from ..kept_words import chain_spans

    return any(re.fullmatch(r"[ \t]+", text[b:start]) or re.fullmatch(r"[ \t]+", text[end:a])
               for a, b in chain_spans(text) if b <= start or a >= end)


def _word_before(text: str, start: int) -> str:
    m = re.search(r"([\w'’&-]+)[ \t]+$", text[max(0, start - 40):start])
    return m.group(1) if m else ""


class UkPlaceRecognizer(DhrRecognizer):
    """UK towns, villages, counties, London boroughs and regions -> LOCATION.

    Score 0.85 for a name that is only a place, 0.75 for an ambiguous one found in a place context. Metadata
    ``{"gazetteer": "geonames" | "areas", "ambiguous": bool}``.
    """

    ENTITIES = (LOCATION,)

    def __init__(self, supported_language: str = "en", min_population: int = 500):
        self.min_population = min_population
        super().__init__(supported_language)

    def load(self) -> None:
        self._automaton, self._ambiguous = _gazetteer(self.min_population)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        if not hasattr(self, "_automaton"):
            self.load()
        found = []
        for start, end, (name, source) in _whole_names(self._automaton, text, lambda value: value[0], "-_@/"):
            verdict = self._judge(text, start, end, name)
            if verdict is None:
                continue
            found.append(result(self, LOCATION, start, end, verdict, "UK place name", gazetteer=source,
                                ambiguous=name in self._ambiguous))
        return found

    def _judge(self, text: str, start: int, end: int, name: str) -> float | None:
        before = text[max(0, start - 60):start]
        if _TITLES.search(before):
            return None
        following = re.match(r"[ \t]+([A-Z][\w'’]*)", text[end:end + 40])
        next_word = following.group(1) if following else ""
        if next_word in _STREET_WORDS and not text.startswith("-", end + len(following.group()) if following else end):
            return None  # a street named after the place (a "Walk-in Centre" is none): the address recogniser's
        previous = _word_before(text, start)
        single_word = " " not in name
        branch = _names_a_branch(text, start, end)
        # "Bradford Library", "Frome Night Shelter": a town that is no word or name before a kind's words
        before_a_kind = bool(next_word) and name not in self._ambiguous and a_kind_after(text, end, name)
        if single_word and next_word and next_word not in _PLACE_FOLLOWERS and not next_word.isupper() \
                and not branch and not before_a_kind:
            return None  # "Barry Doyle", "Leigh Day": a name or another organisation
        if (single_word and previous[:1].isupper() and previous.lower() not in _FUNCTION_WORDS
                and previous not in _DIRECTIONS and not branch and not before_a_kind):
            return None  # "Kevin Bentley", "Rebecca Holloway" at the start of a table row
        if name in _MONTH_NAMES and (_YEAR_OR_DAY_AFTER.match(text, end) or _DAY_BEFORE.search(before)):
            return None  # "moved in March 2019", "on 3 March": the month, not the town in Cambridgeshire
        kind = self._ambiguous.get(name)
        if kind is None:
            return 0.85
        if _MOTION_BEFORE.search(before) or _AFTER.match(text[end:end + 30]):
            return 0.75
        # "in March" is a month and "at Barry" may be a person; "in Barry" and "at Bath" are places.
        if kind == "word" and _WEAK_BEFORE.search(before):
            return 0.75
        if kind == "person" and _IN_BEFORE.search(before):
            return 0.75
        return None


_MONTH_NAMES = frozenset(MONTHS)
# (a year, "'91" too, or a day with its ordinal or before a year: "moved to March 12 years ago" is the town)
_YEAR_OR_DAY_AFTER = re.compile(
    r",?\s+(?:(?:19|20)[0-9]{2}|['‘’][0-9]{2}|[0-3]?[0-9](?:st|nd|rd|th)|[0-3]?[0-9],?\s+(?:19|20)[0-9]{2})"
    r"(?![\w/:-]|\.[0-9])")
_DAY_BEFORE = re.compile(r"(?<![\w/.-])[0-3]?[0-9](?:st|nd|rd|th)?\s+(?:of\s+)?$")


class AdministrativeAreaRecognizer(DhrRecognizer):
    """Places named by their administrative area ("the County of Norrbotten", "province of Van",
    "Municipality of Övertorneå") -> LOCATION, 0.75, the area word inside the span: foreign places the gazetteer
    does not hold and the model does not always see. "Department of Health" or "Region of Origin" are not places:
    only areas that are places are taken, before a capitalised name."""

    _AREA = regex.compile(
        r"(?<![\w])(?:[Cc]ounty|[Mm]unicipality|[Pp]rovince|[Dd]istrict|[Rr]egion|[Cc]anton|[Pp]refecture|"
        r"[Gg]overnorate|[Oo]blast|[Vv]oivodeship|[Cc]ommune|[Pp]arish|[Bb]orough)\sof\s(?:the\s)?"
        r"\p{Lu}\p{Ll}+(?:[\s\-‑]\p{Lu}\p{Ll}+){0,2}")

    ENTITIES = (LOCATION,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        return [result(self, LOCATION, m.start(), m.end(), 0.75, "administrative area")
                for m in self._AREA.finditer(text)]


# Where someone lives, was born or is held: the capitalised words after these are a place.
_MONTH_SHORT_FORMS = frozenset(short.capitalize() for forms in MONTH_ABBREVIATIONS for short in forms)
# a word of a date between the verb and the place: "born on 3 May 1990 in Mirpur", "moved in Jan '91 to Lahore"
_A_DATES_WORD = ("(?:" + "|".join(sorted({*MONTHS, *_MONTH_SHORT_FORMS}, key=lambda w: (-len(w), w)))
                 + r")\.?,?|[0-9]{1,4}(?:st|nd|rd|th)?,?|['’][0-9]{2},?|[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:[0-9]{2}){1,2},?")
_DATED = r"(?:,?\s+(?:on|in|during|around|about|since|circa|c\.)\s+(?:the\s+)?(?:(?:" + _A_DATES_WORD + r")\s+){0,3}(?:" \
    + _A_DATES_WORD + r"))?"
_LIVES_IN = regex.compile(
    # (with its preposition: "born Nowak" is a birth name, "born in Tarnów" the place)
    r"(?<![\w])(?:(?:lives|lived|living|live|resides|resided|residing|reside|born|detained|imprisoned|situated|"
    r"located|practising|practicing|based|settled|grew\s+up)" + _DATED + r"\s+(?:in|at|near)|"
    # a move names a place at either end: "moved from Thornworth", "drove her to Caldmere"
    r"(?:moved|moving|relocated|relocating|returned|returning|fled|fleeing|emigrated|travelled|traveled|"
    r"travelling|traveling|drove|driving|deported|transferred)(?:\s+(?:her|him|them|back))?" + _DATED
    + r"\s+(?:to|from|between)"
    r"(?:\s+(?:in|at|near))?)"
    r"\s+(?P<place>\p{Lu}\p{Ll}+(?:[\-‑]\p{Lu}?\p{Ll}+)*(?:\s\p{Lu}\p{Ll}+){0,2})(?![\w\-‑])")
# Capitalised words after "lives in" that are no place: months, the report's own words, kinds of housing.
_NOT_A_PLACE_WORD = frozenset({
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An",
    "His", "Her", "Their", "Our", "My", "This", "That", "Area", "Place", "Person", "Council", "Care", "Supported",
    "Temporary", "Emergency", "Hospital", "Prison", "Custody", "Accommodation", "Hostel", "Refuge", "Court",
    "Housing", "Home", "House", "Flat", "Bed", "Breakfast", "Social", "Private", "Local", "Sheltered", "Foster",
    "Residential", "Secure", "Approved", "Premises", "Probation", "Police", "Mental", "Health", "Unit", "Ward",
    "Street", "Road", "Lane", "Avenue", "Close", "Drive", "Way", "Crescent", "Court", "Gardens", "Park",
    "Terrace", "Place", "Square", "Hill", "Row", "Mews", "Grove", "Walk", "Rise", "View",
})


class PlaceContextRecognizer(DhrRecognizer):
    """A capitalised name where someone lives, was born, is held or practises ("lives in Lustenau", "born in
    Tarnów", "detained in Muret") -> LOCATION, 0.6: small and foreign places, and the fictional towns of a draft,
    are in no gazetteer and not always seen by the model. Months, kinds of housing and street names (the address
    recogniser's) are not places."""
    ENTITIES = (LOCATION,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        found = []
        for m in _LIVES_IN.finditer(text):
            words = m.group("place").split()
            kept = []
            for word in words:
                if word in _NOT_A_PLACE_WORD or word in DOMAIN_ACRONYMS:
                    break
                kept.append(word)
            if len(kept) < len(words) and words[len(kept)] in _STREET_WORDS:
                continue  # "lived in Larch Close": an address
            if not kept:
                continue
            start = m.start("place")
            if kept[0] in _MONTH_SHORT_FORMS and _YEAR_OR_DAY_AFTER.match(text, start + len(kept[0])):
                continue  # "born in Mar '91": the month (Mar is in Aberdeenshire), dated
            end = start + len(" ".join(kept))
            found.append(result(self, LOCATION, start, end, 0.6, "place where someone lives"))
        return found


# ---------------------------------------------------------------------------------------------------------------
# Places abroad, estates and villages no gazetteer of Great Britain holds

WORLD_MIN_POPULATION = 15_000   # GeoNames' cities15000 (shipped in redact/data/geonames_world.tsv)
# Where someone comes from or has family: the place named next is theirs ("grew up in Mirpur", "her family in
# Sylhet", "moved from Gdańsk", "visited relatives near Lahore"), dated or
# not ("born on 3 May 1990 in Gdańsk").
_ORIGIN_BEFORE = regex.compile(
    r"(?<![\w])(?:born|raised|grew\s+up|brought\s+up|lived|living|lives|moved|moving|came|comes|coming|fled|"
    r"emigrated|migrated|travelled|traveled|returned|returning|deported|removed|relocated|settled|family|"
    r"relatives|parents|mother|father|siblings|brothers?|sisters?|grandparents|grandmother|grandfather|"
    r"cousins?|aunts?|uncles?|husband|wife|home|hometown|holidays?|visit(?:ed|ing|s)?|trip|flew|flight|"
    r"originally|native|village|town|city)"
    r"(?:\s+(?:\p{Ll}+|\p{Lu}\p{Ll}+['’]s|" + _A_DATES_WORD + r")){0,5}?\s+(?:in|from|to|near|at|of|outside)\s+"
    r"(?:the\s+(?:city|town|village|region|province|district|outskirts)\s+of\s+)?$")
_PLAIN_IN_BEFORE = regex.compile(r"(?<![\w])(?:in|near|outside)\s+$")
# the later towns of a list that "in" opens: "in Cizre, Nusaybin and Şırnak", "in Lahore or Multan"
_IN_LIST_BEFORE = regex.compile(r"(?<![\w])(?:in|near|outside)\s+(?:\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s+){0,5}"
                                r"\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?(?:,\s+|,?\s+(?:and|or)\s+)$")
_COMMON_WORD_ZIPF = 4.0      # "in Nice", "in Mobile": a word first, a town only where the sentence says so
_EVERYDAY_WORD_ZIPF = 5.0    # "in Hope", "from Date": not even then


def _ascii(name: str) -> str:
    """The spelling without diacritics that English text often uses ("Krakow", "Lodz", "Gdansk")."""
    from ...normalise import LETTERS

    name = "".join(LETTERS.get(c, LETTERS.get(c.lower(), c).capitalize() if c.isupper() and c.lower() in LETTERS
                               else c) for c in name)
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


# Romanian s and t with the comma below (the right letters, U+0219/U+021B) and with the cedilla (what keyboards gave
# for years, and what GeoNames holds for most Romanian towns): one letter each to a reader, so one to the gazetteer.
# Letter for letter, so a match in the folded text has the original's span.
_COMMA_BELOW = "șțȘȚ"
_COMMA_BELOW_AS_CEDILLA = str.maketrans(_COMMA_BELOW, "şţŞŢ")


def same_s_and_t(text: str) -> str:
    """``text`` with the comma-below letters ș ț written with the cedilla, as ş ţ (same length)."""
    # (a translation looks its table up character by character, ~20 µs a paragraph; most texts hold none of the four)
    if text.isascii() or not any(letter in text for letter in _COMMA_BELOW):
        return text
    return text.translate(_COMMA_BELOW_AS_CEDILLA)


def world_town_names(min_population: int = WORLD_MIN_POPULATION) -> list[str]:
    """Names of towns outside Great Britain the world gazetteer holds."""
    from ...data.tables import columns

    # The shipped columns, not ``world_towns()``: making 34,000 Town tuples to keep their names cost a cold process
    # a tenth of a second.
    return [name for name, country, population in zip(*columns("geonames_world.tsv", 3))
            if country != "GB" and int(population) >= min_population and "," not in name and len(name) >= 4
            and name[:1].isupper() and name not in NOT_PLACES]


@functools.lru_cache(maxsize=1)
def _known_place_names() -> frozenset[str]:
    from ...data.tables import gb_town_names, region_names

    return frozenset((*gb_town_names(), *region_names("country"), *region_names("continent"),
                      *region_names("us_state"), *_lines("uk_areas.txt")))


def is_known_place(name: str) -> bool:
    """Is ``name``, as written, a town or area of Great Britain, a country, a continent or a US state? (Not the
    world's towns: "Taylors" and "Evans" are towns in the United States.)"""
    return name in _known_place_names()


@functools.lru_cache(maxsize=1)
def _ambiguous_names() -> frozenset[str]:
    return frozenset(line.partition("\t")[0] for line in _lines("ambiguous_places.txt"))


def a_town_by_its_name(name: str) -> bool:
    """Is ``name``, as written, a town the gazetteers take without a sentence saying so: a place of Great Britain
    that is no word or person's name too ("Bradford", not "Reading" or "Barry"), or a town abroad that is no
    common English word or given name ("Lahore", not "Nice" or "Florence")? Countries are not towns."""
    if name in NOT_PLACES or name in DOMAIN_ACRONYMS:
        return False
    if is_known_place(name):
        return name not in _ambiguous_names()
    from wordfreq import zipf_frequency

    from ...variants import likely_gender
    from .known_names import _places, name_key

    if name_key(name) not in _places() or name in _NOT_A_PLACE_WORD:
        return False
    return zipf_frequency(name.lower(), "en") < _COMMON_WORD_ZIPF and not (" " not in name and likely_gender(name))


# the words an organisation's kind is written with after its town: "Library", "Leisure Centre", "Rape Crisis",
# "Multi-Agency", "A&E", "CAMHS", "and", "of"
_KIND_WORD = lazy(regex.compile, r"(?:\p{Lu}[\p{Ll}'’]+(?:-\p{L}\p{Ll}+)*|\p{Lu}[\p{Lu}&]+|and|of|for|the|&)")
# the capitalised words right after a name, in its line and cell ("Bradford Night Shelter's staff")
_CAPITALISED_AFTER = lazy(regex.compile, r"(?:[^\S\t\n]+(?:\p{Lu}[\p{L}'’&-]*|and|of|for|&)){1,5}")


# The last word of an organisation's or a public place's kind: its many first words are open ("Domestic Abuse
# Outreach Hub", "Girls' Hostel"), its last is one of these few ("a Honda Civic", "a Vauxhall Corsa" are cars).
KIND_HEADS = frozenset("""
    library libraries museum gallery centre center hub station hospice hostel shelter refuge home homes hospital
    infirmary clinic surgery practice pharmacy chemist unit ward team teams service services project partnership
    trust board council office offices hall chapel church mosque masjid gurdwara temple mandir synagogue cathedral
    abbey minster cemetery crematorium university college school academy nursery institute court tribunal prison
    jobcentre plus market pool baths gym stadium ground park zoo airport port harbour terminal interchange depot
    advice support care crisis start samaritans mind aid army suite foodbank club society association group forum
    network alliance agency department directorate authority commission registry helpline outreach housing options
    health help justice probation police shed bank kitchen pantry lodge house clinics premises union
""".split())


def kind_words(words: list[str], town: str) -> bool:
    """"Library", "Leisure Centre", "Children's Services", "Walk-in Centre", "A&E", "Day Centre" after ``town``: the
    words of a kind, never a name, ending in a kind's word (``KIND_HEADS``) or an acronym. No word is a name part
    that is no English word ("Doyle", "Patel"), and the last is no name part at all ("Smith", "Green" end a name:
    "Bradford Smith"; "Hall" of "Town Hall" does not end it). A role after a town that is a given name too is that
    person's ("Ashley Support Worker")."""
    from ...normalise import fold_key
    from ..kept_words import ROLE, lexicon
    from .known_names import STRONG, WORD, name_key, name_lexicon, word_kind

    if not words or not words[0][:1].isupper():
        return False
    bare = [re.sub(r"['’]s$", "", word) for word in words]
    if not all(_KIND_WORD.fullmatch(word) and (word.isupper() or word_kind(b) != STRONG)
               for word, b in zip(words, bare)):
        return False
    roles = lexicon().kinds
    if ROLE in (roles.get(fold_key(bare[-1])), roles.get(fold_key(" ".join(bare[-2:])))) \
            and any(name_key(word) in name_lexicon().given for word in town.split()):
        return False
    # an acronym ends a kind ("A&E", "CAB"), a Roman numeral a part's or a monarch's number ("Annex IV", "Appendix
    # XII": "Annex" is a town abroad too); "DC", "CC", "MDC" are councils whatever their letters could count
    acronym = bare[-1].isupper() and not (_ROMAN_NUMERAL.fullmatch(bare[-1]) and set(bare[-1]) & set("IVX"))
    if not (acronym or fold_key(bare[-1]) in KIND_HEADS):
        return False
    # a name part that is a word too ends a kind after a word of no name ("Town Hall", "Police House")
    return acronym or name_key(bare[-1]) not in name_lexicon() \
        or len(bare) > 1 and word_kind(bare[-2]) == WORD


_ROMAN_NUMERAL = re.compile(r"M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")


def a_kind_after(text: str, end: int, town: str) -> bool:
    """Do the capitalised words after ``town`` name a kind of organisation or public place ("Bradford Hospice",
    "Frome Night Shelter", "Kunri Cemetery's")? The kind stays, the town is a place (the words after it are no
    surname: "Bradford Smith")."""
    m = _CAPITALISED_AFTER.match(text, end)
    if m is None:
        return False
    words = m.group().split()
    while words and words[-1] in ("and", "of", "for", "&"):
        words.pop()
    if words and words[0] in _STREET_WORDS:
        return False   # "a Keshod Road address": a street named after the town
    return kind_words(words, town)


@functools.lru_cache(maxsize=1)
def _ascii_forms() -> dict[str, str]:
    """Town name -> its spelling without diacritics where that differs: ``redact/data/geonames_world_ascii.tsv``,
    made by tools/build_data.py with :func:`_ascii` (spelling 34,000 names out took a second per process)."""
    from ...data.tables import columns

    return dict(zip(*columns("geonames_world_ascii.tsv", 2)))


@functools.lru_cache(maxsize=2)
def _world_gazetteer(min_population: int) -> ahocorasick.Automaton:
    """Towns outside Great Britain with at least ``min_population`` people (built once per process)."""
    automaton = ahocorasick.Automaton()
    ascii_forms = _ascii_forms()
    for name in world_town_names(min_population):
        # no set of the two forms per town: 34,000 small containers wake the garbage collector
        ascii_name = ascii_forms.get(name, name)
        name = same_s_and_t(name)
        automaton.add_word(name, name)
        if ascii_name != name:
            automaton.add_word(ascii_name, ascii_name)
    automaton.make_automaton()
    return automaton


# The area word after a place: "the Sylhet region", "Beyoğlu district of Istanbul" (a town abroad is the place by it;
# ``resolve.join_places`` takes it in); not "district nurse" or "county court", a role or a body, which stay
AREA_WORD_AFTER = re.compile(r"[ \t]+(?:district|province|region|county|municipality|governorate|division|"
                             r"prefecture|oblast|voivodeship)(?![\w-])(?![ \t]+(?:nurses?|judges?|judge['’]s|court)\b)")


class WorldPlaceRecognizer(DhrRecognizer):
    """Towns abroad (GeoNames' world cities above ``min_population``, shipped) -> LOCATION.

    A town is taken only where the sentence says it is a place someone comes from, lives in or has family in
    ("grew up in Mirpur", "her family in Sylhet", "moved from Gdansk") 0.75, or after a plain "in"/"near" when
    its name is not an ordinary English word ("in Lahore", not "in Nice") 0.7. A town whose name is an everyday
    word ("Hope", "Date") or a given name after "in" is never taken. The automaton is built on first use and
    shared. Metadata ``{"gazetteer": "world"}``.
    """

    ENTITIES = (LOCATION,)
    reads_prose = True  # judged from the sentence around it: never run on an attribute value

    def __init__(self, supported_language: str = "en", min_population: int = WORLD_MIN_POPULATION):
        self.min_population = min_population
        self._known: frozenset[str] = frozenset()
        super().__init__(supported_language)

    def learn_document(self, texts: list[str]) -> None:
        """The towns a document places someone in once ("grew up in Mirpur") are that town wherever else it
        names them ("Mirpur was a long way from..."): remembered for this document only."""
        self._known = frozenset()
        self._known = frozenset(same_s_and_t(text[r.start:r.end]) for text in texts
                                for r in self.analyze(text, [LOCATION]))

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        if not any(c.isupper() for c in text):
            return []
        found = []
        for start, end, name in _whole_names(_world_gazetteer(self.min_population), same_s_and_t(text),
                                             lambda value: value, "-_@/."):
            score = self._judge(text, start, end, name)
            if score is None and name in self._known and self._judge(text, start, end, name, repeat=True):
                score = 0.7
            if score:
                found.append(result(self, LOCATION, start, end, score, "town abroad", gazetteer="world"))
        return found

    @staticmethod
    def _judge(text: str, start: int, end: int, name: str, repeat: bool = False) -> float | None:
        from wordfreq import zipf_frequency

        following = re.match(r"[ \t]+([A-Z][\w'’]*)", text[end:end + 40])
        if following and following.group(1) not in _PLACE_FOLLOWERS:
            # "Lahore Museum", "Kunri Cemetery": a town that is no word or given name before a kind's words; not
            # "Florence Nightingale"
            if a_kind_after(text, end, name) and a_town_by_its_name(name) \
                    and not _TITLES.search(text[max(0, start - 80):start]):
                return 0.75
            return None
        if text[end:end + 2] in ("'s", "’s"):
            return None   # "Charlotte's flat"
        before = text[max(0, start - 80):start]
        if _TITLES.search(before) or name in _NOT_A_PLACE_WORD:
            return None
        word = zipf_frequency(name.lower(), "en")
        if word >= _EVERYDAY_WORD_ZIPF:
            return None
        if repeat:   # a town this document already placed someone in: no context needed, only not a word
            return 0.7 if word < _COMMON_WORD_ZIPF else None
        if _ORIGIN_BEFORE.search(before):
            return 0.75
        if AREA_WORD_AFTER.match(text, end):
            from ...variants import likely_gender

            return None if " " not in name and likely_gender(name) else 0.75
        if (_PLAIN_IN_BEFORE.search(before) or _IN_LIST_BEFORE.search(before)) and word < _COMMON_WORD_ZIPF:
            from ...variants import likely_gender

            return None if " " not in name and likely_gender(name) else 0.7
        return None


_ESTATE = regex.compile(
    r"(?<![\w])(?:(?P<the>the)\s+)?(?P<name>\p{Lu}\p{Ll}+(?:[\s\-]\p{Lu}\p{Ll}+){0,2})\s+(?P<word>Estate|estate)"
    r"(?!\s+agents?)(?![\w])")
_LOCALITY_OF = regex.compile(
    r"(?<![\w])(?:the\s+)?(?:village|hamlet|town|suburb|township|island|estate)\s+of\s+"
    r"(?P<name>\p{Lu}\p{Ll}+(?:[\s\-]\p{Lu}\p{Ll}+){0,2})(?![\w])")
# "the Crown Estate", "Real Estate", "a Council estate": a kind of estate, not a named one.
_NOT_ESTATE_NAMES = {"Real", "Crown", "Council", "Housing", "Social", "Private", "Local", "Large", "The", "Her",
                     "His", "Their", "Trading", "Industrial", "Business", "Retail", "Country", "Landed", "Family",
                     "Residuary", "Personal", "Same", "Whole", "Entire", "New", "Old", "Rented", "Deceased",
                     "Marital", "Matrimonial", "Sporting", "Rural", "Urban", "Agricultural", "Two", "Three", "Public"}


class LocalityRecognizer(DhrRecognizer):
    """Estates and villages no gazetteer holds ("the Meadowbank estate", "Northfield Estate", "the village of
    Little Brackham") -> LOCATION, 0.7; the span is the name alone ("Meadowbank", without "estate") so that the
    text still reads "the Place 1 estate". Kinds of estate ("Council estate", "Real Estate") are no place."""

    ENTITIES = (LOCATION,)
    reads_prose = True  # judged from the sentence around it: never run on an attribute value

    def __init__(self, supported_language: str = "en"):
        self._known: frozenset[str] = frozenset()
        super().__init__(supported_language)

    def learn_document(self, texts: list[str]) -> None:
        """An estate or village named once as one ("the Meadowbank estate") is that place wherever else the
        document names it ("trouble in Meadowbank"): remembered for this document only."""
        self._known = frozenset()
        self._known = frozenset(text[r.start:r.end] for text in texts for r in self.analyze(text, [LOCATION]))

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        found = self._find(text)
        for name in self._known:
            for m in regex.finditer(rf"(?<![\w-]){regex.escape(name)}(?![\w-])", text):
                following = re.match(r"[ \t]+([A-Z][\w'’]*)", text[m.end():m.end() + 40])
                if following and following.group(1) not in _PLACE_FOLLOWERS and following.group(1) != "Estate":
                    continue   # "Meadowbank Road" is the address recogniser's, "Meadowbank Surgery" a practice
                if not any(r.start < m.end() and m.start() < r.end for r in found):
                    found.append(result(self, LOCATION, m.start(), m.end(), 0.65, "estate or village (repeat)"))
        return found

    def _find(self, text: str) -> list[RecognizerResult]:
        found: list[RecognizerResult] = []
        # (every estate's find writes "Estate" or "estate": most texts have neither, and skip the search)
        for m in _ESTATE.finditer(text) if "state" in text else ():
            words = m.group("name").replace("-", " ").split()
            if m.group("word") == "estate" and not m.group("the"):
                continue   # "Meadowbank estate" in lower case needs its "the"; "Northfield Estate" does not
            while words and words[0] in _NOT_ESTATE_NAMES:
                words = words[1:]
            if not words or any(w in _NOT_ESTATE_NAMES or w in DOMAIN_ACRONYMS for w in words):
                continue
            end = m.end("name")
            start = end - len(m.group("name")) + (len(m.group("name")) - len(" ".join(words)))
            found.append(result(self, LOCATION, start, end, 0.7, "estate"))
        for m in _LOCALITY_OF.finditer(text):
            if m.group("name").split()[0] in _NOT_A_PLACE_WORD:
                continue
            start, end = m.span("name")
            if not any(r.start < end and start < r.end for r in found):
                found.append(result(self, LOCATION, start, end, 0.7, "village or estate"))
        return found
