"""The date of death written in words, or with a weekday in brackets inside it, as authors, police statements,
transcripts and messages write it: "December eighteen, twenty thirteen", "On 14th (Monday) March 2022", "Wednesday
[third] January 2024", "the twenty-eighth (Friday) of December two thousand and eighteen", "the fourteenth, er, of
March", "Two Thousand & Twenty-Two". Found by a dates probe (2026-12-06): the date stayed whole or in part ("[date
removed] (Sunday) twenty eleven", "3 [date removed] thousand nineteen") and `verify` passed the output.

Generated (tests/dates_in_words_gen.py): 32 ways of writing a date with its day, month and year in words or figures,
in 10 frames of a review, a statement, a transcript and a message; a tuned seed and a held-back seed. Beside them,
another date written the same ways (another day, or another month of the same year) and ordinary number words
("the second time", "fourteen officers") must stay.
"""
from __future__ import annotations

import datetime
import re
from functools import lru_cache

import pytest

from conftest import quiet_redactor
from dates_in_words_gen import date_sentences, other_date_sentences
from redact.api import verify_bytes
from redact.dates import mentions_of, protected_date_candidates
from redact.normalise import date_view

TUNED, HELD_BACK = 7, 8
PSEUDONYMS = re.compile(r"Person \d+|\[reference\]|06:40")


def _rules(when: datetime.date) -> dict:
    return {"people": [{"name": "Grace Mensah", "pseudonym": "Efua"}], "dates": {"date_of_death": when.isoformat()}}


@lru_cache(maxsize=64)
def _redactor(when: datetime.date):
    return quiet_redactor(_rules(when))


def _left(out: str, parts: list[str]) -> list[str]:
    bare = PSEUDONYMS.sub("", out)
    return [p for p in parts if re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", bare)]


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_apply_removes_the_date_in_words_and_verify_agrees(seed):
    wrong = []
    for text, when, parts in date_sentences(seed, 40):
        out = _redactor(when).redact_text(text)
        if _left(out, parts) or "[date removed]" not in out or verify_bytes(text.encode(), "txt", _rules(when)).ok \
                or not verify_bytes(out.encode(), "txt", _rules(when)).ok:
            wrong.append((text, out))
    assert not wrong, f"{len(wrong)} of 40: {wrong[:5]}"


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_the_date_finders_read_every_form(seed):
    """The readings alone, on more sentences: apply's and verify's both find the date."""
    missed = []
    for text, when, _ in date_sentences(seed + 100, 300):
        view, _origin = date_view(text)
        if not mentions_of(view, when) or not protected_date_candidates(view, when):
            missed.append(text)
    assert not missed, f"{len(missed)} of 300: {missed[:5]}"


@pytest.mark.parametrize("seed", [TUNED + 1000, HELD_BACK + 1000], ids=["tuned", "held-back"])
def test_another_date_in_words_is_no_mention(seed):
    found = []
    for text, when, _keep in other_date_sentences(seed, 300):
        view, _origin = date_view(text)
        if mentions_of(view, when):
            found.append(text)
    assert not found, f"{len(found)} of 300: {found[:5]}"


@pytest.mark.parametrize("text, expected", [
    ("She died on the fourteenth of March, two thousand and twenty-two.", "She died on [date removed]."),
    ("She died on March the fourteenth 2022.", "She died on [date removed]."),
    ("She died on 14 March twenty twenty-two.", "She died on [date removed]."),
    ("She died on fourteen March 2022.", "She died on [date removed]."),
    ("She died on the 14th of March in the year two thousand and twenty two.", "She died on [date removed]."),
    ("On 14th (Monday) March 2022 police attended.", "On [date removed] police attended."),
    ("Monday (14th) March 2022 police attended.", "[date removed] police attended."),
    ("On 14 March (a Monday) 2022 police attended.", "On [date removed] police attended."),
    ("On the fourteenth (Monday) of March 2022 police attended.", "On [date removed] police attended."),
    ("On Monday [fourteenth] March 2022 police attended.", "On [date removed] police attended."),
    ("She died on (Monday 14th) March 2022.", "She died on [date removed]."),
    ("She died on 14th March [Monday] 2022.", "She died on [date removed]."),
    ("It was, er, March fourteen, twenty twenty-two.", "It was, er, [date removed]."),
    ("It was the fourteenth, er, of March.", "It was [date removed]."),
    ("She died on the fourteenth of March, twenty-two.", "She died on [date removed]."),
    ("She died on Fourteenth of March, Two Thousand & Twenty-Two.", "She died on [date removed]."),
    ("She died on the 14th of March two-thousand-and-twenty-two.", "She died on [date removed]."),
    ("msg: its the fourteenth of march today", "msg: its [date removed] today"),
    # the weekday written after the date goes with it (tests/test_weekday_after_the_date.py)
    ("In March 2022 things got worse. On the fourteenth, a Monday, she was found.",
     "In March 2022 things got worse. On [date removed], she was found."),
    # another date, and number words that are no date, stay
    ("She was seen on the fourteenth of May 2022 and the fifteenth of March 2022.", None),
    ("She was seen on the fourteenth of March two thousand and twenty-one.", None),
    ("Her visit on 14th (Monday) March 2021 was the last.", None),
    ("It was the second time; the first time was in March 2022.", None),
    ("Two thousand and twenty-two people marched on 15 March.", None),
    ("She was the fourteenth caller; in March 2022 she phoned twice.", None),
    ("On 15 March (a Tuesday) 2022 the police came.", None),
])
def test_exact_output(text, expected):
    when = datetime.date(2022, 3, 14)
    out = _redactor(when).redact_text(text)
    assert out == (text if expected is None else expected)
    assert verify_bytes(out.encode(), "txt", _rules(when)).ok
    assert verify_bytes(text.encode(), "txt", _rules(when)).ok == (expected is None)


# A sentence that ends with the month and a number word that opens the next: no date, in apply or verify, whatever
# the month and the number (the day word only matches the date of death's month and day)
@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("frame", ["It was {m}. {d} days later she called.", "She moved out in {m}. {d} officers "
                                   "attended in June.", "That was {m}. {d} weeks passed before the review began."])
def test_a_number_word_opening_the_next_sentence_is_no_day(month, frame):
    import calendar
    from redact.dates import _CARDINAL_DAYS

    when = datetime.date(2022, month, 5)
    words = [w for w, day in _CARDINAL_DAYS.items() if day == when.day and " " not in w and "-" not in w]
    text = frame.format(m=calendar.month_name[month], d=words[0].capitalize())
    assert _redactor(when).redact_text(text) == text
    assert verify_bytes(text.encode(), "txt", _rules(when)).ok
