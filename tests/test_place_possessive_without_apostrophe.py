"""A listed place whose name holds a possessive, typed without its apostrophe ("Bishops Stortford").

Found by a probe (2026-12-03): with Bishop's Stortford listed as "Area B", "She worked in Bishops Stortford" became
"She worked in Place 1 Area B": "Stortford" was read as a word of the listed place and "Bishops" as a place of its
own. People's possessives had this reading already (``apostrophe_left_out``); places' names now have it too.
"""
from __future__ import annotations

import re

import pytest

from conftest import quiet_redactor

PLACES = ["Bishop's Stortford", "King's Lynn", "Bishop's Castle", "St Mary's Hospital", "Land's End",
          "St John's Wood", "Queen's Park", "Lady's Walk Surgery"]
SENTENCES = ["She worked in {p} until 2019.", "Police attended {p} on 3 May.", "The {p} team had no record."]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_place_without_its_apostrophe_is_the_listed_place(place, sentence):
    rules = {"places": [{"name": place, "pseudonym": "Area B"}], "dates": {"date_of_death": "2023-06-14"}}
    typed = re.sub(r"['’]s\b", "s", place)
    out = quiet_redactor(rules).redact_text(sentence.format(p=typed))
    assert out == sentence.format(p="Area B"), out
