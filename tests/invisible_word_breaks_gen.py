"""Fictional sentences where an invisible character stands between two words instead of a space: a zero-width space
a web page or a message put there, a soft hyphen, a direction mark or isolate of right-to-left text, a word
joiner, a byte order mark pasted in the middle ("Hodan\\u200bWarsame" prints "HodanWarsame"). The folded text drops
the run, as it must inside one word ("Ho\\u200bdan" is "Hodan"), so "hodanwarsame" was one word: apply left the
given name ("Hodan\\u200bMary") and verify passed it. Each case: apply must leave no listed word, verify must flag the
draft and pass the output. Controls: the same characters between ordinary words of a sentence naming nobody
listed ("the\\u200bHospital") change nothing that a space there would not.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
(``python tests/test_invisible_word_breaks.py``).
"""
from __future__ import annotations

import random

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u2066",
              "\u2069", "\u061c", "\u034f", "\u202a", "\u202c", "\u200b\u200b", "\u200e\u2066"]
FAMILIES = [("Hodan", "Warsame"), ("Agnieszka", "Kowalczyk"), ("Priya", "Raghunathan"), ("Chiamaka", "Okonkwo"),
            ("Siobhan", "Gallagher"), ("Mehwish", "Chaudhry"), ("Rhiannon", "Pritchard"), ("Oksana", "Bondarenko"),
            ("Thanh Huong", "Nguyen"), ("Gulsen", "Yildirim"), ("Ayesha", "Begum"), ("Kerry-Ann", "McAllister"),
            ("Marisol", "Castellanos"), ("Adaeze", "Nwachukwu"), ("Leanne", "Hargreaves"), ("Zsofia", "Horvath")]
MEN = ["Abdi", "Tomasz", "Ravi", "Emeka", "Declan", "Tariq", "Gethin", "Dmytro", "Van Long", "Mehmet", "Jamal",
       "Craig", "Alejandro", "Obinna", "Darren", "Bence"]
PLACES = [("Kirklees", "Council"), ("Oldham", "Police"), ("Wrexham", "Hospital"), ("Tameside", "Refuge"),
          ("Rochdale", "Borough"), ("Merthyr", "Surgery")]
TITLES = ["Mr", "Mrs", "Ms", "Dr", "DC", "Miss"]
FRAMES = ["{X} was seen by the GP on the Monday.", "The officer spoke to {X} at the address.",
          "Notes from the call: {X} said she was frightened.", "{X}'s sister rang the helpline.",
          "A referral about {X} went to the MARAC.", "Children's Services wrote to {X} twice."]
CONTROLS = ["The\u2060Hospital discharged the patient.", "She rang the{c}Helpline twice.",
            "Staff at the{c}Refuge were told.", "The{c}Police attended.", "The{c}Court adjourned the case.",
            "His{c}Probation officer made a referral."]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(seed * 100 + k)
    index = rng.randrange(len(FAMILIES))
    given, surname = FAMILIES[index]
    man = MEN[index]
    place, kind = rng.choice(PLACES)
    rules = {"version": 1, "review": "test", "dates": {"date_of_death": "2023-07-09"},
             "people": [{"name": f"{given} {surname}", "pseudonym": "Mary"},
                        {"name": f"{man} {surname}", "pseudonym": "John"}],
             "places": [{"name": place, "pseudonym": "Area A"}]}
    c = rng.choice(INVISIBLES)
    if k == 5:
        sentence = rng.choice(CONTROLS).format(c=c)
        return {"seed": seed, "kind": "control", "rules": rules, "sentence": sentence, "secrets": []}
    shape = rng.choice(["given surname", "title surname", "given given", "place kind", "surname word",
                        "SHOUTED"])
    if shape == "given surname":
        who = f"{rng.choice([given, man])}{c}{surname}"
    elif shape == "title surname":
        who = f"{rng.choice(TITLES)}{c}{surname}"
    elif shape == "given given":
        who = f"{given}{c}{man}"
    elif shape == "place kind":
        who = f"the {place}{c}{kind}"
    elif shape == "surname word":
        who = f"{rng.choice([given, man])} {surname}{c}{rng.choice(['Senior', 'Junior', 'Statement', 'Report'])}"
    else:
        who = f"{given.upper()}{c}{surname.upper()}"
    sentence = rng.choice(FRAMES).format(X=who)
    sentence = sentence[0].upper() + sentence[1:]
    secrets = [w for w in (given, surname, man, place) for part in [w] if part.lower() in who.lower()]
    return {"seed": seed, "kind": shape, "rules": rules, "sentence": sentence, "secrets": secrets}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(6)]


def _visible(text: str) -> str:
    from redact.normalise import INVISIBLE

    return "".join(" " if ch in INVISIBLE else ch for ch in text)


def run_case(case: dict, verify: bool = True) -> tuple[str, list[str]]:
    """The output and what is wrong: a listed word left ("leak"), verify passing the draft ("verify silent") or
    failing the output ("verify refuses the output"); for a control, any change ("changed")."""
    import re
    import warnings

    from redact.pipeline import Redactor
    from redact.rules import parse_rules
    from redact.api import verify_bytes

    rules = parse_rules(case["rules"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        output = Redactor(rules).redact_text(case["sentence"])
    if case["kind"] == "control":
        # read as the words written with a space between them, no more ("the Helpline" may be read as a place)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            spaced = Redactor(rules).redact_text(_visible(case["sentence"]))
        return output, [] if _visible(output) == spaced else ["changed"]
    problems = []
    shown = _visible(output)
    for secret in case["secrets"]:
        for word in secret.split():
            if re.search(rf"(?i)(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", shown) or word.lower() in output.lower():
                problems.append("leak")
                break
    if verify:
        if verify_bytes(case["sentence"].encode("utf-8"), "txt", rules).ok:
            problems.append("verify silent")
        if not verify_bytes(output.encode("utf-8"), "txt", rules).ok:
            problems.append("verify refuses the output")
    return output, problems


def count(seeds) -> dict[str, tuple[int, int]]:
    totals: dict[str, list[int]] = {}
    for seed in seeds:
        for case in make_cases(seed):
            _, problems = run_case(case)
            kind = "control" if case["kind"] == "control" else "listed word"
            for label, wrong in ((kind, bool(problems)), *(((f"{kind}: {p}", True) for p in set(problems)))):
                entry = totals.setdefault(label, [0, 0])
                entry[0] += wrong
                entry[1] += label == kind
    return {kind: (wrong, totals[kind.split(":")[0]][1]) for kind, (wrong, _) in sorted(totals.items())}


if __name__ == "__main__":
    import sys

    for seed in map(int, sys.argv[1:]):
        for case in make_cases(seed):
            output, problems = run_case(case)
            print(seed, case["kind"], repr(case["sentence"]), "->", repr(output), *problems)
