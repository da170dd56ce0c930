"""Presidio imported without its predefined recognisers' validation compiles (redact.detect.presidio_import)."""
from __future__ import annotations

import subprocess
import sys

import pytest


def _run(probe: str) -> str:
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_the_validation_skipped_is_presidios_own_check():
    # if Presidio renames its check, the skip stops working (slower, never wrong): this says so
    from presidio_analyzer.pattern import Pattern

    from redact.detect import presidio_import

    check = getattr(Pattern, f"_Pattern{presidio_import._VALIDATION}")
    code = check.__func__.__code__ if hasattr(check, "__func__") else check.__code__
    frame = type("Frame", (), {"f_code": code})()
    assert presidio_import._validating(frame)


@pytest.mark.parametrize("entry", ["redact.detect.engine", "redact.detect.recognizers", "redact.detect.ner_process"])
def test_no_validation_compile_runs_while_presidio_imports(entry):
    # every module that imports Presidio imports it through presidio_import first: counted in a new process
    probe = (
        "import sys, regex\n"
        "calls = {True: 0, False: 0}\n"
        "real = regex.compile\n"
        "def counting(pattern, flags=0, *a, **k):\n"
        "    if sys._getframe(1).f_code.co_name == '__validate_regex':\n"
        "        # who made the Pattern: one of Presidio's modules or one of ours\n"
        "        calls['presidio_analyzer' in sys._getframe(3).f_code.co_filename] += 1\n"
        "    return real(pattern, flags, *a, **k)\n"
        "regex.compile = counting\n"
        f"import {entry}\n"
        "print(calls[True], regex.compile is counting)\n")
    assert _run(probe) == "0 True"


def test_patterns_made_after_the_import_are_still_checked():
    import redact.detect.engine  # noqa: F401
    from presidio_analyzer import Pattern

    assert Pattern("ok", r"[0-9]{3}", 0.5).regex == r"[0-9]{3}"
    with pytest.raises(ValueError, match="Invalid regex"):
        Pattern("broken", r"(unclosed", 0.5)


def test_presidios_own_recognisers_find_the_same_as_after_a_plain_import():
    # a predefined recogniser whose patterns were not checked at import compiles them when it searches
    text = ("see https://example.org/a and www.example.com, mail jo@example.co.uk from 192.168.0.1 "
            "card 4111 1111 1111 1111 or IBAN GB82 WEST 1234 5698 7654 32")
    read = ("from presidio_analyzer.predefined_recognizers import (CreditCardRecognizer, EmailRecognizer, "
            "IbanRecognizer, IpRecognizer, UrlRecognizer)\n"
            "for recogniser in (UrlRecognizer(), EmailRecognizer(), IpRecognizer(), CreditCardRecognizer(), "
            "IbanRecognizer()):\n"
            f"    print(sorted((r.entity_type, r.start, r.end, r.score) for r in recogniser.analyze({text!r}, "
            "recogniser.supported_entities)))\n")
    plain = _run("import presidio_analyzer\n" + read)
    assert plain.count("[]") < 5
    assert _run("import redact.detect.engine\n" + read) == plain
