"""An unlisted relative's given name before the last word of a listed ALIAS that shortens a longer listed name: the
Sikh "Singh" or "Kaur" of "Gurdeep Singh" (Gurdeep Singh Sandhu listed), the mother's family name of a Brazilian
"Maria Souza" (Maria das Graças Souza Oliveira), a father's name of an Eritrean "Helen Tesfay" (2026-12-07, brief
"redteam57", from fictional drafts of a Sikh Punjabi and a Brazilian family in /tmp/rt57): fictional DHR sentences.

"Her brother, Manjit Singh Gill, said no." came out "Person 1 Jaspal Person 2": the alias's surname is a form of the
listed person of its own kind ("alias-surname"), which the readings of a relative's given name before a listed
surname did not take, so the brother's middle name got the perpetrator's pseudonym.

Kinds:
  "relative"          an unlisted given name before the alias's last word ("Manjit Singh", "Ana Souza");
  "relative+surname"  the same with another family name after it ("Manjit Singh Gill", "Ana Souza Lima");
  "control"           the alias itself, its title and surname ("Gurdeep Singh", "Mr Singh", "Maria Souza"): the
                      listed person.
Each case: {"seed", "kind", "family" (index in RULES), "sentence", "words", "expect", "avoid"}; ``outcome``:
``quietly.mapping_outcome`` ("left": a listed name word survives; "mapping": the pseudonym written for a relative,
or missing for the listed person). TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/alias_surnames_of_relatives_gen.py
"""
from __future__ import annotations

import random
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# (listed name, pseudonym, alias, title, relatives' given names, other family names)
FAMILIES = [
    ("Gurdeep Singh Sandhu", "Jaspal", "Gurdeep Singh", "Mr", ["Manjit", "Harjit", "Balwinder", "Kuldip", "Ranjit",
                                                                "Jaswant", "Sukhwinder", "Paramjit"],
     ["Gill", "Dhillon", "Sidhu", "Grewal"]),
    ("Harpreet Kaur Bains", "Simran", "Harpreet Kaur", "Mrs", ["Jaswinder", "Manpreet", "Gurpreet", "Rajinder",
                                                               "Sukhjit", "Kulwant", "Balbir", "Amandeep"],
     ["Sandhu", "Gill", "Johal", "Sohal"]),
    ("Maria das Graças Souza Oliveira", "Lucia", "Maria Souza", "Mrs", ["Ana", "Fernanda", "Luciana", "Rosângela",
                                                                        "Célia", "Joana", "Beatriz", "Cláudia"],
     ["Lima", "Costa", "Ferreira", "Almeida"]),
    ("José Carlos Pereira da Silva", "Paulo", "José Pereira", "Mr", ["João", "Marcelo", "Rodrigo", "Antônio",
                                                                     "Fábio", "Thiago", "Sérgio", "Edson"],
     ["Santos", "Rocha", "Barbosa", "Gomes"]),
    ("Helen Tesfay Gebremedhin", "Selam", "Helen Tesfay", "Ms", ["Abeba", "Mehret", "Senait", "Yordanos", "Luwam",
                                                                 "Saba", "Eden", "Rahel"],
     ["Haile", "Kidane", "Berhe", "Woldu"]),
    ("Hodan Ali Warsame", "Amal", "Hodan Ali", "Mrs", ["Ayaan", "Sahra", "Ifrah", "Khadra", "Nimco", "Fadumo",
                                                       "Hibo", "Ubah"], ["Farah", "Hersi", "Jama", "Egal"]),
    ("Javier García López", "Mateo", "Javier García", "Mr", ["Alejandro", "Sergio", "Andrés", "Pablo", "Iván",
                                                             "Rubén", "Álvaro", "Jorge"],
     ["Martínez", "Ruiz", "Navarro", "Torres"]),
    ("Muhammad Tariq Mahmood", "Omar", "Tariq Mahmood", "Mr", ["Imran", "Khalid", "Asif", "Zahid", "Naveed",
                                                               "Shahid", "Waqar", "Faisal"],
     ["Iqbal", "Butt", "Chaudhry", "Rashid"]),
]
SENTENCES = ["Her brother, {N}, said no.", "{N} gave a statement to the police.", "A cousin, {N}, was not interviewed.",
             "The panel wrote to {N} twice.", "According to {N}, the couple argued often.",
             "Call from {N} about the children."]


def _rules(family: int) -> dict:
    name, pseudonym, alias, _, _, _ = FAMILIES[family]
    return {"version": 1, "review": "generated", "people": [{"name": name, "pseudonym": pseudonym, "aliases": [alias]}],
            "dates": {"date_of_death": "2023-11-04"}}


RULES = [_rules(family) for family in range(len(FAMILIES))]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"alias_surnames_of_relatives:{seed}:{k}")
    family = rng.randrange(len(FAMILIES))
    name, pseudonym, alias, title, givens, surnames = FAMILIES[family]
    alias_surname = alias.split()[-1]
    kind = rng.choice(["relative", "relative+surname", "control"])
    if kind == "relative":
        named, expect, avoid = f"{rng.choice(givens)} {alias_surname}", None, pseudonym
    elif kind == "relative+surname":
        named, expect, avoid = f"{rng.choice(givens)} {alias_surname} {rng.choice(surnames)}", None, pseudonym
    else:
        named, expect, avoid = rng.choice([alias, f"{title} {alias_surname}", name]), pseudonym, None
    return {"seed": seed, "kind": kind, "family": family, "sentence": rng.choice(SENTENCES).format(N=named),
            "words": [alias_surname, name.split()[0]], "expect": expect, "avoid": avoid}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from quietly import mapping_outcome

    return mapping_outcome(case, output)


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.family_outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="-v" in sys.argv)
