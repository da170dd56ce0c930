"""The date of death written as a count of days away from another written date ("two days before 16 March 2022",
"three days after 11/03/2022", "48 hours before 16 March 2022", "a week before 21 March 2022", "a fortnight after
28 February 2022", "four days later than 10 March 2022"): arithmetic gives the date of death away as surely as the
date itself, so the count, its direction and the date go together, in apply and verify alike. The same phrase
pointing the other way, with another count or in another year stays; so does a period ("the week after 7 March
2022", "the two days before 16 March 2022" name a stretch of days, not one day).

Generated sentences, a tuned seed and a held-back seed (counted on main before the fix: see docs/quality.md).
"""
from __future__ import annotations

import datetime as dt
import random

import pytest

from quietly import redact_text, verify_text

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen"]
BEFORE = ["before", "prior to", "earlier than", "preceding", "ahead of"]
AFTER = ["after", "later than", "following", "on from"]
NAMES = ["Aisha Rahman", "Gareth Pritchard", "Chidi Okafor", "Agnieszka Nowak", "Mei Ling Chen", "Siobhan Byrne",
         "Tomasz Zieliński", "Leroy Campbell", "Harpreet Kaur", "Fatma Yılmaz", "Olumide Adeyemi", "Eilidh Fraser",
         "Hamish MacLeod", "Yusuf Al-Amin", "Bogdan Popescu", "Nia Llewellyn"]
FRAMES = ["{name} was last seen {phrase} {date} at her flat.", "{name} rang her sister {phrase} {date}.",
          "Police logs show a call {phrase} {date}.", "{name}'s GP saw her {phrase} {date}.",
          "Her brother said: \"It was {phrase} {date}, I remember it.\"", "| {phrase} {date} | Visit by IDVA |",
          "{Phrase} {date} the housing officer, {name}, called round.", "“{Phrase} {date} she seemed scared,” {name} said."]


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _written(d: dt.date, rng: random.Random) -> str:
    month = MONTHS[d.month - 1]
    forms = [f"{d.day} {month} {d.year}", f"{_ordinal(d.day)} {month} {d.year}", f"the {_ordinal(d.day)} of {month} {d.year}",
             f"{month} {d.day}, {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {month[:3]} {d.year}",
             f"{WEEKDAYS[d.weekday()]} {d.day} {month} {d.year}", f"{d.isoformat()}"]
    if d.day > 12:
        forms.append(f"{d.month:02d}/{d.day:02d}/{d.year}")   # US order, unambiguous
    return rng.choice(forms)


def _count(days: int, rng: random.Random) -> str:
    """``days`` written as a count: days, nights, hours, weeks or a fortnight, in figures or words."""
    forms = [f"{days} days", f"{WORDS[days - 1]} days", f"{WORDS[days - 1]} nights"] if days > 1 else \
        ["a day", "one day", "1 day", "a night", "24 hours", "twenty-four hours"]
    if days in (2, 3):
        forms += [f"{24 * days} hours", {2: "forty-eight hours", 3: "seventy-two hours"}[days]]
    if days == 7:
        forms += ["a week", "one week", "1 week"]
    if days == 14:
        forms += ["a fortnight", "two weeks", "2 weeks"]
    phrase = rng.choice(forms)
    return rng.choice(["", "", "exactly ", "just "]) + phrase


def sentences(seed: int, n: int = 48) -> list[tuple[dt.date, str, str, str, bool]]:
    """(date of death, sentence, the phrase, the date as written, whether it names the date of death)."""
    rng = random.Random(seed)
    out = []
    for at in range(n):
        death = dt.date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))
        days = rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 7, 7, 8, 9, 10, 11, 12, 13, 14, 14])
        before = rng.random() < 0.5
        way = rng.choice(BEFORE if before else AFTER)
        count = _count(days, rng)
        names_it = at % 2 == 0
        # naming it: "before" a later day, "after" an earlier one; not naming it: the other way round, another
        # count, another year, or a stretch of days ("the two days before", "the week after")
        offset = days if before else -days
        if names_it:
            written_day = death + dt.timedelta(days=offset)
        else:
            kind = rng.choice(["other way", "other count", "other year", "stretch"])
            if kind == "other way":
                written_day = death - dt.timedelta(days=offset)
            elif kind == "other count":
                written_day = death + dt.timedelta(days=offset + (1 if before else -1))
            elif kind == "other year":
                written_day = death + dt.timedelta(days=offset)
                written_day = written_day.replace(year=written_day.year - 1, day=min(written_day.day, 28))
            else:
                written_day = death + dt.timedelta(days=offset)
                count = rng.choice(["the week", "the fortnight", f"the {WORDS[max(days, 2) - 1]} days",
                                    f"the {24 * max(days, 2)} hours", "the two weeks"])
        phrase = f"{count} {way}"
        date = _written(written_day, rng)
        text = rng.choice(FRAMES).format(name=rng.choice(NAMES), phrase=phrase, Phrase=phrase[0].upper() + phrase[1:],
                                         date=date)
        out.append((death, text, phrase, date, names_it))
    return out


def _rules(death: dt.date) -> dict:
    return {"people": [{"name": "Grace Mensah", "pseudonym": "Efua"}], "dates": {"date_of_death": death.isoformat()}}


def _problems(death, text, phrase, date, names_it) -> list[str]:
    rules = _rules(death)
    out = redact_text(text, rules)
    if names_it:
        # the count and its direction go with the date ("exactly", "just" may stay)
        counted = phrase.removeprefix("exactly ").removeprefix("just ")
        left = date in out or counted.lower() in out.lower() or "[date removed]" not in out
        problems = [f"left: {out}"] if left else []
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


TUNED, HELD_BACK = 4417, 9023


def failures(seed: int) -> list[tuple[str, str]]:
    return [(text, p) for death, text, phrase, date, names_it in sentences(seed)
            for p in _problems(death, text, phrase, date, names_it)]


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held_back"])
def test_days_away_from_the_date_of_death_go_and_the_rest_stays(seed):
    assert failures(seed) == []


@pytest.mark.parametrize("text, expected", [
    ("She was last seen two days before 16 March 2022.", "She was last seen [date removed]."),
    ("Police were called three days after 11/03/2022.", "Police were called [date removed]."),
    ("It happened 48 hours before the 16th of March 2022.", "It happened [date removed]."),
    ("It happened exactly a week before 21 March 2022.", "It happened exactly [date removed]."),
    ("| A fortnight after 28 February 2022 | Call |", "| [date removed] | Call |"),
    ("She moved out four days later than March 10, 2022.", "She moved out [date removed]."),
    ("She was seen one day before 15 March 2022.", "She was seen [date removed]."),
    # another direction, count or year, and a stretch of days, stay
    ("He was arrested two days after 16 March 2022.", "He was arrested two days after 16 March 2022."),
    ("He was arrested three days before 16 March 2022.", "He was arrested three days before 16 March 2022."),
    ("He was arrested two days before 16 March 2021.", "He was arrested two days before 16 March 2021."),
    ("Calls rose in the week after 7 March 2022.", "Calls rose in the week after 7 March 2022."),
    ("Calls rose in the two days before 16 March 2022.", "Calls rose in the two days before 16 March 2022."),
])
def test_exact_outputs(text, expected):
    assert redact_text(text, _rules(dt.date(2022, 3, 14))) == expected
