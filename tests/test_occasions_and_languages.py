"""Festivals, days and events a report dates things by, and languages in the words that say so, name no one.

Found by a list of sentences a DHR writes without naming anyone of the review: "at Holi" became "Person 1", "on
the Bank Holiday Monday" "the Place 1 Monday", "a Pride event" "a Place 2 event", and "an interpreter for Tigrinya"
"an interpreter for Person 2" (only "spoke"/"in" made a language a language). The other way round is tested too: a
language that is also a given name ("Shona") stays a name where the sentence uses it as one, and a listed name is
replaced whatever the lists say.
"""
from __future__ import annotations


import pytest

from conftest import quiet_redactor

from redact.detect.kept_words import _language_names, lexicon

OCCASIONS = sorted(phrase for phrase, kind in lexicon().kinds.items() if kind == "occasions")
OCCASION_SENTENCES = ["At {o} the family gathered at her sister's house.", "The police were called on {o} 2021.",
                      "She wanted to see the {o} celebrations.", "After {o} she moved out."]
LANGUAGE_SENTENCES = ["An interpreter for {l} was booked.", "The letter was translated into {l}.",
                      "She spoke {l} at home.", "Interpreting in {l} was not offered."]


def _redactor(people):
    return quiet_redactor({"people": people, "dates": {"date_of_death": "2023-06-14"}})


@pytest.fixture(scope="module")
def redactor():
    return _redactor([{"name": "Adaeze Okafor", "pseudonym": "Ruth"}])


def _as_written(phrase: str) -> str:
    # the lexicon folds its phrases: write them as a report would
    return " ".join(w if w in ("al", "ul") else w[:1].upper() + w[1:] for w in phrase.split())


def test_the_lists_are_there():
    assert len(OCCASIONS) >= 30 and len(_language_names()) >= 150


@pytest.mark.parametrize("index", range(len(OCCASIONS)))
def test_an_occasion_stays(redactor, index):
    text = OCCASION_SENTENCES[index % len(OCCASION_SENTENCES)].format(o=_as_written(OCCASIONS[index]))
    assert redactor.redact_text(text) == text


@pytest.mark.parametrize("sentence", LANGUAGE_SENTENCES)
def test_every_language_stays_where_the_sentence_says_it_is_one(redactor, sentence):
    changed = [(language, out) for language in _language_names()
               if (out := redactor.redact_text(sentence.format(l=language))) != sentence.format(l=language)]
    assert changed == []


def test_a_language_that_is_a_given_name_is_a_name_where_the_sentence_says_so(redactor):
    # "Shona" is a language and a given name: "a present for Shona", "spoke to Shona" are the person
    out = redactor.redact_text("Shona told her GP. A present for Shona arrived. She spoke to Shona twice.")
    assert "Shona" not in out


def test_a_listed_name_is_replaced_even_where_it_reads_as_the_language():
    listed = _redactor([{"name": "Adaeze Okafor", "pseudonym": "Ruth"},
                        {"name": "Shona Gallagher", "pseudonym": "Irene"}])
    out = listed.redact_text("Shona told her GP; an interpreter for Shona was booked and Shona spoke Shona.")
    assert "Shona" not in out and out.count("Irene") == 4
