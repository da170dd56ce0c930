"""mypy over the whole package ([tool.mypy] in pyproject.toml): tools that import us rely on our type hints."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow   # about 20 s without a warm cache (a fresh clone, CI)
def test_mypy_finds_no_error_in_the_package():
    pytest.importorskip("mypy", reason="mypy is not installed (pip install -e '.[test]')")
    if not (REPO / "pyproject.toml").exists():
        pytest.skip("no pyproject.toml: not run from a source checkout")
    result = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(REPO / "pyproject.toml")],
                            cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


def test_the_lazy_names_are_visible_to_the_type_checker(tmp_path):
    """A caller's own code type-checks against the names redact loads on first use."""
    pytest.importorskip("mypy", reason="mypy is not installed (pip install -e '.[test]')")
    caller = tmp_path / "caller.py"
    caller.write_text(
        "from redact import Redactor, RedactionReport, Decision, Leak, Verdict, Finding, verify_bytes\n"
        "def check(data: bytes) -> bool:\n"
        "    verdict: Verdict = verify_bytes(data, 'txt', {'review': 'x'})\n"
        "    leaks: list[Leak] = verdict.leaks\n"
        "    return verdict.ok and not leaks\n"
        "def changes(report: RedactionReport) -> list[Decision]:\n"
        "    return report.decisions\n"
        "def wrong() -> int:\n"
        "    return Redactor('rules.yaml').redact_text('x')\n", encoding="utf-8")
    # the package's own settings and cache: the package is already checked, only the caller is new
    result = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(REPO / "pyproject.toml"),
                             "--cache-dir", str(REPO / ".mypy_cache"), str(caller)],
                            cwd=tmp_path, capture_output=True, text=True, timeout=600,
                            # the editable install is an import hook mypy cannot follow: point it at the source
                            env={**os.environ, "MYPYPATH": str(REPO)})
    # the one error is the deliberate one: every name resolved to its real type, not Any
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "caller.py:9" in errors[0] and '"str"' in errors[0], result.stdout
