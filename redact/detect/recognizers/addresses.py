"""Addresses: UK postcodes and street addresses.

A street address is a house number or a flat plus a street name and a street type ("14 Larch Close",
"Flat 6, Orchard House, 52 Tanner Street"). A street named without a number is reported only where the sentence
places someone there ("lived in Larch Close", "going to Kestrel Court"), and never when it is the start of a longer
name: "Mill Lane Surgery" is a GP practice (an organisation) and "Road Traffic Act" a statute.
"""
from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from ...entities import ADDRESS, UK_POSTCODE
from ...data.tables import stop_words
from ...lazy_patterns import lazy
from ...lexicon import (MONTH_ABBREVIATIONS, MONTHS, STREET_TYPE_SHORT_FORMS, STREET_TYPES as LEXICON_STREET_TYPES,
                        UK_POSTCODE_AREAS, WEEKDAYS, WELSH_STREET_WORDS, WELSH_STREET_WORDS_WEAK)
from ...nearby import ending_at
from ._common import DOMAIN_ACRONYMS, DhrRecognizer, context_near, result, words_pattern
from ...lazy_patterns import lazy


class PostcodeRecognizer(PatternRecognizer):
    """UK postcodes in the full Royal Mail grammar (HT4 7QD, WX3 9HN, SW1A 1AA, GIR 0AA) -> UK_POSTCODE.

    In capitals, 0.9 with the space between outward and inward code; without it 0.6, or 0.9 where a postcode or
    address word (``CONTEXT``) stands near it in its sentence ("postcode HT47QD"). Typed as people type it, 0.6
    (0.9 with such a word): in lower or mixed case ("sw1a 1aa", "Ls6 2qd"), with two spaces, a hyphen, a tab or a
    line break between the codes ("LS6  2QD", "NE1-4ST", "SW1A\n1AA" of a hard-wrapped text).
    """

    _OUTWARD = (r"(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
                r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y])")
    _INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
    PATTERNS = [
        Pattern("postcode", rf"(?<![\w-])(?:{_OUTWARD} {_INWARD}|GIR 0AA)(?![\w-])", 0.9),
        Pattern("postcode_unspaced", rf"(?<![\w-]){_OUTWARD}{_INWARD}(?![\w-])", 0.6),
        # (not where the "inward code" is an ordinal or a page count: "Vitamin B12 1st injection", "the M6 2nd
        # junction", "Y7 1st term", "an A4 2pp leaflet")
        Pattern("postcode_as_typed", rf"(?i)(?<![\w-])(?:{_OUTWARD}(?:[ \t]*(?:\r\n|[\r\n\t])[ \t]*|[ \t]{{2,}}| ?- ?| ?)"
                                     rf"(?!1st|2nd|3rd|[4-9]th|[0-9]pp){_INWARD})(?![\w-])", 0.6),
        # typed letter by letter, as a form's boxes print it or a note copies them ("(L S 6 2 A B)", "C F 2 4 3 D
        # N"): in capitals, one space between its characters and one to three between the codes; a spaced letter
        # or figure after it would make it something longer (a plate spelt out, "A B 1 2 C D E"); so would one before
        # it, or a hyphen glued to one or after one ("X- B 1 2 9 Q R", "A - B 1 2 A B"; a dash spaced out after a word
        # is an address line's: "Marlpit Lane - B 1 2 9 Q R"). Letters spaced out are as often a grid's or a list's
        # ("A B 1 2 A B"), so only an address word near it makes it one
        Pattern("postcode_letter_by_letter",
                r"(?<!\w )(?<!\S- )(?<!\b\w - )(?<![\w-])[A-PR-UWYZ] (?:[A-HK-Y] )?[0-9] "
                r"(?:[0-9A-HJKPSTUWABEHMNPRV-Y] )? {0,2}[0-9] [ABD-HJLNP-UW-Z] [ABD-HJLNP-UW-Z]"
                r"(?![\w-]| [\w-](?![\w-]))", 0.4),
    ]
    _INWARD_CODE = re.compile(_INWARD, re.IGNORECASE)
    _INWARD_CODE_LETTER_BY_LETTER = re.compile(r"[0-9] [ABD-HJLNP-UW-Z] [ABD-HJLNP-UW-Z]")
    CONTEXT = ["postcode", "post code", "address", "lived", "living", "resident"]
    _CONTEXT_WORDS = words_pattern(CONTEXT)

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_entity=UK_POSTCODE, name="PostcodeRecognizer", patterns=self.PATTERNS,
                         supported_language=supported_language, global_regex_flags=0)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        if not regex_flags and not self._INWARD_CODE.search(text) \
                and not self._INWARD_CODE_LETTER_BY_LETTER.search(text):
            # the patterns end with an inward code; Presidio's matching costs more than this search
            return self._outside_the_grammar(text, []) + self._outward_codes_alone(text, [])
        found = super().analyze(text, entities, nlp_artifacts, regex_flags) or []
        for postcode in found:
            if postcode.score < 0.9 and (context_near(text, postcode.start, postcode.end, self._CONTEXT_WORDS)
                                         or _under_an_address_label(text, postcode.start)):
                postcode.score = 0.9
                if postcode.analysis_explanation is not None:
                    postcode.analysis_explanation.set_improved_score(0.9)
        found += self._outside_the_grammar(text, found)
        return found + self._outward_codes_alone(text, found)

    def _outward_codes_alone(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """Outward codes alone where the sentence says postcode or home (``_OUTWARD_ALONE``) 0.85."""
        out = []
        for m in _OUTWARD_ALONE.finditer(text):
            start, end = m.span()
            area = m.group()[:2] if m.group()[1].isalpha() else m.group()[:1]   # "LS" of "LS8", "M" of "M14"
            if area not in UK_POSTCODE_AREAS \
                    or any(f.start < end and start < f.end for f in found):
                continue
            # (after a passive move, a code of one letter and one digit is a ward's, a bay's or a grade's as
            # often: "was moved to E1", "had been moved to B2 in June"; "She moved to L8" is the family's)
            if _OUTWARD_AREA_AFTER.match(text, end) or ending_at(_OUTWARD_LABEL_BEFORE, text, start) \
                    or (len(m.group()) > 2 or not ending_at(_PASSIVE_MOVE_BEFORE, text, start)) \
                    and ending_at(_OUTWARD_MOVE_BEFORE, text, start) \
                    and _OUTWARD_SENTENCE_GOES_ON.match(text, end):
                out.append(result(self, UK_POSTCODE, start, end, 0.85, "an outward code alone"))
        return out

    # The shape of any postcode, "A9 9AA" to "AA99 9AA", letters the grammar leaves out included: a draft's
    # made-up area ("WX6 3CC": Royal Mail never puts C, I, K, M, O or V in an inward code) or a mistyped one is
    # still the home's postcode. Capitals with one space only, and only where the sentence says address: a word
    # of ``CONTEXT`` near it, or the end of an address line before it: a town after a comma ("..., Wexham WX6
    # 3CC") or a name's word and a comma ("Site, WX6 3CC"); not a list of codes ("A&E, 999 659 6931, HT4 7CI")
    _ANY_SHAPE = re.compile(r"(?<![\w-])[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}(?![\w-])")
    _LINE_BEFORE = re.compile(r",\s*[A-Z][a-z]+(?:[\s-](?:upon|on|under|le|in|by|[A-Z][a-z]+))*\s*,?\s*$"
                              r"|(?<![\w])[A-Z][a-z]+['’]?,\s*$|(?i:post\s?code)\s*[:.-]?\s*$")

    def _outside_the_grammar(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        out = []
        for m in self._ANY_SHAPE.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            if not (ending_at(self._LINE_BEFORE, text, m.start())
                    or context_near(text, m.start(), m.end(), self._CONTEXT_WORDS)):
                continue
            out.append(result(self, UK_POSTCODE, m.start(), m.end(), 0.85, "postcode outside Royal Mail's grammar"))
        return out


# A form's or a letter's label on a line of its own, the address on the lines below it ("Home address⏎St Aidan's
# Walk (C F 2 4 3 D N)", "Address (victim):⏎12 Marlpit Lane⏎LS6  2AB"): the label's line ends the sentence, so
# ``context_near`` does not see it
_ADDRESS_LABEL_LINE = lazy(re.compile, r"[ \t]*(?:[\w'’-]+[ \t]+){0,3}(?:address|post[ \t]?code)"
                                       r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[:.-]?[ \t]*", re.IGNORECASE)
_ADDRESS_LINES_BELOW_A_LABEL = 3
# an address's lines are names and numbers in capitals; a small word of three letters or more is prose's ("The grid
# squares were⏎A B 1 2 A B"), except the small words of places' names ("Stratford upon Avon", "Bourton on the Water")
_PROSE_WORD = lazy(re.compile, r"(?<![\w'’-])(?!(?:upon|under|the|and|by|in|on|le|la|de|du|y|yr)(?![\w'’-]))"
                               r"[a-z]{3,}(?![\w'’])")


def _under_an_address_label(text: str, start: int) -> bool:
    """Whether one of the few lines above the one ``start`` is on is an address's label alone, with only an
    address's lines between them."""
    line_start = text.rfind("\n", 0, start) + 1
    if _PROSE_WORD.search(text, line_start, start):
        return False
    for _ in range(_ADDRESS_LINES_BELOW_A_LABEL):
        if line_start == 0:
            return False
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above:line_start - 1].rstrip("\r")
        if _ADDRESS_LABEL_LINE.fullmatch(line):
            return True
        if not line.strip() or _PROSE_WORD.search(line):
            return False
        line_start = above
    return False


# An outward code alone, the postcode's district ("lived in the CF10 area", "moved to LS8", "an M14 address"): a
# postcode area's letters (``lexicon.UK_POSTCODE_AREAS``) and a word of a postcode's or a home's around it; after a
# move, only where the sentence goes on ("moved to LS8 in 2018", never "moved to M6 junction 10")
_OUTWARD_ALONE = re.compile(rf"(?<![\w/-])(?P<code>{PostcodeRecognizer._OUTWARD})(?![\w/-])")
_OUTWARD_AREA_AFTER = re.compile(r"\s+(?:post\s?code\s+)?(?:area|district|postcode|post\s+code|address)(?![\w])",
                                 re.IGNORECASE)
_OUTWARD_LABEL_BEFORE = re.compile(
    r"(?<![\w])post\s?code(?:\s+(?:area|district))?(?:\s+(?:is|was|of))?\s*[:-]?\s*$", re.IGNORECASE)
_OUTWARD_MOVE_BEFORE = lazy(re.compile,
    r"(?<![\w])(?:live[sd]?|living|resid(?:e|es|ed|ing)|moved|moving|move|relocated|rehoused|housed|grew\s+up|"
    r"stay(?:s|ed|ing)?|settled|placed)(?:\s+(?:back|out|away))?\s+(?:in|to|into)\s+(?:the\s+)?$", re.IGNORECASE)
_PASSIVE_MOVE_BEFORE = re.compile(r"(?<![\w])(?:was|were|been|being|be|is|are|get|got)\s+(?:\w+\s+)?\w+\s+\w+\s+$",
                                  re.IGNORECASE)
_OUTWARD_SENTENCE_GOES_ON = lazy(re.compile,
    r"\s*(?:[.,;:)]|$)|\s+(?:in|on|at|with|after|before|from|for|when|and|where|until|because|during|while|since|to"
    r"|near|but|so|as|which|who)(?![\w])")


STREET_TYPES = list(LEXICON_STREET_TYPES)
# Street types that are also everyday nouns or name parts; a bare street of these types is not taken from
# context alone ("at Hartsford Park" may be a park).
_BARE_STREET_TYPES = [
    "Road", "Street", "Lane", "Avenue", "Close", "Court", "Crescent", "Drive", "Way", "Place", "Gardens",
    "Grove", "Terrace", "Row", "Walk", "Square", "Mews", "Rise", "Parade", "Wharf", "Croft", "Chase", "Villas",
    "Cottages", "Wynd", "Boulevard", "Crest", "Heights", "Meadows",
]
BUILDING_TYPES = ["House", "Court", "Lodge", "Mansions", "Tower", "Towers", "Buildings", "Flats", "Apartments",
                  "Cottage", "Cottages", "Hall", "Point", "Heights", "Place", "Works", "Mill", "Chambers",
                  "Gardens", "Farm", "Barn", "View"]
# What only a home is called, the name a rural address has in place of a number ("Ivy Cottage, Back Lane", "The
# Old Vicarage, Church Lane"); not "House", "Hall", "Court" or "Lodge", which name offices, courts and people too
# ("Kingsmere House, Station Road", "Joanne Hall, Mill Street")
HOUSE_NAME_TYPES = ["Cottage", "Cottages", "Farm", "Farmhouse", "Barn", "Bungalow", "Vicarage", "Rectory", "Manse",
                    "Forge", "Smithy", "Granary", "Stables", "Coach House", "Schoolhouse", "Farm Cottage"]
# The first word of a court or public body, not a street: "3 Crown Court hearings", "the Royal Court".
_COURT_NAMES = {"Crown", "Magistrates", "Magistrates'", "Magistrates’", "Family", "County", "High", "Youth",
                "Coroner's", "Coroner’s", "Coroners", "Supreme", "Appeal", "Royal", "Civil", "Criminal", "Combined",
                "Sheriff", "Probate", "District"}
_NOT_STREET_NAMES = {"Crown", "Magistrates", "Magistrates'", "Magistrates’", "Coroner's", "Coroner’s", "Our", "The", "A", "An", "This", "That", "Their", "His", "Her", "Its",
                     "Each", "Every", "Other", "Same", "New", "Old", "Main", "North", "South", "East", "West",
                     "Area", "Tribunal", "Traffic", "Care", "Primary", "Housing", "Police", "Probation"}
# A capitalised word straight after the street type continues an organisation's name or a statute.
_ORG_CONTINUATIONS = ["Surgery", "Medical", "Health", "Practice", "Centre", "Center", "Clinic", "Hospital",
                      "School", "Academy", "College", "Primary", "Nursery", "Infant", "Junior", "Church",
                      "Mosque", "Chapel", "Library", "Community", "Pharmacy", "Station", "Police", "Traffic",
                      "Act", "Safety", "Partnership", "Trust", "Surgery's", "Hotel", "Club", "Stadium", "Park",
                      "Services", "Service", "Hostel", "Refuge", "Project", "Family", "Children's", "Children’s",
                      "Day", "Recovery", "Housing", "Homes", "Estate", "Industrial", "Retail", "Shopping",
                      "Leisure", "Sports", "Methodist", "Baptist", "Mental", "Court", "Magistrates"]

# (Welsh letters with a circumflex: "Glyndŵr", "Tŷ Gwyn"; a hyphenated name with its small words: "Pen-y-bryn",
# "Ty-draw", "Stratford-upon-Avon")
_LOWER = "a-zâêîôûŵŷáéíóúàèìòùäëïöü"
_NAME_WORD = (rf"(?:[A-ZŴŶ][{_LOWER}]+(?:['’][{_LOWER}]+|(?:-[a-z]{{1,4}})*-[A-Z]?[{_LOWER}]+)*|St\.?"
              rf"|[A-Z]['’][A-Z][{_LOWER}]+|Ma?c[A-Z][{_LOWER}]+)")
_STREET_NAME = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}}"


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"


# Only an abbreviated type takes a full stop ("Rd., Hartsford"), and not one that ends the sentence as well ("5 Mill
# Rd. She moved"): the sentence keeps it.
# ("Dr" and "Cl" as a case note shortens "Drive" and "Close": "8 Pine Dr", "5 Heron Cl"; "Dr" before a name is
# a doctor's title: "8 Pine Dr Smith" is no street)
_ABBREVIATED_TYPES = {"Rd", "St", "Ln", "Ave", "Ct", "Cres", "Pl", "Gdns", "Tce", "Sq", "Cl", "Dr", "Gr", "Pde"}
# and the other short forms a case note writes (``lexicon.STREET_TYPE_SHORT_FORMS``: "9 Heron Gro", "4 Mill Cotts",
# "7 Ash Grn"), but not those that are words or other abbreviations too ("App", "Par", "Prom", "Est", "Gt", "Wk")
_ABBREVIATED_TYPES |= {short for shorts in STREET_TYPE_SHORT_FORMS.values() for short in shorts} - {
    "App", "Par", "Prom", "Esp", "Emb", "Prec", "Est", "Gt", "Ri", "Wk", "Wy", "Cr", "Ter"}
# (this recogniser's own: a listed place followed by "La" or "Mt" is no street to the other readers)
_TYPES_READ = STREET_TYPES + sorted(_ABBREVIATED_TYPES - set(STREET_TYPES))
_FULL_TYPES = [t for t in _TYPES_READ if t not in _ABBREVIATED_TYPES]
_STREET = (rf"(?P<street_name>{_STREET_NAME})\s"
           rf"(?P<street_type>{_alternation(_FULL_TYPES)}|{_alternation(sorted(_ABBREVIATED_TYPES))}"
           r"(?:\.(?!\s+[A-Z]|\s*$))?)(?![\w'’-])"
           r"(?!(?:(?<=Dr)|(?<=Dr\.))\.?\s+"
           r"(?!(?:She|He|They|The|It|In|On|At|Then|There|We|I|Her|His|This|That|When|After|Before)\b)[A-Z])")
_HOUSE_NUMBER = r"[0-9]{1,4}[A-Za-z]?(?:\s?[-–]\s?[0-9]{1,4}[A-Za-z]?)?"
# A flat's number, a letter ("Flat B"), a Scottish tenement's floor and door ("Flat 2/1", Edinburgh's "Flat 3F2"),
# or its floor alone ("Ground Floor Flat", "Basement Flat")
_FLAT = (r"(?:(?:Flat|Apartment|Apt\.?|Unit|Room|Maisonette)\s(?:[0-9]{1,4}[A-Za-z]?(?:/[0-9]{1,2}|F[0-9]{1,2})?"
         r"|[A-H](?![\w'’-]))"
         r"|(?:Lower\sGround|Ground|Basement|First|Second|Third|Top|Upper|Garden)(?:\sFloor)?\s(?:Flat|Maisonette))")
# a tenement's floor and door before the house number, without "Flat": "2/1 17 Argyle Street", "0/2, 10 Kirk Wynd"
_TENEMENT = r"[0-9]/[0-9]{1,2}"
_BUILDING = rf"{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}}\s{_alternation(BUILDING_TYPES)}"
# ("The Old Post Office", "The Old Bakery" are homes in a rural address; "The Old Courthouse", "The Old School
# House" are venues as often)
_OLD_HOMES = ["Vicarage", "Rectory", "Manse", "Forge", "Smithy", "Bakery", "Dairy", "Granary", "Stables", "Barn",
              "Post Office", "Coach House", "Farmhouse", "Schoolhouse", "Mill House", "Cottage"]
_HOUSE_NAME = (rf"(?:(?:The\s)?{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}}\s{_alternation(HOUSE_NAME_TYPES)}"
               rf"|The\sOld\s{_alternation(_OLD_HOMES)})")

# A number, a flat or a house's name before the street: "14 Larch Close", "31, Beech Avenue", "Flat 3, 22 Beacon
# Road", "Ivy Cottage, Back Lane", "The Old Vicarage, Church Lane" (a rural address has a name, no number)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
_NUMBERED_ADDRESS = re.compile(rf"""
    (?<![\w£$/.,-])
    (?:
        (?P<flat>{_FLAT}),?\s(?:(?P<building>{_BUILDING}),?\s)?(?:(?P<number_after_flat>{_HOUSE_NUMBER}),?\s)?
      | (?P<tenement>{_TENEMENT}),?\s(?P<number_after_tenement>{_HOUSE_NUMBER}),?\s
      | (?P<number>{_HOUSE_NUMBER}),?\s
      | (?P<house>{_HOUSE_NAME}),\s
    )
    {_STREET}
    """, re.VERBOSE)

_BARE_TRIGGER = (r"(?:lived|lives|living|live|resided|resides|residing|stayed|staying|stays|moved|moving|"
                 r"returned|returning|went|going|go|came|coming|visited|visiting|attended|arrived|address|"
                 r"flat|house|home|property|tenancy|neighbours?|street|road)\s(?:back\s)?(?:in|at|on|to|into|"
                 r"from|near|off|of|was|is)\s|(?<![\w])(?:at|in|on|to|into|near|off|from|of)\s")
_BARE_STREET = re.compile(rf"""
    (?P<trigger>{_BARE_TRIGGER})
    (?P<street>(?P<street_name>{_STREET_NAME})\s(?P<street_type>{_alternation(_BARE_STREET_TYPES)})(?![\w'’-]))
    """, re.VERBOSE)
# a street with its type written short ("lived on Larkspur Cres", "moved to Mill St."): only after a verb that places
# someone there, as "at Mill St" alone may be a saint's ("at St Mary's"); "Dr" before a name is a doctor's
_PLACING_TRIGGER = _BARE_TRIGGER.split("|(?<![\\w])", 1)[0]
_BARE_SHORT_STREET = re.compile(rf"""
    (?<![\w])(?:{_PLACING_TRIGGER})
    (?P<street>(?P<street_name>{_STREET_NAME})\s(?P<street_type>{_alternation(sorted(_ABBREVIATED_TYPES))}))
    (?![\w'’-])(?!(?<=Dr)\.?[ \t]+(?!(?:She|He|They|It|Her|His|Their|We|The|This|That|There|Then|When|After)\b)[A-Z])(?!\.?[ \t]+(?!(?:She|He|They|It|Her|His|Their|We|The|This|That|There|Then|When|After)\b)
       [A-Z][a-z]+[ \t]+(?:said|told|was|had|is|has|and)\b)
    """, re.VERBOSE)
# What a text must hold for either pattern: a street type, capitalised (the patterns take no other case)
_STREET_TYPE_WORDS = frozenset(_TYPES_READ)
_CAPITALISED_WORD = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?![a-z])")
# (a space: a tab or a line break ends the address's cell or line, and "Health visitor" in the next is no surgery)
_CONTINUES = re.compile(rf"[ \u00a0](?:{_alternation(_ORG_CONTINUATIONS)})(?![\w])"
                        r"|[ \u00a0][A-Z][a-z]+[ \u00a0](?:Act|Surgery|Centre)")


def _is_street_name(name: str, street_type: str, numbered: bool = False) -> bool:
    words = name.split()
    if not words or any(w in {"Crown", "Magistrates"} for w in words):
        return False
    if street_type == "Court" and words[-1] in _COURT_NAMES:
        return False
    if street_type == "Court" and words[-1] == "Mags" and not numbered:
        return False   # "Wigan Mags Court" is the magistrates'; "4 Mags Court" a home
    # "12 The Green" is an address; "at The Court" is not enough to say so.
    if numbered and words[0] == "The":
        return len(words) == 1 or words[1] not in _NOT_STREET_NAMES
    if numbered and len(words) > 1 and words[0] in _NAME_PARTS_WITH_A_NUMBER:
        return words[1] not in _NOT_STREET_NAMES   # "12 West End Rise", "4 Old Mill Grove", "9 New Kirk Road"
    if numbered and words[0] in _NAME_PARTS_WITH_A_NUMBER:
        return street_type not in ("Court", "Ct", "Green", "Park", "Way")   # "5 New Street", not "3 New Court"
    return words[0] not in _NOT_STREET_NAMES


# a street's own first word after a house number ("5 North Road", "12 West End Rise", "3 Old Mill Lane"), which
# alone before a street type says no more than a direction ("the North Road", "at Old Court")
_NAME_PARTS_WITH_A_NUMBER = {"New", "Old", "Main", "North", "South", "East", "West"}


class UkAddressRecognizer(DhrRecognizer):
    """Street addresses -> ADDRESS.

    Numbered or flat addresses ("14 Larch Close", "Flat 3, 22 Beacon Road", "Flat 12, Tannery House, Mill Road")
    score 0.85; a bare street name in an address context ("lived in Larch Close", "at Beacon Road") 0.7; other
    mentions in the same text of a street already found 0.65. The span stops at the street type: the town and
    postcode after it are found by the place and postcode recognisers.
    Metadata ``{"street": "Larch Close", "form": "numbered" | "context" | "repeat"}``.
    """

    ENTITIES = (ADDRESS,)
    # before a number with a comma after it: a word that places someone there ("lived at 31, Beech Avenue", "at
    # number 31, ...")
    _PLACED_AT = re.compile(r"(?<![\w])(?:at|to|from|in|on|number|no\.?)\s+$", re.IGNORECASE)
    # or what is done to a home ("rented 7, Rowan Drive", "Police attended 10, Mandela Ave"), or the start of a
    # table's cell or a row's column ("12/03/2021 | 41, Rose Court | ...")
    _HOME_VERB_BEFORE = re.compile(
        r"(?<![\w])(?:rent(?:s|ed|ing)?|b(?:ought|uy|uys|uying)|s(?:old|ell|ells|elling)|own(?:s|ed)?|let|lets|letting"
        r"|leased?|occupie[sd]|occupy(?:ing)?|shared?|sharing|left|leaving|visit|call(?:ed)?\s+out)\s+$", re.IGNORECASE)
    _CELL_START = re.compile(r"(?:^|[\t|\n])[ ]*$")

    # a plural noun after the street: the number counts things there ("9 Mill Lane incidents")
    _PLURAL_AFTER = re.compile(r" (?P<noun>[a-z]{3,}s)(?![\w'’-])")

    @classmethod
    def _a_count_of(cls, text: str, start: int, end: int) -> bool:
        """Whether the number at ``start`` counts the things named after the street (a plural noun after it),
        unless the sentence places someone at the address ("lived at 12 Mill Lane flats")."""
        noun = cls._PLURAL_AFTER.match(text, end)
        if noun is None or noun.group("noun") in stop_words() or noun.group("noun").endswith("ss"):
            return False
        before = text[max(0, start - 80):start]
        return not (cls._PLACED_AT.search(before) or _PLACED_BEFORE.search(before) or _VISITED_BEFORE.search(before)
                    or ending_at(cls._HOME_VERB_BEFORE, text, start))

    @classmethod
    def _placed_with_a_comma(cls, text: str, start: int, number: str) -> bool:
        """Whether "31, Beech Avenue" at ``start`` is an address: a house number of three digits at most, after a
        word that places someone there, not after a colon ("At 14:30, Station Road")."""
        before = text[max(0, start - 80):start]
        return len(number.rstrip("abcdefghABCDEFGH")) <= 3 and not before.endswith(":") \
            and bool(cls._PLACED_AT.search(before) or _PLACED_BEFORE.search(before) or _VISITED_BEFORE.search(before)
                     or ending_at(cls._HOME_VERB_BEFORE, text, start) or ending_at(cls._CELL_START, text, start))

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        found: list[tuple[int, int, float, str, str]] = _welsh_streets(text) if _WELSH_CUE.search(text) else []
        if _STREET_TYPE_WORDS.isdisjoint(_CAPITALISED_WORD.findall(text)):
            # every address below ends with a street type (most paragraphs name none: a tenth of the time)
            found = self._in_capitals_or_small_letters(text, found)
            return [result(self, ADDRESS, start, end, score, f"street address ({form})", street=street, form=form)
                    for start, end, score, street, form in sorted(found)]

        def taken(start: int, end: int) -> bool:
            return any(s < end and start < e for s, e, *_ in found)

        for m in _NUMBERED_ADDRESS.finditer(text):
            name = m.group("street_name")
            if not _is_street_name(name, m.group("street_type"), numbered=True) or _CONTINUES.match(text, m.end()):
                continue
            number = m.group("number")
            if number and "," in m.group()[:len(number) + 1] and not self._placed_with_a_comma(text, m.start(), number):
                continue   # "Section 3, Church Street", "At 14:30, Station Road": a list's number or a time
            if m.group("street_type").rstrip(".") == "Dr" and (previous := ending_at(_WORD_BEFORE, text, m.start())) \
                    and previous.group(1).lower() in _NOT_HOUSE_NUMBER_BEFORE:
                continue   # "Ward 7 Locum Dr": a ward's number and a doctor
            # "in 2019 Mill Road..." : a year is no house number.
            number = m.group("number")
            if number and re.fullmatch(r"(?:19|20)[0-9]{2}", number):
                continue
            if number and self._a_count_of(text, m.start(), m.end()):
                continue   # "There were 9 Mill Lane incidents", "Officers logged 29 High Street callouts"
            found.append((m.start(), m.end(), 0.85, f"{name} {m.group('street_type')}", "numbered"))

        for m in _NAMED_HOUSE.finditer(text):
            start, end = m.span()
            if taken(start, end) or not _is_street_name(m.group("street_name"), m.group("street_type")) \
                    or _CONTINUES.match(text, end) or not _a_house_name(text, start, m.group("house")):
                continue
            found.append((start, end, 0.8, f"{m.group('street_name')} {m.group('street_type')}", "house name"))

        for m in (*_BARE_STREET.finditer(text), *_BARE_SHORT_STREET.finditer(text)):
            start, end = m.span("street")
            name = m.group("street_name")
            if taken(start, end) or not _is_street_name(name, m.group("street_type")) or _CONTINUES.match(text, end):
                continue
            found.append((start, end, 0.7, f"{name} {m.group('street_type')}", "context"))

        found = self._in_capitals_or_small_letters(text, found)

        # A street found once is the same street wherever else the text names it.
        for street in sorted({f[3] for f in found}, key=len, reverse=True):
            for m in re.finditer(rf"(?<![\w]){re.escape(street)}(?![\w'’-])", text):
                if not taken(m.start(), m.end()) and not _CONTINUES.match(text, m.end()):
                    found.append((m.start(), m.end(), 0.65, street, "repeat"))

        return [result(self, ADDRESS, start, end, score, f"street address ({form})", street=street, form=form)
                for start, end, score, street, form in sorted(found)]


    @staticmethod
    def _in_capitals_or_small_letters(text: str, found: list) -> list:
        """Numbered addresses typed all in capitals or all in small letters ("ADDRESS: 14 LARCH CLOSE", "Police
        attended 14 larch close", "14a larch close wexham wx1 2ab"), which the patterns above (capitalised words
        only) do not read. In small letters the shape says less ("a 2 lane road", "5 minutes walk"), so the
        sentence must place the address: an address word or a visit before it, or a postcode after it."""
        if not _FULL_TYPE_WORD.search(text) or not _TYPE_IN_ANY_CASE.search(text):
            return found
        out = list(found)
        for m in _NUMBERED_IN_ANY_CASE.finditer(text):
            start, end = m.span()
            name, street_type = m.group("street_name"), m.group("street_type")
            if name.istitle() and street_type.istitle() or any(s < end and start < e for s, e, *_ in out):
                continue   # capitalised: the patterns above have judged it
            words = name.lower().split()
            if not any(w.title() not in _BARE_STREET_TYPES and w not in _NOT_NAMES_IN_ANY_CASE for w in words) \
                    or words[0] in _NOT_NAMES_IN_ANY_CASE or re.fullmatch(r"(?:19|20)[0-9]{2}", m.group("number")):
                continue   # "2 lane road", "the 3 main roads", "5 minutes walk", "in 2019 park lane"
            before = text[max(0, start - 80):start]
            previous = _WORD_BEFORE.search(before)
            if previous and previous.group(1).lower() in _NOT_HOUSE_NUMBER_BEFORE:
                continue
            if "," in m.group()[:len(m.group("number")) + 1] and before.rstrip().endswith(":") \
                    and not _PLACED_BEFORE.search(before):
                continue   # "At 14:30, station road"
            capitals = name.isupper() and street_type.isupper()
            if not (_PLACED_BEFORE.search(before) or _VISITED_BEFORE.search(before)
                    or _POSTCODE_AFTER_ANY_CASE.match(text, end) or capitals and _CAPITALS_AROUND.search(before)):
                continue
            street = f"{name} {street_type}".title()
            out.append((start, end, 0.8, street, "numbered"))
        return out


# ---------------------------------------------------------------------------------------------------------------
# Streets named without a street type ("48 Canal Side", "5 The Paddock", "Flat 2, Wren House")

# A number before capitalised words is many things besides a house ("page 5 The Report", "Table 3 Summary",
# "Section 12 Children Act", "aged 15 Years"): the word before the number says so.
_NOT_HOUSE_NUMBER_BEFORE = {
    "page", "pages", "p", "pp", "table", "tables", "figure", "fig", "section", "sections", "s", "paragraph",
    "paragraphs", "para", "paras", "chapter", "appendix", "annex", "annexe", "item", "items", "point", "points",
    "recommendation", "recommendations", "step", "stage", "level", "year", "years", "age", "aged", "room", "ward",
    "bus", "route", "number", "no", "nos", "version", "v", "part", "schedule", "article", "rule", "rules",
    "regulation", "tier", "phase", "week", "weeks", "day", "days", "session", "key", "question", "box", "line",
    "row", "column", "volume", "vol", "issue", "finding", "findings", "learning", "lesson", "theme", "band", "grade",
    "category", "standard", "principle", "term", "priority", "objective", "action", "zone", "platform", "gate",
    "junction", "exit", "bay", "bed", "cell", "wing", "floor", "pc", "dc", "ps", "ds", "sgt", "collar", "over",
    "under", "top", "around", "about", "approximately", "some", "nearly", "almost", "least", "most", "only",
    "just", "than", "cohort", "group", "panel", "meeting", "meetings", "visit", "visits", "call", "calls",
}
# The first word of a number + capitalised words that make it a quantity, a date or a time, not a street.
_NOT_STREET_START = {
    *MONTHS, *(short for forms in MONTH_ABBREVIATIONS for short in forms), *WEEKDAYS, "Years", "Year", "Months", "Month",
    "Weeks", "Week", "Days", "Day", "Hours", "Hour", "Minutes", "Seconds", "Times", "Occasions", "Children",
    "Pounds", "Miles", "Percent", "Per", "Am", "Pm", "Or", "And", "To", "Of", "In", "On", "At", "For", "By", "With",
    "Agencies", "Agency", "Officers", "People", "Incidents", "Calls", "Visits", "Meetings", "Members",
    "Recommendations", "Areas", "Key", "Mr", "Mrs", "Ms", "Miss", "Dr",
} | _NOT_STREET_NAMES - {"The", "New", "Old", "Main", "North", "South", "East", "West"}
# Words of a report or a count, never of a street ("2 Panel Meetings", "3 Agency Referrals").
_NOT_STREET_WORDS = {"Crown", "Magistrates", "Act", "Panel", "Panels", "Review", "Reviews", "Meeting", "Meetings",
                     "Report", "Reports", "Agency", "Agencies", "Hearing", "Hearings", "Session", "Sessions",
                     "Occasion", "Occasions", "Visit", "Visits", "Call", "Calls", "Incident", "Incidents",
                     "Referral", "Referrals", "Assessment", "Assessments", "Appointment", "Appointments",
                     "Contact", "Contacts", "Officers", "Members", "Recommendations", "Findings", "Summary"}
# Capitalised words that end the name: the rest of the sentence, not the street ("5 The Paddock In May").
_NOT_STREET_TAIL = {"In", "On", "At", "When", "Where", "While", "And", "But", "Or", "The", "With", "From", "To",
                    "For", "After", "Before", "During", "Until", "Since", "As", "Her", "His", "Their", "She", "He",
                    "They", "It", "This", "That", "Mr", "Mrs", "Ms", "Miss", "Dr", "Police", "Officers"}
# a form's label: "Address at time of death: 14, Larch Close", "Last known address - 14 Larch Close", "address was
# recorded as 14 Larch Close"
_ADDRESS_LABEL = (r"(?<![\w])address(?:es)?(?:\s+at\s+(?:the\s+)?time\s+of\s+(?:(?:her|his|their|the)\s+)?[a-z]+)?"
                  r"(?:\s+(?:is|was|were|has\s+been|had\s+been))?"
                  r"(?:\s+(?:as|at|of|being|(?:given|recorded|listed|noted|shown|written)\s+as))?\s*[:|–-]?\s*")
# Where someone lives or goes: the sentence itself places the number and name as an address.
_PLACED_BEFORE = lazy(re.compile,
    r"(?:(?<![\w])(?:live[sd]?|living|resid(?:e|es|ed|ing)|stay(?:s|ed|ing)?|moved|moving|move|returned|returning|"
    r"relocated|rehoused|housed|placed|went|going|visited|visiting|attended|attending|called|sent|arrived|fled|"
    r"home|house|flat|property|tenancy|neighbours?|next\s+door|lodged|lodging|squatting|sleeping|slept|"
    r"registered|found|discovered)"
    r"(?:\s+(?:back|out|in|together|alone|there|here|with\s+(?:her|his|their|a|an)\s+\w+))?"
    r"\s+(?:at|to|into|in|from|on|of|outside|near)\s+(?:the\s+(?:address|property|house|flat|home)\s+(?:at|of)\s+)?"
    # (a form's label: "Address at time of death: 14, Larch Close", "Last known address - 14 Larch Close")
    rf"|{_ADDRESS_LABEL})$",
    re.IGNORECASE)
_WEAK_BEFORE = re.compile(r"(?<![\w])(?:at|to|from|of|in|near|outside)\s+$", re.IGNORECASE)
# A town (and perhaps a postcode) after the street confirms an address a bare "at" or "to" does not.
_TOWN_AFTER = lazy(re.compile,
    rf"^,\s*(?:[A-Z][a-z]+(?:[\s-](?:upon|on|under|le|in|by|[A-Z][a-z]+))*\s*,?\s*)?"
    rf"(?:{PostcodeRecognizer._OUTWARD}\s?{PostcodeRecognizer._INWARD}(?![\w-])"
    rf"|(?<=[\w,\s])(?=[.;:)]|,|\s+(?:in|on|and|with|where|when|until|before|after|from|for)\b|\s*$))")
# A postcode after the street makes it an address whatever comes before ("48 Canal Side, Hartsford HT4 7QD").
_POSTCODE_AFTER = lazy(re.compile,
    rf"^,?\s*(?:[A-Z][a-z]+(?:[\s-](?:upon|on|under|le|in|by|[A-Z][a-z]+))*\s*,?\s*)?"
    rf"{PostcodeRecognizer._OUTWARD}\s?{PostcodeRecognizer._INWARD}(?![\w-])")
_UNSUFFIXED = re.compile(rf"""
    (?<![\w£$/.,:+-])
    (?:
        (?P<flat>{_FLAT}),?[ ]
        (?:(?P<building>(?:The[ ])?{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}),[ ])?
        (?:(?P<flat_number>{_HOUSE_NUMBER}),?[ ])?
      | (?P<number>{_HOUSE_NUMBER})[ ]
    )
    (?P<street>(?:The[ ])?{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})
    (?![\w'’-])
    """, re.VERBOSE)   # one line: a number at the end of a line and a heading on the next are no address


# what is done at a numbered building by those who go there ("attended 84 Mandela House", "searched 12 Tannery
# Court"); a bare "at" or "to" is not enough without a town after it (``_WEAK_BEFORE``)
_ENTERED_BEFORE = re.compile(r"(?<![\w])(?:attended|attending|visited|visiting|searched|raided|entered|reached|"
                             r"left|leaving)\s+$", re.IGNORECASE)


# Words that number the parts of a building or a form, not a building's name ("Room 101, Building 3")
_NUMBERED_LABELS = {"Building", "Block", "Floor", "Level", "Room", "Wing", "Ward", "Bay", "Unit", "Section", "Phase",
                    "Stage", "Zone", "Box", "Plot", "Part", "Bed", "Cell", "Suite", "Module", "Item"}
_NUMBERED_LABEL_AFTER = re.compile(r" (?:[0-9]{1,4}[A-Za-z]?|[A-Z])(?![\w'’-])")


class UnsuffixedAddressRecognizer(DhrRecognizer):
    """Addresses whose street has no street type ("48 Canal Side", "5 The Paddock", "31 Orchard Side",
    "Flat 2, Wren House", "Apartment 4, 12 Mill Race") -> ADDRESS.

    Without "Road" or "Close" the shape alone says little ("page 5 The Report", "Table 3 Summary", "Section 12
    Children Act"), so a house number needs the sentence to place someone there ("lived at", "moved to",
    "address:") 0.8, or a bare "at"/"to" and a town or postcode after it 0.75. A flat number is itself an address
    word: "Flat 2, Wren House" 0.85. Streets with a type are ``UkAddressRecognizer``'s. Metadata
    ``{"street": "Canal Side", "form": "unsuffixed"}``: the engine covers the street's other mentions.
    """

    reads_prose = True  # judged from the sentence around it: never run on an attribute value

    ENTITIES = (ADDRESS,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        found = []
        for m in _UNSUFFIXED.finditer(text):
            words = _street_words(m.group("street"))
            if not words and m.group("flat") and m.group("street").split()[0] not in _NOT_STREET_START \
                    and not set(m.group("street").split()) & _NOT_STREET_WORDS:
                words = m.group("street").split()[:1]   # "Flat 3, Mayfield": a flat makes one word enough
            if not words:
                continue
            start = m.start()
            end = m.start("street") + len(" ".join(words))
            street = " ".join(words)
            if words[-1] in _TYPES_READ and len(words) > 1 and not m.group("flat") or _CONTINUES.match(text, end):
                continue  # a typed street (the other recogniser's) or an organisation ("12 Mill Race Surgery")
            if words[0] in _NUMBERED_LABELS and _NUMBERED_LABEL_AFTER.match(text, end):
                continue  # "Room 101, Building 3", "Unit 4, Block B": numbered parts of a building, no name
            before = text[max(0, start - 80):start]
            if m.group("flat"):
                score = 0.85
            else:
                number = m.group("number")
                previous = _WORD_BEFORE.search(before)
                if re.fullmatch(r"(?:19|20)[0-9]{2}", number) or \
                        previous and previous.group(1).lower() in _NOT_HOUSE_NUMBER_BEFORE:
                    continue
                if _PLACED_BEFORE.search(before) or _POSTCODE_AFTER.match(text[end:end + 60]):
                    score = 0.8
                elif words[-1] in BUILDING_TYPES and len(words) > 1 and _ENTERED_BEFORE.search(before):
                    score = 0.8   # "Police attended 84 Mandela House": a numbered building is where they went
                elif _WEAK_BEFORE.search(before) and _TOWN_AFTER.match(text[end:end + 60]):
                    score = 0.75
                else:
                    continue
            found.append(result(self, ADDRESS, start, end, score, "street address (no street type)",
                                street=street, form="unsuffixed"))
        return found


def _street_words(name: str) -> list[str]:
    """The street's own words: not a date, a quantity or a court, and not the sentence after it."""
    words = name.split()
    if words[0] == "The":
        if len(words) == 1 or words[1] in _NOT_STREET_NAMES or words[1] in _NOT_STREET_START:
            return []
    elif words[0] in _NOT_STREET_START:
        return []
    if any(w in DOMAIN_ACRONYMS or w in _NOT_STREET_WORDS for w in words):
        return []
    for at in range(1, len(words)):
        if words[at] in _NOT_STREET_TAIL or words[at] in _NOT_STREET_START:
            words = words[:at]
            break
    return words if len(words) >= 2 else []   # "12 Ashgrove" alone is too like "2 Panels" to take


# Numbered addresses in capitals or small letters (``UkAddressRecognizer._in_capitals_or_small_letters``)
_TYPE_IN_ANY_CASE = re.compile(rf"(?i)[0-9]\w*,?\s.*?(?<![\w]){_alternation(_FULL_TYPES)}(?![\w'’-])")
# a cheap test first: the street type alone, which the pattern above looks for after each number on its line
_FULL_TYPE_WORD = re.compile(rf"(?i)(?<![\w]){_alternation(_FULL_TYPES)}(?![\w'’-])")
_NUMBERED_IN_ANY_CASE = re.compile(
    rf"(?<![\w£$/.,:-])(?P<number>{_HOUSE_NUMBER}),?\s"
    rf"(?P<street_name>(?:[a-z][a-z'’-]+|[A-Z][A-Z'’-]+)(?:\s(?:[a-z][a-z'’-]+|[A-Z][A-Z'’-]+)){{0,2}}?)\s"
    rf"(?P<street_type>(?i:{_alternation(_FULL_TYPES)}))(?![\w'’-])")
# (words that quantify or describe, not a street's own name, in small letters: "3 main roads", "the 2 other lanes")
_NOT_NAMES_IN_ANY_CASE = {w.lower() for w in _NOT_STREET_NAMES | _NOT_STREET_START} | {
    "main", "more", "other", "few", "many", "several", "separate", "different", "big", "small", "large", "long",
    "short", "major", "minor", "busy", "quiet", "private", "public", "nearby", "local", "same", "two", "three",
    "minute", "minutes", "hour", "hours", "mile", "miles", "metre", "metres", "yard", "yards", "step", "steps",
    "times", "a", "an", "and", "or", "of", "to", "in", "on", "at", "the", "by", "for", "with", "from", "is", "was",
    "were", "are", "be", "had", "has", "have", "car", "bed", "bedroom", "storey", "lane", "way", "its"}
# a visit names the address it reaches without a preposition ("Police attended 14 larch close")
_VISITED_BEFORE = lazy(re.compile, r"(?<![\w])(?:attended|attend|attending|visited|visit|visiting|at|to|from|outside|"
                             r"near|reached|left|leaving|searched|raided|entered)\s+$", re.IGNORECASE)
# A postcode (in any case) after the street, perhaps after a town: "14a larch close wexham wx1 2ab"
_POSTCODE_AFTER_ANY_CASE = lazy(re.compile,
    rf"(?i),?\s*(?:[a-z]+(?:[\s-][a-z]+){{0,2}}\s*,?\s*)?"
    rf"{PostcodeRecognizer._OUTWARD}\s?{PostcodeRecognizer._INWARD}(?![\w-])")
# a line in capitals: a label or a heading before the address is in capitals too ("AGNIESZKA'S ADDRESS: 14 ...")
_CAPITALS_AROUND = re.compile(r"(?:^|\n|[:|])\s*(?:[A-Z'’]+\s+){0,6}$|[A-Z]{2,}[:|]?\s+$")


# ---------------------------------------------------------------------------------------------------------------
# A house's name before a street, where the sentence places a home there ("lived at The Willows, Kiln Road",
# "Police attended Tŷ Gwyn, Heol y Felin", "Home visit at Fernbank, Station Road"). A name of a home's kind
# ("Ivy Cottage", "The Old Rectory") is read anywhere by ``_NUMBERED_ADDRESS``; any other name only after a home's
# word: "based at Kingsmere House, Station Road" is an office, "went to Tesco, High Street" a shop.
_HOUSE_WORD = rf"(?:Tŷ|Ty|{_NAME_WORD})"
_NAMED_HOUSE = re.compile(rf"(?<![\w'’-])(?P<house>(?:The\s)?{_HOUSE_WORD}(?:\s{_NAME_WORD}){{0,2}}),\s{_STREET}")
_HOME_BEFORE_A_NAME = lazy(re.compile,
    r"(?:(?<![\w])(?:live[sd]?|living|resid(?:e|es|ed|ing)|stay(?:s|ed|ing)?|moved|moving|relocated|rehoused|housed"
    r"|returned|home|house|property|tenancy|rent(?:s|ed|ing)?|attended|visit|visited|visiting|fled|lodged|"
    r"squatting|called|sent|dispatched)(?:\s+(?:back|out|in|together|alone|there))?\s+(?:at|to|into|in|from|of)?\s*"
    rf"|{_ADDRESS_LABEL})$", re.IGNORECASE)
# the last word of a name that is no home: a service, an office, a shop, a court
_NOT_A_HOME = {*_ORG_CONTINUATIONS, *_COURT_NAMES, *_NOT_STREET_WORDS, "Court", "Office", "Offices", "Chambers",
               "Works", "Unit", "Store", "Stores", "Shop", "Bank", "Bar", "Pub", "Inn", "Arms", "Cafe", "Café",
               "Restaurant", "Hall", "Centre", "Center", "Police", "Council", "Prison", "Ltd", "Limited", "Group"}


def _a_house_name(text: str, start: int, house: str) -> bool:
    """Whether ``house`` before a street is a home's name: after a word that places a home there, and not a
    service's, a shop's or a court's name."""
    words = house.split()
    if words[-1] in _NOT_A_HOME or words[0] in _NOT_STREET_START and words[0] != "The" \
            or any(w in DOMAIN_ACRONYMS for w in words) or words == ["The"]:
        return False
    # "Tŷ" is Welsh for a house ("Tŷ Gwyn", "Tŷ Newydd"): a home's name as "Cottage" is ("Ty" is a given name too)
    return words[0] == "Tŷ" or ending_at(_HOME_BEFORE_A_NAME, text, start) is not None


# ---------------------------------------------------------------------------------------------------------------
# Welsh streets: the street's word first and its name after, often mutated ("12 Heol y Frenhines", "3 Ffordd
# Glan", "7 Stryd Fawr", "22 LON Y FELIN", "Rhodfa'r Môr"), typed in any case. The words are the evidence, the
# names are any (no list of mutations): a name runs while its words keep the street word's case and are no
# English stop word ("12 Heol Las in 2019", "at 5 heol y felin with her mother").
_WELSH_ALL = (*WELSH_STREET_WORDS, *WELSH_STREET_WORDS_WEAK)
_WELSH_CUE = re.compile(rf"(?i)(?<![\w'’-]){_alternation(list(_WELSH_ALL))}(?=['’ -])")
_WELSH_NAME_WORD = rf"[A-Za-z{_LOWER}ŴŶÂÊÎÔÛ]{{2,}}(?:['’][a-z{_LOWER}]+)?"
_WELSH_STREET = lazy(re.compile,
    rf"(?i)(?<![\w'’-])(?P<word>{_alternation(list(_WELSH_ALL))})"
    rf"(?P<joint>['’]r[ -]|[ -](?P<article>y|yr)[ -]|[ -])(?P<first>{_WELSH_NAME_WORD})")
_WELSH_MORE = re.compile(rf"(?i)(?:[ -](?:y|yr)[ -]|[ -])(?P<word>{_WELSH_NAME_WORD})")
_WELSH_STRONG = frozenset(w.casefold() for w in WELSH_STREET_WORDS)
_NUMBER_BEFORE_WELSH = lazy(re.compile,
    rf"(?<![\w£$/.,:-])(?:(?:{_FLAT}),?\s(?:{_BUILDING},?\s)?|{_TENEMENT},?\s)?(?P<number>{_HOUSE_NUMBER}),?\s$"
    rf"|(?<![\w])(?:{_FLAT}),?\s$")
_HOUSE_BEFORE_WELSH = lazy(re.compile, rf"(?<![\w'’-])(?P<house>(?:The\s)?{_HOUSE_WORD}(?:\s{_NAME_WORD}){{0,2}}),\s$")
_TRIGGER_BEFORE = lazy(re.compile, rf"(?:{_BARE_TRIGGER})$")


def _placed(text: str, start: int) -> bool:
    """Whether the sentence places someone at what starts at ``start``: a home's word, a visit, a form's label or
    the start of a line or a table's cell."""
    return bool(ending_at(_PLACED_BEFORE, text, start) or ending_at(_VISITED_BEFORE, text, start)
                or ending_at(UkAddressRecognizer._HOME_VERB_BEFORE, text, start)
                or ending_at(UkAddressRecognizer._CELL_START, text, start))


def _same_case(word: str, street_word: str) -> bool:
    if street_word.isupper():
        return word.isupper()
    if street_word.islower():
        return word.islower()
    return word[:1].isupper() and word not in _NOT_STREET_TAIL


def _welsh_name_word(word: str, street_word: str) -> bool:
    return _same_case(word, street_word) and word.casefold() not in stop_words()


def _welsh_streets(text: str) -> list[tuple[int, int, float, str, str]]:
    """Welsh streets with a house number, a flat or a house's name before them, or after a word that places
    someone there ("lived on Stryd Fawr"); the weak words ("Parc", "Maes", "Lon") only with a number or the
    article ("Parc y Llyn", never "sent to Parc Prison")."""
    found = []
    for m in _WELSH_STREET.finditer(text):
        word = m.group("word")
        if not _welsh_name_word(m.group("first"), word) or word[:1].islower() and not word.islower():
            continue
        weak = word.casefold() not in _WELSH_STRONG and not m.group("article") \
            and not m.group("joint").startswith(("'", "’"))
        end, words = m.end(), 1
        while words < 3 and (more := _WELSH_MORE.match(text, end)) and _welsh_name_word(more.group("word"), word):
            end, words = more.end(), words + 1
        if _CONTINUES.match(text, end):
            continue   # "Heol Fawr Surgery"
        start = m.start()
        street = text[start:end]
        number = ending_at(_NUMBER_BEFORE_WELSH, text, start)
        if number is not None:
            digits = number.group("number") or ""
            previous = ending_at(_WORD_BEFORE, text, number.start())
            if re.fullmatch(r"(?:19|20)[0-9]{2}", digits) or digits and previous \
                    and previous.group(1).lower() in _NOT_HOUSE_NUMBER_BEFORE:
                continue
            if weak and word.islower() and not _placed(text, number.start()):
                continue   # "she did 2 parc runs": in small letters a weak word needs the sentence to place it
            found.append((number.start(), end, 0.85, street, "numbered"))
            continue
        if weak:
            continue
        house = ending_at(_HOUSE_BEFORE_WELSH, text, start)
        if house is not None and _a_house_name(text, house.start(), house.group("house")):
            found.append((house.start(), end, 0.8, street, "house name"))
        elif ending_at(_TRIGGER_BEFORE, text, start) or ending_at(_PLACED_BEFORE, text, start):
            found.append((start, end, 0.7, street, "context"))
    return found


# "flat 12 in Mandela House", "apartment 4B at Tannery Court": the flat in small letters and its building after
# "in"/"at"/"of" (a capital "Flat 12, Mandela House" is the recognisers' above). Not a room: "room 4 at the Crown
# Court" is a courtroom.
_FLAT_IN_A_BUILDING = re.compile(
    rf"(?<![\w-])(?i:flat|apartment|apt\.?|maisonette)\s(?:(?i:number|no\.?)\s?)?[0-9]{{1,4}}[A-Za-z]?"
    rf"(?:/[0-9]{{1,2}})?,?\s(?:in|at|of|within)\s(?:the\s)?(?P<building>{_BUILDING})(?![\w'’-])")
_FLAT_WORD = re.compile(r"(?i:flat|apartment|apt|maisonette)")


class FlatInABuildingRecognizer(DhrRecognizer):
    """A flat's number and the named building it is in, written in a sentence ("lived in flat 12 in Mandela
    House", "apartment 4B at Tannery Court") -> ADDRESS, 0.85. Metadata ``{"street": building, "form":
    "flat in a building"}``: the engine covers the building's other mentions as a street's."""

    ENTITIES = (ADDRESS,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        if not _FLAT_WORD.search(text):
            return []
        return [result(self, ADDRESS, m.start(), m.end(), 0.85, "flat in a named building",
                       street=m.group("building"), form="flat in a building")
                for m in _FLAT_IN_A_BUILDING.finditer(text)]
