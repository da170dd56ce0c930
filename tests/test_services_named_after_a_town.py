"""A local service named after its town ("Dunholt Women’s Refuge", "Marlbeck Children's Centre", "Sedgemere Food
Bank") is an organisation whose name reveals a place: the town goes, the kind of service stays, and no word of it
becomes a person. Once "Dunholt Women’s Refuge" became "Person 2’s Refuge": "Women" was read as a name, as the
irregular plurals ("Women", "Men", "Children", "People") are ordinary words, never names."""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

TOWNS = ["Dunholt", "Marlbeck", "Sedgemere", "Hartsford", "Thornworth", "Ashcombe", "Kirkbrae", "Wexham",
         "Pontyberem", "Ballykeel"]
SERVICES = ["Women’s Refuge", "Women's Refuge", "Children's Centre", "Children’s Centre", "Family Centre",
            "Men's Shed", "Food Bank", "Foodbank", "Women's Aid", "Advice Centre", "Day Centre", "Drop-in",
            "Community Hub", "Women's Centre", "People's Project", "Men's Project"]
SENTENCES = ["She stayed at {s} for three weeks.", "{s} offered her a place on 3 May 2022.",
             "A worker from {s} rang the police.", "Staff at {s} noticed bruising.",
             "Her children attended {s} until the summer."]


def _cases(seed: int, count: int):
    rng = random.Random(seed)
    return [(rng.choice(TOWNS), rng.choice(SERVICES), rng.choice(SENTENCES), rng.random() < 0.5)
            for _ in range(count)]


@pytest.mark.parametrize("town, service, sentence, listed", _cases(40, 40))
def test_a_service_named_after_its_town(town, service, sentence, listed):
    rules = {"people": [{"name": "Agnieszka Nowak", "pseudonym": "Zofia"}], "dates": {"date_of_death": "2023-06-14"}}
    if listed:
        rules["places"] = [{"name": town, "pseudonym": "Town B"}]
    text = sentence.format(s=f"{town} {service}")
    out = quiet_redactor(rules).redact_text(text)
    assert town not in out, out
    assert not re.search(r"\bPerson [0-9]+", out), out
    kind = service.split()[-1] if not service.startswith("Drop") else "Drop-in"
    assert kind in out, out
    if listed:
        assert "Town B" in out, out
        assert verify_bytes(out.encode(), "txt", rules).ok, out


@pytest.mark.parametrize("word", ["Women", "Men", "Children", "People"])
def test_an_irregular_plural_is_no_name(word):
    rules = {"people": [{"name": "Agnieszka Nowak", "pseudonym": "Zofia"}], "dates": {"date_of_death": "2023-06-14"}}
    out = quiet_redactor(rules).redact_text(f"{word} like Agnieszka often said nothing. She met {word} First staff.")
    assert not re.search(r"\bPerson [0-9]+", out), out
