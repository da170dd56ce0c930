"""Publication mode: the published copy carries no revision, comment or hidden text, and neutral properties.

Drafts are generated here (tests/docx_factory.py) with each class of working mark in each kind of part, and
names from many communities in the deleted and hidden text: after publication none of those names is anywhere
in the package, the inserted and moved text is, and ``verify --publication`` agrees, independently.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from docx_factory import (CT, DocxBuilder, add_hidden_styles, add_reviewed_paragraphs, header_part, paragraph,
                          paragraph_with_changes, run, run_with_format_change, set_properties, spec_vanish_run,
                          styled_run, table, text_box, tracked_deletion, tracked_insertion, tracked_move)
from redact.documents.docx import DocxDocument
from redact.documents.docx.publication import PublicationSettings
from redact.verify.publication import publication_findings

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REVISION_TAGS = ("<w:ins ", "<w:del ", "<w:delText", "<w:moveFrom", "<w:moveTo", "Change ", "Change>", "<w:cellDel")

# (inserted, deleted): the deleted one must vanish, the inserted one stay; from many communities on purpose.
NAME_PAIRS = [
    ("Oluwaseun Adeyemi", "Nguyễn Thị Lan"),
    ("Siobhán Ní Bhriain", "Mehmet Yılmaz"),
    ("Zhang Wei", "Abdirahman Warsame"),
    ("Małgorzata Wiśniewska", "Farida Haddad"),
    ("Priya Raghunathan", "Leroy Campbell"),
    ("Kwame Mensah", "Dorota Łukasiewicz"),
    ("Aoife Gallagher", "Tran Van Duc"),
]


def package_text(data: bytes) -> str:
    """Every part of a package, decompressed, as one text (a name anywhere in it is found)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def publish(builder: DocxBuilder, tmp_path: Path, settings: PublicationSettings | None = None) -> Path:
    draft = builder.build(tmp_path / "draft.docx")
    document = DocxDocument(draft, publication=settings or PublicationSettings())
    out = tmp_path / "published.docx"
    document.save(out)
    return out


def _in_part(builder: DocxBuilder, where: str, content: str) -> None:
    """Put one paragraph of revision markup ``content`` into the kind of part ``where`` names."""
    if where == "body":
        builder.append_body(content)
    elif where == "table cell":
        builder.append_body(f"<w:tbl><w:tr><w:tc>{content}</w:tc></w:tr></w:tbl>", paragraph(run("after")))
    elif where == "text box":
        builder.append_body(paragraph(text_box(content)))
    elif where in ("header", "footer"):
        kind = "hdr" if where == "header" else "ftr"
        rel_id = builder.add_part(f"word/{where}1.xml", header_part(content, kind=kind), CT + f"{where}+xml",
                                  rel_type=where)
        builder.section_properties(f'<w:{where}Reference w:type="default" r:id="{rel_id}"/>')
    else:
        kind = where.rstrip("s")       # footnote, endnote
        from docx_factory import NSDECL
        part = (f'<w:{kind}s {NSDECL}><w:{kind} w:id="1">{content}</w:{kind}></w:{kind}s>')
        builder.add_part(f"word/{kind}s.xml", part, CT + f"{kind}s+xml", rel_type=f"{kind}s")
        builder.append_body(paragraph(run("See note"), f'<w:r><w:{kind}Reference w:id="1"/></w:r>'))


# ---------------------------------------------------------------------- revisions
@pytest.mark.parametrize("where", ["body", "table cell", "text box", "header", "footer", "footnotes", "endnotes"])
def test_insertions_accepted_and_deletions_dropped_in_every_part(tmp_path, where):
    inserted, deleted = NAME_PAIRS[["body", "table cell", "text box", "header", "footer", "footnotes",
                                    "endnotes"].index(where)]
    builder = DocxBuilder()
    _in_part(builder, where, paragraph(run("Contact with "), tracked_insertion(run(inserted), author=deleted),
                                       tracked_deletion(f" and {deleted}", author=inserted), run(" was made.")))
    out = publish(builder, tmp_path)
    text = package_text(out.read_bytes())
    assert deleted not in text                      # the deleted text and the insertion's author are gone
    assert text.count(inserted) >= 1 and "Contact with " in text
    assert not any(tag in text for tag in REVISION_TAGS)
    assert publication_findings(out) == []
    docx.Document(str(out))                         # python-docx opens it


def test_moves_keep_the_new_place_and_drop_the_old_one(tmp_path):
    old_place, new_place = tracked_move("Ahmed Karimi moved to the refuge.", "Ahmed Karimi moved to the refuge.")
    builder = DocxBuilder().append_body(paragraph(run("Before.")), old_place, paragraph(run("Middle.")), new_place)
    out = publish(builder, tmp_path)
    body = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert body.count("Ahmed Karimi moved to the refuge.") == 1
    assert body.index("Middle.") < body.index("Ahmed Karimi")
    assert "RangeStart" not in body and "RangeEnd" not in body and "<w:move" not in body


def test_formatting_changes_keep_the_current_formatting(tmp_path):
    builder = DocxBuilder().append_body(
        paragraph_with_changes(run_with_format_change("Bold now, plain before.")),
        table(["Agency", "Contact"], ["Police", "Officer"]).replace(
            "<w:tblPr>", '<w:tblPr><w:tblPrChange w:id="9" w:author="Reviewer"><w:tblPr/></w:tblPrChange>'),
        paragraph(run("end")))
    builder.section_properties('<w:sectPrChange w:id="8" w:author="Reviewer"><w:sectPr/></w:sectPrChange>')
    out = publish(builder, tmp_path)
    body = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert "Change" not in body
    paragraph_ = docx.Document(str(out)).paragraphs[0]
    assert paragraph_.runs[0].bold and paragraph_.alignment == 1        # centred, as it is now


def test_a_deleted_paragraph_mark_joins_and_a_deleted_paragraph_disappears(tmp_path):
    builder = DocxBuilder().append_body(
        paragraph_with_changes(run("The first half "), mark="del"),
        paragraph(run("and the second half.")),
        paragraph_with_changes(tracked_deletion("Hamza Qureshi was spoken to."), mark="del"),
        paragraph(run("The last paragraph.")))
    out = publish(builder, tmp_path)
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert texts == ["The first half and the second half.", "The last paragraph."]
    assert "Hamza" not in package_text(out.read_bytes())


def test_a_deleted_table_row_goes_with_its_names(tmp_path):
    builder = DocxBuilder().append_body(
        table(["Name", "Role"], ["Chiamaka Okafor", "Sister"], ["Kasia Nowicka", "Friend"], deleted_rows=(1,)),
        paragraph(run("After the table.")))
    out = publish(builder, tmp_path)
    rows = [[cell.text for cell in row.cells] for row in docx.Document(str(out)).tables[0].rows]
    assert rows == [["Name", "Role"], ["Kasia Nowicka", "Friend"]]
    assert "Chiamaka" not in package_text(out.read_bytes())


def test_deleted_text_outside_a_deletion_and_the_track_changes_setting_go(tmp_path):
    builder = DocxBuilder().append_body(paragraph(run("Kept. "), '<w:r><w:delText>Yusuf Demir</w:delText></w:r>'))
    settings = builder.xml("word/settings.xml")
    settings.insert(0, settings.makeelement(f"{{{W}}}trackRevisions", {}))
    builder.set_xml("word/settings.xml", settings)
    out = publish(builder, tmp_path)
    text = package_text(out.read_bytes())
    assert "Yusuf" not in text and "trackRevisions" not in text and "Kept." in text


# ---------------------------------------------------------------------- hidden text
def test_hidden_text_is_removed_however_it_is_hidden(tmp_path):
    builder = DocxBuilder()
    add_hidden_styles(builder)
    # a character style that says nothing about hiding (the paragraph's style decides) and one that shows text
    from docx_factory import _styles_with
    _styles_with(builder, '<w:style w:type="character" w:styleId="PlainNote"><w:name w:val="PlainNote"/><w:rPr><w:b/>'
                          '</w:rPr></w:style><w:style w:type="character" w:styleId="ShownNote"><w:name '
                          'w:val="ShownNote"/><w:rPr><w:vanish w:val="0"/></w:rPr></w:style>')
    builder.append_body(
        paragraph(run("Visible one. "), run("Chair: ask Rahel Tesfaye.", hidden=True)),
        paragraph(run("Visible two. "), spec_vanish_run("Note on Bogdan Kowalczyk.")),
        paragraph(run("Visible three. "), styled_run("Styled note on Yetunde Bello.", "ChairNote"),
                  styled_run("Inherited note on Huong Pham.", "ChairNoteChild")),
        paragraph(run("Whole paragraph on Eamon Doherty."), style="DraftNote"),
        paragraph(styled_run("A character style that says nothing: Li Na.", "PlainNote"), style="DraftNote"),
        paragraph(run("Under the hidden style, "), styled_run("a style that shows text.", "ShownNote"),
                  style="DraftNote"),
        paragraph(run("Visible four, "), '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>shown on purpose.</w:t></w:r>'),
    )
    out = publish(builder, tmp_path)
    text = package_text(out.read_bytes())
    for hidden in ("Rahel", "Bogdan", "Yetunde", "Huong", "Eamon", "Li Na", "Under the hidden style"):
        assert hidden not in text
    for shown in ("Visible one.", "Visible two.", "Visible three.", "Visible four,", "shown on purpose.",
                  "a style that shows text."):
        assert shown in text
    assert publication_findings(out) == []


def test_a_hidden_field_keeps_its_structure(tmp_path):
    builder = DocxBuilder().append_body(paragraph(
        run("Page "),
        '<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:rPr><w:vanish/></w:rPr><w:instrText> AUTHOR </w:instrText></w:r>',
        '<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>',
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>Sunita Chakraborty</w:t></w:r>',
        '<w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>'))
    out = publish(builder, tmp_path)
    body = zipfile.ZipFile(out).read("word/document.xml").decode()
    assert "Sunita" not in body
    assert [kind for kind in ("begin", "separate", "end") if f'w:fldCharType="{kind}"' in body] == \
        ["begin", "separate", "end"]


# ---------------------------------------------------------------------- properties and tracking ids
def _draft_with_properties() -> DocxBuilder:
    builder = DocxBuilder().append_body(paragraph(run("Overview report.")))
    set_properties(builder,
                   core={"creator": "Gráinne O'Sullivan", "lastModifiedBy": "Osei, Kofi", "title": "Overview report",
                         "keywords": "DHR; Adebayo", "description": "Draft for panel", "category": "OFFICIAL-SENSITIVE",
                         "lastPrinted": "2024-01-02T10:00:00Z", "revision": "41"},
                   app={"Company": "Brackford Borough Council", "Manager": "Tomasz Zieliński",
                        "Template": "Brackford DHR.dotx"},
                   custom={"VictimName": "Amina Yusuf"})
    rel_id = builder.add_relationship("word/settings.xml", "attachedTemplate",
                                      "file:///C:/Users/kosei/Templates/Brackford%20DHR.dotx", external=True)
    settings = builder.entries["word/settings.xml"].decode()
    settings = settings.replace("</w:settings>", f'<w:attachedTemplate r:id="{rel_id}"/>'
                                '<w:rsids><w:rsidRoot w:val="00A1B2C3"/><w:rsid w:val="00A1B2C3"/></w:rsids>'
                                '<w14:docId xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
                                'w14:val="1A2B3C4D"/></w:settings>')
    if "xmlns:r=" not in settings.split(">", 2)[1]:
        settings = settings.replace("<w:settings ", '<w:settings xmlns:r="http://schemas.openxmlformats.org/'
                                    'officeDocument/2006/relationships" ', 1)
    builder.set_part("word/settings.xml", settings)
    builder.append_body('<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6"><w:r w:rsidRPr="00A1B2C3">'
                        '<w:t>Tracked ids.</w:t></w:r></w:p>')
    return builder


def test_properties_are_neutral_and_tracking_ids_gone(tmp_path):
    out = publish(_draft_with_properties(), tmp_path)
    text = package_text(out.read_bytes())
    for private in ("Gráinne", "Osei", "Adebayo", "Draft for panel", "OFFICIAL-SENSITIVE", "Brackford", "Zieliński",
                    "Amina", "kosei", "rsid", "docId", "lastPrinted"):
        assert private not in text, private
    properties = docx.Document(str(out)).core_properties
    assert properties.author == "" and properties.last_modified_by == "" and properties.revision == 1
    assert properties.title == "Overview report"        # the title stays (redacted like any text)
    assert "docProps/custom.xml" not in zipfile.ZipFile(out).namelist()
    assert "Tracked ids." in text


def test_properties_take_the_values_the_rules_give(tmp_path):
    settings = PublicationSettings(author="Brackford Community Safety Partnership", company="Area B CSP",
                                   title="Domestic Homicide Review: Mary")
    out = publish(_draft_with_properties(), tmp_path, settings)
    properties = docx.Document(str(out)).core_properties
    assert properties.author == properties.last_modified_by == "Brackford Community Safety Partnership"
    assert properties.title == "Domestic Homicide Review: Mary"
    assert "<Company>Area B CSP</Company>" in zipfile.ZipFile(out).read("docProps/app.xml").decode()


def test_without_publication_the_draft_is_read_as_it_is(tmp_path):
    builder = DocxBuilder().append_body(paragraph(run("Seen "), tracked_deletion("Lamin Jallow", author="Ines Costa"),
                                                  run("Hidden note.", hidden=True)))
    document = DocxDocument(builder.build(tmp_path / "draft.docx"))
    texts = " ".join(segment.text for segment in document.segments)
    assert "Lamin Jallow" in texts and "Hidden note." in texts and "Ines Costa" in texts
    assert document.publication is None


# ---------------------------------------------------------------------- verify --publication
def _working_draft(path: Path) -> Path:
    builder = DocxBuilder()
    builder.append_body(
        *add_reviewed_paragraphs(builder, commented_on="Femi Adeyemi", deleted="with Fatima Begum"),
        paragraph(run("Note for the chair: Dmitri Volkov.", hidden=True)),
        paragraph(run_with_format_change("Bold.")))
    return builder.build(path)


def test_verify_publication_reports_each_kind_without_its_text(tmp_path):
    draft = _working_draft(tmp_path / "draft.docx")
    kinds = {finding.kind for finding in publication_findings(draft)}
    assert kinds == {"revision", "comment", "hidden_text"}
    from redact.cli import main

    rules = str(EXAMPLES / "example-rules.yaml")
    plain = CliRunner().invoke(main, ["verify", "--rules", rules, str(draft)])
    assert plain.exit_code == 0, plain.output                     # no listed value: clean as far as leaks go
    done = CliRunner().invoke(main, ["verify", "--publication", "--rules", rules, str(draft)])
    assert done.exit_code == 1
    lines = [line for line in done.output.splitlines() if line.startswith("NOT PUBLISHABLE")]
    assert any(": revision: " in line and "tracked deletion" in line for line in lines)
    assert any(": comment: " in line for line in lines) and any(": hidden_text: " in line for line in lines)
    assert not any(name in done.output for name in ("Fatima", "Femi", "Dmitri"))
    assert "LEAK" not in done.output
    as_json = json.loads(CliRunner().invoke(main, ["verify", "--publication", "--json", "--rules", rules,
                                                   str(draft)]).output)
    assert not as_json["ok"] and as_json["leak_count"] == 0
    assert {item["kind"] for item in as_json["publication"]} == {"revision", "comment", "hidden_text"}


def test_a_published_copy_passes_verify_publication(tmp_path):
    draft = _working_draft(tmp_path / "draft.docx")
    document = DocxDocument(draft, publication=PublicationSettings())     # comments go by default
    document.save(tmp_path / "published.docx")
    assert publication_findings(tmp_path / "published.docx") == []
    from redact.cli import main

    done = CliRunner().invoke(main, ["verify", "--publication", "--rules", str(EXAMPLES / "example-rules.yaml"),
                                     str(tmp_path / "published.docx")])
    assert done.exit_code == 0, done.output


def test_verify_publication_reads_a_hostile_package_like_every_other_reader(tmp_path):
    from redact.errors import InputError

    builder = DocxBuilder()
    builder.set_part("word/document.xml", '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "Ruth Mwangi">]>'
                     f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')
    with pytest.raises(InputError, match="DOCTYPE"):
        publication_findings(builder.build(tmp_path / "hostile.docx"))


# ---------------------------------------------------------------------- apply end to end
RULES_YAML = """version: 1
review: Publication test
people:
  - name: Nomvula Dlamini
    pseudonym: Grace
    aliases: [Nomvula]
  - name: Wojciech Kamiński
    pseudonym: Adam
dates:
  date_of_death: 2023-02-14
publication:
  author: Fallowmere Community Safety Partnership
"""


@pytest.fixture(scope="module")
def apply_case(tmp_path_factory):
    from redact import Redactor, load_rules

    folder = tmp_path_factory.mktemp("apply")
    (folder / "rules.yaml").write_text(RULES_YAML, encoding="utf-8")
    builder = DocxBuilder()
    set_properties(builder, core={"creator": "Nomvula Dlamini", "lastModifiedBy": "Wojciech Kamiński"})
    builder.append_body(
        paragraph(run("Nomvula Dlamini lived with "), tracked_insertion(run("Wojciech Kamiński"),
                                                                       author="Wojciech Kamiński"),
                  tracked_deletion(" her brother Thabo", author="Nomvula Dlamini"), run(".")),
        paragraph(run("She died on 14 February 2023. "), run("Panel: ask Nomvula's cousin.", hidden=True)))
    draft = builder.build(folder / "draft.docx")
    return Redactor(load_rules(folder / "rules.yaml")), draft, folder


def test_apply_publishes_by_default(apply_case):
    redactor, draft, folder = apply_case
    out, audit = folder / "published.docx", folder / "audit.jsonl"
    report = redactor.redact_file(draft, out, audit, force=True)
    text = package_text(out.read_bytes())
    assert report.verdict.ok
    assert report.publication["revisions_accepted"] == 2 and report.publication["hidden_runs_removed"] == 1
    summary = json.loads(audit.read_text(encoding="utf-8").splitlines()[-1])
    assert summary["type"] == "summary" and summary["publication"] == report.publication
    assert not any(name in audit.read_text(encoding="utf-8") for name in ("Thabo", "cousin"))
    assert not any(tag in text for tag in REVISION_TAGS)
    assert not any(name in text for name in ("Nomvula", "Dlamini", "Wojciech", "Kamiński", "Thabo", "cousin"))
    assert "Grace lived with Adam." in docx.Document(str(out)).paragraphs[0].text
    assert docx.Document(str(out)).core_properties.author == "Fallowmere Community Safety Partnership"
    assert publication_findings(out) == []


def test_apply_keep_revisions_keeps_them_redacted(apply_case):
    redactor, draft, folder = apply_case
    out = folder / "working.docx"
    report = redactor.redact_file(draft, out, force=True, keep_revisions=True)
    text = package_text(out.read_bytes())
    assert report.verdict.ok and "<w:del " in text and "<w:ins " in text and report.publication is None
    assert not any(name in text for name in ("Nomvula", "Dlamini", "Wojciech", "Kamiński"))
    assert {finding.kind for finding in publication_findings(out)} >= {"revision", "hidden_text"}


def test_the_keep_revisions_flag_reaches_apply(apply_case, monkeypatch):
    from redact import pipeline
    from redact.cli import main

    seen = {}

    def fake_redact_file(self, src, dst, audit=None, **options):
        seen.update(options)
        raise SystemExit(0)

    monkeypatch.setattr(pipeline.Redactor, "redact_file", fake_redact_file)
    _, draft, folder = apply_case
    CliRunner().invoke(main, ["apply", str(draft), "--rules", str(folder / "rules.yaml"), "-o",
                              str(folder / "flag.docx"), "--keep-revisions"])
    assert seen.get("keep_revisions") is True


# ---------------------------------------------------------------------- LibreOffice
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_sees_no_revision_and_no_hidden_text(tmp_path):
    draft = _working_draft(tmp_path / "draft.docx")
    DocxDocument(draft, publication=PublicationSettings()).save(tmp_path / "published.docx")
    profile = (tmp_path / "profile").as_uri()
    for target in ("docx", "pdf"):
        out = tmp_path / target
        subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                        "--convert-to", target, "--outdir", str(out), str(tmp_path / "published.docx")],
                       check=True, capture_output=True, timeout=240,
                       env={**os.environ, "HOME": str(tmp_path)})
    # LibreOffice writes back every tracked change and comment it read: the round trip has none
    resaved = tmp_path / "docx" / "published.docx"
    assert publication_findings(resaved) == []
    assert "Fatima" not in package_text(resaved.read_bytes())
    from pypdf import PdfReader

    pdf_text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "pdf" / "published.pdf").pages)
    assert "Contact made" in pdf_text and "Agreed." in pdf_text
    assert not any(name in pdf_text for name in ("Fatima", "Femi", "Dmitri"))


# ---------------------------------------------------------------------- real-world files
CORPUS_SAMPLE_EVERY = 16


@pytest.mark.shared
@pytest.mark.slow
def test_real_world_files_come_out_with_nothing_left(tmp_path):
    """A fixed sample of ../shared/docx-corpus (all of it by hand: ~490 files, 68 with revisions, comments or
    hidden text, none left after publication): every file that opens comes out with no revision, comment or
    hidden text, and python-docx still opens what it opened before."""
    from conftest import SHARED
    from redact.errors import RedactError

    corpus = SHARED / "docx-corpus"
    if not corpus.exists():
        pytest.skip("../shared/docx-corpus is not present (CI has it)")
    published, with_marks = 0, 0
    for number, path in enumerate(sorted(corpus.rglob("*.docx"))[::CORPUS_SAMPLE_EVERY]):
        try:
            with_marks += bool(publication_findings(path))
            document = DocxDocument(path, publication=PublicationSettings())
        except (RedactError, zipfile.BadZipFile):
            continue                    # broken or hostile files are refused; tests/test_corpus.py checks how
        out = tmp_path / f"{number}.docx"
        document.save(out)
        assert publication_findings(out) == [], path
        try:
            docx.Document(str(path))
        except Exception:
            continue
        docx.Document(str(out))
        published += 1
    assert published >= 20 and with_marks >= 1
