"""The rules file: one review's pseudonyms, protected dates, kept terms and policies.

The contract (``version: 1``; ``review``, ``people``, ``places``, ``dates``, ``keep``) is shared with
other tools and must never break; the keys this library adds (``allow``, ``policy``, ``detection``)
all have defaults, so a contract-only file is complete. ``rules/dhr-default.yaml`` holds the domain
defaults that every review's file is laid over.
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, NoReturn

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import RulesError
from .lazy_patterns import lazy
from .lexicon import NAME_TITLES, RELATION_WORDS
from .rules_typed import as_typed, unquoted

ReplacementChoice = Literal["placeholder", "keep", "remove"]


class _Strict(BaseModel):
    # Unknown keys are almost always typos ("pseudonyms:", "alias:"); silently ignoring one could leak a name.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _non_empty(value: str, what: str) -> str:
    if not value or not value.strip():
        raise ValueError(f"{what} must not be empty")
    return value


# What an author notes beside a name in the rules: the person's part, age or state, never a name
_NOTE_WORDS = frozenset("""
victim deceased perpetrator alleged suspect subject adult child children the a her his aged age dob d.o.b born
died dead late witness family member of and or not listed known also see note dhr review panel
""".split()) | RELATION_WORDS
# "(née Petrenko)", "(formerly Petrenko)", "(aka Ksusha)": a name the person had or used, an alias
_FORMER_NAME = lazy(re.compile, r"^(?:n[ée]e|born|formerly|previously|maiden\s+name:?|aka|a\.k\.a\.?|also\s+known\s+as|"
                          r"known\s+as)\s+(?P<name>\S.*)$", re.IGNORECASE)
# (in small letters: "Nee" is an Irish surname, "Mary Nee Joyce" her name)
_FORMER_NAME_AFTER = lazy(re.compile, r"\s*,?\s+(?=(?:n[ée]e|Née|formerly|previously|aka|a\.k\.a\.?|"
                                      r"also\s+known\s+as)\s+[\"“‘„«']?[^\W\d_])")
# ... of which these give the surname she was born with ("née Ward", "born Ward", "maiden name: Ward")
_BIRTH_SURNAME = lazy(re.compile, r"^(?:n[ée]e|born|maiden\s+name:?)\s", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*[(\[]([^()\[\]]*)[)\]]")
# a nickname in quotes, with the marks of any keyboard: 'Ksusha', “Ksusha”, „Gosia”, «Gosia»
_QUOTED = re.compile(r"(?:(?<=\s)|^)[\"“'‘„‚«‹]([^\"“”'‘’„‚«»‹›]+)[\"”'’“‘»›](?=\s|$)")
_DASHED_NOTE = re.compile(r"\s+[-–—:]\s+(?P<note>[^-–—:]+)$")


def _is_note(text: str) -> bool:
    words = re.findall(r"[^\W_][\w.'’-]*", text)
    return not words or any(not w[:1].isupper() or any(c.isdigit() for c in w) or w.lower().rstrip(".") in _NOTE_WORDS
                            for w in words)


def name_and_aliases(written: str) -> tuple[str, list[str]]:
    """The name in a rules entry as written, without the author's notes, and the other names those notes give
    ("Oksana 'Ksusha' Kovalenko (née Petrenko) - victim" -> "Oksana Kovalenko", ["Ksusha", "Petrenko"])."""
    aliases: list[str] = []
    birth_surnames: list[str] = []

    def note(inner: str) -> None:
        former = _FORMER_NAME.match(inner)
        if former:
            aliases.append(unquoted(former.group("name").strip().strip('"')))
            if _BIRTH_SURNAME.match(inner) and len(aliases[-1].split()) == 1:
                birth_surnames.append(aliases[-1])
        elif not _is_note(unquoted(inner)):
            aliases.append(unquoted(inner))     # "Oksana (Ksusha) Kovalenko", "Oksana (“Ksusha”) Kovalenko"

    def bracketed(match: re.Match) -> str:
        note(match.group(1).strip())
        return " "

    name = _BRACKETED.sub(bracketed, written)
    # "“Joanne Whitfield” (victim)": the whole name in quotes, typed in Word, is the name, not a nickname
    whole = unquoted(_without_notes_after(name))
    if whole != _without_notes_after(name).strip():
        name = whole
    # "Malgorzata Wisniewska née Kowalska", "Oksana Kovalenko, formerly Petrenko": the same note without brackets
    # (left in, "née" and the birth surname were read as the name's last words, and "Wisniewska" as a middle name)
    unbracketed = _FORMER_NAME_AFTER.search(name)
    if unbracketed is not None and " " in name[:unbracketed.start()].strip():
        note(_without_notes_after(name[unbracketed.end():]).strip())
        name = name[:unbracketed.start()]

    def quoted(match: re.Match) -> str:
        aliases.append(match.group(1).strip())
        return " "

    name = _QUOTED.sub(quoted, name)
    # "‘Dr Mohamed ‘Moxa’ Ali Farah’": the marks around the whole name could only be seen once the nickname's went
    name = " ".join(unquoted(_without_notes_after(name)).split())
    if " " in name and "," not in name:
        # "Bridget McDonagh (née Ward)": she was born Bridget Ward, a whole name of hers; "Ward" alone was an alias
        # of one word, which gives no surname and so no family ("the Wards" was left, and verify passed it)
        aliases += [f"{name.rsplit(' ', 1)[0]} {surname}" for surname in birth_surnames]
    return name, [a for a in dict.fromkeys(aliases) if a]


def _without_notes_after(name: str) -> str:
    """The name without a note after a dash or a comma ("Oksana Kovalenko - victim", "Oksana Kovalenko, victim")."""
    dashed = _DASHED_NOTE.search(name)
    if dashed and _is_note(dashed.group("note")) and not _FORMER_NAME.match(dashed.group("note").strip()):
        name = name[:dashed.start()]
    comma = name.rsplit(",", 1)
    if len(comma) == 2 and comma[1].strip() and all(w.lower().rstrip(".") in _NOTE_WORDS for w in comma[1].split()):
        name = comma[0]     # "Oksana Kovalenko, victim" (and never "KOVALENKO, Oksana")
    return name


# "Porthaethwy / Menai Bridge": a space on each side joins two whole names
_SPACED_SLASH = lazy(re.compile, r"\s+/\s+")
# "c/o", "w/o": an abbreviation's slash, no alternatives
_SLASHED_ABBREVIATIONS = frozenset({"c/o", "w/o"})
_MOST_READINGS = 16
_TITLE_WORDS = frozenset(t.casefold() for title in NAME_TITLES for t in title.split())


def name_alternatives(written: str) -> list[str]:
    """The names a listed name with a slash stands for, as an author writes the other forms of one person or place:
    "Patrick/Paddy Doherty" -> ["Patrick Doherty", "Paddy Doherty"], "Katarzyna Nowak/Kowalska" -> ["Katarzyna
    Nowak", "Katarzyna Kowalska"], "Porthaethwy / Menai Bridge" -> ["Porthaethwy", "Menai Bridge"]. Taken as one
    name, "Patrick/Paddy" was a word no text holds, and "Paddy Doherty" was left as "Paddy Sean". A slash beside a
    digit is an address's ("Flat 2/1", "12/14 High Street") and stays. A ``ValueError`` for a slash that reads no
    one way (a space on one side only, a side empty or of one letter): a guess could leave a name in."""
    if "/" not in written:
        return [written]
    ambiguous = ValueError(f"the slash in '{written}' can be read more than one way: write one name and list each "
                           f"other form under aliases:")
    readings: list[str] = []
    for whole in _SPACED_SLASH.split(written.strip()):
        choices = []
        for word in whole.split():
            if "/" not in word or word.casefold() in _SLASHED_ABBREVIATIONS or any(c.isdigit() for c in word) \
                    or any(len(side.rstrip(".")) == 1 for side in word.split("/")) \
                    and all(len(side.rstrip(".")) == 1 or side.rstrip(".").casefold() in _TITLE_WORDS
                            for side in word.split("/")):
                # "A/DCI", "D/Sgt", "c/o": a rank's or an abbreviation's slash, no alternatives
                choices.append([word])
                continue
            sides = word.split("/")
            if any(len(side) < 2 or not side[0].isalpha() for side in sides):
                raise ambiguous
            choices.append(sides)
        slashed = [i for i, words in enumerate(choices) if len(words) > 1]
        # a word's alternatives are sure only beside one other word: "Jian Hua/Wei Jie Lau" may be two given names
        # of two words, "Pieter de Souza/van der Berg" two surnames with particles, and a word-for-word reading
        # ("Jian Hua Jie Lau") would be no name of anybody
        named = [words for words in choices if words[0].rstrip(".").casefold() not in _TITLE_WORDS]
        if slashed and len(named) > 2:
            raise ambiguous
        readings.extend(" ".join(words) for words in itertools.product(*choices))
    if len(readings) > _MOST_READINGS:
        raise ValueError(f"'{written}' holds too many slashes ({len(readings)} names): write one name and list "
                         f"the other forms under aliases:")
    return list(dict.fromkeys(r for r in readings if r))


def _notes_out_of_the_name(cls, data):
    """"Oksana Kovalenko (victim)", "Oksana 'Ksusha' Kovalenko", "Oksana Kovalenko (née Petrenko)": an author writes
    notes into the name. Left in, "(victim)" was read as her surname and "Kovalenko" as nothing, so the surname alone
    was neither replaced nor looked for by verify. The note goes; a nickname in quotes and a former name become
    aliases."""
    if isinstance(data, dict) and isinstance(data.get("aliases"), str):
        # "aliases: Ksusha, Ksenia": a list written on one line
        data = {**data, "aliases": [unquoted(a.strip()) for a in re.split(r"[,;]", data["aliases"]) if a.strip()]}
    if isinstance(data, dict) and isinstance(data.get("name"), str):
        name, found = name_and_aliases(data["name"])
        aliases = data.get("aliases")
        if name and name != data["name"] and (aliases is None or isinstance(aliases, list)):
            data = {**data, "name": name, "aliases": (aliases or []) + [a for a in found if a not in (aliases or [])]}
        # "Patrick/Paddy Doherty": the first reading is the name, the others are aliases
        readings = name_alternatives(data["name"]) if name else []
        if len(readings) > 1 or readings and readings[0] != data["name"]:
            aliases = data.get("aliases")
            if aliases is None or isinstance(aliases, list):
                data = {**data, "name": readings[0], "aliases": [*readings[1:], *(aliases or [])]}
    if isinstance(data, dict) and isinstance(data.get("aliases"), list):
        # "aliases: [Paddy/Pat]": each alternative is an alias
        expanded = [reading for alias in data["aliases"]
                    for reading in (name_alternatives(alias) if isinstance(alias, str) else [alias])]
        if expanded != data["aliases"]:
            data = {**data, "aliases": list(dict.fromkeys(expanded))}
    return data


# two names joined by "and" or "&" in one person's entry ("Anjali and Raj Sharma", "Mr & Mrs Nowak")
_TWO_PEOPLE = re.compile(r"\S\s+(?:and|&)\s+\S", re.IGNORECASE)


class Person(_Strict):
    """A person the review names, with the pseudonym agreed for them."""

    name: str = Field(description="The person's real full name as used in the draft (e.g. 'Margaret Ann Doyle').")
    # None only with a role that has a placeholder template ("child" -> "Child 1"): filled in by Rules
    pseudonym: str | None = Field(None, description="The agreed pseudonym (e.g. 'Mary'); may be left out for a "
                                                    "person with a role that has a placeholder (role: child).")
    aliases: list[str] = Field(default_factory=list, description="Other names: nicknames, maiden names, spellings.")
    surname_pseudonym: str | None = Field(
        None, description="What the family name becomes where it names a family or a couple ('Mr and Mrs X', "
                          "'the X family', 'the Xs'); without it those read \"Mary's family\".")
    role: str | None = Field(None, description="The person's part in the review (victim, perpetrator, child, son...): "
                                               "used where the report states the pseudonyms, and for a placeholder "
                                               "when no pseudonym is given.")
    # a second death (the perpetrator's suicide, a child killed too) and the perpetrator's or a relative's date of
    # birth are written in the draft as the victim's are ("WARSAME, Abdi (DOB 28/08/1977)"): each is protected
    date_of_death: dt.date | None = Field(None, description="The person's date of death (YYYY-MM-DD): removed in "
                                                            "every written form, as dates.date_of_death is.")
    date_of_birth: dt.date | None = Field(None, description="The person's date of birth (YYYY-MM-DD): removed in "
                                                            "every written form, as dates.date_of_birth is.")

    _notes_out_of_the_name = model_validator(mode="before")(_notes_out_of_the_name)

    @field_validator("name", "pseudonym", "surname_pseudonym", "role")
    @classmethod
    def _not_empty(cls, v: str | None, info) -> str | None:
        return v if v is None else _non_empty(v, info.field_name)

    @field_validator("name")
    @classmethod
    def _one_person(cls, v: str) -> str:
        """"Anjali and Raj Sharma" is two people: one entry gave both one pseudonym ("Rosa hit her. Rosa died.")."""
        if _TWO_PEOPLE.search(v):
            raise ValueError(f"'{v}' names two people: list each under people: with a pseudonym of their own")
        return v

    @field_validator("aliases")
    @classmethod
    def _aliases_not_empty(cls, v: list[str]) -> list[str]:
        for alias in v:
            _non_empty(alias, "an alias")
        return v

    @field_validator("date_of_death", "date_of_birth", mode="before")
    @classmethod
    def _iso_date(cls, v, info):
        return _a_rules_date(v, info.field_name)


class Place(_Strict):
    """A place, or an organisation whose name reveals a place, with its pseudonym."""

    name: str = Field(description="The real name (e.g. 'Hartsford' or 'Hartsford Borough Council').")
    pseudonym: str = Field(description="The replacement (e.g. 'Area A').")
    aliases: list[str] = Field(default_factory=list, description="Other spellings or short forms.")

    # "Hartsford (town)", "Hartsford Borough Council (HBC)": the note goes, a short form becomes an alias
    _notes_out_of_the_name = model_validator(mode="before")(_notes_out_of_the_name)

    @field_validator("name", "pseudonym")
    @classmethod
    def _not_empty(cls, v: str, info) -> str:
        return _non_empty(v, info.field_name)


class Dates(_Strict):
    """Dates removed in every written form wherever they occur."""

    date_of_death: dt.date | None = None
    date_of_birth: dt.date | None = None

    @field_validator("date_of_death", "date_of_birth", mode="before")
    @classmethod
    def _iso_date(cls, v, info):
        if isinstance(v, (list, tuple)):
            # "date_of_death: [2022-04-14, 2022-04-16]", a homicide-suicide: was "Input should be a valid date"
            raise ValueError(f"one date here (the victim's): give each other person's {info.field_name} under "
                             f"their entry in people: (e.g. - name: ...  {info.field_name}: YYYY-MM-DD)")
        return _a_rules_date(v, info.field_name)


def _a_rules_date(v, key: str):
    if isinstance(v, str):
        match = _ISO_DATE.fullmatch(v.strip())
        if not match:
            return _date_as_written(v)
        try:   # YAML itself took "2024-5-4" as a date: still taken
            return dt.date(*(int(part) for part in match.groups()))
        except ValueError:
            return _not_iso(v)
    if isinstance(v, (int, float)):   # 20230514 unquoted is a number, which pydantic would read as seconds
        return _not_iso(str(v))
    if isinstance(v, (list, tuple)):
        raise ValueError(f"one date per person: a {key} is one YYYY-MM-DD")
    return v


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _not_iso(value: str) -> NoReturn:
    raise ValueError(f"'{value}' is not a date: use YYYY-MM-DD (e.g. 2024-03-10)")


# day/month/year in figures, as a British author writes a date ("25/11/2019", "25.11.19")
_WRITTEN_DATE = lazy(re.compile, r"[\w ,./-]+")
_NUMERIC_DATE = lazy(re.compile, r"(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})")


def _date_as_written(value: str) -> dt.date:
    """A date of the rules written as an author writes one: "25/11/2019", "25th November 2019", "November 25,
    2019", "Mon 25 Nov 2019". Figures are read day first, as in England and Wales, but only where that is the only
    reading: "10/03/2024" is 10 March in the UK and October 3 in the US, and a wrong date of death would be left in
    the published copy, so it is refused with the ISO form to write instead."""
    from .dates import parse_date

    if not _WRITTEN_DATE.fullmatch(value.strip()):
        _not_iso(value)     # a time, a range, a sentence
    numeric = _NUMERIC_DATE.fullmatch(value.strip())
    if numeric and int(numeric.group(1)) <= 12 and int(numeric.group(2)) <= 12 \
            and numeric.group(1).lstrip("0") != numeric.group(2).lstrip("0"):
        raise ValueError(f"'{value}' could be day {int(numeric.group(1))} or day {int(numeric.group(2))} of its "
                         f"month: use YYYY-MM-DD (e.g. 2024-03-10)")
    try:
        date = parse_date(value)
    except ValueError:
        _not_iso(value)
    if date.year is None or date.month is None or date.day is None:
        return _not_iso(value)
    return dt.date(date.year, date.month, date.day)


class Placeholders(_Strict):
    """Replacement texts. ``{n}`` is a number stable per entity within a review."""

    person: str = "Person {n}"
    place: str = "Place {n}"
    address: str = "[address]"
    postcode: str = "[postcode]"
    phone: str = "[phone]"
    email: str = "[email]"
    url: str = "[link]"
    social_handle: str = "[social media account]"
    reference: str = "[reference]"
    business: str = "[local business]"
    date: str = "[date removed]"
    date_of_birth: str = "[date of birth removed]"
    # a family named by an unlisted surname ("the Blakes"); {n} is the number of the person of that surname
    family: str = "Family {n}"
    # a listed surname naming a couple when the rules give no surname_pseudonym ("Mr and Mrs [surname]")
    surname: str = "[surname]"
    author: str = "Author"
    file_name: str = "image"
    removed: str = "[removed]"


class Role(_Strict):
    """A role a report names people by: the words that give it, and the placeholder built from it."""

    placeholder: str | None = Field(None, description="The placeholder, {n} numbered per role across the review "
                                                      "('GP {n}'); default: the role's name and the number.")
    words: list[str] = Field(default_factory=list,
                             description="How a sentence or the panel list names the role ('GP', 'family doctor').")


class Policy(_Strict):
    """What to do with finds that no rule lists (profile ``dhr``; profile ``strict`` replaces everything)."""

    unlisted_people: ReplacementChoice = "placeholder"
    unlisted_places: ReplacementChoice = "placeholder"
    place_organisations: Literal["replace_place", "placeholder", "keep"] = "replace_place"
    addresses: ReplacementChoice = "placeholder"
    contacts: ReplacementChoice = "placeholder"
    identifiers: ReplacementChoice = "placeholder"
    dates: Literal["keep", "placeholder", "remove", "month_year", "year", "relative"] = Field(
        "keep", description="Ordinary dates (the protected ones are removed in every policy): keep; placeholder "
                            "('[date]'); remove; or shown with less, keeping a chronology's order: month_year "
                            "('March 2022'), year ('2022'), relative ('three months before the death', needs "
                            "dates.date_of_death).")
    organisations: ReplacementChoice = "keep"
    countries: ReplacementChoice = "keep"
    local_businesses: ReplacementChoice = "placeholder"
    ages: ReplacementChoice = "keep"
    protected_dates: Literal["remove", "month_year", "year"] = "remove"
    date_of_death_candidates: Literal["report", "remove"] = "report"
    min_score: float = Field(0.5, ge=0, le=1, description="Finds scoring below this are reported, not replaced.")
    placeholders: Placeholders = Field(default_factory=Placeholders)
    titles: Literal["keep", "drop"] = Field(
        "keep", description="A title or rank before an unlisted name: kept with the placeholder ('Dr Person 4') "
                            "or dropped ('Person 4').")
    roles: dict[str, Role] = Field(
        default_factory=dict, description="Placeholders for unlisted professionals named with their role, and for "
                                          "listed people with a role and no pseudonym ('GP 1', 'Child 1').")


class Detection(_Strict):
    """Detection settings."""

    model: str | None = Field(None, description="An installed spaCy model name or path; default: the best bundled.")
    common_word_names: list[str] = Field(
        default_factory=list,
        description="Names that are also ordinary words; matched only capitalised in a name context.")
    not_places: list[str] = Field(default_factory=list, description="Capitalised words never taken for places.")


class Publication(_Strict):
    """The properties of a published copy (a .docx's author, company, title); empty when not given."""

    author: str = Field("", description="Author and 'last modified by' of the published copy "
                                        "(e.g. 'Hartsford Community Safety Partnership'); empty when not given.")
    company: str = Field("", description="Company of the published copy; empty when not given.")
    title: str | None = Field(None, description="Title of the published copy; when not given the draft's "
                                                "title stays, redacted.")


def _a_name_not_a_key(key: object) -> bool:
    """"Oksana Kovalenko" in "- Oksana Kovalenko: Olena" is a name; "pseudonyms" or "Pseudonym" in "- pseudonyms: Olena"
    is a key misspelt, which must stay an error (a name taken from it would leave the person out)."""
    import difflib

    fields = [*Person.model_fields, *Place.model_fields]
    return isinstance(key, str) and any(c.isupper() for c in key) \
        and not difflib.get_close_matches(key.casefold().replace(" ", "_"), fields, n=1, cutoff=0.75)


class Rules(_Strict):
    """A review's rules, merged over the domain defaults."""

    version: Literal[1] = 1
    review: str | None = None
    people: list[Person] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    dates: Dates = Field(default_factory=Dates)
    keep: list[str] = Field(default_factory=list, description="Terms never changed (panel names, kept bodies).")
    allow: list[str] = Field(default_factory=list,
                             description="Domain terms that are never names or places (added to the defaults).")
    policy: Policy = Field(default_factory=Policy)
    detection: Detection = Field(default_factory=Detection)
    publication: Publication = Field(default_factory=Publication)

    @field_validator("keep", mode="before")
    @classmethod
    def _keep_without_notes(cls, v):
        """"Helen Ashworth (Independent Chair)", "Dr Sam Patel, Panel GP", "Joanne Vickers - author": an author notes
        the part beside a kept name, and the text writes the name alone; the entry as written is kept, and its name
        without the note too."""
        if not isinstance(v, list) or not all(isinstance(entry, str) for entry in v):
            return v    # (pydantic says what is wrong with it)
        out = []
        for entry in v:
            out.append(entry)
            bare = _DASHED_NOTE.sub("", _BRACKETED.sub(" ", entry))
            bare = unquoted(" ".join(bare.split(",", 1)[0].split()))
            if bare and bare != entry.strip():
                out.append(bare)
        return list(dict.fromkeys(out))

    @field_validator("people", "places", mode="before")
    @classmethod
    def _name_to_pseudonym(cls, v):
        """"people: {Oksana Kovalenko: Olena}": a mapping of names to pseudonyms (or to the entry's other keys) is
        the list it stands for."""
        if isinstance(v, dict):
            return [{"name": name, **entry} if isinstance(entry, dict) else {"name": name, "pseudonym": entry}
                    for name, entry in v.items()]
        if isinstance(v, list):
            # "- Oksana Kovalenko: Olena", a list of such pairs: each is the entry it stands for (it was refused
            # as an unknown key "Oksana Kovalenko")
            return [cls._name_to_pseudonym(item)[0] if isinstance(item, dict) and len(item) == 1
                    and _a_name_not_a_key(next(iter(item))) else item for item in v]
        return v

    @model_validator(mode="after")
    def _consistent(self) -> "Rules":
        _fill_role_pseudonyms(self)
        _check_consistent(self)
        if self.policy.dates == "relative" and self.dates.date_of_death is None:
            raise ValueError("policy.dates: relative needs dates.date_of_death (dates are told relative to it)")
        return self

    def listed(self) -> list[Person | Place]:
        return [*self.people, *self.places]

    def protected_dates(self) -> list[tuple[str, dt.date]]:
        """Every date removed in all its written forms, as (entity type, date): the review's date of death, each
        person's, then the review's date of birth and each person's; a date given twice (the victim's under
        dates: and under her entry) once."""
        from .entities import DATE_OF_BIRTH, DATE_OF_DEATH

        deaths = [self.dates.date_of_death, *(person.date_of_death for person in self.people)]
        births = [self.dates.date_of_birth, *(person.date_of_birth for person in self.people)]
        return list(dict.fromkeys([*((DATE_OF_DEATH, d) for d in deaths if d is not None),
                                   *((DATE_OF_BIRTH, d) for d in births if d is not None)]))


# Words a pseudonym may share with a real name without naming anyone: role and placeholder words ("Child A",
# "Brother", "Area 1 Council") and the particles inside names ("bin", "van", "de", "al").
PLACEHOLDER_WORDS = frozenset("""
person people child children adult baby infant victim perpetrator subject sibling brother sister mother father
son daughter parent partner ex husband wife friend neighbour neighbor relative family member grandmother
grandfather grandparent aunt uncle cousin niece nephew colleague witness employer landlord carer unknown
another other area place town city village county district borough region council hospital practice gp service
agency organisation organization school house street road partnership community safety trust team unit
""".split())
NAME_PARTICLES = frozenset("al el bin binti bint ibn abu van von de da di del della der den du le la ter ten st y e"
                           .split())


def _entry(rules: Rules, index: int) -> str:
    """How an error names a listed entry: where it is in the file and the name it gives."""
    people = len(rules.people)
    kind, position = ("people", index) if index < people else ("places", index - people)
    return f"{kind}[{position + 1}] '{rules.listed()[index].name}'"


def _real_name_words(name: str) -> set[str]:
    """The folded words of a person's real name that identify them (no titles, particles or initials)."""
    from .normalise import fold_key
    from .variants import name_words

    words = set()
    for word in name_words(name):
        for part in word.replace("-", " ").split():
            key = fold_key(part.strip(".,;:()[]\"“”'’"))
            if len(key) > 1 and key not in NAME_PARTICLES and key not in PLACEHOLDER_WORDS:
                words.add(key)
    return words


def pseudonym_name_words(pseudonym: str) -> list[str]:
    """The folded words of a pseudonym that could be somebody's name (no titles, role words, letters, numbers)."""
    from .normalise import fold_key
    from .variants import name_words

    out = []
    for word in name_words(pseudonym):
        for part in word.replace("-", " ").split():
            # "Minh's friend" holds Minh as surely as "Minh" does
            key = fold_key(re.sub(r"['’][sS]$", "", part.strip(".,;:()[]\"“”'’")))
            if len(key) > 1 and not key.isdigit() and key not in PLACEHOLDER_WORDS:
                out.append(key)
    return out


def _check_consistent(rules: Rules) -> None:
    """One real name, one pseudonym; a pseudonym never is, nor holds, a listed real name; one pseudonym, one
    person. Each problem is one line that names both entries, so the author can find them in the file."""
    from .normalise import fold_key

    listed = rules.listed()
    people = len(rules.people)
    owner: dict[str, int] = {}
    named: dict[str, int] = {}  # real names given as `name`
    for index, entity in enumerate(listed):
        for position, real in enumerate((entity.name, *entity.aliases)):
            key = fold_key(real)
            # Two people may share an alias (siblings with their father's name as a middle name, a nickname):
            # like a shared surname it is settled sentence by sentence. A `name` is one person's only.
            held = named.get(key) if position else owner.get(key)
            if held is not None and held != index and listed[held].pseudonym != entity.pseudonym:
                raise ValueError(f"'{real}' is given two pseudonyms: '{listed[held].pseudonym}' ({_entry(rules, held)})"
                                 f" and '{entity.pseudonym}' ({_entry(rules, index)})")
            owner.setdefault(key, index)
            if not position:
                named.setdefault(key, index)

    # A pseudonym that holds somebody's real name puts that name back into the published text.
    word_owner: dict[str, tuple[int, str]] = {}
    for index, person in enumerate(rules.people):
        for real in (person.name, *person.aliases):
            for word in _real_name_words(real):
                word_owner.setdefault(word, (index, real))
    for index, entity in enumerate(listed):
        pseudonym = entity.pseudonym or ""   # filled from the role before this check
        key = fold_key(pseudonym)
        held = owner.get(key)
        if held is not None and held != index and listed[held].pseudonym != pseudonym:
            raise ValueError(f"pseudonym '{pseudonym}' of {_entry(rules, index)} is the real name of another listed "
                             f"entry, {_entry(rules, held)}: choose another pseudonym")
        for word in pseudonym_name_words(pseudonym):
            if word in word_owner:
                other, real = word_owner[word]
                whose = "part of the same person's real name" if other == index else \
                    f"a real name of another listed entry, {_entry(rules, other)}"
                raise ValueError(f"pseudonym '{pseudonym}' of {_entry(rules, index)} contains "
                                 f"'{_original_word(pseudonym, word)}', {whose}: choose another pseudonym")
        # both are written into the published text: "Mr and Mrs X", "The victim will be referred to as ..."
        for key_name in ("surname_pseudonym", "role"):
            value = getattr(entity, key_name, None)
            for word in pseudonym_name_words(re.sub(r"['’][sS]\b", "", value or "")):   # "Joanne's son"
                if word in word_owner:
                    other, real = word_owner[word]
                    raise ValueError(f"{key_name} '{value}' of {_entry(rules, index)} contains "
                                     f"'{_original_word(value or '', word)}', a real name of "
                                     f"{'the same person' if other == index else _entry(rules, other)}: choose another")
        for other, place in enumerate(listed[people:], start=people):
            for real in (place.name, *place.aliases):
                if f" {fold_key(real)} " in f" {key} " and key != fold_key(real):
                    raise ValueError(f"pseudonym '{pseudonym}' of {_entry(rules, index)} contains the real name of "
                                     f"{'the same place' if other == index else f'another listed entry, {_entry(rules, other)}'}"
                                     f": choose another pseudonym")

    # One pseudonym, one person: two people called "Mary" in the published text are one person to a reader.
    # Family members may share a pseudonym surname ("Mary Smith", "John Smith"); places may share a pseudonym.
    taken: dict[str, int] = {}
    for index, entity in enumerate(listed):
        pseudonym = entity.pseudonym or ""
        claims = [(f"pseudonym '{pseudonym}'", fold_key(pseudonym))]
        first = _pseudonym_first_name(pseudonym)
        if index < people and first:
            claims.append((f"pseudonym first name '{_original_word(pseudonym, first)}'", "first:" + first))
        for what, key in claims:
            other = taken.setdefault(key, index)
            if other != index and (index < people or other < people) and not _same_person(listed[other], entity):
                raise ValueError(f"{_entry(rules, other)} and {_entry(rules, index)} are given the same {what}: "
                                 f"give each their own (family members may share a pseudonym surname: "
                                 f"'Mary Smith', 'John Smith')")


def role_key(role: str) -> str:
    """'Social Worker', 'social-worker' and 'social_worker' are one role."""
    return " ".join(role.replace("_", " ").replace("-", " ").lower().split())


def role_placeholder(role: str) -> str:
    """A role's placeholder when its template gives none: 'health visitor' -> 'Health Visitor {n}'."""
    return " ".join(w if w.isupper() else w.capitalize() for w in role.replace("_", " ").split()) + " {n}"


def _fill_role_pseudonyms(rules: Rules) -> None:
    """A person listed with a role and no pseudonym gets the role's placeholder, numbered in list order
    ("Child 1", "Child 2"); without a role that has one, a pseudonym is required."""
    # the domain defaults count even while a review's own keys are checked alone (parse_rules does that first)
    default_roles = (_defaults().get("policy") or {}).get("roles") or {}
    templates = {role_key(name): (role or {}).get("placeholder") or role_placeholder(name)
                 for name, role in default_roles.items()}
    templates.update({role_key(name): role.placeholder or role_placeholder(name)
                      for name, role in rules.policy.roles.items()})
    counts: dict[str, int] = {}
    for index, person in enumerate(rules.people):
        if person.pseudonym is not None:
            continue
        template = templates.get(role_key(person.role)) if person.role else None
        if template is None:
            why = f" (role '{person.role}' has no placeholder in policy.roles)" if person.role else \
                " (or a role with a placeholder, such as role: child)"
            raise ValueError(f"people[{index + 1}] '{person.name}': pseudonym missing{why}")
        role = role_key(person.role or "")
        counts[role] = counts.get(role, 0) + 1
        person.pseudonym = template.format(n=counts[role])


def _pseudonym_first_name(pseudonym: str) -> str | None:
    """'Mary' in "Mary", "Mary Smith", "Dr Mary Smith"; none in "Mrs Smith" (a surname) or "Child A"."""
    from .variants import split_title

    titles, _ = split_title(pseudonym)
    words = pseudonym_name_words(pseudonym)
    if not words or (titles and len(words) == 1):
        return None
    return words[0]


def _same_person(a: Person | Place, b: Person | Place) -> bool:
    """Two entries where one's name is the other's name or alias are one person listed twice ("Wójcik" and
    "Wojcik"); a shared alias alone is not (siblings may share a middle name)."""
    from .normalise import fold_key

    a_all, b_all = {fold_key(n) for n in (a.name, *a.aliases)}, {fold_key(n) for n in (b.name, *b.aliases)}
    return fold_key(a.name) in b_all or fold_key(b.name) in a_all


def _original_word(text: str, folded_word: str) -> str:
    """The word as the author wrote it ("Hope", not "hope") for the error message."""
    from .normalise import fold_key

    for word in text.replace("-", " ").split():
        word = word.strip(".,;:()[]\"“”'’")
        if fold_key(word) == folded_word:
            return word
        if fold_key(re.sub(r"['’][sS]$", "", word)) == folded_word:
            return word[:-2]
    return text


# --------------------------------------------------------------------------- loading

DEFAULTS_RESOURCE = "dhr-default.yaml"


def _defaults_text() -> str:
    return resources.files("redact._rules").joinpath(DEFAULTS_RESOURCE).read_text(encoding="utf-8")


# libyaml's parser where PyYAML was built with it: a tenth of the time (14 ms for the defaults alone in every verify)
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MERGE_TAG = "tag:yaml.org,2002:merge"


class DuplicateKeyError(yaml.constructor.ConstructorError):
    """A mapping of a rules file that gives one key twice."""

    def __init__(self, key: object, first: yaml.Mark, second: yaml.Mark):
        super().__init__(problem=f"key '{key}' is written twice", problem_mark=second)
        self.key = key
        # "at line 3 and again at line 11"; two on one line (a flow mapping) are told apart by their column
        again = f"line {second.line + 1}" + (f", column {second.column + 1}" if second.line == first.line else "")
        self.where = f"at line {first.line + 1} and again at {again}"


class _UniqueKeysLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """YAML as safe_load reads it, except that a mapping may not give one key twice. YAML's loaders keep the later
    value and drop the earlier without a word: a second ``people:`` block took the victim off the list, a second
    ``name:`` replaced an entry's name, and nothing said so. (The constructor is Python's under libyaml's parser
    too, so the check costs the C loader nothing but the keys.)"""

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen: dict[object, yaml.Mark] = {}
            for key_node, _ in node.value:
                if key_node.tag == _MERGE_TAG:
                    continue   # "<<: *anchor" brings keys the mapping may override: YAML's documented merge
                key = self.construct_object(key_node, deep=True)
                try:
                    first = seen.setdefault(key, key_node.start_mark)
                except TypeError:
                    continue   # an unhashable key: the constructor refuses it itself
                if first is not key_node.start_mark:
                    raise DuplicateKeyError(key, first, key_node.start_mark)
        return super().construct_mapping(node, deep=deep)


@lru_cache(maxsize=1)
def _defaults() -> dict:
    return yaml.load(_defaults_text(), Loader=_UniqueKeysLoader) or {}   # noqa: S506 (a SafeLoader)


def _merge(defaults: dict, review: dict) -> dict:
    """Lists of domain terms add up; scalars and mappings from the review win."""
    merged = dict(defaults)
    for key, value in review.items():
        if key in ("allow", "keep") and isinstance(value, list):
            merged[key] = [*defaults.get(key, []), *value]
        elif key in ("policy", "detection") and isinstance(value, dict):
            merged[key] = _merge_dict(defaults.get(key, {}), value)
        else:
            merged[key] = value
    return merged


def _merge_dict(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge_dict(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = [*out[key], *value]
        else:
            out[key] = value
    return out


def _format_error(source: str, error: ValidationError) -> str:
    # an unknown key explains the "field required" errors that come with it ("pseudonyms:" for "pseudonym:")
    first = sorted(error.errors(), key=lambda e: e["type"] != "extra_forbidden")[0]
    key = ".".join(str(p) for p in first["loc"])
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        message = "unknown key (see docs/rules.md for the keys a rules file may have)"
    more = f" (and {error.error_count() - 1} more problem(s))" if error.error_count() > 1 else ""
    where = f"key '{key}': " if key else ""  # a check across entries names the entries itself
    return f"{source}: {where}{message}{more}"


def parse_rules(data: dict | None, source: str = "<rules>", *, with_defaults: bool = True) -> Rules:
    """Validate a rules mapping (as read from YAML) and lay it over the domain defaults."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RulesError(f"{source}: a rules file must be a YAML mapping (key: value), not {type(data).__name__}")
    data = as_typed(data)   # “Joanne Whitfield”, typed in Word: the name inside the quotes
    if with_defaults:
        try:
            Rules.model_validate(data)  # report errors against the user's own keys, not the merged ones
        except ValidationError as error:
            raise RulesError(_format_error(source, error)) from None
        data = _merge(_defaults(), data)
    try:
        return Rules.model_validate(data)
    except ValidationError as error:
        raise RulesError(_format_error(source, error)) from None


class _RulesLoader(_UniqueKeysLoader):
    """YAML as safe_load reads it, but a key given twice is refused and a date stays a string: "2024-13-10" would
    otherwise fail inside the YAML library with a bare ValueError, before the rules can say which key is wrong and
    how to write it."""


_RulesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def as_rules(rules: "Rules | str | os.PathLike[str] | Mapping[str, Any] | None", what: str = "rules") -> Rules:
    """Rules however a caller holds them: a ``Rules``, the path of a rules file, a mapping as read from YAML,
    or ``None`` for the domain defaults alone. Anything else is an ``ArgumentTypeError`` (a ``TypeError``)."""
    if rules is None or isinstance(rules, (str, os.PathLike)):
        return load_rules(rules)
    if isinstance(rules, Rules):
        return rules
    if isinstance(rules, Mapping):
        return parse_rules(dict(rules), "<rules mapping>")
    from .errors import ArgumentTypeError

    raise ArgumentTypeError(f"{what}: expected a Rules, the path of a rules file or a mapping, "
                            f"not {type(rules).__name__}")


def load_rules(path: "str | os.PathLike[str] | None" = None) -> Rules:
    """Read and validate a rules file; ``None`` gives the domain defaults alone."""
    if path is None:
        return parse_rules({}, "defaults")
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RulesError(f"{path}: rules file not found") from None
    except (UnicodeDecodeError, IsADirectoryError, PermissionError) as error:
        raise RulesError(f"{path}: cannot read rules file ({error.__class__.__name__})") from None
    return parse_rules(read_rules_yaml(text, str(path)), str(path))


def read_rules_yaml(text: str, source: str = "<rules>") -> Any:
    """The YAML of a rules file as data, read as every path that takes an author's rules reads it (``load_rules``,
    the web page's upload, ``apply --from-review``'s keep list): a key given twice, a YAML error, each a one-line
    ``RulesError`` naming ``source``."""
    try:
        return yaml.load(text, Loader=_RulesLoader)   # noqa: S506 (a SafeLoader)
    except DuplicateKeyError as error:
        raise RulesError(f"{source}: key '{error.key}' is written twice in one mapping ({error.where}): YAML "
                         f"would keep only the second and silently drop the first; merge them into one") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise RulesError(f"{source}: not valid YAML{where}: {getattr(error, 'problem', error)}") from None


def json_schema() -> dict:
    """The JSON Schema of a rules file, for editors and for ``rules/schema.json``."""
    schema = Rules.model_json_schema()
    # an editor warns as the loader does: a person needs a pseudonym, or a role whose placeholder stands for one
    schema["$defs"]["Person"]["anyOf"] = [{"required": ["pseudonym"]}, {"required": ["role"]}]
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "dhr-redact rules file"
    return schema


def write_json_schema(path: Path) -> None:
    from .atomic import write_file

    write_file(path, json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
