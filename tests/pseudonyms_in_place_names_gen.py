"""Fictional sentences naming a church, school, hospital, park or hall after a given name that the review also uses
as a pseudonym ("St Mary's Catholic High School" while the victim is "Mary"). The pseudonym was taken out of the
place's name as our own text, so the place was cut around it: "Place 1 Mary's Catholic High School", "Place 1
Anne'Place 2", "Victoria Place 1", "Person 1 Victoria Place 1" - broken text, and the victim's pseudonym read as part
of a place. A place must be treated the same whatever given name it holds: each sentence is redacted twice, once
with the victim's pseudonym in the place's name and once (the twin) with a pseudonym found nowhere in the sentence;
the two outputs must agree (the twin's pseudonym written back). Controls: redacting an output again changes nothing
(our own pseudonyms stay our own).

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
(``python tests/test_pseudonyms_in_place_names.py``).
"""
from __future__ import annotations

import random
import re

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

# given names that English, Welsh, Scottish and Irish places, churches and schools are named after, and that a
# review picks as pseudonyms
PSEUDONYMS = ["Mary", "Anne", "James", "John", "Peter", "Paul", "Joseph", "Margaret", "Victoria", "Elizabeth",
              "George", "Michael", "Luke", "Andrew", "Catherine", "Helen", "Patrick", "David", "Thomas", "Mark",
              "Stephen", "Teresa", "Edmund", "Aidan", "Hilda", "Albert", "Alexandra", "Edward", "William",
              "Leonard", "Matthew", "Francis", "Agnes", "Bridget", "Lucy", "Hugh", "Martin", "Nicholas", "Dominic",
              "Bernadette", "Clare", "Philip", "Anthony", "Vincent", "Gabriel", "Monica", "Kevin", "Columba",
              "Cuthbert", "Winifred", "Oswald", "Giles", "Barnabas", "Chad", "Teilo"]
# the twin's pseudonyms: no place or saint of the sentences is named after them
TWINS = ["Keira", "Tamsin", "Imogen", "Delphine", "Saffron", "Kimberley"]
VICTIMS = ["Hodan Warsame", "Priya Sharma", "Agnieszka Nowak", "Chloe Evans", "Aisha Begum", "Funmilayo Adebayo",
           "Siobhan Doyle", "Ewa Kowalczyk", "Shabana Hussain", "Gemma Price", "Thi Lan Nguyen", "Mirela Popescu",
           "Rhiannon Griffiths", "Fatima Al-Amin", "Kelly-Marie Watts", "Oksana Melnyk"]
RELATIVES = ["Abdi Warsame", "Ravi Sharma", "Tomasz Nowak", "Dylan Evans", "Jamal Begum", "Tunde Adebayo",
             "Sean Doyle", "Marek Kowalczyk", "Imran Hussain", "Craig Price", "Van Minh Nguyen", "Andrei Popescu",
             "Gareth Griffiths", "Omar Al-Amin", "Wayne Watts", "Dmytro Melnyk"]
RELATIVE_PSEUDONYMS = ["Adam", "Ben", "Carl", "Dan"]

SAINTLY = ["St {X}'s Church", "St {X}'s Catholic Church", "St {X}'s RC Primary School", "St {X}'s C of E Primary "
           "School", "St {X}'s Catholic High School", "St {X}'s Hospital", "St {X}'s University Hospital",
           "St {X}'s Medical Centre", "St {X}'s Surgery", "St {X}'s Hospice", "St {X}'s Academy",
           "St {X}'s Parish Hall", "St {X}'s Community Centre", "St. {X}'s Church", "Saint {X}'s Church",
           "St {X}'s Mosque Road Clinic", "St {X} the Great Church", "St {X}'s and St Bede's Academy",
           "Our Lady and St {X}'s Primary School", "St {X}'s Children's Centre", "St {X}'s Women's Refuge"]
NAMED = ["{X} Park", "Queen {X}'s Hospital", "King {X}'s School", "Princess {X} Hospital", "the {X} Centre",
         "{X} House hostel", "Lady {X} Court", "the {X} Seacole Unit", "{X} Fields Primary School",
         "the {X} Hall", "{X} Memorial Hall", "Royal {X} Infirmary"]
FRAMES = ["{V} attended {P} every Sunday.", "{V} was admitted to {P} that night.",
          "The children were pupils at {P} from 2015.", "A vigil was held at {P} after the homicide.",
          "{V} volunteered at {P} for two years.", "Staff at {P} said {V} seemed withdrawn.",
          "{V} met the outreach worker at {P}.", "Her funeral took place at {P}.",
          "The safeguarding lead at {P} made a referral about {V}.", "{V} moved to a flat near {P} in 2019."]


def possessive(name: str, rng: random.Random) -> str:
    if name.endswith("s"):
        return name + rng.choice(["'", "'s"])
    return name + "'s"


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(seed * 100 + k)
    pseudonym = rng.choice(PSEUDONYMS)
    template = rng.choice(SAINTLY if k % 3 != 2 else NAMED)
    place = template.replace("{X}'s", possessive("{X}", rng)).replace("{X}", pseudonym)
    family = rng.randrange(len(VICTIMS))
    victim, relative = VICTIMS[family], RELATIVES[family]
    sentence = rng.choice(FRAMES).format(V=victim.split()[0], P=place)
    sentence = sentence[0].upper() + sentence[1:]
    twin = rng.choice(TWINS)
    relative_pseudonym = rng.choice(RELATIVE_PSEUDONYMS)

    def rules(victims_pseudonym: str) -> dict:
        return {"version": 1, "review": "test", "people": [
            {"name": victim, "pseudonym": victims_pseudonym},
            {"name": relative, "pseudonym": relative_pseudonym}]}

    return {"seed": seed, "kind": "saint" if template in SAINTLY else "named", "sentence": sentence,
            "pseudonym": pseudonym, "twin": twin, "rules": rules(pseudonym), "twin_rules": rules(twin)}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(6)]


def _redact(rules: dict, text: str) -> str:
    import warnings

    from redact.pipeline import Redactor

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # "the pseudonym is also the name of somebody else": the point here
        return Redactor(rules).redact_text(text)


def run_case(case: dict) -> tuple[str, list[str]]:
    """The output, and what is wrong with it: it differs from the twin's, or (the control) redacting it again
    changes it."""
    output = _redact(case["rules"], case["sentence"])
    twin_output = _redact(case["twin_rules"], case["sentence"])
    expected = re.sub(rf"(?<!\w){re.escape(case['twin'])}(?!\w)", case["pseudonym"], twin_output)
    problems = [] if output == expected else [f"differs from the twin's {expected!r}"]
    if _redact(case["rules"], output) != output:
        problems.append("not stable")
    return output, problems


def count(seeds) -> dict[str, tuple[int, int]]:
    totals: dict[str, list[int]] = {}
    for seed in seeds:
        for case in make_cases(seed):
            _, problems = run_case(case)
            for kind, wrong in ((case["kind"], any(p != "not stable" for p in problems)),
                                ("control: not stable", "not stable" in problems)):
                entry = totals.setdefault(kind, [0, 0])
                entry[0] += wrong
                entry[1] += 1
    return {kind: (wrong, of) for kind, (wrong, of) in sorted(totals.items())}


# ---- a second class: somebody else in the draft bears the victim's pseudonym, in a sentence that names the victim
# ("Anne said Hodan had changed" with Hodan -> "Anne" gives "Anne said Anne had changed"): apply cannot tell it
# from a pseudonym the author already wrote, so the rules warning must say so. Controls: the draft giving the
# pseudonym beside the real name (a table row, brackets, "referred to as") is no clash.
CLASH_FRAMES = ["{P} said {V} had changed.", "{V} and her friend {P} went shopping.",
                "{V}'s neighbour, {P}, called the police.", "{P} told police that {V} was frightened.",
                "On the night {P} rang {V} twice.", "{V} stayed with {P} for a week in May."]
ANNOUNCING_FRAMES = ["{W} ({P}) was 34 when she died.", "{W} | Victim | 34 | {P}",
                     "{W} will be referred to as '{P}' in this report.", "{P} - {W}, the victim",
                     "{W} (known as {P}) lived with her children."]


def make_clash_cases(seed: int) -> list[dict]:
    rng = random.Random(seed * 1000 + 7)
    cases = []
    for kind, frames in (("clash", CLASH_FRAMES), ("control: announced", ANNOUNCING_FRAMES)):
        for _ in range(3):
            family = rng.randrange(len(VICTIMS))
            pseudonym = rng.choice(PSEUDONYMS)
            victim = VICTIMS[family]
            text = rng.choice(frames).format(P=pseudonym, V=victim.split()[0], W=victim)
            cases.append({"kind": kind, "sentence": text, "pseudonym": pseudonym, "rules": {
                "version": 1, "review": "test", "people": [{"name": victim, "pseudonym": pseudonym}],
                "dates": {"date_of_death": "2023-07-09"}}})
    return cases


def clash_warned(case: dict) -> bool:
    import warnings

    from redact.pipeline import Redactor

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Redactor(case["rules"]).redact_text(case["sentence"])
    return any(f"pseudonym '{case['pseudonym']}'" in str(w.message) for w in caught)


def count_clashes(seeds) -> dict[str, tuple[int, int]]:
    """Clashes not warned about, and (controls) announcements warned about."""
    totals: dict[str, list[int]] = {}
    for seed in seeds:
        for case in make_clash_cases(seed):
            wrong = clash_warned(case) != (case["kind"] == "clash")
            entry = totals.setdefault(case["kind"], [0, 0])
            entry[0] += wrong
            entry[1] += 1
    return {kind: (wrong, of) for kind, (wrong, of) in sorted(totals.items())}


if __name__ == "__main__":
    import sys

    for seed in map(int, sys.argv[1:]):
        for case in make_cases(seed):
            output, problems = run_case(case)
            print(seed, case["kind"], repr(case["sentence"]), "->", repr(output), *problems)
