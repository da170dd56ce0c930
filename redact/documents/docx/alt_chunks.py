"""Content Word imports when it opens a file (``w:altChunk``), made ordinary paragraphs before anything is read.

A ``w:altChunk`` points at a part in another format (HTML, MHT, plain text, another .docx, RTF) that Word
converts into the document as it opens it: report writers that fill a template from a case system use it to
drop an agency's chronology in. Left as it is, its text sits outside every paragraph: the detector never reads
it (an unlisted name, a phone number, an address stay), LibreOffice and so the PDF do not show it, and the part
leaves with the copy. So it is converted here, where the chunk stands, into paragraphs and tables, keeping
what a report needs of it (paragraphs, headings, lists, tables, line breaks, bold, italic, underline); then it
is read and redacted like every other paragraph, and its part goes.

- HTML and XHTML, and MHT (a web archive: its HTML body): read with lxml's HTML parser, which never fetches
  anything; a picture (``<img>``) is not kept, and the manual review says so.
- Plain text: a paragraph a line.
- Another .docx: its body's paragraphs and tables. What needs its own package (pictures, links' targets, notes,
  comments, list numbering, styles the draft does not have) is left out, and the manual review says what went.
- Anything else (RTF, a format not named): the chunk and its part are removed, and the manual review says that
  its content is not in the copy and how to bring it back.

Written here rather than taken from an HTML-to-Word library: the ones on PyPI build python-docx objects (not
the XML tree this adapter edits) and fetch a picture's address over the network, which a file from outside
must never make the tool do.
"""
from __future__ import annotations

import copy
import email
import email.policy
import posixpath
import re
from dataclasses import dataclass, field

from lxml import etree, html

from redact.documents.base import ManualReviewItem
from redact.errors import InputError

from . import namespaces as ns
from .oxml import remove_element
from .package import DocxPackage, is_external, source_of_rels

AFCHUNK_RELATIONSHIPS = frozenset({
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/aFChunk",
})
_STYLES_RELATIONSHIP = "/styles"
#: a .docx inside a .docx inside ...: Word stops somewhere too
MAX_DEPTH = 3
# characters XML 1.0 cannot hold (a text chunk is any bytes): Word would not show them either
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class ImportReport:
    """What :func:`import_alt_chunks` did."""

    #: the parts whose content is now paragraphs of the document
    converted: list[str] = field(default_factory=list)
    #: every part the chunks used, all removed
    removed_parts: list[str] = field(default_factory=list)
    #: what a person must know: content removed, pictures or notes not carried over
    review: list[ManualReviewItem] = field(default_factory=list)


def import_alt_chunks(package: DocxPackage, depth: int = 0) -> ImportReport:
    """Replace every ``w:altChunk`` of ``package`` by the paragraphs and tables of its content, and remove the
    parts they used."""
    report = ImportReport()
    sources = _chunk_relationships(package)
    if not sources:
        return report
    style_ids = _style_ids(package)
    # a chunk pointing at a part the package uses otherwise (the document itself, its styles) imports nothing
    # Word could show: the chunk goes, the part stays
    used_otherwise = _used_otherwise(package)
    targets: set[str] = set()
    for source, relationships in sources.items():
        root = package.xml(source)
        chunks = list(root.iter(*ns.w_tags("altChunk")))
        for chunk in chunks:
            target = relationships.get(_relationship_id(chunk) or "")
            blocks = None
            if target is not None and target not in used_otherwise:
                targets.add(target)
                blocks = _convert(package, target, ns.split(chunk.tag)[0], style_ids, depth, report)
            _replace(chunk, blocks or [])
        if chunks:
            package.mark_dirty(source)
    for target in sorted(targets):
        package.remove_part(target)
        report.removed_parts.append(target)
    return report


def _chunk_relationships(package: DocxPackage) -> dict[str, dict[str, str]]:
    """For each XML part with chunks, its chunk relationships: id -> the part they point at."""
    found: dict[str, dict[str, str]] = {}
    xml_parts = package.xml_parts()
    parsed = set(xml_parts)
    for rels_part in xml_parts:
        source = source_of_rels(rels_part)
        if source is None:
            continue
        stored = package.find(source)
        if stored is None or stored not in parsed:
            continue
        for relationship in package.relationships(stored):
            if relationship.get("Type") in AFCHUNK_RELATIONSHIPS and not is_external(relationship):
                target = package.resolve(stored, relationship.get("Target") or "")
                if target is not None:
                    found.setdefault(stored, {})[relationship.get("Id") or ""] = target
    # a chunk whose relationship is missing or external is removed with the others: nothing of it can be shown
    # (its name in the part's bytes first: walking every part's tree, the styles too, on every open cost more)
    for name in xml_parts:
        if name not in found and source_of_rels(name) is None and b"altChunk" in package.read(name) \
                and _has_chunk(package.xml(name)):
            found[name] = {}
    return found


def _used_otherwise(package: DocxPackage) -> set[str]:
    """The main part and every part a relationship of another type than a chunk's points at."""
    used = {package.main_part}
    for rels_part in package.xml_parts():
        source = source_of_rels(rels_part)
        if source is None:
            continue
        for relationship in package.relationships(source):
            if relationship.get("Type") not in AFCHUNK_RELATIONSHIPS and not is_external(relationship):
                target = package.resolve(source, relationship.get("Target") or "")
                if target is not None:
                    used.add(target)
    return used


def _has_chunk(root) -> bool:
    return next(root.iter(*ns.w_tags("altChunk")), None) is not None


def _relationship_id(chunk) -> str | None:
    for attribute, value in chunk.attrib.items():
        namespace, local = ns.split(attribute)
        if namespace in ns.R and local == "id":
            return value
    return None


def _style_ids(package: DocxPackage) -> set[str]:
    for relationship in package.relationships(package.main_part):
        if (relationship.get("Type") or "").endswith(_STYLES_RELATIONSHIP) and not is_external(relationship):
            styles = package.resolve(package.main_part, relationship.get("Target") or "")
            if styles is not None and styles in package.xml_parts():
                return {value for element in package.xml(styles).iter(*ns.w_tags("style"))
                        for attribute, value in element.attrib.items() if ns.split(attribute)[1] == "styleId"}
    return set()


def _replace(chunk, blocks: list) -> None:
    parent = chunk.getparent()
    if parent is None:
        return
    anchor = chunk
    if ns.is_w(parent, "p"):          # not where Word writes one, but a file may: the content follows the paragraph
        anchor = parent
        parent = parent.getparent()
        remove_element(chunk)
        if parent is None:
            return
        index = parent.index(anchor) + 1
        parent[index:index] = blocks
    else:
        index = parent.index(chunk)
        remove_element(chunk)
        parent[index:index] = blocks
    if ns.is_w(parent, "tc") and not ns.is_w(_last_block(parent), "p"):
        # a table cell ends with a paragraph, or Word reports the file as damaged
        parent.append(_Builder(ns.split(parent.tag)[0]).paragraph([]))


def _last_block(container):
    elements = [child for child in container if ns.is_element(child)]
    return elements[-1] if elements else None


# ---------------------------------------------------------------------- one chunk
def _convert(package: DocxPackage, target: str, w: str, style_ids: set[str], depth: int,
             report: ImportReport) -> list | None:
    data = package.read(target)
    kind = _kind(package.content_type(target) or "", target, data)
    builder = _Builder(w, style_ids)
    blocks = None
    if kind == "html":
        blocks = _HtmlConversion(builder).blocks(html_text=None, data=data)
    elif kind == "mht":
        blocks = _web_archive_blocks(builder, data)
    elif kind == "text":
        blocks = builder.text_blocks(_decoded(data))
    elif kind == "docx":
        blocks = _docx_blocks(builder, data, depth, report, target)
    if blocks is None:
        extension = posixpath.splitext(target)[1].lstrip(".").lower() or kind
        report.review.append(ManualReviewItem(
            location=target, what=f"imported content ({extension}) removed: Word would show it in the document, "
            "but the tool cannot read this format; paste it into the draft as text and run again"))
        return None
    report.converted.append(target)
    if builder.pictures:
        report.review.append(ManualReviewItem(
            location=target, what=f"{builder.pictures} picture(s) of imported content not kept: "
            "add them again after checking them"))
    return blocks


def _kind(content_type: str, name: str, data: bytes) -> str:
    content_type = content_type.lower().split(";")[0].strip()
    extension = posixpath.splitext(name)[1].lower()
    if data[:4] == b"PK\x03\x04":
        return "docx" if "wordprocessingml" in content_type or extension in (".docx", ".docm", ".dotx", ".dotm") \
            else "other"
    if content_type in ("text/html", "application/xhtml+xml") or extension in (".htm", ".html", ".xhtml"):
        return "html"
    if content_type in ("message/rfc822", "multipart/related") or extension in (".mht", ".mhtml"):
        return "mht"
    if content_type == "text/plain" or extension == ".txt":
        return "text"
    return "other"


def _decoded(data: bytes) -> str:
    for mark, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(mark):
            return data.decode(codec, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _web_archive_blocks(builder: "_Builder", data: bytes) -> list | None:
    message = email.message_from_bytes(data, policy=email.policy.default)
    plain = None
    for part in message.walk():
        if part.is_multipart():
            continue
        content_type = part.get_content_type()
        try:
            content = part.get_content()
        except (LookupError, ValueError):
            continue
        if content_type == "text/html" and isinstance(content, str):
            return _HtmlConversion(builder).blocks(html_text=content, data=None)
        if content_type == "text/plain" and isinstance(content, str) and plain is None:
            plain = content
    return builder.text_blocks(plain) if plain is not None else None


# ---------------------------------------------------------------------- WordprocessingML
@dataclass
class _Format:
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    vertical: str = ""


class _Builder:
    """Makes paragraphs, runs and tables in the namespace of the document they go into."""

    def __init__(self, w: str, style_ids: set[str] | None = None):
        self.w = w
        self.style_ids = style_ids or set()
        self.pictures = 0

    def tag(self, local: str) -> str:
        return f"{{{self.w}}}{local}"

    def element(self, local: str, parent=None, **attributes: str):
        made = etree.Element(self.tag(local)) if parent is None else etree.SubElement(parent, self.tag(local))
        for name, value in attributes.items():
            made.set(self.tag(name), value)
        return made

    def paragraph(self, runs: list, *, style: str | None = None, indent: int = 0):
        paragraph = self.element("p")
        if (style and style in self.style_ids) or indent:
            properties = self.element("pPr", paragraph)
            if style and style in self.style_ids:
                self.element("pStyle", properties, val=style)
            if indent:
                self.element("ind", properties, left=str(indent))
        paragraph.extend(runs)
        return paragraph

    def run(self, text: str, style: _Format):
        run = self.element("r")
        properties = None
        for on, local in ((style.bold, "b"), (style.italic, "i"), (style.strike, "strike")):
            if on:
                properties = properties if properties is not None else self.element("rPr", run)
                self.element(local, properties)
        if style.underline:
            properties = properties if properties is not None else self.element("rPr", run)
            self.element("u", properties, val="single")
        if style.vertical:
            properties = properties if properties is not None else self.element("rPr", run)
            self.element("vertAlign", properties, val=style.vertical)
        for index, piece in enumerate(re.split(r"(\t|\n)", _NOT_IN_XML.sub("", text))):
            if index % 2:
                self.element("tab" if piece == "\t" else "br", run)
            elif piece:
                node = self.element("t", run)
                node.text = piece
                node.set(ns.XML_SPACE, "preserve")
        return run

    def text_blocks(self, text: str) -> list:
        return [self.paragraph([self.run(line, _Format())] if line else [])
                for line in re.split(r"\r\n|\r|\n", text.rstrip("\r\n"))]

    def table(self, rows: list[list[tuple[list, int]]]):
        """``rows``: each cell as (its blocks, the columns it spans)."""
        table = self.element("tbl")
        properties = self.element("tblPr", table)
        self.element("tblW", properties, w="0", type="auto")
        borders = self.element("tblBorders", properties)
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            self.element(side, borders, val="single", sz="4", space="0", color="auto")
        columns = max((sum(span for _, span in row) for row in rows), default=1) or 1
        grid = self.element("tblGrid", table)
        for _ in range(columns):
            self.element("gridCol", grid, w=str(9000 // columns))
        for row in rows:
            row_element = self.element("tr", table)
            for blocks, span in row:
                cell = self.element("tc", row_element)
                cell_properties = self.element("tcPr", cell)
                self.element("tcW", cell_properties, w="0", type="auto")
                if span > 1:
                    self.element("gridSpan", cell_properties, val=str(span))
                cell.extend(blocks)
                if not ns.is_w(_last_block(cell), "p"):
                    cell.append(self.paragraph([]))
        return table


# ---------------------------------------------------------------------- HTML
_SKIPPED = frozenset({"head", "title", "script", "style", "template", "noscript", "meta", "link", "object",
                      "embed", "iframe", "svg", "math", "canvas", "audio", "video", "select", "button"})
_BLOCKS = frozenset({"p", "div", "pre", "blockquote", "address", "section", "article", "header", "footer", "main",
                     "aside", "nav", "figure", "figcaption", "caption", "center", "form", "fieldset", "legend",
                     "dl", "dt", "dd", "ul", "ol", "li", "hr", "body", "html", "details", "summary",
                     "h1", "h2", "h3", "h4", "h5", "h6"})
_HIDDEN_STYLE = re.compile(r"(?i)(?:display\s*:\s*none|visibility\s*:\s*hidden)")
_BOLD = frozenset({"b", "strong", "th"})
_ITALIC = frozenset({"i", "em", "cite", "var", "dfn"})
_UNDERLINE = frozenset({"u", "ins"})
_STRIKE = frozenset({"s", "strike", "del"})
_LIST_INDENT = 360


class _HtmlConversion:
    def __init__(self, builder: _Builder):
        self.builder = builder

    def blocks(self, *, html_text: str | None, data: bytes | None) -> list | None:
        parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
        try:
            root = html.document_fromstring(html_text if html_text is not None else data, parser=parser)
        except (etree.ParserError, ValueError):
            return self.builder.text_blocks(html_text or "") if html_text is not None else []
        return self._container(root)

    def _container(self, element) -> list:
        """The blocks of an element and everything in it (a cell, a list item, the body)."""
        out = _Blocks(self.builder)
        self._walk(element, _Format(), out, lists=[])
        out.flush()
        return out.blocks

    def _walk(self, element, style: _Format, out: "_Blocks", lists: list, preformatted: bool = False) -> None:
        if not isinstance(element.tag, str):          # comments and instructions
            return
        tag = element.tag.lower().rpartition("}")[2]
        if tag in _SKIPPED or element.get("hidden") is not None or \
                _HIDDEN_STYLE.search(element.get("style") or ""):
            return            # what Word would not show: a published copy does not show it either
        if tag == "img":
            self.builder.pictures += 1
            return
        if tag == "br":
            out.add("\n", style, preformatted=True)
            return
        if tag == "table":
            out.flush()
            out.blocks.append(self._table(element))
            return
        style = _Format(bold=style.bold or tag in _BOLD, italic=style.italic or tag in _ITALIC,
                        underline=style.underline or tag in _UNDERLINE, strike=style.strike or tag in _STRIKE,
                        vertical="superscript" if tag == "sup" else "subscript" if tag == "sub" else style.vertical)
        heading = re.fullmatch(r"h([1-6])", tag)
        if heading:
            style = _Format(True, style.italic, style.underline, style.strike, style.vertical)
        block = tag in _BLOCKS
        preformatted = preformatted or tag == "pre"
        if tag in ("ul", "ol"):
            lists = lists + [[tag, 0]]
        if block:
            out.flush()
            if heading:
                out.style = f"Heading{heading.group(1)}"
            if tag == "li" and lists:
                lists[-1][1] += 1
                kind, number = lists[-1]
                out.indent = _LIST_INDENT * len(lists)
                out.add("• " if kind == "ul" else f"{number}. ", _Format())
            elif tag in ("dd", "blockquote"):
                out.indent = _LIST_INDENT * (len(lists) + 1)
        if element.text:
            out.add(element.text, style, preformatted)
        for child in element:
            self._walk(child, style, out, lists, preformatted)
            if child.tail:
                out.add(child.tail, style, preformatted)
        if block:
            out.flush()

    def _table(self, table) -> etree._Element:
        rows = []
        for row in table.iter("tr"):
            if _nearest_table(row) is not table:
                continue            # a row of a table inside a cell: that table is read with its cell
            cells = []
            for cell in row:
                if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                    continue
                blocks = self._container(cell)
                if cell.tag.lower() == "th":
                    for run in (node for block in blocks for node in block.iter(self.builder.tag("r"))):
                        _make_bold(self.builder, run)
                cells.append((blocks, _span(cell.get("colspan"))))
            if cells:
                rows.append(cells)
        return self.builder.table(rows or [[([], 1)]])


def _nearest_table(element):
    for ancestor in element.iterancestors():
        if isinstance(ancestor.tag, str) and ancestor.tag.lower() == "table":
            return ancestor
    return None


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), 63))
    except ValueError:
        return 1


def _make_bold(builder: _Builder, run) -> None:
    properties = run.find(builder.tag("rPr"))
    if properties is None:
        properties = etree.Element(builder.tag("rPr"))
        run.insert(0, properties)
    if properties.find(builder.tag("b")) is None:
        properties.insert(0, etree.Element(builder.tag("b")))


class _Blocks:
    """The paragraphs of one container as the HTML walk makes them."""

    def __init__(self, builder: _Builder):
        self.builder = builder
        self.blocks: list = []
        #: (text, look, whether its spaces are kept as written: <pre> and <br>)
        self.pieces: list[tuple[str, _Format, bool]] = []
        self.style: str | None = None
        self.indent = 0

    def add(self, text: str, style: _Format, preformatted: bool = False) -> None:
        if not preformatted:
            text = re.sub(r"[ \t\r\n\f]+", " ", text)
        elif text.startswith("\n") and not self.pieces:
            text = text[1:]           # HTML drops the line break that opens a <pre>
        if text:
            self.pieces.append((text, style, preformatted))

    def flush(self) -> None:
        pieces = self.pieces
        # the spaces that begin or end a paragraph are not shown; one between two inline elements is
        while pieces and not pieces[0][2] and not pieces[0][0].strip(" "):
            pieces = pieces[1:]
        while pieces and not pieces[-1][2] and not pieces[-1][0].strip(" "):
            pieces = pieces[:-1]
        if pieces and not pieces[0][2]:
            pieces = [(pieces[0][0].lstrip(" "),) + pieces[0][1:]] + pieces[1:]
        if pieces and not pieces[-1][2]:
            pieces = pieces[:-1] + [(pieces[-1][0].rstrip(" "),) + pieces[-1][1:]]
        runs = [self.builder.run(text, style) for text, style in _merged(pieces) if text]
        if runs:
            self.blocks.append(self.builder.paragraph(runs, style=self.style, indent=self.indent))
        self.pieces = []
        self.style = None
        self.indent = 0


def _merged(pieces: list[tuple[str, _Format, bool]]) -> list[tuple[str, _Format]]:
    """Neighbouring pieces of the same look as one run, and never two collapsed spaces in a row."""
    merged: list[tuple[str, _Format]] = []
    for text, style, preformatted in pieces:
        if merged and not preformatted and merged[-1][0].endswith(" ") and text.startswith(" "):
            text = text[1:]
        if merged and merged[-1][1] == style:
            merged[-1] = (merged[-1][0] + text, style)
        else:
            merged.append((text, style))
    return merged


# ---------------------------------------------------------------------- another .docx
# What in the other document's body means something only in its own package: it is not carried over.
_UNWRAPPED = frozenset({"hyperlink", "smartTag", "customXml"})
_DROPPED = frozenset({"footnoteReference", "endnoteReference", "commentReference", "commentRangeStart",
                      "commentRangeEnd", "annotationRef", "bookmarkStart", "bookmarkEnd", "sectPr", "numPr",
                      "dataBinding", "subDoc", "permStart", "permEnd"})
_STYLE_REFERENCES = frozenset({"pStyle", "rStyle", "tblStyle"})
_NOTE_REFERENCES = frozenset({"footnoteReference", "endnoteReference"})


def _docx_blocks(builder: _Builder, data: bytes, depth: int, report: ImportReport, name: str) -> list | None:
    if depth >= MAX_DEPTH:
        return None
    try:
        inner = DocxPackage.from_bytes(data)
    except InputError:
        return None
    nested = import_alt_chunks(inner, depth + 1)
    report.review += [ManualReviewItem(f"{name}!{item.location}", item.what) for item in nested.review]
    root = inner.xml(inner.main_part)
    if ns.split(root.tag)[0] != builder.w:
        return None          # Strict and transitional do not mix in one part
    body = next((child for child in root if ns.is_w(child, "body")), None)
    if body is None:
        return []
    blocks = [copy.deepcopy(child) for child in body if ns.is_element(child) and not ns.is_w(child, "sectPr")]
    notes = 0
    for block in blocks:
        for element in list(block.iter()):
            if not ns.is_element(element) or _detached(element, block):
                continue
            if ns.is_w(element, *_NOTE_REFERENCES):
                notes += 1
            if ns.is_w(element, *_STYLE_REFERENCES):
                if element.get(builder.tag("val")) not in builder.style_ids:
                    remove_element(element)
                continue
            if ns.is_w(element, *_DROPPED):
                remove_element(element)
                continue
            if any(ns.split(attribute)[0] in ns.R for attribute in element.attrib):
                if ns.is_w(element, *_UNWRAPPED):
                    _unwrap(element)
                else:
                    _remove_run_content(element, builder)
        _drop_identity_attributes(block)
    if notes:
        report.review.append(ManualReviewItem(
            location=name, what=f"{notes} footnote(s) or endnote(s) of an imported document not kept: "
            "add their text again if the report needs it"))
    return blocks


def _detached(element, block) -> bool:
    return element is not block and not any(ancestor is block for ancestor in element.iterancestors())


def _unwrap(element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for attribute in [name for name in element.attrib if ns.split(name)[0] in ns.R]:
        del element.attrib[attribute]
    children = list(element)
    remove_element(element)
    parent[index:index] = children


def _remove_run_content(element, builder: _Builder) -> None:
    """Remove what holds a reference into the other package: the whole picture or object (the child of its run)."""
    holder = element
    for ancestor in element.iterancestors():
        if ns.is_w(ancestor, "r"):
            break
        holder = ancestor
    else:
        holder = element
    if any(ns.is_w(node, "drawing", "pict", "object") for node in holder.iter()):
        builder.pictures += 1
    remove_element(holder)


def _drop_identity_attributes(block) -> None:
    """Word's paragraph ids are unique in a document: the other document's would clash with the draft's."""
    for element in block.iter():
        if not ns.is_element(element):
            continue
        for attribute in [name for name in element.attrib if ns.split(name)[1] in ("paraId", "textId")]:
            del element.attrib[attribute]

