"""Builds example-draft.docx from example-draft.txt (run once; the .docx is committed).

Adds what makes a Word draft hard to anonymise by hand: the name in the header, split over runs in
different formatting, a table, a comment by the author, and the name in the document properties.
"""
from pathlib import Path

import docx

HERE = Path(__file__).parent


def build() -> None:
    document = docx.Document()
    blocks = (HERE / "example-draft.txt").read_text(encoding="utf-8").split("\n\n")
    document.add_heading(blocks[0].strip(), level=1)
    section = document.sections[0]
    section.header.paragraphs[0].text = "OFFICIAL-SENSITIVE: DHR into the death of Joanne Pryor"
    section.footer.paragraphs[0].text = "Oakbridge Community Safety Partnership"
    for block in blocks[1:]:
        paragraph = document.add_paragraph()
        text = block.strip()
        if "Craig Pryor" in text:  # a name split over runs, half of it bold, as Word does after an edit
            before, after = text.split("Craig Pryor", 1)
            paragraph.add_run(before)
            paragraph.add_run("Cr")
            paragraph.add_run("aig Pr").bold = True
            paragraph.add_run("yor" + after)
        else:
            paragraph.add_run(text)
    table = document.add_table(rows=3, cols=3)
    for row, values in zip(table.rows, [("Date", "Agency", "Event"),
                                        ("02/02/2024", "Fenshire Police", "Jo Pryor reported threats; PC Okafor attended"),
                                        ("10/03/2024", "Fenshire Police", "Fatal incident at 27 Willow Crescent")]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    comment_on = document.paragraphs[2].runs[0]
    document.add_comment(comment_on, text="Check with Craig Pryor's solicitor", author="Eleanor Whitby",
                         initials="EW")
    properties = document.core_properties
    properties.title = "DHR Joanne Pryor"
    properties.author = "Eleanor Whitby"
    properties.subject = "Death of Joanne Pryor, Oakbridge, 10/03/2024"
    document.save(HERE / "example-draft.docx")


if __name__ == "__main__":
    build()
