"""An adult's title before a family name the rules write FIRST ("Kim Min-jun", "Nagy Zoltán", "Wang Jianhua"), which
a listed child (or another adult) has as a surname ("Kacper Kim", "role: child") (2026-12-07, helper sweep53, from
``benchmarks/author_rules_redteam.py --seed 56``): fictional DHR sentences.

"Mr Kim's account was not accepted by the panel." came out "Child 1's account …": the adult's first word, which
may be his family name written first, had no titled forms, so "Mr Kim" was the boy's form alone and the title could
not weigh the father. Written given name first ("Min-jun Kim") it was right.

Each case: {"seed", "kind", "sentence", "rules", "surname", "expect"}: "adult title" expects the adult's pseudonym;
"no child" (controls: nobody else listed has the family name) and "western order" (controls: the adult listed given
name first) must read as they did on main, compared by ``test_family_first_titled``.
``outcome``: the family name left, or the expected pseudonym not written (or a child's written).
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/family_first_titled_gen.py
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# (family name, given names of a man, of a woman): communities that write the family name first
FAMILIES = [
    ("Kim", ["Min-jun", "Ji-hoon", "Dong-hyun"], ["Seo-yeon", "Ji-woo", "Hye-jin"]),
    ("Park", ["Sung-min", "Jae-won"], ["Min-seo", "Eun-ji"]),
    ("Choi", ["Hyun-woo", "Seung-ho"], ["Ye-jin", "So-yeon"]),
    ("Wang", ["Jianhua", "Haoran"], ["Xiuying", "Meifang"]),
    ("Zhang", ["Wei", "Jun"], ["Xiaoling", "Jingyi"]),
    ("Huang", ["Zhiqiang", "Dawei"], ["Lihua", "Yanling"]),
    ("Nagy", ["Zoltán", "László"], ["Erzsébet", "Katalin"]),
    ("Kovács", ["Attila", "Gábor"], ["Zsófia", "Ildikó"]),
    ("Nguyen", ["Van Minh", "Duc Anh"], ["Thi Lan", "Thu Trang"]),
    ("Tran", ["Quoc Bao", "Van Hung"], ["Thi Huong", "Ngoc Anh"]),
    ("Sato", ["Hiroshi", "Kenji"], ["Yumiko", "Akiko"]),
    ("Tanaka", ["Takeshi", "Daisuke"], ["Naoko", "Emiko"]),
]
CHILDREN = {"m": ["Kacper", "Daniel", "Yusuf", "Leo", "Joshua", "Ethan"],
            "f": ["Mia", "Grace", "Amelia", "Sofia", "Chloe", "Ella"]}
SPOUSES = {"m": ["David", "Michael", "Paul"], "f": ["Sarah", "Emma", "Laura"]}   # listed given name first
PSEUDONYMS = {"m": ["Ralph", "Norman", "Basil", "Cyril"], "f": ["Hilda", "Mabel", "Edith", "Ivy"]}
TITLES = {"m": ["Mr", "Mr.", "MR", "Mister"], "f": ["Mrs", "Ms", "Ms.", "MRS"]}
FRAMES = ["{T} {N}'s account was not accepted by the panel.", "Probation wrote to {T} {N} at the hostel.",
          "{T} {N} denied the assault when interviewed.", "The officer arrested {T} {N} at 02:10.",
          "According to {T} {N}, the children were asleep.", "Housing offered {T} {N} a new tenancy.",
          '"{T} {N} was always polite," a neighbour said.', "The GP referred {T} {N} to the memory clinic.",
          "It was {T} {N} who called the police.", "The IDVA spoke to {T} {N} twice."]
KINDS = ["adult title"] * 4 + ["no child", "western order"]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"family_first_titled:{seed}:{k}")
    kind = KINDS[k % len(KINDS)]
    family, men, women = rng.choice(FAMILIES)
    sex = rng.choice("mf")
    given = rng.choice(men if sex == "m" else women)
    pseudonym = rng.choice(PSEUDONYMS[sex])
    adult = {"name": f"{given} {family}" if kind == "western order" else f"{family} {given}", "pseudonym": pseudonym}
    people = [adult]
    if kind != "no child":
        children = rng.sample(CHILDREN["m"] + CHILDREN["f"], rng.choice((1, 1, 2)))
        people += [{"name": f"{child} {family}", "role": "child"} for child in children]
        if rng.random() < 0.4:
            # the other parent, listed with the family name too and a given name of the other sex
            other = "f" if sex == "m" else "m"
            people.append({"name": f"{rng.choice(SPOUSES[other])} {family}", "pseudonym": rng.choice(PSEUDONYMS[other])})
    rng.shuffle(people)
    victim = {"name": "Lorraine Hartley", "pseudonym": "Victim A"}
    title = rng.choice(TITLES[sex])
    written = family.upper() if title.isupper() and len(title.rstrip(".")) > 1 else family
    return {"seed": seed, "kind": kind, "surname": family, "expect": pseudonym,
            "rules": {"version": 1, "review": "generated", "people": [victim, *people],
                      "dates": {"date_of_death": "2023-07-09"}},
            "sentence": rng.choice(FRAMES).format(T=title, N=written)}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    if re.search(rf"(?<!\w){re.escape(case['surname'])}(?!\w)", output, re.IGNORECASE):
        return "left"
    if not re.search(rf"(?<!\w){case['expect']}(?!\w)", output, re.IGNORECASE) \
            or re.search(r"(?i)(?<!\w)child [0-9]", output):
        return "mapping"
    return None


def redact(case: dict) -> str:
    from quietly import redact_text

    return redact_text(case["sentence"], case["rules"])


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: outcome(case, redact(case)), lambda case: False,
                         show="-v" in sys.argv)
