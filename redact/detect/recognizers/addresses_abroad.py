"""Addresses written the way other countries write them, and PO boxes.

A family's home abroad is written in that country's own order: the street word before the name and the number
after it ("ul. Długa 12", "str. Mihai Eminescu nr. 7", "Rua Augusta 145", "Via Roma 21", "Calle Mayor 3, 2º B"),
after the name ("Atatürk Caddesi No. 45", "Petőfi Sándor utca 12", "Gedimino g. 9"), inside the name
("Hauptstraße 5", "Kerkstraat 12"), after the number in lower case ("12 rue de la Paix"), or as a chain of
numbered parts with no street name at all ("House 23, Street 5, Mirpur", "Flat 2B, Plot 45, Sector G-9/3").
The street word of the language is the evidence, never a list of streets.

The text is read as *pieces* (a street of one of those forms, a numbered unit such as "House 23" or "Plot 12", a
numbered street such as "Street 5" or "Block B", a named street without a number such as "Kampala Road") joined
by commas into one address. A piece of a street form, a PO box, or a unit written with "No." ("House No. 14")
is an address on its own; the other pieces only in a chain of two or more with a unit or a street in it: "Plot 4
of the allotments", "Phase 2, Block 3" and "Room 12" stay.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import ahocorasick
import regex
from presidio_analyzer import RecognizerResult

from ...dates import a_month_of_another_language_dated
from ...entities import ADDRESS, LOCATION, UK_POSTCODE
from ...name_or_word import is_ordinary_word
from ...variants import likely_gender
from ._common import DOMAIN_ACRONYMS, DhrRecognizer, result
from .addresses import STREET_TYPES, _CONTINUES, _STREET_NAME as _UK_STREET_NAME, _is_street_name
from .places import same_s_and_t
from ...lazy_patterns import lazy

# "No" and "Nr" start the number, not the name ("Jl. Sudirman No. 5")
_NAME_WORD = r"(?:(?!(?:No|Nr|NR|Number)(?![\p{L}]))\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*)"
_PARTICLE = (r"(?:de|da|do|dos|das|del|della|delle|dei|degli|di|du|des|la|le|les|van|von|der|den|cel|al|el|e|y"
             r"|bin|ibn|ul)")
# "Mihai Eminescu", "de la Paix", "Ștefan cel Mare", "Jana Pawła II", "d'Italia", "3 Maja" (a date as a name)
_WORDS = rf"{_NAME_WORD}(?:[ ](?:{_PARTICLE}[ ]){{0,2}}(?:[dl]['’])?{_NAME_WORD}){{0,3}}"
_NAME = rf"(?:(?:{_PARTICLE}[ ]){{0,2}}|[dl]['’])?(?:[0-9]{{1,2}}[ ])?{_WORDS}"
_NUMBER = r"(?:[0-9]{1,4}\p{L}?(?:[ ]?[/-][ ]?[0-9]{1,4}\p{L}?)?(?![0-9]))"
# "nr. 7", "No: 12", "nº 5", "n. 3": the number's own word; "s/n" is Spanish for "no number"
_MARK = r"(?:(?:nr|Nr|NR|no|No|NO|n[º°o]|N[º°o]|n|núm|Núm|num|br|č|d|dom)\.?:?[ ]?)"
_STREET_NUMBER = rf"(?:,?[ ]{_MARK}?{_NUMBER}|,?[ ]s/n)"
# flat, block, staircase, floor and door after the number: "m. 15", "kv. 8", "bl. A3, ap. 12", "2º B", "Daire 4"
_UNIT = (r"(?:,?[ ](?:(?:m|kv|ap|app|apt|Apt|bl|sc|et|lok|int|esc|d|Esc|Bl|Ap|Kv)\.[ ]?|(?:Daire|Kat|D:|Piso|piso"
         r"|Dpto\.?|dpto\.?|Apt|Flat|Apartment|Stan|Kv\.?|kv)[ ]?)[\p{L}0-9]{1,4}(?![\p{L}0-9])"
         r"|,?[ ][0-9]{1,2}[ ]?[º°ª](?:[ ]?(?:Esq|Dto|Dta|Izq|Izda|Dcha|Drcha|Fte|Dt)\.?|[ ]?andar|[ ]?piso"
         r"|[ ]?[A-Z](?![\p{L}]))?)")
# a postal code and its town ending the address: "00-514 Warszawa", "10115 Berlin", "28013 Madrid", "110 00 Praha"
_POSTCODE_TOWN = lazy(regex.compile,
    rf"(?:,[ ]?|[ ])(?P<code>[0-9]{{2}}-[0-9]{{3}}|[0-9]{{3}}[ ][0-9]{{2}}|[0-9]{{4,5}}|[A-Z]{{1,2}}-[0-9]{{4,5}})[ ]"
    rf"(?P<town>{_NAME_WORD}(?:[ -]{_NAME_WORD})?)(?![\p{{L}}0-9])")

# The street word before the name. A dotted abbreviation is an address word on its own ("lived on ul. Długa");
# a whole word needs the number too ("Via Roma 21", never "Via Teams").
_PREFIX_ABBREVIATED = [r"ul\.", r"Ul\.", r"al\.", r"Al\.", r"os\.", r"pl\.", r"str\.", r"Str\.", r"bd\.", r"Bd\.",
                       r"bul\.", r"vul\.", r"Vul\.", r"prosp\.", r"Prosp\.", r"Av\.", r"Avda\.", r"C/", r"Rr\.",
                       r"Sh\.", r"sh\.", r"Şos\.", r"Șos\.", r"nám\.", r"trg\.", r"Cl\.", r"Jl\.", r"Jln\."]
_PREFIX_WORDS = ["ulica", "Ulica", "ulitsa", "Ulitsa", "vulytsia", "Vulytsia", "vulitsa", "Vulitsa", "Aleja",
                 "Osiedle", "Strada", "strada", "Bulevardul", "Calea", "Aleea", "Șoseaua", "Soseaua", "Splaiul",
                 "Rua", "rua", "Avenida", "Travessa", "Praça", "Largo", "Estrada", "Alameda", "Calle", "calle",
                 "Carrer", "Paseo", "Plaza", "Camino", "Carretera", "Via", "via", "Viale", "Piazza",
                 "Piazzale", "Vicolo", "Corso", "Rue", "Odos", "Prospekt", "Náměstí", "Ulice", "Bulevar",
                 "Bulevard", "Rruga", "Đường", "Phố", "Jalan", "Lorong"]
_PREFIXED = regex.compile(rf"""
    (?<![\p{{L}}0-9/.])(?<!et[ ])
    (?:(?P<abbreviated>{'|'.join(_PREFIX_ABBREVIATED)})[ ]?|(?P<word>{'|'.join(_PREFIX_WORDS)})[ ])
    (?P<name>{_NAME})
    (?P<number>{_STREET_NUMBER}{_UNIT}*)?
    """, regex.VERBOSE)

# The street word after the name: Turkish, Hungarian, Baltic, Slavic, Nordic, German written apart
_SUFFIX_WORDS = [r"Sokak", r"Sokağı", r"Sokagi", r"Sok\.", r"Sk\.", r"Caddesi", r"Cad\.", r"Cd\.", r"Bulvarı",
                 r"Bulvari", r"Blv\.", r"Yolu", r"utca", r"u\.", r"út", r"útja", r"tér", r"körút", r"köz", r"fasor",
                 r"g\.", r"gatvė", r"pr\.", r"prospektas", r"al\.", r"alėja", r"iela", r"tänav", r"tn\.", r"mnt\.",
                 r"puiestee", r"cesta", r"ulica", r"trg", r"gata", r"gatan", r"vägen", r"vei", r"veien", r"vej", r"Straße",
                 r"Strasse", r"Str\.", r"Weg", r"Allee", r"Platz", r"Gasse", r"Damm", r"Chaussee", r"Ufer"]
_SUFFIXED = lazy(regex.compile, rf"""
    (?<![\p{{L}}0-9])
    (?P<name>{_NAME})[ ](?P<type>{'|'.join(_SUFFIX_WORDS)})(?![\p{{L}}])
    (?P<number>{_STREET_NUMBER}){_UNIT}*
    """, regex.VERBOSE)

# The street word inside the name: "Hauptstraße 5", "Goethestr. 12", "Kerkstraat 12", "Storgatan 4"
_COMPOUND = lazy(regex.compile, rf"""
    (?<![\p{{L}}0-9])
    (?P<name>\p{{Lu}}\p{{Ll}}+(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|steig|stieg|pfad|chaussee
        |straat|laan|gracht|plein|kade|singel|dijk|steeg|gatan|gata|gade|vägen|vej|veien|vegen|gaten|stræde
        |katu|kuja|tie|polku))
    (?P<number>[ ][0-9]{{1,4}}\p{{L}}?(?:[/-][0-9]{{1,4}}\p{{L}}?)?(?![0-9])){_UNIT}*
    """, regex.VERBOSE)

# The number first and the street word in lower case after it: "12 rue de la Paix", "5, avenue Jean Jaurès"
_FRENCH = regex.compile(rf"""
    (?<![\p{{L}}0-9£$€/.,:-])
    (?P<number>[0-9]{{1,4}}(?:[ ]?(?:bis|ter))?),?[ ]
    (?P<type>rue|avenue|av\.|boulevard|bd|place|allée|chemin|impasse|quai|route|cours|passage|square|voie|sentier
        |(?:Rue|Avenue|Boulevard|Place|Allée|Chemin|Impasse|Quai)(?=[ ](?:de|du|des|d['’]|la|le|l['’])))
    [ ](?P<name>(?:(?:de[ ]la|de[ ]l['’]|du|des|de|d['’]|la|le|l['’])[ ]?)?{_NAME_WORD}
        (?:[ -](?:(?:de|du|des|la|le)[ ])?{_NAME_WORD}){{0,3}})
    """, regex.VERBOSE)

# The number of "Street 30" or "House 4" is theirs: "Street 30 Anna Nagar" is no house 30 of Anna Nagar
_NOT_A_PARTS_NUMBER = (r"(?<!(?:Street|St|Road|Rd|Lane|Gali|Galli|Sector|Block|Phase|Zone|Room|Floor|House|Flat|Plot"
                       r"|Villa|Building|Lot|Unit)\.?[ ])")

# A house number with a slash, or a South Asian locality word: "12/4 Gandhi Nagar", "45 Nehru Marg"
_LOCALITY_TYPES = ["Nagar", "Colony", "Vihar", "Enclave", "Layout", "Bagh", "Mohalla", "Mohallah", "Chowk",
                   "Bazaar", "Bazar", "Marg", "Salai", "Gali", "Basti", "Abadi", "Puram", "Mahallesi", "Mah."]
_LOCALITY = "|".join(regex.escape(w) for w in _LOCALITY_TYPES)
_STREET_TYPE = "|".join(regex.escape(w) for w in sorted(STREET_TYPES, key=len, reverse=True))
_SLASHED = regex.compile(rf"""
    (?<![\p{{L}}0-9£$€/.,:-])
    (?:(?P<slashed>[0-9]{{1,4}}[A-Z]?/[0-9]{{1,4}}[A-Z]?),?[ ](?P<name>{_NAME})[ ](?P<type>{_STREET_TYPE}|{_LOCALITY})
      |{_NOT_A_PARTS_NUMBER}(?P<number>[0-9]{{1,4}}[A-Z]?),?[ ](?P<name2>{_NAME})[ ](?P<type2>{_LOCALITY}))
    (?![\p{{L}}'’-])
    """, regex.VERBOSE)

# American numbered streets: "215 West 98th Street", "40 E. 2nd Avenue"
_ORDINAL_STREET = regex.compile(rf"""
    (?<![\p{{L}}0-9£$€/.,:-])
    [0-9]{{1,5}}[ ](?:(?:North|South|East|West|N|S|E|W)\.?[ ])?[0-9]{{1,3}}(?:st|nd|rd|th)[ ](?:{_STREET_TYPE})
    (?![\p{{L}}'’-])
    """, regex.VERBOSE)

# PO boxes, and their cousins: a Nigerian private mail bag, a Portuguese or Spanish post box, a German Postfach
_PO_BOX = regex.compile(r"""
    (?<![\p{L}0-9])
    (?:(?i:g?p[ ]?\.?[ ]?o\.?[ ]?box)|Post[ ]Office[ ]Box|P\.?[ ]?M\.?[ ]?B\.?|Private[ ]Mail[ ]Bag|Private[ ]Bag
      |Postfach|Caixa[ ]Postal|Apartado(?:[ ](?:de[ ]Correos|Postal))?|Casilla|Boîte[ ]Postale)
    [ ]?(?:No\.?[ ]?|\#[ ]?|X)?[0-9]{1,6}(?:[ ]?-[ ]?[0-9]{3,5})?(?![0-9])
    """, regex.VERBOSE)

# Numbered parts of an address that has no street name, or whose street name comes in another part
_CODE = r"(?:(?:[A-Z]{1,2}-?)?[0-9]{1,5}[A-Z]?(?:[-/][0-9]{1,5}[A-Z]?)*|[A-Z])(?![\p{L}0-9])"
_MARKED_UNIT = regex.compile(rf"""
    (?<![\p{{L}}0-9])
    (?:House|Plot|Flat|Door|Shop|Villa|Bungalow|Kothi)[ ](?:No\.?|Number|\#)[ ]?{_CODE}
    |(?<![\p{{L}}0-9])H\.?[ ]?No\.?[ ]?{_CODE}|(?<![\p{{L}}0-9])H[ ]?\#[ ]?{_CODE}
    """, regex.VERBOSE)
_UNIT_PIECE = regex.compile(rf"""
    (?<![\p{{L}}0-9])(?:House|Flat|Apartment|Apt\.?|Plot|Villa|Building|Bldg\.?|Lot|Unit|No\.?|Number)[ ]?\#?[ ]?
    {_CODE}""", regex.VERBOSE)
_NUMBERED_ROAD = regex.compile(rf"""
    (?<![\p{{L}}0-9])
    (?:(?:Street|St\.?|Road|Rd\.?|Lane|Gali|Galli|Sector|Avenue|Jadda|Khasra|Soi)[ ](?:No\.?[ ]?)?{_CODE}
      |[0-9]{{1,2}}(?:st|nd|rd|th)[ ](?:(?:Cross|Main)(?:[ ](?:Road|Street))?|Street|Road|Lane|Avenue)(?![\p{{L}}]))
    """, regex.VERBOSE)
_NUMBERED_PART = regex.compile(rf"""
    (?<![\p{{L}}0-9])
    (?:(?:Block|Blk\.?|Phase|Zone|Room|Floor)[ ](?:No\.?[ ]?)?{_CODE}
      |[0-9]{{1,2}}(?:st|nd|rd|th)[ ](?:Floor|Block|Phase)(?![\p{{L}}]))
    """, regex.VERBOSE)
_NAMED_STREET = regex.compile(rf"""
    (?<![\p{{L}}0-9])
    (?P<marked>(?:No\.?|Number|\#)[ ]?(?=[0-9]))?(?:{_NOT_A_PARTS_NUMBER}(?P<number>[0-9]{{1,4}}[A-Z]?[ ]))?
    (?P<name>{_WORDS})[ ](?P<type>{_STREET_TYPE}|{_LOCALITY})
    (?![\p{{L}}'’-])
    """, regex.VERBOSE)

# Pieces join into one address across a comma or a space ("House 23, Street 5", "No. 8 Nguyen Trai Street")
_JOINT = regex.compile(r",?[ ]{1,2}|[ ]?[-–][ ]?")
# After an address that ends with a number, the sentence goes on; a noun there makes the number a count
# ("Via Teams 12 agencies attended", "sent via Royal Mail 2 days late")
_GOES_ON = regex.compile(r"[ ]+(?P<word>\p{Ll}+)")
_SENTENCE_WORDS = frozenset({
    "in", "and", "or", "where", "with", "until", "when", "for", "from", "to", "on", "at", "which", "that", "but",
    "before", "after", "while", "whilst", "was", "is", "were", "had", "has", "every", "each", "since", "during",
    "by", "near", "as", "then", "so", "because", "though", "although", "who", "she", "he", "they", "her", "his",
    "their", "there", "here", "again", "too", "also",
})
# The parts after the street: a district named with a locality word is part of the address ("Satellite Town",
# "Gulberg III", "DHA Phase 6"), the next ones are the area and the town ("Mirpur, Dhaka")
_AFTER_PART = lazy(regex.compile, rf"""
    ,[ ]?(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}(?:[ ](?:[IVX]{{1,4}}|[0-9]{{1,2}}))?)
    (?=[ ]?(?:[,.;:)\n]|$)|[ ]+(?:in|on|and|where|when|until|before|after|from|for|with|at|to|was|is|which|who
        |every|each|since|during|by)(?![\p{{L}}])|[ ]+\p{{Lu}}{{1,2}}[0-9])
    """, regex.VERBOSE)
_PART_ENDS = regex.compile(r"[ ]?(?:[.,;:)\n]|$)")   # the part ends a clause: a town, not a name starting one
_DISTRICT = lazy(regex.compile,
                 rf"(?:.*[ ](?:{_LOCALITY}|Town|Cantt|Scheme|Society|Estate|Phase[ ][0-9]+)|.*[ ][IVX]{{1,4}})")
_NOT_A_NUMBER_END = regex.compile(r"[.,][0-9]|[ ]?%|:[0-9]")
# "Calle Andersson, 45, a neighbour": a name and an age, not a street and a number
_AGE_AFTER = regex.compile(r",[ ]+\p{Ll}|[ ]+(?:years?|yrs)(?![\p{L}])")
_YEAR = regex.compile(r"(?:19|20)[0-9]{2}")
_US_STATES = ("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
              "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY").split()
_US_ZIP = lazy(regex.compile, rf"(?:,[ ]?{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}){{0,2}},?[ ]"
                        rf"(?P<zip>(?:{'|'.join(_US_STATES)})[ ][0-9]{{5}}(?:-[0-9]{{4}})?)(?![0-9])")


@dataclass
class _Piece:
    start: int
    end: int
    # "street" (an address on its own), "unit" ("House 23", "Plot 12"), "road" ("Street 5", "5th Cross"),
    # "part" ("Block B", "Room 12"), "named" ("Kampala Road"), "named_numbered" ("22 Beacon Road")
    kind: str
    street: str | None   # the street's name as the document may name it again
    ends_with_number: bool
    uk_flat: bool = False  # "Flat 3", "Apartment 4": a UK flat the UK recogniser reads too
    home: bool = False     # "House 5", "Plot 12", "Flat 3": where someone lives, not "Building 3" or "Unit 4"


def _ends_with_number(text: str) -> bool:
    return bool(regex.search(r"[0-9]\p{L}?$", text))


def _count_after(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` is a count or a measure the sentence goes on with."""
    if _NOT_A_NUMBER_END.match(text, end):
        return True
    following = _GOES_ON.match(text, end)
    return following is not None and following.group("word") not in _SENTENCE_WORDS


def _plausible_name(name: str) -> bool:
    words = [w for w in regex.split(r"[ -]", name) if w[:1].isupper()]
    return bool(words) and not any(w in DOMAIN_ACRONYMS for w in words)


# A cheap first look before the full patterns, which cost ten times the UK recogniser's: one pass of an
# Aho-Corasick automaton over the literal words each form needs; a form none of whose words is in the paragraph
# is not tried (most paragraphs hold none)
_ORDINALS = [f"{d}{suffix} " for d in "0123456789" for suffix in ("st", "nd", "rd", "th")]
_COMPOUND_ENDS = ["straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "damm", "ufer", "steig", "stieg",
                  "pfad", "chaussee", "straat", "laan", "gracht", "plein", "kade", "singel", "dijk", "steeg", "gatan",
                  "gata", "gade", "vägen", "vej", "veien", "vegen", "gaten", "stræde", "katu", "kuja", "tie", "polku"]
_FRENCH_TYPES = ["rue", "avenue", "av.", "boulevard", "bd", "place", "allée", "chemin", "impasse", "quai", "route",
                 "cours", "passage", "square", "voie", "sentier", "Rue", "Avenue", "Boulevard", "Place", "Allée",
                 "Chemin", "Impasse", "Quai"]
_CUES = {
    _PREFIXED: [a.replace("\\", "") for a in _PREFIX_ABBREVIATED] + [f"{w} " for w in _PREFIX_WORDS],
    _SUFFIXED: [" " + w.replace("\\", "") for w in _SUFFIX_WORDS],
    _COMPOUND: [f"{e} " for e in _COMPOUND_ENDS],
    _FRENCH: [f" {t} " for t in _FRENCH_TYPES],
    _SLASHED: ["/", *_LOCALITY_TYPES],
    _ORDINAL_STREET: _ORDINALS,
    _PO_BOX: ["box", "Box", "BOX", "PMB", "P.M.B", "P. M. B", "Private", "Postfach", "Caixa", "Apartado", "Casilla",
              "Boîte"],
    _MARKED_UNIT: ["No", "#"],
    _UNIT_PIECE: ["House", "Flat", "Apartment", "Apt", "Plot", "Villa", "Building", "Bldg", "Lot", "Unit", "No",
                  "Number"],
    _NUMBERED_ROAD: ["Street ", "St ", "St. ", "Road ", "Rd ", "Rd. ", "Lane ", "Gali ", "Galli ", "Sector ",
                     "Avenue ", "Jadda ", "Khasra ", "Soi ", *_ORDINALS],
    _NUMBERED_PART: ["Block ", "Blk", "Phase ", "Zone ", "Room ", "Floor ", *_ORDINALS],
    _NAMED_STREET: [*STREET_TYPES, *_LOCALITY_TYPES],
}


@functools.lru_cache(maxsize=1)
def _cue_automaton() -> ahocorasick.Automaton:
    forms: dict[str, set[int]] = {}
    for number, (pattern, cues) in enumerate(_CUES.items()):
        for cue in cues:
            forms.setdefault(cue, set()).add(number)
    automaton = ahocorasick.Automaton()
    for cue, numbers in forms.items():
        automaton.add_word(cue, frozenset(numbers))
    automaton.make_automaton()
    return automaton


_PATTERNS = list(_CUES)


def _forms_cued(text: str) -> set:
    """The patterns whose words the text holds."""
    numbers: set[int] = set()
    for _, found in _cue_automaton().iter(text):
        numbers |= found
    return {_PATTERNS[n] for n in numbers}


_NAMED_STREET_ALONE = re.compile(r"[À-ɏḀ-ỿ]|\b(?:No\.?|Number|#) ?[0-9]")


def _named_streets(text: str, pieces: list[_Piece], cued: set):
    """Named streets in the whole text when one may stand alone, else only near the pieces it could join."""
    if _NAMED_STREET not in cued:
        return
    if _NAMED_STREET_ALONE.search(text):
        yield from _NAMED_STREET.finditer(text)
        return
    reach, seen = 60, -1
    for piece in sorted(pieces, key=lambda p: p.start):
        start = max(piece.start - reach, seen, 0)
        end = min(len(text), piece.end + reach)
        if start >= end:
            continue
        for m in _NAMED_STREET.finditer(text, start, end):
            if m.start() >= seen:
                yield m
        seen = end


def _pieces(text: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    cued = _forms_cued(text)

    def _finditer(pattern, text):
        return pattern.finditer(text) if pattern in cued else iter(())

    def add(start, end, kind, street=None):
        pieces.append(_Piece(start, end, kind, street, _ends_with_number(text[start:end])))

    for m in _finditer(_PREFIXED, text):
        if not _plausible_name(m.group("name")):
            continue
        if m.group("number"):
            number = regex.sub(r"\D", "", m.group("number").split("/")[0])
            if _YEAR.fullmatch(number) and not m.group("abbreviated"):
                continue
            if m.group("number").startswith(",") and _AGE_AFTER.match(text, m.end()):
                continue
            add(m.start(), m.end(), "street", text[m.start():m.start("number")])
        elif m.group("abbreviated") and m.group("abbreviated") not in ("Al.", "Av.", "Sh.", "Cl.", "C/") \
                and text[m.end("abbreviated"):m.end("abbreviated") + 1] == " ":
            add(m.start(), m.end(), "street", text[m.start():m.end()])
    for m in _finditer(_SUFFIXED, text):
        if _plausible_name(m.group("name")):
            add(m.start(), m.end(), "street", text[m.start():m.end("type")])
    for m in _finditer(_COMPOUND, text):
        if not is_ordinary_word(m.group("name").rstrip(".")) and not _YEAR.fullmatch(m.group("number").strip()) \
                and not a_month_of_another_language_dated(text, m.start("name"), m.end("name")):
            # (Romanian's "Martie 22, 21" ends as a Finnish road, "-tie", does: a date, month first)
            add(m.start(), m.end(), "street", m.group("name"))
    for m in _finditer(_FRENCH, text):
        if not _YEAR.fullmatch(m.group("number")):
            add(m.start(), m.end(), "street", text[m.start("type"):m.end()])
    for m in _finditer(_SLASHED, text):
        name = m.group("name") or m.group("name2")
        if m.group("slashed") == "24/7":
            continue   # "a 24/7 Safe Place": round the clock
        if _plausible_name(name) and not (m.group("number") and _YEAR.fullmatch(m.group("number"))):
            add(m.start(), m.end(), "street", f"{name} {m.group('type') or m.group('type2')}")
    for m in _finditer(_ORDINAL_STREET, text):
        add(m.start(), m.end(), "street")
    for m in _finditer(_PO_BOX, text):
        add(m.start(), m.end(), "street")
    for m in _finditer(_MARKED_UNIT, text):
        add(m.start(), m.end(), "street")
    for m in _finditer(_UNIT_PIECE, text):
        add(m.start(), m.end(), "unit")
        pieces[-1].uk_flat = regex.match(r"(?:Flat|Apartment|Apt|Unit)[ ][0-9]", m.group()) is not None
        pieces[-1].home = regex.match(r"(?:House|Flat|Apartment|Apt|Plot|Villa|Lot)", m.group()) is not None
    for m in _finditer(_NUMBERED_ROAD, text):
        add(m.start(), m.end(), "road")
    for m in _finditer(_NUMBERED_PART, text):
        add(m.start(), m.end(), "part")
    # A street named without a number is an address only in a chain with a house or a numbered part; with a
    # number, only when the UK recogniser cannot read it ("8 Nguyễn Trãi Street") or "No." marks it
    for m in _named_streets(text, pieces, cued):
        name, street_type = m.group("name"), m.group("type")
        if not _is_street_name(name, street_type, numbered=bool(m.group("number"))) \
                or _CONTINUES.match(text, m.end()) or not _plausible_name(name):
            continue
        street = f"{name} {street_type}"
        # A numbered street the UK recogniser reads is its find; one it cannot read ("8 Nguyễn Trãi Street",
        # names with letters beyond A-Z) is an address here on its own.
        uk_reads = regex.fullmatch(_UK_STREET_NAME, name) is not None
        number = m.group("number")
        if number and not _YEAR.fullmatch(number.strip()) and (m.group("marked") or not uk_reads):
            add(m.start(), m.end(), "street", street)
        else:
            add(m.start("name"), m.end(), "named", street)
            if number and not _YEAR.fullmatch(number.strip()):
                pieces[-1] = _Piece(m.start(), m.end(), "named_numbered", street, False)
    return pieces


def _without_overlaps(pieces: list[_Piece]) -> list[_Piece]:
    """The longest piece of each overlapping run; a street form beats a unit or part of the same length."""
    rank = {"street": 0, "named_numbered": 1, "named": 2, "unit": 3, "road": 4, "part": 5}
    chosen: list[_Piece] = []
    for piece in sorted(pieces, key=lambda p: (-(p.end - p.start), rank[p.kind], p.start)):
        if all(piece.end <= c.start or c.end <= piece.start for c in chosen):
            chosen.append(piece)
    return sorted(chosen, key=lambda p: p.start)


def _chains(text: str, pieces: list[_Piece]) -> list[list[_Piece]]:
    chains: list[list[_Piece]] = []
    for piece in pieces:
        if chains and _JOINT.fullmatch(text, chains[-1][-1].end, piece.start):
            chains[-1].append(piece)
        else:
            chains.append([piece])
    return chains


def _is_address(chain: list[_Piece]) -> bool:
    kinds = [p.kind for p in chain]
    if "street" in kinds:
        return True
    if len(chain) < 2:
        return False
    # a house, flat or plot and a street: "Plot 12, Kampala Road", "Building 89, Street 37"; never only numbered
    # parts of a building ("Room 101, Building 3", "Phase 2, Block 3")
    housed = any(k in ("unit", "named_numbered") for k in kinds)
    on_a_street = any(k in ("road", "named", "named_numbered") for k in kinds)
    # a home and its block: "Plot 5, Block 7" (Karachi), "Flat 4, Block C"; a building's parts are no home
    if any(p.kind == "unit" and p.home for p in chain) and "part" in kinds:
        return True
    if kinds == ["unit", "named_numbered"] and chain[0].uk_flat:
        return False   # "Flat 3, 22 Beacon Road" is UkAddressRecognizer's
    return housed and on_a_street


class AbroadAddressRecognizer(DhrRecognizer):
    """Addresses in other countries' conventions and PO boxes -> ADDRESS.

    A street form, a PO box or a "House No." unit 0.85 ("ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa",
    "P.O. Box 4567"); a chain of numbered parts 0.8 ("House 23, Street 5", "Plot 12, Kampala Road"). A postal
    code and the town after it, and a district named with a locality word ("Satellite Town"), are part of the
    address. The one or two places after it ("..., Mirpur, Dhaka", "..., Gdańsk") are LOCATION 0.85: the model
    often reads them as a person or an organisation, and no gazetteer holds every district abroad.
    Metadata ``{"street": "ul. Długa", "form": "abroad"}`` when the address names a street (the engine then
    covers the street's other mentions).
    """

    ENTITIES = (ADDRESS, LOCATION, UK_POSTCODE)
    _CUE = regex.compile(r"[0-9]|(?<![\p{L}])(?:ul|al|os|pl|str|Str|bd|bul|vul|prosp|C|Rr)[./]")

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        if not self._CUE.search(text):
            return []
        found = []
        for chain in _chains(text, _without_overlaps(_pieces(text))):
            # a trailing part of a chain with no street word is a count ("House 3, Room 4 of the form")
            if not _is_address(chain):
                continue
            start, end = chain[0].start, chain[-1].end
            if chain[-1].ends_with_number and _count_after(text, end):
                continue
            if regex.match(r"[ ]+of[ ]", text[end:end + 5]) and "street" not in [p.kind for p in chain]:
                continue   # "Plot 4 of the allotments", "Room 12, Block C of the hospital"
            postcode = _POSTCODE_TOWN.match(text, end)
            if postcode and not _YEAR.fullmatch(postcode.group("code")):
                end = postcode.end()
            streets = [p.street for p in chain if p.street]
            score = 0.85 if "street" in [p.kind for p in chain] else 0.8
            metadata = {"street": streets[0]} if streets else {}
            end, towns = _district_and_towns(text, end)
            found.append(result(self, ADDRESS, start, end, score, "street address (abroad)", form="abroad",
                                **metadata))
            found += [result(self, LOCATION, a, b, 0.85, "the area or town an address abroad ends with",
                             joined_to=text[start:end]) for a, b in towns]
            zip_code = _US_ZIP.match(text, end)
            if zip_code:   # "..., Chicago, IL 60614": the state and ZIP code are the postcode of the address
                found.append(result(self, UK_POSTCODE, zip_code.start("zip"), zip_code.end("zip"), 0.85,
                                    "a US state and ZIP code after an address"))
        return found


@functools.lru_cache(maxsize=1)
def _world_towns() -> frozenset[str]:
    from .places import world_town_names

    return frozenset(same_s_and_t(name) for name in world_town_names())


def _district_and_towns(text: str, end: int) -> tuple[int, list[tuple[int, int]]]:
    """The address's end, taking in the districts named with a locality word after it, and the spans of the one or
    two places after those (the area and the town), stopping at a given name or an English word."""
    towns: list[tuple[int, int]] = []
    position = end
    while len(towns) < 2:
        part = _AFTER_PART.match(text, position)
        if not part:
            break
        name = part.group("name")
        words = name.split()
        if any(w in DOMAIN_ACRONYMS for w in words):
            break
        if not towns and _DISTRICT.fullmatch(name):
            end = position = part.end()
            continue
        # "Valencia", "Berlin", "Porto" are English words or given names too; after an address, towns
        known = same_s_and_t(regex.sub(r"[ ](?:[IVX]+|[0-9]+)$", "", name)) in _world_towns()
        if not known and any(is_ordinary_word(w) for w in words if not w.isdigit()):
            break
        if not known and len(words) == 1 and likely_gender(name) is not None \
                and not _PART_ENDS.match(text, part.end()):
            break   # "at House 5, Street 3, Ayesha and her son": a name, not the town ("Via Roma 21, Bari, was")
        towns.append(part.span("name"))
        position = part.end()
    return end, towns
