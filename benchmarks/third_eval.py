"""A third generator of DHR draft text, written apart from ``benchmarks/drafts`` and ``benchmarks/paragraphs_eval.py``,
to find leak classes neither writes: report passages (executive summary, terms of reference, chronology rows,
panel list, the family's tribute, findings, recommendations, an action plan, footnotes) around 3-6 listed people,
with rules written in the different YAML shapes docs/rules.md accepts (one-line aliases, mappings, notes and
titles in names, record order, dates in ISO or UK forms). Every listed value, protected date, contact, address and
unlisted person is *planted* with its class and position; every agency, kept panel member, ordinary date and
section number is a *must-keep*. For each draft:

- left after apply: a planted value still in its line of ``Redactor(rules).redact_text(text)``;
- verify missed: a listed or protected value in the ORIGINAL that ``LeakFinder(rules).spans`` does not cover;
- left and silent: left after apply and ``verify_bytes(output)`` passes the output;
- must-keep lost: a must-keep gone from its line of the output.

    python benchmarks/third_eval.py                   # tuning part, seeds 8001-8010, with examples
    python benchmarks/third_eval.py --part held-back  # seeds 8101-8110: run once, report only, never tune on them

2026-12-01, 80 drafts a part, about 30 s each. The tuning part found, and the branch fixed: initials of a name the
rules list in record order ("SIDHU, Jaspreet Kaur": JKS), with a particle in capitals ("VAN DER BERG, Pieter": PB),
or opening a quotation ("'WN was..."); a hyphenated day range holding the date of death ("8-9 December 2019").
Tuning left 48 -> 31, verify missed 63 -> 42; held-back (run once, after): left 30, verify missed 55, of which 28
and 54 are initials the module notes leave on purpose (a Roman numeral "CM", an acronym "OD", a title "MS").
Still open: "Hugo, Harriet Mensah-Carver" gives "Person 1-Carver" (a double-barrelled surname shared by two listed
people after a comma); "Mr Thompson, Donna Thompson's husband" gives "Mr Anna Anna's husband" (the record form
"Thompson, Donna" read across the comma); verify takes the year of a table row above a day and month without
a year ("... | 5 April 2017" then "Thursday the 29th of April"), which apply removes.
"""
from __future__ import annotations

import argparse
import datetime
import random
import re
import sys
import tempfile
import time
import unicodedata
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.drafts.names import PSEUDONYMS_FEMALE, PSEUDONYMS_MALE, TRADITIONS  # noqa: E402

PARTS = {"tuning": range(8001, 8011), "held-back": range(8101, 8111)}

# Classes whose values the rules list (verify is expected to find them in the original)
LISTED_CLASSES = {"full name", "given name", "surname alone", "title + surname", "possessive", "caps heading",
                  "initials", "nickname alias", "maiden alias", "family plural", "split cell", "record order",
                  "place", "place council", "dod words", "dod numeric", "dod weekday", "dod ordinal words",
                  "dod night of", "dod no year", "dob", "initials (documented: other word)",
                  "lower case", "without accents", "title + given", "plural possessive", "apostrophe variant",
                  "dod numeric weekday", "dod rare", "hashtag", "footnote digits", "place forms"}

# Unlisted people never share a word with a tradition's names or the pseudonyms
UNLISTED_PROFESSIONALS = ("Priya Raman", "Siobhan Carey", "Chidi Eze", "Farhan Qureshi", "Elif Demirci",
                          "Bogdan Rusu", "Ifeoma Nwosu", "Hamish Reid", "Lowri Evans", "Teodora Ilic",
                          "Rashida Bello", "Gareth Pugh", "Nuala Brennan", "Kofi Boateng", "Yusra Mirza")
UNLISTED_FAMILY = ("Amina Yusuf", "Dorota Zielinska", "Precious Mlambo", "Leroy Clarke", "Fatou Diallo",
                   "Sinead Rourke", "Hung Tran", "Bilal Chaudhry")
TOWNS = ("Marlcombe", "Kelsby", "Thornbury Heath", "Ashgrove", "Redlingham", "Castlebrook")
COUNTY = "Wealdshire"
AGENCIES = (f"{COUNTY} Police", "Adult Social Care", "the National Probation Service", "MARAC",
            f"{COUNTY} Clinical Commissioning Group", "the ambulance service", "Refuge", "the Home Office")
PANEL_KEPT = ("Helen Ashworth", "Graham Whitaker", "Sunita Rafiq")
TITLES_F = ("Mrs", "Ms", "Miss")
TITLES_M = ("Mr",)
ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
             9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
             15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
             20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth",
             25: "twenty-fifth", 26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}


@dataclass
class Plant:
    text: str
    cls: str
    tells: tuple[str, ...] = ()      # further strings whose survival in the line also counts as the leak
    keep: bool = False               # a must-keep, not a planted value


@dataclass
class Person:
    given: str
    surname: str
    female: bool
    role: str
    pseudonym: str
    family_first: bool = False
    middle: str | None = None
    nickname: str | None = None
    maiden: str | None = None

    @property
    def full(self) -> str:
        if self.family_first:
            return f"{self.surname} {self.given}"
        return " ".join(w for w in (self.given, self.middle, self.surname) if w)

    @property
    def words(self) -> list[str]:
        words = re.split(r"[\s\-]+", f"{self.given} {self.middle or ''} {self.surname}")
        return [w for w in words if len(fold(w)) >= 3 and w.lower() not in {"van", "der", "bin", "den", "al"}]


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
                              .replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c))


@dataclass
class Draft:
    lines: list[list[tuple[int, Plant]]] = field(default_factory=list)  # per line: (offset in line, plant)
    text_lines: list[str] = field(default_factory=list)

    def add(self, *pieces: str | Plant) -> None:
        line, plants = "", []
        for piece in pieces:
            if isinstance(piece, Plant):
                plants.append((len(line), piece))
                line += piece.text
            else:
                line += piece
        self.text_lines.append(line)
        self.lines.append(plants)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _dod_forms(d: datetime.date, rng: random.Random) -> tuple[str, str]:
    """(class, text) of one way an author writes the date of death."""
    o = _ordinal(d.day)
    nxt = d + datetime.timedelta(days=1)
    choices = [
        ("dod words", f"{d.day} {d:%B %Y}"), ("dod words", f"{o} {d:%B %Y}"), ("dod words", f"{d:%B} {o}, {d.year}"),
        ("dod words", f"{o} of {d:%B}, {d.year}"), ("dod words", f"{d.day}-{d:%b}-{d.year}"),
        ("dod words", f"{d.day}{d:%b}{d.year}".upper()), ("dod words", f"{d.day} {d:%b}. {d.year}"),
        ("dod numeric", f"{d:%d/%m/%Y}"), ("dod numeric", f"{d.day}/{d.month}/{d:%y}"),
        ("dod numeric", f"{d:%d.%m.%Y}"), ("dod numeric", f"{d:%d.%m.%y}"), ("dod numeric", f"{d:%Y-%m-%d}"),
        ("dod weekday", f"{d:%A} {d.day} {d:%B %Y}"), ("dod weekday", f"{d:%A} the {o} of {d:%B}"),
        ("dod weekday", f"{d:%a} {o} {d:%b} {d:%y}"), ("dod weekday", f"{d:%A}, {d:%B} {d.day}, {d.year}"),
        ("dod ordinal words", f"the {ORD_WORDS.get(d.day, o)} of {d:%B} {d.year}"),
        ("dod ordinal words", f"{ORD_WORDS.get(d.day, o).capitalize()} {d:%B} {d.year}"),
        ("dod no year", f"{d.day} {d:%B}"), ("dod no year", f"{d:%B} {o}"), ("dod no year", f"{d.day}/{d.month}"),
        ("dod rare", f"{o} {d:%b} '{d:%y}"), ("dod rare", f"{d.day} {d:%b}, {d.year}"), ("dod rare", f"{d:%B} {d.day} {d.year}"),
        ("dod rare", f"{d:%d/%m/%Y} ({d:%A})"), ("dod rare", f"{d:%A}, {d.day} {d:%B}"), ("dod rare", f"{d.day} {d:%B} of {d.year}"),
        ("dod rare", f"{d.day}.{d.month}.{d.year}"), ("dod rare", f"{d:%d} {d:%m} {d:%Y}"),
    ]
    if nxt.month == d.month:
        choices += [("dod night of", f"{d.day}/{nxt.day} {d:%B}"), ("dod night of", f"{o}/{_ordinal(nxt.day)} {d:%B} {d.year}"),
                    ("dod night of", f"{d.day}-{nxt.day} {d:%B} {d.year}")]
    return rng.choice(choices)


def _dob_form(d: datetime.date, rng: random.Random) -> str:
    return rng.choice([f"{d:%d/%m/%Y}", f"{d.day} {d:%B %Y}", f"{_ordinal(d.day)} {d:%B} {d.year}", f"{d:%d.%m.%y}",
                       f"{d:%d-%b-%Y}", f"{d:%Y-%m-%d}", f"{d.day}/{d.month}/{d.year}"])


def _ordinary_date(rng: random.Random, avoid: set[tuple[int, int]], year: int) -> datetime.date:
    while True:
        d = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
        if (d.day, d.month) not in avoid and (d.month, d.day) not in avoid:
            return d


def _initials(p: Person) -> str | None:
    words = [w for w in re.split(r"[\s\-]+", p.full) if w and w[0].isupper()]
    letters = "".join(fold(w)[0] for w in words)
    return letters if len(letters) >= 2 else None


def _make_people(rng: random.Random) -> list[Person] | None:
    roles = [("victim", True), ("perpetrator", False)]
    roles += rng.sample([("sister", True), ("son", False), ("mother", True), ("friend", True), ("brother", False),
                         ("daughter", True)], rng.randint(1, 4))
    tv = rng.choice(list(TRADITIONS.values()))
    tp = tv if rng.random() < .6 else rng.choice(list(TRADITIONS.values()))
    female_ps, male_ps = list(PSEUDONYMS_FEMALE), list(PSEUDONYMS_MALE)
    rng.shuffle(female_ps)
    rng.shuffle(male_ps)
    people, used = [], set()
    for role, female in roles:
        t = tp if role == "perpetrator" else tv
        pool = t.female if female else t.male
        given = rng.choice(pool)
        if given in used:
            return None
        used.add(given)
        pair = rng.choice(t.surnames)
        surname = pair[1 if female else 0]
        if role in ("son", "daughter") and people:
            perp = people[1]
            surname = perp.surname if tp is tv else people[0].surname
        elif role in ("sister", "mother", "brother") and rng.random() < .5:
            surname = people[0].surname
        middles = t.middle_female if female else t.middle_male
        middle = rng.choice(middles) if middles and rng.random() < .3 else None
        nick = t.nicknames.get(given) if rng.random() < .8 else None
        if nick is None and rng.random() < .3 and len(fold(given)) >= 5:
            nick = fold(given)[:3] + rng.choice(["sy", "ie", "ka"])
        maiden = None
        if role == "victim" and female and rng.random() < .5:
            maiden = rng.choice([s[1] for s in t.surnames if s[1] != surname] or [None])
        pseud = (female_ps if female else male_ps).pop()
        if middle and middle in used:
            middle = None
        people.append(Person(given, surname, female, role, pseud, t.family_first, middle, nick, maiden))
    words = [fold(w).lower() for p in people for w in p.words]
    if len(set(words)) < len({fold(p.given).lower() for p in people}):
        return None
    return people


def _rules_yaml(rng: random.Random, people: list[Person], town: str, dod: datetime.date, dob: datetime.date,
                shapes: Counter) -> str:
    """The rules as one of many authors would write them (all valid per docs/rules.md)."""
    mapping = rng.random() < .15
    out = ["version: 1", f"review: {COUNTY} DHR {dod.year}-0{rng.randint(1, 9)}"]
    if mapping and not any(p.nickname or p.maiden for p in people):
        shapes["people as mapping"] += 1
        out.append("people: {" + ", ".join(f"{p.full}: {p.pseudonym}" for p in people) + "}")
    else:
        out.append("people:")
        for p in people:
            name = p.full
            shape = rng.choice(["plain", "plain", "note", "title", "record", "quoted nick", "nee"])
            aliases = [a for a in (p.nickname, p.maiden) if a]
            if shape == "note":
                name = rng.choice([f"{name} ({p.role})", f"{name} - {p.role}", f"{name}, {p.role}",
                                   f"{name} [{p.role}]", f"{name} (aged {rng.randint(19, 70)})"])
            elif shape == "title" and not p.family_first:
                name = f"{rng.choice(TITLES_F if p.female else TITLES_M)} {name}"
            elif shape == "record" and not p.family_first:
                name = f"{p.surname.upper()}, {' '.join(w for w in (p.given, p.middle) if w)}"
            elif shape == "quoted nick" and p.nickname and not p.family_first:
                name = f"{p.given} '{p.nickname}' {p.surname}" if not p.middle else name
                if not p.middle:
                    aliases.remove(p.nickname)
            elif shape == "nee" and p.maiden:
                name = f"{name} (née {p.maiden})"
                aliases.remove(p.maiden)
            else:
                shape = "plain"
            shapes[f"name {shape}"] += 1
            q = (lambda s: f'"{s}"') if rng.random() < .5 else (lambda s: s)
            out.append(f"  - name: {q(name)}")
            out.append(f"    pseudonym: {p.pseudonym}")
            if rng.random() < .6:
                out.append(f"    role: {p.role}")
            if aliases:
                how = rng.choice(["flow", "block", "line"])
                shapes[f"aliases {how}"] += 1
                if how == "flow":
                    out.append(f"    aliases: [{', '.join(aliases)}]")
                elif how == "line":
                    out.append(f"    aliases: {', '.join(aliases)}")
                else:
                    out.append("    aliases:")
                    out += [f"      - {a}" for a in aliases]
    pseudo_town = "Area A"
    if rng.random() < .3:
        out.append(f"places: {{{town}: {pseudo_town}, {town} Borough Council: {pseudo_town} Council}}")
    else:
        out += ["places:", f"  - name: {town}", f"    pseudonym: {pseudo_town}",
                f"  - name: {town} Borough Council", f"    pseudonym: {pseudo_town} Council"]

    def date_text(d: datetime.date) -> str:
        how = rng.choice(["iso", "iso", "words", "ordinal", "numeric"])
        if how == "numeric" and d.day <= 12:
            how = "iso"
        shapes[f"date {how}"] += 1
        return {"iso": d.isoformat(), "words": f"{d.day} {d:%B %Y}", "ordinal": f"{_ordinal(d.day)} {d:%B %Y}",
                "numeric": f"{d:%d/%m/%Y}"}[how]
    out += ["dates:", f"  date_of_death: {date_text(dod)}", f"  date_of_birth: {date_text(dob)}"]
    out += ["keep:", f"  - {COUNTY} Police"] + [f"  - {n}" for n in PANEL_KEPT]
    return "\n".join(out) + "\n"


def _name_form(rng: random.Random, p: Person, possessive: bool = True) -> Plant:
    """One way an author writes a listed person in running text."""
    forms = ["full name", "given name", "given name", "surname alone", "title + surname"] + \
        (["possessive"] if possessive else [])
    if p.nickname:
        forms.append("nickname alias")
    if p.maiden:
        forms.append("maiden alias")
    if _initials(p) and len(p.full.split()) >= 2:
        forms.append("initials")
    cls = rng.choice(forms)
    if cls == "full name":
        return Plant(p.full, cls)
    if cls == "given name":
        return Plant(p.given, cls)
    if cls == "surname alone":
        return Plant(p.surname, cls)
    if cls == "title + surname":
        title = rng.choice(TITLES_F if p.female else TITLES_M) if rng.random() < .8 else rng.choice(["Dr", "Ms"])
        return Plant(f"{title} {p.surname}", cls)
    if cls == "possessive":
        base = rng.choice([p.given, p.full, p.surname])
        return Plant(base + rng.choice(["'s", "’s"]) if not base.endswith("s") else base + "'", cls)
    if cls == "nickname alias":
        return Plant(p.nickname, cls)
    if cls == "maiden alias":
        return Plant(f"{p.given} {p.maiden}" if rng.random() < .5 else p.maiden, cls)
    return Plant(_initials(p), cls)


def build(seed_rng: random.Random, shapes: Counter):
    """(text, rules yaml, draft) of one draft, or None when the names drawn clash."""
    rng = seed_rng
    people = None
    while people is None:
        people = _make_people(rng)
    V, P = people[0], people[1]
    others = people[2:]
    town = rng.choice(TOWNS)
    dod = datetime.date(2017, 1, 1) + datetime.timedelta(days=rng.randrange(2200))
    dob = datetime.date(1960, 1, 1) + datetime.timedelta(days=rng.randrange(12000))
    avoid = {(dod.day, dod.month), (dob.day, dob.month), ((dod + datetime.timedelta(days=1)).day, dod.month)}
    rules = _rules_yaml(rng, people, town, dod, dob, shapes)
    d = Draft()
    pro = rng.sample(UNLISTED_PROFESSIONALS, 4)
    fam = rng.choice(UNLISTED_FAMILY)
    she = "she" if V.female else "he"

    def nm(p: Person) -> Plant:
        return _name_form(rng, p, False)

    def poss(p: Person) -> Plant:
        base = rng.choice([p.given, p.full, p.surname, p.nickname or p.given,
                           f"{rng.choice(TITLES_F if p.female else TITLES_M)} {p.surname}"])
        return Plant(base + rng.choice(["'s", "’s"]) if not base.endswith("s") else base + "'", "possessive")

    def dodp() -> Plant:
        cls, text = _dod_forms(dod, rng)
        return Plant(text, cls)

    def keepp(text: str, cls: str) -> Plant:
        return Plant(text, cls, keep=True)

    def od() -> Plant:
        x = _ordinary_date(rng, avoid, rng.randint(dod.year - 4, dod.year))
        return keepp(rng.choice([f"{x:%d/%m/%Y}", f"{x.day} {x:%B %Y}", f"{x:%d.%m.%y}"]), "ordinary date")

    sections = []
    # Executive summary
    sections.append(lambda: d.add(
        "1.1 This review examines the contact agencies had with ", Plant(V.full, "full name"), ", a resident of ",
        Plant(town, "place"), ", prior to ", "her" if V.female else "his", " death on ", dodp(), "."))
    sections.append(lambda: d.add(
        "1.2 ", Plant(V.given, "given name"), " was killed by ", "her" if V.female else "his", " partner, ",
        nm(P), ", who was convicted of murder at ", keepp("the Crown Court", "agency"), " on ", od(), "."))
    sections.append(lambda: d.add(
        "1.3 The review was commissioned by the ", Plant(f"{town} Borough Council", "place council"),
        " Community Safety Partnership in accordance with ", keepp("section 9", "section number"),
        " of the Domestic Violence, Crime and Victims Act 2004."))
    # Terms of reference
    sections.append(lambda: d.add(
        "TERMS OF REFERENCE: the period from ", od(), " to the death of ", nm(V), ", including any contact with ",
        nm(P), " and ", nm(rng.choice(others)), "."))
    sections.append(lambda: d.add(
        "2.4 Pseudonyms: ", Plant(V.full, "full name"), " is referred to as '", V.pseudonym, "' and ",
        Plant(P.full, "full name"), " as '", P.pseudonym, "', chosen with the family."))
    # Heading in capitals
    sections.append(lambda: d.add(
        Plant(f"{rng.choice([V.full, V.given])}".upper(), "caps heading"), ": A TRIBUTE FROM ",
        Plant(f"{rng.choice([V.full, V.given])}".upper() + "'S", "caps heading"), " FAMILY"))
    # Tribute
    def tribute():
        o = rng.choice(others)
        d.add("'", nm(V), " was the heart of our family,' said ", "her" if o.female else "his", o.role, ", ",
              nm(o), ". '", "She" if V.female else "He", " loved ", Plant(town, "place"), " and everyone in it.'")
    sections.append(tribute)
    sections.append(lambda: d.add(
        "Growing up, friends called ", "her" if V.female else "him", " ",
        Plant(V.nickname or V.given, "nickname alias" if V.nickname else "given name"),
        "; ", she, " was born on ", Plant(_dob_form(dob, rng), "dob"), " and was ",
        str(dod.year - dob.year - 1), " when ", she, " died."))
    if V.maiden:
        sections.append(lambda: d.add(
            "Before ", "her" if V.female else "his", " marriage ", she, " was known as ",
            Plant(f"{V.given} {V.maiden}", "maiden alias"), "; school records still hold ",
            Plant(V.maiden, "maiden alias"), "."))
    # Family plural
    sections.append(lambda: d.add(
        "The panel met ", Plant(rng.choice([f"the {V.surname}s", f"the {V.surname} family"]), "family plural"),
        " twice, once in ", keepp("March 2022", "ordinary date"), " and again before publication."))
    # Record order
    sections.append(lambda: d.add(
        "PNC record: ", Plant(f"{P.surname.upper()}, {P.given}", "record order"), " - DOB ",
        keepp("unknown to the author", "ordinary word"), "; bail conditions imposed ", od(), "."))
    # Chronology table rows
    def chronology():
        d.add("Date | Agency | Event")
        for _ in range(rng.randint(3, 6)):
            agency = rng.choice(["GP", "Police", "ASC", "IDVA", "Housing", "A&E", "Probation"])
            who = rng.choice(people[:2] + others)
            seen = rng.random() < .5
            d.add(od(), " | ", keepp(agency, "agency"), " | ", nm(who), " ",
                  "was seen by " if seen else rng.choice(["attended the surgery", "reported a disagreement",
                                                          "did not attend", "was discussed at MARAC"]),
                  *([Plant(f"{rng.choice(['Dr', 'PC', 'DC', 'Nurse'])} {rng.choice(pro)}", "unlisted professional")]
                    if seen else []), ".")
        d.add(Plant(dod.strftime("%d/%m/%Y"), "dod numeric"), " | Ambulance | Called to ",
              poss(V), " address at 02:40; ", she, " was pronounced dead.")
    sections.append(chronology)
    # Name split across a table cell boundary
    sections.append(lambda: d.add(
        Plant(V.given, "split cell"), " | ", Plant(V.surname, "split cell"), " | Victim | ",
        str(dod.year - dob.year - 1)))
    sections.append(lambda: d.add(
        Plant(P.given, "split cell"), " | ", Plant(P.surname, "split cell"), " | Perpetrator | ",
        rng.choice(["White British", "Asian British", "Black British", "Polish", "Irish", "Other"])))
    # Panel list
    def panel():
        d.add("Review panel:")
        for n in PANEL_KEPT:
            d.add(keepp(n, "panel kept"), " | ", keepp(rng.choice(AGENCIES[:3]), "agency"))
        d.add(Plant(pro[0], "unlisted professional"), " | Named GP for Safeguarding, ",
              keepp(f"{COUNTY} Clinical Commissioning Group", "agency"))
    sections.append(panel)
    # Findings
    sections.append(lambda: d.add(
        "Finding 3: the GP, ", Plant(f"Dr {pro[1]}", "unlisted professional"), ", did not ask ",
        nm(V), " about the bruising, and ", keepp("Adult Social Care", "agency"),
        " closed the referral on ", od(), "."))
    sections.append(lambda: d.add(
        "Finding 4: ", nm(P), " told ", Plant(f"PC {pro[2]}", "unlisted professional"),
        " that ", nm(V), " had fallen; ", keepp("paragraph 4.2", "section number"), " sets out the history."))
    sections.append(lambda: d.add(
        poss(V), " cousin, ", Plant(fam, "unlisted family"), ", said ", she,
        " had stayed with ", "her" if rng.random() < .5 else "them", "",
        " after the first assault, as ", keepp("paragraph 5.7", "section number"), " records."))
    # Contacts and addresses
    phone = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    handle = "@" + fold(V.given).lower().replace(" ", "") + str(rng.randint(10, 99))
    email = f"{fold(V.given).lower().replace(' ', '')}.{fold(V.surname).lower().replace(' ', '').replace(chr(39), '')}" \
            f"{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'hotmail.co.uk', 'outlook.com'])}"
    street = f"{rng.randint(2, 140)} {rng.choice(['Acacia Road', 'Mill Lane', 'Station Street', 'Orchard Close'])}"
    postcode = f"{rng.choice(['WX', 'KB', 'TH'])}{rng.randint(1, 19)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}"
    sections.append(lambda: d.add(
        nm(V), " lived at ", Plant(street, "address"), ", ", Plant(town, "place"), " ", Plant(postcode, "postcode"),
        "; ", she, " changed ", "her" if V.female else "his", " number to ", Plant(phone, "phone"), " in ",
        keepp("2018", "ordinary date"), "."))
    sections.append(lambda: d.add(
        "Messages from ", Plant(email, "email"), " and the Instagram account ", Plant(handle, "handle"),
        " were reviewed by ", keepp(f"{COUNTY} Police", "agency"), "."))
    # Recommendations and action plan
    sections.append(lambda: d.add(
        "Recommendation 2: ", keepp(f"{COUNTY} Police", "agency"), " to review how calls like the one on ", dodp(),
        " are graded. Lead: ", keepp(PANEL_KEPT[1], "panel kept"), ". Target: ", od(), "."))
    sections.append(lambda: d.add(
        "Action | Owner | By when: audit of DASH forms completed after ", poss(V), " disclosure | ",
        keepp("MARAC", "agency"), " | ", od()))
    # Night of, around the death
    sections.append(lambda: d.add(
        "On the evening of ", dodp(), ", a neighbour heard ", nm(P), " shouting; ", poss(V), " phone was "
        "last used at 23:52."))
    # Footnotes
    def footnotes():
        d.add("[", str(rng.randint(3, 40)), "] Police log ", Plant(f"{rng.randint(10, 99)}/{rng.randint(1000, 9999)}/"
              f"{dod.year % 100}", "police reference"), ", ", dodp(), ".")
        d.add("[", str(rng.randint(41, 60)), "] Statement of ", nm(rng.choice(others)), " to the chair, ", od(), ".")
    sections.append(footnotes)

    # Forms authors and the people quoted write without care
    def texting():
        low = rng.choice([V.given, V.full, V.nickname or V.given]).lower()
        d.add("Text message read at trial: '", Plant(low, "lower case"), " pls answer ur phone x' (",
              rng.choice(["sent by", "from"]), " ", nm(rng.choice(others)), ").")
    sections.append(texting)
    bare = [p for p in people if fold(p.full) != p.full]
    if bare:
        sections.append(lambda p=rng.choice(bare): d.add(
            "The IMR author wrote ", Plant(rng.choice([fold(p.full), fold(p.surname), fold(p.given)]),
                                           "without accents"), " throughout, as the force's systems do."))
    sections.append(lambda: d.add(
        "At the hospital ", Plant(f"{rng.choice(TITLES_F if V.female else TITLES_M)}{rng.choice(['', '.'])} {V.given}",
                                  "title + given"), " was seen alone; ",
        Plant(f"{rng.choice(TITLES_F if P.female else TITLES_M)}. {P.surname}", "title + surname"), " waited outside."))
    sections.append(lambda: d.add(
        "Police had visited ", Plant(f"the {V.surname}s'" if not V.surname.endswith("s") else f"the {V.surname}es'",
                                     "plural possessive"), " home four times in ", keepp("2016", "ordinary date"), "."))
    apostrophed = [p for p in people if "'" in p.full]
    if apostrophed:
        p0 = rng.choice(apostrophed)
        sections.append(lambda: d.add(
            "Letters were addressed to ", Plant(p0.surname.replace("'", rng.choice(["’", "", "`", "‘"])),
                                                "apostrophe variant"), " at the refuge."))
    o_dod = dod
    sections.append(lambda: d.add(
        "After the trial the family posted ", Plant("#JusticeFor" + fold(V.given).replace(" ", ""), "hashtag"),
        " and ", Plant("#" + fold(V.given + V.surname).replace(" ", "").replace("'", "").replace("-", ""), "hashtag"),
        " on social media."))
    sections.append(lambda: d.add(
        "The coroner's report on ", Plant(rng.choice([V.surname, V.full, V.given]) + str(rng.randint(2, 30)),
                                          "footnote digits"), " was shared with the panel."))
    sections.append(lambda: d.add(
        Plant(rng.choice([f"{town}'s", town.upper(), f"{town}-based", f"North {town}"]), "place forms"),
        " services were reviewed by ", keepp("the Home Office", "agency"), "."))
    sections.append(lambda: d.add(
        Plant(f"{o_dod:%a} {o_dod:%d/%m/%y}", "dod numeric weekday"), " 02:10 | NWAS | Cardiac arrest call; ",
        keepp("section 9", "section number"), " notification made by ", keepp("Wealdshire Police", "agency"), "."))
    sections.append(lambda: d.add(
        "Snapchat: ", Plant(fold(P.given).lower().replace(" ", "") + str(rng.randint(100, 999)), "handle"),
        "; Facebook: ", Plant(f"facebook.com/{fold(V.given).lower().replace(' ', '')}.{rng.randint(10, 99)}", "link"), "."))
    # Others in running text
    for o in others:
        sections.append(lambda o=o: d.add(
            nm(o), ", ", poss(V), " ", o.role, ", ", rng.choice(["said", "told the panel", "recalled"]), " that ",
            nm(P), " had ", rng.choice(["taken her bank card", "followed her to work", "smashed her phone"]), "."))
    for make in sections:
        make()
    return "\n".join(d.text_lines), rules, d, people


def _present(needle: str, hay: str) -> bool:
    """Whole-word, case- and accent-insensitive."""
    n = re.escape(fold(needle).lower())
    return re.search(rf"(?<![\w]){n}(?![\w])", fold(hay).lower()) is not None


def run(seeds, per_seed: int, show: bool) -> dict:
    from redact.api import verify_bytes
    from redact.errors import RedactError
    from redact.initials import is_other_capital_word
    from redact.pipeline import Redactor
    from redact.rules import load_rules
    from redact.verify.finder import LeakFinder

    planted, left, missed, silent, keep_total, keep_lost = (Counter() for _ in range(6))
    examples: dict[str, list[str]] = defaultdict(list)
    shapes: Counter = Counter()
    refused: list[str] = []
    drafts = flagged_outputs = 0
    for seed in seeds:
        rng = random.Random(seed)
        for _ in range(per_seed):
            made = build(rng, shapes)
            if made is None:
                continue
            text, rules_yaml, draft, people = made
            listed_words = {fold(w).lower() for p in people for w in (*p.words, p.nickname or "", p.maiden or "")
                            if len(w) >= 2}
            listed_words |= {fold(w).lower() for w in re.split(r"\s+", text.split(" a resident of ")[1].split(",")[0])}
            with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False, encoding="utf-8") as f:
                f.write(rules_yaml)
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    rules = load_rules(f.name)
                    out = Redactor(rules).redact_text(text)
            except RedactError as error:
                refused.append(f"seed {seed}: {error}")
                continue
            finally:
                Path(f.name).unlink()
            drafts += 1
            spans = LeakFinder(rules).spans(text)
            verdict_ok = verify_bytes(out.encode(), "txt", rules).ok
            flagged_outputs += not verdict_ok
            out_lines = out.split("\n")
            aligned = len(out_lines) == len(draft.text_lines)
            starts, pos = [], 0
            for line in draft.text_lines:
                starts.append(pos)
                pos += len(line) + 1
            for i, plants in enumerate(draft.lines):
                out_line = out_lines[i] if aligned else out
                for offset, plant in plants:
                    if plant.keep:
                        keep_total[plant.cls] += 1
                        if plant.text not in out_line:
                            keep_lost[plant.cls] += 1
                            if len(examples["KEEP " + plant.cls]) < 3:
                                examples["KEEP " + plant.cls].append(f"{plant.text!r} in: {out_line}")
                        continue
                    if plant.cls == "initials" and is_other_capital_word(plant.text):
                        plant = Plant(plant.text, "initials (documented: other word)")
                    planted[plant.cls] += 1
                    if plant.cls in LISTED_CLASSES:
                        a = starts[i] + offset
                        b = a + len(plant.text)
                        if not any(s < b and e > a for s, e, *_ in spans):
                            missed[plant.cls] += 1
                            if len(examples["VERIFY " + plant.cls]) < 3:
                                examples["VERIFY " + plant.cls].append(f"{plant.text!r} in: {draft.text_lines[i]}")
                    tells = [plant.text]
                    if plant.cls not in ("address", "postcode", "phone", "email", "handle") and \
                            not plant.cls.startswith("dod") and plant.cls != "dob":
                        words = re.split(r"[\s'’\-,]+", plant.text)
                        tells += [w for w in words if len(w) >= 3 and not w.isupper() or len(w) >= 4]
                        tells = [t for t in tells if t == plant.text or fold(t).lower() in listed_words
                                 or plant.cls.startswith("unlisted")]
                        tells = [t for t in tells if not re.fullmatch(r"(Mrs?|Ms|Miss|Dr|PC|DC|Nurse|the|family|s)", t)]
                    if any(_present(t, out_line) for t in tells):
                        left[plant.cls] += 1
                        silent[plant.cls] += verdict_ok
                        if len(examples[plant.cls]) < 3:
                            examples[plant.cls].append(f"seed {seed}: {plant.text!r} -> {out_line}")
    if show:
        for cls in sorted(examples):
            print(f"== {cls}")
            for e in examples[cls]:
                print("   ", e)
        if refused:
            print("== rules refused:", len(refused))
            for r in refused[:5]:
                print("   ", r)
        print("rules shapes:", dict(sorted(shapes.items())))
    print(f"{'class':24} {'planted':>8} {'left':>6} {'silent':>7} {'verify missed':>14}")
    for cls in sorted(planted):
        print(f"{cls:24} {planted[cls]:8} {left[cls]:6} {silent[cls]:7} "
              f"{missed[cls] if cls in LISTED_CLASSES else '-':>14}")
    print(f"{'must-keep':24} {'total':>8} {'lost':>6}")
    for cls in sorted(keep_total):
        print(f"{cls:24} {keep_total[cls]:8} {keep_lost[cls]:6}")
    return {"drafts": drafts, "rules refused": len(refused), "outputs verify flags": flagged_outputs,
            "planted": sum(planted.values()), "left": sum(left.values()), "left and silent": sum(silent.values()),
            "verify missed": sum(missed.values()), "must-keep lost": sum(keep_lost.values())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=sorted(PARTS), default="tuning")
    parser.add_argument("--per-seed", type=int, default=3, help="drafts per seed (default 3)")
    args = parser.parse_args(argv)
    began = time.monotonic()
    result = run(PARTS[args.part], args.per_seed, show=args.part == "tuning")
    print(f"{args.part} (seeds {PARTS[args.part].start}-{PARTS[args.part].stop - 1}): "
          + ", ".join(f"{k} {v}" for k, v in result.items()) + f"; {time.monotonic() - began:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
