"""A style's id holds what its name held: Word makes the id of a style a person creates from its name ("Quintero
statement" -> ``w:styleId="Quinterostatement"``, "Call 07700 900417" -> "Call07700900417"; "Abebe" looks like a hex
number). verify reads the ids and every reference to them (``w:pStyle``, ``w:rStyle``, ``w:basedOn`` ...); apply
renames the id and its references alike, so every paragraph keeps its style."""
from __future__ import annotations

import re
import zipfile

import pytest

from conftest import quiet_redactor
from docx_factory import DocxBuilder, _styles_with, paragraph, run, styled_run
from redact.rules import parse_rules
from redact.verify import verify_file

RULES = parse_rules({"version": 1, "review": "style ids",
                     "people": [{"name": "Marisol Quintero", "pseudonym": "Lucia"},
                                {"name": "Abebe Tesfaye", "pseudonym": "Dawit"}],
                     "places": [{"name": "Hollinsbury", "pseudonym": "Town X"}]})

# (the style's id, its name, the real value that must not survive, listed)
STYLES = {
    "glued to a word": ("Quinterostatement", "Quintero statement", "quintero", True),
    "looks like hex": ("Abebe", "Abebe", "abebe", True),
    "CamelCase id, other name": ("HollinsburyNotes", "Notes of the visit", "hollinsbury", True),
    "phone number": ("Call07700900417", "Call 07700 900417", "07700900417", False),
}


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(RULES)


def _draft(tmp_path, style_id: str, name: str):
    builder = DocxBuilder().append_body(
        paragraph(run("The panel met on a Tuesday to review the chronology.")),
        paragraph(run("A quote."), style=style_id),
        paragraph(styled_run("Said so.", style_id + "Char")))
    _styles_with(builder,
                 f'<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:type="paragraph" '
                 f'w:customStyle="1" w:styleId="{style_id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
                 f'<w:next w:val="{style_id}"/><w:link w:val="{style_id}Char"/></w:style>'
                 f'<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:type="character" '
                 f'w:customStyle="1" w:styleId="{style_id}Char"><w:name w:val="{name} Char"/>'
                 f'<w:link w:val="{style_id}"/></w:style>')
    return builder.build(tmp_path / "draft.docx")


@pytest.mark.parametrize("case", sorted(case for case, (*_, listed) in STYLES.items() if listed))
def test_verify_reads_style_ids(tmp_path, case):
    style_id, name, _, _ = STYLES[case]
    leaks = verify_file(_draft(tmp_path, style_id, "Plain"), RULES).leaks
    assert any("styleId" in leak.location for leak in leaks), leaks
    assert any("pStyle" in leak.location for leak in leaks), leaks


@pytest.mark.parametrize("case", sorted(STYLES))
def test_apply_renames_the_id_and_its_references_alike(tmp_path, redactor, case):
    style_id, name, real, _ = STYLES[case]
    output = tmp_path / "out.docx"
    redactor.redact_file(_draft(tmp_path, style_id, name), output, force=True)
    with zipfile.ZipFile(output) as archive:
        styles = archive.read("word/styles.xml").decode()
        body = archive.read("word/document.xml").decode()
    assert real not in styles.lower() and real not in body.lower()
    ids = set(re.findall(r'w:styleId="([^"]*)"', styles))
    references = re.findall(r'<w:(?:pStyle|rStyle|basedOn|next|link) w:val="([^"]*)"', styles + body)
    assert references and all(reference in ids for reference in references), set(references) - ids
    assert verify_file(output, RULES).ok
