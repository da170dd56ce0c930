"""dhr-redact: anonymise draft Domestic Homicide Review reports before publication.

    from redact import Redactor, load_rules
    redactor = Redactor(load_rules("rules.yaml"))
    redactor.redact_file("draft.docx", "published.docx", audit="audit.jsonl")
"""
from ._version import __version__
from .errors import InputError, LeakError, ModelError, OutputError, RedactError, RulesError
from .findings import Finding
from .rules import Rules, load_rules

__all__ = ["Redactor", "load_rules", "Rules", "Finding", "Verdict", "verify_file", "redact_file", "__version__",
           "RedactError", "InputError", "RulesError", "ModelError", "OutputError", "LeakError"]


def __getattr__(name):
    # The pipeline imports Presidio and spaCy: load them only when they are used.
    if name == "Redactor":
        from .pipeline import Redactor
        return Redactor
    if name in ("Verdict", "verify_file"):
        from . import verify
        return getattr(verify, name)
    if name == "redact_file":
        from .pipeline import Redactor

        def redact_file(src, dst, rules=None, audit=None, **options):
            return Redactor(rules).redact_file(src, dst, audit, **options)
        return redact_file
    raise AttributeError(name)
