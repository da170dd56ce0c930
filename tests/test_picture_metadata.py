"""A picture's metadata leaves with the draft: a PNG's text chunks, a JPEG's EXIF (author, GPS, dates, Windows'
UTF-16 "XPAuthor"), XMP, IPTC and comments. Word never shows them, so the person reviewing the pictures cannot see
them either.

Found by a helper probing Word structures: a PNG whose text chunk said "Zsofia Kovacs at Hartsford, 14 May 2023,
07700 900123" came out of apply unchanged, listed only for a look at the picture, and `verify` passed it ("1
part(s) without text not checked"). Apply now drops the metadata and keeps every other byte (the pixels, a JPEG's
colour profile and orientation); verify reads whatever metadata is left.
"""
from __future__ import annotations

import gzip
import json
import struct
import zipfile
import zlib

import pytest

from conftest import quiet_redactor
from docx_factory import DocxBuilder, inline_picture, paragraph, run
from redact.documents.image_metadata import metadata_texts, without_metadata
from redact.rules import parse_rules
from redact.verify import verify_file

RULES = parse_rules({"version": 1, "review": "picture metadata",
                     "people": [{"name": "Zsofia Kovacs", "pseudonym": "Clara"},
                                {"name": "Oluwaseun Adeyemi-Cole", "pseudonym": "Ben"}],
                     "places": [{"name": "Hartsford", "pseudonym": "Area A"}],
                     "dates": {"date_of_death": "2023-05-14"}})
SAID = ["Zsofia Kovacs at Hartsford, 14 May 2023, 07700 900123", "Photo: Oluwaseun Adeyemi-Cole",
        "Taken 2023:05:14 21:40 by zsofia.kovacs@example.org"]
LEFT = ("kovacs", "hartsford", "adeyemi", "07700 900123", "2023:05:14", "zsofia")


# ---------------------------------------------------------------------------------------------------- pictures
def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


PNG_PIXELS = [_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)), _chunk(b"IDAT", zlib.compress(b"\0\0")),
              _chunk(b"IEND", b"")]


def png(text: str) -> bytes:
    chunks = [_chunk(b"tEXt", b"Author\0" + text.encode("latin-1", "replace")),
              _chunk(b"zTXt", b"Comment\0\0" + zlib.compress(text.encode("latin-1", "replace"))),
              _chunk(b"iTXt", b"Title\0\1\0en\0\0" + zlib.compress(text.encode())),
              _chunk(b"tIME", b"\x07\xe7\x05\x0e\x15\x28\x00")]
    return b"\x89PNG\r\n\x1a\n" + PNG_PIXELS[0] + b"".join(chunks) + b"".join(PNG_PIXELS[1:])


def _segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def _exif(text: str, orientation: int) -> bytes:
    """Little-endian EXIF: Orientation, Artist (ASCII) and XPAuthor (UTF-16, as Windows writes it)."""
    artist, author = text.encode("latin-1", "replace") + b"\0", text.encode("utf-16-le") + b"\0\0"
    entries, data_at = 3, 8 + 2 + 3 * 12 + 4
    ifd = struct.pack("<H", entries) + struct.pack("<HHIHH", 0x0112, 3, 1, orientation, 0) + \
        struct.pack("<HHII", 0x013B, 2, len(artist), data_at) + \
        struct.pack("<HHII", 0x9C9D, 1, len(author), data_at + len(artist)) + struct.pack("<I", 0)
    return b"Exif\0\0" + b"II*\0" + struct.pack("<I", 8) + ifd + artist + author


JFIF = _segment(0xE0, b"JFIF\0\1\1\0\0\1\0\1\0\0")
ICC = _segment(0xE2, b"ICC_PROFILE\0\1\1" + b"\0" * 40)
ADOBE = _segment(0xEE, b"Adobe\0\x64\0\0\0\0\1")
QUANTISATION = _segment(0xDB, b"\0" + bytes(range(64)))
SCAN = _segment(0xDA, b"\x01\x01\x00\x00\x3f\x00") + b"\x12\x34\xff\x00\x56" + b"\xff\xd9"


def jpeg(text: str, orientation: int = 6) -> bytes:
    xmp = _segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>" + text.encode() +
                   b"</dc:creator></x:xmpmeta>")
    iptc = _segment(0xED, b"Photoshop 3.0\0" + b"8BIM\x04\x04\0\0" + text.encode())
    return (b"\xff\xd8" + JFIF + _segment(0xE1, _exif(text, orientation)) + xmp + ICC + iptc +
            _segment(0xFE, text.encode()) + ADOBE + QUANTISATION + SCAN)


# ---------------------------------------------------------------------------------------------------- the files
@pytest.mark.parametrize("text", SAID)
def test_a_png_keeps_its_pixels_and_loses_its_text(text):
    stripped = without_metadata(png(text))
    assert stripped == b"\x89PNG\r\n\x1a\n" + b"".join(PNG_PIXELS)
    assert any("kovacs" in t.lower() or "adeyemi" in t.lower() for t in metadata_texts(png(text)))
    assert metadata_texts(stripped) == [] and without_metadata(stripped) is None


@pytest.mark.parametrize("text", SAID)
def test_a_jpeg_keeps_its_pixels_colours_and_orientation(text):
    stripped = without_metadata(jpeg(text))
    assert stripped is not None
    assert stripped.startswith(b"\xff\xd8" + JFIF) and stripped.endswith(ICC + ADOBE + QUANTISATION + SCAN)
    assert not any(word in stripped.lower() for word in (b"kovacs", b"adeyemi", b"hartsford", b"2023:05:14")) and \
        "kovacs".encode("utf-16-le") not in stripped.lower()
    assert metadata_texts(stripped) == []     # the orientation segment holds no text
    orientation = struct.pack(">HHIHH", 0x0112, 3, 1, 6, 0)
    assert orientation in stripped        # written again, alone: the photo is not turned on its side


def test_verify_reads_the_text_of_exif_entry_by_entry():
    # the Artist (ASCII) and Windows' XPAuthor (UTF-16) of an EXIF block; its thumbnail's bytes are never read
    only_exif = b"\xff\xd8" + JFIF + _segment(0xE1, _exif(SAID[1], 1) + bytes(range(256)) * 4) + QUANTISATION + SCAN
    assert metadata_texts(only_exif).count(SAID[1]) == 2


def test_an_upright_jpeg_gets_no_orientation_and_a_clean_one_stays_as_it_is():
    stripped = without_metadata(jpeg(SAID[0], orientation=1))
    assert stripped == b"\xff\xd8" + JFIF + ICC + ADOBE + QUANTISATION + SCAN
    assert without_metadata(stripped) is None


@pytest.mark.parametrize("data", [png(SAID[0])[:60], jpeg(SAID[0])[:30], b"GIF89a...", b"", b"\xff\xd8\xff"])
def test_a_picture_cut_short_or_of_another_kind_is_left_to_a_person(data):
    assert without_metadata(data) is None


# ---------------------------------------------------------------------------------------------------- apply and verify
def _draft(tmp_path, pictures: dict[str, bytes]):
    builder = DocxBuilder()
    builder.add_default("jpeg", "image/jpeg")
    body = [paragraph(run("The panel looked at the photographs."))]
    for name, data in pictures.items():
        if name.endswith(".png"):
            builder.add_default("png", "image/png")
        rel_id = builder.add_part(f"word/media/{name}", data, rel_type="image")
        body.append(paragraph(inline_picture(rel_id, file_name=name)))
    builder.append_body(*body)
    return builder.build(tmp_path / "draft.docx")


def test_apply_drops_the_metadata_verify_reads_it_and_the_audit_says_so(tmp_path):
    source = _draft(tmp_path, {"image1.png": png(SAID[0]), "image2.jpeg": jpeg(SAID[1]), "image3.png": png(SAID[2])})
    verdict = verify_file(source, RULES)
    assert not verdict.ok and any("picture metadata" in leak.location for leak in verdict.leaks), verdict.leaks
    output, audit = tmp_path / "out.docx", tmp_path / "out.audit.jsonl"
    quiet_redactor(RULES).redact_file(source, output, audit)
    with zipfile.ZipFile(output) as archive:
        for name in archive.namelist():
            data = archive.read(name).lower()
            assert not any(word.encode() in data or word.encode("utf-16-le") in data for word in LEFT), name
        assert archive.read("word/media/image1.png") == b"\x89PNG\r\n\x1a\n" + b"".join(PNG_PIXELS)
    assert verify_file(output, RULES).ok
    summary = [json.loads(line) for line in audit.read_text().splitlines()][-1]
    assert summary["type"] == "summary"
    assert summary["image_metadata_removed"] == ["word/media/image1.png", "word/media/image2.jpeg",
                                                 "word/media/image3.png"]


def test_a_picture_without_metadata_is_written_byte_for_byte(tmp_path):
    clean = b"\x89PNG\r\n\x1a\n" + b"".join(PNG_PIXELS)
    source = _draft(tmp_path, {"image1.png": clean})
    output, audit = tmp_path / "out.docx", tmp_path / "out.audit.jsonl"
    quiet_redactor(RULES).redact_file(source, output, audit)
    assert zipfile.ZipFile(output).read("word/media/image1.png") == clean
    assert "image_metadata_removed" not in audit.read_text()


# ---------------------------------------------------------------------------------------------------- more formats
# Found by a second helper: a GIF's comment, a WebP's XMP, a JPEG's FlashPix APP2 segment and a second picture a
# phone appends after the first (with its own EXIF and comment) all came through apply; verify said "1 part(s)
# without text not checked". A TIFF's tags and the text a metafile draws (an EMF genogram, an object's icon that
# draws its file name) cannot be dropped: verify reads them now, so a listed name stops the run.
def gif(text: str) -> bytes:
    comment = text.encode("latin-1", "replace")
    xmp = b"<x:xmpmeta><dc:creator>" + text.encode() + b"</dc:creator></x:xmpmeta>"
    loop = b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    return (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff" + loop +
            b"\x21\xfe" + bytes([len(comment)]) + comment + b"\x00" +
            b"\x21\xff\x0bXMP DataXMP" + bytes([len(xmp)]) + xmp + b"\x00" +
            b"\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00\x3b")


def webp(text: str) -> bytes:
    lossless = bytes.fromhex("2f000000100700100c0000")
    xmp = b"<x:xmpmeta><dc:creator>" + text.encode() + b"</dc:creator></x:xmpmeta>"
    exif = _exif(text, 1)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return kind + struct.pack("<I", len(body)) + body + b"\0" * (len(body) % 2)

    body = b"WEBP" + chunk(b"VP8X", b"\x0c\0\0\0" + b"\0" * 6) + chunk(b"VP8L", lossless) + chunk(b"EXIF", exif) + \
        chunk(b"XMP ", xmp)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def jpeg_with_flashpix_and_a_second_picture(text: str) -> bytes:
    first = b"\xff\xd8" + JFIF + ICC + _segment(0xE2, b"FPXR\0\0" + text.encode()) + ADOBE + QUANTISATION + SCAN
    return first + b"\xff\xd8" + _segment(0xE1, _exif(text, 1)) + _segment(0xFE, text.encode()) + QUANTISATION + SCAN


def tiff(text: str) -> bytes:
    return _exif(text, 1)[6:]        # an EXIF block is a TIFF's directory


def emf(text: str) -> bytes:
    """A header, the text drawn by one EMR_EXTTEXTOUTW record, the end."""
    header = struct.pack("<II", 1, 108) + b"\0" * 32 + b" EMF" + b"\0" * 64
    string = text.encode("utf-16-le")
    string += b"\0" * (-len(string) % 4)
    body = b"\0" * 28 + b"\0" * 8 + struct.pack("<III", len(text), 76, 0) + b"\0" * 16 + struct.pack("<I", 0) + string
    return header + struct.pack("<II", 84, 8 + len(body)) + body + struct.pack("<II", 14, 20) + b"\0" * 12


@pytest.mark.parametrize("make", [gif, webp, jpeg_with_flashpix_and_a_second_picture])
@pytest.mark.parametrize("text", SAID)
def test_a_gif_a_webp_and_a_jpegs_other_segments_lose_their_text(make, text):
    data = make(text)
    assert any("kovacs" in t.lower() or "adeyemi" in t.lower() for t in metadata_texts(data))
    stripped = without_metadata(data)
    assert stripped is not None and metadata_texts(stripped) == []
    assert not any(word in stripped.lower() for word in (b"kovacs", b"adeyemi", b"hartsford"))
    if make is gif:
        assert b"NETSCAPE2.0" in stripped and stripped.endswith(b"\x3b")     # the animation still loops
    if make is webp:
        assert stripped[20] & 0x0C == 0 and struct.unpack("<I", stripped[4:8])[0] == len(stripped) - 8
    if make is jpeg_with_flashpix_and_a_second_picture:
        assert stripped.endswith(SCAN) and stripped.count(b"\xff\xd8") == 1 and ICC in stripped


@pytest.mark.parametrize("name, make, what", [("image1.tiff", tiff, "picture metadata"),
                                              ("image1.emf", emf, "text drawn in the picture")])
def test_a_tiffs_tags_and_a_metafiles_text_stop_apply_with_advice(tmp_path, name, make, what):
    source = _draft(tmp_path, {name: make(SAID[0])})
    verdict = verify_file(source, RULES)
    assert any(what in leak.location and "image1" in leak.location for leak in verdict.leaks), verdict.leaks
    from redact.verify.advice import leak_advice

    assert all("PNG or JPEG" in leak_advice(leak) for leak in verdict.leaks if what in leak.location)


# ---------------------------------------------------------------------------------------------------- metafile records
def _emf_with(records: list[bytes], description: str = "") -> bytes:
    """A header (with a description when given), the records, the end."""
    described = description.encode("utf-16-le")
    described += b"\0" * (-len(described) % 4)
    size = 108 + len(described)
    header = struct.pack("<II", 1, size) + b"\0" * 32 + b" EMF" + b"\0" * 16 + \
        struct.pack("<II", len(description), 108 if description else 0) + b"\0" * 40
    return header + described + b"".join(records) + struct.pack("<II", 14, 20) + b"\0" * 12


def _record(kind: int, body: bytes) -> bytes:
    body += b"\0" * (-len(body) % 4)
    return struct.pack("<II", kind, 8 + len(body)) + body


def _small_text_out(text: str, small_chars: bool = False, rectangle: bool = False) -> bytes:
    options = (0 if rectangle else 0x100) | (0x200 if small_chars else 0)
    string = text.encode("cp1252" if small_chars else "utf-16-le")
    return _record(108, struct.pack("<iiIIIff", 10, 10, len(text), options, 1, 0, 0)
                   + (b"\0" * 16 if rectangle else b"") + string)


def _poly_text_out(*texts: str) -> bytes:
    strings = [text.encode("utf-16-le") for text in texts]
    offset = 40 + 40 * len(texts)
    structures, data = b"", b""
    for string, text in zip(strings, texts):
        structures += struct.pack("<ii", 0, 0) + struct.pack("<III", len(text), offset + len(data), 0) + \
            b"\0" * 16 + struct.pack("<I", 0)
        data += string + b"\0" * (-len(string) % 4)
    return _record(97, b"\0" * 16 + struct.pack("<Iff", 1, 0, 0) + struct.pack("<I", len(texts)) + structures + data)


def _comment(text: str) -> bytes:
    data = text.encode("utf-16-le")
    return _record(70, struct.pack("<I", len(data)) + data)


METAFILES = {
    "EMR_SMALLTEXTOUT": lambda text: _emf_with([_small_text_out(text)]),
    "EMR_SMALLTEXTOUT, 8-bit, with its rectangle": lambda text: _emf_with([_small_text_out(text, True, True)]),
    "EMR_POLYTEXTOUTW": lambda text: _emf_with([_poly_text_out("Genogram", text)]),
    "the header's description": lambda text: _emf_with([], description=f"GenoPro\0{text}\0\0"),
    "a GDI comment": lambda text: _emf_with([_comment(f"Drawn by {text}")]),
    ".emz": lambda text: gzip.compress(emf(text)),
}


@pytest.mark.parametrize("kind", sorted(METAFILES))
def test_every_text_a_metafile_holds_stops_apply(tmp_path, kind):
    data = METAFILES[kind]("Zsofia Kovacs")
    assert any("Zsofia Kovacs" in text for text in metadata_texts(data)), metadata_texts(data)
    name = "image1.emz" if kind == ".emz" else "image1.emf"
    verdict = verify_file(_draft(tmp_path, {name: data}), RULES)
    assert any("text drawn in the picture" in leak.location for leak in verdict.leaks), verdict.leaks


def test_a_gzip_bomb_is_read_no_further_than_its_limit(monkeypatch):
    from redact.documents import image_metadata

    monkeypatch.setattr(image_metadata, "_MAX_METAFILE", 4096)
    data = gzip.compress(emf("Zsofia Kovacs") + b"\0" * (1 << 20))
    assert any("Zsofia Kovacs" in text for text in metadata_texts(data))
    assert len(image_metadata._gunzipped(data)) == 4096
