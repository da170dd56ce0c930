"""Fictional short drafts that define an UNLISTED person's initials after the name and then call the person by them,
with a listed person elsewhere (helper ``unlistedinitials``, 2026-12-06).

Each case: one definition of the letters ("Tariq Hussain (TH)", "(hereafter TH)", "('TH')", "referred to in this
report as TH", a table row "| TH | Tariq Hussain |"), then three or four uses (speaker, object, possessive "TH's",
"TH (her partner)", a table cell, later in a sentence), and the listed victim's own sentence. Names from many
communities: two-part names, three-part Sikh and Hispanic names, particles ("Anna van der Merwe", AvdM), Irish O'
and Mc names; the letters bare, dotted ("T.H.") or spaced ("T. H.").

``outcome(case)`` reads the redacted text back sentence by sentence (every sentence's words other than the name and
the letters are fixed) and sorts each replacement: the person's own "Person N" (good), another number ("numbers
differ"), another kind ("Place 1", "[organisation]", a listed pseudonym: "wrong kind"), the letters left ("left"),
and, for the definition, a bracket kept after the name ("Person 1 (Person 1)": "bracket kept").
Run ``python tests/unlisted_initials_gen.py`` for the counts of the tuned and the held-back seeds.
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 60), range(7000, 7060)
# counted once, at the end of the work (one held-back case was looked at and fixed on the way: "H. F. (Hodan
# Flanagan" read whole by the model)
FRESH = range(11000, 11060)

# (given, surname) pairs of two words; the letters are their capitals
GIVEN = ["Tariq", "Hodan", "Tomasz", "Ngozi", "Siobhan", "Minh", "Xiaoling", "Gurpreet", "Ioana", "Mehmet",
         "Delroy", "Wanjiru", "Abena", "Rukhsana", "Bogdan", "Aoife", "Kwame", "Farhan", "Lakshmi", "Yusuf",
         "Chidi", "Eilidh", "Sipho", "Dorota", "Huong", "Rashida", "Winston", "Thandiwe", "Faisal", "Zofia",
         "Kemal", "Shanice", "Oluwaseun", "Bronagh", "Parveen", "Luwam", "Hamza", "Joanna", "Darren", "Precious"]
SURNAME = ["Hussain", "Warsame", "Kowalski", "Okafor", "Flanagan", "Nguyen", "Zhang", "Sandhu", "Popescu",
           "Yilmaz", "Campbell", "Kamau", "Mensah", "Begum", "Ionescu", "Gallagher", "Boateng", "Chowdhury",
           "Pillai", "Abdi", "Eze", "Fraser", "Dlamini", "Wójcik", "Tran", "Akhtar", "Barrett", "Ndlovu",
           "Qureshi", "Zielinska", "Demir", "Bailey", "Adeyemi", "Quinn", "Rahman", "Tesfaye", "Javed", "Lewandowska",
           "Pryce", "Mutasa"]
# names whose initials take more than the two capitals, with the spellings drafts give them
SPECIAL = [
    ("Gurpreet Singh Dhillon", ["GSD", "G.S.D."]),
    ("Harjit Kaur Bains", ["HKB", "H.K.B."]),
    ("Maria José García", ["MJG", "M.J.G."]),
    ("Anna van der Merwe", ["AvdM", "A.v.d.M."]),
    ("Pieter de Vries", ["PdV", "P.d.V."]),
    ("Niamh O'Brien", ["NOB", "N.O'B."]),
    ("Ciarán O'Sullivan", ["COS", "C.O'S."]),
    ("Sean McDonald", ["SMcD", "SMD"]),
    ("Orla McGuinness", ["OMcG", "OMG"]),
    ("Mohammed Abdul Karim", ["MAK", "M.A.K."]),
    ("Nguyen Van Thanh", ["NVT", "N.V.T."]),
    ("Li Mei Chen", ["LMC", "L.M.C."]),
]
# the listed victim: name and pseudonym (her initials differ from every unlisted person's above)
LISTED = [("Uma Sharma", "Priya"), ("Beata Nowak", "Ewa"), ("Fatima Begum", "Sara"), ("Grace Mwangi", "Ruth"),
          ("Olena Kovalenko", "Iryna"), ("Chloe Whitfield", "Emma")]

# a definition: the text, the same sentence as it should read ({P}: the person's placeholder), its kind
DEFINITIONS = [
    ("{N} ({I}) was her partner at the time.", "{P} was her partner at the time.", "bracket"),
    ("{N} (hereafter {I}) was her partner at the time.", "{P} was her partner at the time.", "hereafter"),
    ("{N} ('{I}') was her partner at the time.", "{P} was her partner at the time.", "quoted"),
    ("{N} (“{I}”) was her partner at the time.", "{P} was her partner at the time.", "quoted"),
    ("The panel spoke to {N} ({I}), her brother.", "The panel spoke to {P}, her brother.", "bracket late"),
    ("{N}, referred to in this report as {I}, was her partner.", "{P} was her partner.", "referred to as"),
    ("{N} (referred to as {I}) was her partner at the time.", "{P} was her partner at the time.", "referred to as"),
    ("| {I} | {N} | partner |", "| {P} | {P} | partner |", "table row"),
    ("| {N} | {I} | partner |", "| {P} | {P} | partner |", "table row"),
    ("{I} ({N}) was her partner at the time.", "{P} was her partner at the time.", "initials first"),
    ("{N} [{I}] was her partner at the time.", "{P} was her partner at the time.", "bracket"),
    ("Her partner was {N}. He is referred to in this report as {I}.",
     "Her partner was {P}. He is referred to in this report as {P}.", "named apart"),
]
USES = [
    ("{I} said he had never hit her.", "speaker"),
    ("Police arrested {I} at the address.", "object"),
    ("{I}'s mother rang the police that night.", "possessive"),
    ("{I} (her partner) did not attend the meeting.", "relation bracket"),
    ("In March the officer spoke to {I} at the scene.", "later in a sentence"),
    ("| 12/03/2021 | Police | {I} reported a break-in |", "table cell"),
    ("She told her GP that {I} had taken her phone.", "later in a sentence"),
    ("The housing officer wrote to {I} about the rent.", "object"),
    ("{I} was interviewed under caution.", "speaker"),
    ("A neighbour saw {I} leave the flat.", "object"),
    ("Her sister said that {I}'s drinking had got worse.", "possessive"),
    ("The IDVA and {I} met twice in May.", "later in a sentence"),
]

_PLACEHOLDER = re.compile(r"(Person|Place|Family|Relative|Hospital|School) \d+|\[[a-z ]+\]")


def _two_part(rng: random.Random) -> tuple[str, list[str]]:
    given, surname = rng.choice(GIVEN), rng.choice(SURNAME)
    a, b = given[0], surname[0]
    return f"{given} {surname}", [a + b, f"{a}.{b}.", f"{a}. {b}."]


def _acceptable(letters: str, victim: str) -> bool:
    from redact.initials import initials_key, initials_of_name, is_other_capital_word

    key = initials_key(letters)
    # letters that are a word, an acronym or the listed person's own are other classes
    return not is_other_capital_word(key.upper()) and key.upper() not in {i.upper() for i in initials_of_name(victim)}


def make_case(seed: int) -> dict:
    rng = random.Random(seed)
    victim, pseudonym = rng.choice(LISTED)
    while True:
        name, spellings = rng.choice(SPECIAL) if rng.random() < 0.35 else _two_part(rng)
        written = rng.choice(spellings)
        if _acceptable(written, victim):
            break
    definition, expected, how = rng.choice(DEFINITIONS)
    if how == "table row" and not written.replace(".", "").isalpha():
        written = written.replace(" ", "")
    uses = rng.sample(USES, rng.choice((3, 4)))
    # (dotted initials end a sentence with their own full stop: "referred to as T.H.")
    paragraphs = [definition.format(N=name, I=written).replace("..", "."), f"{victim} was 34 when she died."]
    paragraphs += [use.format(I=written) for use, _ in uses]
    rules = {"version": 1, "people": [{"name": victim, "pseudonym": pseudonym}]}
    return {"seed": seed, "name": name, "written": written, "how": how, "definition": (definition, expected),
            "uses": uses, "victim": victim, "pseudonym": pseudonym, "rules": rules,
            "text": "\n\n".join(paragraphs)}


def _template(sentence: str) -> re.Pattern:
    """The sentence with its slots ({I}, {P}, {N}) open."""
    parts = re.split(r"(\{[A-Z]\})", sentence)
    pattern = "".join(r"(.+?)" if re.fullmatch(r"\{[A-Z]\}", part) else re.escape(part) for part in parts)
    return re.compile(pattern)


def _kind(value: str, written: str, pseudonym: str) -> str:
    if re.fullmatch(r"Person \d+", value):
        return "person"
    if written in value or written.replace(".", "") == value.replace(".", ""):
        return "left"
    return "wrong kind"


def outcome(case: dict, redactor=None) -> dict:
    """Counts for one case: uses / numbers differ / wrong kind / left / bracket kept / unread, and whether
    verify passes the output."""
    from redact.pipeline import Redactor
    from redact.rules import parse_rules

    rules = parse_rules(case["rules"])
    out = (redactor or Redactor(rules)).redact_text(case["text"])
    paragraphs = out.split("\n\n")
    counts = {"uses": 0, "numbers differ": 0, "wrong kind": 0, "left": 0, "bracket kept": 0, "unread": 0,
              "verify": 0}
    definition, expected = case["definition"]
    name_value = None
    head = paragraphs[0]
    good = _template(expected).fullmatch(head) or _template(expected.replace("{P}.", "{P}")).fullmatch(head)
    values = [v for v in good.groups()] if good else []
    if good and all(re.fullmatch(r"Person \d+", v) for v in values) and len(set(values)) == 1:
        name_value = values[0]
    else:
        # what the definition reads as instead: the name's replacement is the first placeholder
        first = _PLACEHOLDER.search(head)
        name_value = first.group() if first and first.group().startswith("Person") else None
        if case["written"] in head or case["written"].replace(" ", "") in head.replace(" ", ""):
            counts["left"] += 1
        elif "(" in head and "(" not in expected:
            counts["bracket kept"] += 1
        elif good and len(set(values)) > 1:
            counts["numbers differ"] += 1
        else:
            counts["unread"] += 1
    for (use, _), paragraph in zip(case["uses"], paragraphs[2:]):
        counts["uses"] += 1
        read = _template(use).fullmatch(paragraph)
        if read is None:
            counts["unread"] += 1
            continue
        kind = _kind(read.group(1), case["written"], case["pseudonym"])
        if kind != "person":
            counts[kind] += 1
        elif name_value is None or read.group(1) != name_value:
            counts["numbers differ"] += 1
    from redact.verify.verdict import verify_texts

    if not verify_texts(rules, [("text", out)]).ok:
        counts["verify"] += 1
    case["output"] = out
    return counts


def count(seeds) -> dict:
    total: dict[str, int] = {}
    for seed in seeds:
        for key, value in outcome(make_case(seed)).items():
            total[key] = total.get(key, 0) + value
    return total


if __name__ == "__main__":
    show = "--show" in sys.argv
    for label, seeds in (("tuned", TUNED), ("held-back", HELD_BACK), ("fresh", FRESH)):
        if label != "tuned" and "--tuned" in sys.argv:
            break
        total: dict[str, int] = {}
        bad_cases = 0
        for seed in seeds:
            case = make_case(seed)
            counts = outcome(case)
            bad = {k: v for k, v in counts.items() if k != "uses" and v}
            bad_cases += bool(bad)
            if show and bad and label == "tuned":
                print(seed, case["how"], repr(case["text"]), "\n   ->", repr(case["output"]), bad, file=sys.stderr)
            for key, value in counts.items():
                total[key] = total.get(key, 0) + value
        print(f"{label}: cases with a fault {bad_cases}/{len(seeds)}, "
              + ", ".join(f"{k} {v}" for k, v in total.items()), file=sys.stderr)
