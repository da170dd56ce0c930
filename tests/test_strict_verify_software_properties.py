"""``verify --strict`` read the software's own properties (docProps/app.xml Application and AppVersion) as prose,
and the model took "Macintosh" in "Microsoft Macintosh Word" for an unlisted surname: every document python-docx or
Word for Mac saved (three of the four shared fixtures) failed the strict gate after a clean apply, which keeps the
value. Verify now reads them as apply does: machine values, where listed names, contacts and ids still count."""
from __future__ import annotations

import re
import zipfile

import pytest
from docx import Document

from conftest import quiet_redactor
from redact.verify import verify_file

RULES = {"people": [{"name": "Oksana Kovalenko", "pseudonym": "Anna"}], "dates": {"date_of_death": "2019-11-25"}}


def _draft(path, application: str | None = None):
    document = Document()
    document.add_paragraph("The panel met on a Tuesday; Oksana Kovalenko's sister gave evidence.")
    document.save(path)
    if application is not None:   # the software's name as another program writes it
        with zipfile.ZipFile(path) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
        parts["docProps/app.xml"] = re.sub(rb"<Application>[^<]*</Application>",
                                           f"<Application>{application}</Application>".encode(),
                                           parts["docProps/app.xml"])
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
    return path


@pytest.mark.parametrize("application", [None, "Microsoft Macintosh Word", "Microsoft Office Word",
                                         "LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2"])
def test_a_clean_copy_passes_the_strict_gate_whatever_software_saved_it(tmp_path, application):
    src = _draft(tmp_path / "draft.docx", application)
    out = tmp_path / "out.docx"
    quiet_redactor(RULES).redact_file(src, out, force=True)
    verdict = verify_file(out, RULES, strict=True)
    assert verdict.leaks == [], verdict.leaks
    assert verify_file(src, RULES, strict=True).leaks   # the draft itself still fails


@pytest.mark.parametrize("value", ["Oksana Kovalenko", "call 07700 900461"])
def test_a_listed_name_or_a_contact_in_the_software_property_still_fails(tmp_path, value):
    src = _draft(tmp_path / "draft.docx", value)
    kinds = {leak.kind for leak in verify_file(src, RULES, strict=True).leaks if "app.xml" in leak.location}
    assert kinds, value
