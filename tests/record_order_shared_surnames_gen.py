"""A listed adult written in a record's order, surname first ("Ó SÚILLEABHÁIN, Seán (DOB ...)", "Name: DE LA CRUZ,
María"), where the rules list him plainly ("Sean O Suilleabhain") and a listed child with the surname as the
draft spells it ("Leila Ó Súilleabháin", role: child); and one person's two whole mentions a line each ("Name: Abdi
Warsame\\nWarsame denied the assault") (2026-12-07, stop 56, from the author-rules red team, seed 15 #32):
fictional DHR sentences.

"Ó SÚILLEABHÁIN, Seán (DOB 1977-08-28)\\nÓ Súilleabháin denied the assault." came out "CHILD 1, Rupert (DOB ...)\\n
Child 1 denied the assault.": a bare Irish particle typed without its fada ("O") was read as a middle initial, so
the record's order with the particle was no form of his; the surname was then the child's by exclusion (Seán named
beside it), and that vote gave every bare "Ó Súilleabháin" of the document to the child. And "Name: Abdi Warsame\\n
Warsame denied the assault." came out "Name: John denied the assault.": two finds of one person a line apart were
joined as one name split over the lines.

Kinds:
  "record then bare"  the adult in a record's order (capitals or not, in a log row, after a label, in prose), then
                      the bare surname and the titled surname on lines of their own;
  "whole then bare"   the adult's whole name at a line's end (a label's value, a signature), the bare surname
                      starting the next line: both lines stay;
  "control split"     the adult's given name ending one line and his surname starting the next, as a hard-wrapped
                      .txt writes it: one name, one pseudonym, as on main;
  "control child"     the child's own full name: still "Child N".
Each case: {"seed", "kind", "family" (index in RULES), "sentence"}.
``outcome``: "left" (a name word survives), "mapping" (the adult's pseudonym missing, a child where none is named,
or a "Person N"), "lines lost" (fewer lines than the sentence), "child lost" (control: no child's label).
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/record_order_shared_surnames_gen.py
"""
from __future__ import annotations

import random
import re
import sys
import unicodedata

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# (the adult's given name and surname as the rules list them, without marks; the same as the draft writes them;
# his or her title; the pseudonym; the child's given name): Irish surnames whose particle the rules write without
# its fada, particle surnames of other traditions, and surnames whose marks the rules drop
FAMILIES = [
    ("Sean", "O Suilleabhain", "Seán", "Ó Súilleabháin", "Mr", "Rupert", "Leila"),
    ("Padraig", "O Broin", "Pádraig", "Ó Broin", "Mr", "Peter", "Aoife"),
    ("Siobhan", "Ni Bhriain", "Siobhán", "Ní Bhriain", "Ms", "Susan", "Clodagh"),
    ("Ciaran", "O Ceallaigh", "Ciarán", "Ó Ceallaigh", "Mr", "Colin", "Niamh"),
    ("Brid", "Ni Mhurchu", "Bríd", "Ní Mhurchú", "Ms", "Brenda", "Orla"),
    ("Tomas", "O Murchu", "Tomás", "Ó Murchú", "Mr", "Thomas", "Oisín"),
    ("Eoin", "Mac Giolla", "Eoin", "Mac Giolla", "Mr", "Edward", "Saoirse"),
    ("Aine", "Mac Carthaigh", "Áine", "Mac Cárthaigh", "Ms", "Anne", "Róisín"),
    ("Pieter", "van der Berg", "Pieter", "van der Berg", "Mr", "Paul", "Sanne"),
    ("Maria", "de la Cruz", "María", "de la Cruz", "Ms", "Mary", "Lucía"),
    ("Ahmed", "bin Saeed", "Ahmed", "bin Saeed", "Mr", "Adam", "Maryam"),
    ("Jose", "Garcia", "José", "García", "Mr", "Joseph", "Inés"),
    ("Lukasz", "Wisniewski", "Łukasz", "Wiśniewski", "Mr", "Luke", "Zofia"),
    ("Dorothee", "Muller", "Dorothée", "Müller", "Ms", "Dorothy", "Jürgen"),
    ("Thanh", "Tran", "Thành", "Trần", "Mr", "Tony", "Bảo"),
    ("Ozlem", "Yilmaz", "Özlem", "Yılmaz", "Ms", "Olive", "Çağrı"),
]

RECORD = ["{SU}, {G} (DOB 14/03/1979)", "{S}, {G} (DOB 14/03/1979)", "Name: {SU}, {G}", "Subject: {S}, {G}.",
          "{SU}, {G}\tPolice\tArrested at the address.", "Perpetrator: {S}, {G} (M)", "{S}, {G} was arrested at the address.",
          "02/03/2022\t{SU}, {G}\tSeen by the GP."]
BARE = ["{S} denied the assault when interviewed.", "{S} was spoken to at the address.",
        "{S} did not attend the appointment.", "According to {S}, the argument was about money."]
TITLED = ["{T} {S}'s account was not accepted by the panel.", "The probation officer met {T} {S} twice.",
          "{T} {S} was released on bail."]
WHOLE_AT_END = ["Name: {G} {S}", "Signed: {G} {S}", "Interviewed by the panel: {G} {S}", "Alleged perpetrator: {G} {S}",
                "The GP letter was addressed to {G} {S}"]
SPLIT = ["The officer spoke to {G}\n{S} at the address on the night.", "A referral named {G}\n{S} as the person "
         "causing harm."]
CHILD = ["{C} {S} was at school that day.", "The school nurse saw {C} {S}.", "{C} {S} told her teacher she was scared."]


def _rules(family: int) -> dict:
    listed_given, listed_surname, _, written_surname, _, pseudonym, child = FAMILIES[family]
    return {"version": 1, "review": "generated", "people": [
        {"name": "Marcia Campbell", "pseudonym": "Ruth"},
        {"name": f"{listed_given} {listed_surname}", "pseudonym": pseudonym},
        {"name": f"{child} {written_surname}", "role": "child"}], "dates": {"date_of_death": "2022-04-14"}}


RULES = [_rules(family) for family in range(len(FAMILIES))]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"record_order_shared:{seed}:{k}")
    family = rng.randrange(len(FAMILIES))
    _, _, given, surname, title, _, child = FAMILIES[family]
    kind = rng.choice(["record then bare", "record then bare", "whole then bare", "control split", "control child"])
    fill = dict(G=given, S=surname, SU=surname.upper(), T=title, C=child)
    opening = f"Ms Campbell was frightened of {given} {surname}."
    lines = {
        "record then bare": [opening, rng.choice(RECORD), rng.choice(BARE), rng.choice(TITLED)],
        "whole then bare": [rng.choice(WHOLE_AT_END), rng.choice(BARE), rng.choice(TITLED)],
        "control split": [rng.choice(SPLIT)],
        "control child": [opening, rng.choice(CHILD), rng.choice(TITLED)],
    }[kind]
    rng.shuffle(lines) if kind == "record then bare" and rng.random() < 0.3 else None
    return {"seed": seed, "kind": kind, "family": family, "sentence": "\n".join(lines).format(**fill)}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def _unmarked(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).casefold()


def outcome(case: dict, output: str) -> str | None:
    listed_given, listed_surname, given, surname, _, pseudonym, child = FAMILIES[case["family"]]
    # the surname's own words, not its particles ("van", "de", "O"), which are English words or letters too
    words = {listed_given, given, child, *(w for w in surname.split() if len(w) > 3)}
    folded = _unmarked(output)
    if any(re.search(rf"(?<!\w){re.escape(_unmarked(w))}(?!\w)", folded) for w in words):
        return "left"
    if output.count("\n") < case["sentence"].count("\n") - (case["kind"] == "control split"):
        return "lines lost"
    children = len(re.findall(r"(?i)(?<!\w)child [0-9]+", output))
    if case["kind"] == "control child":
        return None if children == 1 else "child lost"
    if not re.search(rf"(?i)(?<!\w){pseudonym}(?!\w)", output) or re.search(r"(?i)(?<!\w)person [0-9]", output):
        return "mapping"
    return "mapping" if children else None


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.family_outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="-v" in sys.argv)
