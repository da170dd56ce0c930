"""The names set: sentences and short DHR-style paragraphs naming people from every naming tradition.

Each item is one text (a sentence or a paragraph) with the exact spans of the names in it. A person is made of
a given name, sometimes a middle name (Kaur, Singh, a Somali father's name) and a surname in the form the
person's sex takes (Wiśniewska, Kazlauskienė); Chinese and Vietnamese names are written family name first.
Every person is named in several forms: in full, in ASCII where the name has diacritics, with a title
("Mrs Wiśniewska"), as "SURNAME, Given" in a table, possessive, with a suffix ("Jr"), and by the given name
alone after a paragraph has introduced them.

The split is fixed by a hash of the tradition and the surname: every person with a held-back surname is held
back, so nothing tuned on the other part has seen that surname in any form. Nobody tunes on the held-back part.
"""
from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from benchmarks.drafts.generate import ascii_spelling
from benchmarks.drafts.names import TRADITIONS as DRAFT_TRADITIONS

REFERENCE = Path(__file__).resolve().parent / "reference.json"
HELD_BACK_PERCENT = 30

# Middle names the traditions use (from the drafts' tables): Kaur/Singh, a Somali father's name.
MIDDLES = {key: (DRAFT_TRADITIONS[key].middle_female, DRAFT_TRADITIONS[key].middle_male)
           for key in ("punjabi", "somali", "pakistani")}
SUFFIXED = {"english_welsh", "caribbean", "particles", "west_african"}

# One mention: {N} is the name as written in this frame.
SENTENCES = (
    "{N} said that she had been frightened of him for years.",
    "{N} told the panel that the arguments started after the move.",
    "According to {N}, the family had no contact with services.",
    "Her cousin {N} described her as lively and generous.",
    "His brother {N} was interviewed by the review author.",
    "The GP saw {N} on three occasions that year.",
    "A neighbour, {N}, heard shouting and called the police.",
    "Police spoke to {N} at the family home.",
    "She had been in a relationship with {N} since 2015.",
    "It was {N} who first raised concerns with the school.",
    "The IDVA contacted {N} by telephone but there was no answer.",
    "{N} (friend) knew her from work.",
    "{N} (sister) | contributed to the review | yes",
    "{N} was born in Leicester and moved to Coventry in 2008.",
    "The panel is grateful to {N} for speaking so openly.",
    "Her employer, {N}, noticed bruising on her arms.",
    "{N} explained that he had lost his job in 2019.",
    "Present at the meeting were the chair and {N}.",
    "Witness: {N}",
    "On 14 March the housing officer visited {N} and the children.",
    "{N} and her mother attended the appointment together.",
    "The victim's best friend {N} said she was afraid to leave.",
    "In interview {N} recalled that the couple argued about money.",
    "The children lived with their grandmother, {N}.",
    "Social care received a referral about {N} in 2017.",
    "Her ex-partner, {N}, was arrested the following day.",
    "The family asked that {N} be thanked for her support.",
    "Later that evening {N} went to the shop.",
)
POSSESSIVES = (
    "{N}'s statement was read to the panel.",
    "The panel read {N}'s messages to her sister.",
    "{N}’s account differs from the police log.",
)
TITLED = (
    "{T} said that the family had been worried for some time.",
    "The officer asked {T} whether there had been previous incidents.",
    "{T} declined to take part in the review.",
    "A letter from {T} was shared with the panel.",
)
TABLE_ROWS = (
    "Name: {C}",
    "{C} | neighbour | statement taken 3 May",
    "Subject: {C} (date of birth withheld)",
)
# A paragraph introduces the person in full ({N}) and then uses the given name alone ({G}) or a title ({T}).
PARAGRAPHS = (
    "{N} was her closest friend. {G} said she had noticed changes in her mood. {T} later gave a statement to police.",
    "The review spoke to {N}, her brother-in-law. {G} described the family as close. When asked about the "
    "incident, {G} said they had not known.",
    "{N} had lived at the address since 2016. Neighbours said {G} kept to themselves. {T} declined to take part.",
    "Contact with {N} began in 2018, when {G} was referred by the GP. {G}'s engagement with the service was good.",
    "Her daughter, {N}, was 19 at the time. {G} has asked the panel to remember her mother as kind.",
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    form: str  # full, ascii, titled, comma, possessive, suffix, given

    def text(self, item: "Item") -> str:
        return item.text[self.start:self.end]


@dataclass
class Item:
    tradition: str
    surname: str           # masculine form: the split is by this
    held_back: bool
    text: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass(frozen=True)
class Person:
    tradition: str
    given: str
    middle: str | None
    surname: str           # in the form this person's sex takes
    surname_key: str       # masculine form
    female: bool
    family_first: bool

    @property
    def full(self) -> str:
        if self.family_first:
            return f"{self.surname} {self.given}"
        return " ".join(p for p in (self.given, self.middle, self.surname) if p)

    @property
    def title(self) -> str:
        return "Mrs" if self.female else "Mr"

    @property
    def comma(self) -> str:
        return f"{self.surname}, {self.given}"


def is_held_back(tradition: str, surname: str, percent: int = HELD_BACK_PERCENT) -> bool:
    digest = hashlib.sha1(f"{tradition}|{surname}".encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 100 < percent


@lru_cache(maxsize=1)
def reference() -> dict:
    return json.loads(REFERENCE.read_text(encoding="utf-8"))


def people(seed: int = 0) -> list[Person]:
    """Two people (a woman and a man) per surname of every tradition."""
    out = []
    for tradition, entry in reference().items():
        for masculine, feminine in entry["surnames"]:
            rng = random.Random(f"{seed}|{tradition}|{masculine}")
            for female in (True, False):
                given = rng.choice(entry["female"] if female else entry["male"])
                middles = MIDDLES.get(tradition, ((), ()))[0 if female else 1]
                middle = rng.choice(middles) if middles and rng.random() < 0.5 else None
                out.append(Person(tradition, given, middle, feminine if female else masculine, masculine, female,
                                  entry["family_first"]))
    return out


def _fill(template: str, values: dict[str, tuple[str, str]]) -> tuple[str, list[Mention]]:
    """``template`` with each {KEY} replaced; values map KEY -> (text, form). Mentions in order."""
    text, mentions, i = "", [], 0
    while i < len(template):
        if template[i] == "{":
            key = template[i + 1:template.index("}", i)]
            value, form = values[key]
            mentions.append(Mention(len(text), len(text) + len(value), form))
            text += value
            i += len(key) + 2
        else:
            text += template[i]
            i += 1
    return text, mentions


def _titled_span(text: str, mentions: list[Mention], title: str) -> list[Mention]:
    # the title needs no covering: the name after it does
    return [Mention(m.start + len(title) + 1, m.end, m.form) if m.form == "titled" else m for m in mentions]


def person_items(person: Person, rng: random.Random) -> list[Item]:
    held = is_held_back(person.tradition, person.surname_key)
    items = []

    def add(template: str, values: dict[str, tuple[str, str]]):
        text, mentions = _fill(template, values)
        mentions = _titled_span(text, mentions, person.title)
        items.append(Item(person.tradition, person.surname_key, held, text, mentions))

    titled = f"{person.title} {person.surname}"
    # in full, twice, in different frames
    for template in rng.sample(SENTENCES, 2):
        add(template, {"N": (person.full, "full")})
    if ascii_spelling(person.full) != person.full:
        add(rng.choice(SENTENCES), {"N": (ascii_spelling(person.full), "ascii")})
    add(rng.choice(POSSESSIVES), {"N": (person.full, "possessive")})
    add(rng.choice(TITLED), {"T": (titled, "titled")})
    comma = person.comma.upper().replace(", " + person.given.upper(), ", " + person.given) \
        if rng.random() < 0.3 else person.comma
    add(rng.choice(TABLE_ROWS), {"C": (comma, "comma")})
    if person.tradition in SUFFIXED and not person.female and not person.family_first:
        text, mentions = _fill(rng.choice(SENTENCES), {"N": (person.full, "suffix")})
        end = mentions[0].end
        items.append(Item(person.tradition, person.surname_key, held, text[:end] + " Jr" + text[end:], mentions))
    add(rng.choice(PARAGRAPHS), {"N": (person.full, "full"), "G": (person.given, "given"),
                                 "T": (titled, "titled")})
    return items


def items(seed: int = 0) -> list[Item]:
    out = []
    for person in people(seed):
        rng = random.Random(f"{seed}|{person.full}")
        out += person_items(person, rng)
    return out


def sample(per_tradition: int, *, held_back: bool = True, seed: int = 0) -> list[Item]:
    """A fixed sample: the first ``per_tradition`` items of each tradition's part, in a stable shuffle."""
    by_tradition: dict[str, list[Item]] = {}
    for item in items(seed):
        if item.held_back == held_back:
            by_tradition.setdefault(item.tradition, []).append(item)
    out = []
    for tradition, group in sorted(by_tradition.items()):
        random.Random(tradition).shuffle(group)
        out += group[:per_tradition]
    return out
