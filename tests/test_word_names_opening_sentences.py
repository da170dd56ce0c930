"""Red team "given52": a given name that is also an English word, opening a sentence (a bullet, a quote, a line
after a heading) directly before a surname where the sentence reads it as a name, goes with the surname as one
unlisted person; the same words opening a question as a modal ("Will Warsame attend?") or an instruction as a verb
("Mark Warsame's file as urgent.") stay (``word_names_opening_sentences_gen``, through ``Redactor.redact_text``
with the generator's rules). Tuned and held-back seeds are counted apart
(``python tests/test_word_names_opening_sentences.py [--show]``: only tuned failures print).
"""
from __future__ import annotations

import sys

import pytest

import word_names_opening_sentences_gen as gen
from quietly import outcome_of, print_counts, redact_text

# open (docs/quality.md, the "given52" row), as on main: an instruction opening with a verb that is also a given
# name ("Mark Okonkwo as absent in the register.", "Bill Warsame for the damage.") is read as the person "Mark
# Okonkwo": a name with no verb after it is as often a caption or a cell ("Mark Okonkwo's statement."), where
# keeping "Mark" would leak a given name, so the word goes (over-redaction, not a leak)
OPEN_KINDS = ("imperative",)
# a held-back case still failing after the change (listed 10/50 on main): counted, never read
OPEN_HELD_BACK = ((1039, "listed"),)


def _open(case: dict) -> bool:
    return case["kind"] in OPEN_KINDS or (case["seed"], case["kind"]) in OPEN_HELD_BACK


def _outcome(case: dict) -> str | None:
    return outcome_of(gen, case)


@pytest.mark.parametrize("seed", [*gen.TUNED, *gen.HELD_BACK])
def test_a_word_name_opening_a_sentence_goes_and_a_modal_or_verb_stays(seed):
    wrong = [w for case in gen.make_cases(seed) if not _open(case) and (w := _outcome(case))]
    assert not wrong, wrong


_FAMILY = {"people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}, {"name": "Abdi Warsame", "pseudonym": "John"}]}


@pytest.mark.parametrize("text, given", [
    ("Charity P Warsame told police she was frightened.", "Charity"),   # was "Charity P Mary"
    ("Contact with family\nGift J. Warsame rang the GP twice.", "Gift"),  # was "Gift J. Mary"
    ("Hope Warsame recovers.", "Hope"),   # a verb in a tense after the name: its subject, not a wish
    ("- Blessing Warsame was present.", "Blessing"),
    ("Gift Warsame later moved to Leeds.", "Gift"),   # an adverb before the verb
    ("Favour Warsame (sister) gave a statement.", "Favour"),   # a bracketed role before the verb
    ("Honour T. Warsame has not engaged with services.", "Honour"),   # was "Person 1 T. Mary" (the model's whole)
    ("Was May K Warsame at the house?", "May"),   # "Was" opens the question, not "May" (was "Was May K Mary")
])
def test_a_word_name_before_a_listed_surname_is_an_unlisted_relative(text, given):
    out = redact_text(text, _FAMILY)
    assert given not in out and "Warsame" not in out and "Person 1" in out and "Mary" not in out, out


@pytest.mark.parametrize("text, given, surname", [
    ("Precious T Mbeki has not engaged with services.", "Precious", "Mbeki"),   # was unchanged
    ("| 2021 | Will T Okonkwo reported a disturbance | Police |", "Will", "Okonkwo"),  # was "Will T Person 1"
    ("Summer L Farah told police she was frightened.", "Summer", "Farah"),   # the model's date
    ("Was Memory T Grewal at the house?", "Memory", "Grewal"), ("Was Honour Ozturk at the house?", "Honour", "Ozturk"),
])
def test_a_word_name_and_an_initial_before_an_unlisted_surname_go_whole(text, given, surname):
    out = redact_text(text, _FAMILY)
    assert given not in out and surname not in out and "Person 1" in out, out


@pytest.mark.parametrize("text, modal, surname", [
    ("Will Okafor be charged?", "Will", "Okafor"), ("May Adeyemi stay with her aunt?", "May", "Adeyemi"),
    ("Can Pham attend the review?", "Can", "Pham"),   # were unchanged: the surname of nobody listed survived
    ("Will Adeyemi attend the review?", "Will", "Adeyemi"),   # the model's place "Will Adeyemi" ("Place 1 attend")
])
def test_the_subject_of_a_modals_question_goes_and_the_modal_stays(text, modal, surname):
    out = redact_text(text, _FAMILY)
    assert out.startswith(modal + " ") and surname not in out and "Person 1" in out, out


@pytest.mark.parametrize("text, kept", [
    ("Will Warsame attend?", "Will Mary attend?"), ("May Warsame speak to the panel?", "May Mary speak"),
    ("Will Bishop be told?", "Will"), ("Grace periods apply to Warsame.", "Grace periods"),
    ("Bill Payments Ltd wrote to Warsame.", "Bill Payments Ltd wrote"),   # was "Bill Payments Person 1 wrote"
])
def test_a_modal_or_a_word_stays(text, kept):
    out = redact_text(text, _FAMILY)
    assert kept in out and "Warsame" not in out, out


if __name__ == "__main__":
    print_counts(gen, _outcome, _open, show="--show" in sys.argv)
