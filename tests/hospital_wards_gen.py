"""A hospital ward's name ("Rowan Ward", "Nightingale Ward", "Maple Ward") where the sentence puts someone on it or
moves someone to or from it, and people whose family name is Ward (2026-12-08: "She was taken to Maple Ward, then
Rowan Ward." came out "She was taken to Person 1, then Person 2."; "She was transferred to Nightingale Ward." ->
"Person 1": the model reads a ward named after a tree, a bird or a nurse as a person called Ward).

Kinds:
  "ward"     a ward's name after a word that puts a patient on it or moves one to or from it: the sentence must not
             change (a ward's name is no one's and names no town; the hospital's own name is what the rules list);
  "person"   an unlisted person whose family name is Ward, named as a person is (spoke to, said, a neighbour): the
             person must still be replaced (nothing of the name left);
  "listed"   a listed person on or beside a ward: the listed name takes its pseudonym and the ward stays.
(Where the rules list somebody whose family name is Ward, every "Ward" capitalised is that name to the listed reader,
a ward's too: over-redaction chosen over a listed family name kept; not measured here.)
Each case: {"seed", "kind", "sentence", "expected" (the exact output, "" where only a check applies), "name"}.
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/hospital_wards_gen.py [--show]
"""
from __future__ import annotations

import random
import re

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

WARD_NAMES = ["Oak", "Rowan", "Willow", "Maple", "Cedar", "Beech", "Elm", "Hazel", "Holly", "Juniper", "Laurel",
              "Aspen", "Birch", "Sycamore", "Kingfisher", "Robin", "Heron", "Wren", "Puffin", "Nightingale",
              "Seacole", "Florence", "Cavell", "Fleming", "Lister", "Jenner", "Victoria", "Alexandra", "Windermere",
              "Derwent", "Coniston", "Bluebell", "Primrose", "Foxglove", "Lavender", "Sunflower", "Jasmine",
              "Ruby", "Sapphire", "Emerald", "Churchill", "Elizabeth", "Albert"]
WARD_SENTENCES = ["She was admitted to {W} Ward on the Tuesday.", "She was transferred to {W} Ward at 03:00.",
                  "Staff on {W} Ward noticed bruising to her arms.", "She spent four nights on {W} Ward.",
                  "She was moved from {W} Ward to the discharge lounge.", "Nurses on {W} Ward recorded her disclosure.",
                  "She was taken to {W} Ward after surgery.", "The sister on {W} Ward made a safeguarding referral.",
                  "She returned to {W} Ward the next day.", "She was discharged from {W} Ward in the evening.",
                  "He visited her twice on {W} Ward.", "She was stepped down to {W} Ward from intensive care."]
GIVEN = ["Patrick", "Rowan", "Holly", "Florence", "Jasmine", "Ruby", "Darren", "Bernadette", "Shannon", "Tyrone", "Priya",
         "Chloe", "Gary", "Leanne", "Albert", "Elizabeth"]
PERSON_SENTENCES = ["She spoke to {P} Ward about the children.", "{P} Ward said he had not seen her that week.",
                    "Her neighbour, {P} Ward, called the police.", "The panel thanks {P} Ward for her help.",
                    "She went to see {P} Ward at his flat.", "According to {P} Ward, the couple argued often."]
LISTED = ("Siobhan Kelly", "Anna")
RULES = {"version": 1, "review": "generated", "people": [{"name": LISTED[0], "pseudonym": LISTED[1]}],
         "dates": {"date_of_death": "2023-11-04"}}


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"hospital_wards:{seed}:{k}")
    kind = rng.choice(["ward", "ward", "ward", "person", "listed"])
    if kind == "ward":
        sentence = rng.choice(WARD_SENTENCES).format(W=rng.choice(WARD_NAMES))
        return {"seed": seed, "kind": kind, "sentence": sentence, "expected": sentence, "name": ""}
    if kind == "person":
        given = rng.choice([name for name in GIVEN if name != LISTED[0].split()[0]])
        return {"seed": seed, "kind": kind, "sentence": rng.choice(PERSON_SENTENCES).format(P=given), "expected": "",
                "name": given}
    ward = rng.choice(WARD_NAMES)
    template = rng.choice(["{N} was a nurse on {W} Ward.", "She told {N} on {W} Ward that she was scared.",
                           "{N} visited her on {W} Ward."])
    return {"seed": seed, "kind": kind, "sentence": template.format(N=LISTED[0], W=ward),
            "expected": template.format(N=LISTED[1], W=ward), "name": ""}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    if case["kind"] == "person":
        return "left" if re.search(rf"(?<!\w){case['name']}(?!\w)", output) else None
    if case["kind"] == "listed" and re.search(r"Siobhan|Kelly", output):
        return "left"
    return None if output == case["expected"] else "changed" if case["kind"] == "ward" else "mapping"


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="--show" in sys.argv)
