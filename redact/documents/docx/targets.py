"""Where a segment's edits are written back: a paragraph's text nodes, an attribute, an element's
text, or an external relationship target."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from lxml import etree

from . import namespaces as ns
from .oxml import TextMap, apply_string_edits, remove_element

EditTuple = tuple[int, int, str]

# Characters that keep their meaning in a URL and are written back as they are; everything else in an
# edited target is percent-encoded again.
_URL_SAFE = "/:@?=&#;,+!$'()*~[]"


@dataclass(eq=False)
class TextMapTarget:
    """A paragraph's logical text (or its field instructions)."""

    part: str
    text_map: TextMap

    def apply(self, edits: list[EditTuple]) -> None:
        self.text_map.apply(edits)


@dataclass(eq=False)
class DropCapTarget:
    """A drop cap and the paragraph it begins, read as one text (``oxml.is_drop_cap``). A replacement that starts
    in the drop cap keeps its first letter there and gives the rest to the paragraph: "M" | "arisol was" becomes
    "L" | "ucia was"."""

    part: str
    text_map: TextMap
    drop_pieces: int       # how many of the text map's pieces are the drop cap's

    def apply(self, edits: list[EditTuple]) -> None:
        drop_nodes = list(dict.fromkeys(p.node for p in self.text_map.pieces[:self.drop_pieces] if p.node is not None
                                        and p.kind == "text"))
        rest_nodes = [p.node for p in self.text_map.pieces[self.drop_pieces:] if p.node is not None and p.kind == "text"]
        self.text_map.apply(edits)
        if not drop_nodes or not rest_nodes:
            return
        written = "".join(node.text or "" for node in drop_nodes)
        if len(written) <= 1:
            return
        for node in drop_nodes:
            node.text = ""
        drop_nodes[0].text = written[0]
        rest_nodes[0].text = written[1:] + (rest_nodes[0].text or "")
        for node in (drop_nodes[0], rest_nodes[0]):
            if node.text and node.text != node.text.strip():
                node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


@dataclass(eq=False)
class ChartDateTarget:
    """A chart's point whose serial number shows a date (``redact.documents.chart_dates``), read as that date
    written out. A number cache holds numbers only, so a date that must go takes its point with it: the point is
    left out of the cache (``c:ptCount`` stays), which a chart draws as a blank, and the chart stays valid."""

    part: str
    point: etree._Element

    def apply(self, edits: list[EditTuple]) -> None:
        if edits and self.point.getparent() is not None:
            remove_element(self.point)


@dataclass(eq=False)
class AttributeTarget:
    part: str
    element: etree._Element
    attribute: str

    def apply(self, edits: list[EditTuple]) -> None:
        self.element.set(self.attribute, apply_string_edits(self.element.get(self.attribute, ""), edits))


@dataclass(eq=False)
class ElementTextTarget:
    part: str
    element: etree._Element

    def apply(self, edits: list[EditTuple]) -> None:
        self.element.text = apply_string_edits(self.element.text or "", edits)


@dataclass(eq=False)
class TypedValueTarget:
    """A value typed as a date or a number (a custom property's ``vt:filetime`` or ``vt:i4``, a core property's
    date): text written into it would make the part invalid ("[date removed]T00:00:00Z" is no date, "[date
    removed]" no integer). A custom property becomes a text property holding what replaced it; a core property's
    date, which may be left out, goes."""

    part: str
    element: etree._Element

    def apply(self, edits: list[EditTuple]) -> None:
        text = self.element.text or ""
        if apply_string_edits(text, edits) == text:
            return
        namespace, local = ns.split(self.element.tag)
        if namespace in ns.VARIANT_TYPES:
            self.element.tag = f"{{{namespace}}}lpwstr"
            self.element.text = " ".join(replacement for _, _, replacement in sorted(edits) if replacement)
        else:
            remove_element(self.element)


@dataclass(eq=False)
class DateAttributeTarget(AttributeTarget):
    """An attribute typed as a date (a date picker's ``w:fullDate``, a revision's or comment's ``w:date``): all of
    them may be left out, and a date with text in it is none, so a changed one goes."""

    def apply(self, edits: list[EditTuple]) -> None:
        value = self.element.get(self.attribute, "")
        if apply_string_edits(value, edits) != value:
            del self.element.attrib[self.attribute]


@dataclass(eq=False)
class TailTarget:
    """Text that follows an element inside its parent (mixed content, e.g. in customXml data)."""

    part: str
    element: etree._Element

    def apply(self, edits: list[EditTuple]) -> None:
        self.element.tail = apply_string_edits(self.element.tail or "", edits)


@dataclass(eq=False)
class ExternalTarget:
    """An external relationship target, shown URL-decoded and encoded again when changed."""

    part: str
    relationship: etree._Element
    decoded: str

    def apply(self, edits: list[EditTuple]) -> None:
        changed = apply_string_edits(self.decoded, edits)
        if changed != self.decoded:
            self.relationship.set("Target", quote(changed, safe=_URL_SAFE))


Target = (TextMapTarget | DropCapTarget | ChartDateTarget | AttributeTarget | DateAttributeTarget | ElementTextTarget | TypedValueTarget | TailTarget
          | ExternalTarget)
