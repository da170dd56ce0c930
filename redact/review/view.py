"""What the review report shows, worked out from a redaction: the parts and their paragraphs with each change
marked up, the entities, what the policy kept, and the data behind every change's details.

``ReportView.build`` does the work once; the template (``templates/report.html.j2``) only lays it out.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from .. import entities
from ..decide import Decision
from ..documents import Segment
from ..variants import NAME_TITLES
from .changes import KIND_LABELS, KINDS, Change, place_changes

if TYPE_CHECKING:
    from ..pipeline import RedactionReport
    from ..rules import Rules

# Where a part of a Word package comes in reading order (body first, properties last). Its name in words is the one
# every place uses (redact.documents.places: "header of section 2", "footnotes"), so the report, scan, verify and
# the audit log say the same.
_READING_ORDER: tuple[tuple[re.Pattern, int], ...] = (
    (re.compile(r"^word/document\d*\.xml$"), 0),
    (re.compile(r"^word/header\d*\.xml$"), 1),
    (re.compile(r"^word/footer\d*\.xml$"), 2),
    (re.compile(r"^word/footnotes\.xml$"), 3),
    (re.compile(r"^word/endnotes\.xml$"), 4),
    (re.compile(r"^word/comments\w*\.xml$"), 5),
    (re.compile(r"^docProps/"), 7),
    (re.compile(r"^word/glossary/"), 6),
    (re.compile(r"^customXml/"), 8),
    (re.compile(r"(?:^|/)_rels/|\.rels$"), 9),
    (re.compile(r"^word/(?:styles\w*|settings|webSettings|fontTable|numbering)\.xml$|^word/theme/"), 10),
)
_OTHER_PARTS = 6
# What the policy keeps that a reader could still take for a name: offered to the author, who may overrule it.
_NAME_LIKE = frozenset({entities.PERSON, entities.LOCATION, entities.ORGANIZATION, entities.PLACE_ORGANIZATION,
                        entities.LOCAL_BUSINESS})
_LEADING_TITLE = re.compile(r"^(?:(?:%s)\.?\s+)+" % "|".join(
    re.escape(t) for t in sorted(NAME_TITLES, key=len, reverse=True)))


@dataclass
class _Paragraph:
    index: int
    html: Markup
    heading: bool
    label: str | None       # a property, an alt text, a link: which value it is


@dataclass
class _Part:
    key: str
    label: str
    paragraphs: list[_Paragraph] = field(default_factory=list)
    changes: int = 0


@dataclass
class _Entity:
    kind: str
    name: str                          # the rules' name, or the first form found
    replacement: str
    forms: Counter = field(default_factory=Counter)
    ids: list[int] = field(default_factory=list)    # ids of its changes shown in the text, in reading order
    listed: bool = False
    count: int = 0


@dataclass
class _Kept:
    text: str
    entity_type: str
    reason: str
    count: int = 0
    ids: list[int] = field(default_factory=list)
    notable: bool = False    # may be a name, or a date of death the rules do not give: the author decides
    rank: int = 3
    what: str = ""           # the entity type in words


@dataclass
class ReportView:
    parts: list[_Part]
    entities: list[_Entity]
    kept: list[_Kept]
    unplaced: list[Change]
    kind_counts: Counter
    changes: int
    found_by_verify: int
    data: dict
    review_places: dict[str, str] = field(default_factory=dict)   # a picture or object to review: where, in words

    @classmethod
    def build(cls, report: "RedactionReport", segments: list[Segment], rules: "Rules | None") -> "ReportView":
        placed, unplaced = place_changes(segments, report.decisions)
        by_segment: dict[int, list[Change]] = defaultdict(list)
        for change in placed:
            by_segment[change.segment].append(change)
        parts = _parts(segments, by_segment, getattr(report, "part_words", None))
        # a change's id is its place in reading order (body first, properties last): "next" goes down the page
        placed = [change for part in parts for p in part.paragraphs for change in by_segment.get(p.index, [])]
        ids = {change.number: i for i, change in enumerate(placed)}
        kept = _placed_kept(segments, report.kept, placed)
        kept_by_segment: dict[int, list[tuple[int, Decision]]] = defaultdict(list)
        for number, decision in kept:
            kept_by_segment[decision.finding.segment].append((number, decision))
        for part in parts:
            for paragraph in part.paragraphs:
                paragraph.html = _segment_html(segments[paragraph.index].text, by_segment.get(paragraph.index, []),
                                               kept_by_segment.get(paragraph.index, []), ids)
        places = {p.index: _where(segments[p.index]) for part in parts for p in part.paragraphs}
        listed = rules.listed() if rules is not None else []
        data = {
            "kinds": KIND_LABELS,
            "changes": [_change_data(change, places, listed) for change in placed],
            "kept": {str(number): _kept_data(decision, places, listed) for number, decision in kept},
        }
        return cls(parts, _entities(placed + unplaced, ids, rules), _kept_groups(report.kept, kept, placed), unplaced,
                   Counter(change.kind for change in placed + unplaced), len(placed) + len(unplaced),
                   sum(1 for c in placed + unplaced if c.decision.finding.source == "verify"), data,
                   _review_places(report))


def _review_places(report: "RedactionReport") -> dict[str, str]:
    """Where each picture or object to review is shown, in words, when the redaction could tell."""
    places = getattr(report, "places", None) or {}
    return {item.location: str(places[item.location]) for item in [*report.manual_review, *report.removed_images]
            if places.get(item.location) is not None}


def _placed_kept(segments: list[Segment], kept: list[Decision],
                 placed: list[Change]) -> list[tuple[int, Decision]]:
    """The notable kept findings that stand whole in the text, clear of every change (numbered as in ``kept``)."""
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for change in placed:
        taken[change.segment].append((change.start, change.end))
    shown = []
    for number, decision in enumerate(kept):
        f = decision.finding
        if not _notable(decision) or not 0 <= f.segment < len(segments):
            continue
        if segments[f.segment].text[f.start:f.end] != f.text:
            continue
        if any(f.start < end and start < f.end for start, end in taken[f.segment]):
            continue
        taken[f.segment].append((f.start, f.end))
        shown.append((number, decision))
    return shown


def _part_of(location: str, part_words: dict[str, str] | None = None) -> tuple[int, str]:
    """(rank in reading order, the part in words) of the part a location is in. ``part_words``: what the
    document called its parts (a header's section is known only from the package); else words from the name."""
    part = location.split("#", 1)[0]
    if "/" not in part:     # a text file: the whole of it is the body
        return 0, (part_words or {}).get(part) or "text"
    rank = next((rank for pattern, rank in _READING_ORDER if pattern.search(part)), _OTHER_PARTS)
    words = (part_words or {}).get(part)
    if not words:
        from ..documents.docx.places import words_of_part

        words = words_of_part(part)
    return rank, words


def _parts(segments: list[Segment], by_segment: dict[int, list[Change]],
           part_words: dict[str, str] | None = None) -> list[_Part]:
    """The segments shown, part by part in reading order (their text is filled in afterwards); the parts one
    wording names alike (docProps/core.xml and app.xml: "document properties") are one."""
    parts: dict[str, tuple[int, int, _Part]] = {}
    for index, segment in enumerate(segments):
        changes = by_segment.get(index, [])
        # a machine value (a style name, a link target) is shown only where something in it changed
        if segment.kind == "identifier" and not changes:
            continue
        if not segment.text.strip() and not changes:
            continue
        rank, words = _part_of(segment.location, part_words)
        if words not in parts:
            parts[words] = (rank, len(parts), _Part(words, words[:1].upper() + words[1:]))
        part = parts[words][2]
        place = segment.place
        heading = place is not None and place.what == "heading"
        part.paragraphs.append(_Paragraph(index, Markup(""), heading, _label(segment, words)))
        part.changes += len(changes)
    return [part for _, _, part in sorted(parts.values(), key=lambda p: (p[0], p[1]))]


def _label(segment: Segment, part_words: str) -> str | None:
    """Which text of its part a segment is, in the words of its place less the part's own: "footnote 2",
    "table 1 row 4 cell 2", "Title", "alt text". A paragraph of the part's running text needs none."""
    place = segment.place
    if place is None:
        return segment.location.split("#", 1)[-1] if segment.kind != "text" else None
    inner = "" if place.part == part_words else place.part
    if inner.startswith(part_words + ": "):
        inner = inner[len(part_words) + 2:]
    for joint in (" in the ", " of the "):
        inner = inner.removesuffix(joint + part_words)
    if segment.kind == "text":
        return inner or None if place.paragraph is None and place.what != "heading" else None
    what = place.what if place.what != "heading" else None
    return ", ".join(piece for piece in (inner, what) if piece) or segment.location.split("#", 1)[-1]


def _segment_html(text: str, changes: list[Change], kept: list[tuple[int, Decision]], ids: dict[int, int]) -> Markup:
    """A segment's text with each change marked: the original struck through, then the replacement."""
    spans: list[tuple[int, int, Change | tuple[int, Decision]]] = \
        [(c.start, c.end, c) for c in changes] + [(d.finding.start, d.finding.end, (n, d)) for n, d in kept]
    pieces: list[str] = []
    cursor = 0
    for start, end, item in sorted(spans, key=lambda s: s[0]):
        pieces.append(str(escape(text[cursor:start])))
        if isinstance(item, Change):
            change = item
            approximate = " approx" if change.approximate else ""
            pieces.append(f'<mark class="c k-{change.kind}{approximate}" id="c{ids[change.number]}" '
                          f'data-c="{ids[change.number]}" tabindex="0"><del>{escape(change.original)}</del>'
                          f'<ins>{escape(change.replacement)}</ins></mark>')
        else:
            number, decision = item
            pieces.append(f'<span class="kept" id="k{number}" data-k="{number}" tabindex="0">'
                          f'{escape(text[start:end])}</span>')
        cursor = end
    pieces.append(str(escape(text[cursor:])))
    return Markup("".join(pieces))


def _where(segment: Segment) -> str:
    return str(segment.place) if segment.place is not None else segment.location


def _source(decision: Decision, listed: list) -> str:
    """Which rule or recogniser made a decision, in words: for the rules file, which entry and which form."""
    f = decision.finding
    if f.source == "rule":
        entry = ""
        if f.listed_index is not None and 0 <= f.listed_index < len(listed):
            listed_entry = listed[f.listed_index]
            entry = f", {'places' if _is_place(listed_entry) else 'people'}: {listed_entry.name}"
        elif f.entity_type in entities.PROTECTED_DATE_TYPES:
            key = "date_of_birth" if f.entity_type == entities.DATE_OF_BIRTH else "date_of_death"
            whose = [p.name for p in listed if f.metadata.get("date") and not _is_place(p)
                     and str(getattr(p, key)) == f.metadata["date"]]
            entry = f", people: {whose[0]}, {key}" if whose else ", dates: " + key
        form = f.metadata.get("form")
        return "rules file" + entry + (f" (as {form})" if form else "")
    if f.source == "verify":
        return "verify's own check (a listed value or protected date the first pass left)"
    if f.source == "propagation":
        return "propagation (the same name found elsewhere in the document)"
    return str(f.metadata.get("recognizer_name") or f.source)


def _change_data(change: Change, places: dict[int, str], listed: list) -> list:
    f = change.decision.finding
    return [change.kind, _source(change.decision, listed), round(f.score, 2), change.decision.reason, f.entity_type,
            places.get(change.segment, f.location), f.location, change.approximate]


def _kept_data(decision: Decision, places: dict[int, str], listed: list) -> list:
    f = decision.finding
    return [_source(decision, listed), round(f.score, 2), decision.reason, f.entity_type, places.get(f.segment, f.location),
            f.location]


def _entities(changes: list[Change], ids: dict[int, int], rules: "Rules | None") -> list[_Entity]:
    """One row per entity: a listed person or place (by the rules); an unlisted person or place by its
    placeholder ("Person 3", whatever the title before it); a protected date by its replacement; any other value
    (a phone number, a reference) by itself, as the same placeholder stands for many."""
    listed = rules.listed() if rules is not None else []
    by_pseudonym: dict[str, int] = {}
    for index, entry in enumerate(listed):
        by_pseudonym.setdefault((entry.pseudonym or "").casefold(), index)
    rows: dict[tuple, _Entity] = {}
    for index, entry in enumerate(listed):
        kind = "listed-place" if _is_place(entry) else "listed-person"
        rows[("listed", index)] = _Entity(kind, entry.name, entry.pseudonym or "", listed=True)
    for change in sorted(changes, key=lambda c: ids.get(c.number, len(ids) + c.number)):
        f = change.decision.finding
        listed_index = f.listed_index if f.source == "rule" else None
        if listed_index is None and change.kind in ("listed-person", "listed-place"):
            listed_index = by_pseudonym.get(change.replacement.casefold())
        if listed_index is not None and ("listed", listed_index) in rows:
            key: tuple = ("listed", listed_index)
        else:
            shown = _LEADING_TITLE.sub("", change.replacement) if change.kind == "person" else change.replacement
            key = (change.kind, shown)
            if change.kind not in ("person", "place", "protected-date"):
                key = (change.kind, shown, " ".join(change.original.split()).casefold())
            if key not in rows:
                rows[key] = _Entity(change.kind, change.original, shown)
        row = rows[key]
        row.forms[change.original] += 1
        row.count += 1
        if change.number in ids:
            row.ids.append(ids[change.number])
    order = {key: i for i, (key, _) in enumerate(KINDS)}
    return sorted(rows.values(), key=lambda r: (order[r.kind], -r.count, r.name.casefold()))


def _is_place(entry) -> bool:
    from ..rules import Place

    return isinstance(entry, Place)


def _notable(decision: Decision) -> bool:
    return decision.finding.entity_type in _NAME_LIKE or bool(decision.finding.metadata.get("candidate"))


def _kept_groups(kept: list[Decision], shown_kept: list[tuple[int, Decision]], changes: list[Change]) -> list[_Kept]:
    """What the policy kept, one row per text and type, the notable ones first. A kept find a change overlaps
    ("Hartsford Health Centre" as an organisation, its listed place replaced) was not kept: it is left out."""
    shown = {number for number, _ in shown_kept}
    changed: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for change in changes:
        changed[change.segment].append((change.start, change.end))
    groups: dict[tuple[str, str], _Kept] = {}
    for number, decision in enumerate(kept):
        f = decision.finding
        if any(f.start < end and start < f.end for start, end in changed.get(f.segment, ())):
            continue
        key = (" ".join(f.text.split()).casefold(), f.entity_type)
        if key not in groups:
            rank, what = _kept_kind(decision)
            groups[key] = _Kept(" ".join(f.text.split()), f.entity_type, decision.reason,
                                notable=_notable(decision), rank=rank, what=what)
        group = groups[key]
        group.count += 1
        if number in shown:
            group.ids.append(number)
    return sorted(groups.values(), key=lambda g: (g.rank, -g.count, g.text.casefold()))


_KEPT_WORDS = {entities.PERSON: "person?", entities.LOCATION: "place?", entities.LOCAL_BUSINESS: "local business?",
               entities.PLACE_ORGANIZATION: "organisation naming a place?", entities.ORGANIZATION: "organisation",
               entities.DATE_OF_DEATH: "date of death?", entities.DATE_OF_BIRTH: "date of birth?",
               entities.DATE_TIME: "date"}


def _kept_kind(decision: Decision) -> tuple[int, str]:
    """Where a kept find goes in the list, and its type in words: a possible date of death first (the rules may
    lack the right one), then what may be a person or a place, then organisations, then the rest."""
    f = decision.finding
    what = _KEPT_WORDS.get(f.entity_type, f.entity_type.replace("_", " ").lower())
    if f.metadata.get("candidate") or f.entity_type in entities.PROTECTED_DATE_TYPES:
        return 0, what
    if f.entity_type in _NAME_LIKE and f.entity_type != entities.ORGANIZATION:
        return 1, what
    return (2 if f.entity_type == entities.ORGANIZATION else 3), what
