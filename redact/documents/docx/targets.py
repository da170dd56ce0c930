"""Where a segment's edits are written back: a paragraph's text nodes, an attribute, an element's
text, or an external relationship target."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from lxml import etree

from .oxml import TextMap, apply_string_edits

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


Target = TextMapTarget | AttributeTarget | ElementTextTarget | TailTarget | ExternalTarget
