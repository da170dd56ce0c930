"""verify on PDF (pages, text under a black box, annotations, links, outline, metadata, XMP) and `apply --pdf`.

PDFs built here with pypdf need nothing else; the LibreOffice tests (a planted .docx converted, `apply --pdf`)
are skipped with a reason when `soffice` is not installed.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfWriter
from pypdf.annotations import FreeText, Link
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from conftest import EXAMPLES
from docx_factory import run
from redact import to_pdf as pdf_module
from redact.cli import main
from redact.rules import load_rules
from redact.verify import verify_file
from test_verify_docx import clean_report

RULES = load_rules(EXAMPLES / "example-rules.yaml")
HAS_SOFFICE = pdf_module.soffice() is not None
needs_soffice = pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) is not installed: "
                                   "apt-get install --no-install-recommends libreoffice-writer-nogui")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(path: Path, lines: list[str], *, black_box_over: int | None = None, annotation: str | None = None,
             link: str | None = None, author: str | None = None, xmp_creator: str | None = None,
             outline: str | None = None) -> Path:
    """A one-page PDF with Helvetica text lines; optionally a filled black rectangle drawn over one line."""
    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
        {NameObject("/F1"): writer._add_object(font)})})
    ops = []
    for number, line in enumerate(lines):
        y = 800 - 20 * number
        ops.append(f"BT /F1 12 Tf 50 {y} Td ({_escape(line)}) Tj ET")
        if number == black_box_over:
            ops.append(f"0 0 0 rg 45 {y - 4} 400 16 re f")   # the "redaction" box, drawn after the text
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    if annotation:
        writer.add_annotation(0, FreeText(text=annotation, rect=(50, 100, 300, 150)))
    if link:
        writer.add_annotation(0, Link(rect=(50, 200, 300, 220), url=link))
    if outline:
        writer.add_outline_item(title=outline, page_number=0)
    metadata = {"/Title": "DHR Area C overview report", "/Producer": "test"}
    if author:
        metadata["/Author"] = author
    writer.add_metadata(metadata)
    if xmp_creator:
        xmp = (f'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
               f'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" '
               f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>{xmp_creator}</rdf:li>'
               f'</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')
        metadata_stream = DecodedStreamObject()
        metadata_stream.set_data(xmp.encode("utf-8"))
        metadata_stream[NameObject("/Type")] = NameObject("/Metadata")
        metadata_stream[NameObject("/Subtype")] = NameObject("/XML")
        writer._root_object[NameObject("/Metadata")] = writer._add_object(metadata_stream)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


CLEAN_LINES = ["Domestic Homicide Review into the death of Anna", "Anna lived in Area C with Mark.",
               "We hope agencies will learn.", "Will agencies be able to show change?"]


def locations(verdict):
    return [leak.location for leak in verdict.leaks]


def test_clean_pdf_passes(tmp_path):
    verdict = verify_file(make_pdf(tmp_path / "clean.pdf", CLEAN_LINES, outline="Introduction"), RULES)
    assert verdict.ok, verdict.leaks
    assert verdict.unread == []


def test_text_under_a_black_box_is_still_text(tmp_path):
    lines = CLEAN_LINES + ["The partner, Craig Pryor, was arrested."]
    verdict = verify_file(make_pdf(tmp_path / "boxed.pdf", lines, black_box_over=4), RULES)
    assert locations(verdict) == ["page 1, line 5"]
    assert verdict.leaks[0].context.endswith("The partner, [██████], was arrested.")


@pytest.mark.parametrize("planted, where", [
    ({"annotation": "Ask Craig Pryor"}, "page 1 annotation 1 /Contents"),
    ({"link": "https://example.org/Craig%20Pryor.pdf"}, "page 1 annotation 1 link /URI"),
    ({"author": "Craig Pryor"}, "document info /Author"),
    ({"xmp_creator": "Craig Pryor"}, "XMP metadata <creator>"),
    ({"outline": "Craig Pryor's account"}, "outline entry 1"),
])
def test_annotations_links_metadata_and_outline_are_read(tmp_path, planted, where):
    verdict = verify_file(make_pdf(tmp_path / "p.pdf", CLEAN_LINES, **planted), RULES)
    assert where in locations(verdict), locations(verdict)
    assert all(leak.value == "listed as 'Mark'" for leak in verdict.leaks)


def test_dates_and_obfuscation_in_a_pdf(tmp_path):
    lines = CLEAN_LINES + ["She died on 10/03/2024.", "Born 21 June 1985."]
    verdict = verify_file(make_pdf(tmp_path / "d.pdf", lines), RULES)
    assert [(leak.location, leak.kind) for leak in verdict.leaks] == [
        ("page 1, line 5", "date_of_death"), ("page 1, line 6", "date_of_birth")]


def test_a_page_without_text_is_reported_unread(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with open(tmp_path / "blank.pdf", "wb") as handle:
        writer.write(handle)
    verdict = verify_file(tmp_path / "blank.pdf", RULES)
    assert verdict.ok and verdict.unread == ["page 1 (no text layer: an image?)"]


def test_an_encrypted_pdf_is_an_error(tmp_path):
    from redact.errors import InputError

    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    writer.encrypt("secret", algorithm="RC4-128")
    with open(tmp_path / "locked.pdf", "wb") as handle:
        writer.write(handle)
    with pytest.raises(InputError, match="encrypted"):
        verify_file(tmp_path / "locked.pdf", RULES)


# --------------------------------------------------------------------------- LibreOffice

PLANT_RULES_YAML = """version: 1
review: PDF planting
people:
  - {name: Barnaby Quist, pseudonym: body}
  - {name: Cordelia Fenwick, pseudonym: header}
  - {name: Desmond Ollerton, pseudonym: footnote}
  - {name: Evangeline Tasker, pseudonym: textbox}
  - {name: Florian Weatherby, pseudonym: title}
  - {name: Gideon Marchetti, pseudonym: link}
  - {name: Horatio Blackwell, pseudonym: blackbox}
  - {name: Isadora Penhaligon, pseudonym: author}
dates: {date_of_death: 2024-03-10}
"""


@pytest.fixture(scope="module")
def planted_pdf(tmp_path_factory):
    folder = tmp_path_factory.mktemp("planted-pdf")
    rules_path = folder / "rules.yaml"
    rules_path.write_text(PLANT_RULES_YAML)
    black_box = ('<w:r><w:rPr><w:color w:val="000000"/><w:highlight w:val="black"/>'
                 '<w:shd w:val="clear" w:color="auto" w:fill="000000"/></w:rPr>'
                 '<w:t xml:space="preserve">Horatio Blackwell</w:t></w:r>')
    docx = clean_report(
        folder / "planted.docx",
        body=[run("Anna lived with Bar"), run("naby Qu", bold=True), run("ist; the witness was "), black_box,
              run(". She died on 10 March 2024.")],
        header="DHR: the family of Cordelia Fenwick",
        footnote="Letter from Desmond Ollerton.",
        textbox_choice="Timeline for Evangeline Tasker",
        core_title="Review of Florian Weatherby",
        core_author="Isadora Penhaligon",
        link_target="https://example.org/files/Gideon%20Marchetti.pdf",
    )
    pdf = folder / "planted.pdf"
    pdf_module.convert_to_pdf(docx, pdf)
    return pdf, load_rules(rules_path), rules_path, docx


# What LibreOffice carries into the PDF. Not here: comments, deleted text, alt text, custom properties and
# customXml (LibreOffice does not export them by default), and the minimal text box and hyperlink of the planted
# report (LibreOffice 7.4 renders neither); the PDF reader's handling of link annotations is tested above.
@needs_soffice
@pytest.mark.parametrize("pseudonym, where", [
    ("body", "page 1, line 3"), ("blackbox", "page 1, line 3"), ("header", "page 1, line 1"),
    ("footnote", "page 1, line"), ("title", "document info /Title"), ("author", "document info /Author"),
])
def test_a_pdf_made_from_a_planted_docx_is_caught_with_its_location(planted_pdf, pseudonym, where):
    pdf, rules, _, _ = planted_pdf
    verdict = verify_file(pdf, rules)
    found = [leak.location for leak in verdict.leaks if leak.value == f"listed as '{pseudonym}'"]
    assert any(location.startswith(where) for location in found), [(l.location, l.value) for l in verdict.leaks]


@needs_soffice
def test_the_date_of_death_in_the_converted_pdf(planted_pdf):
    pdf, rules, _, _ = planted_pdf
    assert "date_of_death" in {leak.kind for leak in verify_file(pdf, rules).leaks}


@needs_soffice
def test_convert_and_verify_does_not_write_a_leaking_pdf(planted_pdf, tmp_path):
    _, rules, _, docx = planted_pdf
    verdict = pdf_module.convert_and_verify(docx, tmp_path / "out.pdf", rules)
    assert not verdict.ok and not (tmp_path / "out.pdf").exists()
    assert verdict.path == str(tmp_path / "out.pdf")


@needs_soffice
def test_apply_with_pdf_converts_and_verifies(tmp_path, monkeypatch):
    monkeypatch.setenv("REDACT_AUDIT_KEY", "test-key-0123456789abcdef")
    out, pdf = tmp_path / "out.docx", tmp_path / "out.pdf"
    result = CliRunner().invoke(main, ["apply", str(EXAMPLES / "example-draft.docx"), "--rules",
                                       str(EXAMPLES / "example-rules.yaml"), "-o", str(out), "--pdf", str(pdf)])
    assert result.exit_code == 0, result.output
    assert "PDF:" in result.output and "verify: clean" in result.output and pdf.exists()
    assert verify_file(pdf, RULES).ok
    # an existing PDF is refused before any work is done
    result = CliRunner().invoke(main, ["apply", str(EXAMPLES / "example-draft.docx"), "--rules",
                                       str(EXAMPLES / "example-rules.yaml"), "-o", str(tmp_path / "again.docx"),
                                       "--pdf", str(pdf)])
    assert result.exit_code == 2 and "already exists" in result.output
    assert not (tmp_path / "again.docx").exists()


def test_apply_with_pdf_without_libreoffice_names_the_package(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_module, "soffice", lambda: None)
    result = CliRunner().invoke(main, ["apply", str(EXAMPLES / "example-draft.docx"), "--rules",
                                       str(EXAMPLES / "example-rules.yaml"), "-o", str(tmp_path / "o.docx"),
                                       "--pdf", str(tmp_path / "o.pdf")])
    assert result.exit_code == 2
    assert "libreoffice-writer-nogui" in result.output and "LibreOffice" in result.output
    assert not (tmp_path / "o.docx").exists()   # checked before the redaction, nothing half done
