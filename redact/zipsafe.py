"""Reading a zip package and its XML safely: the one set of limits for every reader (the Word adapter that
redacts, ``verify`` that checks, and any package nested inside another).

A draft may come from anywhere and ``verify`` is the gate, so both treat a package as hostile: the central
directory is checked for bombs, unsafe paths, duplicate names and compression methods before a byte is
inflated, and XML with a DOCTYPE (entity expansion, external entities) is refused in any encoding, before
parsing (the bytes of ``<!DOCTYPE`` in UTF-8/16/32) and after (libxml2's own record of a DTD, whatever encoding
the declaration named).
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass

from lxml import etree

from .errors import InputError
from .lazy_patterns import lazy

MAX_FILE_SIZE = 256 * 1024 * 1024
MAX_ENTRIES = 10_000
MAX_TOTAL_UNCOMPRESSED = 512 * 1024 * 1024
# XML parts are parsed into trees several times their size: their total is held lower than the
# package's (real documents, pictures aside, are a few MB of XML; the corpus's largest is 16 MB).
MAX_XML_UNCOMPRESSED = 128 * 1024 * 1024
# Real packages compress 2-40:1 per entry and under 30:1 overall; a bomb compresses 1000:1. But a real
# document.xml of one paragraph repeated compresses 290:1, so the ratio alone refuses real files: it is only
# asked of an entry (or a package) that also expands beyond an absolute floor. Below the floor any ratio is
# harmless (16 MB costs little memory), above it a high ratio is what a bomb looks like.
MAX_RATIO = 200
RATIO_CHECKED_ABOVE = 16 * 1024 * 1024
MAX_NESTING = 2          # a package inside a package inside the file, no deeper

XML_SUFFIXES = (".xml", ".rels", ".vml")
DOCTYPE_MARKERS = tuple(text.encode(encoding) for text in ("<!DOCTYPE", "<!doctype", "<!ENTITY")
                        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"))
_DRIVE_LETTER = lazy(re.compile, r"^[A-Za-z]:")


@dataclass
class Budget:
    """What a whole file may expand to, shared by the packages nested inside it."""

    total: int = 0
    compressed: int = 0
    xml: int = 0
    entries: int = 0


def check_central_directory(infos: list[zipfile.ZipInfo], budget: Budget | None = None) -> None:
    """Refuse hostile or ambiguous archives from the central directory alone (nothing is inflated yet)."""
    budget = budget if budget is not None else Budget()
    budget.entries += len(infos)
    if budget.entries > MAX_ENTRIES:
        raise InputError(f"zip package has too many entries ({budget.entries})")
    seen: set[str] = set()
    total = total_compressed = 0
    for info in infos:
        name = info.filename
        parts = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or _DRIVE_LETTER.match(name) or ".." in parts or "\0" in name:
            raise InputError(f"zip entry with an unsafe path: {name!r}")
        if name.lower() in seen:
            # Two entries with one name: readers disagree on which one wins, so one copy could
            # escape redaction while another is shown.
            raise InputError(f"zip package has duplicate entry names: {name!r}")
        seen.add(name.lower())
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # Word writes only these two. Python inflates bzip2 and LZMA input a whole chunk at a time,
            # without the output bound it keeps for deflate: a small bzip2 entry can expand to gigabytes
            # before its declared size is checked.
            raise InputError(f"zip entry {name!r} uses compression method {info.compress_type}, which Word "
                             f"never writes: refused")
        if info.flag_bits & 0x1:
            raise InputError("zip package with encrypted entries: remove the password and try again")
        total += info.file_size
        total_compressed += info.compress_size
        budget.total += info.file_size
        budget.compressed += info.compress_size
        if name.lower().endswith(XML_SUFFIXES):
            budget.xml += info.file_size
        if budget.total > MAX_TOTAL_UNCOMPRESSED:
            raise InputError("zip package expands to more than 512 MB (possible zip bomb)")
        if budget.xml > MAX_XML_UNCOMPRESSED:
            raise InputError("zip package holds more than 128 MB of XML (possible zip bomb)")
        if _suspicious(info.file_size, info.compress_size):
            raise InputError(f"zip entry {name!r} has a suspicious compression ratio (possible zip bomb)")
        if posixpath.basename(name.lower()) == "vbaproject.bin":
            raise InputError("macro-enabled document (vbaProject.bin): save it as a plain .docx first")
    # Many entries each just under the per-entry floor add up to a bomb too.
    if _suspicious(total, total_compressed) or _suspicious(budget.total, budget.compressed):
        raise InputError("zip package has a suspicious overall compression ratio (possible zip bomb)")


def _suspicious(size: int, compressed: int) -> bool:
    return size > RATIO_CHECKED_ABOVE and size > MAX_RATIO * max(compressed, 1)


def hardened_parser() -> etree.XMLParser:
    """A parser that never fetches, never expands entities and keeps libxml2's size limits (no huge_tree)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           remove_blank_text=False, strip_cdata=True)


def refuse_doctype(name: str, data: bytes) -> None:
    """Refuse XML that declares a DOCTYPE or an entity, in UTF-8, UTF-16 or UTF-32, anywhere in the part."""
    if any(marker in data for marker in DOCTYPE_MARKERS):
        raise InputError(f"{name} declares a DOCTYPE (entity expansion or external entities): refused")


def parse_xml(name: str, data: bytes, parser: etree.XMLParser | None = None) -> etree._Element:
    """The root of a part parsed safely; InputError for a DOCTYPE in any encoding. Malformed XML raises lxml's
    XMLSyntaxError: the caller decides (the adapter refuses it, verify reads it as text)."""
    refuse_doctype(name, data)
    root = etree.fromstring(data, parser if parser is not None else hardened_parser())
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise InputError(f"{name} declares a DOCTYPE: refused")
    return root


def one_line(message: str) -> str:
    """Error texts from parsers may hold line breaks; the command line promises one line."""
    return " ".join(message.split())
