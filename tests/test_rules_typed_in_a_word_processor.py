"""A rules file as an author types it: in Word or an e-mail (typographic quotes), or from a template (keys left
blank or filled with "none", each entry a "name: pseudonym" pair in a list).

Found by the red-team of rules files written as DHR chairs write them (``benchmarks/author_rules_redteam.py``).
YAML knows only straight quotes: a name typed “Joanne Whitfield” was listed with its marks, so "Whitfield" alone
was no listed form, an alias “Gosia” matched no "Gosia", and `verify`, which looks for the listed values, passed
an output that still held them; the pseudonym was written “Ruth” with its marks, and a date “2021-03-14” was refused
as no date. A value wholly inside one pair of typographic quotes (English “ ” ‘ ’, Polish, Romanian, Lithuanian and
German „ ” „ “, French « ») is now the value inside. A template's blank keys ("aliases:", "places:") were refused
as no list, and "aliases: none" listed the word "none" ("None of the agencies" read "Ruth of the agencies").

Cases are generated from every naming tradition of ``benchmarks/drafts/names.py``, with a tuned seed and a
held-back seed reported apart.
"""
from __future__ import annotations

import random

import pytest

from benchmarks.drafts.names import PSEUDONYMS_FEMALE, PSEUDONYMS_MALE, TRADITIONS, drawn_at_random
from quietly import redact_text, verify_text
from redact.errors import RulesError
from redact.rules import parse_rules, read_rules_yaml

TUNED_SEED, HELD_BACK_SEED = 20261205, 20261206
QUOTES = [("“", "”"), ("„", "”"), ("‘", "’"), ("«", "»"), ("„", "“")]
SHAPES = ["name", "name-with-note", "aliases-list", "aliases-one-line", "nickname-in-name", "mapping", "date",
          "nickname-in-quoted-name"]
NICKNAMES = ["Gosia", "Shaz", "Kiki", "Zaza", "Lulu", "Momo", "Titi", "Jojo"]
DEATHS = [("2021-03-14", "14 March 2021", "14/03/2021"), ("2022-11-27", "27th November 2022", "27.11.22"),
          ("2020-08-19", "August 19, 2020", "19 Aug 2020")]


def _rules_and_draft(rng: random.Random, index: int) -> tuple[str, str, str]:
    """(rules.yaml as typed in Word, a draft sentence, the sentence as it must come out)."""
    drawn = drawn_at_random(rng, index)
    opening, closing = rng.choice(QUOTES)
    q = lambda text: f"{opening}{text}{closing}"   # noqa: E731
    shape = SHAPES[index % len(SHAPES)]
    pseudonym = rng.choice(PSEUDONYMS_FEMALE if drawn.female else PSEUDONYMS_MALE)
    nickname = rng.choice(NICKNAMES)
    iso, written, in_draft = rng.choice(DEATHS)
    full = f"{drawn.surname} {drawn.given}" if drawn.tradition.family_first else f"{drawn.given} {drawn.surname}"
    name, aliases, death, said = q(full), "", iso, drawn.surname
    if shape == "name-with-note":
        name = f"{q(full)} {rng.choice(['(victim)', '- deceased', '(aged 34)'])}"
    elif shape == "aliases-list":
        name, aliases, said = full, f"\n    aliases: [{q(nickname)}]", nickname
    elif shape == "aliases-one-line":
        name, aliases, said = full, f"\n    aliases: {q(nickname)}, {q('Big ' + nickname)}", nickname
    elif shape == "nickname-in-name":
        name, said = f"{drawn.given} {q(nickname)} {drawn.surname}", nickname
    elif shape == "date":
        name, death = full, q(written)
    elif shape == "nickname-in-quoted-name":   # the whole name in quotes, with a title and a quoted nickname inside
        title = rng.choice(["Dr", "Mrs", "Ms", "Mr"])
        name = q(f"{title} {drawn.given} {q(nickname)} {drawn.surname}")
    people = f"people:\n  {q(full)}: {q(pseudonym)}" if shape == "mapping" else \
        f"people:\n  - name: {name}\n    pseudonym: {q(pseudonym)}{aliases}"
    rules = f"version: 1\nreview: {q('Castlewick DHR 2022')}\n{people}\ndates:\n  date_of_death: {death}\n"
    draft = f"On {in_draft} {said} was seen by the GP."
    return rules, draft, f"On [date removed] {pseudonym} was seen by the GP."


def _cases(seed: int, count: int) -> list:
    rng = random.Random(seed)
    return [pytest.param(*_rules_and_draft(rng, i), id=f"{i}-{SHAPES[i % len(SHAPES)]}") for i in range(count)]


def _check(rules_yaml: str, draft: str, expected: str) -> None:
    rules = parse_rules(read_rules_yaml(rules_yaml, "rules.yaml"), "rules.yaml")
    assert not verify_text(draft, rules).ok, "verify must see the listed value in the draft"
    out = redact_text(draft, rules)
    assert out == expected
    assert verify_text(out, rules).ok


@pytest.mark.parametrize("rules_yaml, draft, expected", _cases(TUNED_SEED, 2 * len(TRADITIONS)))
def test_values_typed_with_typographic_quotes(rules_yaml, draft, expected):
    _check(rules_yaml, draft, expected)


@pytest.mark.parametrize("rules_yaml, draft, expected", _cases(HELD_BACK_SEED, len(TRADITIONS)))
def test_held_back(rules_yaml, draft, expected):
    _check(rules_yaml, draft, expected)


@pytest.mark.parametrize("written, value", [
    ("‘Siobhán O’Sullivan’", "Siobhán O’Sullivan"),          # an apostrophe inside is the name's
    ("“Oksana ‘Ksusha’ Kovalenko”", "Oksana Kovalenko"),      # a nickname inside stays a nickname
    ("„Małgorzata Wiśniewska” (née „Kowalska”)", "Małgorzata Wiśniewska"),
    ("‘Dr Mohamed ‘Moxa’ Ali Farah’", "Dr Mohamed Ali Farah"),  # and the marks around all of it go too
    ("“Oksana “Ksusha” Kovalenko” - victim", "Oksana Kovalenko"),
])
def test_quotes_inside_a_quoted_name(written, value):
    rules = parse_rules(read_rules_yaml(f"people:\n  - name: {written}\n    pseudonym: Ruth\n", "r"), "r")
    assert rules.people[0].name == value


def test_a_kept_name_typed_with_quotes_and_a_note_is_kept():
    yaml_text = ("people:\n  - name: Joanne Whitfield\n    pseudonym: Ruth\ndates:\n  date_of_death: 2021-03-14\n"
                 "keep:\n  - “Bridget Nolan” (Independent Chair)\n")
    rules = parse_rules(read_rules_yaml(yaml_text, "r"), "r")
    assert redact_text("The review was chaired by Bridget Nolan.", rules) == "The review was chaired by Bridget Nolan."


# --- a template's keys left blank ---

BASE = "version: 1\npeople:\n  - name: Joanne Whitfield\n    pseudonym: Ruth{aliases}\n{more}dates:\n" \
       "  date_of_death: 2021-03-14\n{dob}"


@pytest.mark.parametrize("aliases", ["\n    aliases:", "\n    aliases: none", "\n    aliases: None", "\n    aliases: N/A",
                                     "\n    aliases: []", "\n    aliases:\n      -", "\n    aliases: [None known]",
                                     "\n    aliases: ''", "\n    aliases: '-'"])
def test_aliases_left_blank_or_none(aliases):
    rules = parse_rules(read_rules_yaml(BASE.format(aliases=aliases, more="", dob=""), "r"), "r")
    assert rules.people[0].aliases == []
    text = "None of the agencies shared information. Joanne had none. N/A"
    assert redact_text(text, rules) == "None of the agencies shared information. Ruth had none. N/A"


@pytest.mark.parametrize("more", ["places:\n", "keep:\n", "allow:\n", "keep:\n  - Home Office\n  -\n",
                                  "places:\n  - name: Castlewick\n    pseudonym: Area A\n    aliases:\n"])
def test_other_keys_left_blank(more):
    rules = parse_rules(read_rules_yaml(BASE.format(aliases="", more=more, dob=""), "r"), "r")
    assert redact_text("Joanne Whitfield lived in Castlewick.", rules).startswith("Ruth lived in ")


@pytest.mark.parametrize("dob", ["  date_of_birth:\n", "  date_of_birth: ''\n", "  date_of_birth: unknown\n",
                                 "  date_of_birth: n/k\n", "  date_of_birth: Not known\n"])
def test_date_of_birth_not_known(dob):
    rules = parse_rules(read_rules_yaml(BASE.format(aliases="", more="", dob=dob), "r"), "r")
    assert rules.dates.date_of_birth is None and rules.dates.date_of_death.isoformat() == "2021-03-14"


def test_people_and_places_as_a_list_of_pairs():
    yaml_text = ("people:\n  - Joanne Whitfield: Ruth\n  - “Craig Pemberton”: “Ralph”\n"
                 "  - Tegan Whitfield: {role: child}\nplaces:\n  - Castlewick: Area A\n"
                 "  - Castlewick Borough Council: Area A Council\ndates:\n  date_of_death: 2021-03-14\n")
    rules = parse_rules(read_rules_yaml(yaml_text, "r"), "r")
    assert [(p.name, p.pseudonym) for p in rules.people] == [("Joanne Whitfield", "Ruth"),
                                                             ("Craig Pemberton", "Ralph"), ("Tegan Whitfield", "Child 1")]
    assert [(p.name, p.pseudonym) for p in rules.places] == [("Castlewick", "Area A"),
                                                             ("Castlewick Borough Council", "Area A Council")]
    out = redact_text("Pemberton hit Whitfield in Castlewick.", rules)
    assert out == "Ralph hit Ruth in Area A."


@pytest.mark.parametrize("entry", ["- pseudonyms: Ruth", "- Pseudonym: Ruth", "- Aliases: Jo", "- Name: Joanne",
                                   "- name: Joanne Whitfield\n    pseudonyms: Ruth"])
def test_a_misspelt_key_is_still_refused(entry):
    with pytest.raises(RulesError, match="unknown key"):
        parse_rules(read_rules_yaml(f"people:\n  {entry}\n", "r"), "r")
