"""Fictional reviews of more than one death (a homicide-suicide, a child killed too, two victims) whose drafts also
give the perpetrator's and relatives' dates of birth ("WARSAME, Abdi (DOB 28/08/1977)").

The rules held one date of death and one date of birth, the victim's: ``date_of_death: [2022-04-14, 2022-04-16]``
was refused and there was no other key, so the second death and every other person's birth were published in every
written form and `verify` passed them. Each person of ``people:`` now takes a ``date_of_death`` and a
``date_of_birth``; the victim's stay under ``dates:`` (in a quarter of the reviews given under her entry too).

Each case: {"seed", "kind", "rules", "text", "secrets", "controls"}.
- "homicide-suicide", "child", "two victims": a paragraph of a review with each death and some births written in a
  form of the date generators (tests/weekday_after_the_date_gen.py, tests/chronology_dates_gen.py); "records": the
  perpetrator's and relatives' record lines. Every written protected date must go ("leak": one survives; "silent":
  and verify passes the output), and verify must see them in the draft ("unseen").
- "chronology": the two deaths of a month as a chronology writes them under its heading ("April 2022", then
  "16th: ...", "Saturday 16th", "16 April"), with the day before or after and another day of the month between.
- "control": sentences with no listed name (and one such sentence after each other case's), of the day before and after each protected date, its day of another
  month and another year, and ordinary chronology dates: each must read as written ("changed").
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/other_peoples_dates_gen.py [--show] [--part tuned|held-back]
``--legacy``: the rules as the model before the keys could hold them (the victim's dates alone): the count before.
"""
from __future__ import annotations

import datetime
import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

# (given name, surname) of many communities; the victim is a woman, the perpetrator a man
WOMEN = [("Hodan", "Warsame"), ("Agnieszka", "Kowalczyk"), ("Priya", "Raghunathan"), ("Chiamaka", "Okonkwo"),
         ("Siobhan", "Gallagher"), ("Mehwish", "Chaudhry"), ("Rhiannon", "Pritchard"), ("Gulsen", "Yildirim"),
         ("Oksana", "Bondarenko"), ("Marisol", "Ferreira"), ("Ama", "Mensah"), ("Bridget", "McDonagh"),
         ("Yuki", "Nakamura"), ("Farida", "Haddad"), ("Ioana", "Popescu"), ("Kerry-Ann", "Campbell")]
MEN = ["Abdi", "Piotr", "Ravi", "Emeka", "Declan", "Tariq", "Gareth", "Mehmet", "Taras", "Joao", "Kwame", "Martin",
       "Kenji", "Samir", "Mihai", "Delroy"]
CHILDREN = ["Amina", "Zofia", "Arjun", "Chidi", "Aoife", "Zain", "Cerys", "Emre", "Sofiia", "Lucas", "Kofi", "Niamh"]
RELATIVES = [("brother", "Yusuf"), ("sister", "Fadumo"), ("mother", "Halina"), ("father", "Desmond"),
             ("sister", "Parveen"), ("brother", "Oisin")]

# the written forms the date generators write ({W}: the weekday)
FORMS = ["{d} {B} {Y}", "{d}/{m}/{y}", "{dd}/{mm}/{Y}", "{d}{o} {B} {Y}", "{B} {d}{o}, {Y}", "{d}.{m}.{y}",
         "{d} {b} {Y}", "{d}{o} of {B} {Y}", "{W} {d} {B} {Y}", "{W} {d}{o} {B} {Y}", "{Y}-{mm}-{dd}",
         "{dd}.{mm}.{Y}", "{d}-{b}-{Y}", "{B} {d}, {Y}"]
DEATH_FRAMES = ["{N} died on {D} at home.", "{N} was found dead on {D}.", "On {D}, police found {N} in the flat.",
                "{N}'s body was found on {D}.", "Date of death: {D}.",
                "{N} was pronounced dead at 03:40 on {D}.", "The coroner recorded that {N} died on {D}."]
BIRTH_FRAMES = ["{N} was born on {D}.", "{N} (born {D}) lived with her.", "{N} (DOB {D}) was known to services.",
                "{N}, date of birth {D}, was the eldest.", "{N} (d.o.b. {D}) was registered with the GP."]
RECORD_FRAMES = ["{S}, {G} (DOB {D})", "{S}, {G} (DOB: {D})", "Name: {G} {S}   DOB: {D}", "{G} {S}, born {D}",
                 "{S} {G} - D.O.B. {D} - subject"]
# a chronology's days under its month's heading ("April 2022" then "16th: ..."): read in the month named before
DAY_FORMS = ["{d}{o}", "{d}", "{W} {d}{o}", "{d}{o} {B}", "{W} {d}", "{d} {B}"]
CHRONOLOGY_FRAMES = ["{D}: {N} was found dead.", "{D} - {N} died in hospital.", "{D}: police found {N} at home.",
                     "{D}: death of {N} confirmed."]
CHRONOLOGY_CONTROLS = ["{D}: the GP rang the family.", "{D} - MARAC referral made.", "{D}: housing visit."]
CONTROL_FRAMES = ["The MARAC met on {D}.", "A referral was made to children's services on {D}.",
                  "The GP practice wrote again on {D}.", "The IDVA service closed the case on {D}.",
                  "| {D} | Police | Call logged; no crime recorded. |", "Housing records show a visit on {D}."]


def _written(day: datetime.date, form: str) -> str:
    ordinal = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return form.format(d=day.day, dd=f"{day.day:02d}", m=day.month, mm=f"{day.month:02d}", y=f"{day.year % 100:02d}",
                       Y=day.year, B=day.strftime("%B"), b=day.strftime("%b"), o=ordinal, W=day.strftime("%A"))


def _day(rng: random.Random, start: int, years: int) -> datetime.date:
    return datetime.date(start, 1, 1) + datetime.timedelta(days=rng.randrange(years * 365))


def _others(rng: random.Random, protected: list[datetime.date]) -> list[datetime.date]:
    """Dates a chronology writes beside the protected ones: the day before and after, the same day of another
    month and of another year, and an ordinary date of the same year."""
    out = []
    for day in protected:
        other_month = day.replace(day=min(day.day, 28), month=day.month % 12 + 1)
        out += [day - datetime.timedelta(days=1), day + datetime.timedelta(days=1), other_month,
                day.replace(year=day.year - rng.choice([1, 2, 3]), day=min(day.day, 28)),
                day.replace(day=rng.choice([d for d in range(1, 29) if abs(d - day.day) > 1]))]
    return [d for d in dict.fromkeys(out) if d not in protected]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(seed * 100 + k)
    given, surname = rng.choice(WOMEN)
    him = rng.choice(MEN)
    death = _day(rng, 2019, 5)
    victim_birth = _day(rng, 1965, 30)
    his_birth = _day(rng, 1960, 30)
    victim = {"name": f"{given} {surname}", "pseudonym": "Mary"}
    perpetrator = {"name": f"{him} {surname}", "pseudonym": "John", "date_of_birth": his_birth.isoformat()}
    people = [victim, perpetrator]
    rules = {"version": 1, "review": "test", "people": people,
             "dates": {"date_of_death": death.isoformat(), "date_of_birth": victim_birth.isoformat()}}
    if rng.random() < 0.25:    # the same date given in both places
        victim.update(date_of_death=death.isoformat(), date_of_birth=victim_birth.isoformat())
    kind = ["homicide-suicide", "child", "two victims", "records", "control", "chronology"][k]
    lines: list[tuple[str, str, datetime.date]] = []     # (frame, the name it uses, the date)
    if kind == "homicide-suicide":
        his_death = death + datetime.timedelta(days=rng.randrange(0, 12))
        perpetrator["date_of_death"] = his_death.isoformat()
        lines += [(rng.choice(DEATH_FRAMES), given, death),
                  (rng.choice([*DEATH_FRAMES, "{N} took his own life on {D}."]), him, his_death),
                  (rng.choice(BIRTH_FRAMES), him, his_birth)]
    elif kind == "child":
        child_name = rng.choice(CHILDREN)
        child_birth = death - datetime.timedelta(days=rng.randrange(365, 14 * 365))
        child_death = death + datetime.timedelta(days=rng.choice([0, 0, 1, 3]))
        people.append({"name": f"{child_name} {surname}", "pseudonym": "Child A", "role": "child",
                       "date_of_birth": child_birth.isoformat(), "date_of_death": child_death.isoformat()})
        lines += [(rng.choice(DEATH_FRAMES), given, death), (rng.choice(DEATH_FRAMES), child_name, child_death),
                  (rng.choice(BIRTH_FRAMES), child_name, child_birth), (rng.choice(BIRTH_FRAMES), him, his_birth)]
    elif kind == "two victims":
        relation, relative = rng.choice(RELATIVES)
        their_death = death + datetime.timedelta(days=rng.choice([0, 1, 2, 30]))
        their_birth = _day(rng, 1945, 40)
        people.append({"name": f"{relative} {surname}", "pseudonym": "Kath", "role": relation,
                       "date_of_death": their_death.isoformat(), "date_of_birth": their_birth.isoformat()})
        lines += [(rng.choice(DEATH_FRAMES), given, death), (rng.choice(DEATH_FRAMES), relative, their_death),
                  (rng.choice(BIRTH_FRAMES), relative, their_birth)]
    elif kind == "chronology":
        # the other death in the same month; the day before or after one of them, and another day, stay
        if death.day > 20:
            death = death.replace(day=rng.randrange(1, 21))
            rules["dates"]["date_of_death"] = death.isoformat()
            victim.pop("date_of_death", None)
        his_death = death + datetime.timedelta(days=rng.randrange(1, 9))
        perpetrator["date_of_death"] = his_death.isoformat()
        day_of = {death: given, his_death: him}
        near = [d for d in (death - datetime.timedelta(days=1), death + datetime.timedelta(days=1),
                            his_death + datetime.timedelta(days=1), his_death.replace(day=rng.randrange(1, 29)))
                if d.month == death.month and d not in day_of]
        controls_on = sorted(set(rng.sample(near, min(2, len(near)))))
        rows = sorted([*((d, True) for d in day_of), *((d, False) for d in controls_on)])
        text, secrets, controls = [f"Chronology, {death.strftime('%B %Y')}"], [], []
        for day, protected_day in rows:
            written = _written(day, rng.choice(DAY_FORMS))
            if protected_day:
                secrets.append(written)
                text.append(rng.choice(CHRONOLOGY_FRAMES).format(D=written, N=day_of[day]))
            else:
                controls.append(rng.choice(CHRONOLOGY_CONTROLS).format(D=written))
                text.append(controls[-1])
        return {"seed": seed, "kind": kind, "rules": rules, "text": "\n".join(text), "secrets": secrets,
                "controls": controls}
    else:
        relation, relative = rng.choice(RELATIVES)
        their_birth = _day(rng, 1945, 40)
        people.append({"name": f"{relative} {surname}", "pseudonym": "Kath", "role": relation,
                       "date_of_birth": their_birth.isoformat()})
        lines += [(rng.choice(RECORD_FRAMES), f"{him}|{surname}", his_birth),
                  (rng.choice(RECORD_FRAMES), f"{relative}|{surname}", their_birth),
                  (rng.choice(RECORD_FRAMES), f"{given}|{surname}", victim_birth)]
    protected = sorted({datetime.date.fromisoformat(d) for person in [rules["dates"], *people]
                        for key in ("date_of_death", "date_of_birth") if (d := person.get(key))})
    if kind == "control":
        others = _others(rng, protected)
        sentences = [rng.choice(CONTROL_FRAMES).format(D=_written(day, rng.choice(FORMS)))
                     for day in rng.sample(others, min(4, len(others)))]
        return {"seed": seed, "kind": kind, "rules": rules, "text": "\n".join(sentences), "secrets": [],
                "controls": sentences}
    secrets, sentences = [], []
    for frame, name, day in lines:
        written = _written(day, rng.choice(FORMS))
        secrets.append(written)
        first, _, family = name.partition("|")
        sentences.append(frame.format(N=first, D=written, G=first, S=family.upper() if rng.random() < 0.6 else family))
    # a chronology's other date in the same text, read in the month the protected ones name
    control = rng.choice(CONTROL_FRAMES).format(D=_written(rng.choice(_others(rng, protected)), rng.choice(FORMS)))
    return {"seed": seed, "kind": kind, "rules": rules, "text": "\n".join([*sentences, control]), "secrets": secrets,
            "controls": [control]}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(6)]


def legacy(rules: dict) -> dict:
    """The rules as they could be written before each person took dates: the victim's under ``dates:`` alone."""
    return {**rules, "people": [{k: v for k, v in p.items() if k not in ("date_of_death", "date_of_birth")}
                                for p in rules["people"]]}


def run_case(case: dict, rules: dict | None = None) -> tuple[str, str | None]:
    """(the output, what went wrong or None): "silent" (a protected date survives and verify passes the output),
    "leak" (one survives, verify flags it), "unseen" (verify passed the draft), "changed" (a control changed)."""
    from quietly import redact_text, verify_text

    rules = rules or case["rules"]
    output = redact_text(case["text"], rules)
    if any(re.search(rf"(?<!\w){re.escape(secret)}(?!\w)", output) for secret in case["secrets"]):
        return output, "leak" if not verify_text(output, rules).ok else "silent"
    if case["secrets"] and verify_text(case["text"], rules).ok:
        return output, "unseen"
    lines = output.split("\n")
    if any(control not in lines for control in case["controls"]):
        return output, "changed"
    return output, None


if __name__ == "__main__":
    from seed_tally import chosen_parts, print_case_tallies

    as_written = legacy if "--legacy" in sys.argv else (lambda rules: rules)
    print_case_tallies(lambda seeds: (c for seed in seeds for c in make_cases(seed)),
                       lambda case: run_case(case, as_written(case["rules"])), chosen_parts(TUNED, HELD_BACK),
                       lambda case, result, output: f"{case['seed']:5d} {case['kind']:16s} {result:7s} "
                       f"{case['text']!r} {case['rules']['people']}\n{'':24s}→ {output!r}")
    sys.exit(0)
