"""Fictional sentences where the rules type an Irish surname's particle without its accent for one listed adult
("Seán O Súilleabháin" written "Sean O Suilleabhain") and with it for a listed child of the family ("Kacper Ó
Súilleabháin"): the bare "O" was read as the adult's middle initial, so the whole surname was the child's alone and
"Mr O Suilleabhain" became "Child 1"; likewise a woman's "Ní" ("Maire Ni Bhriain" and her daughter "Saoirse Ní
Bhriain"). An adult's title before the surname, written with or without the accents, must
name an adult of the title's sex. Controls: a bare middle "O" before an English surname nobody else has ("John O
Smith", "Mr O Smith" his) reads as before.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
(``python tests/test_bare_irish_particles.py``).
"""
from __future__ import annotations

import random
import unicodedata

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

SURNAMES = ["Ó Súilleabháin", "Ó Briain", "Ó Néill", "Ó Conchúir", "Ó Dónaill", "Ó Ceallaigh", "Ó Murchú",
            "Ó Raghallaigh", "Ó Sé", "Ó Dochartaigh", "Ó Laoghaire", "Ó Catháin"]
MEN = ["Seán", "Pádraig", "Ciarán", "Dónal", "Éamon", "Tomás"]
WOMEN = ["Siobhán", "Aoife", "Niamh", "Máire", "Gráinne", "Róisín"]
CHILDREN = [("Kacper", "m"), ("Oisín", "m"), ("Liam", "m"), ("Saoirse", "f"), ("Caoimhe", "f"), ("Fionn", "m")]
FRAMES = ["{T} {S} was interviewed by police.", "{T} {S}'s account was brief.", "Officers spoke to {T} {S} at home.",
          "The GP wrote to {T} {S} twice."]
WOMENS_SURNAMES = ["Ní Bhriain", "Ní Néill", "Ní Shúilleabháin", "Ní Dhónaill", "Ní Cheallaigh", "Ní Mhurchú",
                   "Ní Chatháin", "Ní Laoghaire"]
CONTROL_SURNAMES = ["Smith", "Walker", "Hughes", "Turner", "Baker"]


def plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(seed * 100 + k)
    if k == 3:
        given, surname = rng.choice(MEN), rng.choice(CONTROL_SURNAMES)
        rules = {"version": 1, "review": "test", "people": [
            {"name": f"{plain(given)} O {surname}", "pseudonym": "John"},
            {"name": f"{rng.choice(WOMEN)} {rng.choice(SURNAMES)}", "pseudonym": "Mary"}]}
        sentence = rng.choice(FRAMES).format(T="Mr", S=f"O {surname}")
        return {"seed": seed, "kind": "control", "rules": rules, "sentence": sentence, "expected": "John",
                "secrets": [surname]}
    if k == 4:
        # a woman's particle, "Ní" (the surname's first letter softened: "Ní Bhriain" of Ó Briain): mother and
        # daughter share it, the mother typed without the accent
        surname = rng.choice(WOMENS_SURNAMES)
        mother, daughter = rng.choice(WOMEN), rng.choice([name for name, sex in CHILDREN if sex == "f"])
        plain_mother = rng.random() < 0.7
        rules = {"version": 1, "review": "test", "people": [
            {"name": f"{mother} {surname}" if not plain_mother else plain(f"{mother} {surname}"), "pseudonym": "Mary"},
            {"name": plain(f"{daughter} {surname}") if not plain_mother else f"{daughter} {surname}",
             "pseudonym": "Child 1", "role": "child"}]}
        shown = surname if rng.random() < 0.5 else plain(surname)
        sentence = rng.choice(FRAMES).format(T=rng.choice(["Mrs", "Ms"]), S=shown)
        return {"seed": seed, "kind": "adult title", "rules": rules, "sentence": sentence, "expected": "Mary",
                "secrets": [shown.split()[-1]]}
    surname = rng.choice(SURNAMES)
    woman, man = rng.choice(WOMEN), rng.choice(MEN)
    child, child_sex = rng.choice(CHILDREN)
    plain_adults = rng.random() < 0.7     # the adults typed without accents, the child with (or the other way)
    def written(given: str, accented: bool) -> str:
        name = f"{given} {surname}"
        return name if accented else plain(name)
    rules = {"version": 1, "review": "test", "people": [
        {"name": written(woman, not plain_adults), "pseudonym": "Mary"},
        {"name": written(man, not plain_adults), "pseudonym": "John"},
        {"name": written(child, plain_adults), "pseudonym": "Child 1", "role": "child"}]}
    title, expected = rng.choice([("Mr", "John"), ("Mrs", "Mary"), ("Ms", "Mary")])
    shown = surname if rng.random() < 0.5 else plain(surname)
    sentence = rng.choice(FRAMES).format(T=title, S=shown)
    return {"seed": seed, "kind": "adult title", "rules": rules, "sentence": sentence, "expected": expected,
            "secrets": [shown.split()[-1]]}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(5)]


def run_case(case: dict) -> tuple[str, str | None]:
    import re

    from quietly import redact_text

    output = redact_text(case["sentence"], case["rules"])
    if any(re.search(rf"(?<!\w){re.escape(secret)}(?!\w)", output) for secret in case["secrets"]):
        return output, "leak"
    if not re.search(rf"(?<!\w){re.escape(case['expected'])}(?!\w)", output):
        return output, "mapping"
    return output, None


def count(seeds) -> dict[str, tuple[int, int]]:
    totals: dict[str, list[int]] = {}
    for seed in seeds:
        for case in make_cases(seed):
            _, problem = run_case(case)
            entry = totals.setdefault(case["kind"], [0, 0])
            entry[0] += problem is not None
            entry[1] += 1
    return {kind: (wrong, of) for kind, (wrong, of) in totals.items()}
