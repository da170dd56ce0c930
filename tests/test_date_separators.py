"""The date of death or birth in figures parted twice by any punctuation or symbol no date grammar reads ("9·7·2023",
"09•07•23", "2023・07・09", "9?7?2023"): apply removes it and verify reports it in the draft; the same separators in
ranges, scores, chains, another year and a time stay (tests/date_separators_gen.py draws the separators from all of
Unicode's punctuation and symbols)."""
from __future__ import annotations

import pytest

from date_separators_gen import TUNED, make_cases, odd_separators, run_case
from quietly import redact_text, verify_text

from redact.normalise import date_view

DATES = {"version": 1, "review": "t", "people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}],
         "dates": {"date_of_death": "2023-07-09", "date_of_birth": "1990-03-14"}}


@pytest.mark.parametrize("seed", TUNED[::5])
def test_generated_dates_go_and_controls_stay(seed):
    for case in make_cases(seed):
        output, result = run_case(case)
        assert result is None, (result, f"U+{ord(case['separator']):04X}", case["sentence"], output)


@pytest.mark.parametrize("text, written", [
    ("She died on 9·7·2023.", "9·7·2023"), ("She died on 09 • 07 • 23.", "09 • 07 • 23"),
    ("She died on 2023・07・09.", "2023・07・09"), ("She died on 2023。7。9.", "2023。7。9"),
    ("Date of death: 9?7?2023", "9?7?2023"), ("WARSAME, Hodan (DOB 14 | 03 | 1990)", "14 | 03 | 1990"),
    ("She died on 9﹘7﹘2023.", "9﹘7﹘2023"),
])
def test_a_date_with_any_odd_separator_goes_and_verify_reports_it(text, written):
    assert not verify_text(text, DATES).ok, text
    output = redact_text(text, DATES)
    assert written not in output, output
    assert verify_text(output, DATES).ok, output


@pytest.mark.parametrize("text", [
    "The call was logged at 09:07:23.", "Items 9, 7, 23 were missing.", "He is 9'7\" on the chart.",
    "A room of 9×7×23 feet.", "Scores 9·7·4 were recorded.", "A 9•7 win.", "Rows: 9 | 7 | 2023 | 4 | 5",
    "Figures: 9?7?2024",
])
def test_other_figures_with_those_separators_stay(text):
    assert redact_text(text, DATES) == text


def test_the_separators_read_elsewhere_are_not_drawn_and_the_view_keeps_positions():
    assert not {"-", "/", ".", ":", ",", "\u2013", "\uff0f"} & set(odd_separators())
    view, origin = date_view("died 9 · 7 · 2023 at 09:07:23")
    assert view == "died 9 / 7 / 2023 at 09:07:23"
    assert origin == list(range(len(view)))
