"""Fictional DHR sentences naming services, hospital departments, clinics, councils and their abbreviations, courts
and titled officers, some holding a listed place, some a word that is also a place or a name.

Found by the lead (2026-12-07): "Day Surgery" and "Plastic Surgery" became "Place 1 Surgery" (a department read as
a town and its surgery), "LB Tower Hamlets" "Place 1 Area A" (the London Borough's letters read as a second place
beside the listed area's pseudonym), "Lord Justice Mensah" "Lord Person 1" (the office's word read as a given name).

Kinds of case (each seed gives one of each, in a shape drawn from running text, a chronology row with tabs, a
heading in capitals, a list item and an agency table's row):
- ``department``: a department or service with no place in its name: it must read as written;
- ``borough``: a listed London or royal borough with its abbreviation or full title ("LB Tower Hamlets", "London
  Borough of Newham", "RB Greenwich"): the area's pseudonym whole, no second pseudonym beside it, no letters left;
- ``office``: a title of office before an unlisted surname ("Lord Justice Mensah", "HHJ Kowalski"): the surname
  goes (a control: it must still change), the office's words stay;
- ``control: listed place``: a listed town inside an institution's name ("Dewsbury District Hospital"): the
  town's pseudonym with the rest as written, the town never left.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
(``python tests/test_institution_words.py [--show]``).
"""
from __future__ import annotations

import random
import re

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

FAMILIES = [("Hodan Warsame", "Abdi Warsame", "Layla Warsame"), ("Priya Sharma", "Ravi Sharma", "Anjali Sharma"),
            ("Agnieszka Nowak", "Tomasz Nowak", "Zofia Nowak"), ("Chloe Evans", "Dylan Evans", "Megan Evans"),
            ("Funmilayo Adebayo", "Tunde Adebayo", "Tobi Adebayo"), ("Thi Lan Nguyen", "Van Minh Nguyen", "Bao Nguyen"),
            ("Siobhan Doyle", "Sean Doyle", "Ciara Doyle"), ("Mirela Popescu", "Andrei Popescu", "Ioana Popescu"),
            ("Shabana Hussain", "Imran Hussain", "Zara Hussain"), ("Oksana Melnyk", "Dmytro Melnyk", "Sofia Melnyk"),
            ("Ayse Yilmaz", "Mehmet Yilmaz", "Elif Yilmaz"), ("Marcia Campbell", "Delroy Campbell", "Jada Campbell")]
PSEUDONYMS = (("Anna", "Ben", "Child A"), ("Rose", "Carl", "Child B"), ("Grace", "Dan", "Child C"))

# the specialties, treatments and services a hospital's department or a council's team is named by; each an English
# word (or two) a town may also be called by, or none
DEPARTMENT_WORDS = [
    "Day", "Plastic", "Orthopaedic", "Cardiac", "Vascular", "Dental", "Maternity", "Fracture", "Breast", "Eye",
    "Sexual Health", "Minor Injuries", "Urgent Care", "Memory", "Pain", "Renal", "Stroke", "Burns", "Trauma",
    "Paediatric", "Neonatal", "Acute Medical", "Early Intervention", "Crisis", "Substance Misuse", "Perinatal",
    "Liaison", "Podiatry", "Physiotherapy", "Dermatology", "Outpatient", "Fertility", "Colorectal", "Spinal", "Hand",
    "Oral", "Cosmetic", "Weight Management", "Sleep", "Diabetes", "Respiratory", "Ambulatory", "Elective",
    "Emergency", "Gynaecology", "Bariatric", "Chest", "Wound", "Hearing", "Speech and Language", "Family Support",
    "Early Help", "Housing Options", "Floating Support", "Adult Social Care", "Rapid Response", "Intensive Care",
    "Critical Care", "Keyhole", "Foot", "Skin", "Heart", "Kidney", "Liver", "Brain Injury", "Addiction",
    "Homelessness", "Resettlement", "Reablement", "Integrated Offender", "Youth Offending", "Leaving Care",
    "Domestic Abuse", "Victim Support", "Bereavement", "Counselling", "Talking Therapies", "Recovery"]
DEPARTMENT_KINDS = ["Surgery", "Unit", "Clinic", "Service", "Team", "Department", "Centre", "Ward", "Hub",
                    "Day Centre", "Health Centre", "Medical Centre", "Hospital", "Recovery Service", "Housing",
                    "Mental Health Team", "Homes", "Partnership", "Refuge", "Project", "Family Centre"]

# listed areas: (name, its London Borough / Royal Borough title word, its letters as councils write them)
BOROUGHS = [("Tower Hamlets", "LB", "LBTH"), ("Newham", "LB", "LBN"), ("Hackney", "LB", "LBH"),
            ("Barking and Dagenham", "LB", "LBBD"), ("Waltham Forest", "LB", "LBWF"), ("Haringey", "LB", "LBH"),
            ("Lambeth", "LB", "LBL"), ("Southwark", "LB", "LBS"), ("Croydon", "LB", "LBC"),
            ("Hammersmith and Fulham", "LB", "LBHF"), ("Kensington and Chelsea", "RB", "RBKC"),
            ("Greenwich", "RB", "RBG"), ("Kingston upon Thames", "RB", "RBK"),
            ("Windsor and Maidenhead", "RB", "RBWM"), ("Brent", "LB", "LBB"), ("Ealing", "LB", "LBE")]
BOROUGH_FORMS = ["{LB} {A}", "{Title} of {A}", "{LB} of {A}", "{A} Council", "{A} {LB}"]

OFFICES = ["Lord Justice", "Lady Justice", "Mr Justice", "Mrs Justice", "HHJ", "His Honour Judge", "Her Honour Judge",
           "District Judge", "Deputy District Judge", "Recorder", "Senior Coroner", "Assistant Coroner", "Coroner",
           "Chief Constable", "Detective Chief Inspector", "Detective Superintendent", "Chief Superintendent",
           "Lord Advocate", "Judge", "Magistrate"]
SURNAMES = ["Mensah", "Kowalski", "Okonkwo", "Chaudhry", "Fitzpatrick", "Nakamura", "Oyelaran", "Haddad",
            "Szymanski", "Achterberg", "Bhattacharya", "Gallagher", "Ferreira", "Karimi", "Lindqvist", "Mwangi"]

TOWNS = [("Dewsbury", "Town B"), ("Luton", "Town C"), ("Merthyr Tydfil", "Town D"), ("Slough", "Town E"),
         ("Rochdale", "Town F"), ("Batley", "Town G"), ("Llanelli", "Town H"), ("Grimsby", "Town J"),
         ("Blackburn", "Town K"), ("Wolverhampton", "Town L")]
TOWN_INSTITUTIONS = ["District Hospital", "General Hospital", "Magistrates' Court", "Police", "Health Centre",
                     "Day Surgery", "Women's Aid", "Food Bank", "Family Hub", "Children's Centre", "Royal Infirmary",
                     "Crown Court", "Community Safety Partnership", "Walk-in Centre", "Medical Practice", "College"]

# the shapes a DHR writes a name in: {X} the name, {D} a date
SHAPES = {
    "start": ["{X} saw her twice in March.", "{X} made no referral.", "{X} was not told about the injuries."],
    "after the": ["She was referred to the {X} on 3 May.", "Notes from the {X} were shared late.",
                  "He had been known to the {X} since 2019."],
    "running": ["A nurse from {X} wrote to her GP.", "The panel thanks {X} for its report.",
                "She missed two appointments with {X} that year."],
    "chronology": ["{D}\t{X}\tAppointment missed; letter sent.", "{D}\t{X}\tReferral received and triaged."],
    "heading": ["{U}"],
    "list": ["- {X}", "• {X} (attended two panel meetings)"],
    "table": ["{X} | Safeguarding lead | IMR", "| {X} | Chronology | 14 contacts |"],
}
DATES = ["12/03/2021", "3 May 2021", "21.10.2020", "2020-11-04"]


def _sentence(rng: random.Random, name: str) -> tuple[str, str]:
    shape = rng.choice(sorted(SHAPES))
    frame = rng.choice(SHAPES[shape])
    text = frame.format(X=name, U=name.upper(), D=rng.choice(DATES))
    return text[:1].upper() + text[1:], shape


def _rules(rng: random.Random) -> tuple[dict, tuple[str, str], tuple[str, str, str], str]:
    victim, perpetrator, child = rng.choice(FAMILIES)
    names = rng.choice(PSEUDONYMS)
    town = rng.choice(TOWNS)
    borough = rng.choice(BOROUGHS)
    area = rng.choice(["Area A", "Area Z", "Borough X"])
    rules = {"version": 1, "review": "test",
             "people": [{"name": name, "pseudonym": pseudonym} for name, pseudonym in
                        zip((victim, perpetrator, child), names)],
             "places": [{"name": borough[0], "pseudonym": area}, {"name": town[0], "pseudonym": town[1]}],
             "dates": {"date_of_death": "2023-07-09"}}
    return rules, town, borough, area


def make_cases(seed: int) -> list[dict]:
    rng = random.Random(seed)
    rules, (town, town_pseudonym), (borough, lb, letters), area = _rules(rng)
    cases = []

    words = rng.choice(DEPARTMENT_WORDS)
    name = f"{words} {rng.choice(DEPARTMENT_KINDS)}"
    text, shape = _sentence(rng, name)
    cases.append({"kind": "department", "name": name, "text": text, "shape": shape})

    form = rng.choice(BOROUGH_FORMS + ([letters] if " " not in borough else [letters, f"{letters[2:]} Council"]))
    name = form.format(LB=lb, A=borough, Title="Royal Borough" if lb == "RB" else "London Borough")
    text, shape = _sentence(rng, name)
    cases.append({"kind": "borough", "name": name, "text": text, "shape": shape, "place": borough, "pseudonym": area,
                  "letters": {lb, letters, letters[2:]}})

    office, surname = rng.choice(OFFICES), rng.choice(SURNAMES)
    text, shape = _sentence(rng, f"{office} {surname}")
    cases.append({"kind": "office", "name": f"{office} {surname}", "text": text, "shape": shape, "office": office,
                  "surname": surname})

    institution = rng.choice(TOWN_INSTITUTIONS)
    text, shape = _sentence(rng, f"{town} {institution}")
    cases.append({"kind": "control: listed place", "name": f"{town} {institution}", "text": text, "shape": shape,
                  "place": town, "pseudonym": town_pseudonym, "rest": institution})
    for case in cases:
        case["rules"], case["seed"] = rules, seed
    return cases


_PSEUDONYM = r"(?:Place \d+|Person \d+|Area [A-Z]|Borough X|Town [A-Z])"


def problems(case: dict, output: str) -> list[str]:
    """What reads wrongly in ``output``: a leak (a listed place, an unlisted surname left), a word of a department
    or an office replaced, two pseudonyms side by side, letters of an abbreviation left beside a pseudonym."""
    # a heading is in capitals: what is written there is compared in capitals (a pseudonym may keep its own case)
    heading = case["shape"] == "heading"

    def has(part: str) -> bool:
        return part.upper() in output.upper() if heading else part in output
    found = []
    kind = case["kind"]
    if "place" in case and re.search(rf"(?<!\w){re.escape(case['place'])}(?!\w)", output, re.I):
        found.append("leak: the listed place left")
    if re.search(rf"{_PSEUDONYM}[^\S\n]+(?:of[^\S\n]+)?{_PSEUDONYM}", output, re.I):
        found.append("two pseudonyms side by side")
    if kind == "department" and not has(case["name"]):
        found.append("a department's word replaced")
    if kind == "borough":
        pseudonym = case["pseudonym"]
        if not has(pseudonym):
            found.append("the area's pseudonym missing")
        if any(re.search(rf"(?<![\w-]){letters}(?![\w-])", output) for letters in case["letters"]):
            found.append("the borough's letters left")
        if re.search(r"(?i)Borough[^\S\n]+of[^\S\n]+" + _PSEUDONYM, output):
            found.append("the title left before the pseudonym")   # "Royal Borough of" tells which of four
    if kind == "office":
        if re.search(rf"(?<!\w){case['surname']}(?!\w)", output, re.I):
            found.append("leak: the officer's surname left")
        # a police rank and the name go together as "Officer N" (the project's reading of a rank)
        if not has(case["office"]) and not re.search(r"(?i)Officer \d+", output):
            found.append("a word of the office replaced")
    if kind == "control: listed place" and not has(f"{case['pseudonym']} {case['rest']}"):
        found.append("not the town's pseudonym and the rest as written")
    return found


def _redactor(rules: dict):
    import warnings

    from redact.pipeline import Redactor

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Redactor(rules)


def run_seed(seed: int) -> list[tuple[dict, str, list[str]]]:
    cases = make_cases(seed)
    redactor = _redactor(cases[0]["rules"])
    return [(case, out, problems(case, out)) for case in cases for out in [redactor.redact_text(case["text"])]]


def count(seeds, show: bool = False) -> dict[str, str]:
    totals: dict[str, list[int]] = {}
    for seed in seeds:
        for case, output, found in run_seed(seed):
            entry = totals.setdefault(case["kind"], [0, 0])
            entry[0] += bool(found)
            entry[1] += 1
            for problem in found:
                if problem.startswith("leak"):
                    totals.setdefault("leaks", [0, 0])[0] += 1
                    totals["leaks"][1] = 0
            if show and found:  # only ever asked for the tuned seeds
                print(seed, repr(case["text"]), "->", repr(output), found)
    return {kind: f"{bad}/{of}" if of else str(bad) for kind, (bad, of) in sorted(totals.items())}
