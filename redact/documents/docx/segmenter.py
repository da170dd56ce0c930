"""Every place text lives in a package, as segments with the target their edits go back to.

All XML parts are walked, not only the ones Word shows, because a name in any part leaves with the
published copy. One walk per part, in document order, yields:

- each paragraph (``#p12``, 1-based among the part's paragraphs in document order, nested ones
  included), its field instructions (``#p12/instr``) and the other branches of its
  ``mc:AlternateContent`` (``#p12/alt1``);
- every non-blank element text no paragraph reads (``docProps/core.xml#dc:creator``,
  ``docProps/custom.xml#property[VictimName]``, ``customXml/item1.xml#Case/Victim``), and stray text
  between elements (``.../tail()``);
- free-text attributes (``word/comments.xml#comment[3]@w:author``, ``word/document.xml#p40/wp:docPr[1]@descr``);
- external relationship targets, URL-decoded (``word/_rels/document.xml.rels#rId10@Target``).

Locations inside a paragraph are ``p<n>/<element>[k]`` where k counts that element name within the
paragraph; elsewhere a short path from the root, anchored at comments, notes, document variables and
custom properties. Each segment also gets its ``place`` in words a person can follow in Word ("footnote 14",
"table 3 row 4 cell 2", the heading above, the paragraph's number and first words): see :mod:`.places`.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from urllib.parse import unquote

from redact.documents.base import Segment
from redact.documents.chart_dates import shown_date, written_date
from redact.documents.places import Place, first_words

from . import namespaces as ns
from .attributes import IDENTIFIER, METADATA, PERSON_FIELD, attribute_kinds, kinds_of_attributes
from .oxml import PARAGRAPH_TAGS, ParagraphContent, is_drop_cap, joined_text_maps, read_paragraph
from .package import CONTENT_TYPES, DocxPackage, is_external, source_of_rels
from .places import DocxPlaces, PartPlaces, holds_heading_styles
from .targets import (AttributeTarget, ChartDateTarget, DateAttributeTarget, DropCapTarget, ElementTextTarget, ExternalTarget, Target, TailTarget,
                      TypedValueTarget,
                      TextMapTarget)

Found = tuple[Segment, Target]

# Short numbers (counts, sizes, chart values) carry nothing to redact; long digit strings may be an
# NHS number or a phone number, so they stay.
# a chart's value (``c:v``), which may be a date kept as a serial number (``redact.documents.chart_dates``)
_CHART_VALUES = frozenset({"{http://schemas.openxmlformats.org/drawingml/2006/chart}v",
                           "{http://purl.oclc.org/ooxml/drawingml/chart}v"})
_SHORT_NUMBER = re.compile(r"[-+]?(\d{1,5}|\d*\.\d+)([eE][-+]?\d+)?")
_BOOLEAN = frozenset({"true", "false"})
# custom property types that are not text: a replacement written into one would leave no valid value
_TYPED_VARIANTS = frozenset({"filetime", "date", "i1", "i2", "i4", "i8", "int", "ui1", "ui2", "ui4", "ui8", "uint",
                             "r4", "r8", "decimal", "cy", "bool", "error"})
# attributes typed as a date: a date picker's value, a revision's or a comment's time, Word's UTC copy of it
_DATE_ATTRIBUTES = frozenset({"fullDate", "date", "dateUtc"})
_LANDMARKS = frozenset({"comment", "footnote", "endnote", "docVar", "person", "property"})


def collect_segments(package: DocxPackage) -> list[Found]:
    """The segments of every XML part, the main document first."""
    return [found for read in read_parts(package).values() for found in read.found]


@dataclass
class PartRead:
    """The segments of one part as last read."""

    found: list[Found]
    #: its places took a note's heading or number from the body's walk (footnotes, endnotes, comments)
    follows_body: bool = False


def read_parts(package: DocxPackage, previous: dict[str, PartRead] | None = None,
               changed: Collection[str] = ()) -> dict[str, PartRead]:
    """Every part's segments in reading order, the main document first. With ``previous`` (the last read of the
    same package) and ``changed`` (the parts edited since), a part that nothing changed keeps its segments: its
    text, its targets and its places are what a new read would give (the styles, half of a read's time, are
    seldom edited). What a change can reach is read again: the part itself, and when it is the body (or a part
    whose notes take their heading from the body), the body and every such part; every part when the heading
    styles changed or the parts are not the same ones."""
    order = _reading_order(package)
    again = _to_read_again(package, order, previous, changed)
    places = DocxPlaces(package)     # the main part comes first: notes and comments learn their heading from it
    parts: dict[str, PartRead] = {}
    for part in order:
        if part not in again and previous is not None:
            parts[part] = previous[part]
        elif source_of_rels(part) is not None:
            parts[part] = PartRead(list(_relationship_segments(package, part, places)))
        else:
            root = package.xml(part)
            part_places = places.for_part(part, root)
            parts[part] = PartRead(PartWalker(part, root, part_places).walk(), part_places.took_from_body)
    return parts


def _to_read_again(package: DocxPackage, order: list[str], previous: dict[str, PartRead] | None,
                   changed: Collection[str]) -> set[str]:
    if previous is None or list(previous) != order or any(holds_heading_styles(part) for part in changed):
        return set(order)
    again = set(changed)
    following = {part for part, read in previous.items() if read.follows_body}
    if package.main_part in again or again & following:
        again |= {package.main_part} | following
    return again


def _reading_order(package: DocxPackage) -> list[str]:
    parts = [name for name in package.xml_parts() if name != package.find(CONTENT_TYPES)]
    return [package.main_part] + [name for name in parts if name != package.main_part]


def _relationship_segments(package: DocxPackage, rels_part: str, places: DocxPlaces) -> Iterator[Found]:
    # Internal targets are part names: changing them would break the package, so only external
    # ones (hyperlinks, attached template, linked pictures) are text.
    for relationship in package.xml(rels_part):
        if ns.is_element(relationship) and is_external(relationship):
            decoded = unquote(relationship.get("Target") or "")
            if decoded.strip():
                location = f"{rels_part}#{relationship.get('Id')}@Target"
                place = Place(places.part_words(rels_part), first_words=first_words(decoded), what="link address")
                yield (Segment(location, decoded, IDENTIFIER, place),
                       ExternalTarget(rels_part, relationship, decoded))


class PartWalker:
    """One walk over one XML part."""

    def __init__(self, part: str, root, places: PartPlaces | None = None):
        self.part = part
        self.root = root
        self.places = places
        self._paragraph_places: list[Place | None] = []     # the enclosing paragraphs' places, innermost last
        self._paragraphs = 0
        self._landmarks: Counter[str] = Counter()
        self._consumed: set = set()
        # a drop cap waiting for the paragraph it begins: (that paragraph, the drop cap's text, its flush)
        self._drop_cap: tuple | None = None

    def walk(self) -> list[Found]:
        # appended to one list, not yielded through generators: a yield passes up through every level of the
        # XML's depth, which made a read cost several times its work
        self._found: list[Found] = []
        parent = self.root.getparent()
        self._visit(self.root, self.root.tag, parent.tag if parent is not None else None, ns.element_name(self.root),
                    None)
        self._flush_drop_cap()
        return self._found

    def _flush_drop_cap(self) -> None:
        """A drop cap whose paragraph never came is read alone."""
        if self._drop_cap is not None:
            flush = self._drop_cap[2]
            self._drop_cap = None
            flush()

    # ------------------------------------------------------------------ visiting
    # An element's tag is read once and handed down (with its parent's): lxml builds a new string each time it is
    # asked, and a part has tens of thousands of elements.
    def _visit(self, element, tag: str, parent_tag: str | None, location: Location,
               scope: "_ParagraphScope | None") -> None:
        if tag in PARAGRAPH_TAGS:
            self._paragraph(element)
            return
        attributes = element.items()
        if attributes:
            self._attributes(element, location, kinds_of_attributes(attributes, tag, parent_tag))
        text = element.text
        if text and text.strip() and element not in self._consumed:
            self._element_text(element, location, inside_paragraph=scope is not None)
        if len(element):
            self._children(element, tag, location, scope)

    def _paragraph(self, paragraph) -> None:
        self._paragraphs += 1
        name = f"p{self._paragraphs}"
        content = read_paragraph(paragraph, self._consumed)
        place = self.places.paragraph(paragraph, content.text.text) if self.places is not None else None
        self._paragraph_places.append(place)
        text_target = None
        if self._drop_cap is not None and self._drop_cap[0] is paragraph:
            # "M" | "arisol was 33": the drop cap is read as the first letter of its paragraph, nothing between
            drop = self._drop_cap[1]
            self._drop_cap = None
            content = ParagraphContent(joined_text_maps(drop, content.text), content.instructions, content.alternates)
            text_target = DropCapTarget(self.part, content.text, len(drop.pieces))
        else:
            self._flush_drop_cap()
        following = paragraph.getnext()
        if text_target is None and content.text.text.strip() and not content.alternates and following is not None \
                and following.tag == paragraph.tag and is_drop_cap(paragraph):
            drop_content = ParagraphContent(content.text)
            self._drop_cap = (following, content.text,
                              lambda: self._paragraph_texts(drop_content, name, place))
            content = ParagraphContent(instructions=content.instructions)
        try:
            self._paragraph_texts(content, name, place, text_target=text_target)
            if paragraph.text and paragraph.text.strip():
                # text typed straight into <w:p>: Word does not show it, but it leaves with the package
                self._found.append((Segment(f"{self.part}#{name}/text()", paragraph.text, METADATA,
                                            self._within(place, "text hidden in the XML")),
                                    ElementTextTarget(self.part, paragraph)))
            self._attributes(paragraph, name, attribute_kinds(paragraph))
            if len(paragraph):
                self._children(paragraph, paragraph.tag, name, _ParagraphScope(name))
        finally:
            self._paragraph_places.pop()

    def _children(self, element, tag: str, location: Location, scope: "_ParagraphScope | None") -> None:
        """The children of an element that has some (a leaf, most elements of the styles and settings, has nothing
        to count)."""
        # inside a paragraph the scope names the children; outside one a child's path is written out only when
        # the child gives a segment (a few hundred of a part's thousands of elements): ``_Path``
        siblings: _Siblings | None = None
        in_property = False
        for index, child in enumerate(element):
            child_tag = child.tag
            if not isinstance(child_tag, str):
                continue
            child_location: Location
            if scope is not None:
                child_location = scope.name(child)
            else:
                if siblings is None:
                    siblings = _Siblings(element)
                    in_property = ns.split(tag)[1] == "property"
                child_location = self._child_location(element, child, child_tag, index, location, siblings,
                                                      in_property)
            self._visit(child, child_tag, tag, child_location, scope)
            tail = child.tail
            if tail and tail.strip():
                self._found.append((Segment(f"{self.part}#{child_location}/tail()", child.tail, METADATA,
                                            self._loose_place(child.tail, "text between XML elements")),
                                    TailTarget(self.part, child)))

    def _paragraph_texts(self, content: ParagraphContent, name: str, place: Place | None,
                         what: str | None = None, text_target: Target | None = None) -> None:
        if content.text.text.strip():
            self._found.append((Segment(f"{self.part}#{name}", content.text.text, "text", self._within(place, what)),
                                text_target or TextMapTarget(self.part, content.text)))
        if content.instructions.text.strip():
            self._found.append((Segment(f"{self.part}#{name}/instr", content.instructions.text, IDENTIFIER,
                                        self._within(place, "field code")),
                                TextMapTarget(self.part, content.instructions)))
        for number, alternate in enumerate(content.alternates, start=1):
            self._paragraph_texts(alternate, f"{name}/alt{number}", place, "second copy kept for older Word versions")

    def _attributes(self, element, location: Location, kinds: list[tuple[str, str, str]]) -> None:
        for attribute, value, kind in kinds:
            place = None
            if self.places is not None:
                enclosing = self._paragraph_places[-1] if self._paragraph_places else None
                place = self.places.attribute(enclosing, element, attribute, value)
            self._found.append((Segment(f"{self.part}#{location}@{ns.prefixed(element, attribute)}", value, kind,
                                        place),
                                (DateAttributeTarget if ns.split(attribute)[1] in _DATE_ATTRIBUTES else
                                 AttributeTarget)(self.part, element, attribute)))

    # ------------------------------------------------------------------ places
    def _within(self, place: Place | None, what: str | None) -> Place | None:
        if place is None or what is None or self.places is None:
            return place
        return self.places.within(place, what)

    def _loose_place(self, text: str, what: str) -> Place | None:
        """A text outside the paragraph's words: placed in its paragraph if it has one, else in its part."""
        if self.places is None:
            return None
        if self._paragraph_places and self._paragraph_places[-1] is not None:
            return self.places.within(self._paragraph_places[-1], what)
        return Place(self.places.words, first_words=first_words(text), what=what)

    def _element_text(self, element, location: Location, inside_paragraph: bool) -> None:
        text = element.text
        date = shown_date(element) if element.tag in _CHART_VALUES else None
        if date is not None:
            # a chart's date kept as a serial number ("44595" shown "3 Feb 2022"): read as the date it shows
            place = self._loose_place(text, "a date in a chart") if inside_paragraph else \
                (self.places.element(element, text) if self.places is not None else None)
            self._found.append((Segment(f"{self.part}#{location}", written_date(date), IDENTIFIER, place),
                                ChartDateTarget(self.part, element.getparent())))
            return
        if _SHORT_NUMBER.fullmatch(text.strip()) or text.strip() in _BOOLEAN:
            return
        if inside_paragraph or _is_timestamp(element) or _is_software_property(element):
            # Machine values (positions inside a drawing, W3C dates): rewriting them with prose
            # detection could make the part invalid; listed values and protected dates still match.
            kind = IDENTIFIER
        elif _is_person_property(element):
            kind = PERSON_FIELD
        else:
            kind = METADATA
        if inside_paragraph:
            place = self._loose_place(text, "drawing or object data")
        else:
            place = self.places.element(element, text) if self.places is not None else None
        target = TypedValueTarget(self.part, element) if _is_timestamp(element) or _is_typed_value(element) else \
            ElementTextTarget(self.part, element)
        self._found.append((Segment(f"{self.part}#{location}", text, kind, place), target))

    # ------------------------------------------------------------------ locations
    def _child_location(self, parent, child, tag: str, index: int, parent_location: Location, siblings: "_Siblings",
                        in_property: bool) -> Location:
        local = ns.split(tag)[1]
        if local in _LANDMARKS:
            # counted in reading order, so counted now, even for a landmark that gives no segment
            self._landmarks[local] += 1
            if local == "property" and child.get("name"):
                return f"property[{child.get('name')}]"
            return f"{local}[{self._landmarks[local]}]"
        if in_property and siblings.position(index)[0] == 1:
            return parent_location             # a custom property's single value
        return _Path(parent_location, child, index, siblings, parent is self.root)


class _Siblings:
    """How many element children of one parent share each tag, and each child's number among them: worked out
    once per parent, and only when a child's path is written out."""

    __slots__ = ("parent", "_positions")

    def __init__(self, parent):
        self.parent = parent
        self._positions: list[tuple[int, int]] | None = None

    def position(self, index: int) -> tuple[int, int]:
        """(children with this child's tag, this child's 1-based number among them) for the child at ``index``."""
        if self._positions is None:
            tags = [child.tag for child in self.parent]
            totals = Counter(tag for tag in tags if isinstance(tag, str))
            seen: Counter = Counter()
            positions = []
            for tag in tags:
                if isinstance(tag, str):
                    seen[tag] += 1
                    positions.append((totals[tag], seen[tag]))
                else:
                    positions.append((0, 0))
            self._positions = positions
        return self._positions[index]


class _Path:
    """A location outside paragraphs (``w:body/w:tbl[2]/w:tblPr``), written out on first use: most elements
    give no segment, and building every element's path was a fifth of a read."""

    __slots__ = ("parent_location", "element", "index", "siblings", "top", "_text")

    def __init__(self, parent_location: "Location", element, index: int, siblings: _Siblings, top: bool):
        self.parent_location = parent_location
        self.element = element
        self.index = index
        self.siblings = siblings
        self.top = top
        self._text: str | None = None

    def __str__(self) -> str:
        if self._text is None:
            total, number = self.siblings.position(self.index)
            step = ns.element_name(self.element)
            if total > 1:
                step += f"[{number}]"
            self._text = step if self.top else f"{self.parent_location}/{step}"
        return self._text




class _ParagraphScope:
    """Names elements inside one paragraph as ``p12/w:ins[2]``: each element is numbered among the ones met before
    it with the same written name, worked out when a segment first needs a name (most paragraphs need none: their
    text is named by the paragraph), in the order the elements were met."""

    def __init__(self, paragraph_name: str):
        self.paragraph_name = paragraph_name
        self._counts: Counter[str] = Counter()
        self._elements: list = []      # in the order met
        self._names: list[str] = []    # written out for the first elements met

    def name(self, element) -> "_ScopedName":
        self._elements.append(element)
        return _ScopedName(self, len(self._elements) - 1)

    def written(self, index: int) -> str:
        while len(self._names) <= index:
            step = ns.element_name(self._elements[len(self._names)])
            self._counts[step] += 1
            self._names.append(f"{self.paragraph_name}/{step}[{self._counts[step]}]")
        return self._names[index]


class _ScopedName:
    __slots__ = ("scope", "index")

    def __init__(self, scope: _ParagraphScope, index: int):
        self.scope = scope
        self.index = index

    def __str__(self) -> str:
        return self.scope.written(self.index)


Location = str | _Path | _ScopedName


def _is_timestamp(element) -> bool:
    return (element.get(f"{{{ns.XSI}}}type") or "").endswith("W3CDTF")


def _is_typed_value(element) -> bool:
    """A custom property's value of a type other than text, or the date a core property says it was printed."""
    namespace, local = ns.split(element.tag)
    if namespace in ns.VARIANT_TYPES:
        return local in _TYPED_VARIANTS
    return local == "lastPrinted" and namespace in ns.CORE_PROPERTIES


def _is_software_property(element) -> bool:
    # "Microsoft Macintosh Word", "16.0000": written by the software, never by the author; prose detection took
    # "Macintosh" for a surname
    namespace, local = ns.split(element.tag)
    return local in ("Application", "AppVersion") and namespace in ns.EXTENDED_PROPERTIES


def _is_person_property(element) -> bool:
    namespace, local = ns.split(element.tag)
    if local in ("creator", "lastModifiedBy") and namespace in ns.CORE_PROPERTIES:
        return True
    return local == "Manager" and namespace in ns.EXTENDED_PROPERTIES
