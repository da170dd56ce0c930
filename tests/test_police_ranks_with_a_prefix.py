"""A detective's, a temporary or an acting rank written with its prefix ("D/Sgt", "T/DS", "A/Insp") goes whole with
the surname after it, as "DC Kovalenko" does: found by a probe of unseen drafts, "D/Sgt Kovalenko attended" read
"D/Olena attended" in every generated draft."""
from __future__ import annotations

import pytest

from conftest import quiet_redactor

RULES = {"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena"}], "dates": {"date_of_death": "2023-06-14"}}


@pytest.mark.parametrize("rank", ["D/Sgt", "D/Insp", "D/Supt", "D/Ch Insp", "T/DS", "T/DCI", "A/Insp", "A/PS",
                                  "T/Sgt"])
def test_a_prefixed_rank_goes_with_the_surname(rank):
    out = quiet_redactor(RULES).redact_text(f"{rank} Kovalenko attended the address.")
    assert out == "Olena attended the address.", out


def test_a_prefixed_rank_before_another_officer_stays():
    out = quiet_redactor(RULES).redact_text("D/Sgt Kovalenko and D/Sgt Brown attended.")
    assert out.startswith("Olena and D/Sgt ") and "Kovalenko" not in out, out
