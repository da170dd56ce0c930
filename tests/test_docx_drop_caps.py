"""A drop cap: Word keeps the big first letter in a paragraph of its own (``w:framePr w:dropCap="drop"`` or
"margin"), so "M" | "arisol was 33" holds a listed name no paragraph shows whole. apply and verify read the drop cap
joined to the paragraph it begins, with nothing between; apply keeps the replacement's first letter in the drop cap
("L" | "ucia was 33")."""
from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from conftest import quiet_redactor
from docx_factory import NAMESPACES, DocxBuilder, paragraph, run
from redact.rules import parse_rules
from redact.verify import verify_file

RULES = parse_rules({"version": 1, "review": "drop caps",
                     "people": [{"name": "Marisol Quintero", "pseudonym": "Lucia"}],
                     "places": [{"name": "Hollinsbury", "pseudonym": "Town X"}]})


def drop_cap(letter: str, kind: str = "drop") -> str:
    return (f'<w:p><w:pPr><w:keepNext/><w:framePr w:dropCap="{kind}" w:lines="3" w:wrap="around" w:vAnchor="text" '
            f'w:hAnchor="text"/><w:spacing w:after="0" w:line="827" w:lineRule="exact"/></w:pPr>'
            f'<w:r><w:rPr><w:position w:val="-9"/><w:sz w:val="111"/></w:rPr><w:t>{letter}</w:t></w:r></w:p>')


CASES = {
    "given name": (drop_cap("M"), paragraph(run("arisol was 33 when she died.")), "marisol"),
    "in the margin": (drop_cap("H", "margin"), paragraph(run("ollinsbury is a market town.")), "hollinsbury"),
    "over two runs": (drop_cap("Q"), paragraph(run("uin"), run("tero", bold=True), run(" lived alone.")), "quintero"),
}


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(RULES)


def _draft(tmp_path, *fragments):
    return DocxBuilder().append_body(paragraph(run("The panel met on a Tuesday.")), *fragments).build(
        tmp_path / "draft.docx")


def _paragraph_texts(path) -> list[str]:
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(p.itertext()) for p in root.iter(f"{{{NAMESPACES['w']}}}p")]


@pytest.mark.parametrize("case", sorted(CASES))
def test_verify_reads_the_drop_cap_with_its_paragraph(tmp_path, case):
    first, rest, _ = CASES[case]
    assert not verify_file(_draft(tmp_path, first, rest), RULES).ok


@pytest.mark.parametrize("case", sorted(CASES))
def test_apply_replaces_the_name_and_keeps_one_letter_in_the_drop_cap(tmp_path, redactor, case):
    first, rest, real = CASES[case]
    output = tmp_path / "out.docx"
    redactor.redact_file(_draft(tmp_path, first, rest), output, force=True)
    texts = _paragraph_texts(output)
    assert real not in "".join(texts).lower()
    assert len(texts[1]) == 1 and texts[1].isupper()      # still one letter in the drop cap
    assert verify_file(output, RULES).ok


def test_a_drop_cap_of_an_ordinary_word_changes_nothing(tmp_path, redactor):
    output = tmp_path / "out.docx"
    redactor.redact_file(_draft(tmp_path, drop_cap("M"), paragraph(run("any visits were made."))), output, force=True)
    assert _paragraph_texts(output)[1:] == ["M", "any visits were made."]
