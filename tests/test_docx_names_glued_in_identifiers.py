"""A listed name glued to a lower-case word in a Word identifier: a bookmark ("Quinterostatement"), the field that
refers to it (complex and simple), a link's anchor, a content control's tag, in capitals too. Word makes such names
by running a person's words together, so no word boundary shows. verify reports the draft, apply renames the name
inside every one alike (the bookmark, the REF field and the anchor stay in step), and verify passes the output."""
from __future__ import annotations

import re
import zipfile

import pytest

from conftest import quiet_redactor
from docx_factory import DocxBuilder, paragraph, run
from redact.rules import parse_rules
from redact.verify import verify_file

RULES = parse_rules({"version": 1, "review": "glued identifiers",
                     "people": [{"name": "Marisol Quintero", "pseudonym": "Lucia"},
                                {"name": "Abebe Tesfaye", "pseudonym": "Dawit"}],
                     "places": [{"name": "Hollinsbury", "pseudonym": "Town X"}]})
FILLER = paragraph(run("The panel met on a Tuesday to review the chronology."))

BOOKMARK = '<w:p><w:bookmarkStart w:id="9" w:name="{name}"/>{run}<w:bookmarkEnd w:id="9"/></w:p>'
COMPLEX_REF = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF {name} \\h '
               '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{run}'
               '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
SIMPLE_REF = '<w:p><w:fldSimple w:instr=" REF {name} \\h ">{run}</w:fldSimple></w:p>'
ANCHOR = '<w:p><w:hyperlink w:anchor="{name}">{run}</w:hyperlink></w:p>'
TAG = ('<w:sdt><w:sdtPr><w:tag w:val="{name}"/></w:sdtPr><w:sdtContent><w:p>{run}</w:p></w:sdtContent></w:sdt>')

CASES = {
    "bookmark, complex REF, anchor": ("Quinterostatement", (BOOKMARK, COMPLEX_REF, ANCHOR), "quintero"),
    "bookmark, simple REF": ("Hollinsburyvisit", (BOOKMARK, SIMPLE_REF), "hollinsbury"),
    "anchor in capitals": ("QUINTEROSTATEMENT", (BOOKMARK, ANCHOR), "quintero"),
    "content control tag": ("Marisolinterview", (TAG,), "marisol"),
    "name at the end": ("visitTesfaye", (BOOKMARK, COMPLEX_REF), "tesfaye"),
}


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(RULES)


def _draft(tmp_path, name: str, places) -> "Path":
    fragments = [place.format(name=name, run=run("see the statement")) for place in places]
    return DocxBuilder().append_body(FILLER, *fragments).build(tmp_path / "draft.docx")


@pytest.mark.parametrize("case", sorted(CASES))
def test_verify_reports_the_glued_name(tmp_path, case):
    name, places, _ = CASES[case]
    assert not verify_file(_draft(tmp_path, name, places), RULES).ok


@pytest.mark.parametrize("case", sorted(CASES))
def test_apply_renames_it_alike_everywhere(tmp_path, redactor, case):
    name, places, real = CASES[case]
    source = _draft(tmp_path, name, places)
    output = tmp_path / "out.docx"
    redactor.redact_file(source, output, force=True)
    body = zipfile.ZipFile(output).read("word/document.xml").decode()
    assert real not in body.lower()
    names = re.findall(r'w:name="([^"]*)"|REF (\S+)|w:anchor="([^"]*)"|w:tag w:val="([^"]*)"', body)
    written = {next(part for part in found if part) for found in names}
    assert len(written) == 1, written        # the bookmark, its fields and links in step
    assert " " not in written.pop()           # "Town X" glued in without its space: "TownXvisit"
    assert verify_file(output, RULES).ok


@pytest.mark.parametrize("identifier", ["lowercaseLetter", "Quintessential", "statementOne", "Hollinsgate"])
def test_ordinary_identifiers_are_not_names(tmp_path, identifier):
    """No listed form at the edge of a word, or the word is an ordinary one: nothing to report."""
    source = _draft(tmp_path, identifier, (BOOKMARK, ANCHOR))
    assert verify_file(source, RULES).ok
