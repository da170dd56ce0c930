"""Every name in a list of what a person was called: 'known as "G" or "Preet"', "called him 'Gurp' and 'Preet'".

Found by a probe sentence: 'The perpetrator, known as "G" or "Preet", had a caution' replaced "G" and left "Preet";
only the first name after "known as", "called him", "nicknamed" was read as one. Now the names that follow it in
quotes (after a comma, "or", "and" or "/") are names too, and without quotes those after "or" ("known as Mo or
Mohammed"); "and" without quotes may start another subject ("known as Mo and Police attended").
"""
from __future__ import annotations

import re

import pytest

from conftest import VICTIM_ONLY, quiet_redactor

# (the nicknames of one person, from many communities)
NICKNAMES = [("Gurp", "Preet"), ("Tash", "Tashie", "T"), ("Kwams", "Kobby"), ("Nnamdi", "Nam"), ("Shiv", "Vonnie"),
             ("Ola", "Olka"), ("Mo", "Moe", "Hamoudi"), ("Ling", "Lingling"), ("Thu", "Bé"), ("Deji", "Dayo"),
             ("Zeynep", "Zey"), ("Wojtek", "Wojtuś"), ("Hodan", "Hoddy"), ("Marcia", "Marsh")]
WRITTEN = ['The perpetrator, known as {list}, had a caution from 2017.', 'Her friends called her {list}.',
           'He was also known as {list} on the estate.', 'His nickname was {list}.']


def _quoted(names: tuple[str, ...], quote: tuple[str, str], last: str) -> str:
    quoted = [f"{quote[0]}{n}{quote[1]}" for n in names]
    return ", ".join(quoted[:-1]) + f" {last} " + quoted[-1]


@pytest.mark.parametrize("index", range(len(NICKNAMES)))
def test_every_name_of_a_quoted_list_goes(index):
    names = NICKNAMES[index]
    quote = [('"', '"'), ("‘", "’"), ("“", "”"), ("'", "'")][index % 4]
    text = WRITTEN[index % len(WRITTEN)].format(list=_quoted(names, quote, "or" if index % 2 else "and"))
    out = quiet_redactor(VICTIM_ONLY).redact_text(text)
    assert not any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", out) for n in names), (text, out)


@pytest.mark.parametrize("first, second", [("Mo", "Mohammed"), ("Shiv", "Siobhán"), ("Kobby", "Kwabena")])
def test_a_bare_name_after_or_goes(first, second):
    out = quiet_redactor(VICTIM_ONLY).redact_text(f"He was known as {first} or {second} at work.")
    assert first not in out and second not in out, out


@pytest.mark.parametrize("text", ["He was known as Mo and Police attended twice.",
                                  "She was known as Tash, and Children's Services knew her well."])
def test_what_follows_a_bare_name_after_and_stays(text):
    out = quiet_redactor(VICTIM_ONLY).redact_text(text)
    assert "Police" in out or "Children's Services" in out, out
