"""The "obvious edits" an author makes to what `redact init` proposes, done by code with the truth's help.

An author who knows the family: gives every entry that names a listed person that person's agreed pseudonym
(merging two entries for one person, or moving a person init filed under places, into one entry with aliases),
deletes what is not a listed person (professionals, panel members, pseudonyms already in the draft, words taken
for names, aliases marked "check" that are not a form of the person), keeps the listed places under their agreed
pseudonyms, picks the true dates, and puts the panel and county bodies in ``keep``. Nothing is added that init
did not propose: a person or a form init missed stays missed, and the evaluation shows it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .check import TITLES
from .generate import ascii_spelling, fold


def _tokens(text: str) -> set[str]:
    words = re.findall(r"[\w'’-]+", fold(text))
    words = [re.sub(r"['’]s?$", "", w) for w in words]
    return {w for w in words if w and w not in TITLES}


@dataclass
class EditLog:
    merged: int = 0            # entries for a person init had already proposed
    moved_from_places: int = 0
    deleted_people: list[str] = field(default_factory=list)
    deleted_aliases: list[str] = field(default_factory=list)
    deleted_places: list[str] = field(default_factory=list)
    missed_people: list[str] = field(default_factory=list)
    wrong_dates: list[str] = field(default_factory=list)


def _person_tokens(person: dict) -> set[str]:
    words = set()
    for form in (person["name"], person.get("nickname") or "", person.get("middle") or ""):
        words |= _tokens(form) | _tokens(ascii_spelling(form))
    return words


def _match(entry_name: str, truth: dict) -> str | None:
    """The listed person an entry names, or None (nobody listed, or several equally)."""
    tokens = _tokens(entry_name)
    if not tokens:
        return None
    candidates = [x for x in truth["people"] if tokens <= _person_tokens(x)]
    if len(candidates) > 1:  # "Sivanathan" alone fits the whole family: the given name or nickname decides
        candidates = [x for x in candidates
                      if tokens & (_tokens(x["given"]) | _tokens(x.get("nickname") or "")
                                   | _tokens(ascii_spelling(x["given"])))]
    return candidates[0]["key"] if len(candidates) == 1 else None


def obvious_edits(proposed: dict, truth: dict, written_rules: dict) -> tuple[dict, EditLog]:
    log = EditLog()
    by_key = {x["key"]: x for x in truth["people"]}
    pseudonyms = {fold(x["pseudonym"]) for x in truth["people"]} | {fold(p["pseudonym"]) for p in truth["places"]}
    chosen: dict[str, dict] = {}

    def take(name: str, aliases: list[str], from_places: bool) -> bool:
        key = _match(name, truth) if fold(name) not in pseudonyms else None
        if key is None:
            return False
        person = by_key[key]
        keep_aliases = []
        for alias in aliases:
            if _match(alias, truth) == key:
                keep_aliases.append(alias)
            else:
                log.deleted_aliases.append(f"{alias} (for {name})")
        if key in chosen:
            log.merged += 1
            entry = chosen[key]
            entry.setdefault("aliases", [])
            entry["aliases"] += [a for a in [name, *keep_aliases] if a not in entry["aliases"] and a != entry["name"]]
        else:
            chosen[key] = {"name": name, "pseudonym": person["pseudonym"]}
            if keep_aliases:
                chosen[key]["aliases"] = keep_aliases
        if from_places:
            log.moved_from_places += 1
        return True

    for entry in proposed.get("people") or []:
        if not take(entry["name"], list(entry.get("aliases") or []), False):
            log.deleted_people.append(entry["name"])
    places = []
    truth_places = {fold(p["name"]): p["pseudonym"] for p in truth["places"]}
    for entry in proposed.get("places") or []:
        name = entry["name"]
        if fold(name) in truth_places:
            places.append({"name": name, "pseudonym": truth_places[fold(name)]})
        elif take(name, [], True):
            continue
        else:
            town = next((p for p in truth["places"] if re.search(rf"(?<!\w){re.escape(fold(p['name']))}(?!\w)",
                                                                 fold(name))), None)
            if town is not None:
                places.append({"name": name, "pseudonym": re.sub(re.escape(town["name"]), town["pseudonym"], name,
                                                                 flags=re.IGNORECASE)})
            else:
                log.deleted_places.append(name)
    people = [chosen[x["key"]] for x in truth["people"] if x["key"] in chosen]
    log.missed_people = [x["name"] for x in truth["people"] if x["key"] not in chosen]
    dates = dict(written_rules["dates"])
    for key, value in (proposed.get("dates") or {}).items():
        if value is not None and str(value) != str(dates.get(key)):
            log.wrong_dates.append(f"{key}: init proposed {value}, true {dates.get(key)}")
    rules = {"version": 1, "review": proposed.get("review") or written_rules["review"], "people": people,
             "places": places, "dates": dates, "keep": list(written_rules.get("keep") or [])}
    return rules, log
