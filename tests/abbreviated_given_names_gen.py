"""A listed person's given name in its standard written abbreviation ("Md Abdul Jalil", "Mohd Faizal", "Ma. Luisa
Reyes", "Wm. H. Clarke" of a listed Mohammed Abdul Jalil, Muhammad Faizal, Maria Luisa Reyes, William Henry
Clarke), and the rules written with the abbreviation, as a passport writes the name (2026-12-07, stop 56, from the
lead's reading of a fictional draft of a British Bangladeshi family): fictional DHR sentences.

"Md. A. Jalil was arrested." came out "Place 1 Person 1 was arrested." and "Mohd Jalil" "Person 1"; with "Md Abdul
Jalil" in the rules, "The MD of the restaurant said no." came out "The KARIM of the restaurant said no." (the
abbreviation alone was a form of the person) and "Mohammed Abdul Jalil was arrested." "Person 1 Karim was
arrested.".

Kinds:
  "listed in full"   the rules write the name in full, the draft abbreviates the given name;
  "listed short"     the rules write the abbreviation, the draft writes the name in full or short;
  "control word"     with the abbreviation in the rules: "MD" (a doctor, a director), "Ma" (a mother) stay;
  "control other"    the abbreviation before another surname ("Md Rahman"): another person, never the pseudonym.
Each case: {"seed", "kind", "family" (index in RULES), "sentence"}.
``outcome``: "left" (a name word survives), "mapping" (the pseudonym missing, or a "Person N"/"Place N" in its
place), "changed" (control word: the sentence changed), "merged" (control other: the pseudonym written).
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/abbreviated_given_names_gen.py
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# (given name in full, the abbreviations a draft writes, the rest of the name, pseudonym, title)
FAMILIES = [
    ("Mohammed", ["Md", "Md.", "Mohd", "Mohd."], ["Abdul", "Jalil"], "Karim", "Mr"),
    ("Muhammad", ["Md", "Mohd", "Muhd", "Muhd."], ["Imran", "Qureshi"], "Omar", "Mr"),
    ("Mohamed", ["Md.", "Mohd"], ["Rafiq", "Shaikh"], "Adam", "Mr"),
    ("Mohammad", ["Md", "Mohd."], ["Nurul", "Islam"], "Yusuf", "Mr"),
    ("Muhammad", ["Mohd", "Muhd"], ["Faizal", "Rahim"], "Daniel", "Mr"),
    ("Maria", ["Ma."], ["Luisa", "Reyes"], "Lucy", "Ms"),
    ("Maria", ["Ma."], ["Cristina", "Dela Cruz"], "Rose", "Mrs"),
    ("William", ["Wm", "Wm."], ["Henry", "Clarke"], "Walter", "Mr"),
    ("Thomas", ["Thos", "Thos."], ["Edward", "Price"], "Tony", "Mr"),
    ("Charles", ["Chas", "Chas."], ["Albert", "Fenwick"], "Colin", "Mr"),
    ("Robert", ["Robt", "Robt."], ["James", "Mcallister"], "Ronald", "Mr"),
]
OTHER_SURNAMES = ["Rahman", "Hossain", "Uddin", "Ali", "Begum", "Santos", "Turner", "Hughes"]

SENTENCES = ["{N} was arrested at the address.", "The GP letter was addressed to {N}.", "{N} did not attend.",
             "Police spoke to {N} on the night.", "A referral named {N} as the alleged perpetrator."]
WORD_CONTROLS = ["The MD of the restaurant said no.", "She was seen by an MD at the walk-in centre.",
                 "Her Ma said she was frightened.", "The company's MD wrote to the panel.",
                 "Medical notes (MD) were shared.", "Ma and Pa lived nearby."]


def _rules(family: int, short: bool) -> dict:
    given, shorts, rest, pseudonym, _ = FAMILIES[family]
    written = shorts[0] if short else given
    return {"version": 1, "review": "generated", "people": [{"name": " ".join([written, *rest]),
                                                            "pseudonym": pseudonym}],
            "dates": {"date_of_death": "2023-11-04"}}


# RULES[2 * family + short]
RULES = [_rules(family, short) for family in range(len(FAMILIES)) for short in (False, True)]


def _written(rng: random.Random, given: str, rest: list[str], title: str) -> str:
    middle, surname = rest[:-1], rest[-1]
    return rng.choice([
        " ".join([given, *rest]), f"{given} {surname}", " ".join([given, *(m[0] + "." for m in middle), surname]),
        f"{surname.upper()}, {' '.join([given, *middle])}", f"{title} {given} {surname}"])


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"abbreviated_given:{seed}:{k}")
    family = rng.randrange(len(FAMILIES))
    given, shorts, rest, _, title = FAMILIES[family]
    kind = rng.choice(["listed in full", "listed short", "listed short", "control word", "control other"])
    short = kind != "listed in full"
    if kind == "listed in full":
        sentence = rng.choice(SENTENCES).format(N=_written(rng, rng.choice(shorts), rest, title))
    elif kind == "listed short":
        sentence = rng.choice(SENTENCES).format(N=_written(rng, rng.choice([given, *shorts]), rest, title))
    elif kind == "control word":
        sentence = rng.choice(WORD_CONTROLS)
    else:
        sentence = rng.choice(SENTENCES).format(N=f"{rng.choice(shorts)} {rng.choice(OTHER_SURNAMES)}")
    return {"seed": seed, "kind": kind, "family": 2 * family + short, "names": family, "sentence": sentence}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    given, _, rest, pseudonym, _ = FAMILIES[case["names"]]
    if case["kind"] == "control word":
        return None if output == case["sentence"] else "changed"
    if case["kind"] == "control other":
        return "merged" if re.search(rf"(?<!\w){pseudonym}(?!\w)", output) else None
    words = [given, *(w for part in rest for w in part.split())]
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", output, re.IGNORECASE) for w in words if len(w) > 2):
        return "left"
    if not re.search(rf"(?i)(?<!\w){pseudonym}(?!\w)", output) or re.search(r"(?i)(?<!\w)(person|place) [0-9]", output):
        return "mapping"
    return None


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.family_outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="-v" in sys.argv)
