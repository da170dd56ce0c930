"""Fictional DHR sentences in which a listed person is written with a middle name or middle initials the rules do
not give ("Hodan A. Warsame", "Nasra Amina Warsame") while two or three listed people of one family share her
surname, and controls: the generator of ``test_middle_names_shared_surnames.py``.

A case is a dict: ``kind`` ("maps": the whole name must become that person's pseudonym alone, the middle part gone
with it and no other family member's pseudonym written; "control": one listed person of the surname, an unlisted
given name before the family's surname, or two listed given names joined by "and"), ``sentence``, ``family`` (an
index into ``FAMILIES``), ``expect`` (the pseudonyms that must be written), ``absent`` (words that must not survive:
the middle part, the surname), ``whole`` (where one listed person is written: the sentence as it must come out, the
name replaced by the pseudonym alone), ``unlisted`` (an unlisted person must become a "Person N"), ``control`` (which: "one", "unlisted", "and"),
``seed``.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted.
"""
from __future__ import annotations

import random
import re

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

# (surname, [(name as listed, pseudonym)], an unlisted given name of the community); the last families have one
# listed person of the surname
FAMILIES = [
    ("Warsame", [("Hodan Warsame", "Mary"), ("Nasra Warsame", "Ruth")], "Farah"),
    ("Adeyemi", [("Temitope Adeyemi", "Helen"), ("Ayodele Adeyemi", "David"), ("Funmilayo Adeyemi", "Lucy")],
     "Olumide"),
    ("Mensah", [("Efua Mensah", "Susan"), ("Kwabena Mensah", "Mark")], "Kofi"),
    ("Hussain", [("Rukhsana Hussain", "Alice"), ("Sajid Hussain", "Brian"), ("Nadia Hussain", "Carol")], "Imran"),
    ("Kowalczyk", [("Agnieszka Kowalczyk", "Diane"), ("Marta Kowalczyk", "Emma")], "Tomasz"),
    ("Byrne", [("Aoife Byrne", "Fiona"), ("Cathal Byrne", "Gary")], "Siobhan"),
    ("Yılmaz", [("Zeynep Yılmaz", "Irene"), ("Mehmet Yılmaz", "James")], "Emre"),
    ("Popescu", [("Ioana Popescu", "Karen"), ("Florin Popescu", "Leo"), ("Elena Popescu", "Nina")], "Mihai"),
    ("Haile", [("Luwam Haile", "Faith"), ("Yonas Haile", "Paul")], "Selam"),
    ("Moyo", [("Nyasha Moyo", "Gail"), ("Tendai Moyo", "Henry")], "Rudo"),
    ("Pritchard", [("Rhodri Pritchard", "Simon"), ("Siân Pritchard", "Jane")], "Gareth"),
    ("Begum", [("Shirin Begum", "Olga"), ("Rokeya Begum", "Pam")], "Salma"),
    ("Rahman", [("Shamima Rahman", "Hope")], "Tahmina"),
    ("Okafor", [("Chiamaka Okafor", "Iris")], "Ngozi"),
]
SHARED = [i for i, (_, people, _) in enumerate(FAMILIES) if len(people) > 1]
RULES = [{"version": 1, "review": "generated", "people": [{"name": n, "pseudonym": p} for n, p in people],
          "dates": {"date_of_death": "2023-07-09"}} for _, people, _ in FAMILIES]

# middle names of many communities, none a listed given name or surname of any family
MIDDLE_NAMES = ["Amina", "Fatuma", "Oluwaseun", "Abena", "Jamila", "Zofia", "Bridget", "Ayşe", "Maria", "Tsige",
                "Rumbidzai", "Eleri", "Parveen", "Nkechi", "Marie", "Rose", "Khadija", "Ifeoma", "Gwen", "Yusuf"]
LETTERS = "ABCDEFGJKLMRSTWZ"

# {P} the person as written
FRAMES = [
    "{P} was seen by her GP.",
    "{P} gave a statement to police.",
    "Police spoke to {P} on the doorstep.",
    "The GP noted that {P} seemed anxious.",
    "{P}'s phone was seized as evidence.",
    "A neighbour (who knew {P} well) heard shouting.",
    "The panel wrote to {P} in June.",
    "According to {P}, the argument began at dinner.",
    '"{P} was always polite," the officer said.',
    "It was {P} who rang 999 that night.",
    "Housing offered {P} a new tenancy.",
    "The school had no concerns about {P}.",
    "On 3 May, {P} attended the hospital.",
    "Name: {P}",
]


def _middle(rng: random.Random) -> tuple[str, list[str]]:
    """A middle part as drafts write it, and its words (the initials' letters or the names)."""
    shape = rng.choice(["initial.", "initial", "initials. ", "initials.", "initials ", "name", "names"])
    if shape.startswith("initials"):
        letters = rng.sample(LETTERS, 2)
        sep = {"initials. ": ". ", "initials.": ".", "initials ": " "}[shape]
        return sep.join(letters) + ("." if "." in sep else ""), letters
    if shape.startswith("initial"):
        letter = rng.choice(LETTERS)
        return letter + ("." if shape == "initial." else ""), [letter]
    names = rng.sample(MIDDLE_NAMES, 1 if shape == "name" else 2)
    return " ".join(names), names


def _cased(rng: random.Random, name: str) -> str:
    return name.upper() if rng.random() < 0.15 else name


def make_cases(seed: int) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(6):
        kind = rng.choice(["maps", "maps", "maps", "one", "unlisted", "and"])
        family = rng.choice(SHARED) if kind != "one" else rng.choice(
            [i for i, (_, people, _) in enumerate(FAMILIES) if len(people) == 1])
        surname, people, unlisted = FAMILIES[family]
        frame = rng.choice(FRAMES)
        if kind in ("maps", "one"):
            given, pseudonym = rng.choice(people)
            middle, words = _middle(rng)
            written = _cased(rng, f"{given.split()[0]} {middle} {surname}")
            # the whole name is the pseudonym alone: nothing of the middle beside it (an initial "A" is also a word)
            cases.append({"kind": "maps" if kind == "maps" else "control", "sentence": frame.format(P=written),
                          "family": family, "expect": [pseudonym], "absent": [surname, *words],
                          "whole": frame.format(P=pseudonym), "unlisted": False, "seed": seed, "control": kind})
        elif kind == "unlisted":
            middle, words = _middle(rng)
            written = f"{unlisted} {middle} {surname}"
            cases.append({"kind": "control", "sentence": frame.format(P=written), "family": family, "expect": [],
                          "absent": [surname, unlisted], "unlisted": True, "seed": seed, "control": kind})
        else:
            first, second = rng.sample(people, 2)
            written = f"{first[0].split()[0]} and {second[0].split()[0]} {surname}"
            cases.append({"kind": "control", "sentence": frame.format(P=written), "family": family,
                          "expect": [first[1], second[1]], "absent": [surname], "unlisted": False, "seed": seed,
                          "control": kind})
    return cases


def outcome(case: dict, out: str) -> str | None:
    """What is wrong with ``out``, the case's sentence redacted (None: nothing)."""
    _, people, _ = FAMILIES[case["family"]]
    if "whole" in case:
        if out.casefold() != case["whole"].casefold():
            return f"mapping or leak: {case['sentence']!r} -> {out!r} (want {case['whole']!r})"
        return None
    left = [w for w in case["absent"] if _written(w, out)]
    if left:
        return f"leak of {left}: {case['sentence']!r} -> {out!r}"
    missing = [p for p in case["expect"] if not _written(p, out)]
    others = [p for _, p in people if p not in case["expect"] and _written(p, out)]
    if missing or others:
        return f"mapping: {case['sentence']!r} -> {out!r} (want {case['expect']})"
    if case["unlisted"] and not re.search(r"\bPerson \d+\b", out):
        return f"unlisted person lost: {case['sentence']!r} -> {out!r}"
    return None


def _written(word: str, out: str) -> bool:
    return re.search(r"(?<!\w)%s(?!\w)" % re.escape(word), out, re.IGNORECASE) is not None
