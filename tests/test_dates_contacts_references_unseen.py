"""Red team over dates of death and birth, addresses, contacts and references (brief "redteam49", 2026-12-06): the
sentences of ``dates_contacts_references_gen`` through ``Redactor.redact_text`` with a review's rules (date of death 9 July 2023,
of birth 14 March 1991). A case's secrets may not survive in any form; a control's dates, years, amounts, section
numbers, times and ages must stay. Tuned and held-back seeds are counted apart
(``python tests/test_dates_contacts_references_unseen.py [--show]``: only the tuned seeds' failures are printed).
"""
from __future__ import annotations

import pytest

import dates_contacts_references_gen as gen
from quietly import outcome_of

# classes found and still open (docs/quality.md, the "redteam49" row): none of the generated ones
OPEN: set[str] = set()


def _outcome(case: dict) -> str | None:
    return outcome_of(gen, case)


@pytest.mark.parametrize("seed", [*gen.TUNED, *gen.HELD_BACK])
def test_no_secret_survives_and_no_control_is_lost(seed):
    case = gen.make_case(seed)
    if case["kind"] in OPEN:
        pytest.skip(f"open class: {case['kind']}")
    wrong = _outcome(case)
    assert wrong is None, wrong


if __name__ == "__main__":
    from seed_tally import print_tallies

    print_tallies(gen.make_case, _outcome, [("tuned", gen.TUNED), ("held-back", gen.HELD_BACK)])
