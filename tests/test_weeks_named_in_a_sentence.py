"""A week named inside a sentence ("The victim died on w/c 3 July 2023 (Sunday).", "she died in the week commencing
3 July 2023, on the Sunday"): the weekday that falls on the protected date goes, as it does under a week's heading,
in apply and verify alike; another weekday, a weekday two sentences on and a week of another date stay (the sentence
right after the week's is still the week's: tests/test_weekdays_of_a_named_week.py).
Found by the redteam51 generator (its "date_wc" class); the cases here are every cue of a week's heading
(``dates._WEEK_CUE``) written in a sentence, with the ways a sentence names one of its days."""
from __future__ import annotations

import datetime
import itertools

import pytest

from quietly import redact_text

DEATH = datetime.date(2023, 7, 9)            # a Sunday
RULES = {"version": 1, "review": "t", "people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}],
         "dates": {"date_of_death": DEATH.isoformat()}}
# (words, the week's day the words write: the first day of the week, or its last)
CUES = [("w/c", "first"), ("W/C", "first"), ("w/b", "first"), ("wk/c", "first"), ("week commencing", "first"),
        ("week beginning", "first"), ("week starting", "first"), ("w/e", "last"), ("week ending", "last")]
DATES = ["{d} July 2023", "{dd}/07/2023", "{nth} July 2023", "{d} Jul 23"]
SENTENCES = ["The victim died in the {week}, on the {day}.", "Date of death: {week} ({day}).",
             "Hodan was killed on {week} ({day}) at the flat.", "Police records give the {week}, on {day}, as the day "
             "Hodan died."]


def _week(cue: str, which: str, form: str) -> str:
    written = DEATH - datetime.timedelta(days=6) if which == "first" else DEATH
    day = written.day
    nth = f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"
    return f"{cue} {form.format(d=day, dd=f'{day:02d}', nth=nth)}"


CASES = [(sentence.format(week=_week(cue, which, form), day=day), day)
         for (cue, which), form, sentence, day in itertools.product(CUES, DATES, SENTENCES, ["Sunday"])]


@pytest.mark.parametrize("sentence,day", CASES[::3] + CASES[1::7])
def test_the_weekday_of_the_death_goes(sentence, day):
    from redact.rules import parse_rules
    from redact.verify.verdict import verify_texts

    out = redact_text(sentence, RULES)
    assert day not in out, out
    rules = parse_rules(RULES)
    assert not verify_texts(rules, [("draft", sentence)]).ok          # verify sees the draft's
    assert verify_texts(rules, [("output", out)]).ok, out               # and passes the output


@pytest.mark.parametrize("sentence", [
    "The victim was seen in the w/c 3 July 2023, on the Friday.",              # another day of the week
    "Date of birth: week commencing 26 June 2023 (Sunday).",                  # another week
    "In the week commencing 3 July 2023 (Friday) she rang. She moved. She was seen on Sunday.",   # two sentences on
    "She went to the gym every week of 2023 on Sunday.",                      # no week's date
])
def test_other_days_and_weeks_stay(sentence):
    assert redact_text(sentence, RULES) == sentence
