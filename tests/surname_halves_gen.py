"""Generated cases: one part of a listed person's compound surname written alone, after a title, after the given
name, or as a possessive ("Ms Rahman", "Mrs Begum" of Aisha Rahman-Begum; "Mr Wiśniewski" of Tomasz
Kowalczyk-Wiśniewski; "Sra García" of María García López; "Ms Cali" of Faadumo Cali Jaamac; "Mrs de la Cruz").

Each seed gives a small review: three listed people of different communities (and, one seed in three, a relative
listed beside one of them whose own surname is one of the parts) and sentences that each name one of them by a
part of the surname. ``check`` redacts each sentence alone and says what went wrong: a part left or verify silent
on the output (a leak), or the person not given their own pseudonym (mapping).

Tuned seeds: ``TUNED``; held back (counted only at the end): ``HELD_BACK``.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

# (given name, sex) per community, and compound surnames: each a list of the parts and how they are joined
_COMMUNITIES = {
    "english": ([("Leanne", "f"), ("Charlotte", "f"), ("Rebecca", "f"), ("Gemma", "f"), ("Oliver", "m"),
                 ("James", "m"), ("Daniel", "m"), ("Harriet", "f"), ("Thomas", "m"), ("Jessica", "f")],
                [("Smith", "Jones"), ("Pryce", "Harding"), ("Fenwick", "Clarke"), ("Ashby", "Marsh"),
                 ("Carter", "Holt"), ("Harding", "Lowe"), ("Bowen", "Lyle"), ("Hartley", "Brook"),
                 ("Norris", "Dunn"), ("Whitworth", "Kemp")], "-"),
    "bangladeshi_pakistani": ([("Aisha", "f"), ("Nasima", "f"), ("Rehana", "f"), ("Shamima", "f"),
                               ("Farida", "f"), ("Imran", "m"), ("Jamal", "m"), ("Shahid", "m"), ("Yasmin", "f"),
                               ("Tariq", "m")],
                              [("Rahman", "Begum"), ("Ahmed", "Khatun"), ("Uddin", "Begum"), ("Chowdhury", "Khatun"),
                               ("Hussain", "Bibi"), ("Akhtar", "Khan"), ("Iqbal", "Malik"), ("Miah", "Begum"),
                               ("Choudhury", "Bibi"), ("Islam", "Khatun")], "-"),
    "polish": ([("Tomasz", "m"), ("Dariusz", "m"), ("Piotr", "m"), ("Krzysztof", "m"), ("Marek", "m")],
               [("Kowalczyk", "Wiśniewski"), ("Nowak", "Zieliński"), ("Kamiński", "Lewandowski"),
                ("Wójcik", "Dąbrowski"), ("Mazur", "Kaczmarek"), ("Jankowski", "Wróbel")], "-"),
    "polish_women": ([("Katarzyna", "f"), ("Agnieszka", "f"), ("Magdalena", "f"), ("Ewa", "f"), ("Joanna", "f")],
                     [("Kowalczyk", "Wiśniewska"), ("Nowak", "Zielińska"), ("Kamińska", "Lewandowska"),
                      ("Wójcik", "Dąbrowska"), ("Mazur", "Kaczmarek"), ("Jankowska", "Wróbel")], "-"),
    # Polish women listed with the man's form of the surname, written with the woman's
    "polish_women_listed_as_ski": ([("Katarzyna", "f"), ("Monika", "f"), ("Beata", "f"), ("Dorota", "f")],
                                   [("Kowalczyk", "Wiśniewski"), ("Lewicki", "Nowak"), ("Zawadzki", "Mazur"),
                                    ("Jabłoński", "Wójcik")], "-"),
    "spanish_portuguese": ([("María", "f"), ("Lucía", "f"), ("Carmen", "f"), ("José", "m"), ("Carlos", "m"),
                            ("Camila", "f"), ("João", "m"), ("Valentina", "f"), ("Diego", "m")],
                           [("García", "López"), ("Fernández", "Ortega"), ("Rodríguez", "Pérez"),
                            ("Torres", "Vargas"), ("Pereira", "Santos"), ("Hernández", "Ruiz"), ("Moreno", "Castillo"),
                            ("Gutiérrez", "Navarro")], " "),
    "somali": ([("Faadumo", "f"), ("Hodan", "f"), ("Ayaan", "f"), ("Abdirahman", "m"), ("Mahad", "m"),
                ("Khadra", "f"), ("Nimco", "f")],
               [("Cali", "Jaamac"), ("Maxamed", "Warsame"), ("Mohamed", "Hassan"), ("Cabdi", "Faarax"),
                ("Yusuf", "Egal"), ("Axmed", "Nuur"), ("Ismail", "Duale")], " "),
    "particles": ([("Ana", "f"), ("Pieter", "m"), ("Lotte", "f"), ("Marta", "f"), ("Aoife", "f"), ("Ruud", "m")],
                  [("de la Cruz", "Romero"), ("van der Berg", "Visser"), ("de Vries", "Bakker"),
                   ("van Dijk", "Jansen"), ("Ní Bhriain", "Walsh"), ("da Silva", "Costa")], "-"),
}
_PSEUDONYMS = ["Aurora", "Bianca", "Cosima", "Delphine", "Esme", "Flavia", "Greta", "Honor", "Ines", "Juno",
               "Ambrose", "Barnaby", "Cassius", "Dorian", "Evander", "Fabian", "Gideon", "Horatio"]
_OWNERS = [("Nadia", "f"), ("Rokeya", "f"), ("Tahmina", "f"), ("Halina", "f"), ("Bogdan", "m"), ("Concha", "f"),
           ("Sagal", "f"), ("Warda", "f"), ("Graham", "m")]

_TITLES = {"f": ["Mrs", "Ms", "Miss", "Dr"], "m": ["Mr", "Dr"]}
# {t} a title fitting the person, {g} the given name, {h} the part
_SENTENCES = {
    "title": ["{t} {h} called the police at 22:10.", "A letter was sent to {t} {h} in May.",
              "The health visitor saw {t} {h} at home.", "{t} {h} did not attend the appointment.",
              "According to {t} {h}, the door had been forced."],
    "title possessive": ["{t} {h}'s GP made a referral to the service.", "The officer noted {t} {h}'s injuries."],
    "given": ["{g} {h} attended the clinic on 4 June.", "The school contacted {g} {h} about the absence.",
              "Records show that {g} {h} had moved twice."],
    "given possessive": ["{g} {h}'s sister raised the alarm.", "Nobody asked about {g} {h}'s finances."],
    "alone": ["{h} told the worker she was afraid.", "The worker asked {h} whether things had changed.",
              "{h} was not at the address."],
    "alone possessive": ["{h}'s flat was searched.", "The panel read {h}'s statement twice."],
}


@dataclass
class Case:
    rules: dict
    text: str
    part: str               # the part of the surname the sentence writes
    pseudonym: str          # whom it must become (the listed person whose own name wins for a shared part)
    kind: str
    community: str
    others: list[str] = field(default_factory=list)     # pseudonyms it must not become
    also: list[str] = field(default_factory=list)       # pseudonyms it may become instead (a shared surname)


def _person(rng: random.Random, community: str, used: set[str]):
    givens, surnames, joint = _COMMUNITIES[community]
    given, sex = rng.choice(givens)
    # no part shared by two of the three (a family sharing one is the relative case of ``generate``)
    parts = rng.choice(surnames)
    while used & set(parts):
        parts = rng.choice(surnames)
    used.update(parts)
    return given, sex, parts, f"{given} {joint.join(parts)}"


def _written_parts(parts: tuple[str, str], sex: str, community: str) -> list[str]:
    """The parts as a draft writes them after a title or alone: with a particle and without ("de la Cruz",
    "Cruz"); a listed woman's "-ski" part in the woman's "-ska" form too (Polish women listed in the man's form)."""
    from redact.variants import other_gender_surnames

    out = []
    for part in parts:
        out.append(part)
        if " " in part:
            out.append(part.split()[-1])
        if sex == "f" and community == "polish_women_listed_as_ski" and part.endswith(("ski", "cki")):
            out += [other for other in other_gender_surnames(part) if other.endswith("a")]
    return out


def generate(seed: int) -> list[Case]:
    rng = random.Random(seed)
    communities = rng.sample(sorted(_COMMUNITIES), 3)
    used: set[str] = set()
    people = [_person(rng, community, used) for community in communities]
    pseudonyms = rng.sample(_PSEUDONYMS, 3)
    listed = [{"name": name, "pseudonym": pseudonym} for (_, _, _, name), pseudonym in zip(people, pseudonyms)]
    shared: tuple[int, str, str] | None = None  # (index, part, sex)
    if seed % 3 == 0:
        # a relative listed too, whose own surname is one part of the first person's ("Rokeya Begum")
        index = 0
        given, sex, parts, _ = people[index]
        part = rng.choice(parts)
        owner, owner_sex = rng.choice(_OWNERS)
        listed.append({"name": f"{owner} {part}", "pseudonym": "Relative A"})
        shared = (index, part, owner_sex)
    rules = {"people": listed, "dates": {"date_of_death": "2021-04-17"}}
    cases: list[Case] = []
    for index, ((given, sex, parts, name), (community)) in enumerate(zip(people, communities)):
        written = _written_parts(parts, sex, community)
        for kind in rng.sample(sorted(_SENTENCES), 4):
            part = rng.choice(written)
            if shared and shared[0] == index and part.split()[-1] == shared[1].split()[-1] and kind != "given" \
                    and kind != "given possessive":
                continue     # the shared part alone or after a title: see below
            template = rng.choice(_SENTENCES[kind])
            title = rng.choice(_TITLES[sex])
            text = template.format(t=title, g=given, h=part)
            cases.append(Case(rules, text, part, listed[index]["pseudonym"], kind, community,
                              [p for p in pseudonyms if p != listed[index]["pseudonym"]] + ["Relative A"]))
    if shared:
        index, part, owner_sex = shared
        owner_pseudonym = "Relative A"
        # the part after a title is the relative whose whole surname it is, never the listed person
        kind = rng.choice(["title", "title possessive"])
        title = rng.choice(_TITLES[owner_sex])
        text = rng.choice(_SENTENCES[kind]).format(t=title, g="", h=part)
        # the last word of a name written without a hyphen is its surname as much as the relative's is: two listed
        # people of one surname, which the project gives either (``variants``' order); never a third person
        either = _COMMUNITIES[communities[index]][2] == " " and part == people[index][2][-1]
        cases.append(Case(rules, text, part, owner_pseudonym, "shared " + kind, communities[index],
                          [p for p in pseudonyms if not (either and p == listed[index]["pseudonym"])],
                          [listed[index]["pseudonym"]] if either else []))
    return cases


TUNED = range(1, 61)
HELD_BACK = range(5001, 5061)


def _words(text: str) -> set[str]:
    from redact.normalise import fold_key

    return set(re.findall(r"[^\W\d_]+", fold_key(text)))


def check(case: Case, redactor) -> tuple[str | None, str]:
    """(None, output) when the case is right; else ("leak" or "mapping", output)."""
    from redact.api import verify_bytes

    out = redactor.redact_text(case.text)
    part_words = _words(case.part) - {"de", "la", "van", "der", "da", "ni"}
    if part_words & _words(out) - _words(case.pseudonym) or not verify_bytes(out.encode(), "txt", case.rules).ok \
            or verify_bytes(case.text.encode(), "txt", case.rules).ok:
        return "leak", out
    if not any(p in out for p in (case.pseudonym, *case.also)) or re.search(r"\bPerson \d", out) or any(
            other in out for other in case.others if other != case.pseudonym):
        return "mapping", out
    return None, out


def run(seeds, verbose: bool = False) -> dict[str, int]:
    import warnings

    from redact.pipeline import Redactor

    counts = {"cases": 0, "leak": 0, "mapping": 0}
    for seed in seeds:
        cases = generate(seed)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            redactor = Redactor(cases[0].rules)
        for case in cases:
            counts["cases"] += 1
            wrong, out = check(case, redactor)
            if wrong:
                counts[wrong] += 1
                if verbose:
                    print(f"{seed} {wrong} [{case.community}/{case.kind}] {case.text!r} -> {out!r} "
                          f"(want {case.pseudonym})")
    return counts


if __name__ == "__main__":
    import sys

    which = HELD_BACK if "--held-back" in sys.argv else TUNED
    print(run(which, verbose="-v" in sys.argv))
