"""Test session setup: no network at all, and the shared fixtures when they exist."""
from __future__ import annotations

import os
import socket
import warnings
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO.parent / "shared").resolve()
FIXTURES = SHARED / "fixtures"
CASES = sorted(p.name for p in FIXTURES.glob("case*") if (p / "rules.yaml").exists()) if FIXTURES.exists() else []
EXAMPLES = REPO / "docs" / "examples"


# Property tests check what comes out, never how fast: Hypothesis's 200 ms deadline per example failed
# test_dates.py's round trip on a loaded two-core machine (359 ms). Speed lives in benchmarks/.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("dhr-redact", deadline=None)
_hypothesis_settings.load_profile("dhr-redact")


class NetworkAttempted(RuntimeError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkAttempted(f"network access attempted at run time: {args[:2]}")


_real_connect = socket.socket.connect


def _guarded_connect(self, address):
    if self.family == getattr(socket, "AF_UNIX", None):
        return _real_connect(self, address)
    _refuse(address)


def pytest_configure(config):
    # Any attempt to reach the network fails the test that made it (tldextract, spaCy downloads, ...).
    socket.socket.connect = _guarded_connect
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse


def pytest_xdist_auto_num_workers(config):
    """"-n auto" (pyproject.toml's addopts): a worker per core, four at most, as each holds the spaCy model
    (about 1 GB with the recognisers' tables)."""
    return max(1, min(os.cpu_count() or 1, 4))


def needs_shared():
    return pytest.mark.skipif(not FIXTURES.exists(), reason="../shared/fixtures is not present (CI has it)")


@pytest.fixture(scope="session")
def shared_fixtures() -> Path:
    if not FIXTURES.exists():
        pytest.skip("../shared/fixtures is not present (CI has it)")
    return FIXTURES


def quiet_redactor(rules=None, **options):
    """A Redactor for tests that probe detection: what the rules leave unprotected (no person, no date of death) is
    said as a RulesWarning, which such tests do not test."""
    from redact.pipeline import Redactor

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Redactor(rules, **options)


def assert_the_date_goes_and_verify_agrees(text: str, form: str, rules: dict) -> None:
    """A protected date written as ``form`` in ``text``: verify reports the draft, apply replaces the date, and
    verify passes the output (the date-form tests' one check)."""
    from redact.api import verify_bytes

    assert not verify_bytes(text.encode(), "txt", rules).ok
    out = quiet_redactor(rules).redact_text(text)
    assert form not in out and "[date removed]" in out, out
    assert verify_bytes(out.encode(), "txt", rules).ok


# The rules most detection probes use: one listed victim and a date of death, the rest left to the detector
VICTIM_ONLY = {"people": [{"name": "Elena Munteanu", "pseudonym": "Lena"}], "dates": {"date_of_death": "2023-06-14"}}

