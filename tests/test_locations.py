"""Every segment says where it is in words a person can follow: the part, the heading above, the paragraph number
under it, the first words (redact.documents.places, the docx and text adapters)."""
from __future__ import annotations

import docx
import pytest
from docx.enum.section import WD_SECTION

from docx_factory import CT, DocxBuilder, notes_part, paragraph, run, set_properties, text_box
from redact.documents import Place, Segment
from redact.documents.docx.document import DocxDocument
from redact.documents.places import first_words, looks_like_heading, markdown_heading
from redact.documents.text import TextDocument

# One name per tradition, so nothing here depends on how a name is written (marks, particles, order).
NAMES = ["Nguyễn Thị Mai", "Wojciech Grzegorczyk", "Aisling Ní Bhriain", "Abdirahman Warsame",
         "Chukwuemeka Okonkwo", "Priya Raghunathan", "Zhang Wei", "Leroy Campbell", "Ayşe Yılmaz", "Fatima Al-Hashimi"]


def _places(document) -> dict[str, Place]:
    return {segment.location: segment.place for segment in document.segments}


def _by_text(document, start: str) -> Segment:
    matches = [s for s in document.segments if s.text.lstrip().startswith(start)]
    assert matches, f"no segment starts with {start!r}"
    return matches[0]


def _draft(name: str) -> DocxBuilder:
    """A draft with two sections, headings, a table, a footnote, a text box, a comment and properties."""
    source = docx.Document()
    source.add_heading("1. Introduction", level=1)
    source.add_paragraph(f"This review concerns {name} and the agencies that knew her.")
    source.add_paragraph("The panel met six times.")
    source.add_heading("3.2 Contact with the GP", level=2)
    source.add_paragraph("The practice saw her twice.")
    commented = source.add_paragraph(f"{name} told the GP she felt unsafe at home.")
    source.add_comment(commented.runs, text=f"Check this with {name}'s sister.", author="J. Smith", initials="JS")
    grid = source.add_table(rows=4, cols=3)
    grid.cell(3, 1).text = f"Seen by the GP with {name}"
    source.sections[0].header.paragraphs[0].text = f"Draft: review into the death of {name}"
    second = source.add_section(WD_SECTION.NEW_PAGE)
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = f"Second section: {name}"
    source.add_heading("4. Chronology", level=1)
    builder = DocxBuilder(source)
    builder.append_body(
        paragraph(run("A box follows."), text_box(paragraph(run(f"Boxed note about {name}")))),
        paragraph(run("A second box follows."), text_box(paragraph(run(f"Second box: {name}")))),
        paragraph(run(f"The police knew {name}."),
                  '<w:r><w:footnoteReference w:id="1"/></w:r>', '<w:r><w:footnoteReference w:id="2"/></w:r>'))
    builder.add_part("word/footnotes.xml",
                     notes_part("footnote", {1: "Police log, 3 March.", 2: f"Statement of {name}."}),
                     CT + "footnotes+xml", rel_type="footnotes")
    set_properties(builder, core={"title": f"DHR {name}", "creator": "J. Smith"},
                   custom={"VictimName": name})
    return builder


@pytest.fixture(scope="module", params=[NAMES[0], NAMES[3]])   # Vietnamese marks, Somali
def draft(request, tmp_path_factory):
    name = request.param
    path = _draft(name).build(tmp_path_factory.mktemp("draft") / "draft.docx")
    return name, DocxDocument(path, keep_comments=True)


def test_body_paragraphs_name_their_heading_number_and_first_words(draft):
    name, document = draft
    place = _by_text(document, "This review concerns").place
    assert (place.part, place.heading, place.paragraph) == ("body", "1. Introduction", 1)
    assert place.first_words.startswith(f"This review concerns {name.split()[0]}")
    assert str(place).startswith('body, under "1. Introduction", paragraph 1: "This review concerns')
    second = _by_text(document, "The panel met").place
    assert (second.heading, second.paragraph) == ("1. Introduction", 2)
    # the count starts again under each heading
    assert _by_text(document, name + " told the GP").place.paragraph == 2
    assert _by_text(document, "The practice saw").place.heading == "3.2 Contact with the GP"


def test_a_heading_is_placed_as_one(draft):
    _, document = draft
    place = _by_text(document, "3.2 Contact").place
    assert place.what == "heading" and str(place) == 'body, heading "3.2 Contact with the GP"'


def test_table_cell_in_words(draft):
    name, document = draft
    place = _by_text(document, "Seen by the GP").place
    assert place.part == "table 1 row 4 cell 2" and place.heading == "3.2 Contact with the GP"
    assert place.paragraph is None and name.split()[0] in place.first_words


def test_headers_of_each_section(draft):
    _, document = draft
    assert _by_text(document, "Draft: review").place.part == "header of section 1"
    assert _by_text(document, "Second section").place.part == "header of section 2"


def test_footnotes_are_numbered_as_word_shows_them_under_the_heading_of_their_reference(draft):
    name, document = draft
    first, second = _by_text(document, "Police log").place, _by_text(document, "Statement of").place
    assert (first.part, second.part) == ("footnote 1", "footnote 2")
    assert first.heading == second.heading == "4. Chronology"
    assert name.split()[0] in second.first_words


def test_comment_names_its_author_and_the_heading_it_is_attached_under(draft):
    _, document = draft
    place = _by_text(document, "Check this with").place
    assert place.part == "comment 1 by J. Smith" and place.heading == "3.2 Contact with the GP"
    authors = [s.place for s in document.segments if s.location.endswith("comment[1]@w:author")]
    assert authors and authors[0].what == "comment author"


def test_text_boxes_are_numbered_and_both_copies_share_the_number(draft):
    name, document = draft
    first = [s.place for s in document.segments if s.text.startswith("Boxed note")]
    second = [s.place for s in document.segments if s.text.startswith("Second box")]
    assert len(first) == 2 and {p.part for p in first} == {"text box 1 of the body"}   # Choice and VML copy
    assert {p.part for p in second} == {"text box 2 of the body"}
    assert all(p.heading == "4. Chronology" for p in first + second)


def test_document_properties_in_words(draft):
    name, document = draft
    places = _places(document)
    assert places["docProps/core.xml#dc:title"].part == "document properties: Title"
    assert places["docProps/core.xml#dc:creator"].part == "document properties: Author"
    custom = [s.place for s in document.segments if s.location.startswith("docProps/custom.xml")
              and s.text == name]
    assert custom and custom[0].part == "document properties: custom property VictimName"


def test_every_segment_of_a_docx_has_a_place(draft):
    _, document = draft
    assert all(segment.place is not None and str(segment.place) for segment in document.segments)


def test_field_codes_and_alt_text_are_placed_in_their_paragraph(tmp_path):
    builder = DocxBuilder().append_body(
        paragraph(run("Heading"), style="Heading1"),
        paragraph(run("See the letter to Zhang Wei."),
                  '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                  '<w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:zhang.wei@example.org" </w:instrText></w:r>'
                  '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    document = DocxDocument(builder.build(tmp_path / "field.docx"))
    code = next(s.place for s in document.segments if s.location.endswith("/instr"))
    assert code.what == "field code" and code.first_words.startswith("See the letter") and code.paragraph == 1


def test_a_style_based_on_a_heading_or_with_an_outline_level_is_a_heading(tmp_path):
    builder = DocxBuilder()
    root = builder.xml("word/styles.xml")
    from docx_factory import _parse_fragment

    for element in _parse_fragment(
            '<w:style w:type="paragraph" w:styleId="DHRSection"><w:name w:val="DHR Section"/>'
            '<w:basedOn w:val="Heading2"/></w:style>'
            '<w:style w:type="paragraph" w:styleId="Agency"><w:name w:val="Agency"/>'
            '<w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>'):
        root.append(element)
    builder.set_xml("word/styles.xml", root)
    builder.append_body(paragraph(run("Terms of reference"), style="DHRSection"),
                        paragraph(run("Chidi Okeke was seen twice.")),
                        paragraph(run("Hartsford Police"), style="Agency"),
                        paragraph(run("Officers attended.")),
                        paragraph(run("Table 4: agencies"), style="Caption"),
                        paragraph(run("After the caption.")))
    document = DocxDocument(builder.build(tmp_path / "styles.docx"))
    assert _by_text(document, "Chidi").place.heading == "Terms of reference"
    assert _by_text(document, "Officers").place.heading == "Hartsford Police"
    after = _by_text(document, "After the caption").place
    assert after.heading == "Hartsford Police" and after.paragraph == 3   # a caption is no heading


def test_an_unstyled_numbered_line_is_a_heading(tmp_path):
    builder = DocxBuilder().append_body(paragraph(run("7.3 Contact with housing")),
                                        paragraph(run("Mr Kowalczyk rang the council.")),
                                        paragraph(run("7.4 The housing officer visited Piotr on 3 May.")))
    document = DocxDocument(builder.build(tmp_path / "plain.docx"))
    assert _by_text(document, "Mr Kowalczyk").place.heading == "7.3 Contact with housing"
    # a numbered paragraph that reads like a sentence is a paragraph, not a heading
    assert _by_text(document, "7.4 The housing").place.paragraph == 2


def test_segments_compare_equal_whatever_their_place():
    assert Segment("a#p1", "text", "text", Place("body")) == Segment("a#p1", "text", "text", None)


# ---------------------------------------------------------------------- text and Markdown
TEXT = """Domestic Homicide Review

1. Introduction

1.1 This overview report concerns {name}, who died at home, and the contact agencies had with her.

1.2 The review looked at the year before her death and at what her family told the chair.

Terms of reference

The review considers agencies' contact with {name} and her partner from 2019 until her death in 2023.

The report will be shared with:

{name}'s family

The Domestic Abuse Commissioner

MARGARET'S STORY: A PEN PORTRAIT

She grew up in the town with her two brothers and worked as a teaching assistant for many years.
"""


@pytest.mark.parametrize("name", NAMES)
def test_plain_text_headings_and_line_numbers(name):
    document = TextDocument.from_string(TEXT.format(name=name), "draft.txt")
    places = {segment.text.strip()[:20]: segment.place for segment in document.segments}
    concerns = places["1.1 This overview re"]
    assert (concerns.part, concerns.heading, concerns.paragraph) == ("line 5", "1. Introduction", 1)
    assert places["1.2 The review looke"].paragraph == 2
    assert places["The review considers"].heading == "Terms of reference"        # sentence case, prose after
    # list items after "shared with:" are paragraphs, not headings, though they are short and capitalised
    assert places["The Domestic Abuse C"].what is None
    assert places["She grew up in the t"].heading == "MARGARET'S STORY: A PEN PORTRAIT"
    assert str(concerns) == f'line 5, under "1. Introduction", paragraph 1: "{first_words(concerns.first_words)}"'


def test_markdown_headings():
    text = "# Overview\n\nIntro text here.\n\n## 3.2 Contact with the GP\n\nShe saw Dr Ahmed.\n\nChronology\n=====\n\nRow one."
    document = TextDocument.from_string(text, "draft.md")
    places = [segment.place for segment in document.segments]
    assert places[1].heading == "Overview" and places[1].paragraph == 1
    assert places[3].heading == "3.2 Contact with the GP" and places[3].part == "line 7"
    assert places[5].heading == "Chronology"


@pytest.mark.parametrize("block, following, expected", [
    ("3.2 Contact with the GP", None, True),
    ("INTRODUCTION", None, True),
    ("Terms of reference", "The review considers agencies' contact with the family from 2019 until 2023 and more.", True),
    ("The Domestic Abuse Commissioner", "Women's Aid", False),
    ("Name | Role", None, False),
    ("1.1 The chair wrote to the family.", None, False),
    ("- a bullet", None, False),
    ("7 Kestrel Court,", None, False),
])
def test_looks_like_heading(block, following, expected):
    assert looks_like_heading(block, following) is expected


def test_markdown_heading_forms():
    assert markdown_heading("## Contact with the GP ##") == "Contact with the GP"
    assert markdown_heading("Chronology\n---") == "Chronology"
    assert markdown_heading("#hashtag") is None


def test_place_as_dict_and_text():
    place = Place("footnote 14", "3.2 Contact with the GP", None, "Records from the practice …")
    assert place.as_dict()["text"] == str(place) == \
        'footnote 14, under "3.2 Contact with the GP": "Records from the practice …"'
    assert first_words("one two three four five six seven eight nine") == "one two three four five six seven eight …"


# ---------------------------------------------------------------------- places in apply, the audit log and verify
RULES = {"version": 1, "review": "places", "people": [{"name": "Oluwaseun Adebayo", "pseudonym": "Grace"}],
         "places": [{"name": "Hartsford", "pseudonym": "Area B"}], "dates": {"date_of_death": "2023-05-14"}}


def test_audit_records_say_where_in_words_read_from_the_redacted_copy(tmp_path, monkeypatch):
    import json

    from redact import Redactor

    monkeypatch.setenv("REDACT_AUDIT_KEY", "test-key-0123456789abcdef")
    draft = tmp_path / "draft.txt"
    draft.write_text("1. Introduction\n\nOluwaseun Adebayo lived in Hartsford with her two children for many "
                     "years before her death.\n\n2. Chronology\n\nIn March Oluwaseun rang the police from "
                     "Hartsford.\n", encoding="utf-8")
    report = Redactor(RULES).redact_file(draft, tmp_path / "out.txt", tmp_path / "audit.jsonl")
    changes = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    changes = [record for record in changes if record["type"] == "change"]
    assert changes and all(record.get("where") for record in changes)
    assert not any("Oluwaseun" in record["where"] or "Hartsford" in record["where"] for record in changes)
    assert any(record["where"].startswith('line 7, under "2. Chronology", paragraph 1: "In March Grace')
               for record in changes)
    # apply's own report carries the same places for --changes and --json
    assert report.places and all("Oluwaseun" not in str(place) for place in report.places.values())


def test_a_leak_in_a_table_cell_is_placed_in_words_and_masked(tmp_path):
    from docx_factory import table

    from redact import verify_file

    builder = DocxBuilder().append_body(paragraph(run("Chronology"), style="Heading1"),
                                        table(["Date", "Event"], ["3 May", "Oluwaseun Adebayo rang the GP"]))
    verdict = verify_file(builder.build(tmp_path / "leaky.docx"), RULES)
    leaks = [leak for leak in verdict.leaks if leak.kind == "person"]
    assert leaks and leaks[0].where is not None
    assert leaks[0].where.startswith('table 1 row 2 cell 2, under "Chronology"')
    assert "Oluwaseun" not in leaks[0].where and "Adebayo" not in leaks[0].where
    assert leaks[0].as_dict()["where"] == leaks[0].where


def test_apply_changes_lists_each_change_by_its_place_never_the_original(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from conftest import EXAMPLES
    from redact.cli import main

    monkeypatch.setenv("REDACT_AUDIT_KEY", "test-key-0123456789abcdef")
    result = CliRunner().invoke(main, ["apply", str(EXAMPLES / "example-draft.txt"), "--rules",
                                       str(EXAMPLES / "example-rules.yaml"), "-o", str(tmp_path / "out.txt"),
                                       "--changes"])
    assert result.exit_code == 0, result.output
    changed = [line for line in result.stdout.splitlines() if line.startswith("changed: ")]
    assert changed and all(line.startswith("changed: line ") for line in changed)
    assert not any("Joanne" in line or "Pryor" in line for line in changed)


def test_a_picture_to_review_is_placed_after_the_paragraph_before_it(tmp_path):
    from docx_factory import inline_picture

    builder = DocxBuilder()
    image = builder.add_image()
    builder.append_body(paragraph(run("Pen portrait"), style="Heading1"),
                        paragraph(run("Photograph of Bích Ngọc provided by her family.")),
                        paragraph(inline_picture(image, descr="")))
    document = DocxDocument(builder.build(tmp_path / "picture.docx"))
    items = document.manual_review()
    assert items
    place = document.place_of_part(items[0].location)
    assert place is not None and place.heading == "Pen portrait" and place.what == "picture or object"
    assert str(place).startswith('body, under "Pen portrait", after "Photograph of Bích Ngọc provided')


def test_a_text_saved_without_blank_lines_is_placed_by_its_line():
    from redact.documents.places import place_at

    text = "1. Introduction\nThe review concerns Dương Văn Minh.\nHe met Siobhán Ó Briain in Cork.\n"
    segment = TextDocument.from_string(text, "draft.txt").segments[0]
    place = place_at(segment.place, segment.text, segment.text.index("Siobhán"))
    assert place.part == "line 3" and place.first_words == "He met Siobhán Ó Briain in Cork."
    assert (place.heading, place.paragraph) == ("1. Introduction", 2)
    assert place_at(segment.place, segment.text, 0) == segment.place


def test_a_leak_in_a_text_file_is_placed_on_its_line(tmp_path):
    from redact import verify_file

    leaky = tmp_path / "leaky.txt"
    leaky.write_text("Chronology\nThe panel met in March.\nOluwaseun Adebayo rang the GP.\n", encoding="utf-8")
    leaks = [leak for leak in verify_file(leaky, RULES).leaks if leak.kind == "person"]
    assert leaks and leaks[0].where is not None
    assert leaks[0].where.startswith('line 3, under "Chronology", paragraph 2: ')   # its lines are its paragraphs
    assert "Oluwaseun" not in leaks[0].where


def test_a_leak_in_alt_text_or_a_link_is_placed_by_its_paragraph(tmp_path):
    from docx_factory import inline_picture

    from redact import verify_file

    builder = DocxBuilder()
    image = builder.add_image()
    link = builder.add_relationship(builder.main_part, "hyperlink", "mailto:oluwaseun.adebayo@example.org",
                                    external=True)
    builder.append_body(paragraph(run("3.2 Contact with the GP"), style="Heading2"),
                        paragraph(run("The practice wrote to the family."),
                                  inline_picture(image, descr="Oluwaseun Adebayo at home")),
                        paragraph(f'<w:hyperlink r:id="{link}">{run("her e-mail")}</w:hyperlink>'))
    leaks = verify_file(builder.build(tmp_path / "alt.docx"), RULES).leaks
    alt = [leak.where for leak in leaks if "descr" in leak.location]
    assert alt and alt[0] == 'body, under "3.2 Contact with the GP", paragraph 1: ' \
                             '"The practice wrote to the family." (alt text)'
    links = [leak.where for leak in leaks if "@Target" in leak.location]
    assert links and links[0].startswith("links of the body") and "adebayo" not in links[0].lower()


def test_a_refused_apply_says_where_each_leak_is(tmp_path):
    from redact import Redactor
    from redact.errors import LeakError
    from redact.verify import Leak

    draft = tmp_path / "draft.txt"
    draft.write_text("Chronology\n\nOluwaseun Adebayo rang the GP from Hartsford on a Monday in the spring.\n",
                     encoding="utf-8")
    redactor = Redactor(RULES)
    real = redactor._verify_saved

    def failing(path, parts=None):     # a leak apply cannot reach, as verify would report it in the saved output
        verdict = real(path, parts)
        verdict.leaks.append(Leak("block 2, line 3", "person", "listed as 'Grace'", "[██████]"))
        return verdict

    redactor._verify_saved = failing
    with pytest.raises(LeakError) as refused:
        redactor.redact_file(draft, tmp_path / "out.txt")
    assert refused.value.leaks[0]["where"].startswith('line 3, under "Chronology", paragraph 1: "Grace rang')
    assert not (tmp_path / "out.txt").exists()
