"""A Word review copy: the draft with every replacement as a tracked change, for the author to check in Word.

``apply --review-copy review.docx`` writes it beside the published copy. In it:

- every replacement of the text is a **tracked change** by "dhr-redact": the original run text deleted
  (``w:del``/``w:delText``, keeping the run's formatting) and the replacement inserted (``w:ins``) where the
  published copy has it, so the author steps through them with Word's Next/Accept/Reject;
- a replacement found by a recogniser rather than listed in the rules carries a **comment** saying which
  recogniser found what kind of identifier, with its score and the decision's reason;
- the first page opens with a **banner** "REVIEW COPY – CONTAINS ORIGINAL NAMES – NOT FOR PUBLICATION", and a
  custom document property says the same: ``redact verify`` fails any file that carries either
  (:func:`redact.verify.review_copy_leaks`), so the copy can never pass the publication gate, even after its
  banner is deleted or all its changes are accepted;
- accepting all revisions gives the published copy's text (apart from the banner paragraphs).

How the edits are found: the published copy was made by one or more rounds of edits on one open document
(the decisions, then verify's own passes, each round indexing the segments as they stood). The adapter keeps
that history (:attr:`DocxDocument.history`); here the draft is opened twice with the same options, one copy
replays the history exactly as the pipeline did, and each round is *composed* into edits of the original
segment texts (:class:`Composition`); every round is checked against the replay (the composed text must equal
the replayed text, segment by segment) and any difference refuses the review copy loudly rather than show the
author something the published copy does not say. The composed edits are then written into the other copy as
tracked changes, reusing the adapter's text maps (:mod:`.oxml`) to find the runs.

Places Word cannot track (document properties, alt texts, link targets, field codes, DrawingML text in charts)
get the replacement directly, as in the published copy; the banner says how many. So does text inside a content
control, a field's result or a revision kept from the draft (``--keep-revisions``), with a comment giving the
original: LibreOffice turns a tracked change there into plain text holding both words, Word recomputes a field's
result anyway, and a revision cannot hold another.

The author's decisions come back with ``apply --from-review review.docx``: :func:`rejections` reads which changes
of unlisted finds were rejected in Word (their comment stays, the change is gone, the words read as the draft had
them) and :func:`keep_rejections` adds those words to the rules' ``keep:`` list (:mod:`redact.rules_keep`).
"""
from __future__ import annotations

import copy
import re
from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from lxml import etree

from redact.documents.base import Edit
from redact.errors import InputError, RedactError
# The banner's words are verify's (it looks for them in any text of any file): kept in one place there.
from redact.verify import REVIEW_COPY_BANNER, REVIEW_COPY_PROPERTY

from . import namespaces as ns
from .document import DocxDocument
from .oxml import FIXED, REMOVABLE, TEXT, Piece, TextMap
from .package import CONTENT_TYPES, rels_part_for
from .publication import PublicationSettings
from .targets import TextMapTarget

AUTHOR = "dhr-redact"
INITIALS = "DR"

#: a hidden bookmark on the banner paragraphs: tests and tools find them without reading their words
BANNER_BOOKMARK = "_dhr_redact_review_copy"

_W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL_TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships"
_COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
# Text inside these is replaced directly, with a comment giving the original: a revision (revisions kept) cannot
# hold ours, and LibreOffice flattens a tracked change inside a content control or a field's result into plain
# text holding both the original and the replacement (Word regenerates a field's result anyway).
_UNTRACKABLE_CONTAINERS = frozenset({"ins", "del", "moveFrom", "moveTo", "sdt", "fldSimple"})


class ReviewCopyError(RedactError):
    """The review copy cannot be made faithfully (its edits would not match the published copy)."""


# ---------------------------------------------------------------------- composing rounds of edits
# Kinds of the characters of a segment's text, as the adapter's text map has them: text is rewritten by an edit,
# a tab or break stays where it is (an edit over it keeps it), a no-break hyphen goes when an edit covers it.
KEPT = frozenset("fv")          # fixed (tab, break) and virtual (a separator in no XML node)
_KIND_LETTER = {TEXT: "t", FIXED: "f", REMOVABLE: "r"}


def character_kinds(target) -> str:
    """One letter per character of the segment's text: t(ext), f(ixed), r(emovable) or v(irtual)."""
    if not isinstance(target, TextMapTarget):
        return ""
    return "".join(_KIND_LETTER.get(piece.kind, "v") * len(piece.text) for piece in target.text_map.pieces)


@dataclass
class _Chunk:
    """A stretch of the current text: the original ``start:end`` it stands for, unchanged or replaced."""

    start: int
    end: int
    text: str
    kinds: str
    changed: bool
    notes: tuple[str, ...] = ()


@dataclass
class ComposedEdit:
    """One replacement of the original text (in original offsets) and the notes of the decisions behind it.
    It never covers a tab or a break: those stay in place, as in the published copy."""

    start: int
    end: int
    replacement: str
    notes: tuple[str, ...] = ()


class Composition:
    """A segment's original text and the edits made to it round after round, as edits of the original.

    A later round indexes the text as the earlier rounds left it; an edit of it that reaches into an earlier
    replacement takes that replacement in whole, so the result is always a set of non-overlapping edits of
    the original text that gives the current text. Edits follow the adapter's rules (:meth:`TextMap.apply`):
    the replacement goes where the first rewritable character of the match is, tabs and breaks inside the
    match stay, a no-break hyphen inside it goes, and an edit that touches no rewritable text writes nothing."""

    def __init__(self, original: str, kinds: str = ""):
        self.original = original
        self.kinds = kinds if len(kinds) == len(original) else "t" * len(original)
        self.chunks: list[_Chunk] = [_Chunk(0, len(original), original, self.kinds, False)] if original else []

    @property
    def text(self) -> str:
        return "".join(chunk.text for chunk in self.chunks)

    @property
    def current_kinds(self) -> str:
        return "".join(chunk.kinds for chunk in self.chunks)

    def apply(self, edits: list[tuple[int, int, str, str | None]]) -> None:
        """Apply one round of non-overlapping (start, end, replacement, note) edits of the current text."""
        # right to left: the offsets of the edits still to come stay valid
        for start, end, replacement, note in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
            self._apply_one(start, end, replacement, note)

    def edits(self) -> list[ComposedEdit]:
        """The changes as edits of the original text, cut at every tab or break (which stay in place)."""
        out = []
        for chunk in self.chunks:
            if not chunk.changed:
                continue
            kept_original = [chunk.start + i for i, k in enumerate(self.kinds[chunk.start:chunk.end]) if k in KEPT]
            kept_now = [i for i, k in enumerate(chunk.kinds) if k in KEPT]
            if len(kept_original) != len(kept_now):
                raise ReviewCopyError("a tab or break would be lost")
            notes = chunk.notes
            for (low, high), (now_low, now_high) in zip(
                    zip([chunk.start] + [k + 1 for k in kept_original], kept_original + [chunk.end]),
                    zip([0] + [k + 1 for k in kept_now], kept_now + [len(chunk.text)])):
                replacement = chunk.text[now_low:now_high]
                if replacement != self.original[low:high]:
                    out.append(ComposedEdit(low, high, replacement, notes))
                    notes = ()
        return out

    def _bounds(self) -> list[tuple[int, int]]:
        out, position = [], 0
        for chunk in self.chunks:
            out.append((position, position + len(chunk.text)))
            position += len(chunk.text)
        return out

    def _split(self, position: int) -> None:
        """Cut the unchanged chunk that ``position`` falls strictly inside (a replacement is never cut)."""
        for index, (low, high) in enumerate(self._bounds()):
            chunk = self.chunks[index]
            if low < position < high and not chunk.changed:
                cut = position - low
                self.chunks[index:index + 1] = [
                    _Chunk(chunk.start, chunk.start + cut, chunk.text[:cut], chunk.kinds[:cut], False),
                    _Chunk(chunk.start + cut, chunk.end, chunk.text[cut:], chunk.kinds[cut:], False)]
                return

    def _apply_one(self, start: int, end: int, replacement: str, note: str | None) -> None:
        text, kinds = self.text, self.current_kinds
        if not 0 <= start <= end <= len(text):
            raise ReviewCopyError(f"an edit ({start}, {end}) is outside its segment")
        if start == end:
            touches_text = (start > 0 and kinds[start - 1] == "t") or (start < len(kinds) and kinds[start] == "t")
            if touches_text and replacement:
                self._insert(start, replacement, (note,) if note else ())
            return
        middle, middle_kinds = text[start:end], kinds[start:end]
        first = middle_kinds.find("t")
        if first < 0:        # nothing rewritable: only a covered no-break hyphen goes
            new_middle = "".join(c for c, k in zip(middle, middle_kinds) if k != "r")
            new_kinds = "".join(k for k in middle_kinds if k != "r")
        else:
            kept_before = [(c, k) for c, k in zip(middle[:first], middle_kinds[:first]) if k in KEPT]
            kept_after = [(c, k) for c, k in zip(middle[first:], middle_kinds[first:]) if k in KEPT]
            new_middle = "".join(c for c, _ in kept_before) + replacement + "".join(c for c, _ in kept_after)
            new_kinds = "".join(k for _, k in kept_before) + "t" * len(replacement) + "".join(k for _, k in kept_after)
        if new_middle == middle:
            return
        self._split(start)
        self._split(end)
        bounds = self._bounds()
        covered = [i for i, (low, high) in enumerate(bounds)
                   if (low < end and high > start) or (low == high and start < low < end)]
        first_chunk, last_chunk = covered[0], covered[-1]
        head = max(0, start - bounds[first_chunk][0])
        tail = max(0, end - bounds[last_chunk][0])
        merged_notes = tuple(dict.fromkeys(n for c in self.chunks[first_chunk:last_chunk + 1] for n in c.notes))
        self.chunks[first_chunk:last_chunk + 1] = [_Chunk(
            self.chunks[first_chunk].start, self.chunks[last_chunk].end,
            self.chunks[first_chunk].text[:head] + new_middle + self.chunks[last_chunk].text[tail:],
            self.chunks[first_chunk].kinds[:head] + new_kinds + self.chunks[last_chunk].kinds[tail:],
            True, merged_notes + ((note,) if note else ()))]

    def _insert(self, position: int, replacement: str, notes: tuple[str, ...]) -> None:
        """A pure insertion: joined to a replacement it touches, else a new edit of nothing."""
        self._split(position)
        bounds = self._bounds()
        for index, (low, high) in enumerate(bounds):
            chunk = self.chunks[index]
            if chunk.changed and low < position < high:
                cut = position - low
                chunk.text = chunk.text[:cut] + replacement + chunk.text[cut:]
                chunk.kinds = chunk.kinds[:cut] + "t" * len(replacement) + chunk.kinds[cut:]
                chunk.notes += notes
                return
            if chunk.changed and high == position:
                chunk.text += replacement
                chunk.kinds += "t" * len(replacement)
                chunk.notes += notes
                return
            if chunk.changed and low == position:
                chunk.text = replacement + chunk.text
                chunk.kinds = "t" * len(replacement) + chunk.kinds
                chunk.notes = notes + chunk.notes
                return
        index = next((i for i, (low, _) in enumerate(bounds) if low >= position), len(self.chunks))
        at = self.chunks[index].start if index < len(self.chunks) else len(self.original)
        self.chunks.insert(index, _Chunk(at, at, replacement, "t" * len(replacement), True, notes))


def _keys(locations) -> list[tuple[str, int]]:
    """Each segment's location with its occurrence number: stable while edits change the texts."""
    seen: dict[str, int] = defaultdict(int)
    keys = []
    for location in locations:
        seen[location] += 1
        keys.append((location, seen[location]))
    return keys


def compose_history(original, replay: DocxDocument, history, note_for) -> dict[int, Composition]:
    """Replay ``history`` on ``replay`` (opened like the original) and compose each round into edits of the
    ``original`` document's segments; ``note_for(round, edit)`` gives an edit's comment or None.

    A round names the segments it indexed (``DocxDocument.history`` keeps their locations), so an edit finds
    its segment by location even where the replay reads the document's properties differently (apply writes the
    rules' ``publication:`` values when it saves, before its last round). Raises :class:`ReviewCopyError` when
    the replay and the composition disagree anywhere."""
    base_found = original._read()
    base_segments = [segment for segment, _ in base_found]
    base_keys = _keys(s.location for s in base_segments)
    index_of = {key: i for i, key in enumerate(base_keys)}
    if _keys(s.location for s in replay.segments) != base_keys or \
            [s.text for s in replay.segments] != [s.text for s in base_segments]:
        raise ReviewCopyError("the draft reads differently when opened again")
    compositions: dict[int, Composition] = {}
    for round_number, (kind, edits, *named) in enumerate(history):
        if kind == "remove_images":
            replay.remove_images()
            continue
        current = replay.segments
        current_keys = _keys(s.location for s in current)
        replay_index = {key: i for i, key in enumerate(current_keys)}
        round_keys = _keys(named[0]) if named and named[0] else current_keys
        by_base: dict[int, list] = defaultdict(list)
        replayed = []
        for edit in edits:
            key = round_keys[edit.segment] if edit.segment < len(round_keys) else None
            base_index, here = (index_of.get(key), replay_index.get(key)) if key is not None else (None, None)
            if base_index is None or here is None:
                raise ReviewCopyError(f"{key[0] if key else edit.segment}: a segment the draft does not have")
            composition = compositions.setdefault(base_index, Composition(
                base_segments[base_index].text, character_kinds(base_found[base_index][1])))
            if composition.text != current[here].text:
                raise ReviewCopyError(f"{current[here].location}: the edits do not compose")
            by_base[base_index].append((edit.start, edit.end, edit.replacement, note_for(round_number, edit)))
            replayed.append(Edit(here, edit.start, edit.end, edit.replacement))
        for base_index, composed in by_base.items():
            compositions[base_index].apply(composed)
        replay.apply(replayed)
    for segment, key in zip(replay.segments, _keys(s.location for s in replay.segments)):
        base_index = index_of.get(key)
        expected = compositions[base_index].text if base_index in compositions else \
            base_segments[base_index].text if base_index is not None else None
        if expected != segment.text:
            raise ReviewCopyError(f"{segment.location}: the review copy would not say what the published copy says")
    return compositions


# ---------------------------------------------------------------------- writing tracked changes
@dataclass
class _Stamp:
    """Ids, author and date shared by every revision and comment of one review copy."""

    date: str
    next_id: int
    namespace: str = _W_TRANSITIONAL

    def w(self, local: str) -> str:
        return f"{{{self.namespace}}}{local}"

    def take_id(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    def revision(self, local: str) -> etree._Element:
        element = etree.Element(self.w(local))
        element.set(self.w("id"), self.take_id())
        element.set(self.w("author"), AUTHOR)
        element.set(self.w("date"), self.date)
        return element


@dataclass
class _Written:
    """What one tracked edit put into the paragraph (for anchoring its comment)."""

    first: etree._Element
    last: etree._Element


class _Paragraphs:
    """Where a run stands in its paragraph: inside a container that cannot hold a tracked change, or in a
    complex field's result (between its ``separate`` and ``end`` field characters)."""

    def __init__(self):
        self._fields: dict = {}

    def blocking_span(self, run):
        """(first, last) element around ``run`` that a comment anchors to when its text cannot be tracked, or
        None when a tracked change can go right there. A run outside any paragraph is never tracked."""
        paragraph, outermost = None, None
        for ancestor in run.iterancestors():
            if ns.is_w(ancestor, "p"):
                paragraph = ancestor
                break
            if ns.is_w(ancestor, *_UNTRACKABLE_CONTAINERS):
                outermost = ancestor
        if paragraph is None:
            return run, run
        if outermost is not None:
            return outermost, outermost
        return self._field_results(paragraph).get(run)

    def _field_results(self, paragraph) -> dict:
        if paragraph not in self._fields:
            self._fields[paragraph] = _field_results(paragraph)
        return self._fields[paragraph]


def _field_results(paragraph) -> dict:
    """Each run of a complex field's result in ``paragraph`` -> (the field's first run, its last run here)."""
    results: dict = {}
    stack: list[dict] = []
    runs = [r for r in paragraph.iter() if ns.is_w(r, "r")
            and next((a for a in r.iterancestors() if ns.is_w(a, "p")), None) is paragraph]
    for run in runs:
        for char in (c for c in run if ns.is_w(c, "fldChar")):
            kind = next((v for k, v in char.attrib.items() if ns.split(k)[1] == "fldCharType"), "")
            if kind == "begin":
                stack.append({"begin": run, "result": False, "members": []})
            elif kind == "separate" and stack:
                stack[-1]["result"] = True
            elif kind == "end" and stack:
                level = stack.pop()
                if not stack:
                    results.update({member: (level["begin"], run) for member in level["members"]})
                else:
                    stack[0]["members"] += level["members"]
        if stack and any(level["result"] for level in stack):
            stack[0]["members"].append(run)
    for level in stack[:1]:     # a field that goes on in the next paragraph (a table of contents)
        members = level["members"]
        results.update({member: (members[0], members[-1]) for member in members})
    return results


def _node_of(piece: Piece) -> etree._Element:
    # only VIRTUAL separators have no node, and the edits here touch TEXT and REMOVABLE pieces only
    assert piece.node is not None
    return piece.node


def _trackable(text_map: TextMap, start: int, end: int, paragraphs: _Paragraphs) -> bool:
    touched = [p for p in _touched(text_map, start, end) if p.kind in (TEXT, REMOVABLE)]
    return bool(touched) and all(
        (ns.is_w(p.node, "t") or p.kind == REMOVABLE) and _node_of(p).getparent() is not None
        and ns.is_w(_node_of(p).getparent(), "r") and paragraphs.blocking_span(_node_of(p).getparent()) is None
        for p in touched)


def _touched(text_map: TextMap, start: int, end: int) -> list[Piece]:
    if start == end:
        return [p for p in text_map.pieces if p.kind == TEXT and p.start <= start <= p.end][:1]
    return [p for p in text_map.pieces if p.start < end and p.end > start]


def _content(run) -> list:
    return [child for child in run if ns.is_element(child) and not ns.is_w(child, "rPr")]


def _cut_before(run, child):
    """The run that holds ``child`` and what follows it, alone: a new run after ``run`` with the same
    formatting, unless ``child`` already opens ``run``."""
    content = _content(run)
    if not content or content[0] is child:
        return run
    new_run = etree.Element(run.tag, attrib=dict(run.attrib))
    properties = next((c for c in run if ns.is_w(c, "rPr")), None)
    if properties is not None:
        new_run.append(copy.deepcopy(properties))
    moving = content[content.index(child):]
    for element in moving:
        new_run.append(element)
    run.addnext(new_run)
    return new_run


def _isolate(node, low: int, high: int):
    """Put ``node``'s characters ``low:high`` alone in a run of their own (same formatting); returns the run.
    The characters before ``low`` stay in ``node``, so offsets of text further left remain valid."""
    text = node.text or ""
    target = node
    if ns.is_w(node, "t") and high < len(text):
        rest = etree.Element(node.tag)
        rest.text = text[high:]
        rest.set(ns.XML_SPACE, "preserve")
        node.addnext(rest)
        node.text = text[:high]
    if ns.is_w(node, "t") and low > 0:
        target = etree.Element(node.tag)
        target.text = text[low:high]
        target.set(ns.XML_SPACE, "preserve")
        node.addnext(target)
        node.text = text[:low]
        node.set(ns.XML_SPACE, "preserve")
    run = _cut_before(node.getparent(), target)
    following = target.getnext()
    if following is not None:
        _cut_before(run, following)
    return run


def _delete(run, stamp: _Stamp) -> etree._Element:
    for child in run:
        if ns.is_w(child, "t"):
            child.tag = stamp.w("delText")
            child.set(ns.XML_SPACE, "preserve")
    deletion = stamp.revision("del")
    run.addprevious(deletion)
    deletion.append(run)
    return deletion


def _insertion(like_run, replacement: str, stamp: _Stamp) -> etree._Element:
    insertion = stamp.revision("ins")
    run = etree.SubElement(insertion, like_run.tag)
    properties = next((c for c in like_run if ns.is_w(c, "rPr")), None)
    if properties is not None:
        properties = copy.deepcopy(properties)
        # a formatting change kept from the draft belongs to the run it was made on (and its id must stay unique)
        for change in [c for c in properties if ns.is_w(c, "rPrChange")]:
            properties.remove(change)
        run.append(properties)
    text = etree.SubElement(run, stamp.w("t"))
    text.text = replacement
    text.set(ns.XML_SPACE, "preserve")
    return insertion


def track_edit(text_map: TextMap, start: int, end: int, replacement: str, stamp: _Stamp) -> _Written | None:
    """Write one edit of a paragraph's text as a tracked deletion and insertion; the accepted text is what
    :meth:`TextMap.apply` would have written (the replacement where the match starts, tabs and breaks kept)."""
    touched = _touched(text_map, start, end)
    editable = [p for p in touched if p.kind == TEXT]
    if start == end:
        if not editable or not replacement:
            return None
        piece = editable[0]
        offset = start - piece.start
        length = len(_node_of(piece).text or "")
        like = _node_of(piece).getparent()
        insertion = _insertion(like, replacement, stamp)
        if offset < length:
            _isolate(piece.node, offset, length).addprevious(insertion)
        else:
            _isolate(piece.node, 0, offset).addnext(insertion)
        return _Written(insertion, insertion)
    deleted = [p for p in touched if p.kind == TEXT or (p.kind == REMOVABLE and start <= p.start and p.end <= end)]
    if not deleted:
        return None
    like = _node_of(editable[0]).getparent() if editable else None
    # the replacement follows the deleted text up to the first tab or break inside the match, so the accepted
    # text has it exactly where the published copy does
    anchor_index = 0
    for piece in touched:
        if piece.kind == FIXED and editable and piece.start > editable[0].start:
            break
        anchor_index = next((i for i, d in enumerate(deleted) if d is piece), anchor_index)
    wrappers: dict[int, etree._Element] = {}
    for index in range(len(deleted) - 1, -1, -1):      # right to left: pieces further left stay valid
        piece = deleted[index]
        if piece.kind == REMOVABLE:
            run = _isolate(piece.node, 0, 0)
        else:
            low, high = max(start, piece.start) - piece.start, min(end, piece.end) - piece.start
            run = _isolate(piece.node, low, high)
        wrappers[index] = _delete(run, stamp)
    first, last = wrappers[0], wrappers[len(deleted) - 1]
    if editable and replacement:
        insertion = _insertion(like, replacement, stamp)
        wrappers[anchor_index].addnext(insertion)
        if anchor_index == len(deleted) - 1:
            last = insertion
    return _Written(first, last)


# ---------------------------------------------------------------------- the document
@dataclass
class ReviewCopySummary:
    """What a review copy holds (counts only)."""

    tracked: int = 0          # replacements shown as tracked changes
    direct: int = 0           # replacements made directly (where Word cannot track)
    comments: int = 0         # comments written (unlisted finds, direct replacements in the body)
    noted: int = 0            # tracked changes with a comment naming the recogniser


def build_review_copy(source: Path, history, note_for, *, keep_comments: bool = False, password: str | None = None,
                      publication: PublicationSettings | None = None,
                      when: datetime | None = None) -> tuple[bytes, ReviewCopySummary]:
    """The review copy of ``source`` as bytes: ``history`` (``DocxDocument.history`` of the run that made the
    published copy, opened with the same ``keep_comments``, ``password`` and ``publication``) written as tracked
    changes, ``note_for(round, edit)`` giving the comment of an edit (None for none)."""
    def open_draft() -> DocxDocument:
        return DocxDocument(source, keep_comments=keep_comments, password=password, publication=publication)

    document = open_draft()
    replay = open_draft()
    compositions = compose_history(document, replay, history, note_for)
    package = document._package
    found = document._read()
    main_root = package.xml(package.main_part)
    stamp = _Stamp(date=(when or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                   next_id=_largest_id(package), namespace=ns.split(main_root.tag)[0] or _W_TRANSITIONAL)
    summary = ReviewCopySummary()
    comments = _Comments(package, stamp)
    paragraphs = _Paragraphs()
    for index in sorted(compositions):
        segment, target = found[index]
        edits = compositions[index].edits()
        if not (isinstance(target, TextMapTarget) and "/instr" not in segment.location):
            target.apply([(e.start, e.end, e.replacement) for e in edits])
            summary.direct += len(edits)
            package.mark_dirty(target.part)
            continue
        in_main = target.part == package.main_part
        # right to left, tracked or not: an edit splits runs only from its own start on, so the text nodes the
        # edits further left read still hold their first characters where the text map expects them
        for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
            if _trackable(target.text_map, edit.start, edit.end, paragraphs):
                written = track_edit(target.text_map, edit.start, edit.end, edit.replacement, stamp)
                if written is None:
                    continue
                summary.tracked += 1
                notes = edit.notes
            else:
                written = _direct_edit(target.text_map, edit, paragraphs)
                summary.direct += 1
                original = segment.text[edit.start:edit.end]
                notes = (f"{AUTHOR}: \u201c{original}\u201d replaced by \u201c{edit.replacement}\u201d directly "
                         f"(Word cannot track a change inside a field, a content control or another revision).",
                         *edit.notes)
            if notes and written is not None and in_main and _may_hold_comment(written.first):
                comments.anchor(written, "\n".join(notes))
                summary.comments += 1
                summary.noted += bool(edit.notes)
        package.mark_dirty(target.part)
    if any(entry[0] == "remove_images" for entry in history):
        document.remove_images()
    _add_banner(main_root, stamp, summary)
    package.mark_dirty(package.main_part)
    _mark_as_review_copy(package)
    document.forget_reading()
    return document.to_bytes(), summary


def _direct_edit(text_map: TextMap, edit: ComposedEdit, paragraphs: _Paragraphs) -> _Written | None:
    """Replace without tracking (as the published copy does); where the comment about it anchors."""
    editable = [p for p in _touched(text_map, edit.start, edit.end) if p.kind == TEXT]
    text_map.apply([(edit.start, edit.end, edit.replacement)])
    if not editable or _node_of(editable[0]).getparent() is None:
        return None
    run = _node_of(editable[0]).getparent()
    span = paragraphs.blocking_span(run) if ns.is_w(run, "r") else None
    if not ns.is_w(run, "r") or next((a for a in run.iterancestors() if ns.is_w(a, "p")), None) is None:
        return None      # DrawingML or maths text: no Word comment anchors there
    return _Written(*(span or (run, run)))


def _largest_id(package) -> int:
    largest = 0
    for part in package.xml_parts():
        for element in package.xml(part).iter():
            if not ns.is_element(element):
                continue
            for attribute, value in element.attrib.items():
                if ns.split(attribute)[1] == "id" and ns.split(attribute)[0] in ns.W and value.isdigit():
                    largest = max(largest, int(value))
    return largest


def _may_hold_comment(element) -> bool:
    """Word shows one anchor per comment: not inside the second copy of a text box (mc:Fallback)."""
    return not any(ns.split(a.tag)[0] == ns.MC for a in element.iterancestors() if ns.is_element(a))


class _Comments:
    """The comments part of the review copy (the draft's own comments stay when they were kept), made on the
    first comment."""

    def __init__(self, package, stamp: _Stamp):
        self.package = package
        self.stamp = stamp
        self.part: str | None = None

    def _find_or_add(self) -> str:
        main = self.package.main_part
        for relationship in self.package.relationships(main):
            if (relationship.get("Type") or "").endswith("/comments"):
                target = self.package.resolve(main, relationship.get("Target") or "")
                if target is not None and target in self.package.xml_parts():
                    return target
        name = _free_name(self.package, main.rsplit("/", 1)[0] + "/comments.xml" if "/" in main else "comments.xml")
        root = etree.Element(self.stamp.w("comments"), nsmap={"w": self.stamp.namespace})
        self.package.add_xml_part(name, root)
        strict = self.stamp.namespace != _W_TRANSITIONAL
        _add_relationship(self.package, main, (_REL_STRICT if strict else _REL_TRANSITIONAL) + "/comments",
                          name.rsplit("/", 1)[-1])
        _add_override(self.package, name, _COMMENTS_TYPE)
        return name

    def anchor(self, written: _Written, note: str) -> None:
        stamp = self.stamp
        if self.part is None:
            self.part = self._find_or_add()
        root = self.package.xml(self.part)
        comment_id = stamp.take_id()
        comment = etree.SubElement(root, stamp.w("comment"))
        comment.set(stamp.w("id"), comment_id)
        comment.set(stamp.w("author"), AUTHOR)
        comment.set(stamp.w("date"), stamp.date)
        comment.set(stamp.w("initials"), INITIALS)
        for number, line in enumerate(note.split("\n")):
            paragraph = etree.SubElement(comment, stamp.w("p"))
            if number == 0:
                etree.SubElement(etree.SubElement(paragraph, stamp.w("r")), stamp.w("annotationRef"))
            text = etree.SubElement(etree.SubElement(paragraph, stamp.w("r")), stamp.w("t"))
            text.text = line
            text.set(ns.XML_SPACE, "preserve")
        self.package.mark_dirty(self.part)
        start = etree.Element(stamp.w("commentRangeStart"))
        start.set(stamp.w("id"), comment_id)
        written.first.addprevious(start)
        end = etree.Element(stamp.w("commentRangeEnd"))
        end.set(stamp.w("id"), comment_id)
        written.last.addnext(end)
        reference_run = etree.Element(stamp.w("r"))
        reference = etree.SubElement(reference_run, stamp.w("commentReference"))
        reference.set(stamp.w("id"), comment_id)
        end.addnext(reference_run)


def _free_name(package, wanted: str) -> str:
    if package.find(wanted) is None:
        return wanted
    stem, suffix = wanted.rsplit(".", 1)
    number = 2
    while package.find(f"{stem}{number}.{suffix}") is not None:
        number += 1
    return f"{stem}{number}.{suffix}"


def _add_relationship(package, source: str, relationship_type: str, target: str) -> None:
    rels_name = package.find(rels_part_for(source))
    if rels_name is None:
        rels_name = rels_part_for(source)
        package.add_xml_part(rels_name, etree.Element(f"{{{ns.PACKAGE_RELATIONSHIPS}}}Relationships",
                                                      nsmap={None: ns.PACKAGE_RELATIONSHIPS}))
    root = package.xml(rels_name)
    taken = {r.get("Id") for r in root}
    number = 1
    while f"rIdReview{number}" in taken:
        number += 1
    relationship = etree.SubElement(root, f"{{{ns.PACKAGE_RELATIONSHIPS}}}Relationship")
    relationship.set("Id", f"rIdReview{number}")
    relationship.set("Type", relationship_type)
    relationship.set("Target", target)
    package.mark_dirty(rels_name)


def _add_override(package, name: str, content_type: str) -> None:
    types_name = package.find(CONTENT_TYPES)
    if types_name is None:
        raise ReviewCopyError("the draft has no content types part")
    override = etree.SubElement(package.xml(types_name), f"{{{ns.CONTENT_TYPES}}}Override")
    override.set("PartName", "/" + name)
    override.set("ContentType", content_type)
    package.mark_dirty(types_name)


def _banner_paragraph(stamp: _Stamp, text: str, *, size: int, bold: bool, bookmark_id: str | None):
    w = stamp.w
    paragraph = etree.Element(w("p"))
    properties = etree.SubElement(paragraph, w("pPr"))
    etree.SubElement(properties, w("keepNext"))
    borders = etree.SubElement(properties, w("pBdr"))
    for side in ("top", "left", "bottom", "right"):
        border = etree.SubElement(borders, w(side))
        for key, value in (("val", "single"), ("sz", "12"), ("space", "4"), ("color", "C00000")):
            border.set(w(key), value)
    shading = etree.SubElement(properties, w("shd"))
    for key, value in (("val", "clear"), ("color", "auto"), ("fill", "FDE9E9")):
        shading.set(w(key), value)
    justification = etree.SubElement(properties, w("jc"))
    justification.set(w("val"), "center")
    if bookmark_id is not None:
        start = etree.SubElement(paragraph, w("bookmarkStart"))
        start.set(w("id"), bookmark_id)
        start.set(w("name"), BANNER_BOOKMARK)
    run = etree.SubElement(paragraph, w("r"))
    run_properties = etree.SubElement(run, w("rPr"))
    if bold:
        etree.SubElement(run_properties, w("b"))
    etree.SubElement(run_properties, w("color")).set(w("val"), "C00000")
    etree.SubElement(run_properties, w("sz")).set(w("val"), str(size))
    run_text = etree.SubElement(run, w("t"))
    run_text.text = text
    run_text.set(ns.XML_SPACE, "preserve")
    return paragraph


def banner_lines(summary: ReviewCopySummary) -> list[str]:
    """The banner's words: what the file is, and how to read it."""
    lines = [f"Each replacement dhr-redact made is a tracked change by \u201c{AUTHOR}\u201d ({summary.tracked}); "
             f"those found by a recogniser rather than listed in the rules carry a comment saying which "
             f"({summary.noted}). Accepting all changes gives the text of the published copy."]
    if summary.direct:
        lines.append(f"{summary.direct} replacement(s) where Word cannot track a change (document properties, alt "
                     f"texts, link addresses, fields, content controls) were made directly; those in the body "
                     f"text carry a comment giving the original.")
    lines.append("Publish the redacted copy that redact apply wrote, never this file: redact verify fails it.")
    return lines


def _add_banner(main_root, stamp: _Stamp, summary: ReviewCopySummary) -> None:
    body = next((child for child in main_root if ns.is_w(child, "body")), None)
    if body is None:
        raise ReviewCopyError("the draft has no document body")
    bookmark_id = stamp.take_id()
    paragraphs = [_banner_paragraph(stamp, REVIEW_COPY_BANNER, size=32, bold=True, bookmark_id=bookmark_id)]
    paragraphs += [_banner_paragraph(stamp, line, size=18, bold=False, bookmark_id=None)
                   for line in banner_lines(summary)]
    end = etree.SubElement(paragraphs[-1], stamp.w("bookmarkEnd"))
    end.set(stamp.w("id"), bookmark_id)
    for offset, paragraph in enumerate(paragraphs):
        body.insert(offset, paragraph)


def banner_paragraphs(main_root) -> list:
    """The banner's paragraphs in a review copy's main part (those the banner bookmark spans)."""
    body = next((child for child in main_root if ns.is_w(child, "body")), None)
    paragraphs, inside, bookmark_id = [], False, None
    for child in body if body is not None else ():
        if not ns.is_w(child, "p"):
            break
        for mark in child:
            if ns.is_w(mark, "bookmarkStart") and any(v == BANNER_BOOKMARK for v in mark.attrib.values()):
                inside, bookmark_id = True, next(v for k, v in mark.attrib.items() if ns.split(k)[1] == "id")
        if not inside:
            break
        paragraphs.append(child)
        if any(ns.is_w(mark, "bookmarkEnd") and bookmark_id in mark.attrib.values() for mark in child):
            break
    return paragraphs


def _mark_as_review_copy(package) -> None:
    """A custom document property saying what the file is: it survives deleting the banner and accepting
    every change, and verify fails any file that carries it."""
    name = None
    for relationship in package.relationships(""):
        if (relationship.get("Type") or "").endswith("/custom-properties"):
            name = package.resolve("", relationship.get("Target") or "")
    if name is not None and name in package.xml_parts():
        root = package.xml(name)
    else:
        name = _free_name(package, "docProps/custom.xml")
        root = etree.Element(f"{{{_CUSTOM_NS}}}Properties", nsmap={None: _CUSTOM_NS, "vt": _VT_NS})
        package.add_xml_part(name, root)
        _add_relationship(package, "", _REL_TRANSITIONAL + "/custom-properties", name)
        _add_override(package, name, _CUSTOM_TYPE)
    pids = [int(p.get("pid")) for p in root if ns.is_element(p) and (p.get("pid") or "").isdigit()]
    prop = etree.SubElement(root, f"{{{_CUSTOM_NS}}}property")
    prop.set("fmtid", _CUSTOM_FMTID)
    prop.set("pid", str(max(pids + [1]) + 1))
    prop.set("name", REVIEW_COPY_PROPERTY)
    etree.SubElement(prop, f"{{{_VT_NS}}}lpwstr").text = REVIEW_COPY_BANNER
    package.mark_dirty(name)


def accept_all(data: bytes):
    """A review copy with every revision accepted (as Word's "Accept All Changes" does), its banner, its
    document property and dhr-redact's comments gone: what it then says is what the published copy says.
    Returns the package (a :class:`DocxPackage`)."""
    from .package import DocxPackage, source_of_rels
    from .publication import accept_revisions

    package = DocxPackage.from_bytes(data)
    ours = set()
    for part in package.xml_parts():
        root = package.xml(part)
        accept_revisions(root)
        for comment in [e for e in root if ns.is_w(e, "comment")]:
            if any(ns.split(k)[1] == "author" and v == AUTHOR for k, v in comment.attrib.items()):
                ours.add(next(v for k, v in comment.attrib.items() if ns.split(k)[1] == "id"))
                root.remove(comment)
        package.mark_dirty(part)
    for part in package.xml_parts():
        root = package.xml(part)
        for anchor in [e for e in root.iter() if ns.is_w(e, "commentRangeStart", "commentRangeEnd",
                                                            "commentReference")]:
            if any(ns.split(k)[1] == "id" and v in ours for k, v in anchor.attrib.items()):
                holder = anchor.getparent()
                holder.remove(anchor)
                if ns.is_w(holder, "r") and not _content(holder):
                    holder.getparent().remove(holder)
        if ns.local_name(root) == "Properties" and ns.split(root.tag)[0] == _CUSTOM_NS:
            for prop in [p for p in root if ns.is_element(p) and p.get("name") == REVIEW_COPY_PROPERTY]:
                root.remove(prop)
            if not any(ns.is_element(p) for p in root) and source_of_rels(part) is None:
                package.remove_part(part)
    main_root = package.xml(package.main_part)
    for paragraph in banner_paragraphs(main_root):
        paragraph.getparent().remove(paragraph)
    return package


# ---------------------------------------------------------------------- from a redaction report
def decision_note(decision) -> str | None:
    """The comment on a replacement: which recogniser found what, for finds no rule lists (None for listed)."""
    finding = decision.finding
    if finding.listed_index is not None or finding.source in ("rule", "verify", "policy"):
        return None
    kind = finding.entity_type.replace("_", " ").lower()
    return (f"{AUTHOR}: {kind} found by {finding.source} (score {finding.score:.2f}), not listed in the rules; "
            f"replaced by \u201c{decision.replacement}\u201d ({decision.reason}). "
            f"Reject this change if it is not an identifier, and add the words to keep: in the rules.")


def _notes_by_round(history, decisions) -> dict[tuple[int, Edit], str]:
    """Each recorded edit's note, matched to the decision it came from (rounds and decisions share an order)."""
    waiting: dict[tuple, deque] = defaultdict(deque)
    for decision in decisions:
        finding = decision.finding
        if decision.replacement is not None and decision.replacement != finding.text:
            waiting[(finding.segment, finding.start, finding.end, decision.replacement)].append(decision)
    notes = {}
    for round_number, (kind, edits, *_) in enumerate(history):
        for edit in edits if kind == "apply" else ():
            queue = waiting.get((edit.segment, edit.start, edit.end, edit.replacement))
            if queue:
                note = decision_note(queue.popleft())
                if note:
                    notes[(round_number, edit)] = note
    return notes


def check_review_copy_target(path: str | Path, source: str | Path, *, force: bool = False,
                             not_over: dict | None = None) -> Path:
    """Refuse, before any work, a review copy that cannot be made: a draft that is not .docx, a target that is
    not .docx, or a target the output checks refuse (over a file of this run, existing without force)."""
    from redact.atomic import check_target

    path, source = Path(path), Path(source)
    if source.suffix.lower() != ".docx":
        raise InputError(f"{source}: a review copy with tracked changes needs a Word (.docx) draft; "
                         f"for a {source.suffix or 'plain'} draft the HTML review report shows every change")
    if path.suffix.lower() != ".docx":
        raise InputError(f"{path}: the review copy is a Word file: give it a .docx name")
    return check_target(path, force=force, what="review copy", not_over={"the input": source, **(not_over or {})})


def publication_settings(rules) -> PublicationSettings:
    """The properties a published copy carries, from the rules' ``publication:`` (as apply writes them)."""
    given = getattr(rules, "publication", None)
    if given is None:
        return PublicationSettings()
    return PublicationSettings(author=given.author, company=given.company, title=given.title)


def write_review_copy(report, path: str | Path, *, rules=None, keep_comments: bool = False,
                      keep_revisions: bool = False, password: str | None = None) -> ReviewCopySummary:
    """Write the review copy of the draft ``report`` (a :class:`redact.pipeline.RedactionReport` of a .docx)
    came from, at ``path``, atomically and private to the user (it holds the original names, like the draft).

    ``rules`` and the options are those the published copy was made with (check the target first with
    :func:`check_review_copy_target`). Raises :class:`ReviewCopyError` when the copy would not match."""
    from redact.atomic import write_file
    from redact.audit import KEY_MODE

    source = Path(report.source)
    history = getattr(report, "history", None)
    if history is None:
        raise ReviewCopyError("this redaction report does not say how the draft was edited")
    notes = _notes_by_round(history, report.decisions)
    try:
        data, summary = build_review_copy(
            source, history, lambda round_number, edit: notes.get((round_number, edit)), keep_comments=keep_comments,
            password=password, publication=None if keep_revisions else publication_settings(rules))
    except ReviewCopyError as error:
        raise ReviewCopyError(f"review copy not written ({error}); the published copy is in place and unaffected; "
                              f"please report this with the command you ran") from None
    write_file(path, data, mode=KEY_MODE)
    return summary


# ---------------------------------------------------------------------- the author's decisions, read back
_REPLACED_BY = re.compile(r"replaced by \u201c(.*?)\u201d")


@dataclass(frozen=True)
class Rejection:
    """A change of an unlisted find that the author rejected in Word: the words stand as the draft had them."""

    original: str
    replacement: str
    note: str


def rejections(path: str | Path, *, password: str | None = None) -> list[Rejection]:
    """The changes the author rejected in a review copy, read from dhr-redact's comments on unlisted finds.

    Rejecting a tracked change in Word removes the change and keeps its comment, so a comment of ours whose range
    holds none of our revisions any more and does not read as the replacement (accepting it would) marks a
    rejection; its range then holds the original words. Listed values carry no comment: rejecting one changes
    nothing here (the rules list it; edit them instead)."""
    from .package import DocxPackage

    package = DocxPackage.open(Path(path), password=password)
    notes: dict[str, str] = {}
    for part in package.xml_parts():
        for comment in package.xml(part).iter():
            if ns.is_w(comment, "comment") and _w_value(comment, "author") == AUTHOR:
                text = "".join(comment.itertext())
                if " directly " not in text and _REPLACED_BY.search(text):
                    notes[_w_value(comment, "id") or ""] = text
    found: list[Rejection] = []
    open_ranges: dict[str, dict] = {}
    for element in package.xml(package.main_part).iter():
        if not ns.is_element(element):
            continue
        if ns.is_w(element, "commentRangeStart") and _w_value(element, "id") in notes:
            open_ranges[_w_value(element, "id") or ""] = {"text": [], "tracked": False}
        elif ns.is_w(element, "commentRangeEnd") and _w_value(element, "id") in open_ranges:
            comment_id = _w_value(element, "id") or ""
            state = open_ranges.pop(comment_id)
            original = "".join(state["text"]).strip()
            replacement = _REPLACED_BY.search(notes[comment_id]).group(1)  # type: ignore[union-attr]
            if not state["tracked"] and original and original != replacement.strip():
                found.append(Rejection(original, replacement, notes[comment_id]))
        elif open_ranges:
            tracked = ns.is_w(element, "ins", "del") and _w_value(element, "author") == AUTHOR
            for state in open_ranges.values():
                state["tracked"] = state["tracked"] or tracked
                if ns.is_w(element, "t") and not any(ns.is_w(a, "del") for a in element.iterancestors()):
                    state["text"].append(element.text or "")
    return found


def _w_value(element, name: str) -> str | None:
    return next((v for k, v in element.attrib.items() if ns.split(k)[1] == name), None)


def keep_rejections(review: str | Path, rules_path: str | Path | None, *, password: str | None = None) -> list[str]:
    """Add the words of every change the author rejected in ``review`` to the ``keep:`` list of the rules file at
    ``rules_path`` (its comments and layout stay); returns the words added. Refuses a file that is not a review
    copy and a run without a rules file."""
    from redact.rules_keep import add_keep_entries
    from redact.verify import review_copy_leaks, texts_of

    review = Path(review)
    if rules_path is None:
        raise InputError(f"{review}: the author's rejections go into a rules file: give the rules file to add "
                         f"them to")
    if review.suffix.lower() != ".docx" or not review.is_file():
        raise InputError(f"{review}: not a review copy (a .docx written by apply with a review copy)")
    if not review_copy_leaks(texts_of(review)):
        raise InputError(f"{review}: not a dhr-redact review copy (no banner, no review-copy property)")
    return add_keep_entries(rules_path, [rejection.original for rejection in rejections(review, password=password)])
