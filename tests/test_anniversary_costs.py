"""``_anniversaries`` asks for the protected day in every year a text writes, each a search of the whole text: on
case1's draft read as one text (105 years) the date recogniser took 31 s. The searches that read only the day and
month of a date (or no date at all) are now made once per text and day and shared by every year; these tests hold
that sharing changes no finding: a date asked after every other year of its day has filled the shared results
finds exactly what it finds asked alone (the results cleared), on generated long texts of many years, cues,
headings, yearless dates, two-digit years and 29 February (tests/anniversary_costs_gen.py), tuned and held-back
seeds. (Compared with main's code before the change in a one-off run: the same spans for seeds 0-49 and 1000-1049
and the shared fixtures' drafts; see docs/performance.md.)"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from redact import dates
from redact.dates import mentions_of, protected_date_candidates

sys.path.insert(0, str(Path(__file__).parent))
import anniversary_costs_gen as gen  # noqa: E402

# every result shared across the years of one day
SHARED = (dates._bare_days_numbered, dates._yearless_in_other_languages_on, dates._unit_words_on,
          dates._zoned_stamps, dates._yearless_in_welsh_on, dates._days_described_in)


def _cleared() -> None:
    for cached in SHARED:
        cached.cache_clear()


def _alone(text: str, when: dt.date) -> tuple[list, list]:
    _cleared()
    return mentions_of(text, when), protected_date_candidates(text, when)


def _other_years(text: str, when: dt.date) -> list[dt.date]:
    _, years = dates._anniversary_cues(text)
    days = []
    for year in sorted(years | {when.year - 1, when.year + 1}):
        try:
            days.append(when.replace(year=year))
        except ValueError:
            pass
    return [day for day in days if day != when]


@pytest.mark.parametrize("seed", [0, 1, 1000, 1001])
def test_a_date_finds_the_same_after_the_other_years_of_its_day(seed):
    for text, whens in gen.texts(seed, count=1, sentences=30):
        for when in whens:
            expected = _alone(text, when)
            _cleared()
            for other in _other_years(text, when):     # these fill the shared results first
                mentions_of(text, other)
                protected_date_candidates(text, other)
            assert (mentions_of(text, when), protected_date_candidates(text, when)) == expected, (seed, when)


def test_the_day_is_searched_once_for_all_the_years_a_text_writes():
    text, (death, _) = gen.texts(7, count=1, sentences=60)[0]
    _cleared()
    mentions_of(text, death)
    years = len(dates._anniversary_cues(text)[1])
    assert years > 10
    # one search per day asked (the day itself and a few counted from it), not one per year
    assert dates._bare_days_numbered.cache_info().misses < years / 2
