"""Writes the hostile and broken input files of ``tests/hostile/`` and their expectations (CASES.json).

Run it from anywhere: ``python tests/hostile/make_hostile.py``. The files are committed; this script
says how each was made. Every file must make ``redact apply FILE --rules RULES -o OUT`` exit 2 with a
one-line message containing ``expect``, quickly, in little memory, leaving nothing behind (see
tests/test_hostile_inputs.py). They are kept small: a bomb is a few hundred highly compressible bytes,
and the million-character paragraph is generated at test time instead.

Everything is deterministic (fixed zip timestamps) except the encrypted file: msoffcrypto-tool draws a
random salt, so re-running the script changes its bytes but not what it is.
"""
from __future__ import annotations

import bz2
import io
import json
import random
import struct
import warnings
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
FIXED = (1980, 1, 1, 0, 0, 0)
# A name from docs/examples/example-rules.yaml, so a file that were read would have something to redact.
TEXT = "Joanne Pryor lived in Oakbridge."
PASSWORD = "correct horse"


# ---------------------------------------------------------------------- building blocks
def document_xml(body: str = f"<w:p><w:r><w:t>{TEXT}</w:t></w:r></w:p>", prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>').encode("utf-8")


def content_types(main: str = "/word/document.xml") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="{CT_NS}">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="{main}" ContentType="{MAIN_CT}"/></Types>').encode("utf-8")


def package_rels(target: str = "word/document.xml", mode: str = "") -> bytes:
    mode = f' TargetMode="{mode}"' if mode else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_RELS_NS}">'
            f'<Relationship Id="rId1" Type="{OFFICE_DOCUMENT}" Target="{target}"{mode}/>'
            '</Relationships>').encode("utf-8")


def valid_entries(**overrides: bytes) -> dict[str, bytes]:
    """A minimal valid .docx: content types, package relationships, the main part."""
    entries = {"[Content_Types].xml": content_types(), "_rels/.rels": package_rels(),
               "word/document.xml": document_xml()}
    entries.update(overrides)
    return entries


def zip_bytes(entries, compression=zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of ``entries`` (a dict or a list of (name, data) pairs, which may repeat a name)."""
    items = entries.items() if isinstance(entries, dict) else entries
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=FIXED)
            info.compress_type = compression
            info.external_attr = 0
            info.create_system = 0
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "Duplicate name" is the point
                archive.writestr(info, data)
    return buffer.getvalue()


def valid_docx() -> bytes:
    return zip_bytes(valid_entries())


def set_sizes(data: bytes, name: bytes, *, file_size: int, compress_size: int | None = None) -> bytes:
    """Rewrite the sizes an entry declares, in its local header and its central directory record."""
    data = bytearray(data)
    local = data.find(b"PK\x03\x04")
    while local != -1:
        name_len = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30: local + 30 + name_len] == name:
            if compress_size is not None:
                struct.pack_into("<I", data, local + 18, compress_size)
            struct.pack_into("<I", data, local + 22, file_size)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46: central + 46 + name_len] == name:
            if compress_size is not None:
                struct.pack_into("<I", data, central + 20, compress_size)
            struct.pack_into("<I", data, central + 24, file_size)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def bzip2_bomb() -> bytes:
    """An entry of 1 GB of zeros compressed with bzip2 (~800 bytes), declaring a size of 1 KB.

    Python's zipfile inflates a bzip2 chunk whole before it compares the declared size: without the
    compression-method check this expands to a gigabyte in memory.
    """
    payload = bz2.compress(bytes(1024 * 1024 * 1024), 9)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in valid_entries().items():
            archive.writestr(zipfile.ZipInfo(name, date_time=FIXED), data, compress_type=zipfile.ZIP_DEFLATED)
    # Append the bomb entry by hand: zipfile would compress it itself.
    data = bytearray(buffer.getvalue())
    end = data.rfind(b"PK\x05\x06")
    count = struct.unpack_from("<H", data, end + 10)[0]
    cd_size, cd_offset = struct.unpack_from("<II", data, end + 12)
    central, body = bytes(data[cd_offset: cd_offset + cd_size]), bytes(data[:cd_offset])
    name = b"word/media/zeros.bin"
    crc = zlib.crc32(b"\0" * 1024)
    local_header = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 46, 0, zipfile.ZIP_BZIP2, 0, 33,
                               crc, len(payload), 1024, len(name), 0) + name
    record = struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 46, 46, 0, zipfile.ZIP_BZIP2, 0, 33,
                         crc, len(payload), 1024, len(name), 0, 0, 0, 0, 0, len(body)) + name
    new_body = body + local_header + payload
    new_central = central + record
    eocd = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count + 1, count + 1, len(new_central),
                       len(new_body), 0)
    return new_body + new_central + eocd


def encrypted_docx() -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile

    # msoffcrypto-tool cannot read back an EncryptedPackage under 4 KB (OLE's mini stream); Word files are
    # never that small, so the package carries 6 KB of incompressible filler.
    filler = random.Random(6).randbytes(6 * 1024)
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(zip_bytes(valid_entries(**{"word/media/filler.bin": filler})))).encrypt(
        PASSWORD, out)
    return out.getvalue()


def ole_container(stream_name: str = "WordDocument") -> bytes:
    """The start of an OLE compound file: the magic and a directory entry name, as a .doc has."""
    return bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504 + stream_name.encode("utf-16-le") + b"\0" * 512


BILLION_LAUGHS = ('<!DOCTYPE w:document [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                            for i in range(1, 10)) + "]>\n")
XXE = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
XXE_BODY = "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"
EXTERNAL_DTD = '<!DOCTYPE w:document SYSTEM "http://example.invalid/evil.dtd">\n'
PARAMETER_ENTITY = ('<!DOCTYPE w:document [<!ENTITY % remote SYSTEM "http://example.invalid/x.dtd"> %remote;]>\n')


def deep_nesting(depth: int = 5000) -> bytes:
    inner = "<w:sdt><w:sdtContent>" * depth + f"<w:p><w:r><w:t>{TEXT}</w:t></w:r></w:p>" + \
        "</w:sdtContent></w:sdt>" * depth
    return document_xml(inner)


def with_flag(data: bytes, bit: int) -> bytes:
    """Set a general-purpose flag bit on every entry (local header and central directory)."""
    data = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at != -1:
            flags = struct.unpack_from("<H", data, at + offset)[0]
            struct.pack_into("<H", data, at + offset, flags | bit)
            at = data.find(signature, at + 4)
    return bytes(data)


# ---------------------------------------------------------------------- the cases
EXAMPLE_RULES = "docs/examples/example-rules.yaml"   # relative to the repository
EXAMPLE_TEXT = "docs/examples/example-draft.txt"


def cases() -> list[dict]:
    """(file name, bytes, extra arguments, words the one-line message must contain)."""
    docx = valid_docx()
    out: list[tuple[str, bytes, list[str], str]] = [
        ("empty.docx", b"", [], "empty file"),
        ("not-a-zip.docx", b"Dear panel, please find the draft attached.\n", [], "not a zip"),
        ("truncated.docx", docx[: len(docx) // 2], [], "truncated or corrupt"),
        ("corrupt-entry.docx", _corrupt_stored_entry(), [], "truncated or corrupt"),
        ("no-central-directory.docx", docx[: docx.rfind(b"PK\x01\x02")], [], "truncated or corrupt"),
        # beyond the 16 MB under which any compression ratio is accepted (a real document.xml reaches 290:1)
        ("zip-bomb-ratio.docx", zip_bytes(valid_entries(**{"word/media/zeros.bin": bytes(24 * 2**20)})), [],
         "zip bomb"),
        ("zip-bomb-many-entries.docx",
         zip_bytes(valid_entries(**{f"word/media/zeros{i}.bin": bytes(1000 * 1024) for i in range(20)})), [],
         "zip bomb"),
        ("zip-bomb-declared-size.docx",
         set_sizes(docx, b"word/document.xml", file_size=0xFFFF_FFF0, compress_size=0xFFFF_FFF0), [],
         "zip bomb"),
        ("zip-bomb-xml.docx", set_sizes(docx, b"word/document.xml", file_size=200 * 2**20,
                                        compress_size=2 * 2**20), [], "zip bomb"),
        ("zip-bomb-bzip2.docx", bzip2_bomb(), [], "compression method"),
        ("path-traversal.docx", zip_bytes(valid_entries(**{"../../evil.xml": b"<x/>"})), [], "unsafe path"),
        ("path-traversal-backslash.docx", zip_bytes(valid_entries(**{"word\\..\\..\\evil.xml": b"<x/>"})), [],
         "unsafe path"),
        ("absolute-path.docx", zip_bytes(valid_entries(**{"/etc/evil.xml": b"<x/>"})), [], "unsafe path"),
        ("duplicate-entry.docx", zip_bytes([*valid_entries().items(),
                                            ("word/document.xml", document_xml("<w:p/>"))]), [],
         "duplicate entry names"),
        ("duplicate-entry-case.docx", zip_bytes([*valid_entries().items(),
                                                 ("Word/Document.xml", document_xml("<w:p/>"))]), [],
         "duplicate entry names"),
        ("nul-in-entry-name.docx", zip_bytes([*valid_entries().items(),
                                              ("word/document.xmlXevil.xml", document_xml("<w:p/>"))])
         .replace(b"word/document.xmlXevil.xml", b"word/document.xml\0evil.xml"), [], "duplicate entry names"),
        ("encrypted-zip-entries.docx", with_flag(docx, 0x1), [], "encrypted entries"),
        ("billion-laughs.docx", zip_bytes(valid_entries(**{"word/document.xml": document_xml(
            "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", BILLION_LAUGHS)})), [], "DOCTYPE"),
        ("xxe-external-entity.docx", zip_bytes(valid_entries(**{"word/document.xml": document_xml(XXE_BODY, XXE)})),
         [], "DOCTYPE"),
        ("xxe-external-dtd.docx", zip_bytes(valid_entries(**{"word/document.xml": document_xml(prolog=EXTERNAL_DTD)})),
         [], "DOCTYPE"),
        ("xxe-parameter-entity-in-rels.docx", zip_bytes(valid_entries(**{"_rels/.rels": package_rels()
            .replace(b"?>\n", b"?>\n" + PARAMETER_ENTITY.encode())})), [], "DOCTYPE"),
        ("xxe-utf16.docx", zip_bytes(valid_entries(**{"word/document.xml": document_xml(XXE_BODY, XXE)
            .decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")})), [], "DOCTYPE"),
        ("xxe-in-core-properties.docx", zip_bytes(valid_entries(**{"docProps/core.xml": (
            f'<?xml version="1.0"?>\n{XXE}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/'
            '2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>&xxe;'
            '</dc:creator></cp:coreProperties>').encode()})), [], "DOCTYPE"),
        ("malformed-xml.docx", zip_bytes(valid_entries(**{"word/document.xml": document_xml(
            "<w:p><w:r><w:t>Joanne Pryor</w:r></w:p>")})), [], "not well-formed XML"),
        ("deep-nesting.docx", zip_bytes(valid_entries(**{"word/document.xml": deep_nesting()})), [],
         "not well-formed XML"),
        ("no-package-relationships.docx", zip_bytes({k: v for k, v in valid_entries().items()
                                                     if k != "_rels/.rels"}), [], "no main document part"),
        ("main-part-missing.docx", zip_bytes(valid_entries(**{"_rels/.rels": package_rels("word/missing.xml")})),
         [], "main document part"),
        ("main-part-external.docx", zip_bytes(valid_entries(**{"_rels/.rels": package_rels(
            "file:///etc/passwd", "External")})), [], "no main document part"),
        ("macro-inside.docx", zip_bytes(valid_entries(**{"word/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"})), [],
         "macro"),
        ("macro-enabled.docm", zip_bytes(valid_entries(**{"word/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"})), [],
         "macro"),
        ("legacy-word.doc", ole_container(), [], "save as .docx"),
        ("legacy-word-renamed.docx", ole_container(), [], "legacy .doc file"),
        ("password-protected.docx", encrypted_docx(), [], "password-protected"),
        ("password-protected-wrong-password.docx", None, ["--password", "wrong horse"], "wrong password"),
        ("template.dotx", docx, [], "templates are not supported"),
        ("binary.txt", b"\x00\x01\x02\x03PK\x00\x00" * 64, [], "binary file"),
        ("broken-utf16.txt", b"\xff\xfe" + "Joanne".encode("utf-16-le") + b"\x00\xd8", [], "broken UTF-16"),
        ("no-suffix", TEXT.encode(), [], "unsupported file type"),
    ]
    result = []
    for name, data, args, expect in out:
        result.append({"file": name, "data": data, "args": args, "expect": expect})
    # The same encrypted file, with a wrong password: no second copy is committed.
    for case in result:
        if case["file"] == "password-protected-wrong-password.docx":
            case["file"] = "password-protected.docx"
            case["name"] = "password-protected-wrong-password"
    # Rules files that must be refused (with the example draft as the input).
    rules = [
        ("rules-unknown-key.yaml", "version: 1\npeople:\n  - name: Joanne Pryor\n    pseudonyms: Anna\n",
         "unknown key"),
        ("rules-two-pseudonyms.yaml", "version: 1\npeople:\n  - name: Joanne Pryor\n    pseudonym: Anna\n"
         "  - name: Joanne Pryor\n    pseudonym: Beth\n", "two pseudonyms"),
        ("rules-pseudonym-is-a-real-name.yaml", "version: 1\npeople:\n  - name: Joanne Pryor\n"
         "    pseudonym: Craig Pryor\n  - name: Craig Pryor\n    pseudonym: Mark\n", "real name of another"),
        ("rules-empty-name.yaml", "version: 1\npeople:\n  - name: ''\n    pseudonym: Anna\n", "must not be empty"),
        ("rules-empty-alias.yaml", "version: 1\npeople:\n  - name: Joanne Pryor\n    pseudonym: Anna\n"
         "    aliases: ['  ']\n", "must not be empty"),
        ("rules-not-yaml.yaml", "people: [name: Joanne Pryor\n  pseudonym: {Anna\n", "not valid YAML"),
        ("rules-not-a-mapping.yaml", "- Joanne Pryor\n- Anna\n", "must be a YAML mapping"),
        ("rules-wrong-version.yaml", "version: 2\n", "version"),
        ("rules-alias-bomb.yaml", "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
         + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8))
         + "keep: *i\n", "unknown key"),
    ]
    for name, text, expect in rules:
        result.append({"file": name, "data": text.encode("utf-8"), "input": EXAMPLE_TEXT, "rules_file": True,
                       "args": [], "expect": expect})
    return result


def _corrupt_stored_entry() -> bytes:
    """A stored (uncompressed) main part with its bytes changed after the CRC was written."""
    data = bytearray(zip_bytes(valid_entries(), zipfile.ZIP_STORED))
    at = data.find(b"Joanne Pryor")
    data[at: at + 6] = b"XXXXXX"
    return bytes(data)


def main() -> None:
    manifest = []
    for case in cases():
        if case["data"] is not None:
            (HERE / case["file"]).write_bytes(case["data"])
        entry = {"name": case.get("name", case["file"]), "file": case["file"], "args": case["args"],
                 "expect": case["expect"]}
        if case.get("rules_file"):
            entry["rules"], entry["input"] = case["file"], case["input"]
            del entry["file"]
        manifest.append(entry)
    (HERE / "CASES.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"{len(manifest)} cases written to {HERE}")


if __name__ == "__main__":
    main()
