"""The shorter forms a draft writes for a listed place: "Holly Lodge" of Holly Lodge Care Home, "St Brides Primary"
and "St Brides Academy" of St Brides Primary School, "RGH" of the Royal Gloucester Hospital, "Smith and Jones
Surgery" of Smith & Jones Surgery, "Holly Lodge" of "Holly Lodge, Dunholt", "Larkspur Close" of 14 Larkspur Close.

The author lists the place once, by its full name, and the draft then calls it as staff and families do: each such
form names the place (and so the area) as surely as the full name. ``redact.variants`` gives them to the listed
recogniser (``apply``) and to the leak finder (``verify``) alike, each replaced by the place's pseudonym.

A short form is a few common words, so it is read only where it still names that place alone:
- written with its capitals ("Holly Lodge", never "the holly lodge" of a garden), initials all in capitals;
- never a title's or a faith's core alone ("Queen Elizabeth" of the Queen Elizabeth Hospital is the Queen, "Guru
  Nanak" of the Guru Nanak Gurdwara the Guru, "St Mary's" every church), but "Royal Stoke" (Royal and a town) is
  the hospital; never area words alone ("North", "Central");
- never a town or county alone (the town is listed on its own, or kept), nor one of Britain's commonest street
  names alone ("High Street" of 14 High Street is every town's);
- one word only when it is no English word, name or place (as ``variants._place_parts`` reads a word of a name);
- initials of three letters or more that are no English word and no acronym a report writes ("NHS", "GP").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lazy_patterns import lazy
from .lexicon import STREET_TYPE_SHORT_FORMS, STREET_TYPES
from .normalise import fold_key

#: the form of a listed place's short form (``Variant.form``): read only as written with its capitals
PLACE_SHORT_FORM = "place short"
#: the initials of a listed place ("RGH"): their pseudonym is written as the author gave it, not upper-cased
PLACE_INITIALS_FORM = "place initials"
#: the form of a listed address's street, with its number or alone ("14 Larkspur Close", "Larkspur Close"): an
#: address, which overlap resolution ranks as one (``detect.resolve``)
PLACE_STREET_FORM = "place street"
SHORT_PLACE_FORMS = frozenset({PLACE_SHORT_FORM, PLACE_INITIALS_FORM, PLACE_STREET_FORM})

# Kinds of place whose words replace one another in a draft ("St Brides Primary School", "St Brides Primary", "St
# Brides School", "St Brides Academy"): one family a line, longest words first where one ends another
_KIND_FAMILIES = (
    ("Primary School", "Primary Academy", "Infant School", "Junior School", "High School", "Secondary School",
     "Nursery School", "Grammar School", "Primary", "Infants", "Juniors", "Infant", "Junior", "High", "Academy",
     "School", "College", "Nursery"),
    ("University Hospital", "General Hospital", "District Hospital", "Community Hospital", "Royal Infirmary",
     "Hospital", "Infirmary", "General"),
    ("Medical Centre", "Health Centre", "Medical Practice", "Group Practice", "Family Practice", "Surgery",
     "Practice", "Clinic"),
    ("Residential Care Home", "Care Home", "Nursing Home", "Residential Home", "Care Centre", "Home"),
    ("Women's Refuge", "Women’s Refuge", "Womens Refuge", "Refuge"),
    ("Jamia Masjid", "Central Mosque", "Islamic Centre", "Mosque", "Masjid"),
    ("Sikh Temple", "Gurdwara"),
    ("Parish Church", "Methodist Church", "Baptist Church", "Methodist Chapel", "Baptist Chapel", "Church", "Chapel"),
    ("Hindu Temple", "Mandir", "Temple"),
    ("Synagogue",),
    ("Children's Centre", "Children’s Centre", "Family Centre", "Community Centre", "Centre"),
    ("Hostel", "Foyer"),
)
# The bodies of an area, in the forms their own staff, the police and the courts write them ("Eastwick MBC",
# "Eastwick Met Borough Council" of Eastwick Metropolitan Borough Council): each names the same body, so each is
# the listed body's pseudonym. Their core alone is the town, listed or not on its own, never the body: no core form.
_AREA_BODY_FAMILIES = (
    ("Metropolitan Borough Council", "Metropolitan Borough Cncl", "Met Borough Council", "Met. Borough Council",
     "Metropolitan BC", "Met BC", "Borough Council", "Borough Cncl", "MBC", "BC", "Council"),
    ("Metropolitan District Council", "District Council", "District Cncl", "MDC", "DC", "Council"),
    ("County Borough Council", "CBC", "Council"),
    ("Royal Borough Council", "RBC", "Council"),
    ("County Council", "Co. Council", "Co Council", "County Cncl", "CC", "Council"),
    ("City Council", "City Cncl", "CC", "Council"),
    ("NHS Foundation Trust", "NHS FT", "Foundation Trust", "NHS Trust", "FT"),
    ("University Health Board", "Teaching Health Board", "Local Health Board", "Health Board", "UHB", "LHB"),
    ("Integrated Care Board", "ICB"),
    ("Clinical Commissioning Group", "CCG"),
    ("Health and Social Care Partnership", "HSCP"),
    ("Police", "Constabulary"),
    ("Magistrates' Court", "Magistrates’ Court", "Magistrates Court", "Magistrates' Ct", "Magistrates’ Ct",
     "Magistrates Ct", "Mags Court", "Mags Ct", "Mags"),
    ("Crown Court", "Crown Ct"),
    ("County Court", "County Ct"),
    ("Fire and Rescue Service", "Fire & Rescue Service", "Fire and Rescue", "Fire & Rescue", "Fire Service", "FRS"),
    ("Housing Association", "Housing Assoc.", "Housing Assoc", "HA"),
)
#: an area body's kinds as written after its place ("MBC", "Crown Ct", "Fire & Rescue"), folded
AREA_BODY_KINDS = frozenset(fold_key(kind) for family in _AREA_BODY_FAMILIES for kind in family)
#: an area body's kind written right after a word ("Dudley ICB", "Neath Mags"), longest first
AREA_BODY_AFTER = lazy(re.compile, r"[ \t]+(?:" + "|".join(re.escape(kind) for kind in sorted(
    {kind for family in _AREA_BODY_FAMILIES for kind in family}, key=len, reverse=True)) + r")(?![\w'’-])")
#: every word of an area body's written forms ("MBC", "Met", "Cncl", "Mags", "Ct"): after a place, the body's kind
AREA_BODY_WORDS = frozenset(fold_key(word) for family in _AREA_BODY_FAMILIES for kind in family
                            for word in kind.split())
#: the words of every kind: one alone is every place of that kind ("Gurdwara", "Masjid"), never a word of the name
KIND_WORDS = frozenset(fold_key(word) for family in _KIND_FAMILIES for kind in family for word in kind.split())
#: the words of a local service's kind after its town ("Dunholt Foodbank", "Marlbeck Advice Centre"): what is left
#: after a listed town is that kind, no person (``detect.resolve``)
SERVICE_WORDS = frozenset({"foodbank", "food", "bank", "advice", "hub", "shed", "drop-in", "project", "aid", "day",
                           "family", "community", "youth", "wellbeing", "recovery", "support", "carers", "womens",
                           "mens", "childrens", "peoples"})
# A church school's or a church's denomination, as drafts write it or leave it out ("St Anne's RC Primary School" is
# "St Anne's Catholic Primary" and "St Anne's Primary" to its families and staff): one family a line, longest first
_DENOMINATIONS = (
    ("Roman Catholic", "R.C.", "RC", "Catholic"),
    ("Church of England", "C. of E.", "C of E", "CofE", "C.E.", "CE"),
    ("Church in Wales", "CiW", "CIW"),
    ("Methodist",),
)
_DENOMINATION = re.compile(r"(?<=\S )(?P<denomination>"
                           + "|".join(re.escape(d) for family in _DENOMINATIONS for d in family) + r")(?= [A-Z])")
# A company's ending: one family a line
_COMPANY_ENDINGS = (("Ltd", "Ltd.", "Limited"), ("PLC", "plc", "Plc"), ("LLP",))
_COMPANY = re.compile(r"(?<=\S) (?P<ending>" + "|".join(re.escape(e) for family in _COMPANY_ENDINGS for e in family)
                      + r")$")
# "St", "St." and "Saint" before a saint's name ("St. Anne's Primary", "Saint Anne's")
_SAINT = re.compile(r"(?:(?<=^)|(?<= and ))(?:St\.?|Saint)(?= [A-Z])")
# a family's words that go before the name ("Masjid Bilal", "Jamia Masjid Ghousia")
_KIND_FIRST = ("Jamia Masjid", "Masjid", "Gurdwara", "Mandir")

#: Words that make a title or a faith's core of what follows ("Queen Elizabeth", "Guru Nanak", "St Mary's")
TITLE_CORES = frozenset({"queen", "queens", "king", "kings", "prince", "princess", "duke", "duchess", "royal",
                          "saint", "st", "sant", "guru", "bishop", "archbishop", "pope", "cardinal", "sir", "lady",
                          "lord", "dame", "prophet", "imam", "sheikh", "shaikh", "baba", "hazrat", "holy", "blessed",
                          "our", "mother", "father", "sister", "brother"})
# Words of where in an area, which many places share ("North", "Central", "Upper")
_AREA_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                         "upper", "lower", "mid", "middle", "inner", "outer", "greater", "great", "little", "new",
                         "old", "city", "town", "county", "district", "borough", "north-east", "north-west",
                         "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "centre"})
# Britain's commonest street names: alone, every town has one
COMMON_STREET_NAMES = frozenset(fold_key(name) for name in (
    "High Street", "Station Road", "Main Street", "Park Road", "Church Road", "Church Street", "London Road",
    "Victoria Road", "Green Lane", "Manor Road", "Church Lane", "Park Avenue", "The Avenue", "The Crescent",
    "Queens Road", "Queen's Road", "New Road", "Grange Road", "Kings Road", "King's Road", "Alexandra Road",
    "Mill Lane", "Springfield Road", "School Lane", "Park Lane", "North Street", "Queen Street", "King Street",
    "Albert Road", "Victoria Street", "West Street", "New Street", "Mill Road", "South Street", "East Street",
    "Highfield Road", "George Street", "Chapel Street", "Stanley Road", "Station Street", "York Road",
    "Windsor Road", "The Green", "Broadway", "Market Street", "Market Place", "Bridge Street", "Water Street",
    "Castle Street", "The Drive", "Queensway", "Richmond Road", "St Johns Road", "St John's Road", "Main Road",
    "Chapel Lane", "Albert Street", "Mill Street", "The Street", "School Road", "Elm Road", "Manor Way",
    "Oxford Road", "Hill Road", "Grove Road", "Belmont Road", "Cambridge Road", "Church Hill", "The Close",
    "Back Lane", "Brook Street", "Union Street", "Front Street", "Chester Road", "Park Street",
))
_CONNECTORS = frozenset({"of", "and", "&", "the", "upon", "on", "in", "at", "for", "de", "la", "le", "y", "yr"})
# each written form of a street type -> every form of it ("ave" -> Avenue, Ave, Av)
_STREET_TYPE_FORMS: dict[str, tuple[str, ...]] = {
    fold_key(form): (full, *shorts) for full, shorts in STREET_TYPE_SHORT_FORMS.items() for form in (full, *shorts)}
_STREET_TYPE_KEYS = frozenset(fold_key(word) for word in STREET_TYPES) | frozenset(_STREET_TYPE_FORMS)
_MIN_INITIALS, _MAX_INITIALS = 3, 6


def short_forms(name: str) -> list[tuple[str, str]]:
    """(text, form) of every short form of a listed place's name or alias that still names it alone."""
    name = " ".join(name.split())
    out: dict[str, str] = {}
    heads = _heads(name)
    if re.search(r"\d", name):
        # an address: its street with its number and alone, as they are (no kind of place, no initials)
        return [(head, PLACE_STREET_FORM) for head in heads if fold_key(head) != fold_key(name)]
    for head in heads:
        own = _spellings(head)
        for written in _other_spellings(own):
            for form in [written, *_kind_forms(written)]:
                # one word alone ("Beeches", "Ghousia") is a word of the name, as ``variants._place_parts`` reads it
                if form.endswith(".") and written not in own:
                    continue    # "Harcourt Rd." would take the full stop that ends its sentence
                if " " in form and _names_it_alone(form) and not _a_word_twice(form):
                    out.setdefault(form, PLACE_SHORT_FORM)
            for initials in _initials(written) if "," not in written and written in own else ():
                out.setdefault(initials, PLACE_INITIALS_FORM)
    whole = fold_key(name)
    return [(text, form) for text, form in out.items() if fold_key(text) != whole]


def _heads(name: str) -> list[str]:
    """The name, its part before ", Town", and an address's street with and without its number ("14 Larkspur
    Close, Dunholt": "14 Larkspur Close", "Larkspur Close"; "Flat 3, 14 Larkspur Close": the same)."""
    parts = [part.strip() for part in name.split(",") if part.strip()]
    if not re.search(r"\d", name):
        return [name, parts[0]] if len(parts) > 1 else [name]
    heads = []
    for part in parts:
        m = re.fullmatch(r"(?:(?P<number>\d+[A-Za-z]?)\s+)?(?P<street>(?:[A-Z][\w'’-]*\s+)+(?P<type>[A-Z][a-z]+)\.?)",
                         part)
        if m and fold_key(m.group("type")) in _STREET_TYPE_KEYS:
            street = m.group("street").rstrip(".")
            named = street[:len(street) - len(m.group("type"))]
            # the street with each written form of its type: "Beech Avenue" is also "Beech Ave" and "Beech Av"
            types = _STREET_TYPE_FORMS.get(fold_key(m.group("type")), (m.group("type"),))
            streets = list(dict.fromkeys([street, *(named + kind for kind in types)]))
            common = any(fold_key(written) in COMMON_STREET_NAMES for written in streets)   # "High St" too
            for written in streets:
                if m.group("number"):
                    heads.append(f"{m.group('number')} {written}")
                if not common:
                    heads.append(written)
            break
    return heads


def _spellings(head: str) -> list[str]:
    """Without a leading "The", and "&" written "and" and the other way round."""
    forms = [head, re.sub(r"^The\s+", "", head)]
    forms += [re.sub(r"\s+&\s+", " and ", f) for f in forms if " & " in f]
    forms += [re.sub(r"\s+and\s+", " & ", f) for f in forms if " and " in f]
    return list(dict.fromkeys(forms))


def _other_spellings(forms: list[str]) -> list[str]:
    """A saint's "St" written "St." or "Saint", a denomination written another way or left out, a company's
    "Ltd" written "Limited" or left out: what the draft writes for the name as its staff and families say it (their
    initials are not read: "SARPS" of St Anne's RC Primary School is the author's, not a respelling's)."""
    forms = forms + [_SAINT.sub(saint, f) for f in forms if _SAINT.search(f) for saint in ("St", "St.", "Saint")]
    forms += [other for f in forms for other in (*_denomination_forms(f), *_company_forms(f))]
    forms += [other for f in forms for other in _street_type_forms(f)]
    return list(dict.fromkeys(forms))


def _street_type_forms(head: str) -> list[str]:
    """A place named after its street, with the street's type written short or in full ("Greenfield Ave Nursery",
    "Harcourt Rd. Surgery" of Greenfield Avenue Nursery, Harcourt Road Surgery): the type's word inside the name,
    after the street's own word, never first or last (the last is the place's kind)."""
    words = head.split(" ")
    forms = []
    for at in range(1, len(words) - 1):
        types = _STREET_TYPE_FORMS.get(fold_key(words[at].rstrip(".")))
        if not types or not words[at - 1][:1].isupper():
            continue
        for other in types:
            for written in (other, f"{other}.") if other != types[0] else (other,):
                if written != words[at]:
                    forms.append(" ".join([*words[:at], written, *words[at + 1:]]))
    return forms


def _denomination_forms(head: str) -> list[str]:
    """The name with its denomination written each other way, and without it where a kind of place follows
    ("St Anne's Primary School"), never where the denomination would be all that is left of the name."""
    m = _DENOMINATION.search(head)
    if not m:
        return []
    family = next(f for f in _DENOMINATIONS if m.group("denomination") in f)
    before, after = head[:m.start()], head[m.end():]
    forms = [f"{before}{other}{after}" for other in family if other != m.group("denomination")]
    if _has_a_kind(after):
        forms.append(f"{before.rstrip()}{after}")
    return forms


def _company_forms(head: str) -> list[str]:
    """"Okonkwo & Sons" and "Okonkwo & Sons Limited" of Okonkwo & Sons Ltd: the company's ending written the other
    way, and left out where two words or more are left ("Larkhill Motors", never "Larkhill" alone)."""
    m = _COMPANY.search(head)
    if not m:
        return []
    stem = head[:m.start()]
    family = next(f for f in _COMPANY_ENDINGS if m.group("ending") in f)
    forms = [f"{stem} {other}" for other in family if other != m.group("ending")]
    return forms + [stem] if len(stem.split()) >= 2 else forms


def _kind_forms(head: str) -> list[str]:
    """The name without its kind words, and with each other kind word of the family after it, or before it where
    the family writes one there ("Masjid Ghousia" and "Ghousia Mosque" of Jamia Masjid Ghousia); an area's body
    with each other form of its kind, never its town alone ("Eastwick MBC", not "Eastwick")."""
    for body_kinds in _AREA_BODY_FAMILIES:
        for kind in body_kinds:
            if head.endswith(" " + kind) and _a_core(core := head[:-len(kind) - 1].strip()):
                # the longest kind that ends the name: "City Council" is a city's, not any council's
                best = max((k for f in _AREA_BODY_FAMILIES for k in f if head.endswith(" " + k)), key=len)
                kinds: tuple[str, ...] = next(f for f in _AREA_BODY_FAMILIES if best in f)
                core = head[:-len(best) - 1].strip()
                return [f"{core} {other}" for other in kinds if other != best]
    for family in _KIND_FAMILIES:
        for kind in family:
            if head.endswith(" " + kind):
                core = head[:-len(kind) - 1].strip()
            elif head.startswith(kind + " ") and kind in _KIND_FIRST:
                core = head[len(kind) + 1:].strip()
            else:
                continue
            if not _a_core(core):
                return []
            return [core] + [f"{other} {core}" for other in family if other in _KIND_FIRST] \
                + [f"{core} {other}" for other in family if other != "Jamia Masjid"]
    return []


def _a_core(core: str) -> bool:
    """What is left of a name without its kind names something: not titles, area words and connectors alone."""
    keys = [fold_key(word) for word in core.split()]
    return bool(keys) and any(key not in TITLE_CORES | _AREA_WORDS | _CONNECTORS for key in keys) \
        and core[:1].isupper() or bool(re.match(r"\d", core))


def _names_it_alone(form: str) -> bool:
    words = form.split()
    keys = [fold_key(word.strip(".,()")) for word in words]
    if not words or not all(w[:1].isupper() or w[:1].isdigit() or fold_key(w) in _CONNECTORS for w in words):
        return False
    if all(key in _AREA_WORDS | _CONNECTORS | TITLE_CORES for key in keys):
        return False
    whole = fold_key(form)
    if whole in COMMON_STREET_NAMES or _a_town(whole) or _a_common_street_written_short(words):
        return False
    if keys[0] in TITLE_CORES:
        # "Royal Stoke" is the hospital; "Queen Elizabeth", "Guru Nanak", "St Mary's" are somebody, or everywhere
        rest = " ".join(keys[1:])
        if not (keys[0] == "royal" and _a_town(rest)) and not _has_a_kind(form):
            return False
    if len(words) == 1:
        from .variants import _a_word_a_name_or_a_place

        key = re.sub(r"['’]s$", "", keys[0])
        return len(key) >= 4 and key.isalpha() and not _a_word_a_name_or_a_place(key) \
            and not _english_word(key)
    return True


def _a_common_street_written_short(words: list[str]) -> bool:
    """"Station Rd", "Park Ave.": one of the commonest streets with its type written short."""
    types = _STREET_TYPE_FORMS.get(fold_key(words[-1].rstrip(".")))
    return types is not None and fold_key(" ".join([*words[:-1], types[0]])) in COMMON_STREET_NAMES


def _a_word_twice(form: str) -> bool:
    """"Royal Gloucester Royal Infirmary": a kind of the family that repeats the name's own word."""
    keys = [key for key in (fold_key(word) for word in form.split())
            if key not in _CONNECTORS and key.rstrip(".") not in ("st", "saint")]   # "St Mary and St John", "C of E"
    return len(set(keys)) < len(keys)


# A London or royal borough's title as councils, the police and the courts write it before the borough's name
# ("London Borough of Tower Hamlets", "LB Newham", "RB of Greenwich") and its letters ("LBTH", "RBKC"). The title
# beside a listed area was read as a second place ("Place 1 Place 2 Area A", "Place 1 Area A") or left ("LB Area
# A"); "Royal Borough" names one of four. Title, name and letters are the area, and its pseudonym replaces them whole.
_BOROUGH_TITLES = (("London Borough of", "LB of", "LB", "L.B."), ("Royal Borough of", "RB of", "RB", "R.B."))
_BOROUGH_LETTERS = ("LB", "RB")


def area_title_forms(name: str) -> list[tuple[str, str]]:
    """(text, form) of a listed area's name under a borough's title and as the borough's letters: "London Borough
    of Newham", "LB Newham", "RB Greenwich", "LBTH" and "TH Council" of Tower Hamlets."""
    name = " ".join(name.split())
    words = [w for w in re.split(r"[\s\-]+", name) if w and fold_key(w) not in _CONNECTORS]
    if re.search(r"\d", name) or not words or not all(w[:1].isupper() and w.isalpha() for w in words) \
            or AREA_BODY_WORDS & {fold_key(w) for w in words} or "borough" in fold_key(name):
        return []
    forms = [(f"{title} {name}", PLACE_SHORT_FORM) for family in _BOROUGH_TITLES for title in family]
    # lists of councils put the letters after the name ("Croydon LB", "Greenwich RB")
    forms += [(f"{name} {title}", PLACE_SHORT_FORM) for title in _BOROUGH_LETTERS]
    initials = "".join(w[0] for w in words).upper()
    if len(initials) >= 2:
        # "TH Council" of Tower Hamlets Council, "KC Council": the area's own letters before its council
        forms.append((f"{initials} Council", PLACE_SHORT_FORM))
    # a town on a river is lettered by the town alone ("RBK" of Kingston upon Thames)
    town = re.split(r"\s+(?:upon|on|under)\s+", name)[0]
    town_initials = "".join(w[0] for w in town.split() if fold_key(w) not in _CONNECTORS).upper()
    # one letter too ("LBN" of Newham, "RBG" of Greenwich): left, they name the area. Where the listed place is no
    # borough the letters may be something else ("RBS" the bank beside a listed Slough): over-redaction, never a leak
    for letters in (f"{title}{letters}" for title in _BOROUGH_LETTERS
                    for letters in dict.fromkeys((initials, town_initials))):
        if letters.isascii() and not _english_word(letters.lower()) and letters.lower() not in _acronyms():
            forms.append((letters, PLACE_INITIALS_FORM))
    return forms


def _has_a_kind(form: str) -> bool:
    return any(f" {kind}" in f" {form}" for family in _KIND_FAMILIES for kind in family)


def _initials(head: str) -> list[str]:
    """"RGH" and "R.G.H." of the Royal Gloucester Hospital: the first letters of its capitalised words."""
    if re.search(r"\d", head):
        return []
    words = [w for w in re.split(r"[\s\-]+", head) if w and fold_key(w) not in _CONNECTORS]
    if not all(w[:1].isupper() for w in words):
        return []
    letters = "".join(w[0] for w in words)
    if not _MIN_INITIALS <= len(letters) <= _MAX_INITIALS or not letters.isalpha() or not letters.isascii():
        return []
    key = letters.lower()
    if _english_word(key) or key in _acronyms() or _a_town(key):
        return []
    return [letters, ".".join(letters) + ".", ".".join(letters)]


def place_form_written(variant, written: str) -> bool:
    """May ``written`` be this listed form? Every form but a place's short form may; a short form only
    ``written_with_capitals``."""
    return variant.form.split("(")[0] not in SHORT_PLACE_FORMS or written_with_capitals(variant.text, written)


def written_with_capitals(form_text: str, written: str) -> bool:
    """Is ``written`` the short form as it names the place: each capitalised word with its capital, initials all
    in capitals? "the holly lodge" of a garden, "rgh" in a file name are not."""
    form_words, written_words = form_text.split(), written.split()
    if len(form_words) != len(written_words):
        return all(c.isupper() for c in written if c.isalpha()) if "." in form_text else False
    return all(not f[:1].isupper() or w[:1].isupper() for f, w in zip(form_words, written_words)) and (
        not form_text.replace(".", "").isupper() or not written.replace(".", "").isalpha()
        or written.replace(".", "").isupper())


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    from .data.tables import column

    return frozenset(line.strip().lower() for line in column("acronyms.txt") if line and not line.startswith("#"))


def _english_word(key: str) -> bool:
    from .data.tables import english_words, entry

    return key in english_words() or entry("ordinary_words.txt", key) is not None \
        or entry("stop_words.txt", key) is not None


def _a_town(key: str) -> bool:
    """A town, a county or an area of Great Britain (the gazetteer), folded."""
    from .variants import _shipped_bytes

    word = key.encode()
    return bool(word) and (b"\n" + word + b"\n" in _shipped_bytes("geonames_gb.txt", lower=True)
                           or b"\n" + word + b"\n" in _shipped_bytes("uk_areas.txt", lower=True))
