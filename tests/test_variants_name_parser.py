"""A listed name is read by nameparser only where it could be read otherwise than first word, middle words, last
word (``redact.variants._needs_name_parser``): importing nameparser is 27 ms of a cold ``verify``. Every name here,
of every tradition of the draft generator and of the name lexicon, gives the same words with and without the
shortcut."""
from __future__ import annotations

import itertools
import random

from benchmarks.drafts.names import TRADITIONS

from redact import variants


def _names() -> list[str]:
    names = []
    for tradition in TRADITIONS.values():
        givens = tradition.female + tradition.male
        middles = tradition.middle_female + tradition.middle_male + ("",)
        for given, (surname, _), middle in itertools.product(givens[:4], tradition.surnames[:4], middles[:3]):
            words = [surname, given] if tradition.family_first else [given, middle, surname]
            names.append(" ".join(w for w in words if w))
    from redact.detect.recognizers.known_names import name_lexicon

    lexicon = name_lexicon()
    rng = random.Random(7)
    given, surnames = sorted(lexicon.given), sorted(lexicon.surnames)
    names += [f"{rng.choice(given).title()} {rng.choice(surnames).title()}" for _ in range(1500)]
    names += [f"{rng.choice(given).title()} {rng.choice(given).title()} {rng.choice(surnames).title()}"
              for _ in range(500)]
    names += ["Pieter van der Berg", "Maria de la Cruz", "Delroy Campbell Jr", "Dhillon, Manpreet",
              "Mohammed Al-Hassan", "Fatima bint Khalid", "Siobhán Ní Dhonnchadha", "William 'Bill' Smith",
              "Ahmed Abu Bakr", "John Smith III", "Mary-Ann O'Neill", "Jean-Luc de Saint-Exupéry", "Guru Nanak Singh"]
    return names


def test_the_shortcut_gives_what_nameparser_gives(monkeypatch):
    names = _names()
    with_shortcut = [variants._parsed_words(name.split()) for name in names]
    monkeypatch.setattr(variants, "_needs_name_parser", lambda words: True)
    always = [variants._parsed_words(name.split()) for name in names]
    differ = [(name, a, b) for name, a, b in zip(names, with_shortcut, always) if a != b]
    assert not differ, differ[:5]
    assert len(names) > 2000


def test_most_names_need_no_name_parser():
    names = _names()
    assert sum(variants._needs_name_parser(name.split()) for name in names) < len(names) // 4
