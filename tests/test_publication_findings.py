"""``verify --publication`` finds hidden text however it is hidden (the run's own properties, a character style,
a style it is based on, the paragraph's style) and not text a style or the run shows, each in its paragraph."""
from __future__ import annotations

import pytest

from docx_factory import DocxBuilder, _styles_with, add_hidden_styles, paragraph, run, spec_vanish_run, styled_run
from redact.verify.publication import publication_findings

SHOWING_STYLES = ('<w:style w:type="character" w:styleId="PlainNote"><w:name w:val="PlainNote"/><w:rPr><w:b/>'
                  '</w:rPr></w:style><w:style w:type="character" w:styleId="ShownNote"><w:name w:val="ShownNote"/>'
                  '<w:rPr><w:vanish w:val="0"/></w:rPr></w:style>')
HIDDEN_WAYS = {
    "the run's own vanish": paragraph(run("Chair: ask Rahel Tesfaye.", hidden=True)),
    "specVanish": paragraph(spec_vanish_run("Note on Bogdan Kowalczyk.")),
    "a character style": paragraph(styled_run("Styled note on Yetunde Bello.", "ChairNote")),
    "a style based on a hidden one": paragraph(styled_run("Inherited note on Huong Pham.", "ChairNoteChild")),
    "the paragraph's style": paragraph(run("Whole paragraph on Eamon Doherty."), style="DraftNote"),
    "a silent character style in a hidden paragraph": paragraph(styled_run("Note: Li Na.", "PlainNote"),
                                                                 style="DraftNote"),
}
SHOWN_WAYS = {
    "no style": paragraph(run("Visible, Aroha Ngata.")),
    "a style that shows text in a hidden paragraph": paragraph(styled_run("Shown: Kwame Mensah.", "ShownNote"),
                                                               style="DraftNote"),
    "vanish switched off": paragraph('<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>Shown: Olga Petrova.</w:t></w:r>'),
    "a silent character style": paragraph(styled_run("Shown: Tariq Aziz.", "PlainNote")),
}


def _draft(tmp_path, body: list[str], *, hidden_styles: bool = True):
    builder = DocxBuilder()
    if hidden_styles:
        add_hidden_styles(builder)
    _styles_with(builder, SHOWING_STYLES)
    builder.append_body(*body)
    return builder.build(tmp_path / "draft.docx")


@pytest.mark.parametrize("way", sorted(HIDDEN_WAYS))
def test_hidden_text_is_found_in_its_paragraph(tmp_path, way):
    body = [paragraph(run("Opening paragraph.")), *SHOWN_WAYS.values(), HIDDEN_WAYS[way]]
    findings = [f for f in publication_findings(_draft(tmp_path, body)) if f.kind == "hidden_text"]
    assert [(f.location, f.what) for f in findings] == \
        [(f"word/document.xml paragraph {len(body)}", "hidden text (w:vanish)")]


def test_shown_text_is_no_finding_with_or_without_styles_that_hide(tmp_path):
    for hidden_styles in (True, False):
        body = [*SHOWN_WAYS.values(), paragraph(run("Under no style."), style="Normal")]
        assert publication_findings(_draft(tmp_path, body, hidden_styles=hidden_styles)) == []


def test_without_styles_that_hide_only_the_runs_own_properties_hide(tmp_path):
    body = [paragraph(styled_run("Styled, Yetunde Bello.", "PlainNote")), HIDDEN_WAYS["the run's own vanish"],
            HIDDEN_WAYS["specVanish"]]
    findings = publication_findings(_draft(tmp_path, body, hidden_styles=False))
    assert [(f.location, f.what) for f in findings] == [("word/document.xml paragraph 2", "2 × hidden text (w:vanish)")]


# ------------------------------------------------------------------ the parts verify has already parsed


def _working_draft(tmp_path):
    from docx_factory import add_reviewed_paragraphs

    builder = DocxBuilder()
    add_hidden_styles(builder)
    builder.append_body(
        *add_reviewed_paragraphs(builder, commented_on="Thandiwe Nkosi", deleted="with Sana Qureshi"),
        HIDDEN_WAYS["a style based on a hidden one"], HIDDEN_WAYS["the run's own vanish"])
    return builder.build(tmp_path / "draft.docx")


def test_the_parts_verify_parsed_give_the_same_findings(tmp_path):
    from redact.verify.docx_reader import docx_texts

    draft = _working_draft(tmp_path)
    parts: dict = {}
    list(docx_texts(draft, parts))
    assert "word/document.xml" in parts and "word/_rels/document.xml.rels" in parts
    for comments in (True, False):
        alone = publication_findings(draft, comments=comments)
        assert {f.kind for f in alone} == ({"revision", "comment", "hidden_text"} if comments
                                          else {"revision", "hidden_text"})
        assert publication_findings(draft, comments=comments, parts=parts) == alone


def test_apply_refuses_an_output_that_kept_a_revision(tmp_path, monkeypatch):
    """The gate after saving, fed the parts verify parsed: an output whose revisions were not accepted (the
    publication step skipped) is refused, and nothing is written."""
    import redact.documents.docx.document as document
    from redact import LeakError, Redactor
    from redact.documents.docx.publication import PublicationReport

    monkeypatch.setattr(document, "prepare_for_publication", lambda package, settings: PublicationReport())
    draft, out = _working_draft(tmp_path), tmp_path / "out.docx"
    rules = {"review": "R", "people": [{"name": "Sana Qureshi", "role": "victim", "pseudonym": "Adult A"}],
             "dates": {"date_of_death": "2023-05-14"}}
    with pytest.raises(LeakError, match=r"revision\(s\), comment\(s\) or hidden text"):
        Redactor(rules).redact_file(draft, out)
    assert not out.exists()
