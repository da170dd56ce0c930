"""A place in the possessive is still the place, keeps its "'s" after the placeholder, and `redact init` proposes the
place, not "X's".

Found on a generated draft: the model took "Thị Hương's" (in "Share learning from Thị Hương's case") for a place
with the possessive inside, so `apply` wrote "from Place 1 case" and `init` proposed a place named "Thị Hương's".
Writing this test found worse: "moved to Thornworth in 2019; Thornworth's housing office helped" left the second
"Thornworth" (the model called it an organisation, and a place found from its sentence was not looked for again).
"""
from __future__ import annotations

import re

import pytest
import yaml

from conftest import quiet_redactor


TOWNS = ["Sedgemere", "Thornworth", "Caldmere", "Rochdale", "Wolverhampton", "Kilmarnock", "Aberystwyth",
         "Mirpur", "Lagos", "Gdańsk", "Hargeisa", "Sylhet"]
SENTENCES = ["She had lived in {town} for years and knew {town}{apostrophe}s streets well.",
             "The family moved to {town} in 2019; {town}{apostrophe}s housing office helped them.",
             "He grew up in {town}. {town}{apostrophe}s schools were full."]


@pytest.fixture(scope="module")
def rules():
    return {"people": [{"name": "Adaeze Okafor", "pseudonym": "Ruth"}], "dates": {"date_of_death": "2023-06-14"}}


@pytest.mark.parametrize("apostrophe", ["'", "’"])
@pytest.mark.parametrize("index", range(len(TOWNS)))
def test_a_place_in_the_possessive_keeps_its_apostrophe_s(rules, index, apostrophe):
    town = TOWNS[index]
    text = SENTENCES[index % len(SENTENCES)].format(town=town, apostrophe=apostrophe)
    out = quiet_redactor(rules).redact_text(text)
    assert town not in out
    # whatever the place became, the possessive is still there after it
    assert out.count(f"{apostrophe}s ") == text.count(f"{apostrophe}s "), out
    assert not re.search(r"(Place \d+|Area [A-Z]|Person \d+) (streets|housing|schools)", out), out


def test_init_proposes_no_place_with_its_possessive(tmp_path):
    from redact.propose import propose_rules

    lines = [f"Share learning from {town}{apostrophe}s case. The family had lived in {town} since 2015."
             for town in TOWNS for apostrophe in ("'", "’")]
    draft = tmp_path / "draft.txt"
    draft.write_text("This review examines the death of Adaeze Okafor on 14 June 2023.\n" + "\n".join(lines) + "\n",
                     encoding="utf-8")
    proposed = yaml.safe_load(propose_rules(draft))
    names = [entry["name"] for key in ("places", "people") for entry in proposed.get(key) or []]
    assert names
    assert not [name for name in names if re.search(r"['’]s$", name)], names
