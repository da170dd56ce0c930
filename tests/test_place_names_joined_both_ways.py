"""A town whose name a small word joins is one place whether its words are joined by hyphens or by spaces.

Found by a probe (2026-12-03): the gazetteer holds "Stoke-on-Trent" and "Burton upon Trent", one way each, and an
author writes either. "Stoke on Trent" gave "Place 5 on Trent", "Weston super Mare" gave "Place 14 super Mare" and
"Burton-upon-Trent" gave "Person 2-upon-Trent": the river or the sea left beside the pseudonym names the town.
The names are drawn from the shipped gazetteer itself, so every such town is covered, not a list of examples.
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor
from redact.data.tables import gb_town_names
from redact.detect.recognizers.places import NOT_PLACES

RULES = {"people": [{"name": "Teresa Okoro", "pseudonym": "Mary"}], "dates": {"date_of_death": "2023-06-14"}}
SENTENCES = ["She moved to {t} in 2019 with her two children.",
             "He had lived in {t} before the relationship began.",
             "Officers from {t} attended the address.",
             "Her mother still lives near {t}, where she grew up.",
             "They met at a party in {t} in the summer of 2016."]


def _joined_by_a_small_word() -> list[str]:
    """The gazetteer's names with a small word between two capitalised ones ("Stoke-on-Trent",
    "Kirkby in Ashfield"), less the ones that are also something else ("Isle of Man")."""
    return sorted(name for name in gb_town_names() if name not in NOT_PLACES
                  and re.search(r"[A-Z][\w'’]*[ -](?:[a-z]+[ -])+[A-Z]", name))


def _written_the_other_way(name: str) -> str:
    if "-" in name:
        return name.replace("-", " ")
    return re.sub(r" (?=[a-z])|(?<=\b[a-z]) |(?<=\b[a-z]{2}) |(?<=\b[a-z]{3}) |(?<=\b[a-z]{4}) |(?<=\b[a-z]{5}) ",
                  "-", name)


def _cases(seed: int, count: int):
    rng = random.Random(seed)
    names = rng.sample(_joined_by_a_small_word(), count)
    return [(name, _written_the_other_way(name), rng.choice(SENTENCES)) for name in names]


def test_the_gazetteer_holds_such_names_both_ways():
    names = _joined_by_a_small_word()
    assert len(names) > 60, names    # both spellings are among them: the test below draws from each
    assert any("-" in name for name in names) and any(" " in name and "-" not in name for name in names)


@pytest.mark.parametrize("name, written, sentence", _cases(37, 40))
def test_a_town_written_the_other_way_is_one_place(name, written, sentence):
    assert written != name
    out = quiet_redactor(RULES).redact_text(sentence.format(t=written))
    # no word of the town's own is left: not "Place 1 on Trent", not "Person 1-upon-Trent"
    own_words = [word for word in re.split(r"[ -]", written) if word[:1].isupper()]
    assert not [word for word in own_words if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", out)], out
    assert re.search(r"\bPlace \d+\b", out), out


@pytest.mark.parametrize("name, written, sentence", _cases(38, 12))
def test_the_way_the_gazetteer_writes_it_still_works(name, written, sentence):
    out = quiet_redactor(RULES).redact_text(sentence.format(t=name))
    own_words = [word for word in re.split(r"[ -]", name) if word[:1].isupper()]
    assert not [word for word in own_words if re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", out)], out


@pytest.mark.parametrize("town, rest", [("Stoke", "on Monday"), ("Burton", "upon arrival"),
                                        ("Kirkby", "in August"), ("Weston", "by taxi")])
def test_a_small_word_after_a_town_stays_prose(town, rest):
    # only a gazetteer name is joined: "Stoke on Monday" is a town and a day, not a longer town
    out = quiet_redactor(RULES).redact_text(f"She went to {town} {rest} to see her sister.")
    assert town not in out and f" 1 {rest} to see her sister." in out, out
