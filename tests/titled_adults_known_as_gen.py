"""An adult's title before the surname a listed adult shares with a listed child or a listed person of the other
sex, in a sentence that names the adult again by an alias or the given name ("Mr Boateng was known as Kwame B",
"Mr da Silva was known as Zé") (2026-12-07, brief "redteam57", from fictional drafts of a Ghanaian and a Brazilian
family in /tmp/rt57): fictional DHR sentences.

The sentence named Kwame by his alias, so the exclusion that reads two forms of one sentence as two people gave
"Mr Boateng" to the one other listed person of the surname, his son: "Child 1 was known by another name".

Kinds:
  "child"       the adult, the alias or given name in the sentence, and a listed child of the surname;
  "other sex"   the same with a listed adult of the other sex of the surname (a wife, a husband, a mother);
  "control"     "Mrs Mensah said Akosua was afraid" with Akosua and her mother Adwoa Mensah listed: the sentence
                names one woman, the title the other, who is rightly the mother.
Each case: {"seed", "kind", "rules", "sentence", "words", "expect", "avoid"}; ``outcome``: "left" (a listed name
word survives), "mapping" (the expected pseudonym missing, "Person N" beside it, or the other's written).
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/titled_adults_known_as_gen.py
"""
from __future__ import annotations

import random
import re
import sys

from listed_elders_and_juniors_gen import COMMUNITIES

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

PSEUDONYMS = ["Clare", "Adam", "Ruth"]
NICKNAMES = ["Bigga", "Dels", "Tiny", "Smokey", "Shorty", "Bluey", "Jojo", "Dee"]
TITLES = {"male": ["Mr"], "female": ["Mrs", "Ms"]}
KNOWN_AS = ["{T} {S} was known as {A}.", "{T} {S}, known to friends as {A}, worked nights.",
            "{T} {S} (also known as {A}) was arrested the next day.", "Staff at the café knew {T} {S} as {A}.",
            "{T} {S}, whom neighbours called {A}, denied any abuse.", "{T} {S} - {A} to the family - did not attend."]
CONTROLS = ["{T} {S} said {G} was afraid of him.", "{T} {S} told the panel that {G} had changed.",
            "According to {T} {S}, {G} rarely went out."]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"titled_adults_known_as:{seed}:{k}")
    _, surnames, men, women = rng.choice(COMMUNITIES)
    surname = rng.choice(surnames)
    kind = rng.choice(["child", "child", "other sex", "control"])
    sex = rng.choice(["male", "female"])
    pool = {"male": men, "female": women}
    given = rng.choice(pool[sex])
    other_sex = "female" if sex == "male" else "male"
    if kind == "control":
        # the listed mother or father and the adult child of the sex: the title is the parent's
        parent = rng.choice([g for g in pool[sex] if g != given])
        people = [{"name": f"{given} {surname}", "pseudonym": PSEUDONYMS[0], "role": "victim"},
                  {"name": f"{parent} {surname}", "pseudonym": PSEUDONYMS[1],
                   "role": "mother" if sex == "female" else "father"}]
        sentence = rng.choice(CONTROLS).format(T=rng.choice(TITLES[sex]), S=surname, G=given)
        expect, avoid = PSEUDONYMS[1], "Person [0-9]+"
    else:
        alias = rng.choice([rng.choice(NICKNAMES), f"{given} {surname[0]}", f"Big {given}", given])
        people = [{"name": f"{given} {surname}", "pseudonym": PSEUDONYMS[0], "role": rng.choice(["victim", "perpetrator"]),
                   "aliases": [alias] if alias != given else []}]
        if kind == "child":
            child = rng.choice([g for g in men + women if g != given])
            people.append({"name": f"{child} {surname}", "role": "child"})
            avoid = "Child [0-9]+"
        else:
            spouse = rng.choice(pool[other_sex])
            roles = {"female": ["wife", "mother", "victim", "partner"], "male": ["husband", "father", "perpetrator",
                                                                                 "partner"]}
            people.append({"name": f"{spouse} {surname}", "pseudonym": PSEUDONYMS[1],
                           "role": rng.choice(roles[other_sex])})
            avoid = PSEUDONYMS[1]
        sentence = rng.choice(KNOWN_AS).format(T=rng.choice(TITLES[sex]), S=surname, A=alias)
        expect = PSEUDONYMS[0]
    words = sorted({word for person in people for word in re.findall(r"[^\W\d_]{3,}", person["name"])})
    rules = {"version": 1, "review": "generated", "people": people, "dates": {"date_of_death": "2023-11-04"}}
    return {"seed": seed, "kind": kind, "rules": rules, "sentence": sentence, "words": words, "expect": expect,
            "avoid": avoid}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    from redact.normalise import fold_key

    folded = fold_key(output)
    if any(re.search(rf"(?<!\w){re.escape(fold_key(word))}(?!\w)", folded) for word in case["words"]):
        return "left"
    if re.search(rf"(?<!\w)(?:{case['avoid']})(?!\w)", output) \
            or not re.search(rf"(?<!\w){case['expect']}(?!\w)", output) \
            or re.search(r"(?<!\w)Person [0-9]", output):
        return "mapping"
    return None


def outcome_of(case: dict) -> str | None:
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    try:
        return outcome(case, quietly.redact_text(case["sentence"], case["rules"]))
    except ValueError:
        return "crash"   # "overlapping edits": two replacements over one span


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], outcome_of, lambda case: False, show="-v" in sys.argv)
