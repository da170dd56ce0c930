"""The place an organisation named after it reveals ("Eastshire Police") is that place wherever the draft names it.

Found on a panel list: "Detective Inspector, Eastshire Police" became "Place 1 Police" while the next line's
"Head of Safeguarding, Eastshire ICB" kept "Eastshire" (no recogniser of organisations knows "ICB", and the model
did not take the word for a place there), which tells a reader the area the review hides.
"""
from __future__ import annotations

import re

import pytest

from conftest import quiet_redactor


AREAS = ["Eastshire", "Wealdmoor", "Caldervale", "Harrowdale", "Thornbury Vale", "Llanfair Mawr", "Kinross Glen",
         "Sedgemere"]
FIRST = ["Detective Inspector, {a} Police", "{a} County Council Adult Social Care", "{a} Borough Council housing"]
SECOND = ["Head of Safeguarding, {a} ICB", "Manager, {a} Mind", "{a} Carers Centre offered support.",
          "The {a} panel met six times.", "Chair of the {a} DHR panel"]


@pytest.fixture(scope="module")
def rules():
    return {"people": [{"name": "Elena Munteanu", "pseudonym": "Lena"}], "dates": {"date_of_death": "2023-06-14"}}


@pytest.mark.parametrize("index", range(len(AREAS)))
def test_the_area_an_organisation_reveals_goes_everywhere(rules, index):
    area = AREAS[index]
    text = "\n".join([FIRST[index % len(FIRST)].format(a=area), SECOND[index % len(SECOND)].format(a=area),
                      SECOND[(index + 2) % len(SECOND)].format(a=area)])
    out = quiet_redactor(rules).redact_text(text)
    assert area not in out, out
    assert out.count("\n") == 2


def test_an_ordinary_word_an_organisation_holds_is_not_looked_for_everywhere(rules):
    out = quiet_redactor(rules).redact_text("Hope Hospital staff said Hope was lost. Hope is what kept her going.")
    assert out.endswith("said Hope was lost. Hope is what kept her going."), out
    assert not re.search(r"Place \d+ was lost", out)
