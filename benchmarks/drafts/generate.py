"""One fictional DHR draft from a seed: the people, the text blocks, the Word-only parts, the rules and the truth.

Every listed form the generator writes is the form an author or an agency system writes (possessives, capitals,
police-style "SURNAME, Given", spellings without diacritics, nicknames introduced with "known as"), and every
protected date goes through a random selection of the written forms in ``dateforms.FORMS``, beside neighbouring
dates (another year, the day before and after) that must stay.
"""
from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import dateforms, names


def fold(text: str) -> str:
    """Case and diacritics folded, the letters NFKD does not split mapped by hand, apostrophes unified."""
    text = text.replace("’", "'").replace("‘", "'")
    special = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i", "æ": "ae"}
    text = "".join(special.get(c, c) for c in text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.casefold()


def ascii_spelling(text: str) -> str:
    """The same name as a system without diacritics writes it (case kept)."""
    special = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i"}
    text = "".join(special.get(c, c) for c in text)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass
class Person:
    key: str
    relation: str             # "victim", "perpetrator", "daughter", ...
    given: str                # may be two words ("Mei Ling")
    family: str
    female: bool
    tradition: str
    family_first: bool = False
    middle: str | None = None
    nickname: str | None = None
    pseudonym: str | None = None
    common_word: bool = False  # the given name (or nickname) is also an ordinary English word
    listed: bool = True

    @property
    def full(self) -> str:
        if self.family_first:
            return f"{self.family} {self.given}"
        return " ".join(p for p in (self.given, self.middle, self.family) if p)

    @property
    def short_full(self) -> str:
        return self.full if self.family_first else f"{self.given} {self.family}"

    @property
    def title(self) -> str:
        return "Ms" if self.female else "Mr"

    @property
    def formal(self) -> str:
        return f"{self.title} {self.family}"

    @property
    def called(self) -> str:
        """What the report calls the person most of the time."""
        return self.nickname or self.given

    @property
    def police_style(self) -> str:
        return f"{self.family.upper()}, {self.given}" if not self.family_first else f"{self.family.upper()} {self.given}"

    def possessive(self, name: str | None = None, curly: bool = False) -> str:
        name = name or self.called
        mark = "’" if curly else "'"
        return f"{name}{mark}" if name.endswith("s") else f"{name}{mark}s"


@dataclass
class Block:
    """One paragraph-level unit of the body: a heading, a paragraph, a list item or a table."""
    kind: str                 # heading | para | item | table | quote
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    footnote: str | None = None   # a footnote referenced at the end of this paragraph
    comment: str | None = None    # a comment anchored on this paragraph


@dataclass
class Case:
    seed: int
    people: list[Person]
    blocks: list[Block]
    header: str
    footer: str
    text_box: list[str]
    core: dict[str, str]
    rules: dict
    truth: dict

    @property
    def txt(self) -> str:
        lines: list[str] = []
        for block in self.blocks:
            if block.kind == "table":
                lines.extend("\t".join(row) for row in block.rows)
            else:
                lines.append(block.text)
        notes = [b.footnote for b in self.blocks if b.footnote]
        if notes:
            lines.append("")
            lines.append("[FOOTNOTES]")
            lines.extend(f"{i}. {note}" for i, note in enumerate(notes, 1))
        return "\n".join(lines) + "\n"


TOWN_START = ("Brack", "Fallow", "Marl", "Hart", "Wick", "Thorn", "Elm", "Holl", "Rother", "Sedge", "Wend", "Cald")
TOWN_END = ("ford", "mere", "beck", "ton", "ley", "bury", "field", "worth", "stow", "wick")
COUNTIES = ("Eastshire", "Wealdshire", "Lowmarsh", "Harrowdale", "Northmoor")
AGENCY_KINDS = ("Police", "County Council", "Integrated Care Board", "Domestic Abuse Service",
                "Healthcare NHS Foundation Trust")


def _unique_town(rng: random.Random, used: set[str]) -> str:
    while True:
        town = rng.choice(TOWN_START) + rng.choice(TOWN_END)
        if town not in used:
            used.add(town)
            return town


class _Writer:
    """Builds one case; ``rng`` decides everything, so a seed gives the same case on every machine."""

    def __init__(self, seed: int):
        self.seed = seed
        self.rng = random.Random(f"dhr-draft-{seed}")
        self.used_given: set[str] = set()
        self.used_family: set[str] = set()
        self.must_keep: list[dict] = []
        self.dod_mentions: list[dict] = []
        self.dob_mentions: list[dict] = []

    # ------------------------------------------------------------------ people
    def _person(self, key, relation, female, tradition_key, *, family=None, common_word=None, listed=True):
        rng = self.rng
        t = names.TRADITIONS[tradition_key]
        pool = [n for n in (t.female if female else t.male) if n not in self.used_given]
        if not pool:  # a large family in a short list: a name from the English list
            english = names.TRADITIONS["english"]
            pool = [n for n in (english.female if female else english.male) if n not in self.used_given]
        given = common_word or rng.choice(pool)
        self.used_given.add(given)
        if family is None:
            pair = rng.choice([p for p in t.surnames if p[0] not in self.used_family] or t.surnames)
            family = pair[1] if female else pair[0]
        self.used_family.add(family)
        middles = t.middle_female if female else t.middle_male
        middle = rng.choice(middles) if middles and rng.random() < 0.5 and not t.family_first else None
        nickname = t.nicknames.get(given) if rng.random() < 0.8 else None
        if common_word and common_word == "Will":
            given, nickname = "William", "Will"
        return Person(key, relation, given, family, female, tradition_key, t.family_first, middle, nickname,
                      common_word=bool(common_word), listed=listed)

    def _family_form(self, tradition_key: str, family: str, female: bool) -> str:
        """The spouse's or child's form of a family name (Wiśniewski -> Wiśniewska, Kazlauskas -> Kazlauskienė)."""
        for masc, fem in names.TRADITIONS[tradition_key].surnames:
            if family in (masc, fem):
                return fem if female else masc
        return family

    def people(self) -> list[Person]:
        rng = self.rng
        traditions = sorted(names.TRADITIONS)
        family_tradition = rng.choice(traditions)
        perp_tradition = family_tradition if rng.random() < 0.6 else rng.choice(traditions)
        victim_female = rng.random() < 0.85
        common = None
        self.common_holder = None
        if rng.random() < 0.7:
            holder = rng.choice(["victim", "child", "sister", "perpetrator"])
            self.common_holder = holder
            pool = names.COMMON_WORD_MALE if (holder == "perpetrator" and victim_female) else names.COMMON_WORD_FEMALE
            common = rng.choice(pool)
        victim = self._person("victim", "victim", victim_female, family_tradition,
                              common_word=common if self.common_holder == "victim" else None)
        perpetrator = self._person("perpetrator", "partner", not victim_female, perp_tradition,
                                   common_word=common if self.common_holder == "perpetrator" else None)
        married = perp_tradition == family_tradition and rng.random() < 0.6
        maiden = victim.family
        if married:
            victim.family = self._family_form(perp_tradition, perpetrator.family, victim.female)
        people = [victim, perpetrator]
        for i in range(rng.randint(1, 3)):
            female = rng.random() < 0.5
            if i == 0 and self.common_holder == "child":
                female = True
            child_family = self._family_form(perp_tradition if married else family_tradition,
                                             perpetrator.family if married else victim.family, female)
            child = self._person(f"child{i + 1}", "daughter" if female else "son", female,
                                 perp_tradition if married else family_tradition, family=child_family,
                                 common_word=common if (i == 0 and self.common_holder == "child") else None)
            child.nickname = None if child.common_word else child.nickname
            people.append(child)
        sister = self._person("sister", "sister", True, family_tradition,
                              family=self._family_form(family_tradition, maiden, True),
                              common_word=common if self.common_holder == "sister" else None)
        people.append(sister)
        mother = self._person("mother", "mother", True, family_tradition,
                              family=self._family_form(family_tradition, sister.family, True))
        people.append(mother)
        f_pool = list(names.PSEUDONYMS_FEMALE)
        m_pool = list(names.PSEUDONYMS_MALE)
        rng.shuffle(f_pool)
        rng.shuffle(m_pool)
        children = iter(names.CHILD_PSEUDONYMS)
        for person in people:
            if person.key.startswith("child"):
                person.pseudonym = next(children)
            else:
                person.pseudonym = (f_pool if person.female else m_pool).pop()
        return people

    # ------------------------------------------------------------------ helpers
    def keep(self, text: str, what: str) -> str:
        self.must_keep.append({"text": text, "kind": what})
        return text

    def dod(self, form: str, where: str) -> str:
        text = dateforms.render(self.date_of_death, form)
        self.dod_mentions.append({"text": text, "form": form, "where": where})
        return text

    def dob(self, form: str, where: str) -> str:
        text = dateforms.render(self.date_of_birth, form)
        self.dob_mentions.append({"text": text, "form": form, "where": where})
        return text

    def other_date(self, date: dt.date, form: str, what: str = "other date") -> str:
        return self.keep(dateforms.render(date, form), what)

    # ------------------------------------------------------------------ the case
    def build(self) -> Case:
        rng = self.rng
        people = self.people()
        v, p = people[0], people[1]
        children = [x for x in people if x.key.startswith("child")]
        sister = next(x for x in people if x.key == "sister")
        mother = next(x for x in people if x.key == "mother")
        year = rng.randint(2019, 2024)
        self.date_of_death = dt.date(year, rng.randint(1, 12), rng.randint(3, 26))
        age = rng.randint(24, 58)
        self.date_of_birth = dt.date(year - age, rng.randint(1, 12), rng.randint(1, 28))
        d = self.date_of_death
        month_name = dateforms.MONTHS[d.month - 1]
        towns: set[str] = set()
        town, other_town = _unique_town(rng, towns), _unique_town(rng, towns)
        county = rng.choice(COUNTIES)
        places = [(town, "Area A"), (f"{town} Borough Council", "Area A Council"),
                  (f"{town} General Hospital", "Hospital A"), (other_town, "Area B")]
        agencies = [f"{county} {kind}" for kind in rng.sample(AGENCY_KINDS, 4)]
        listed_words = {w for x in people for w in (x.full + " " + (x.nickname or "")).split()}
        panel_firsts = rng.sample([f for f in names.OTHER_FIRST if f not in listed_words], 8)
        surnames = [s for s in names.OTHER_SURNAMES if s not in listed_words]
        rng.shuffle(surnames)
        panel = [(f"{panel_firsts[i]} {surnames[i]}", names.PANEL_ROLES[i].format(county=county))
                 for i in range(rng.randint(4, 6))]
        chair = panel[0][0]
        pros = []
        for j, (title, role) in enumerate(rng.sample(names.PROFESSIONAL_ROLES, 4)):
            first, surname = panel_firsts[6 + j % 2] if j < 2 else panel_firsts[j], surnames[6 + j]
            pros.append((title, first, surname, role))
        # a listed given name inside an unlisted professional's full name ("PC Joanne Smith" beside Joanne Pryor)
        shared_given = rng.random() < 0.35 and " " not in v.given
        if shared_given:
            title, _, surname, role = pros[0]
            pros[0] = (title, v.given, surname, role)
        neighbour = f"{panel_firsts[rng.randint(0, 7)]} {surnames[11]}"
        other_people = [f"{f} {s}" for _, f, s, _ in pros] + [neighbour]
        cw = next((x for x in people if x.common_word), None)

        def pro(i: int, full: bool = True) -> str:
            title, first, surname, role = pros[i]
            if title and not full:
                return f"{title} {surname}"
            return f"{title + ' ' if title else ''}{first} {surname}"

        def role(i: int) -> str:
            return pros[i][3]

        blocks: list[Block] = []
        add = blocks.append
        dod_forms = [f for f in dateforms.FORMS if not f.endswith("_noyear") and f not in ("long",)]
        rng.shuffle(dod_forms)
        noyear = [f for f in dateforms.FORMS if f.endswith("_noyear")]
        rng.shuffle(noyear)
        nextform = iter(dod_forms * 3)

        # ---- 1. introduction
        add(Block("heading", self.keep("Domestic Homicide Review", "heading")))
        add(Block("heading", f"Overview report into the death of {v.full}"))
        known = rng.choice([" (known as {})", " (“{}”)", ", known to everyone as {},", " ('{}' to her family)"])
        intro = (f"This review examines the death of {v.full}" + (known.format(v.nickname) if v.nickname else "")
                 + f", who died at {'her' if v.female else 'his'} home in {town} on {self.dod('long', 'body')}. ")
        intro += (f"{v.possessive()} {p.relation}, {p.full}, was convicted of "
                  f"{self.keep('murder', 'word')} at Crown Court on {self.other_date(d + dt.timedelta(days=rng.randint(150, 300)), 'long')}.")
        add(Block("para", intro, footnote=f"The coroner recorded the date of death as {self.dod(next(nextform), 'footnote')}."))
        add(Block("para", f"{v.called} was {age} years old. {self.keep('The panel', 'words')} offers its condolences "
                          f"to {v.possessive(curly=True)} family, and in particular to {v.possessive(None)} "
                          f"{sister.relation} {sister.short_full} and mother {mother.short_full}."))
        if v.family_first:
            add(Block("para", f"In agency records the name was written in several orders ({v.given} {v.family}, "
                              f"{v.family.upper()} {v.given}); the report uses {v.formal} and {v.given}."))
        # ---- 2. panel
        add(Block("heading", self.keep("The Review Panel", "heading")))
        add(Block("para", f"Chair: {self.keep(chair, 'panel name')} ({self.keep('Independent Chair', 'role title')})."))
        for name, title in panel[1:]:
            add(Block("item", f"{self.keep(name, 'panel name')}, {self.keep(title, 'role title')}"))
        add(Block("para", f"The panel met six times between {self.other_date(d + dt.timedelta(days=200), 'long')} and "
                          f"{self.other_date(d + dt.timedelta(days=420), 'long')}. Agencies included "
                          + ", ".join(self.keep(a, "agency") for a in agencies) + "."))
        # ---- 3. family
        add(Block("heading", self.keep("The family", "heading")))
        # Many drafts carry the agreed pseudonyms in the family table, many do not (the family has not chosen yet).
        with_pseudonyms = rng.random() < 0.5
        family_rows = [[self.keep("Name", "table heading"), self.keep("Relationship to the victim", "table heading")]
                       + ([self.keep("Pseudonym", "table heading")] if with_pseudonyms else [])]
        for x in people:
            row = [x.given if x.common_word and x is not v else x.short_full, x.relation]
            family_rows.append(row + ([x.pseudonym] if with_pseudonyms else []))
        add(Block("table", rows=family_rows))
        kids = ", ".join(f"{c.given} ({rng.randint(2, 17)})" for c in children)
        add(Block("para", f"{v.called} and {p.given} had {len(children)} child{'ren' if len(children) > 1 else ''}: {kids}. "
                          f"{p.formal} had moved to {town} from {other_town} in "
                          f"{self.keep(f'{month_name} {d.year - 3}', 'month and year')}."))
        if p.nickname:
            add(Block("para", f"{p.full}, known to friends as {p.nickname}, worked as a driver. "
                              f"{p.possessive(p.nickname)} employer was not approached by the review."))
        if v.middle:
            add(Block("para", f"Some of her friends called her {v.middle}, her middle name; "
                              f"{v.middle} is used in their accounts below."))
        # ---- 4. name or word
        if cw is not None:
            word = cw.nickname if cw.given == "William" else cw.given
            add(Block("heading", f"{word.upper()}'S VOICE"))
            if cw is v:
                opening = f"{word} was described by her friends as generous and funny."
            elif word == "May":
                opening = f"{word} may find parts of this report difficult to read."
            else:
                opening = f"{word} chose not to take part in the review."
            add(Block("para", opening + f" The panel respected {cw.possessive(word)} decision."))
            add(Block("quote", f"“{word} was always the one who kept things going,” her aunt told the panel."))
            add(Block("table", rows=[[self.keep("Family member", "table heading"), self.keep("Contributed", "table heading")],
                                     [word, self.keep("Declined", "word")],
                                     [sister.short_full, self.keep("Yes", "word")]]))
            for sentence in names.COMMON_WORD_NAMES[cw.given if cw.given != "William" else "Will"]:
                add(Block("para", self._ordinary_use(sentence)))
        for sentence in rng.sample([s for ss in names.COMMON_WORD_NAMES.values() for s in ss], 3):
            add(Block("para", self._ordinary_use(sentence)))
        add(Block("para", f"Agencies used the {self.keep('Red, Amber, Green rating', 'ordinary words')} from the "
                          f"risk checklist; the {self.keep(f'May {d.year - 1}', 'month and year')} referral "
                          f"{self.keep('was rated Amber', 'ordinary word')}."))
        # ---- 5. chronology
        add(Block("heading", self.keep("Chronology", "heading")))
        rows = [[self.keep("Date", "table heading"), self.keep("Agency", "table heading"),
                 self.keep("Event", "table heading")]]
        for k in range(rng.randint(3, 5)):
            earlier = d - dt.timedelta(days=rng.randint(40, 900))
            rows.append([self.other_date(earlier, rng.choice(["slash_4y", "dots_2y", "long", "iso"])),
                         rng.choice(agencies),
                         f"{pro(k % 4, full=False)} recorded a call from {v.called} about {p.formal}."])
        rows.append([self.other_date(d - dt.timedelta(days=1), rng.choice(["dots_2y", "slash_4y", "long"]), "day before"),
                     agencies[0], f"{v.given} visited her {sister.relation}."])
        rows.append([self.dod(next(nextform), "chronology table"), agencies[0],
                     f"Police attended the home address. {p.police_style} was arrested."])
        rows.append([self.other_date(d + dt.timedelta(days=1), rng.choice(["dots_2y", "slash_4y", "long"]), "day after"),
                     agencies[1], "Strategy meeting held."])
        add(Block("table", rows=rows))
        # ---- 6. the days before and the day
        add(Block("heading", self.keep("Events leading to the death", "heading")))
        if not v.family.endswith("s"):
            add(Block("para", f"The {v.family}s had lived in {town} for ten years."))
        add(Block("heading", self.dod(rng.choice(["long", "ordinal_long", "weekday_long"]), "heading").upper()))
        before = d - dt.timedelta(days=2)
        add(Block("para", f"On {self.other_date(before, 'long', 'day before')} {v.called} told {pro(1)}, "
                          f"the {role(1)}, that {p.given} had taken her phone. "
                          f"On {self.dod(noyear[0], 'body, no year')} she did not answer calls from "
                          f"{sister.given}."))
        add(Block("para", f"The police log reads: call received {self.dod('police_time', 'body')}; "
                          f"officers attended and found {v.formal}. The crime report is dated "
                          f"{self.dod('police_compact', 'body')} and names {p.police_style}"
                          + (f" ({ascii_spelling(p.family).upper()})" if ascii_spelling(p.family) != p.family else "")
                          + " as the suspect."))
        add(Block("para", f"On {self.dod(next(nextform), 'body')}, {p.given} rang his brother. {self.keep('The same day in', 'words')} "
                          f"{d.year - 1} ({self.other_date(d.replace(year=d.year - 1), 'long', 'same day other year')}) "
                          f"had been {v.possessive(v.given)} birthday party."))
        if ascii_spelling(v.full) != v.full:
            add(Block("para", f"The ambulance service record spells her name {ascii_spelling(v.short_full)}; "
                              f"the GP record has {ascii_spelling(v.family).upper()}, {ascii_spelling(v.given)}."))
        if ascii_spelling(p.full) != p.full:
            add(Block("para", f"Probation held {ascii_spelling(p.full)} on its case management system."))
        # ---- 7. quoted e-mail
        add(Block("heading", self.keep("Correspondence", "heading")))
        add(Block("quote", f"From: {pro(2)}"))
        sent = rng.choice(["month_first", "month_first_weekday"])
        add(Block("quote", f"Sent: {self.dod(sent, 'quoted e-mail')}" + (" 09:12" if sent == "month_first" else "")))
        add(Block("quote", f"Subject: {v.called} – safety plan"))
        handle = "".join(c for c in ascii_spelling(v.given + "." + v.family).lower() if c.isalnum() or c == ".")
        add(Block("para", f"{v.called} e-mailed the IDVA from {handle}{rng.randint(10, 99)}@example.org and attached "
                          f"{ascii_spelling(v.family).replace(' ', '')}_{ascii_spelling(v.given).replace(' ', '')}"
                          f"_statement.pdf."))
        add(Block("quote", f"“I spoke to {v.called} today. She says {p.given} has been calling her constantly and "
                           f"she is frightened of him.”"))
        # ---- 8. analysis, more date forms
        add(Block("heading", self.keep("Analysis", "heading")))
        for _ in range(3):
            add(Block("para", f"In the weeks before {self.dod(next(nextform), 'body')} no agency asked "
                              f"{v.called} about coercive control. {self.keep('Professional curiosity', 'words')} "
                              f"was limited.", comment=None))
        add(Block("para", f"After {self.dod('long', 'body')}, {self.dod(noyear[1], 'body, no year')} became a "
                          f"date the family dreaded; {sister.possessive(sister.given)} statement says so.",
                  footnote=f"{sister.given} spoke to the chair by telephone. {v.possessive(v.called)} date of "
                           f"birth was {self.dob(rng.choice(dateforms.BIRTH_FORMS), 'footnote')}."))
        add(Block("para", f"{v.called} was born on {self.dob(rng.choice(dateforms.BIRTH_FORMS), 'body')} in "
                          f"{self.keep('a hospital abroad', 'words')}; her {self.keep('birthday', 'word')} on "
                          f"{self.other_date(self.date_of_birth.replace(year=d.year - 1), 'long', 'birthday other year')} "
                          f"was celebrated with her family.", comment=f"Check {v.possessive(v.given)} date of birth "
                                                                      f"({self.dob('slash_4y', 'comment')}) with "
                                                                      f"{sister.given}."))
        # ---- 9. action plan
        add(Block("heading", self.keep("Action plan", "heading")))
        add(Block("table", rows=[
            [self.keep("Recommendation", "table heading"), self.keep("Lead agency", "table heading"),
             self.keep("Target date", "table heading"), self.keep("Status", "table heading")],
            ["Routine enquiry about domestic abuse at every contact", agencies[2],
             self.other_date(d + dt.timedelta(days=500), "long", "target date"), self.keep("Amber – in progress", "RAG status")],
            [f"Share learning from {v.possessive(v.called)} case", agencies[0],
             self.other_date(d + dt.timedelta(days=560), "slash_4y", "target date"), self.keep("Green – complete", "RAG status")],
        ]))
        add(Block("para", f"{self.keep('The panel thanks', 'words')} {pro(3)} and {neighbour} for their accounts."))

        text_box = [f"In memory of {v.called}", f"{v.short_full} died {self.dod(next(nextform), 'text box')}"]
        header = f"{self.keep('OFFICIAL SENSITIVE', 'header')} – Review into the death of {v.short_full}"
        footer = f"{self.keep('Draft v0.3', 'footer')} – {self.other_date(d + dt.timedelta(days=430), 'slash_4y', 'footer date')}"
        core = {"title": f"DHR – {v.full}", "subject": f"Death of {v.short_full} on {self.dod('long', 'core properties')}",
                "keywords": f"{v.called}; {p.family}; {town}; DHR", "author": chair}

        case_rules = self._rules(people, places, [chair] + [n for n, _ in panel[1:]], agencies, county)
        truth = self._truth(people, places, other_people, shared_given)
        return Case(self.seed, people, blocks, header, footer, text_box, core, case_rules, truth)

    def _ordinary_use(self, sentence: str) -> str:
        """The sentence without its [brackets]; the bracketed ordinary use is recorded as must-keep."""
        before, rest = sentence.split("[", 1)
        phrase, after = rest.split("]", 1)
        return before + self.keep(phrase, "ordinary word") + after

    # ------------------------------------------------------------------ rules and truth
    def _rules(self, people, places, panel_names, agencies, county) -> dict:
        rng = self.rng
        listed = []
        for x in people:
            aliases = []
            if x.nickname:
                aliases.append(x.nickname)
            if x.family_first:
                aliases.append(x.given)
            if x.middle and x.key == "victim":
                aliases.append(x.middle)
            if ascii_spelling(x.full) != x.full and rng.random() < 0.5:
                aliases.append(ascii_spelling(x.full))
            entry = {"name": x.full, "pseudonym": x.pseudonym}
            if aliases:
                entry["aliases"] = aliases
            listed.append(entry)
        return {
            "version": 1,
            "review": f"{places[0][0]} DHR {self.date_of_death.year}",
            "people": listed,
            "places": [{"name": n, "pseudonym": ps} for n, ps in places],
            "dates": {"date_of_death": self.date_of_death.isoformat(),
                      "date_of_birth": self.date_of_birth.isoformat()},
            "keep": list(panel_names) + list(agencies) + [county],
        }

    def _truth(self, people, places, other_people, shared_given) -> dict:
        listed_values = []
        for x in people:
            forms = [(x.full, "full name"), (x.short_full, "full name"), (x.given, "first name"),
                     (x.family, "surname"), (x.formal, "title and surname"), (x.police_style, "police style")]
            if x.common_word:
                forms = [(f, "common-word name" if f == x.given else c) for f, c in forms]
            if x.nickname:
                forms.append((x.nickname, "common-word name" if x.common_word else "nickname"))
            if x.middle and x.key == "victim":  # only the victim's middle name is used alone
                forms.append((x.middle, "middle name"))
            if not x.family.endswith("s"):
                forms.append((x.family + "s", "surname plural"))
            forms += [(ascii_spelling(f), "without diacritics") for f, _ in forms if ascii_spelling(f) != f]
            seen = set()
            for text, kind in forms:
                if text not in seen:
                    seen.add(text)
                    listed_values.append({"text": text, "person": x.key, "class": kind,
                                          "common_word": x.common_word and kind == "common-word name"})
        return {
            "seed": self.seed,
            "people": [{"key": x.key, "name": x.full, "pseudonym": x.pseudonym, "given": x.given,
                        "family": x.family, "nickname": x.nickname, "middle": x.middle,
                        "common_word": x.common_word, "tradition": x.tradition} for x in people],
            "listed_values": listed_values,
            "places": [{"name": n, "pseudonym": ps} for n, ps in places],
            "date_of_death": self.date_of_death.isoformat(),
            "date_of_birth": self.date_of_birth.isoformat(),
            "dod_mentions": self.dod_mentions,
            "dob_mentions": self.dob_mentions,
            "must_keep": _dedupe(self.must_keep),
            "other_people": other_people,
            "shared_given_name": shared_given,
        }


def _dedupe(items: list[dict]) -> list[dict]:
    seen, out = set(), []
    for item in items:
        if item["text"] not in seen:
            seen.add(item["text"])
            out.append(item)
    return out


def generate_case(seed: int) -> Case:
    return _Writer(seed).build()


def write_case(case: Case, folder: Path) -> dict[str, Path]:
    """draft.docx, draft.txt, rules.yaml and truth.yaml in ``folder``; returns their paths."""
    from .docx_writer import write_docx

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {"docx": folder / "draft.docx", "txt": folder / "draft.txt", "rules": folder / "rules.yaml",
             "truth": folder / "truth.yaml"}
    write_docx(case, paths["docx"])
    paths["txt"].write_text(case.txt, encoding="utf-8")
    paths["rules"].write_text(f"# Rules for generated draft seed {case.seed}, as an author writes them.\n"
                              + yaml.safe_dump(case.rules, allow_unicode=True, sort_keys=False), encoding="utf-8")
    paths["truth"].write_text(yaml.safe_dump(case.truth, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return paths
