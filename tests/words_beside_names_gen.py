"""Red team (brief "words51"): a word that is no name, right before a surname, swallowed into the person's find
or read as a place of its own.

1. ``service``: a public service's or an institution's word, or a worker's role ("Police", "Council", "Probation",
   "Ambulance", "Hospital", "Midwife", "Paramedic") just before a surname: the word must stay as written, the
   surname must go ("Police Okonkwo were called" -> "Police Person 1 were called", not "Person 1 were called").
2. ``date``: a month or weekday led by a word of time ("In May", "On Friday", "By June", "Since April", "Last
   Tuesday") just before a surname: the phrase of time must stay as written and no "Place N" or "Person N" be
   made of it ("In May Warsame rang" -> "In May Mary rang", not "In Place 1 Mary rang").
3. Controls that must NOT lose the name (``given``): the same kind of word used as a given name ("May Doyle said",
   "June Okafor told the panel", "Sunday Adeyemi", "Grace", "Hope", "Will" not in a question), and the
   neighbouring class of brief "given51" (an unknown given name before a listed surname: "Nasra Warsame"); and
   controls that must come out unchanged (``plain``): the word with no name beside it ("Police were called").

Surnames: listed (the rules'), unlisted but named in full elsewhere in the text, or unlisted and alone (the tool
found them with the word before; they must still go). Each case: {"seed", "kind", "sentence", "secrets": none may
survive as a word in its case, "keep": strings that must survive as written, "unlisted_alone": bool}. Seeds: TUNED
0-49 looked at while fixing, HELD_BACK 1000-1049 only counted (``python tests/test_words_beside_names.py``).
"""
from __future__ import annotations

import random
import re

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

RULES = {"version": 1, "review": "test",
         "people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}, {"name": "Abdi Warsame", "pseudonym": "John"},
                    {"name": "Siobhan Doyle", "pseudonym": "Ruth"}, {"name": "Kamran Hussain", "pseudonym": "Sam"},
                    {"name": "Bogdan Nowak", "pseudonym": "Adam"}],
         "places": [{"name": "Kirklees", "pseudonym": "Area A"}],
         "dates": {"date_of_death": "2023-07-09"}}

LISTED = ["Warsame", "Doyle", "Hussain", "Nowak"]
# (surname, a sentence before that names the person in full)
KNOWN = [("Okonkwo", "Chinedu Okonkwo was arrested. "), ("Kowalczyk", "Marek Kowalczyk called the police. "),
         ("Nakamura", "Haruto Nakamura was her neighbour. "), ("Mensah", "Kwame Mensah was her brother. "),
         ("Papadopoulos", "Eleni Papadopoulos was the interpreter. "), ("Nguyen", "Thi Lan Nguyen was her friend. "),
         ("Bhattacharya", "Arjun Bhattacharya was the housing officer. "), ("Sithole", "Thabo Sithole spoke. ")]
ALONE = ["Okafor", "Adeyemi", "Kowalski", "Nakashima", "Haddad", "Sithole", "Oyelaran", "Schneider",
         "Bhattacharya", "Ferreira", "Yilmaz", "Mwangi", "Chikwanha", "Gallagher", "Nwosu", "Castellanos"]

# --- 1. a service's word or a worker's role before the surname ---------------------------------------------------
SERVICE_WORDS = ["Police", "Council", "Probation", "Ambulance", "Hospital", "Housing", "Court", "Prison", "Refuge",
                 "Hostel", "Surgery", "Clinic", "School", "College", "Constabulary", "Midwife", "Paramedic",
                 "Coroner", "Nurse", "Witness", "Victim", "Perpetrator", "Landlord", "Caseworker", "Advocate"]
SERVICE_FRAMES = ["{w} {s} were called at 02:10.", "{w} {s} attended the address.", "{w} {s} wrote to the GP.",
                  "At 9pm {w} {s} arrived.", "The panel asked whether {w} {s} had been told.",
                  "{w} {s} said she was frightened.", "{w} {s}'s notes were brief.",
                  "In 2021 {w} {s} made a referral to MARAC.", "{w} {s} visited her at home."]

# --- 2. a month or weekday after a word of time -------------------------------------------------------------------
DATE_LEADS = ["In", "By", "Since", "Until", "During", "Early", "Late", "On", "Last", "Every", "That", "Through"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DATE_FRAMES = ["{d} {s} rang the police.", "{d} {s} had moved out.", "{d} {s} was living alone.",
               "She said that {d_lower} {s} had left.", "{d} {s} told the IDVA about the threats.",
               "{d} {s} stayed with her sister.", "{d} {s}'s mother visited."]
_MONTH_LEADS = {"In", "By", "Since", "Until", "During", "Early", "Late", "Last", "Through", "That"}
_WEEKDAY_LEADS = {"On", "By", "Since", "Until", "Last", "Every", "That"}

# --- 3. controls ---------------------------------------------------------------------------------------------------
# a word that is a given name here (no word of time before it, no question), and the given names of brief given51
GIVEN_WORDS = ["May", "June", "April", "Sunday", "Grace", "Hope", "Will", "Joy", "Faith", "Patience", "Charity",
               "Precious", "Nasra", "Iris", "Wanjiru", "Priya", "Chidi", "Tomasz"]
GIVEN_FRAMES = ["{g} {s} said she was frightened.", "Her friend {g} {s} told the panel about the abuse.",
                "The IDVA phoned {g} {s}.", "A statement from {g} {s} was read.", "{g} {s} was seen at the flat."]
PLAIN = [("Police were called at 02:10.", ["Police were called"]),
         ("The Council wrote to her in May.", ["Council", "in May"]),
         ("Probation staff met in June.", ["Probation staff", "in June"]),
         ("In May the panel met again.", ["In May the panel"]),
         ("On Friday Police attended.", ["On Friday Police attended"]),
         ("By June Housing had closed the case.", ["By June Housing"]),
         ("Ambulance crews arrived at 03:00.", ["Ambulance crews"]),
         ("The Court granted the order.", ["The Court granted"]),
         ("Since April Social Services had been involved.", ["Since April Social Services"]),
         ("Midwife visits stopped in March.", ["Midwife visits", "in March"])]


def _surname(rng: random.Random) -> tuple[str, str, bool, bool]:
    """(surname, sentence before, listed, unlisted and alone)"""
    pick = rng.random()
    if pick < 0.4:
        return rng.choice(LISTED), "", True, False
    if pick < 0.7:
        s, before = rng.choice(KNOWN)
        return s, before, False, False
    return rng.choice(ALONE), "", False, True


def _one_service(rng: random.Random, seed: int) -> dict:
    w = rng.choice(SERVICE_WORDS)
    s, before, listed, alone = _surname(rng)
    text = before + rng.choice(SERVICE_FRAMES).format(w=w, s=s)
    return {"seed": seed, "kind": "service", "sentence": text, "secrets": [s], "keep": [w], "listed": listed,
            "unlisted_alone": alone}


def _one_date(rng: random.Random, seed: int) -> dict:
    if rng.random() < 0.6:
        lead, when = rng.choice(sorted(_MONTH_LEADS)), rng.choice(MONTHS)
    else:
        lead, when = rng.choice(sorted(_WEEKDAY_LEADS)), rng.choice(WEEKDAYS)
    s, before, listed, alone = _surname(rng)
    phrase = f"{lead} {when}"
    lower = f"{lead.lower()} {when}"
    frame = rng.choice(DATE_FRAMES)
    text = before + frame.format(d=phrase, d_lower=lower, s=s)
    kept = lower if "{d_lower}" in frame else phrase
    return {"seed": seed, "kind": "date", "sentence": text, "secrets": [s], "keep": [kept], "listed": listed,
            "unlisted_alone": alone}


def _one_given(rng: random.Random, seed: int) -> dict:
    g = rng.choice(GIVEN_WORDS)
    s, before, listed, alone = _surname(rng)
    text = before + rng.choice(GIVEN_FRAMES).format(g=g, s=s)
    return {"seed": seed, "kind": "given", "sentence": text, "secrets": [g, s], "keep": [], "listed": listed,
            "unlisted_alone": alone}


def _one_plain(rng: random.Random, seed: int) -> dict:
    text, kept = rng.choice(PLAIN)
    return {"seed": seed, "kind": "plain", "sentence": text, "secrets": [], "keep": kept, "listed": False,
            "unlisted_alone": False}


def make_cases(seed: int) -> list[dict]:
    rng = random.Random(seed)
    return [_one_service(rng, seed), _one_service(rng, seed), _one_date(rng, seed), _one_date(rng, seed),
            _one_given(rng, seed), _one_plain(rng, seed)]


_ROLE_PLACEHOLDER = re.compile(r"\b(?!Person\b|Place\b)[A-Z][a-z]+ \d+\b")


def _survives(secret: str, out: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(secret)}(?!\w)", out) is not None


def outcome(case: dict, out: str) -> str | None:
    left = [s for s in case["secrets"] if _survives(s, out)]
    # a worker's role before a person's name is the grammar's role placeholder by design ("Midwife Sithole" ->
    # "Nurse 1", "Paramedic Haddad" -> "Paramedic 1"): the role is still said
    lost = [k for k in case["keep"] if k not in out
            and not (case["kind"] == "service" and _ROLE_PLACEHOLDER.search(out))]
    if left:
        return f"LEAK {left}: {case['sentence']!r} -> {out!r}"
    if lost:
        return f"OVER {lost}: {case['sentence']!r} -> {out!r}"
    if case["kind"] == "plain" and out != case["sentence"]:
        return f"CHANGED: {case['sentence']!r} -> {out!r}"
    if re.search(r"\bPlace \d+\b", out):
        return f"PLACE: {case['sentence']!r} -> {out!r}"
    return None
