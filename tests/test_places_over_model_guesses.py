"""A word the document places someone in ("grew up in Hargeisa") is a place wherever the document names it, even
where the model guessed a person; and a three-word listed name is found by its last two words ("Thu Trang" of
"Đặng Thu Trang", the given name of a family name written first)."""
from __future__ import annotations

import re

import pytest

from redact import Redactor
from redact.rules import parse_rules

TOWNS = ["Hargeisa", "Mirpur", "Kumasi", "Enugu", "Sylhet", "Jaffna", "Kandahar", "Mogadishu"]
PEOPLE = [("Đặng Thu Trang", "Thu Trang"), ("Nguyễn Văn Minh", "Văn Minh"), ("Zhang Xiu Ying", "Xiu Ying"),
          ("Joanne Marie Hughes", "Marie Hughes")]


@pytest.fixture(scope="module")
def redactor():
    return Redactor(parse_rules({"version": 1, "review": "places", "people": [
        {"name": full, "pseudonym": pseudonym} for (full, _), pseudonym in zip(PEOPLE, ["Toby", "Nell", "Vera", "Ada"])],
        "dates": {"date_of_death": "2021-09-14"}}, "places"))


@pytest.mark.parametrize("town", TOWNS)
def test_a_town_someone_grew_up_in_is_a_place_everywhere(redactor, town):
    out = redactor.redact_text(f"Her friend said she grew up in {town}.\n{town} was a long way from the family.")
    assert town not in out and "Person" not in out, out
    assert len(set(re.findall(r"Place \d+", out))) == 1 and len(re.findall(r"Place \d+", out)) == 2, out


@pytest.mark.parametrize("full, given", PEOPLE)
def test_a_listed_name_by_its_last_two_words(redactor, full, given):
    out = redactor.redact_text(f"{full} met the health visitor. {given} said she was frightened.")
    assert given not in out and "Person" not in out, out
