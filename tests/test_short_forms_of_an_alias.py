"""The short forms of the given name an ALIAS writes (2026-12-06, lead, from a rules file written as chairs write
them: "Tom (Thomas) Hughes"). The rules list the name the person went by and the formal name as an alias (or in
brackets, which the rules read as an alias); the draft uses another of the family's forms ("Tommy", "Billy",
"Kasia", "Ola"), which became an unlisted "Person 1" and, in small letters in a message, was left.

Generated from the short-form tables themselves (``redact.short_forms``): a given name with two short forms, the
person listed by one with the given name as an alias, the draft writing the other. The held-back seed draws other
given names.
"""
from __future__ import annotations

import random

import pytest

from redact import Redactor
from redact.name_or_word import is_ordinary_word
from redact.normalise import fold_key
from redact.rules import parse_rules
from redact.short_forms import _tables

TUNED_SEED = 47_401
HELD_BACK_SEED = 47_402
CASES = 30
_SURNAMES = ["Hughes", "Nowak", "Adeyemi", "Okafor", "Sandhu", "Murphy", "Kowalczyk", "Haddad", "Price", "Osei"]
_SENTENCES = ["Police arrested {s} at the address.", "Her sister said {s} had become withdrawn.",
              "Messages: \"{low} where r u\"", "{s}'s GP had no concerns."]


def _usable(short: str) -> bool:
    key = fold_key(short)
    return len(key) >= 3 and short[:1].isupper() and not is_ordinary_word(key) and key.isalpha()


def _pool():
    out = []
    for given, shorts in sorted(_tables().items()):
        forms = [s for s in shorts if _usable(s) and fold_key(s) != given]
        if len(forms) >= 2 and given.isalpha() and len(given) >= 4 and not is_ordinary_word(given):
            out.append((given.capitalize(), forms))
    return out


def _cases(seed: int):
    rng = random.Random(seed)
    pool = _pool()
    out = []
    for given, forms in rng.sample(pool, CASES):
        listed_as, written = rng.sample(forms, 2)
        surname = rng.choice(_SURNAMES)
        style = rng.choice(["brackets", "alias"])
        person = ({"name": f"{listed_as} ({given}) {surname}", "pseudonym": "Person Z"} if style == "brackets"
                  else {"name": f"{listed_as} {surname}", "aliases": [given], "pseudonym": "Person Z"})
        out.append((person, written))
    return out


@pytest.mark.parametrize("seed", [TUNED_SEED, HELD_BACK_SEED], ids=["tuned", "held-back"])
def test_a_short_form_of_the_aliased_given_name_is_the_person(seed):
    wrong = []
    for person, written in _cases(seed):
        rules = parse_rules({"version": 1, "people": [person], "dates": {"date_of_death": "2023-01-29"}})
        text = "\n".join(s.format(s=written, low=written.lower()) for s in _SENTENCES)
        output = Redactor(rules).redact_text(text)
        if fold_key(written) in fold_key(output) or output.count("Person Z") != len(_SENTENCES):
            wrong.append(f"{person} / {written}: {output!r}")
    assert not wrong, f"{len(wrong)}/{CASES}:\n" + "\n".join(wrong[:8])
