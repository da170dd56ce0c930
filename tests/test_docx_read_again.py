"""After edits a .docx is read again only where the edits can reach (redact.documents.docx.segmenter.read_parts):
whatever the edits touched, the segments, their targets and their places must be exactly what a full read of the
changed package gives (a place quotes the heading and first words, so a stale one would quote the draft)."""
from __future__ import annotations

import re

import docx
import pytest

from conftest import FIXTURES, needs_shared
from docx_factory import (CT, NSDECL, W_NS, DocxBuilder, _parse_fragment, _styles_with, notes_part, paragraph,
                          run)
from redact.documents import Edit
from redact.documents.docx.document import DocxDocument
from redact.documents.docx.segmenter import collect_segments

# Names from several traditions: the heading, the notes and the header quote them.
NAMES = ["Nguyễn Thị Mai", "Wojciech Grzegorczyk", "Abdirahman Warsame", "Chukwuemeka Okonkwo", "Ayşe Yılmaz"]


def _draft(name: str, tmp_path):
    source = docx.Document()
    source.add_heading(f"2. Background of {name}", level=1)
    commented = source.add_paragraph(f"{name} told the GP she felt unsafe at home.")
    source.add_comment(commented.runs, text=f"Check this with {name}'s sister.", author="J. Smith", initials="JS")
    source.add_paragraph("The panel met six times.")
    source.sections[0].header.paragraphs[0].text = f"Draft: review into the death of {name}"
    grid = source.add_table(rows=2, cols=2)
    grid.cell(1, 1).text = f"Seen with {name}"
    builder = DocxBuilder(source)
    builder.append_body(paragraph(run(f"The police knew {name}."), '<w:r><w:footnoteReference w:id="1"/></w:r>'))
    builder.add_part("word/footnotes.xml", notes_part("footnote", {1: f"Statement of {name}."}),
                     CT + "footnotes+xml", rel_type="footnotes")
    return DocxDocument(builder.build(tmp_path / "draft.docx"), keep_comments=True)


def _view(segments):
    return [(s.location, s.text, s.kind, s.place) for s in segments]


def _fresh(document: DocxDocument):
    return _view(segment for segment, _ in collect_segments(document._package))


def _replace_everywhere(document: DocxDocument, word: str, replacement: str, parts: str = "") -> int:
    edits = [Edit(index, m.start(), m.end(), replacement) for index, segment in enumerate(document.segments)
             if segment.location.startswith(parts) for m in re.finditer(re.escape(word), segment.text)]
    document.apply(edits)
    return len(edits)


# each part edited alone (the body, a note, a header, the comments), then all at once; one tradition each
@pytest.mark.parametrize("parts, name", zip(["word/document.xml", "word/footnotes.xml", "word/header",
                                             "word/comments", "word/"], NAMES))
def test_a_read_after_edits_is_a_full_read(tmp_path, name, parts):
    document = _draft(name, tmp_path)
    assert _view(document.segments) == _fresh(document)
    surname = name.split()[-1]
    assert _replace_everywhere(document, surname, "Person 1", parts)
    assert _view(document.segments) == _fresh(document)
    # the places quote the redacted text: the edited parts' first words, and the body's headings everywhere (a
    # footnote and a comment take theirs from the body)
    placed = [s for s in document.segments if s.place is not None]
    assert not any(surname in s.place.first_words for s in placed if s.location.startswith(parts))
    if parts in ("word/document.xml", "word/"):
        assert not any(surname in (s.place.heading or "") for s in placed)
    assert _replace_everywhere(document, name.split()[0], "Person 2")     # a second round, everywhere
    assert _view(document.segments) == _fresh(document)


def test_an_edit_of_the_heading_styles_reads_everything_again(tmp_path):
    # a style whose name alone makes it a heading: the name edited, its paragraph is no heading any more, and the
    # places of the body paragraphs after it change although the body itself was not edited
    source = docx.Document()
    source.add_paragraph("Family of Ayşe")
    source.add_paragraph("The panel met the family twice.")
    builder = DocxBuilder(source)
    _styles_with(builder, f'<w:style {NSDECL} w:type="paragraph" w:styleId="Para9"><w:name w:val="Ayşe heading 9"/>'
                          '</w:style>')
    root = builder.xml("word/document.xml")
    first = next(root.iter(f"{{{W_NS}}}p"))
    first.insert(0, _parse_fragment(f'<w:pPr {NSDECL}><w:pStyle w:val="Para9"/></w:pPr>')[0])
    builder.set_xml("word/document.xml", root)
    document = DocxDocument(builder.build(tmp_path / "draft.docx"))
    assert any(s.place.heading == "Family of Ayşe" for s in document.segments if s.place is not None)
    assert _replace_everywhere(document, "heading", "plain", parts="word/styles.xml")
    assert _view(document.segments) == _fresh(document)
    assert not any(s.place.heading for s in document.segments if s.place is not None)


@needs_shared()
@pytest.mark.shared
@pytest.mark.parametrize("case", ["case1", "case2", "case3", "case4"])
def test_shared_drafts_read_again_as_a_full_read(case):
    document = DocxDocument(FIXTURES / case / "draft.docx", keep_comments=True)
    segments = document.segments
    edits = [Edit(index, 0, min(3, len(segment.text)), "Xyz") for index, segment in enumerate(segments)
             if index % 7 == 0 and segment.kind == "text"]
    document.apply(edits)
    assert _view(document.segments) == _fresh(document)


def test_properties_written_at_saving_are_read_with_the_next_edits(tmp_path):
    # the rules' author and title go into the properties as the copy is written, outside any edit
    from redact.documents.docx.publication import PublicationSettings

    path = _draft(NAMES[4], tmp_path).path
    document = DocxDocument(path, keep_comments=True,
                            publication=PublicationSettings(author="Review panel", title="DHR Area A"))
    assert _view(document.segments) == _fresh(document)
    document.to_bytes()
    assert _replace_everywhere(document, "Yılmaz", "Person 1", "word/document.xml")
    assert _view(document.segments) == _fresh(document)
    assert any(s.text == "Review panel" for s in document.segments)
