"""What ``redact scan`` tells the author: the things that need their decision, grouped by entity, each with places
they can find in Word; the rest (what the rules or the policy already handle) in one line, or in full with --all.

A *decision* is needed for what no rule covers and a person must judge: an unlisted person, place, address or
contact (list it with a pseudonym, or keep it), a date the detector thinks may be the date of death (set
``dates: date_of_death``), and a word that may be a listed person's nickname (add it to their aliases). Listed
people, places and protected dates are handled by the rules; ids, ordinary dates, organisations and ages by the
policy: they are counted, not listed, unless the author asks for everything.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from . import entities
from .decide import Decision
from .documents import ManualReviewItem, Segment
from .documents.places import place_at
from .normalise import fold_key

DECISION = "decision"     # needs the author: exit 1
RULES = "rules"           # listed in the rules: replaced by its pseudonym, or a protected date
POLICY = "policy"         # replaced by the review's policy (an id, a date rewritten, an author field)
KEPT = "kept"             # left as it is by policy (an organisation, an ordinary date, a low score)
CATEGORIES = (DECISION, RULES, POLICY, KEPT)

SHOWN_PLACES = 5          # places printed per entity unless --all: enough to find it, short enough to read

_PEOPLE = frozenset({entities.PERSON})
_PLACES = frozenset({entities.LOCATION, entities.PLACE_ORGANIZATION}) | entities.ADDRESS_TYPES
_NEEDS = {"person": "unlisted person", "place": "unlisted place", "contact": "unlisted contact",
          "date": "possible date of death", "nickname": "possible nickname"}
_ADVICE = {
    "person": "if this is a person, add them to people: in the rules with a pseudonym (or accept the placeholder); "
              "if not, add the word to keep:",
    "place": "if this place could identify the family, add it to places: in the rules with a pseudonym (or accept "
             "the placeholder); if not, add it to keep:",
    "contact": "check it is replaced as it should be; add it to keep: only if it is a public service's contact",
    "date": "if this is the date of death, set dates: date_of_death: in the rules (or pass --date-of-death)",
    "nickname": "if so, add it to the person's aliases: in the rules",
}

_SECTIONS = (("person", "Unlisted people"), ("place", "Unlisted places and addresses"),
             ("contact", "Unlisted contacts"), ("date", "Possible dates of death"),
             ("nickname", "Possible nicknames of listed people"))


@dataclass
class Mention:
    """One place an entity is written."""

    text: str
    location: str
    place: str | None            # the readable line (None when the adapter cannot tell)
    where: dict | None = None    # the place's fields, for --json

    def as_dict(self) -> dict:
        return {"text": self.text, "location": self.location, "where": self.where}


@dataclass
class EntityGroup:
    """Every mention of one entity (one listed person, one unlisted person's placeholder, one contact)."""

    category: str
    need: str | None             # "person", "place", "contact", "date", "nickname" for a decision
    entity_type: str
    name: str                    # how it is shown: the listed name, or the longest form found
    replacement: str | None
    reason: str
    forms: Counter = field(default_factory=Counter)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(self.forms.values())

    @property
    def places(self) -> list[Mention]:
        """One mention per place (a name twice in one paragraph is one place to look)."""
        seen: dict[str, Mention] = {}
        for mention in self.mentions:
            seen.setdefault(mention.place or mention.location, mention)
        return list(seen.values())

    def headline(self) -> str:
        """"'Joanne Pryor' — 214 mentions in 6 forms, replaced by 'Anna'"."""
        forms = f" in {len(self.forms)} forms" if len(self.forms) > 1 else ""
        mentions = f"{self.count} mention{'s' if self.count != 1 else ''}{forms}"
        if self.need == "nickname":
            return f"'{self.name}' — {mentions}, not replaced ({self.reason})"
        if self.replacement is None:
            return f"'{self.name}' — {mentions}, kept ({self.reason})"
        return f"'{self.name}' — {mentions}, replaced by '{self.replacement}'"

    def as_dict(self) -> dict:
        return {"category": self.category, "needs": _NEEDS.get(self.need or ""), "entity_type": self.entity_type,
                "name": self.name, "mentions": self.count, "forms": dict(self.forms.most_common()),
                "replacement": self.replacement, "decision": self.reason,
                "advice": _ADVICE.get(self.need or ""), "places": [m.as_dict() for m in self.places]}


@dataclass
class ScanReport:
    """The groups of one scanned document, decisions first."""

    file: str
    groups: list[EntityGroup]
    manual_review: list[ManualReviewItem]
    manual_review_places: list[str | None] = field(default_factory=list)

    def of(self, category: str) -> list[EntityGroup]:
        return [group for group in self.groups if group.category == category]

    @property
    def needs_decision(self) -> list[EntityGroup]:
        return self.of(DECISION)

    @property
    def exit_code(self) -> int:
        from .errors import EXIT_FINDINGS, EXIT_OK

        return EXIT_FINDINGS if self.needs_decision else EXIT_OK

    def as_dict(self, everything: bool = False) -> dict:
        shown = CATEGORIES if everything else (DECISION, RULES, POLICY)
        return {"file": self.file, "needs_decision": len(self.needs_decision),
                "counts": {category: {"entities": len(self.of(category)),
                                      "mentions": sum(g.count for g in self.of(category))} for category in CATEGORIES},
                "groups": [g.as_dict() for g in self.groups if g.category in shown],
                "manual_review": [{"location": item.location, "what": item.what, "where": where}
                                  for item, where in zip(self.manual_review, self._review_places())]}

    def _review_places(self) -> list[str | None]:
        return self.manual_review_places or [None] * len(self.manual_review)

    def lines(self, everything: bool = False) -> list[str]:
        """The report as the author reads it."""
        out = []
        decisions = self.needs_decision
        if decisions:
            out.append(f"{self.file}: {len(decisions)} item(s) need your decision")
        else:
            out.append(f"{self.file}: nothing needs your decision")
        for need, title in _SECTIONS:
            section = [group for group in decisions if group.need == need]
            if section:
                out += ["", f"{title} ({len(section)}) — what to do: {_ADVICE[need]}"]
                for group in section:
                    out += self._group_lines(group, everything)
        if self.manual_review:
            out += ["", "Look at these yourself (not text: nothing is replaced in them):"]
            out += [f"    {where or item.location}: {item.what}"
                    for item, where in zip(self.manual_review, self._review_places())]
        out.append("")
        for category, label in ((RULES, "Handled by the rules"), (POLICY, "Replaced by policy"),
                                (KEPT, "Kept by policy")):
            groups = self.of(category)
            if not groups:
                continue
            if everything:
                out.append(f"{label}:")
                for group in groups:
                    out += self._group_lines(group, everything)
            else:
                out.append(f"{label}: {len(groups)} entit{'y' if len(groups) == 1 else 'ies'}, "
                           f"{sum(g.count for g in groups)} mention(s) (--all lists them)")
        return out

    @staticmethod
    def _group_lines(group: EntityGroup, everything: bool) -> list[str]:
        lines = [f"  {group.headline()}"]
        if len(group.forms) > 1:
            lines.append("      forms: " + ", ".join(f"'{form}' ×{n}" for form, n in group.forms.most_common()))
        places = group.places
        shown = places if everything else places[:SHOWN_PLACES]
        lines += [f"      {m.place or m.location}" + (f"  ['{m.text}']" if len(group.forms) > 1 else "")
                  for m in shown]
        if len(places) > len(shown):
            lines.append(f"      … and {len(places) - len(shown)} more place(s) (--all lists every one)")
        return lines


def build_report(file: str, segments: list[Segment], decisions: list[Decision], listed_names: list[str],
                 suggestions: list[dict], manual_review: list[ManualReviewItem],
                 known_dates: frozenset[str] = frozenset(), place_of_part=None) -> ScanReport:
    """Group ``decisions`` by entity. ``listed_names``: ``Rules.listed()`` names, by ``listed_index``.
    ``known_dates``: the protected date types the rules give (``DATE_OF_DEATH``): a candidate for a date the
    author has already given is another date in a death context ("charged on 16 May"), not a decision.
    ``place_of_part``: where a picture or object to review is shown (the adapter's, when it can tell)."""
    groups: dict[tuple, EntityGroup] = {}
    for decision in decisions:
        finding = decision.finding
        category, need = _category(decision, known_dates)
        key = _group_key(decision, category)
        group = groups.get(key)
        if group is None:
            name = listed_names[finding.listed_index] if finding.listed_index is not None \
                and finding.listed_index < len(listed_names) else finding.text
            group = groups[key] = EntityGroup(category, need, finding.entity_type, name, decision.replacement,
                                              decision.reason)
        elif finding.listed_index is None and len(finding.text) > len(group.name):
            group.name = finding.text       # "Kevin Doherty" names the group better than "Mr Doherty"
        group.forms[finding.text] += 1
        group.mentions.append(_mention(finding.text, finding.location, _segment(segments, finding.segment),
                                       finding.start))
    for suggestion in suggestions:
        group = EntityGroup(DECISION, "nickname", entities.PERSON, suggestion["word"], None,
                            f"may be a nickname of {suggestion['person']}")
        group.forms[suggestion["word"]] = suggestion["count"]
        group.mentions += _word_mentions(suggestion["word"], segments)
        groups[("nickname", fold_key(suggestion["word"]))] = group
    order = {category: index for index, category in enumerate(CATEGORIES)}
    ranked = sorted(groups.values(), key=lambda g: (order[g.category], -g.count, g.name.lower()))
    review_places = [place_of_part(item.location) if place_of_part is not None else None for item in manual_review]
    return ScanReport(file, ranked, manual_review, [str(p) if p is not None else None for p in review_places])


def _category(decision: Decision, known_dates: frozenset[str]) -> tuple[str, str | None]:
    finding = decision.finding
    if finding.metadata.get("candidate") and finding.entity_type in entities.PROTECTED_DATE_TYPES:
        if decision.replacement is not None:
            return RULES, None
        return (KEPT, None) if finding.entity_type in known_dates else (DECISION, "date")
    if finding.listed_index is not None or finding.entity_type in entities.PROTECTED_DATE_TYPES:
        return RULES, None
    if decision.replacement is None:
        return KEPT, None
    if finding.metadata.get("whole_value"):
        return POLICY, None        # an author or editor field: always the neutral "Author"
    if finding.entity_type in _PEOPLE:
        return DECISION, "person"
    if finding.entity_type in _PLACES:
        return DECISION, "place"
    if finding.entity_type in entities.CONTACT_TYPES:
        return DECISION, "contact"
    return POLICY, None


def _group_key(decision: Decision, category: str) -> tuple:
    finding = decision.finding
    if finding.listed_index is not None:
        return category, "listed", finding.listed_index
    replacement = decision.replacement or ""
    if category == DECISION and finding.entity_type in _PEOPLE | {entities.LOCATION} and replacement \
            and replacement != finding.text and any(ch.isdigit() for ch in replacement):
        # "Person 3" is one person, whichever form of the name was found ("Ms Patel", "Sunita Patel")
        return category, finding.entity_type, replacement
    return category, finding.entity_type, fold_key(finding.text)


def _segment(segments: list[Segment], index: int) -> Segment | None:
    return segments[index] if 0 <= index < len(segments) else None


def _mention(text: str, location: str, segment: Segment | None, offset: int = 0) -> Mention:
    place = place_at(segment.place, segment.text, offset) if segment is not None else None
    return Mention(text, location, str(place) if place is not None else None,
                   place.as_dict() if place is not None else None)


def _word_mentions(word: str, segments: list[Segment]) -> list[Mention]:
    import re

    pattern = re.compile(rf"\b{re.escape(word)}\b")
    return [_mention(word, segment.location, segment, match.start()) for segment in segments
            for match in pattern.finditer(segment.text)]
