"""Red team (brief "overred55"): the ordinary vocabulary of a DHR, no person and no place, replaced by "Person N" /
"Place N", or an institution's name cut in half ("He drove a Vauxhall Corsa." -> "a Person 1", "the Walk-in
Centre" -> "the Walk-in Place 1").

Families (``kind``): ``vehicle`` (makes and models), ``medicine``, ``app`` (apps and platforms), ``shop`` (brands
and shops), ``agency`` (agencies, programmes, charities), ``law`` (acts, sections, orders), ``service`` (health and
council services), ``role`` (workers and the review's documents), ``imperative`` (a recommendation or a note opening
with a verb or an adjective that is also a given name: "Mark the date", "Grant access", "Frank discussions"); each
in sentences of many shapes: a sentence's start, after "a"/"the", a chronology cell, a heading in capitals, a list.
Every such sentence also names a listed person or the listed place, so the rules are live; the vocabulary must
stay as written and no "Person N" / "Place N" may appear (only listed people and places are named).
``control``: the same vocabulary beside an UNLISTED person named in full or an unlisted town: those must still go
(a leak there is the worst bug), the vocabulary still stays.

Each review's rules come from one community (``RULES[family]``, ``family`` the community's index). Each case:
{"seed", "family", "kind", "sentence", "secrets": none may survive as a word, "keep": strings that must survive
as written, "placeholders_allowed": bool}. Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only
counted (``python tests/test_dhr_vocabulary.py [--show]``).
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

_TESTS = Path(__file__).resolve().parent
if str(_TESTS) not in sys.path:
    sys.path.append(str(_TESTS))

from redteam51_gen import COMMUNITIES  # noqa: E402

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
LISTED_PLACES = ["Kirklees", "Hartsford", "Lowbridge", "Ashcombe Vale", "Brennock", "Kingsmere"]
PSEUDONYMS = [("Adult A", "Adult B", "Adult C"), ("Mary", "John", "Ruth"), ("Amina", "Karim", "Leila")]


def _rules(index: int) -> dict:
    women, men, surnames, _nicknames = COMMUNITIES[index]
    victim, perpetrator, sister = PSEUDONYMS[index % len(PSEUDONYMS)]
    return {"version": 1, "review": "test",
            "people": [{"name": f"{women[0]} {surnames[0]}", "pseudonym": victim},
                       {"name": f"{men[0]} {surnames[0]}", "pseudonym": perpetrator},
                       {"name": f"{women[1]} {surnames[1]}", "pseudonym": sister}],
            "places": [{"name": LISTED_PLACES[index % len(LISTED_PLACES)], "pseudonym": "Area A"}],
            "dates": {"date_of_death": "2023-07-09"}}


RULES = [_rules(i) for i in range(len(COMMUNITIES))]

# the vocabulary (as a DHR writes it, article included where it takes one)
VOCABULARY = {
    "vehicle": ["Vauxhall Corsa", "Ford Fiesta", "Toyota Yaris", "Nissan Qashqai", "BMW 3 Series", "Audi A3",
                "Kia Sportage", "Peugeot 208", "Volkswagen Golf", "Honda Civic", "Skoda Octavia", "Renault Clio",
                "Mercedes Sprinter", "Land Rover Discovery", "Citroen Berlingo", "Seat Leon", "Hyundai Tucson",
                "Fiat 500", "Vauxhall Astra", "Ford Transit", "Range Rover Evoque", "Mazda 6", "Volvo XC90",
                "Suzuki Swift", "Dacia Sandero", "Ford Focus", "Nissan Micra", "Toyota Prius"],
    "medicine": ["Sertraline", "Mirtazapine", "Naloxone", "Fluoxetine", "Citalopram", "Diazepam", "Pregabalin",
                 "Olanzapine", "Quetiapine", "Zopiclone", "Methadone", "Buprenorphine", "Propranolol", "Co-codamol",
                 "Tramadol", "Lithium", "Venlafaxine", "Amitriptyline", "Gabapentin", "Risperidone", "Aripiprazole",
                 "Lorazepam", "Codeine", "Oramorph", "Paracetamol", "Depakote", "Lamotrigine", "Espranor"],
    "app": ["WhatsApp", "Snapchat", "Facebook Messenger", "Life360", "Find My iPhone", "Instagram", "TikTok",
            "Telegram", "Signal", "Google Maps", "an Apple AirTag", "Tinder", "Hinge", "Facebook", "Microsoft Teams",
            "the Ring doorbell", "Uber", "Bumble", "Snap Map", "Find My Friends", "Google Photos", "PayPal",
            "Monzo", "Cash App", "YouTube", "Grindr", "Viber", "Imo"],
    "shop": ["Tesco", "Primark", "Greggs", "Asda", "Sainsbury's", "Aldi", "Lidl", "Morrisons", "Boots", "Argos",
             "Iceland", "Costa", "McDonald's", "Poundland", "B&M", "Superdrug", "Currys", "Specsavers",
             "JD Sports", "the Co-op", "Lloyds Pharmacy", "Halfords", "Wetherspoons", "Screwfix", "Matalan",
             "Home Bargains", "Sports Direct", "Marks & Spencer", "Waitrose", "Farmfoods"],
    "agency": ["MARAC", "the IDVA", "the MASH", "Clare's Law", "a DASH", "the Drive project", "the Freedom Programme",
               "Women's Aid", "Refuge", "Respect", "Victim Support", "Citizens Advice", "the Samaritans", "Shelter",
               "Change Grow Live", "Turning Point", "Barnardo's", "the NSPCC", "Mind", "Karma Nirvana",
               "Southall Black Sisters", "Galop", "Hestia", "SafeLives", "Jobcentre Plus", "Early Help",
               "MAPPA", "the Integrated Offender Management team", "Cafcass", "the Building Better Relationships "
               "programme", "Stepping Stones", "Imkaan", "Rape Crisis", "the National Domestic Abuse Helpline"],
    "law": ["the Care Act 2014", "a Section 42 enquiry", "the Domestic Abuse Act 2021", "the Mental Health Act 1983",
            "Section 136", "the Children Act 1989", "a Section 47 enquiry", "the Mental Capacity Act 2005",
            "the Protection from Harassment Act 1997", "the Serious Crime Act 2015", "Section 76",
            "the Domestic Violence Disclosure Scheme", "the Human Rights Act 1998", "Article 8",
            "the Housing Act 1996", "the Homelessness Reduction Act 2017", "a Non-Molestation Order",
            "a Domestic Violence Protection Notice", "a Domestic Abuse Protection Order", "an Occupation Order",
            "the Family Law Act 1996", "a Section 2 assessment", "the Modern Slavery Act 2015",
            "Section 17 of the Children Act 1989", "the Equality Act 2010"],
    "service": ["the Walk-in Centre", "the Crisis Team", "the Home Treatment Team", "A&E", "the Urgent Treatment "
                "Centre", "NHS 111", "the Community Mental Health Team", "the Early Intervention in Psychosis "
                "service", "the Sexual Assault Referral Centre", "the Out of Hours GP", "the Emergency Department",
                "the Drug and Alcohol Service", "the Perinatal Mental Health Team", "the Liaison Psychiatry team",
                "Children's Social Care", "Adult Social Care", "the Housing Options team", "the Street Triage team",
                "the Minor Injuries Unit", "the Health Visiting service", "the Maternity Unit",
                "the Recovery College", "the Safe Haven", "the Single Point of Access", "the Contact Centre",
                "the Hub", "the Wellbeing Centre", "the Fracture Clinic", "the Family Court", "the Magistrates' Court",
                "the Crown Court", "the Women's Centre", "the Sanctuary Scheme"],
    "role": ["the Health Visitor", "the Safeguarding Lead", "the Designated Nurse", "the Independent Chair",
             "the Approved Mental Health Professional", "the Care Coordinator", "the Probation Officer",
             "a Police Community Support Officer", "the Named GP", "the DASH risk assessment",
             "the Individual Management Review", "the Terms of Reference", "the Action Plan",
             "the Executive Summary", "the Overview Report", "the Care Plan", "the Risk Management Plan",
             "the Discharge Summary", "the Duty Social Worker", "the Community Psychiatric Nurse",
             "the Family Support Worker", "the Housing Officer", "the Practice Manager", "the Officer in Charge",
             "the Senior Investigating Officer", "the Custody Sergeant", "the Chronology", "the Scoping Period"],
}

# frames of each family's own grammar: {v} the vocabulary, {V} it with a capital, {p} a listed person's form, {P}
# it opening a sentence, {place} the listed place
FRAMES = {
    "vehicle": ["{P} drove a {v}.", "{P} was seen in a {v} outside the house.", "The {v} was registered to {p}.",
                "{V} found abandoned in {place}.", "CCTV showed a silver {v} near {p}'s flat.",
                "He bought {p} a {v} in 2019.", "{p}'s {v} was damaged on 3 May.", "A {v} belonging to {p} was "
                "seized.", "{P} sold the {v} to a friend in {place}."],
    "medicine": ["{P} was prescribed {v} by the GP.", "{V} was increased in May for {p}.", "{V} 50mg was started.",
                 "The paramedics gave {p} {v}.", "Her GP stopped the {v} after {p} asked.", "{P} said the {v} "
                 "made her tired.", "{V} and alcohol were found in {p}'s blood.", "{P} had taken {v} before."],
    "app": ["{P} sent messages on {v}.", "{V} messages from {p} were threatening.", "{P} tracked her through {v}.",
            "She blocked {p} on {v}.", "{V} showed {p} at the address in {place}.", "The police downloaded {p}'s "
            "{v} history.", "{P} used {v} to follow her to {place}."],
    "shop": ["{P} worked at {v} in {place}.", "{V} staff saw {p} shouting.", "She met {p} outside {v}.",
             "{P} was stopped for shoplifting in {v}.", "{V} CCTV was requested by the police about {p}.",
             "{P} bought the knife from {v}.", "{P} went to {v} with her sister."],
    "agency": ["{P} was referred to {v}.", "{V} contacted {p} twice.", "A worker from {v} visited {p} at home.",
               "{P} did not engage with {v}.", "{V} closed the case after {p} moved to {place}.",
               "The panel heard from {v} about {p}.", "{P} told {v} she was frightened."],
    "law": ["The duties under {v} were not met for {p}.", "{V} was raised for {p}.", "{P} was detained under {v}.",
            "No application was made under {v} for {p}.", "{V} was considered when {p} moved to {place}.",
            "{P} was granted {v} in March."],
    "service": ["{P} attended {v} on 3 May.", "{P} was seen at {v} with a head injury.", "{V} saw {p} twice.",
                "{V} referred {p} to the GP.", "{P} rang {v} from {place}.", "{V} did not know about {p}'s "
                "partner.", "She took {p} to {v}."],
    "role": ["{V} spoke to {p}.", "{P} met {v} in {place}.", "{V} did not mention {p}'s injuries.",
             "{V} was shared with {p}'s family.", "{P}'s sister read {v}."],
}

# a verb or an adjective that is also a given name, opening an instruction or a note (recommendations, chronology)
IMPERATIVES = ["Mark the date of {p}'s next appointment.", "Grant access to {p}'s records to the IDVA.",
               "Chase the referral for {p} with Housing.", "Drew up a safety plan with {p}.",
               "Frank discussions were held with {p}.", "Mark all of {p}'s records as high risk.",
               "Grant the chair access to the {place} files.", "Chase up the GP about {p}'s medication.",
               "Bill the agency for the interpreter {p} needed.", "Sue and recover the costs from {p}'s landlord.",
               "Will the panel speak to {p}?", "Rob and Dave were not her friends; {p} said so."]
# a control among them: given names that are verbs, and here people ("Rob and Dave"), must go
_NOT_IMPERATIVE = ("Rob and Dave",)

UNLISTED_PEOPLE = ["Chinedu Okonkwo", "Marek Kowalczyk", "Haruto Nakamura", "Kwame Mensah", "Eleni Papadopoulos",
                   "Arjun Bhattacharya", "Thabo Sithole", "Siobhan Gallagher", "Mehmet Yilmaz", "Ifeoma Nwosu",
                   "Gheorghe Stoica", "Tariq Haddad", "Nkechi Adeyemi", "Lowri Pritchard", "Darius Rahimi"]
UNLISTED_TOWNS = ["Dewsbury", "Rochdale", "Huddersfield", "Oldham", "Luton", "Wrexham", "Stockport", "Batley",
                  "Keighley", "Blackburn", "Wolverhampton", "Swindon"]
CONTROL_FRAMES = ["{u} drove her {v} to {t}.", "{u} was prescribed {v} in {t}.", "{u} sent her messages on {v}.",
                  "{u} worked at {v} in {t}.", "{u} was referred to {v}.", "{u} attended {v} in {t}.",
                  "{u} told {v} about the threats.", "A friend, {u}, saw him at {v} in {t}."]
_CONTROL_KINDS = ["vehicle", "medicine", "app", "shop", "agency", "service", "service", "agency"]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _person(rng: random.Random, rules: dict) -> tuple[str, list[str]]:
    listed = rng.choice(rules["people"])["name"]
    given, surname = listed.rsplit(" ", 1)
    form = rng.choice([listed, given, listed])
    return form, form.split()


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2019, 2020, 2021, 2022])}"


def _shaped(rng: random.Random, kind: str, v: str, rules: dict) -> tuple[str, str, list[str]]:
    """(sentence, the vocabulary as it must survive, secrets): one frame of the family, in one of the shapes."""
    place = rules["places"][0]["name"]
    p, secrets = _person(rng, rules)
    shape = rng.choice(["sentence", "sentence", "chronology", "heading", "list"])
    if shape == "heading":
        n = f"{rng.randint(2, 9)}.{rng.randint(1, 12)}"
        lead = rng.choice([f"{p.upper()} AND {{}}", f"CONTACT BETWEEN {p.upper()} AND {{}}", f"{{}} ({place.upper()})"])
        kept = re.sub(r"^(?:the|a|an) ", "", v).upper()
        return f"{n} " + lead.format(kept), kept, [w.upper() for w in secrets] + ([place.upper()] if
                                                                                  "(" in lead else [])
    frame = rng.choice(FRAMES[kind])
    sentence = frame.format(v=v, V=_cap(v), p=p, P=p, place=place)
    kept = _cap(v) if frame.startswith("{V}") else v
    secrets = secrets + ([place] if "{place}" in frame else [])
    if shape == "chronology":
        agency = rng.choice(["GP", "Police", "WYAS", "Housing", "CMHT", "ASC", "Probation"])
        sentence = f"| {_date(rng)} | {agency} | {sentence} |"
    elif shape == "list":
        sentence = rng.choice(["- ", "• ", "(a) ", "2. "]) + sentence
    return sentence, kept, secrets


def _one(rng: random.Random, seed: int, family: int) -> dict:
    rules = RULES[family]
    kind = rng.choice(sorted(VOCABULARY))
    v = rng.choice(VOCABULARY[kind])
    sentence, kept, secrets = _shaped(rng, kind, v, rules)
    return {"seed": seed, "family": family, "kind": kind, "sentence": sentence, "secrets": secrets, "keep": [kept],
            "placeholders_allowed": False}


def _imperative(rng: random.Random, seed: int, family: int) -> dict:
    rules = RULES[family]
    frame = rng.choice(IMPERATIVES)
    p, secrets = _person(rng, rules)
    place = rules["places"][0]["name"]
    sentence = frame.format(p=p, place=place)
    if rng.random() < 0.3:
        sentence = rng.choice(["- ", "Recommendation 3: ", "(b) "]) + sentence
    first = frame.split()[0]
    kept = " ".join(frame.split()[:2]) if "{" not in " ".join(frame.split()[:2]) else first
    names = frame.startswith(_NOT_IMPERATIVE)
    return {"seed": seed, "family": family, "kind": "imperative", "sentence": sentence,
            "secrets": secrets + ([place] if "{place}" in frame else []) + (["Rob", "Dave"] if names else []),
            "keep": [] if names else [kept], "placeholders_allowed": names}


def _control(rng: random.Random, seed: int, family: int) -> dict:
    i = rng.randrange(len(CONTROL_FRAMES))
    frame, kind = CONTROL_FRAMES[i], _CONTROL_KINDS[i]
    v = rng.choice([w for w in VOCABULARY[kind] if not w.startswith(("the ", "a ", "an "))] or VOCABULARY[kind])
    u, t = rng.choice(UNLISTED_PEOPLE), rng.choice(UNLISTED_TOWNS)
    sentence = frame.format(u=u, v=v, t=t)
    secrets = u.split() + ([t] if "{t}" in frame else [])
    return {"seed": seed, "family": family, "kind": "control", "sentence": sentence, "secrets": secrets,
            "keep": [v], "placeholders_allowed": True}


def make_cases(seed: int) -> list[dict]:
    rng = random.Random(seed)
    family = rng.randrange(len(COMMUNITIES))
    return [*(_one(rng, seed, family) for _ in range(8)), _imperative(rng, seed, family),
            _control(rng, seed, family)]


_PLACEHOLDER = re.compile(r"\b(?:Person|Place) \d+\b")


def _survives(secret: str, out: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(secret)}(?!\w)", out) is not None


def outcome(case: dict, out: str) -> str | None:
    left = [s for s in case["secrets"] if _survives(s, out)]
    if left:
        return f"LEAK {left}: {case['sentence']!r} -> {out!r}"
    lost = [k for k in case["keep"] if k not in out]
    if lost:
        return f"OVER {lost}: {case['sentence']!r} -> {out!r}"
    if not case["placeholders_allowed"] and _PLACEHOLDER.search(out):
        return f"PLACEHOLDER: {case['sentence']!r} -> {out!r}"
    return None
