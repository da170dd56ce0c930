"""Fictional chronologies whose day rows write a weekday and the day's bare number under a month's heading
("November 2022", then "Friday 18: Police attended", "Fri 18 - ambulance called", "Friday 18<tab>Police", "| Sat
19 | ..."): the row of the date of death must go (apply) or be flagged (verify). Controls, which must stay as
written: the other days' rows, a weekday before a time or a count ("Friday 18:00 call", "Friday 18 people
attended"), and the same rows under another month's heading.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted (``python tests/weekday_day_rows_gen.py``).
"""
from __future__ import annotations

import datetime
import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

PEOPLE = ["Hodan Warsame", "Agnieszka Kowalczyk", "Priya Raghunathan", "Chiamaka Okonkwo", "Siobhan Gallagher",
          "Mehwish Chaudhry", "Rhiannon Pritchard", "Oksana Bondarenko", "Gulsen Yildirim", "Thi Lan Nguyen",
          "Kwame Mensah", "Fatima Zahra Benali", "Dorota Nowak", "Aroha Ngata", "Bogdan Ionescu"]
# (no names in the rows: a control row must come out as written)
EVENTS = ["Police attended the address", "ambulance called by a neighbour", "she rang the helpline",
          "referral to the MARAC", "seen by the GP", "housing officer visited", "found at the flat",
          "IDVA left a message", "911 call logged", "school raised a concern"]
HEADINGS = ["{B} {Y}", "{b} {Y}", "{M}/{Y}", "{m:02d}/{Y}", "{B}", "Week of {W} {B}", "w/c {W} {B} {Y}"]


def _heading(rng: random.Random, month_day: datetime.date, week_start: datetime.date) -> str:
    form = rng.choice(HEADINGS)
    return form.format(B=month_day.strftime("%B"), b=month_day.strftime("%b").upper(), Y=month_day.year,
                       M=month_day.month, m=month_day.month, W=week_start.day)


def _row(rng: random.Random, layout: str, day: datetime.date, event: str) -> str:
    weekday = day.strftime(rng.choice(["%A", "%a", "%A", "%A"]))
    if rng.random() < 0.15:
        weekday = weekday.upper()
    stamp = f"{weekday} {day.day}"
    return {"colon": f"{stamp}: {event}", "dash": f"{stamp} - {event}", "en dash": f"{stamp} – {event}",
            "tab": f"{stamp}\t{event.replace(' ', chr(9), 1)}", "pipe": f"| {stamp} | {event} |",
            "colon tab": f"{stamp}:\t{event}", "bare colon": f"{stamp}:\n    {event}"}[layout]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(seed * 100 + k)
    name = rng.choice(PEOPLE)
    given = name.split()[0]
    death = datetime.date(2018, 1, 1) + datetime.timedelta(days=rng.randrange(6 * 365))
    week_start = death - datetime.timedelta(days=death.weekday())
    layout = rng.choice(["colon", "colon", "dash", "en dash", "tab", "pipe", "colon tab", "bare colon"])
    weekly = False
    heading = _heading(rng, death, week_start)
    if "Week of" in heading or "w/c" in heading:
        weekly = True
        others = [week_start + datetime.timedelta(days=d) for d in range(7)]
    else:
        others = [death.replace(day=d) for d in range(max(1, death.day - 4), min(28, death.day + 4) + 1)]
    others = sorted(rng.sample([d for d in others if d != death], k=min(3, len(others) - 1)))
    rows, controls = [], []
    for day in sorted([*others, death]):
        row = _row(rng, layout, day, rng.choice(EVENTS).format(N=given))
        rows.append(row)
        if day != death:
            controls.append(row)
    # a weekday before a time or a count on the protected day's number, under a month's heading: no date (under a
    # week's heading the weekday alone names the day, which goes)
    if not weekly:
        weekday = rng.choice([d for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
                              if d != death.strftime("%A")])
        noise = rng.choice([f"{weekday} {death.day} people attended the vigil later that year",
                            f"{weekday} {death.day} officers were on shift"]
                           + ([f"{weekday} {death.day}:00 call to the helpline", f"{weekday} {death.day}:30 – shift"
                               " handover"] if death.day < 24 else []))
        rows.insert(rng.randrange(len(rows) + 1), noise)
        controls.append(noise)
    text = "Chronology of events\n\n" + heading + "\n\n" + "\n".join(rows) + "\n"
    if k == 3:
        # another month's heading above the same number: another day, which stays
        other = (death.replace(day=1) - datetime.timedelta(days=1)).replace(day=min(death.day, 28)) \
            if death.day <= 28 else death.replace(day=1) - datetime.timedelta(days=40)
        other = other.replace(day=min(other.day, 28))
        heading = other.strftime(rng.choice(["%B %Y", "%b %Y"])).upper() if rng.random() < .3 else other.strftime("%B %Y")
        row = _row(rng, layout, other, rng.choice(EVENTS).format(N=given))
        text = "Chronology of events\n\n" + heading + "\n\n" + row + "\n"
        return {"seed": seed, "kind": "other month", "text": text, "secret": None, "controls": [row],
                "rules": _rules(name, death)}
    secret = next(r for r in rows if r not in controls)
    return {"seed": seed, "kind": layout + (" week" if weekly else ""), "text": text, "secret": secret,
            "controls": controls, "rules": _rules(name, death)}


def _rules(name: str, death: datetime.date) -> dict:
    return {"version": 1, "review": "test", "people": [{"name": name, "pseudonym": "Mary"}],
            "dates": {"date_of_death": death.isoformat()}}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(4)]


def run_case(case: dict) -> tuple[str, str | None]:
    """(the output, what went wrong or None): "silent" (the death's row keeps its weekday and day and verify
    passes), "leak" (it keeps them, verify flags it), "unseen" (verify passed the draft), "changed" (a control
    changed)."""
    from quietly import redact_text, verify_text

    output = redact_text(case["text"], case["rules"])
    lines = output.split("\n")
    if case["secret"]:
        stamp = re.match(r"\|?\s*(\w+ \d+)", case["secret"]).group(1)   # type: ignore[union-attr]
        if stamp in output.replace("\t", " "):
            kept = [c for c in case["controls"] if stamp in c.replace("\t", " ")]
            if not kept:
                return output, "leak" if not verify_text(output, case["rules"]).ok else "silent"
        if verify_text(case["text"], case["rules"]).ok:
            return output, "unseen"
    if any(control.split("\n")[0] not in lines for control in case["controls"]):
        return output, "changed"
    return output, None


if __name__ == "__main__":
    from collections import Counter

    for part, seeds in (("tuned", TUNED), ("held-back", HELD_BACK)):
        if part == "held-back" and "--tuned" in sys.argv:
            continue
        tally: Counter = Counter()
        for seed in seeds:
            for case in make_cases(seed):
                output, result = run_case(case)
                control = case["secret"] is None
                tally["control" if control else "case"] += 1
                if result:
                    tally[result] += 1
                    if part == "tuned" and "-v" in sys.argv:
                        print(case["seed"], case["kind"], result, repr(case["text"]), "→", repr(output))
        print(part, dict(tally))
