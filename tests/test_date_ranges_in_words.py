"""The protected date inside a range or a list of days in words, or with its year half in figures: "between the
thirteenth and fourteenth of March" left "the thirteenth", "the night of Sunday the thirteenth (into Monday the
fourteenth) of March" left "of March", "the 14th of March, 2 thousand and 22" left the year, and verify passed
each output. A day beside the protected one in a range gives it away as the day itself does.

Generated (tests/date_ranges_in_words_gen.py): ranges and lists of ordinal and cardinal day words ("from the
twelfth to the fourteenth of March", "the thirteenth, fourteenth and fifteenth of March 2022", "March
thirteenth–fourteenth", "13th–fourteenth March 2022") and years half in figures ("2 thousand and 22", "twenty 22"),
in 8 frames; a tuned seed and a held-back seed. The same forms for another month or another year must stay.
"""
from __future__ import annotations

import datetime
import re
from functools import lru_cache

import pytest

from conftest import quiet_redactor
from date_ranges_in_words_gen import other_range_sentences, range_sentences
from redact.api import verify_bytes

TUNED, HELD_BACK = 31, 32
N = 60


def _rules(when: datetime.date) -> dict:
    return {"people": [{"name": "Halima Yusuf", "pseudonym": "Amina"}], "dates": {"date_of_death": when.isoformat()}}


@lru_cache(maxsize=256)
def _redactor(when: datetime.date):
    return quiet_redactor(_rules(when))


def _left(out: str, parts: list[str]) -> list[str]:
    return [p for p in parts if re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", out)]


def wrong_ranges(seed: int, n: int = N) -> list[tuple[str, str]]:
    wrong = []
    for text, when, parts in range_sentences(seed, n):
        out = _redactor(when).redact_text(text)
        if _left(out, parts) or "[date removed]" not in out or verify_bytes(text.encode(), "txt", _rules(when)).ok \
                or not verify_bytes(out.encode(), "txt", _rules(when)).ok:
            wrong.append((text, out))
    return wrong


def changed_others(seed: int, n: int = N) -> list[tuple[str, str]]:
    changed = []
    for text, when in other_range_sentences(seed, n):
        out = _redactor(when).redact_text(text)
        # (the listed names are replaced as ever: the date is what must stay)
        if "[date removed]" in out or not verify_bytes(text.encode(), "txt", _rules(when)).ok:
            changed.append((text, out))
    return changed


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_apply_removes_the_whole_range_and_verify_agrees(seed):
    wrong = wrong_ranges(seed)
    assert not wrong, f"{len(wrong)} of {N}: {wrong[:5]}"


@pytest.mark.parametrize("seed", [TUNED + 1000, HELD_BACK + 1000], ids=["tuned", "held-back"])
def test_a_range_of_another_month_or_year_stays(seed):
    changed = changed_others(seed)
    assert not changed, f"{len(changed)} of {N}: {changed[:5]}"


@pytest.mark.parametrize("text, expected", [
    ("She died between the thirteenth and fourteenth of March.", "She died between [date removed]."),
    ("She died on the night of Sunday the thirteenth (into Monday the fourteenth) of March.",
     "She died on the night of [date removed]."),
    ("She died on the 14th of March, 2 thousand and 22.", "She died on [date removed]."),
    ("She died on 14 March twenty 22.", "She died on [date removed]."),
    ("She died from the twelfth to the fourteenth of March.", "She died from [date removed]."),
    ("She died over the thirteenth, fourteenth and fifteenth of March 2022.", "She died over [date removed]."),
    ("She died March thirteenth–fourteenth.", "She died [date removed]."),
    ("She died 13th–fourteenth March 2022.", "She died [date removed]."),
    ("She died on the fourteenth or fifteenth of March, two thousand and 22.", "She died on [date removed]."),
    ("She died on the night of the 13th (into the 14th) of March.", "She died on the night of [date removed]."),
    ("She died on the thirteenth or fourteenth, March 2022.", "She died on [date removed]."),
    # another month, another year, and a year in figures and words that is another year, stay
    ("She was seen between the thirteenth and fourteenth of May.", None),
    ("She was seen between the thirteenth and fourteenth of March 2021.", None),
    ("She was seen on the 14th of March, 2 thousand and 21.", None),
    ("She was seen over the thirteenth, fourteenth and fifteenth of April 2022.", None),
    ("She was seen on May thirteenth–fourteenth.", None),
    ("Between fourteen and fifteen March residents were moved.", None),
    ("On May twenty-first, twenty twenty she moved.", None),
    ("She died on March 14, 21 at home.", None),
])
def test_exact_output(text, expected):
    when = datetime.date(2022, 3, 14)
    out = _redactor(when).redact_text(text)
    assert out == (text if expected is None else expected)
    assert verify_bytes(out.encode(), "txt", _rules(when)).ok
    assert verify_bytes(text.encode(), "txt", _rules(when)).ok == (expected is None)
