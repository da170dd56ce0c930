"""Fictional sentences where the author adds the weekday after the date of death or birth: "died on 9 July 2023
(Sunday)", "9/7/23, a Sunday", "9 July 2023 - a Sunday - at home", "[Sun.]", "(Sunday night)", "(Sun.) at home".
Apply removed the date and left the weekday ("died on [date removed] (Sunday)"), which tells the day of that week
the death fell on. Each case: no weekday of the protected date left beside the placeholder, and the sentence
without stray punctuation ("( )", ", ."). Controls: another date's weekday, and a week's date with its weekday
("w/c 3 July 2023 (Sunday)", stop 52's choice: the week's date stays), change as before.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
(``python tests/test_weekday_after_the_date.py``).
"""
from __future__ import annotations

import datetime
import random

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

PEOPLE = [("Hodan Warsame", "Hodan"), ("Agnieszka Kowalczyk", "Agnieszka"), ("Priya Raghunathan", "Priya"),
          ("Chiamaka Okonkwo", "Chiamaka"), ("Siobhan Gallagher", "Siobhan"), ("Mehwish Chaudhry", "Mehwish"),
          ("Rhiannon Pritchard", "Rhiannon"), ("Thi Lan Nguyen", "Lan"), ("Gulsen Yildirim", "Gulsen")]
DATE_FORMS = ["{d} {B} {Y}", "{d}/{m}/{y}", "{dd}/{mm}/{Y}", "{d}{o} {B} {Y}", "{B} {d}{o}, {Y}", "{d}.{m}.{y}",
              "{d} {b} {Y}", "{d}{o} of {B} {Y}", "{d} {B}"]
ASIDES = [" ({W})", " ({w})", " ({w}.)", " [{W}]", " (a {W})", ", a {W}", " - a {W} -", " – a {W} –", ", on a {W}",
          " ({W} night)", " ({W} evening)", " ({W} morning)", " (on a {W})", " ({WU})", "({W})"]
DEATH_FRAMES = ["{N} died on {D}{A} at home.", "{N} was killed on {D}{A}.", "On {D}{A}, police found {N}.",
                "Date of death: {D}{A}", "{N} was found dead on {D}{A}; the ambulance came at 02:10.",
                "The homicide took place on {D}{A} in the flat."]
BIRTH_FRAMES = ["{N} was born on {D}{A} in Leeds.", "Date of birth: {D}{A}", "{N} (born {D}{A}) was 32."]
CONTROL_FRAMES = ["{N} saw her GP on {D}{A} about her sleep.", "The MARAC met on {D}{A}.",
                  "In the w/c {D}{A} {N} rang the helpline."]


def _written(day: datetime.date, form: str, aside: str) -> tuple[str, str]:
    ordinal = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    date = form.format(d=day.day, dd=f"{day.day:02d}", m=day.month, mm=f"{day.month:02d}", y=f"{day.year % 100:02d}",
                       Y=day.year, B=day.strftime("%B"), b=day.strftime("%b"), o=ordinal)
    weekday = day.strftime("%A")
    return date, aside.format(W=weekday, w=weekday[:3], WU=weekday.upper())


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(seed * 100 + k)
    name, given = rng.choice(PEOPLE)
    death = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(5 * 365))
    birth = datetime.date(1960, 1, 1) + datetime.timedelta(days=rng.randrange(40 * 365))
    rules = {"version": 1, "review": "test", "people": [{"name": name, "pseudonym": "Mary"}],
             "dates": {"date_of_death": death.isoformat(), "date_of_birth": birth.isoformat()}}
    form, aside = rng.choice(DATE_FORMS), rng.choice(ASIDES)
    if k == 4:
        other = death - datetime.timedelta(days=rng.randrange(14, 300))
        frame = rng.choice(CONTROL_FRAMES)
        if "w/c" in frame:
            other = death - datetime.timedelta(days=death.weekday())   # the Monday of the week of the death
            aside = rng.choice([" ({W})", " ({w})"])
            date, _ = _written(other, form, aside)
            written_aside = aside.format(W=death.strftime("%A"), w=death.strftime("%a"))
        else:
            date, written_aside = _written(other, form, aside)
        return {"kind": "control", "rules": rules, "sentence": frame.format(N=given, D=date, A=written_aside)}
    day, frames, kind = (birth, BIRTH_FRAMES, "birth") if k == 3 else (death, DEATH_FRAMES, "death")
    if "{Y}" not in form and "{y}" not in form:
        form = "{d} {B} {Y}"    # a day and month alone is the protected date only in some contexts
    date, written_aside = _written(day, form, aside)
    frame = rng.choice(frames)
    return {"kind": kind, "rules": rules, "sentence": frame.format(N=given, D=date, A=written_aside),
            "weekday": day.strftime("%A")}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(5)]


def _redact(case: dict, text: str) -> str:
    from quietly import redact_text

    return redact_text(text, case["rules"])


def run_case(case: dict, main_output: str | None = None) -> tuple[str, str | None]:
    """The output and what is wrong: the weekday left, or stray punctuation; for a control, ``main_output`` given,
    any difference from it."""
    import re

    output = _redact(case, case["sentence"])
    if case["kind"] == "control":
        return output, None if main_output is None or output == main_output else "changed"
    weekday = case["weekday"]
    if re.search(rf"(?i)(?<![a-z])(?:{weekday}|{weekday[:3]})(?![a-z])", output):
        return output, "weekday left"
    if re.search(r"\(\s*\)|\[\s*\]|,\s*[.;]|\s[-–]\s*[.;]|\s[-–]$", output):
        return output, "stray punctuation"
    return output, None


def count(seeds, controls_from: dict | None = None) -> dict[str, tuple[int, int]]:
    totals: dict[str, list[int]] = {}
    for seed in seeds:
        for k, case in enumerate(make_cases(seed)):
            _, problem = run_case(case, (controls_from or {}).get((seed, k)))
            entry = totals.setdefault(case["kind"], [0, 0])
            entry[0] += problem is not None
            entry[1] += 1
    return {kind: (wrong, of) for kind, (wrong, of) in sorted(totals.items())}


def control_outputs(seeds) -> dict:
    return {(seed, k): _redact(case, case["sentence"]) for seed in seeds
            for k, case in enumerate(make_cases(seed)) if case["kind"] == "control"}


if __name__ == "__main__":
    import sys

    for seed in map(int, sys.argv[1:]):
        for case in make_cases(seed):
            output, problem = run_case(case)
            print(seed, case["kind"], repr(case["sentence"]), "->", repr(output), problem or "")
