"""Generated sentences where the death is counted from another event that the sentence dates: "She died the day
after her sister's wedding on 8 July 2023", "Two days after the hearing (7 July 2023), Efua was killed", "He was
killed on the Sunday after the party on 8 July". The event's date plus the count is the date of death, so the
event's date goes (the count and the event stay: "the day after her sister's wedding on [date removed]").

Controls: the same sentences where the count does not land on the death (off by one or more, the other way), and a
count whose date is its own, set apart by commas ("Two days before the hearing, on 7 July, she rang"), which is
the counted day only when that day is the death's.

Each case: (date of death, sentence, the written date, whether it gives the death away). Seeds: TUNED looked at
while fixing, HELD_BACK only counted (``python tests/dated_event_counts_gen.py`` prints both).
"""
from __future__ import annotations

import datetime as dt
import random

from death_counts_gen import NAMES, WEEKDAYS, WORDS, written

TUNED, HELD_BACK = range(0, 240), range(50000, 50240)

PSEUDONYM = "Efua"
SUBJECTS = ["she", "he", PSEUDONYM, "the victim", "Ms Mensah", "her son"]
DIED = ["died", "was killed", "was murdered", "was found dead", "was stabbed to death", "passed away",
        "lost her life", "was fatally injured"]
# events a DHR's chronology dates, of many communities' lives
EVENTS = ["her sister's wedding", "the hearing", "the family court hearing", "his release from prison",
          "the MARAC meeting", "her birthday party", "the Eid celebrations", "the christening of her niece",
          "Diwali", "the school concert", "her GP appointment", "the funeral of his father", "the nikah",
          "the child protection conference", "her cousin's mehndi", "the barbecue at her mother's house",
          "the Notting Hill Carnival", "their son's first birthday", "the bail hearing at the magistrates' court",
          "the Vaisakhi parade", "her last shift at the care home", "a New Year party", "the eviction",
          "the argument", "Tariq's arrest", "the christening", "her daughter's graduation ceremony"]
# how the sentence dates the event
DATED = ["on {d}", "held on {d}", "on {d}", "({d})", "which was on {d}", "of {d}", "on the {d}", "dated {d}"]


def _count(days: int, way: str, rng: random.Random) -> str:
    if days == 1:
        forms = [f"the day {way}", f"the morning {way}", f"the night {way}", f"one day {way}", f"a day {way}",
                 f"24 hours {way}", f"the evening {way}"]
    else:
        forms = [f"{days} days {way}", f"{WORDS[days - 1]} days {way}"]
        if days == 2:
            forms += [f"48 hours {way}", f"forty-eight hours {way}"]
        if days == 7:
            forms += [f"a week {way}", f"one week {way}"]
        if days == 14:
            forms += [f"a fortnight {way}", f"two weeks {way}"]
    return rng.choice(forms)


def case(seed: int) -> tuple[dt.date, str, str, bool]:
    rng = random.Random(seed)
    death = dt.date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))
    gives = seed % 3 != 0
    before = rng.random() < 0.35
    way = rng.choice(["before", "prior to", "ahead of"] if before else ["after", "following"])
    kind = rng.choice(["count", "count", "count", "weekday"])
    event = rng.choice(EVENTS)
    if kind == "weekday":
        days = rng.randint(1, 7)
        count = f"the {WEEKDAYS[death.weekday()]} {way}"
    else:
        days = rng.choice([1, 1, 1, 2, 2, 3, 4, 5, 7, 7, 10, 14])
        count = _count(days, way, rng)
    event_day = death + dt.timedelta(days=days if before else -days)
    if not gives:
        control = rng.choice(["off", "off", "other way", "apart"])
        if control == "apart":
            # the date is the counted day's own (a comma sets it apart): it stays unless it is the death's
            text, date = _apart(event_day, count, event, rng)
            return death, text, date, False
        if control == "off" or kind == "weekday":
            # (never onto the death itself: its own date is no control)
            event_day += rng.choice([dt.timedelta(days=off * (7 if kind == "weekday" else 1))
                                     for off in (-3, -2, -1, 1, 2, 3)
                                     if event_day + dt.timedelta(days=off * (7 if kind == "weekday" else 1)) != death])
        else:
            event_day = death + dt.timedelta(days=-days if before else days)
    date = written(event_day, rng, True)
    dated = rng.choice(DATED)
    if dated == "on the {d}" and not date[0].isdigit():
        dated = "on {d}"
    if dated == "on {d}" and date.startswith("the "):
        dated = "{d}"
    when = dated.format(d=date)
    if when.startswith("{") or when == date:
        when = f"on {date}"
    subject = rng.choice(SUBJECTS)
    died = rng.choice(DIED)
    if died == "lost her life" and subject in ("he", "her son"):
        died = "lost his life"
    on = "on " if kind == "weekday" and rng.random() < 0.5 else ""
    name = rng.choice(NAMES)
    frames = [f"{subject} {died} {on}{count} {event} {when}.",
              f"{count} {event} {when}, {subject} {died}.",
              f"According to {name}, {subject} {died} {on}{count} {event} {when}.",
              f"| {death.year} | {subject} {died} {on}{count} {event} {when} | Police |",
              f"The panel heard that {subject} {died} {on}{count} {event} {when}, at home."]
    text = rng.choice(frames)
    return death, text[0].upper() + text[1:], date, gives


def _apart(day: dt.date, count: str, event: str, rng: random.Random) -> tuple[str, str]:
    date = written(day, rng, True)
    on = "" if date.startswith("the ") else "on "
    text = rng.choice([f"{count} {event}, {on}{date}, {rng.choice(NAMES)} rang the helpline.",
                       f"{rng.choice(NAMES)} saw her {on}{date}, {count} {event}."])
    return text[0].upper() + text[1:], date


def cases(seeds) -> list[tuple[dt.date, str, str, bool]]:
    return [case(seed) for seed in seeds]


def rules(death: dt.date) -> dict:
    return {"people": [{"name": "Grace Mensah", "pseudonym": PSEUDONYM}],
            "dates": {"date_of_death": death.isoformat()}}


def problems(death, text, date, gives, redact_text, verify_text) -> list[str]:
    out = redact_text(text, rules(death))
    found = []
    if gives:
        if date in out:
            found.append(f"left: {out}")
        if not any(leak.kind.startswith("date_of") for leak in verify_text(text, rules(death)).leaks):
            found.append("verify passed the draft")
    elif date not in out:
        # (a feast may name the death's day itself: "the Eid celebrations" on the day goes, which is no control's
        # business; the written date must stay)
        found.append(f"changed: {out}")
    return found


if __name__ == "__main__":
    import sys
    sys.path.insert(0, "tests")
    from quietly import redact_text, verify_text

    for label, seeds in (("tuned", TUNED), ("held back", HELD_BACK)):
        all_cases = cases(seeds)
        bad = [(c, p) for c in all_cases for p in problems(*c, redact_text, verify_text)]
        gives = sum(c[3] for c in all_cases)
        left = sum(1 for c, p in bad if c[3])
        changed = sum(1 for c, p in bad if not c[3])
        print(f"{label}: giving the death away {gives}, failing {len({c[1] for c, _ in bad if c[3]})} "
              f"({left} problems); controls {len(all_cases) - gives}, changed {changed}")
        if label == "tuned":
            for c, p in bad[:40]:
                print("  ", c[0], "|", c[1], "|", p)
