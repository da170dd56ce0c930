"""Errors the command line turns into one-line messages and exit codes."""
from __future__ import annotations

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class RedactError(Exception):
    """Base of every error a user can cause; never shown as a traceback."""

    exit_code = EXIT_USAGE


class InputError(RedactError):
    """The input file cannot be read safely (missing, broken, encrypted, hostile, unsupported)."""


class RulesError(RedactError):
    """The rules file is missing, not YAML, or breaks the contract."""


class ModelError(RedactError):
    """No usable spaCy model is installed."""


class OutputError(RedactError):
    """The output cannot be written (exists without ``force=True``, same as input, folder missing)."""


class ArgumentError(RedactError, ValueError):
    """A caller of the library passed a value it cannot use (an unknown profile, an unknown document kind).
    Also a ``ValueError``, so code that catches the built-in keeps working."""


class ArgumentTypeError(ArgumentError, TypeError):
    """A caller of the library passed the wrong type (``redact_text(None)``, rules given as a number).
    Also a ``TypeError``."""


class LeakError(RedactError):
    """Verification of the output found a leak: nothing is written."""

    exit_code = EXIT_FINDINGS

    def __init__(self, message: str, leaks: list[dict] | None = None):
        super().__init__(message)
        #: every leak left (location, kind, value, masked context, advice): never a real value
        self.leaks = leaks or []


class RulesWarning(UserWarning):
    """The rules leave something unprotected (no person, no date of death) or a pseudonym is also the name of
    somebody in the draft: the run goes on, and the author is told what will not be protected."""


class OutputWarning(UserWarning):
    """The output differs from the input in a way the author should know (a text file written as UTF-8)."""
