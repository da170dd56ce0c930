"""A relative named by one word that is also an ordinary word ("Hope (5)", "her sister May", "Will | son") is a
person when no rule lists them: every use of the word as that name goes, in headings and table cells too, while
the ordinary word ("May 2021", "Will agencies ...?", "the panel will") stays."""
from __future__ import annotations

import re

import pytest

from redact import Redactor
from redact.rules import parse_rules

WORD_NAMES = ["Hope", "May", "Will", "Grace", "Joy", "Amber", "Ruby", "Faith", "Summer", "Precious", "Bill", "Mark"]
INTRODUCTIONS = ["Olive and Tom had 2 children: {name} (5), Ayaan (8).",
                 "Name\tRelationship\tPseudonym\n{name}\tdaughter\tChild A",
                 "The panel met Olive's sister, {name}, twice.",
                 "Her cousin {name} was told first."]
USES = ["{upper}'S VOICE", "{name} chose not to take part in the review.", "Family member\tContributed\n{name}\tDeclined",
        "The panel respected {name}'s decision."]
ORDINARY = "The referral was made in May 2021. Will agencies share more? The panel will meet. Readers may find it long."


@pytest.fixture(scope="module")
def redactor():
    return Redactor(parse_rules({"version": 1, "review": "relatives",
                                 "people": [{"name": "Olive Okonkwo-Baptiste", "pseudonym": "Zenobia"}],
                                 "dates": {"date_of_death": "2022-03-21"}}, "relatives"))


@pytest.mark.parametrize("introduction", INTRODUCTIONS)
@pytest.mark.parametrize("name", WORD_NAMES)
def test_every_use_of_a_relatives_word_name_goes(redactor, name, introduction):
    text = "\n".join([introduction.format(name=name), *(u.format(name=name, upper=name.upper()) for u in USES)])
    out = redactor.redact_text(text)
    assert not re.search(rf"\b{name}\b", out, re.IGNORECASE), out


@pytest.mark.parametrize("name", ["May", "Will"])
def test_the_ordinary_word_stays(redactor, name):
    text = INTRODUCTIONS[0].format(name=name) + "\n" + ORDINARY
    out = redactor.redact_text(text)
    assert out.endswith(ORDINARY), out


@pytest.mark.parametrize("name", ["May", "June", "Will", "Hope"])
def test_a_listed_relative_named_by_a_word_leaves_the_word_alone(name):
    # the family table names the listed sister; the month or the word elsewhere is no mention of her
    redactor = Redactor(parse_rules({"version": 1, "review": "listed relative", "people": [
        {"name": "Lorna Price", "pseudonym": "Zenobia"}, {"name": name, "pseudonym": "Nell"}],
        "dates": {"date_of_death": "2022-03-21"}}, "listed relative"))
    text = (f"Name\tRelationship\tPseudonym\n{name}\tsister\tNell\n"
            f"The housing application was refused in May 2021. The June 2022 referral was rated Amber. "
            f"Will agencies share more? There was hope for change.")
    out = redactor.redact_text(text)
    assert out.startswith("Name\tRelationship\tPseudonym\nNell\tsister\tNell\n"), out
    assert out.endswith(text.split("\n", 2)[2]), out
