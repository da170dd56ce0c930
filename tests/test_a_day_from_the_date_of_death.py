"""The day before or after the date of death written from the next or the last day ("the day before 15 March
2022", "the night after 13/03/2022", "the eve of the 15th of March 2022"): it names the date of death as surely
as the date itself, so the phrase and the date go, in apply and verify alike. The same phrase pointing the other
way ("the day after 15 March 2022") or in another year stays.

Generated sentences, a tuned seed and a held-back seed (counted on main before the fix: see docs/quality.md).
"""
from __future__ import annotations

import datetime as dt
import random

import pytest

from quietly import redact_text, verify_text

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
BEFORE = ["the day before", "the night before", "the evening before", "the eve of", "The day before"]
AFTER = ["the day after", "the night after", "the morning after", "The morning after"]
NAMES = ["Aisha Rahman", "Gareth Pritchard", "Chidi Okafor", "Agnieszka Nowak", "Mei Ling Chen", "Siobhan Byrne",
         "Tomasz Zieliński", "Leroy Campbell", "Harpreet Kaur", "Fatma Yılmaz", "Olumide Adeyemi", "Eilidh Fraser"]
FRAMES = ["{name} was last seen {phrase} {date} at her flat.", "On {phrase} {date}, {name} rang her sister.",
          "Police logs show a call {phrase} {date}.", "{name}'s GP saw her {phrase} {date}.",
          "Her brother said: \"It was {phrase} {date}, I remember it.\"", "| {phrase} {date} | Visit by IDVA |"]


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _written(d: dt.date, rng: random.Random) -> str:
    return rng.choice([f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
                       f"the {_ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}",
                       f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                       f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"])


def sentences(seed: int, n: int = 40) -> list[tuple[dt.date, str, str, bool]]:
    """(date of death, sentence, the date as written, whether it names the date of death)."""
    rng = random.Random(seed)
    out = []
    for at in range(n):
        death = dt.date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(2, 27))
        names_it = at % 2 == 0
        before = rng.random() < 0.5
        # naming it: "before" the next day, "after" the last; not naming it: the other way round, or another year
        if names_it:
            written_day = death + dt.timedelta(days=1 if before else -1)
        elif rng.random() < 0.5:
            written_day = death + dt.timedelta(days=-1 if before else 1)
        else:
            written_day = (death + dt.timedelta(days=1 if before else -1)).replace(year=death.year - 1)
        phrase = rng.choice(BEFORE if before else AFTER)
        date = _written(written_day, rng)
        text = rng.choice(FRAMES).format(name=rng.choice(NAMES), phrase=phrase, date=date)
        if text.startswith(phrase.lower()):
            text = text[0].upper() + text[1:]
        out.append((death, text, date, names_it))
    return out


def _rules(death: dt.date) -> dict:
    return {"people": [{"name": "Grace Mensah", "pseudonym": "Efua"}], "dates": {"date_of_death": death.isoformat()}}


def _problems(death, text, date, names_it) -> list[str]:
    rules = _rules(death)
    out = redact_text(text, rules)
    if names_it:
        problems = [f"left: {out}"] if date in out or "[date removed]" not in out else []
        if verify_text(text, rules).ok:
            problems.append("verify passed the draft")
    else:
        # (the names of the frames are nobody listed: the default policy replaces them, the date is what is asked)
        problems = [] if date in out and "[date removed]" not in out else [f"changed: {out}"]
        if not verify_text(text, rules).ok:
            problems.append("verify alarmed on another day")
    if not verify_text(out, rules).ok:
        problems.append(f"verify failed the output: {out}")
    return problems


TUNED, HELD_BACK = 2207, 8811


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held_back"])
def test_a_day_from_the_date_of_death_goes_and_the_other_way_stays(seed):
    failures = [(text, p) for death, text, date, names_it in sentences(seed) for p in _problems(death, text, date,
                                                                                                 names_it)]
    assert failures == []


@pytest.mark.parametrize("text, expected", [
    ("She was last seen the day before 15 March 2022.", "She was last seen [date removed]."),
    ("On the night after 13/03/2022 police were called.", "On [date removed] police were called."),
    ("He was arrested the day after 15 March 2022.", "He was arrested the day after 15 March 2022."),
    ("The day before 16 March 2022 she called.", "The day before 16 March 2022 she called."),
])
def test_exact_outputs(text, expected):
    assert redact_text(text, _rules(dt.date(2022, 3, 14))) == expected
