"""Edits go back into the XML: whole names replaced, formatting and non-text content kept."""
from __future__ import annotations

import zipfile

import docx
import pytest
from lxml import etree

from docx_factory import (NAMESPACES, REL, DocxBuilder, find_segment, inline_picture, paragraph, part_text, run,
                          text_box)
from redact.documents.base import Edit
from redact.documents.docx import DocxDocument

MAIN = "word/document.xml"
W = "{%s}" % NAMESPACES["w"]


def _open(builder: DocxBuilder, tmp_path, **options) -> DocxDocument:
    return DocxDocument(builder.build(tmp_path / "input.docx"), **options)


def _index(document, location: str) -> int:
    return next(i for i, s in enumerate(document.segments) if s.location == location)


def _replace(document, location: str, old: str, new: str, occurrence: int = 0) -> Edit:
    """An edit replacing the ``occurrence``-th ``old`` in the segment at ``location``."""
    index = _index(document, location)
    text = document.segments[index].text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(old, start + 1)
    return Edit(index, start, start + len(old), new)


def _save(document, tmp_path, name="out.docx"):
    path = tmp_path / name
    document.save(path)
    return path


def _body(path) -> etree._Element:
    return etree.fromstring(zipfile.ZipFile(path).read(MAIN))


# ---------------------------------------------------------------------- the required cases
def test_name_split_over_three_formatted_runs_is_replaced_whole(tmp_path):
    builder = DocxBuilder().append_body(paragraph(
        run("Mrs "), run("Do", bold=True), run("y", italic=True), run("le", underline=True, font="Arial"),
        run(" said so.", italic=True)))
    document = _open(builder, tmp_path)
    document.apply([_replace(document, f"{MAIN}#p1", "Doyle", "Smith")])
    out = _save(document, tmp_path)
    runs = docx.Document(str(out)).paragraphs[0].runs
    assert [r.text for r in runs] == ["Mrs ", "Smith", "", "", " said so."]
    assert runs[1].bold and not runs[1].italic                   # the first run's formatting
    assert runs[4].italic and runs[4].text == " said so."        # untouched run keeps its own
    assert find_segment(DocxDocument(out), f"{MAIN}#p1").text == "Mrs Smith said so."


def test_breaks_tabs_references_and_drawings_survive(tmp_path):
    builder = DocxBuilder()
    rel_id = builder.add_image()
    builder.append_body(paragraph(
        '<w:r><w:t>Dear Mrs</w:t><w:br/><w:t>Do</w:t></w:r>',
        '<w:r><w:rPr><w:b/></w:rPr><w:t>yle</w:t><w:tab/><w:t>and Bern</w:t></w:r>',
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
        '<w:r><w:t>adette</w:t></w:r>', inline_picture(rel_id), run("Kelly.")))
    document = _open(builder, tmp_path)
    segment = find_segment(document, f"{MAIN}#p1")
    assert segment.text == "Dear Mrs\nDoyle\tand BernadetteKelly."
    document.apply([_replace(document, f"{MAIN}#p1", "Mrs\nDoyle\tand Bernadette", "X")])
    out = _save(document, tmp_path)
    body = _body(out)
    for tag in ("br", "tab", "footnoteReference", "drawing"):
        assert body.find(f".//{W}{tag}") is not None, tag
    assert find_segment(DocxDocument(out), f"{MAIN}#p1").text == "Dear X\n\tKelly."
    docx.Document(str(out))


def test_untouched_runs_and_paragraphs_keep_their_xml(tmp_path):
    builder = DocxBuilder().append_body(
        paragraph(run("Keep me", bold=True), run(" and Margaret", italic=True), run(" too", underline=True)),
        paragraph(run("Other paragraph", font="Arial"), style="Heading1"))
    path = builder.build(tmp_path / "in.docx")
    before = [etree.tostring(r) for r in _body(path).iter(f"{W}r")]
    before_p2 = etree.tostring(_body(path).findall(f".//{W}p")[1])
    document = DocxDocument(path)
    document.apply([_replace(document, f"{MAIN}#p1", "Margaret", "Jane")])
    out = _save(document, tmp_path)
    after = [etree.tostring(r) for r in _body(out).iter(f"{W}r")]
    assert after[0] == before[0] and after[2] == before[2]
    assert etree.tostring(_body(out).findall(f".//{W}p")[1]) == before_p2
    assert b"Jane" in after[1] and b"<w:i/>" in after[1]


def test_output_opens_in_python_docx_and_saving_twice_gives_same_bytes(tmp_path):
    builder = DocxBuilder().append_body(paragraph(run("Margaret Doyle")), paragraph(text_box(paragraph(run("Maggie")))))
    document = _open(builder, tmp_path)
    document.apply([_replace(document, f"{MAIN}#p1", "Margaret", "Jane")])
    first, second = _save(document, tmp_path, "a.docx"), _save(document, tmp_path, "b.docx")
    assert first.read_bytes() == second.read_bytes()
    assert docx.Document(str(first)).paragraphs[0].text == "Jane Doyle"


# ---------------------------------------------------------------------- text map details
def test_several_edits_in_one_node_and_across_nodes(tmp_path):
    builder = DocxBuilder().append_body(paragraph(run("Maggie met Stephen; Mag"), run("gie left.", bold=True)))
    document = _open(builder, tmp_path)
    location = f"{MAIN}#p1"
    document.apply([_replace(document, location, "Maggie", "Person A"),
                    _replace(document, location, "Stephen", "Person B"),
                    _replace(document, location, "Maggie", "Person A", occurrence=1)])
    out = _save(document, tmp_path)
    assert find_segment(DocxDocument(out), location).text == "Person A met Person B; Person A left."


def test_changed_text_nodes_preserve_spaces(tmp_path):
    builder = DocxBuilder().append_body(paragraph("<w:r><w:t>Maggie</w:t></w:r>", run(" x")))
    document = _open(builder, tmp_path)
    document.apply([Edit(_index(document, f"{MAIN}#p1"), 0, 6, " A ")])
    text_node = _body(_save(document, tmp_path)).find(f".//{W}t")
    assert text_node.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
    assert text_node.text == " A "


def test_edit_over_tab_only_leaves_tab(tmp_path):
    builder = DocxBuilder().append_body(paragraph("<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t></w:r>"))
    document = _open(builder, tmp_path)
    document.apply([Edit(_index(document, f"{MAIN}#p1"), 1, 2, "X")])
    assert _body(_save(document, tmp_path)).find(f".//{W}tab") is not None


def test_no_break_hyphen_inside_a_name_goes(tmp_path):
    builder = DocxBuilder().append_body(paragraph("<w:r><w:t>Smith</w:t><w:noBreakHyphen/><w:t>Jones came</w:t></w:r>"))
    document = _open(builder, tmp_path)
    document.apply([_replace(document, f"{MAIN}#p1", "Smith-Jones", "Person A")])
    out = _save(document, tmp_path)
    assert _body(out).find(f".//{W}noBreakHyphen") is None
    assert find_segment(DocxDocument(out), f"{MAIN}#p1").text == "Person A came"


def test_deleted_text_is_redacted(tmp_path):
    builder = DocxBuilder().append_body(paragraph(
        run("Ask "), '<w:del w:id="1" w:author="Martin Sowerby"><w:r><w:delText>Siobhan Ferry</w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="Martin Sowerby">' + run("her") + "</w:ins>"))
    document = _open(builder, tmp_path)
    document.apply([_replace(document, f"{MAIN}#p1", "Siobhan Ferry", "Person C"),
                    _replace(document, f"{MAIN}#p1/w:del[1]@w:author", "Martin Sowerby", "Author 1"),
                    _replace(document, f"{MAIN}#p1/w:ins[1]@w:author", "Martin Sowerby", "Author 1")])
    xml = part_text(_save(document, tmp_path), MAIN)
    assert "Siobhan" not in xml and "Sowerby" not in xml
    assert "<w:delText>Person C</w:delText>" in xml or '<w:delText xml:space="preserve">Person C</w:delText>' in xml


def test_both_text_box_copies_are_edited(tmp_path):
    builder = DocxBuilder().append_body(paragraph(text_box(paragraph(run("Bernadette Kelly")))))
    document = _open(builder, tmp_path)
    document.apply([_replace(document, f"{MAIN}#p2", "Bernadette Kelly", "Person D"),
                    _replace(document, f"{MAIN}#p3", "Bernadette Kelly", "Person D")])
    xml = part_text(_save(document, tmp_path), MAIN)
    assert "Bernadette" not in xml and xml.count("Person D") == 2


def test_field_instruction_split_over_runs(tmp_path):
    builder = DocxBuilder().append_body(paragraph(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:mar</w:instrText></w:r>',
        '<w:r><w:instrText xml:space="preserve">garet@example.org" </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run("e-mail her"),
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    document = _open(builder, tmp_path)
    document.apply([_replace(document, f"{MAIN}#p1/instr", "margaret@example.org", "person@example.invalid")])
    out = _save(document, tmp_path)
    assert "garet" not in part_text(out, MAIN)
    assert find_segment(DocxDocument(out), f"{MAIN}#p1/instr").text == ' HYPERLINK "mailto:person@example.invalid" '
    assert len(_body(out).findall(f".//{W}fldChar")) == 3


# ---------------------------------------------------------------------- attributes, values, targets
def test_attribute_property_and_target_edits(tmp_path):
    source = docx.Document()
    source.core_properties.author = "Martin Sowerby"
    builder = DocxBuilder(source)
    rel_id = builder.add_relationship(MAIN, "hyperlink", "mailto:margaret.doyle71@example.org?subject=DHR",
                                      external=True)
    image_id = builder.add_image()
    builder.append_body(
        paragraph(f'<w:hyperlink r:id="{rel_id}" w:tooltip="Email Maggie">' + run("Margaret") + "</w:hyperlink>"),
        paragraph(inline_picture(image_id, descr="Photo of Margaret Doyle", file_name="maggie_doyle.png")))
    document = _open(builder, tmp_path)
    rels_location = f"word/_rels/document.xml.rels#{rel_id}@Target"
    document.apply([
        _replace(document, rels_location, "margaret.doyle71@example.org", "person a@example.invalid"),
        _replace(document, f"{MAIN}#p1/w:hyperlink[1]@w:tooltip", "Maggie", "Person A"),
        _replace(document, f"{MAIN}#p2/wp:docPr[1]@descr", "Margaret Doyle", "Person A"),
        _replace(document, f"{MAIN}#p2/pic:cNvPr[1]@name", "maggie_doyle", "image"),
        _replace(document, "docProps/core.xml#dc:creator", "Martin Sowerby", "Author 1"),
    ])
    out = _save(document, tmp_path)
    rels = part_text(out, "word/_rels/document.xml.rels")
    assert 'Target="mailto:person%20a@example.invalid?subject=DHR"' in rels
    body = part_text(out, MAIN)
    assert 'w:tooltip="Email Person A"' in body and 'descr="Photo of Person A"' in body
    assert 'name="image.png"' in body
    assert "<dc:creator>Author 1</dc:creator>" in part_text(out, "docProps/core.xml")
    reopened = {s.location: s.text for s in DocxDocument(out).segments}
    assert reopened[rels_location] == "mailto:person a@example.invalid?subject=DHR"


def test_custom_property_and_custom_xml_edits(tmp_path):
    builder = DocxBuilder()
    builder.add_part("customXml/item1.xml", "<case><victim>Margaret Doyle</victim>note: <b>Maggie</b> left</case>",
                     rel_type="customXml")
    document = _open(builder, tmp_path)
    segments = {s.location: s.text for s in document.segments}
    assert segments["customXml/item1.xml#b/tail()"] == " left"
    assert segments["customXml/item1.xml#victim/tail()"] == "note: "
    document.apply([_replace(document, "customXml/item1.xml#victim", "Margaret Doyle", "Person A"),
                    _replace(document, "customXml/item1.xml#b", "Maggie", "Person A")])
    xml = part_text(_save(document, tmp_path), "customXml/item1.xml")
    assert xml.endswith("<case><victim>Person A</victim>note: <b>Person A</b> left</case>")


def test_stray_text_in_a_paragraph_is_a_segment_and_is_edited(tmp_path):
    """Text typed straight into <w:p>, in <w:pPr> or in <w:r> outside <w:t>: Word hides it, the package keeps it."""
    builder = DocxBuilder().append_body(
        '<w:p>Margaret Doyle<w:r><w:t>Seen.</w:t></w:r> then Doyle</w:p>',
        '<w:p><w:pPr>Doyle</w:pPr><w:r>Doyle<w:t>Seen.</w:t></w:r></w:p>')
    document = _open(builder, tmp_path)
    segments = {s.location: s.text for s in document.segments}
    assert segments[f"{MAIN}#p1/text()"] == "Margaret Doyle"
    edits = [Edit(i, s.text.index("Doyle"), s.text.index("Doyle") + 5, "Smith")
             for i, s in enumerate(document.segments) if "Doyle" in s.text]
    assert len(edits) == 4
    document.apply(edits)
    xml = part_text(_save(document, tmp_path), MAIN)
    assert "Doyle" not in xml and xml.count("Smith") == 4 and "<w:t>Seen.</w:t>" in xml


def test_segments_are_read_again_after_apply(tmp_path):
    document = _open(DocxBuilder().append_body(paragraph(run("Margaret Doyle"))), tmp_path)
    document.apply([_replace(document, f"{MAIN}#p1", "Margaret", "Jane")])
    assert find_segment(document, f"{MAIN}#p1").text == "Jane Doyle"


def test_bad_edits_are_refused(tmp_path):
    document = _open(DocxBuilder().append_body(paragraph(run("Margaret Doyle"))), tmp_path)
    index = _index(document, f"{MAIN}#p1")
    with pytest.raises(ValueError):
        document.apply([Edit(index, 0, 99, "x")])
    with pytest.raises(ValueError):
        document.apply([Edit(index, 0, 5, "x"), Edit(index, 3, 8, "y")])


def test_header_footnote_and_comment_edits(tmp_path):
    source = docx.Document()
    source.sections[0].header.paragraphs[0].text = "Review: Margaret Doyle"
    body = source.add_paragraph("Text")
    source.add_comment(body.runs, text="Ask Bernadette", author="Martin Sowerby", initials="MS")
    document = _open(DocxBuilder(source), tmp_path, keep_comments=True)
    header = next(s.location for s in document.segments if s.text == "Review: Margaret Doyle")
    comment = next(s.location for s in document.segments if s.text == "Ask Bernadette")
    document.apply([_replace(document, header, "Margaret Doyle", "Person A"),
                    _replace(document, comment, "Bernadette", "Person B"),
                    _replace(document, "word/comments.xml#comment[1]@w:author", "Martin Sowerby", "Author 1"),
                    _replace(document, "word/comments.xml#comment[1]@w:initials", "MS", "A1")])
    out = _save(document, tmp_path)
    with zipfile.ZipFile(out) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
    for secret in (b"Margaret", b"Bernadette", b"Sowerby", b'initials="MS"'):
        assert secret not in everything
    reopened = docx.Document(str(out))
    assert reopened.sections[0].header.paragraphs[0].text == "Review: Person A"
    assert [c.text for c in reopened.comments] == ["Ask Person B"]


def test_relationship_types_unchanged_by_edits(tmp_path):
    builder = DocxBuilder()
    rel_id = builder.add_relationship(MAIN, REL + "hyperlink", "https://example.org/Doyle%20family", external=True)
    document = _open(builder, tmp_path)
    document.apply([_replace(document, f"word/_rels/document.xml.rels#{rel_id}@Target", "Doyle", "A")])
    rels = part_text(_save(document, tmp_path), "word/_rels/document.xml.rels")
    assert 'Target="https://example.org/A%20family"' in rels and 'TargetMode="External"' in rels
