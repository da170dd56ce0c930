"""Nickname suggestions: likely short forms of listed first names that the document uses but the rules lack.

Suggestions only: a nickname is never replaced unless the author adds it to the person's aliases,
because "Bill" or "Peg" in a report may well be somebody else.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .normalise import fold_key
from .rules import Rules

_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


@lru_cache(maxsize=1)
def _namer():
    from nicknames import NickNamer

    return NickNamer()


def nicknames_for(first_name: str) -> set[str]:
    return {n.capitalize() for n in _namer().nicknames_of(first_name.lower())}


def nickname_suggestions(rules: Rules, texts: list[str]) -> list[dict]:
    words = Counter(w for text in texts for w in _CAPITALISED.findall(text))
    known = {fold_key(n) for p in rules.people for n in (p.name, *p.aliases, *p.name.split())}
    known |= {fold_key(t) for t in rules.keep}
    out = []
    for person in rules.people:
        first = person.name.split()[0]
        for nickname in sorted(nicknames_for(first)):
            if fold_key(nickname) in known or not words.get(nickname):
                continue
            out.append({"person": person.pseudonym and f"'{person.pseudonym}' ({first})", "word": nickname,
                        "count": words[nickname]})
    return out
