"""Fictional notes, statements and messages that write a listed name in small letters, where its small-letter form
is also an English word (Lan of LAN, Khan, Reid, Gill, Hope, Will, Mark, Grace, Long, Park...), in three places
tests/small_letter_listed_names_gen.py and tests/redteam55_gen.py did not write it, and where until stop 57 apply
kept it and ``verify`` passed it:

- ``adverb``: the subject of a sentence opened by an adverb, with a verb a person does after it ("Maybe lan was
  scared.", "Then khan left the flat.", "Apparently, reid hit her again.");
- ``question``: the subject of a question after its auxiliary, before a verb a person does ("Did lan tell you?",
  "why did khan do that", "Has gill eaten today?"), or after "where/how is" ("where is lan??");
- ``object``: the object of a person's verb the earlier lists left out: ringing and calling ("Mum rang lan twice."),
  a told person before what was told ("i told reid everything"), a person heard screaming ("Neighbours heard lan
  scream.");
- ``control``: the same listed words as the English words in the same shapes ("Then hope returned to the family." is
  counted apart as hard), and every English use of tests/small_letter_listed_names_gen.py's controls.

Each case has rules of its own: a victim and a perpetrator of one of tests/small_letter_listed_names_gen.py's
communities, at least one of whose name words is an ordinary word in small letters.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
    python tests/small_letter_questions_gen.py [--show] [--part tuned|held-back|both]
    python tests/small_letter_questions_gen.py --controls
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "tests"):
    if str(_path) not in sys.path:
        sys.path.append(str(_path))

from small_letter_listed_names_gen import WORD_USES, _rules, control_sweep  # noqa: E402

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

ADVERBS = ["Maybe", "Perhaps", "Then", "Later", "Apparently", "Eventually", "Suddenly", "Afterwards", "Allegedly",
           "Clearly", "Finally", "Now", "Again", "Earlier", "Yesterday", "Today", "Tonight", "Soon", "Sometimes",
           "Usually", "Reportedly", "Initially", "Meanwhile", "Subsequently", "Unfortunately", "Probably"]
PERSON_DOINGS = ["was scared", "left the flat", "hit her again", "returned to the address", "knew more than she said",
                 "told the officer", "had moved out", "rang 999", "refused the referral", "did not answer",
                 "went to her sister's", "wasn't at home", "would not let her leave", "said nothing",
                 "punched the wall", "threatened to kill her", "took the children", "came back drunk"]
QUESTIONS = ["Did {n} tell you?", "why did {n} do that", "Has {n} eaten today?", "Does {n} know?",
             "Would {n} hurt her?", "Can {n} come to the phone?", "Did {n} hit you?", "Will {n} be there?",
             "where is {n}??", "how is {n}?", "Was {n} there when it happened?", "Did {n} say anything?",
             "Q: Did {n} ever threaten you? A: Yes.", "Why didn't {n} call the police?", "is {n} ok",
             "When did {n} leave?", "Did {n} go to the GP?", "Is {n} with you?"]
OBJECTS = ["Mum rang {n} twice.", "She called {n} at 22:00.", "i told {n} everything", "He told {n} nothing.",
           "Neighbours heard {n} scream.", "I phoned {n} back the next day.", "She rang {n} from the refuge.",
           "They heard {n} shouting at 02:00.", "Officers called {n} on the mobile.", "He never told {n} the truth."]
# the listed words as English words in the same shapes
SHAPED_WORD_USES = {
    "will": ["Then it will be reviewed.", "Did she say she will come?", "Maybe will power was the issue."],
    "may": ["Maybe she may go home.", "Did they say we may visit?"],
    "mark": ["Then mark the date in the diary.", "Did the mark fade?", "Perhaps a mark was left."],
    "hope": ["Did they hope to move?", "Maybe there was hope.", "i hope u r ok?"],
    "can": ["Then she can stay.", "Did the can leak?"],
    "long": ["Did long delays follow?", "Then long waits followed.", "How long did she wait?"],
    "young": ["Then young people were seen.", "Was the child young?"],
    "park": ["Did he park outside?", "Maybe park nearer?", "where is the park?"],
    "brown": ["Did the brown car stop?", "Maybe brown paint?"],
    "bill": ["Did the bill get paid?", "Then the bill came."],
    "rose": ["Then her anxiety rose.", "Did her rent rise?"],
    "lan": ["Was the office lan down?", "Then the lan failed."],
    "sunny": ["Was it sunny?", "Then sunny spells followed."],
    "said": ["Then said officer left.", "Did she say what was said?"],
    "grace": ["Did she show grace?", "Then a grace period began."],
    "patience": ["Did staff lose patience?"],
    "wood": ["Was the door made of wood?"],
    "don": ["i don't know?", "Did he don a mask?"],
    "wing": ["Was she on the wing?"],
    "sharp": ["Was the knife sharp?", "Then sharp words were said."],
}
# the English word as the subject of such a sentence, which the rule takes for the name (counted apart: the cost)
HARD_SHAPED_WORD_USES = {
    "hope": ["Then hope returned to the family."], "grace": ["Then grace was said."],
    "mark": ["Did mark appear on the scan?"], "bill": ["Then bill arrived on the Friday."],
}


def _is_word(word: str) -> bool:
    from redact.name_or_word import is_ordinary_word

    return is_ordinary_word(word.lower())


CASES_PER_SEED = 4    # adverb, question, object, control


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"small_letter_questions:{seed}:{k}")
    rules, words = _rules(rng, seed, k)
    if k == 3:
        usable = [w for w in words if w.lower() in SHAPED_WORD_USES]
        word = rng.choice(usable) if usable else None
        sentence = rng.choice(SHAPED_WORD_USES[word.lower()]) if word else "Did she say she will come?"
        return {"seed": seed, "kind": "control", "rules": rules, "sentence": sentence, "secrets": []}
    wordy = [w for w in words if _is_word(w)]
    name = rng.choice(wordy or words).lower()
    if k == 0:
        comma = rng.choice(["", ","])
        sentence = f"{rng.choice(ADVERBS)}{comma} {name} {rng.choice(PERSON_DOINGS)}."
        kind = "adverb"
    else:
        sentence = rng.choice(QUESTIONS if k == 1 else OBJECTS).format(n=name)
        kind = "question" if k == 1 else "object"
    return {"seed": seed, "kind": kind, "rules": rules, "sentence": sentence, "secrets": [name], "word": bool(wordy)}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def run_case(case: dict, redactor=None) -> tuple[str, str | None]:
    from quietly import secrets_outcome

    return secrets_outcome(case, redactor)


if __name__ == "__main__":
    from small_letter_listed_names_gen import run_as_script

    run_as_script(make_cases, run_case, (("controls", WORD_USES), ("shaped controls", SHAPED_WORD_USES),
                                          ("hard shaped controls", HARD_SHAPED_WORD_USES)))
