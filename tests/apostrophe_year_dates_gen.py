"""Numeric dates with an apostrophe before a two-figure year ("9.7.'23", "14/03/'91", "9-7-’23") as the date of
death or birth (2026-12-07): fictional DHR sentences.

The date finder took "9.7" and left "'23" ("Mary died [date removed].'23 at home"), and "9/7/'23" was no date
to it at all. Controls: another day written the same way stays whole, a paragraph number stays.

Each case: {"seed", "kind", "sentence", "rules", "gone" (must not survive) or "keep"}. ``outcome``: "left" (a part
of the date survives apply), "changed" (a control changed). TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/apostrophe_year_dates_gen.py
"""
from __future__ import annotations

import datetime
import random
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6
VICTIMS = [("Hodan", "Warsame"), ("Rahima", "Choudhury"), ("Bridget", "McDonagh"), ("Florica", "Stoica"),
           ("Efua", "Mensah"), ("Agnieszka", "Nowak"), ("Priya", "Sharma"), ("Mei", "Chen")]
DEATH_FRAMES = ["{V} died {d} at home.", "{V} was killed on {d}.", "DOD: {d}", "| {d} | {V} found dead |",
                "The police were called and {V} was pronounced dead ({d})."]
BIRTH_FRAMES = ["{V}, born {d}, lived in the town.", "DOB {d}.", "{V} (b. {d}) was the eldest."]
CONTROL_FRAMES = ["{V} saw her GP on {d}.", "The IDVA phoned on {d} and left a message.", "| {d} | Home visit |",
                  "See paragraph {p} above."]


def written(day: datetime.date, rng: random.Random) -> str:
    apostrophe = rng.choice("'’")
    sep = rng.choice("/.-")
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if rng.random() < 0.5 else (str(day.day), str(day.month))
    return f"{d}{sep}{m}{sep}{apostrophe}{day.year % 100:02d}"


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"apostrophe_year:{seed}:{k}")
    given, surname = rng.choice(VICTIMS)
    death = datetime.date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))
    birth = datetime.date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28))
    rules = {"people": [{"name": f"{given} {surname}", "pseudonym": "Mary"}],
             "dates": {"date_of_death": death.isoformat(), "date_of_birth": birth.isoformat()}}
    kind = ["death", "birth", "control"][k % 3]
    if kind == "control":
        other = death - datetime.timedelta(days=rng.randint(2, 300))
        text = written(other, rng)
        sentence = rng.choice(CONTROL_FRAMES).format(V="She", d=text, p=f"{rng.randint(2, 9)}.{rng.randint(1, 9)}.1")
        return {"seed": seed, "kind": kind, "sentence": sentence, "rules": rules, "keep": sentence}
    day = death if kind == "death" else birth
    text = written(day, rng)
    frame = rng.choice(DEATH_FRAMES if kind == "death" else BIRTH_FRAMES)
    return {"seed": seed, "kind": kind, "sentence": frame.format(V=given, d=text), "rules": rules,
            "gone": [text, text[-3:]]}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    if "keep" in case:
        return "changed" if output != case["keep"] else None
    return "left" if any(part in output for part in case["gone"]) else None


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    def redacted(case):
        return outcome(case, quietly.redact_text(case["sentence"], case["rules"]))

    quietly.print_counts(sys.modules[__name__], redacted, lambda case: False, show="-v" in sys.argv)
