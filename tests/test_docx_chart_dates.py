"""A chart keeps a date as a spreadsheet's serial number (``<c:v>44595</c:v>``, 3 February 2022) under a date
format (``c:formatCode`` on the cache or the point) or on a date axis (``c:dateAx``). apply and verify read the
serial as the date it shows: a protected date's point is left out of the cache (a blank in the drawn chart, the
chart still valid); other dates and plain numbers stay."""
from __future__ import annotations

import re
import zipfile

import pytest

from conftest import quiet_redactor
from docx_factory import DocxBuilder, paragraph, run
from redact.rules import parse_rules
from redact.verify import verify_file

RULES = parse_rules({"version": 1, "review": "chart dates",
                     "people": [{"name": "Marisol Quintero", "pseudonym": "Lucia"}],
                     "dates": {"date_of_death": "2022-02-03", "date_of_birth": "1988-11-21"}})

C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
CHART = ('<c:chartSpace xmlns:c="' + C + '" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea>'
         '<c:barChart><c:barDir val="col"/><c:ser><c:idx val="0"/><c:order val="0"/>'
         '<c:cat><c:numRef><c:f>Sheet1!$A$2:$A$3</c:f><c:numCache>{format}<c:ptCount val="2"/>'
         '<c:pt idx="0"><c:v>44562</c:v></c:pt><c:pt idx="1"{point_format}><c:v>{serial}</c:v></c:pt></c:numCache>'
         '</c:numRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2:$B$3</c:f><c:numCache><c:formatCode>General'
         '</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>44595</c:v></c:pt><c:pt idx="1"><c:v>5</c:v></c:pt>'
         '</c:numCache></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart>{axis}'
         '<c:valAx><c:axId val="2"/><c:scaling/><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>'
         '</c:plotArea></c:chart></c:chartSpace>')
DATE_AXIS = ('<c:dateAx><c:axId val="1"/><c:scaling/><c:delete val="0"/><c:axPos val="b"/>'
             '<c:numFmt formatCode="d mmm yyyy" sourceLinked="0"/><c:crossAx val="2"/></c:dateAx>')
CAT_AXIS = '<c:catAx><c:axId val="1"/><c:scaling/><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>'
CHART_RUN = ('<w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/><wp:docPr id="3" name="Chart 3"/><a:graphic>'
             '<a:graphicData uri="' + C + '"><c:chart xmlns:c="' + C + '" r:id="rIdC1"/></a:graphicData>'
             '</a:graphic></wp:inline></w:drawing></w:r>')
DATE_FORMAT = "<c:formatCode>d mmm yyyy</c:formatCode>"

CASES = {   # (the cache's format, the point's own format, the serial, the axis)
    "date of death under a date format": (DATE_FORMAT, "", "44595", CAT_AXIS),
    "noon of the day": (DATE_FORMAT, "", "44595.5", CAT_AXIS),
    "date of birth": ("<c:formatCode>dd/mm/yyyy</c:formatCode>", "", "32468", CAT_AXIS),
    "on a date axis": ("<c:formatCode>General</c:formatCode>", "", "44595", DATE_AXIS),
    "the point's own format": ("<c:formatCode>General</c:formatCode>", ' formatCode="mmm d, yyyy"', "44595", CAT_AXIS),
}


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(RULES)


def _draft(tmp_path, case: str):
    cache_format, point_format, serial, axis = CASES[case]
    builder = DocxBuilder().append_body(paragraph(run("Contacts with services by month.")))
    builder.add_part("word/charts/chart1.xml", CHART.format(format=cache_format, point_format=point_format,
                                                            serial=serial, axis=axis),
                     "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", rel_type="chart",
                     rel_id="rIdC1")
    return builder.append_body(paragraph(CHART_RUN)).build(tmp_path / "draft.docx")


@pytest.mark.parametrize("case", sorted(CASES))
def test_verify_reads_the_serial_as_the_date_it_shows(tmp_path, case):
    leaks = verify_file(_draft(tmp_path, case), RULES).leaks
    assert len(leaks) == 1 and "date" in leaks[0].kind, leaks
    assert CASES[case][2] not in str(leaks)       # the serial is the date: never printed


@pytest.mark.parametrize("case", sorted(CASES))
def test_apply_leaves_the_point_out_and_keeps_the_rest(tmp_path, redactor, case):
    output = tmp_path / "out.docx"
    redactor.redact_file(_draft(tmp_path, case), output, force=True)
    chart = zipfile.ZipFile(output).read("word/charts/chart1.xml").decode()
    category = re.search(r"<c:cat>.*</c:cat>", chart).group()
    assert CASES[case][2] not in category
    assert "<c:v>44562</c:v>" in category                  # 1 January 2022 is no protected date
    assert '<c:ptCount val="2"/>' in category                 # the point is a blank, the chart valid
    assert "<c:v>44595</c:v>" in re.search(r"<c:val>.*</c:val>", chart).group()   # a count, not a date
    assert verify_file(output, RULES).ok


@pytest.mark.parametrize("code, is_date", [("d mmm yyyy", True), ("[$-809]dd/mm/yyyy;@", True), ("mmm-yy", True),
                                           ("General", False), ("0.00", False), ("h:mm", False),
                                           ('"days" 0', False), ("#,##0", False)])
def test_date_formats(code, is_date):
    from redact.documents.chart_dates import is_date_format

    assert is_date_format(code) is is_date
