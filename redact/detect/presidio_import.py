"""Presidio, imported without compiling the patterns of its own recognisers, which this package never builds.

Importing ``presidio_analyzer`` imports every one of its predefined recognisers (US, Indian, South African...), and
each ``Pattern`` they define at class level is compiled once with the ``regex`` module only to check that it is valid
(``Pattern.__validate_regex``: 0.14 s of processor time in every new process, a tenth of a cold ``apply``'s imports,
most of it the URL recogniser's list of domains). None of those recognisers is ever made here: our own recognisers'
patterns are made after this import and are checked as before, and a pattern Presidio uses is compiled again, with
its flags, the first time it is searched. Import this module before anything imports ``presidio_analyzer``.
"""
from __future__ import annotations

import sys
from pathlib import PurePath
from typing import Any

import regex

# the check Presidio makes of each pattern it defines (regex.compile's result thrown away)
_VALIDATION = "__validate_regex"
_VALIDATING_MODULE = PurePath("presidio_analyzer", "pattern.py")


def _validating(frame: Any) -> bool:
    code = frame.f_code
    return code.co_name == _VALIDATION and PurePath(code.co_filename).parts[-2:] == _VALIDATING_MODULE.parts


def _import_presidio() -> None:
    if "presidio_analyzer" in sys.modules:
        return
    compile_ = regex.compile

    def compile_unless_validating(pattern: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
        if _validating(sys._getframe(1)):
            return None
        return compile_(pattern, flags, *args, **kwargs)

    regex.compile = compile_unless_validating
    try:
        import presidio_analyzer  # noqa: F401
    finally:
        regex.compile = compile_


_import_presidio()
