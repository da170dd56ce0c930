"""Redact and verify a text with rules built in a test, without the rules' warnings.

Generated rules often trip a RulesWarning on purpose (a kept entry holding a listed place, a short alias); the
tests that check the warning catch it themselves, the others read only what the text becomes.
"""
from __future__ import annotations

import warnings
from functools import cache
from types import ModuleType

from redact.api import verify_bytes
from redact.pipeline import Redactor


def redact_text(text: str, rules: dict) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Redactor(rules).redact_text(text)


def verify_text(text: str, rules: dict):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return verify_bytes(text.encode("utf-8"), "txt", rules)


@cache
def generators_redactor(generator: ModuleType) -> Redactor:
    """One redactor per sentence generator, built from its ``RULES`` (a generator's thousands of sentences share
    one review's rules)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Redactor(generator.RULES)


def outcome_of(generator: ModuleType, case: dict) -> str | None:
    """What the generator's ``outcome`` says of ``case`` redacted with its rules (None: nothing wrong)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return generator.outcome(case, generators_redactor(generator).redact_text(case["sentence"]))
