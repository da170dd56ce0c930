"""verify on the clean outputs of every shared fixture: no false alarms (.docx, and the PDF when LibreOffice is
installed); the drafts themselves fail; verify is much faster than apply."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from conftest import CASES, FIXTURES
from redact.to_pdf import convert_and_verify, soffice
from redact.rules import load_rules
from redact.verify import verify_file

pytestmark = pytest.mark.skipif(not CASES, reason="../shared/fixtures is not present (CI has it)")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, tuple[Path, float]]:
    """Each case's draft through `apply` once (one Redactor per case): output path and seconds taken."""
    from redact.pipeline import Redactor

    folder = tmp_path_factory.mktemp("fixture-outputs")
    done = {}
    for case in CASES:
        started = time.perf_counter()
        Redactor(load_rules(FIXTURES / case / "rules.yaml")).redact_file(FIXTURES / case / "draft.docx",
                                                                        folder / f"{case}.docx")
        done[case] = (folder / f"{case}.docx", time.perf_counter() - started)
    return done


@pytest.mark.parametrize("case", CASES)
def test_clean_output_passes(outputs, case):
    verdict = verify_file(outputs[case][0], load_rules(FIXTURES / case / "rules.yaml"))
    assert verdict.ok, verdict.leaks[:5]


@pytest.mark.parametrize("case", CASES)
def test_the_draft_fails(case):
    verdict = verify_file(FIXTURES / case / "draft.docx", load_rules(FIXTURES / case / "rules.yaml"))
    parts = {leak.location.split(" ")[0] for leak in verdict.leaks}
    assert {"word/document.xml", "docProps/core.xml"} <= parts
    assert {"date_of_death", "person", "place"} <= {leak.kind for leak in verdict.leaks}


@pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("case", CASES)
def test_clean_output_as_pdf_passes(outputs, case, tmp_path):
    verdict = convert_and_verify(outputs[case][0], tmp_path / f"{case}.pdf", load_rules(FIXTURES / case / "rules.yaml"))
    assert verdict.ok, verdict.leaks[:5]
    assert (tmp_path / f"{case}.pdf").exists() and verdict.checked_texts > 10


def test_verify_is_much_faster_than_apply(outputs):
    case = "case1" if "case1" in outputs else CASES[0]
    rules = load_rules(FIXTURES / case / "rules.yaml")
    started = time.perf_counter()
    verify_file(outputs[case][0], rules)
    took = time.perf_counter() - started
    print(f"\n{case}: apply {outputs[case][1]:.1f} s, verify {took:.2f} s")
    assert took < outputs[case][1] / 3
