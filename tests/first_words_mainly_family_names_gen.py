"""A title before the name of a listed adult whose first word is mainly a family name, so that the sex one country's
list of given names reads off it is no sign of the person's ("Li Wei": Li is a girl's name in Sweden's list, the
family name of China's) (2026-12-07, helper mrwei54): fictional DHR sentences.

"Mr Wei said he had not seen Hodan that week." came out "Mr Person 1 said ...": Li Wei read as a woman, so no man's
title fitted his name and "Mr Wei" was somebody unlisted, one man read as two. So "Mrs Doyle" of a listed "Doyle
Margaret Ann" (a record writing the family name first; Doyle is a boy's name in the long US list).

Each case: {"seed", "kind", "sentence", "rules", "words", "expect", "avoid"}.
- "guess wrong": the adult's sex is the other one than the first word's guess, the title is of the adult's sex, before
  the first word (the family name written first) or before the last word (what the name's parser calls the surname).
- "guess right": the same with the adult of the guessed sex (must stay right).
- "with a relative": "guess wrong" beside a listed relative of the other sex with a given name of solid sex and the
  family name: the title picks the one of its sex.
- "with a child": the adult (either sex) beside a listed child with the family name ("Kacper Li"), the title before
  the family name: the adult's, never "Child 1" (as ``family_first_titled_gen`` for family names of no sex).
- "other sex title": a title of the other sex than the adult's (either sex) before the family name or the last word:
  never the adult (somebody unlisted, a spouse), as far as the given name after the family name tells the sex.
- "record form": the family name first with a comma ("LI, Wei") or after the given name's initial ("W. Li"): the
  pseudonym once, no initial left beside it ("RALPH, Ralph", "W. Ralph").
CONTROLS (must read as before): "solid other sex" (a given name of solid sex, several countries, and the title of the
other sex: never that person) and "one country other sex" (a name one country lists, "Atieno", which is no family
name elsewhere: its sex still tells).
``outcome``: "left" (a word of the name survives), "mapping" (the expected pseudonym missing, or "Person N", or the
one to avoid written). TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/first_words_mainly_family_names_gen.py [-v]
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 12

# (family name, the sex its one-country guess says, given names of a man, of a woman): communities and records that
# write the family name first ("LI Wei", "DIALLO Fatoumata", "Doyle Margaret Ann" in a police or GP record)
FAMILIES = [
    ("Li", "f", ["Wei", "Jun", "Hao", "Jian Guo", "Ming"], ["Na", "Xiu Ying", "Mei", "Yan"]),
    ("Lin", "f", ["Hao", "Zhi Wei", "Jun Jie"], ["Mei Ling", "Hui", "Xiaoling"]),
    ("Wong", "m", ["Ka Ming", "Chi Keung"], ["Mei Ling", "Siu Fong", "Wai Man", "Lai Ying"]),
    ("Doyle", "m", ["Patrick", "Sean"], ["Margaret Ann", "Siobhan", "Bridget"]),
    ("Roberts", "m", ["Gareth", "Rhys"], ["Sian", "Carys Ann", "Bethan"]),
    ("Hayes", "m", ["Declan"], ["Kerry", "Joanne Marie"]),
    ("Burke", "m", ["Liam"], ["Aoife", "Niamh"]),
    ("Sullivan", "m", ["Connor"], ["Roisin", "Tracey"]),
    ("Diallo", "m", ["Mamadou", "Ibrahima"], ["Fatoumata", "Aissatou", "Mariama"]),
    ("Meyer", "m", ["Jonas", "Lukas"], ["Anna Lena", "Katrin"]),
    ("Silva", "f", ["Joao Pedro", "Tiago", "Rui"], ["Ana", "Mariana"]),
    ("Medina", "f", ["Carlos", "Javier"], ["Lucia", "Carmen"]),
    ("Santos", "m", ["Paulo"], ["Ines", "Beatriz", "Rosa Maria"]),
]
# a relative listed given name first, of solid sex (several countries give it one way)
RELATIVES = {"m": ["David", "Michael", "Paul", "Thomas"], "f": ["Sarah", "Emma", "Laura", "Helen"]}
# controls: given names of solid sex and surnames that are no given names
SOLID = {"m": ["Tomasz", "Mohammed", "Daniel", "Arjun", "Kwame", "Piotr"],
         "f": ["Amina", "Grace", "Priya", "Agnieszka", "Fatima", "Chloe"]}
SOLID_SURNAMES = ["Okafor", "Patel", "Nowak", "Hussain", "Mensah", "Kowalczyk", "Chaudhry", "Adeyemi"]
# controls: names one country (Kenya) lists, as given names and as family names alike: not mainly family names
ONE_COUNTRY = {"f": ["Atieno", "Akinyi", "Anyango"], "m": ["Kamau", "Kiprono", "Otieno"]}
ONE_COUNTRY_SURNAMES = ["Odhiambo", "Mwangi", "Kariuki", "Ochieng"]
PSEUDONYMS = {"m": ["Ralph", "Norman", "Basil", "Cyril"], "f": ["Hilda", "Mabel", "Edith", "Ivy"]}
TITLES = {"m": ["Mr", "Mr.", "MR", "Mister"], "f": ["Mrs", "Ms", "Ms.", "Miss", "MRS"]}
FRAMES = ["{T} {N} said he had not seen her that week.", "Probation wrote to {T} {N} at the hostel.",
          "{T} {N} denied the assault when interviewed.", "The officer spoke to {T} {N} at 02:10.",
          "According to {T} {N}, the children were asleep.", "Housing offered {T} {N} a new tenancy.",
          '"{T} {N} was always polite," a neighbour said.', "The GP referred {T} {N} to the memory clinic.",
          "It was {T} {N} who called the police.", "The IDVA spoke to {T} {N} twice.",
          "{T} {N}'s account was not accepted by the panel."]
KINDS = ["guess wrong"] * 3 + ["guess right", "with a relative", "solid other sex", "one country other sex",
                               "guess wrong", "with a child", "record form", "other sex title", "other sex title"]
CONTROLS = ("solid other sex", "one country other sex")
OTHER = {"m": "f", "f": "m"}


def _titled(rng: random.Random, sex: str, word: str) -> str:
    title = rng.choice(TITLES[sex])
    written = word.upper() if title.isupper() and len(title.rstrip(".")) > 1 else word
    return rng.choice(FRAMES).format(T=title, N=written)


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"first_words_mainly_family_names:{seed}:{k}")
    kind = KINDS[k % len(KINDS)]
    victim = {"name": "Lorraine Hartley", "pseudonym": "Victim A"}
    people: list[dict] = []
    avoid = None
    if kind in ("with a child", "record form"):
        family, guess, men, women = rng.choice(FAMILIES)
        sex = rng.choice("mf")
        given = rng.choice(men if sex == "m" else women)
        pseudonym = rng.choice(PSEUDONYMS[sex])
        people.append({"name": f"{family} {given}", "pseudonym": pseudonym})
        words, expect = [family, *given.split()], pseudonym
        if kind == "with a child":
            people.append({"name": f"{rng.choice(['Kacper', 'Mia', 'Yusuf', 'Ella'])} {family}", "role": "child"})
            sentence = _titled(rng, sex, family)
        else:
            written = rng.choice([f"{family}, {given}", f"{family.upper()}, {given}", f"{given[0]}. {family}",
                                  f"{given[0]} {family}"])
            sentence = rng.choice(FRAMES).format(T="", N=written).replace("  ", " ").lstrip()
            sentence = sentence[0].upper() + sentence[1:]
    elif kind == "other sex title":
        family, guess, men, women = rng.choice(FAMILIES)
        sex = rng.choice("mf")
        given = rng.choice(men if sex == "m" else women)
        pseudonym = rng.choice(PSEUDONYMS[sex])
        people.append({"name": f"{family} {given}", "pseudonym": pseudonym})
        words, expect, avoid = [family, *given.split()], None, pseudonym
        sentence = _titled(rng, OTHER[sex], rng.choice([family, given.split()[-1]]))
    elif kind in CONTROLS:
        sex = rng.choice("mf")
        given = rng.choice(SOLID[sex] if kind == "solid other sex" else ONE_COUNTRY[sex])
        surname = rng.choice(SOLID_SURNAMES if kind == "solid other sex" else ONE_COUNTRY_SURNAMES)
        pseudonym = rng.choice(PSEUDONYMS[sex])
        people.append({"name": f"{given} {surname}", "pseudonym": pseudonym})
        words, expect, avoid = [surname], None, pseudonym
        sentence = _titled(rng, OTHER[sex], surname)
    else:
        family, guess, men, women = rng.choice(FAMILIES)
        sex = guess if kind == "guess right" else OTHER[guess]
        given = rng.choice(men if sex == "m" else women)
        pseudonym = rng.choice(PSEUDONYMS[sex])
        people.append({"name": f"{family} {given}", "pseudonym": pseudonym})
        if kind == "with a relative":
            other = OTHER[sex]
            relative = rng.choice([p for p in PSEUDONYMS[other] if p != pseudonym])
            people.append({"name": f"{rng.choice(RELATIVES[other])} {family}", "pseudonym": relative})
            avoid = relative
        words, expect = [family, *given.split()], pseudonym
        # the title before the family name (written first), or before the last word, as a writer unaware of the
        # order writes it ("Mr Wei" of Li Wei)
        sentence = _titled(rng, sex, rng.choice([family, given.split()[-1]]))
    if rng.random() < 0.5:
        people.append({"name": rng.choice(["Chloe Evans", "Kwabena Asante", "Marek Zielinski"]),
                       "pseudonym": "Friend B"})
    rng.shuffle(people)
    return {"seed": seed, "kind": kind, "words": words, "expect": expect, "avoid": avoid, "sentence": sentence,
            "rules": {"version": 1, "review": "generated", "people": [victim, *people],
                      "dates": {"date_of_death": "2023-07-09"}}}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    if any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", output, re.IGNORECASE) for word in case["words"]):
        return "left"
    if case["avoid"] and re.search(rf"(?<!\w){case['avoid']}(?!\w)", output, re.IGNORECASE):
        return "mapping"
    if case["expect"] and (not re.search(rf"(?<!\w){case['expect']}(?!\w)", output, re.IGNORECASE)
                           or re.search(r"(?i)(?<!\w)(?:person|child) [0-9]", output)):
        return "mapping"
    if case["kind"] == "record form" and (len(re.findall(rf"(?i)(?<!\w){case['expect']}(?!\w)", output)) > 1
                                          or re.search(rf"(?<!\w)[A-Z]\.? {case['expect']}", output)):
        return "reads badly"
    return None


def redact(case: dict) -> str:
    from quietly import redact_text

    return redact_text(case["sentence"], case["rules"])


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: outcome(case, redact(case)), lambda case: False,
                         show="-v" in sys.argv)
