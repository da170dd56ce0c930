"""A community's title or word of respect the tables did not know stays beside the pseudonym of the listed given name
it honours ("Opanin Kofi", "Ato Daniel", "Karim Agha"), and a family's word for an elder alone or honoured ("Agya",
"Eomma", "Bibi ji") is nobody's name (``community_titles_gen``: before the change 204/227 tuned "before" cases and
34/57 "alone" cases went wrong; 0 and 0 after, held-back 0/206 and 0/64)."""
from __future__ import annotations

import pytest

import community_titles_gen as gen
from quietly import family_outcome_of, family_redactor

CASES = [case for seed in range(0, 12) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_community_titles(case):
    assert family_outcome_of(gen, case) is None, case["sentence"]


@pytest.mark.parametrize("family", range(len(gen.FAMILIES)))
def test_each_title_before_each_listed_given_name_of_its_sex(family):
    people, before, after, _ = gen.FAMILIES[family]
    redactor = family_redactor(gen, family)
    for name, pseudonym, sex in people:
        given = name.split()[0]
        for title, title_sex in before:
            if title_sex in ("", sex):
                assert redactor.redact_text(f"She told {title} {given} about the bruises.") == \
                    f"She told {title} {pseudonym} about the bruises.", title
        for word, word_sex in after:
            if word_sex in ("", sex):
                assert redactor.redact_text(f"She told {given} {word} about the bruises.") == \
                    f"She told {pseudonym} {word} about the bruises.", word


@pytest.mark.parametrize("word", gen.KIN_ALONE)
def test_a_familys_word_alone_is_nobodys_name(word):
    sentence = f"The children stayed with {word} that week."
    assert family_redactor(gen, 0).redact_text(sentence) == sentence
