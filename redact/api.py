"""The library's entry points for tools that import us: checked arguments, rules in any form, bytes in and out.

Everything here is re-exported by ``redact`` itself (``from redact import redact_bytes``). The heavy modules
(Presidio, spaCy) are imported inside the functions that need them, so ``verify_bytes`` stays light.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from .atomic import write_file
from .errors import ArgumentError, ArgumentTypeError
from .rules import Rules, as_rules

if TYPE_CHECKING:
    from .findings import Finding
    from .pipeline import RedactionReport
    from .verify import Verdict

#: what a caller may give as rules: a ``Rules``, the path of a rules file, a mapping as read from YAML, or None
RulesLike = Union[Rules, str, "os.PathLike[str]", Mapping[str, Any], None]

#: the kinds ``redact_bytes`` takes (the document adapters), and the ones ``verify_bytes`` also reads
REDACT_KINDS = ("docx", "txt", "md")
VERIFY_KINDS = (*REDACT_KINDS, "pdf")


def require_text(value: object, what: str = "text") -> str:
    """``value`` itself when it is a ``str``; otherwise an ``ArgumentTypeError`` that names the argument."""
    if not isinstance(value, str):
        hint = " (decode bytes first, or use redact_bytes)" if isinstance(value, (bytes, bytearray)) else ""
        raise ArgumentTypeError(f"{what}: expected str, not {type(value).__name__}{hint}")
    return value


def require_path(value: object, what: str = "path") -> Path:
    """A ``Path`` from a ``str`` or path-like ``value``; otherwise an ``ArgumentTypeError`` that names it."""
    if not isinstance(value, (str, os.PathLike)) or value == "":
        raise ArgumentTypeError(f"{what}: expected a file path (str or os.PathLike), not {value!r:.40}")
    return Path(value)


def _require_kind(kind: object, kinds: tuple[str, ...]) -> str:
    if not isinstance(kind, str):
        raise ArgumentTypeError(f"kind: expected one of {', '.join(kinds)}, not {type(kind).__name__}")
    normal = kind.lower().lstrip(".")
    if normal not in kinds:
        raise ArgumentError(f"kind: unknown document kind '{kind}' (choose from {', '.join(kinds)})")
    return normal


def _require_bytes(data: object) -> bytes:
    if isinstance(data, str):
        raise ArgumentTypeError("data: expected bytes, not str (use redact_text for text)")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ArgumentTypeError(f"data: expected bytes, not {type(data).__name__}")
    return bytes(data)


class RedactedBytes(bytes):
    """The redacted document's bytes; ``report`` tells what was done (paths in it read ``<bytes>``)."""

    report: "RedactionReport"


def redact_bytes_with(redactor: Any, data: bytes, kind: str, **options: Any) -> RedactedBytes:
    """``Redactor.redact_bytes``: the document adapters read and write files, so the input and output live in a
    private temporary folder (0700) for the length of the call and are removed with it, whatever happens."""
    data = _require_bytes(data)
    kind = _require_kind(kind, REDACT_KINDS)
    for refused in ("audit", "audit_key", "audit_plaintext", "force"):
        if refused in options:
            raise ArgumentError(f"{refused}: redact_bytes writes no file; use redact_file for an audit log")
    with tempfile.TemporaryDirectory(prefix="redact-bytes-") as folder:
        source, output = Path(folder, f"input.{kind}"), Path(folder, f"output.{kind}")
        write_file(source, data, mode=0o600)   # a draft holds real names: private whatever the umask
        report = redactor.redact_file(source, output, **options)
        result = RedactedBytes(output.read_bytes())
    # the temporary names mean nothing to the caller and must not leak into their logs
    report.source = report.output = report.verdict.path = "<bytes>"
    result.report = report
    return result


def verify_bytes(data: bytes, kind: str, rules: RulesLike = None, *, strict: bool = False,
                 publication: bool = False) -> "Verdict":
    """Check a document held in memory (``kind``: docx, txt, md or pdf) against a review's rules, as
    ``verify_file`` does; the readers take a path, so the bytes sit in a private temporary folder for the length
    of the call and are removed with it. ``verdict.path`` reads ``<bytes>``."""
    from .verify import verify_file as _verify_file

    data = _require_bytes(data)
    kind = _require_kind(kind, VERIFY_KINDS)
    rules = as_rules(rules)
    with tempfile.TemporaryDirectory(prefix="redact-verify-") as folder:
        path = Path(folder, f"output.{kind}")
        write_file(path, data, mode=0o600)
        verdict = _verify_file(path, rules, strict=strict, publication=publication)
    verdict.path = "<bytes>"
    return verdict


def redact_bytes(data: bytes, kind: str, rules: RulesLike = None, *, profile: str = "dhr",
                 **options: Any) -> RedactedBytes:
    """Redact a document held in memory (``kind``: docx, txt or md) with a new ``Redactor``; the result is the
    redacted bytes, with ``.report`` (a ``RedactionReport``). Reuse a ``Redactor`` for many documents."""
    from .pipeline import Redactor

    return Redactor(rules, profile).redact_bytes(data, kind, **options)


def redact_file(src: str | os.PathLike[str], dst: str | os.PathLike[str], rules: RulesLike = None,
                audit: str | os.PathLike[str] | None = None, *, profile: str = "dhr",
                **options: Any) -> "RedactionReport":
    """Redact ``src`` into ``dst`` with a new ``Redactor`` (see ``Redactor.redact_file`` for the options)."""
    from .pipeline import Redactor

    return Redactor(rules, profile).redact_file(src, dst, audit, **options)


def redact_text(text: str, rules: RulesLike = None, *, profile: str = "dhr") -> str:
    """The redacted text, with a new ``Redactor``. Reuse a ``Redactor`` for many texts (the model loads once)."""
    from .pipeline import Redactor

    require_text(text)
    return Redactor(rules, profile).redact_text(text)


def scan_text(text: str, rules: RulesLike = None) -> list["Finding"]:
    """What the detector finds in ``text`` (listed values, names, dates, contacts, ids), nothing replaced."""
    from .pipeline import Redactor

    require_text(text)
    return Redactor(rules).scan_text(text)
