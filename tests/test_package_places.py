"""Places of a Word package that find-and-replace never reaches (see docs: the probe in the report of the branch
``package``): embedded files, and a date of death written as an identifier (a bookmark, a picture's name, a merge
field, a linked file's path). Each test builds a small package with the value in one place only, runs the whole
``apply`` (``Redactor.redact_file``) and checks the output's bytes independently of verify, then verify itself."""
from __future__ import annotations

import io
import re
import urllib.parse
import zipfile
from pathlib import Path

import pytest

from conftest import quiet_redactor
from docx_factory import NSDECL, DocxBuilder, inline_picture, paragraph, run, table, zip_bytes
from redact.rules import parse_rules
from redact.verify import verify_file

# names from several communities; each test takes one
PEOPLE = [("Oksana Kovalenko", "Anna"), ("Oluwaseun Adebayo", "Carol"), ("Gurpreet Kaur Sandhu", "Fay"),
          ("Agnieszka Wójcik", "Gina"), ("Siobhan O'Driscoll", "Beth")]
RULES = parse_rules({"version": 1, "review": "package places",
                     "people": [{"name": name, "pseudonym": pseudonym} for name, pseudonym in PEOPLE],
                     "dates": {"date_of_death": "2023-03-14"}})
PHONE = "07700 900461"
FILLER = paragraph(run("The panel met on a Tuesday to review the chronology."))


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(RULES)


def _all_texts(data: bytes, depth: int = 0):
    """Every entry's name and bytes read as text, packages inside the package opened too."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            raw = archive.read(name)
            yield name
            if raw[:4] == b"PK\x03\x04" and depth < 3:
                yield from _all_texts(raw, depth + 1)
                continue
            text = raw.decode("utf-8", "ignore")
            yield text
            yield urllib.parse.unquote(text)
            yield raw.decode("utf-16-le", "ignore")


def _holds(data: bytes, pattern: str) -> bool:
    return any(re.search(pattern, text, re.IGNORECASE) for text in _all_texts(data))


def _strict_leaks(path: Path) -> list:
    return verify_file(path, RULES, strict=True).leaks


def _redact(redactor, builder: DocxBuilder, tmp_path: Path, name: str = "draft"):
    source = builder.build(tmp_path / f"{name}.docx")
    output = tmp_path / f"{name}-out.docx"
    report = redactor.redact_file(source, output, force=True)
    return source, output, report


def _xlsx(cell: str) -> bytes:
    return zip_bytes({
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                               b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                       b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                       b'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                           b'2006/main"><sheets/></workbook>',
        "xl/sharedStrings.xml": ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                                 f'2006/main" count="1" uniqueCount="1"><si><t>{cell}</t></si></sst>').encode()})


CHART = ('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea>'
         '<c:barChart><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache>'
         '<c:ptCount val="1"/><c:pt idx="0"><c:v>{label}</c:v></c:pt></c:strCache></c:strRef></c:tx><c:val><c:numRef>'
         '<c:f>Sheet1!$B$2</c:f><c:numCache><c:ptCount val="1"/><c:pt idx="0"><c:v>3</c:v></c:pt></c:numCache>'
         '</c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart>{external}</c:chartSpace>')
CHART_RUN = ('<w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/><wp:docPr id="3" name="Chart 3"/><a:graphic>'
             '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart '
             'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdC1"/></a:graphicData>'
             '</a:graphic></wp:inline></w:drawing></w:r>')


def _chart(label: str, workbook_cell: str | None) -> DocxBuilder:
    builder = DocxBuilder().append_body(FILLER)
    external = '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData>' if workbook_cell else ""
    builder.add_part("word/charts/chart1.xml", CHART.format(label=label, external=external),
                     "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", rel_type="chart",
                     rel_id="rIdC1")
    if workbook_cell is not None:
        builder.add_default("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        builder.add_part("word/embeddings/Microsoft_Excel_Worksheet.xlsx", _xlsx(workbook_cell))
        builder.add_relationship("word/charts/chart1.xml", "package", "../embeddings/Microsoft_Excel_Worksheet.xlsx",
                                 rel_id="rId1")
    return builder.append_body(paragraph(CHART_RUN))


def _ole(part: str, data: bytes, extension: str, content_type: str, prog_id: str) -> DocxBuilder:
    builder = DocxBuilder().append_body(FILLER)
    builder.add_default(extension, content_type)
    builder.add_default("png", "image/png")
    rel_id = builder.add_part(part, data, rel_type="package" if extension != "bin" else "oleObject")
    from docx_factory import PNG_1x1
    preview = builder.add_part("word/media/image1.png", PNG_1x1, rel_type="image")
    return builder.append_body(paragraph(
        f'<w:r><w:object><v:shape id="_x0000_i1025" style="width:50pt;height:20pt"><v:imagedata r:id="{preview}" '
        f'o:title=""/></v:shape><o:OLEObject Type="Embed" ProgID="{prog_id}" ShapeID="_x0000_i1025" '
        f'DrawAspect="Content" ObjectID="_1" r:id="{rel_id}"/></w:object></w:r>'))


# ---------------------------------------------------------------------- embedded files
@pytest.mark.parametrize("cell", [PEOPLE[0][0], PHONE, "14th March 2023", f"{PEOPLE[2][0]} ({PHONE})"])
def test_a_charts_workbook_goes_and_the_chart_stays(redactor, tmp_path, cell):
    source, output, report = _redact(redactor, _chart("Visits", cell), tmp_path)
    data = output.read_bytes()
    for secret in (r"Kovalenko", r"07700\W*900461", r"14th March", r"Sandhu"):
        assert not _holds(data, secret)
    with zipfile.ZipFile(output) as archive:
        names = archive.namelist()
        chart = archive.read("word/charts/chart1.xml").decode()
        rels = archive.read("word/charts/_rels/chart1.xml.rels").decode() if \
            "word/charts/_rels/chart1.xml.rels" in names else ""
        types = archive.read("[Content_Types].xml").decode()
    assert not [name for name in names if "embeddings/" in name]
    assert "externalData" not in chart and "embeddings" not in rels and "Visits" in chart
    assert "/word/embeddings/" not in types
    assert any("embedded object (xlsx) removed" in item.what for item in report.manual_review)
    assert not _strict_leaks(output)


@pytest.mark.parametrize("part, data, extension, content_type, prog_id", [
    ("word/embeddings/Microsoft_Excel_Worksheet1.xlsx", _xlsx(f"Called {PHONE} about {PEOPLE[1][0]}"), "xlsx",
     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel.Sheet.12"),
    ("word/embeddings/Microsoft_Word_Document1.docx",
     DocxBuilder().append_body(paragraph(run(f"Statement of {PEOPLE[3][0]}, tel. {PHONE}."))).to_bytes(), "docx",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word.Document.12"),
    ("word/embeddings/oleObject1.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64)
     + f"{PEOPLE[0][0]} {PHONE}".encode("utf-16-le") + bytes(32), "bin",
     "application/vnd.openxmlformats-officedocument.oleObject", "Package"),
])
def test_an_embedded_object_goes_and_its_picture_stays(redactor, tmp_path, part, data, extension, content_type,
                                                        prog_id):
    source, output, report = _redact(redactor, _ole(part, data, extension, content_type, prog_id), tmp_path)
    out = output.read_bytes()
    for secret in (r"Kovalenko", r"Adebayo", r"W.jcik", r"07700\W*900461"):
        assert not _holds(out, secret)
    with zipfile.ZipFile(output) as archive:
        names = archive.namelist()
        body = archive.read("word/document.xml").decode()
    assert not [name for name in names if "embeddings/" in name]
    assert "OLEObject" not in body and "<w:object>" in body and "v:imagedata" in body
    assert "word/media/image1.png" in names
    assert any(f"embedded object ({extension}) removed" in item.what for item in report.manual_review)
    assert not _strict_leaks(output)


def test_a_chart_without_a_workbook_keeps_its_part_and_its_redacted_cache(redactor, tmp_path):
    source, output, _ = _redact(redactor, _chart(f"Contacts with {PEOPLE[0][0]}", None), tmp_path)
    with zipfile.ZipFile(output) as archive:
        chart = archive.read("word/charts/chart1.xml").decode()
    assert "Kovalenko" not in chart and "Contacts with" in chart and "<c:v>3</c:v>" in chart


def test_an_embedded_file_something_else_refers_to_stays_listed(redactor, tmp_path):
    """A reference the policy does not know (here a picture's r:embed): removing the file would break the package."""
    builder = DocxBuilder().append_body(FILLER)
    builder.add_default("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    rel_id = builder.add_part("word/embeddings/Microsoft_Excel_Worksheet2.xlsx", _xlsx("Visits"), rel_type="package")
    builder.append_body(paragraph(inline_picture(rel_id)))
    source, output, report = _redact(redactor, builder, tmp_path)
    with zipfile.ZipFile(output) as archive:
        assert "word/embeddings/Microsoft_Excel_Worksheet2.xlsx" in archive.namelist()
    assert any(item.what.startswith("embedded object (xlsx): its content is not redacted")
               for item in report.manual_review)


# ---------------------------------------------------------------------- a date of death written as an identifier
def _picture_named(name: str) -> DocxBuilder:
    builder = DocxBuilder().append_body(FILLER)
    rel_id = builder.add_image()
    return builder.append_body(paragraph(inline_picture(rel_id, file_name=name)))


def _field(code: str) -> DocxBuilder:
    return DocxBuilder().append_body(FILLER, paragraph(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>shown</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))


def _bookmark(name: str) -> DocxBuilder:
    return DocxBuilder().append_body(FILLER, paragraph(f'<w:bookmarkStart w:id="1" w:name="{name}"/>',
                                                       run("Bookmarked."), '<w:bookmarkEnd w:id="1"/>'))


def _linked(target: str) -> DocxBuilder:
    builder = DocxBuilder().append_body(FILLER)
    rel_id = builder.add_relationship("word/document.xml", "hyperlink", target, external=True)
    return builder.append_body(paragraph(f'<w:hyperlink r:id="{rel_id}"><w:r><w:t>the file</w:t></w:r></w:hyperlink>'))


DATES_AS_IDENTIFIERS = [
    (_bookmark, "Death_14th_March_2023", r"14th\W*March|14\W*March"),
    (_bookmark, "Events_of_14_03_2023", r"14\W*03\W*2023"),
    (_picture_named, "scene_14_March_2023.jpg", r"14\W*March"),
    (_field, "MERGEFIELD Fourteenth_of_March_2023", r"Fourteenth"),
    (_linked, "file:///C:/Reviews/notes_14_03_2023.docx", r"14\W*03\W*2023"),
    (_linked, "https://intranet.example.org/incident_2023_03_14", r"2023\W*03\W*14"),
]


@pytest.mark.parametrize("build, value, written", DATES_AS_IDENTIFIERS)
def test_verify_reads_a_date_of_death_joined_by_underscores(tmp_path, build, value, written):
    source = build(value).build(tmp_path / "draft.docx")
    leaks = verify_file(source, RULES).leaks
    assert any(leak.kind == "date_of_death" for leak in leaks), value


@pytest.mark.parametrize("build, value, written", DATES_AS_IDENTIFIERS)
def test_apply_replaces_a_date_of_death_joined_by_underscores(redactor, tmp_path, build, value, written):
    source, output, _ = _redact(redactor, build(value), tmp_path)
    assert not _holds(output.read_bytes(), written), value
    assert verify_file(output, RULES).ok


@pytest.mark.parametrize("build, value", [
    (_bookmark, "_Toc14_03_2019"), (_bookmark, "Visit_15_March_2023"), (_picture_named, "scan_2023_04_14.png"),
    (_field, "MERGEFIELD Case_14_2023"), (_bookmark, "Minutes_2022_03_14"),
])
def test_other_dates_and_numbers_joined_by_underscores_stay(redactor, tmp_path, build, value):
    source = build(value).build(tmp_path / "draft.docx")
    assert verify_file(source, RULES).ok, value
    _, output, _ = _redact(redactor, build(value), tmp_path)
    assert _holds(output.read_bytes(), re.escape(value)), value


# ---------------------------------------------------------------------- a contact written as an identifier
def _form_field_named(name: str) -> DocxBuilder:
    return DocxBuilder().append_body(FILLER, paragraph(
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/><w:textInput/>'
        '</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>shown</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))


def _document_variable(name: str) -> DocxBuilder:
    builder = DocxBuilder().append_body(FILLER)
    settings = builder.entries["word/settings.xml"].decode()
    builder.entries["word/settings.xml"] = re.sub(
        r"(<w:settings[^>]*>)", rf'\1<w:docVars><w:docVar w:name="{name}" w:val="1"/></w:docVars>', settings,
        count=1).encode()
    return builder


CONTACTS_AS_IDENTIFIERS = [   # a bookmark, a form field or a document variable a person named with the contact
    (_bookmark, "07700_900461", r"07700[\W_]*900461"), (_bookmark, "call_07700900462", r"07700[\W_]*900462"),
    (_bookmark, "mum_0161_496_0732", r"0161[\W_]*496[\W_]*0732"),
    (_form_field_named, "07700_900463", r"07700[\W_]*900463"), (_document_variable, "tel_07700_900464", r"900464"),
    (_document_variable, "home_SL2_5QR", r"SL2[\W_]*5QR"),
    # a person's name for a bookmark may start with "_" as Word's own do, but Word never groups digits
    (_bookmark, "_44_7700_900465", r"7700[\W_]*900465"), (_bookmark, "_Tel_0044_7700_900466", r"900466"),
]


@pytest.mark.parametrize("build, value, written", CONTACTS_AS_IDENTIFIERS)
def test_apply_replaces_a_contact_joined_by_underscores_and_strict_verify_agrees(redactor, tmp_path, build, value,
                                                                                 written):
    source, output, _ = _redact(redactor, build(value), tmp_path)
    assert _holds(source.read_bytes(), written)
    assert not _holds(output.read_bytes(), written), value
    assert _strict_leaks(output) == []


@pytest.mark.parametrize("name", ["_Toc482305371", "_Hlk96358120", "_1234567890"])
def test_words_own_bookmarks_with_numbers_stay(redactor, tmp_path, name):
    """Word names its hidden bookmarks "_Toc" + digits, which the table of contents refers to: never renamed."""
    _, output, _ = _redact(redactor, _bookmark(name), tmp_path)
    assert _holds(output.read_bytes(), name)


# ---------------------------------------------------------------------- a character written as a symbol (w:sym)
def _with_symbol(text: str, index: int, font: str = "Calibri") -> DocxBuilder:
    """``text`` with its character at ``index`` inserted as a symbol (Insert > Symbol), the rest in plain runs."""
    before, char, after = text[:index], text[index], text[index + 1:]
    return DocxBuilder().append_body(FILLER, paragraph(
        run(f"The officer spoke with {before}"), f'<w:r><w:sym w:font="{font}" w:char="{ord(char):04X}"/></w:r>',
        run(f"{after} at the station.")))


@pytest.mark.parametrize("text, index, written", [
    (PEOPLE[0][0], 9, r"Kovalenko|Kvalenko"),             # Oksana K[o]valenko
    (PEOPLE[1][0], 0, r"Oluwaseun|Adebayo"),              # [O]luwaseun Adebayo
    (PEOPLE[3][0], 13, r"W.jcik"),                        # Agnieszka Wój[c]ik
    ("14th March 2023", 1, r"14th|March 2023"),           # 1[4]th March 2023
    ("14th March 2023", 14, r"March 202"),                # 14th March 202[3]
])
def test_a_letter_inserted_as_a_symbol_is_part_of_the_word(redactor, tmp_path, text, index, written):
    source, output, _ = _redact(redactor, _with_symbol(text, index), tmp_path)
    with zipfile.ZipFile(output) as archive:
        body = archive.read("word/document.xml").decode()
    assert not re.search(written, body), body
    assert "w:sym" not in body
    assert "The officer spoke with" in body and "at the station." in body
    assert verify_file(output, RULES).ok


@pytest.mark.parametrize("text, index, font", [("Tick \uf0fc done", 5, "Wingdings"), ("the café was closed", 7, "Calibri"),
                                               ("on 15th March 2023", 4, "Calibri")])
def test_symbols_in_ordinary_words_stay(redactor, tmp_path, text, index, font):
    source, output, _ = _redact(redactor, _with_symbol(text, index, font), tmp_path)
    with zipfile.ZipFile(output) as archive:
        body = archive.read("word/document.xml").decode()
    assert f'w:char="{ord(text[index]):04X}"' in body
    assert text[:index] in body and text[index + 1:] in body


@pytest.mark.parametrize("code", ["D800", "DFFF", "110000", "zzzz", ""])
def test_a_symbol_that_is_no_character_is_read_as_nothing(redactor, tmp_path, code):
    # "D800", half a UTF-16 pair, was an internal error at saving (UTF-8 cannot hold it); verify read on
    builder = DocxBuilder().append_body(FILLER, paragraph(
        run("The officer spoke with Oksana Kovalenko"), f'<w:r><w:sym w:font="Symbol" w:char="{code}"/></w:r>',
        run(" at the station.")))
    source, output, _ = _redact(redactor, builder, tmp_path)
    body = zipfile.ZipFile(output).read("word/document.xml").decode()
    assert "Kovalenko" not in body and "at the station." in body
    assert verify_file(output, RULES).ok


@pytest.mark.parametrize("alt_text", ["kovalenko", "Contacts with Oksana Kovalenko, 07700 900461"])
def test_a_tables_alt_text_is_read(redactor, tmp_path, alt_text):
    # Table Properties > Alt Text: a title and a description inside w:tblPr; one lower-case word was taken for the
    # format's vocabulary by apply, and verify read nothing in a table's formatting properties
    grid = table(["Date", "Event"], ["3 May", "Seen by the GP"]).replace(
        "</w:tblPr>", f'<w:tblCaption w:val="{alt_text}"/><w:tblDescription w:val="{alt_text}"/></w:tblPr>')
    source, output, _ = _redact(redactor, DocxBuilder().append_body(FILLER, grid), tmp_path)
    assert not verify_file(source, RULES).ok
    body = zipfile.ZipFile(output).read("word/document.xml").decode()
    assert "kovalenko" not in body.lower() and "900461" not in body and "Seen by the GP" in body
    assert verify_file(output, RULES).ok


# ---------------------------------------------------------------------- what a person typed in the styles and lists
def _insert(builder: DocxBuilder, part: str, fragment: str, first: bool = False) -> None:
    from docx_factory import _parse_fragment

    root = builder.xml(part)
    for element in reversed(_parse_fragment(fragment)) if first else _parse_fragment(fragment):
        root.insert(0, element) if first else root.append(element)
    builder.set_xml(part, root)


def _list_level(text: str) -> DocxBuilder:
    builder = DocxBuilder().append_body(FILLER)
    _insert(builder, "word/numbering.xml", '<w:abstractNum w:abstractNumId="77"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>', first=True)
    _insert(builder, "word/numbering.xml", '<w:num w:numId="77"><w:abstractNumId w:val="77"/></w:num>')
    return builder.append_body(paragraph('<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr></w:pPr>',
                                         run("A listed item.")))


def _custom_style(name: str, aliases: str = "") -> DocxBuilder:
    builder = DocxBuilder().append_body(FILLER)
    other = f'<w:aliases w:val="{aliases}"/>' if aliases else ""
    _insert(builder, "word/styles.xml", f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="Custom9">'
                                        f'<w:name w:val="{name}"/>{other}</w:style>')
    return builder.append_body(paragraph(run("Styled."), style="Custom9"))


TYPED_IN_VOCABULARY = [
    (_list_level, (f"Statement of {PEOPLE[0][0]} %1.",), r"Kovalenko"),
    (_list_level, ("14th March 2023 – %1",), r"14th March"),
    (_custom_style, (f"{PEOPLE[2][0]} notes",), r"Sandhu"),
    (_custom_style, ("Quote block", f"{PEOPLE[1][0]}"), r"Adebayo"),
]


@pytest.mark.parametrize("build, args, written", TYPED_IN_VOCABULARY)
def test_verify_reads_what_a_person_typed_in_the_styles_and_lists(tmp_path, build, args, written):
    source = build(*args).build(tmp_path / "draft.docx")
    assert not verify_file(source, RULES).ok, args


@pytest.mark.parametrize("build, args, written", TYPED_IN_VOCABULARY)
def test_apply_replaces_what_a_person_typed_in_the_styles_and_lists(redactor, tmp_path, build, args, written):
    _, output, _ = _redact(redactor, build(*args), tmp_path)
    assert not _holds(output.read_bytes(), written), args
    assert verify_file(output, RULES).ok


def test_a_listed_surname_that_is_a_built_in_style_name_is_no_leak(tmp_path):
    """"Strong", "Title", "Caption": Word's own style names in every draft's styles part, not typed by anyone."""
    rules = parse_rules({"version": 1, "review": "built-in names",
                         "people": [{"name": "Sarah Strong", "pseudonym": "Ruth"},
                                    {"name": "Daniel Caption", "pseudonym": "Tom"}]})
    source = _list_level("%1.").build(tmp_path / "draft.docx")
    assert b'w:val="Strong"' in zipfile.ZipFile(source).read("word/styles.xml")
    assert verify_file(source, rules).ok


# ---------------------------------------------------------------------- ruby (a reading written above its base text)
def _ruby(guide: str, base: str, after: str = " at the station.") -> DocxBuilder:
    return DocxBuilder().append_body(FILLER, paragraph(
        run("The officer called "),
        '<w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/><w:hps w:val="10"/><w:hpsRaise w:val="18"/>'
        f'<w:hpsBaseText w:val="21"/><w:lid w:val="ja-JP"/></w:rubyPr><w:rt><w:r><w:t>{guide}</w:t></w:r></w:rt>'
        f'<w:rubyBase><w:r><w:t>{base}</w:t></w:r></w:rubyBase></w:ruby></w:r>', run(after)))


@pytest.mark.parametrize("guide, base, after, written", [
    ("でんわ", PHONE, " at the station.", r"07700\W*900461"),
    (PHONE, "電話", " at the station.", r"07700\W*900461"),
    ("メール", "ok1987@example.org", "です。", r"ok1987"),
    ("オクサナ", PEOPLE[0][0], "さん", r"Kovalenko"),
])
def test_a_contact_or_name_in_ruby_is_a_word_of_its_own(redactor, tmp_path, guide, base, after, written):
    builder = _ruby(guide, base, after)
    source = builder.build(tmp_path / "draft.docx")
    assert _strict_leaks(source)
    _, output, _ = _redact(redactor, builder, tmp_path)
    with zipfile.ZipFile(output) as archive:
        body = archive.read("word/document.xml").decode()
    assert not re.search(written, body), body
    assert "w:ruby" in body
    assert not _strict_leaks(output)


def test_ordinary_ruby_stays(redactor, tmp_path):
    _, output, _ = _redact(redactor, _ruby("かんじ", "漢字"), tmp_path)
    with zipfile.ZipFile(output) as archive:
        body = archive.read("word/document.xml").decode()
    assert "<w:t>かんじ</w:t>" in body and "<w:t>漢字</w:t>" in body


# ---------------------------------------------------------------------- typed values verify --strict reads
def _settings(fragment: str) -> DocxBuilder:
    builder = DocxBuilder().append_body(FILLER)
    _insert(builder, "word/settings.xml", fragment, first=True)
    return builder


def _control(properties: str) -> DocxBuilder:
    return DocxBuilder().append_body(FILLER, f'<w:sdt><w:sdtPr>{properties}</w:sdtPr><w:sdtContent><w:p><w:r>'
                                             '<w:t>Some words.</w:t></w:r></w:p></w:sdtContent></w:sdt>')


def _form_field(settings: str) -> DocxBuilder:
    return DocxBuilder().append_body(FILLER, paragraph(
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:enabled/>{settings}</w:ffData></w:fldChar></w:r>'
        '<w:r><w:instrText> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>entry</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'))


def _typed(value: str) -> list[DocxBuilder]:
    return [
        _control(f'<w:alias w:val="{value}"/>'), _control(f'<w:tag w:val="{value}"/>'),
        _control(f'<w:dropDownList><w:listItem w:displayText="{value}" w:value="{value}"/></w:dropDownList>'),
        _settings(f'<w:docVars><w:docVar w:name="Contact" w:val="{value}"/></w:docVars>'),
        _form_field(f'<w:name w:val="Text1"/><w:textInput><w:default w:val="{value}"/></w:textInput>'),
        _form_field(f'<w:name w:val="Text1"/><w:statusText w:type="text" w:val="{value}"/><w:textInput/>'),
        _form_field(f'<w:name w:val="Text1"/><w:helpText w:type="text" w:val="{value}"/><w:textInput/>'),
        _form_field(f'<w:name w:val="Drop1"/><w:ddList><w:listEntry w:val="{value}"/></w:ddList>'),
    ]


@pytest.mark.parametrize("value, written", [(PHONE, r"07700\W*900461"), ("Call 0161 496 0732 after six", r"496\W*0732"),
                                            ("ok1987@example.org", r"ok1987")])
def test_verify_strict_reads_a_contact_typed_in_a_control_a_variable_or_a_form_field(redactor, tmp_path, value,
                                                                                     written):
    for number, builder in enumerate(_typed(value)):
        source = builder.build(tmp_path / f"draft{number}.docx")
        assert [leak for leak in _strict_leaks(source) if leak.kind in ("phone_number", "email_address")], number
        _, output, _ = _redact(redactor, builder, tmp_path, f"draft{number}")
        assert not _holds(output.read_bytes(), written), number
        assert not _strict_leaks(output), number


def test_ordinary_typed_values_are_no_strict_leak(tmp_path):
    for number, builder in enumerate(_typed("Date of referral") + _typed("Agency response")):
        assert not _strict_leaks(builder.build(tmp_path / f"draft{number}.docx")), number


@pytest.mark.parametrize("text, written", [(f"{PHONE} %1.", r"07700\W*900461"), ("14/03/2023 – %1", r"14/03/2023")])
def test_a_list_level_text_without_letters_is_read_by_apply_as_verify_reads_it(redactor, tmp_path, text, written):
    source = _list_level(text).build(tmp_path / "draft.docx")
    assert [leak for leak in _strict_leaks(source) if leak.kind in ("phone_number", "date_of_death")]
    _, output, _ = _redact(redactor, _list_level(text), tmp_path)
    assert not _holds(output.read_bytes(), written)
    assert b'w:lvlText w:val="%1."' in zipfile.ZipFile(output).read("word/numbering.xml")   # the template's stay
