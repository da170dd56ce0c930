"""A protected date whose month is a word read as something else.

- A month of another language that is short, or also an English word or a name, after a day with no year:
  "18. Ekim", "18 luty", "18 juin", "18. Mart", "18. Juni", "18 مارس" were left and passed by `verify` (only
  month names of five letters or more that are no word or name were read without a year). A short name that is
  no word stands after the day; a name needs the day's dot or its small letters ("18. Juni", "18 juni"); an
  English word needs the day's dot ("18. Mart", "18. mars"): "18 mars bars", "18 Mayo Road" stay.
- A month of another language before its day and a two-figure year: "Seen Gorffennaf 17, 21 by the GP" became
  "Person 1 17, 21 by the GP".
- An English month in small letters before its days: "march 13th-14th", "march thirteenth–fourteenth" were left;
  "they march 14 miles" stays.

Generated (tests/month_words_beside_days_gen.py) with a tuned seed and a held-back seed.
"""
from __future__ import annotations

import datetime
import re

import pytest

import month_words_beside_days_gen as gen
from quietly import redact_text, verify_text

TUNED, HELD_BACK = 4101, 9277
N = 32   # (the numbers in docs/quality.md were counted with 60 of each)


def _rules(when: datetime.date) -> dict:
    return {"people": [{"name": "Halyna Melnyk", "pseudonym": "Olena"}], "dates": {"date_of_death": when.isoformat()}}


def _left(out: str, parts: list[str]) -> list[str]:
    # (a pseudonym's number is no day's)
    out = re.sub(r"(?:Person|Place|Area|Organisation) [0-9]+", "", out)
    return [p for p in parts if re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", out, re.IGNORECASE)]


def goes_wrong(cases, no_person: bool = False) -> list[tuple[str, str]]:
    wrong = []
    for text, when, parts in cases:
        out = redact_text(text, _rules(when))
        if _left(out, parts) or "[date removed]" not in out or verify_text(text, _rules(when)).ok \
                or not verify_text(out, _rules(when)).ok or no_person and "Person" in out:
            wrong.append((text, out))
    return wrong


def stays_wrong(cases, unchanged: bool = False) -> list[tuple[str, str]]:
    changed = []
    for text, when in cases:
        out = redact_text(text, _rules(when))
        if "[date removed]" in out or not verify_text(text, _rules(when)).ok or unchanged and out != text:
            changed.append((text, out))
    return changed


SEEDS = pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])


@SEEDS
def test_a_short_or_word_like_month_of_another_language_after_the_day_goes(seed):
    wrong = goes_wrong(gen.short_month_cases(seed, N))
    assert not wrong, f"{len(wrong)} of {N}: {wrong[:5]}"


@SEEDS
def test_another_year_or_the_word_as_a_word_stays(seed):
    changed = stays_wrong(gen.short_month_others(seed + 1000, N))
    assert not changed, f"{len(changed)} of {N}: {changed[:5]}"


@SEEDS
def test_a_month_of_another_language_before_its_day_and_two_figures_is_a_date_not_a_person(seed):
    wrong = goes_wrong(gen.month_first_cases(seed, N), no_person=True)
    assert not wrong, f"{len(wrong)} of {N}: {wrong[:5]}"


@SEEDS
def test_a_month_of_another_language_before_its_day_of_another_year_stays_as_written(seed):
    changed = stays_wrong(gen.month_first_others(seed + 1000, N), unchanged=True)
    assert not changed, f"{len(changed)} of {N}: {changed[:5]}"


@SEEDS
def test_a_month_in_small_letters_before_its_days_goes(seed):
    wrong = goes_wrong(gen.small_month_cases(seed, N))
    assert not wrong, f"{len(wrong)} of {N}: {wrong[:5]}"


@SEEDS
def test_a_month_in_small_letters_of_another_month_or_year_or_a_verb_stays(seed):
    changed = stays_wrong(gen.small_month_others(seed + 1000, N))
    assert not changed, f"{len(changed)} of {N}: {changed[:5]}"


DEATH = {"people": [{"name": "Halyna Melnyk", "pseudonym": "Olena"}], "dates": {"date_of_death": "2022-03-18"}}


@pytest.mark.parametrize("text, expected", [
    ("Zgon: 18. Mart, evde.", "Zgon: [date removed], evde."),
    ("The Turkish record says 18 Mart.", "The Turkish record says 18 Mart."),
    ("The French record says 18. mars.", "The French record says [date removed]."),
    ("He bought 18 mars bars.", "He bought 18 mars bars."),
    ("He ran 18 mart stalls.", "He ran 18 mart stalls."),
    ("Zgon: 18. Mart 2021, evde.", "Zgon: 18. Mart 2021, evde."),
    ("The Arabic record says 18 مارس.", "The Arabic record says [date removed]."),
    ("Seen Mawrth 18, 21 by the GP.", "Seen Mawrth 18, 21 by the GP."),
    ("Seen Mawrth 18, 22 by the GP.", "Seen [date removed] by the GP."),
    ("Attended Martie 18, 21 with the health visitor.", "Attended Martie 18, 21 with the health visitor."),
    ("Attended Kasım 18, 21 with Mehmet.", "Attended Kasım 18, 21 with Person 1."),
    ("Kasım was 18 when she met Mehmet.", "Person 1 was 18 when she met Person 2."),
    ("She died march 17th-18th.", "She died [date removed]."),
    ("She died march seventeenth–eighteenth.", "She died [date removed]."),
    ("She died march 18th.", "She died [date removed]."),
    ("They march 18 miles on Sunday.", "They march 18 miles on Sunday."),
    ("She died march 17th-18th 2021.", "She died march 17th-18th 2021."),
    ("She died on march 17th and 18th.", "She died on [date removed]."),
    ("She died march 17-18, 2022.", "She died [date removed]."),
    ("They march first to the hall, then march 18 streets.", "They march first to the hall, then march 18 streets."),
    ("She died may 17th-18th.", "She died may 17th-18th."),
    ("They march seventeen or eighteen abreast.", "They march seventeen or eighteen abreast."),
    ("She died march seventeen or eighteen, 2022.", "She died [date removed]."),
])
def test_exact_outputs(text, expected):
    assert redact_text(text, DEATH) == expected
    assert verify_text(expected, DEATH).ok
    assert verify_text(text, DEATH).ok == ("[date removed]" not in expected)
