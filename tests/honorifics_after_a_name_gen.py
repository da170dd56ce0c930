"""A listed person's name followed by a community's word of respect or kinship ("Rokeya Apa", "Nasima Bhabhi",
"Jalil Sahib", "Harjit ji", "Ayşe Hanım", "Mehmet Bey", "Yuki-san", "Ji-woo eonni", "Maryam Khanum") (2026-12-07,
stop 56, from the lead's reading of a fictional draft of a British Bangladeshi family): fictional DHR sentences.

"Rokeya Apa was kind." came out "Person 1 was kind.": the model read the two words as one name, which held the
listed "Rokeya" and a word no list knows, so it was an unknown person, and the listed victim lost her pseudonym.

Kinds:
  "apart"      the word of respect after the name, with its capital ("Nasima Bhabhi", "Mehmet Bey");
  "joined"     joined by a hyphen ("Yuki-san", "Maryam-joon", "Rokeya-apa");
  "small"      in small letters ("Harjit ji", "Ji-woo eonni");
  "possessive" with a possessive ("Rokeya Apa's flat");
  "control"    the listed given name before a word that is a surname or a given name too ("Rokeya Chan",
               "Yuki San", "Harjit Ji", "Maryam Jan", "Nasreen Bibi"): another person of that name, replaced
               whole; the word never survives and never stands beside the listed person's pseudonym.
Each case: {"seed", "kind", "family" (index in RULES), "word", "sentence"}.
``outcome``: "left" (a listed name word survives), "mapping" (the pseudonym missing or a "Person N" instead),
"word lost" (the word of respect is gone), "control kept" (control: the other word survives or stands beside the
pseudonym). TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/honorifics_after_a_name_gen.py
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# (listed name, pseudonym, words written apart with a capital, words joined by a hyphen or in small letters)
FAMILIES = [
    ("Rokeya Begum", "Amina", ["Apa", "Apu", "Bhabi", "Khala", "Nani", "Aunty"], ["apa", "apu"]),
    ("Nasreen Akhtar", "Sara", ["Baji", "Bhabhi", "Khala", "Aunty", "Phuppo"], ["ji", "jee"]),
    ("Tariq Mahmood", "Omar", ["Bhai", "Bhaijaan", "Sahib", "Chacha", "Mamu", "Uncle"], ["bhai", "sahib"]),
    ("Harjit Kaur", "Rita", ["Bhenji", "Aunty", "Masi", "Didi"], ["ji"]),
    ("Gurdev Singh", "Dev", ["Paaji", "Veerji", "Uncle", "Chachu"], ["ji", "paaji"]),
    ("Meena Patel", "Mina", ["Didi", "Masi", "Aunty", "Mausi"], ["didi", "ji"]),
    ("Ayşe Yılmaz", "Elif", ["Hanım", "Abla", "Teyze"], ["hanım", "abla"]),
    # (the Turkish "Abi" with a capital is the English given name too: only "abi", "-abi")
    ("Mehmet Demir", "Ali", ["Bey", "Amca", "Dayı"], ["bey", "abi"]),
    ("Yuki Tanaka", "Hana", ["Sensei"], ["san", "chan", "sama", "sensei"]),
    ("Ji-woo Park", "Jane", ["Eonni", "Unni"], ["eonni", "unni", "ssi", "nim"]),
    ("Min-jun Kim", "Mark", ["Hyung", "Oppa"], ["hyung", "oppa", "ssi"]),
    ("Maryam Hosseini", "Leila", ["Khanum", "Khanom"], ["joon", "jan", "jaan"]),
    ("Shahida Chowdhury", "Ruth", ["Apa", "Khala", "Nani", "Dadi"], ["apa", "apu"]),
    ("Kamal Uddin", "Carl", ["Bhai", "Bhaiya", "Chacha", "Mamu", "Nanu"], ["bhai", "sahib"]),
]
# a surname, a given name or a syllable of one that is no word of respect when written apart with its capital
CONTROL_WORDS = ["Chan", "Jie", "Ji", "San", "Jan", "Joon", "Bibi", "Khan", "Ahmed", "Mistry", "Kun", "Sahin"]

SENTENCES = ["{N} was kind to her.", "The panel heard that {N} visited every week.", "She told {N} about the bruises.",
             "According to {N}, the couple argued often.", "{N} did not attend the meeting.",
             "A neighbour, {N}, called the police."]
POSSESSIVE = ["{N}'s flat was two streets away.", "The children stayed at {N}'s house.",
              "{N}'s account was not accepted."]


def _rules(family: int) -> dict:
    name, pseudonym, _, _ = FAMILIES[family]
    return {"version": 1, "review": "generated", "people": [{"name": name, "pseudonym": pseudonym}],
            "dates": {"date_of_death": "2023-11-04"}}


RULES = [_rules(family) for family in range(len(FAMILIES))]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"honorifics_after:{seed}:{k}")
    family = rng.randrange(len(FAMILIES))
    name, _, apart, joined = FAMILIES[family]
    given = name.split()[0]
    written = rng.choice([given, name, name.split()[-1]]) if rng.random() < 0.3 else given
    kind = rng.choice(["apart", "joined", "small", "possessive", "control"])
    if kind == "apart":
        word, named = rng.choice(apart), None
        named = f"{written} {word}"
    elif kind == "joined":
        word = rng.choice(joined)
        named = f"{written}-{word}"
    elif kind == "small":
        word = rng.choice(joined)
        named = f"{written} {word}"
    elif kind == "possessive":
        word = rng.choice(apart)
        named = f"{written} {word}"
    else:
        word = rng.choice([w for w in CONTROL_WORDS if w.casefold() not in name.casefold()])
        named = f"{given} {word}"
    template = rng.choice(POSSESSIVE if kind == "possessive" else SENTENCES)
    return {"seed": seed, "kind": kind, "family": family, "word": word, "sentence": template.format(N=named)}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    name, pseudonym, _, _ = FAMILIES[case["family"]]
    for word in re.findall(r"[^\W\d_]+", name):
        if len(word) > 2 and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w])", output, re.IGNORECASE):
            return "left"
    word = case["word"]
    if case["kind"] == "control":
        beside = re.search(rf"(?i){pseudonym}\W{{1,2}}{re.escape(word)}(?!\w)", output)
        return "control kept" if beside or re.search(rf"(?<![\w-]){re.escape(word)}(?!\w)", output) else None
    if not re.search(rf"(?<!\w){pseudonym}(?!\w)", output) or re.search(r"(?i)(?<!\w)person [0-9]", output):
        return "mapping"
    return None if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", output) else "word lost"


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.family_outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="-v" in sys.argv)
