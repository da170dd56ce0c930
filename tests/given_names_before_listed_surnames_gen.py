"""Red team (brief "given51"): a relative's given name that no name list holds, written before the surname a listed
person of the same family carries ("Gift Warsame, her brother" with Hodan and Abdi Warsame listed).

``relative``: a virtue name, a nickname or a name of a community the lists miss ("Gift", "Favour", "Bunny",
"Tink", "Chidera", "Oluwaseun", "Teodor", "Róisín"), in many places in a sentence. Neither the given name nor the
surname may survive, the relative is an unlisted person ("Person N") and never takes a listed person's pseudonym;
a listed member of the family named in the same sentence keeps hers or his ("Hodan Warsame" -> "Mary").
``control``: a word that leads a surname without being a given name - an opening function word or adverb, a
greeting, an imperative, a title, rank or role, a kin word, a month or weekday in a phrase of time, a body's word
("Police", "Probation": the neighbouring "words51" class) - before the listed surname: the word stays, the surname
goes, no unlisted person is made of the two.

Each case: {"seed", "kind", "sentence", "secrets": none may survive (as a word, in its case), "keep": strings that
must survive, "pseudonyms": listed pseudonyms that must appear, "not_pseudonyms": that must not, "person": whether
a "Person N" must (True) or must not (False) appear}.
Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
(``python tests/test_given_names_before_listed_surnames.py``).
"""
from __future__ import annotations

import random
import re

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

# families of several communities: two listed people who share a surname
FAMILIES = [("Warsame", ("Hodan", "Mary"), ("Abdi", "John")), ("Okafor", ("Chiamaka", "Ruth"), ("Emeka", "Paul")),
            ("Byrne", ("Siobhan", "Anna"), ("Declan", "Mark")), ("Nowak", ("Katarzyna", "Helen"), ("Tomasz", "Peter")),
            ("Rahman", ("Aisha", "Sarah"), ("Imran", "David")), ("Pritchard", ("Leanne", "Emma"), ("Gareth", "Tom")),
            ("Yilmaz", ("Fatma", "Clare"), ("Mehmet", "Adam")), ("Campbell", ("Shanice", "Jane"), ("Andre", "Luke")),
            ("Popescu", ("Mirela", "Kate"), ("Andrei", "Simon")), ("Mensah", ("Akosua", "Lucy"), ("Kofi", "James"))]
RULES = {"version": 1, "review": "test",
         "people": [{"name": f"{given} {surname}", "pseudonym": pseudonym}
                    for surname, *members in FAMILIES for given, pseudonym in members],
         "dates": {"date_of_death": "2023-07-09"}}

# given names of no list, or words the lists do not give as names: virtue names, nicknames, names of communities
# (none a listed given name in another spelling: "Siobhán" is the listed Siobhan's)
GIVEN = ["Gift", "Favour", "Blessing", "Precious", "Bunny", "Tink", "Chidera", "Oluwaseun", "Zainab", "Teodor",
         "Róisín", "Goodluck", "Godswill", "Treasure", "Marvellous", "Comfort", "Loveness", "Memory", "Innocent",
         "Prosper", "Wisdom", "Miracle", "Promise", "Testimony", "Fortune", "Honour", "Bliss", "Sparky", "Biscuit",
         "Smudge", "Pip", "Ziggy", "Taz", "Jinx", "Nkechi", "Tendai", "Rudo", "Tatenda", "Thandiwe", "Wojciech",
         "Caoimhe", "Oisín", "Tamsin", "Seren", "Mihai", "Yusra", "Kemi", "Dapo", "Ifeoluwa", "Princess"]
RELATIVE_FRAMES = [  # {r}: the relative's name; {l}: a listed member's whole name
    "{r}, her brother, called police.", "Later {r} gave a statement.", "Her cousin {r} visited twice.",
    "She told {r} about the threats.", "{l} and {r} shared the flat.", "The panel spoke to {r} in March.",
    "Police took a statement from {r}, who lived nearby.", "{r}'s account differs from that of {l}.",
    "Her sister ({r}) rang the GP.", "| 2022 | {r} reported a disturbance | Police |",
    "According to {r}, the abuse started early.", "A letter from {r} was read to the panel.",
    "{l} often stayed with {r} at weekends.", "Her nephew, {r}, said he was frightened.",
    "Both {r} and {l} attended the funeral."]
# a word that leads the surname without being a given name; kept: the word(s) that must survive (none after a title:
# a listed person's title and surname are replaced whole, "PC Warsame" -> "John")
CONTROLS = [("When {s} arrived, he shouted.", ["When"]), ("Later {s} gave a statement.", ["Later"]),
            ("Dear {s},", ["Dear"]), ("Contact {s} today about the review.", ["Contact"]),
            ("Ask {s} about the night.", ["Ask"]), ("Tell {s} the outcome.", ["Tell"]),
            ("Uncle {s} came round.", ["Uncle"]), ("Auntie {s} came round.", ["Auntie"]),
            ("Officer {s} was off duty.", ["Officer"]), ("PC {s} took the call.", []),
            ("In May {s} rang the police.", ["In May"]), ("By June {s} had moved out.", ["By June"]),
            ("On Monday {s} rang the police.", ["On Monday"]), ("At Christmas {s} visited.", ["At Christmas"]),
            ("Police {s} were called.", ["Police"]), ("Probation {s} were informed.", ["Probation"]),
            ("Poor {s} was terrified.", ["Poor"]), ("Young {s} was at school.", ["Young"]),
            ("Witness {s} described the shouting.", ["Witness"]), ("Then {s} left the house.", ["Then"])]


def _family(rng: random.Random):
    return rng.choice(FAMILIES)


def make_cases(seed: int) -> list[dict]:
    rng = random.Random(seed)
    surname, *members = _family(rng)
    listed_given, listed_pseudonym = rng.choice(members)
    given = rng.choice([g for g in GIVEN if g not in {m[0] for m in members}])
    frame = rng.choice(RELATIVE_FRAMES)
    sentence = frame.format(r=f"{given} {surname}", l=f"{listed_given} {surname}")
    named = "{l}" in frame
    relative = {"seed": seed, "kind": "relative", "sentence": sentence, "secrets": [given, surname], "keep": [],
                "pseudonyms": [listed_pseudonym] if named else [],
                "not_pseudonyms": [] if named else [p for _, p in members], "person": True}
    control_frame, kept = rng.choice(CONTROLS)
    control_surname, *_ = _family(rng)
    control = {"seed": seed, "kind": "control", "sentence": control_frame.format(s=control_surname),
               "secrets": [control_surname], "keep": kept, "pseudonyms": [], "not_pseudonyms": [], "person": False,
               "frame": control_frame}
    return [relative, control]


def _survives(secret: str, out: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(secret)}(?![\w])", out) is not None


def outcome(case: dict, out: str) -> str | None:
    left = [s for s in case["secrets"] if _survives(s, out)]
    if left:
        return f"LEAK {left}: {case['sentence']!r} -> {out!r}"
    lost = [k for k in case["keep"] if k not in out]
    if lost:
        return f"OVER {lost}: {case['sentence']!r} -> {out!r}"
    wrong = [p for p in case["not_pseudonyms"] if _survives(p, out)]
    missing = [p for p in case["pseudonyms"] if not _survives(p, out)]
    if wrong or missing:
        return f"MAPPING {wrong or missing}: {case['sentence']!r} -> {out!r}"
    person = re.search(r"\bPerson \d+\b", out) is not None
    if person != case["person"]:
        return f"{'NO PERSON' if case['person'] else 'INVENTED PERSON'}: {case['sentence']!r} -> {out!r}"
    return None
