"""Fictional short drafts that define a LISTED person's letters of the given names alone, a compound given name
without the surname ("Dil Kumari Gurung (DK)", "Rajendra Bahadur Thapa (hereafter RB)", a row "JC | Juan Carlos
Moreno"), then call the person by them (helper ``initials55``, 2026-12-07).

Names from many communities whose given name is two words or a hyphened one: Nepali (Dil Kumari, Ram Bahadur),
Sikh (Jaspreet Kaur as given and middle), Spanish and Latin American (María José, Juan Carlos), Arabic (Abdul
Rahman, Mohamed Ali), Vietnamese written family name first (Nguyen Thi Lan: "TL"), Filipino (Maria Cristina),
Korean (Min Jun), French (Jean-Pierre: "JP"); the letters bare, dotted ("D.K.") or spaced ("D. K.").

Kinds: ``defined`` (a definition, then two uses where the sentence makes the letters somebody); its outcomes
``leak`` (the letters or a word of the name survive), ``mapping`` (a use is not the person's pseudonym), ``silent``
(verify, reading the draft, reports no more than it does with the uses' letters taken out: it would pass the
letters; counted apart from apply's outcome, "leak+silent"). CONTROLS, whose letters must not become the listed person: ``undefined`` (the same letters with no
definition: left to what the other readers do), ``service`` (an acronym with the same letters defined after a
service's name, in a sentence with the other listed person), ``unlisted`` (an unlisted person's given names with the
same letters, defined after that name), ``another name`` (the letters defined after the other listed person's
name), ``numbered`` (the letters defined for the person, then "Part DK of the
guidance", "DK Leipzig": no person there); outcome ``taken`` (the pseudonym stands where the letters were).
Run ``python tests/given_name_letters_gen.py [--show] [--part tuned|held-back|both]``.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

# (given names, surname, pseudonym, whether the family name is written first)
LISTED = [("Dil Kumari", "Gurung", "Devi", False), ("Ram Bahadur", "Tamang", "Hari", False),
          ("Min Bahadur", "Rai", "Bikash", False), ("Sita Devi", "Shrestha", "Gita", False),
          ("Jaspreet Kaur", "Sidhu", "Simran", False), ("Harjinder Singh", "Gill", "Karan", False),
          ("María José", "Fernández", "Lucía", False), ("Juan Carlos", "Moreno", "Diego", False),
          ("José Luis", "Ramírez", "Pablo", False), ("Abdul Rahman", "Qasim", "Yusuf", False),
          ("Mohamed Ali", "Farah", "Omar", False), ("Thi Lan", "Nguyen", "Hoa", True),
          ("Thi Mai", "Pham", "Linh", True), ("Maria Cristina", "Santos", "Joy", False),
          ("John Paul", "Reyes", "Mark", False), ("Min Jun", "Park", "Jisoo", False),
          ("Seo Yeon", "Choi", "Hana", False), ("Jean-Pierre", "Dubois", "Luc", False),
          ("Marie-Claire", "Lefèvre", "Anne", False), ("Anna Maria", "Kowalska", "Ewa", False),
          ("Nur Aisyah", "Hamid", "Siti", False), ("Kofi Mensah", "Boateng", "Kwame", False)]
# the other listed person of each draft: one given name (no letters of given names alone)
OTHERS = [("Sunita", "Thapa", "Asha"), ("Beata", "Nowak", "Ola"), ("Grace", "Mwangi", "Ruth"),
          ("Olena", "Kovalenko", "Iryna"), ("Fatima", "Begum", "Sara"), ("Chloe", "Whitfield", "Emma")]
# unlisted given names by their first letter, for an unlisted person with the same letters
UNLISTED_GIVEN = {"A": ["Arjun", "Amal"], "C": ["Carlos", "Chen"], "D": ["Deepak", "Daniela"], "H": ["Hamid", "Hye"],
                  "J": ["Jorge", "Jasleen"], "K": ["Krishna", "Kamal"], "L": ["Lina", "Leticia"],
                  "M": ["Manuel", "Mahmoud"], "P": ["Pedro", "Prem"], "R": ["Rosa", "Rakesh"], "S": ["Sandeep", "Soo"],
                  "B": ["Bishnu", "Bilal"], "T": ["Teresa", "Tariq"], "Y": ["Yasmin", "Yong"], "N": ["Nabil", "Noor"]}
UNLISTED_SURNAMES = ["Karki", "Ortega", "Haddad", "Bajwa", "Lim", "Okoro"]
# service words by their first letter, for an acronym with the same letters
SERVICE_WORDS = {"A": "Advocacy", "B": "Bridge", "C": "Community", "D": "Domestic", "H": "Housing", "J": "Justice",
                 "K": "Kinship", "L": "Liaison", "M": "Mediation", "N": "Navigator", "P": "Partnership",
                 "R": "Recovery", "S": "Support", "T": "Transition", "Y": "Youth"}

VERBS = ["rang the police", "moved to the flat", "did not attend the meeting", "told the officer she was scared"]
DEFINITIONS = [("{N} ({I}) {v}.", "bracket"), ("{N} ('{I}') {v}.", "quoted"),
               ("{N} (hereafter {I}) {v}.", "hereafter"),
               ("{N}, referred to in this report as {I}, {v}.", "referred to as"),
               ("{N} (known as {I}) {v}.", "known as"),
               ("{I} | {N}\nChronology:", "table row"), ("| {N} | {I} |\nChronology:", "table row"),
               ("Call from Mx {S} ({I}): she {v}.", "title and surname")]
USES = ["{I} said she was scared.", "Police arrested {I} at the address.", "{I}'s sister rang the police.",
        "The officer spoke to {I} at the scene.", "{I} did not attend the meeting.",
        "Later {I} told the GP about the bruising."]


def _letters(given: str) -> str:
    return "".join(part[0] for word in given.split() for part in word.split("-"))


def _spell(letters: str, how: str) -> str:
    return {"bare": letters, "dotted": "".join(f"{c}." for c in letters),
            "spaced": " ".join(f"{c}." for c in letters)}[how]


def _ascii(text: str) -> str:
    from redact.initials import ascii_letter

    return "".join(ascii_letter(c) for c in text)


def make_cases(seed: int) -> list[dict]:
    rng = random.Random(seed)
    given, surname, pseudonym, family_first = rng.choice(LISTED)
    og, osn, opseud = rng.choice(OTHERS)
    name = f"{surname} {given}" if family_first else f"{given} {surname}"
    rules = {"version": 1, "review": "test", "dates": {"date_of_death": "2023-07-09"},
             "people": [{"name": f"{og} {osn}", "pseudonym": opseud}, {"name": name, "pseudonym": pseudonym}]}
    letters = _ascii(_letters(given))
    how = rng.choice(["bare", "bare", "dotted", "spaced"])
    written = _spell(letters, how)
    v = rng.choice(VERBS)
    definition, label = rng.choice(DEFINITIONS)
    uses = rng.sample(USES, 2)
    other = f"{og} {osn} was 34 in 2023."
    common = {"seed": seed, "rules": rules, "pseudonym": pseudonym, "letters": letters, "written": written,
              "name_words": [*given.replace("-", " ").split(), surname]}
    defined = definition.format(N=name, S=surname, I=written, v=v)
    cases = [{**common, "kind": "defined", "label": label,
              "sentence": " ".join([defined, *(use.format(I=written) for use in uses), other]),
              "without_uses": " ".join([defined, *(use.format(I="the caller") for use in uses), other]),
              "uses": len(uses), "table": label == "table row"}]
    control = rng.choice(["undefined", "service", "unlisted", "numbered", "another name"])
    if control == "undefined":
        text = f"{name} {v}. {uses[0].format(I=written)} {other}"
    elif control == "service":
        service = " ".join(SERVICE_WORDS.get(c, c + "ortland") for c in letters) + " Service"
        text = f"{og} {osn} was referred to the {service} ({written}). {written} closed the case in May. {name} {v}."
    elif control == "unlisted":
        unlisted = " ".join(rng.choice(UNLISTED_GIVEN.get(c, [c + "alia"])) for c in letters)
        text = f"{unlisted} {rng.choice(UNLISTED_SURNAMES)} ({written}) {v}. {uses[0].format(I=written)} {name} {v}."
    elif control == "another name":
        text = f"{og} {osn} ({written}) {v}. {uses[0].format(I=written)} {name} {v}."
    else:
        text = f"{defined} See Part {written} of the guidance. {written} Leipzig won the match. {other}"
    cases.append({**common, "kind": control, "label": control, "sentence": text,
                  "table": control == "numbered" and label == "table row"})
    return cases


def _letters_left(case: dict, output: str) -> int:
    pattern = r"(?<![^\W\d_])" + r"[.\s]{0,2}".join(map(re.escape, case["letters"])) + r"\.?(?![^\W\d_])"
    return len(re.findall(pattern, output))


def run_case(case: dict, redactor=None) -> tuple[str, str | None]:
    """Apply (and for ``defined``, verify) one case: (output, what went wrong or None)."""
    from quietly import redact_text, verify_text

    output = redact_text(case["sentence"], case["rules"])
    if case["kind"] != "defined":
        # the pseudonym only for the listed name itself (and its row's cells), never for the letters
        return output, "taken" if output.count(case["pseudonym"]) > 1 + case["table"] else None
    wrong = []
    if _letters_left(case, output) or any(re.search(r"(?<![^\W\d_])" + re.escape(word) + r"(?![^\W\d_])", output)
                                          for word in case["name_words"]):
        wrong.append("leak")
    elif output.count(case["pseudonym"]) != 1 + case["table"] + case["uses"]:
        # (a table's row keeps a cell for each: "| Devi | Devi |", as for the letters the rules give)
        wrong.append("mapping")
    if len(verify_text(case["sentence"], case["rules"]).leaks) <= len(verify_text(case["without_uses"],
                                                                                   case["rules"]).leaks):
        wrong.append("silent")
    return output, "+".join(wrong) or None


if __name__ == "__main__":
    from seed_tally import chosen_parts, print_case_tallies

    if "--dump" in sys.argv:
        # every case's output, for a byte comparison of two checkouts' controls
        for seed in [*TUNED, *HELD_BACK]:
            for case in make_cases(seed):
                print(seed, case["kind"], repr(run_case(case)[0]))
        sys.exit(0)
    print_case_tallies(lambda seeds: (c for seed in seeds for c in make_cases(seed)), run_case,
                       chosen_parts(TUNED, HELD_BACK, default="tuned"),
                       lambda case, result, output: f"{case['seed']:5d} {case['kind']:9s} {result:7s} "
                       f"{case['sentence']!r}\n{'':27s}→ {output!r}")
