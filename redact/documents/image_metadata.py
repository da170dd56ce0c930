"""What a picture holds besides its pixels: a PNG's text, time and EXIF chunks; a JPEG's comments and its EXIF, XMP
and IPTC segments.

A photo's EXIF says where it was taken (GPS), when, and often whose camera it was; a scanned letter's XMP or a
screenshot's PNG text may hold a title, an author or the text of a caption. Word shows none of it, so a person
reviewing the pictures of a draft never sees it. Apply drops it (:func:`without_metadata`: every other byte,
pixels included, stays as it was) and verify reads what is left (:func:`metadata_texts`).

Kept in a JPEG: JFIF (APP0), the colour profile (APP2, ICC) and Adobe's colour transform (APP14), without which the
colours change, and the EXIF orientation, without which a phone photo turns on its side: it is written again as an
EXIF segment of that one value. Read by hand rather than through an imaging library: decoding and encoding a JPEG
again would change its pixels, and both formats are a plain list of tagged segments.
"""
from __future__ import annotations

import re
import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# text (tEXt, zTXt, iTXt), EXIF (eXIf) and the time of the last change (tIME)
_PNG_METADATA = frozenset({b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"})
_JPEG_KEPT = frozenset({0xE0, 0xE2, 0xEE})      # APP0 JFIF, APP2 ICC profile, APP14 Adobe
_JPEG_COMMENT = 0xFE
_JPEG_NO_LENGTH = frozenset({0xD8, 0x01, *range(0xD0, 0xD8)})    # SOI, TEM, RST0-7
_START_OF_SCAN, _END_OF_IMAGE = 0xDA, 0xD9
_EXIF = b"Exif\x00\x00"
_ORIENTATION_TAG = 0x0112


def without_metadata(data: bytes) -> bytes | None:
    """The picture without its metadata; None when it has none, or is no PNG or JPEG this can read whole."""
    if data.startswith(PNG_SIGNATURE):
        return _png_without_metadata(data)
    if data[:2] == b"\xff\xd8":
        return _jpeg_without_metadata(data)
    return None


def metadata_texts(data: bytes) -> list[str]:
    """The text a picture's metadata holds (what a person could read with an EXIF viewer), for verify."""
    if data.startswith(PNG_SIGNATURE):
        chunks = [(kind, body) for kind, body, _ in _png_chunks(data) or () if kind in _PNG_METADATA]
        return [text for kind, body in chunks for text in _readable(_png_text_body(kind, body))]
    if data[:2] == b"\xff\xd8":
        segments = _jpeg_segments(data) or []
        return [text for marker, segment in segments if _is_jpeg_metadata(marker)
                for text in (_exif_texts(segment[10:]) if segment[4:10] == _EXIF else _readable(segment[4:]))]
    return []


# ---------------------------------------------------------------------------------------------------- PNG
def _png_chunks(data: bytes) -> list[tuple[bytes, bytes, bytes]] | None:
    """(type, data, the whole chunk as written) of each chunk; None if the file is cut short."""
    chunks, at = [], len(PNG_SIGNATURE)
    while at < len(data):
        if at + 8 > len(data):
            return None
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        end = at + 12 + length
        if end > len(data):
            return None
        chunks.append((kind, data[at + 8:at + 8 + length], data[at:end]))
        at = end
    return chunks


def _png_without_metadata(data: bytes) -> bytes | None:
    chunks = _png_chunks(data)
    if chunks is None or not any(kind in _PNG_METADATA for kind, _, _ in chunks):
        return None
    return PNG_SIGNATURE + b"".join(whole for kind, _, whole in chunks if kind not in _PNG_METADATA)


def _png_text_body(kind: bytes, body: bytes) -> bytes:
    """A text chunk's keyword and text, inflated where the chunk is compressed."""
    keyword, _, rest = body.partition(b"\x00")
    try:
        if kind == b"zTXt":
            return keyword + b"\n" + zlib.decompress(rest[1:])
        if kind == b"iTXt" and rest[:1] == b"\x01":
            language, _, rest2 = rest[2:].partition(b"\x00")
            translated, _, text = rest2.partition(b"\x00")
            return b"\n".join((keyword, language, translated, zlib.decompress(text)))
    except zlib.error:
        pass
    return body


# ---------------------------------------------------------------------------------------------------- JPEG
def _jpeg_segments(data: bytes) -> list[tuple[int, bytes]] | None:
    """(marker, bytes) of each segment up to the image data, then (start of scan, the rest as written); None if
    the file is cut short or malformed."""
    segments, at = [], 0
    while at < len(data):
        if data[at] != 0xFF:
            return None
        while at + 1 < len(data) and data[at + 1] == 0xFF:     # fill bytes
            at += 1
        if at + 1 >= len(data):
            return None
        marker = data[at + 1]
        if marker in _JPEG_NO_LENGTH:
            segments.append((marker, data[at:at + 2]))
            at += 2
            continue
        if marker in (_START_OF_SCAN, _END_OF_IMAGE):
            segments.append((marker, data[at:]))
            return segments
        if at + 4 > len(data):
            return None
        end = at + 2 + struct.unpack(">H", data[at + 2:at + 4])[0]
        if end > len(data):
            return None
        segments.append((marker, data[at:end]))
        at = end
    return segments


def _is_jpeg_metadata(marker: int) -> bool:
    return marker == _JPEG_COMMENT or (0xE0 <= marker <= 0xEF and marker not in _JPEG_KEPT)


def _jpeg_without_metadata(data: bytes) -> bytes | None:
    segments = _jpeg_segments(data)
    if segments is None or not any(_is_jpeg_metadata(marker) for marker, _ in segments):
        return None
    orientation = next((value for marker, segment in segments if marker == 0xE1 and segment[4:10] == _EXIF
                        for value in [_orientation(segment[10:])] if value), None)
    kept = [segment for marker, segment in segments if not _is_jpeg_metadata(marker)]
    if orientation is not None and orientation != 1:
        # after SOI and JFIF, where an EXIF segment goes
        at = 2 if len(kept) > 1 and kept[1][1] == 0xE0 else 1
        kept.insert(at, _orientation_segment(orientation))
    return b"".join(kept)


def _orientation(tiff: bytes) -> int | None:
    """The orientation tag of an EXIF block's first directory (1-8), or None."""
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        return None
    order = "<" if tiff[:2] == b"II" else ">"
    offset = struct.unpack(order + "I", tiff[4:8])[0]
    if offset + 2 > len(tiff):
        return None
    count = struct.unpack(order + "H", tiff[offset:offset + 2])[0]
    for entry in range(count):
        at = offset + 2 + 12 * entry
        if at + 12 > len(tiff):
            return None
        tag, kind = struct.unpack(order + "HH", tiff[at:at + 4])
        if tag == _ORIENTATION_TAG and kind == 3:
            value = struct.unpack(order + "H", tiff[at + 8:at + 10])[0]
            return value if 1 <= value <= 8 else None
    return None


# the directories an EXIF block points to from its first: the camera's (Exif) and the position's (GPS)
_SUB_DIRECTORIES = frozenset({0x8769, 0x8825})
_TEXT_TYPES = {2: "ascii", 1: "bytes", 7: "bytes"}       # ASCII; BYTE and UNDEFINED (XPAuthor, UserComment)


def _exif_texts(tiff: bytes) -> list[str]:
    """The text values of an EXIF block's directories (artist, copyright, description, Windows' XP tags, the
    camera owner, dates): read entry by entry, so that a thumbnail's compressed bytes are never taken for text."""
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        return []
    order = "<" if tiff[:2] == b"II" else ">"
    texts: list[str] = []
    pending: list[int] = [struct.unpack(order + "I", tiff[4:8])[0]]
    seen: set[int] = set()
    while pending and len(seen) < 8:
        offset = pending.pop()
        if offset in seen or offset + 2 > len(tiff):
            continue
        seen.add(offset)
        count = struct.unpack(order + "H", tiff[offset:offset + 2])[0]
        for entry in range(min(count, 512)):
            at = offset + 2 + 12 * entry
            if at + 12 > len(tiff):
                break
            tag, kind, length = struct.unpack(order + "HHI", tiff[at:at + 8])
            if tag in _SUB_DIRECTORIES:
                pending.append(struct.unpack(order + "I", tiff[at + 8:at + 12])[0])
            elif kind in _TEXT_TYPES and length:
                start = at + 8 if length <= 4 else struct.unpack(order + "I", tiff[at + 8:at + 12])[0]
                texts += _readable(tiff[start:start + min(length, 65536)])
    return texts


def _orientation_segment(orientation: int) -> bytes:
    """An EXIF segment holding the orientation alone (one directory of one entry, big-endian)."""
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + struct.pack(">H", 1) + \
        struct.pack(">HHIHH", _ORIENTATION_TAG, 3, 1, orientation, 0) + struct.pack(">I", 0)
    body = _EXIF + tiff
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


# ---------------------------------------------------------------------------------------------------- reading
# printable ASCII and well-formed UTF-8: the bytes of a picture's data decoded as text are mostly neither
_RUN_OF_BYTES = re.compile(rb"(?:[\x20-\x7e\t\r\n]|[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|"
                           rb"[\xf0-\xf4][\x80-\xbf]{3}){3,}")
_RUN_OF_UTF16 = re.compile(rb"(?:[\x20-\x7e\xa0-\xff]\x00){3,}")      # Windows writes XPAuthor and the like so


def _readable(body: bytes) -> list[str]:
    """Every run of readable characters: UTF-8 (or Latin-1), and the UTF-16 Windows writes some EXIF tags in."""
    texts = [run.decode("utf-8") for run in _RUN_OF_BYTES.findall(body)]
    texts += [run.decode("utf-16-le") for run in _RUN_OF_UTF16.findall(body)]
    return [text for text in texts if text.strip()]
