"""Style names, font names and theme fonts are Word's vocabulary, not text about anybody: apply leaves them as they
are ("Footer Char" never becomes "Person 7", "Cambria Math" or a Japanese font name never a placeholder), while a
listed name in the same parts is still replaced."""
from __future__ import annotations

import re
import zipfile

import docx
import pytest

from redact import Redactor
from redact.rules import parse_rules

# parts whose attribute values name styles and fonts; the body's own text is elsewhere
VOCABULARY_PARTS = ("word/styles.xml", "word/stylesWithEffects.xml", "word/settings.xml", "word/fontTable.xml",
                    "word/theme/theme1.xml")
_NAMES = re.compile(r'(?:w:name w:val|m:mathFont m:val|w:font w:name|typeface|w:altName w:val)="([^"]*)"')

SENTENCES = [
    "{victim} lived with her partner {perpetrator} in the town. Her friend Manpreet Dhillon called the police.",
    "Kryspin Wiśniewski, a neighbour, heard shouting. 王秀英 (Wang Xiuying) ran the café where {victim} worked.",
    "{victim} went to the Wheatsheaf with Chidera Nnadozie and Hamse Warfaa on Friday evenings.",
]


def _vocabulary(path) -> list[str]:
    with zipfile.ZipFile(path) as package:
        names = [n for n in package.namelist() if n in VOCABULARY_PARTS]
        return sorted(value for n in names for value in _NAMES.findall(package.read(n).decode("utf-8")))


@pytest.mark.parametrize("victim, perpetrator", [("Joanne Pryor", "Kevin Marsh"), ("Nguyễn Thị Hương", "Đặng William")])
def test_style_and_font_names_survive_apply(tmp_path, victim, perpetrator):
    document = docx.Document()
    document.add_heading(f"Review into the death of {victim}", 1)
    for sentence in SENTENCES:
        document.add_paragraph(sentence.format(victim=victim, perpetrator=perpetrator))
    document.sections[0].footer.paragraphs[0].text = "Draft – not for circulation"
    source = tmp_path / "draft.docx"
    document.save(source)
    rules = parse_rules({"version": 1, "review": "style test",
                         "people": [{"name": victim, "pseudonym": "Ottoline"},
                                    {"name": perpetrator, "pseudonym": "Peregrine"}],
                         "dates": {"date_of_death": "2021-09-14"}}, "style test")
    before = _vocabulary(source)
    assert "Cambria Math" in before and any(not v.isascii() for v in before)  # the template has them to lose
    out = tmp_path / "published.docx"
    Redactor(rules).redact_file(source, out)
    assert _vocabulary(out) == before
    body = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "Ottoline" in body and victim not in body
