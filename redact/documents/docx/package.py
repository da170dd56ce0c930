"""The .docx zip package: checked before anything is read, parsed with a hardened parser, written
deterministically.

A draft review may come from anywhere (an e-mail attachment, a partner agency), so opening it is
treated as handling hostile input: the central directory is checked for zip bombs, path traversal and
duplicate names before a single entry is decompressed, and XML with a DOCTYPE (entity expansion,
external entities) is refused rather than parsed.

Part names are zip entry names (no leading slash). Lookups are case-insensitive because OPC part
names are.
"""
from __future__ import annotations

import copy
import io
import posixpath
import struct
import zipfile
import zlib
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from redact.errors import InputError
# The limits are the ones every package reader shares (verify included): see redact.zipsafe.
from redact.zipsafe import (DOCTYPE_MARKERS, MAX_ENTRIES, MAX_FILE_SIZE, MAX_RATIO,  # noqa: F401
                            MAX_TOTAL_UNCOMPRESSED, MAX_XML_UNCOMPRESSED, RATIO_CHECKED_ABOVE,
                            check_central_directory)

from . import namespaces as ns
from .oxml import remove_element

MAX_SPIN_COUNT = 1_000_000

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
# The stream name inside an OLE directory entry is UTF-16LE; finding it is enough to tell an
# encrypted OOXML file from a legacy binary .doc without a full OLE reader.
ENCRYPTED_PACKAGE_STREAM = "EncryptedPackage".encode("utf-16-le")

# Every entry gets the same timestamp and attributes so equal content gives equal bytes.
FIXED_DATE_TIME = (1980, 1, 1, 0, 0, 0)
COMPRESS_LEVEL = 6

PACKAGE_RELS = "_rels/.rels"
CONTENT_TYPES = "[Content_Types].xml"
XML_SUFFIXES = (".xml", ".rels", ".vml")
OFFICE_DOCUMENT_TYPES = frozenset({
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
})
_DOCTYPE_MARKERS = DOCTYPE_MARKERS


def rels_part_for(part: str) -> str:
    """The relationships part of ``part`` ("" is the package itself)."""
    if not part:
        return PACKAGE_RELS
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def source_of_rels(rels_part: str) -> str | None:
    """The part whose relationships ``rels_part`` holds ("" for the package), None if not a rels part."""
    folder, base = posixpath.split(rels_part)
    if posixpath.basename(folder) != "_rels" or not base.endswith(".rels"):
        return None
    return posixpath.join(posixpath.dirname(folder), base[: -len(".rels")]).lstrip("/")


def target_name(source: str, target: str) -> str:
    """The part name an internal relationship target of ``source`` means (it may not exist)."""
    target = unquote(target.split("#", 1)[0])
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def is_external(relationship) -> bool:
    return (relationship.get("TargetMode") or "").lower() == "external"


class DocxPackage:
    """The entries of a checked .docx zip, in their original order, with parsed XML parts."""

    def __init__(self, entries: dict[str, bytes]):
        self._data = entries                      # name -> original bytes, in zip order
        self._by_lower = {name.lower(): name for name in entries}
        self._trees: dict[str, etree._ElementTree] = {}
        self._dirty: set[str] = set()
        self._standalone: dict[str, bool | None] = {}
        self._parse_xml_parts()
        self.main_part = self._find_main_part()

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: Path, *, password: str | None = None) -> "DocxPackage":
        try:
            size = Path(path).stat().st_size
            if size > MAX_FILE_SIZE:
                raise InputError(f"{path}: file larger than {MAX_FILE_SIZE // 2**20} MB: refused")
            data = Path(path).read_bytes()
        except OSError as error:
            raise InputError(f"cannot read {path}: {error.strerror or error}") from error
        try:
            return cls.from_bytes(data, password=password)
        except InputError as error:  # name the file: in a batch the reason alone does not say which
            raise InputError(f"{path}: {_one_line(str(error))}") from None

    @classmethod
    def from_bytes(cls, data: bytes, *, password: str | None = None) -> "DocxPackage":
        """Check and read a package; an encrypted Word file is decrypted in memory with ``password``.

        A password given for a file that is not encrypted is ignored.
        """
        if not data:
            raise InputError("empty file")
        if data.startswith(OLE_MAGIC):
            if ENCRYPTED_PACKAGE_STREAM not in data:
                raise InputError("legacy .doc file: convert it to .docx first "
                                 "(open it in Word or LibreOffice and save as .docx)")
            if password is None:
                raise InputError("password-protected Word file: give its password with password=... "
                                 "(or remove the password in Word)")
            data = decrypt(data, password)
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, EOFError, OSError, struct.error) as error:
            if data.startswith(b"PK"):
                raise InputError("truncated or corrupt zip package") from error
            raise InputError("not a Word .docx file (not a zip package)") from error
        with archive:
            infos = [info for info in archive.infolist() if not info.is_dir()]
            _check_central_directory(infos)
            entries = {}
            for info in infos:
                try:
                    entries[info.filename] = archive.read(info)
                except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
                        RuntimeError, ValueError) as error:
                    raise InputError(f"truncated or corrupt zip package (entry {info.filename})") from error
        return cls(entries)

    def _parse_xml_parts(self) -> None:
        parser = ns.hardened_parser()
        # The content types come first: they decide which other parts are XML.
        types_name = self.find(CONTENT_TYPES)
        ordered = ([types_name] if types_name else []) + [name for name in self._data if name != types_name]
        for name in ordered:
            if not self.is_xml(name):
                continue
            data = self._data[name]
            if any(marker in data for marker in _DOCTYPE_MARKERS):
                raise InputError(f"{name} declares a DOCTYPE (entity expansion or external entities): refused")
            try:
                root = etree.fromstring(data, parser)
            except etree.XMLSyntaxError as error:
                raise InputError(f"{name} is not well-formed XML: {_one_line(error.msg or str(error))}") from error
            tree = root.getroottree()
            if tree.docinfo.doctype:
                raise InputError(f"{name} declares a DOCTYPE: refused")
            self._standalone[name] = tree.docinfo.standalone
            if _has_prolog_nodes(root):
                # Comments and instructions beside the root element cannot be removed in place; a copy
                # of the root element leaves them behind.
                root = copy.deepcopy(root)
                self._dirty.add(name)
            if _strip_comments_and_instructions(root):
                # XML comments are invisible in Word but would carry their text into the output.
                self._dirty.add(name)
            self._trees[name] = root.getroottree()

    def _find_main_part(self) -> str:
        if PACKAGE_RELS.lower() not in self._by_lower:
            raise InputError("no main document part (_rels/.rels is missing)")
        for relationship in self.relationships(""):
            if relationship.get("Type") in OFFICE_DOCUMENT_TYPES and not is_external(relationship):
                target = self.resolve("", relationship.get("Target") or "")
                if target is None or not self.is_xml(target):
                    raise InputError("main document part named in _rels/.rels is missing")
                return target
        raise InputError("no main document part (_rels/.rels has no officeDocument relationship)")

    # ----------------------------------------------------------------- reading
    @property
    def names(self) -> list[str]:
        return list(self._data)

    def find(self, name: str) -> str | None:
        """The stored spelling of part ``name`` (case-insensitive), or None."""
        return self._by_lower.get(name.lstrip("/").lower())

    def read(self, name: str) -> bytes:
        return self._data[name]

    def is_xml(self, name: str) -> bool:
        if self._data.get(name, b"")[:4] == b"PK\x03\x04":
            # a package inside the package (a .docx imported by w:altChunk is typed as a main document, +xml)
            return False
        if name.lower().endswith(XML_SUFFIXES):
            return True
        content_type = self.content_type(name) or ""
        return content_type.endswith(("+xml", "/xml"))

    def xml(self, name: str) -> etree._Element:
        """The root element of a parsed XML part."""
        return self._trees[name].getroot()

    def xml_parts(self) -> list[str]:
        return [name for name in self._data if name in self._trees]

    def content_type(self, name: str, *, explicit_only: bool = False) -> str | None:
        """The content type of ``name``: its Override, else (unless ``explicit_only``) its extension's Default."""
        types_name = self.find(CONTENT_TYPES)
        if types_name is None or types_name not in self._trees:
            return None
        root = self.xml(types_name)
        wanted = "/" + name.lower()
        for override in root.iterfind(f"{{{ns.CONTENT_TYPES}}}Override"):
            if (override.get("PartName") or "").lower() == wanted:
                return override.get("ContentType")
        if explicit_only:
            return None
        extension = posixpath.splitext(name)[1].lstrip(".").lower()
        for default in root.iterfind(f"{{{ns.CONTENT_TYPES}}}Default"):
            if (default.get("Extension") or "").lower() == extension:
                return default.get("ContentType")
        return None

    def relationships(self, source: str) -> list[etree._Element]:
        """The Relationship elements of ``source`` ("" for the package)."""
        rels_name = self.find(rels_part_for(source))
        if rels_name is None or rels_name not in self._trees:
            return []
        return list(self.xml(rels_name).iterfind(f"{{{ns.PACKAGE_RELATIONSHIPS}}}Relationship"))

    def resolve(self, source: str, target: str) -> str | None:
        """The stored part name an internal relationship target points at, or None."""
        return self.find(target_name(source, target))

    def mark_dirty(self, name: str) -> None:
        self._dirty.add(name)

    def replace_binary(self, name: str, data: bytes) -> None:
        """New bytes for a part that is not XML (a picture without its metadata)."""
        if name in self._trees:
            raise ValueError(f"part {name} is XML: edit its tree")
        self._data[name] = data

    def add_xml_part(self, name: str, root: etree._Element) -> None:
        """Add a new XML part (written last); its content type and the relationship to it are the caller's."""
        if self.find(name) is not None:
            raise ValueError(f"part {name} already exists")
        self._data[name] = b""
        self._by_lower[name.lower()] = name
        self._trees[name] = root.getroottree()
        self._standalone[name] = True
        self._dirty.add(name)

    # ----------------------------------------------------------------- removing
    def remove_part(self, name: str) -> None:
        """Drop a part with its own relationships, every relationship to it and its content type."""
        stored = self.find(name)
        if stored is None:
            return
        self._forget(stored)
        own_rels = self.find(rels_part_for(stored))
        if own_rels is not None:
            self._forget(own_rels)
        for rels_name in list(self._trees):
            source = source_of_rels(rels_name)
            if source is None:
                continue
            for relationship in self.relationships(source):
                if is_external(relationship):
                    continue
                if target_name(source, relationship.get("Target") or "").lower() == stored.lower():
                    relationship.getparent().remove(relationship)
                    self._dirty.add(rels_name)
        types_name = self.find(CONTENT_TYPES)
        if types_name is not None and types_name in self._trees:
            wanted = "/" + stored.lower()
            for override in list(self.xml(types_name).iterfind(f"{{{ns.CONTENT_TYPES}}}Override")):
                if (override.get("PartName") or "").lower() == wanted:
                    override.getparent().remove(override)
                    self._dirty.add(types_name)

    # ----------------------------------------------------------------- renaming
    def rename_part(self, name: str, new_name: str) -> None:
        """Give a part a new name: its own relationships move with it, every relationship to it and its
        content type follow. The part's bytes do not change."""
        stored = self.find(name)
        if stored is None or self.find(new_name) is not None:
            raise ValueError(f"cannot rename {name} to {new_name}")
        own_rels = self.find(rels_part_for(stored))
        for rels_name in list(self._trees):
            source = source_of_rels(rels_name)
            if source is None:
                continue
            for relationship in self.relationships(source):
                target = relationship.get("Target") or ""
                if is_external(relationship) or target_name(source, target).lower() != stored.lower():
                    continue
                fragment = "#" + target.split("#", 1)[1] if "#" in target else ""
                relative = "/" + new_name if target.startswith("/") else \
                    posixpath.relpath(new_name, posixpath.dirname(source) or ".")
                relationship.set("Target", relative + fragment)
                self._dirty.add(rels_name)
        types_name = self.find(CONTENT_TYPES)
        if types_name is not None and types_name in self._trees:
            for override in self.xml(types_name).iterfind(f"{{{ns.CONTENT_TYPES}}}Override"):
                if (override.get("PartName") or "").lower() == "/" + stored.lower():
                    override.set("PartName", "/" + new_name)
                    self._dirty.add(types_name)
        self._move(stored, new_name)
        if own_rels is not None:
            self._move(own_rels, rels_part_for(new_name))

    def _move(self, name: str, new_name: str) -> None:
        self._data = {(new_name if key == name else key): value for key, value in self._data.items()}
        del self._by_lower[name.lower()]
        self._by_lower[new_name.lower()] = new_name
        for table in (self._trees, self._standalone):
            if name in table:
                table[new_name] = table.pop(name)
        if name in self._dirty:
            self._dirty.discard(name)
            self._dirty.add(new_name)

    def _forget(self, name: str) -> None:
        del self._data[name]
        del self._by_lower[name.lower()]
        self._trees.pop(name, None)
        self._standalone.pop(name, None)
        self._dirty.discard(name)

    # ----------------------------------------------------------------- writing
    def part_bytes(self, name: str) -> bytes:
        """The bytes to write for ``name``: the original unless the part was changed."""
        if name not in self._dirty:
            return self._data[name]
        return etree.tostring(self._trees[name], xml_declaration=True, encoding="UTF-8",
                              standalone=self._standalone.get(name))

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in self._data:
                info = zipfile.ZipInfo(name, date_time=FIXED_DATE_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 0
                info.external_attr = 0
                archive.writestr(info, self.part_bytes(name), compresslevel=COMPRESS_LEVEL)
        return buffer.getvalue()

    def save(self, path: Path) -> None:
        Path(path).write_bytes(self.to_bytes())


def decrypt(data: bytes, password: str) -> bytes:
    """The package inside an encrypted Word file (an OLE container with an ``EncryptedPackage``
    stream), decrypted in memory: the plain bytes are never written to disk."""
    import msoffcrypto
    from msoffcrypto import exceptions

    if any(marker in data for marker in _DOCTYPE_MARKERS):
        # msoffcrypto-tool reads the EncryptionInfo XML with the standard library's parser.
        raise InputError("the encryption information declares a DOCTYPE: refused")
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        if getattr(office, "format", None) != "ooxml":
            raise InputError("encrypted file is not a Word .docx (an encrypted legacy Office file?)")
        if getattr(office, "info", {}).get("spinValue", 0) > MAX_SPIN_COUNT:
            # Word uses 100,000 rounds; a hostile file can ask for 100 times that (seconds of CPU).
            raise InputError("the encryption asks for an unusual number of key-derivation rounds: refused")
        office.load_key(password=password, verify_password=True)
        plain = io.BytesIO()
        office.decrypt(plain, **({"verify_integrity": True} if office.type == "agile" else {}))
    except InputError:
        raise
    except exceptions.InvalidKeyError:
        raise InputError("wrong password for the encrypted Word file") from None
    except MemoryError:
        raise
    except Exception as error:  # msoffcrypto parses hostile bytes: any failure there is a bad input
        raise InputError(f"cannot decrypt the encrypted Word file ({error.__class__.__name__}: "
                         f"{str(error).splitlines()[0] if str(error) else ''})") from None
    decrypted = plain.getvalue()
    if not decrypted.startswith(b"PK"):
        raise InputError("wrong password for the encrypted Word file")
    return decrypted


def _check_central_directory(infos: list[zipfile.ZipInfo]) -> None:
    """Refuse hostile or ambiguous archives from the central directory alone (nothing is inflated yet)."""
    check_central_directory(infos)


def _one_line(message: str) -> str:
    """Error texts from parsers may hold line breaks; the command line promises one line."""
    return " ".join(message.split())


def _has_prolog_nodes(root: etree._Element) -> bool:
    return (next(root.itersiblings(preceding=True), None) is not None
            or next(root.itersiblings(), None) is not None)


def _strip_comments_and_instructions(root: etree._Element) -> bool:
    """Remove XML comments and processing instructions under ``root``; True if any were found."""
    found = False
    for node in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        parent = node.getparent()
        if parent is None:
            continue
        remove_element(node)
        found = True
    return found
