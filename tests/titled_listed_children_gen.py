"""An adult's title before a surname a listed adult shares with a listed child ("Mr Li" with Wei Li and his son
Yusuf Li, "role: child", listed) (2026-12-07, from the author-rules red team, seed 52): fictional DHR sentences.

"Mr Li's account was not accepted by the panel." came out "Child 1's account …": the title's sex picked the one
listed person known to be a man, the boy. A child takes no adult's title ("Mr", "Mrs", "Ms", "Herr", "Pani"...), so
such a title is the adult's; "Master" and "Miss" may still be the child's.

Each case: {"seed", "kind", "family", "sentence", "expect" (the adult's pseudonym, for "adult title")}.
``outcome``: the surname left, or for "adult title" the adult's pseudonym not written (or a child's written).
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/titled_listed_children_gen.py
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# (surname, the adult (name, pseudonym), the children (names), the adult's titles)
FAMILIES = [
    ("Li", ("Wei Li", "Ralph"), ["Yusuf Li"], ["Mr", "Mr.", "MR", "Mister"]),
    ("Warsame", ("Hodan Warsame", "Mary"), ["Abdi Warsame", "Nasra Warsame"], ["Mrs", "Ms", "Ms.", "MRS"]),
    ("Nowak", ("Tomasz Nowak", "Peter"), ["Kacper Nowak"], ["Mr", "Pan", "Mr."]),
    ("Nowak", ("Halina Nowak", "Irene"), ["Zofia Nowak", "Kacper Nowak"], ["Mrs", "Pani", "Ms"]),
    ("Mensah", ("Kwabena Mensah", "Mark"), ["Kofi Mensah"], ["Mr", "Mister", "MR."]),
    ("Begum", ("Rahima Begum", "Alice"), ["Ayesha Begum"], ["Mrs", "Ms", "Mrs."]),
    ("Schneider", ("Jutta Schneider", "Nina"), ["Lena Schneider", "Jonas Schneider"], ["Frau", "Mrs", "Ms"]),
    ("Fernández", ("Javier Fernández", "Oscar"), ["Mateo Fernández"], ["Señor", "Mr", "Sr."]),
    ("McDonagh", ("Bridget McDonagh", "Ann"), ["Patrick McDonagh", "Mary-Kate McDonagh"], ["Mrs", "Ms", "MRS"]),
    ("Popescu", ("Florin Popescu", "Leo"), ["Andrei Popescu"], ["Mr", "Domnul", "Mr."]),
    ("Kazlauskas", ("Tomas Kazlauskas", "Adam"), ["Lukas Kazlauskas"], ["Mr", "Ponas", "MR"]),
]
RULES = [{"version": 1, "review": "generated",
          "people": [{"name": adult, "pseudonym": pseudonym}] + [{"name": child, "role": "child"} for child in kids],
          "dates": {"date_of_death": "2023-07-09"}} for _, (adult, pseudonym), kids, _ in FAMILIES]
FRAMES = ["{T} {N}'s account was not accepted by the panel.", "Probation wrote to {T} {N} at the hostel.",
          "{T} {N} denied the assault when interviewed.", "The officer arrested {T} {N} at 02:10.",
          "According to {T} {N}, the children were asleep.", "Housing offered {T} {N} a new tenancy.",
          '"{T} {N} was always polite," a neighbour said.', "The GP referred {T} {N} to the memory clinic."]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"titled_children:{seed}:{k}")
    family = rng.randrange(len(FAMILIES))
    surname, (_, pseudonym), _, titles = FAMILIES[family]
    title = rng.choice(titles)
    written = surname.upper() if title.isupper() and len(title.rstrip(".")) > 1 else surname
    return {"seed": seed, "kind": "adult title", "family": family, "expect": pseudonym,
            "sentence": rng.choice(FRAMES).format(T=title, N=written)}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    surname = FAMILIES[case["family"]][0]
    if re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", output, re.IGNORECASE):
        return "left"
    if not re.search(rf"(?<!\w){case['expect']}(?!\w)", output, re.IGNORECASE) \
            or re.search(r"(?i)(?<!\w)child [0-9]", output):
        return "mapping"
    return None


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.family_outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="-v" in sys.argv)
