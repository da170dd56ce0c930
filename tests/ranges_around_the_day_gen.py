"""Short ranges of days around the date of death or birth (brief "range51", 2026-12-07): fictional DHR sentences
that tell of the death or the birth with a range of a week or less whose inside holds the day ("Hodan died on 8–10
July 2023", "between the 8th and the 10th of July", "8/7/23-10/7/23", "July 8-10, 2023"), and controls that must
keep their range: a long range, a range in a sentence of something else, a range that does not hold the day, two
days listed ("on 8 and 10 July").

Each case: {"seed", "kind", "sentence", "rules", "secrets", "keep"}. ``outcome``: "left" (a secret survives apply),
"silent" (it survives and verify --strict passes the output), "changed" (a control lost a kept string).
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/ranges_around_the_day_gen.py
"""
from __future__ import annotations

import datetime
import random
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

VICTIMS = [("Hodan", "Warsame"), ("Rahima", "Choudhury"), ("Bridget", "McDonagh"), ("Florica", "Stoica"),
           ("Efua", "Mensah"), ("Agnieszka", "Nowak"), ("Priya", "Sharma"), ("Chiamaka", "Okafor"),
           ("Mei", "Chen"), ("Leila", "Haddad"), ("Siobhan", "Byrne"), ("Ayesha", "Begum")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                 "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
                 "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
                 "twenty-ninth", "thirtieth", "thirty-first"]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def range_forms(a: datetime.date, b: datetime.date) -> list[str]:
    """Ways of writing the days from ``a`` to ``b``."""
    y, ma, mb = b.year, MONTHS[a.month - 1], MONTHS[b.month - 1]
    out = [f"between {a.day} {ma} and {b.day} {mb} {y}", f"{a.day}/{a.month}/{a.year % 100:02d}-"
           f"{b.day}/{b.month}/{b.year % 100:02d}", f"{a:%d/%m/%Y} - {b:%d/%m/%Y}"]
    if a.month == b.month:
        out += [f"{a.day}–{b.day} {mb} {y}", f"{a.day}-{b.day} {mb}", f"{ordinal(a.day)} to {ordinal(b.day)} {mb}",
                f"between {a.day} and {b.day} {mb} {y}", f"between {ordinal(a.day)} and {ordinal(b.day)} {mb} {y}",
                f"from the {ordinal(a.day)} until the {ordinal(b.day)} of {mb}", f"{mb} {a.day}-{b.day}, {y}",
                f"between the {ORDINAL_WORDS[a.day - 1]} and the {ORDINAL_WORDS[b.day - 1]} of {mb} {y}",
                f"{mb} {ordinal(a.day)} to {ordinal(b.day)} {y}"]
    return out


DEATH_FRAMES = ["{V} died {r}.", "{R} {v} was killed.", "{V} died sometime {r}.",
                "The post-mortem could say only that {v} died {r}.", "{P} murdered {v} at some point {r}.",
                "{V} was found dead; she had died {r}."]
BIRTH_FRAMES = ["{V} was born {r} in Leeds.", "Her birth, {r}, was not registered at first.", "DOB: {r}"]
CONTROL_FRAMES = ["The panel met {r} to agree the terms of reference.", "{V} stayed with her sister {r}.",
                  "The IDVA was on leave {r}.", "Training was held {r} at the town hall."]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"range51:{seed}:{k}")
    g, s = rng.choice(VICTIMS)
    dod = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randint(0, 365 * 5))
    dob = datetime.date(1960, 1, 1) + datetime.timedelta(days=rng.randint(0, 365 * 40))
    rules = {"version": 1, "review": "range51",
             "people": [{"name": f"{g} {s}", "pseudonym": "Mary", "role": "victim"},
                        {"name": "Tomasz Kowalczyk", "pseudonym": "Adam", "role": "perpetrator"}],
             "dates": {"date_of_death": dod.isoformat(), "date_of_birth": dob.isoformat()}}
    v = rng.choice([g, "the victim"])
    fill = {"v": v, "V": v[0].upper() + v[1:], "P": "Tomasz"}

    def frame_it(frame: str, r: str) -> str:
        return frame.format(r=r, R=r[0].upper() + r[1:], **fill)

    family = k % 3
    if family in (0, 1):
        birth = family == 1 and rng.random() < 0.4
        day = dob if birth else dod
        before, after = rng.randint(1, 3), rng.randint(1, 3)
        a, b = day - datetime.timedelta(days=before), day + datetime.timedelta(days=after)
        r = rng.choice(range_forms(a, b))
        frame = rng.choice(BIRTH_FRAMES if birth else DEATH_FRAMES)
        return {"seed": seed, "kind": "birth" if birth else "death", "sentence": frame_it(frame, r),
                "rules": rules, "secrets": [r], "keep": []}
    # controls: a long range around the day, a range of the death's month that misses the day, two days listed,
    # a short range around the day in a sentence of something else
    choice = rng.randrange(4)
    if choice == 0:
        a, b = dod.replace(day=1), dod.replace(day=1) + datetime.timedelta(days=27)
        r = rng.choice(range_forms(a, b))
        sentence = frame_it(rng.choice(DEATH_FRAMES), r)
    elif choice == 1:
        a = dod + datetime.timedelta(days=rng.randint(2, 5))
        r = rng.choice(range_forms(a, a + datetime.timedelta(days=2)))
        sentence = frame_it(rng.choice(DEATH_FRAMES), r)
    elif choice == 2:
        a, b = dod - datetime.timedelta(days=1), dod + datetime.timedelta(days=1)
        r = f"on {a.day} and {b.day} {MONTHS[b.month - 1]} {b.year}" if a.month == b.month else \
            f"on {a.day} {MONTHS[a.month - 1]} and {b.day} {MONTHS[b.month - 1]} {b.year}"
        sentence = f"Police visited {v} {r}; she died later that year."
    else:
        a, b = dod - datetime.timedelta(days=1), dod + datetime.timedelta(days=1)
        r = rng.choice(range_forms(a, b))
        sentence = frame_it(rng.choice(CONTROL_FRAMES), r)
    return {"seed": seed, "kind": "control", "sentence": sentence, "rules": rules, "secrets": [], "keep": [r]}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def run_case(case: dict) -> tuple[str, str | None]:
    import warnings

    from redact.api import verify_bytes
    from redact.pipeline import Redactor

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        output = Redactor(case["rules"]).redact_text(case["sentence"])
        if case["kind"] == "control":
            return output, "changed" if any(keep.casefold() not in output.casefold() for keep in case["keep"]) else None
        if not any(secret in output for secret in case["secrets"]):
            return output, None
        ok = verify_bytes(output.encode("utf-8"), "txt", case["rules"], strict=True).ok
    return output, "silent" if ok else "left"


if __name__ == "__main__":
    from seed_tally import chosen_parts, print_case_tallies

    print_case_tallies(lambda seeds: (c for seed in seeds for c in make_cases(seed)), run_case,
                       chosen_parts(TUNED, HELD_BACK),
                       lambda case, result, output: f"{case['seed']:5d} {case['kind']:8s} {result:7s} "
                       f"{case['sentence']!r}\n{'':22s}→ {output!r}")
