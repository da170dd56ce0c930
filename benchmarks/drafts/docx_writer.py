"""A generated case as a .docx: python-docx's package with the Word parts it cannot write injected as XML.

The body, footnotes, a comment, a header and a footer, a text box (both copies, DrawingML and VML) and the core
properties (title, subject, keywords, author) are written the way Word stores them; the builder is the one the
adapter tests use (``tests/docx_factory.py``).
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import docx

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))
from docx_factory import CT, DocxBuilder, NSDECL, header_part, notes_part, paragraph, run, text_box  # noqa: E402

COMMENTS_CT = CT + "comments+xml"


def _run(text: str, **kw) -> str:
    return run(escape(text), **kw)


def _split_runs(text: str, **kw) -> str:
    """The text in two to four runs cut at places a hash of the text picks, mid-word included, as Word does
    after spell-checking or an edit: a name can be split over runs ("Agn" + "ieszka")."""
    digest = hashlib.sha256(text.encode()).digest()
    cuts = sorted({1 + digest[i] * (len(text) - 1) // 256 for i in range(digest[0] % 4)} - {0, len(text)})
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]
    return "".join(_run(piece, **kw) for piece in pieces if piece)


def _cell(text: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr>{paragraph(_split_runs(text))}</w:tc>'


def _table(rows: list[list[str]]) -> str:
    columns = max(len(r) for r in rows)
    grid = "".join('<w:gridCol w:w="2400"/>' for _ in range(columns))
    body = "".join("<w:tr>" + "".join(_cell(c) for c in row) + "</w:tr>" for row in rows)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            f"{body}</w:tbl>")


def write_docx(case, path: Path) -> Path:
    document = docx.Document()
    properties = document.core_properties
    properties.title = case.core["title"]
    properties.subject = case.core["subject"]
    properties.keywords = case.core["keywords"]
    properties.author = case.core["author"]
    builder = DocxBuilder(document)

    fragments: list[str] = []
    footnotes: dict[int, str] = {}
    comment_xml = ""
    for index, block in enumerate(case.blocks):
        if block.kind == "table":
            fragments.append(_table(block.rows))
            fragments.append(paragraph(""))  # Word needs a paragraph between two tables
            continue
        content = [_split_runs(block.text, italic=block.kind == "quote")]
        if block.footnote:
            number = len(footnotes) + 1
            footnotes[number] = escape(block.footnote)
            content.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                           f'<w:footnoteReference w:id="{number}"/></w:r>')
        if block.comment and not comment_xml:
            comment_xml = (f'<w:comments {NSDECL}><w:comment w:id="0" w:author="{escape(case.core["author"])}" '
                           f'w:initials="CH">{paragraph(_run(block.comment))}</w:comment></w:comments>')
            content = ['<w:commentRangeStart w:id="0"/>', *content, '<w:commentRangeEnd w:id="0"/>',
                       '<w:r><w:commentReference w:id="0"/></w:r>']
        if index == 1 and case.text_box:
            content.append(text_box(*(paragraph(_run(line)) for line in case.text_box)))
        style = {"heading": "Heading1", "item": "ListParagraph"}.get(block.kind)
        fragments.append(paragraph(*content, style=style))
    builder.append_body(*fragments)

    if footnotes:
        builder.add_part("word/footnotes.xml", notes_part("footnote", footnotes), CT + "footnotes+xml",
                         rel_type="footnotes")
    if comment_xml:
        builder.add_part("word/comments.xml", comment_xml, COMMENTS_CT, rel_type="comments")
    header_id = builder.add_part("word/header1.xml", header_part(paragraph(_run(case.header))),
                                 CT + "header+xml", rel_type="header")
    footer_id = builder.add_part("word/footer1.xml", header_part(paragraph(_run(case.footer)), kind="ftr"),
                                 CT + "footer+xml", rel_type="footer")
    builder.section_properties(f'<w:headerReference w:type="default" r:id="{header_id}"/>',
                               f'<w:footerReference w:type="default" r:id="{footer_id}"/>')
    return builder.build(path)
