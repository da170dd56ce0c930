"""dhr-redact: anonymise draft Domestic Homicide Review reports before publication.

    from redact import Redactor, verify_file
    redactor = Redactor("rules.yaml")          # a path, a Rules, or a mapping as read from YAML
    report = redactor.redact_file("draft.docx", "published.docx", audit="audit.jsonl")
    assert verify_file("published.docx", "rules.yaml").ok

    data = redactor.redact_bytes(upload, "docx")   # bytes in, bytes out; data.report is the RedactionReport

One ``Redactor`` may be shared by several threads (analysis runs one document at a time). Errors a caller can
cause are ``RedactError`` subclasses; wrong arguments are ``ArgumentError`` (a ValueError) or
``ArgumentTypeError`` (a TypeError). See docs/pipeline.md.
"""
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import (ArgumentError, ArgumentTypeError, InputError, LeakError, ModelError, OutputError, RedactError,
                     RulesError)

if TYPE_CHECKING:
    # The names below are loaded on first use (Presidio and spaCy take seconds, pydantic a tenth of one that
    # `redact --help` should not wait for); type checkers see them here.
    from .api import (RedactedBytes, redact_bytes, redact_file, redact_text, scan_text, verify_bytes)
    from .decide import Decision
    from .findings import Finding
    from .rules import Rules, load_rules
    from .pipeline import RedactionReport, Redactor
    from .verify import Leak, Verdict, verify_file

__all__ = ["Redactor", "load_rules", "Rules", "Finding", "Verdict", "Leak", "Decision", "RedactionReport",
           "RedactedBytes", "verify_file", "verify_bytes", "redact_file", "redact_bytes", "redact_text", "scan_text",
           "__version__", "RedactError", "InputError", "RulesError", "ModelError", "OutputError", "LeakError",
           "ArgumentError", "ArgumentTypeError"]

# name -> the module that defines it, imported when the name is first used
_LAZY = {"Rules": "rules", "load_rules": "rules", "Finding": "findings",
         "Redactor": "pipeline", "RedactionReport": "pipeline", "Decision": "decide",
         "Verdict": "verify", "Leak": "verify", "verify_file": "verify",
         "RedactedBytes": "api", "redact_bytes": "api", "verify_bytes": "api", "redact_file": "api",
         "redact_text": "api", "scan_text": "api"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'redact' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{module}", __name__), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
