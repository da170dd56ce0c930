"""A national chain's name is no one's name; its branch is named by the place beside it, and that place goes.

Found by sentences a DHR writes about work and shopping: "worked at Wexham Tesco" became "Town A Person 1", "the
Asda in Wexham" "Person 2 in Town A", "shopped at Lidl" "Person 3", "employed by Boots" "[local business]". A
brand that is also a person's name or a place ("Greggs", "Morrisons", "Costa", "Halifax") is left out of the list
on purpose ("the Greggs" may be a family): the data test below keeps it out. The other way round is tested too: a
person named as a chain's word is still a person after a title, a listed name is replaced whatever the list says,
and the place of a branch is replaced.
"""
from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml

from community_names import PEOPLE_FROM_TOWNS
from conftest import quiet_redactor

CHAINS = yaml.safe_load(resources.files("redact.data").joinpath("not_identifying.yaml").read_text("utf-8"))["chains"]

# Sentences about work, shopping and going out, each with someone of the review around the chain
SENTENCES = [
    "{person} had worked at {chain} for three years.",
    "{chain} confirmed that {person} had been employed there since 2018.",
    "{person} met her partner while they were both working at {chain}.",
    "The manager at {chain} said {person} was often late.",
    "{person} bought a new phone from {chain} the week before.",
    "He was a delivery driver for {chain} when he met {person}.",
    "CCTV from {chain} showed {person} at 14:02.",
    "{person} had a loyalty card for {chain}.",
]
# Unlisted towns and districts in Great Britain a branch may be named by (each in the shipped gazetteer)
BRANCH_TOWNS = ["Hulme", "Smethwick", "Toxteth", "Dewsbury", "Tottenham", "Bootle", "Llanelli", "Paisley"]


def _redactor(people):
    return quiet_redactor({"people": people, "dates": {"date_of_death": "2023-06-14"}})


@pytest.fixture(scope="module")
def redacted_lines():
    """Every chain in a sentence of its own, with a person from another community in each, redacted together."""
    lines = []
    for index, chain in enumerate(CHAINS):
        person = PEOPLE_FROM_TOWNS[index % len(PEOPLE_FROM_TOWNS)][0]
        lines.append((chain, person, SENTENCES[index % len(SENTENCES)].format(chain=chain, person=person)))
    output = _redactor([{"name": "Adaeze Okafor", "pseudonym": "Ruth"}]).redact_text(
        "\n\n".join(line for _, _, line in lines))
    return [(chain, person, line, out) for (chain, person, line), out in zip(lines, output.split("\n\n"))]


def test_the_list_is_there():
    assert len(CHAINS) >= 100


@pytest.mark.parametrize("index", range(len(CHAINS)))
def test_a_chain_stays_and_the_person_beside_it_goes(redacted_lines, index):
    chain, person, line, out = redacted_lines[index]
    assert chain in out, (line, out)
    assert not any(re.search(rf"\b{re.escape(word)}\b", out) for word in person.split()), (line, out)


def test_no_one_word_chain_is_a_name_or_a_place():
    """The list's contract: a brand that is someone's name or a place, with its "'s" or plural "s" dropped, stays
    out of it (the sentence must judge it as a name, and "the Greggs" may be a family)."""
    from redact.data.tables import gb_town_names
    from redact.detect.kept_words import is_also_a_name
    from redact.detect.recognizers.known_names import name_key, name_lexicon
    from redact.detect.recognizers.places import world_town_names

    places = set(gb_town_names()) | set(world_town_names())
    lexicon = name_lexicon()
    wrong = []
    for chain in CHAINS:
        if " " in chain:
            continue
        base = re.sub(r"['’]s$", "", chain)
        forms = {chain, base, base[:-1] if base.endswith("s") else base}
        if any(name_key(f) in lexicon or is_also_a_name(f) or f in places for f in forms):
            wrong.append(chain)
    assert not wrong


@pytest.mark.parametrize("town", BRANCH_TOWNS)
@pytest.mark.parametrize("written", ["She worked at the {town} {chain} until 2020.",
                                     "She was seen at {chain} {town} on the Friday.",
                                     "She worked at {town} {chain} until 2020."])
def test_the_place_of_a_branch_goes_and_the_chain_stays(town, written):
    chain = ["Tesco", "Asda", "Lidl", "Primark", "Aldi", "Sainsbury's", "Superdrug", "Specsavers"][
        BRANCH_TOWNS.index(town)]
    text = written.format(town=town, chain=chain)
    out = _redactor([{"name": "Adaeze Okafor", "pseudonym": "Ruth"}]).redact_text(text)
    assert chain in out and town not in out, out


def test_a_listed_place_before_a_chain_takes_its_pseudonym():
    redactor = quiet_redactor({"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena"}],
                               "places": [{"name": "Wexham", "pseudonym": "Town A"}]})
    assert redactor.redact_text("She had worked at Wexham Tesco since 2019.") == \
        "She had worked at Town A Tesco since 2019."


@pytest.mark.parametrize("text, name", [
    ("The review spoke to Mr Boots, the landlord.", "Boots"),
    ("Her neighbour John Lewis called the police.", "Lewis"),
    ("The Greggs next door heard shouting.", "Greggs"),
])
def test_a_person_named_like_a_brand_is_still_a_person(text, name):
    out = _redactor([{"name": "Adaeze Okafor", "pseudonym": "Ruth"}]).redact_text(text)
    assert name not in out, out


@pytest.mark.parametrize("alias", ["Boots", "Tesco", "Argos"])
def test_a_listed_nickname_is_replaced_whatever_the_list_says(alias):
    redactor = _redactor([{"name": "Adaeze Okafor", "pseudonym": "Ruth", "aliases": [alias]}])
    out = redactor.redact_text(f"Her friends called her {alias}. {alias} had worked at the hospital.")
    assert alias not in out, out
