"""A pasted record's fields for a person's names (2026-12-07, helper records55): fictional police and agency
records as DHR drafts paste them.

"Surname: MENSAH\\nForename: Ama" came out "Surname: MENSAH\\nForename: Person 1" (an unlisted surname in capitals
alone on its line was read by nothing, and verify cannot see an unlisted name), and "First Name: Ewa  Last Name:
Sandhu" came out "First Name: Person 1 Name: Person 2" (the model read "Ewa  Last" as one name, the label lost its
word). Records write a label, a colon and the value, often in capitals, one field a line or several on a line
apart by two spaces or more, a tab, "|" or ";", or as a table's rows.

Each case: {"seed", "kind", "record", "rules", "words", "labels", "controls", "expect"}.
- "unlisted": the name fields of a person nobody listed, between other fields.
- "listed": the same of the listed Hodan Warsame (-> Mary): her words must read as her pseudonym, never "Person N".
CONTROLS (kind "control"): a record of other fields only (Sex, Nationality, Occupation, Ethnicity, Religion,
Language, Interpreter, Risk): nothing changes.
``outcome``: "left" (a word of the name survives), "label" (a field's label lost or changed), "control" (another
field's value changed), "mapping" (a listed person's word not her pseudonym). TUNED 0-49 explored; HELD_BACK
1000-1049 only counted.
    python tests/record_name_fields_gen.py [-v]
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6
KINDS = ["unlisted", "unlisted", "unlisted", "listed", "control", "unlisted"]

GIVEN = ["Ama", "Kwabena", "Chiamaka", "Oluwaseun", "Thandiwe", "Farida", "Mehwish", "Rukhsana", "Gurpreet",
         "Harjit", "Priya", "Anil", "Agnieszka", "Bożena", "Tomasz", "Oksana", "Dmytro", "Ioana", "Mihai", "Elif",
         "Mustafa", "Yusuf", "Nasrin", "Reza", "Thi Lan", "Minh", "Wei", "Xiaoling", "Siobhan", "Ciarán", "Eilidh",
         "Bronwen", "Dafydd", "Marisol", "Joao", "Yuki", "Grace", "Precious", "Blessing", "Hope", "Abdirahman",
         "Faadumo", "Kerry-Ann", "Jean-Luc", "Ewa", "Svetlana", "Giedre", "Rūta", "Shanice", "Dwayne"]
SURNAMES = ["Mensah", "Owusu", "Okonkwo", "Adeyemi", "Dlamini", "Haddad", "Chaudhry", "Begum", "Sandhu", "Kaur",
            "Patel", "Kowalczyk", "Nowak", "Wiśniewska", "Bondarenko", "Popescu", "Yilmaz", "Öztürk", "Karimi",
            "Nguyen", "Tran", "Chen", "Wang", "O'Neill", "Ní Bhriain", "MacLeod", "Gallagher", "ap Rhys", "Pritchard",
            "Ferreira", "da Silva", "Nakamura", "van der Berg", "Kazlauskienė", "Abubakar", "Farah", "Smith-Jones",
            "Green", "Hall", "Brown", "Baker", "Said", "Ali", "Hussain", "Lloyd", "Campbell", "Osei", "Petrov",
            "Ivanova", "Mbeki"]
SURNAME_LABELS = ["Surname", "SURNAME", "Last Name", "LAST NAME", "Family Name", "Surname/Family Name",
                  "Lastname", "Surname (capitals)", "Family name"]
GIVEN_LABELS = ["Forename", "FORENAME", "Forenames", "First Name", "FIRST NAME", "Given Name", "Given name(s)",
                "Firstname", "First name"]
WHOLE_LABELS = ["Name", "NAME", "Full Name", "Victim Name", "Suspect Name", "Subject Name", "Name of person",
                "Maiden Name", "Alias", "AKA"]
OTHER_FIELDS = [("Sex", ["F", "M", "Female", "Male", "FEMALE"]), ("Gender", ["Female", "Male", "F"]),
                ("Nationality", ["BRITISH", "British", "POLISH", "Somali", "NIGERIAN", "Romanian"]),
                ("Occupation", ["NURSE", "Unemployed", "TAXI DRIVER", "Care Worker", "STUDENT", "Self Employed"]),
                ("Ethnicity", ["White British", "Black African", "Asian Pakistani", "WHITE OTHER", "Mixed"]),
                ("Religion", ["Muslim", "Christian", "None", "SIKH", "Not Stated"]),
                ("Language", ["English", "Polish", "Somali", "Urdu", "Tigrinya"]),
                ("Interpreter", ["Yes", "No", "NO"]), ("Risk", ["HIGH", "Medium", "Standard"]),
                ("Marker", ["DV", "Vulnerable Adult", "NONE"]),
                # fields named "Name" that name no one, and values of ordinary words
                ("Agency Name", ["Children's Services", "Adult Social Care", "Probation Service"]),
                ("Name of service", ["Victim Support", "Adult Social Care", "Early Help"]),
                ("Team Name", ["MASH", "Early Help Hub"]), ("Outcome", ["No Further Action", "NFA", "Referred"]),
                ("Relationship to victim", ["Ex-Partner", "SON", "Neighbour"])]
DOBS = ["01/02/1985", "14.07.1992", "3 March 1979", "1988-11-23"]


def _case(word: str, style: str) -> str:
    return word.upper() if style == "caps" else word


def _layout(rng: random.Random, fields: list[tuple[str, str]]) -> str:
    how = rng.choice(["lines", "spaces", "tabs", "bars", "semicolons", "table", "one space", "mixed"])
    if how == "table":
        return "\n".join(f"| {label} | {value} |" for label, value in fields)
    pieces = [f"{label}: {value}" for label, value in fields]
    if how == "lines":
        return "\n".join(pieces)
    if how == "mixed":
        out = pieces[0]
        for piece in pieces[1:]:
            out += rng.choice(["\n", "  ", "\t", " | ", "; ", "   "]) + piece
        return out
    return {"spaces": rng.choice(["  ", "   ", "    "]), "tabs": "\t", "bars": " | ", "semicolons": "; ",
            "one space": " "}[how].join(pieces)


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"record_name_fields:{seed}:{k}")
    kind = KINDS[k % len(KINDS)]
    given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
    people = [{"name": "Lorraine Hartley", "pseudonym": "Victim A"}]
    expect = None
    if kind == "listed":
        given, surname, expect = "Hodan", "Warsame", "Mary"
        people.append({"name": "Hodan Warsame", "pseudonym": "Mary"})
    style = rng.choice(["caps", "caps", "surname caps", "as written"])
    others = rng.sample(OTHER_FIELDS, rng.randint(1, 4))
    controls = [(label, rng.choice(values)) for label, values in others]
    fields: list[tuple[str, str]] = []
    if kind != "control":
        shape = rng.choice(["surname first", "given first", "whole", "whole surname first"])
        surname_written = surname.upper() if style in ("caps", "surname caps") else surname
        given_written = _case(given, style)
        if shape == "surname first":
            fields += [(rng.choice(SURNAME_LABELS), surname_written), (rng.choice(GIVEN_LABELS), given_written)]
        elif shape == "given first":
            fields += [(rng.choice(GIVEN_LABELS), given_written), (rng.choice(SURNAME_LABELS), surname_written)]
        elif shape == "whole":
            fields.append((rng.choice(WHOLE_LABELS), f"{given_written} {surname_written}"))
        else:
            fields.append((rng.choice(WHOLE_LABELS), f"{surname_written}, {given_written}"))
        if rng.random() < 0.5:
            fields.append(("DOB", rng.choice(DOBS)))
    for field in controls:
        fields.insert(rng.randint(0, len(fields)), field)
    record = _layout(rng, fields)
    if rng.random() < 0.3:
        record = rng.choice(["The police record read:\n", "Extract from the PNC printout:\n\n",
                             "Agency record (pasted as received):\n"]) + record
    labels = [label for label, _ in fields]
    words = [] if kind == "control" else [w for w in re.split(r"[\s-]+", f"{given} {surname}")
                                          if len(w) > 2 and w.lower() not in ("van", "der", "da")]
    return {"seed": seed, "kind": kind, "record": record, "words": words, "labels": labels, "controls": controls,
            "expect": expect, "rules": {"version": 1, "review": "generated", "people": people,
                                        "dates": {"date_of_death": "2023-07-09"}}}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    from quietly import words_left

    if words_left(case, output):
        return "left"
    if any(not re.search(rf"(?<![\w]){re.escape(label)}\s*(?::|\|)", output) for label in case["labels"]):
        return "label"
    if any(not re.search(rf"(?<![\w]){re.escape(label)}\s*(?::|\|)\s*{re.escape(value)}(?![\w])", output)
           for label, value in case["controls"]):
        return "control"
    if case["kind"] == "control" and output != case["record"]:
        return "control"
    if case["expect"] and (case["expect"].lower() not in output.lower()
                           or re.search(r"(?i)(?<!\w)person [0-9]", output)):
        return "mapping"
    return None


def redact(case: dict) -> str:
    from quietly import redact_text

    return redact_text(case["record"], case["rules"])


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: outcome(case, redact(case)),
                         lambda case: False, show="-v" in sys.argv)
