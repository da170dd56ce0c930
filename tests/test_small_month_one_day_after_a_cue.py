"""The date of death in March or May as a message or a note types it, the month in small letters and one day in
figures, after a word that dates it ("she died march 14", "texted him on march 14", "since may 3 she has been
gone", "by may 9 it was over"): the day and month go, in apply and verify alike. The other months were read so
already; "march" and "may" are verbs too, and without such a word a small-letter "march 14" may be a march ("they
march 14 miles", "we march 14 abreast") and stays; so does another day.

Generated sentences, a tuned seed and a held-back seed (counted on main before the change: see docs/quality.md).
"""
from __future__ import annotations

import datetime as dt
import random

import pytest

from quietly import redact_text, verify_text

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
CUES = ["on", "since", "until", "by", "before", "after", "from", "died", "killed", "was attacked", "was found"]
NAMES = ["jo", "aisha", "gareth", "chidi", "aga", "mei", "siobhan", "tomasz", "leroy", "harpreet", "fatma", "eilidh"]
FRAMES = ["\"{name} {cue} {month} {day} i cant believe it\"", "msg from sister: {cue} {month} {day} she stopped answering",
          "Note typed by officer: {name} {cue} {month} {day}, no further contact.",
          "facebook post: {cue} {month} {day} everything changed, miss u x"]


def cases(seed: int, n: int = 40) -> list[tuple[dict, str, str, bool]]:
    """(rules, sentence, "month day" as written, whether it is the date of death)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        death = dt.date(rng.randint(2016, 2024), rng.choice((3, 5)), rng.randint(1, 28))
        rules = {"people": [{"name": "Joanna Wiśniewska", "pseudonym": "Anna"}],
                 "dates": {"date_of_death": death.isoformat()}}
        goes = i % 3 != 2
        day = death.day if goes else (death.day % 28) + 1
        written = f"{MONTHS[death.month - 1]} {day}"
        sentence = rng.choice(FRAMES).format(name=rng.choice(NAMES), cue=rng.choice(CUES),
                                             month=MONTHS[death.month - 1], day=day)
        out.append((rules, sentence, written, goes))
    return out


TUNED, HELD_BACK = 1729, 8128
STAYS = ["they march {day} miles a day", "we march {day} abreast to the hall", "in march {day} people came"]


@pytest.mark.parametrize("rules,sentence,written,goes", cases(TUNED) + cases(HELD_BACK))
def test_a_small_month_and_one_day_after_a_dating_word(rules, sentence, written, goes):
    out = redact_text(sentence, rules)
    if goes:
        assert written not in out and "[date removed]" in out
        assert verify_text(sentence, rules).leaks
    else:
        assert out == sentence.replace("joanna", "anna")


@pytest.mark.parametrize("frame", STAYS)
def test_a_march_stays(frame):
    rules = {"people": [{"name": "Joanna Wiśniewska", "pseudonym": "Anna"}], "dates": {"date_of_death": "2022-03-14"}}
    sentence = frame.format(day=14)
    assert redact_text(sentence, rules) == sentence
    assert not verify_text(sentence, rules).leaks
