"""A community's word of respect or kinship before a listed person's given name or alias (the Filipino "Kuya Rody",
"Tita Tess", "Manang", "Lolo"; the Yoruba "Oga Segun", "Egbon"; the Somali "Aabe Abdi", "Adeer", "Habaryar Hodan";
the Cantonese "Ah Ling", "Ah Fai") (2026-12-07, brief "redteam56", from fictional drafts of a Filipino, a Yoruba, a
Somali and a Chinese family): fictional DHR sentences.

"Kuya Rody was there." came out "Person 1 was there.": the two words were read as one unknown name holding the
listed alias, and the listed partner lost his pseudonym; with "Ah Ling" an alias, "Ah" was a word of her name, and
"Ah Fai" (the husband) became "Lily Daniel".

Kinds:
  "given"    the word before the listed given name or alias ("Kuya Rody" -> "Kuya Mark");
  "ah"       the Cantonese "Ah" before a listed person's name when another's alias is written with it ("Ah Fai"
             beside Mei Ling's "Ah Ling"; her own listed "Ah Ling" is her pseudonym whole);
  "control"  a relative the rules do not list, whose given name is such a word, before the listed surname ("Lola
             Santos", "Tito Santos"), and the listed given name alone: the relative is replaced whole (no word
             beside the pseudonym), the listed name is the person's.
Each case: {"seed", "kind", "family" (index in RULES), "sentence", "expected"}. ``outcome``: "left" (a listed name
word survives), "mapping" (not what the rules make of it), "control kept" (the relative's word beside a pseudonym).
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/kin_words_before_given_names_gen.py
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# (listed people: (name, pseudonym, aliases, the words of respect before the given name, the name so written))
FAMILIES = [
    [("Rodrigo Santos", "Mark", ["Rody", "Digoy"], ["Kuya", "Manong", "Tito", "Lolo"], ["Rody", "Rodrigo", "Digoy"]),
     ("Ma. Theresa Dela Cruz", "Anna", ["Tess", "Maria Theresa Dela Cruz"], ["Ate", "Tita", "Manang", "Lola"],
      ["Tess", "Theresa"])],
    [("Olusegun Adebayo", "Peter", ["Segun"], ["Oga", "Egbon", "Baba"], ["Segun", "Olusegun"]),
     ("Funmilayo Adebayo", "Grace", ["Funmi"], ["Iya", "Aunty", "Mama"], ["Funmi", "Funmilayo"])],
    [("Abdi Farah Nur", "Omar", [], ["Aabe", "Adeer", "Abti", "Aabo"], ["Abdi"]),
     ("Hodan Abdi Farah", "Sara", ["Hoodo"], ["Hooyo", "Habaryar", "Eedo"], ["Hodan", "Hoodo"])],
    [("Mei Ling Chan", "Lily", ["Mandy Chan", "Ah Ling"], ["Ah"], ["Ling"]),
     ("Wong Kar Fai", "Daniel", ["Kevin Wong"], ["Ah"], ["Fai"])],
    [("Jocelyn Reyes", "Ruth", ["Joy"], ["Ate", "Tita", "Lola", "Manang"], ["Joy", "Jocelyn"]),
     ("Eduardo Reyes", "Paul", ["Eddie"], ["Kuya", "Tito", "Lolo", "Manong"], ["Eddie", "Eduardo"])],
    [("Amina Warsame Ali", "Leila", ["Amina Ali"], ["Hooyo", "Eedo", "Habaryar"], ["Amina"]),
     ("Yusuf Hassan Ali", "Ahmed", [], ["Aabo", "Adeer", "Abti"], ["Yusuf"])],
    [("Kehinde Ogunleye", "Ruth", ["Kenny"], ["Iya", "Aunty"], ["Kehinde", "Kenny"]),
     ("Babatunde Ogunleye", "Paul", ["Tunde"], ["Oga", "Egbon"], ["Tunde", "Babatunde"])],
]
# a relative's given name that is such a word too, before the listed surname
RELATIVE_WORDS = ["Lola", "Tito", "Lolo"]

SENTENCES = ["{N} was kind to her.", "The panel heard that {N} visited every week.", "She told {N} about the bruises.",
             "According to {N}, the couple argued often.", "{N} did not attend the meeting.",
             "A neighbour said {N} was feared."]


def _rules(family: int) -> dict:
    return {"version": 1, "review": "generated",
            "people": [{"name": name, "pseudonym": pseudonym, "aliases": aliases}
                       for name, pseudonym, aliases, _, _ in FAMILIES[family]],
            "dates": {"date_of_death": "2023-11-04"}}


RULES = [_rules(family) for family in range(len(FAMILIES))]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"kin_words_before:{seed}:{k}")
    family = rng.randrange(len(FAMILIES))
    name, pseudonym, _, words, written = rng.choice(FAMILIES[family])
    kind = rng.choice(["given", "given", "control"])
    template = rng.choice(SENTENCES)
    if FAMILIES[family][0][3] == ["Ah"]:
        kind = "ah" if kind == "given" else kind
    if kind in ("given", "ah"):
        word = rng.choice(words)
        named = f"{word} {rng.choice(written)}"
        listed_alias = named in (alias for _, _, aliases, _, _ in FAMILIES[family] for alias in aliases)
        expected = pseudonym if listed_alias else f"{word} {pseudonym}"     # "Ah Ling" listed whole
    elif rng.random() < 0.5 and len(name.split()) >= 2 and family in (0, 4):
        word = rng.choice(RELATIVE_WORDS)
        named, expected = f"{word} {name.split()[-1]}", ""
    else:
        word = ""
        named, expected = rng.choice(written), pseudonym
    return {"seed": seed, "kind": kind, "family": family, "word": word, "sentence": template.format(N=named),
            "expected": template.format(N=expected) if expected else ""}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    for name, _, aliases, _, written in FAMILIES[case["family"]]:
        for word in {*re.findall(r"[^\W\d_]+", " ".join([name, *aliases])), *written}:
            if len(word) > 2 and word not in ("Ling", "Fai") and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w])",
                                                                          output):
                return "left"
    if not case["expected"]:
        # the unlisted relative: replaced whole, never the word beside a listed pseudonym
        pseudonyms = "|".join(re.escape(p) for _, p, _, _, _ in FAMILIES[case["family"]])
        return "control kept" if re.search(rf"(?<!\w){case['word']}\W{{1,2}}(?:{pseudonyms})(?!\w)", output) \
            or re.search(rf"(?<!\w){case['word']}(?!\w)", output) else None
    return None if output == case["expected"] else "mapping"


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.family_outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="-v" in sys.argv)
