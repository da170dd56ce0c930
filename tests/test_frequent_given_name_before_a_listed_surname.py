"""An unlisted relative's given name that English text uses often, before the listed person's surname, is a person.

Found on fresh generated drafts (``benchmarks/drafts``, seed 7701, the victim alone listed): "Shahid Uddin  son"
became "Shahid Felix": the son's given name stayed and the victim's pseudonym took his surname (a leak and a wrong
pseudonym at once). A capitalised word before a listed name was taken for the sentence's own ("Help Joanne’s
children") when wordfreq counts it as frequent English; wordfreq counts well-known names too ("Shahid", "Sanjay",
"Mikey", "Abu", "Thu"). Only a dictionary word is the sentence's now.

The given names are every one of the project's name lists (``benchmarks/drafts/names.py`` and the names set) that
wordfreq counts as frequent but no dictionary holds; the surnames and sentences are drawn at random. Seed 7721 is
the tuning part, seed 7741 the held-back part (its results were looked at only after the change).
"""
from __future__ import annotations

import random
import re

import pytest

from benchmarks.drafts.names import TRADITIONS
from benchmarks.names_set.generate import reference
from redact.data.tables import english_words
from redact.detect.recognizers.known_names import name_lexicon
from redact.name_or_word import is_ordinary_word
from redact.pipeline import Redactor
from redact.verify import Text, verify_texts

PSEUDONYM = "Adult A"
RELATIONS = ["son", "brother", "cousin", "uncle", "father", "nephew", "sister", "daughter", "aunt", "mother"]
SENTENCES = [
    "{relative}\t{relation}\tinterviewed\n",
    "Her {relation} {relative} was interviewed by the panel.",
    "{relative} told the panel that the family had been worried for months.",
    "The GP saw {relative} twice in March.",
    "A statement from {relative}, the {relation}, was read to the panel.",
    "Police spoke to {relative} at the address.",
    "The IDVA had no contact with {relative} ({relation}).",
]


def _traditions() -> list[tuple[list[str], list[str]]]:
    """(given names, surnames) of every tradition the project's name lists hold."""
    out = [([*t.female, *t.male], [pair[0] for pair in t.surnames]) for t in TRADITIONS.values()]
    out += [([*t["female"], *t["male"]], [pair[0] for pair in t["surnames"]]) for t in reference().values()]
    return out


def frequent_names_no_word() -> list[str]:
    """Given names wordfreq counts as frequent English that are neither a dictionary word nor Faker's name part."""
    names = {g for givens, _ in _traditions() for g in givens if " " not in g}
    return sorted(g for g in names if g.lower() in english_words() and not is_ordinary_word(g)
                  and g.lower() not in name_lexicon())


def _surnames() -> list[str]:
    return sorted({s for _, surnames in _traditions() for s in surnames if " " not in s and "-" not in s})


def _cases(count: int, seed: int) -> list[tuple[str, str, str]]:
    rng = random.Random(seed)
    givens, surnames = frequent_names_no_word(), _surnames()
    victims = [g for givens_of, _ in _traditions() for g in givens_of if " " not in g]
    out = []
    for i in range(count):
        given = givens[i % len(givens)]
        surname = rng.choice(surnames)
        victim = rng.choice([v for v in victims if v != given])
        sentence = rng.choice(SENTENCES).format(relative=f"{given} {surname}", relation=rng.choice(RELATIONS))
        out.append((f"{victim} {surname}", given, sentence))
    return out


def _redactor(name: str) -> Redactor:
    return Redactor({"people": [{"name": name, "pseudonym": PSEUDONYM, "role": "victim"}]})


def _word(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def test_the_class_is_drawn_from_many_traditions():
    assert len(frequent_names_no_word()) >= 5, frequent_names_no_word()


def _check(victim: str, given: str, sentence: str) -> None:
    surname = victim.split(" ")[-1]
    out = _redactor(victim).redact_text(sentence)
    assert not _word(given, out), out            # the relative's given name is gone
    assert not _word(surname, out), out
    assert PSEUDONYM not in out, out             # and he is not given the victim's pseudonym
    rules = _redactor(victim).rules
    assert verify_texts(rules, [Text("block", out)]).ok, out          # verify agrees with the output


# Relatives no detector reads as a person at all (none since given51: "The GP saw Shire Khan" and "Abu Rekani" are
# read by the tagger as proper nouns before the listed surname, known_names.a_given_name_of_no_list_before_a_name)
UNSEEN: set[tuple[str, str]] = set()


def _marked(cases):
    return [pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="no detector reads the relative"))
            if (case[1], case[0].split(" ")[-1]) in UNSEEN and case[2].startswith("The GP saw") else case
            for case in cases]


@pytest.mark.parametrize("victim,given,sentence", _marked(_cases(40, 7721)))
def test_the_relative_is_replaced_whole_tuning(victim, given, sentence):
    _check(victim, given, sentence)


@pytest.mark.parametrize("victim,given,sentence", _marked(_cases(30, 7741)))
def test_the_relative_is_replaced_whole_held_back(victim, given, sentence):
    _check(victim, given, sentence)


# ------------------------------------------------------------------ what must stay as it was

WORDS = ["Help", "Support", "Remember", "Bring", "Happy", "Justice for"]


@pytest.mark.parametrize("victim,word", [(v, WORDS[i % len(WORDS)]) for i, (v, _, _) in enumerate(_cases(12, 7722))])
def test_an_english_word_before_the_listed_name_stays_the_sentences(victim, word):
    given = victim.split(" ")[0]
    out = _redactor(victim).redact_text(f'The appeal was titled "{word} {given}’s children" and raised £8,000.')
    assert f"{word} {PSEUDONYM}’s children" in out, out
    assert "Person" not in out, out


@pytest.mark.parametrize("victim", [v for v, _, _ in _cases(8, 7723)])
def test_the_listed_person_keeps_her_pseudonym(victim):
    given, surname = victim.split(" ")[0], victim.split(" ")[-1]
    out = _redactor(victim).redact_text(f"{victim} lived in the town. {given} worked nights. {surname} was 34.")
    assert out.count(PSEUDONYM) == 3 and "Person" not in out, out
