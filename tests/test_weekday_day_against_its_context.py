"""The date of death as a weekday and a day alone ("died on Saturday 26th") where the months the text names around it
are some other matter's: the weekday falls on that day in none of them (lead, 2026-12-06, a fictional Somali
family's draft).

Before: the day alone took the month the text named before it ("a case opened in Jan 2022"), and 26 January is no
date of death, so "Hodan died on Saturday 26th." was left and verify passed it, though 26 January 2022 was a
Wednesday. Now a weekday that falls on the day in none of the context's months is read as where no month was
named: the weekday and the day together are the date of death when they are its weekday and day. Where the
context's month does have that weekday on that day ("In March 2022 ... Saturday 26th", another Saturday 26th) the
day stays, and so does another weekday.

Tuned and held-back seeds are counted apart (``python tests/test_weekday_day_against_its_context.py``).
"""
from __future__ import annotations

import calendar
import datetime
import random

import pytest

TUNED, HELD_BACK = range(0, 40), range(7000, 7040)

WEEKDAYS = list(calendar.day_name)
CONTEXTS = ["Children's Services opened a case in {month} {year}.", "In {month} {year} she moved to a new flat.",
            "The MARAC of {month} {year} discussed her.", "{month} {year}: the GP referred her to counselling."]
SENTENCES = ["{name} died on {weekday} {day}.", "On {weekday} the {day} police were called to the flat.",
             "{name} was found on the morning of {weekday} {day}.", "{weekday} {day} – police found {name}.",
             "Late on {weekday} {day} a neighbour heard screaming.", "{name} was killed on {weekday}, {day}."]
NAMES = ["Hodan", "Agnieszka", "Mary", "Priya", "Ngozi", "Siobhan", "Thu", "Ayşe", "Marcia", "Bronwen"]


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 11 <= day % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def make_case(seed: int) -> dict:
    rng = random.Random(seed)
    kind = rng.choice(["goes", "goes", "other weekday", "consistent"])
    while True:
        death = datetime.date(rng.randint(2016, 2024), rng.randint(1, 12), rng.randint(1, 28))
        # the context: an earlier month of the same year or the year before, not the death's month
        back = rng.randint(1, 10)
        month_index = death.year * 12 + death.month - 1 - back
        year, month = divmod(month_index, 12)
        month += 1
        consistent = datetime.date(year, month, death.day).weekday() == death.weekday()
        if kind == "consistent" and not consistent:
            continue
        if kind != "consistent" and consistent:
            continue
        break
    weekday = death.weekday() if kind != "other weekday" else (death.weekday() + rng.randint(1, 6)) % 7
    name = rng.choice(NAMES)
    sentence = rng.choice(SENTENCES).format(name=name, weekday=WEEKDAYS[weekday], day=_ordinal(death.day))
    context = rng.choice(CONTEXTS).format(month=calendar.month_name[month], year=year)
    return {"seed": seed, "death": death, "kind": kind, "sentence": sentence,
            "text": f"{context}\n\n{sentence}", "rules": {"version": 1, "people": [
                {"name": f"{name} Okonkwo-Smith", "pseudonym": "Grace"}], "dates": {"date_of_death": death}}}


def outcome(case: dict) -> str | None:
    """What went wrong, or None."""
    from redact.pipeline import Redactor
    from redact.rules import parse_rules
    from redact.verify.verdict import verify_texts

    rules = parse_rules(case["rules"])
    out = Redactor(rules).redact_text(case["text"])
    day = _ordinal(case["death"].day)
    if case["kind"] == "goes":
        if day in out:
            return f"leak: {case['text']!r} -> {out!r}"
        if verify_texts(rules, [("p", case["sentence"])]).ok:
            return f"verify passes {case['sentence']!r}"
    elif day not in out:
        return f"over-redaction ({case['kind']}): {case['text']!r} -> {out!r}"
    return None


@pytest.mark.parametrize("seed", [*TUNED, *HELD_BACK])
def test_a_weekday_and_day_the_context_cannot_hold_is_the_date_of_death(seed):
    wrong = outcome(make_case(seed))
    assert wrong is None, wrong


if __name__ == "__main__":
    from seed_tally import print_tallies

    print_tallies(make_case, outcome, (("tuned", TUNED), ("held-back", HELD_BACK)))
