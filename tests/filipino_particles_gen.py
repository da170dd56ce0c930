"""A listed Filipino or Spanish surname with its particles written the other way: joined ("Dela Cruz", "Delacruz",
"DelaCruz") or apart ("De La Cruz", "de la Cruz"), "Delos Santos" / "De Los Santos" (2026-12-07, stop 56, from
redteam56's Filipino draft): fictional DHR sentences.

"Theresa De La Cruz signed." of a listed Maria Theresa Dela Cruz came out "Person 1 signed.", and "Theresa
Delacruz" the same: the particle "dela" had no spaced or joined spellings.

Kinds:
  "other spelling" the listed person, the surname's particles written another way than the rules write them;
  "control"        another person of a surname with the same particles ("Dela Rosa" beside a listed Dela Cruz):
                   never the listed pseudonym.
Each case: {"seed", "kind", "family" (index in RULES), "sentence"}.
``outcome``: "left" (a name word survives), "mapping" (the pseudonym missing or a "Person N"), "merged" (control).
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/filipino_particles_gen.py
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# (given names, particles as the rules write them, core, pseudonym, another family's core with the same particles)
FAMILIES = [
    ("Maria Theresa", "Dela", "Cruz", "Anna", "Rosa"), ("Jose Miguel", "Delos", "Santos", "Mark", "Reyes"),
    ("Rosario", "de la", "Peña", "Rose", "Torre"), ("Ramon", "De Los", "Reyes", "Roy", "Santos"),
    ("Analyn", "dela", "Rosa", "Lyn", "Cruz"), ("Lourdes", "De Las", "Alas", "Lou", "Casas"),
    ("Cristina", "Dela", "Torre", "Tina", "Paz"),
]
MEN = ("Jose Miguel", "Ramon")
SPELLINGS = {"dela": ["Dela", "dela", "De La", "de la", "DELA", "{J}"], "delos": ["Delos", "De Los", "de los", "{J}"],
             "de la": ["Dela", "dela", "De La", "de la", "{J}"], "de los": ["Delos", "delos", "De Los", "{J}"],
             "de las": ["Delas", "De Las", "de las", "{J}"]}
SENTENCES = ["{N} signed the tenancy.", "Police spoke to {N} at the address.", "The GP wrote to {N} in March.",
             "{N} did not attend the appointment.", "A referral named {N}."]


def _rules(family: int) -> dict:
    given, particles, core, pseudonym, _ = FAMILIES[family]
    return {"version": 1, "review": "generated", "people": [{"name": f"{given} {particles} {core}",
                                                            "pseudonym": pseudonym}],
            "dates": {"date_of_death": "2024-02-11"}}


RULES = [_rules(family) for family in range(len(FAMILIES))]


def _surname(rng: random.Random, particles: str, core: str) -> str:
    written = rng.choice(SPELLINGS[particles.lower()])
    joined = "".join(p.capitalize() for p in particles.split()) + core
    return rng.choice([joined, joined[:1] + joined[1:].lower()]) if written == "{J}" else f"{written} {core}"


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"filipino_particles:{seed}:{k}")
    family = rng.randrange(len(FAMILIES))
    given, particles, core, _, other = FAMILIES[family]
    kind = rng.choice(["other spelling", "other spelling", "control"])
    surname = _surname(rng, particles, other if kind == "control" else core)
    first = given.split()
    title = "Mr" if given in MEN else rng.choice(["Ms", "Mrs"])
    name = rng.choice([f"{first[-1]} {surname}", f"{first[0]} {surname}", f"{given} {surname}",
                       f"{title} {surname}"]) if kind != "control" \
        else f"{rng.choice(['Teresita', 'Marites', 'Rogelio', 'Danilo'])} {surname}"
    return {"seed": seed, "kind": kind, "family": family, "sentence": rng.choice(SENTENCES).format(N=name)}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    given, _, core, pseudonym, other = FAMILIES[case["family"]]
    if case["kind"] == "control":
        return "merged" if re.search(rf"(?<!\w){pseudonym}(?!\w)", output) else None
    words = [*given.split(), core]
    if any(re.search(rf"{re.escape(w)}", output, re.IGNORECASE) for w in words):
        return "left"
    if not re.search(rf"(?<!\w){pseudonym}(?!\w)", output) or re.search(r"(?i)(?<!\w)person [0-9]", output):
        return "mapping"
    return None


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.family_outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="-v" in sys.argv)
