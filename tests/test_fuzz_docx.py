"""Fuzzing the .docx path: mutated document.xml (bytes and elements) and mutated zip bytes.

Every outcome must be a clean output (verified) or a RedactError (InputError for a broken file,
LeakError when verification refuses the result): never another exception, never a partial output.
Bounded for CI by ``max_examples``; set REDACT_FUZZ_EXAMPLES for a longer run.
"""
from __future__ import annotations

import copy
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from lxml import etree

from hostile.make_hostile import W_NS, content_types, package_rels, zip_bytes
from redact.errors import RedactError
from redact.pipeline import Redactor
from redact.rules import parse_rules
from redact.verify import verify_file

XML_EXAMPLES = int(os.environ.get("REDACT_FUZZ_EXAMPLES", 120))
ZIP_EXAMPLES = int(os.environ.get("REDACT_FUZZ_EXAMPLES", 60))

RULES = parse_rules({"version": 1, "review": "fuzz",
                     "people": [{"name": "Thaddeus Quillfeather", "pseudonym": "Adam", "aliases": ["Thad"]},
                                {"name": "Ottoline Braithwaite", "pseudonym": "Beth"}],
                     "places": [{"name": "Wexcombe", "pseudonym": "Area A"}],
                     "dates": {"date_of_death": "2023-05-14"}})
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# A main part with the structures the segmenter walks: runs split inside a name, a table, a hyperlink,
# tracked changes, a field, a content control, a text box, breaks and tabs.
BODY = (
    '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Review of the death of Thad</w:t></w:r>'
    '<w:r><w:rPr><w:b/></w:rPr><w:t>deus Quill</w:t></w:r><w:r><w:t xml:space="preserve">feather </w:t></w:r></w:p>'
    '<w:p><w:r><w:t xml:space="preserve">Ottoline Braithwaite lived in Wexcombe</w:t></w:r><w:r><w:br/></w:r>'
    '<w:r><w:tab/><w:t>until 14 May 2023.</w:t></w:r></w:p>'
    '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Mrs Braithwaite</w:t></w:r></w:p></w:tc>'
    '<w:tc><w:p><w:hyperlink r:id="rId9"><w:r><w:t>Quillfeather</w:t></w:r></w:hyperlink></w:p></w:tc></w:tr></w:tbl>'
    '<w:p><w:ins w:id="1" w:author="Ottoline Braithwaite"><w:r><w:t>Thad said</w:t></w:r></w:ins>'
    '<w:del w:id="2" w:author="X"><w:r><w:delText>Thaddeus</w:delText></w:r></w:del></w:p>'
    '<w:p><w:fldSimple w:instr=" AUTHOR Quillfeather "><w:r><w:t>Quillfeather</w:t></w:r></w:fldSimple></w:p>'
    '<w:sdt><w:sdtPr><w:alias w:val="Name"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Wexcombe</w:t></w:r></w:p>'
    '</w:sdtContent></w:sdt>'
    '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r>'
    '<w:t>Braithwaite</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
)
DOCUMENT = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}" '
            f'xmlns:r="{R_NS}"><w:body>{BODY}<w:sectPr/></w:body></w:document>').encode("utf-8")
DOCUMENT_RELS = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/'
                 'package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/'
                 'officeDocument/2006/relationships/hyperlink" Target="https://example.org/quillfeather" '
                 'TargetMode="External"/></Relationships>').encode("utf-8")
W_TAGS = ("p", "r", "t", "tbl", "tr", "tc", "ins", "del", "delText", "hyperlink", "fldSimple", "sdt", "sdtContent",
          "txbxContent", "br", "tab", "instrText", "fldChar", "smartTag", "customXml", "rPr", "pPr", "body",
          "footnoteReference", "commentReference", "moveFrom", "moveTo", "bookmarkStart", "noBreakHyphen")
TEXTS = ("Thaddeus", "Quill", "feather", "Braithwaite", "Wexcombe", "14 May 2023", "", " ", "\u200b", "’s", "&amp;",
         "x" * 300)


def package(document: bytes) -> bytes:
    return zip_bytes({"[Content_Types].xml": content_types(), "_rels/.rels": package_rels(),
                      "word/document.xml": document, "word/_rels/document.xml.rels": DOCUMENT_RELS})


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    redactor = Redactor(RULES)
    redactor.redact_text("Warm-up.")
    return redactor


def _outcome(redactor: Redactor, data: bytes) -> str:
    """Redact ``data`` as a .docx: "ok" (and the output is clean) or the RedactError's class name."""
    with tempfile.TemporaryDirectory() as folder:
        source, output = Path(folder) / "in.docx", Path(folder) / "out.docx"
        source.write_bytes(data)
        try:
            redactor.redact_file(source, output)
        except RedactError as error:
            assert not output.exists()
            assert "\n" not in str(error)
            left = sorted(p.name for p in Path(folder).iterdir())
            assert left == ["in.docx"], f"left behind: {left}"
            return error.__class__.__name__
        assert source.read_bytes() == data
        assert verify_file(output, RULES).ok
        return "ok"


# ---------------------------------------------------------------------- element mutations
@st.composite
def element_mutations(draw) -> bytes:
    root = etree.fromstring(DOCUMENT)
    for _ in range(draw(st.integers(1, 6))):
        elements = [e for e in root.iter() if isinstance(e.tag, str)]
        element = draw(st.sampled_from(elements))
        parent = element.getparent()
        operation = draw(st.sampled_from(["delete", "duplicate", "move", "rename", "attribute", "text", "tail",
                                          "wrap", "unwrap"]))
        if operation == "delete" and parent is not None:
            parent.remove(element)
        elif operation == "duplicate" and parent is not None:
            parent.insert(parent.index(element), copy.deepcopy(element))
        elif operation == "move" and parent is not None:
            target = draw(st.sampled_from(elements))
            if element not in target.iterancestors() and target is not element:
                parent.remove(element)
                target.insert(draw(st.integers(0, len(target))), element)
        elif operation == "rename":
            element.tag = f"{{{W_NS}}}{draw(st.sampled_from(W_TAGS))}"
        elif operation == "attribute":
            name = draw(st.sampled_from([f"{{{W_NS}}}val", f"{{{W_NS}}}author", f"{{{R_NS}}}id", f"{{{W_NS}}}instr",
                                         "{http://www.w3.org/XML/1998/namespace}space", f"{{{W_NS}}}fldCharType"]))
            element.set(name, draw(st.sampled_from(TEXTS + ("rId9", "rId404", "begin", "end", "separate",
                                                            "preserve")))[:50])
        elif operation == "text":
            element.text = draw(st.sampled_from(TEXTS)) or None
        elif operation == "tail":
            element.tail = draw(st.sampled_from(TEXTS)) or None
        elif operation == "wrap" and parent is not None:
            wrapper = etree.Element(f"{{{W_NS}}}{draw(st.sampled_from(W_TAGS))}")
            parent.replace(element, wrapper)
            wrapper.append(element)
        elif operation == "unwrap" and parent is not None:
            index = parent.index(element)
            parent.remove(element)
            for offset, child in enumerate(list(element)):
                parent.insert(index + offset, child)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


@settings(max_examples=XML_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=element_mutations())
def test_element_mutations_give_clean_output_or_a_clear_error(redactor, document):
    event(f"outcome: {_outcome(redactor, package(document))}")


# ---------------------------------------------------------------------- byte mutations
@st.composite
def byte_mutations(draw, data: bytes) -> bytes:
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data) - 1))
        operation = draw(st.sampled_from(["replace", "insert", "delete", "duplicate"]))
        if operation == "replace":
            data[at] = draw(st.integers(0, 255))
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(
                [b"<", b">", b"&", b"<!DOCTYPE x>", b"]]>", b"<w:t>", b"</w:p>", b"\xff\xfe", b"\x00", b"&#0;",
                 b"&#xD800;", "Thaddeus".encode()]))
        elif operation == "delete":
            del data[at: at + draw(st.integers(1, 16))]
        else:
            end = min(len(data), at + draw(st.integers(1, 64)))
            data[at:at] = data[at:end]
    return bytes(data)


@settings(max_examples=XML_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=byte_mutations(DOCUMENT))
def test_byte_mutations_of_the_main_part_give_clean_output_or_a_clear_error(redactor, document):
    event(f"outcome: {_outcome(redactor, package(document))}")


@settings(max_examples=ZIP_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=byte_mutations(package(DOCUMENT)))
def test_byte_mutations_of_the_zip_give_clean_output_or_a_clear_error(redactor, data):
    event(f"outcome: {_outcome(redactor, data)}")


def test_the_unmutated_document_is_redacted(redactor):
    assert _outcome(redactor, package(DOCUMENT)) == "ok"
