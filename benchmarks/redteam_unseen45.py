"""A red-team generator of short, fictional DHR passages from many communities, with rules written as chairs write
them, to find leak classes the project has not seen (helper ``redteam45``, 2026-12-05).

Each case is one rules file (a victim, a perpetrator, children, relatives, a friend; the family's schools, places of
worship, GP surgery and workplaces listed as places; the dates of death and birth) and some passages written the
way narrative writers do: chronology rows, police log lines, quoted messages, possessives, titles, record order,
dates of death and birth in many written forms, contacts, and the listed places called as staff and families call
them (a school without its denomination, "St." for "St", "Ltd" left off a firm). Every planted value is recorded
with its class; a passage is also written with no listed thing at all, to count over-redaction.

For each planted value, after ``Redactor(rules).redact_text``:
- left: the value's tell (the written form, or a distinctive word of the listed name) still in the output;
- silent: left, and ``verify_bytes(output)`` passes it;
- verify-missed: ``verify_bytes`` passes the original passage (it would pass the value wherever apply left it).
Ordinary passages: changed = the output differs from the input.

    python benchmarks/redteam_unseen45.py                    # tuning seeds 45001-45006, with examples
    python benchmarks/redteam_unseen45.py --part held-back   # seeds 45101-45106: run once, at the end
"""
from __future__ import annotations

import argparse
import random
import re
import tempfile
import unicodedata
import warnings
from collections import Counter, defaultdict
from pathlib import Path

PARTS = {"tuning": range(45001, 45007), "held-back": range(45101, 45107)}

# (female given, male given, surnames) per community; all fictional combinations
COMMUNITIES = {
    "english": (("Kayleigh", "Shannon", "Leanne"), ("Jordan", "Darren", "Ryan"), ("Hollis", "Bramwell", "Tranter")),
    "welsh": (("Ffion", "Carys", "Nia"), ("Rhodri", "Gethin", "Iwan"), ("Prys", "Llewellyn", "ap Rhys")),
    "scottish": (("Eilidh", "Morag", "Kirsty"), ("Callum", "Euan", "Fraser"), ("MacAskill", "Drummond", "McInnes")),
    "irish": (("Siobhan", "Aisling", "Clodagh"), ("Cathal", "Donal", "Padraig"),
              ("O'Driscoll", "Ní Mhurchú", "Brennan-Keogh")),
    "polish": (("Katarzyna", "Agnieszka", "Magdalena"), ("Bartosz", "Grzegorz", "Łukasz"),
               ("Wróblewski", "Zielińska", "Kaczmarek")),
    "lithuanian": (("Rūta", "Agnė", "Jurgita"), ("Mindaugas", "Tomas", "Darius"),
                   ("Kazlauskas", "Petrauskienė", "Žukauskas")),
    "romanian": (("Ioana", "Mihaela", "Andreea"), ("Florin", "Cătălin", "Bogdan"),
                 ("Popescu", "Dumitrescu", "Țurcanu")),
    "nigerian": (("Ngozi", "Adaeze", "Funmilayo"), ("Chinedu", "Oluwaseun", "Emeka"),
                 ("Okonkwo", "Adeyemi", "Nwachukwu")),
    "ghanaian": (("Akosua", "Abena", "Efua"), ("Kwabena", "Kwame", "Yaw"), ("Asante", "Boateng", "Owusu-Ansah")),
    "somali": (("Hodan", "Ayaan", "Ubah"), ("Abdirahman", "Guled", "Mahad"), ("Warsame", "Abdillahi", "Jama")),
    "jamaican": (("Shanice", "Tanisha", "Marcia"), ("Delroy", "Lennox", "Desmond"),
                 ("Campbell-Grant", "Thelwell", "McKenzie")),
    "pakistani": (("Saima", "Nabila", "Rukhsana"), ("Imran", "Tariq", "Zeeshan"), ("Chaudhry", "Qureshi", "Malik")),
    "bangladeshi": (("Shirin", "Nasrin", "Rupa"), ("Shahid", "Rashed", "Mizanur"), ("Miah", "Uddin", "Begum")),
    "sikh": (("Harpreet", "Manjit", "Jasvir"), ("Gurdeep", "Sukhwinder", "Harjinder"),
             ("Dhaliwal", "Bains", "Randhawa")),
    "hindu": (("Priyanka", "Hetal", "Kavita"), ("Rakesh", "Nilesh", "Vikram"), ("Patel", "Mistry", "Chauhan")),
    "chinese": (("Xiaoling", "Mei", "Jingyi"), ("Wei", "Jianhua", "Hao"), ("Zhang", "Liang", "Huang")),
    "vietnamese": (("Thu", "Lan", "Huong"), ("Minh", "Tuan", "Duc"), ("Nguyễn", "Trần", "Phạm")),
    "turkish": (("Elif", "Zeynep", "Gülsüm"), ("Mehmet", "Hüseyin", "Emre"), ("Yılmaz", "Demirtaş", "Kaya")),
    "kurdish": (("Rojda", "Berfin", "Nazdar"), ("Rebwar", "Aram", "Dilshad"), ("Barzani", "Hawrami", "Zaxoyî")),
    "arabic": (("Amal", "Rania", "Noor"), ("Khalid", "Yousef", "Omar"), ("Al-Saadi", "Haddad", "El-Masri")),
    "brazilian": (("Thaís", "Luana", "Fernanda"), ("João", "Thiago", "Rodrigo"),
                  ("Gonçalves", "da Silva", "Ferreira")),
}
PSEUDONYMS = ["Adult A", "Adult B", "Adult C", "Adult D", "Adult E", "Adult F", "Child 1", "Child 2"]

# Listed places: (template, pseudonym, [(written form template, class)])
SAINTS = ("Anne", "Bede", "Aidan", "Columba", "Winefride", "Teilo", "Brigid", "Cuthbert", "Oswald", "Mungo")
DEDICATIONS = ("Holy Trinity", "Sacred Heart", "Our Lady of Lourdes", "Christ the King", "Holy Family", "All Saints",
               "Corpus Christi", "St Mary and St John")
NAMED = ("Larkhill", "Pennyfield", "Oakbrook", "Hazelmere", "Fernside", "Brackenfold", "Ashgrove", "Wrenfield")
DENOMS = (("RC", ("R.C.", "Catholic", "Roman Catholic", "")), ("C of E", ("CofE", "CE", "Church of England", "")),
          ("Catholic", ("RC", "R.C.", "")), ("CE", ("C of E", "CofE", "")), ("Church in Wales", ("CiW", "")),
          ("Methodist", ("",)))
SCHOOL_KINDS = ("Primary School", "High School", "Academy", "Junior School", "College", "Infant School")
BUSINESS_KINDS = ("& Sons Ltd", "Motors Ltd", "Brothers Limited", "Logistics Ltd", "& Co Ltd", "Builders Ltd")
SURGERY = ("Surgery", "Medical Centre", "Health Centre")
MOSQUES = ("Bilal", "Ghousia", "Noorani", "Siddiqia")
GURDWARAS = ("Guru Ravidass", "Singh Sabha", "Guru Har Rai")

ORDINARY = [
    "The MARAC was held on 3 June 2021 and actions were agreed with the IDVA.",
    "Wealdshire Police attended and completed a DASH risk assessment, graded medium.",
    "The GP practice had no record of any disclosure of domestic abuse.",
    "Children's Social Care closed the case after a single assessment in August 2019.",
    "The Ambulance Service conveyed her to the Emergency Department at 02:40.",
    "The panel thanks the family for their contribution to this review.",
    "Probation supervised him on licence until spring 2020.",
    "A referral to the Multi-Agency Safeguarding Hub was not made.",
    "Housing offered a move under the sanctuary scheme, which was declined.",
    "The school nurse saw the children twice in the autumn term of 2018.",
    "Recommendation 4: the CCG should audit routine enquiry in primary care.",
    "The Catholic Church and the Church of England both run schools in the county.",
    "A local Methodist minister gave evidence to the panel.",
    "The mosque committee asked for training on coercive control.",
    "The inquest was opened and adjourned in April 2022.",
    "She attended the Emergency Department on 12 January 2021 with a head injury.",
    "St Joseph's RC Primary School and Holy Cross CE Academy took part in the training.",
    "The surgery on Station Rd. closed in 2019 and patients moved to Park Ave.",
    "Catholic and CofE schools in the county received the briefing.",
    "Wealdshire Motors Ltd supplied the courtesy car; Wealdshire Motors is not a party.",
    "A St. John Ambulance volunteer gave first aid.",
    "Saint Patrick's Day fell on a Thursday that year.",
    "The RC diocese and the C of E diocese both sent representatives.",
    "Her brother worked for a haulage firm, Ltd company accounts show.",
]


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _person(rng, community, sex):
    f, m, surnames = COMMUNITIES[community]
    return rng.choice(f if sex == "f" else m), rng.choice(surnames)


def _school(rng):
    saint = rng.choice(SAINTS)
    denom, others = rng.choice(DENOMS)
    kind = rng.choice(SCHOOL_KINDS)
    short = kind.split()[0]
    name = f"St {saint}'s {denom} {kind}"
    forms = []
    for other in others:
        forms.append((f"St {saint}'s {other} {kind}".replace("  ", " "), "school: denomination other/none"))
        forms.append((f"St {saint}'s {other} {short}".replace("  ", " "),
                      "school: denomination other/none, kind short"))
    forms += [(f"St. {saint}'s {denom} {kind}", "school: St."), (f"Saint {saint}'s {denom} {kind}", "school: Saint"),
              (f"St {saint}'s {denom} {short}", "school: kind short (seen)"), (name, "school: full (seen)"),
              (f"St. {saint}'s {short}", "school: St., no denomination")]
    return name, forms


def _named_school(rng):
    core = rng.choice(NAMED + DEDICATIONS)
    denom, others = rng.choice(DENOMS)
    kind = rng.choice(SCHOOL_KINDS)
    name = f"{core} {denom} {kind}"
    forms = [(f"{core} {other} {kind}".replace("  ", " "), "school: denomination other/none") for other in others]
    forms += [(f"{core} {kind.split()[0]}", "school: no denomination, kind short"), (name, "school: full (seen)")]
    return name, forms


def _church(rng):
    saint = rng.choice(SAINTS)
    denom, others = rng.choice((("RC Church", ("Catholic Church", "R.C. Church", "Church")),
                                ("Parish Church", ("Church", "C of E Church")),
                                ("Methodist Church", ("Church", "Methodist Chapel"))))
    name = f"St {saint}'s {denom}"
    forms = [(f"St {saint}'s {other}", "church: denomination other/none") for other in others]
    forms += [(f"St. {saint}'s {denom}", "church: St."), (f"Saint {saint}'s {denom}", "church: Saint")]
    return name, forms


def _business(surname, rng):
    surname = surname if rng.random() < 0.5 else rng.choice(NAMED)
    kind = rng.choice(BUSINESS_KINDS)
    name = f"{surname} {kind}"
    bare = re.sub(r"\s+(Ltd|Limited)$", "", name)
    other = "Limited" if name.endswith("Ltd") else "Ltd"
    forms = [(bare, "business: no Ltd"), (f"{bare} {other}", "business: Ltd/Limited"),
             (f"{bare} Ltd.", "business: Ltd."), (name.replace("&", "and"), "business: and for &")]
    return name, forms


STREETS = (("Road", "Rd"), ("Avenue", "Ave"), ("Lane", "Ln"), ("Park", "Pk"), ("Street", "St"), ("Crescent", "Cres"))


def _surgery(rng):
    core = rng.choice(NAMED)
    kind = rng.choice(SURGERY + ("Nursery", "Children's Centre", "Primary School"))
    forms = []
    if rng.random() < 0.5:
        full, short = rng.choice(STREETS)
        forms += [(f"{core} {short} {kind}", "named after a street: type short"),
                  (f"{core} {short}. {kind}", "named after a street: type short.")]
        core = f"{core} {full}"
    name = f"{core} {kind}"
    forms += [(f"{core} {other}", "surgery: other kind") for other in SURGERY if other != kind]
    forms += [(f"{core} GP Surgery", "surgery: GP Surgery"), (f"{core} Practice", "surgery: Practice")]
    return name, forms


def _worship(rng):
    if rng.random() < 0.5:
        core = rng.choice(MOSQUES)
        name = f"Masjid {core}"
        return name, [(f"{core} Mosque", "mosque: kind after"), (f"{core} Masjid", "mosque: Masjid after"),
                      (f"Jamia Masjid {core}", "mosque: Jamia"), (f"{core} Jamia Mosque", "mosque: Jamia after")]
    core = rng.choice(GURDWARAS)
    name = f"{core} Gurdwara"
    return name, [(f"Gurdwara {core}", "gurdwara: kind first"), (f"{core} Sikh Temple", "gurdwara: Sikh Temple"),
                  (f"{core} Gurudwara", "gurdwara: Gurudwara")]


DOD_FORMS = ["{d} {M} {Y}", "{o} {M} {Y}", "the {o} of {M} {Y}", "{dd}/{mm}/{Y}", "{d}.{m}.{y}", "{W} {o} {M} {Y}",
             "{d} {Mo} {y}", "{M} {o}, {Y}", "{o} day of {M} {Y}", "{W} {d}/{m}", "{d}-{Mo}-{Y}", "{dd}{MO}{y}"]
ORD = {1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd", 31: "31st"}


def _date_forms(date):
    import datetime

    d = date.day
    values = dict(d=d, dd=f"{d:02d}", o=ORD.get(d, f"{d}th"), m=date.month, mm=f"{date.month:02d}",
                  M=date.strftime("%B"), Mo=date.strftime("%b"), MO=date.strftime("%b").upper(), Y=date.year,
                  y=f"{date.year % 100:02d}", W=date.strftime("%A"))
    assert isinstance(date, datetime.date)
    return [(form.format(**values), form) for form in DOD_FORMS]


def build(rng):
    """(rules YAML, [(passage, [(planted text, class, tells)])], ordinary passages)."""
    import datetime

    communities = rng.sample(sorted(COMMUNITIES), 3)
    vg, vs = _person(rng, communities[0], "f")
    pg, ps = _person(rng, communities[1], "m")
    cg, _ = _person(rng, communities[0], rng.choice("fm"))
    sg, ss = _person(rng, communities[2], "f")
    if ps == vs or ss in (vs, ps):
        return None
    people = [(f"{vg} {vs}", "victim"), (f"{pg} {ps}", "perpetrator"), (f"{cg} {ps}", "child"),
              (f"{sg} {ss}", "friend")]
    dod = datetime.date(rng.randint(2019, 2023), rng.randint(1, 12), rng.randint(1, 28))
    dob = datetime.date(rng.randint(1960, 1995), rng.randint(1, 12), rng.randint(1, 28))
    places = [_school(rng), _named_school(rng), _church(rng), _business(ps, rng), _surgery(rng), _worship(rng)]
    lines = ["version: 1", f"review: DHR {rng.randint(1, 40)}/{dod.year}", "people:"]
    for (name, role), pseudo in zip(people, PSEUDONYMS):
        lines += [f"- name: {name}", f"  pseudonym: {pseudo}", f"  role: {role}"]
    lines.append("places:")
    for i, (name, _forms) in enumerate(places):
        lines += [f"- name: \"{name}\"", f"  pseudonym: Place {chr(65 + i)}"]
    lines += ["dates:", f"  date_of_death: {dod.isoformat()}", f"  date_of_birth: {dob.isoformat()}",
              "keep:", "- Wealdshire Police", "- Wealdshire"]
    rules = "\n".join(lines) + "\n"

    listed_words = {fold(w).lower() for name, _ in people for w in re.split(r"[\s-]+", name) if len(w) >= 3}
    passages = []

    def plant(template, value, cls, tells=None):
        passages.append((template.replace("@", value), [(value, cls, tells or [value])]))

    # places, as staff and families call them
    for name, forms in places:
        for written, cls in forms:
            row = rng.choice(["{d} – DSL at @ rang MASH re concerns.", "The children were pupils at @.",
                              "{d}: {v} attended @ with her sister.", "@ told the panel she had no concerns.",
                              "He worked for @ until 2020.", "She was known to staff at @."])
            row = row.replace("{d}", f"{rng.randint(1, 28)}.0{rng.randint(1, 9)}.{rng.randint(17, 22)}")
            row = row.replace("{v}", vg)
            plant(row, written, cls)
    # people in the forms narrative writers use
    for (name, role) in people:
        given, surname = name.split(" ", 1)
        title = "Ms" if role in ("victim", "friend") else "Mr"
        for written, cls in [(f"{title} {surname}", "person: title + surname"),
                             (f"{surname.upper()}, {given}", "person: record order"),
                             (f"{given}’s", "person: possessive"), (name.upper(), "person: caps"),
                             (f"{given[0]}. {surname}", "person: initial + surname"),
                             (given.lower(), "person: message lower case")]:
            row = rng.choice(["{d} – PC 4471 spoke to @ at the address.", "\"@ pls answer\" (WhatsApp, 23:14).",
                              "@ was seen by the health visitor.", "Police log: @ arrested on suspicion of ABH."])
            row = row.replace("{d}", f"{rng.randint(1, 28)}/0{rng.randint(1, 9)}/{rng.randint(2017, 2022)}")
            tells = [w for w in re.split(r"[\s,.’]+", written) if fold(w).lower() in listed_words]
            plant(row, written, cls, tells or [written])
    # the protected dates
    for date, what in ((dod, "dod"), (dob, "dob")):
        for written, form in _date_forms(date):
            row = rng.choice(["On @ police were called to the flat.", "@ – 999 call from a neighbour.",
                              "Her date of birth (@) was recorded.", "Chronology entry, @: ambulance attended."])
            plant(row, written, f"{what}: {form}")
    # contacts
    n = rng.randint(100, 999)
    for written, cls in [(f"07700 900{n}", "phone"), (f"+44 7700 900{n}", "phone intl"),
                         (f"{fold(vg).lower()}.{fold(vs).lower().replace(' ', '')}{n}@gmail.com", "email"),
                         (f"TG{rng.randint(1, 9)} {rng.randint(1, 9)}QP", "postcode")]:
        plant("Contact: @ (taken from the referral).", written, cls)
    return rules, passages, list(ORDINARY)


def _left(tell: str, out: str) -> bool:
    n = re.escape(fold(tell).lower())
    return re.search(rf"(?<!\w){n}(?!\w)", fold(out).lower()) is not None


def run(seeds, show: bool):
    from redact.api import verify_bytes
    from redact.pipeline import Redactor
    from redact.rules import load_rules

    planted, left, silent, unseen = Counter(), Counter(), Counter(), Counter()
    examples = defaultdict(list)
    ordinary = changed = 0
    changed_examples = []
    for seed in seeds:
        rng = random.Random(seed)
        for _ in range(3):
            made = build(rng)
            if made is None:
                continue
            rules_yaml, passages, plain = made
            with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as f:
                f.write(rules_yaml)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                rules = load_rules(f.name)
            Path(f.name).unlink()
            redactor = Redactor(rules)
            for text, plants in passages:
                out = redactor.redact_text(text)
                for value, cls, tells in plants:
                    planted[cls] += 1
                    if verify_bytes(text.encode(), "txt", rules).ok:
                        unseen[cls] += 1     # verify passes the original: it would pass the value left anywhere
                    if any(_left(t, out) for t in tells):
                        left[cls] += 1
                        quiet = verify_bytes(out.encode(), "txt", rules).ok
                        silent[cls] += quiet
                        if len(examples[cls]) < 3:
                            examples[cls].append(f"{text!r} -> {out!r}{' (verify silent)' if quiet else ''}")
            for text in plain:
                ordinary += 1
                out = redactor.redact_text(text)
                if out != text:
                    changed += 1
                    if len(changed_examples) < 5:
                        changed_examples.append(f"{text!r} -> {out!r}")
    print(f"{'class':58} planted  left  silent  verify-missed")
    for cls in sorted(planted):
        print(f"{cls:58} {planted[cls]:7} {left[cls]:5} {silent[cls]:7} {unseen[cls]:7}")
    print(f"{'ALL':58} {sum(planted.values()):7} {sum(left.values()):5} {sum(silent.values()):7} "
          f"{sum(unseen.values()):7}")
    print(f"ordinary passages changed: {changed} of {ordinary}")
    if show:
        for cls in sorted(examples):
            for e in examples[cls]:
                print(f"  [{cls}] {e}")
        for e in changed_examples:
            print(f"  [ordinary] {e}")
    return planted, left, silent, changed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=sorted(PARTS), default="tuning")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    run(PARTS[args.part], show=not args.quiet)


if __name__ == "__main__":
    main()
