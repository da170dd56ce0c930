"""A Scottish or Irish surname's "Mac" written "Mc", or the other way: "Mrs McLeod" of a listed Morag MacLeod,
"Ciarán MacNamara" of a listed Ciarán McNamara. Agencies' records spell the prefix as their clerk does, and a
draft copies each record's spelling; before, only the rules' spelling was a form: verify said clean over the other
one and apply replaced it only where the model saw a person (as a new "Person 1", not the pseudonym).
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor
from redact.rules import parse_rules
from redact.verify.finder import LeakFinder

SURNAMES = ["MacLeod", "McAllister", "MacDonald", "McNamara", "MacKenzie", "McGregor", "MacIntyre", "McKenna",
            "MacAulay", "McLaughlin", "MacPherson", "McCann", "MacGregor", "McBride", "MacNeil", "McKinnon"]
GIVEN = ["Morag", "Eilidh", "Callum", "Ciarán", "Siobhán", "Ruaridh", "Fiona", "Niall", "Kirsty", "Hamish"]
TEMPLATES = ["Mrs {s} told the police that she was afraid.", "{g} {s} was seen by the GP on two occasions.",
             "The housing officer wrote to Mr {s} about the arrears.", "{s}'s car was parked outside the house.",
             "A statement from {G} {S} was read to the panel."]


def _swap(surname: str) -> str:
    return "Mc" + surname[3:] if surname.startswith("Mac") else "Mac" + surname[2:]


def _cases(seed: int, count: int):
    rng = random.Random(seed)
    out = []
    for i in range(count):
        surname = SURNAMES[i % len(SURNAMES)]
        given = rng.choice(GIVEN)
        other = _swap(surname)
        sentence = rng.choice(TEMPLATES).format(g=given, s=other, G=given.upper(), S=other.upper())
        out.append(pytest.param(f"{given} {surname}", other, sentence, id=f"{surname}-{other}-{i}"))
    return out


@pytest.mark.parametrize("name,other,sentence", _cases(7301, 32))
def test_the_other_spelling_of_mac_is_the_listed_person(name, other, sentence):
    rules = {"people": [{"name": name, "pseudonym": "Pat"}], "dates": {"date_of_death": "2021-03-09"}}
    finder = LeakFinder(parse_rules(rules))
    assert finder.spans(sentence), f"verify is blind to {other!r} of {name}"
    out = quiet_redactor(rules).redact_text(sentence)
    assert other.lower()[3:] not in out.lower() and "pat" in out.lower(), (sentence, out)
    assert finder.spans(out) == [], out


@pytest.mark.parametrize("sentence", [
    "The machine was broken and the Mace spray was found in the kitchen.",
    "Her neighbour, Mr McLean, and Ms Macey gave statements.",        # other surnames
    "She worked at a Mackintosh factory and drove a Macan.",
])
def test_other_words_and_families_stay(sentence):
    rules = {"people": [{"name": "Morag MacLeod", "pseudonym": "Pat"}, {"name": "Niall McKenna", "pseudonym": "Sam"}],
             "dates": {"date_of_death": "2021-03-09"}}
    assert LeakFinder(parse_rules(rules)).spans(sentence) == [], sentence
    out = quiet_redactor(rules).redact_text(sentence)
    assert "Pat" not in out and "Sam" not in out, (sentence, out)
