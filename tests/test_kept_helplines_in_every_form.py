"""A helpline the rules keep stays in every form it is written in: "+44 808 2000 247" is the kept "0808 2000 247".
Found by a red-team: the kept number was compared as digits, so its international form was replaced."""
from __future__ import annotations

import itertools

import pytest

from conftest import quiet_redactor

KEPT = ["0808 2000 247", "116 123", "0800 555 111"]
OTHER = ["0808 2000 248", "0800 555 112"]


def _forms(national: str) -> list[str]:
    rest = national[1:] if national.startswith("0") else national
    return [national, national.replace(" ", ""), national.replace(" ", "-"), f"+44 {rest}", f"+44{rest.replace(' ', '')}",
            f"0044 {rest}", f"+44 (0){rest}" if national.startswith("0") else f"+44 {rest}"]


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor({"people": [{"name": "Grace Adjoa Mensah", "pseudonym": "Efua"}],
                           "dates": {"date_of_death": "2022-08-09"}, "keep": KEPT})


def test_a_kept_helpline_stays_in_every_form(redactor):
    texts = [f"Call the helpline on {form} for support." for number in KEPT for form in _forms(number)]
    changed = [t for t in texts if redactor.redact_text(t) != t]
    assert not changed, f"{len(changed)} of {len(texts)}: {changed}"


@pytest.mark.parametrize("number,form", [(n, f) for n in OTHER for f in _forms(n)[3:]])
def test_another_number_in_the_same_range_goes(redactor, number, form):
    assert "[phone]" in redactor.redact_text(f"Her mobile was {form}.")
