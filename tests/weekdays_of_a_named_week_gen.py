"""A week's weekday written apart from the week's date (brief "week52", 2026-12-07): fictional DHR sentences that
name the week holding the date of death or birth ("w/c 3 July 2023", "week beginning 03/07/23", "the week of 3.7.23")
and then the protected day by its weekday alone, not where a week's words already made it a day (after "on" in the
same sentence, under a heading): after a comma or a dash right after the week's date ("Hodan died in the w/c 3 July
2023, Sunday."), in the sentence right after ("The week commencing 3 July 2023 was difficult. Hodan died on the
Sunday."), as a heading's row after a spaced hyphen ("Week beginning 03/07/23 - Sunday: Hodan was found."), in a
chronology table's row ("w/c 3.7.23 | Sun | Hodan died"). A week and its weekday name the day exactly: the weekday
goes; the week's date stays (seven days, no one of them).

Controls keep their weekday: a week that does not hold the day, another weekday of the week of the death, the
protected weekday after another date outside the week, a weekday two sentences on, "every Sunday", a weekday with
no week before it.

Each case: {"seed", "kind", "sentence", "rules", "secret", "keep"}. ``outcome``: "left" (the weekday survives apply
and verify fails the output), "silent" (it survives and verify passes the output), "unseen" (verify passes the
draft, its names replaced), "flagged" (apply removed it, verify still fails the output), "changed" (a control lost its kept words).
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/weekdays_of_a_named_week_gen.py
"""
from __future__ import annotations

import datetime
import random
import re

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 8

VICTIMS = [("Hodan", "Warsame"), ("Rahima", "Choudhury"), ("Bridget", "McDonagh"), ("Florica", "Stoica"),
           ("Efua", "Mensah"), ("Agnieszka", "Nowak"), ("Priya", "Sharma"), ("Chiamaka", "Okafor"),
           ("Mei", "Chen"), ("Leila", "Haddad"), ("Siobhan", "Byrne"), ("Ayesha", "Begum"), ("Jolanta", "Kaminska"),
           ("Marisol", "Vargas"), ("Tendai", "Moyo"), ("Gurpreet", "Kaur")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# (words, whether they write the week's last day)
CUES = [("w/c", False), ("W/C", False), ("w/b", False), ("W/B", False), ("wk/c", False), ("wk comm.", False),
        ("week commencing", False), ("Week commencing", False), ("week beginning", False), ("week starting", False),
        ("week of", False), ("wk beg.", False), ("Wk/c", False), ("w.c.", False), ("w/e", True), ("week ending", True),
        ("W/E", True)]


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_forms(d: datetime.date) -> list[str]:
    m = MONTHS[d.month - 1]
    return [f"{d.day} {m} {d.year}", f"{ordinal(d.day)} {m} {d.year}", f"{d.day} {m[:3]} {d.year % 100:02d}",
            f"{d:%d/%m/%Y}", f"{d:%d/%m/%y}", f"{d.day}.{d.month}.{d.year % 100:02d}", f"{d.day}/{d.month}/{d.year}",
            f"{m} {d.day}, {d.year}", f"{ordinal(d.day)} of {m} {d.year}", f"{d:%d.%m.%Y}", f"{d.day}-{m[:3]}-{d.year}",
            f"{WEEKDAYS[d.weekday()]} {d.day} {m} {d.year}"]


def week_words(rng: random.Random, day: datetime.date, holds: bool = True) -> str:
    """A week's words and date: the week holds ``day`` (at a random place in it), or is the week before or after."""
    cue, ending = rng.choice(CUES)
    first = day - datetime.timedelta(days=rng.randrange(7))
    if not holds:
        first += datetime.timedelta(days=rng.choice([-7, 7]))
    written = first + datetime.timedelta(days=6) if ending else first
    return f"{cue} {rng.choice(date_forms(written))}"


def weekday_word(rng: random.Random, day: datetime.date, short: bool = False) -> str:
    name = WEEKDAYS[day.weekday()]
    if short:
        return rng.choice([name, name[:3], name[:3] + "."])
    return rng.choice([name, name, name, name.upper()])


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# the weekday right after the week's date, in its sentence (a comma, a dash, a semicolon; a heading's spaced hyphen)
APPOSITION = ["{V} died in the {W}, {D}.", "{V} died in the {W} - {D}.", "{V} was killed {W} – {D}, at the flat.",
              "Date of death: {W}, {D}.", "{Wc} - {D}: {V} was found.", "{Wc}, {D}: police found {v} dead.",
              "{V} was found dead in the {W}; {D}, according to the post-mortem.",
              "The coroner recorded that {v} died {W}, {D}.", "{V}'s death ({W} — {D}) was reported by a neighbour.",
              "{Wc}: {D} – {v} was pronounced dead at hospital.", "Tomasz killed {v} in the {W}: {D}, probably."]
# the week in one sentence, its weekday in the next
NEXT_SENTENCE = ["The {W} was difficult. {V} died on the {D}.", "{Wc} {v} stayed with her sister. On the {D} she "
                 "was found dead.", "Police were called twice in the {W}. {V} was killed that {D}.",
                 "{V} told her GP she was frightened in the {W}. She died on {D} night.",
                 "In the {W} Tomasz moved back in. By the {D} {v} was dead.",
                 "Neighbours heard shouting throughout the {W}. The {D} was the day {v} died.",
                 "({Wc} was the last week {v} was seen.) She died on {D} morning.",
                 "Her sister visited her in the {W}; she said {v} seemed scared. That {D}, {v} was killed.",
                 "Agencies had no contact with {v} in the {W}. Police forced entry on the {D} and found her dead.",
                 "The {W} saw two 999 calls! {V} was dead by the {D}."]
# a chronology's row: the week, its weekday and the event in cells
TABLE = ["{Wc} | {Ds} | {V} died", "| {Wc} | {Ds} | {v} found dead at home |", "{Wc} | {Ds} | Police called; {v} "
         "pronounced dead", "{Wc}\t{Ds}\t{V} was killed", "{Wc} | {Ds} 23:40 | ambulance; {v} declared dead"]
BIRTH = ["{V} was born in the {W}, {D}.", "{V} was born in the {W}. Her mother said it was on the {D}.",
         "DOB: {W} - {D}", "Birth registered for the {W} ({D})."]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"week52:{seed}:{k}")
    g, s = rng.choice(VICTIMS)
    dod = datetime.date(2018, 1, 1) + datetime.timedelta(days=rng.randint(0, 365 * 6))
    dob = datetime.date(1958, 1, 1) + datetime.timedelta(days=rng.randint(0, 365 * 40))
    rules = {"version": 1, "review": "week52",
             "people": [{"name": f"{g} {s}", "pseudonym": "Mary", "role": "victim"},
                        {"name": "Tomasz Kowalczyk", "pseudonym": "Adam", "role": "perpetrator"}],
             "dates": {"date_of_death": dod.isoformat(), "date_of_birth": dob.isoformat()}}
    v = rng.choice([g, "the victim", f"{g} {s}"])

    def fill(frame: str, week: str, day: str, short: str) -> str:
        return frame.format(W=week, Wc=cap(week), D=day, Ds=short, v=v, V=cap(v))

    family = k % 4
    if family < 3:
        birth = family == 2 and rng.random() < 0.3
        day = dob if birth else dod
        kind = "birth" if birth else ["apposition", "next sentence", rng.choice(["table", "apposition"])][family]
        frames = {"birth": BIRTH, "apposition": APPOSITION, "next sentence": NEXT_SENTENCE, "table": TABLE}[kind]
        name = weekday_word(rng, day, short=kind == "table")
        return {"seed": seed, "kind": kind, "rules": rules, "secret": name, "keep": [],
                "sentence": fill(rng.choice(frames), week_words(rng, day), name, name)}
    # controls: a week that does not hold the day; another weekday of the week; the protected weekday after a date
    # outside the week, or two sentences on; "every Sunday"; a weekday with no week before it
    choice = rng.randrange(6)
    name = WEEKDAYS[dod.weekday()]
    if choice == 0:
        sentence = fill(rng.choice(APPOSITION + NEXT_SENTENCE), week_words(rng, dod, holds=False), name, name)
    elif choice == 1:
        other = WEEKDAYS[(dod.weekday() + rng.randint(1, 6)) % 7]
        sentence = fill(rng.choice(["In the {W}, {D}: {v} rang the GP.", "{Wc} - {D}: {V} saw the IDVA.",
                                    "The {W} was calm. {V} went to work on the {D}."]),
                        week_words(rng, dod), other, other)
        name = other
    elif choice == 2:
        later = dod + datetime.timedelta(days=rng.randint(8, 40))
        sentence = fill("The {W} was difficult; on " + rng.choice(date_forms(later)) + " {v}'s sister came, and "
                        "on the {D} she went home.", week_words(rng, dod), name, name)
    elif choice == 3:
        sentence = fill("The {W} was difficult. Her sister visited. On the {D} they went to the park.",
                        week_words(rng, dod), name, name)
    elif choice == 4:
        sentence = fill("In the {W} {v} went to the mosque, as she did every {D}.", week_words(rng, dod), name, name)
        name = f"every {name}"
    else:
        sentence = fill(rng.choice(["{V} went to church on the {D} before Easter.", "The {D} market was busy.",
                                    "{V} worked on {D}s.", "{V} died in July; on the {D} before, she saw her GP."]),
                        "", name, name)
    return {"seed": seed, "kind": "control", "rules": rules, "secret": None, "keep": [name], "sentence": sentence}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def run_case(case: dict) -> tuple[str, str | None]:
    import warnings

    from redact.rules import parse_rules
    from redact.pipeline import Redactor
    from redact.verify.verdict import verify_texts

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        output = Redactor(case["rules"]).redact_text(case["sentence"])
        if case["kind"] == "control":
            return output, "changed" if any(keep not in output for keep in case["keep"]) else None
        rules = parse_rules(case["rules"])
        left = re.search(rf"(?<![\w]){case['secret']}(?![\w])", output) is not None
        output_ok = verify_texts(rules, [("output", output)]).ok
        if left:
            return output, "silent" if output_ok else "left"
        # the draft with its names already replaced: verify must fail it for the weekday alone
        given, surname = case["rules"]["people"][0]["name"].split()
        draft = case["sentence"].replace(f"{given} {surname}", "Mary").replace(given, "Mary").replace("Tomasz", "Adam")
        if verify_texts(rules, [("draft", draft)]).ok:
            return output, "unseen"
    return output, None if output_ok else "flagged"


if __name__ == "__main__":
    from seed_tally import chosen_parts, print_case_tallies

    print_case_tallies(lambda seeds: (c for seed in seeds for c in make_cases(seed)), run_case,
                       chosen_parts(TUNED, HELD_BACK),
                       lambda case, result, output: f"{case['seed']:5d} {case['kind']:14s} {result:7s} "
                       f"{case['sentence']!r}\n{'':22s}→ {output!r}")
