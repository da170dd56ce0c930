"""What a picture holds besides its pixels: a PNG's text, time and EXIF chunks; a JPEG's comments, its EXIF, XMP,
IPTC and FlashPix segments and whatever follows its end (a phone appends a second picture with its own EXIF); a
GIF's comments and XMP; a WebP's EXIF and XMP chunks.

A photo's EXIF says where it was taken (GPS), when, and often whose camera it was; a scanned letter's XMP or a
screenshot's PNG text may hold a title, an author or the text of a caption. Word shows none of it, so a person
reviewing the pictures of a draft never sees it. Apply drops it (:func:`without_metadata`: every other byte,
pixels included, stays as it was) and verify reads what is left (:func:`metadata_texts`).

Kept in a JPEG: JFIF (APP0), the colour profile (APP2, ICC) and Adobe's colour transform (APP14), without which the
colours change, and the EXIF orientation, without which a phone photo turns on its side: it is written again as an
EXIF segment of that one value. Kept in a GIF: the looping of an animation (its NETSCAPE2.0 block). Read by hand
rather than through an imaging library: decoding and encoding a picture again would change its pixels, and these
formats are plain lists of tagged blocks.

A TIFF's tags cannot be dropped without writing its directories again, and a metafile (EMF, WMF) draws its text:
neither is changed, but verify reads both (a TIFF's text tags, a metafile's drawn strings), so a listed name in one
stops the run and the picture is named.
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
    """The picture without its metadata; None when it has none, or is no PNG, JPEG, GIF or WebP this can read
    whole."""
    remover = {"png": _png_without_metadata, "jpeg": _jpeg_without_metadata, "gif": _gif_without_metadata,
               "webp": _webp_without_metadata}.get(picture_format(data) or "")
    return remover(data) if remover else None


def picture_format(data: bytes) -> str | None:
    """"png", "jpeg", "gif", "webp", "tiff" or "metafile" (EMF, WMF, or either gzipped), by the bytes' signature;
    None for anything else."""
    if data.startswith(PNG_SIGNATURE):
        return "png"
    if data[:2] == b"\xff\xd8":
        return "jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    return "metafile" if is_metafile(data) else None


def metadata_texts(data: bytes, depth: int = 0) -> list[str]:
    """The text a picture's metadata holds (what a person could read with an EXIF viewer), and the strings a
    metafile draws, for verify."""
    kind_of_picture = picture_format(data)
    if kind_of_picture == "png":
        chunks = [(kind, body) for kind, body, _ in _png_chunks(data) or () if kind in _PNG_METADATA]
        return [text for kind, body in chunks for text in _readable(_png_text_body(kind, body))]
    if kind_of_picture == "jpeg":
        segments = _jpeg_segments(data) or []
        texts = [text for marker, segment in segments if _is_jpeg_metadata(marker, segment)
                 for text in (_exif_texts(segment[10:]) if segment[4:10] == _EXIF else _readable(segment[4:]))]
        after = _after_the_picture(segments)
        if after:
            texts += metadata_texts(after, depth + 1) if after[:2] == b"\xff\xd8" and depth < 4 else _readable(after)
        return texts
    if kind_of_picture == "gif":
        return [text for block in _gif_metadata_blocks(data) for text in _readable(block)]
    if kind_of_picture == "webp":
        return [text for kind, body, _ in _webp_chunks(data) or () if kind in _WEBP_METADATA
                for text in (_exif_texts(body[6:] if body[:6] == _EXIF else body) if kind == b"EXIF"
                             else _readable(body))]
    if kind_of_picture == "tiff":
        return _exif_texts(data)
    if kind_of_picture == "metafile":
        if data[:2] == _GZIP:
            inner = _gunzipped(data)
            return metadata_texts(inner, depth + 1) if inner is not None and depth < 4 else []
        return _emf_strings(data) if data[:4] == b"\x01\x00\x00\x00" else _wmf_strings(data)
    return []


_GZIP = b"\x1f\x8b"
_MAX_METAFILE = 64 * 1024 * 1024


def _gunzipped(data: bytes) -> bytes | None:
    """A compressed metafile's (.emz, .wmz: gzip) bytes, at most 64 MB of them (a bomb stops there)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        inner = inflater.decompress(data, _MAX_METAFILE)
    except zlib.error:
        return None
    return inner


def is_picture(data: bytes) -> bool:
    """Whether ``data`` is written as one of the pictures :func:`metadata_texts` reads (by its signature)."""
    return picture_format(data) is not None


def is_metafile(data: bytes) -> bool:
    """An EMF (its record type 1 and " EMF" signature) or a WMF (placeable, or a plain header), or either
    compressed with gzip (.emz, .wmz)."""
    if data[:2] == _GZIP:
        head = _gunzip_head(data)
        return head is not None and not head.startswith(_GZIP) and is_metafile(head)
    return (data[:4] == b"\x01\x00\x00\x00" and data[40:44] == b" EMF") or data[:4] == b"\xd7\xcd\xc6\x9a" \
        or data[:6] in (b"\x01\x00\x09\x00\x00\x03", b"\x02\x00\x09\x00\x00\x03")


def _gunzip_head(data: bytes) -> bytes | None:
    """The first bytes of a gzip stream, inflated (enough for a metafile's signature)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, 64)
    except zlib.error:
        return None


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


def _is_jpeg_metadata(marker: int, segment: bytes) -> bool:
    if marker == 0xE2:
        return not segment[4:16] == b"ICC_PROFILE\x00"    # FlashPix ("FPXR") and MPF are APP2 too
    return marker == _JPEG_COMMENT or (0xE0 <= marker <= 0xEF and marker not in _JPEG_KEPT)


def _end_of_image(segments: list[tuple[int, bytes]]) -> int | None:
    """Where the picture's data ends in its last segment (just after its end-of-image marker), or None. Inside the
    compressed data a 0xFF byte is always followed by 0x00 or a restart marker, so the first FF D9 is the end."""
    if not segments or segments[-1][0] not in (_START_OF_SCAN, _END_OF_IMAGE):
        return None
    at = segments[-1][1].find(b"\xff\xd9")
    return None if at < 0 else at + 2


def _after_the_picture(segments: list[tuple[int, bytes]]) -> bytes:
    end = _end_of_image(segments)
    return segments[-1][1][end:] if end is not None else b""


def _jpeg_without_metadata(data: bytes) -> bytes | None:
    segments = _jpeg_segments(data)
    if segments is None:
        return None
    after = _after_the_picture(segments)
    if not after and not any(_is_jpeg_metadata(marker, segment) for marker, segment in segments):
        return None
    if after:
        end = _end_of_image(segments)
        segments[-1] = (segments[-1][0], segments[-1][1][:end])
    orientation = next((value for marker, segment in segments if marker == 0xE1 and segment[4:10] == _EXIF
                        for value in [_orientation(segment[10:])] if value), None)
    kept = [segment for marker, segment in segments if not _is_jpeg_metadata(marker, segment)]
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


# ---------------------------------------------------------------------------------------------------- GIF
_GIF_KEPT_APPLICATIONS = (b"NETSCAPE2.0", b"ANIMEXTS1.0")     # an animation's looping


def _gif_blocks(data: bytes) -> list[tuple[str, bytes]] | None:
    """("header" | "kept" | "metadata" | "trailer", bytes as written) of each block; None if cut short."""
    if len(data) < 13:
        return None
    flags = data[10]
    at = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    blocks: list[tuple[str, bytes]] = [("header", data[:at])]
    while at < len(data):
        start, introducer = at, data[at]
        if introducer == 0x3B:
            blocks.append(("trailer", data[at:]))
            return blocks
        if introducer == 0x2C:
            if at + 10 > len(data):
                return None
            local = data[at + 9]
            at += 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0) + 1     # and the LZW code size
            kind = "kept"
        elif introducer == 0x21 and at + 1 < len(data):
            label = data[at + 1]
            at += 2
            kind = "kept"
            if label == 0xFE:
                kind = "metadata"                                        # a comment
            elif label == 0xFF:
                kind = "kept" if data[at + 1:at + 12] in _GIF_KEPT_APPLICATIONS else "metadata"     # XMP and others
        else:
            return None
        while True:                                                      # the data sub-blocks, to an empty one
            if at >= len(data):
                return None
            size = data[at]
            at += 1 + size
            if size == 0:
                break
        if at > len(data):
            return None
        blocks.append((kind, data[start:at]))
    return None


def _gif_metadata_blocks(data: bytes) -> list[bytes]:
    return [block for kind, block in _gif_blocks(data) or () if kind == "metadata"]


def _gif_without_metadata(data: bytes) -> bytes | None:
    blocks = _gif_blocks(data)
    if blocks is None or not any(kind == "metadata" for kind, _ in blocks):
        return None
    return b"".join(block for kind, block in blocks if kind != "metadata")


# ---------------------------------------------------------------------------------------------------- WebP
_WEBP_METADATA = frozenset({b"EXIF", b"XMP "})
_WEBP_EXIF_FLAG, _WEBP_XMP_FLAG = 0x08, 0x04


def _webp_chunks(data: bytes) -> list[tuple[bytes, bytes, bytes]] | None:
    """(FourCC, data, the whole chunk as written, padding included) of each chunk; None if cut short."""
    chunks, at = [], 12
    while at < len(data):
        if at + 8 > len(data):
            return None
        kind, size = data[at:at + 4], struct.unpack("<I", data[at + 4:at + 8])[0]
        end = at + 8 + size + (size & 1)
        if at + 8 + size > len(data):
            return None
        chunks.append((kind, data[at + 8:at + 8 + size], data[at:min(end, len(data))]))
        at = end
    return chunks


def _webp_without_metadata(data: bytes) -> bytes | None:
    chunks = _webp_chunks(data)
    if chunks is None or not any(kind in _WEBP_METADATA for kind, _, _ in chunks):
        return None
    kept = []
    for kind, body, whole in chunks:
        if kind in _WEBP_METADATA:
            continue
        if kind == b"VP8X" and body:
            # the extended header says which chunks follow: a reader looks for the ones it names
            whole = whole[:8] + bytes([body[0] & ~(_WEBP_EXIF_FLAG | _WEBP_XMP_FLAG) & 0xFF]) + whole[9:]
        kept.append(whole)
    payload = b"WEBP" + b"".join(kept)
    return b"RIFF" + struct.pack("<I", len(payload)) + payload


# ---------------------------------------------------------------------------------------------------- metafiles
# The strings a metafile draws, read record by record: read as a run of bytes, its coordinates and colours give
# "words" ("Sj", "TW") that are a listed person's initials.
_EMR_HEADER, _EMR_EXTTEXTOUTA, _EMR_EXTTEXTOUTW, _EMR_COMMENT = 1, 83, 84, 70
_EMR_POLYTEXTOUTA, _EMR_POLYTEXTOUTW, _EMR_SMALLTEXTOUT = 96, 97, 108
_ETO_NO_RECT, _ETO_SMALL_CHARS = 0x100, 0x200
_EMF_PLUS_DRAW_STRING = 0x401C
_WMF_TEXTOUT, _WMF_EXTTEXTOUT = 0x0521, 0x0A32
_MAX_RECORDS = 200_000


def _emf_strings(data: bytes) -> list[str]:
    texts, at, records = [], 0, 0
    while at + 8 <= len(data) and records < _MAX_RECORDS:
        kind, size = struct.unpack("<II", data[at:at + 8])
        if size < 8 or at + size > len(data):
            break
        record = data[at:at + size]
        if kind in (_EMR_EXTTEXTOUTA, _EMR_EXTTEXTOUTW) and size >= 76:
            count, offset = struct.unpack("<II", record[44:52])
            width = 2 if kind == _EMR_EXTTEXTOUTW else 1
            raw = record[offset:offset + count * width]
            texts.append(raw.decode("utf-16-le" if width == 2 else "cp1252", "replace"))
        elif kind in (_EMR_POLYTEXTOUTA, _EMR_POLYTEXTOUTW) and size >= 40:
            # several EMRTEXT structures (40 bytes each) after the bounds, graphics mode, scales and their count
            width = 2 if kind == _EMR_POLYTEXTOUTW else 1
            strings = min(struct.unpack("<I", record[36:40])[0], (size - 40) // 40)
            for number in range(strings):
                at_text = 40 + 40 * number
                count, offset = struct.unpack("<II", record[at_text + 8:at_text + 16])
                raw = record[offset:offset + count * width]
                texts.append(raw.decode("utf-16-le" if width == 2 else "cp1252", "replace"))
        elif kind == _EMR_SMALLTEXTOUT and size >= 36:
            # x, y, the count of characters, the options, the graphics mode, two scales; a rectangle unless
            # ETO_NO_RECT; the characters in 8 bits with ETO_SMALL_CHARS, else UTF-16
            count, options = struct.unpack("<II", record[16:24])
            start = 36 + (0 if options & _ETO_NO_RECT else 16)
            width = 1 if options & _ETO_SMALL_CHARS else 2
            raw = record[start:start + count * width]
            texts.append(raw.decode("utf-16-le" if width == 2 else "cp1252", "replace"))
        elif kind == _EMR_HEADER and size >= 88:
            # the description the program that drew the picture gave it ("GenoPro\0Quintero family genogram")
            count, offset = struct.unpack("<II", record[60:68])
            if count and offset:
                texts += record[offset:offset + 2 * count].decode("utf-16-le", "replace").split("\x00")
        elif kind == _EMR_COMMENT and record[12:16] == b"EMF+":
            texts += _emf_plus_strings(record[16:])
        elif kind == _EMR_COMMENT and size >= 12:
            # a program's own comment (GDI comments, a program's private data): every readable run in it
            length = struct.unpack("<I", record[8:12])[0]
            texts += _readable(record[12:12 + length])
        at += size
        records += 1
    return [text for text in texts if text.strip()]


def _emf_plus_strings(data: bytes) -> list[str]:
    texts, at = [], 0
    while at + 12 <= len(data):
        kind, _, size, data_size = struct.unpack("<HHII", data[at:at + 12])
        if size < 12 or at + size > len(data):
            break
        if kind == _EMF_PLUS_DRAW_STRING and data_size >= 28:
            length = struct.unpack("<I", data[at + 20:at + 24])[0]
            texts.append(data[at + 40:at + 40 + 2 * length].decode("utf-16-le", "replace"))
        at += size
    return texts


def _wmf_strings(data: bytes) -> list[str]:
    at = 22 if data[:4] == b"\xd7\xcd\xc6\x9a" else 0          # a placeable WMF's own header first
    if at + 18 > len(data):
        return []
    at += struct.unpack("<H", data[at + 2:at + 4])[0] * 2          # the header's size, in 16-bit words
    texts, records = [], 0
    while at + 6 <= len(data) and records < _MAX_RECORDS:
        size = struct.unpack("<I", data[at:at + 4])[0] * 2
        function = struct.unpack("<H", data[at + 4:at + 6])[0]
        if size < 6 or at + size > len(data):
            break
        params = data[at + 6:at + size]
        if function == _WMF_TEXTOUT and len(params) >= 2:
            length = struct.unpack("<H", params[:2])[0]
            texts.append(params[2:2 + length].decode("cp1252", "replace"))
        elif function == _WMF_EXTTEXTOUT and len(params) >= 8:
            length, options = struct.unpack("<HH", params[4:8])
            start = 8 + (8 if options & 0x0006 else 0)               # a clipping or opaque rectangle
            texts.append(params[start:start + length].decode("cp1252", "replace"))
        at += size
        records += 1
    return [text for text in texts if text.strip()]


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
