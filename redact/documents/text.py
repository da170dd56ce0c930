"""Plain text and Markdown: each paragraph (a block between blank lines) is one segment."""
from __future__ import annotations

import codecs
import re
import warnings
from pathlib import Path

from ..errors import InputError, OutputWarning
from ..lazy_patterns import lazy
from .base import Document, Edit, Segment
from .places import Place, first_words, heading_text, markdown_heading, text_headings

_BLOCK = lazy(re.compile, r"(?:[^\n]|\n(?![ \t]*\n))+")
MAX_TEXT_BYTES = 200 * 1024 * 1024


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when the
    bytes leave no doubt), else Latin-1 / cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError(f"{path}: unreadable encoding (broken UTF-16)") from None
    if b"\x00" in data[:4096]:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise InputError(f"{path}: this looks like a binary file, not text")
        return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text saved without a byte-order mark (some Windows tools do): the
    zero bytes of its Latin letters all fall on one side of each pair, and it decodes to printable text. A binary
    file has zeros anywhere."""
    sample = data[:4096 - 4096 % 2]
    if len(data) % 2 or len(sample) < 2:
        return None
    pairs = len(sample) // 2
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    if zeros_even and zeros_odd:
        return None
    encoding = "utf-16-le" if zeros_odd else "utf-16-be"
    if max(zeros_even, zeros_odd) < pairs // 2:
        return None  # mostly non-Latin text would have few zeros; such files carry a BOM in practice
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text[:2048])
    return encoding if printable >= 0.98 * min(len(text), 2048) else None


class TextDocument(Document):
    """A .txt or .md file. Markdown syntax is left as it is: only the words change."""

    suffixes = (".txt", ".md", ".markdown", ".text")

    def __init__(self, path: Path):
        super().__init__(path)
        try:
            size = self.path.stat().st_size
            if size > MAX_TEXT_BYTES:
                raise InputError(f"{path}: text file larger than {MAX_TEXT_BYTES // 2**20} MB")
            data = self.path.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{path}: file not found") from None
        except (IsADirectoryError, PermissionError) as error:
            raise InputError(f"{path}: cannot read ({error.__class__.__name__})") from None
        self.text, self.encoding = _decode(data, self.path)
        self._bom = next((bom for bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) if data.startswith(bom)), b"")
        self._blocks = [(m.start(), m.end()) for m in _BLOCK.finditer(self.text)]

    @classmethod
    def from_string(cls, text: str, name: str = "text") -> "TextDocument":
        doc = cls.__new__(cls)
        doc.path = Path(name)
        doc.text, doc.encoding = text, "utf-8"
        doc._bom = b""
        doc._blocks = [(m.start(), m.end()) for m in _BLOCK.finditer(text)]
        return doc

    @property
    def segments(self) -> list[Segment]:
        # read once per state of the text (detection, decisions, phrasing and verify all ask), again once the
        # text is another; a new list each time, so that no caller's list changes under another
        cached = getattr(self, "_segments_of", None)
        if cached is None or cached[0] is not self.text:
            places = self._places()
            self._segments_of = (self.text, [Segment(f"{self.path.name}#block{i + 1}", self.text[a:b], "text",
                                                     places[i]) for i, (a, b) in enumerate(self._blocks)])
        return list(self._segments_of[1])

    def _places(self) -> list[Place]:
        """Each block's line number, the heading above it and its paragraph number under that heading."""
        markdown = self.path.suffix.lower() in (".md", ".markdown")
        places, heading, paragraph, line, cursor = [], None, 0, 1, 0
        blocks = [self.text[start:end] for start, end in self._blocks]
        headings = [] if markdown else text_headings(blocks)
        for number, (start, block) in enumerate(zip((b[0] for b in self._blocks), blocks)):
            first = start + len(block) - len(block.lstrip())   # a block may begin with the blank line before it
            line += self.text.count("\n", cursor, first)
            cursor = first
            title = markdown_heading(block) if markdown else (block.strip() if headings[number] else None)
            if title is not None:
                heading, paragraph = heading_text(title), 0
                places.append(Place(f"line {line}", heading, None, first_words(title), "heading"))
            else:
                paragraph += 1
                places.append(Place(f"line {line}", heading, paragraph, first_words(block)))
        return places

    def apply(self, edits: list[Edit]) -> None:
        pieces, cursor = [], 0
        for edit in sorted(edits, key=lambda e: (self._blocks[e.segment][0] + e.start)):
            block_start = self._blocks[edit.segment][0]
            start, end = block_start + edit.start, block_start + edit.end
            if start < cursor:
                raise ValueError("overlapping edits")
            pieces.append(self.text[cursor:start])
            pieces.append(edit.replacement)
            cursor = end
        pieces.append(self.text[cursor:])
        self.text = "".join(pieces)
        self._blocks = [(m.start(), m.end()) for m in _BLOCK.finditer(self.text)]

    def save(self, path: Path) -> None:
        # The file keeps the encoding it came in (a Latin-1 draft stays Latin-1 for the tools that read it next),
        # unless a replacement has a letter that encoding cannot hold: then the whole file is UTF-8, and said so.
        try:
            if self.encoding == "utf-16" and self._bom:   # its own byte order, not the machine's
                order = "utf-16-le" if self._bom == codecs.BOM_UTF16_LE else "utf-16-be"
                data = self._bom + self.text.encode(order)
            else:
                data = self.text.encode(self.encoding)
        except UnicodeEncodeError as error:
            warnings.warn(OutputWarning(
                f"{self.path.name}: the output is written as UTF-8, not {self.encoding} like the input: "
                f"{error.object[error.start:error.end]!r} (in a replacement) has no {self.encoding} form"),
                stacklevel=2)
            data = self.text.encode("utf-8")
        Path(path).write_bytes(data)
