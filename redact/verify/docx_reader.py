""".docx: the package is opened as a zip and every part is looked at.

Each XML part (body, headers, footers, notes, comments, text boxes and their VML fallback copy, glossary, settings,
properties, ``customXml`` items, relationships, SVG images ...) gives the text of every paragraph with its runs
joined (a name split over runs, deleted text, field codes and line breaks included), every other element's text
and tail, every attribute value and every relationship target (also URL-decoded); ``customXml/`` parts are also
searched as raw XML (a name used as a tag). Packages embedded in the package (an embedded .xlsx or .docx) are read
the same way. Binary parts (images, OLE objects) cannot be read as text: they are listed in ``Verdict.unread``.
"""
from __future__ import annotations

import re
import urllib.parse
import zipfile
from pathlib import Path
from typing import Iterator

from lxml import etree

from ..documents.chart_dates import shown_date, written_date
from ..documents.font_names import font_names, is_font_part
from ..documents.image_metadata import is_metafile, is_picture, metadata_texts
from ..documents.typed_numbers import PHONE_SHAPED
from ..errors import InputError
from ..lazy_patterns import lazy
from ..zipsafe import MAX_FILE_SIZE, MAX_NESTING, Budget, check_central_directory, parse_xml
from .records import JOINED, Text
from .xml_parsing import MAX_CACHED_NAMES, PARSER, local_name

W_NAMESPACES = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                "http://purl.oclc.org/ooxml/wordprocessingml/main")
A_NAMESPACES = ("http://schemas.openxmlformats.org/drawingml/2006/main",
                "http://purl.oclc.org/ooxml/drawingml/main")
P_TAGS = frozenset(f"{{{ns}}}p" for ns in W_NAMESPACES + A_NAMESPACES)
MAX_PART_BYTES = 256 * 1024 * 1024
# customXml items have free-form tags (a name can be a tag); docProps parts have fixed schemas, whose tag
# names ("title", "company", "manager") would be false alarms for a listed word
RAW_XML_FOLDERS = ("customXml/",)
TEXT_PART_SUFFIXES = (".txt", ".json", ".csv", ".htm", ".html", ".md")
# Schema and namespace names that markup refers to (graphicData/@uri, Relationship/@Type, ...): the format's own
# vocabulary, never something a person typed; a listed word such as "Picture" or "Chart" would match inside them.
SCHEMA_URIS = ("http://schemas.openxmlformats.org/", "http://schemas.microsoft.com/", "http://purl.oclc.org/ooxml/",
               "http://www.w3.org/", "urn:schemas-microsoft-com:", "http://purl.org/dc/", "http://ns.adobe.com/")
VOCABULARY_PARTS = lazy(re.compile, r"^word/(styles|stylesWithEffects|fontTable|numbering|webSettings)\.xml$"
                              r"|(^|/)theme/[^/]*\.xml$")
FORMATTING_ELEMENTS = frozenset({"rPr", "pPr", "tblPr", "tcPr", "trPr", "sectPr", "tblPrEx", "tblStylePr", "numPr",
                                 "tblGrid", "spPr", "bodyPr", "lvl", "tblLook", "rPrDefault", "pPrDefault"})
FORMATTING_TAGS = tuple(f"{{*}}{name}" for name in sorted(FORMATTING_ELEMENTS))    # in any namespace, or none
STRUCTURAL_ATTRIBUTES = frozenset({"type", "fldCharType", "space", "Ignorable", "Requires", "ProcessContent",
                                   "MustUnderstand", "TargetMode", "Type", "ContentType", "Extension", "PartName",
                                   "uri", "prst", "algn", "relativeFrom", "lang", "hint", "themeColor", "color",
                                   "fill", "highlight"})
# In those vocabulary parts, the values a person typed: a list level's text ("Statement of %1"), a style's other
# names, and the name of a style made for this document (w:customStyle; a built-in style's name is Word's)
VOCABULARY_TEXT = frozenset({"lvlText", "aliases"})
# Elements whose w:val is what a person typed: a content control's title and tag, a document variable, a legacy
# form field's default text, help text, status bar text and list entries (its name: under w:ffData only)
TYPED_VALUES = frozenset({"alias", "tag", "docVar", "default", "helpText", "statusText", "listEntry"})
# A table's alt text (its title and description), typed by a person inside the table's formatting properties
TABLE_ALT_TEXT = frozenset({"tblCaption", "tblDescription"})
# Attributes that hold what a person typed (alt text, authors, tooltips): --strict looks at these, not markup.
CONTENT_ATTRIBUTES = frozenset({"descr", "title", "author", "initials", "tooltip", "alias", "string", "userId",
                                "providerId", "name", "instr", "alt"})


def _hidden_run(run) -> bool:
    for child in run:
        if local_name(child.tag) == "rPr":
            for prop in child:
                if local_name(prop.tag) == "vanish" and prop.get(f"{{{W_NAMESPACES[0]}}}val", "true") not in ("0", "false"):
                    return True
    return False


class _ParagraphReader:
    """The text of one paragraph, runs joined, nested paragraphs (text boxes) left to be read on their own."""

    TEXT = {"t": None, "delText": "deleted text", "instrText": "field code", "delInstrText": "deleted field code"}
    SPACES = frozenset({"br", "cr", "tab", "ptab"})

    def __init__(self, skip: frozenset[str] = frozenset()):
        self.skip = skip              # revision wrappers left out: one reading of a tracked-changes paragraph
        self.parts: list[str] = []
        self.length = 0
        self.marks: list[tuple[int, int, str]] = []
        self.consumed: set = set()    # elements whose text is in the paragraph text
        self.in_field = False

    def read(self, paragraph) -> tuple[str, tuple[tuple[int, int, str], ...]]:
        self._walk(paragraph, ())
        return "".join(self.parts), tuple(self.marks)

    def _add(self, text: str, labels: tuple[str, ...]) -> None:
        if labels:
            self.marks.append((self.length, self.length + len(text), ", ".join(dict.fromkeys(labels))))
        self.parts.append(text)
        self.length += len(text)

    def _separate(self) -> None:
        if self.parts and not self.parts[-1][-1:].isspace():
            self._add(" ", ())

    def _walk(self, element, labels: tuple[str, ...]) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in P_TAGS:
                continue
            name = local_name(tag)
            if name in self.skip:
                continue
            self.consumed.add(child)
            if name in self.TEXT:
                if child.text:
                    label = self.TEXT[name]
                    extra: tuple[str, ...] = (label,) if label else ()
                    parent = child.getparent()
                    if parent is not None and _hidden_run(parent):
                        extra += ("hidden text",)
                    # a field code and the text it shows are read apart (a line break between them), so that
                    # "TOC \o ... Short instructions" is judged as the heading "Short instructions", as apply does
                    in_field = name.endswith("instrText")
                    if in_field != self.in_field and self.parts:
                        self._add("\n", ())
                    self.in_field = in_field
                    self._add(child.text, labels + extra)
                continue
            if name in ("br", "cr"):
                # a line break, as apply reads it: "Kova-" <w:br/> "lenko" is a word hyphenated at a line end
                self._add("\n", ())
            elif name in self.SPACES:
                self._add(" ", ())
            elif name == "noBreakHyphen":
                self._add("-", labels)
            elif name == "softHyphen":
                self._add("\u00ad", labels)   # as apply reads it (redact.documents.docx.oxml)
            elif name == "sym":
                code = child.get(f"{{{W_NAMESPACES[0]}}}char", "")
                try:
                    character = chr(int(code, 16))
                except (ValueError, OverflowError):
                    character = ""
                if character and not 0xD800 <= ord(character) <= 0xDFFF:    # half a UTF-16 pair is no character
                    self._add(character, labels)
            ruby = name in ("rt", "rubyBase")
            if ruby:
                self._separate()     # a ruby guide and its base text are two words, as apply reads them
            inner = labels
            if name in ("del", "moveFrom"):
                inner = labels + ("deleted text" if name == "del" else "moved text (old place)",)
            self._walk(child, inner)
            if ruby:
                self._separate()


# What a working copy with tracked changes shows a reader either way round: the text as it now reads (deletions
# left out) and as it read before (insertions left out). Read joined, a change inside a word hides both:
# "1<del>4</del><ins>5</ins> May" reads "145 May", yet the struck-through digit still says the 14th.
_READINGS = (("as it reads with the tracked changes accepted", frozenset({"del", "moveFrom"})),
             ("as it read before the tracked changes", frozenset({"ins", "moveTo"})))
_REVISION_TAGS = frozenset(f"{{{uri}}}{local}" for uri in W_NAMESPACES for local in ("del", "ins", "moveFrom", "moveTo"))


def _revision_readings(location: str, paragraph, joined: str) -> Iterator[Text]:
    if not any(True for _ in paragraph.iter(*_REVISION_TAGS)):
        return
    seen = {joined}
    for label, skip in _READINGS:
        text, marks = _ParagraphReader(skip).read(paragraph)
        if text not in seen:
            seen.add(text)
            yield Text(f"{location} ({label})", text, marks=marks)


def _is_drop_cap(paragraph) -> bool:
    """A paragraph that is the big first letter of the next one (``w:framePr w:dropCap="drop"`` or "margin")."""
    for properties in paragraph:
        if isinstance(properties.tag, str) and local_name(properties.tag) == "pPr":
            for frame in properties:
                if isinstance(frame.tag, str) and local_name(frame.tag) == "framePr":
                    return any(local_name(a) == "dropCap" and v in ("drop", "margin") for a, v in frame.items())
    return False


def _paragraph_where(paragraph) -> str:
    """Where a paragraph sits, for a person looking for it: note, comment, text box (which copy), cell."""
    notes = []
    ancestor = paragraph.getparent()
    while ancestor is not None:
        name = local_name(ancestor.tag)
        if name in ("footnote", "endnote", "comment"):
            notes.append(f"{name} {ancestor.get(f'{{{W_NAMESPACES[0]}}}id', '?')}")
        elif name == "txbxContent":
            notes.append("text box")
        elif name == "Fallback":
            notes.append("fallback copy")
        elif name == "sdtContent":
            notes.append("content control")
        elif name == "tc":
            notes.append("table cell")
        ancestor = ancestor.getparent()
    notes = list(dict.fromkeys(notes))      # innermost first: "table cell, text box, fallback copy"
    return f" ({', '.join(notes)})" if notes else ""


def _xml_texts(name: str, data: bytes, parts: dict | None = None,
               custom_styles: frozenset[str] = frozenset()) -> Iterator[Text]:
    try:
        root = parse_xml(f"part {name}", data, PARSER)
    except etree.XMLSyntaxError:
        yield Text(f"{name} (not well-formed XML)", decoded(data), identifier=True)
        return
    if parts is not None:
        parts[name] = root
    owner: dict = {}
    consumed: set = set()
    drop_cap: tuple | None = None     # (the paragraph it begins, its text, its marks, where it is)
    for index, p in enumerate(root.iter(*P_TAGS)):
        reader = _ParagraphReader()
        text, marks = reader.read(p)
        consumed |= reader.consumed
        for element in reader.consumed:
            owner[element] = index
        owner[p] = index
        if drop_cap is not None:
            if drop_cap[0] is p:
                # a drop cap is the first letter of the next paragraph: "M" | "arisol was 33" reads "Marisol"
                length = len(drop_cap[1])
                text, marks = drop_cap[1] + text, drop_cap[2] + tuple((a + length, b + length, label)
                                                                      for a, b, label in marks)
            else:
                yield Text(drop_cap[3], drop_cap[1], marks=drop_cap[2])
            drop_cap = None
        following = p.getnext()
        if text.strip() and following is not None and following.tag in P_TAGS and _is_drop_cap(p):
            drop_cap = (following, text, marks, f"{name} paragraph {index}{_paragraph_where(p)}")
            continue
        yield Text(f"{name} paragraph {index}{_paragraph_where(p)}", text, marks=marks)
        yield from _revision_readings(f"{name} paragraph {index}{_paragraph_where(p)}", p, text)
    if drop_cap is not None:
        yield Text(drop_cap[3], drop_cap[1], marks=drop_cap[2])
    # Formatting properties and style/font/theme/numbering/settings parts hold the format's vocabulary
    # (w:highlight/@w:val="black", w:style/@w:type="table", w:br/@w:type="page"): their attribute values are not
    # searched, except the ones that hold what a person typed (authors, alt text, document variables).
    vocabulary = bool(VOCABULARY_PARTS.search(name.rpartition("!")[2]))
    formatting: set | None = None     # made when first asked: a vocabulary part never asks
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):          # XML comments and processing instructions
            if element.text and element.text.strip():
                yield Text(f"{name} <!-- comment -->", element.text)
            if element.tail and element.tail.strip():
                yield Text(f"{name} (text between elements)", element.tail)
            continue
        attributes = element.items()
        text, tail = element.text, element.tail
        if not attributes and not text and not tail:      # most of a part: nothing of its own to read
            continue
        local = where = ""   # worked out for an element that gives a text: most give none (rsids, w:val)
        in_formatting: bool | None = None
        for attribute, value in attributes:
            attribute_name, content, fixed = _ATTRIBUTE_KINDS.get(attribute) or _attribute_kind(attribute)
            if attribute_name == "Target":
                if not where:
                    local, where = _element_place(name, element, owner)
                # read URL-decoded ("Craig%20Pryor" is "Craig Pryor"); decoding hides nothing that was there
                external = element.get("TargetMode") == "External"
                yield Text(f"{where} <{local} {element.get('Id', '')} @Target>", urllib.parse.unquote(value),
                           identifier=True, content=external,
                           broad=external or any(folder in value for folder in ("media/", "embeddings/")))
                continue
            if (attribute_name == "styleId" or attribute_name == "val") and value in custom_styles \
                    and _names_a_style(element, attribute_name):
                # the id of a style made for the document and every reference to it, in the style sheet and inside
                # formatting: Word makes the id from the name a person gave the style ("Quintero statement" ->
                # "Quinterostatement"); a built-in style's id ("Strong", "Caption") is Word's
                if not where:
                    local, where = _element_place(name, element, owner)
                yield Text(f"{where} <{local} @{attribute_name}>", value, identifier=True, content=False)
                continue
            if fixed and not content:
                continue
            if vocabulary and attribute_name == "val" and _typed_in_vocabulary(element):
                if not where:
                    local, where = _element_place(name, element, owner)
                yield Text(f"{where} <{local} @{attribute_name}>", value, identifier=True, content=True)
                continue
            if content and not (vocabulary and attribute_name == "name"):
                if not where:
                    local, where = _element_place(name, element, owner)
                yield Text(f"{where} <{local} @{attribute_name}>", value, identifier=True, content=content)
                continue
            if attribute_name == "val" and local_name(tag) in TABLE_ALT_TEXT:
                # a table's alt text is typed, though it sits in the table's formatting properties
                if not where:
                    local, where = _element_place(name, element, owner)
                yield Text(f"{where} <{local} @{attribute_name}>", value, identifier=True, content=True)
                continue
            if vocabulary or fixed or value.startswith(SCHEMA_URIS):
                continue
            if in_formatting is None:
                if formatting is None:
                    formatting = _formatting_elements(root)
                in_formatting = element in formatting
            if not in_formatting:
                if not where:
                    local, where = _element_place(name, element, owner)
                # (a phone number typed where Word keeps markup is read by --strict too, as apply reads it)
                yield Text(f"{where} <{local} @{attribute_name}>", value, identifier=True,
                           content=_typed_value(element, attribute_name) or PHONE_SHAPED.search(value) is not None)
        if not where and (text and text.strip() and element not in consumed or tail and tail.strip()):
            local, where = _element_place(name, element, owner)
        if text and element not in consumed and local_name(tag) == "v" and (shown := shown_date(element)) is not None:
            # a chart's date kept as a serial number ("44595" under "d mmm yyyy"): read as the date it shows
            yield Text(f"{where} <{local}> (a date the chart keeps as a number)", written_date(shown))
        if text and text.strip() and element not in consumed:
            parent = element.getparent()
            label = f"<{local}>"
            if parent is not None and local_name(parent.tag) == "property":   # docProps/custom.xml
                label = f"<property {parent.getparent().index(parent) + 1}: {local}>"
            yield Text(f"{where} {label}", text, identifier=tag in SOFTWARE_PROPERTIES)
        if tail and tail.strip():
            yield Text(f"{where} (text after <{local}>)", tail)
    if (name.startswith(RAW_XML_FOLDERS) or "/customXml/" in name) and "_rels/" not in name:
        # a data item's tags are free-form (a name can be one, in CamelCase too); itemProps parts are Word's schema
        yield Text(f"{name} (raw XML)", decoded(data), identifier=True, raw_of=name,
                   broad=False if name.rpartition("/")[2].lower().startswith("itemprops") else JOINED)


# "Microsoft Macintosh Word", "16.0000": written by the software, never by the author. Apply reads them as machine
# values (listed values, contacts and ids, no model: redact.documents.docx.segmenter); so does verify, whose
# --strict model took "Macintosh" for an unlisted surname in every document python-docx or Word for Mac saved.
SOFTWARE_PROPERTIES = frozenset(f"{{{namespace}}}{local}" for local in ("Application", "AppVersion") for namespace in (
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"))


# the elements whose w:val is a style's id (w:style/@w:styleId), as apply reads them
STYLE_REFERENCES = frozenset({"pStyle", "rStyle", "tblStyle", "basedOn", "next", "link", "numStyleLink", "styleLink"})


def _custom_style_ids(archive: zipfile.ZipFile, prefix: str, infos: list) -> frozenset[str]:
    """The ids of the styles made for the document (``w:customStyle``) in its style sheets (``word/styles.xml``,
    the glossary's), read before the parts that refer to them."""
    ids: set[str] = set()
    for info in infos:
        if info.filename.rpartition("/")[2] != "styles.xml" or info.file_size > MAX_PART_BYTES \
                or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            continue
        try:
            root = parse_xml(f"part {prefix}{info.filename}", archive.read(info), PARSER)
        except (etree.XMLSyntaxError, InputError):
            continue      # refused or reported when the part itself is read
        for style in root.iter(*(f"{{{namespace}}}style" for namespace in W_NAMESPACES)):
            if any(local_name(a) == "customStyle" and v in ("1", "true", "on") for a, v in style.items()):
                ids.update(v for a, v in style.items() if local_name(a) == "styleId")
    return frozenset(ids)


def _names_a_style(element, attribute_name: str) -> bool:
    tag = element.tag
    if not tag.startswith("{") or tag[1:].partition("}")[0] not in W_NAMESPACES:
        return False
    local = local_name(tag)
    return local == "style" if attribute_name == "styleId" else local in STYLE_REFERENCES


def _typed_value(element, attribute_name: str) -> bool:
    """Whether an attribute that is not a ``CONTENT_ATTRIBUTES`` one holds what a person typed all the same, as
    apply reads it (redact.documents.docx.attributes): a content control's title, tag and list entries, a
    document variable's value, a legacy form field's settings. --strict runs the detector on these."""
    local = local_name(element.tag)
    if attribute_name == "val":
        if local in TYPED_VALUES:
            return True
        parent = element.getparent()
        return local == "name" and parent is not None and local_name(parent.tag) == "ffData"
    return local == "listItem" and attribute_name in ("displayText", "value")


def _typed_in_vocabulary(element) -> bool:
    """Whether ``element``'s w:val in a vocabulary part is text a person typed (see ``VOCABULARY_TEXT``)."""
    local = local_name(element.tag)
    if local in VOCABULARY_TEXT:
        return True
    parent = element.getparent()
    return (local == "name" and parent is not None and local_name(parent.tag) == "style"
            and parent.get(f"{{{W_NAMESPACES[0]}}}customStyle", parent.get(f"{{{W_NAMESPACES[1]}}}customStyle"))
            in ("1", "true", "on"))


def _formatting_elements(root) -> set:
    """Every element inside formatting properties (``w:rPr``, ``w:tblPr`` ...), whose attribute values are markup."""
    formatting: set = set()
    for element in root.iter(*FORMATTING_TAGS):
        formatting.update(element.iter())
    return formatting


def _element_place(part: str, element, owner: dict) -> tuple[str, str]:
    """(local name, where) of an element, for the texts it gives: the part, and the paragraph it is in."""
    paragraph = owner.get(element)
    return local_name(element.tag), part if paragraph is None else f"{part} paragraph {paragraph}"


_ATTRIBUTE_KINDS: dict[str, tuple[str, bool, bool]] = {}


def _attribute_kind(attribute: str) -> tuple[str, bool, bool]:
    """(local name, holds what a person typed, is the format's own vocabulary) of an attribute's qualified name."""
    kind = _ATTRIBUTE_KINDS.get(attribute)
    if kind is None:
        name = local_name(attribute)
        kind = (name, name in CONTENT_ATTRIBUTES, name in STRUCTURAL_ATTRIBUTES or name.startswith("rsid"))
        if len(_ATTRIBUTE_KINDS) < MAX_CACHED_NAMES:
            _ATTRIBUTE_KINDS[attribute] = kind
    return kind


def _looks_like_xml(name: str, data: bytes) -> bool:
    if name.lower().endswith((".xml", ".rels", ".vml", ".svg")):
        return True
    # any part whose content is XML, whatever its name ("word/extra.bin" declared as XML), in UTF-16 too
    return data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") or \
        (_utf16(data[:64]) is not None and decoded(data[:64]).lstrip("\ufeff \t\r\n").startswith("<"))


def _utf16(data: bytes) -> str | None:
    """The UTF-16 codec a part is written in (by its byte order mark, or else by its NUL bytes: every other byte
    of text in a Latin script), or None."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:512]
    if len(head) >= 8 and len(head) % 2 == 0:
        odd, even = head[1::2], head[0::2]
        if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
            return "utf-16-le"
        if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
            return "utf-16-be"
    return None


def decoded(data: bytes) -> str:
    """A text part's characters: UTF-8 (with or without its mark), or UTF-16 where it is written so (Word writes
    UTF-8, but nothing stops a tool from writing a custom XML item or a text part in UTF-16, and read as UTF-8 its
    names were never seen)."""
    codec = _utf16(data)
    if codec is not None:
        return data.decode(codec, "replace")
    return data.decode("utf-8-sig", "replace")


def _as_text(data: bytes) -> str | None:
    """A part that is text in disguise (UTF-8 without NUL bytes, or UTF-16) is read as text; a real binary part is
    not."""
    if _utf16(data) is not None:
        return decoded(data)
    if b"\x00" in data[:8192]:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _package_texts(archive: zipfile.ZipFile, prefix: str, depth: int, budget: Budget,
                   parts: dict | None = None) -> Iterator[Text]:
    infos = [info for info in archive.infolist() if not info.is_dir()]
    try:
        check_central_directory(infos, budget)     # nothing is inflated before the whole directory passes
    except InputError as error:
        raise InputError(f"{prefix.rstrip('!') + ': ' if prefix else ''}{error}") from None
    custom_styles = _custom_style_ids(archive, prefix, infos)
    for info in infos:
        name = prefix + info.filename
        if info.file_size > MAX_PART_BYTES:
            raise InputError(f"part {name} is too large to check")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # zipfile inflates bzip2/LZMA chunks whole, before the declared size is checked: a bomb.
            raise InputError(f"part {name} uses zip compression method {info.compress_type} (refused)")
        data = archive.read(info)
        # a part's own name leaves with the package ("customXml/Kovacs_data.xml", "notes/Maggie Doyle.txt"): apply
        # gives media and embedded files neutral names, and refuses a package whose other names hold a listed value
        yield Text(f"{name} (part name)", info.filename, identifier=True, broad=False)
        if _looks_like_xml(name, data):
            yield from _xml_texts(name, data, parts if depth == 0 else None, custom_styles)
        elif data[:4] == b"PK\x03\x04" and depth < MAX_NESTING:
            try:
                with zipfile.ZipFile(_bytes_io(data)) as inner:
                    yield from _package_texts(inner, name + "!", depth + 1, budget)
            except zipfile.BadZipFile:
                yield Text(f"{name} (binary part)", "", unread=True)
        elif (name.lower().endswith(TEXT_PART_SUFFIXES) or info.filename.startswith("docProps/")) and \
                not (is_picture(data) and _as_text(data) is None):
            # (a picture there, Word's "docProps/thumbnail.emf" of the first page, is read as the picture below:
            # decoded as text, a 7 MB metafile was one text of 7.3 million characters, minutes and gigabytes to
            # search, and its drawn strings, in UTF-16, were never found between their NUL bytes)
            yield Text(name, decoded(data), identifier=True)
        elif (text := _as_text(data)) is not None:
            yield Text(f"{name} (text)", text, identifier=True)
        elif is_font_part(name):
            # an embedded font's name table (its family, its designer): a font made from someone's handwriting
            for number, text in enumerate(font_names(data), start=1):
                yield Text(f"{name} (font name {number})", text, identifier=True)
            yield Text(f"{name} (binary part)", "", unread=True)
        else:
            # a picture's EXIF, XMP, comments or PNG text chunks: nobody sees them in Word, and they leave with it
            what = "text drawn in the picture" if is_metafile(data) else "picture metadata"
            for number, text in enumerate(metadata_texts(data), start=1):
                yield Text(f"{name} ({what} {number})", text, identifier=True)
            yield Text(f"{name} (binary part)", "", unread=True)


def _bytes_io(data: bytes):
    import io

    return io.BytesIO(data)


def docx_texts(path: Path, parts: dict | None = None) -> Iterator[Text]:
    """Every text of the package at ``path``. ``parts``: a dict that receives each well-formed XML part of the
    package itself (not of one embedded in it) as parsed, by name, in the package's order: the publication check
    of the same file reads them instead of parsing them again (``verify.publication.publication_findings``)."""
    try:
        with open(path, "rb") as handle:
            magic = handle.read(8)
        if magic.startswith(b"\xd0\xcf\x11\xe0"):
            raise InputError(f"{path}: an encrypted or legacy Word file, not a .docx (cannot be checked)")
        if path.stat().st_size > MAX_FILE_SIZE:
            raise InputError(f"{path}: file larger than {MAX_FILE_SIZE // 2**20} MB: refused")
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise InputError(f"{path}: not a readable .docx ({error.__class__.__name__})") from None
    with archive:
        try:
            yield from _package_texts(archive, "", 0, Budget(), parts)
        except InputError as error:
            raise InputError(f"{path}: {error}") from None
        except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as error:  # broken or encrypted entries
            raise InputError(f"{path}: a part cannot be read ({error.__class__.__name__})") from None
