"""Fictional sentences where a report names an institution or a service by its kind alone, with a capital, after
"the" ("she rang the Helpline", "staff at the Centre", "the Library said", "the Trust's policy"): the model read
the capital as a name ("the Library" was "the Person 1", "the Project" "the Place 3") and the gazetteer read "the
Church" as the Lancashire village. Each must be left as written. Controls: a place or a person whose name is such
a word, written so ("She lived in Church near Accrington", "Dr Temple saw her", "the Wirral"), is still replaced.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted (``python tests/test_kinds_named_alone.py``).
"""
from __future__ import annotations

import random

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

KINDS = ["Helpline", "Refuge", "Hub", "Centre", "Hospital", "Trust", "Council", "Service", "Hostel", "Clinic",
         "Surgery", "Unit", "Ward", "Shelter", "Academy", "College", "Partnership", "Board", "Agency", "Team",
         "Practice", "Project", "Charity", "Court", "Station", "Library", "Mosque", "Church", "Temple", "Gurdwara",
         "Prison", "Hospice", "School", "Foodbank", "Chapel", "Synagogue", "Mandir", "Network", "Forum", "Panel",
         "University", "Nursery", "Infirmary", "Cathedral", "Constabulary", "Police"]
FRAMES = ["She rang the {K} twice that week.", "Staff at the {K} were not told about the threats.",
          "{V} contacted the {K} in May.", "The {K} made a referral to the MARAC.", "The {K}'s records were shared.",
          "A worker from the {K} visited {V} at home.", "{V} told the {K} she felt unsafe.",
          "Information held by the {K} was not passed on.", "The panel asked the {K} for a chronology.",
          "According to the {K}, {V} missed two appointments."]
VICTIMS = ["Hodan", "Agnieszka", "Priya", "Chiamaka", "Siobhan", "Mehwish", "Rhiannon", "Oksana", "Gulsen"]
SURNAMES = ["Warsame", "Kowalczyk", "Raghunathan", "Okonkwo", "Gallagher", "Chaudhry", "Pritchard", "Bondarenko",
            "Yildirim"]
# a person or a place named with such a word, not after "the": must still go
CONTROLS = [("She lived in Church near Accrington.", ["Church", "Accrington"]),
            ("Dr Temple saw {V} at the surgery.", ["Temple"]), ("Mr Church rang {V} twice.", ["Church"]),
            ("PC Chapel took the statement.", ["Chapel"]), ("The family moved to the Wirral in 2019.", ["Wirral"]),
            ("Her friend Jordan Ward gave a statement.", ["Jordan", "Ward"]),
            ("{V} met Ms Court at the bus stop.", ["Court"])]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(seed * 100 + k)
    index = rng.randrange(len(VICTIMS))
    victim = VICTIMS[index]
    rules = {"version": 1, "review": "test", "dates": {"date_of_death": "2023-07-09"},
             "people": [{"name": f"{victim} {SURNAMES[index]}", "pseudonym": "Mary"}]}
    if k == 4:
        sentence, secrets = rng.choice(CONTROLS)
        return {"kind": "control", "rules": rules, "sentence": sentence.format(V=victim), "secrets": secrets}
    sentence = rng.choice(FRAMES).format(K=rng.choice(KINDS), V=victim)
    return {"kind": "kind", "rules": rules, "sentence": sentence, "expected": sentence.replace(victim, "Mary")}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(5)]


def run_case(case: dict) -> tuple[str, str | None]:
    import re

    from quietly import redact_text

    output = redact_text(case["sentence"], case["rules"])
    if case["kind"] == "control":
        left = [s for s in case["secrets"] if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", output)]
        return output, f"left {left}" if left else None
    return output, None if output == case["expected"] else "changed"


def count(seeds) -> dict[str, tuple[int, int]]:
    totals: dict[str, list[int]] = {}
    for seed in seeds:
        for case in make_cases(seed):
            _, problem = run_case(case)
            entry = totals.setdefault(case["kind"], [0, 0])
            entry[0] += problem is not None
            entry[1] += 1
    return {kind: (wrong, of) for kind, (wrong, of) in sorted(totals.items())}


if __name__ == "__main__":
    import sys

    for seed in map(int, sys.argv[1:]):
        for case in make_cases(seed):
            output, problem = run_case(case)
            print(seed, case["kind"], repr(case["sentence"]), "->", repr(output), problem or "")
