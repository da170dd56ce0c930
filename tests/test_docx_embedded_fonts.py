"""An embedded font (``word/fonts/font1.odttf``, obfuscated with the key ``w:fontKey``) holds names in its name
table: a font made from someone's handwriting is named after them. apply cannot change a font: it lists every
embedded font for manual review, and verify reads the names, so a listed one stops the run naming the part."""
from __future__ import annotations

import struct

import pytest

from conftest import quiet_redactor
from docx_factory import DocxBuilder, paragraph, run
from redact.errors import LeakError
from redact.rules import parse_rules
from redact.verify import verify_file

RULES = parse_rules({"version": 1, "review": "embedded fonts",
                     "people": [{"name": "Marisol Quintero", "pseudonym": "Lucia"}]})
KEY = "{11111111-2222-3333-4444-555555555555}"
FONT_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"


def truetype(family: str) -> bytes:
    """A TrueType file with a table directory (a few tables, "name" among them) and a name table of two records."""
    names = [(3, 1, 0x409, 1, family.encode("utf-16-be")), (1, 0, 0, 4, f"{family} Regular".encode("latin-1"))]
    storage = b"".join(value for *_, value in names)
    records, offset = b"", 0
    for platform, encoding, language, name_id, value in names:
        records += struct.pack(">HHHHHH", platform, encoding, language, name_id, len(value), offset)
        offset += len(value)
    name_table = struct.pack(">HHH", 0, len(names), 6 + 12 * len(names)) + records + storage
    tags = [b"OS/2", b"cmap", b"head", b"name", b"post"]
    directory_end = 12 + 16 * len(tags)
    tables, data = b"", b""
    for tag in tags:
        body = name_table if tag == b"name" else b"\0" * 32
        tables += tag + struct.pack(">III", 0, directory_end + len(data), len(body))
        data += body
    return struct.pack(">IHHHH", 0x00010000, len(tags), 64, 2, 16) + tables + data


def obfuscated(font: bytes, key: str) -> bytes:
    """ECMA-376 Part 1, 17.8.1: the first 32 bytes XORed with the key's 16 bytes, last hex digits first, twice."""
    mask = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1] * 2
    return bytes(a ^ b for a, b in zip(font[:32], mask)) + font[32:]


def _draft(tmp_path, family: str):
    builder = DocxBuilder().append_body(paragraph(run("The panel met on a Tuesday.")))
    builder.add_default("odttf", "application/vnd.openxmlformats-officedocument.obfuscatedFont")
    builder.add_part("word/fonts/font1.odttf", obfuscated(truetype(family), KEY))
    builder.add_relationship("word/fontTable.xml", FONT_TABLE, "fonts/font1.odttf", rel_id="rIdFont1")
    table = builder.entries["word/fontTable.xml"].decode()
    builder.set_part("word/fontTable.xml", table.replace(
        "</w:fonts>", f'<w:font w:name="Plain Hand"><w:embedRegular r:id="rIdFont1" w:fontKey="{KEY}" '
                      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:font>'
                      '</w:fonts>'))
    return builder.build(tmp_path / "draft.docx")


def test_the_obfuscation_is_undone_with_the_key():
    from redact.documents.font_names import deobfuscated, font_names

    font = truetype("Marisol Quintero Hand")
    hidden = obfuscated(font, KEY)
    assert hidden[:32] != font[:32] and hidden[32:] == font[32:]
    assert deobfuscated(hidden, KEY) == font
    assert "Marisol Quintero Hand" in font_names(hidden) and "Marisol Quintero Hand" in font_names(hidden, KEY)


def test_verify_reads_an_embedded_fonts_names(tmp_path):
    leaks = verify_file(_draft(tmp_path, "Marisol Quintero Hand"), RULES).leaks
    assert any("word/fonts/font1.odttf (font name" in leak.location for leak in leaks), leaks


def test_apply_stops_on_a_listed_font_name_with_advice(tmp_path):
    with pytest.raises(LeakError, match="font"):
        quiet_redactor(RULES).redact_file(_draft(tmp_path, "Marisol Quintero Hand"), tmp_path / "out.docx",
                                          force=True)


def test_an_embedded_font_is_listed_for_manual_review(tmp_path):
    report = quiet_redactor(RULES).redact_file(_draft(tmp_path, "Plain Hand"), tmp_path / "out.docx", force=True)
    assert any(item.location == "word/fonts/font1.odttf" and "embedded font" in item.what
               for item in report.manual_review), report.manual_review
    assert verify_file(tmp_path / "out.docx", RULES).ok
