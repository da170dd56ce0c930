""".pdf: the text of every page (text drawn under a black box is still text), annotations (comments, form field
values, link targets), the outline, named destinations, attachment names, the document information dictionary and
the XMP metadata. A page without a text layer is listed in ``Verdict.unread``. pypdf is imported only here, when a
PDF is checked (start-up of ``verify`` on a .docx)."""
from __future__ import annotations

import unicodedata
import urllib.parse
from pathlib import Path
from typing import Generator, Iterator

from lxml import etree

from ..errors import InputError
from ..zipsafe import parse_xml
from .records import Text
from .xml_parsing import PARSER, local_name


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
        root = parse_xml("XMP metadata", data, PARSER)
    except etree.XMLSyntaxError:
        yield Text("XMP metadata (not well-formed)", data.decode("utf-8", "replace"), identifier=True)
        return
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        local = local_name(element.tag)
        for attribute, value in element.attrib.items():
            yield Text(f"XMP metadata <{local} @{local_name(attribute)}>", value, identifier=True)
        for text in (element.text, element.tail):
            if text and text.strip():
                owner = element if text is element.text else element.getparent()
                # <dc:creator><rdf:Seq><rdf:li>Name</rdf:li>: name the property, not the list item
                names = [local_name(a.tag) for a in [owner, *owner.iterancestors()]
                         if isinstance(a.tag, str) and local_name(a.tag) not in ("li", "Seq", "Bag", "Alt")]
                yield Text(f"XMP metadata <{names[0] if names else local}>", text)


def _listed(read, what: str) -> Generator[Text, None, list]:
    """What ``read()`` lists; where pypdf cannot read it (a broken object), one unread record instead of nothing,
    so that the verdict says a part of the file went unchecked."""
    try:
        return list(read())
    except Exception:
        yield Text(f"{what} (unreadable)", "", unread=True)
        return []


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
        outline = yield from _listed(lambda: reader.outline, "outline (bookmarks)")
        yield from _outline_titles(outline)
        destinations = yield from _listed(lambda: reader.named_destinations, "named destinations")
        for index, name in enumerate(destinations, 1):
            yield Text(f"named destination {index}", str(name), identifier=True)
        attachments = yield from _listed(lambda: reader.attachments, "attachments")
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
