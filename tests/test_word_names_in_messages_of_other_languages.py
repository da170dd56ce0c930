"""A listed name that is an English word, in small letters in a quoted message of another language, is the name;
the same word in an English message stays (``word_names_in_messages_of_other_languages_gen``)."""
from __future__ import annotations

import pytest

import word_names_in_messages_of_other_languages_gen as gen
from quietly import family_outcome_of, redact_text, verify_text

CONTROLS = [case for seed in range(0, 20) for case in gen.make_cases(seed) if case["kind"] == "control"]


@pytest.mark.parametrize("case", CONTROLS, ids=[f"{c['seed']}-{i}" for i, c in enumerate(CONTROLS)])
def test_an_english_message_keeps_the_word(case):
    assert family_outcome_of(gen, case) is None, case["sentence"]


TURKISH = {"people": [{"name": "Mehmet Yılmaz", "pseudonym": "Emre", "aliases": ["Memo"]},
                      {"name": "Zeynep Demir", "pseudonym": "Leyla"}], "dates": {"date_of_death": "2021-11-05"}}


@pytest.mark.parametrize("text, word", [
    ('Message from Ayşe to Zeynep: "zeynep memo yine bagiriyor"', "memo"),
    ('A text read: "ammi memo phir se mara"', "memo"),
    ('WhatsApp, 02:14: "memo kithe aa ghar aa jaldi"', "memo"),
    ('She replied "hooyo memo wuu i garaacay" at 23:10.', "memo"),
])
def test_the_name_in_a_message_of_another_language(text, word):
    out = redact_text(text, TURKISH)
    assert word not in out.lower() and "Emre" in out, out
    assert verify_text(out, TURKISH).ok, out
    assert not verify_text(text, TURKISH).ok      # verify reads it too: the draft's line is a leak


def test_the_generator_name_cases_mostly_read():
    cases = [case for seed in range(0, 8) for case in gen.make_cases(seed) if case["kind"] != "control"]
    left = [case["sentence"] for case in cases if family_outcome_of(gen, case)]
    # open: a message whose other words the shipped English list also holds ("wo wo hen", "eve gel", "mae o … ta
    # bebado de novo") is not told from English (docs/quality.md)
    assert len(left) <= len(cases) // 4, left
