"""Fictional sentences with the date of death or birth in figures parted by any punctuation or symbol character,
the same one twice ("9·7·2023", "09•07•23", "2023・07・09", "9?7?2023", "14 | 03 | 1990"), and controls of the same
shapes that must not change.

The separators are drawn from every character of Unicode's punctuation and symbol categories in the Basic
Multilingual Plane (not a list of the ones seen), less those the date grammars read themselves or that mean
something else between figures: hyphens, slashes and points in any width, a time's colon, a list's comma, feet and
inches, a measure's "×" (``redact.normalise._SEPARATORS_READ_ELSEWHERE``).

Families (``kind``):
- ``separator``: the date of death or birth so written, in a sentence of a narrative, a chronology row or a record.
  Before stop 57 only the em dash, the horizontal bar, ";", "*" and "~" were read (redteam55): a middle dot, a
  bullet, a Japanese full stop or a question mark left by a lost character kept the date and verify passed it.
- ``control``: the same separators in a year range, a list of scores, a day and month alone, a chain of figures,
  another year, and a time written with a colon.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
    python tests/date_separators_gen.py [--show] [--part tuned|held-back|both]
"""
from __future__ import annotations

import datetime
import random
import sys
import unicodedata
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "tests"):
    if str(_path) not in sys.path:
        sys.path.append(str(_path))

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

FAMILIES = [("Hodan", "Warsame", "Abdi"), ("Agnieszka", "Kowalczyk", "Bogdan"), ("Mei", "Chen", "Wei"),
            ("Priya", "Sharma", "Vikram"), ("Chidinma", "Okafor", "Emeka"), ("Siobhan", "Byrne", "Declan"),
            ("Yuki", "Tanaka", "Kenji"), ("Elif", "Kaya", "Serhat"), ("Ana", "Silva", "João")]
FORMS = ["{d}{s}{m}{s}{y}", "{dd}{s}{mm}{s}{yy}", "{Y}{s}{mm}{s}{dd}"]
DEATH_FRAMES = ["{g} died on {date}.", "Date of death: {date}", "{date}\tPolice attended; {g} was pronounced dead.",
                "On {date} {g} was found at the flat.", "{G}, {g} (died {date})"]
BIRTH_FRAMES = ["{g} was born on {date}.", "DOB: {date}", "{G}, {g} (DOB {date})", "Date of birth {date}."]
CONTROLS = ["Between {y1}{s}{y2} she was seen {n} times.", "Scores {d}{s}{m}{s}{n} were recorded.",
            "{d}{s}{m} Police attended the flat.", "Rows: {d}{s}{m}{s}{y}{s}4{s}5", "Figures: {d}{s}{m}{s}{other}",
            "The call was logged at {hh}:{mi}:{ss}."]
CASES_PER_SEED = 6


@cache
def odd_separators() -> list[str]:
    from redact.normalise import _SEPARATORS_READ_ELSEWHERE

    chars = []
    for code in range(0x21, 0x10000):
        char = chr(code)
        if unicodedata.category(char)[0] not in "PS" or 0xD800 <= code <= 0xDFFF:
            continue
        if char in _SEPARATORS_READ_ELSEWHERE or unicodedata.normalize("NFKC", char) in _SEPARATORS_READ_ELSEWHERE:
            continue
        chars.append(char)
    return chars


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"date_separators:{seed}:{k}")
    given, family, other = rng.choice(FAMILIES)
    death = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(9 * 365))
    birth = datetime.date(1960, 1, 1) + datetime.timedelta(days=rng.randrange(40 * 365))
    rules = {"version": 1, "review": f"date_separators-{seed}-{k}",
             "people": [{"name": f"{given} {family}", "pseudonym": "Mary", "role": "victim"},
                        {"name": f"{other} {family}", "pseudonym": "John", "role": "perpetrator"}],
             "dates": {"date_of_death": death.isoformat(), "date_of_birth": birth.isoformat()}}
    separator = rng.choice(odd_separators())
    spaced = rng.choice([separator, f" {separator} "])
    base = {"seed": seed, "rules": rules, "separator": separator}
    if k < 4:
        when, frames = (birth, BIRTH_FRAMES) if k == 3 else (death, DEATH_FRAMES)
        written = rng.choice(FORMS).format(d=when.day, m=when.month, dd=f"{when.day:02d}", mm=f"{when.month:02d}",
                                           y=when.year, yy=f"{when.year % 100:02d}", Y=when.year, s=spaced)
        sentence = rng.choice(frames).format(g=given, G=family.upper(), date=written)
        return base | {"kind": "separator", "sentence": sentence, "secrets": [written]}
    sentence = rng.choice(CONTROLS).format(
        d=death.day, m=death.month, y=death.year, y1=death.year - 4, y2=death.year, s=spaced,
        n=rng.choice([n for n in range(2, 30) if n != death.year % 100]), other=death.year + rng.choice([-1, 1]),
        hh=f"{death.day:02d}", mi=f"{death.month:02d}", ss=f"{death.year % 100:02d}")
    return base | {"kind": "control", "sentence": sentence, "secrets": []}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def run_case(case: dict, redactor=None) -> tuple[str, str | None]:
    from quietly import secrets_outcome

    return secrets_outcome(case, redactor)


if __name__ == "__main__":
    from seed_tally import chosen_parts, print_case_tallies

    print_case_tallies(lambda seeds: (c for seed in seeds for c in make_cases(seed)), run_case,
                       chosen_parts(TUNED, HELD_BACK, default="tuned"),
                       lambda case, result, output: f"{case['seed']:5d} {case['kind']:10s} {result:7s} "
                       f"U+{ord(case['separator']):04X} {case['sentence']!r}\n{'':30s}→ {output!r}")
