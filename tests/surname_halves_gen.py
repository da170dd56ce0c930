"""Generated cases: one part of a listed person's compound surname written alone, after a title, after the given
name, or as a possessive ("Ms Rahman", "Mrs Begum" of Aisha Rahman-Begum; "Mr Wiśniewski" of Tomasz
Kowalczyk-Wiśniewski; "Sra García" of María García López; "Ms Cali" of Faadumo Cali Jaamac; "Mrs de la Cruz").

Each seed gives a small review: three listed people of different communities (and, one seed in three, a relative
listed beside one of them whose own surname is one of the parts) and sentences that each name one of them by a
part of the surname. ``check`` redacts each sentence alone and says what went wrong: a part left or verify silent
on the output (a leak), or the person not given their own pseudonym (mapping).

``generate_same_family`` (a stream of its own, added after ``generate`` was measured): a listed relative of the other
sex whose own surname is one part, the middle word of a three-word name included ("Tariq Abdi" beside Khadra Abdi
Farah), named by each person's title, given name and alone; and a title of the other sex before a part with no such
relative listed ("Mr Rahman" of Aisha Rahman-Begum: somebody unlisted of her family).

Tuned seeds: ``TUNED``; held back (counted only at the end): ``HELD_BACK``. ``python tests/surname_halves_gen.py
[--held-back] [--same-family | --all] [--seeds 1,2] [-v]``.
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
    unlisted: bool = False  # somebody unlisted of the family: no listed pseudonym, no part left


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


# the same-family cases: a listed relative of the other sex whose own surname is one part of the person's ("Yusuf
# Rahman" beside Aisha Rahman-Begum; "Tariq Abdi" beside Khadra Abdi Farah, whose middle word is a surname to
# agencies), and a title of the other sex before a part with no such relative listed ("Mr Rahman" of Aisha
# Rahman-Begum: her father or brother, a person of her family, never her pseudonym)
_OTHER_SEX = {"f": "m", "m": "f"}
# Somali women whose given name the name lists know as a woman's, and whose middle word (the father's given name,
# a surname to agencies) they know as a man's ("Amina Abdi Warsame": "Ms Abdi" is her)
_FAMILY_COMMUNITIES = {
    **_COMMUNITIES,
    "somali_patronymic": ([("Amina", "f"), ("Fatima", "f"), ("Hawa", "f"), ("Sahra", "f"), ("Asha", "f"),
                           ("Farhiya", "f"), ("Liban", "m"), ("Abdullahi", "m")],
                          [("Abdi", "Warsame"), ("Mohamed", "Jama"), ("Hassan", "Egal"), ("Ahmed", "Duale"),
                           ("Omar", "Guled"), ("Ismail", "Nur")], " "),
}
_SAME_FAMILY = {
    "title": ["{t} {h} called the police at 22:10.", "The health visitor saw {t} {h} at home.",
              "{t} {h}'s GP made a referral to the service."],
    "given": ["{g} {h} attended the clinic on 4 June.", "Records show that {g} {h} had moved twice."],
    "alone m": ["{h} said he was tired.", "{h}'s mother called the police.",
                "The officer spoke to {h} about his drinking."],
    "alone f": ["{h} said she was tired.", "{h}'s mother called the police.",
                "The officer spoke to {h} about her drinking."],
}


def _relative_given(rng: random.Random, community: str, sex: str) -> str:
    """A given name of ``sex`` from the person's community where it has one, else from any."""
    own = [given for given, s in _FAMILY_COMMUNITIES[community][0] if s == sex]
    every = sorted({given for givens, _, _ in _FAMILY_COMMUNITIES.values() for given, s in givens if s == sex})
    return rng.choice(own or every)


def _listed_name(given: str, sex: str, surname: str) -> str:
    """A listed name that says the person's sex: with a title where the name lists do not read the given name as
    of that sex ("Ruud", "Mahad", "Khadra" unknown; "Ayaan" a man's), as a reviewer writes "Mr Mahad Duale" to say
    it. Without it no title can tell the two listed people apart (open: ``docs/quality.md``)."""
    from redact.variants import likely_gender

    if likely_gender(given) == {"f": "female", "m": "male"}[sex]:
        return f"{given} {surname}"
    return f"{'Ms' if sex == 'f' else 'Mr'} {given} {surname}"


def generate_same_family(seed: int) -> list[Case]:
    """Cases of the lead's rule for a part another listed person may be: a part that is a listed relative's own
    surname is the relative alone and after the relative's title, and the person after the person's title or given
    name; a title of the other sex before a part, with nobody of that surname listed, is somebody of the family
    (``Case.unlisted``). A random stream of its own, so ``generate``'s cases are those measured before it."""
    rng = random.Random(seed * 7919 + 17)
    community = rng.choice(sorted(_FAMILY_COMMUNITIES))
    givens, surnames, joint = _FAMILY_COMMUNITIES[community]
    given, sex = rng.choice(givens)
    parts = rng.choice(surnames)
    pseudonym, relative_pseudonym = rng.sample(_PSEUDONYMS, 2)
    person = {"name": _listed_name(given, sex, joint.join(parts)), "pseudonym": pseudonym}
    from redact.variants import other_gender_surnames

    # the middle word of a three-word name (Somali, Spanish) is chosen as often as the other part; a relative of the
    # other sex writes a gendered part in the other form ("Wiśniewska", her father "Wiśniewski"): no such part here
    part = rng.choice(parts)
    other = _OTHER_SEX[sex]
    shareable = [p for p in parts if not other_gender_surnames(p.split()[-1])]
    cases: list[Case] = []
    if seed % 2 and shareable:
        part = rng.choice(shareable)
        relative = {"name": _listed_name(_relative_given(rng, community, other), other, part),
                    "pseudonym": relative_pseudonym}
        rules = {"people": [person, relative], "dates": {"date_of_death": "2021-04-17"}}
        wanted = [("title", sex, pseudonym), ("given", sex, pseudonym), ("alone " + other, other, relative_pseudonym),
                  ("title", other, relative_pseudonym)]
        # the last word of a name written without a hyphen is the person's whole surname too: alone it is either
        # listed person's (``generate``'s shared case)
        either = joint == " " and part == parts[-1]
        for kind, title_sex, whom in wanted:
            title = rng.choice([t for t in _TITLES[title_sex] if t != "Dr"])   # "Dr" says no sex
            text = rng.choice(_SAME_FAMILY[kind]).format(t=title, g=given, h=part)
            may = [pseudonym] if either and kind.startswith("alone") else []
            cases.append(Case(rules, text, part, whom, "same family " + kind.split()[0] +
                              (" of the relative's sex" if kind == "title" and title_sex == other else ""),
                              community, [p for p in (pseudonym, relative_pseudonym) if p != whom and p not in may],
                              may))
    else:
        rules = {"people": [person], "dates": {"date_of_death": "2021-04-17"}}
        title = rng.choice([t for t in _TITLES[other] if t != "Dr"])
        text = rng.choice(_SAME_FAMILY["title"]).format(t=title, h=part)
        cases.append(Case(rules, text, part, "", "other sex title", community, [pseudonym], unlisted=True))
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
    if case.unlisted:
        return ("mapping", out) if any(other in out for other in case.others) else (None, out)
    if not any(p in out for p in (case.pseudonym, *case.also)) or re.search(r"\bPerson \d", out) or any(
            other in out for other in case.others if other != case.pseudonym):
        return "mapping", out
    return None, out


def run(seeds, verbose: bool = False, cases_of=None) -> dict[str, int]:
    """Counts over ``seeds`` of every generated case (``cases_of``: one generator alone)."""
    import warnings

    from redact.pipeline import Redactor

    counts = {"cases": 0, "leak": 0, "mapping": 0}
    for seed in seeds:
        batches = [cases_of(seed)] if cases_of else [generate(seed), generate_same_family(seed)]
        for cases in batches:
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
                              f"(want {case.pseudonym or 'nobody listed'})")
    return counts


if __name__ == "__main__":
    import sys

    which = HELD_BACK if "--held-back" in sys.argv else TUNED
    if "--seeds" in sys.argv:   # "--seeds 6,22": those seeds alone
        which = [int(seed) for seed in sys.argv[sys.argv.index("--seeds") + 1].split(",")]
    # the halves alone (the patch's first measure) unless --same-family (those alone) or --all
    only = None if "--all" in sys.argv else generate_same_family if "--same-family" in sys.argv else generate
    print(run(which, verbose="-v" in sys.argv, cases_of=only))
