"""A chronology's "Day" column beside its date (tests/weekday_cells_gen.py): the weekday of the protected date's
row goes with the date, in text tables and Word tables alike, the table keeps its cells and the other rows their
weekdays."""
from __future__ import annotations

import datetime

import pytest

from redact.dates import mentions_of, split_across, with_the_weekday_after
from weekday_cells_gen import HELD_BACK, TUNED, make_cases, run_case

SEEDS = list(TUNED)[:6] + list(HELD_BACK)[:2]
DEATH = datetime.date(2023, 7, 9)   # a Sunday


@pytest.mark.parametrize("seed", SEEDS)
def test_the_day_column_of_the_protected_date_goes(seed, tmp_path):
    for case in make_cases(seed):
        rows, problem = run_case(case, tmp_path)
        assert problem is None, (case["kind"], case["rows"], rows, problem)


@pytest.mark.parametrize("row, cells", [
    ("| 09/07/2023 | Sunday | Police attended |", ["09/07/2023", "Sunday"]),
    ("| Sunday night | 9 July 2023 | Police attended |", ["Sunday night", "9 July 2023"]),
    ("| 02/07/2023 | Sunday | GP |", []),
])
def test_a_text_rows_day_cell_is_a_span_of_its_own(row, cells):
    spans = with_the_weekday_after(row, mentions_of(row, DEATH))
    assert [row[a:b] for a, b in spans] == cells


def test_a_word_tables_day_cell_beside_the_date_is_a_part_of_it():
    texts = ["Date", "Day", "Event", "02/07/2023", "Sunday", "GP", "09/07/2023", "Sunday", "Police attended",
             "10/07/2023", "Monday", "Inquest opened"]
    assert split_across(texts, DEATH) == {7}
