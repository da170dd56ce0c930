"""A listed name or alias that is an English word, in small letters inside a quoted message written in another
language ("zeynep memo yine bagiriyor", Mehmet Yılmaz listed with the alias "Memo") (2026-12-07, brief "redteam57",
from a fictional draft of a Turkish family in /tmp/rt57): fictional DHR sentences.

The readings of a small-letter listed word in a quoted message are English ones ("grace answer ur phone", "tell jack
im leaving"); in a message of another language none applied, the word was read as the English word, kept, and verify
passed it.

Kinds:
  "opening" / "inside" / "closing"  the name at the message's start, inside it or at its end;
  "control"  an English message using the word as a word ("pls put the memo on my desk"), or a message of the
             language with no name: unchanged.
Each case: {"seed", "kind", "family" (index in RULES), "word", "sentence"}; ``outcome``: "left" (the listed word
survives in a name case), "changed" (a control changed). TUNED 0-49 explored; HELD_BACK 1000-1049 only counted.
    python tests/word_names_in_messages_of_other_languages_gen.py
"""
from __future__ import annotations

import random
import re
import sys

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)
CASES_PER_SEED = 6

# (listed name, alias that is an English word or None, pseudonym, English sentences using the word as a word)
FAMILIES = [
    ("Mehmet Yılmaz", "Memo", "Emre", ["pls put the memo on my desk", "did u read the memo"]),
    ("Rose Kowalska", None, "Anna", ["he brought me a rose", "the rose bush is dead"]),
    ("Grace Mensah", None, "Ama", ["say grace before food", "by the grace of god"]),
    ("Jack Ward", None, "John", ["the car jack is in the boot", "get the jack from the shed"]),
    ("Sunny Gill", None, "Dev", ["its sunny today", "a sunny day at last"]),
    ("Precious Moyo", None, "Ruth", ["my precious baby", "this ring is precious to me"]),
    ("Amber Souza", None, "Lucia", ["the light is amber", "an amber necklace"]),
    ("Bill Popescu", None, "Ion", ["pay the bill today", "the gas bill came"]),
    ("Faith Tesfay", None, "Selam", ["keep the faith", "i have faith in god"]),
    ("Dawn Oliveira", None, "Rita", ["we left at dawn", "from dusk till dawn"]),
]
# messages as families type them, {n} the name: Turkish, Polish, Portuguese, Punjabi, Somali, Romanian, Tigrinya,
# Twi, Urdu, Lithuanian, each in Latin letters without its marks
MESSAGES = {
    "opening": ["{n} neredesin eve gel", "{n} gdzie jestes", "{n} cade vc volta pra casa", "{n} kithe aa ghar aa jaldi",
                "{n} xaggee joogtaa", "{n} unde esti vino acasa", "{n} abey aleki", "{n} wo wo hen", "{n} kahan ho tum",
                "{n} kur tu esi"],
    "inside": ["zeynep {n} yine bagiriyor", "mamo {n} znowu pije", "mae o {n} ta bebado de novo",
               "veerji {n} phir cheek reha", "hooyo {n} wuu i garaacay", "mama {n} iar a baut",
               "adey {n} hadush telefon wesidu", "maame {n} abo me bio", "ammi {n} phir se mara",
               "mama {n} vel geria"],
    "closing": ["eve gel hemen {n}", "zadzwon do mnie {n}", "volta pra casa agora {n}", "ghar aa jaldi {n}",
                "soo laabo {n}", "vino acasa acum {n}", "nabey aleka {n}", "bra fie ntem {n}", "jaldi ghar aao {n}",
                "grizk namo {n}"],
}
OTHER_LANGUAGE_CONTROLS = ["eve gel hemen", "gdzie jestes teraz", "volta pra casa agora", "ghar aa jaldi",
                           "soo laabo hadda", "vino acasa acum"]
FRAMES = ['Message from her to her sister: "{m}"', 'A text read: "{m}"', 'She replied "{m}" at 23:10.',
          'His last message was \'{m}\'.', 'WhatsApp, 02:14: "{m}"']


def _rules(family: int) -> dict:
    name, alias, pseudonym, _ = FAMILIES[family]
    person: dict = {"name": name, "pseudonym": pseudonym}
    if alias:
        person["aliases"] = [alias]
    return {"version": 1, "review": "generated", "people": [person], "dates": {"date_of_death": "2023-11-04"}}


RULES = [_rules(family) for family in range(len(FAMILIES))]


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"word_names_in_messages:{seed}:{k}")
    family = rng.randrange(len(FAMILIES))
    name, alias, _, english = FAMILIES[family]
    word = (alias or name.split()[0]).lower()
    kind = rng.choice(["opening", "inside", "closing", "control"])
    if kind == "control":
        message = rng.choice(english) if rng.random() < 0.6 else rng.choice(OTHER_LANGUAGE_CONTROLS)
    else:
        message = rng.choice(MESSAGES[kind]).format(n=word)
    return {"seed": seed, "kind": kind, "family": family, "word": word,
            "sentence": rng.choice(FRAMES).format(m=message)}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def outcome(case: dict, output: str) -> str | None:
    if case["kind"] == "control":
        return "changed" if output != case["sentence"] else None
    return "left" if re.search(rf"(?<!\w){re.escape(case['word'])}(?!\w)", output, re.IGNORECASE) else None


if __name__ == "__main__":
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    import quietly

    quietly.print_counts(sys.modules[__name__], lambda case: quietly.family_outcome_of(sys.modules[__name__], case),
                         lambda case: False, show="-v" in sys.argv)
