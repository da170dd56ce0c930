"""The day and month of a listed date of death or birth alone, parted once by any punctuation or symbol no date
grammar reads, right after a word that puts a date there ("She died on 9—7.", "DOD: 9·7", "D.O.B. 14 • 3"), is
removed, and verify reads it so too (``day_month_odd_separators_gen``: silent 180/181 tuned and 185/186 held-back
before; 0 and 0 after; another day and month, and the listed one after no such word, unchanged: 0/119, 0/114)."""
from __future__ import annotations

import pytest

import day_month_odd_separators_gen as gen
from quietly import redact_text, verify_text

CASES = [case for seed in range(0, 10) for case in gen.make_cases(seed)]
RULES = {"version": 1, "people": [{"name": "Mary Jane Smith", "pseudonym": "Anna"}],
         "dates": {"date_of_death": "2023-07-09"}}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_day_month_odd_separators(case):
    output, wrong = gen.run_case(case)
    assert wrong is None, (case["sentence"], output)


@pytest.mark.parametrize("sentence", ["She died on 9—7.", "DOD: 9·7", "Date of death 9\\7", "She died 9 ~ 7.",
                                      "D.O.B. 09 • 07", "killed on 9|7, police said"])
def test_the_listed_day_and_month_go_and_verify_reads_them(sentence):
    assert "7" not in redact_text(sentence, RULES).replace("[date removed]", "")
    assert not verify_text(sentence, RULES).ok


@pytest.mark.parametrize("sentence", ["The score was 9—7.", "14.9 — Police attended.", "She died on 3—4.",
                                      "On 9—7—5 she was seen.", "Rooms 9·7 were closed."])
def test_without_a_dates_word_or_another_day_the_figures_stay(sentence):
    assert redact_text(sentence, RULES) == sentence
