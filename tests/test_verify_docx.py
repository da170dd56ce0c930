"""verify on .docx: one listed name planted in each kind of place of an otherwise clean output is caught, where it is.

The clean report is built here (python-docx + XML injection through tests/docx_factory.py) with every kind of
place a Word file can hide text in; ``clean_report(**plant)`` replaces the clean text of one place.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from conftest import EXAMPLES
from docx_factory import CT, DocxBuilder, header_part, inline_picture, notes_part, paragraph, run, text_box
from redact.rules import load_rules
from redact.verify import verify_file

RULES = load_rules(EXAMPLES / "example-rules.yaml")   # Joanne Louise Pryor (Jo, Jojo), Craig Pryor, Hope Pryor,
                                                      # Oakbridge; death 2024-03-10, birth 1985-06-21
LEAK = "Craig Pryor"                                  # listed; pseudonym "Mark"

CLEAN = {
    "body": [run("Anna lived in Area C with her partner "), run("Mark", bold=True), run(" and Child B.")],
    "header": "OFFICIAL-SENSITIVE: DHR Area C 2024-02",
    "footnote": "Letter from the chair to the family, 4 April 2024.",
    "comment": "Check the wording with the panel.",
    "comment_author": "Eleanor Whitby",
    "deleted": "an older sentence about the review",
    "textbox_choice": "Timeline summary for Anna",
    "textbox_fallback": "Timeline summary for Anna",
    "alt_text": "Chart of agency contacts",
    "core_title": "DHR Area C overview report",
    "core_author": "Eleanor Whitby",
    "custom_property": "Area C DHR 2024-02",
    "link_target": "https://example.org/reports/area-c-overview.pdf",
    "custom_xml": "Anna",
}

# Prose that must not raise an alarm: the ordinary words behind listed names, other dates, pseudonyms.
BENIGN = ("We hope agencies will learn from this. Will agencies be able to show change? There is hope, but hope "
          "alone is not a plan. The panel met on 3 May 2024 and on 10 April 2024; Mark and Anna were seen on 9 March 2024.")


def clean_report(path: Path, **plant) -> Path:
    """The clean output with ``plant`` (place -> text) put in instead of the clean text of those places."""
    values = {**CLEAN, **plant}
    builder = DocxBuilder()
    body = values["body"]
    body_runs = body if isinstance(body, list) else [run(body)]

    footnotes = builder.add_part("word/footnotes.xml", notes_part("footnote", {1: values["footnote"]}),
                                 CT + "footnotes+xml", rel_type="footnotes")
    assert footnotes
    comments = (f'<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:comment w:id="0" w:author="{values["comment_author"]}" w:initials="EW" '
                f'w:date="2024-05-01T10:00:00Z">{paragraph(run(values["comment"]))}</w:comment></w:comments>')
    builder.add_part("word/comments.xml", comments, CT + "comments+xml", rel_type="comments")
    header_id = builder.add_part("word/header1.xml", header_part(paragraph(run(values["header"]))),
                                 CT + "header+xml", rel_type="header")
    link_id = builder.add_relationship(builder.main_part, "hyperlink", values["link_target"], external=True)
    image_id = builder.add_image()

    builder.append_body(
        paragraph(run("Domestic Homicide Review into the death of Anna"), style="Heading1"),
        paragraph(*body_runs),
        paragraph(run(BENIGN)),
        paragraph('<w:commentRangeStart w:id="0"/>', run("The panel agreed the terms of reference."),
                  '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
                  '<w:r><w:footnoteReference w:id="1"/></w:r>'),
        paragraph(run("This paragraph was edited"),
                  f'<w:del w:id="7" w:author="Eleanor Whitby" w:date="2024-05-01T10:00:00Z"><w:r>'
                  f'<w:delText xml:space="preserve"> {values["deleted"]}</w:delText></w:r></w:del>'),
        paragraph(text_box(paragraph(run(values["textbox_choice"])))),
        paragraph(inline_picture(image_id, descr=values["alt_text"], title="Figure 1")),
        paragraph(f'<w:hyperlink r:id="{link_id}"><w:r><w:t>the published report</w:t></w:r></w:hyperlink>'),
    )
    if values["textbox_fallback"] != values["textbox_choice"]:
        _set_fallback_text(builder, values["textbox_fallback"])
    builder.section_properties(f'<w:headerReference w:type="default" r:id="{header_id}"/>')

    core = builder.xml("docProps/core.xml")
    for element in core:
        if element.tag.endswith("}title"):
            element.text = values["core_title"]
        elif element.tag.endswith("}creator") or element.tag.endswith("}lastModifiedBy"):
            element.text = values["core_author"]
    builder.set_xml("docProps/core.xml", core)

    custom = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Review">'
              f'<vt:lpwstr>{values["custom_property"]}</vt:lpwstr></property></Properties>')
    builder.add_part("docProps/custom.xml", custom, "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                     rel_type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
                     source="")
    builder.add_part("customXml/item1.xml", f"<review><subject>{values['custom_xml']}</subject><ref>C-2024-02</ref>"
                     "</review>", rel_type="customXml")
    builder.add_part("customXml/itemProps1.xml",
                     '<ds:datastoreItem ds:itemID="{6A3C1B2D-0000-4000-8000-000000000001}" '
                     'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>',
                     "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
                     rel_type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps",
                     source="customXml/item1.xml")
    return builder.build(path)


def _set_fallback_text(builder: DocxBuilder, text: str) -> None:
    """Only the VML fallback copy of the text box differs (what an older Word or another reader shows)."""
    root = builder.xml(builder.main_part)
    v = "urn:schemas-microsoft-com:vml"
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    (t,) = root.findall(f".//{{{v}}}textbox//{{{w}}}t")
    t.text = text
    builder.set_xml(builder.main_part, root)


def locations(verdict) -> list[str]:
    return [leak.location for leak in verdict.leaks]


def test_the_clean_report_is_clean(tmp_path):
    verdict = verify_file(clean_report(tmp_path / "clean.docx"), RULES)
    assert verdict.ok, verdict.leaks
    # (the pictures' pixels: the thumbnail of the first page is a picture too, its metadata read, its pixels not)
    assert sorted(verdict.unread) == ["docProps/thumbnail.jpeg (binary part)", "word/media/image1.png (binary part)"]
    # and it really holds every kind of place the planting tests use
    names = zipfile.ZipFile(tmp_path / "clean.docx").namelist()
    assert {"word/footnotes.xml", "word/comments.xml", "word/header1.xml", "docProps/custom.xml",
            "customXml/item1.xml"} <= set(names)


# place -> (what is planted, a piece of the location verify must report)
PLANTS = {
    "body split across runs": ("body", [run("Anna lived with "), run("Cr"), run("aig Pr", bold=True),
                                        run("yor", italic=True), run(".")], "word/document.xml paragraph 1"),
    "header": ("header", f"DHR: the death of the partner of {LEAK}", "word/header1.xml paragraph 0"),
    "footnote": ("footnote", f"Letter from {LEAK}'s solicitor.", "word/footnotes.xml paragraph 2 (footnote 1)"),
    "comment": ("comment", f"Ask {LEAK} about this.", "word/comments.xml paragraph 0 (comment 0)"),
    "comment author": ("comment_author", LEAK, "word/comments.xml <comment @author>"),
    "deleted text": ("deleted", f"a sentence naming {LEAK}", "word/document.xml paragraph 4 [deleted text]"),
    "text box fallback copy": ("textbox_fallback", f"Timeline for {LEAK}", "(text box, fallback copy)"),
    "alt text": ("alt_text", f"Photograph of {LEAK}", "word/document.xml paragraph 8 <docPr @descr>"),
    "core property": ("core_author", LEAK, "docProps/core.xml <creator>"),
    "custom property": ("custom_property", f"Review of {LEAK}", "docProps/custom.xml <property 1: lpwstr>"),
    "hyperlink target": ("link_target", "https://example.org/files/Craig%20Pryor%20statement.pdf",
                         "word/_rels/document.xml.rels <Relationship"),
    "customXml item": ("custom_xml", LEAK, "customXml/item1.xml <subject>"),
}


@pytest.mark.parametrize("place", list(PLANTS))
def test_a_name_planted_anywhere_is_caught_with_its_location(tmp_path, place):
    key, planted, where = PLANTS[place]
    verdict = verify_file(clean_report(tmp_path / "planted.docx", **{key: planted}), RULES)
    assert not verdict.ok
    assert {leak.kind for leak in verdict.leaks} == {"person"}
    assert all(leak.value == "listed as 'Mark'" for leak in verdict.leaks)
    assert any(where in location for location in locations(verdict)), locations(verdict)
    for leak in verdict.leaks:  # the real name is never printed
        assert "Craig" not in leak.context and "Pryor" not in leak.context and "█" in leak.context
        assert "Craig" not in leak.location


def test_text_box_choice_copy_is_reported_apart_from_the_fallback(tmp_path):
    path = clean_report(tmp_path / "planted.docx", textbox_choice=f"Timeline for {LEAK}",
                        textbox_fallback=f"Timeline for {LEAK}")
    where = locations(verify_file(path, RULES))
    assert any(w.endswith("(text box)") for w in where) and any(w.endswith("(text box, fallback copy)") for w in where)


def test_hyperlink_target_is_also_read_url_decoded(tmp_path):
    path = clean_report(tmp_path / "planted.docx", link_target="mailto:craig.pryor@example.org")
    verdict = verify_file(path, RULES)
    # "craig.pryor" is the full name with a joiner; the whole address is masked (its domain may say who it is)
    assert [leak.value for leak in verdict.leaks] == ["listed as 'Mark'"]
    assert {leak.context for leak in verdict.leaks} == {"[██████]"}
    encoded = clean_report(tmp_path / "encoded.docx", link_target="https://example.org/f/%43raig%20Pryor.pdf")
    assert [leak.context for leak in verify_file(encoded, RULES).leaks] == ["[██████]"]


def test_a_name_used_as_a_tag_in_custom_xml_is_found_in_the_raw_xml(tmp_path):
    path = clean_report(tmp_path / "planted.docx", custom_xml="<CraigPryor/>x")
    builder_text = zipfile.ZipFile(path).read("customXml/item1.xml").decode()
    assert "<CraigPryor/>" in builder_text
    # "CraigPryor" is one word: not a whole-word match; a tag with a separator is
    path = clean_report(tmp_path / "planted2.docx", custom_xml="<Craig_Pryor/>x")
    assert "customXml/item1.xml (raw XML)" in locations(verify_file(path, RULES))


def test_raw_xml_does_not_double_report_what_the_parsed_reading_found(tmp_path):
    verdict = verify_file(clean_report(tmp_path / "planted.docx", custom_xml=LEAK), RULES)
    assert locations(verdict) == ["customXml/item1.xml <subject>"]


def test_hidden_text_and_field_codes_are_read_and_labelled(tmp_path):
    path = clean_report(tmp_path / "planted.docx", body=[
        run("Visible text. "), run("Craig Pryor", hidden=True),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:jo.pryor@example.org" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("e-mail") +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'])
    where = locations(verify_file(path, RULES))
    assert any(w.endswith("[hidden text]") for w in where) and any(w.endswith("[field code]") for w in where)


def test_an_embedded_package_is_read(tmp_path):
    path = clean_report(tmp_path / "clean.docx")
    inner = tmp_path / "inner.docx"
    clean_report(inner, header=f"Notes on {LEAK}")
    with zipfile.ZipFile(path, "a") as archive:
        archive.write(inner, "word/embeddings/Microsoft_Word_Document1.docx")
    where = locations(verify_file(path, RULES))
    assert "word/embeddings/Microsoft_Word_Document1.docx!word/header1.xml paragraph 0" in where


def test_a_part_that_is_xml_whatever_its_name_is_read(tmp_path):
    path = clean_report(tmp_path / "clean.docx")
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("word/extra.bin", f"<x>{LEAK}</x>")
        archive.writestr("word/notes.dat", f"plain text naming {LEAK}")
    where = locations(verify_file(path, RULES))
    assert "word/extra.bin <x>" in where and "word/notes.dat (text)" in where


@pytest.mark.parametrize("obfuscated", [
    "Craig\u200b Pryor",                 # zero-width space
    "Cr\u200baig Pryor",
    "Ｃｒａｉｇ Ｐｒｙｏｒ",                 # full-width letters
    "Cra\u00adig Pry\u00ador",           # soft hyphens
    "CRAIG   PRYOR",                     # capitals, several spaces
    "Craig\u00a0Pryor",                  # no-break space
])
def test_obfuscated_names_in_the_body_are_caught(tmp_path, obfuscated):
    verdict = verify_file(clean_report(tmp_path / "o.docx", body=f"Seen with {obfuscated} that night."), RULES)
    assert locations(verdict) == ["word/document.xml paragraph 1"]


@pytest.mark.parametrize("body", [
    [run("Seen with Cr"), run("aig"), run(" Pr"), run("yor")],                              # runs
    [run("Seen with Craig"), '<w:r><w:br/></w:r>', run("Pryor")],                           # line break
    [run("Seen with Craig"), '<w:r><w:br/><w:t>Pryor</w:t></w:r>'],                         # break in a run
    [run("Seen with Craig"), '<w:r><w:cr/></w:r>', run("Pryor")],
    [run("Seen with Cra"), '<w:r><w:softHyphen/></w:r>', run("ig Pryor")],                  # Word's soft hyphen
    [run("Seen with Craig"), '<w:r><w:tab/></w:r>', run("Pryor")],
    [run("Seen with Craig "), '<w:ins w:id="3" w:author="A"><w:r><w:t>Pryor</w:t></w:r></w:ins>'],  # tracked insert
    [run("Seen with "), '<w:smartTag w:uri="u" w:element="PersonName">', run("Craig Pryor"), "</w:smartTag>"],
])
def test_names_split_by_markup_are_caught(tmp_path, body):
    verdict = verify_file(clean_report(tmp_path / "o.docx", body=body), RULES)
    assert "word/document.xml paragraph 1" in locations(verdict)


def test_hyphenated_name_with_a_non_breaking_hyphen_element(tmp_path):
    rules = RULES.model_copy(deep=True)
    rules.people[0].aliases.append("Jo-Anne")
    body = [run("Seen with Jo"), "<w:r><w:noBreakHyphen/></w:r>", run("Anne that night.")]
    verdict = verify_file(clean_report(tmp_path / "o.docx", body=body), rules)
    assert [leak.value for leak in verdict.leaks] == ["listed as 'Anna'"]


@pytest.mark.parametrize("written", [
    "10 March 2024", "10th March 2024", "Sunday 10th March 2024", "10/03/2024", "10/03/24", "10.03.2024",
    "2024-03-10", "March 10, 2024", "10th of March", "the 10th of March 2024", "１０/０３/２０２４", "10 Mar\u200b 2024",
])
def test_the_date_of_death_in_every_form(tmp_path, written):
    verdict = verify_file(clean_report(tmp_path / "d.docx", body=f"She died on {written}."), RULES)
    assert [leak.kind for leak in verdict.leaks] == ["date_of_death"], written
    assert verdict.leaks[0].value == "protected date" and "█" in verdict.leaks[0].context


@pytest.mark.parametrize("place", ["core_title", "custom_property", "footnote", "alt_text"])
def test_the_date_of_birth_anywhere(tmp_path, place):
    verdict = verify_file(clean_report(tmp_path / "d.docx", **{place: "born 21/06/1985"}), RULES)
    assert {leak.kind for leak in verdict.leaks} == {"date_of_birth"}  # alt text is kept twice (docPr, cNvPr)


@pytest.mark.parametrize("text, leaks", [
    ("We hope it helps; hope alone is not enough.", 0),    # the word
    ("We hope it helps. Hope alone is not enough.", 1),    # a sentence start verify cannot place: reported
    ("She wrote to Hope about school.", 1),                # the name: capitalised mid-sentence
    ("Hope said she was frightened.", 1),                  # before a verb of speech
    ("HOPE PRYOR", 1),                                     # with the surname
    ("Jo's friend", 1), ("Jojo", 1), ("JO", 1),
    ("the job, a jog, joined", 0),                         # not whole words
])
def test_listed_names_that_are_words_follow_the_detection_judgement(tmp_path, text, leaks):
    verdict = verify_file(clean_report(tmp_path / "w.docx", body=text), RULES)
    assert len(verdict.leaks) == leaks, verdict.leaks


def test_context_masks_every_leak_in_it(tmp_path):
    verdict = verify_file(clean_report(tmp_path / "m.docx", body="Craig Pryor and Jo Pryor lived in Oakbridge."), RULES)
    assert len(verdict.leaks) == 3
    for leak in verdict.leaks:
        assert not any(word in leak.context for word in ("Craig", "Jo ", "Pryor", "Oakbridge"))
        assert leak.context.count("[██████]") == 3


def test_refuses_hostile_and_non_docx_input(tmp_path):
    from redact.errors import InputError

    legacy = tmp_path / "old.docx"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(InputError, match="encrypted or legacy"):
        verify_file(legacy, RULES)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="not a readable .docx"):
        verify_file(broken, RULES)
    doctype = clean_report(tmp_path / "doctype.docx")
    with zipfile.ZipFile(doctype, "a") as archive:
        archive.writestr("customXml/item9.xml", '<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>')
    with pytest.raises(InputError, match="DOCTYPE"):
        verify_file(doctype, RULES)


def test_format_vocabulary_is_no_leak_but_typed_attributes_are(tmp_path):
    """A listed 'Black' or 'Page' is not found in w:highlight/@w:val="black" or w:br/@w:type="page"; a name in
    a bookmark, a tracked formatting change's author or a document variable is."""
    rules = RULES.model_copy(deep=True)
    rules.people[1].aliases += ["Jet Black", "Black", "Page", "Georgia"]
    benign = [
        '<w:r><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:highlight w:val="black"/></w:rPr>'
        '<w:t>Area C</w:t></w:r>', '<w:r><w:br w:type="page"/></w:r>', run("a table of contacts"),
    ]
    assert verify_file(clean_report(tmp_path / "benign.docx", body=benign), rules).ok
    typed = [
        '<w:bookmarkStart w:id="1" w:name="Craig_Pryor_statement"/>', run("text"), '<w:bookmarkEnd w:id="1"/>',
        '<w:r><w:rPr><w:b/><w:rPrChange w:id="9" w:author="Craig Pryor" w:date="2024-01-01T00:00:00Z"><w:rPr/>'
        '</w:rPrChange></w:rPr><w:t>more text</w:t></w:r>',
    ]
    where = locations(verify_file(clean_report(tmp_path / "typed.docx", body=typed), rules))
    assert "word/document.xml paragraph 1 <bookmarkStart @name>" in where
    assert "word/document.xml paragraph 1 <rPrChange @author>" in where
