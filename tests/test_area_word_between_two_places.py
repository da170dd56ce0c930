"""A place, an area word and "of" another place ("Beyoğlu district of Istanbul") is one location, not a crash.

Found by running the held-back TAB judgments (2026-12-03): "in Gaziosmanpaşa district of İstanbul" stopped the run
with "overlapping edits". The model read "Gaziosmanpaşa" as a place and the administrative-area reader read
"district of İstanbul". The last step then joined the first with its area word, "district", which the second
already held, so two edits covered one word. Any rules gave the same crash.
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor

RULES = {"people": [{"name": "Joanne Pryor", "pseudonym": "Mary"}], "dates": {"date_of_death": "2022-11-03"}}
# (a district or county, the city or country it lies in), from several countries
PLACES = [("Beyoğlu", "Istanbul"), ("Gaziosmanpaşa", "İstanbul"), ("Kadıköy", "Istanbul"), ("Mirpur", "Azad Kashmir"),
          ("Sylhet", "Bangladesh"), ("Jhelum", "Punjab"), ("Hargeisa", "Somaliland"), ("Kumasi", "Ghana"),
          ("Gujranwala", "Punjab"), ("Praga", "Warsaw"), ("Sector 3", "Bucharest"), ("Anand", "Gujarat")]
AREA_WORDS = ["district", "province", "region", "county", "municipality"]
SENTENCES = ["The applicant was born in {x} {a} of {y} in 1980.",
             "She lived in the {x} {a} of {y} until 2015.",
             "His family still lives in {x} {a} of {y}.",
             "A bomb exploded near the barracks in {x} {a} of {y}."]


def _cases(seed: int, count: int):
    rng = random.Random(seed)
    return [(*rng.choice(PLACES), rng.choice(AREA_WORDS), rng.choice(SENTENCES)) for _ in range(count)]


@pytest.mark.parametrize("place, larger, area, sentence", _cases(44, 24))
def test_one_location_and_no_crash(place, larger, area, sentence):
    text = sentence.format(x=place, a=area, y=larger)
    out = quiet_redactor(RULES).redact_text(text)    # raised "overlapping edits" before
    for name in (place, larger):
        for word in name.split():
            if word[:1].isupper():
                assert not re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", out), out


@pytest.mark.parametrize("town", ["Sylhet", "Kandahar", "Lahore", "Kumasi", "Hargeysa", "Gdansk", "Enugu", "Rawalpindi"])
@pytest.mark.parametrize("area", ["region", "district", "province"])
def test_a_town_abroad_before_an_area_word_is_a_place(town, area):
    # "the Sylhet region" was left: a town abroad counted only after "in", "from" or a word of origin. (Towns the
    # shipped gazetteer does not hold, "Mirpur" or "Hargeisa" spelt so, are the model's to find.)
    out = quiet_redactor(RULES).redact_text(f"Her parents came from the {town} {area} in the 1970s.")
    assert town not in out, out


@pytest.mark.parametrize("town", ["Lahore", "Leeds", "Cardiff"])
def test_a_district_nurse_stays_a_role(town):
    out = quiet_redactor(RULES).redact_text(f"The {town} district nurse visited her twice.")
    assert town not in out and "district nurse visited" in out, out
