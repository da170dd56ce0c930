"""Every place a .docx keeps text becomes a segment, with a readable location and the right kind."""
from __future__ import annotations

import datetime

import docx
import pytest
from docx.enum.section import WD_SECTION

from docx_factory import (CT, REL, DocxBuilder, find_segment, header_part, inline_picture, notes_part,
                          paragraph, run, segment_texts, text_box)
from redact.documents.docx import DocxDocument

MAIN = "word/document.xml"


def _open(builder: DocxBuilder, tmp_path, **options) -> DocxDocument:
    return DocxDocument(builder.build(tmp_path / "input.docx"), **options)


def _by_location(document) -> dict[str, tuple[str, str]]:
    return {s.location: (s.text, s.kind) for s in document.segments}


# ---------------------------------------------------------------------- body, tables, sections
def test_body_paragraphs_in_order_with_locations(tmp_path):
    source = docx.Document()
    source.add_paragraph("Margaret Doyle lived in Hartsford.")
    source.add_paragraph("")
    source.add_paragraph("Her sister is Bernadette.")
    document = _open(DocxBuilder(source), tmp_path)
    texts = [(s.location, s.text, s.kind) for s in document.segments if s.kind == "text"]
    assert texts[:2] == [(f"{MAIN}#p1", "Margaret Doyle lived in Hartsford.", "text"),
                         (f"{MAIN}#p3", "Her sister is Bernadette.", "text")]
    assert document.segments[0].location.startswith(MAIN)        # main document first


def test_tables_and_nested_tables(tmp_path):
    source = docx.Document()
    table = source.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Name"
    table.cell(0, 1).text = "Margaret Doyle"
    nested = table.cell(1, 1).add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "Caller"
    nested.cell(0, 1).text = "Bernadette Kelly"
    texts = segment_texts(_open(DocxBuilder(source), tmp_path), MAIN)
    assert {"Name", "Margaret Doyle", "Caller", "Bernadette Kelly"} <= set(texts)


def test_headers_and_footers_all_variants(tmp_path):
    source = docx.Document()
    section = source.sections[0]
    section.header.paragraphs[0].text = "Review of Margaret Doyle"
    section.footer.paragraphs[0].text = "Default footer Maggie"
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "First page: Margaret Ann Doyle"
    section.first_page_footer.paragraphs[0].text = "First footer Hartsford"
    source.settings.odd_and_even_pages_header_footer = True
    section.even_page_header.paragraphs[0].text = "Even header Doyle"
    section.even_page_footer.paragraphs[0].text = "Even footer Kelly"
    second = source.add_section(WD_SECTION.NEW_PAGE)
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "Second section header Stephen"
    document = _open(DocxBuilder(source), tmp_path)
    texts = {s.text: s.location for s in document.segments if s.kind == "text"}
    for text in ("Review of Margaret Doyle", "Default footer Maggie", "First page: Margaret Ann Doyle",
                 "First footer Hartsford", "Even header Doyle", "Even footer Kelly",
                 "Second section header Stephen"):
        assert text in texts
        assert texts[text].startswith(("word/header", "word/footer")) and texts[text].endswith("#p1")


def test_footnotes_and_endnotes(tmp_path):
    builder = DocxBuilder().append_body(paragraph(
        run("Her sister spoke to the review."),
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
        '<w:r><w:endnoteReference w:id="1"/></w:r>'))
    builder.add_part("word/footnotes.xml", notes_part("footnote", {1: "Letter to Bernadette Kelly."}),
                     CT + "footnotes+xml", rel_type="footnotes")
    builder.add_part("word/endnotes.xml", notes_part("endnote", {1: "Mobile 07700 900418."}),
                     CT + "endnotes+xml", rel_type="endnotes")
    segments = _by_location(_open(builder, tmp_path))
    assert segments["word/footnotes.xml#p3"] == (" Letter to Bernadette Kelly.", "text")
    assert segments["word/endnotes.xml#p3"] == (" Mobile 07700 900418.", "text")
    assert segments[f"{MAIN}#p1"] == ("Her sister spoke to the review.", "text")


def test_glossary_document(tmp_path):
    builder = DocxBuilder()
    glossary = (f'<w:glossaryDocument xmlns:w="{docx.oxml.ns.nsmap["w"]}"><w:docParts><w:docPart>'
                '<w:docPartPr><w:name w:val="VictimBlock"/></w:docPartPr><w:docPartBody>'
                f'{paragraph(run("Margaret Doyle, 14 Larch Close"))}</w:docPartBody></w:docPart></w:docParts>'
                "</w:glossaryDocument>")
    builder.add_part("word/glossary/document.xml", glossary, CT + "document.glossary+xml",
                     rel_type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument")
    segments = _by_location(_open(builder, tmp_path))
    assert segments["word/glossary/document.xml#p1"] == ("Margaret Doyle, 14 Larch Close", "text")
    assert ("VictimBlock", "identifier") in segments.values()


# ---------------------------------------------------------------------- revisions
def test_tracked_changes_and_authors(tmp_path):
    builder = DocxBuilder().append_body(
        paragraph(run("Met "),
                  '<w:ins w:id="1" w:author="Martin Sowerby" w:date="2024-04-03T14:30:00Z">'
                  + run("Bernadette") + "</w:ins>",
                  '<w:del w:id="2" w:author="Martin Sowerby" w:date="2024-04-03T14:30:00Z"><w:r>'
                  '<w:delText xml:space="preserve"> and Siobhan Ferry</w:delText></w:r></w:del>',
                  run(" today.")),
        paragraph('<w:moveFrom w:id="3" w:author="Jane Editor">' + run("Moved: Liam Doyle") + "</w:moveFrom>"),
        paragraph('<w:moveTo w:id="4" w:author="Jane Editor">' + run("Moved: Liam Doyle") + "</w:moveTo>"))
    segments = _by_location(_open(builder, tmp_path))
    assert segments[f"{MAIN}#p1"] == ("Met Bernadette and Siobhan Ferry today.", "text")
    assert segments[f"{MAIN}#p1/w:ins[1]@w:author"] == ("Martin Sowerby", "person_field")
    assert segments[f"{MAIN}#p1/w:del[1]@w:author"] == ("Martin Sowerby", "person_field")
    assert segments[f"{MAIN}#p2"] == ("Moved: Liam Doyle", "text")
    assert segments[f"{MAIN}#p3"] == ("Moved: Liam Doyle", "text")
    assert segments[f"{MAIN}#p2/w:moveFrom[1]@w:author"] == ("Jane Editor", "person_field")


def test_deleted_and_inserted_words_are_kept_apart(tmp_path):
    # A tracked replacement "Ferry" -> "her" must not read "Ferryher": the names would escape detection.
    builder = DocxBuilder().append_body(paragraph(
        run("Ask "), '<w:del w:id="1" w:author="A"><w:r><w:delText>Siobhan Ferry</w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="A">' + run("her") + "</w:ins>", run(" now")))
    assert find_segment(_open(builder, tmp_path), f"{MAIN}#p1").text == "Ask Siobhan Ferry her now"


# ---------------------------------------------------------------------- text boxes and alternates
def test_text_box_both_copies_are_segments(tmp_path):
    builder = DocxBuilder().append_body(paragraph(
        run("Before "), text_box(paragraph(run("Maggie Doyle was killed by Stephen Doyle."))), run("after")))
    segments = _by_location(_open(builder, tmp_path))
    assert segments[f"{MAIN}#p1"] == ("Before after", "text")
    assert segments[f"{MAIN}#p2"] == ("Maggie Doyle was killed by Stephen Doyle.", "text")   # mc:Choice
    assert segments[f"{MAIN}#p3"] == ("Maggie Doyle was killed by Stephen Doyle.", "text")   # VML fallback
    assert segments[f"{MAIN}#p1/wp:docPr[1]@name"] == ("Text Box 5", "identifier")


def test_inline_alternate_content_is_not_glued(tmp_path):
    builder = DocxBuilder().append_body(paragraph(
        run("Name: "),
        '<mc:AlternateContent><mc:Choice Requires="w14">' + run("Margaret")
        + "</mc:Choice><mc:Fallback>" + run("Margaret") + "</mc:Fallback></mc:AlternateContent>"))
    segments = _by_location(_open(builder, tmp_path))
    assert segments[f"{MAIN}#p1"] == ("Name: Margaret", "text")
    assert segments[f"{MAIN}#p1/alt1"] == ("Margaret", "text")


# ---------------------------------------------------------------------- content controls, fields, links
def test_content_control_and_bound_custom_xml(tmp_path):
    builder = DocxBuilder().append_body(paragraph(
        run("Subject: "),
        '<w:sdt><w:sdtPr><w:alias w:val="Subject of Margaret review"/><w:tag w:val="victim_name"/>'
        '<w:dataBinding w:xpath="/case/victim" w:storeItemID="{11111111-2222-3333-4444-555555555555}"/>'
        "</w:sdtPr><w:sdtContent>" + run("Margaret Ann Doyle") + "</w:sdtContent></w:sdt>"))
    builder.add_part("customXml/item1.xml", "<case><victim>Margaret Ann Doyle</victim><ref>WP/23/011872</ref></case>",
                     rel_type="customXml")
    segments = _by_location(_open(builder, tmp_path))
    assert segments[f"{MAIN}#p1"] == ("Subject: Margaret Ann Doyle", "text")
    assert segments[f"{MAIN}#p1/w:alias[1]@w:val"] == ("Subject of Margaret review", "metadata")
    assert segments[f"{MAIN}#p1/w:tag[1]@w:val"] == ("victim_name", "metadata")
    assert segments["customXml/item1.xml#victim"] == ("Margaret Ann Doyle", "metadata")
    assert segments["customXml/item1.xml#ref"] == ("WP/23/011872", "metadata")


def test_block_level_content_control(tmp_path):
    builder = DocxBuilder().append_body(
        '<w:sdt><w:sdtPr><w:alias w:val="Summary"/></w:sdtPr><w:sdtContent>'
        + paragraph(run("Bernadette Kelly")) + "</w:sdtContent></w:sdt>")
    assert "Bernadette Kelly" in segment_texts(_open(builder, tmp_path), MAIN)


def test_hyperlink_text_target_and_tooltip(tmp_path):
    builder = DocxBuilder()
    rel_id = builder.add_relationship(MAIN, "hyperlink", "mailto:margaret.doyle71@example.org?subject=Review%20Maggie",
                                      external=True)
    builder.append_body(paragraph(run("Write to "), f'<w:hyperlink r:id="{rel_id}" w:tooltip="Email Maggie">'
                                  + run("Margaret Doyle") + "</w:hyperlink>", run(".")))
    segments = _by_location(_open(builder, tmp_path))
    assert segments[f"{MAIN}#p1"] == ("Write to Margaret Doyle.", "text")
    assert segments[f"{MAIN}#p1/w:hyperlink[1]@w:tooltip"] == ("Email Maggie", "metadata")
    assert segments[f"word/_rels/document.xml.rels#{rel_id}@Target"] == (
        "mailto:margaret.doyle71@example.org?subject=Review Maggie", "identifier")


def test_simple_and_complex_fields(tmp_path):
    builder = DocxBuilder().append_body(
        paragraph(run("By: "), '<w:fldSimple w:instr=" AUTHOR  \\* MERGEFORMAT ">' + run("Martin Sowerby")
                  + "</w:fldSimple>"),
        paragraph('<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                  '<w:r><w:instrText xml:space="preserve"> DOCPROPERTY "Victim</w:instrText></w:r>',
                  '<w:r><w:instrText xml:space="preserve">Name" \\* MERGEFORMAT </w:instrText></w:r>',
                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', run("Margaret Doyle"),
                  '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    segments = _by_location(_open(builder, tmp_path))
    assert segments[f"{MAIN}#p1"] == ("By: Martin Sowerby", "text")
    assert segments[f"{MAIN}#p1/w:fldSimple[1]@w:instr"] == (" AUTHOR  \\* MERGEFORMAT ", "identifier")
    assert segments[f"{MAIN}#p2"] == ("Margaret Doyle", "text")
    assert segments[f"{MAIN}#p2/instr"] == (' DOCPROPERTY "VictimName" \\* MERGEFORMAT ', "identifier")


def test_hidden_text_smart_tags_and_custom_xml_wrappers(tmp_path):
    builder = DocxBuilder().append_body(paragraph(
        run("Ring "), run("07700 900265", hidden=True), run(" or "),
        '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">'
        + run("Bernadette") + "</w:smartTag>", run(" "),
        '<w:customXml w:element="surname">' + run("Kelly") + "</w:customXml>",
        run(" tab\there"), '<w:r><w:tab/><w:t>x</w:t><w:br/><w:t>y</w:t><w:noBreakHyphen/><w:t>z</w:t></w:r>'))
    assert find_segment(_open(builder, tmp_path), f"{MAIN}#p1").text == (
        "Ring 07700 900265 or Bernadette Kelly tab\there\tx\ny-z")


def test_math_text(tmp_path):
    builder = DocxBuilder().append_body(paragraph(run("Score "), "<m:oMath><m:r><m:t>Doyle</m:t></m:r></m:oMath>"))
    assert find_segment(_open(builder, tmp_path), f"{MAIN}#p1").text == "Score Doyle"


# ---------------------------------------------------------------------- pictures and properties
def test_picture_alt_text(tmp_path):
    builder = DocxBuilder()
    rel_id = builder.add_image()
    builder.append_body(paragraph(inline_picture(rel_id, name="Picture 502", title="Margaret",
                                                 descr="Photograph of Margaret Doyle with Bernadette",
                                                 file_name="maggie_doyle_family_photo.png")))
    segments = _by_location(_open(builder, tmp_path))
    assert segments[f"{MAIN}#p1/wp:docPr[1]@descr"] == ("Photograph of Margaret Doyle with Bernadette", "metadata")
    assert segments[f"{MAIN}#p1/wp:docPr[1]@title"] == ("Margaret", "metadata")
    assert segments[f"{MAIN}#p1/wp:docPr[1]@name"] == ("Picture 502", "identifier")
    assert segments[f"{MAIN}#p1/pic:cNvPr[1]@name"] == ("maggie_doyle_family_photo.png", "identifier")
    assert segments[f"{MAIN}#p1/pic:cNvPr[1]@descr"][1] == "metadata"


def test_vml_picture_title_and_alt(tmp_path):
    builder = DocxBuilder().append_body(paragraph(
        '<w:r><w:pict><v:shape id="Photo" alt="Maggie at home" style="width:10pt">'
        '<v:imagedata o:title="maggie_doyle"/></v:shape></w:pict></w:r>'))
    segments = _by_location(_open(builder, tmp_path))
    assert segments[f"{MAIN}#p1/v:shape[1]@alt"] == ("Maggie at home", "metadata")
    assert segments[f"{MAIN}#p1/v:imagedata[1]@o:title"] == ("maggie_doyle", "metadata")


def test_core_app_and_custom_properties(tmp_path):
    source = docx.Document()
    source.core_properties.author = "Martin Sowerby"
    source.core_properties.last_modified_by = "Sowerby, Martin"
    source.core_properties.title = "DHR – Margaret Doyle"
    source.core_properties.keywords = "Doyle; Hartsford"
    builder = DocxBuilder(source)
    app = builder.entries["docProps/app.xml"].decode()
    builder.set_part("docProps/app.xml", app.replace("<Manager/>", "<Manager>Martin Sowerby</Manager>")
                     .replace("<Company/>", "<Company>Hartsford Borough Council</Company>"))
    custom = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="VictimName">'
              "<vt:lpwstr>Margaret Doyle</vt:lpwstr></property>"
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="NHS">'
              "<vt:lpwstr>9996596931</vt:lpwstr></property></Properties>")
    builder.add_part("docProps/custom.xml", custom, "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                     rel_type=REL + "custom-properties", source="")
    segments = _by_location(_open(builder, tmp_path))
    assert segments["docProps/core.xml#dc:creator"] == ("Martin Sowerby", "person_field")
    assert segments["docProps/core.xml#cp:lastModifiedBy"] == ("Sowerby, Martin", "person_field")
    assert segments["docProps/core.xml#dc:title"] == ("DHR – Margaret Doyle", "metadata")
    assert segments["docProps/core.xml#cp:keywords"] == ("Doyle; Hartsford", "metadata")
    assert segments["docProps/app.xml#Manager"] == ("Martin Sowerby", "person_field")
    assert segments["docProps/app.xml#Company"] == ("Hartsford Borough Council", "metadata")
    assert segments["docProps/custom.xml#property[VictimName]"] == ("Margaret Doyle", "metadata")
    assert segments["docProps/custom.xml#property[NHS]"] == ("9996596931", "metadata")   # long numbers stay


def test_document_variables_and_attached_template(tmp_path):
    builder = DocxBuilder()
    settings = builder.entries["word/settings.xml"].decode()
    rel_id = builder.add_relationship("word/settings.xml", "attachedTemplate",
                                      "file:///C:/Users/msowerby/Templates/DHR%20Doyle.dotx", external=True)
    builder.set_part("word/settings.xml", settings.replace(
        "</w:settings>", f'<w:attachedTemplate r:id="{rel_id}"/><w:docVars><w:docVar w:name="Victim" '
        'w:val="Margaret Doyle"/></w:docVars></w:settings>'))
    segments = _by_location(_open(builder, tmp_path))
    assert segments["word/settings.xml#docVar[1]@w:val"] == ("Margaret Doyle", "metadata")
    assert segments["word/settings.xml#docVar[1]@w:name"] == ("Victim", "metadata")
    assert segments[f"word/_rels/settings.xml.rels#{rel_id}@Target"] == (
        "file:///C:/Users/msowerby/Templates/DHR Doyle.dotx", "identifier")


def test_chart_text_and_cached_values(tmp_path):
    chart = ('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
             'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:title><c:tx><c:rich>'
             "<a:bodyPr/><a:p><a:r><a:t>Contacts with Maggie</a:t></a:r></a:p></c:rich></c:tx></c:title>"
             "<c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:strCache><c:pt idx=\"0\"><c:v>Bernadette</c:v>"
             "</c:pt><c:pt idx=\"1\"><c:v>12</c:v></c:pt></c:strCache></c:strRef></c:cat></c:ser></c:barChart>"
             "</c:plotArea></c:chart></c:chartSpace>")
    builder = DocxBuilder()
    builder.add_part("word/charts/chart1.xml", chart, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                     rel_type="chart")
    document = _open(builder, tmp_path)
    segments = _by_location(document)
    assert segments["word/charts/chart1.xml#p1"] == ("Contacts with Maggie", "text")
    values = [(s.text, s.kind) for s in document.segments if s.location.startswith("word/charts/chart1.xml#c:chart")]
    assert ("Bernadette", "metadata") in values
    assert not any(text == "12" for text, _ in values)      # short numbers are not text
    assert any(item.location == "word/charts/chart1.xml" for item in document.manual_review())


def test_structural_attributes_are_not_segments(tmp_path):
    builder = DocxBuilder().append_body(
        '<w:p w:rsidR="00AB12CD" w14:paraId="1A2B3C4D"><w:pPr><w:pStyle w:val="Heading1"/><w:jc w:val="left"/>'
        '<w:spacing w:before="240" w:after="120"/></w:pPr><w:r><w:rPr><w:color w:val="FF0000"/>'
        '<w:lang w:val="en-GB"/></w:rPr><w:t>Text</w:t></w:r></w:p>')
    values = [s.text for s in _open(builder, tmp_path).segments if s.location.startswith(f"{MAIN}#p1")]
    assert values == ["Text", "Heading1"]


# ---------------------------------------------------------------------- comments kept
def test_comments_kept_are_segments(tmp_path):
    source = docx.Document()
    body = source.add_paragraph("Check with the family.")
    source.add_comment(body.runs, text="Ask Bernadette Kelly first.", author="Martin Sowerby", initials="MS")
    builder = DocxBuilder(source)
    builder.add_part("word/people.xml",
                     '<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
                     '<w15:person w15:author="Martin Sowerby"><w15:presenceInfo w15:providerId="AD" '
                     'w15:userId="S::martin.sowerby@hartsford.gov.uk::1234"/></w15:person></w15:people>',
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
                     rel_type="http://schemas.microsoft.com/office/2011/relationships/people")
    segments = _by_location(_open(builder, tmp_path, keep_comments=True))
    assert ("Ask Bernadette Kelly first.", "text") in segments.values()
    assert segments["word/comments.xml#comment[1]@w:author"] == ("Martin Sowerby", "person_field")
    assert segments["word/comments.xml#comment[1]@w:initials"] == ("MS", "person_field")
    assert segments["word/people.xml#person[1]@w15:author"] == ("Martin Sowerby", "person_field")
    assert any("martin.sowerby@hartsford.gov.uk" in text for text, _ in segments.values())


@pytest.mark.parametrize("keep", [False, True])
def test_segments_are_stable_across_reads(tmp_path, keep):
    source = docx.Document()
    source.add_paragraph("Margaret Doyle")
    builder = DocxBuilder(source)
    first = DocxDocument(builder.build(tmp_path / "a.docx"), keep_comments=keep).segments
    second = DocxDocument(tmp_path / "a.docx", keep_comments=keep).segments
    assert first == second


def test_header_watermark_and_smartart_text(tmp_path):
    builder = DocxBuilder()
    header = builder.add_part("word/header1.xml", header_part(paragraph(
        '<w:r><w:pict><v:shape id="PowerPlusWaterMarkObject1" type="#_x0000_t136">'
        '<v:textpath style="font-family:Calibri" string="DRAFT Margaret Doyle"/></v:shape></w:pict></w:r>')),
        CT + "header+xml", rel_type="header")
    builder.section_properties(f'<w:headerReference w:type="default" r:id="{header}"/>')
    builder.add_part("word/diagrams/data1.xml",
                     '<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
                     'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst><dgm:pt modelId="1">'
                     "<dgm:t><a:bodyPr/><a:p><a:r><a:t>Bernadette</a:t></a:r><a:br/><a:r><a:t>Kelly</a:t></a:r></a:p>"
                     "</dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>",
                     "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml", rel_type="diagramData")
    segments = _by_location(_open(builder, tmp_path))
    assert segments["word/header1.xml#p1/v:textpath[1]@string"] == ("DRAFT Margaret Doyle", "metadata")
    assert segments["word/diagrams/data1.xml#p1"] == ("Bernadette\nKelly", "text")


def test_property_dates_are_identifiers(tmp_path):
    source = docx.Document()
    source.core_properties.created = datetime.datetime(2023, 5, 14, 9, 30)
    segments = _by_location(_open(DocxBuilder(source), tmp_path))
    assert segments["docProps/core.xml#dcterms:created"] == ("2023-05-14T09:30:00Z", "identifier")


def test_lower_case_bookmark_names_are_identifiers(tmp_path):
    builder = DocxBuilder().append_body(paragraph(
        '<w:bookmarkStart w:id="0" w:name="maggie"/>', run("Text"), '<w:bookmarkEnd w:id="0"/>',
        '<w:hyperlink w:anchor="maggie">' + run(" link") + "</w:hyperlink>"))
    segments = _by_location(_open(builder, tmp_path))
    assert segments[f"{MAIN}#p1/w:bookmarkStart[1]@w:name"] == ("maggie", "identifier")
    assert segments[f"{MAIN}#p1/w:hyperlink[1]@w:anchor"] == ("maggie", "identifier")


@pytest.mark.parametrize("software", ["Microsoft Macintosh Word", "Microsoft Office Word", "LibreOffice/7.4.7.2$Linux_X86_64",
                                      "Kingsoft Office", "WPS Office Harrison"])
def test_the_software_that_wrote_the_file_is_a_machine_value(tmp_path, software):
    # prose detection took "Macintosh" (also a surname) for a person; a listed name there is still replaced
    from docx_factory import DocxBuilder, paragraph, set_properties
    from redact.documents.docx import DocxDocument
    from redact.pipeline import Redactor
    from redact.rules import parse_rules

    builder = DocxBuilder().append_body(paragraph("Overview report."))
    set_properties(builder, app={"Application": software, "AppVersion": "16.0000"})
    path = builder.build(tmp_path / "draft.docx")
    found = [s for s in DocxDocument(path).segments if s.location.endswith(("Application", "AppVersion"))]
    assert found and all(s.kind == "identifier" for s in found), found
    redactor = Redactor(parse_rules({"people": [{"name": "Harrison Okoro", "pseudonym": "Sam"}]}))
    segments, findings = redactor.scan_document(DocxDocument(path))
    where = {segments[f.segment].location for f in findings}
    texts = {f.text for f in findings if segments[f.segment].location.endswith("Application")}
    assert texts == ({"Harrison"} if "Harrison" in software else set()), (texts, where)
