"""A listed person's own given name before her surname in its other gendered or suffixed form (2026-12-07, helper
gendered54): fictional DHR sentences.

"Agnieszka Kowalczykowa was seen." of a listed Agnieszka Kowalczyk came out "Person 1 was seen.": the other form of
the surname is a relative's (``variants._relative_forms``), so the whole name was nobody listed. With her own given
name it is her, as her language writes her (the Polish wife's "-owa", Czech "-ová") or as an English speaker drops
the ending ("Elena Ivanov" of Elena Ivanova, "Jana Novak" of Jana Nováková).

Each case: {"seed", "kind", "sentence", "rules", "words", "expect", "avoid"}.
- "own given name": the listed person's given name + the other form: her pseudonym.
- "own given name, capitals": the same in a record's capitals ("ELENA IVANOV").
- "record order": the other form first, with or without a comma ("IVANOV, Elena", "Ivanov Elena").
CONTROLS (must read as before):
- "another given name": a given name of the family that is not hers + the other form ("Tomasz Nowakowski"): a
  relative, never her pseudonym.
- "title": a title of the other form's sex before it alone ("Mr Nowakowski"): the relative, never her pseudonym.
``outcome``: "left" (the other form or the given name survives), "mapping" (the expected pseudonym missing, or the
one to avoid written). TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/own_given_name_gendered_surname_gen.py [-v]
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 7

# (listed surname, its sex, other forms as written, given names of the listed sex, given names of the other sex)
FAMILIES = [
    ("Kowalczyk", "f", ["Kowalczykowa", "Kowalczykowej", "Kowalczykówna"], ["Agnieszka", "Małgorzata", "Ewa"],
     ["Marek", "Paweł"]),
    ("Nowakowska", "f", ["Nowakowski"], ["Katarzyna", "Joanna", "Magdalena"], ["Tomasz", "Krzysztof"]),
    ("Wiśniewska", "f", ["Wisniewski", "Wiśniewski"], ["Aleksandra", "Beata"], ["Grzegorz", "Jakub"]),
    ("Jabłoński", "m", ["Jabłońska", "Jablonska"], ["Tomasz", "Łukasz", "Andrzej"], ["Dorota", "Monika"]),
    ("Lewicka", "f", ["Lewicki"], ["Monika", "Iwona"], ["Rafał", "Dariusz"]),
    ("Ivanova", "f", ["Ivanov"], ["Elena", "Svetlana", "Irina"], ["Dmitri", "Sergei"]),
    ("Smirnov", "m", ["Smirnova"], ["Sergei", "Alexei", "Nikolai"], ["Olga", "Natalia"]),
    ("Borodina", "f", ["Borodin"], ["Tatiana", "Yulia"], ["Mikhail", "Pavel"]),
    ("Vasilyev", "m", ["Vasilyeva"], ["Yuri", "Oleg"], ["Lyudmila", "Anastasia"]),
    ("Petrov", "m", ["Petrova"], ["Georgi", "Ivaylo", "Stoyan"], ["Desislava", "Radka"]),
    ("Tolstaya", "f", ["Tolstoy"], ["Svetlana", "Darya"], ["Viktor", "Roman"]),
    ("Nováková", "f", ["Novak", "Novák"], ["Jana", "Lucie", "Tereza"], ["Petr", "Jiří"]),
    ("Svobodová", "f", ["Svoboda"], ["Kateřina", "Markéta"], ["Martin", "Tomáš"]),
    ("Dvořák", "m", ["Dvořáková", "Dvorakova"], ["Jiří", "Václav", "Ondřej"], ["Hana", "Zuzana"]),
    ("Novotná", "f", ["Novotný", "Novotny"], ["Eva", "Barbora"], ["Jan", "Karel"]),
    ("Lacková", "f", ["Lacko"], ["Jana", "Renáta", "Monika"], ["Ladislav", "Milan"]),
    ("Oravec", "m", ["Oravcová", "Oravcova"], ["Ladislav", "Štefan"], ["Gizela", "Erika"]),
    ("Kazlauskienė", "f", ["Kazlauskas"], ["Rūta", "Asta", "Jurgita"], ["Darius", "Tomas"]),
    ("Petrauskas", "m", ["Petrauskaitė", "Petrauskaite", "Petrauskienė"], ["Tomas", "Mindaugas"],
     ["Ieva", "Laura"]),
    ("Bērziņa", "f", ["Bērziņš", "Berzins"], ["Ilze", "Inese"], ["Jānis", "Andris"]),
    ("Papadopoulou", "f", ["Papadopoulos"], ["Eleni", "Dimitra", "Georgia"], ["Nikos", "Kostas"]),
    ("Nikolaidis", "m", ["Nikolaidou"], ["Yannis", "Christos"], ["Sofia", "Katerina"]),
]
PSEUDONYMS = ["Mary", "Ruth", "John", "Peter", "Anne", "Frank"]
TITLES = {"m": ["Mr", "Mr."], "f": ["Mrs", "Ms", "Miss"]}
FRAMES = ["{N} was seen by the GP on 3 March.", "The IDVA spoke to {N} twice that week.",
          "According to {N}, the children were asleep.", "Housing offered {N} a new tenancy.",
          '"{N} was always polite," a neighbour said.', "It was {N} who called the police.",
          "{N}'s account was not accepted by the panel.", "Probation wrote to {N} at the hostel."]
KINDS = ["own given name", "own given name", "own given name, capitals", "own given name", "another given name",
         "title", "record order"]
CONTROLS = ("another given name", "title")
OTHER = {"m": "f", "f": "m"}


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"own_given_name_gendered_surname:{seed}:{k}")
    kind = KINDS[k % len(KINDS)]
    surname, sex, others, own, relatives = rng.choice(FAMILIES)
    given = rng.choice(own)
    other = rng.choice(others)
    pseudonym = rng.choice(PSEUDONYMS)
    people = [{"name": f"{given} {surname}", "pseudonym": pseudonym}]
    if kind.startswith("own given name"):
        written = f"{given} {other}"
        words, expect, avoid = [given, other], pseudonym, None
        if kind.endswith("capitals"):
            written = written.upper()
    elif kind == "record order":
        written = rng.choice([f"{other.upper()}, {given}", f"{other}, {given}", f"{other} {given}"])
        words, expect, avoid = [given, other], pseudonym, None
    elif kind == "another given name":
        relative = rng.choice(relatives + [name for name in own if name != given])
        written = f"{relative} {other}"
        words, expect, avoid = [other], None, pseudonym
    else:
        other_sex = OTHER[sex] if not other.lower().endswith(("owa", "owej", "ówna", "owna")) else "f"
        written = f"{rng.choice(TITLES[other_sex])} {other}"
        words, expect, avoid = [other], None, pseudonym
    sentence = rng.choice(FRAMES).format(N=written)
    if rng.random() < 0.5:
        people.append({"name": rng.choice(["Chloe Evans", "Kwabena Asante", "Priya Sharma"]),
                       "pseudonym": "Friend B"})
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
