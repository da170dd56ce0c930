"""Fictional DHR sentences in which a title of one sex stands before a surname two or three listed people of one
family share (a couple, a parent and a child, siblings), and controls: the generator of
``test_titled_shared_surnames.py``.

A family's people are listed with the sex the project can tell from the rules (a title written in the name) or from
the given name (``variants.likely_gender``), or "?" where neither tells it ("Hodan", "Farai": Faker's lists give no
sex). A case is a dict: ``kind`` ("maps": exactly one of the family is known to have the title's sex, and the
sentence must become that person's pseudonym; "control": the title has no sex, several or none of the family are
known to have it, or only one person of the surname is listed, and the outcome must stay as on main), ``sentence``,
``family`` (an index into ``FAMILIES``), ``expect`` (the pseudonym, for "maps"), ``seed``.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted.
"""
from __future__ import annotations

import random
import re

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

# (surname, [(name as listed, pseudonym, sex the project can tell: "m", "f" or "?")], titles of the community's
# language (male, female)); the rules' order matters: on main the first listed took a form both people may have
FAMILIES = [
    ("Warsame", [("Hodan Warsame", "Mary", "?"), ("Abdi Warsame", "John", "m")], ((), ())),
    ("Farah", [("Khadra Farah", "Susan", "?"), ("Liban Farah", "Peter", "m")], ((), ())),
    ("Adeyemi", [("Temitope Adeyemi", "Ruth", "?"), ("Ayodele Adeyemi", "David", "m")], ((), ())),
    ("Mensah", [("Efua Mensah", "Helen", "?"), ("Kwabena Mensah", "Mark", "m"), ("Akosua Mensah", "Lucy", "f")],
     ((), ())),
    ("Pritchard", [("Rhodri Pritchard", "Paul", "?"), ("Siân Pritchard", "Jane", "f")], ((), ())),
    ("Yılmaz", [("Deniz Yılmaz", "Chris", "?"), ("Mehmet Yılmaz", "Simon", "m"), ("Zeynep Yılmaz", "Emma", "f")],
     ((), ())),
    ("Nguyen", [("Anh Nguyen", "Sam", "?"), ("Minh Nguyen", "Tom", "m"), ("Linh Nguyen", "Kate", "f")], ((), ())),
    ("Hussain", [("Rukhsana Hussain", "Alice", "?"), ("Sajid Hussain", "Brian", "?"), ("Arif Hussain", "Colin", "m")],
     ((), ())),
    ("Akhtar", [("Nasrin Akhtar", "Diane", "?"), ("Mr Sajid Akhtar", "Eric", "m")], ((), ())),
    ("Moyo", [("Nyasha Moyo", "Fiona", "?"), ("Mrs Tendai Moyo", "Gail", "f"), ("Farai Moyo", "Henry", "?")],
     ((), ())),
    ("Nowak", [("Halina Nowak", "Irene", "f"), ("Grzegorz Nowak", "James", "m")], ((), ("Pani",))),
    ("Popescu", [("Ioana Popescu", "Karen", "f"), ("Florin Popescu", "Leo", "m")], ((), ())),
    ("Schneider", [("Kai Schneider", "Max", "m"), ("Jutta Schneider", "Nina", "f")], (("Herr",), ("Frau",))),
    ("Fernández", [("Ainhoa Fernández", "Olga", "?"), ("Javier Fernández", "Oscar", "m")], (("Señor",), ("Sra",))),
    # controls: nobody's sex can be told, or several share the title's
    ("Chen", [("Wei Chen", "Ann", "?"), ("Jing Chen", "Ben", "?")], ((), ())),
    ("Byrne", [("Aoife Byrne", "Carol", "f"), ("Cathal Byrne", "Dan", "m"), ("Niamh Byrne", "Eve", "f")], ((), ())),
    ("Haile", [("Luwam Haile", "Faith", "?"), ("Yonas Haile", "Gary", "?")], ((), ())),
    # one listed person of the surname
    ("Rahman", [("Shamima Rahman", "Hope", "?")], ((), ())),
    ("Okafor", [("Chiamaka Okafor", "Iris", "f")], ((), ())),
]
RULES = [{"version": 1, "review": "generated", "people": [{"name": n, "pseudonym": p} for n, p, _ in people],
          "dates": {"date_of_death": "2023-07-09"}} for _, people, _ in FAMILIES]

MALE = ["Mr", "Mr.", "MR", "Mr", "Mr.", "Mister", "Master"]
FEMALE = ["Mrs", "Mrs.", "Ms", "Ms.", "Miss", "MRS", "MS", "Mrs"]
SEXLESS = ["Dr", "Dr.", "Mx", "DR"]
# {T} the title, {N} the surname, each position a draft writes them in
FRAMES = [
    "{T} {N} called the police.",
    "Police spoke to {T} {N} on the doorstep.",
    "The GP noted that {T} {N} seemed anxious.",
    "{T} {N}'s phone was seized as evidence.",
    "A neighbour (who knew {T} {N} well) heard shouting.",
    "The panel wrote to {T} {N} in June.",
    "According to {T} {N}, the argument began at dinner.",
    '"{T} {N} was always polite," the officer said.',
    "It was {T} {N} who rang 999 that night.",
    "Housing offered {T} {N} a new tenancy.",
    "The chair thanks {T} {N} for meeting the panel.",
    "At 22:10 {T} {N} left the house.",
    "The school had no concerns about {T} {N}.",
    "Both officers described {T} {N} as calm.",
]


def _sex_of(person: tuple[str, str, str]) -> str:
    return person[2]


def make_cases(seed: int) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for _ in range(6):
        family = rng.randrange(len(FAMILIES))
        surname, people, (local_male, local_female) = FAMILIES[family]
        sex = rng.choice("mfx")
        if sex == "x":
            title = rng.choice(SEXLESS)
        else:
            title = rng.choice((MALE + list(local_male) * 3) if sex == "m" else (FEMALE + list(local_female) * 3))
        written = surname.upper() if title.isupper() and len(title.rstrip(".")) > 1 else surname
        sentence = rng.choice(FRAMES).format(T=title, N=written)
        fitting = [p for p in people if _sex_of(p) == sex]
        if sex != "x" and len(people) > 1 and len(fitting) == 1:
            cases.append({"kind": "maps", "sentence": sentence, "family": family, "expect": fitting[0][1],
                          "seed": seed})
        else:
            cases.append({"kind": "control", "sentence": sentence, "family": family, "seed": seed})
    return cases


def outcome(case: dict, out: str) -> str | None:
    """What is wrong with ``out``, the case's sentence redacted (None: nothing). A control is judged by the test
    against main's reading only through what must always hold: no surname left, and the family's pseudonym written."""
    surname, people, _ = FAMILIES[case["family"]]
    if surname.casefold() in out.casefold():
        return f"leak: {out!r}"
    pseudonyms = [p for _, p, _ in people]
    if case["kind"] == "maps":
        others = [p for p in pseudonyms if p != case["expect"]]
        if not _written(case["expect"], out) or any(_written(p, out) for p in others):
            return f"mapping: {case['sentence']!r} -> {out!r} (want {case['expect']})"
        return None
    if not any(_written(p, out) for p in pseudonyms) and "Person" not in out:
        return f"control lost its person: {case['sentence']!r} -> {out!r}"
    return None


def _written(pseudonym: str, out: str) -> bool:
    return re.search(r"(?<!\w)%s(?!\w)" % re.escape(pseudonym), out, re.IGNORECASE) is not None
