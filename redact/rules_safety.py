"""What a review's rules leave unprotected, said before the run, and pseudonyms the draft itself contradicts.

The load-time refusals (a pseudonym that is a listed real name, one pseudonym for two people) live with the
rules' validation in ``redact.rules``. What can only be known from a draft, or what the author may choose to
accept, is a ``RulesWarning`` here: a rules file without any person or without a date of death, and a pseudonym
that is also the name of somebody the rules do not list ("Daniel" while "PC Daniel Okafor" is in the report),
which ``strict_rules`` turns into a refusal.

Messages never quote the draft: a warning names the pseudonym and where the other person is, not who they are.
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

from . import entities
from .documents.base import Segment
from .errors import RulesError, RulesWarning
from .detect.spans import SpanIndex
from .findings import Finding
from .normalise import fold_key
from .rules import Rules, pseudonym_name_words
from .variants import name_words

NO_PEOPLE = ("the rules list no person: no agreed pseudonym will be used, and names are replaced only where "
             "the detector finds them (as 'Person N'); add the people to the rules' people list")
NO_DATE_OF_DEATH = ("the rules give no date of death: the date of death will not be removed from the text; "
                    "add dates: date_of_death: YYYY-MM-DD to the rules")


def is_empty(rules: Rules) -> bool:
    """A rules file that lists nothing to protect: no person, no place, no date."""
    return not (rules.people or rules.places or rules.dates.date_of_death or rules.dates.date_of_birth)


def unprotected(rules: Rules) -> list[str]:
    """One line for each thing these rules will not protect."""
    out = []
    if not rules.people:
        out.append(NO_PEOPLE)
    # a date of death given only under its person's entry is removed all the same
    if not any(kind == entities.DATE_OF_DEATH for kind, _ in rules.protected_dates()):
        out.append(NO_DATE_OF_DEATH)
    out.extend(kept_places(rules))
    return out


def kept_places(rules: Rules) -> list[str]:
    """One line for each ``keep:`` entry that holds a listed place: the place is replaced inside it all the same
    ("Wexham Police" kept, "Wexham" listed: "Town A Police"), and the author learns that the entry keeps less than
    it says."""
    from .rules import Place
    from .variants import variants

    listed = rules.listed()
    forms = [(re.compile(rf"(?<!\w){re.escape(variant.key)}(?!\w)"), variant.entity) for variant in variants(rules)
             if isinstance(listed[variant.entity], Place)]
    out = []
    for entry in dict.fromkeys(rules.keep):
        key = fold_key(entry)
        held = next((index for form, index in forms if form.search(key)), None)
        if held is not None:
            place = listed[held]
            out.append(f"keep entry '{entry}' holds the listed place '{place.name}': a kept entry never keeps a "
                       f"listed place, so it is replaced inside it by '{place.pseudonym}'; remove the entry or "
                       f"keep only the part without the place")
    return out


def warn_unprotected(rules: Rules, stacklevel: int = 3) -> None:
    for message in unprotected(rules):
        warnings.warn(RulesWarning(message), stacklevel=stacklevel)


@dataclass(frozen=True)
class PseudonymClash:
    """A pseudonym that is also (part of) the name of an unlisted person found in the draft."""

    pseudonym: str
    entry: str          # where the listed entry is in the rules ("people[2]"), never its real name
    word: str           # the pseudonym's word found in the other person's name
    location: str       # where that person is named in the draft

    @property
    def message(self) -> str:
        return (f"pseudonym '{self.pseudonym}' ({self.entry} in the rules) is also the name of a person the rules "
                f"do not list, at {self.location}: readers may take one for the other; choose another pseudonym")


# Words around a pseudonym that announce it: DHR reports give their pseudonyms in the text or a table.
_ANNOUNCING = re.compile(r"pseudonym|referred to as|known as|will be called|anonymi[sz]|in this report as", re.I)
_QUOTES = "'\"‘’“”"


def pseudonym_clashes(rules: Rules, findings: list[Finding], segments: list[Segment]) -> list[PseudonymClash]:
    """Pseudonyms (or their name words) that an unlisted person's name in the draft also holds.

    ``findings`` are the detector's person finds before the keep list and pseudonyms take any back: a
    pseudonym is protected as a kept term, so "PC Daniel Okafor" would otherwise be seen as "Okafor" only.
    A find that overlaps a listed name is that listed person, not another one. A find that is the pseudonym
    alone ("Ben") is somebody else only outside the places a report announces its pseudonyms (the table of
    pseudonyms, "will be referred to as 'Jean'") and only in a draft that still names listed people (a
    redacted copy holds nothing but pseudonyms)."""
    people_count = len(rules.people)
    words_of: dict[str, list[int]] = {}
    for index, entity in enumerate(rules.listed()):
        assert entity.pseudonym is not None   # Rules gives everyone listed a pseudonym (a role's placeholder)
        words = pseudonym_name_words(entity.pseudonym)
        if not words:
            continue  # "Child B", "Area 1": nobody else's name, and what a redacted text is meant to hold
        keys = {fold_key(entity.pseudonym)}
        if index < people_count:
            keys.update(words)
        for key in keys:
            words_of.setdefault(key, []).append(index)
    listed_in: dict[int, list[Finding]] = {}
    listed_spans: dict[int, SpanIndex[Finding]] = {}
    for finding in findings:
        if finding.source == "rule":
            listed_in.setdefault(finding.segment, []).append(finding)
            listed_spans.setdefault(finding.segment, SpanIndex()).add(finding.start, finding.end, finding)
    is_draft = any(f.source == "rule" and f.entity_type == entities.PERSON for f in findings)
    clashes: dict[int, PseudonymClash] = {}
    from .detect.filters import names_a_saint

    for finding in _one_line_pieces(findings):
        if finding.entity_type != entities.PERSON or finding.source in ("rule", "person-field") \
                or finding.metadata.get("whole_value") or not finding.text[:1].isupper():
            continue
        if names_a_saint(finding, segments[finding.segment].text):
            continue   # "St Anne's Church" is a church, replaced whole: no one a reader takes for "Anne"
        beside = listed_in.get(finding.segment, [])
        if finding.segment in listed_spans and listed_spans[finding.segment].overlapping(finding.start, finding.end):
            continue
        words = [fold_key(w.strip(".,;:()'’\"")) for w in name_words(finding.text)]
        words = [w.removesuffix("'s") for w in words if w]
        whole = " ".join(words)
        for key in (whole, *words):
            for index in words_of.get(key, ()):
                if index in clashes:
                    continue
                entity = rules.listed()[index]
                assert entity.pseudonym is not None   # words_of holds only entities with one (above)
                if whole == fold_key(entity.pseudonym) and (not is_draft or _announces(
                        segments[finding.segment].text, finding, index, beside)):
                    continue
                kind, position = ("people", index) if index < people_count else ("places", index - people_count)
                clashes[index] = PseudonymClash(entity.pseudonym, f"{kind}[{position + 1}]", key, finding.location)
    return [clashes[index] for index in sorted(clashes)]


_BREAK = re.compile(r"[\n\t|]+")
# what stands between a listed name and the pseudonym given beside it: "Liam Doyle (Ben)", "Ben - Liam Doyle"
_BESIDE = re.compile(r"[\s()\[\]:=,/–—-]*(?:(?:aka|a\.k\.a\.|or|as|now)[\s()\[\]:=,/–—-]*)?" + f"[{_QUOTES}]?")


def _one_line_pieces(findings: list[Finding]):
    """A find that runs over a line break or a cell border ("Carl\nDawn" from a pseudonym table) is two names."""
    for finding in findings:
        if not _BREAK.search(finding.text):
            yield finding
            continue
        cursor = 0
        for piece in [*_BREAK.split(finding.text)]:
            at = finding.text.index(piece, cursor) if piece else cursor
            cursor = at + len(piece)
            if piece.strip():
                yield Finding(finding.start + at, finding.start + at + len(piece), piece, finding.entity_type,
                              finding.score, finding.source, finding.segment, finding.location, finding.listed_index,
                              finding.metadata)


def _announces(text: str, finding: Finding, index: int, listed_here: list[Finding]) -> bool:
    """Is this mention of a pseudonym the report saying which pseudonym it uses?"""
    if text.strip(" \t" + _QUOTES + ".:|") == finding.text.strip(_QUOTES):
        return True  # a table cell of its own
    for listed in listed_here:
        if listed.listed_index != index:
            continue
        between = text[min(listed.end, finding.end):max(listed.start, finding.start)]
        if _BREAK.search(between) or _BESIDE.fullmatch(between):
            return True  # "Liam Doyle | Son | 26 | Ben", "Liam Doyle (Ben)": prose about him is no announcement
    if text[finding.start - 1:finding.start] in tuple(_QUOTES) and text[finding.end:finding.end + 1] in tuple(_QUOTES):
        return True
    return bool(_ANNOUNCING.search(text))


def report_clashes(clashes: list[PseudonymClash], *, strict: bool, stacklevel: int = 3) -> None:
    """Warn about each clash, or with ``strict`` refuse the run on the first (a ``RulesError``, exit 2)."""
    if strict and clashes:
        more = f" (and {len(clashes) - 1} more)" if len(clashes) > 1 else ""
        raise RulesError(clashes[0].message + more)
    for clash in clashes:
        warnings.warn(RulesWarning(clash.message), stacklevel=stacklevel)
