"""A telephone number typed as the whole of a value Word keeps as markup: an editing permission's editor
(``w:permStart/@w:ed``), a building block's name in the glossary (``w:docPartPr/w:name/@w:val``), a mail merge's data
source or query, a hyperlink's bookmark.

Found by the red team of the whole output package (benchmarks/redteam_unseen47.py, helper ``redteam47``): a value of
digits with fewer than two letters was taken for a number of the format (a width, an id) and read by neither apply nor
``verify --strict``. A value written as a phone number is (a "+" and a country code or a trunk "0" and a code, ten
to fourteen digits in groups: ``redact.documents.typed_numbers``) is now typed text for both; Word's own numbers
(widths, EMUs, ids, revision ids) never open with "0" or "+", and stay.
"""
from __future__ import annotations

import random
import re
import warnings
import zipfile
from xml.sax.saxutils import quoteattr

import pytest

from conftest import quiet_redactor

from tests import docx_factory as f

TUNED, HELD_BACK = 4721, 4722
NUMBERS = ["07700900{n}", "07700 900{n}", "+447700900{n}", "+44 7700 900{n}", "0113 496 0{n}", "01134960{n}",
           "(0161) 496 0{n}", "+44 (0)20 7946 0{n}", "07700-900-{n}"]
PLACES = ["editor", "building_block", "merge_query", "link_anchor"]
RULES = {"people": [{"name": "Rahima Choudhury", "pseudonym": "Adult A"}]}


def _docx(place: str, number: str) -> bytes:
    builder = f.DocxBuilder()
    builder.append_body(f.paragraph(f.run("The panel met four times.")))
    if place == "editor":
        builder.append_body(f'<w:p><w:permStart w:id="7" w:ed={quoteattr(number)}/><w:r><w:t>Editable.</w:t></w:r>'
                            '<w:permEnd w:id="7"/></w:p>')
    elif place == "building_block":
        builder.add_part("word/glossary/document.xml",
                         f"<w:glossaryDocument {f.NSDECL}><w:docParts><w:docPart><w:docPartPr><w:name "
                         f"w:val={quoteattr(number)}/></w:docPartPr><w:docPartBody><w:p><w:r><w:t>Text.</w:t></w:r>"
                         "</w:p></w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>",
                         f.CT + "document.glossary+xml", rel_type="glossaryDocument")
    elif place == "merge_query":
        settings = builder.xml("word/settings.xml")
        settings.append(f._parse_fragment(f"<w:mailMerge><w:mainDocumentType w:val=\"formLetters\"/><w:query "
                                          f"w:val={quoteattr(number)}/></w:mailMerge>")[0])
        builder.set_xml("word/settings.xml", settings)
    else:
        builder.append_body(f"<w:p><w:hyperlink w:anchor={quoteattr(number)}><w:r><w:t>see below</w:t></w:r>"
                            "</w:hyperlink></w:p>")
    return builder.to_bytes()


def _cases(seed: int, count: int = 6):
    rng = random.Random(seed)
    return [(PLACES[i % len(PLACES)], rng.choice(NUMBERS).format(n=rng.randint(100, 999))) for i in range(count)]


def _left(path, number: str) -> bool:
    with zipfile.ZipFile(path) as archive:
        package = " ".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    return re.search(r"[\s_.()-]*".join(re.sub(r"\D", "", number)[-6:]), package) is not None


def _check(tmp_path, place, number):
    from redact.verify import verify_file

    src, out = tmp_path / "draft.docx", tmp_path / "out.docx"
    src.write_bytes(_docx(place, number))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert not verify_file(src, RULES, strict=True).ok, "strict verify passes the number"
        quiet_redactor(RULES).redact_file(src, out)
        assert verify_file(out, RULES, strict=True).ok
    assert not _left(out, number)


@pytest.mark.parametrize("place, number", _cases(TUNED))
def test_tuned(tmp_path, place, number):
    _check(tmp_path, place, number)


@pytest.mark.parametrize("place, number", _cases(HELD_BACK))
def test_held_back(tmp_path, place, number):
    _check(tmp_path, place, number)


def test_numbers_of_the_format_stay(tmp_path):
    """A picture's size in EMUs, page sizes and margins, ids: written by Word, never a phone number."""
    builder = f.DocxBuilder()
    rid = builder.add_image("word/media/image1.png")
    builder.append_body(f.paragraph(f.run("The panel met four times.")), f.paragraph(f.inline_picture(rid)),
                        '<w:p><w:bookmarkStart w:id="1234567890" w:name="_Toc1234567890"/><w:r><w:t>Contents</w:t>'
                        '</w:r><w:bookmarkEnd w:id="1234567890"/></w:p>')
    src, out = builder.build(tmp_path / "draft.docx"), tmp_path / "out.docx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quiet_redactor(RULES).redact_file(src, out)
    with zipfile.ZipFile(out) as archive:
        document = archive.read("word/document.xml").decode()
    assert "[phone]" not in document and "1234567890" in document and 'cx="9525"' in document
