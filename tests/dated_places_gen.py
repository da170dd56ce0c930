"""Places named after a date ("born on 3 May 1990 in Kotpur", "moved in Jan '91 to Brzezówka") and months with an
apostrophe year ("born in March '91", "born in Mar '91") (2026-12-07): fictional DHR sentences.

A town no gazetteer holds is a place only where the sentence says someone lives, was born or moved there; a date
between the verb and the town ("born in 1990 in", "moved on 14/03/2001 to") hid the cue, and the town stayed. A
month with a year in apostrophe form after "born in" was read as a town (March, Cambridgeshire; Mar,
Aberdeenshire): "born in Place 1 '91".

Each case: {"seed", "kind", "sentence", "town" (must go) or "keep" (must stay whole)}. ``outcome``: "left" (the town
survives), "changed" (a control sentence changed). TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/dated_places_gen.py
"""
from __future__ import annotations

import random
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 8

RULES = {"people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}], "dates": {"date_of_death": "2023-07-09"}}
# made-up towns in the sound of many communities' places (none is a real town of the gazetteers)
_TOWN_PARTS = [
    (["Ashen", "Thorn", "Brack", "Cald", "Mire", "Stan", "Oxley", "Wyre"], ["worth", "mere", "ham", "by", "ford"]),
    (["Brzez", "Krzyw", "Wolan", "Grabn", "Lipn"], ["ówka", "owice", "inek", "iszki"]),
    (["Kot", "Chak", "Dera", "Jhel", "Mirza"], ["pura", "abad", "garh", "wala"]),
    (["Kara", "Yeni", "Gölü", "Çamlı"], ["köyü", "dere", "ova", "pınar"]),
    (["Ogbo", "Akwa", "Nsu", "Abek"], ["mosho", "kaw", "tanyi", "uta"]),
    (["Qard", "Bur", "Galk", "Ceel"], ["haaw", "dhuug", "aayo", "baraf"]),
    (["Sighi", "Vasl", "Turd", "Bogd"], ["eni", "ești", "ani", "ova"]),
]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_SHORT = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
_DATED_FRAMES = ["{V} was born {d} in {t}.", "The family moved {d} to {t}.", "{V} lived {d} in {t} with her aunt.",
                 "He returned {d} to {t} to see his mother.", "They relocated, {d}, to {t}.",
                 "{V}'s mother was born {d} in {t}, Pakistan.", "She grew up {d} in {t}."]
_CONTROL_FRAMES = ["{V} was born {d} in hospital.", "She moved {d} to a flat near the town centre.",
                   "He lived {d} with his uncle.", "{V} was born in {m} '{yy}.", "She was born in {s} '{yy}.",
                   "In {m} '{yy} the panel met in Committee Room 2."]


def _town(rng: random.Random) -> str:
    heads, tails = rng.choice(_TOWN_PARTS)
    return rng.choice(heads) + rng.choice(tails)


def _date(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1960, 2021)
    return rng.choice([f"in {year}", f"in {_MONTHS[month - 1]} {year}", f"in {_SHORT[month - 1]} {year}",
                       f"on {day} {_MONTHS[month - 1]} {year}", f"on {day}th {_MONTHS[month - 1]} {year}",
                       f"in {_MONTHS[month - 1]} '{year % 100:02d}", f"on {day:02d}/{month:02d}/{year}",
                       f"around {year}", f"in {_SHORT[month - 1]}. {year}", f"on {day}.{month}.{year % 100:02d}"])


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"dated_places:{seed}:{k}")
    year = rng.randint(1960, 2021)
    # (controls keep to the listed victim and pronouns: an unlisted given name rightly becomes a Person N)
    who = ["Hodan", "She", "Her brother"] + ([] if k % 4 == 3 else ["Agnieszka", "Bilal", "Chiamaka", "Wiremu"])
    fields = {"V": rng.choice(who), "d": _date(rng),
              "m": rng.choice(_MONTHS), "s": rng.choice(_SHORT), "yy": f"{year % 100:02d}"}
    if k % 4 == 3:
        sentence = rng.choice(_CONTROL_FRAMES).format(**fields)
        return {"seed": seed, "kind": "control", "sentence": sentence, "keep": sentence.replace("Hodan", "Mary")}
    town = _town(rng)
    return {"seed": seed, "kind": "dated place", "sentence": rng.choice(_DATED_FRAMES).format(t=town, **fields),
            "town": town}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    if "town" in case:
        return "left" if case["town"] in output else None
    return "changed" if output != case["keep"] else None


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="-v" in sys.argv)
