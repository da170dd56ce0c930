"""What verify never read in a package: the names of its parts, and parts written in UTF-16.

Found by a helper probing Word structures: "customXml/Kovacs_data.xml" and "notes/Maggie Doyle.txt" (parts nothing
refers to) kept their names, and a custom XML item or a text part in UTF-16 holding a listed name, the date of
death and a phone number passed: apply said "clean" and verify agreed. Verify reads them now, so apply's own check
refuses such a package (nothing written) instead of publishing it; media and embedded files already get neutral
names.
"""
from __future__ import annotations

import pytest

from conftest import quiet_redactor
from docx_factory import DocxBuilder, paragraph, run
from redact.errors import LeakError
from redact.rules import parse_rules
from redact.verify import verify_file

RULES = parse_rules({"version": 1, "review": "part names",
                     "people": [{"name": "Zsofia Kovacs", "pseudonym": "Clara"},
                                {"name": "Margaret Ann Doyle", "pseudonym": "Mary", "aliases": ["Maggie"]}],
                     "dates": {"date_of_death": "2023-05-14"}})


def _draft(tmp_path, parts: dict[str, bytes]):
    builder = DocxBuilder()
    builder.append_body(paragraph(run("The panel met on a Tuesday to review the chronology.")))
    for name, data in parts.items():
        builder.set_part(name, data)
    return builder.build(tmp_path / "draft.docx")


@pytest.mark.parametrize("name", ["customXml/Kovacs_data.xml", "notes/Maggie Doyle.txt", "word/zsofia-kovacs.bin"])
def test_a_part_named_after_a_listed_person_is_read(tmp_path, name):
    data = b"<data/>" if name.endswith(".xml") else b"nothing to see"
    source = _draft(tmp_path, {name: data})
    verdict = verify_file(source, RULES)
    assert not verdict.ok and any("(part name)" in leak.location for leak in verdict.leaks), verdict.leaks
    with pytest.raises(LeakError):      # never written: apply's own check reads the names too
        quiet_redactor(RULES).redact_file(source, tmp_path / "out.docx")
    assert not (tmp_path / "out.docx").exists()


def test_a_media_file_named_after_a_listed_person_gets_a_neutral_name(tmp_path):
    source = _draft(tmp_path, {"word/media/MargaretDoyle.dat": b"nothing to see"})
    assert not verify_file(source, RULES).ok
    quiet_redactor(RULES).redact_file(source, tmp_path / "out.docx")
    assert verify_file(tmp_path / "out.docx", RULES).ok


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name, text", [
    ("customXml/item5.xml", '<?xml version="1.0" encoding="UTF-16"?><Case><Kovacs/></Case>'),
    ("customXml/item6.xml", '<?xml version="1.0" encoding="UTF-16"?><Case><Victim>Maggie</Victim></Case>'),
    ("word/notes.txt", "Zsofia Kovacs, died 14 May 2023"),
])
def test_a_part_written_in_utf16_is_read(tmp_path, codec, name, text):
    source = _draft(tmp_path, {name: text.encode(codec)})
    assert not verify_file(source, RULES).ok


def test_the_usual_part_names_pass(tmp_path):
    # Word's own names ("word/document.xml", "customXml/item1.xml", "docProps/thumbnail.jpeg") hold no listed value
    source = _draft(tmp_path, {"customXml/item1.xml": b"<data/>"})
    verdict = verify_file(source, RULES)
    assert verdict.ok, verdict.leaks
