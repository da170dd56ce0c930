"""The day and month of a listed date of death or birth alone, parted once by a separator no date grammar reads (an
em dash, a middle dot, a bullet, a backslash, a tilde, any punctuation or symbol), right after a word that puts a
date there: "She died on 9—7.", "DOD: 9·7", "Date of death 9\\7", "born 14 • 3" (2026-12-08: apply left them, and
verify failed the output; stop 57's date_separators_gen read such a separator only twice, with a year).

The separators are drawn at random from Unicode's punctuation and symbol characters (tuned and held-back seeds draw
their own), less those the date grammars read themselves (hyphens, slashes, points, colons, commas, quotes, "×").

Kinds:
  "listed"   the listed date's day and month so written after such a word: "[date removed]", and verify passes it;
  "other"    another day and month so written after the same words: unchanged;
  "no cue"   the listed day and month so written after words that put no date there ("The score was 9—7",
             "Rooms 9—7"): unchanged.
Each case: {"seed", "kind", "sentence", "rules"}; ``outcome``: "left" (the listed date survives), "changed" (a
control changed).
TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/day_month_odd_separators_gen.py [--show]
"""
from __future__ import annotations

import datetime
import random
import sys
import unicodedata

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6
READ_ELSEWHERE = set("-/.:,'\"\u2010\u2011\u2012\u2013\u2212\u2032\u2033\u00d7()[]{}<>%&+#@$£€=")

CUED = ["She died on {D}.", "DOD: {D}", "Date of death {D}", "She died {D} at home.", "Born {D} at home.",
        "D.O.B. {D}", "He was killed on {D}, police said.", "The girl (born {D}) was the youngest.",
        "The inquest heard she died on {D}.", "date of birth – {D}"]
UNCUED = ["The score was {D}.", "Rooms {D} were closed.", "Items {D} were missing.", "The vote was {D} in favour.",
          "Appendix {D} lists the agencies."]


def _separators(rng: random.Random) -> str:
    while True:
        char = chr(rng.randrange(0x21, 0x3100))
        if unicodedata.category(char)[0] in "PS" and char not in READ_ELSEWHERE \
                and unicodedata.normalize("NFKC", char) not in READ_ELSEWHERE \
                and not unicodedata.normalize("NFKC", char).strip(" ").isalnum() and unicodedata.combining(char) == 0:
            return char


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"day_month_odd:{seed}:{k}")
    day = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(2900))
    which = rng.choice(["date_of_death", "date_of_birth"])
    listed = day if which == "date_of_death" else day.replace(year=day.year - rng.randrange(18, 70))
    rules = {"version": 1, "review": "generated", "people": [{"name": "Mary Jane Smith", "pseudonym": "Anna"}],
             "dates": {"date_of_death": (listed if which == "date_of_death" else day).isoformat()}}
    if which == "date_of_birth":
        rules["dates"]["date_of_birth"] = listed.isoformat()
    kind = rng.choice(["listed", "listed", "listed", "other", "no cue"])
    sep = _separators(rng)
    gap = rng.choice(["", "", " "])
    shown = listed
    if kind == "other":
        while (shown.day, shown.month) in ((listed.day, listed.month), (day.day, day.month)):
            shown = shown + datetime.timedelta(days=rng.randrange(1, 200))
    day_text = f"{shown.day:02d}" if rng.random() < 0.3 else str(shown.day)
    month_text = f"{shown.month:02d}" if rng.random() < 0.3 else str(shown.month)
    written = f"{day_text}{gap}{sep}{gap}{month_text}"
    template = rng.choice(UNCUED if kind == "no cue" else CUED)
    return {"seed": seed, "kind": kind, "sentence": template.format(D=written), "rules": rules, "written": written}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def run_case(case: dict) -> tuple[str, str | None]:
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from quietly import redact_text, verify_text

    output = redact_text(case["sentence"], case["rules"])
    if case["kind"] == "listed":
        if case["written"] in output:
            return output, "left" if not verify_text(output, case["rules"]).ok else "silent"
        return output, None
    return output, "changed" if output != case["sentence"] else None


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from seed_tally import chosen_parts, print_case_tallies

    print_case_tallies(lambda seeds: (case for seed in seeds for case in make_cases(seed)), run_case,
                       chosen_parts(TUNED, HELD_BACK), lambda case, wrong, output: f"{wrong}: {case['sentence']!r} "
                       f"-> {output!r}")
