"""A listed name whose word IS an English function word as written, with no marks to lose ("He" of He Jing, "Do" of
Do Thi Hoa, "An" of An Nguyen, "On" of Ka Wai On, "So" of So Wai Man, "Per" of Per Olsen), is judged as a marked name
written without its marks is (``NameOrWord.judge_unmarked``), in apply and in verify alike: "He said", "Do you
know", "An assessment", "the judge on the day" stay and verify passes them; "Mr He", "He Jing", "Jing He", "the He
family", "HE, Jing", "Dear He,", "Judge On" are the person, replaced by apply and reported by verify.

Sentences come from ``benchmarks/listed_function_words.py`` (names from Chinese, Cantonese, Vietnamese, Korean and
Scandinavian communities), at its tuned seed; its held-back seed is measured by running that script."""
from __future__ import annotations

import warnings

import pytest

from benchmarks.listed_function_words import NAMES, TUNED_SEED, leaked_words, name_sentences, rules_dict, \
    word_sentences
from redact import Redactor
from redact.name_or_word import function_word_as_listed
from redact.rules import parse_rules
from redact.verify import verify_texts

COUNT = 120


@pytest.fixture(scope="module")
def listed():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rules = parse_rules(rules_dict(), "function words")
        return Redactor(rules), rules


@pytest.mark.parametrize("text", sorted(set(word_sentences(COUNT, TUNED_SEED))))
def test_the_english_word_stays_and_verify_passes(listed, text):
    redactor, rules = listed
    assert redactor.redact_text(text) == text
    verdict = verify_texts(rules, [("a", text)])
    assert verdict.ok, [leak.context for leak in verdict.leaks]


@pytest.mark.parametrize("name, text", name_sentences(COUNT, TUNED_SEED), ids=lambda v: getattr(v, "full", v))
def test_the_person_named_is_replaced_and_reported(listed, name, text):
    redactor, rules = listed
    out = redactor.redact_text(text)
    assert not leaked_words(name, out), out
    assert not verify_texts(rules, [("a", text)]).ok       # the gate reports the draft as written
    assert verify_texts(rules, [("a", out)]).ok, out       # and passes what apply made of it


# The brief's own sentences: each side of "He" of He Jing and "On" of Ka Wai On
STAYS = ["He said she was afraid.", "She said he was afraid. He left.", "He's been known to services.",
         "HE DID NOT ATTEND.", "The judge on the day granted the order.", "His father on the night called the police.",
         "So he left.", "To date, no agency replied.", "An assessment was made.", "In 2019 she moved.",
         "As agreed, the GP referred her.", "Per annum, the rent rose."]
REPLACED = ["Mr He attended the surgery.", "He Jing attended the surgery.", "Jing He attended the surgery.",
            "The He family moved in 2016.", "HE, Jing – arrested.", "Dear He,\nThank you.", "Judge On presided.",
            "JUDGE ON – SUMMARY OF CONTACT", "Mrs Do told the GP.", "Hoa Do's son was at school.",
            "Ms An said she was scared.", "Nguyen An attended.", "Per said she was afraid."]


@pytest.mark.parametrize("text", STAYS)
def test_the_brief_english_sentences_stay(listed, text):
    redactor, rules = listed
    assert redactor.redact_text(text) == text
    assert verify_texts(rules, [("a", text)]).ok


@pytest.mark.parametrize("text", REPLACED)
def test_the_brief_name_sentences_are_replaced(listed, text):
    redactor, rules = listed
    out = redactor.redact_text(text)
    assert out != text
    assert not verify_texts(rules, [("a", text)]).ok
    assert verify_texts(rules, [("a", out)]).ok, out


def test_which_listed_words_are_function_words():
    assert [n.word for n in NAMES if function_word_as_listed(n.word)] == \
        ["He", "He", "On", "So", "Do", "An", "To", "My", "In", "Go", "Per"]
    # modal verbs and content words are read by the ordinary judgement ("Can said" is Can Yılmaz)
    assert not any(function_word_as_listed(w) for w in ("Can", "May", "Will", "Else", "Ng", "Ma", "Đỗ"))
