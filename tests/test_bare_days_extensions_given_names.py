"""Red team "leaks50": the date of death by its day's ordinal alone without "the", a phone number's extension, a
given name that is also a word before a replaced surname (``bare_days_extensions_given_names_gen``), through
``Redactor.redact_text`` with the generator's rules; each class with its controls. Tuned and held-back seeds are
counted apart (``python tests/test_bare_days_extensions_given_names.py [--show]``: only tuned failures print).
"""
from __future__ import annotations

import sys

import pytest

import bare_days_extensions_given_names_gen as gen
from quietly import outcome_of, print_counts

# controls found and still open (docs/quality.md): none ("Police Okonkwo were called." -> "Person 2 were called.", open
# in leaks50, is the service's word of words51: "Police Person 2 were called.")
OPEN_CONTROLS: tuple[str, ...] = ()
# given names none of the project's name lists holds ("Gift", "Favour", "Bunny") are taken before a listed surname
# too since given51 (tests/test_given_names_before_listed_surnames.py)
OPEN_GIVEN: tuple[str, ...] = ()


def _open(case: dict) -> bool:
    return case.get("frame") in OPEN_CONTROLS or case["kind"] == "given" and case["listed_surname"] \
        and case["secrets"][0] in OPEN_GIVEN


def _outcome(case: dict) -> str | None:
    return outcome_of(gen, case)


@pytest.mark.parametrize("seed", [*gen.TUNED, *gen.HELD_BACK])
def test_no_secret_survives_and_no_control_is_lost(seed):
    wrong = [w for case in gen.make_cases(seed) if not _open(case) and (w := _outcome(case))]
    assert not wrong, wrong


if __name__ == "__main__":
    print_counts(gen, _outcome, _open, show="--show" in sys.argv)
