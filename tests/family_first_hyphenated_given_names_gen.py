"""A listed name written family name first ("Wong Kar Fai", "Chan Siu Ming", "Kim Min Jun"), written in the text the
English way round with its two-syllable given name hyphenated ("Kar-Fai Wong", "Siu-ming Chan", "Min-Jun Kim")
(2026-12-07, brief "redteam56", from a fictional draft of a Hong Kong Chinese family): fictional DHR sentences.

"Kar-Fai Wong had a conviction from 2014." came out "Person 1 had a conviction from 2014.": the rules' order with
the hyphen ("Wong Kar-Fai") and the other order without it ("Kar Fai Wong") were forms of his, this one was not, and
the listed man was an unknown person.

Kinds:
  "hyphen"   the given name hyphenated before the family name, its second syllable with or without a capital, the
             family name in capitals perhaps ("Kar-fai WONG"), after a title perhaps;
  "control"  a relative the rules do not list, the same family name after another hyphenated given name ("Ka-Ho
             Wong"): never the listed person's pseudonym.
Each case: {"seed", "kind", "family" (index in RULES), "sentence"}. ``outcome``: "left" (a listed name word
survives), "mapping" (the pseudonym missing or a "Person N" instead), "control taken" (the relative given the
listed pseudonym). TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/family_first_hyphenated_given_names_gen.py
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# (listed name family first, pseudonym, title, a relative's given name of the same family)
FAMILIES = [
    ("Wong Kar Fai", "Daniel", "Mr", "Ka Ho"), ("Chan Siu Ming", "Wei", "Mr", "Wing Sze"),
    ("Kim Min Jun", "Mark", "Mr", "Ji Ho"), ("Park Ji Woo", "Jane", "Ms", "Seo Yun"),
    ("Lee Seo Yeon", "Sue", "Mrs", "Hye Jin"), ("Zhang Wei Ming", "Tom", "Mr", "Li Na"),
    ("Liu Xiao Hong", "Rose", "Ms", "Jian Guo"), ("Ho Wing Yan", "Amy", "Miss", "Chi Keung"),
    ("Lau Ka Man", "Kate", "Ms", "Siu Wai"), ("Cheung Chi Keung", "Sam", "Mr", "Mei Yee"),
    ("Choi Eun Ji", "Grace", "Ms", "Dong Hyun"), ("Huang Jia Hui", "Lucy", "Ms", "Zhi Wei"),
]

SENTENCES = ["{N} had a conviction from 2014.", "The GP saw {N} twice in March.", "Police spoke to {N} at the address.",
             "A statement from {N} was read to the panel.", "{N} told the panel that the family had been worried.",
             "The IDVA had no contact with {N}."]


def _rules(family: int) -> dict:
    name, pseudonym, _, _ = FAMILIES[family]
    return {"version": 1, "review": "generated", "people": [{"name": name, "pseudonym": pseudonym}],
            "dates": {"date_of_death": "2023-11-04"}}


RULES = [_rules(family) for family in range(len(FAMILIES))]


def _hyphenated(given: str, rng: random.Random) -> str:
    first, second = given.split()
    return f"{first}-{second if rng.random() < 0.5 else second.lower()}"


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"family_first_hyphenated:{seed}:{k}")
    family = rng.randrange(len(FAMILIES))
    name, _, title, relative = FAMILIES[family]
    surname, given = name.split()[0], " ".join(name.split()[1:])
    kind = rng.choice(["hyphen", "hyphen", "control"])
    written = _hyphenated(given if kind == "hyphen" else relative, rng)
    family_name = surname.upper() if rng.random() < 0.2 else surname
    named = f"{written} {family_name}"
    if kind == "hyphen" and rng.random() < 0.25:
        named = f"{title} {named}"
    return {"seed": seed, "kind": kind, "family": family, "sentence": rng.choice(SENTENCES).format(N=named)}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    name, pseudonym, _, relative = FAMILIES[case["family"]]
    words = name.split() if case["kind"] == "hyphen" else [name.split()[0], *relative.split()]
    for word in words:
        if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", output, re.IGNORECASE):
            return "left"
    if case["kind"] == "control":
        return "control taken" if re.search(rf"(?<!\w){pseudonym}(?!\w)", output) else None
    if not re.search(rf"(?<!\w){pseudonym}(?!\w)", output) or re.search(r"(?i)(?<!\w)person [0-9]", output):
        return "mapping"
    return None


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.family_outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="-v" in sys.argv)
