"""The spaCy model is the one we tested: pinned by hash, installed files unaltered, the same versions everywhere."""
import re
import tomllib

import pytest

from conftest import REPO
from redact.detect.model_pin import PINNED, _record_digest, installed_model, model_problems


def test_the_installed_model_is_the_pinned_one():
    name = installed_model()
    assert name is not None, "no pinned spaCy model is installed"
    assert model_problems(name) == []


def test_an_altered_record_or_version_is_noticed(monkeypatch):
    name = installed_model()
    if name is None:
        pytest.skip("no pinned spaCy model is installed")
    version, digest = PINNED[name]
    monkeypatch.setitem(PINNED, name, ("0.0.1", digest))
    assert any("is pinned" in problem for problem in model_problems(name))
    monkeypatch.setitem(PINNED, name, (version, "0" * 64))
    assert any("not those of the wheel" in problem for problem in model_problems(name))
    # a row of a file added to the record changes the digest; pip's own .pyc and .dist-info rows do not
    record = "pkg/model.bin,sha256=abc,10\n"
    assert _record_digest(record) != _record_digest(record + "pkg/extra.bin,sha256=def,1\n")
    assert _record_digest(record) == _record_digest(record + "pkg/__pycache__/x.pyc,sha256=e,1\n"
                                                    "pkg-1.dist-info/RECORD,,\n")


def test_pyproject_requirements_file_and_pin_name_the_same_versions():
    dependencies = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pinned_file = (REPO / "requirements-model.txt").read_text(encoding="utf-8")
    for name, (version, _) in PINNED.items():
        assert any(re.match(rf"{re.escape(name)}=={re.escape(version)}\s*;", d) for d in dependencies), name
        assert re.search(rf"^{re.escape(name)}=={re.escape(version)} ;.*\n\s+--hash=sha256:[0-9a-f]{{64}}$",
                         pinned_file, re.MULTILINE), name
