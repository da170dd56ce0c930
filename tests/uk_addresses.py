"""A generator of UK addresses the rules do not list, written every way DHR authors write them, in the sentences a
report puts them in; and of the report text of the same shape that must stay ("Court of Appeal", "Rose said",
"High Street banks", "Section 42", "the M6 junction").

An address identifies the family whether or not the rules list it. The forms: a number and a street with a full or a
shortened type ("14 Larch Cl", "9 Heron Gdns"), a comma after the number ("41, Rose Court"), Scottish types and
tenement flats ("2/1 17 Argyle St", "Flat 3F2, 12 Marchmont Rd", "5 Kirk Wynd"), Welsh streets, whose street word
comes first and whose words mutate ("12 Heol y Frenhines", "3 Ffordd Glan", "7 Stryd Fawr", "LON Y FELIN",
"Rhodfa'r Môr"), hyphenated Welsh names before an English type ("4 Pen-y-bryn Road"), a house's name instead of a
number ("Rose Cottage, Mill Lane", "The Old Rectory, Church Road"), a flat ("Flat 2, 17 Argyle Street"), a postcode
without its space ("LS84AB") and an outward code alone ("lived in the CF10 area", "moved to LS8").

Every pool is split in two: the ``"tuning"`` part (the tests and the recogniser were written against it) and the
``"held-back"`` part (other names, types, numbers and sentences, measured but never read while tuning). An
``Address`` names what must not survive: ``secrets``, the street's or the house's own words and the postcode.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Address:
    form: str
    text: str
    secrets: tuple[str, ...]


def _part(items: list, part: str) -> list:
    return items[0::2] if part == "tuning" else items[1::2]


# Street names from every community's streets; the even-indexed entries tune, the odd-indexed are held back
_NAMES = ["Argyle", "Larch", "Beacon", "Kestrel", "Tanner", "Heron", "Gladstone", "Primrose", "Mandela", "Seacole",
          "Balmoral", "Juniper", "Rowan", "Sycamore", "Foxglove", "Ashfield", "Cromwell", "Brookside", "Tagore",
          "Nightingale", "Windermere", "Bramble", "Alexandra", "Kingfisher", "Bellevue", "Cranbrook", "Hawthorn",
          "Saxon", "Lister", "Buckingham", "Oakwood", "Ravensworth"]
_TWO_WORD_NAMES = ["Great Western", "St Mary's", "Old Mill", "Lower Ford", "Upper Brook", "King Edward",
                   "Queen Mary", "Prince Albert", "West End", "North Park"]
_FULL_TYPES = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Way", "Place", "Gardens",
               "Grove", "Terrace", "Row", "Walk", "Square", "Mews", "Rise", "Parade", "Court", "Hill", "View",
               "Vale", "Croft", "Fold", "Mount", "Chase", "Green", "Park"]
_SHORT_TYPES = ["Rd", "St", "Cl", "Gdns", "Ave", "Cres", "Ln", "Tce", "Pl", "Ct", "Sq", "Gr", "Pde", "Dr", "La",
                "Av", "Gro", "Terr", "Wlk", "Pk", "Grn", "Mt", "Cotts", "Rd.", "St.", "Ave.", "Cres."]
# Scottish streets and tenement flats ("2/1" is the second floor's first door, "3F2" Edinburgh's third floor)
_SCOTTISH_NAMES = ["Sauchiehall", "Dumbarton", "Marchmont", "Gorgie", "Byres", "Paisley", "Easter", "Leith",
                   "Duke", "Kirk", "Castle", "Lochend"]
_SCOTTISH_TYPES = ["Wynd", "Brae", "Loan", "Gait", "Vennel", "Quadrant", "Street", "Road", "Crescent", "Gardens",
                   "Terrace", "Place"]
# Welsh streets: the street word, then the name, mutated after it or after the article ("y Felin" of "melin",
# "Fawr" of "mawr", "y Bont" of "pont", "yr Orsaf" the station, "'r Môr" the sea)
_WELSH_WORDS = ["Heol", "Ffordd", "Stryd", "Lôn", "Rhodfa", "Lon", "Cilgant", "Teras", "Clos", "Rhes", "Maes",
                "Llys", "Heol", "Sgwâr", "Ffordd", "Stryd"]
_WELSH_NAMES = ["y Frenhines", "Glan", "Fawr", "y Felin", "y Bont", "Las", "yr Orsaf", "y Coed", "Newydd", "Fach",
                "y Castell", "Hir", "yr Eglwys", "y Wern", "Dewi Sant", "Penrhos", "y Dderwen", "Tywi", "Glyndŵr",
                "y Parc", "Tŷ Gwyn", "Llewelyn", "y Nant", "Gwenallt"]
_WELSH_JOINED = ["Rhodfa'r Môr", "Heol-y-Nant", "Ffordd-y-Capel", "Heol'r Ysgol", "Lôn-y-Gors", "Stryd-y-Farchnad"]
_HYPHENATED = ["Pen-y-bryn", "Bryn-y-mor", "Ty-draw", "Maes-y-coed", "Pant-y-celyn", "Cefn-y-bryn",
               "Stratford-upon-Avon", "Pen-y-lan"]
# A house's name in place of a number
_HOUSE_NAMES = ["Rose Cottage", "The Old Rectory", "Ivy Cottage", "The Old Vicarage", "Brook Farm",
                "The Old Forge", "Holly Bungalow", "Glebe Farm", "The Old Bakery", "Mill Farmhouse",
                "Yew Tree Cottage", "The Coach House", "Tŷ Gwyn", "Bryn Awel", "Hafod Farm", "Tŷ Newydd",
                "The Willows", "The Laurels", "Fernbank", "Greenacres"]
_HOUSE_STREETS = ["Mill Lane", "Church Road", "Back Lane", "Moor Road", "Station Road", "Green Lane", "Heol y Felin",
                  "Chapel Street", "School Lane", "Ffordd Glan", "Kiln Road", "Lôn Las"]
# Postcodes: the outward codes of real areas, made-up inward codes
_OUTWARD = ["LS8", "CF10", "BD7", "M14", "NE6", "SA1", "G31", "EH7", "B23", "L8", "HU5", "NP20", "LL57", "S11",
            "DY4", "WV10", "BS5", "CV6", "ST4", "PR1"]
_INWARD = ["4AB", "2QD", "7HN", "1XT", "9JW", "3PL", "6BG", "5RU"]

# the sentence that places an address: a chronology row, after "at", a form's label, a move, a home
_SENTENCES = [
    "Anna lived at {a} with her two children.",
    "Address: {a}",
    "In March 2019 the family moved to {a}.",
    "12/03/2021 | {a} | Police attended after a neighbour called.",
    "Police attended {a} at 02:10.",
    "The perpetrator's address was recorded as {a}.",
    "14.06.2020\tHome visit at {a}\tHealth visitor",
    "She had lived at {a} since 2015.",
    "Officers went to {a} but nobody answered.",
    "Last known address - {a}",
    "The couple moved to {a} in the summer.",
    "ADDRESS AT TIME OF DEATH: {a}",
    "Her mother lived at {a}, a short walk away.",
    "03/11/2022 - Ambulance called to {a}.",
    "They rented {a} from a private landlord.",
    "The tenancy of {a} was in his name.",
]
_OUTWARD_SENTENCES = [
    "Anna lived in the {o} area for ten years.",
    "The family moved to {o} in 2018.",
    "She grew up in the {o} postcode district.",
    "He had an {o} address on the GP record.",
    "They were rehoused in {o} after the fire.",
    "The refuge found her a flat in the {o} area.",
    "Her postcode area was {o}.",
    "She moved to {o} to be near her sister.",
]


def _case(rng: random.Random, text: str) -> str:
    """A Welsh street as it is typed: as written, each word capitalised, in capitals or in small letters."""
    return rng.choice([text, text, re.sub(r"(?<![\w'’])(\w)", lambda m: m.group(1).upper(), text), text.upper(),
                       text.lower()])


def _number(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 240)), f"{rng.randint(1, 90)}{rng.choice('ab')}",
                       f"{rng.randint(1, 60)}-{rng.randint(61, 99)}"])


def _forms(rng: random.Random, part: str) -> list[Address]:
    name, name2 = rng.choice(_part(_NAMES, part)), rng.choice(_part(_TWO_WORD_NAMES, part))
    full, short = rng.choice(_part(_FULL_TYPES, part)), rng.choice(_part(_SHORT_TYPES, part))
    n, small = _number(rng), str(rng.randint(1, 99))
    out = [
        Address("full type", f"{n} {name} {full}", (name,)),
        Address("two-word name", f"{n} {name2} {full}", tuple(name2.replace("'s", "").split())),
        Address("short type", f"{n} {name} {short}", (name,)),
        Address("short type", f"{small} {name2} {short}", tuple(name2.replace("'s", "").split())),
        Address("comma after the number", f"{small}, {name} {rng.choice([full, short])}", (name,)),
        Address("flat", f"Flat {rng.randint(1, 30)}, {small} {name} {full}", (name,)),
        Address("flat", f"Flat {rng.choice('ABCD')}, {small} {name} {short}", (name,)),
        Address("flat", f"{rng.choice(['Ground Floor Flat', 'Basement Flat', 'Top Floor Flat', 'First Floor Flat'])}, "
                        f"{small} {name} {full}", (name,)),
    ]
    scot, scot_type = rng.choice(_part(_SCOTTISH_NAMES, part)), rng.choice(_part(_SCOTTISH_TYPES, part))
    floor, door = rng.randint(0, 4), rng.randint(1, 3)
    out += [
        Address("Scottish", f"{small} {scot} {scot_type}", (scot,)),
        Address("Scottish flat", f"{floor}/{door} {small} {scot} {rng.choice(['St', 'Street', 'Rd'])}", (scot,)),
        Address("Scottish flat", f"Flat {floor}/{door}, {small} {scot} {scot_type}", (scot,)),
        Address("Scottish flat", f"{floor}/{door}, {small} {scot} {scot_type}", (scot,)),
        Address("Scottish flat", f"Flat {floor}F{door}, {small} {scot} {scot_type}", (scot,)),
        Address("Scottish flat", f"{small}/{door} {scot} {scot_type}", (scot,)),
    ]
    word, welsh = rng.choice(_part(_WELSH_WORDS, part)), rng.choice(_part(_WELSH_NAMES, part))
    street = _case(rng, f"{word} {welsh}")
    secrets = tuple(w for w in street.split()[1:] if w.lower() not in {"y", "yr"})
    joined = _case(rng, rng.choice(_part(_WELSH_JOINED, part)))
    out += [
        Address("Welsh", f"{small} {street}", secrets),
        Address("Welsh", f"{small}, {street}", secrets),
        Address("Welsh", f"Flat {rng.randint(1, 9)}, {small} {street}", secrets),
        Address("Welsh", f"{small} {joined}", (re.split(r"['’ -]", joined)[-1],)),
    ]
    hyphenated = rng.choice(_part(_HYPHENATED, part))
    out.append(Address("hyphenated name", f"{small} {hyphenated} {full}", (hyphenated,)))
    house, house_street = rng.choice(_part(_HOUSE_NAMES, part)), rng.choice(_part(_HOUSE_STREETS, part))
    house_words = tuple(w for w in house.split() if w not in {"The", "Old"})
    street_words = tuple(w for w in house_street.split()[:-1] if w not in {"y", "Ffordd", "Heol", "Lôn"}) \
        or (house_street.split()[-1],)
    out.append(Address("house name", f"{house}, {house_street}", house_words + street_words))
    outward, inward = rng.choice(_part(_OUTWARD, part)), rng.choice(_part(_INWARD, part))
    out += [
        Address("postcode without its space", f"{small} {name} {full}, {outward}{inward}", (name, outward + inward)),
        Address("postcode without its space", f"{outward}{inward}", (outward + inward,)),
        Address("postcode without its space", f"{(outward + inward).lower()}", (outward + inward,)),
    ]
    return out


@dataclass(frozen=True)
class Case:
    form: str
    sentence: str
    secrets: tuple[str, ...]


def cases(part: str = "tuning", count: int = 400, seed: int = 0) -> list[Case]:
    """``count`` sentences with an unlisted address each (and an outward code alone in some)."""
    rng = random.Random(f"{part}-{seed}")
    out: list[Case] = []
    sentences = _part(_SENTENCES, part)
    while len(out) < count:
        for address in _forms(rng, part):
            out.append(Case(address.form, rng.choice(sentences).format(a=address.text), address.secrets))
        outward = rng.choice(_part(_OUTWARD, part))
        out.append(Case("outward code alone", rng.choice(_part(_OUTWARD_SENTENCES, part)).format(o=outward),
                        (outward,)))
    return out[:count]


# Report text with the words of an address that is no address: courts, churches, people, laws, sections, roads
# and motorways, street words used as words, and Welsh words that are no street
MUST_STAY = {
    "tuning": [
        "The case went to the Court of Appeal in 2019.",
        "He appeared at the Crown Court on three occasions.",
        "Rose said she was frightened of him.",
        "The Church of England safeguarding lead attended.",
        "High Street banks have a duty to report financial abuse.",
        "A Section 42 enquiry was opened by adult social care.",
        "The Care Act 2014 sets out the duty.",
        "The family were close and met every Sunday.",
        "The court heard that he had been drinking.",
        "They walked in the park most evenings.",
        "The way agencies shared information was poor.",
        "She was given the green light to return home.",
        "He had to close the account in 2020.",
        "Anna lived in a flat on the second floor.",
        "Police attended 3 times in 2021.",
        "The panel met 6 times between May and December.",
        "Recommendation 4: Housing should review its policy.",
        "He was stopped on the M6 near junction 10.",
        "She was prescribed Vitamin B12 injections.",
        "The leaflet was printed on A4 paper.",
        "The review used the Home Office 2016 guidance.",
        "She took the 47 bus to the hospital.",
        "The DHR was commissioned by the Community Safety Partnership.",
        "Paragraph 12, Family Court orders were discussed.",
        "At 14:30, Station Road was closed by police.",
        "The children attended Mill Lane Primary School.",
        "He was seen by the Court Liaison and Diversion team.",
        "She said the street was quiet and safe.",
        "The Magistrates Court granted a non-molestation order.",
        "There were 2 Green Lane incidents that year.",
        "The GP practice is the only one in the area.",
        "Her son was in Year 9 at the time.",
        "The report was shared with the Safeguarding Adults Board.",
        "The IDVA described the risk as high.",
        "She worked 40 hours a week.",
        "The panel agreed the terms of reference in 2022.",
        "Level 3 safeguarding training is mandatory.",
        "A MARAC referral was made on 4 May.",
        "He was released on bail with conditions.",
        "The Court Order was served by the police.",
    ],
    "held-back": [
        "The Supreme Court ruled on the point of law.",
        "He was sentenced at the Crown Court in June.",
        "Grace said that she wanted him to leave.",
        "The Church in Wales offered pastoral support.",
        "High Street shops were closed during the lockdown.",
        "A Section 47 enquiry was started by children's services.",
        "The Domestic Abuse Act 2021 created the statutory definition.",
        "They were close friends from school.",
        "The Family Court made a child arrangements order.",
        "The car park was not covered by CCTV.",
        "There was no way to report this anonymously.",
        "The green space near the flats was poorly lit.",
        "Agencies did not close the case until 2021.",
        "She was placed in a refuge out of the area.",
        "Police were called 5 times in 12 months.",
        "The review met 8 times in total.",
        "Recommendation 7: the Trust should audit its records.",
        "The crash happened on the A470 near the bridge.",
        "She had low B12 levels noted by the GP.",
        "The letter was sent in an A5 envelope.",
        "The ICB has adopted the 2024 guidance.",
        "He caught the 12 train to the city.",
        "The Safer Communities Board approved the report.",
        "Item 3, Park Lane works were postponed.",
        "At 2230, Park Road was closed.",
        "Her daughter attended Church Road Nursery.",
        "The Court Welfare Officer wrote a report.",
        "The road outside was busy and noisy.",
        "The Coroner's Court adjourned the inquest.",
        "There were 4 Station Road callouts that month.",
        "The pharmacy is the only one in the village.",
        "Her daughter was in Year 11 then.",
        "The report went to the Children's Safeguarding Partnership.",
        "The health visitor described the home as cluttered.",
        "He drove 30 miles a day for work.",
        "The chair agreed the scope in 2023.",
        "Tier 2 support was offered.",
        "A referral to MAPPA was made in June.",
        "He was remanded in custody.",
        "The Court Bundle was shared with the panel.",
    ],
}


# The generated side of what must stay: street words as words, numbers before capitalised words that are no
# street, courts, churches, laws, roads and codes that look like a postcode's first half
_STAY_TEMPLATES = {
    "tuning": [
        "He appeared at the {court} on {n} occasions.",
        "The {court} heard the application in {year}.",
        "There were {n} {street_word} incidents recorded that year.",
        "{Word} family members were not spoken to.",
        "The {word} was not considered by the panel.",
        "Section {n} of the {act} {year} applies.",
        "She completed Level {small} training in {year}.",
        "He was stopped on the {road} near junction {small}.",
        "She moved to Year {small} in September.",
        "The worker was moved to {grade} in {year}.",
        "The {org} attended {n} meetings.",
        "{n} {Word} Court hearings were listed.",
        "Police attended {n} times between {year} and {year2}.",
        "The children went to the {Word} Park play scheme.",
    ],
    "held-back": [
        "His case was heard at the {court} in {year}.",
        "The {court} adjourned the case {n} times.",
        "Officers logged {n} {street_word} callouts that month.",
        "{Word} friends said she seemed withdrawn.",
        "Nobody raised the {word} with her GP.",
        "Part {n} of the {act} {year} was relevant.",
        "He had attended Stage {small} of the programme.",
        "The lorry crashed on the {road} near the services.",
        "Her son moved to Year {small} that autumn.",
        "The nurse was promoted to {grade} in {year}.",
        "The {org} met {n} times.",
        "{n} {Word} Court dates were missed.",
        "Police were called {n} times in {year}.",
        "The family used the {Word} Park food bank.",
    ],
}
_STAY_FILLERS = {
    "court": ["Crown Court", "Family Court", "Court of Appeal", "County Court", "Magistrates' Court", "Youth Court",
              "Coroner's Court", "High Court", "Supreme Court", "Sheriff Court"],
    "street_word": ["Green Lane", "Station Road", "Mill Lane", "Park Road", "Church Street", "High Street"],
    "word": ["close", "park", "way", "green", "court", "drive", "walk", "rise", "view", "place", "square",
             "terrace", "grove", "crescent", "mount", "chase", "row", "hill"],
    "act": ["Care Act", "Children Act", "Housing Act", "Mental Health Act", "Domestic Abuse Act",
            "Protection from Harassment Act"],
    "road": ["M6", "A470", "M62", "A1", "M4", "A38", "M25", "A55"],
    "grade": ["Band 6", "B2", "C1", "Band 7", "E1", "Grade 4"],
    "org": ["Church of England", "Court Liaison team", "Crown Prosecution Service", "Park Lane Surgery",
            "Green Lane Medical Practice", "Mill Lane Surgery", "Church Road Nursery", "Station Road Health Centre"],
}


def must_stay(part: str = "tuning", count: int = 200, seed: int = 0) -> list[str]:
    """``count`` sentences that hold no address: the fixed ``MUST_STAY`` of the part, then generated ones."""
    rng = random.Random(f"stay-{part}-{seed}")
    out = list(MUST_STAY[part])
    templates = _STAY_TEMPLATES[part]
    while len(out) < count:
        template = rng.choice(templates)
        word = rng.choice(_part(_STAY_FILLERS["word"], part))
        year = rng.randint(2010, 2023)
        out.append(template.format(
            court=rng.choice(_part(_STAY_FILLERS["court"], part)),
            street_word=rng.choice(_part(_STAY_FILLERS["street_word"], part)), word=word, Word=word.title(),
            act=rng.choice(_part(_STAY_FILLERS["act"], part)), road=rng.choice(_part(_STAY_FILLERS["road"], part)),
            grade=rng.choice(_part(_STAY_FILLERS["grade"], part)), org=rng.choice(_part(_STAY_FILLERS["org"], part)),
            n=rng.randint(2, 40), small=rng.randint(1, 11), year=year, year2=year + 1))
    return out[:count]
