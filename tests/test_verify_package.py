"""verify is a package of its own (redact/verify/): the install must carry it, and every import path tools use
keeps working."""
from __future__ import annotations

import tomllib

from conftest import REPO


def test_every_package_of_redact_is_installed():
    """setuptools lists packages by hand here: a package missing from the list is missing from the wheel (verify was,
    the moment it became one)."""
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(REPO).parts) for init in (REPO / "redact").rglob("__init__.py")
             if "__pycache__" not in init.parts}
    assert found <= listed, sorted(found - listed)


def test_the_names_tools_import_from_redact_verify_are_there():
    import redact.verify as verify

    for name in ("Leak", "LeakFinder", "Text", "Verdict", "files_to_verify", "leak_advice", "month_contexts",
                 "review_copy_leaks", "texts_of", "verify_file", "verify_texts", "REVIEW_COPY", "REVIEW_COPY_BANNER",
                 "REVIEW_COPY_PROPERTY"):
        assert hasattr(verify, name), name
    from redact import Leak, Verdict, verify_file
    assert (Leak, Verdict, verify_file) == (verify.Leak, verify.Verdict, verify.verify_file)
