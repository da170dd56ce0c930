"""The names an embedded font holds. Word embeds a font (File > Options > Save > Embed fonts) as an obfuscated
TrueType or OpenType file (``word/fonts/font1.odttf``): its first 32 bytes XORed with the key ``w:fontKey`` gives in
``word/fontTable.xml``, the rest as it was. Its ``name`` table says the font's family, full name, designer,
copyright, and a font made from someone's handwriting is named after them ("Marisol Quintero Hand").

The table directory is read past the obfuscated bytes where it can be (a ``name`` record further down the
directory, as the alphabetical order of the tags puts it), or with the key when given; failing both, every run of
UTF-16 (big-endian, the name table's usual encoding) and of printable ASCII of four characters or more is read. verify
reads these texts; apply cannot change a font, so a listed name in one stops the run, naming the part.
"""
from __future__ import annotations

import re
import struct
import uuid

__all__ = ["font_names", "deobfuscated", "is_font_part"]

_FONT_SUFFIXES = (".odttf", ".ttf", ".otf", ".fntdata")
_UTF16_BE = re.compile(rb"(?:\x00[\x20-\x7e]|[\x01-\xff][\x00-\xff](?=\x00[\x20-\x7e])){4,}")
_ASCII = re.compile(rb"[\x20-\x7e]{4,}")
_MAX_TABLES = 256


def is_font_part(name: str) -> bool:
    return name.lower().endswith(_FONT_SUFFIXES)


def deobfuscated(data: bytes, key: str) -> bytes:
    """An obfuscated font's bytes with its first 32 XORed back (ECMA-376 Part 1, 17.8.1): the key is the GUID's 16
    bytes read from its last hex digit to its first, used twice."""
    try:
        guid = uuid.UUID(key.strip("{}"))
    except ValueError:
        return data
    mask = bytes.fromhex(guid.hex)[::-1] * 2
    return bytes(a ^ b for a, b in zip(data[:32], mask)) + data[32:]


def _name_table(data: bytes) -> tuple[int, int] | None:
    """(offset, length) of the font's name table, from its table directory: a record whose tag is "name" and whose
    place lies inside the file (the directory's first bytes may be obfuscated: every place is tried)."""
    for record in range(_MAX_TABLES):
        at = 12 + 16 * record
        if at + 16 > len(data):
            break
        if data[at:at + 4] == b"name":
            offset, length = struct.unpack(">II", data[at + 8:at + 16])
            if 6 <= length and offset + length <= len(data):
                return offset, length
    return None


def _name_strings(table: bytes) -> list[str]:
    if len(table) < 6:
        return []
    _, count, storage = struct.unpack(">HHH", table[:6])
    texts = []
    for record in range(min(count, (len(table) - 6) // 12)):
        platform, encoding, _, _, length, offset = struct.unpack(">HHHHHH", table[6 + 12 * record:18 + 12 * record])
        raw = table[storage + offset:storage + offset + length]
        if platform == 0 or platform == 3:
            texts.append(raw.decode("utf-16-be", "replace"))
        else:
            texts.append(raw.decode("latin-1"))
    return texts


def font_names(data: bytes, key: str | None = None) -> list[str]:
    """The strings of a font's name table, or every readable run of it when no name table is found."""
    if key:
        data = deobfuscated(data, key)
    place = _name_table(data)
    texts = _name_strings(data[place[0]:place[0] + place[1]]) if place else []
    if not texts:
        texts = [run.decode("utf-16-be", "replace") for run in _UTF16_BE.findall(data)]
        texts += [run.decode("ascii") for run in _ASCII.findall(data)]
    return list(dict.fromkeys(text.strip("\x00 ") for text in texts if text.strip("\x00 ")))
