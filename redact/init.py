"""``redact init``: propose a rules file from a draft, for the author to check and complete.

It runs detection with the domain defaults only, then groups what it found: the forms of one person
(full name, first name, "Mrs Doyle", nicknames of the first name) under one entry, places and
place-revealing organisations, and the date-of-death and date-of-birth candidates with the sentence
each came from. Suggested pseudonyms are placeholders for the author to replace.
"""
from __future__ import annotations

import datetime as dt
import re
import string
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from . import entities
from .dates import parse_date
from .documents import open_document
from .findings import Finding
from .normalise import fold_key
from .rules import parse_rules
from .suggest import nicknames_for
from .variants import NAME_TITLES, _title_fits, likely_gender

_TITLE_WORDS = {fold_key(w) for t in NAME_TITLES for w in t.split()}
_PLACEHOLDER = re.compile(r"^(Person|Place) \d+$")


def _name_words(text: str) -> list[str]:
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    return [w for w in words if fold_key(w.rstrip(".")) not in _TITLE_WORDS and w[:1].isupper()]


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return " ".join(text[left + 1:right + 1].split())[:200]


class _People:
    """Groups person mentions: full names are people; shorter forms join the full name they fit."""

    def __init__(self):
        self.full: Counter = Counter()
        self.short: Counter = Counter()
        self.titled: Counter = Counter()

    def add(self, text: str) -> None:
        words = _name_words(text)
        if words and all(w.isupper() for w in words):
            words = [w.capitalize() for w in words]  # "MARGARET DOYLE" in a heading is Margaret Doyle
        if not words:
            return
        if len(words) >= 2:
            self.full[" ".join(words)] += 1
        else:
            self.short[words[0]] += 1
        if fold_key(text.split()[0].rstrip(".")) in _TITLE_WORDS and len(words) == 1:
            self.titled[" ".join(text.split())] += 1

    def grouped(self) -> list[dict]:
        people: list[dict] = []
        claimed: set[str] = set()
        fulls = sorted(self.full, key=lambda n: (-self.full[n] - self.short[n.split()[0]], n))
        # a longer full name ("Margaret Ann Doyle") absorbs the shorter one it contains ("Margaret Doyle")
        merged: dict[str, list[str]] = {}
        for name in sorted(fulls, key=lambda n: -len(n.split())):
            words = name.split()
            home = next((m for m in merged if words[0] == m.split()[0] and words[-1] == m.split()[-1]), None)
            if home:
                merged[home].append(name)
            else:
                merged[name] = []
        for name in sorted(merged, key=lambda n: -(self.full[n] + sum(self.full[a] for a in merged[n]))):
            words = name.split()
            aliases = list(merged[name])
            first, surname = words[0], words[-1]
            for short, _ in self.short.most_common():
                if short in claimed:
                    continue
                if short == first or short in {n for n in nicknames_for(first)}:
                    aliases.append(short) if short != first else None
                    claimed.add(short)
            for titled in self.titled:
                title = titled.split()[0].rstrip(".")
                if titled in claimed or titled.split()[-1] != surname or not _title_fits(title, likely_gender(first)):
                    continue
                aliases.append(titled)
                claimed.add(titled)  # one form, one person: a rules file may not give it two pseudonyms
            mentions = self.full[name] + sum(self.full[a] for a in merged[name]) + self.short[first]
            people.append({"name": name, "aliases": aliases, "mentions": mentions})
        return people


def propose_rules(path: str | Path) -> str:
    """The text of a proposed, commented rules file for the draft at ``path``."""
    from .detect.engine import Detector

    document = open_document(path)
    segments = document.segments
    rules = parse_rules({})
    detector = Detector(rules)
    findings = detector.detect(segments)
    candidates = _candidate_dates(detector, segments)
    people = _People()
    places: Counter = Counter()
    organisations: dict[str, str] = {}
    for finding in findings:
        if finding.entity_type == entities.PERSON and not finding.metadata.get("whole_value"):
            people.add(finding.text)
        elif finding.entity_type == entities.LOCATION:
            places[" ".join(finding.text.split())] += 1
        elif finding.entity_type == entities.PLACE_ORGANIZATION:
            organisations[" ".join(finding.text.split())] = finding.text[
                finding.metadata.get("place_start", finding.start) - finding.start:
                finding.metadata.get("place_end", finding.end) - finding.start]
    for place in organisations.values():
        places[" ".join(place.split())] += 1
    grouped = people.grouped()
    name_words = {w for person in grouped for w in person["name"].split()}
    for place in list(places):  # the model sometimes takes a surname for a place
        if set(place.split()) <= name_words:
            del places[place]
    return _render(path, grouped, places, organisations, candidates)


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
    out: dict[str, list[tuple[dt.date, str]]] = defaultdict(list)
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


def _render(path, people, places: Counter, organisations: dict[str, str], candidates) -> str:
    lines = [f"# Rules proposed by `redact init` from {Path(path).name}.",
             "# CHECK EVERY ENTRY: remove anyone who must stay (chair, panel: move them to keep), add anyone",
             "# missing, and replace every suggested pseudonym with the one agreed with the family.",
             "version: 1", f"review: {_yaml_str(Path(path).stem + ' review')}", "people:"]
    letters = iter(string.ascii_uppercase * 4)
    if not people:
        lines[-1] = "people: []"
    for person in people:
        lines.append(f"  - name: {_yaml_str(person['name'])}   # {person['mentions']} mention(s)")
        lines.append(f"    pseudonym: {_yaml_str('Person ' + next(letters))}")
        if person["aliases"]:
            lines.append("    aliases: [" + ", ".join(_yaml_str(a) for a in person["aliases"]) + "]")
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
