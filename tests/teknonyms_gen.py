"""A parent called by the child's name (a teknonym: the Arab kunya "Umm Ahmed", "Abu Yusuf"; the Yoruba, Swahili,
Hausa and Akan "Mama Tobi", "Iya Tobi", "Baba Njeri", "Maame Kofi"; the Somali "Hooyo Ayaan"; the Korean "Minjun
eomma"), in the rules as an alias and in the text (2026-12-07, brief "redteam56", from fictional drafts of an Arab, a
Yoruba and a Somali family): fictional DHR passages.

With "Umm Ahmed" an alias of Layla Al-Masri, "Ahmed" became a word of Layla's name: the listed son Ahmed was given
his mother's pseudonym wherever she was named ("Their son Noor was 8"); the mother called "Umm Layla" in the text
was "Person 1 Noor", and the father's "Baba Tobi" an unknown "Person 1" over the son's name.

Kinds:
  "child"   the mother named, then the listed child by the given name alone;
  "alias"   the teknonym the rules list for the mother (the kunya in another spelling too: "Um Ahmed"), and the child;
  "other"   the other parent's teknonym, which the rules do not list ("Abu Ahmed", "Baba Tobi"): the word stays and
            the child's name is the child's ("Abu Child 1");
  "grand"   the mother's own mother called by the mother's given name ("Umm Layla", "Mama Funmilayo"): the word
            stays before the mother's pseudonym ("Umm Noor");
  "control" no teknonym: the parents and the child by their names, and a word of respect before a listed person's
            own given name ("Mama Grace" of Grace herself).
Each case: {"seed", "kind", "family" (index in RULES), "sentence", "expected"}.
``outcome``: "left" (a listed name word survives), "mapping" (the text is not what the rules make of it).
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/teknonyms_gen.py
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# (mother's name, her pseudonym, her teknonym's word and its other spellings, the child's given name, the family's
#  surname for the child, the father's name, his pseudonym, his teknonym's word, the teknonym written after the name)
FAMILIES = [
    ("Layla Hassan Al-Masri", "Noor", ["Umm", "Um", "Om"], "Ahmed", "Al-Masri", "Khalid Al-Masri", "Omar", "Abu"),
    ("Samira Haddad", "Dina", ["Umm", "Oum"], "Yusuf", "Haddad", "Karim Haddad", "Tarek", "Abu"),
    ("Amna Osman", "Huda", ["Umm", "Um"], "Khalid", "Osman", "Tariq Osman", "Sami", "Abu"),
    ("Funmilayo Adebayo", "Grace", ["Mama"], "Tobi", "Adebayo", "Olusegun Adebayo", "Peter", "Baba"),
    ("Folake Ogunleye", "Ruth", ["Mama"], "Dayo", "Ogunleye", "Tunde Ogunleye", "Paul", "Baba"),
    ("Hodan Abdi Farah", "Sara", ["Hooyo"], "Ayaan", "Ali", "Mohamed Ali Hassan", "Yusuf", "Aabo"),
    ("Wanjiru Kamau", "Mary", ["Mama"], "Njeri", "Kamau", "Kiprop Kamau", "John", "Baba"),
    ("Aisha Bello", "Zara", ["Mama"], "Fatima", "Bello", "Musa Bello", "Adam", "Baba"),
    ("Akosua Mensah", "Abena", ["Maame"], "Kofi", "Mensah", "Kwame Mensah", "Kojo", "Papa"),
    ("Noor Khalil", "Rana", ["Umm", "Um"], "Omar", "Khalil", "Rami Khalil", "Fadi", "Abu"),
    ("Soo-jin Kim", "Jane", ["eomma"], "Minjun", "Park", "Jae-ho Park", "Mark", "appa"),
    ("Zainab Rahimi", "Maryam", ["Umm", "Ummu"], "Hamid", "Rahimi", "Farid Rahimi", "Dawood", "Abu"),
    ("Chiamaka Okafor", "Joy", ["Mama"], "Ebuka", "Okafor", "Emeka Okafor", "Victor", "Papa"),
]
# the teknonym's words written after the child's name ("Minjun eomma")
_AFTER = frozenset({"eomma", "omma", "appa"})


def teknonym(word: str, child: str) -> str:
    return f"{child} {word}" if word in _AFTER else f"{word} {child}"

CHILD = ["Their son {C} was 8 at the time.", "{C} told his teacher that he was frightened.",
         "The school saw {C} on the Monday.", "A social worker visited {C} at home."]
MOTHER = ["This review concerns {M}, who died at home.", "{M} came to the UK in 2009.",
          "The panel offers its condolences to the family of {M}."]
OTHER = ["{T} shouted at her every night.", "Neighbours said {T} was feared.", "The police spoke to {T}."]
CONTROLS = ["{M} and {F} had one son, {C}.", "{F} was arrested. {C} stayed with a friend.",
            "Everyone at church called her Mama {G}.", "{M} rang her sister. {F} was out."]


def _rules(family: int) -> dict:
    mother, pseudonym, words, child, surname, father, his_pseudonym, _ = FAMILIES[family]
    return {"version": 1, "review": "generated",
            "people": [{"name": mother, "pseudonym": pseudonym, "aliases": [teknonym(words[0], child)]},
                       {"name": father, "pseudonym": his_pseudonym},
                       {"name": f"{child} {surname}", "role": "child"}],
            "dates": {"date_of_death": "2023-11-04"}}


RULES = [_rules(family) for family in range(len(FAMILIES))]
CHILD_PSEUDONYM = "Child 1"


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"teknonyms:{seed}:{k}")
    family = rng.randrange(len(FAMILIES))
    mother, pseudonym, words, child, _, father, his_pseudonym, his_word = FAMILIES[family]
    kind = rng.choice(["child", "alias", "other", "grand", "control"])
    mother_written = rng.choice([mother, mother.split()[0]])
    parts: list[tuple[str, str]] = []
    if kind == "child":
        template = rng.choice(MOTHER)
        parts.append((template.format(M=mother_written), template.format(M=pseudonym)))
        template = rng.choice(CHILD)
        parts.append((template.format(C=child), template.format(C=CHILD_PSEUDONYM)))
    elif kind == "alias":
        word = rng.choice(words)
        template = rng.choice(["{T} was well liked.", "Friends said {T} was kind.", "{T} did not report it."])
        parts.append((template.format(T=teknonym(word, child)), template.format(T=pseudonym)))
        template = rng.choice(CHILD)
        parts.append((template.format(C=child), template.format(C=CHILD_PSEUDONYM)))
    elif kind == "other":
        template = rng.choice(MOTHER)
        parts.append((template.format(M=mother_written), template.format(M=pseudonym)))
        template = rng.choice(OTHER)
        parts.append((template.format(T=teknonym(his_word, child)),
                      template.format(T=teknonym(his_word, CHILD_PSEUDONYM))))
    elif kind == "grand":
        # her own mother called by her name ("Umm Layla", "Mama Funmilayo"): the word stays, the name is hers
        word = rng.choice(["Umm", "Um", "Mama", "Iya", "Hooyo", "Maame"] if words[0] not in _AFTER else ["eomma"])
        given = mother.split()[0]
        template = rng.choice(["Her mother, {T}, gave evidence.", "{T} lives abroad.", "The panel met {T}."])
        parts.append((template.format(T=teknonym(word, given)), template.format(T=teknonym(word, pseudonym))))
    else:
        template = rng.choice(CONTROLS)
        parts.append((template.format(M=mother_written, F=father, C=child, G=mother.split()[0]),
                      template.format(M=pseudonym, F=his_pseudonym, C=CHILD_PSEUDONYM, G=pseudonym)))
    return {"seed": seed, "kind": kind, "family": family, "sentence": " ".join(p[0] for p in parts),
            "expected": " ".join(p[1] for p in parts)}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    mother, _, _, child, surname, father, _, _ = FAMILIES[case["family"]]
    for word in {*re.findall(r"[^\W\d_]+", f"{mother} {father} {surname}"), child}:
        if len(word) > 2 and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w])", output):
            return "left"
    return None if output == case["expected"] else "mapping"


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.family_outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="-v" in sys.argv)
