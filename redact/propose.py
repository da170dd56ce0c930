"""``redact init``: propose a rules file from a draft, for the author to check and complete.

It runs detection with the domain defaults only, then proposes: every person with every form the draft
uses for them (``redact.propose_people``: other spellings, middle names used alone, nicknames and short forms,
another full name; never a title), the victim and family first; places and place-revealing organisations;
the date-of-death and date-of-birth candidates, in any written form the date grammar reads, each with the
sentence it came from. Pseudonyms the draft says were agreed are filled in; the rest are placeholders.

Doubtful aliases are proposed with a ``# check`` comment rather than left out: once the file is used, a
missing alias is a leak and an extra one at worst replaces a word that could have stayed.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import string
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import regex
import yaml

from . import entities
from .dates import parse_date
from .documents import open_document
from .findings import Finding
from .propose_people import Proposal, group_people
from .normalise import fold_key
from .rules import parse_rules
from .sentences import sentence_bounds


def _sentence(text: str, start: int, end: int) -> str:
    left, right = sentence_bounds(text, start, end, with_end=True)
    return " ".join(text[left:right].split())[:200]


@dataclass
class RulesProposal:
    """What ``redact init`` found in a draft, before it is written as a rules file: the people grouped with
    their forms, places and place-revealing organisations with their counts, and the date candidates with the
    sentence each came from (used by ``redact serve`` to show the same proposals on a page)."""

    people: list[Proposal]
    places: Counter
    organisations: dict[str, str]       # organisation -> the place its name reveals
    candidates: dict[str, list[tuple[dt.date, str, float]]]

    def render(self, path: str | Path) -> str:
        return _render(path, self.people, self.places, self.organisations, self.candidates)


def propose_rules(path: str | Path) -> str:
    """The text of a proposed, commented rules file for the draft at ``path``."""
    return gather_proposal(open_document(path)).render(path)


def gather_proposal(document) -> RulesProposal:
    """Detection with the domain defaults only, grouped as ``redact init`` proposes it."""
    from .detect.engine import Detector
    from .detect.filters import country_names

    segments = document.segments
    rules = parse_rules({})
    detector = Detector(rules)
    findings = detector.detect(segments)
    candidates = _candidate_dates(detector, segments)
    mentions: list[str] = []
    places: Counter = Counter()
    organisations: dict[str, str] = {}
    for finding in findings:
        if finding.entity_type == entities.PERSON and not finding.metadata.get("whole_value"):
            mentions.append(finding.text)
        elif finding.entity_type == entities.LOCATION:
            if fold_key(finding.text) in country_names():
                continue   # countries and the UK nations are kept by policy: no rule to write
            places[" ".join(finding.text.split())] += 1
        elif finding.entity_type == entities.PLACE_ORGANIZATION:
            organisations[" ".join(finding.text.split())] = finding.text[
                finding.metadata.get("place_start", finding.start) - finding.start:
                finding.metadata.get("place_end", finding.end) - finding.start]
    for place in organisations.values():
        places[" ".join(place.split())] += 1
    texts = [segment.text for segment in segments if segment.kind in ("text", "metadata")]
    for place, count in _places_by_movement(texts, mentions).items():
        places[place] += count
    person_words = {fold_key(w) for mention in mentions for w in mention.split()}
    place_words = {fold_key(w) for place in places for w in place.split()} - person_words
    # Names of things, never of people: the organisations that reveal a place, and the places that share no
    # word with a person's name (the model calls an unfamiliar name a place or an organisation: "Abdullahi Egal"
    # beside "Mr Egal")
    not_names = {fold_key(name) for name in organisations} | {
        fold_key(place) for place in places if not {fold_key(w) for w in place.split()} & person_words}
    grouped = group_people(mentions, texts, place_words, not_names)
    name_words = {fold_key(w) for person in grouped for form in (person.name, *person.aliases) for w in form.split()}
    for place in list(places):  # the model sometimes takes a surname for a place
        if {fold_key(w) for w in place.split()} <= name_words:
            del places[place]
    return RulesProposal(grouped, places, organisations, candidates)


# "had moved to Fallowstow from Brackford", "grew up in Elmstow": a town the model may not know, named once
_MOVEMENT = regex.compile(
    r"\b(?:moved|moving|move|relocated|returned|came|come|travelled|lived|living|lives|born|grew up|raised|"
    r"settled|fled|went back)(?:\s+(?:back|away|here|there|home|with\s+\p{Ll}+(?:\s+\p{Ll}+)?))?"
    r"(?:\s+(?:to|from|in|at|near)\s+(?P<place>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?))+")
_FROM_TO = regex.compile(r"\b(?:from|to|in)\s+(?P<place>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)")


def _places_by_movement(texts: list[str], mentions: list[str]) -> Counter:
    """Town names after words of moving and living, when they are no person's name and no word of the draft."""
    from wordfreq import zipf_frequency

    person_words = {fold_key(w) for mention in mentions for w in mention.split()}
    lower = {w for t in texts for w in regex.findall(r"(?<![\p{L}])\p{Ll}+(?![\p{L}])", t)}
    found: Counter = Counter()
    for text in texts:
        for m in _MOVEMENT.finditer(text):
            clause = text[m.start():m.end()]
            for place in (p.group("place") for p in _FROM_TO.finditer(clause)):
                words = place.replace("-", " ").split()
                if any(fold_key(w) in person_words or w.lower() in lower or w in _CALENDAR_WORDS
                       or zipf_frequency(w.lower(), "en") >= 4.0 for w in words):
                    continue
                found[place] += 1
    return found


_CALENDAR_WORDS = {w for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name) if w}

_STRONG_DEATH = re.compile(r"\b(died|dies|date of (?:\w+['’]s )?death|found dead|pronounced dead|declared dead|"
                           r"confirmed dead|was killed|fatal (?:incident|assault|attack))\b", re.IGNORECASE)
_AFTER_THE_FACT = re.compile(r"\b(notified|informed|told|convicted|sentenced|charged|pleaded|trial|inquest|"
                             r"funeral|decided|met|meeting)\b", re.IGNORECASE)


def _weight(entity_type: str, sentence: str) -> float:
    """How strongly a sentence says 'this is the day of the death': died > mentioned near a death > told of it."""
    if entity_type != entities.DATE_OF_DEATH:
        return 1.0
    weight = 3.0 if _STRONG_DEATH.search(sentence) else 1.0
    if _AFTER_THE_FACT.search(sentence):
        weight *= 0.3
    return weight


def _candidate_dates(detector, segments) -> dict[str, list[tuple[dt.date, str, float]]]:
    """Dates in a death or birth context, with the sentence each came from."""
    from .detect.recognizers.uk_dates import DeathDateCandidateRecognizer

    recognizer = DeathDateCandidateRecognizer()
    out: dict[str, list[tuple[dt.date, str, float]]] = defaultdict(list)
    for segment in segments:
        if segment.kind not in ("text", "metadata"):
            continue
        for result in recognizer.analyze(segment.text, recognizer.supported_entities, None) or []:
            when = parse_date(segment.text[result.start:result.end])
            if when is None or not (when.year and when.month and when.day):
                continue
            try:
                date = dt.date(when.year, when.month, when.day)
            except ValueError:
                continue
            sentence = _sentence(segment.text, result.start, result.end)
            distance = (result.recognition_metadata or {}).get("distance", 0)
            weight = _weight(result.entity_type, sentence) / (1 + distance / 30)  # the nearer the cue, the surer
            out[result.entity_type].append((date, sentence, weight))
    return out


def _yaml_str(value: str) -> str:
    return yaml.safe_dump(value, allow_unicode=True, default_style=None, width=1000).strip().removesuffix("...").strip()


def _render(path, people: list[Proposal], places: Counter, organisations: dict[str, str], candidates) -> str:
    lines = [f"# Rules proposed by `redact init` from {Path(path).name}.",
             "# CHECK EVERY ENTRY: remove anyone who must stay (chair, panel: move them to keep), add anyone",
             "# missing, and replace every suggested pseudonym with the one agreed with the family.",
             "version: 1", f"review: {_yaml_str(Path(path).stem + ' review')}", "people:"]
    letters = iter(string.ascii_uppercase * 4)
    family_letters = iter([*"XYZWVUTSRQ", *(f"X{n}" for n in range(2, 1000))])
    surname_letter: dict[str, str] = {}
    if not people:
        lines[-1] = "people: []"
    for person in people:
        comment = f"{person.mentions} mention(s)" + (f"; {person.note}" if person.note else "")
        lines.append(f"  - name: {_yaml_str(person.name)}   # {comment}")
        placeholder = "Person " + next(letters)
        if person.pseudonym:
            lines.append(f"    pseudonym: {_yaml_str(person.pseudonym)}   # agreed, as the draft says")
        else:
            lines.append(f"    pseudonym: {_yaml_str(placeholder)}")
        if person.role == 0:
            # how the report's own statement of the pseudonyms will read: "The victim will be referred to as ..."
            lines.append("    role: victim   # check: the person the review is about")
        if person.surname:
            # one letter per family, shared by everyone of that surname: "Mr and Mrs X", "the X family", "the Xs"
            key = fold_key(person.surname)
            surname_letter.setdefault(key, next(family_letters))
            lines.append(f"    surname_pseudonym: {_yaml_str(surname_letter[key])}   # for the family and couples")
        if person.aliases:
            lines.append("    aliases:")
            for alias, check in person.aliases.items():
                lines.append(f"      - {_yaml_str(alias)}" + (f"   # check: {check}" if check else ""))
    lines.append("places:")
    place_names = [p for p, _ in places.most_common()]
    org_names = sorted(organisations, key=len, reverse=True)
    letters = iter(string.ascii_uppercase * 4)
    if not place_names and not org_names:
        lines[-1] = "places: []"
    area_of: dict[str, str] = {}
    for place in place_names:
        area_of[place] = f"Area {next(letters)}"
        lines.append(f"  - name: {_yaml_str(place)}   # {places[place]} mention(s)")
        lines.append(f"    pseudonym: {_yaml_str(area_of[place])}")
    for organisation in org_names:
        place = " ".join(organisations[organisation].split())
        suggested = organisation.replace(place, area_of.get(place, "Area ?")) if place else "Organisation ?"
        lines.append(f"  - name: {_yaml_str(organisation)}   # reveals {place!r}")
        lines.append(f"    pseudonym: {_yaml_str(suggested)}")
    lines.append("dates:")
    for key, entity_type in (("date_of_death", entities.DATE_OF_DEATH), ("date_of_birth", entities.DATE_OF_BIRTH)):
        found = candidates.get(entity_type, [])
        weights: Counter = Counter()
        for date, _, weight in found:
            weights[date] += weight
        ranked = [(date, sum(1 for d, _, _ in found if d == date)) for date, _ in weights.most_common()]
        if not ranked:
            lines.append(f"  {key}: null   # no candidate found: fill in YYYY-MM-DD")
            continue
        top = ranked[0][0]
        lines.append(f"  {key}: {top.isoformat()}   # {ranked[0][1]} mention(s) in a {key.split('_')[-1]} context")
        for date, sentence, _ in found:
            if date == top:
                lines.append(f"  #   from: {sentence}")
                break
        for other, count in ranked[1:6]:
            sentence = next(s for d, s, _ in found if d == other)
            lines.append(f"  # other candidate: {other.isoformat()} ({count}x): {sentence}")
    lines.append("keep: []   # names and bodies that must stay (chair, panel members, county-wide agencies)")
    return "\n".join(lines) + "\n"
