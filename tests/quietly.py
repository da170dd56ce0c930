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


@cache
def family_redactor(generator: ModuleType, family: int) -> Redactor:
    """One redactor per review of a generator whose families each have their own rules (``RULES[family]``)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Redactor(generator.RULES[family])


def family_outcome_of(generator: ModuleType, case: dict) -> str | None:
    """``outcome_of`` for a generator of families: ``case`` redacted with its family's rules."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return generator.outcome(case, family_redactor(generator, case["family"]).redact_text(case["sentence"]))


def print_counts(generator: ModuleType, outcome, is_open, label=lambda case: case["kind"], show=False) -> None:
    """A generator test run as a script: how many cases of each label go wrong, tuned seeds and held-back apart
    (open cases counted under their own label; ``show`` prints the tuned seeds' wrong cases, never the held-back)."""
    import sys

    for name, seeds in [("tuned", generator.TUNED), ("held-back", generator.HELD_BACK)]:
        counts: dict[str, list[int]] = {}
        for seed in seeds:
            for case in generator.make_cases(seed):
                wrong = outcome(case)
                tally = counts.setdefault(label(case) + (" (open)" if is_open(case) else ""), [0, 0])
                tally[1] += 1
                if wrong:
                    tally[0] += 1
                    if show and name == "tuned":
                        print(seed, case["kind"], wrong, file=sys.stderr)
        print(name, {kind: f"{bad}/{total}" for kind, (bad, total) in sorted(counts.items())}, file=sys.stderr)


def words_left(case: dict, output: str) -> bool:
    """Does any of the case's ``words`` survive in ``output``, whatever its marks or case?"""
    import re

    from redact.normalise import fold_key

    folded = fold_key(output)
    return any(re.search(rf"(?<!\w){re.escape(fold_key(word))}(?!\w)", folded) for word in case["words"])


def mapping_outcome(case: dict, output: str) -> str | None:
    """A mapping generator's verdict: "left" (one of ``words`` survives), "mapping" (the pseudonym to ``avoid`` is
    written, or the ``expect``ed one is missing or a "Person N" stands beside it), None."""
    import re

    if words_left(case, output):
        return "left"
    if case["avoid"] and re.search(rf"(?<!\w){case['avoid']}(?!\w)", output):
        return "mapping"
    if case["expect"] and (not re.search(rf"(?<!\w){case['expect']}(?!\w)", output, re.IGNORECASE)
                           or re.search(r"(?i)(?<!\w)person [0-9]", output)):
        return "mapping"
    return None


def secrets_outcome(case: dict, redactor: Redactor | None = None) -> tuple[str, str | None]:
    """Apply and verify a case of ``secrets``: (output, outcome). "silent" (a secret survives and verify passes the
    output), "left" (survives, verify fails it), "unseen" (apply removed it, verify passes the draft), "changed" (a
    control changed), None."""
    import re

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        output = (redactor or Redactor(case["rules"])).redact_text(case["sentence"])
        if case["kind"] == "control":
            return output, "changed" if output != case["sentence"] else None
        if any(re.search(rf"(?<![\w'’-]){re.escape(secret)}(?![\w-])", output, re.IGNORECASE)
               for secret in case["secrets"]):
            return output, "left" if not verify_bytes(output.encode("utf-8"), "txt", case["rules"]).ok else "silent"
        if verify_bytes(case["sentence"].encode("utf-8"), "txt", case["rules"]).ok:
            return output, "unseen"
    return output, None
