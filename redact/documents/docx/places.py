"""Where a segment of a Word package is, in the words Word shows (see :mod:`redact.documents.places`).

A part name becomes what Word calls it: the body, the header of section 2, footnote 14 (numbered as Word shows
it, by the order of its reference in the body), comment 3 by J. Smith, document properties: Title. Inside a
part, a paragraph in a table is "table 3 row 4 cell 2" and one in a text box "text box 2 of the body" (Word
keeps each text box twice, in ``mc:Choice`` and in ``mc:Fallback``: both copies get the same number).

Headings come from the paragraph style (a "heading N" or "Title" style, or any style or paragraph with an
outline level, followed through ``w:basedOn``), and from an unstyled short numbered line ("3.2 Contact with the
GP"). A note or a comment takes the heading of the body paragraph that refers to it.
"""
from __future__ import annotations

import posixpath
import re

from redact.documents.places import Place, first_words, heading_text, looks_like_heading

from . import namespaces as ns
from .package import DocxPackage, source_of_rels

_HEADING_STYLE = re.compile(r"(heading|berschrift|titre|título|titolo|kop)\s*\d|title", re.IGNORECASE)
_NUMBERED_LINE = re.compile(r"(\d+(\.\d+)*\.?|[A-Z]\.)\s")
_NOT_HEADING_STYLE = re.compile(r"subtitle|toc|caption", re.IGNORECASE)
_NO_OUTLINE = 9

_CORE_PROPERTIES = {"title": "Title", "subject": "Subject", "creator": "Author", "keywords": "Tags",
                    "description": "Comments", "lastModifiedBy": "Last modified by", "category": "Category",
                    "contentStatus": "Status", "identifier": "Identifier", "language": "Language",
                    "version": "Version", "revision": "Revision number"}
# What an attribute holds, by its element first (w:alias/@w:val is a content control's title), then by its name.
_ELEMENT_WORDS = {"alias": "content control title", "tag": "content control tag", "pStyle": "style name",
                  "rStyle": "style name", "tblStyle": "style name", "rFonts": "font name", "docVar": "document variable",
                  "fldSimple": "field code", "hyperlink": "link", "bookmarkStart": "bookmark name",
                  "docPr": "picture or shape", "cNvPr": "picture or shape", "font": "font name",
                  "lsdException": "style name", "style": "style", "comment": "comment"}
_ATTRIBUTE_WORDS = {"descr": "alt text", "title": "alt text title", "author": "author of a tracked change",
                    "initials": "initials of a tracked change's author", "date": "date of a tracked change",
                    "tooltip": "link tooltip", "anchor": "link anchor", "typeface": "font name"}
_FORM_FIELD = frozenset({"ffData", "textInput", "ddList", "checkBox"})
_NOTES = {"footnote": "footnoteReference", "endnote": "endnoteReference", "comment": "commentReference"}
_HEADER_KINDS = {"default": "", "first": "first-page ", "even": "even-page "}


class DocxPlaces:
    """What every part of one package is called, and the facts its places need from other parts."""

    def __init__(self, package: DocxPackage):
        self.package = package
        self.main_part = package.main_part
        self._heading_styles = _heading_styles(package)
        self._sections = 0
        self._header_of: dict[str, str] = {}
        self._read_sections()
        #: (note kind, id) -> heading of the body paragraph that refers to it
        self.anchors: dict[tuple[str, str], str | None] = {}
        #: (note kind, id) -> the number Word shows
        self.note_numbers: dict[tuple[str, str], int] = {}

    def for_part(self, part: str, root) -> "PartPlaces":
        return PartPlaces(self, part, root)

    # ------------------------------------------------------------------ parts in words
    def part_words(self, part: str) -> str:
        """"body", "header of section 2", "footnotes", "chart 1", ... for a part name."""
        if part == self.main_part:
            return "body"
        if part in self._header_of:
            return self._header_of[part]
        source = source_of_rels(part)
        if source is not None:
            return f"links of the {self.part_words(source)}" if source else "the package's links"
        return words_of_part(part, self.main_part)

    def _read_sections(self) -> None:
        root = self.package.xml(self.main_part)
        sections = [s for s in root.iter(*_w_tags("sectPr")) if not ns.is_w(s.getparent(), "sectPrChange")]
        self._sections = len(sections)
        targets = {r.get("Id"): r.get("Target") for r in self.package.relationships(self.main_part)}
        for number, section in enumerate(sections, start=1):
            for reference in section:
                if not ns.is_w(reference, "headerReference", "footerReference"):
                    continue
                target = targets.get(_r_id(reference))
                part = self.package.resolve(self.main_part, target) if target else None
                if part is None or part in self._header_of:
                    continue
                what = "header" if ns.local_name(reference) == "headerReference" else "footer"
                kind = _HEADER_KINDS.get(_w(reference, "type") or "default", "")
                where = f" of section {number}" if len(sections) > 1 else ""
                self._header_of[part] = f"{kind}{what}{where}"

    def is_heading(self, paragraph, text: str) -> bool:
        properties = _child(paragraph, "pPr")
        style = _w(_child(properties, "pStyle"), "val") if properties is not None else None
        outline = _w(_child(properties, "outlineLvl"), "val") if properties is not None else None
        if outline is not None and outline.isdigit():
            return int(outline) < _NO_OUTLINE and bool(text.strip())
        if style is not None and style in self._heading_styles:
            return self._heading_styles[style] and bool(text.strip())
        # An unstyled short numbered line ("3.2 Contact with the GP") is a heading in a draft typed without styles.
        return style is None and bool(_NUMBERED_LINE.match(text.strip())) and looks_like_heading(text)


class PartPlaces:
    """The places of one part, read in document order: it follows the headings as the walk meets them."""

    def __init__(self, places: DocxPlaces, part: str, root):
        self.places = places
        self.part = part
        self.words = places.part_words(part)
        self.is_main = part == places.main_part
        self.heading: str | None = None
        self._counted = 0
        self._root = root
        self._tables: dict = {}
        self._text_boxes: dict = {}
        self._rows: dict = {}
        self._cells: dict = {}
        self._numbered = False      # tables and text boxes are numbered when the first one is met
        self._notes: dict[str, int] = {}
        self._last_words = ""       # how the last paragraph with words began
        self._containers: dict = {}
        #: a note's heading or number was taken from the body's walk: this part's places follow the body's text
        self.took_from_body = False

    def _number_containers(self) -> None:
        if self._numbered:
            return
        self._numbered = True
        rows_seen: dict = {}
        cells_seen: dict = {}
        for element in self._root.iter(*_w_tags("tbl", "tr", "tc", "txbxContent")):
            if ns.is_w(element, "tbl"):
                self._tables[element] = len(self._tables) + 1
            elif ns.is_w(element, "tr"):
                table = _table_of(element)
                rows_seen[table] = rows_seen.get(table, 0) + 1
                self._rows[element] = rows_seen[table]
            elif ns.is_w(element, "tc"):
                row = _row_parent(element)
                cells_seen[row] = cells_seen.get(row, 0) + 1
                self._cells[element] = cells_seen[row]
            elif ns.is_w(element, "txbxContent"):
                self._text_boxes.setdefault(_text_box_key(element), len(self._text_boxes) + 1)

    # ------------------------------------------------------------------ paragraphs
    def paragraph(self, paragraph, text: str) -> Place:
        """The place of a paragraph met in document order (headings update what follows)."""
        container, counted, note = self._container(paragraph)
        if self.is_main:
            self._remember_anchors(paragraph)
        if note is not None:
            self.took_from_body = True
        heading = self.heading if note is None else self.places.anchors.get(note, None)
        if counted and text.strip() and self.places.is_heading(paragraph, text):
            self.heading, self._counted = heading_text(text), 0
            self._last_words = first_words(text)
            return Place(container, self.heading, None, first_words(text), "heading")
        number = None
        if counted and note is None and text.strip():
            self._counted += 1
            number = self._counted
        if not text.strip():        # a paragraph holding only a picture is found by the one before it
            return Place(container, heading, None, "", None, self._last_words if counted else "")
        if counted:
            self._last_words = first_words(text)
        return Place(container, heading, number, first_words(text))

    def _container(self, paragraph) -> tuple[str, bool, tuple[str, str] | None]:
        """The part in words for a paragraph, whether it counts in the heading's paragraphs, and its note: worked
        out once per parent (all of it comes from the ancestors; a body's paragraphs share one)."""
        parent = paragraph.getparent()
        found = self._containers.get(parent)
        if found is None:
            found = self._containers[parent] = self._container_of(parent)
        return found

    def _container_of(self, parent) -> tuple[str, bool, tuple[str, str] | None]:
        cell = table = box = note = None
        ancestor = parent
        while ancestor is not None:
            if cell is None and ns.is_w(ancestor, "tc"):
                cell = ancestor
                table = _table_of(cell)
            elif box is None and ns.is_w(ancestor, "txbxContent"):
                box = ancestor
            elif note is None and ns.local_name(ancestor) in _NOTES and ns.is_element(ancestor):
                note = ancestor
            ancestor = ancestor.getparent()
        words = self.words
        key = None
        if cell is not None or box is not None:
            self._number_containers()
        if note is not None:
            kind = ns.local_name(note)
            key = (kind, _w(note, "id") or "")
            words = self._note_words(kind, note, key[1])
        if box is not None:
            words = f"text box {self._text_boxes.get(_text_box_key(box), '?')} of the {words}" \
                if words == "body" else f"text box {self._text_boxes.get(_text_box_key(box), '?')} in the {words}"
        if cell is not None and table is not None:
            row = self._rows.get(_row_parent(cell), "?")
            inside = "" if words == "body" else f" in the {words}"
            words = f"table {self._tables.get(table, '?')} row {row} cell {self._cells.get(cell, '?')}{inside}"
        return words, cell is None and box is None, key

    def _note_words(self, kind: str, note, note_id: str) -> str:
        if kind == "comment":
            self._notes.setdefault(note_id, len(self._notes) + 1)
            author = (_w(note, "author") or "").strip()
            return f"comment {self._notes[note_id]}" + (f" by {author}" if author else "")
        self.took_from_body = True
        number = self.places.note_numbers.get((kind, note_id))
        if number is None:
            self._notes.setdefault(note_id, len(self._notes) + 1)
            number = self._notes[note_id]
        return f"{kind} {number}"

    def _remember_anchors(self, paragraph) -> None:
        for element in paragraph.iter(*_ANCHOR_TAGS):
            local = ns.local_name(element)
            for kind, reference in _NOTES.items():
                if local in (reference, "commentRangeStart") and (local == reference or kind == "comment"):
                    key = (kind, _w(element, "id") or "")
                    self.places.anchors.setdefault(key, self.heading)
                    if kind != "comment" and key not in self.places.note_numbers:
                        self.places.note_numbers[key] = 1 + sum(1 for k in self.places.note_numbers if k[0] == kind)

    # ------------------------------------------------------------------ everything else
    def within(self, place: Place, what: str) -> Place:
        """A text that belongs to a paragraph but is not its words (a field code, an alt text)."""
        if place.what == "heading":
            what = f"{what}, in the heading"
        return Place(place.part, place.heading, place.paragraph, place.first_words, what, place.after)

    def attribute(self, place: Place | None, element, attribute: str, text: str) -> Place:
        local = ns.split(attribute)[1]
        element_name = ns.local_name(element)
        parent = element.getparent()
        if element_name == "comment":
            what = {"author": "comment author", "initials": "comment author's initials"}.get(local, f"comment {local}")
            return Place(self._note_words("comment", element, _w(element, "id") or ""), None, None,
                         first_words(text), what)
        if local in _ATTRIBUTE_WORDS and element_name not in ("font", "lsdException", "style"):
            what = _ATTRIBUTE_WORDS[local]
        elif parent is not None and ns.local_name(parent) in _FORM_FIELD:
            what = "form field setting"
        elif element_name in _ELEMENT_WORDS:
            what = _ELEMENT_WORDS[element_name] + ("" if local in ("val", "name", "instr") else f" ({local})")
        else:
            what = f"attribute {local} of <{element_name}>"
        if place is not None:
            return self.within(place, what)
        table = _table_of(element)
        if table is not None:
            self._number_containers()
        words = f"table {self._tables.get(table, '?')}" if table is not None else self.words
        return Place(words, self.heading, None, first_words(text), what)

    def element(self, element, text: str) -> Place:
        """The place of an element's own text outside any paragraph (a property, a document variable)."""
        namespace, local = ns.split(element.tag)
        parent = element.getparent()
        if namespace in ns.CORE_PROPERTIES or self.part.endswith("docProps/core.xml"):
            return Place(f"document properties: {_CORE_PROPERTIES.get(local, local)}", first_words=first_words(text))
        if parent is not None and ns.local_name(parent) == "property" and parent.get("name"):
            return Place(f"document properties: custom property {parent.get('name')}", first_words=first_words(text))
        if self.part.startswith("docProps/"):
            return Place(f"document properties: {_spaced(local)}", first_words=first_words(text))
        return Place(self.words, None, None, first_words(text), f"<{local}>")


def words_of_part(part: str, main_part: str = "word/document.xml") -> str:
    """A part name in words from the name alone, as :meth:`DocxPlaces.part_words` says it: for whoever has the
    part names without the package (a header's section is known only from the package: "header (header2.xml)")."""
    if part == main_part:
        return "body"
    source = source_of_rels(part)
    if source is not None:
        return f"links of the {words_of_part(source, main_part)}" if source else "the package's links"
    name = posixpath.basename(part).lower()
    stem = re.sub(r"\d+\.xml$|\.xml$", "", name)
    number = re.search(r"(\d+)\.xml$", name)
    suffix = f" {number.group(1)}" if number else ""
    if part.startswith("docProps/"):
        return "document properties"
    if part.lower().startswith("customxml/") or "/customxml/" in part.lower():
        return f"stored data (customXml {name})"
    if "/glossary/" in part:
        return "building blocks (glossary)"
    if "/charts/" in part:
        return f"chart{suffix}" if stem == "chart" else f"chart data ({name})"
    if "/diagrams/" in part:
        return f"SmartArt diagram{suffix}"
    return {"header": f"header ({name})", "footer": f"footer ({name})", "footnotes": "footnotes",
            "endnotes": "endnotes", "comments": "comments", "settings": "document settings",
            "people": "list of comment and revision authors", "styles": "styles",
            "numbering": "list numbering", "fonttable": "fonts", "styleswitheffects": "styles",
            "theme": "theme (colours and fonts)", "websettings": "web settings"}.get(stem, part)


def _w_tags(*locals_: str) -> list[str]:
    """Clark names of w: elements in both flavours, for lxml's fast ``iter(tag, ...)``."""
    return [f"{{{namespace}}}{local}" for namespace in sorted(ns.W) for local in locals_]


_ANCHOR_TAGS = _w_tags(*_NOTES.values(), "commentRangeStart")


def holds_heading_styles(part: str) -> bool:
    """Whether the places of every part depend on this part (the styles that make a paragraph a heading)."""
    return part.lower().endswith("word/styles.xml")


def _heading_styles(package: DocxPackage) -> dict[str, bool]:
    """Paragraph style id -> is it a heading style (by name or outline level, through w:basedOn)."""
    name = next((n for n in package.xml_parts() if holds_heading_styles(n)), None)
    if name is None:
        return {}
    styles = {}
    for style in package.xml(name):
        if ns.is_w(style, "style") and (_w(style, "type") or "paragraph") == "paragraph":
            properties = _child(style, "pPr")
            outline = _w(_child(properties, "outlineLvl"), "val") if properties is not None else None
            styles[_w(style, "styleId") or ""] = (_w(_child(style, "name"), "val") or "",
                                                   _w(_child(style, "basedOn"), "val"), outline)
    judged: dict[str, bool] = {}

    def judge(style_id: str, depth: int = 0) -> bool:
        if style_id in judged:
            return judged[style_id]
        style_name, based_on, outline = styles.get(style_id, ("", None, None))
        if _NOT_HEADING_STYLE.search(style_name or style_id):
            verdict = False
        elif outline is not None and outline.isdigit():
            verdict = int(outline) < _NO_OUTLINE
        elif _HEADING_STYLE.search(style_name) or _HEADING_STYLE.search(style_id):
            verdict = True
        else:
            verdict = based_on is not None and depth < 10 and judge(based_on, depth + 1)
        judged[style_id] = verdict
        return verdict

    for style_id in styles:
        judge(style_id)
    return judged


def _child(element, local: str):
    if element is None:
        return None
    return next((c for c in element if ns.is_w(c, local)), None)


def _w(element, local: str) -> str | None:
    """A w: attribute, in either flavour of the namespace."""
    if element is None:
        return None
    for namespace in ns.W:
        value = element.get(f"{{{namespace}}}{local}")
        if value is not None:
            return value
    return None


def _r_id(element) -> str | None:
    for namespace in ns.R:
        value = element.get(f"{{{namespace}}}id")
        if value is not None:
            return value
    return None


def _table_of(cell):
    ancestor = cell.getparent()
    while ancestor is not None and not ns.is_w(ancestor, "tbl"):
        ancestor = ancestor.getparent()
    return ancestor


def _row_parent(cell):
    ancestor = cell.getparent()
    while ancestor is not None and not ns.is_w(ancestor, "tr"):
        ancestor = ancestor.getparent()
    return ancestor


def _text_box_key(text_box):
    """The same key for both copies of one text box: the mc:AlternateContent holding them, else itself."""
    ancestor = text_box.getparent()
    while ancestor is not None:
        if ns.is_element(ancestor) and ns.split(ancestor.tag) == (ns.MC, "AlternateContent"):
            return ancestor
        if ns.is_w(ancestor, "p") and ns.is_w(ancestor.getparent(), "body"):
            break
        ancestor = ancestor.getparent()
    return text_box


def _spaced(local: str) -> str:
    """"HyperlinkBase" -> "Hyperlink base": an extended property's element name as Word's dialog words it."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", local).split()
    return " ".join([words[0]] + [w.lower() for w in words[1:]]) if words else local


def where_used(package: DocxPackage, name: str, segments) -> Place | None:
    """Where a media or embedded part (a picture, an embedded workbook) is shown: the place of the first paragraph
    that refers to it, so a person can find the picture to look at."""
    from .oxml import paragraph_numbers

    places: dict[tuple[str, str], Place] = {}
    for segment in segments:
        part, _, rest = segment.location.partition("#")
        if segment.place is not None:
            places.setdefault((part, rest.split("/", 1)[0]), segment.place)
    for source in [package.main_part] + [p for p in package.xml_parts() if p != package.main_part]:
        ids = {r.get("Id") for r in package.relationships(source)
               if not (r.get("TargetMode") or "").lower() == "external"
               and package.resolve(source, r.get("Target") or "") == name}
        if not ids:
            continue
        root = package.xml(source)
        numbers = None
        for element in root.iter():
            if not ns.is_element(element) or not any(ns.split(attribute)[0] in ns.R and value in ids
                                                     for attribute, value in element.attrib.items()):
                continue
            numbers = numbers if numbers is not None else paragraph_numbers(root)
            paragraph = element.getparent()
            while paragraph is not None and paragraph not in numbers:
                paragraph = paragraph.getparent()
            place = places.get((source, f"p{numbers[paragraph]}")) if paragraph is not None else None
            if place is not None:
                return Place(place.part, place.heading, place.paragraph, place.first_words, "picture or object",
                             place.after)
        return Place(DocxPlaces(package).part_words(source), what="picture or object")
    return None
