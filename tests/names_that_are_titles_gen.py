"""A listed name word that is also a title, a rank or a report's capitals: "Di" of Di Evans (a detective
inspector's "DI"), "Ed" of Ed Jones (the emergency department's "ED"), "Nino" (a National Insurance number's
"NINO"), "Judge" of Eve Judge, "Lord" of Emma Lord, "Constable" of John Constable (2026-12-07, stop 56, from the
lead's probes of rules written as chairs write them): fictional DHR sentences.

"Di cried." was left and verify passed it: the rules' "Di Evans" was read as the rank "DI" before the surname
Evans, so "Di" was no form of her. "Judge told the GP." was left and verify passed it: a one-word form that is a
title was dropped as a bare title. And the other way: with Ed Jones listed, "She attended ED at 02:00." came out
"She attended JOHN at 02:00." and verify failed every clean copy that wrote "ED".

Kinds:
  "name"          the listed word alone as the person, in a sentence of small letters, with or without a
                  possessive;
  "heading"       the same in a heading of capitals ("DI'S CONTACT WITH SERVICES");
  "control word"  the title, rank or capitals used as such: the sentence is unchanged;
  "control title" the title before another person's name ("Judge Hughes sentenced him"): the title stays and the
                  listed person's pseudonym is not written.
Each case: {"seed", "kind", "family" (index in RULES), "sentence"}.
``outcome``: "left" (name: the listed word survives), "silent" (left and verify passes the output), "changed"
(control word), "title lost" (control title). TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/names_that_are_titles_gen.py
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# (listed name, pseudonym, the word, sentences that use the word as a title/rank/capitals, title sentences)
FAMILIES = [
    ("Di Evans", "Mary", "Di", ["The DI led the investigation.", "The DI reviewed the file.",
                                "The SIO and the DI met on Monday."], []),
    ("Ed Jones", "John", "Ed", ["She attended ED at 02:00.", "The ED triage nurse saw her.",
                                "An ED referral was made.", "ED staff called the police."], []),
    ("Nino Beridze", "Nina", "Nino", ["His NINO was on the benefits form.", "The form asked for a NINO."], []),
    ("Raf Kowalski", "Rob", "Raf", ["He had served in the RAF.", "An RAF veterans' charity helped him."], []),
    ("Sia Kamara", "Ama", "Sia", ["His SIA licence was checked.", "The SIA badge was found in the car."], []),
    ("Tor Hansen", "Tom", "Tor", ["The ToR were agreed by the panel.", "The panel agreed the TOR in May."], []),
    ("Eve Judge", "Ruth", "Judge", ["The Judge said the sentence was lenient.", "A Judge refused bail.",
                                    "the Judge's remarks were noted."], ["Judge Hughes sentenced him."]),
    ("Emma Lord", "Anna", "Lord", ["The Lord Chancellor's guidance was read.", "The Lord Mayor attended."],
     ["Lord Hughes chaired the inquiry."]),
    ("John Constable", "Peter", "Constable", ["The Constable took a statement.", "A Constable attended at 02:10."],
     ["Constable Hughes took a statement."]),
]
NAME_SENTENCES = ["{W} cried when the officers arrived.", "Later, {W} left the house.", "{W} told the GP about it.",
                  "The GP saw {W} twice.", "{W}'s sister rang the police.", "She said {W} was frightened.",
                  "Ms {W} did not attend." ]
HEADINGS = ["{W}'S CONTACT WITH SERVICES", "WHAT {W} TOLD THE GP", "{W} AND THE POLICE"]


def _rules(family: int) -> dict:
    name, pseudonym, _, _, _ = FAMILIES[family]
    return {"version": 1, "review": "generated", "people": [{"name": name, "pseudonym": pseudonym}],
            "dates": {"date_of_death": "2023-11-04"}}


RULES = [_rules(family) for family in range(len(FAMILIES))]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"names_that_are_titles:{seed}:{k}")
    family = rng.randrange(len(FAMILIES))
    name, _, word, controls, titled = FAMILIES[family]
    kinds = ["name", "name", "heading", "control word"] + (["control title"] if titled else [])
    kind = rng.choice(kinds)
    if kind == "name":
        template = rng.choice(NAME_SENTENCES if word in (name.split()[-1],) else NAME_SENTENCES[:-1])
        sentence = template.format(W=word)
    elif kind == "heading":
        sentence = rng.choice(HEADINGS).format(W=word.upper())
    elif kind == "control word":
        sentence = rng.choice(controls)
    else:
        sentence = rng.choice(titled)
    return {"seed": seed, "kind": kind, "family": family, "sentence": sentence}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    name, pseudonym, word, _, _ = FAMILIES[case["family"]]
    if case["kind"] == "control word":
        return None if output == case["sentence"] else "changed"
    if case["kind"] == "control title":
        return None if output.startswith(word + " ") and pseudonym not in output else "title lost"
    if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", output, re.IGNORECASE):
        sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
        from quietly import verify_text

        return "left" if not verify_text(output, RULES[case["family"]]).ok else "silent"
    return None


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.family_outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="-v" in sys.argv)
