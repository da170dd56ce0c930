"""The author's decisions on the page (step 2), and the rules file they make.

The page shows what ``redact init`` proposes (``redact.propose.gather_proposal``): each person with every form
the draft uses and how often, places and place-revealing organisations, the date-of-death and date-of-birth
candidates with their sentences. When the author brings the review's rules file, its entries come first and
keep their pseudonyms; what the draft names beyond them is added. Every change is checked by the same
validation as the command (``redact.rules.parse_rules``), and the rules file the author downloads is the
one the page applied.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import regex
import yaml

from ..normalise import fold_key
from ..rules import read_rules_yaml

DATE_POLICIES = {
    "keep": "Keep other dates as written",
    "month_year": "Month and year only (March 2022)",
    "year": "Year only (2022)",
    "relative": "Relative to the death (three months before the death)",
    "placeholder": "Replace with a placeholder ([date])",
    "remove": "Remove them",
}
_RULES_KEYS_SHOWN = ("version", "review", "people", "places", "dates", "keep")
_PLACEHOLDER = re.compile(r"^(Person|Area) ([A-Z]\d*)$")


@dataclass
class PersonChoice:
    """One person on the page."""

    name: str
    pseudonym: str = ""
    aliases: list[str] = field(default_factory=list)
    role: str = ""
    surname_pseudonym: str = ""
    # the author's file's dates of this person (a second death, the perpetrator's birth): not shown on the page,
    # and kept in the rules it writes, where leaving them out would publish them
    date_of_death: str = ""
    date_of_birth: str = ""
    keep: bool = False
    mentions: int = 0
    forms: list[tuple[str, int, str | None]] = field(default_factory=list)   # form, times found, what to check
    note: str | None = None
    # draft (proposed now), rules (the author's file), both, new (being typed in the "add" row), added (applied)
    origin: str = "draft"


@dataclass
class PlaceChoice:
    """One place, or organisation whose name reveals a place, on the page."""

    name: str
    pseudonym: str = ""
    aliases: list[str] = field(default_factory=list)
    keep: bool = False
    mentions: int = 0
    note: str | None = None
    origin: str = "draft"


@dataclass
class DateCandidate:
    date: str            # ISO
    count: int
    sentence: str


@dataclass
class Choices:
    """Everything step 2 shows and the author may change."""

    review: str
    people: list[PersonChoice]
    places: list[PlaceChoice]
    date_of_death: str = ""
    date_of_birth: str = ""
    death_candidates: list[DateCandidate] = field(default_factory=list)
    birth_candidates: list[DateCandidate] = field(default_factory=list)
    date_policy: str = "keep"
    keep: list[str] = field(default_factory=list)
    base: dict[str, Any] = field(default_factory=dict)   # the author's rules file: keys the page does not show

    # ------------------------------------------------------------------ to rules

    def rules_mapping(self) -> dict[str, Any]:
        """The rules file these decisions make (the author's own keys kept, the shown ones replaced)."""
        mapping: dict[str, Any] = {"version": 1, "review": self.review or None}
        people, places = [], []
        keep = list(self.keep)
        for person in self.people:
            if not person.name:
                continue
            if person.keep:
                keep += [person.name, *person.aliases]   # every form the author gave stays as written
                continue
            entry: dict[str, Any] = {"name": person.name, "pseudonym": person.pseudonym or None}
            for key in ("role", "surname_pseudonym", "date_of_death", "date_of_birth"):
                if getattr(person, key):
                    entry[key] = getattr(person, key)
            if person.aliases:
                entry["aliases"] = list(person.aliases)
            people.append(entry)
        for place in self.places:
            if not place.name:
                continue
            if place.keep:
                keep += [place.name, *place.aliases]
                continue
            entry = {"name": place.name, "pseudonym": place.pseudonym}
            if place.aliases:
                entry["aliases"] = list(place.aliases)
            places.append(entry)
        mapping["people"] = [{k: v for k, v in p.items() if v is not None} for p in people]
        mapping["places"] = places
        dates = {key: value for key, value in (("date_of_death", self.date_of_death),
                                               ("date_of_birth", self.date_of_birth)) if value}
        mapping["dates"] = dates
        mapping["keep"] = _unique(keep)
        for key, value in self.base.items():
            if key not in _RULES_KEYS_SHOWN:
                mapping[key] = value
        if self.date_policy != "keep" or "dates" in (self.base.get("policy") or {}):
            mapping["policy"] = {**(mapping.get("policy") or {}), "dates": self.date_policy}
        return mapping

    def rules_yaml(self) -> str:
        header = ("# Rules of the review, as decided on the `redact serve` page.\n"
                  "# Use it for the next draft of the same review: `redact apply NEXT.docx --rules THIS_FILE ...`\n")
        return header + yaml.safe_dump(self.rules_mapping(), sort_keys=False, allow_unicode=True, width=1000)

    def entry_rows(self) -> list[tuple[str, str]]:
        """For each entry of ``rules_mapping()``'s people then places, the row of the page it came from."""
        def row(kind: str, index: int, entry) -> str:
            # a row typed into the page's blank "add" row and not yet applied is still that row on the page
            return f"{kind}-new" if entry.origin == "new" else f"{kind}-{index}"

        rows = [("people", row("person", i, p)) for i, p in enumerate(self.people) if p.name and not p.keep]
        rows += [("places", row("place", i, p)) for i, p in enumerate(self.places) if p.name and not p.keep]
        return rows

    # ------------------------------------------------------------------ from the page

    def update(self, form: Mapping[str, str], *, add_new: bool = True) -> None:
        """Take the page's form (every field a string; a checkbox present when ticked). ``add_new=False`` leaves
        out the blank "add a person / place" rows (checked as they are typed, added when applied)."""
        self.review = form.get("review", self.review).strip()
        self.people = [_person_from(form, f"person-{i}", person) for i, person in enumerate(self.people)]
        self.places = [_place_from(form, f"place-{i}", place) for i, place in enumerate(self.places)]
        if add_new and form.get("person-new-name", "").strip():
            self.people.append(_person_from(form, "person-new", PersonChoice(name="", origin="new")))
        if add_new and form.get("place-new-name", "").strip():
            self.places.append(_place_from(form, "place-new", PlaceChoice(name="", origin="new")))
        self.date_of_death = form.get("date_of_death", self.date_of_death).strip()
        self.date_of_birth = form.get("date_of_birth", self.date_of_birth).strip()
        policy = form.get("date_policy", self.date_policy)
        self.date_policy = policy if policy in DATE_POLICIES else self.date_policy
        if "keep_terms" in form:
            self.keep = _lines(form["keep_terms"])


@dataclass
class Validation:
    """The decisions checked as the command checks a rules file."""

    error: str | None
    rows: list[str]              # the rows of the page the error names
    warnings: list[str]
    rules: Any = None            # the Rules, when valid

    @property
    def ok(self) -> bool:
        return self.error is None

    def as_dict(self) -> dict:
        return {"ok": self.ok, "error": self.error, "rows": self.rows, "warnings": self.warnings}


def validate(choices: Choices) -> Validation:
    """The same checks as ``redact apply --rules``: the rules validation, then what the rules leave open."""
    from ..errors import RulesError
    from ..rules import parse_rules
    from ..rules_safety import is_empty, unprotected

    try:
        rules = parse_rules(choices.rules_mapping(), "decisions")
    except RulesError as error:
        message = str(error).removeprefix("decisions: ")
        return Validation(_readable(message, choices), _rows(message, choices), [])
    if is_empty(rules):
        return Validation("nothing is listed: no person, place or date would be protected; list at least the "
                          "person the review is about and the date of death", [], [])
    return Validation(None, [], unprotected(rules), rules)


def _rows(message: str, choices: Choices) -> list[str]:
    """people[2] (1-based, from the checks across entries) or people.1 (0-based, pydantic's key)."""
    rows = choices.entry_rows()
    people = [r for k, r in rows if k == "people"]
    places = [r for k, r in rows if k == "places"]
    out = []
    for kind, number in [*((k, int(n) - 1) for k, n in re.findall(r"\b(people|places)\[(\d+)\]", message)),
                         *((k, int(n)) for k, n in re.findall(r"\b(people|places)\.(\d+)", message))]:
        listed = people if kind == "people" else places
        if 0 <= number < len(listed):
            out.append(listed[number])
    return _unique(out)


def _readable(message: str, choices: Choices) -> str:
    """'people.1.pseudonym' means nothing on a page: name the person instead."""
    rows = choices.entry_rows()

    def name(kind: str, index: int) -> str | None:
        listed = [r for k, r in rows if k == kind]
        if not 0 <= index < len(listed):
            return None
        row = listed[index]
        number = int(row.rsplit("-", 1)[1])
        entry = choices.people[number] if row.startswith("person") else choices.places[number]
        return entry.name

    def key(match: re.Match) -> str:
        who = name(match.group(1), int(match.group(2)))
        return f"{match.group(3) or 'entry'} of '{who}'" if who else match.group(0)

    return re.sub(r"key '(people|places)\.(\d+)(?:\.(\w+))?(?:\.\d+)?'", key, message)


def _lines(text: str) -> list[str]:
    """One term a line (a kept body's name may hold a comma)."""
    return _unique(line.strip() for line in text.splitlines() if line.strip())


def _unique(items) -> list:
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _person_from(form: Mapping[str, str], prefix: str, person: PersonChoice) -> PersonChoice:
    if f"{prefix}-name" not in form:
        return person
    person.name = " ".join(form.get(f"{prefix}-name", "").split())
    person.pseudonym = form.get(f"{prefix}-pseudonym", "").strip()
    person.aliases = _lines(form.get(f"{prefix}-aliases", ""))
    person.role = form.get(f"{prefix}-role", "").strip()
    person.surname_pseudonym = form.get(f"{prefix}-surname_pseudonym", "").strip()
    person.keep = f"{prefix}-keep" in form
    return person


def _place_from(form: Mapping[str, str], prefix: str, place: PlaceChoice) -> PlaceChoice:
    if f"{prefix}-name" not in form:
        return place
    place.name = " ".join(form.get(f"{prefix}-name", "").split())
    place.pseudonym = form.get(f"{prefix}-pseudonym", "").strip()
    place.aliases = _lines(form.get(f"{prefix}-aliases", ""))
    place.keep = f"{prefix}-keep" in form
    return place


# ---------------------------------------------------------------------- from the draft (and the author's rules)

def propose(document, draft_name: str, rules_data: dict | None = None) -> Choices:
    """Step 2's starting point: ``redact init``'s proposal for the draft, laid under the author's rules."""
    from ..propose import gather_proposal

    proposal = gather_proposal(document)
    proposed = read_rules_yaml(proposal.render(draft_name), "the proposed rules") or {}
    texts = [segment.text for segment in document.segments if segment.kind in ("text", "metadata")]
    counts = _FormCounter(texts)
    people = []
    for person, entry in zip(proposal.people, proposed.get("people") or []):
        forms = [(form, counts(form), person.aliases.get(form)) for form in _unique([*person.spellings,
                                                                                      *person.aliases])]
        people.append(PersonChoice(name=entry["name"], pseudonym=str(entry.get("pseudonym") or ""),
                                   aliases=[str(a) for a in entry.get("aliases") or []],
                                   role=str(entry.get("role") or ""),
                                   surname_pseudonym=str(entry.get("surname_pseudonym") or ""),
                                   mentions=person.mentions, forms=forms, note=person.note))
    places = []
    for entry in proposed.get("places") or []:
        name = entry["name"]
        reveals = proposal.organisations.get(name)
        places.append(PlaceChoice(name=name, pseudonym=str(entry.get("pseudonym") or ""),
                                  mentions=proposal.places.get(name) or counts(name),
                                  note=f"reveals {reveals}" if reveals else None))
    candidates = {key: _candidates(proposal.candidates.get(entity, []))
                  for key, entity in (("death", "DATE_OF_DEATH"), ("birth", "DATE_OF_BIRTH"))}
    proposed_dates = proposed.get("dates") or {}
    choices = Choices(review=str(proposed.get("review") or ""), people=people, places=places,
                      date_of_death=_iso(proposed_dates.get("date_of_death")),
                      date_of_birth=_iso(proposed_dates.get("date_of_birth")),
                      death_candidates=candidates["death"], birth_candidates=candidates["birth"])
    if rules_data:
        _lay_under(choices, rules_data, counts)
    return choices


def _candidates(found: list[tuple[dt.date, str, float]]) -> list[DateCandidate]:
    # float weights: a Counter's type allows int counts only; sorted() keeps equal weights in first-seen order,
    # as Counter.most_common does
    weights: dict[dt.date, float] = {}
    for date, _, weight in found:
        weights[date] = weights.get(date, 0.0) + weight
    out = []
    for date, _ in sorted(weights.items(), key=lambda item: item[1], reverse=True)[:6]:
        sentences = [s for d, s, _ in found if d == date]
        out.append(DateCandidate(date.isoformat(), len(sentences), sentences[0]))
    return out


def _iso(value: object) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value) if value else ""


class _FormCounter:
    """How often a form stands as whole words in the draft (case as written; what a reader would see)."""

    def __init__(self, texts: list[str]):
        self.text = "\n".join(texts)
        self.cache: dict[str, int] = {}

    def __call__(self, form: str) -> int:
        if form not in self.cache:
            words = r"\s+".join(regex.escape(w) for w in form.split())
            self.cache[form] = len(regex.findall(rf"(?<![\p{{L}}\d]){words}(?![\p{{L}}\d])", self.text)) \
                if words else 0
        return self.cache[form]


def _lay_under(choices: Choices, data: dict, counts: _FormCounter) -> None:
    """The author's rules first, as written; the draft's proposals only for what they do not already cover."""
    people = [PersonChoice(name=str(p.get("name", "")), pseudonym=str(p.get("pseudonym") or ""),
                           aliases=[str(a) for a in p.get("aliases") or []], role=str(p.get("role") or ""),
                           surname_pseudonym=str(p.get("surname_pseudonym") or ""),
                           date_of_death=_iso(p.get("date_of_death")), date_of_birth=_iso(p.get("date_of_birth")),
                           origin="rules")
              for p in data.get("people") or [] if isinstance(p, dict)]
    places = [PlaceChoice(name=str(p.get("name", "")), pseudonym=str(p.get("pseudonym") or ""),
                          aliases=[str(a) for a in p.get("aliases") or []], origin="rules")
              for p in data.get("places") or [] if isinstance(p, dict)]
    keep = [str(k) for k in data.get("keep") or []]
    kept = {fold_key(k) for k in keep}
    forms_of = {fold_key(f): person for person in people for f in (person.name, *person.aliases)}
    for person in people:
        person.mentions = sum(counts(f) for f in (person.name, *person.aliases))
        person.forms = [(f, counts(f), None) for f in (person.name, *person.aliases)]
    taken = {p.pseudonym for p in people} | {p.surname_pseudonym for p in people}
    for proposed in choices.people:
        forms = {fold_key(f) for f, _, _ in proposed.forms} | {fold_key(proposed.name)}
        owner = next((forms_of[f] for f in forms if f in forms_of), None)
        if owner is not None:
            owner.origin = "both"
            owner.mentions = max(owner.mentions, proposed.mentions)   # the draft's count holds derived forms
            known = {fold_key(f) for f, _, _ in owner.forms}
            # forms the draft uses that the rules do not list: shown so the author can add them
            owner.forms += [(f, n, check or "found in this draft, not in your rules") for f, n, check in proposed.forms
                            if fold_key(f) not in known]
            continue
        if any(_holds(term, proposed.name) for term in kept):
            # the rules keep this full name (a panel member, or a kept body's name): nothing to decide; never
            # for a form alone (a nickname inside a kept body's name would drop the whole person)
            continue
        proposed.pseudonym = _free(proposed.pseudonym, taken)
        proposed.surname_pseudonym = _free(proposed.surname_pseudonym, taken) if proposed.surname_pseudonym else ""
        taken |= {proposed.pseudonym, proposed.surname_pseudonym}
        people.append(proposed)
    place_forms = {fold_key(f) for place in places for f in (place.name, *place.aliases)}
    for place in places:
        place.mentions = sum(counts(f) for f in (place.name, *place.aliases))
    for proposed_place in choices.places:
        reveals = proposed_place.note.removeprefix("reveals ") if proposed_place.note else None
        # already the author's: a listed place inside it is replaced there ("Marlbeck Borough Council Housing
        # Options" holds "Marlbeck Borough Council"), and a kept body or place stays whole ("Harrowdale Partnership"
        # inside the kept "Harrowdale Partnership NHS Foundation Trust", or naming the kept county "Harrowdale")
        if any(_holds(proposed_place.name, form) for form in place_forms) or \
                any(_holds(term, proposed_place.name) for term in kept) or (reveals and fold_key(reveals) in kept):
            continue
        places.append(proposed_place)
    choices.people, choices.places, choices.keep = people, places, keep
    choices.review = str(data.get("review") or choices.review)
    dates = data.get("dates") or {}
    choices.date_of_death = _iso(dates.get("date_of_death")) or choices.date_of_death
    choices.date_of_birth = _iso(dates.get("date_of_birth")) or choices.date_of_birth
    policy = (data.get("policy") or {}).get("dates")
    if policy in DATE_POLICIES:
        choices.date_policy = policy
    choices.base = {k: v for k, v in data.items() if k not in _RULES_KEYS_SHOWN}


def _holds(longer: str, shorter: str) -> bool:
    """``shorter`` stands in ``longer`` as whole words (folded for case and diacritics)."""
    return f" {fold_key(shorter)} " in f" {fold_key(longer)} "


def _free(placeholder: str, taken: set[str]) -> str:
    """A proposed placeholder ('Person C', family letter 'X') that the author's rules do not already use."""
    if placeholder not in taken:
        return placeholder
    match = _PLACEHOLDER.match(placeholder)
    stem = f"{match.group(1)} " if match else ""
    if not match and not re.fullmatch(r"[A-Z]\d*", placeholder):
        return placeholder      # a pseudonym the draft says was agreed: the validation will say if it clashes
    for n in range(1, 1000):
        for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            candidate = f"{stem}{letter}{n if n > 1 else ''}"
            if candidate not in taken:
                return candidate
    return placeholder
