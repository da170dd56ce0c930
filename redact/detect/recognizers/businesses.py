"""Local businesses that identify: a victim's employer, the pub where she went to a quiz.

National agencies are kept and place-revealing bodies have their own recogniser; what is left is the
small local business that only people who knew the family would recognise. Two shapes are found:
- an employer: a capitalised name after "worked at/for", "employed by", "her employer", "job at";
- a venue: "the X and Y" or "the X Arms/Inn/Tavern/..." where the sentence is about going out.
Both are LOCAL_BUSINESS (score 0.8). The engine then covers every other mention in the document.
"""
from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from wordfreq import zipf_frequency

from ...entities import LOCAL_BUSINESS, LOCATION
from ...lexicon import MONTHS, WEEKDAYS
from ._common import DOMAIN_ACRONYMS, DhrRecognizer, result, sentence_bounds, wanted
from ...lazy_patterns import lazy

_NAME = r"[A-Z][\w&'’-]*(?:\s(?:&\s|and\s|of\s)?[A-Z][\w&'’-]*){0,3}"
_EMPLOYER = re.compile(
    rf"\b(?:work(?:ed|s|ing)?|employed|job|shifts?|apprenticeship|placement)\s(?:as\s[\w\s-]{{1,30}}?\s)?"
    rf"(?:at|for|by|with)\s(?:the\s)?(?P<name>{_NAME})"
    rf"|\b(?:her|his|their|the victim’s|the victim's)\semployer,?\s(?P<name2>{_NAME})")
_VENUE_SUFFIX = r"(?:Arms|Inn|Tavern|Hotel|Social Club|Club|Bar|Café|Cafe|Lounge|Bingo|Snooker Hall)"
_VENUE = re.compile(rf"\bthe\s(?P<name>(?:[A-Z][\w'’-]*\s(?:and|&)\s[A-Z][\w'’-]*)|(?:[A-Z][\w'’-]*\s){{1,2}}{_VENUE_SUFFIX})\b")
_OUTING = re.compile(r"\b(pub|quiz|drink|drinks|drinking|pint|bar|darts|karaoke|landlord|landlady|"
                     r"bingo|social|night out|regulars?|barmaid|bartender|inn)\b", re.IGNORECASE)
# Employers that name no one: public bodies (kept or handled elsewhere) and national chains.
_PUBLIC = re.compile(r"\b(Police|Constabulary|Council|NHS|Hospital|Trust|Service|Services|Surgery|School|"
                     r"Academy|College|University|Court|Prison|HMP|Partnership|Board|Department|Office|"
                     r"Authority|Agency|Army|Navy|Force)\b")


class LocalBusinessRecognizer(DhrRecognizer):
    """Employers and venues named in the report -> LOCAL_BUSINESS."""
    ENTITIES = (LOCAL_BUSINESS,)

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        found = []
        for m in _EMPLOYER.finditer(text):
            group = "name" if m.group("name") else "name2"
            start, end = m.span(group)
            name = _trim(text[start:end])
            if not name or _PUBLIC.search(name) or name in DOMAIN_ACRONYMS:
                continue
            found.append(result(self, LOCAL_BUSINESS, start, start + len(name), 0.8, "employer", kind="employer"))
        for m in _VENUE.finditer(text):
            start, end = m.span("name")
            left, right = sentence_bounds(text, start, end)
            if not _OUTING.search(text, left, right) and not re.search(_VENUE_SUFFIX + r"$", m.group("name")):
                continue
            if _PUBLIC.search(m.group("name")):
                continue
            found.append(result(self, LOCAL_BUSINESS, start, end, 0.8, "venue", kind="venue"))
        return found


def _trim(name: str) -> str:
    """Drop trailing words that are not part of the name ("Greenvale Foods For" cannot happen, "In" can)."""
    words = name.split()
    while words and words[-1] in ("In", "On", "At", "For", "From", "And", "The", "Of"):
        words.pop()
    return " ".join(words)


# ---------------------------------------------------------------------------------------------------------------
# Named venues: pubs, cafés, takeaways, shops, gyms and places of worship

_WORD = r"(?:[A-Z][a-z]+(?:['’]s?|-[A-Z][a-z]+)?|St\.?|[A-Z]['’][A-Z][a-z]+|Mc[A-Z][a-z]+)"
# The word that says what a venue is, at the end of its name ("The Plough Inn", "Mario's Café", "Green Lane
# Mosque"). Places of worship are places (LOCATION: "worshipped at Place 2" reads better than a business).
_BUSINESS_HEADS = [
    "Arms", "Inn", "Tavern", "Social Club", "Working Men's Club", "Working Men’s Club", "Sports Bar", "Wine Bar",
    "Cocktail Bar", "Shisha Bar", "Snack Bar", "Tapas Bar", "Café", "Cafe", "Caff", "Coffee Shop", "Coffee House", "Tea Rooms", "Kitchen", "Grill", "Diner",
    "Takeaway", "Take Away", "Kebab House", "Kebabs", "Kebab", "Pizza", "Pizzeria", "Fish Bar", "Chip Shop",
    "Chippy", "Balti House", "Tandoori", "Curry House", "Restaurant", "Bistro", "Brasserie", "Lounge", "Gym",
    "Fitness", "Boxing Club", "Barbers", "Barber Shop", "Barbershop", "Salon", "Nails", "Beauty", "Stores",
    "Store", "Supermarket", "Mini Market", "Minimarket", "Off Licence", "Off-Licence", "Launderette", "Bakery",
    "Butchers", "Newsagents", "Newsagent", "Car Wash", "Nightclub", "Snooker Club", "Snooker Hall", "Bingo Hall",
]
_WORSHIP_HEADS = ["Church", "Parish Church", "Chapel", "Mosque", "Masjid", "Gurdwara", "Temple", "Mandir",
                  "Synagogue", "Kingdom Hall", "Tabernacle", "Islamic Centre", "Meeting House", "Cathedral"]
# Places of worship also name themselves head first ("Gurdwara Sahib Smethwick", "Masjid-e-Noor").
_WORSHIP_FIRST = r"(?:Gurdwara|Masjid|Jamia Masjid|Mandir|Shree|Shri|Church of|Chapel of)"


def _heads(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", " ") for w in sorted(words, key=len, reverse=True)) + ")"


_HEADED = re.compile(rf"(?<![\w'’-])(?P<name>{_WORD}(?: (?:& |and |on |the |de |e )?{_WORD}){{0,3}}) "
                     rf"(?P<head>{_heads(_BUSINESS_HEADS + _WORSHIP_HEADS)})(?![\w'’-])")
_HEAD_FIRST = re.compile(rf"(?<![\w'’-])(?P<head>{_WORSHIP_FIRST})[ -](?:(?:e|al|ul|the|St\.?|Saint|Our)[ -])*"
                         rf"(?P<name>{_WORD}(?:[ -]{_WORD}){{0,3}})(?![\w'’-])")
# Some names go on after the venue word ("Jamia Mosque Ghamkol Sharif", "St Anne's Church Hall").
_NAME_AFTER_HEAD = lazy(re.compile, r"(?: (?!(?:In|On|At|And|The|When|Where|With|For|From|To|Of|But|Or|After|Before|"
                              r"Mr|Mrs|Ms|Miss|Dr|Police|Council|Court|Committee|Trust)\b)[A-Z][a-z]+){1,3}(?![\w'’-])")
# A pub is often named with no venue word at all ("The Wheatsheaf", "the Red Lion", "The King's Head"): then a
# preposition of place before it and a word of going out in the sentence (or the venue word just after) say so.
_THE_NAME = re.compile(rf"(?P<before>(?<![\w])(?:at|in|inside|outside|to|into|from|near|behind|opposite|"
                       rf"left|leaving|visited|frequented|called|named|pub|bar|café|cafe|,)[ \t]+)"
                       rf"(?P<the>[Tt]he) (?P<name>{_WORD}(?: (?:& |and |(?:in|on|of|at) (?:the )?)?{_WORD}){{0,2}})"
                       rf"(?![\w'’-])")
# "a takeaway called Golden Dragon", "the mosque known as Madina Masjid": the venue word says what follows
_CALLED = re.compile(rf"\b(?P<kind>pub|bar|café|cafe|takeaway|restaurant|shop|gym|nightclub|club|salon|barbers?|"
                     rf"church|mosque|temple|gurdwara|chapel)[ ,]+(?:called|named|known as)[ ]+(?:[Tt]he )?"
                     rf"(?P<name>{_WORD}(?: (?:& |and |(?:in|on|of) (?:the )?)?{_WORD}){{0,2}})(?![\w'’-])")
_VENUE_WORD_AFTER = re.compile(r" (?:pub|public house|bar|café|cafe|takeaway|restaurant|nightclub|club|"
                               r"gym|shop|store|church|mosque|temple|gurdwara)\b")
# Words of going out to a venue; not "alcohol", "landlord" or "shop", which a report uses of drinking at home,
# housing and shopping.
_GOING_OUT = re.compile(
    r"\b(?:pubs?|public\s+house|bar|bars|drinks|drinking|drank|drunk|pints?|quiz|barmaid|barman|bartender|darts|"
    r"karaoke|lock-in|last\s+orders|regulars?|beer|lager|cider|night\s+out|licensee|bouncers?|door\s+staff|café|"
    r"cafe|takeaway|restaurant|nightclub|gym|church|mosque|gurdwara|temple|prayers|worship(?:ped)?|"
    r"congregation)\b", re.IGNORECASE)
# The last word of a service, a team or a body: "the Recovery Hub", "the Outreach Project" are no venue.
_SERVICE_WORDS = {"Hub", "Project", "Team", "Unit", "Programme", "Program", "Group", "Network", "Clinic", "Centre",
                  "Center", "Service", "Services", "Trust", "Partnership", "Agency", "Foundation", "Charity",
                  "Society", "Association", "Forum", "Panel", "Board", "Committee", "Council", "Authority", "Office",
                  "Department", "Ministry", "Court", "Hospital", "Surgery", "Practice", "School", "College",
                  "Academy", "University", "Prison", "Refuge", "Hostel", "Scheme", "Initiative", "Pathway", "Line",
                  "Helpline", "Support", "Recovery", "Outreach", "Alliance", "Zero", "Act", "Order", "Policy"}
# Words that make a capitalised "the X" something other than a venue: agencies and report furniture, roles,
# generic places.
_NOT_VENUE = {
    "Police", "Constabulary", "Council", "NHS", "Hospital", "Trust", "Service", "Services", "Surgery", "School",
    "Academy", "College", "University", "Court", "Prison", "Partnership", "Board", "Department", "Office",
    "Authority", "Agency", "Army", "Navy", "Panel", "Review", "Report", "Chair", "Coroner", "Coroner's",
    "Landlord", "Landlady", "Family", "Victim", "Perpetrator", "Town", "City", "Centre", "Center", "Park",
    "Market", "Square", "High", "Street", "Road", "Station", "Beach", "Seafront", "Time", "Day", "Night",
    "Evening", "Morning", "Weekend", "Christmas", "Easter", "New", "Year", "Summer", "Winter", "North", "South",
    "East", "West", "Midlands", "UK", "United", "Kingdom", "Home", "Office", "Government", "Church", "Mosque",
    "Bible", "Quran", "Koran", "Internet", "Facebook", "Instagram", "Lord", "God", "Prophet", "Crown", "State",
    "First", "Second", "Third", "Last", "Next", "Same", "Other", "Following", "Above", "Below", "Chronology",
    "Appendix", "Section", "Table", "Terms", "Reference", "Executive", "Summary", "Overview", "Children", "Act",
    "Samaritans", "Salvation", "Refuge", "Sun", "Guardian", "Times", "Mirror", "News", "Daily", "Echo",
    # roles and bodies that go on with "of" ("the Director of Public Health", "the Ministry of Justice")
    "Director", "Chief", "Head", "Minister", "Ministry", "Secretary", "Commissioner", "Manager", "Officer",
    "Leader", "Member", "Members", "Institute", "Society", "Association", "Federation", "Union", "Bank",
    "Government's", "Secretary's",
}
_WHEN = {*WEEKDAYS, *MONTHS, "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays", "Boxing", "New",
         "Christmas", "Easter", "Eid", "Diwali", "Vaisakhi", "Ramadan", "Weekends", "Weekdays"}
# Agencies and report furniture: never part of a venue's name.
_PUBLIC_WORDS = {"Police", "Constabulary", "Council", "NHS", "Hospital", "Trust", "Service", "Services", "Surgery",
                 "School", "Academy", "College", "University", "Court", "Prison", "Partnership", "Board",
                 "Department", "Office", "Authority", "Agency", "Panel", "Review", "Report", "Chair", "Coroner",
                 "Coroner's", "Act", "Chronology", "Appendix", "Section", "Table", "Terms", "Summary", "Overview",
                 "Executive", "Centre", "Center"}
# Denominations, cuisines and kinds are no name on their own ("the Catholic Church", "an Indian Restaurant").
_GENERIC_NAME_WORDS = {
    "The", "A", "An", "Her", "His", "Their", "Our", "My", "Local", "Community", "Parish", "Central", "New", "Old",
    "Main", "Village", "Town", "City", "High", "Street", "Catholic", "Roman", "Methodist", "Baptist", "Anglican",
    "Pentecostal", "Evangelical", "Orthodox", "Free", "United", "Reformed", "Christian", "Sikh", "Hindu", "Muslim",
    "Islamic", "Jewish", "Buddhist", "Elim", "Apostolic", "Adventist", "Congregational", "Presbyterian", "Quaker",
    "Sahib", "Chinese", "Indian", "Italian", "Turkish", "Thai", "Polish", "Greek", "Kurdish", "Lebanese",
    "Japanese", "Mexican", "American", "English", "British", "Irish", "Caribbean", "African", "Asian", "Fried",
    "Chicken", "Fish", "Chips", "Coffee", "Tea", "Sports", "Social", "Wine", "Cocktail", "Karaoke", "Gay",
    "Night", "Late", "Corner", "Family", "Friendly", "Budget", "Express", "Hotel", "Shopping", "Leisure", "Health",
    "Boxing", "Beauty", "Hair", "Nail", "Tanning", "Car", "Hand", "Pound", "Discount", "Convenience", "Food",
    "Foods", "Halal", "Kosher", "Open", "Outdoor", "Indoor", "Public", "Private", "Prison", "Hospital", "Church",
    "Kingdom", "Jehovah's", "Jehovah’s", "Witnesses", "England", "Wales", "Scotland", "St", "St.", "Saint",
}
# National chains identify no one; a local venue does.
_CHAINS = {
    "Costa", "Starbucks", "Greggs", "McDonald's", "McDonald’s", "KFC", "Subway", "Domino's", "Domino’s",
    "Pizza Hut", "Nando's", "Nando’s", "Tesco", "Sainsbury's", "Sainsbury’s", "Asda", "Morrisons", "Aldi", "Lidl",
    "Co-op", "Iceland", "Boots", "Wetherspoon", "Wetherspoons", "Premier", "Travelodge", "PureGym", "Pure",
    "Anytime", "Snap", "Burger King", "Caffè Nero", "Caffe Nero", "Pret", "Frankie", "Harvester", "Toby",
    "Beefeater", "Brewers Fayre", "Spar", "Londis", "Nisa", "Premier Inn", "Hollywood", "Pizza Express", "Zizzi",
    "Wagamama", "Five Guys", "Primark", "Argos", "Currys", "Superdrug", "Holland",
}


# A capital "The" mid-sentence before a word this rare in English ("Wheatsheaf", "Maltings", "Plough") names a
# place even with no word of going out; "The Crown" or "The Anchor" need one.
_RARE_ZIPF = 3.2


class VenueRecognizer(DhrRecognizer):
    """Venues named in the report: pubs, cafés, takeaways, shops and gyms -> LOCAL_BUSINESS, places of worship
    -> LOCATION.

    A name with its venue word ("The Plough Inn", "Mario's Café", "St Anne's Church", "Green Lane Mosque",
    "Gurdwara Sahib Smethwick") 0.8, when one of its words is more than a denomination or a kind of food; a pub
    named without one ("The Wheatsheaf", "the Red Lion", "The King's Head") 0.75 after a preposition of place with
    a word of going out in the sentence (0.8 with a venue word after the name), 0.6 with none when a capital "The"
    comes before a word prose rarely uses. National chains are kept. The span
    leaves out a leading "the", so that the engine covers every other mention. Metadata ``{"kind": "venue" |
    "worship"}``.
    """

    reads_prose = True  # judged from the sentence around it: never run on an attribute value
    ENTITIES = (LOCAL_BUSINESS, LOCATION)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        found: list[tuple[int, int, str, float]] = []

        def add(start: int, end: int, kind: str, score: float) -> None:
            if not any(s < end and start < e for s, e, *_ in found):
                found.append((start, end, kind, score))

        for m in _HEADED.finditer(text):
            words = _venue_words(m.group("name").split())
            if not words:
                continue
            start = m.end("name") - len(" ".join(words))
            kind = "worship" if re.fullmatch(_heads(_WORSHIP_HEADS), m.group("head")) else "venue"
            tail = _NAME_AFTER_HEAD.match(text, m.end())
            add(start, tail.end() if tail else m.end(), kind, 0.8)
        for m in _HEAD_FIRST.finditer(text):
            if any(w not in _GENERIC_NAME_WORDS for w in re.split(r"[\s-]", m.group("name"))):
                add(m.start(), m.end(), "worship", 0.8)
        for m in _CALLED.finditer(text):
            name = _until_the_sentence_goes_on(m.group("name"))
            words = _venue_words(name.split()) if name not in _CHAINS else []
            if words and words[-1] not in _SERVICE_WORDS:
                kind = "worship" if m.group("kind") in ("church", "mosque", "temple", "gurdwara", "chapel") else "venue"
                add(m.start("name") + len(name) - len(" ".join(words)), m.start("name") + len(name), kind, 0.8)
        for m in _THE_NAME.finditer(text):
            start = m.start("name")
            end = start + len(_until_the_sentence_goes_on(m.group("name")))
            words = text[start:end].split()
            # "the Rose and Crown" is a pub, "the Crown" the state: a word of the list may follow a name
            if not words or words[0].rstrip("'’s") in _NOT_VENUE or words[0] in _NOT_VENUE or \
                    words[-1] in _SERVICE_WORDS or " ".join(words) in _CHAINS or \
                    any(w in _PUBLIC_WORDS or w in DOMAIN_ACRONYMS for w in words):
                continue
            if _VENUE_WORD_AFTER.match(text, end):
                add(start, end, "venue", 0.8)
                continue
            left, right = sentence_bounds(text, start, end)
            # a lower-case "the" needs more: "to the Red Lion" is a pub only where the sentence is about one
            if _GOING_OUT.search(text, left, start) or _GOING_OUT.search(text, end, right):
                add(start, end, "venue", 0.75)
            elif m.group("the") == "The" and min(zipf_frequency(w.lower(), "en") for w in words) < _RARE_ZIPF:
                add(start, end, "venue", 0.6)   # "at The Wheatsheaf": a capital "The" and a word prose rarely uses
        return [result(self, LOCATION if kind == "worship" else LOCAL_BUSINESS, start, end, score,
                       "named venue", kind=kind)
                for start, end, kind, score in sorted(found)
                if wanted(entities, LOCATION if kind == "worship" else LOCAL_BUSINESS)]


def _until_the_sentence_goes_on(name: str) -> str:
    """"The Wheatsheaf on Friday": the name stops where "on", "in", "at" or "of" lead on to a day or a role,
    not to more of the name ("Bird in Hand", "Duke of York")."""
    for cut in re.finditer(r" (?:in|on|of|at) (?:the )?(?P<next>\S+)", name):
        if cut.group("next") in _NOT_VENUE or cut.group("next") in _WHEN:
            return name[:cut.start()]
    return name


def _venue_words(words: list[str]) -> list[str]:
    """The venue's own name words: a leading "The" dropped, nothing left if all are generic or a chain's."""
    while words and words[0] in {"The", "A", "An", "Her", "His", "Their", "Our", "My", "Local"}:
        words = words[1:]
    if not words or " ".join(words) in _CHAINS or words[0] in _CHAINS:
        return []
    if all(w in _GENERIC_NAME_WORDS or w in _NOT_VENUE for w in words):
        return []
    if any(w in DOMAIN_ACRONYMS or w in {"Police", "Council", "NHS", "Hospital"} for w in words):
        return []
    return words
