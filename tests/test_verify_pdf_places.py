"""A leak verify finds in a PDF says where it is in words, like one in a .docx or a .txt: the page and line with the
numbered heading above it, the annotation or link, the outline entry, the document property, the XMP field; and
what it quotes from the PDF is masked (never a piece of a listed name, digits as #).

The names planted come from several traditions (Irish, Yoruba, Somali, Polish, Vietnamese, Chinese, Turkish); page
text is drawn in a Latin-1 font, so the names on the page are the ones it can draw, the rest go in metadata.
"""
from __future__ import annotations

import re

import pytest

from redact.normalise import fold
from redact.rules import as_rules
from redact.verify import verify_file
from redact.verify.masking import secret_pattern
from test_pdf import make_pdf

pytest.importorskip("pypdf", reason="pypdf is not installed (pip install -e '.[test]')")

PEOPLE = [("Siobhán Ní Bhriain", "Person A"), ("Oluwaseun Adeyemi", "Person B"), ("Abdirahman Warsame", "Person C"),
          ("Wojciech Wiśniewski", "Person D"), ("Nguyễn Thị Lan", "Person E"), ("Zhang Wei", "Person F"),
          ("Mehmet Yılmaz", "Person G")]
RULES = {"version": 1, "review": "PDF places", "people": [{"name": n, "pseudonym": p} for n, p in PEOPLE],
         "dates": {"date_of_death": "2023-11-04"}}

PAGE = ["Domestic Homicide Review: overview report",
        "1. Introduction",
        "1.1 The panel met in spring and read every agency's records.",
        "2. Contact with the GP",
        "2.1 The practice saw her twice in the year.",
        "On one visit Oluwaseun Adeyemi drove her there.",
        "She died on 4 November 2023 at home."]


@pytest.fixture(scope="module")
def verdict(tmp_path_factory):
    path = make_pdf(tmp_path_factory.mktemp("pdf") / "places.pdf", PAGE, annotation="Call Abdirahman Warsame back",
                    link="https://example.org/Wojciech%20Wi%C5%9Bniewski.pdf", author="Nguyễn Thị Lan",
                    xmp_creator="Zhang Wei", outline="Mehmet Yılmaz: a pen portrait")
    return verify_file(path, RULES)


def test_every_pdf_leak_says_where_it_is(verdict):
    assert verdict.leaks and all(leak.where for leak in verdict.leaks), [(leak.location, leak.where) for leak in verdict.leaks]


@pytest.mark.parametrize("location, where", [
    ("page 1, line 6", re.compile(r'^page 1, line 6, under "2\. Contact with the GP": "On one visit \[█+\] drove')),
    ("page 1, line 7", re.compile(r'^page 1, line 7, under "2\. Contact with the GP": "She died on \[█+\] at home\.')),
    ("page 1 annotation 1 /Contents", re.compile(r'^page 1, annotation 1: "Call \[█+\] back" \(its text\)$')),
    ("page 1 annotation 2 link /URI", re.compile(r"^page 1, annotation 2 \(link address\)$")),
    ("document info /Author", re.compile(r"^document properties: Author$")),
    ("XMP metadata <creator>", re.compile(r"^XMP metadata: creator$")),
    ("outline entry 1", re.compile(r'^outline \(bookmarks\), entry 1: "\[█+\] a pen portrait"$')),
])
def test_each_kind_of_pdf_location_is_put_in_words(verdict, location, where):
    found = [leak.where for leak in verdict.leaks if leak.location == location]
    assert found, [leak.location for leak in verdict.leaks]
    assert all(where.search(text) for text in found), found


def test_a_pdf_place_never_shows_a_listed_name_or_the_date(verdict):
    secret = secret_pattern(as_rules(RULES))
    for leak in verdict.leaks:
        assert not secret.search(fold(leak.where).text), leak.where
        assert "2023" not in leak.where and " 4 " not in leak.where, leak.where


def test_a_heading_is_the_last_numbered_one_above_across_pages(tmp_path):
    """A page that starts without a heading is under the one its previous page ended with."""
    from pypdf import PdfReader, PdfWriter

    first = make_pdf(tmp_path / "one.pdf", ["3. Agency contact", "3.1 The housing officer called."])
    second = make_pdf(tmp_path / "two.pdf", ["The officer spoke to Abdirahman Warsame."])
    writer = PdfWriter()
    for part in (first, second):
        for page in PdfReader(part).pages:
            writer.add_page(page)
    path = tmp_path / "both.pdf"
    with open(path, "wb") as handle:
        writer.write(handle)
    leaks = verify_file(path, RULES).leaks
    assert [leak.location for leak in leaks] == ["page 2, line 1"]
    assert leaks[0].where.startswith('page 2, line 1, under "3. Agency contact": "The officer spoke to [')


@pytest.mark.parametrize("attribute", ["outline", "named_destinations", "attachments"])
def test_a_part_pypdf_cannot_read_is_listed_as_unread_not_skipped(tmp_path, monkeypatch, attribute):
    """A broken outline, destination tree or attachment list is a part verify did not check: the verdict says so."""
    from pypdf import PdfReader

    path = make_pdf(tmp_path / "broken.pdf", PAGE)

    def broken(self):
        raise ValueError("a broken object")

    monkeypatch.setattr(PdfReader, attribute, property(broken))
    result = verify_file(path, as_rules(RULES))
    assert any(attribute.replace("_", " ").split()[-1] in entry for entry in result.unread), result.unread
    assert not result.ok     # the page's name and date are still found
