"""Verify: re-read an output from scratch and look for anything the rules say must be gone.

Independent of the redaction path: it does not reuse the document adapters, and it needs no NER model
(``strict`` adds the detector on top). What is read, per format:

- **.docx**: the package is opened as a zip and every part is looked at. Each XML part (body, headers,
  footers, notes, comments, text boxes and their VML fallback copy, glossary, settings, properties,
  ``customXml`` items, relationships, SVG images ...) gives the text of every paragraph with its runs
  joined (a name split over runs, deleted text, field codes and line breaks included), every other
  element's text and tail, every attribute value and every relationship target (also URL-decoded);
  ``docProps/`` and ``customXml/`` parts are also searched as raw XML (a name used as a tag). Packages
  embedded in the package (an embedded .xlsx or .docx) are read the same way. Binary parts (images,
  OLE objects) cannot be read as text: they are listed in ``Verdict.unread``.
- **.pdf**: the text of every page (text drawn under a black box is still text), annotations (comments,
  form field values, link targets), the outline, named destinations, attachment names, the document
  information dictionary and the XMP metadata. A page without a text layer is listed in ``unread``.
- **.txt / .md**: the decoded text, block by block (a block is what lies between blank lines).

All text is folded first (NFKC, case, accents, zero-width characters and soft hyphens, quotes,
whitespace runs), so obfuscated leaks are found too. Dates are looked for in every written form on a
view of the text that keeps case (a lower-case "may" is a verb) but drops invisible characters and
applies NFKC (full-width digits are digits).
"""
from __future__ import annotations

import re
import unicodedata
import urllib.parse
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import ahocorasick
from lxml import etree

from . import entities
from .dates import CONTEXT_UNKNOWN
from .errors import InputError
from .name_or_word import written_with_its_marks
from .normalise import INVISIBLE, fold, fold_key
from .rules import Person, Rules
from .variants import variants
from .zipsafe import MAX_FILE_SIZE, MAX_NESTING, Budget, check_central_directory, hardened_parser, parse_xml

if TYPE_CHECKING:
    from .api import RulesLike

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
VOCABULARY_PARTS = re.compile(r"^word/(styles|stylesWithEffects|fontTable|numbering|webSettings)\.xml$"
                              r"|(^|/)theme/[^/]*\.xml$")
FORMATTING_ELEMENTS = frozenset({"rPr", "pPr", "tblPr", "tcPr", "trPr", "sectPr", "tblPrEx", "tblStylePr", "numPr",
                                 "tblGrid", "spPr", "bodyPr", "lvl", "tblLook", "rPrDefault", "pPrDefault"})
STRUCTURAL_ATTRIBUTES = frozenset({"type", "fldCharType", "space", "Ignorable", "Requires", "ProcessContent",
                                   "MustUnderstand", "TargetMode", "Type", "ContentType", "Extension", "PartName",
                                   "uri", "prst", "algn", "relativeFrom", "lang", "hint", "themeColor", "color",
                                   "fill", "highlight"})
# Attributes that hold what a person typed (alt text, authors, tooltips): --strict looks at these, not markup.
CONTENT_ATTRIBUTES = frozenset({"descr", "title", "author", "initials", "tooltip", "alias", "string", "userId",
                                "providerId", "name", "instr", "alt"})
# the same parser and limits as the redaction path (redact.zipsafe): verify is the gate, it gets the same armour
_PARSER = hardened_parser()
# Characters that join a word in an identifier (a URL, a file name, an e-mail address) but also end a name.
IDENTIFIER_BOUNDARIES = "_./@:=?&+%#-"


@dataclass(frozen=True)
class Leak:
    """One listed value, protected date or (strict) detected identifier found in the output."""

    location: str
    kind: str          # person, place, date_of_death, date_of_birth, or a detected entity type (strict)
    value: str         # never the real text: "listed as '<pseudonym>'", "protected date", "unlisted ..."
    context: str       # the surroundings with every leak in them masked
    # where a person finds it, in words ("body, under "3.2 ...", paragraph 4: ..."), masked like the context;
    # None when the output's adapter cannot place it (redact.leak_places)
    where: str | None = None

    def as_dict(self) -> dict:
        return {"location": self.location, "kind": self.kind, "value": self.value, "context": self.context,
                **({"where": self.where} if self.where is not None else {})}


@dataclass
class Verdict:
    """The result of checking one file: clean when ``leaks`` is empty."""

    path: str
    leaks: list[Leak] = field(default_factory=list)
    checked_texts: int = 0
    unread: list[str] = field(default_factory=list)   # parts or pages that hold no readable text
    # --publication: revisions, comments and hidden text left (redact.verify_publication); None when not checked
    publication: list | None = None

    @property
    def ok(self) -> bool:
        return not self.leaks and not self.publication

    def as_dict(self) -> dict:
        out = {"path": self.path, "ok": self.ok, "leak_count": len(self.leaks), "checked_texts": self.checked_texts,
               "leaks": [leak.as_dict() for leak in self.leaks], "unread": list(self.unread)}
        if self.publication is not None:
            out["publication"] = [finding.as_dict() for finding in self.publication]
        return out


@dataclass(frozen=True)
class Text:
    """One piece of text read from an output, and where it is."""

    location: str
    text: str
    identifier: bool = False          # a URL, file name or attribute value: _ . / @ ... also end a word
    number_lines: bool = False        # report "line N" inside the text (pages, text files)
    first_line: int = 1               # the number of the text's first line
    marks: tuple[tuple[int, int, str], ...] = ()  # spans with a qualifier ("deleted text", "field code")
    raw_of: str | None = None         # raw XML of this part: reported only for what the parsed reading missed
    unread: bool = False              # nothing could be read here (binary part, page without text)
    content: bool = True              # something a person wrote (not markup): what --strict runs the detector on
    # also read in CamelCase and joined forms; not for Word's own part names and markup ("fontTable.xml",
    # "datastoreItem"), where a listed "Table" or "Item" would be a false alarm in every file
    broad: bool | str = True
    # JOINED: only both words of a listed name written with nothing between them ("<JoannePryor>" as a tag):
    # the tags of a data part are a schema's CamelCase vocabulary ("BankDetails"), not a place for one word


# --------------------------------------------------------------------------- .docx

def _local(tag) -> str:
    """'{namespace}name' -> 'name' (also for attribute names); '' for comments and processing instructions."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _hidden_run(run) -> bool:
    for child in run:
        if _local(child.tag) == "rPr":
            for prop in child:
                if _local(prop.tag) == "vanish" and prop.get(f"{{{W_NAMESPACES[0]}}}val", "true") not in ("0", "false"):
                    return True
    return False


class _ParagraphReader:
    """The text of one paragraph, runs joined, nested paragraphs (text boxes) left to be read on their own."""

    TEXT = {"t": None, "delText": "deleted text", "instrText": "field code", "delInstrText": "deleted field code"}
    SPACES = frozenset({"br", "cr", "tab", "ptab"})

    def __init__(self):
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

    def _walk(self, element, labels: tuple[str, ...]) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in P_TAGS:
                continue
            self.consumed.add(child)
            name = _local(tag)
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
            if name in self.SPACES:
                self._add(" ", ())
            elif name == "noBreakHyphen":
                self._add("-", labels)
            elif name == "sym":
                code = child.get(f"{{{W_NAMESPACES[0]}}}char", "")
                try:
                    self._add(chr(int(code, 16)), labels)
                except ValueError:
                    pass
            inner = labels
            if name in ("del", "moveFrom"):
                inner = labels + ("deleted text" if name == "del" else "moved text (old place)",)
            self._walk(child, inner)


def _paragraph_where(paragraph) -> str:
    """Where a paragraph sits, for a person looking for it: note, comment, text box (which copy), cell."""
    notes = []
    ancestor = paragraph.getparent()
    while ancestor is not None:
        name = _local(ancestor.tag)
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


def _xml_texts(name: str, data: bytes) -> Iterator[Text]:
    try:
        root = parse_xml(f"part {name}", data, _PARSER)
    except etree.XMLSyntaxError:
        yield Text(f"{name} (not well-formed XML)", data.decode("utf-8", "replace"), identifier=True)
        return
    owner: dict = {}
    consumed: set = set()
    for index, p in enumerate(e for e in root.iter() if e.tag in P_TAGS):
        reader = _ParagraphReader()
        text, marks = reader.read(p)
        consumed |= reader.consumed
        for element in reader.consumed:
            owner[element] = index
        owner[p] = index
        yield Text(f"{name} paragraph {index}{_paragraph_where(p)}", text, marks=marks)
    # Formatting properties and style/font/theme/numbering/settings parts hold the format's vocabulary
    # (w:highlight/@w:val="black", w:style/@w:type="table", w:br/@w:type="page"): their attribute values are not
    # searched, except the ones that hold what a person typed (authors, alt text, document variables).
    vocabulary = bool(VOCABULARY_PARTS.search(name.rpartition("!")[2]))
    formatting: set = set()
    for element in root.iter():
        if _local(element.tag) in FORMATTING_ELEMENTS:
            formatting.update(element.iter())
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):          # XML comments and processing instructions
            if element.text and element.text.strip():
                yield Text(f"{name} <!-- comment -->", element.text)
            if element.tail and element.tail.strip():
                yield Text(f"{name} (text between elements)", element.tail)
            continue
        local = _local(tag)
        where = f"{name} paragraph {owner[element]}" if element in owner else name
        for attribute, value in element.attrib.items():
            attribute_name = _local(attribute)
            if attribute_name == "Target":
                # read URL-decoded ("Craig%20Pryor" is "Craig Pryor"); decoding hides nothing that was there
                external = element.get("TargetMode") == "External"
                yield Text(f"{where} <{local} {element.get('Id', '')} @Target>", urllib.parse.unquote(value),
                           identifier=True, content=external,
                           broad=external or any(folder in value for folder in ("media/", "embeddings/")))
            elif attribute_name in CONTENT_ATTRIBUTES and not (vocabulary and attribute_name == "name") or not (
                    vocabulary or value.startswith(SCHEMA_URIS) or attribute_name in STRUCTURAL_ATTRIBUTES
                    or attribute_name.startswith("rsid") or element in formatting):
                yield Text(f"{where} <{local} @{attribute_name}>", value, identifier=True,
                           content=attribute_name in CONTENT_ATTRIBUTES)
        if element not in consumed and element.text and element.text.strip():
            parent = element.getparent()
            label = f"<{local}>"
            if parent is not None and _local(parent.tag) == "property":   # docProps/custom.xml
                label = f"<property {parent.getparent().index(parent) + 1}: {local}>"
            yield Text(f"{where} {label}", element.text)
        if element.tail and element.tail.strip():
            yield Text(f"{where} (text after <{local}>)", element.tail)
    if (name.startswith(RAW_XML_FOLDERS) or "/customXml/" in name) and "_rels/" not in name:
        # a data item's tags are free-form (a name can be one, in CamelCase too); itemProps parts are Word's schema
        yield Text(f"{name} (raw XML)", data.decode("utf-8", "replace"), identifier=True, raw_of=name,
                   broad=False if name.rpartition("/")[2].lower().startswith("itemprops") else JOINED)


def _looks_like_xml(name: str, data: bytes) -> bool:
    if name.lower().endswith((".xml", ".rels", ".vml", ".svg")):
        return True
    # any part whose content is XML, whatever its name ("word/extra.bin" declared as XML)
    return data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def _as_text(data: bytes) -> str | None:
    """A part that is text in disguise (UTF-8, no NUL bytes) is read as text; a real binary part is not."""
    if b"\x00" in data[:8192]:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _package_texts(archive: zipfile.ZipFile, prefix: str, depth: int, budget: Budget) -> Iterator[Text]:
    infos = [info for info in archive.infolist() if not info.is_dir()]
    try:
        check_central_directory(infos, budget)     # nothing is inflated before the whole directory passes
    except InputError as error:
        raise InputError(f"{prefix.rstrip('!') + ': ' if prefix else ''}{error}") from None
    for info in infos:
        name = prefix + info.filename
        if info.file_size > MAX_PART_BYTES:
            raise InputError(f"part {name} is too large to check")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # zipfile inflates bzip2/LZMA chunks whole, before the declared size is checked: a bomb.
            raise InputError(f"part {name} uses zip compression method {info.compress_type} (refused)")
        data = archive.read(info)
        if _looks_like_xml(name, data):
            yield from _xml_texts(name, data)
        elif data[:4] == b"PK\x03\x04" and depth < MAX_NESTING:
            try:
                with zipfile.ZipFile(_bytes_io(data)) as inner:
                    yield from _package_texts(inner, name + "!", depth + 1, budget)
            except zipfile.BadZipFile:
                yield Text(f"{name} (binary part)", "", unread=True)
        elif name.lower().endswith(TEXT_PART_SUFFIXES) or info.filename.startswith("docProps/"):
            yield Text(name, data.decode("utf-8", "replace"), identifier=True)
        elif (text := _as_text(data)) is not None:
            yield Text(f"{name} (text)", text, identifier=True)
        else:
            yield Text(f"{name} (binary part)", "", unread=True)


def _bytes_io(data: bytes):
    import io

    return io.BytesIO(data)


def docx_texts(path: Path) -> Iterator[Text]:
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
            yield from _package_texts(archive, "", 0, Budget())
        except InputError as error:
            raise InputError(f"{path}: {error}") from None
        except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as error:  # broken or encrypted entries
            raise InputError(f"{path}: a part cannot be read ({error.__class__.__name__})") from None


# --------------------------------------------------------------------------- .pdf

def _pdf_string(value) -> str:
    try:
        return str(value.get_object() if hasattr(value, "get_object") else value)
    except Exception:  # a broken object is no text, not a crash
        return ""


def _outline_titles(items, trail: str = "") -> Iterator[Text]:
    for number, item in enumerate(items, 1):
        if isinstance(item, list):
            yield from _outline_titles(item, trail + f"{number - 1}.")
            continue
        title = getattr(item, "title", None) or _pdf_string(item.get("/Title", ""))
        yield Text(f"outline entry {trail}{number}", str(title))


def _xmp_texts(reader) -> Iterator[Text]:
    try:
        metadata = reader.trailer["/Root"].get_object().get("/Metadata")
        if metadata is None:
            return
        data = metadata.get_object().get_data()
    except Exception:
        yield Text("XMP metadata (unreadable)", "", unread=True)
        return
    try:
        root = parse_xml("XMP metadata", data, _PARSER)
    except etree.XMLSyntaxError:
        yield Text("XMP metadata (not well-formed)", data.decode("utf-8", "replace"), identifier=True)
        return
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        local = _local(element.tag)
        for attribute, value in element.attrib.items():
            yield Text(f"XMP metadata <{local} @{_local(attribute)}>", value, identifier=True)
        for text in (element.text, element.tail):
            if text and text.strip():
                owner = element if text is element.text else element.getparent()
                # <dc:creator><rdf:Seq><rdf:li>Name</rdf:li>: name the property, not the list item
                names = [_local(a.tag) for a in [owner, *owner.iterancestors()]
                         if isinstance(a.tag, str) and _local(a.tag) not in ("li", "Seq", "Bag", "Alt")]
                yield Text(f"XMP metadata <{names[0] if names else local}>", text)


def _bullets_as_bullets(text: str) -> str:
    """List bullets drawn from a symbol font come out as private-use characters: make them bullets again, so
    that "• Will agencies..." starts a sentence as it does in the .docx (same length: offsets are kept)."""
    return "".join("•" if unicodedata.category(c) == "Co" else c for c in text)


def pdf_texts(path: Path) -> Iterator[Text]:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise InputError("checking a PDF needs pypdf: pip install pypdf") from None
    try:
        reader = PdfReader(str(path))
    except (PdfReadError, OSError, ValueError) as error:
        raise InputError(f"{path}: not a readable PDF ({error.__class__.__name__})") from None
    if reader.is_encrypted:
        # An empty user password (print/copy restrictions only) opens it; anything else cannot be checked.
        try:
            opened = bool(reader.decrypt(""))
        except Exception:
            opened = False
        if not opened:
            raise InputError(f"{path}: encrypted PDF (cannot be checked)")
    try:
        for number, page in enumerate(reader.pages, 1):
            try:
                text = page.extract_text() or ""
            except Exception as error:  # pypdf raises many kinds on broken content streams
                raise InputError(f"{path}: page {number}: text cannot be extracted "
                                 f"({error.__class__.__name__})") from None
            if text.strip():
                yield Text(f"page {number}", _bullets_as_bullets(text), number_lines=True)
            else:
                yield Text(f"page {number} (no text layer: an image?)", "", unread=True)
            for index, annotation in enumerate(page.get("/Annots") or [], 1):
                obj = annotation.get_object()
                for key in ("/Contents", "/T", "/TU", "/TM", "/V", "/RC", "/Subj", "/NM"):
                    if key in obj:
                        yield Text(f"page {number} annotation {index} {key}", _pdf_string(obj[key]), identifier=key == "/NM")
                action = obj.get("/A")
                if action is not None:
                    action = action.get_object()
                    for key in ("/URI", "/F", "/D"):
                        if key in action:
                            yield Text(f"page {number} annotation {index} link {key}",
                                       urllib.parse.unquote(_pdf_string(action[key])), identifier=True)
        try:
            outline = reader.outline
        except Exception:
            outline = []
        yield from _outline_titles(outline)
        try:
            destinations = list(reader.named_destinations)
        except Exception:
            destinations = []
        for index, name in enumerate(destinations, 1):
            yield Text(f"named destination {index}", str(name), identifier=True)
        try:
            attachments = list(reader.attachments)
        except Exception:
            attachments = []
        for index, name in enumerate(attachments, 1):
            yield Text(f"attachment {index} (file name)", str(name), identifier=True)
        for key, value in (reader.metadata or {}).items():
            yield Text(f"document info {key}", _pdf_string(value))
        yield from _xmp_texts(reader)
    except PdfReadError as error:
        raise InputError(f"{path}: not a readable PDF ({error})") from None
    except InputError as error:
        if str(error).startswith(str(path)):
            raise
        raise InputError(f"{path}: {error}") from None


# --------------------------------------------------------------------------- .txt / .md

_BLOCK = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")


def text_file_texts(path: Path) -> Iterator[Text]:
    from .documents.text import _decode

    try:
        data = path.read_bytes()
    except (IsADirectoryError, PermissionError) as error:
        raise InputError(f"{path}: cannot read ({error.__class__.__name__})") from None
    text, _ = _decode(data, path)
    line, counted = 1, 0
    for number, match in enumerate(_BLOCK.finditer(text), 1):
        line += text.count("\n", counted, match.start())   # counted on from the last block: linear in the file
        counted = match.start()
        yield Text(f"block {number}", match.group(), number_lines=True, first_line=line)


def texts_of(path: Path) -> Iterator[Text]:
    suffix = path.suffix.lower()
    if not path.exists():
        raise InputError(f"{path}: file not found")
    if path.is_dir():
        raise InputError(f"{path}: a folder, not a file")
    from .documents import refuse_empty

    refuse_empty(path)
    if suffix == ".docx":
        return docx_texts(path)
    if suffix == ".pdf":
        return pdf_texts(path)
    if suffix in (".txt", ".md", ".markdown", ".text"):
        return text_file_texts(path)
    raise InputError(f"{path}: cannot verify '{suffix}' files (.docx, .pdf, .txt, .md)")


# --------------------------------------------------------------------------- looking for leaks

_MASK = "[" + "█" * 6 + "]"
# Tokens that are contacts or postcodes are never printed, whatever they hold: a postcode beside a masked address
# or an e-mail's local part tells a reader who it is.
_ALWAYS_MASKED = re.compile(r"@|://|^www\.|^[A-Z]{1,2}\d[A-Z\d]?$|^\d[A-Z]{2}$|\d{5,}", re.IGNORECASE)


_OPENING = "([{\"'“‘«<"
_CLOSING = ".,;:!?)]}\"'”’»>"


def _token_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-delimited token(s) around [start, end): the whole e-mail, URL, file name, bracketed word."""
    original = (start, end)
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    # punctuation around the token is no part of any value: "([██████])." still reads as a sentence
    while start < end and text[start] in _OPENING and start < original[0]:
        start += 1
    while end > start and text[end - 1] in _CLOSING and end > original[1]:
        end -= 1
    return start, end


def _mask(text: str, start: int, end: int, spans: Iterable[tuple[int, int]] = (), width: int = 40,
          secret: re.Pattern | None = None) -> str:
    """The text around [start, end), every whole token that holds a leak masked.

    What is printed ends up in CI logs: a token is masked whole when it holds a leak (the rest of an e-mail
    address, a word in brackets, the other half of "JoannePryor"), when it looks like a contact or a postcode,
    or when it holds a piece of a listed value (``secret``); digits are printed as "#", so no protected date
    can be read in any written form.
    """
    left, right = max(0, start - width), min(len(text), end + width)
    # a token cut by the window's edge could be the tail of a name: the window holds whole tokens only
    if left > 0:
        while left < start and not text[left - 1].isspace():
            left += 1
    if right < len(text):
        while right > end and not text[right].isspace():
            right -= 1
    masked: list[tuple[int, int]] = []
    for s, e in sorted(set(spans) | {(start, end)}):
        if e <= left or s >= right:
            continue
        masked.append(_token_bounds(text, max(s, left), min(e, right)))
    for token in re.finditer(r"\S+", text[left:right]):
        word = token.group()
        if _ALWAYS_MASKED.search(word.strip(".,;:!?()[]{}'\"")) or secret is not None and secret.search(_folded(word)):
            masked.append(_token_bounds(text, left + token.start() + 1, left + token.end() - 1)
                          if token.end() - token.start() > 2 else (left + token.start(), left + token.end()))
    merged: list[list[int]] = []
    for s, e in sorted((max(s, left), min(e, right)) for s, e in masked):
        if merged and s <= merged[-1][1] or merged and not text[merged[-1][1]:s].strip():
            merged[-1][1] = max(merged[-1][1], e)      # masked tokens with only spaces between: one mask
        else:
            merged.append([s, e])
    pieces, position = [], left
    for s, e in merged:
        pieces += [text[position:s], _MASK]
        position = e
    pieces.append(text[position:right])
    context = "".join(c for c in "".join(pieces) if c not in INVISIBLE)
    context = re.sub(r"\d", "#", re.sub(r"\s+", " ", context)).strip()
    return ("…" if left > 0 else "") + context + ("…" if right < len(text) else "")


@lru_cache(maxsize=65536)
def _folded(word: str) -> str:
    return fold(word).text


def secret_pattern(rules: Rules) -> re.Pattern | None:
    """Pieces of the listed real values that must never be printed (folded): every 4-letter piece of a word,
    a 3-letter word whole. A context token holding one is masked, even where verify found no leak in it."""
    chunks: set[str] = set()
    for entity in rules.listed():
        for value in [entity.name, *entity.aliases]:
            for word in re.findall(r"[^\W_]+", fold(value).text):
                if len(word) == 3:
                    chunks.add(word)
                chunks.update(word[i:i + 4] for i in range(len(word) - 3))
    if not chunks:
        return None
    return re.compile("|".join(re.escape(c) for c in sorted(chunks, key=len, reverse=True)))


def _date_view(text: str) -> tuple[str, list[int]]:
    """The text as a date finder should see it: NFKC, invisible characters gone, case kept; with origins."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if char in INVISIBLE:
            continue
        piece = " " if char.isspace() else unicodedata.normalize("NFKC", char)
        for c in piece:
            chars.append(c)
            origin.append(index)
    return "".join(chars), origin


def _plural_ok(payload) -> bool:
    return payload[0] == "person" and "surname" in payload[2].form


def _family_plural_ok(payload) -> bool:
    """'the Lês': after "the", a first word in the plural is a family name written first."""
    return payload[0] == "person" and payload[2].form in ("first", "first-or-surname")


JOINED = "joined"


# Characters that join the words of an identifier ("joanne_pryor", "j.pryor@", "/JoannePryor/"): read as spaces.
_JOINERS = frozenset("_./@:=?&+%#~\\|")
_JOINED_WORDS = re.compile(r"[^\W\d_][_./@:=?&+%#~\\|]+[^\W_]|[^\W_][_./@:=?&+%#~\\|]+[^\W\d_]"
                           r"|[^\W\d_]\d|\d[^\W\d_]|[^\W_]_")
_TWO_LETTERS = re.compile(r"(?=([^\W\d_]{2}))")


def _needs_split(text: str) -> bool:
    """Words joined by a joiner, to digits, or in CamelCase ("ÓDálaigh" too: letters beyond ASCII count)."""
    if _JOINED_WORDS.search(text):
        return True
    return any(pair[0].islower() and pair[1].isupper() or pair[0].isupper() and pair[1].isupper()
               for pair in _TWO_LETTERS.findall(text))
# letters written one by one ("J o a n n e", "J.O.A.N.N.E", "J. P.") and a word hyphenated at a line end
_SPACED_LETTERS = re.compile(r"(?<![^\W_])[^\W\d_](?:(?:\.\s?|\s)[^\W\d_]){1,}(?![^\W_])\.?")
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011]\s+(?=[^\W\d_])")


# "Jo. Pryor", "Smith, Jo": punctuation and a space between two words end a phrase; the broad views read the
# punctuation as a joiner, which is right only inside an identifier ("jo.pryor@")
_CLAUSE_BREAK = re.compile(r"[.,;:!?]\s")


# "McDonald", "MacKenzie", "FitzGerald": the capital after these prefixes is inside one surname, not a second word
_SURNAME_PREFIX = re.compile(r"(?<![A-Z])(?:Mc|Mac|Fitz)$")


def _surname_prefix_before(text: str, index: int) -> bool:
    return bool(_SURNAME_PREFIX.search(text, max(0, index - 5), index))


def _split_view(text: str) -> tuple[str, list[int]]:
    """The text with identifier joiners as spaces and a space inside CamelCase and between letters and digits."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        previous = text[index - 1] if index else ""
        following = text[index + 1] if index + 1 < len(text) else ""
        boundary = previous and (
            previous.islower() and char.isupper() and not _surname_prefix_before(text, index)
            or previous.isupper() and char.isupper() and following.islower()
            or previous.isalpha() and char.isdigit() or previous.isdigit() and char.isalpha())
        if boundary:
            chars.append(" ")
            origin.append(index)
        chars.append(" " if char in _JOINERS else char)
        origin.append(index)
    return "".join(chars), origin


def _joined_view(text: str) -> tuple[str, list[int]]:
    """The text with letters written one by one joined ("J o a n n e" -> "Joanne") and line-end hyphens gone."""
    drop: set[int] = set()
    for match in _SPACED_LETTERS.finditer(text):
        drop.update(match.start() + i for i, c in enumerate(match.group()) if not c.isalpha())
    for match in _LINE_END_HYPHEN.finditer(text):
        drop.update(range(match.start(), match.end()))
    origin = [i for i in range(len(text)) if i not in drop]
    return "".join(text[i] for i in origin), origin


def _broad_views(text: str) -> Iterator[tuple[str, list[int]]]:
    if _needs_split(text):
        yield _split_view(text)
    if _SPACED_LETTERS.search(text) or _LINE_END_HYPHEN.search(text):
        joined, origin = _joined_view(text)
        yield joined, origin
        if _needs_split(joined):     # "NíBh-\nriain": joined first, then read in CamelCase
            split, split_origin = _split_view(joined)
            yield split, [origin[i] for i in split_origin]


def _word_starts(text: str, index: int) -> bool:
    """A word starts at ``index``: after a non-letter, or at a CamelCase step ("joanne" in "MyJoanne")."""
    if index <= 0 or not text[index - 1].isalnum():
        return True
    before, here = text[index - 1], text[index]
    return before.islower() and here.isupper() and not _surname_prefix_before(text, index) or \
        before.isdigit() != here.isdigit()


def _word_ends(text: str, index: int) -> bool:
    if index >= len(text) or not text[index].isalnum():
        return True
    before, here = text[index - 1], text[index]
    return before.islower() and here.isupper() or before.isdigit() != here.isdigit() or \
        before.isupper() and here.isupper() and index + 1 < len(text) and text[index + 1].islower()


# Cheap test for text that may hold a date at all; "the fourteenth of May" has no digit.
_DATE_HINT = re.compile(r"\d|christmas|new\s+year|boxing|first|second|third|(?:four|fif|six|seven|eigh|nin|ten|"
                        r"eleven|twelf|teen|tie)th", re.IGNORECASE)


class LeakFinder:
    """Looks for every form of every listed value and the protected dates in any text."""

    def __init__(self, rules: Rules):
        from .detect.phrases import PhraseAutomaton

        self.rules = rules
        listed = rules.listed()
        self.names: PhraseAutomaton[tuple] = PhraseAutomaton()
        single_words: set[str] = set()
        ordered = sorted(variants(rules), key=lambda v: (v.priority, v.entity))   # computed once: a tenth of start-up
        for variant in ordered:
            entity = listed[variant.entity]
            # the leak names the pseudonym, not the real name: verify output ends up in CI logs
            self.names.add(variant.text, ("person" if isinstance(entity, Person) else "place",
                                          f"listed as '{entity.pseudonym}'", variant))
            if variant.single_word:
                single_words.add(variant.key)
        # multi-word forms with nothing between the words ("JOANNEPRYOR"): matched on letters and digits only
        self.joined = ahocorasick.Automaton()
        for variant in ordered:
            letters = "".join(c for c in variant.key if c.isalnum())
            if not variant.single_word and len(letters) >= 6 and letters not in self.joined:
                entity = listed[variant.entity]
                self.joined.add_word(letters, (len(letters), ("person" if isinstance(entity, Person) else "place",
                                                              f"listed as '{entity.pseudonym}'", variant)))
        if len(self.joined):
            self.joined.make_automaton()
        self.pseudonyms = {f"listed as '{entity.pseudonym}'": entity.pseudonym for entity in listed}
        self.secret = secret_pattern(rules)
        # A listed name that is also an ordinary word is judged by the same code as detection (``name_or_word``),
        # leaning to the name: what the sentence does not clearly use as the word is reported. Without the draft,
        # every frequent dictionary word may be one (detection also needs the draft to write it in lower case).
        from .name_or_word import NameOrWord, ambiguous_words
        from .variants import surnames_and_first_names

        self.ambiguous = ambiguous_words(single_words, rules.detection.common_word_names)
        # verify never loads spaCy (seconds, and a pre-commit install without it): untagged, it reports more
        self._judge = NameOrWord(surnames_and_first_names(rules), model=rules.detection.model, tagger=False)
        self._dates = [(date, kind) for date, kind in ((rules.dates.date_of_death, entities.DATE_OF_DEATH.lower()),
                                                       (rules.dates.date_of_birth, entities.DATE_OF_BIRTH.lower()))
                       if date is not None]
        self._cache: dict[tuple[str, bool, bool | str, object], list[tuple[int, int, str, str]]] = {}

    def _used_as_name(self, text: str, start: int, end: int) -> bool:
        """Reported unless the words around clearly use the ordinary word (never spaCy's tagger: see ``__init__``)."""
        return self._judge.judge(text, start, end).reported_by_verify

    def forget_texts(self) -> None:
        """Drop the searches of the texts seen so far: a finder that serves document after document (a batch
        worker's) keeps only the current document's."""
        self._cache.clear()

    def spans(self, text: str, identifier: bool = False, broad: bool | str = True,
              month_context=CONTEXT_UNKNOWN) -> list[tuple[int, int, str, str]]:
        """(start, end, kind, value) of every leak in ``text``; the same text is searched once. ``month_context``:
        the month its part named before it (``month_contexts``), which "the 14th" falls in."""
        key = (text, identifier, broad, month_context)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._search(text, identifier, broad, month_context)
        return cached

    def _search(self, text: str, identifier: bool, broad: bool | str = True,
                month_context=CONTEXT_UNKNOWN) -> list[tuple[int, int, str, str]]:
        if not text or not text.strip():
            return []
        from .dates import protected_date_candidates

        found: list[tuple[int, int, str, str]] = []
        folded = fold(text)
        matches = self.names.find_folded(folded, extra_boundaries=IDENTIFIER_BOUNDARIES if identifier else "",
                                         plural_ok=_plural_ok,
                                         plural_after_the_ok=_family_plural_ok)
        judged: list[tuple[int, int]] = []
        for match in matches:
            kind, value, variant = match.payload
            judged.append((match.start, match.end))
            if variant.single_word and not written_with_its_marks(variant.text, text[match.start:match.end]):
                continue  # "The" is no "Thế"
            if variant.single_word and variant.key in self.ambiguous and not identifier:
                if not self._used_as_name(text, match.start, match.end):
                    continue
            # Word's own part names ("word/document.xml", "customXml/item1.xml"): an ordinary word in lower case
            # there is the format's vocabulary, never a listed "Word" or "Item"
            if variant.single_word and variant.key in self.ambiguous and identifier and broad is not True \
                    and not text[match.start:match.end][:1].isupper():
                continue
            found.append((match.start, match.end, kind, value))
        wider = self._broad_spans(text, folded, judged, views=broad is True) if broad else []
        if wider:   # "joanne_pryor": the whole name, not "joanne" and "pryor" read on each side of the "_"
            found = [f for f in found if not any(s <= f[0] and f[1] <= e and (s, e) != f[:2] for s, e, _, _ in wider)]
            found += wider
        if self._dates and _DATE_HINT.search(text):
            view, origin = _date_view(text)
            for date, kind in self._dates:
                # the broad net: every reading that could be the date, not only the ones apply is sure of
                for start, end in protected_date_candidates(view, date, month_context):
                    found.append((origin[start], origin[end - 1] + 1, kind, "protected date"))
        return sorted(found)

    def _broad_spans(self, text: str, folded, judged: list[tuple[int, int]],
                     views: bool = True) -> list[tuple[int, int, str, str]]:
        """What the precise reading above cannot see: names inside CamelCase, file names and addresses
        ("JoannePryor", "joanne_pryor.docx", "JOANNEPRYOR"), written letter by letter or in dotted letters
        ("J o a n n e", "J.P." when "JP" is listed) and split by a hyphen at a line end ("Pry-\nor").
        Deliberately broad: a few false alarms, which apply then replaces, rather than a miss."""
        found: list[tuple[int, int, str, str]] = []
        for view, origin in _broad_views(text) if views else ():
            for match in self.names.find_folded(fold(view), extra_boundaries=IDENTIFIER_BOUNDARIES,
                                                plural_ok=_plural_ok,
                                                plural_after_the_ok=_family_plural_ok):
                start, end = origin[match.start], origin[match.end - 1] + 1
                if self._covered(start, end, judged, found) or _CLAUSE_BREAK.search(text, start, end):
                    continue
                kind, value, variant = match.payload
                if variant.single_word and not written_with_its_marks(variant.text, text[start:end]):
                    continue
                # an ordinary word ("will", "grace") is a name here only when written with a capital
                if variant.single_word and variant.key in self.ambiguous and not text[start:end][:1].isupper():
                    continue
                found.append((start, end, kind, value))
        if len(self.joined):
            squeezed = [(c, i) for i, c in enumerate(folded.text) if c.isalnum()]
            letters = "".join(c for c, _ in squeezed)
            for end_index, (length, payload) in self.joined.iter(letters):
                first, last = end_index - length + 1, end_index
                start = folded.origin[squeezed[first][1]]
                end = folded.origin[squeezed[last][1]] + 1
                # only words written with nothing between them: "Jo. Pryor" across a sentence end is two finds
                if not (_word_starts(text, start) and _word_ends(text, end)) or \
                        any(c.isspace() or c in ".,;:!?" for c in text[start:end]):
                    continue
                if self._covered(start, end, judged, found):
                    continue
                kind, value, _ = payload
                found.append((start, end, kind, value))
        return found

    @staticmethod
    def _covered(start: int, end: int, judged, found) -> bool:
        """Already looked at by the precise reading (found, or judged an ordinary word), or already found."""
        return any(s <= start and end <= e for s, e in judged) or \
            any(s <= start and end <= e for s, e, _, _ in found)

    def masked_location(self, location: str) -> str:
        """A part or file name can hold a name ("word/media/JoannePryor.png"): that piece of it is masked."""
        pieces = re.split(r"([\s/!<>]+)", location)
        return "".join(_MASK if index % 2 == 0 and len(piece) > 1 and not piece.isdigit() and self.spans(piece, True)
                       else piece for index, piece in enumerate(pieces))

    def leaks_in(self, location: str, text: str, *, identifier: bool = False, broad: bool | str = True,
                 number_lines: bool = False,
                 first_line: int = 1, marks: Iterable[tuple[int, int, str]] = (),
                 month_context=CONTEXT_UNKNOWN) -> list[Leak]:
        spans = self.spans(text, identifier, broad, month_context)
        every = [(s, e) for s, e, _, _ in spans]
        leaks = []
        for start, end, kind, value in spans:
            where = location
            if number_lines:
                where += f", line {first_line + text.count(chr(10), 0, start)}"
            where = self.masked_location(where)
            labels = [label for s, e, label in marks if s < end and start < e]
            if labels:
                where += f" [{'; '.join(dict.fromkeys(labels))}]"
            leaks.append(Leak(where, kind, value, _mask(text, start, end, every, secret=self.secret)))
        return leaks


def leak_advice(leak: Leak) -> str:
    """What an author can do about a leak that apply could not replace (never quoting the real value)."""
    where = leak.location
    if leak.kind == REVIEW_REPORT:
        return "this is a dhr-redact review report (it shows the original names beside every change): keep it " \
               "with the audit log, never publish it or send it with the redacted copy"
    if leak.kind == REVIEW_COPY:
        return "this is a dhr-redact review copy (its tracked changes hold the original names): publish the " \
               "redacted copy apply wrote, never the review copy or a file made from it"
    if leak.kind not in ("person", "place") and not leak.kind.startswith("date_of"):
        return "replace or remove it by hand"
    if "!" in where:
        return "it is inside an embedded object (a workbook, a document): remove it (apply with remove_images=True) " \
               "or edit the object itself"
    if where.startswith("customXml/") or "/customXml/" in where:
        return "it is in the document's stored data (customXml, which Word uses to fill content controls): " \
               "remove the data part or the content controls bound to it, then run apply again"
    if "@Target>" in where:
        return "it is in a link or a file's address: edit or remove the link in Word"
    if any(mark in where for mark in ("(raw XML)", "(not well-formed XML)", "(binary part)", "(text)",
                                      "<!-- comment -->", "(text between elements)")) or " " not in where:
        return "this part cannot be edited: remove it (in Word, or apply with remove_images=True for objects)"
    if " @" in where:
        return "it is in a hidden attribute (alt text, author, bookmark or field name): edit or remove it in Word"
    if where.startswith("docProps/") or "<property" in where:
        return "it is in a document property: clear it in Word (File > Info > Properties)"
    if leak.kind.startswith("date_of"):
        return "this is a form of the protected date apply does not read: rewrite or remove it in the draft"
    return f"add the form written here to the aliases of the {leak.kind} {leak.value} in the rules"


def month_contexts(texts: list[Text]) -> list:
    """For each text, the month its part named last before it ("the 14th" under a row "September 2021"): the
    reading of one text alone cannot see it. An attribute, a name or a part's raw XML is read alone."""
    from .dates import month_context_by_part

    flowing = [(i, t) for i, t in enumerate(texts) if not (t.identifier or t.unread or t.raw_of is not None)]
    out: list = [CONTEXT_UNKNOWN] * len(texts)
    for (i, _), context in zip(flowing, month_context_by_part([(t.location.split(" ", 1)[0], t.text)
                                                                for _, t in flowing])):
        out[i] = context
    for i, t in enumerate(texts):
        if t.raw_of is not None:
            out[i] = None   # the whole part at once: a month it names is in the text itself
    return out


# ---------------------------------------------------------------------- review copies
#: what ``apply --review-copy`` writes on the first page of a review copy and in its document property
REVIEW_COPY_BANNER = "REVIEW COPY \u2013 CONTAINS ORIGINAL NAMES \u2013 NOT FOR PUBLICATION"
REVIEW_COPY_PROPERTY = "dhr-redact review copy"
REVIEW_COPY = "review_copy"
# folded text (lower case, dashes unified); any spacing or punctuation between the words, as a PDF may lay them out
_REVIEW_COPY_MARK = re.compile(r"review\W*copy\W*contains\W*original\W*names|dhr\W*redact\W*review\W*copy")


def review_copy_leaks(texts: Iterable[Text]) -> list[Leak]:
    """A review copy holds the original names by design: a file that says it is one (its banner, its document
    property, a PDF printed from it) fails, whatever else it holds or no longer holds. One finding per part."""
    leaks: dict[str, Leak] = {}
    for item in texts:
        part = item.location.split(" ", 1)[0]
        if item.unread or part in leaks or "cop" not in item.text.casefold():   # folding every text costs time
            continue
        if not _REVIEW_COPY_MARK.search(fold(item.text).text):
            continue
        leaks[part] = Leak(item.location, REVIEW_COPY, "a dhr-redact review copy: it holds the original names",
                           REVIEW_COPY_BANNER)
    return list(leaks.values())


def verify_texts(rules: Rules, texts: Iterable[Text | tuple[str, str]], path: str = "",
                 finder: LeakFinder | None = None) -> Verdict:
    """Check texts read from an output (``Text`` records, or ``(location, text)`` pairs)."""
    finder = finder or LeakFinder(rules)
    verdict = Verdict(path)
    raw: list[tuple[Text, list[Leak]]] = []
    parsed_values: dict[str, set[tuple[str, str]]] = {}
    items = [item if isinstance(item, Text) else Text(*item) for item in texts]
    verdict.leaks.extend(review_copy_leaks(items))
    for item, month_context in zip(items, month_contexts(items)):
        if item.unread:
            verdict.unread.append(finder.masked_location(item.location))   # "word/media/JoannePryor.png"
            continue
        verdict.checked_texts += 1
        leaks = finder.leaks_in(item.location, item.text, identifier=item.identifier, broad=item.broad,
                                number_lines=item.number_lines, first_line=item.first_line,
                                marks=item.marks, month_context=month_context)
        if item.raw_of is not None:
            raw.append((item, leaks))
            continue
        part = item.location.split(" ", 1)[0]
        for leak in leaks:
            parsed_values.setdefault(part, set()).add((leak.kind, leak.value))
        verdict.leaks.extend(leaks)
    # The raw XML of a part only adds what reading it as XML did not already report (a name used as a tag).
    for item, leaks in raw:
        seen = parsed_values.get(item.raw_of or "", set())
        verdict.leaks.extend(leak for leak in leaks if (leak.kind, leak.value) not in seen)
    return verdict


def verify_file(path: str | Path, rules: "RulesLike" = None, *, strict: bool = False,
                publication: bool = False) -> Verdict:
    """Check an output file (.docx, .pdf, .txt, .md) against a review's rules.

    ``rules``: a ``Rules``, the path of a rules file, a mapping as read from YAML, or None (domain defaults).
    ``strict`` also reports high-confidence unlisted names, contacts and ids (runs the detector: slower).
    ``publication`` also reports revisions, comments and hidden text left in a .docx (findings of their own kind).
    """
    from .api import require_path
    from .rules import as_rules

    path = require_path(path, "path")
    rules = as_rules(rules)
    report = review_report_verdict(path)
    if report is not None:
        return report
    texts = list(texts_of(path))
    verdict = verify_texts(rules, texts, str(path))
    if strict:
        verdict.leaks.extend(_detected_leaks(rules, texts))
    if verdict.leaks:
        from .leak_places import with_places

        verdict.leaks = with_places(path, verdict.leaks, LeakFinder(rules))
    if publication:
        verdict.publication = _publication_findings(path)
    return verdict


# ---------------------------------------------------------------------- review reports
REVIEW_REPORT = "review_report"
VERIFIABLE_SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".markdown", ".text")


def review_report_verdict(path: Path) -> Verdict | None:
    """A dhr-redact review report (``apply --report``, HTML) shows the original names by design: it always fails,
    with one finding of its own kind, whatever it is named. None for any other file."""
    from .review.marker import is_review_report

    if not path.is_file() or not is_review_report(path):
        return None
    return Verdict(str(path), [Leak("(the whole file)", REVIEW_REPORT,
                                    "a dhr-redact review report: it shows the original names",
                                    "REVIEW REPORT - CONTAINS ORIGINAL NAMES - NOT FOR PUBLICATION")], checked_texts=1)


def files_to_verify(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """The files ``verify`` checks for the paths given: a folder stands for every file under it that verify reads
    or that is a review report (whatever its name); the second list holds the files of a folder left unread."""
    from .review.marker import is_review_report

    files: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        if not path.is_dir():
            files.append(path)
            continue
        for found in sorted(p for p in path.rglob("*") if p.is_file()):
            if found.name.startswith("~$"):   # Word's lock file beside an open document: not a document
                continue
            if found.suffix.lower() in VERIFIABLE_SUFFIXES or is_review_report(found):
                files.append(found)
            else:
                skipped.append(found)
    return files, skipped


def _publication_findings(path: Path) -> list:
    """--publication: a .docx must carry no revision, comment or hidden text; other formats have none to look for."""
    if path.suffix.lower() != ".docx":
        return []
    from .verify_publication import publication_findings

    return publication_findings(path)


# A web address is a contact, but a published report links to guidance on purpose: not a strict failure.
STRICT_TYPES = (entities.CONTACT_TYPES - {entities.URL}) | entities.ID_TYPES | entities.ADDRESS_TYPES | {entities.PERSON}
STRICT_MIN_SCORE = 0.85          # a name: NER and titled names (every NER find scores 0.85)
STRICT_MIN_SCORE_PATTERN = 0.7   # a contact or an id: pattern recognisers with their own validation


def _replacements(rules: Rules) -> tuple[re.Pattern, set[str]]:
    """What the output is meant to contain instead of names: placeholders ("Person 6") and pseudonyms."""
    placeholders = rules.policy.placeholders
    formats = [getattr(placeholders, name) for name in ("person", "place") if isinstance(getattr(placeholders, name, None), str)]
    pattern = "|".join(re.escape(f).replace(re.escape("{n}"), r"\d+") for f in formats) or r"(?!)"
    pseudonyms = {fold_key(entity.pseudonym or "") for entity in rules.listed()}
    return re.compile(rf"(?:{pattern})"), pseudonyms


def _is_replacement(text: str, replacements: tuple[re.Pattern, set[str]]) -> bool:
    """'PC Person 6', 'Mary', 'Mrs Mary': a title before a replacement is still the replacement."""
    from .variants import NAME_TITLES

    pattern, pseudonyms = replacements
    words = text.split()
    while words and (words[0].rstrip(".") in NAME_TITLES or words[0].lower() in ("dear", "hi", "hello")):
        words = words[1:]
    rest = " ".join(words)
    if not rest:   # "Dear" or "PC" alone: NER noise, no name
        return True
    return bool(pattern.fullmatch(rest)) or fold_key(rest) in pseudonyms


def _detected_leaks(rules: Rules, texts: list[Text]) -> list[Leak]:
    """--strict: high-confidence unlisted names, contacts and ids the detector still finds."""
    try:
        from .detect.engine import Detector
    except ImportError as error:   # a light install (requirements-verify.txt) has no spaCy or Presidio
        from .errors import ModelError

        raise ModelError(f"strict verification runs the detector, which needs the full install (pip install "
                         f"dhr-redact): {error.name or error} is not installed") from None
    from .documents.base import Segment

    readable = [t for t in texts if t.content and not t.unread and t.raw_of is None and t.text.strip()]
    segments = [Segment(t.location, t.text, "identifier" if t.identifier else "text") for t in readable]
    findings = Detector(rules).detect(segments)
    replacements = _replacements(rules)
    kept = []
    for finding in findings:
        if finding.entity_type not in STRICT_TYPES or finding.source == "rule":
            continue
        if finding.score < (STRICT_MIN_SCORE if finding.entity_type == entities.PERSON else STRICT_MIN_SCORE_PATTERN):
            continue
        # NER gives every name the same score: only the model's own finds and titled names are "high confidence"
        if finding.entity_type == entities.PERSON and finding.source not in ("SpacyRecognizer", "TitledPersonRecognizer"):
            continue
        item = readable[finding.segment]
        placeholder = replacements[0].match(item.text, finding.start)   # "PC Person 6": the find is "Person"
        if _is_replacement(finding.text, replacements) or placeholder and placeholder.end() >= finding.end:
            continue
        kept.append(finding)
    spans: dict[int, list[tuple[int, int]]] = {}
    for finding in kept:
        spans.setdefault(finding.segment, []).append((finding.start, finding.end))
    leaks = []
    for finding in kept:
        item = readable[finding.segment]
        where = item.location
        if item.number_lines:
            where += f", line {item.first_line + item.text.count(chr(10), 0, finding.start)}"
        leaks.append(Leak(where, finding.entity_type.lower(), f"unlisted, found by {finding.source}",
                          _mask(item.text, finding.start, finding.end, spans[finding.segment],
                                secret=secret_pattern(rules))))
    return leaks
