"""What the adapter removes on its own (comments, thumbnail) and what it hands to a person (images)."""
from __future__ import annotations

import zipfile

import docx

from docx_factory import (CT, NSDECL, PNG_1x1, R_NS, DocxBuilder, entry_names, inline_picture, paragraph,
                          part_text, run, text_box)
from redact.documents.docx import DocxDocument

MAIN = "word/document.xml"
COMMENT_EXTRAS = {
    "word/commentsExtended.xml": ("commentsExtended", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"),
    "word/commentsIds.xml": ("commentsIds", "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds"),
    "word/commentsExtensible.xml": ("commentsExtensible",
                                    "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible"),
    "word/people.xml": ("people", "http://schemas.microsoft.com/office/2011/relationships/people"),
}


def _commented_builder() -> DocxBuilder:
    source = docx.Document()
    body = source.add_paragraph("The family were ")
    body.add_run("consulted")
    body.add_run(" in 2023.")
    source.add_comment(body.runs[1], text="Check with Bernadette Kelly", author="Martin Sowerby", initials="MS")
    builder = DocxBuilder(source)
    for name, (kind, rel_type) in COMMENT_EXTRAS.items():
        builder.add_part(name, f'<x xmlns="urn:x"><y author="Martin Sowerby">{kind}</y></x>',
                         f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml", rel_type=rel_type)
    return builder


def _all_bytes(path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return b"".join(archive.read(name) for name in archive.namelist())


def test_comments_are_removed_by_default(tmp_path):
    document = DocxDocument(_commented_builder().build(tmp_path / "in.docx"))
    assert "word/comments.xml" in document.removed_parts
    assert not any("comments" in s.location or "people" in s.location for s in document.segments)
    out = tmp_path / "out.docx"
    document.save(out)
    names = entry_names(out)
    assert not any(name.startswith(("word/comments", "word/people")) for name in names)
    everything = _all_bytes(out)
    for leftover in (b"Sowerby", b"Bernadette", b"comments", b"people.xml", b"commentRangeStart",
                     b"commentRangeEnd", b"commentReference"):
        assert leftover not in everything, leftover
    reopened = docx.Document(str(out))
    assert reopened.paragraphs[0].text == "The family were consulted in 2023."
    assert len(list(reopened.comments)) == 0


def test_comment_reference_run_with_other_content_keeps_that_content(tmp_path):
    builder = _commented_builder()
    xml = builder.entries[MAIN].decode()
    builder.set_part(MAIN, xml.replace("<w:commentReference", '<w:t xml:space="preserve"> kept</w:t><w:commentReference'))
    out = tmp_path / "out.docx"
    DocxDocument(builder.build(tmp_path / "in.docx")).save(out)
    assert docx.Document(str(out)).paragraphs[0].text == "The family were consulted kept in 2023."


def test_comments_kept_on_request(tmp_path):
    document = DocxDocument(_commented_builder().build(tmp_path / "in.docx"), keep_comments=True)
    assert not any("comments" in name or "people" in name for name in document.removed_parts)
    out = tmp_path / "out.docx"
    document.save(out)
    assert {"word/comments.xml", "word/people.xml"} <= set(entry_names(out))
    assert [c.text for c in docx.Document(str(out)).comments] == ["Check with Bernadette Kelly"]


def test_thumbnail_is_always_removed(tmp_path):
    builder = DocxBuilder()
    builder.add_default("jpeg", "image/jpeg")
    builder.add_part("docProps/thumbnail.jpeg", b"\xff\xd8\xff\xe0fake", rel_type=(
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"), source="")
    for keep in (False, True):
        document = DocxDocument(builder.build(tmp_path / "in.docx"), keep_comments=keep)
        assert document.removed_parts[:1] == ["docProps/thumbnail.jpeg"]
        out = tmp_path / "out.docx"
        document.save(out)
        assert "docProps/thumbnail.jpeg" not in entry_names(out)
        assert "thumbnail" not in part_text(out, "_rels/.rels")
        docx.Document(str(out))


def _picture_builder() -> DocxBuilder:
    builder = DocxBuilder()
    image = builder.add_image("word/media/image1.png")
    header_image = builder.add_image("word/media/image2.png", source="word/header1.xml")
    header = builder.add_part("word/header1.xml",
                     f"<w:hdr {NSDECL}>"
                     + paragraph(run("Header "), inline_picture(header_image, name="Logo")) + "</w:hdr>",
                     CT + "header+xml", rel_type="header")
    builder.section_properties(f'<w:headerReference w:type="default" r:id="{header}"/>')
    builder.add_default("bin", "application/vnd.openxmlformats-officedocument.oleObject")
    ole = builder.add_part("word/embeddings/oleObject1.bin", b"\xd0\xcf\x11\xe0 ole", rel_type="oleObject")
    builder.append_body(
        paragraph(run("Photo: "), inline_picture(image, name="Picture 502", descr="Margaret Doyle")),
        paragraph(text_box(paragraph(run("A text box stays")))),
        paragraph(f'<w:r><w:object><v:shape id="ole"><v:imagedata r:id="{image}" o:title=""/></v:shape>'
                  f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="ole" r:id="{ole}"/></w:object></w:r>'))
    return builder


def test_manual_review_lists_images_and_objects(tmp_path):
    document = DocxDocument(_picture_builder().build(tmp_path / "in.docx"))
    items = {item.location: item.what for item in document.manual_review()}
    assert "embedded image (png)" in items["word/media/image1.png"]
    assert "word/document.xml" in items["word/media/image1.png"]
    assert "word/header1.xml" in items["word/media/image2.png"]
    assert "embedded object" in items["word/embeddings/oleObject1.bin"]


def test_remove_images(tmp_path):
    document = DocxDocument(_picture_builder().build(tmp_path / "in.docx"))
    removed = document.remove_images()
    locations = [item.location for item in removed]
    assert f"{MAIN}#p1" in locations and "word/header1.xml#p1" in locations
    assert {"word/media/image1.png", "word/media/image2.png"} <= set(locations)
    # the embedded object went when the file was opened (test_package_places.py): only that is left to say
    assert [item.location for item in document.manual_review()] == ["word/embeddings/oleObject1.bin"]
    assert not any("Margaret Doyle" in s.text or "Picture 502" in s.text for s in document.segments)
    out = tmp_path / "out.docx"
    document.save(out)
    names = entry_names(out)
    assert not any(name.startswith(("word/media/", "word/embeddings/")) for name in names)
    body = part_text(out, MAIN)
    assert "<w:drawing>" in body                     # the text box stays
    assert "A text box stays" in body and "Margaret Doyle" not in body
    for rels in ("word/_rels/document.xml.rels", "word/_rels/header1.xml.rels"):
        assert "media/" not in part_text(out, rels) and "embeddings/" not in part_text(out, rels)
    reopened = docx.Document(str(out))
    assert reopened.paragraphs[0].text == "Photo: "
    assert reopened.sections[0].header.paragraphs[0].text == "Header "


def test_pictures_outside_runs_stay(tmp_path):
    # A picture bullet in numbering.xml is referenced outside any run: removing it would leave Word a
    # dangling reference, so it stays (and stays listed for review).
    builder = DocxBuilder()
    builder.add_default("png", "image/png")
    rel_id = builder.add_part("word/media/image9.png", PNG_1x1, rel_type="image", source="word/numbering.xml")
    numbering = builder.entries["word/numbering.xml"].decode()
    builder.set_part("word/numbering.xml", numbering.replace(
        "<w:abstractNum ", f'<w:numPicBullet w:numPicBulletId="0"><w:pict><v:shape id="b" '
        f'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="{R_NS}"><v:imagedata r:id="{rel_id}"/>'
        "</v:shape></w:pict></w:numPicBullet><w:abstractNum ", 1))
    document = DocxDocument(builder.build(tmp_path / "in.docx"))
    assert document.remove_images() == []
    assert [item.location for item in document.manual_review()] == ["word/media/image9.png"]


def test_a_default_comments_content_type_does_not_remove_other_parts(tmp_path):
    # Seen in the wild: <Default Extension="xml" ContentType="...comments+xml"/>.
    builder = DocxBuilder().append_body(paragraph(run("Body text")))
    types = builder.entries["[Content_Types].xml"].decode()
    builder.set_part("[Content_Types].xml", types.replace(
        'ContentType="application/xml"', f'ContentType="{CT}comments+xml"'))
    document = DocxDocument(builder.build(tmp_path / "in.docx"))
    assert not [name for name in document.removed_parts if "thumbnail" not in name]
    out = tmp_path / "out.docx"
    document.save(out)
    assert docx.Document(str(out)).paragraphs[0].text == "Body text"


def test_media_and_embedded_files_named_by_a_person_get_neutral_names(tmp_path):
    builder = DocxBuilder()
    named = builder.add_image("word/media/Margaret Doyle at home.png")
    standard = builder.add_image("word/media/image1.png")
    builder.add_default("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    builder.add_part("word/embeddings/Statement of Margaret Doyle.docx", b"PK not opened here", rel_type="package")
    builder.append_body(paragraph(run("Photos: "), inline_picture(named), inline_picture(standard, name="Picture 2")))
    document = DocxDocument(builder.build(tmp_path / "in.docx"))
    assert dict(document.renamed_parts) == {
        "word/media/Margaret Doyle at home.png": "word/media/file1.png",
        "word/embeddings/Statement of Margaret Doyle.docx": "word/embeddings/file1.docx",
    }
    out = tmp_path / "out.docx"
    document.save(out)
    names = entry_names(out)
    assert "word/media/image1.png" in names and not any("Doyle" in name for name in names)
    rels = part_text(out, "word/_rels/document.xml.rels")
    assert 'Target="media/file1.png"' in rels and "Doyle" not in rels
    # renamed, then removed with every embedded file (test_package_places.py): the audit names it by its new name
    assert "embeddings/" not in rels and "word/embeddings/file1.docx" not in names
    assert [item.location for item in document.removed_embedded] == ["word/embeddings/file1.docx"]
    reopened = docx.Document(str(out))
    blips = [r for r in reopened.part.rels.values() if r.reltype.endswith("/image")]
    assert sorted(r.target_part.partname for r in blips) == ["/word/media/file1.png", "/word/media/image1.png"]
    assert DocxDocument(out).renamed_parts == []        # our own names are neutral: a second run renames nothing


def test_a_renamed_file_is_in_the_audit_log_without_its_old_name(tmp_path):
    import json

    from conftest import EXAMPLES
    from redact import Redactor, load_rules

    builder = DocxBuilder()
    image = builder.add_image("word/media/Joanne Pryor.png")
    builder.append_body(paragraph(run("Photo of Joanne Pryor: "), inline_picture(image)))
    source = builder.build(tmp_path / "in.docx")
    redactor = Redactor(load_rules(EXAMPLES / "example-rules.yaml"))
    redactor.redact_file(source, tmp_path / "out.docx", tmp_path / "audit.jsonl", audit_key=None)
    log = (tmp_path / "audit.jsonl").read_text(encoding="utf-8")
    records = [json.loads(line) for line in log.splitlines()]
    renamed = [r for r in records if r["type"] == "change" and r["entity_type"] == "FILE_NAME"]
    assert [(r["location"], r["source"]) for r in renamed] == [("word/media/file1.png", "policy")]
    assert "Joanne" not in log
    assert "Joanne" not in "".join(entry_names(tmp_path / "out.docx"))
