"""Each replacement of a redaction, placed in the text the author wrote.

``Redactor.redact_file`` edits a document in rounds: detection's decisions index the segments as read, and the
decisions verify's own pass adds afterwards (source ``"verify"``) index the segments as the first edits left
them. A reviewer needs every change shown in the original text, so the later ones are mapped back through the
earlier edits here, once, for the HTML report and anyone else who shows changes (a review copy, the web page).
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import entities
from ..decide import Decision
from ..documents import Segment

# The kinds a reviewer tells apart, in the order the report lists them: (key, label).
KINDS: tuple[tuple[str, str], ...] = (
    ("listed-person", "Listed person"),
    ("listed-place", "Listed place"),
    ("person", "Unlisted person"),
    ("place", "Unlisted place or organisation"),
    ("protected-date", "Date of death or birth"),
    ("date", "Other date"),
    ("contact", "Contact or address"),
    ("id", "Identifier"),
    ("other", "Other"),
)
KIND_LABELS = dict(KINDS)

_PLACE_TYPES = frozenset({entities.LOCATION, entities.PLACE_ORGANIZATION, entities.LOCAL_BUSINESS,
                          entities.ORGANIZATION})


@dataclass(frozen=True)
class Change:
    """One replacement as the author sees it: ``original`` at ``start:end`` of the segment as read."""

    number: int            # the decision's position in the report's list: a stable id for the change
    segment: int
    start: int
    end: int
    original: str
    replacement: str
    kind: str              # a key of KINDS
    decision: Decision
    approximate: bool = False   # found again by its text: the recorded position did not hold it


def kind_of(decision: Decision) -> str:
    """The reviewer's kind of a decision (a key of ``KINDS``)."""
    finding = decision.finding
    kind = finding.entity_type
    # verify's own pass replaces only listed values and protected dates: a person or place it found is listed
    listed = finding.listed_index is not None or finding.source == "verify"
    if kind == entities.PERSON:
        return "listed-person" if listed else "person"
    if kind in _PLACE_TYPES:
        return "listed-place" if listed else "place"
    if kind in entities.PROTECTED_DATE_TYPES:
        return "protected-date"
    if kind == entities.DATE_TIME:
        return "date"
    if kind in entities.CONTACT_TYPES or kind in entities.ADDRESS_TYPES:
        return "contact"
    if kind in entities.ID_TYPES:
        return "id"
    return "other"


def is_change(decision: Decision) -> bool:
    """Did this decision change the text? (A replacement equal to the original is no edit.)"""
    return decision.replacement is not None and decision.replacement != decision.finding.text


def place_changes(segments: list[Segment], decisions: list[Decision]) -> tuple[list[Change], list[Change]]:
    """The changes placed in the original ``segments`` (sorted by segment and position), and those that could
    not be placed (``start`` -1): their segment is unknown or their text is not there any more."""
    placed: dict[int, list[Change]] = {}
    first_round: dict[int, list[tuple[int, int, int]]] = {}   # segment -> (start, end, replacement length)
    unplaced: list[Change] = []
    for number, decision in enumerate(decisions):
        if not is_change(decision):
            continue
        finding = decision.finding
        replacement = decision.replacement or ""
        index = finding.segment
        if not 0 <= index < len(segments):
            unplaced.append(Change(number, index, -1, -1, finding.text, replacement, kind_of(decision), decision))
            continue
        text = segments[index].text
        taken = placed.setdefault(index, [])
        span: tuple[int, int] | None = None
        approximate = False
        if finding.source != "verify":
            span = (finding.start, finding.end)
            first_round.setdefault(index, []).append((finding.start, finding.end, len(replacement)))
        else:
            span = _before_edits(first_round.get(index, []), finding.start, finding.end)
        if span is None or text[span[0]:span[1]] != finding.text or _overlaps(taken, *span):
            span = _free_occurrence(text, finding.text, taken)
            approximate = True
        if span is None:
            unplaced.append(Change(number, index, -1, -1, finding.text, replacement, kind_of(decision), decision))
            continue
        taken.append(Change(number, index, span[0], span[1], finding.text, replacement, kind_of(decision),
                            decision, approximate))
    ordered = [change for index in sorted(placed) for change in sorted(placed[index], key=lambda c: c.start)]
    return ordered, unplaced


def _before_edits(edits: list[tuple[int, int, int]], start: int, end: int) -> tuple[int, int] | None:
    """A span of the text after ``edits`` as a span of the text before them; None when it touches an edit."""
    shift = 0
    for edit_start, edit_end, length in sorted(edits):
        new_start = edit_start + shift
        new_end = new_start + length
        if end <= new_start:
            break
        if start < new_end:
            return None
        shift += length - (edit_end - edit_start)
    return start - shift, end - shift


def _overlaps(taken: list[Change], start: int, end: int) -> bool:
    return any(start < change.end and change.start < end for change in taken)


def _free_occurrence(text: str, needle: str, taken: list[Change]) -> tuple[int, int] | None:
    """The first place ``needle`` stands in ``text`` outside every change already placed."""
    if not needle:
        return None
    position = text.find(needle)
    while position != -1:
        if not _overlaps(taken, position, position + len(needle)):
            return position, position + len(needle)
        position = text.find(needle, position + 1)
    return None


def apply_changes(text: str, changes: list[Change]) -> str:
    """``text`` with ``changes`` (of this one segment, placed) written in: what the published copy holds."""
    pieces, cursor = [], 0
    for change in sorted(changes, key=lambda c: c.start):
        pieces += [text[cursor:change.start], change.replacement]
        cursor = change.end
    pieces.append(text[cursor:])
    return "".join(pieces)
