"""Decision: each finding -> its replacement, consistent across a document and a review.

Listed people and places get their pseudonym (in capitals where the name was in capitals; a
possessive after the name is outside the match, so "Maggie's" becomes "Mary's"). Unlisted people
and places get stable placeholders ("Person 1", "Place 2"): the same real name, the same number,
within a document and, through a mapping file, across the documents of one review. Contacts,
addresses and ids get typed placeholders; the protected dates go in every form. What the policy
keeps is reported but not replaced.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import entities
from .errors import InputError
from .findings import Finding
from .normalise import fold_key
from .rules import Place, Rules
from .place_short_forms import PLACE_INITIALS_FORM
from .variants import NAME_TITLES, PLACE_PART_FORM, is_relative_form, place_part_pseudonym, split_title

PROFILES = ("dhr", "strict")
_TITLE_PREFIX = re.compile(r"^(?:(?:%s)\.?\s+)+(?:\d+\s+)?" % "|".join(
    re.escape(t) for t in sorted(NAME_TITLES, key=len, reverse=True)))

# what may stand before the place inside an organisation's name and is the name's own, not the kind's: replaced with
# the place ("Royal Mark Infirmary" was "Royal Place 1 Infirmary", half a name)
_ROYAL_ONLY = re.compile(r"Royal[^\S\n]+")


@dataclass(frozen=True)
class Decision:
    finding: Finding
    replacement: str | None       # None: reported, not replaced
    reason: str

    @property
    def replaces(self) -> bool:
        return self.replacement is not None


class PseudonymBook:
    """Stable numbers for unlisted people and places; optionally kept in a review's mapping file."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else None
        # "people", "places", "role:gp" -> numbers; "roles" -> person -> role
        self.numbers: dict[str, dict[str, Any]] = {"people": {}, "places": {}}
        if self.path and self.path.exists():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
                for kind, table in data.items():
                    value = str if kind == "roles" else int   # roles: person -> role; the rest: numbers
                    self.numbers.setdefault(kind, {}).update({str(k): value(v) for k, v in table.items()})
            except (ValueError, AttributeError, TypeError) as error:
                raise InputError(f"{self.path}: not a dhr-redact mapping file ({error.__class__.__name__})") from None

    def number(self, kind: str, name: str) -> int:
        """The stable number of a person or place; ``kind`` "role:gp" numbers the people of one role apart."""
        table = self.numbers.setdefault(kind, {})
        key = _person_key(name) if kind != "places" else fold_key(name)
        known = _same_person_key(table, key) if kind != "places" else (key if key in table else None)
        if known is not None:
            table[key] = table[known]
            return table[key]
        table[key] = max(table.values(), default=0) + 1
        return table[key]

    def role(self, name: str) -> str | None:
        """The role a sentence of this review gave this unlisted person ("the GP, Dr Patel"), if any."""
        table = self.numbers.setdefault("roles", {})
        known = _same_person_key(table, _person_key(name))
        return table[known] if known is not None else None

    def give_role(self, name: str, role: str) -> None:
        """The first role given to a person stays theirs, in every document of the review."""
        if self.role(name) is None:
            self.numbers.setdefault("roles", {})[_person_key(name)] = role

    def save(self) -> None:
        if not self.path:
            return
        from .atomic import write_file

        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_file(self.path, json.dumps(self.numbers, indent=2, sort_keys=True, ensure_ascii=False))


def _same_person_key(table: dict, key: str) -> str | None:
    """The key already in ``table`` for this person: "Hennessy" or "Carol" alone is the "Carol Hennessy" already
    there when only one fits, and "Carol Hennessy" is the "Hennessy" there when no other name holds that word."""
    if key in table:
        return key
    words = set(key.split())
    fits = [k for k in table if words and words <= set(k.split())]
    if fits and len({table[k] for k in fits}) == 1:
        return fits[0]
    for k in list(table):
        if set(k.split()) < words and len(k.split()) == 1 and sum(1 for other in table if k in other.split()) == 1:
            return k
    return None


def _person_key(name: str) -> str:
    name = _TITLE_PREFIX.sub("", name.strip())
    record = re.fullmatch(r"([^,]+),\s*([^,]+)", name)
    if record:   # "MISTRY, Ketan" is the "Ketan Mistry" named elsewhere
        name = f"{record.group(2)} {record.group(1)}"
    if len(name) == 2 and name.endswith("."):
        name = name[0]  # "B." is the person "Mr B"
    return fold_key(name.rstrip("'’s").rstrip("'’")) if name.endswith(("'s", "’s")) else fold_key(name)


def _numbered_as(finding: Finding) -> str:
    """The name a find of an unlisted person is numbered by: its own text, or the name its initials stand for."""
    return finding.metadata.get("stands_for") or finding.text


def _is_country(text: str) -> bool:
    from .detect.filters import country_names

    return fold_key(text.strip(" .,;:'’\"")) in country_names()


def listed_in_capitals(entity, surface: str) -> bool:
    """Is ``surface`` an alias the rules write in capitals, as initials are ("OK" for Oksana Kovalenko)?"""
    return surface.isupper() and surface in getattr(entity, "aliases", ())


def _match_case(pseudonym: str, surface: str) -> str:
    letters = [c for c in surface if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return pseudonym.upper()
    return pseudonym


class Decider:
    """Turns findings into decisions for one review and profile."""

    def __init__(self, rules: Rules, profile: str = "dhr", book: PseudonymBook | None = None, listed=None):
        if profile not in PROFILES:
            raise InputError(f"unknown profile '{profile}' (choose from {', '.join(PROFILES)})")
        self.rules = rules
        self.profile = profile
        self.book = book or PseudonymBook()
        self.listed = listed
        self.placeholders = rules.policy.placeholders
        from . import grammar

        self.roles = grammar.RoleLexicon(rules.policy.roles)
        from .date_policy import DatePolicy

        self.date_policy = DatePolicy(rules)

    def decide(self, findings: list[Finding], segments=None) -> list[Decision]:
        """Decisions for a document's findings. Given the segments, an unlisted name is first read in its
        sentence: a family ("the Blakes") or a professional whose role the sentence gives ("the GP, Dr Patel")."""
        if segments is not None:
            self.learn_context(findings, segments)
        return [self.decide_one(f) for f in findings]

    def learn_context(self, findings: list[Finding], segments) -> None:
        from . import grammar

        texts = [segment.text for segment in segments]
        unlisted = [f for f in findings if f.entity_type == entities.PERSON and f.listed_index is None
                    and not f.metadata.get("whole_value") and 0 <= f.segment < len(texts)]
        surnames = frozenset(fold_key(word) for f in unlisted for word in f.text.split()[1:])
        # a family the detector found as one ("The Morrisons had moved in") is a family before any verb
        surnames |= frozenset(fold_key(grammar.singular_of(f.text)) for f in unlisted
                              if f.metadata.get("kind") == "family")
        # "Mr and Mrs Pryor" found apart from the listed Craig Pryor is still the listed family (the grammar's)
        listed_families = frozenset(fold_key(split_title(p.name)[1][-1]) for p in self.rules.people
                                    if len(split_title(p.name)[1]) >= 2)
        for f in unlisted:
            stem = grammar.family_stem(texts[f.segment], f.start, f.end, surnames)
            if stem and split_title(f.text)[0] and fold_key(stem) in listed_families:
                continue
            if stem:
                f.metadata["family"] = stem
        for f in unlisted:
            if "family" not in f.metadata:
                role = grammar.role_in_context(texts, f.segment, f.start, f.end, self.roles)
                if role:
                    self.book.give_role(_numbered_as(f), role)

    def replaces(self, finding: Finding) -> bool:
        """Would this finding be replaced? (No placeholder numbers are used up by asking.)"""
        saved = {kind: dict(table) for kind, table in self.book.numbers.items()}
        try:
            return self.decide_one(finding).replaces
        finally:
            self.book.numbers = saved

    def decide_one(self, finding: Finding) -> Decision:
        decision = self._decide_one(finding)
        if decision.replaces and finding.metadata.get("rest_of_a_cut"):
            # one secret, one placeholder: the half after the cut ("07700 900" | "123") goes with the first's
            return Decision(finding, "", decision.reason + " (the rest of a secret cut in two)")
        return decision

    def _decide_one(self, finding: Finding) -> Decision:
        policy = self.rules.policy
        strict = self.profile == "strict"
        kind = finding.entity_type
        p = self.placeholders
        if finding.listed_index is not None and finding.source == "rule" \
                and is_relative_form(finding.metadata.get("form") or ""):
            # the listed surname in its other gendered form ("Mr Nowakowski" of Katarzyna Nowakowska) is her father
            # or brother, never her: a person of the family, numbered as one ("Person 2" at every mention), and
            # replaced whatever the policy keeps, since it is a listed surname's form that verify reports
            return Decision(finding, p.person.format(n=self.book.number("people", finding.text)),
                            "placeholder (relative of a listed person)")
        if finding.listed_index is not None and finding.source == "rule":
            entity = self.rules.listed()[finding.listed_index]
            # "GSD attended": "Raj attended", not "RAJ"; so for initials the author listed as an alias ("OK")
            # and "RGH" of the Royal Gloucester Hospital (``place_short_forms``): "Hospital A", not "HOSPITAL A"
            if finding.metadata.get("form") in ("initials", PLACE_INITIALS_FORM) \
                    or listed_in_capitals(entity, finding.text):
                return Decision(finding, entity.pseudonym or "", "listed (initials)")
            if finding.metadata.get("form") == PLACE_PART_FORM and isinstance(entity, Place):
                return Decision(finding, _match_case(place_part_pseudonym(entity, finding.text), finding.text),
                                "listed (a word of a place's name)")
            # "listed (misspelt)": the audit and the review show the author a typo to correct in the draft too
            return Decision(finding, _match_case(entity.pseudonym or "", finding.text),
                            "listed (misspelt)" if finding.metadata.get("misspelt") else "listed")
        if kind in entities.PROTECTED_DATE_TYPES:
            if finding.metadata.get("candidate") and not strict and policy.date_of_death_candidates == "report":
                return Decision(finding, None, "candidate date (not chosen)")
            return Decision(finding, self._protected_date(finding), "protected date")
        if finding.metadata.get("whole_value"):
            return Decision(finding, self._person_field(finding), "person field")
        if finding.score < policy.min_score and not strict:
            return Decision(finding, None, "below min_score")
        if kind == entities.PERSON:
            if finding.metadata.get("family"):   # "the Blakes": the family of the person with that surname
                return self._choice(finding, policy.unlisted_people, strict, lambda: p.family.format(
                    n=self.book.number("people", finding.metadata["family"])), "family")
            # initials the draft defined for an unlisted name ("Tariq Hussain (TH)") are numbered as the name
            name = _numbered_as(finding)
            role = self.book.role(name) if finding.listed_index is None else None
            if role is not None:
                template = self.roles.placeholder(role)
                return self._choice(finding, policy.unlisted_people, strict, lambda: template.format(
                    n=self.book.number(f"role:{role}", name)), f"role {role}")
            return self._choice(finding, policy.unlisted_people, strict,
                                lambda: p.person.format(n=self.book.number("people", name)))
        if kind == entities.LOCATION and _is_country(finding.text):
            return self._choice(finding, policy.countries, strict,
                                lambda: p.place.format(n=self.book.number("places", finding.text)))
        if kind == entities.LOCATION:
            return self._choice(finding, policy.unlisted_places, strict,
                                lambda: p.place.format(n=self.book.number("places", finding.text)))
        if kind == entities.PLACE_ORGANIZATION:
            return self._place_organisation(finding, strict)
        if kind in (entities.ADDRESS,):
            return self._choice(finding, policy.addresses, strict, lambda: p.address)
        if kind == entities.UK_POSTCODE:
            return self._choice(finding, policy.addresses, strict, lambda: p.postcode)
        if kind in entities.CONTACT_TYPES:
            text = {entities.PHONE_NUMBER: p.phone, entities.EMAIL_ADDRESS: p.email, entities.URL: p.url,
                    entities.SOCIAL_HANDLE: p.social_handle}[kind]
            return self._choice(finding, policy.contacts, strict, lambda: text)
        if kind in entities.ID_TYPES:
            return self._choice(finding, policy.identifiers, strict, lambda: p.reference)
        if kind == entities.DATE_TIME:
            rewritten = None if strict else self.date_policy.decide(finding)   # "March 2022", "2022", relative
            if rewritten is not None:
                return Decision(finding, *rewritten)
            return self._choice(finding, policy.dates, strict, lambda: "[date]")
        if kind == entities.LOCAL_BUSINESS:
            return self._choice(finding, policy.local_businesses, strict, lambda: p.business)
        if kind == entities.ORGANIZATION:
            return self._choice(finding, policy.organisations, strict, lambda: "[organisation]")
        if kind == entities.AGE:
            return self._choice(finding, policy.ages, strict, lambda: "[age]")
        return self._choice(finding, "placeholder", strict, lambda: p.removed)

    def _choice(self, finding: Finding, choice: str, strict: bool, placeholder, what: str = "") -> Decision:
        which = f" ({what})" if what else ""   # the grammar reads it: a family or a role placeholder
        if strict:
            return Decision(finding, placeholder(), "strict profile" + which)
        if choice == "keep":
            return Decision(finding, None, "kept by policy")
        if choice == "remove":
            return Decision(finding, self.placeholders.removed, "removed by policy")
        return Decision(finding, placeholder(), "placeholder" + which)

    def _protected_date(self, finding: Finding) -> str:
        style = self.rules.policy.protected_dates
        is_birth = finding.entity_type == entities.DATE_OF_BIRTH
        # another person's date is named in the finding; the review's own are the rules' dates
        whose = finding.metadata.get("date")
        date = dt.date.fromisoformat(whose) if whose else \
            self.rules.dates.date_of_birth if is_birth else self.rules.dates.date_of_death
        if style == "remove" or date is None:
            return self.placeholders.date_of_birth if is_birth else self.placeholders.date
        if style == "year":
            return str(date.year)
        return date.strftime("%B %Y")

    def _person_field(self, finding: Finding) -> str:
        value = finding.text.strip()
        if self.listed is not None:
            matches = self.listed.matches(value, identifier=True)
            if len(matches) == 1 and matches[0][0] == 0 and matches[0][1] >= len(value.rstrip()) \
                    and not is_relative_form(matches[0][2].variant.form):    # a relative is not the listed person
                return matches[0][2].pseudonym
        if 0 < len(value) <= 4 and value.replace(".", "").isupper():
            return self.placeholders.author[:1].upper()
        return self.placeholders.author

    def _place_organisation(self, finding: Finding, strict: bool) -> Decision:
        choice = self.rules.policy.place_organisations
        if choice == "keep" and not strict:
            return Decision(finding, None, "kept by policy")
        if choice == "placeholder" or strict:
            return Decision(finding, "[organisation]", "placeholder")
        place_start = finding.metadata.get("place_start")
        place_end = finding.metadata.get("place_end")
        if place_start is None or place_end is None or not finding.start <= place_start < place_end <= finding.end:
            return Decision(finding, "[organisation]", "placeholder")
        place = finding.text[place_start - finding.start:place_end - finding.start]
        replacement = None
        if self.listed is not None:
            for start, end, listed in self.listed.matches(place):
                if start == 0 and end == len(place):
                    replacement = listed.pseudonym
        before = finding.text[:place_start - finding.start]
        if replacement is None:
            replacement = self.placeholders.place.format(n=self.book.number("places", place))
            if _ROYAL_ONLY.fullmatch(before):
                before = ""    # "Royal Mark Infirmary" -> "Place 1 Infirmary": "Royal" is the name's, not a kind's
        new_text = before + replacement + finding.text[place_end - finding.start:]
        return Decision(finding, new_text, "place inside an organisation")
