"""Red-team of the rules file as DHR chairs write it, on fictional drafts the project has never seen.

Each generated review is a rules.yaml written the way an author writes one (titles, "née" birth names, notes,
nicknames in quotes, aliases on one line, people as a mapping, family name first, accents dropped on one side,
dates of death and birth in the author's own format) and a draft whose lines use those people, places and dates as
a report does (possessives, headings in capitals, initials, a chronology row, a footnote, "the Smiths", a surname
alone, the date in another written form). Every line says which written values must not survive and which
pseudonym it must read.

    python benchmarks/author_rules_redteam.py --seed 1 --reviews 40          # the tuning seed
    python benchmarks/author_rules_redteam.py --seed 2 --reviews 40 --show   # the held-back seed, with failures

Counts: LEAK (a listed value survives the output), GATE (verify says clean on an output with a leak), MAPPING (a
line that names a listed person does not read their pseudonym), OVER (a kept name changed), REJECTED (a rules file
an author would expect to load is refused: the message is shown).
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))   # PYTHONPATH chooses the redact under test (main or a branch)

TUNED_SEED, HELD_BACK_SEED = 1, 2


@dataclass(frozen=True)
class Name:
    """A fictional person: given names, family name, the order their community writes them, and other names."""

    community: str
    given: str                 # first given name (for family-first names: the given names after the family name)
    family: str
    sex: str                   # "f" / "m": the title a report gives
    middle: str = ""
    family_first: bool = False
    nick: str = ""
    birth: str = ""            # birth family name, for a married woman
    plural: str = ""           # "the Wiśniewskis": the family's plural when it is not family + "s"

    def full(self) -> str:
        if not self.family:
            return self.given
        parts = [self.family, self.given] if self.family_first else [self.given, self.middle, self.family]
        return " ".join(p for p in parts if p)

    def western(self) -> str:
        return " ".join(p for p in [self.given, self.family] if p)


# Fictional names, several per community; victims female, perpetrators male, so the titles read right.
WOMEN = [
    Name("English", "Joanne", "Whitfield", "f", middle="Louise", nick="Jo", birth="Harper"),
    Name("English", "Rebecca", "Ashworth-Lyle", "f", nick="Becky", birth="Ashworth"),
    Name("Welsh", "Siân", "Pritchard", "f", middle="Elin", nick="Sianny", birth="Morgan"),
    Name("Welsh", "Angharad", "ap Gwilym", "f", nick="Ang"),
    Name("Scottish", "Morag", "MacLeod", "f", middle="Isla", nick="Mo", birth="Cameron"),
    Name("Scottish", "Eilidh", "McAllister", "f", birth="Fraser"),
    Name("Irish", "Aoife", "Ní Bhriain", "f", nick="Eefa"),
    Name("Irish", "Siobhán", "O'Sullivan", "f", nick="Shiv", birth="Ní Dhomhnaill"),
    Name("Polish", "Małgorzata", "Wiśniewska", "f", nick="Gosia", birth="Kowalska", plural="Wiśniewscy"),
    Name("Romanian", "Mihaela", "Ștefănescu", "f", nick="Miha", birth="Popa"),
    Name("Lithuanian", "Rūta", "Kazlauskienė", "f", birth="Petrauskaitė"),
    Name("Somali", "Hodan", "Warsame", "f", middle="Abdi", nick="Hoda"),
    Name("Nigerian", "Chiamaka", "Okonkwo", "f", nick="Ada", birth="Eze"),
    Name("Nigerian", "Oluwaseun", "Adebayo-Johnson", "f", nick="Seun"),
    Name("Ghanaian", "Akosua", "Boateng", "f", middle="Serwaa", nick="Akos"),
    Name("Pakistani", "Rizwana", "Qureshi", "f", nick="Rizzy", birth="Kausar"),
    Name("Indian", "Harpreet", "Gill", "f", middle="Kaur", nick="Preeti"),
    Name("Bangladeshi", "Nusrat", "Begum", "f", middle="Jahan", nick="Nush"),
    Name("Chinese", "Mei Ling", "Chen", "f", family_first=True, nick="Meimei"),
    Name("Vietnamese", "Thị Hoa", "Nguyễn", "f", family_first=True, nick="Hoa"),
    Name("Korean", "Ji-yeon", "Park", "f", family_first=True),
    Name("Turkish", "Ayşe", "Yılmaz", "f", nick="Ayşecik", birth="Öztürk"),
    Name("Kurdish", "Rojda", "Zana", "f", nick="Roj"),
    Name("Arab", "Layla", "Al-Sayed", "f", nick="Lulu", birth="Haddad"),
    Name("Caribbean", "Marcia", "Campbell", "f", middle="Beverley", nick="Marci", birth="Grant"),
    Name("Portuguese", "Maria", "da Silva Santos", "f", middle="das Graças", nick="Gracinha", birth="Oliveira"),
    Name("Brazilian", "Luana", "Ferreira", "f", nick="Lu", birth="Costa"),
    Name("Dutch", "Annelies", "van der Berg", "f", nick="Anneke"),
    # a given name that is a rank in capitals ("DI") and a surname that is a title (stop 56)
    Name("English", "Di", "Judge", "f", middle="Anne", birth="Constable"),
    Name("Bangladeshi", "Rokeya", "Begum", "f", nick="Ruki", birth="Khatun"),
]
MEN = [
    Name("English", "Craig", "Pemberton", "m", middle="Anthony", nick="Pemby"),
    Name("English", "Darren", "Holt-Barnes", "m", nick="Daz"),
    Name("Welsh", "Gethin", "ap Rhys", "m", nick="Geth"),
    Name("Welsh", "Dafydd", "Llewellyn", "m", middle="Iwan", nick="Dai"),
    Name("Scottish", "Iain", "MacDonald", "m", nick="Macca"),
    Name("Irish", "Seán", "Ó Súilleabháin", "m", nick="Shaneo"),
    Name("Irish", "Ciarán", "McGrath", "m", nick="Kiz"),
    Name("Polish", "Grzegorz", "Wójcik", "m", nick="Grzesiek"),
    Name("Romanian", "Ionuț", "Popescu", "m", nick="Nelu"),
    Name("Lithuanian", "Tomas", "Kazlauskas", "m"),
    Name("Somali", "Mohamed", "Farah", "m", middle="Ali", nick="Moxa"),
    Name("Nigerian", "Emeka", "Nwosu", "m", middle="Chukwudi", nick="Mekus"),
    Name("Ghanaian", "Kwame", "Asante", "m", middle="Kofi", nick="KK"),
    Name("Pakistani", "Imran", "Chaudhry", "m", middle="Tariq", nick="Immy"),
    Name("Indian", "Gurdeep", "Sandhu", "m", middle="Singh", nick="Deepa"),
    Name("Bangladeshi", "Abdul", "Miah", "m", middle="Karim", nick="Karim"),
    Name("Chinese", "Wei", "Li", "m", family_first=True, nick="Ah Wei"),
    Name("Vietnamese", "Văn Minh", "Trần", "m", family_first=True),
    Name("Korean", "Min-jun", "Kim", "m", family_first=True),
    Name("Turkish", "Mehmet", "Öztürk", "m", nick="Memo"),
    Name("Kurdish", "Serhat", "Demir", "m", nick="Sero"),
    Name("Arab", "Omar", "bin Khalid", "m", nick="Abu Zaid"),
    Name("Caribbean", "Delroy", "Williams", "m", middle="Winston", nick="Dee"),
    Name("Portuguese", "João", "Gonçalves", "m", nick="Joãozinho"),
    Name("Dutch", "Pieter", "van der Merwe", "m", nick="Piet"),
    # a given name that is a report's capitals ("ED") and a surname that is a title; a passport's "Md" (stop 56)
    Name("English", "Ed", "Lord", "m", nick="Eddie"),
    Name("Bangladeshi", "Mohammed", "Jalil", "m", middle="Abdul", nick="Jalil Miah"),
]
# the given names a passport or a record writes short ("Md Abdul Jalil"), as an author copies them into the rules
PASSPORT_ABBREVIATIONS = {"Mohammed": ["Md", "Md.", "Mohd"], "Mohamed": ["Md", "Mohd"], "Maria": ["Ma."]}
# the word of respect or kinship a family writes after the name, by community (stop 56)
HONORIFICS_AFTER = {"Bangladeshi": ("Apa", "Bhai"), "Pakistani": ("Baji", "Bhai"), "Indian": ("ji", "ji"),
                    "Turkish": ("Abla", "Bey"), "Korean": ("eonni", "hyung"), "Kurdish": ("Xanim", "")}
# people known by one name (a child, an Indonesian or Afghan name, a mononym the report keeps)
SINGLE = [Name("Indonesian", "Suwarni", "", "f"), Name("Afghan", "Gulalai", "", "f"), Name("Tamil", "Vasanthi", "", "f")]
CHILDREN = ["Amara", "Kacper", "Yusuf", "Tegan", "Ciara", "Zainab", "Bartek", "Aarav", "Kofi", "Leila"]

PSEUDONYMS_F = ["Ruth", "Edith", "Vera", "Mabel", "Hilda", "Ivy", "Agatha", "Nora"]
PSEUDONYMS_M = ["Ralph", "Cyril", "Edwin", "Rupert", "Basil", "Norman"]
TOWNS = [("Castlewick", "CBC"), ("Abercraig", "ACC"), ("Kilbride Moss", "KMDC"), ("Llanfair Mawr", "LMCC"),
         ("Ballyrowan", "BBC"), ("Thornbury Vale", "TVDC"), ("Cwmderyn", "CCBC"), ("Eastholme", "EBC")]
HOSPITALS = ["St Brigid's Hospital", "Royal {town} Infirmary", "{town} General Hospital", "{town} Community Hospital"]
SCHOOLS = ["Our Lady of Lourdes RC Primary School", "{town} Academy", "Ysgol Gymraeg {town}", "{town} High School"]
CHAIRS = ["Helen Ashworth", "Dr Kamal Ahmed", "Bridget Nolan", "Tunde Bakare"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def rules_date(day: dt.date, rng: random.Random) -> str:
    """The date as an author types it into the rules."""
    forms = [day.isoformat(), f"{day.day:02d}/{day.month:02d}/{day.year}", f"{ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}",
             f"{MONTHS[day.month - 1]} {day.day}, {day.year}", f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}",
             f"{day.strftime('%A')} {day.day} {MONTHS[day.month - 1]} {day.year}", f"{day.day:02d}.{day.month:02d}.{day.year}",
             f"{day.day} {MONTHS[day.month - 1]} {day.year}"]
    return rng.choice(forms)


def draft_date(day: dt.date, rng: random.Random) -> str:
    """The date as a report writes it."""
    m = MONTHS[day.month - 1]
    forms = [f"{day.day} {m} {day.year}", f"{day.day:02d}/{day.month:02d}/{day.year}", f"{day.day}.{day.month}.{day.year % 100:02d}",
             f"{day.strftime('%A')} {ordinal(day.day)} {m} {day.year}", f"{day.day}-{m[:3]}-{day.year % 100:02d}",
             f"{m} {ordinal(day.day)}, {day.year}", f"{ordinal(day.day)} of {m} {day.year}", day.isoformat(),
             f"{day.day}/{day.month}/{day.year % 100:02d}", f"{m} {day.day}, {day.year}"]
    return rng.choice(forms)


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def strip_accents(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFKD", text)
                                                if not unicodedata.combining(c))).replace("ł", "l").replace("ı", "i")


@dataclass
class Line:
    text: str
    secrets: list[str]                    # written values that must not survive
    pseudonym: str | None = None          # the pseudonym the line must read (None: not checked)
    kept: list[str] = field(default_factory=list)   # kept names that must survive
    what: str = ""


@dataclass
class Review:
    seed: int
    index: int
    rules_yaml: str
    lines: list[Line]
    styles: list[str]


def _yaml_str(value: str) -> str:
    return '"' + value.replace('\\', '\\\\').replace('"', '\\"') + '"'


def _title(p: Name, rng: random.Random) -> str:
    return rng.choice(["Mrs", "Ms", "Miss"]) if p.sex == "f" else rng.choice(["Mr", "Mr"])


def _person_entry(p: Name, pseudonym: str, rng: random.Random, styles: list[str], *, accents_in_rules: bool,
                  role: str | None = None) -> tuple[str, list[str]]:
    """One person's rules entry as an author writes it; the aliases it gives (so the draft may use them)."""
    written = p.full()
    if p.family_first and rng.random() < 0.3:
        written = f"{p.given} {p.family}"                      # the western order in the rules
        styles.append("family-first-written-western")
    if not accents_in_rules:
        written = strip_accents(written)
        styles.append("accents-dropped-in-rules")
    if p.given in PASSPORT_ABBREVIATIONS and rng.random() < 0.5:
        written = written.replace(p.given, rng.choice(PASSPORT_ABBREVIATIONS[p.given]), 1)
        styles.append("passport-abbreviation")
    aliases: list[str] = []
    name_field = written
    r = rng.random()
    if p.birth and r < 0.25:
        name_field = f"{written} (née {p.birth})"
        styles.append("nee-in-brackets")
        aliases.append(p.birth)
    elif p.birth and r < 0.4:
        name_field = f"{written} née {p.birth}"
        styles.append("nee-without-brackets")
        aliases.append(p.birth)
    elif p.birth and r < 0.5:
        styles.append("nee-as-alias")
        aliases.append(p.birth)
    if p.family and rng.random() < 0.25:
        title = {"f": rng.choice(["Mrs", "Ms", "Miss", "Dr"]), "m": rng.choice(["Mr", "Dr", "DC"])}[p.sex]
        name_field = f"{title} {name_field}"
        styles.append("title-in-name")
    if p.nick and rng.random() < 0.3 and " " in written:
        first, rest = name_field.split(" ", 1)
        if first in ("Mrs", "Ms", "Miss", "Dr", "Mr", "DC"):
            first2, rest = rest.split(" ", 1)
            first = f"{first} {first2}"
        name_field = f"{first} '{p.nick}' {rest}"
        styles.append("nick-in-quotes")
    elif p.nick:
        aliases.append(p.nick)
    if rng.random() < 0.15:
        name_field += rng.choice([" (victim)", " - deceased", ", perpetrator", " (aged 34)"]) if role != "child" else ""
        styles.append("note-in-name")
    if p.family and not p.family_first and "'" not in name_field and rng.random() < 0.1:
        # "WISNIEWSKA, Malgorzata": a police-style surname-first entry
        styles.append("SURNAME-comma-given")
        name_field = f"{p.family.upper()}, {' '.join(x for x in (p.given, p.middle) if x)}" if " " not in p.family \
            else name_field
    alias_entries = [a for a in aliases if not re.search(rf"(?<!\w){re.escape(a)}(?!\w)", name_field)]
    if p.birth and p.birth in alias_entries and rng.random() < 0.4:
        alias_entries[alias_entries.index(p.birth)] = f"{p.given} {p.birth}"
        styles.append("birth-full-name-alias")
    lines = [f"  - name: {_yaml_str(name_field)}"]
    if pseudonym:
        lines.append(f"    pseudonym: {pseudonym}")
    if role:
        lines.append(f"    role: {role}")
    if alias_entries:
        if rng.random() < 0.4:
            lines.append(f"    aliases: {', '.join(alias_entries)}")
            styles.append("aliases-one-line")
        else:
            lines.append(f"    aliases: [{', '.join(_yaml_str(a) for a in alias_entries)}]")
    return "\n".join(lines), [*alias_entries, *re.findall(r"'([^']+)'", name_field), *re.findall(r"née (\w[\w ]*)", name_field)]


def word_typography(rules_yaml: str, rng: random.Random) -> str:
    """The rules as typed in Word or pasted from an e-mail: straight quotes become typographic ones (“ ” ‘ ’, or
    „ ” as Polish, Romanian and Lithuanian keyboards write them), and a quoting author quotes every value."""
    opening, closing = rng.choice([("“", "”"), ("“", "”"), ("“", "”"), ("„", "”"), ("‘", "’")])
    # a date typed bare or quoted, as the author's habit goes
    rules_yaml = re.sub(r'(?m)^(\s+date_of_(?:death|birth): )"([^"\n]*)"$',
                        lambda m: m.group(0) if rng.random() < 0.3 else m.group(1) + m.group(2), rules_yaml)
    out = re.sub(r'"([^"\n]*)"', lambda m: f"{opening}{m.group(1)}{closing}", rules_yaml)
    out = re.sub(r"'([^'\n]*)'", lambda m: f"‘{m.group(1)}’", out)
    out = re.sub(r"(?m)^(\s+(?:pseudonym): )([^“„«‘\n]+)$",
                 lambda m: f"{m.group(1)}{opening}{m.group(2)}{closing}" if rng.random() < 0.4 else m.group(0), out)
    out = re.sub(r"(?m)^(\s+aliases: )([^\[\n].*)$",
                 lambda m: m.group(1) + ", ".join(f"{opening}{a.strip()}{closing}" for a in m.group(2).split(",")), out)
    return out


def review(seed: int, index: int) -> Review:
    rng = random.Random(seed * 100003 + index)
    styles: list[str] = []
    victim = rng.choice(WOMEN)
    men = [m for m in MEN if m.family != victim.birth]   # a perpetrator of her birth family's name: another review
    perp = rng.choice([m for m in men if m.community == victim.community] or men) if rng.random() < 0.6 else rng.choice(men)
    single = rng.choice(SINGLE) if rng.random() < 0.3 else None
    child = rng.choice(CHILDREN)
    pv, pp = rng.sample(PSEUDONYMS_F, 1)[0], rng.choice(PSEUDONYMS_M)
    ps = rng.choice([x for x in PSEUDONYMS_F if x != pv])
    town, short = rng.choice(TOWNS)
    other_town = rng.choice([t for t, _ in TOWNS if t != town])
    council = rng.choice([f"{town} Borough Council", f"{town} County Council", f"{town} District Council"])
    hospital = rng.choice(HOSPITALS).format(town=town)
    school = rng.choice(SCHOOLS).format(town=town)
    chair = rng.choice(CHAIRS)
    death = dt.date(rng.choice([2019, 2020, 2021, 2022, 2023]), rng.randint(1, 12), rng.randint(1, 28))
    birth = dt.date(rng.randint(1960, 1999), rng.randint(1, 12), rng.randint(1, 28))

    accents_in_rules = rng.random() < 0.6
    entries = []
    v_entry, v_aliases = _person_entry(victim, pv, rng, styles, accents_in_rules=accents_in_rules)
    p_entry, p_aliases = _person_entry(perp, pp, rng, styles, accents_in_rules=rng.random() < 0.6)
    entries += [v_entry, p_entry]
    child_family = perp.family if perp.family else victim.family
    child_name = f"{child} {child_family}"
    entries.append(f"  - name: {_yaml_str(child_name)}\n    role: child")
    if single:
        entries.append(f"  - name: {single.given}\n    pseudonym: {ps}")
        styles.append("single-name")
    mapping_people = rng.random() < 0.15 and not any("aliases" in e or "role" in e for e in entries[:2])
    if mapping_people:
        styles.append("people-as-mapping")
        people = "people:\n" + "\n".join(
            f"  {_yaml_str(re.search(r'name: (.*)', e).group(1).strip(chr(34)))}: {re.search(r'pseudonym: (.*)', e).group(1)}"
            for e in entries if "pseudonym:" in e) + "\n" + "\n".join(
            f"  {_yaml_str(re.search(r'name: (.*)', e).group(1).strip(chr(34)))}: {{role: child}}"
            for e in entries if "role: child" in e)
    else:
        people = "people:\n" + "\n".join(entries)
    place_lines = [f"  - name: {town}\n    pseudonym: Area A"]
    if rng.random() < 0.5:
        place_lines.append(f"  - name: {council} ({short})\n    pseudonym: Area A Council")
        styles.append("place-short-form-in-brackets")
    else:
        place_lines.append(f"  - name: {council}\n    pseudonym: Area A Council\n    aliases: [{short}]")
    place_lines.append(f"  - name: {_yaml_str(hospital)}\n    pseudonym: Hospital A")
    place_lines.append(f"  - name: {_yaml_str(school)}\n    pseudonym: School A")
    place_lines.append(f"  - name: {other_town}\n    pseudonym: Area B")
    dod, dob = rules_date(death, rng), rules_date(birth, rng)
    styles.append("dod:" + ("iso" if re.fullmatch(r"\d{4}-\d\d-\d\d", dod) else "written"))
    quote = (lambda s: s if re.fullmatch(r"\d{4}-\d\d-\d\d", s) else _yaml_str(s))
    rules_yaml = "\n".join([
        "version: 1", f"review: {town} DHR {death.year}-0{rng.randint(1, 9)}", people,
        "places:", *place_lines,
        "dates:", f"  date_of_death: {quote(dod)}", f"  date_of_birth: {quote(dob)}",
        "keep:", f"  - {chair} (Independent Chair)", "  - Home Office", ""])
    if rng.random() < 0.2:
        # a template's keys left blank, or filled with "none", where the review has nothing to say
        filler = rng.choice(["", "", " none", " None", " N/A", " []"])
        rules_yaml = re.sub(r"(?m)^(    pseudonym: .*)$(?!\n    aliases)", lambda m: m.group(1) + "\n    aliases:" + filler,
                            rules_yaml, 1)
        styles.append(f"aliases-left-blank:{filler.strip()}")
    if rng.random() < 0.05:
        rules_yaml = re.sub(r"(?m)^(  date_of_birth: ).*$", r"\1unknown", rules_yaml)
        styles.append("dob-unknown")
    if mapping_people is False and rng.random() < 0.12:
        # "- Oksana Kovalenko: Olena": each entry a pair, in a list
        rules_yaml = re.sub(r'(?m)^  - name: ("[^"\n]*"|[^\n]*)\n    pseudonym: (\S[^\n]*)$(?!\n    (?:aliases|role))',
                            lambda m: f"  - {m.group(1)}: {m.group(2)}", rules_yaml)
        styles.append("people-as-list-of-pairs")
    if rng.random() < 0.2:
        rules_yaml = word_typography(rules_yaml, rng)
        styles.append("typed-in-word")

    # the draft as the report writes it: accents the other way round from the rules half the time
    def draft_form(s: str) -> str:
        return s if accents_in_rules or rng.random() < 0.5 else s   # the draft keeps the real spelling

    v, p = victim, perp
    tv, tp = _title(v, rng), _title(p, rng)
    vfam, pfam = v.family, p.family
    lines: list[Line] = []
    add = lines.append
    add(Line(f"1.1 This review examines the death of {v.full()}, a resident of {town}, on {draft_date(death, rng)}.",
             [v.full(), town, "DATE:death"], pv, what="opening"))
    add(Line(f"{v.full().upper()}: CONTACT WITH AGENCIES", [v.full()], None, what="heading-caps"))
    add(Line(f"{v.given}'s GP at {hospital} saw her twice in {death.year - 1}.", [v.given, hospital], pv,
             what="given-possessive"))
    add(Line(f"{tv} {vfam} told the IDVA that she was frightened of {p.western() if not p.family_first else p.full()}.",
             [vfam, p.family, p.given], pv, what="title-surname"))
    if not v.family_first:
        add(Line(f"{v.given[0]}. {vfam} was named on the tenancy with {council}.", [vfam, council], pv, what="initial-surname"))
        add(Line(f"The {vfam}s moved to {town} in {death.year - 6}.", [vfam, town], None, what="family-plural"))
    else:
        add(Line(f"Ms {vfam} {v.given} was named on the tenancy with {council}.", [vfam, v.given, council], pv,
                 what="title-family-first"))
        add(Line(f"{v.given} {vfam} had moved to {town} in {death.year - 6}.", [vfam, v.given, town], pv,
                 what="western-order"))
    if v.plural:
        add(Line(f"The {v.plural} were known to {short} housing.", [v.plural, short], None, what="family-plural-native"))
    add(Line(f"{pfam or p.given} denied the assault when interviewed.", [pfam or p.given], pp, what="surname-alone"))
    add(Line(f"{p.given}'s car was seen outside {school}.", [p.given, school], pp, what="perp-given-possessive"))
    add(Line(f"{tp} {pfam}'s account was not accepted by the panel.", [pfam], pp, what="title-surname-possessive"))
    add(Line(f"{draft_date(death, rng)}\tPolice\t{pfam.upper() if pfam else p.given} arrested at the address.",
             ["DATE:death", pfam or p.given], None, what="chronology-row"))
    add(Line(f"{(pfam or p.given).upper()}, {p.given} (DOB {draft_date(birth.replace(year=birth.year - 2) if birth.month != 2 or birth.day < 29 else birth, rng)})",
             [pfam or p.given], None, what="police-record"))
    add(Line(f"{v.full()} was born on {draft_date(birth, rng)} in {other_town}.", [v.full(), "DATE:birth", other_town], pv,
             what="dob"))
    add(Line(f"[12] Interview with {child} {child_family}'s teacher at {school}, {death.year}.",
             [child, child_family, school], None, what="footnote-child"))
    if v.nick and v.nick in v_aliases:
        add(Line(f"Her friends called her {v.nick} and {v.nick} sent a text that evening.", [v.nick], pv, what="nickname"))
    if p.nick and p.nick in p_aliases:
        add(Line(f"{p.nick} had been drinking, his brother said.", [p.nick], pp, what="perp-nickname"))
    if v.birth and v.birth in " ".join(v_aliases):
        add(Line(f"At school she was {v.given} {v.birth}; her maiden name {v.birth} appears on the GP record.",
                 [v.given, v.birth], pv, what="birth-name"))
    stripped = strip_accents(v.full())
    if stripped != v.full():
        add(Line(f"The police log spelt her name {stripped}.", [stripped], pv, what="accents-dropped-in-draft"))
    add(Line(f"On {draft_date(death, rng)} officers attended {town.upper()} police station's front desk.",
             ["DATE:death", town], None, what="date-other-form"))
    add(Line(f"{MONTHS[death.month - 1]} {death.year}\n{ordinal(death.day)}\tAmbulance called by a neighbour.",
             ["DAY:death"], None, what="day-under-month"))
    if single:
        add(Line(f"{single.given} , a friend, spoke to the review; {single.given}'s account was clear.", [single.given],
                 ps, what="single-name"))
    # --- the harder forms a report uses ---
    for who, pseud, title in ((v, pv, tv), (p, pp, tp)):
        fam = who.family
        if not fam:
            continue
        words = fam.replace("-", " ").split()
        core = [w for w in words if w.casefold() not in {"ap", "van", "der", "bin", "da", "silva", "ní", "ó", "al"}]
        if "-" in fam:
            part = rng.choice(fam.split("-"))
            if part.casefold() not in {"al", "el"}:
                # a part of a double-barrelled name is replaced as a relative's (docs/rules.md): no pseudonym asked
                add(Line(f"Agency records used only part of the name: {title} {part} was recorded by the GP.", [part],
                         None, what="hyphen-part-with-title"))
        if " " in fam:
            add(Line(f"{fam[0].upper() + fam[1:]} was spoken to at the address.", [fam], pseud,
                     what="particle-surname-capitalised"))
            add(Line(f"The police recorded the name as {title} {strip_accents(fam).replace(' ', '')}.",
                     [strip_accents(fam).replace(" ", "")], pseud, what="particle-surname-joined"))
            if core and core[-1] != fam:
                add(Line(f"Probation wrote to {title} {core[-1]} at the hostel.", [core[-1]], pseud,
                         what="particle-surname-core-word"))
        add(Line(f"{fam.upper()}'S RELATIONSHIP WITH {town.upper()} SERVICES", [fam, town], None,
                 what="surname-caps-heading"))
        add(Line(f"Ms {who.given[0]} told the panel" if who.sex == "f" else f"Mr {who.given[0]}. {fam} said",
                 [fam] if who.sex == "m" else [], pseud if who.sex == "m" else None, what="initial-title"))
        add(Line(f"The {fam} family had lived in {town} since {death.year - 9}.", [fam, town], None,
                 what="the-x-family"))
        add(Line(f"{who.full()}’s sister said {who.given} was {rng.choice(['frightened', 'isolated'])}.",
                 [who.full(), who.given], pseud, what="curly-possessive"))
        if who.family_first:
            add(Line(f"{who.given} {fam.upper()} attended the appointment.", [who.given, fam], pseud,
                     what="given-FAMILY"))
            add(Line(f"{title} {who.given} missed the appointment.", [who.given], pseud, what="title-given"))
            if " " in who.given:
                add(Line(f"{who.given.replace(' ', '')} {fam} called the helpline.", [who.given.replace(" ", ""), fam],
                         pseud, what="given-joined"))
        if who.middle:
            add(Line(f"{who.given} {who.middle[0]}. {fam} signed the form.", [who.given, fam], pseud,
                     what="middle-initial"))
            add(Line(f"{who.middle} {fam} was the name on the bank card.", [who.middle, fam], pseud,
                     what="middle-surname"))
    for who, pseud, index in ((v, pv, 0), (p, pp, 1)):
        if who.community in HONORIFICS_AFTER and HONORIFICS_AFTER[who.community][index]:
            word = HONORIFICS_AFTER[who.community][index]
            add(Line(f"The children called {who.given} {word} and {who.given} {word} visited every week.", [who.given],
                     pseud, what="honorific-after"))
        if who.given in PASSPORT_ABBREVIATIONS and who.family:
            abbreviation = rng.choice(PASSPORT_ABBREVIATIONS[who.given])
            add(Line(f"{abbreviation} {who.middle[:1] + '. ' if who.middle else ''}{who.family} was bailed.", [who.family],
                     pseud, what="given-abbreviated-in-draft"))
    add(Line("She attended ED at 02:00 and the DI was told; the Judge's remarks were noted.", [], None,
             kept=["ED at 02:00", "the DI was", "the Judge's remarks"], what="capitals-and-titles-kept"))
    m = MONTHS[death.month - 1]
    add(Line(f"She died on the {ordinal(death.day)} of {m}.", ["DAY:death-inline"], None, what="day-of-month-no-year"))
    add(Line(f"Police attended at 02:15 on {death.strftime('%a')} {death.day} {m[:3]} {death.year % 100:02d}.",
             ["DATE:death"], None, what="short-weekday-date"))
    add(Line(f"On the night of {ordinal(death.day - 1) if death.day > 1 else ordinal(death.day)}/{ordinal(death.day)} "
             f"{m} {death.year} the neighbours heard shouting.", ["DATE:death"], None, what="night-of"))
    add(Line(f"DOB: {birth.day:02d}/{birth.month:02d}/{birth.year % 100:02d}", ["DATE:birth"], None, what="dob-short"))
    add(Line(f"She was born {birth.day}.{birth.month}.{birth.year} and was {death.year - birth.year} when she died.",
             ["DATE:birth"], None, what="dob-dotted"))
    add(Line(f"{council.upper()} and {hospital} shared records.", [council, hospital], None, what="places-caps"))
    add(Line(f"{hospital.replace('St ', 'St. ').replace('Saint ', 'St. ')} A&E saw her in {death.year - 1}.",
             [hospital.replace("St ", "St. ")], None, what="place-st-dot"))
    add(Line(f"Staff at {school.replace(' School', '').replace(' Academy', '')} raised concerns.",
             [school.replace(" School", "").replace(" Academy", "")] if school.endswith(("School", "Academy"))
             and not school.startswith(town) else [], None, what="school-short"))
    add(Line(f"The family moved from {other_town.replace(' ', '-')} to {town.upper()}.",
             [other_town.replace(" ", "-"), town], None, what="place-hyphenated"))
    add(Line(f"The review was chaired by {chair}.", [], None, kept=[chair], what="kept-chair"))
    add(Line("None of the agencies shared information. Unknown to the panel, she had moved.", [], None,
             kept=["None of the agencies", "Unknown to the panel"], what="template-words"))
    add(Line(f"{town}'s housing team and {short} officers met at {town}-based offices.", [town, short], None,
             what="place-possessive"))
    return Review(seed, index, rules_yaml, lines, styles)


def _date_forms(day: dt.date) -> list[re.Pattern]:
    m = MONTHS[day.month - 1]
    return [re.compile(p, re.IGNORECASE) for p in [
        rf"\b0?{day.day}(?:st|nd|rd|th)?(?:\s+of)?[\s-]+{m[:3]}\w*\.?,?[\s-]+(?:{day.year}|{day.year % 100:02d})\b",
        rf"\b{m[:3]}\w*\.?\s+0?{day.day}(?:st|nd|rd|th)?,?\s+{day.year}\b",
        rf"\b0?{day.day}[/.-]0?{day.month}[/.-](?:{day.year}|{day.year % 100:02d})\b", rf"\b{day.isoformat()}\b"]]


def survives(secret: str, out: str, review_dates: dict[str, dt.date]) -> bool:
    if secret.startswith(("DATE:", "DAY:")) and review_dates[secret.split(":")[1].split("-")[0]] is None:
        return False    # "date_of_birth: unknown": the author listed no such date
    if secret.startswith("DATE:"):
        return any(p.search(out) for p in _date_forms(review_dates[secret[5:]]))
    if secret.startswith("DAY:"):
        what = secret[4:]
        day = review_dates[what.split("-")[0]].day
        if what.endswith("-inline"):
            return re.search(rf"\b{ordinal(day)}\b", out) is not None
        return re.search(rf"(?m)^{ordinal(day)}\b", out) is not None
    words = secret
    return re.search(rf"(?<!\w){re.escape(fold(words))}(?!\w)", fold(out)) is not None


@dataclass
class Outcome:
    counts: Counter
    failures: list[str]


def run(seed: int, n: int, *, show: bool = False) -> Outcome:
    from redact.api import verify_bytes
    from redact.errors import RulesError
    from redact.pipeline import Redactor
    from redact.rules import read_rules_yaml, parse_rules

    counts: Counter = Counter()
    failures: list[str] = []
    for i in range(n):
        rv = review(seed, i)
        counts["reviews"] += 1
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                rules = parse_rules(read_rules_yaml(rv.rules_yaml, "rules.yaml"), "rules.yaml")
                redactor = Redactor(rules)
        except (RulesError, ValueError) as error:
            documented = "could be day" in str(error)    # "05/07/2021": refused on purpose (docs/rules.md)
            counts["REJECTED_DOCUMENTED" if documented else "REJECTED"] += 1
            failures.append(f"REJECTED seed {seed} #{i} {rv.styles}: {error}")
            continue
        dates = {"death": rules.dates.date_of_death, "birth": rules.dates.date_of_birth}
        text = "\n".join(line.text for line in rv.lines)
        out = redactor.redact_text(text)
        verdict = verify_bytes(out.encode(), "txt", rules)
        out_lines = out.split("\n")
        if len(out_lines) != len(text.split("\n")):
            counts["LINES_CHANGED"] += 1
            continue
        leaked_any = False
        at = 0
        for line in rv.lines:
            k = line.text.count("\n") + 1
            got = "\n".join(out_lines[at:at + k])
            at += k
            counts["lines"] += 1
            leaks = [s for s in line.secrets if survives(s, got, dates)]
            # a secret that is part of a pseudonym or a kept name is no leak
            leaks = [s for s in leaks if not any(fold(s) in fold(x) for x in [*line.kept, "Area A", "Area B"])]
            if leaks:
                counts["LEAK"] += 1
                leaked_any = True
                failures.append(f"LEAK [{line.what}] seed {seed} #{i} {leaks}: {line.text!r} -> {got!r}")
            elif line.pseudonym and line.pseudonym not in got:
                counts["MAPPING"] += 1
                failures.append(f"MAPPING [{line.what}] seed {seed} #{i} want {line.pseudonym}: {line.text!r} -> {got!r}")
            for kept in line.kept:
                bare = re.sub(r"^(Dr|Mr|Mrs|Ms)\s+", "", kept)  # a kept name or a phrase that must read as written
                if bare not in got:
                    counts["OVER"] += 1
                    failures.append(f"OVER [{line.what}] seed {seed} #{i}: {line.text!r} -> {got!r}")
        if leaked_any and verdict.ok:
            counts["GATE"] += 1
            failures.append(f"GATE seed {seed} #{i}: verify said clean")
    if show:
        for f in failures:
            print(f)
    return Outcome(counts, failures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=TUNED_SEED)
    parser.add_argument("--reviews", type=int, default=40)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--print", type=int, default=None, help="print one review's rules and draft")
    args = parser.parse_args()
    if args.print is not None:
        rv = review(args.seed, args.print)
        print(rv.rules_yaml)
        print("\n".join(line.text for line in rv.lines))
        return
    outcome = run(args.seed, args.reviews, show=args.show)
    print(dict(outcome.counts))
    print(Counter(f.split(" seed")[0] for f in outcome.failures))


if __name__ == "__main__":
    main()
