"""A listed person's surname (or theophoric given name) written in another standard form of its own tradition
(2026-12-07, helper forms55): fictional DHR sentences.

"Siobhán Ní Néill was seen." of a listed Siobhán O'Neill came out "Person 1 was seen.": an Irish woman's surname is
the "Ní"/"Nic" form of her family's "Ó"/"Mac" (lenited: Ó Súilleabháin / Ní Shúilleabháin), and her own given name
before it is her. "Muhammed Abd al-Rahman attended." of a listed Muhammad Abdul-Rahman came out "Person 2": an Arabic
theophoric name (servant of one of the names of God) is written Abdul Rahman, Abdulrahman, Abd al-Rahman, Abdur
Rahman, Abdel Rahman, Abdirahman and more, all one name.

Each case: {"seed", "kind", "sentence", "rules", "words", "expect", "avoid"}.
- "gaelic own given name": the listed woman's (or man's) given name + the surname's other Gaelic form.
- "gaelic record order": the other form first, with a comma ("NÍ NÉILL, Siobhán").
- "theophoric surname": the listed given name + the listed theophoric surname in another spelling.
- "theophoric given name": a listed theophoric given name in another spelling + the listed surname.
- "theophoric titled": "Mr" + the theophoric surname in another spelling.
- "dutch abbreviated": a listed "van der"/"van den"/"van de" surname with its particles shortened ("v.d.", "v/d",
  "vd"), after the given name, its initial or a title, or first in a record.
CONTROLS (must never become the listed person's pseudonym):
- "gaelic another given name": a given name that is not the listed person's + the other form (a relative).
- "theophoric another name": another name of God ("Abdul-Aziz" of a listed Abdul-Rahman), or Abdullah (Abd Allah,
  a name of its own), alone, after "Mr" or after another given name.
- "dutch another": another family's shortened name after a given name nobody listed has.
``outcome``: "left" (a word of the written name survives), "mapping" (the expected pseudonym missing or a "Person
N" written, or the one to avoid written). TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/other_standard_forms_gen.py [-v]
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

# (listed surname, the sex of the form, its other forms as the family writes them)
GAELIC = [
    ("O'Neill", "m", ["Ní Néill", "Ni Neill"]), ("Ó Néill", "m", ["Ní Néill"]),
    ("Ó Súilleabháin", "m", ["Ní Shúilleabháin", "Ni Shuilleabhain"]), ("Ó Briain", "m", ["Ní Bhriain"]),
    ("Mac Carthaigh", "m", ["Nic Carthaigh"]), ("Ó Ceallaigh", "m", ["Ní Cheallaigh"]),
    ("Ó Dónaill", "m", ["Ní Dhónaill"]), ("Mac Mathúna", "m", ["Nic Mhathúna"]), ("Ó Murchú", "m", ["Ní Mhurchú"]),
    ("Ó hAodha", "m", ["Ní Aodha"]), ("Ó Gallchóir", "m", ["Ní Ghallchóir"]),
    ("Ó Flaithearta", "m", ["Ní Fhlaithearta"]), ("Ó Dubhghaill", "m", ["Ní Dhubhghaill"]),
    ("Mac Suibhne", "m", ["Nic Shuibhne"]), ("Ó Conchúir", "m", ["Ní Chonchúir"]),
    ("MacDhòmhnaill", "m", ["NicDhòmhnaill", "NicDhomhnaill"]), ("MacLeòid", "m", ["NicLeòid"]),
    ("Ní Bhriain", "f", ["Ó Briain"]), ("Nic Carthaigh", "f", ["Mac Carthaigh"]), ("Ní Mhurchú", "f", ["Ó Murchú"]),
    ("Ní Néill", "f", ["Ó Néill", "O'Neill"]), ("Ní Shé", "f", ["Ó Sé"]), ("Ní Chathasaigh", "f", ["Ó Cathasaigh"]),
    ("Ní Aodha", "f", ["Ó hAodha"]), ("NicAoidh", "f", ["MacAoidh"]),
]
GIVEN = {"f": ["Siobhán", "Aoife", "Niamh", "Máire", "Caoimhe", "Gráinne", "Róisín", "Sinéad", "Orla", "Deirdre",
               "Eimear", "Saoirse", "Mòrag", "Catrìona", "Ealasaid"],
         "m": ["Seán", "Pádraig", "Ciarán", "Donal", "Cathal", "Eoin", "Niall", "Colm", "Tadhg", "Diarmuid",
               "Calum", "Ruairidh"]}

# The names of God as their bearers spell them, and the spellings of "servant of" + the article
DIVINE = [["Rahman", "Rehman"], ["Aziz", "Azeez"], ["Karim", "Kareem"], ["Qadir", "Kader", "Qader"],
          ["Rahim", "Raheem"], ["Hamid", "Hameed"], ["Majid", "Majeed"], ["Latif", "Lateef"], ["Wahab", "Wahhab"],
          ["Salam"], ["Jabbar"], ["Ghani"], ["Razzaq", "Razak"], ["Hakim", "Hakeem"], ["Shakur", "Shakoor"],
          ["Sattar"], ["Nasser", "Nasir"], ["Halim", "Haleem"], ["Basit"], ["Samad"]]
SUN = ("sh", "t", "d", "r", "z", "s", "n")


def spellings(core: str, joined: bool) -> list[str]:
    """The ways drafts and records write Abd + the article + ``core`` (and the joined ones of a given name)."""
    low = core.lower()
    out = [f"Abdul-{core}", f"Abdul {core}", f"Abd al-{core}", f"Abd el-{core}", f"Abdel {core}", f"Abdel-{core}",
           f"Abd-al-{core}", f"Abd ul-{core}", f"Abdul{low}", f"Abdel{low}", f"Abdal{low}", f"Abdul{core}",
           f"Abdi{low}", f"Abd {core}"]
    sun = next((s for s in SUN if low.startswith(s)), None)
    if sun:
        out += [f"Abd a{sun}-{core}", f"Abdu{sun} {core}", f"Abd-u{sun}-{core}", f"Abdu{sun}-{core}",
                f"Abdu{sun}{low}"]
    return [s for s in out if joined or " " in s or "-" in s]


THEOPHORIC_GIVEN_OTHERS = ["Muhammad", "Ahmed", "Yusuf", "Omar", "Ibrahim", "Khalid", "Tariq", "Hassan", "Bilal"]
SURNAMES = ["Hassan", "Warsame", "Benali", "Yusuf", "Chowdhury", "Begum", "Khan", "Siddiqui", "Mahmoud", "Osman",
            "Haddad", "Farah", "Mansour", "Rahimi", "Uddin", "Jama"]
PSEUDONYMS = ["Mary", "Ruth", "John", "Peter", "Anne", "Frank"]
FRAMES = ["{N} was seen by the GP on 3 March.", "The IDVA spoke to {N} twice that week.",
          "According to {N}, the children were asleep.", "Housing offered {N} a new tenancy.",
          '"{N} was always polite," a neighbour said.', "It was {N} who called the police.",
          "{N}'s account was not accepted by the panel.", "Probation wrote to {N} at the hostel."]
KINDS = ["gaelic own given name", "gaelic record order", "gaelic another given name", "theophoric surname",
         "theophoric given name", "theophoric titled", "theophoric another name", "gaelic own given name"]
# Dutch and Flemish surnames with two particles, which records and letters shorten ("v.d. Berg", "v/d Meer", "vd
# Velde"); appended to the kinds above so that their cases stay as they were
KINDS += ["dutch abbreviated", "dutch abbreviated", "dutch another"]
CASES_PER_SEED = len(KINDS)
DUTCH = [("van der", "Berg"), ("van den", "Berg"), ("van de", "Velde"), ("van der", "Meer"), ("van den", "Heuvel"),
         ("van der", "Linden"), ("van de", "Ven"), ("van der", "Heijden"), ("van den", "Broek"), ("van der", "Wal"),
         ("van de", "Kamp"), ("van der", "Veen"), ("van den", "Bosch"), ("van der", "Laan"), ("Van den", "Bossche"),
         ("Van de", "Walle"), ("van der", "Meulen"), ("Van der", "Straeten")]
DUTCH_GIVEN = {"f": ["Sanne", "Femke", "Anouk", "Lieke", "Eline", "Fleur", "Marieke", "Lotte", "Inge"],
               "m": ["Pieter", "Joris", "Maarten", "Thijs", "Bram", "Sander", "Wouter", "Koen", "Jeroen"]}
DUTCH_SHORT = ["v.d.", "v/d", "vd", "V.D.", "Vd", "v. d."]
CONTROLS = ("gaelic another given name", "theophoric another name", "dutch another")


def _dutch(rng: random.Random, kind: str) -> tuple[list[dict], str, list[str], str | None, str | None]:
    particles, core = rng.choice(DUTCH)
    sex = rng.choice(["f", "m"])
    given = rng.choice(DUTCH_GIVEN[sex])
    pseudonym = rng.choice(PSEUDONYMS)
    people = [{"name": f"{given} {particles} {core}", "pseudonym": pseudonym}]
    short = rng.choice(DUTCH_SHORT)
    if kind == "dutch another":
        # another family's shortened name, after a given name nobody listed has
        _, other_core = rng.choice([d for d in DUTCH if d[1] != core])
        stranger = rng.choice([g for g in DUTCH_GIVEN["f"] + DUTCH_GIVEN["m"] if g != given])
        return people, f"{stranger} {short} {other_core}", [], None, pseudonym
    title = {"f": rng.choice(["Mrs", "Ms"]), "m": "Mr"}[sex]
    written = rng.choice([f"{given} {short} {core}", f"{given[0]}. {short} {core}", f"{title} {short} {core}",
                          f"{short.upper()} {core.upper()}, {given}"])
    return people, written, [core], pseudonym, None


def _gaelic(rng: random.Random, kind: str) -> tuple[list[dict], str, list[str], str | None, str | None]:
    # the listed woman writes one form, a draft the other: her Ní form of a listed "Aoife O'Neill" (the family's
    # form, which many women keep), her father's Ó form of a listed "Aoife Ní Bhriain"
    surname, _, others = rng.choice(GAELIC)
    given = rng.choice(GIVEN["f"])
    other = rng.choice(others)
    pseudonym = rng.choice(PSEUDONYMS)
    people = [{"name": f"{given} {surname}", "pseudonym": pseudonym}]
    if kind == "gaelic own given name":
        written, words, expect, avoid = f"{given} {other}", [given, *other.split()], pseudonym, None
    elif kind == "gaelic record order":
        written = rng.choice([f"{other.upper()}, {given}", f"{other}, {given}"])
        words, expect, avoid = [given, *other.split()], pseudonym, None
    else:
        relative = rng.choice([g for g in GIVEN["f"] + GIVEN["m"] if g != given])
        written, words, expect, avoid = f"{relative} {other}", [relative], None, pseudonym
    return people, written, words, expect, avoid


def _theophoric(rng: random.Random, kind: str) -> tuple[list[dict], str, list[str], str | None, str | None]:
    group = rng.choice(DIVINE)
    listed_core, written_core = rng.choice(group), rng.choice(group)
    pseudonym = rng.choice(PSEUDONYMS)
    given_other = rng.choice(THEOPHORIC_GIVEN_OTHERS)
    surname = rng.choice(SURNAMES)
    if kind == "theophoric given name":
        listed = rng.choice(spellings(listed_core, joined=True))
        written = rng.choice([s for s in spellings(written_core, joined=True) if s != listed])
        people = [{"name": f"{listed} {surname}", "pseudonym": pseudonym}]
        name = f"{written} {surname}"
        return people, name, re.split(r"[- ]", name), pseudonym, None
    listed = rng.choice(spellings(listed_core, joined=False))
    people = [{"name": f"{given_other} {listed}", "pseudonym": pseudonym}]
    if kind == "theophoric another name":
        # somebody else: another given name before another name of God (or Abdullah), or the name alone
        another = rng.choice([g for g in DIVINE if g is not group])
        written = rng.choice(spellings(rng.choice(another), joined=False) + ["Abdullah", "Abd Allah", "Abdulla"])
        stranger = rng.choice([g for g in THEOPHORIC_GIVEN_OTHERS if g != given_other])
        name = rng.choice([f"{stranger} {written}", f"Mr {written}", written])
        return people, name, [], None, pseudonym
    written = rng.choice([s for s in spellings(written_core, joined=True) if s != listed])
    name = f"Mr {written}" if kind == "theophoric titled" else f"{given_other} {written}"
    return people, name, [w for w in re.split(r"[- ]", written) if len(w) > 3] + [given_other] * (
        kind != "theophoric titled"), pseudonym, None


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"other_standard_forms:{seed}:{k}")
    kind = KINDS[k % len(KINDS)]
    make = _gaelic if kind.startswith("gaelic") else _dutch if kind.startswith("dutch") else _theophoric
    people, written, words, expect, avoid = make(rng, kind)
    sentence = rng.choice(FRAMES).format(N=written)
    if rng.random() < 0.5:
        people.append({"name": rng.choice(["Chloe Evans", "Kwabena Asante", "Priya Sharma"]), "pseudonym": "Friend B"})
    rng.shuffle(people)
    return {"seed": seed, "kind": kind, "words": words, "expect": expect, "avoid": avoid, "sentence": sentence,
            "rules": {"version": 1, "review": "generated",
                      "people": [{"name": "Lorraine Hartley", "pseudonym": "Victim A"}, *people],
                      "dates": {"date_of_death": "2023-07-09"}}}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    from quietly import mapping_outcome

    return mapping_outcome(case, output)


def redact(case: dict) -> str:
    from quietly import redact_text

    return redact_text(case["sentence"], case["rules"])


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: outcome(case, redact(case)),
                         lambda case: False, show="-v" in sys.argv)
