"""A listed adult's two-syllable given name written joined or hyphenated, marks and all, before a surname he shares
with a listed child ("VănMinh Trần", "Văn-Minh Trần" of Văn Minh Trần, with Ciara Trần "role: child", listed)
(2026-12-07, from the author-rules red team, seeds 10, 13, 14): fictional DHR sentences.

"Trần denied the assault. VănMinh Trần called the helpline." came out "Child 1 denied the assault. Norman called
…": the joined given name and the surname were two finds, the surname went by exclusion to the child, and that
vote made every bare "Trần" of the document the child's. "Văn-Minh Trần called." came out "Person 1 called.".

Kinds (each with the adult's given pair written joined, camel-cased, hyphenated, in capitals or without its marks):
  "joined then bare"   the joined full name, then the bare surname in another sentence;
  "bare then joined"   the bare surname first;
  "joined alone"       the joined full name alone;
  "child listed first" as "bare then joined", with the child before the adult in the rules;
  "control"            the child's own full name and the adult's joined one: the child stays "Child N";
  "control child alone" the child's full name and the bare surname, no adult named, the child listed first: both
                       the child's, as on main (the rules' order decides where the document names no adult).
Each case: {"seed", "kind", "family" (index in RULES), "names" (index in FAMILIES), "sentence"}.
``outcome``: "left" (a name word survives), "mapping" (the adult's pseudonym missing, or a child where none is
named), "child lost" (control: the child's name not given a child's label).
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/joined_given_names_shared_surnames_gen.py
"""
from __future__ import annotations

import random
import re
import sys
import unicodedata

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# (the adult's given pair, surname, pseudonym, the child's full name): Vietnamese, Chinese (pinyin with tones),
# Korean (McCune-Reischauer), Nepali (IAST) and Yoruba names, each given word of four letters or fewer
FAMILIES = [
    (("Văn", "Minh"), "Trần", "Norman", "Ciara Trần"),
    (("Thị", "Lan"), "Nguyễn", "Susan", "Bảo Nguyễn"),
    (("Đức", "Anh"), "Phạm", "Derek", "Mai Phạm"),
    (("Jiā", "Huì"), "Wáng", "Julia", "Lily Wáng"),
    (("Měi", "Lín"), "Chén", "Maria", "Tao Chén"),
    (("Sŏ", "Yŏn"), "Pak", "Sarah", "Hana Pak"),
    (("Min", "Jŭn"), "Ch'oe", "Martin", "Dae Ch'oe"),
    (("Sītā", "Rāni"), "Gurung", "Sheila", "Asha Gurung"),
    (("Binā", "Devī"), "Tamang", "Brenda", "Pemā Tamang"),
    (("Adé", "Olá"), "Bánkọ́lé", "Adrian", "Tóyìn Bánkọ́lé"),
    (("Ọlá", "Mídé"), "Àjàyí", "Olive", "Fẹ́mi Àjàyí"),
]


def _rules(names: int, child_first: bool) -> dict:
    (a, b), surname, pseudonym, child = FAMILIES[names]
    adult = {"name": f"{a} {b} {surname}", "pseudonym": pseudonym}
    kid = {"name": child, "role": "child"}
    return {"version": 1, "review": "generated", "people": [kid, adult] if child_first else [adult, kid],
            "dates": {"date_of_death": "2022-01-31"}}


# RULES[2 * names + child_first]
RULES = [_rules(names, child_first) for names in range(len(FAMILIES)) for child_first in (False, True)]

BARE = ["{S} denied the assault.", "Police spoke to {S} at the address.", "{S} did not attend the appointment.",
        "According to {S}, the argument was about money.", "The probation officer met {S} twice."]
JOINED = ["{G} {S} called the helpline.", "The GP saw {G} {S} in March.", "{G} {S} was arrested at 02:10.",
          "A referral named {G} {S} as the alleged perpetrator.", "Housing wrote to {G} {S} about the arrears."]
CHILD = ["{C} was at school that day.", "The school nurse saw {C}.", "{C} told her teacher she was scared."]


def unmarked(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def written_given(rng: random.Random, a: str, b: str, surname: str) -> tuple[str, str]:
    style = rng.choice(["camel", "lower", "hyphen", "capitals", "unmarked camel", "unmarked hyphen"])
    given = {"camel": a + b, "lower": a + b.lower(), "hyphen": f"{a}-{b}", "capitals": f"{a}-{b}".upper(),
             "unmarked camel": a + b, "unmarked hyphen": f"{a}-{b}"}[style]
    if style == "capitals":
        surname = surname.upper()
    if style.startswith("unmarked"):
        given, surname = unmarked(given), unmarked(surname)
    return given, surname


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"joined_given_shared:{seed}:{k}")
    names = rng.randrange(len(FAMILIES))
    (a, b), surname, _, child = FAMILIES[names]
    kind = rng.choice(["joined then bare", "bare then joined", "joined alone", "child listed first", "control",
                       "control child alone"])
    given, written = written_given(rng, a, b, surname)
    joined = rng.choice(JOINED).format(G=given, S=written)
    bare = rng.choice(BARE).format(S=rng.choice([surname, written]))
    sentence = {"joined then bare": f"{joined} {bare}", "bare then joined": f"{bare} {joined}",
                "joined alone": joined, "child listed first": f"{bare} {joined}",
                "control": f"{rng.choice(CHILD).format(C=child)} {joined}",
                "control child alone": f"{rng.choice(CHILD).format(C=child)} "
                                       f"{rng.choice(BARE).format(S=surname)}"}[kind]
    child_first = kind in ("child listed first", "control child alone")
    return {"seed": seed, "kind": kind, "names": names, "family": 2 * names + child_first,
            "sentence": sentence}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    (a, b), surname, pseudonym, child = FAMILIES[case["names"]]
    words = {a, b, surname, *child.split()}
    folded = unmarked(output).casefold()
    if any(re.search(rf"(?<!\w){re.escape(unmarked(w).casefold())}(?!\w)", folded) for w in words):
        return "left"
    children = len(re.findall(r"(?<!\w)Child [0-9]+", output))
    if case["kind"] == "control child alone":
        return None if children == 2 and pseudonym.casefold() not in output.casefold() else "child lost"
    if not re.search(rf"(?i)(?<!\w){pseudonym}(?!\w)", output) or re.search(r"(?i)(?<!\w)person [0-9]", output):
        return "mapping"
    if case["kind"] == "control":
        return None if children == 1 else "child lost"
    return "mapping" if children else None


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.family_outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="-v" in sys.argv)
