"""A generator of fictional draft reviews for testing ``redact init``, with the truth about who is who.

Each draft names a victim, a perpetrator, family, professionals (full names, rank + surname, a doctor known
only by title and surname) and a chair who stays. Names come from many communities; nicknames and short
forms are introduced in several ways or simply used; names with diacritics also appear in plain letters;
middle names are used alone; titles go with surnames. ``Draft.truth`` lists every form the text uses for
a person who must not survive redaction.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

# (given, gender, forms people use for it: nicknames, clipped forms, day names)
GIVEN = {
    "english": [("Margaret", "f", ["Maggie", "Mags"]), ("William", "m", ["Billy", "Bill"]),
                ("Bernadette", "f", ["Bernie"]), ("Stephen", "m", ["Steve"]), ("Elizabeth", "f", ["Liz", "Lizzie"]),
                ("Robert", "m", ["Bob", "Rob"]), ("Katherine", "f", ["Kate", "Kath"]), ("Jonathan", "m", ["Jon"]),
                ("Sarah-Jane", "f", ["SJ"]), ("Christopher", "m", ["Chris", "Kit"])],
    "polish": [("Agnieszka", "f", ["Aga"]), ("Małgorzata", "f", ["Gosia"]), ("Tomasz", "m", ["Tomek"]),
               ("Wojciech", "m", ["Wojtek"]), ("Katarzyna", "f", ["Kasia"]), ("Paweł", "m", [])],
    "akan": [("Kwame", "m", []), ("Abena", "f", []), ("Emmanuel", "m", ["Kofi", "Manny"]),
             ("Patience", "f", ["Akosua"]), ("Joseph", "m", ["Kwabena", "Joe"])],
    "south_asian": [("Harpreet", "f", ["Preet"]), ("Rajinder", "m", ["Raj"]), ("Sukhwinder", "f", ["Sukhi"]),
                    ("Mohammed", "m", ["Mo"]), ("Priyanka", "f", ["Priya"])],
    "somali": [("Abdirahman", "m", ["Abdi"]), ("Khadija", "f", ["Deeqa"]), ("Hodan", "f", []),
               ("Abdullahi", "m", ["Abdi"])],
    "arabic": [("Mustafa", "m", ["Musti"]), ("Fatima", "f", ["Fatma"]), ("Abdulkarim", "m", ["Karim"])],
    "chinese": [("Xiaoling", "f", ["Ling", "Lily"]), ("Jianguo", "m", ["Jian"]), ("Meiying", "f", ["Mei"])],
    "vietnamese": [("Thị Lan", "f", ["Lan"]), ("Đức", "m", []), ("Huỳnh", "f", [])],
    "irish": [("Siobhán", "f", ["Shiv"]), ("Pádraig", "m", ["Paddy"]), ("Caoimhe", "f", ["Kiva"])],
    "caribbean": [("Delroy", "m", ["Del"]), ("Marcia", "f", ["Marsh"]), ("Winston", "m", ["Winnie"])],
    "turkish": [("Ayşe", "f", ["Ayşecik"]), ("Mehmet", "m", ["Memo"]), ("Gülşen", "f", ["Gül"])],
}
SURNAMES = {
    "english": ["Hartley", "Greenwood", "Ashdown", "Pickering", "Thornbury"],
    "polish": ["Wójcik", "Kowalczyk", "Zieliński", "Dąbrowska", "Lewandowski"],
    "akan": ["Mensah", "Asante", "Owusu", "Boateng", "Osei"],
    "south_asian": ["Sandhu", "Chowdhury", "Grewal", "Bhattacharya", "Dhillon"],
    "somali": ["Warsame", "Farah", "Jama", "Egal"],
    "arabic": ["Al-Hashimi", "Haddad", "Nasrallah"],
    "chinese": ["Zhang", "Chen", "Liu", "Huang"],
    "vietnamese": ["Nguyễn", "Trần", "Phạm"],
    "irish": ["O'Sullivan", "Ní Bhriain", "Mac Giolla", "Ó Floinn"],
    "caribbean": ["Campbell", "Bailey", "Ferguson"],
    "turkish": ["Yılmaz", "Öztürk", "Çelik", "Şahin"],
}
MIDDLE = {"akan": ["Adjoa", "Kwesi", "Yaw", "Efua"], "english": ["Louise", "Patrick"], "irish": ["Bríd", "Eoin"],
          "south_asian": ["Kaur", "Singh"], "polish": ["Zofia", "Krystyna"], "turkish": ["Nur"], "somali": ["Cawo"]}
CHAIRS = [("Helen", "Ashworth"), ("Graham", "Pemberton"), ("Lorraine", "Adeyemi"), ("Colin", "Featherstone")]
PROFESSIONAL_FIRST = ["Gareth", "Priya", "Rachel", "Simon", "Deepak", "Nadia", "Owen", "Yusuf", "Chloe", "Marek"]
PROFESSIONAL_SURNAME = ["Hughes", "Raman", "Dunn", "Clegg", "Chauhan", "Rahman", "Prys", "Ahmed", "Barker", "Kozak"]
DOCTOR_SURNAMES = ["Walsh", "Barnard", "Okonkwo", "Lindqvist", "Ferreira"]
TOWNS = ["Hartsford", "Brackenford", "Marlbeck", "Fallowmere", "Dunholt"]
INTRODUCTIONS = [
    "{full}, known as {nick}, was {age}.",
    "{first} “{nick}” {surname} was {age}.",
    "{first} ({nick}) {surname} was {age}.",
    "Everyone who knew {first} {surname} called {obj} ‘{nick}’.",
    "{full}, also known as {nick}, was {age}.",
    "{first} {surname} (aka {nick}) was {age}.",
    "{full}, who was called {nick} by {poss} family, was {age}.",
    "{first} {surname}, whose friends called {obj} {nick}, was {age}.",
    "{first} {surname} was {age}. {Poss_cap} family knew {obj} as {nick}.",
    "{first} {surname} was {age}.",  # the short form is simply used later, never introduced
]
# Written forms of the date of death (the date grammar reads them all: redact.dates)
DATE_FORMS = [lambda d: f"{d.day} {d:%B %Y}", lambda d: f"{d:%d/%m/%Y}", lambda d: f"{d:%A} {d.day} {d:%B %Y}",
              lambda d: f"{d.day} {d:%b %Y}", lambda d: f"{d.day}.{d.month}.{d:%y}", lambda d: f"{d:%d.%m.%Y}",
              lambda d: d.isoformat(), lambda d: f"{d:%d}{d:%b}{d:%Y}".upper(), lambda d: f"{d:%d/%m/%Y} 0340hrs",
              lambda d: f"{d:%B} {d.day}, {d:%Y}", lambda d: f"{d:%a} {d.day} {d:%b %y}"]


def _ascii(text: str) -> str:
    import unicodedata

    table = {"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D"}
    text = "".join(table.get(c, c) for c in text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class Person:
    first: str
    surname: str
    gender: str
    role: str
    middle: str | None = None
    nick: str | None = None
    title: str | None = None

    @property
    def full(self) -> str:
        return " ".join(w for w in (self.first, self.middle, self.surname) if w)

    @property
    def short(self) -> str:
        return f"{self.first} {self.surname}".strip()

    @property
    def called(self) -> str:
        return self.nick or self.first.split()[0]

    @property
    def subj(self) -> str:
        return "she" if self.gender == "f" else "he"

    @property
    def obj(self) -> str:
        return "her" if self.gender == "f" else "him"

    @property
    def poss(self) -> str:
        return "her" if self.gender == "f" else "his"

    def forms(self) -> set[str]:
        """Every form of this person that a text could use: the truth is those the draft does use."""
        out = {self.full, self.short, self.surname, *self.first.split()}
        out |= {p for p in self.surname.split() if len(p) > 2}
        if self.middle:
            out.add(self.middle)
        if self.nick:
            out |= {self.nick, f"{self.nick} {self.surname}"}
        out |= {_ascii(f) for f in out}
        return {f for f in out if f}


@dataclass
class Draft:
    text: str
    people: list[Person]
    chair: Person
    date_of_death: dt.date
    seed: int
    metadata: dict = field(default_factory=dict)
    death_written: str = ""                     # the date of death as the draft writes it

    @property
    def removable(self) -> list[Person]:
        return [p for p in self.people if p.role != "chair"]

    def truth(self) -> dict[str, Person]:
        """Every form of a removable person that the draft uses (text and metadata), with whose it is."""
        text = self.text + "\n" + "\n".join(self.metadata.values())
        out: dict[str, Person] = {}
        for person in self.removable:
            longer: list[tuple[int, int]] = []
            for form in sorted(person.forms(), key=len, reverse=True):
                spans = [m.span() for m in re.finditer(rf"(?<![\w]){re.escape(form)}(?![\w])", text)]
                # "Lan Phạm" inside "Thị Lan Phạm" is the full name, not a form of its own
                if form not in out and any(not any(a <= x and y <= b for a, b in longer) for x, y in spans):
                    out[form] = person
                longer += spans
        return out


def generate(seed: int) -> Draft:
    rng = random.Random(seed)
    communities = list(GIVEN)
    used_given: set[str] = set()

    def person(role: str, gender: str | None = None, community: str | None = None, surname: str | None = None,
               middle: bool = False) -> Person:
        community = community or rng.choice(communities)
        choices = [g for g in GIVEN[community] if g[0] not in used_given and (gender is None or g[1] == gender)]
        if not choices:
            choices = [g for c in communities for g in GIVEN[c] if g[0] not in used_given
                       and (gender is None or g[1] == gender)]
        given, sex, nicknames = rng.choice(choices)
        used_given.add(given)
        mid = rng.choice(MIDDLE[community]) if middle and community in MIDDLE else None
        nick = rng.choice(nicknames) if nicknames and rng.random() < 0.85 else None
        if nick and fold(nick) in {fold(n) for n in used_given}:
            nick = None
        if nick:
            used_given.add(nick)
        return Person(given, surname or rng.choice(SURNAMES[community]), sex, role, mid, nick)

    victim_community = rng.choice(communities)
    victim = person("victim", "f" if rng.random() < 0.8 else "m", victim_community, middle=True)
    perpetrator = person("perpetrator", "m" if victim.gender == "f" else "f",
                         rng.choice([victim_community, rng.choice(communities)]))
    child = person("child", None, victim_community, surname=perpetrator.surname if rng.random() < 0.5
                   else victim.surname)
    sibling = person("sibling", "f", victim_community, surname=victim.surname)
    taken = {fold(n) for n in used_given}
    officer = Person(rng.choice([f for f in PROFESSIONAL_FIRST if fold(f) not in taken]),
                     rng.choice(PROFESSIONAL_SURNAME), "m", "officer",
                     title=rng.choice(["PC", "DC", "PS"]))
    doctor = Person("", rng.choice(DOCTOR_SURNAMES), "f", "doctor", title="Dr")
    chair_first, chair_surname = rng.choice(CHAIRS)
    chair = Person(chair_first, chair_surname, "f", "chair")
    town = rng.choice(TOWNS)
    death = dt.date(rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28))
    date = rng.choice(DATE_FORMS)

    def intro(p: Person, age: int) -> str:
        # a nickname nobody could tell from the name ("Gosia", "Kofi") is always introduced
        templates = INTRODUCTIONS if p.nick and _related(p.nick, p.first) else INTRODUCTIONS[:-1]
        template = rng.choice(templates) if p.nick else "{full} was {age}."
        return template.format(full=p.full, first=p.first, surname=p.surname, nick=p.nick or "", age=age,
                               obj=p.obj, poss=p.poss, Poss_cap=p.poss.capitalize())

    v, k, c, s = victim, perpetrator, child, sibling
    paragraphs = [
        f"Domestic Homicide Review into the death of {v.short.upper() if rng.random() < 0.5 else v.short}",
        f"1.1 {v.full} died on {date(death)} at {v.poss} home in {town}. {intro(v, rng.randint(24, 70))}",
        f"1.2 {intro(k, rng.randint(24, 70))} {k.called} was arrested at the scene and later convicted.",
        f"1.3 {v.called} lived with {v.poss} {'son' if c.gender == 'm' else 'daughter'}. "
        f"{intro(c, rng.randint(8, 30))} {v.poss.capitalize()} sister, {s.short}, lived nearby.",
        f"2.1 The chair, {chair.short}, met {s.first} and {c.called} in the course of the review.",
        f"3.1 {v.called} first told {v.poss} GP about the abuse in 2018. Dr {doctor.surname} recorded "
        f"'social stressors'. Dr {doctor.surname} did not ask about domestic abuse.",
        f"3.2 {officer.title} {officer.first} {officer.surname} attended in 2019. {officer.title} "
        f"{officer.surname} completed a risk assessment; {k.called} was not at home.",
        f"3.3 ‘{v.called} was the heart of our family,’ said {s.first}. {c.first} said that {k.called} "
        f"had controlled the money. {v.called}’s friends noticed {v.poss} weight loss.",
        f"4.1 Mr {k.surname} declined to take part." if k.gender == "m" else f"4.1 Ms {k.surname} declined.",
    ]
    if v.middle:
        paragraphs.append(rng.choice([f"4.2 {v.middle} was the name {v.poss} grandmother always used.",
                                      f"4.2 {s.first} said that {v.middle} never complained.",
                                      f"4.2 To {v.poss} mother {v.subj} was always {v.middle}."]))
    if _ascii(v.full) != v.full or _ascii(k.full) != k.full:
        plain = v if _ascii(v.full) != v.full else k
        paragraphs.append(f"4.3 Police records held {plain.poss} name as {_ascii(plain.short)}, and checks on "
                          f"{plain.short} did not return it.")
    for p in (s, c):
        if _ascii(p.first) != p.first:  # the plain spelling of a given name alone: "Siobhan" for Siobhán
            paragraphs.append(f"4.5 The hospital recorded {p.poss} name as {_ascii(p.first)}.")
    if rng.random() < 0.5:  # a short form introduced later in the report, not beside the first mention
        late = rng.choice([p for p in (v, k) if p.nick] or [v])
        if late.nick:
            paragraphs.append(f"6.1 Friends said that {late.first} was known to them as {late.nick}. "
                              f"{late.nick} rarely spoke about home.")
    if _ascii(k.surname) != k.surname:
        paragraphs.append(f"4.4 A second record for Mr {_ascii(k.surname)} was found in 2020.")
    for index, year in enumerate(range(2019, 2019 + rng.randint(2, 5))):
        who = rng.choice([v, k, c])
        paragraphs.append(f"5.{index + 1} In {year}, {who.called} contacted the housing provider. "
                          f"{rng.choice([v, k]).called} was recorded as present.")
    metadata = {"title": f"DHR {v.short}", "subject": f"Review: {v.called}", "keywords": f"{town}; {k.called}"}
    return Draft("\n\n".join(paragraphs) + "\n", [v, k, c, s, officer, doctor, chair], chair, death, seed,
                 metadata, date(death))


def _related(nick: str, given: str) -> bool:
    """A reader can tell the nickname from the name: same opening letters, or the nicknames package says so."""
    from nicknames import NickNamer

    from wordfreq import zipf_frequency

    if zipf_frequency(nick.lower(), "en") >= 3.5 and nick.lower() not in NickNamer().nicknames_of(given.lower()):
        return False  # "Memo", "Marsh": an English word a report would explain before using it as a name
    return fold(nick)[:2] == fold(given)[:2] or nick.lower() in NickNamer().nicknames_of(given.lower())


def fold(text: str) -> str:
    return _ascii(text).casefold()


def write(draft: Draft, path) -> None:
    """The draft as .txt or as .docx (paragraphs and core properties)."""
    from pathlib import Path

    path = Path(path)
    if path.suffix == ".txt":
        path.write_text(draft.text, encoding="utf-8")
        return
    import docx

    document = docx.Document()
    for paragraph in draft.text.split("\n\n"):
        document.add_paragraph(paragraph.strip())
    for key, value in draft.metadata.items():
        setattr(document.core_properties, key, value)
    document.save(str(path))


def package_texts(path) -> list[str]:
    """Every paragraph of every XML part of a .docx, and the text of its properties."""
    import zipfile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if not name.endswith(".xml"):
                continue
            root = etree.fromstring(package.read(name))
            paragraphs = list(root.iter(f"{w}p"))
            if paragraphs:
                out += ["".join(t.text or "" for t in p.iter(f"{w}t", f"{w}delText")) for p in paragraphs]
            else:
                out += [e.text for e in root.iter() if isinstance(e.tag, str) and e.text and e.text.strip()]
    return out
