"""Which attribute values are free text, and how far detection should trust them.

Free text hides in attributes: revision and comment authors, alt text, tooltips, document variables,
content-control titles, picture file names. Those listed below get the kind the Segment contract
gives them. Every *other* attribute value that could be a word (two letters or more) becomes an
``identifier`` segment (only listed values, contacts and ids are matched there, which is cheap), except
values that are plainly structural: relationship ids, revision-save ids, hex colours and ids, GUIDs,
numbers and measurements, schema enumerations (``single``, ``left``, ``accent1``) and language tags.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..typed_numbers import PHONE_SHAPED
from . import namespaces as ns

PERSON_FIELD = "person_field"
METADATA = "metadata"
IDENTIFIER = "identifier"

_PERSON_ATTRIBUTES = frozenset({"author", "initials"})
_PICTURE_PROPERTIES = frozenset({"docPr", "cNvPr"})
#: a table's alt text (Table Properties > Alt Text): its title and description, in its formatting properties
TABLE_ALT_TEXT = frozenset({"tblCaption", "tblDescription"})
_SDT_LABELS = frozenset({"alias", "tag"})
# w:val of the legacy form field's settings (w:ffData children) is what the user typed.
_FORM_FIELD_TEXT = frozenset({"name", "helpText", "statusText", "default", "listEntry", "format"})

_SKIPPED_NAMESPACES = frozenset({ns.XML, ns.MC, ns.XSI}) | ns.R
_STRUCTURAL_NAMES = frozenset({
    "paraId", "textId", "durableId", "Id", "Type", "TargetMode", "Target", "ContentType", "Extension",
    "PartName", "fmtid", "pid", "uri", "spinCount",
    # VML geometry
    "path", "coordsize", "coordorigin", "adj", "connectlocs", "textboxrect", "connectangles", "eqn",
})
#: the elements whose w:val names a style by its id (w:style/@w:styleId)
STYLE_REFERENCES = frozenset({"pStyle", "rStyle", "tblStyle", "basedOn", "next", "link", "numStyleLink",
                              "styleLink"})
_LETTER = re.compile(r"[^\W\d_]")
_STRUCTURAL_VALUES = (
    re.compile(r"[0-9A-Fa-f]+"),                                      # hex ids and colours
    re.compile(r"\{?[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\}?"),  # GUIDs
    re.compile(r"[-+]?\d*\.?\d+[A-Za-z%]{0,3}"),                      # numbers and measurements
    re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})+"),                    # language tags
)
_ENUMERATION = re.compile(r"[a-z][A-Za-z0-9]*")                       # "single", "left", "accent1"
# Names chosen by a person (bookmarks, link anchors) may be a lower-case word, never an enumeration.
_NAMING_ATTRIBUTES = frozenset({"name", "anchor"})
# six digits or more, one separator at most between two: a phone, a case or NHS number typed into a name
_TYPED_NUMBER = re.compile(r"\d(?:[\W_]?\d){5}")
# the names Word gives its own hidden bookmarks: "_Toc123456789", "_Hlk…", "_GoBack", "_MON_1234567890", an
# object's "_1234567890"; never digits in groups ("_44_7700_900754" is a person's)
_WORDS_OWN_NAME = re.compile(r"_(?:[A-Za-z]+_?)*[0-9]*")


def attribute_kind(element, attribute: str, value: str) -> str | None:
    """The segment kind for ``element``'s ``attribute`` (Clark name), or None to leave it out."""
    if not value.strip():
        return None
    parent = element.getparent()
    return _kind(element.tag, parent.tag if parent is not None else None, attribute, value)


def attribute_kinds(element) -> list[tuple[str, str, str]]:
    """(attribute, value, kind) of each of ``element``'s attributes that is a segment (see ``attribute_kind``)."""
    items = element.items()
    if not items:
        return []
    parent = element.getparent()
    return kinds_of_attributes(items, element.tag, parent.tag if parent is not None else None)


def kinds_of_attributes(items: list[tuple[str, str]], tag: str, parent_tag: str | None) -> list[tuple[str, str, str]]:
    """``attribute_kinds`` of an element with these attribute items, tag and parent's tag (a walk that has them)."""
    return [(attribute, value, kind) for attribute, value in items
            if value.strip() and (kind := _kind(tag, parent_tag, attribute, value)) is not None]


# A package repeats a few thousand (element, attribute, value) triples tens of thousands of times ("w:val" =
# "single"), and every read asks about each; the answer depends on nothing else (the parent by its name alone).
@lru_cache(maxsize=16384)
def _kind(tag: str, parent_tag: str | None, attribute: str, value: str) -> str | None:
    attribute_ns, name = ns.split(attribute)
    element_ns, element_name = ns.split(tag)
    if name in _PERSON_ATTRIBUTES:
        return PERSON_FIELD
    if element_name in _PICTURE_PROPERTIES and name in ("descr", "title"):
        return METADATA
    if element_name in TABLE_ALT_TEXT and name == "val":
        return METADATA        # a table's alt text, typed like a picture's, even as one lower-case word
    if element_name in _PICTURE_PROPERTIES and name == "name":
        return IDENTIFIER
    if name == "tooltip":
        return METADATA
    if element_name == "docVar" and name in ("name", "val"):
        return METADATA
    if element_name in _SDT_LABELS and name == "val" and _is_w_name(parent_tag, "sdtPr"):
        return METADATA
    if (element_name in _FORM_FIELD_TEXT and name == "val"
            and _is_w_name(parent_tag, "ffData", "textInput", "ddList")):
        return METADATA
    if element_name == "listItem" and name in ("displayText", "value"):
        return METADATA
    if element_name == "textpath" and name == "string":
        return METADATA        # VML WordArt, e.g. a "DRAFT – <name>" watermark in a header
    if (attribute_ns == ns.VML_OFFICE and name == "title") or (not attribute_ns and name == "alt"):
        return METADATA
    if element_name == "fldSimple" and name == "instr":
        return IDENTIFIER
    if element_name == "lvlText" and name == "val":
        return IDENTIFIER      # a list level's text is typed ("07700 900461 %1."), even without a letter
    if element_name == "lsdException":
        # Word's built-in style names: never a person, but verify reads every attribute, so a listed
        # word that is also a style name ("Heading") must go here too; renaming a latent style is harmless
        return IDENTIFIER if len(_LETTER.findall(value)) >= 2 else None
    if (name == "styleId" and element_name == "style" or name == "val" and element_name in STYLE_REFERENCES
            or name == "val" and element_name in ("name", "aliases") and _is_w_name(parent_tag, "style")) \
            and element_ns in ns.W:
        # Word makes a style's id from the name it was given ("Quintero statement" -> "Quinterostatement",
        # "Abebe" looks like hex): the name, the id and every reference to it are read as identifiers, never as
        # markup; the id and its references are the same text, so they are renamed alike. A built-in style's
        # name in small letters ("caption", "footer") stays Word's, as before
        if len(_LETTER.findall(value)) < 2 or element_name in ("name", "aliases") and _ENUMERATION.fullmatch(value):
            return None
        return IDENTIFIER
    if _is_structural(attribute_ns, name, value):
        return None
    return IDENTIFIER


def _is_w_name(tag: str | None, *locals_: str) -> bool:
    if tag is None:
        return False
    namespace, local = ns.split(tag)
    return local in locals_ and namespace in ns.W


def _is_structural(attribute_ns: str, name: str, value: str) -> bool:
    if attribute_ns in _SKIPPED_NAMESPACES or name in _STRUCTURAL_NAMES or name.startswith("rsid"):
        return True
    lowered = name.lower()
    if any(word in lowered for word in ("hash", "salt", "crypt", "algorithm")):
        return True
    if name in _NAMING_ATTRIBUTES and not _WORDS_OWN_NAME.fullmatch(value) and _TYPED_NUMBER.search(value):
        return False   # "07700_900461", "_44_7700_900754": a bookmark a person named with a phone number
    if PHONE_SHAPED.search(value):
        return False   # "07700900461" typed as an editor's or a building block's name: no number of Word's own
    if len(_LETTER.findall(value)) < 2:
        return True
    if name not in _NAMING_ATTRIBUTES and _ENUMERATION.fullmatch(value):
        return True
    return any(pattern.fullmatch(value) for pattern in _STRUCTURAL_VALUES)
