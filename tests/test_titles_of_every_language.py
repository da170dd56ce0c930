"""Brief "title52": a title of any language, faith or family before a listed surname ("Imam Warsame", "Hajiya
Bello", "Pan Nowak", "Bwana Otieno", "Rebbetzin Cohen") stays before the listed person's pseudonym and picks the
person by the sex it tells, as "Mr" does ("Imam John", not an unlisted "Person 1"); a word of age ("Young Warsame")
reads as the surname alone. One table of titles with their sex and kind, ``redact.lexicon.TITLES``
(``titles_of_every_language_gen``; tuned and held-back seeds counted apart:
``python tests/test_titles_of_every_language.py``).
"""
from __future__ import annotations

import sys

import pytest

import titles_of_every_language_gen as gen
from quietly import family_outcome_of, print_counts, redact_text

from redact.variants import gender_of, split_title


def _outcome(case: dict) -> str | None:
    return family_outcome_of(gen, case)


def test_the_generators_sexes_are_what_the_project_can_tell():
    for _, people, _ in gen.FAMILIES:
        for name, _, sex in people:
            titles, words = split_title(name)
            assert {"male": "m", "female": "f", None: "?"}[gender_of(titles, words)] == sex, name


@pytest.mark.parametrize("seed", [*gen.TUNED, *gen.HELD_BACK])
def test_a_title_of_any_language_or_faith_keeps_to_the_listed_person(seed):
    wrong = [w for case in gen.make_cases(seed) if case["sentence"] not in gen.OPEN and (w := _outcome(case))]
    assert not wrong, wrong


@pytest.mark.xfail(reason="open, as on main: the model reads \"The Imam's\" as a place (docs/quality.md title52)",
                   strict=True)
@pytest.mark.parametrize("text", sorted(gen.OPEN))
def test_open_titles_with_no_name(text):
    assert redact_text(text, _RULES) == text


_RULES = {"people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}, {"name": "Abdi Warsame", "pseudonym": "John"}]}


@pytest.mark.parametrize("text, expected", [
    ("Imam Warsame led the prayers.", "Imam John led the prayers."),
    ("Police spoke to Sheikh Warsame's wife.", "Police spoke to Sheikh John's wife."),
    ("Hajji Warsame rang.", "Hajji John rang."),
    ("Hajiya Warsame rang.", "Hajiya Mary rang."),
    # Hodan's name tells no sex: she is the one of the two not known to be a man
    ("Frau Warsame rang.", "Frau Mary rang."),
    ("Bwana Warsame rang.", "Bwana John rang."),
    ("Baba Warsame rang.", "Baba John rang."),
    ("Sister Warsame rang.", "Sister Mary rang."),
    ("Brother Warsame rang.", "Brother John rang."),
])
def test_the_titles_sex_picks_the_person_and_the_title_stays(text, expected):
    assert redact_text(text, _RULES) == expected
    # the rules' order no longer decides
    reversed_rules = {"people": list(reversed(_RULES["people"]))}
    assert redact_text(text, reversed_rules) == expected


@pytest.mark.parametrize("text", ["Young Warsame was at school.", "The young Warsame was at school.",
                                  "Old Warsame sat outside.", "Police spoke to Little Warsame."])
def test_a_word_of_age_reads_as_the_surname_alone(text):
    # a word of age says nothing of who: the person the bare surname is (the first listed, in a sentence alone)
    assert redact_text(text, _RULES) == text.replace("Warsame", "Mary")


@pytest.mark.parametrize("text", ["Rabbi Warsame rang.", "Pastor Warsame rang.", "Reverend Warsame rang.",
                                  "Dr Warsame rang.", "Mx Warsame rang.", "Prof Warsame rang."])
def test_a_title_of_no_sex_keeps_the_rules_order(text):
    first = redact_text(text, _RULES)
    assert "Mary" in first and "John" not in first
    assert "John" in redact_text(text, {"people": list(reversed(_RULES["people"]))})


@pytest.mark.parametrize("text", ["Imam Abubakar rang.", "Sheikh Rahimi rang.", "Pan Kaczmarek rang."])
def test_a_title_before_an_unlisted_surname_is_an_unlisted_person(text):
    out = redact_text(text, _RULES)
    assert "Mary" not in out and "John" not in out and text.split()[1] not in out, out


@pytest.mark.parametrize("text, listed, kept", [
    ("Imam Hossain, her cousin, drove her home.", "Amina Hossain", False),
    ("Imam Hossain, her cousin, drove her home.", "Rahima Hossain", False),
    ("Hajiya Hossain, her aunt, drove her home.", "Rahima Hossain", False),
    ("Hajiya Hossain drove her home.", "Amina Hossain", True),
    ("Imam Hossain drove her home.", "Tariq Hossain", True),
])
def test_a_title_that_is_a_name_too_before_the_one_listed_persons_surname(text, listed, kept):
    # "Imam", "Hajiya" are given names too: before the one listed person's surname the title is hers or his only
    # where the project knows the person has its sex; else a relative's given name, somebody else (as on main)
    out = redact_text(text, {"people": [{"name": listed, "pseudonym": "Ruth"}]})
    assert "Hossain" not in out
    if kept:
        assert out.startswith(text.split()[0] + " Ruth"), out
    else:
        assert "Ruth" not in out and "Person" in out and text.split()[0] not in out, out


@pytest.mark.parametrize("text", ["Father Christmas visited.", "Sister ward staff were not told.",
                                  "The Pastor's report was late.", "Mother and baby unit staff saw her."])
def test_a_title_with_no_name_after_it_is_left(text):
    assert redact_text(text, _RULES) == text


if __name__ == "__main__":
    print_counts(gen, _outcome, lambda case: case["sentence"] in gen.OPEN, label=lambda case: case["kind"], show="--show" in sys.argv)
