"""A date of death held in a value typed as a date stays a valid value once it goes.

Found by a helper: in a working copy (``--keep-revisions``, where properties are kept), a custom property typed
``vt:filetime`` holding the date of death came out as "[date removed]T00:00:00Z", and a core property's W3C date as
"[date removed]T09:00:00Z": no date at all, in a part Word reads as typed values. Now the custom property becomes a
text property holding "[date removed]" and the core date, which may be left out, goes. A second helper found the
same in the published copy itself: a "Date of death" date picker's ``w:fullDate`` became "[date removed]T00:00:00Z"
(now the attribute goes; the picker shows its text), and in a working copy ``vt:i4`` 20230514 and
``cp:lastPrinted``. It also found the date stored as UTC, a day early ("2023-05-13T23:00:00Z" is midnight of 14 May
in England's summer time) in a SharePoint column and a custom property: it stayed; now it is the date.
"""
from __future__ import annotations

import datetime
import re
import zipfile

import pytest
from lxml import etree

from conftest import quiet_redactor
from docx_factory import DocxBuilder, paragraph, run
from redact.dates import mentions_of
from redact.rules import parse_rules
from redact.verify import verify_file

RULES = parse_rules({"version": 1, "review": "typed dates",
                     "people": [{"name": "Zsofia Kovacs", "pseudonym": "Clara"}],
                     "dates": {"date_of_death": "2023-05-14"}})
VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/'
          f'officeDocument/2006/custom-properties" xmlns:vt="{VT}">'
          '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="A"><vt:filetime>VALUE</vt:filetime>'
          '</property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="B"><vt:date>VALUE'
          '</vt:date></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="Other">'
          '<vt:filetime>2021-01-04T00:00:00Z</vt:filetime></property></Properties>')


def _draft(tmp_path, value: str):
    builder = DocxBuilder()
    builder.append_body(paragraph(run("The review concerns Clara.")))
    builder.add_part("docProps/custom.xml", CUSTOM.replace("VALUE", value),
                     "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                     rel_type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
                     source="")
    core = builder.entries["docProps/core.xml"].decode()
    core = re.sub(r'(<dcterms:created xsi:type="dcterms:W3CDTF">)[^<]*', rf"\g<1>{value}", core)
    builder.set_part("docProps/core.xml", core)
    return builder.build(tmp_path / "draft.docx")


@pytest.mark.parametrize("value", ["2023-05-14T00:00:00Z", "2023-05-14T21:40:00Z", "2023-05-14"])
def test_a_typed_date_of_death_goes_and_the_properties_stay_valid(tmp_path, value):
    output = tmp_path / "working.docx"
    quiet_redactor(RULES).redact_file(_draft(tmp_path, value), output, keep_revisions=True)
    with zipfile.ZipFile(output) as archive:
        custom, core = etree.fromstring(archive.read("docProps/custom.xml")), archive.read("docProps/core.xml")
    values = {prop.get("name"): (etree.QName(prop[0]).localname, prop[0].text) for prop in custom}
    assert values == {"A": ("lpwstr", "[date removed]"), "B": ("lpwstr", "[date removed]"),
                      "Other": ("filetime", "2021-01-04T00:00:00Z")}
    assert b"created" not in core and b"2023-05-14" not in core and b"date removed" not in core
    assert verify_file(output, RULES).ok


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DATE_PICKER = (f'<w:p xmlns:w="{W}"><w:r><w:t xml:space="preserve">Date of death: </w:t></w:r><w:sdt><w:sdtPr>'
               '<w:alias w:val="Date of death"/><w:date w:fullDate="FULL"><w:dateFormat w:val="dd/MM/yyyy"/>'
               '<w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
               '</w:date></w:sdtPr><w:sdtContent><w:r><w:t>14/05/2023</w:t></w:r></w:sdtContent></w:sdt></w:p>')


@pytest.mark.parametrize("full", ["2023-05-14T00:00:00Z", "2023-05-13T23:00:00Z"])
def test_a_date_pickers_stored_date_goes_with_its_attribute_in_the_published_copy(tmp_path, full):
    builder = DocxBuilder()
    builder.append_body(DATE_PICKER.replace("FULL", full))
    output = tmp_path / "published.docx"
    quiet_redactor(RULES).redact_file(builder.build(tmp_path / "draft.docx"), output)
    with zipfile.ZipFile(output) as archive:
        body = archive.read("word/document.xml").decode()
    assert "fullDate" not in body and "2023-05-1" not in body and "14/05/2023" not in body
    assert "<w:dateFormat" in body and "[date removed]" in body      # the picker stays, showing its text
    assert verify_file(output, RULES).ok


def test_a_number_property_and_the_printed_date_stay_valid_in_a_working_copy(tmp_path):
    builder = DocxBuilder()
    builder.append_body(paragraph(run("The review concerns Clara.")))
    builder.add_part("docProps/custom.xml", CUSTOM.replace("<vt:filetime>VALUE</vt:filetime>", "<vt:i4>20230514</vt:i4>")
                     .replace("VALUE", "2023-05-13T23:00:00Z"),
                     "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                     rel_type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
                     source="")
    core = builder.entries["docProps/core.xml"].decode()
    core = core.replace("</cp:coreProperties>", "<cp:lastPrinted>2023-05-14T09:00:00Z</cp:lastPrinted></cp:coreProperties>")
    builder.set_part("docProps/core.xml", core)
    output = tmp_path / "working.docx"
    quiet_redactor(RULES).redact_file(builder.build(tmp_path / "draft.docx"), output, keep_revisions=True)
    with zipfile.ZipFile(output) as archive:
        custom, core_out = etree.fromstring(archive.read("docProps/custom.xml")), archive.read("docProps/core.xml")
    values = {prop.get("name"): (etree.QName(prop[0]).localname, prop[0].text) for prop in custom}
    assert values["A"] == ("lpwstr", "[date removed]") and values["B"] == ("lpwstr", "[date removed]")
    assert b"lastPrinted" not in core_out
    assert verify_file(output, RULES).ok


@pytest.mark.parametrize("stamp, when", [
    ("2023-05-13T23:00:00Z", "2023-05-14"),          # summer time: midnight in England is 23:00 UTC
    ("2023-05-13T23:30:00.000Z", "2023-05-14"),
    ("2023-05-13T20:00:00-05:00", "2023-05-14"),     # another zone: 01:00 UTC on the 14th
    ("2023-05-15T03:00:00+05:00", "2023-05-14"),     # 22:00 UTC on the 14th
    ("2023-05-31T23:00:00Z", "2023-06-01"),
    ("2019-10-26T23:30:00Z", "2019-10-27"),          # still summer time at 23:30 on the Saturday
    # the layouts a third helper found left: UTC or GMT written out, a space before the zone, an hours-only offset,
    # a calendar file's compact form, an e-mail header
    ("2023-05-13 23:00:00 UTC", "2023-05-14"), ("2023-05-13T23:00:00 Z", "2023-05-14"),
    ("2023-05-13T23:30:00+00", "2023-05-14"), ("2023-05-13T23:30:00GMT", "2023-05-14"),
    ("2023-05-13T23:30:00 +00:00", "2023-05-14"), ("20230513T233000Z", "2023-05-14"),
    ("Sat, 13 May 2023 23:30:00 +0000", "2023-05-14"),
])
def test_a_time_stamp_whose_day_in_england_is_the_date_is_the_date(stamp, when):
    assert mentions_of(f"<DateOfDeath>{stamp}</DateOfDeath>", datetime.date.fromisoformat(when)) == [(13, 13 + len(stamp))]


@pytest.mark.parametrize("stamp, when", [
    ("2023-01-13T23:00:00Z", "2023-01-14"),          # winter: 23:00 UTC is 23:00 in England, the 13th
    ("2023-05-13T22:59:00Z", "2023-05-14"),
    ("2019-10-27T23:30:00Z", "2019-10-27"),          # back on GMT: the 27th is the written day anyway
])
def test_a_time_stamp_of_another_day_in_england_is_not(stamp, when):
    spans = mentions_of(stamp, datetime.date.fromisoformat(when))
    assert all(stamp[a:b].startswith(when) for a, b in spans)
