"""A faith or a people before the kind of a place of worship or a shop names no business: "the Sikh temple", "the
Polish shop", "the Turkish barbers".

Found by a probe: "The couple met at the Sikh temple in Slough" became "at the [local business] temple": the venue
recogniser took the word before "temple" for a business's name, and the words kept by policy (faiths, peoples,
platforms) took back only guesses about people and places. They take back a local business made only of such
words now; a venue with a name of its own is still replaced.
"""
from __future__ import annotations

import pytest

from conftest import VICTIM_ONLY, quiet_redactor

WORDS = ["Sikh", "Hindu", "Catholic", "Baptist", "Methodist", "Polish", "Turkish", "Somali", "Kurdish", "Jamaican",
         "Bangladeshi", "Eritrean", "Lithuanian", "Vietnamese", "Pentecostal", "Tamil"]
VENUES = ["temple", "church", "shop", "barbers", "restaurant", "bakery", "café", "supermarket", "chapel", "mosque"]
WRITTEN = ["The couple met at the {w} {v} in 2019.", "She went to the {w} {v} every week.",
           "Her friend from the {w} {v} gave a statement."]


@pytest.mark.parametrize("index", range(len(WORDS)))
def test_a_faith_or_people_before_a_venue_stays(index):
    text = WRITTEN[index % len(WRITTEN)].format(w=WORDS[index], v=VENUES[index % len(VENUES)])
    assert quiet_redactor(VICTIM_ONLY).redact_text(text) == text


@pytest.mark.parametrize("text, name", [("The couple met at the Guru Nanak Gurdwara in 2019.", "Nanak"),
                                        ("She went to Mario's Café every week.", "Mario"),
                                        ("She drank at the Red Lion pub most nights.", "Red Lion")])
def test_a_venue_with_a_name_of_its_own_goes(text, name):
    assert name not in quiet_redactor(VICTIM_ONLY).redact_text(text)
