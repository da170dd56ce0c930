"""A date of death held in a value typed as a date stays a valid value once it goes.

Found by a helper: in a working copy (``--keep-revisions``, where properties are kept), a custom property typed
``vt:filetime`` holding the date of death came out as "[date removed]T00:00:00Z", and a core property's W3C date as
"[date removed]T09:00:00Z": no date at all, in a part Word reads as typed values. Now the custom property becomes a
text property holding "[date removed]" and the core date, which may be left out, goes.
"""
from __future__ import annotations

import re
import zipfile

import pytest
from lxml import etree

from conftest import quiet_redactor
from docx_factory import DocxBuilder, paragraph, run
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
