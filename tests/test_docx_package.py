"""The .docx package layer: refusing hostile or broken files, finding the main part, writing
deterministically."""
from __future__ import annotations

import io
import warnings
import zipfile

import docx
import pytest

from docx_factory import CT, DocxBuilder, paragraph, run, zip_bytes
from redact.documents.base import Edit
from redact.documents.docx import DocxDocument
from redact import zipsafe
from redact.errors import InputError


def _write(tmp_path, data: bytes, name="input.docx"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _refused(path, reason: str):
    with pytest.raises(InputError) as caught:
        DocxDocument(path)
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)


def _valid_entries() -> dict[str, bytes]:
    return DocxBuilder().append_body(paragraph(run("Hello"))).entries


# ---------------------------------------------------------------------- refusals
def test_empty_file(tmp_path):
    _refused(_write(tmp_path, b""), "empty file")


def test_not_a_zip(tmp_path):
    _refused(_write(tmp_path, b"\tShay Hi  this is a Word owner file"), "not a zip")


def test_truncated_zip(tmp_path):
    data = DocxBuilder().append_body(paragraph(run("Hello"))).to_bytes()
    _refused(_write(tmp_path, data[: len(data) // 2]), "truncated or corrupt")


def test_corrupt_entry_data(tmp_path):
    data = bytearray(zip_bytes({"[Content_Types].xml": b"<a/>" * 100}, zipfile.ZIP_STORED))
    data[60:64] = b"XXXX"            # inside the stored data (30-byte header + 19-byte name): CRC fails
    _refused(_write(tmp_path, bytes(data)), "truncated or corrupt")


def test_password_protected_word_file(tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile
    plain = io.BytesIO(DocxBuilder().to_bytes())
    encrypted = io.BytesIO()
    OOXMLFile(plain).encrypt("secret", encrypted)
    _refused(_write(tmp_path, encrypted.getvalue()), "password-protected Word file")


def test_legacy_doc_file(tmp_path):
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504) + "WordDocument".encode("utf-16-le")
    _refused(_write(tmp_path, ole), "legacy .doc file: convert it to .docx first")


def test_zip_bomb_ratio(tmp_path):
    entries = _valid_entries()
    # 24 MB of zeros deflate ~1000:1, beyond the 16 MB under which no ratio is asked (see redact.zipsafe)
    entries["word/media/bomb.bin"] = bytes(24 * 1024 * 1024)
    _refused(_write(tmp_path, zip_bytes(entries)), "zip bomb")


def test_zip_bomb_total_size(tmp_path, monkeypatch):
    monkeypatch.setattr(zipsafe, "MAX_TOTAL_UNCOMPRESSED", 10_000)
    entries = _valid_entries()
    entries["word/media/big.bin"] = bytes(range(256)) * 100
    _refused(_write(tmp_path, zip_bytes(entries)), "more than 512 MB")


@pytest.mark.parametrize("name", ["../evil.xml", "word/../../evil.xml", "/etc/evil.xml", "C:/evil.xml",
                                  "..\\evil.xml"])
def test_path_traversal(tmp_path, name):
    entries = _valid_entries()
    entries[name] = b"<x/>"
    _refused(_write(tmp_path, zip_bytes(entries)), "unsafe path")


def test_duplicate_entry_names(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, data in _valid_entries().items():
            archive.writestr(name, data)
        archive.writestr("word/document.xml", b"<w:document/>")
    _refused(_write(tmp_path, buffer.getvalue()), "duplicate entry names")


def test_duplicate_names_differing_in_case(tmp_path):
    entries = _valid_entries()
    entries["WORD/document.xml"] = entries["word/document.xml"]
    _refused(_write(tmp_path, zip_bytes(entries)), "duplicate entry names")


def test_missing_package_relationships(tmp_path):
    entries = _valid_entries()
    del entries["_rels/.rels"]
    _refused(_write(tmp_path, zip_bytes(entries)), "no main document part")


def test_main_part_missing(tmp_path):
    entries = _valid_entries()
    del entries["word/document.xml"]
    _refused(_write(tmp_path, zip_bytes(entries)), "main document part")


def test_macro_enabled_document(tmp_path):
    entries = _valid_entries()
    entries["word/vbaProject.bin"] = b"\x00" * 32
    _refused(_write(tmp_path, zip_bytes(entries)), "vbaProject.bin")


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
    '<!DOCTYPE w:document SYSTEM "http://example.org/evil.dtd">',
])
def test_doctype_is_refused(tmp_path, doctype):
    builder = DocxBuilder().append_body(paragraph(run("Hello")))
    xml = builder.entries["word/document.xml"].decode()
    declaration_end = xml.index("?>") + 2
    builder.set_part("word/document.xml", xml[:declaration_end] + doctype + xml[declaration_end:])
    _refused(builder.build(tmp_path / "x.docx"), "DOCTYPE")


def test_doctype_in_any_part_is_refused(tmp_path):
    builder = DocxBuilder()
    builder.add_part("customXml/item1.xml", '<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>')
    _refused(builder.build(tmp_path / "x.docx"), "customXml/item1.xml")


def test_malformed_xml_is_refused(tmp_path):
    builder = DocxBuilder().set_part("word/footer9.xml", "<w:ftr><unclosed></w:ftr>")
    _refused(builder.build(tmp_path / "x.docx"), "not well-formed")


def test_missing_file(tmp_path):
    _refused(tmp_path / "nope.docx", "cannot read")


# ---------------------------------------------------------------------- reading
def test_main_part_found_through_relationships(tmp_path):
    path = (DocxBuilder().append_body(paragraph(run("Margaret Doyle wrote this.")))
            .rename_main_part("word/document2.xml").build(tmp_path / "alt.docx"))
    document = DocxDocument(path)
    assert document.main_part == "word/document2.xml"
    first = document.segments[0]
    assert first.location == "word/document2.xml#p1"
    assert first.text == "Margaret Doyle wrote this."
    document.apply([Edit(0, 0, 14, "Person A")])
    out = tmp_path / "out.docx"
    document.save(out)
    assert "Margaret" not in zipfile.ZipFile(out).read("word/document2.xml").decode()
    assert "Person A wrote this." in [p.text for p in docx.Document(str(out)).paragraphs]


STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def test_strict_ooxml(tmp_path):
    builder = DocxBuilder().append_body(paragraph(run("Mar", bold=True), run("garet"), run(" Doyle")))
    for name in ("word/document.xml", "word/styles.xml"):
        builder.entries[name] = builder.entries[name].replace(
            b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", STRICT_W.encode())
    builder.entries["_rels/.rels"] = builder.entries["_rels/.rels"].replace(
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")
    document = DocxDocument(builder.build(tmp_path / "strict.docx"))
    first = document.segments[0]
    assert (first.location, first.text) == ("word/document.xml#p1", "Margaret Doyle")
    document.apply([Edit(0, 0, 8, "Jane")])
    out = tmp_path / "out.docx"
    document.save(out)
    xml = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert "garet" not in xml and ">Jane<" in xml and STRICT_W in xml


# ---------------------------------------------------------------------- writing
def test_saving_is_deterministic(tmp_path):
    path = DocxBuilder().append_body(paragraph(run("Margaret Doyle"))).build(tmp_path / "in.docx")
    outputs = []
    for number in range(2):
        document = DocxDocument(path)
        document.apply([Edit(0, 0, 8, "Jane")])
        out = tmp_path / f"out{number}.docx"
        document.save(out)
        document.save(tmp_path / f"again{number}.docx")
        outputs += [out.read_bytes(), (tmp_path / f"again{number}.docx").read_bytes()]
    assert len(set(outputs)) == 1


def test_written_entries_keep_order_and_fixed_metadata(tmp_path):
    path = DocxBuilder().append_body(paragraph(run("Hello"))).build(tmp_path / "in.docx")
    original_names = zipfile.ZipFile(path).namelist()
    document = DocxDocument(path)
    out = tmp_path / "out.docx"
    document.save(out)
    with zipfile.ZipFile(out) as archive:
        kept = [name for name in original_names if name in archive.namelist()]
        assert archive.namelist() == kept
        for info in archive.infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            assert info.compress_type == zipfile.ZIP_DEFLATED


def test_unchanged_parts_are_written_byte_for_byte(tmp_path):
    path = DocxBuilder().append_body(paragraph(run("Margaret")), paragraph(run("Other"))).build(tmp_path / "in.docx")
    document = DocxDocument(path)
    document.apply([Edit(0, 0, 8, "Jane")])
    out = tmp_path / "out.docx"
    document.save(out)
    with zipfile.ZipFile(path) as before, zipfile.ZipFile(out) as after:
        for name in ("word/styles.xml", "word/settings.xml", "[Content_Types].xml"):
            assert before.read(name) == after.read(name), name
        assert before.read("word/document.xml") != after.read("word/document.xml")


def test_xml_comments_are_dropped(tmp_path):
    builder = DocxBuilder()
    xml = builder.entries["word/document.xml"].decode()
    builder.set_part("word/document.xml", xml.replace("<w:body>", "<w:body><!-- Margaret Doyle draft -->", 1))
    out = tmp_path / "out.docx"
    DocxDocument(builder.build(tmp_path / "in.docx")).save(out)
    assert "Margaret" not in zipfile.ZipFile(out).read("word/document.xml").decode()


def test_content_type_decides_xml_parts(tmp_path):
    builder = DocxBuilder()
    builder.add_part("word/extra.bin", "<x>Margaret Doyle</x>", CT + "custom+xml")
    document = DocxDocument(builder.build(tmp_path / "in.docx"))
    assert "Margaret Doyle" in [s.text for s in document.segments]


def test_xml_comments_beside_the_root_are_dropped(tmp_path):
    builder = DocxBuilder()
    builder.add_part("customXml/item1.xml", "<!-- Margaret --><?author Doyle?><r>x</r><!-- Kelly -->")
    out = tmp_path / "out.docx"
    DocxDocument(builder.build(tmp_path / "in.docx")).save(out)
    xml = zipfile.ZipFile(out).read("customXml/item1.xml").decode()
    assert "Margaret" not in xml and "Doyle" not in xml and "Kelly" not in xml and "<r>x</r>" in xml


def test_encrypted_zip_entries_are_refused(tmp_path):
    data = bytearray(zip_bytes(_valid_entries()))
    # Set the "encrypted" flag bit of the first central directory entry.
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1
    _refused(_write(tmp_path, bytes(data)), "encrypted entries")
