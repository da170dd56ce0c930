"""Fictional notes, statements and messages that write a listed name in small letters, where its small-letter form
is also an English word (Lan of LAN, Khan, Reid, Heather, Jade, Sunny, Rose, Grace, Hope, Bill, Mark, Pat, Joy,
Faith, Amber, Ruby, Summer, Precious, Blessing, Gift, Sky, Bunny...), in the places tests/small_letter_questions_gen.py
did not write it, where until brief "smallword58" apply kept it and ``verify`` passed it:

- ``object``: the object of a verb that takes a person, or of a person's verb and its preposition ("She spoke with
  lan.", "he lived with khan for two years", "Mum took reid to hospital.", "i miss jade", "He drove sunny home.");
- ``past``: the subject after an opening adverb, before an irregular past a person does ("Apparently khan hit her.",
  "Then lan went out.", "Later reid came back.");
- ``wordy``: a name that is a colour, a month, a modal, an adjective or a relation word, where the shape decides
  (a person's verb after it at a clause's start, a question about a person, a person rung or told: "When did jade
  leave?", "Mum rang sunny twice.", "may said no", "is grace ok");
- ``control``: the same listed words as the English words in the same shapes ("spoke with grace", "took hope",
  "lived with joy", "texted in may", "will hit", "the khan of Kalat", "drove sunny roads").

Each case has rules of its own: a victim and a perpetrator of one of many communities, at least one of whose name
words is an ordinary word in small letters.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
    python tests/small_letter_objects_gen.py [--show] [--part tuned|held-back|both]
    python tests/small_letter_objects_gen.py --controls
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "tests"):
    if str(_path) not in sys.path:
        sys.path.append(str(_path))

from small_letter_listed_names_gen import _is_word, control_sweep  # noqa: E402
from small_letter_listed_names_gen import _rules as listed_names_rules  # noqa: E402

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

# (given names of women, of men, surnames): in each, names whose small-letter form is an English word
COMMUNITIES = [
    (["Lan", "Mai", "Hong"], ["Long", "Minh"], ["Nguyen", "Tran", "Pham"]),                                # Vietnamese
    (["Jade", "May", "Ming"], ["Wing", "Jun"], ["Lee", "Chin", "Sun"]),                                     # Chinese
    (["Sunny", "Rani", "Asha"], ["Raj", "Sunny", "Amit"], ["Khan", "Shah", "Gill", "Malik"]),               # S. Asian
    (["Blessing", "Precious", "Patience", "Gift", "Joy"], ["Gift", "Godwin", "Tendai"],
     ["Moyo", "Okafor", "Adeyemi"]),                                                                        # Nig./Zim.
    (["Joy", "Faith", "Grace", "Hope", "Rose", "Amber", "Ruby"], ["Will", "Mark", "Bill", "Pat"],
     ["Reid", "Brown", "King", "Hill"]),                                                                   # Carib./Eng.
    (["Heather", "Summer", "Sky"], ["Bunny", "Jack", "Rob"], ["Reid", "Bell", "Cook"]),                     # Scottish
    (["Deniz", "Umut", "Dilan"], ["Can", "Baran"], ["Kaya", "Demir"]),                                      # Turk./Kurd.
    (["Amal", "Nour", "Hope"], ["Sami", "Adel"], ["Khan", "Haddad", "Mansour"]),                             # Arab
    (["Pat", "Bunny", "Summer"], ["Mark", "Bill", "Pat"], ["Sky", "Rose", "Young"]),                        # Irish/Eng.
]
PSEUDONYMS = [("Mary", "John"), ("Adult A", "Adult B"), ("Victim", "Perpetrator"), ("Amina", "Karim")]

# a person's verb and its preposition, or a verb that takes a person, then what may follow the person
OBJECT_VERBS = ["spoke with", "lived with", "stayed with", "went out with", "moved in with", "argued with",
                "was living with", "slept with", "stayed at home with", "took", "drove", "texted", "hit", "punched",
                "was scared of", "was frightened of", "left", "blamed", "visited", "rang", "picked up",
                "was in a relationship with", "split up with", "broke up with", "shouted at", "lived next door to"]
OBJECT_TAILS = {"took": [" to hospital", " home", " to the GP", " to school"], "drove": [" home", " to the refuge"],
                "picked up": [" from work", " after school"]}
OBJECT_OPENERS = ["She", "He", "Mum", "i", "The officer", "Her sister", "They", "He said he", "She told police she"]
TAILS = [".", " for two years.", " that night.", " again.", " at the address.", " on 3 March.", " last week",
         " in 2019.", ", and then left.", " before the incident."]
MESSAGE_OBJECTS = ["i miss {n}", "i love {n} so much", "i hate {n}", "tell {n} im sorry", "dont trust {n}",
                   "i texted {n} last night", "i saw {n} at the shop", "he hit {n} again"]
PAST_ADVERBS = ["Apparently", "Then", "Later", "Allegedly", "Suddenly", "Eventually", "Afterwards", "Yesterday",
                "Maybe", "Reportedly", "Earlier", "Subsequently"]
IRREGULAR_PASTS = ["hit her", "went out", "came back", "took the children", "drove off", "threw a glass",
                   "broke the door", "ran off", "kept her phone", "stole her bank card", "slept in the car",
                   "swore at the officer", "fought with her brother", "drank all night", "got angry",
                   "brought a knife", "sent a text", "bit her arm", "spat at her", "held her down"]
WORDY_FRAMES = ["When did {n} leave?", "Mum rang {n} twice.", "{n} said no.", "is {n} ok", "Did {n} hit you?",
                "{n} told the officer she was fine.", "i told {n} everything", "Then {n} left the flat.",
                "Neighbours heard {n} scream.", "{n} rang the police at 02:00.", "where is {n}??",
                "She spoke to {n} on the phone.", "He punched {n} in the face."]
# the names a wordy case plants: colours, months, modals, adjectives and relation words of COMMUNITIES
WORDY_NAMES = ["jade", "ruby", "amber", "rose", "may", "summer", "will", "mark", "sunny", "precious", "young",
               "long", "brown", "joy", "hope", "grace"]

# the listed words as English words in the same shapes
SHAPED_WORD_USES = {
    "grace": ["She spoke with grace about her loss.", "He accepted it with grace.", "She moved with grace."],
    "hope": ["She lived with hope that he would change.", "They took hope from the verdict.",
             "Only hope was left."],
    "joy": ["She lived with joy before she met him.", "He was filled with joy."],
    "faith": ["She spoke with faith about the future.", "She kept faith in the system."],
    "patience": ["Staff spoke with patience.", "He lost patience with her."],
    "may": ["i texted in may", "She moved in with her sister in may.", "He was scared in may."],
    "will": ["He will hit her again.", "i will text u", "She left a will."],
    "khan": ["The khan of the tribe ruled the region.", "a khan on the silk road"],
    "sunny": ["He drove sunny roads to the coast.", "It was sunny that day."],
    "lan": ["The office lan was down.", "He texted over the lan."],
    "mark": ["He left a mark on her arm.", "Then mark the file as closed.", "He hit the mark."],
    "bill": ["She paid the bill.", "He left a bill on the table.", "The bill went up."],
    "rose": ["Her anxiety rose again.", "Then the rent rose."],
    "amber": ["The risk was rated amber.", "The lights went amber."],
    "summer": ["She stayed with her aunt over summer.", "They lived with friends that summer."],
    "precious": ["She was precious about her things."],
    "gift": ["He took a gift to the children.", "She left the gift at the door."],
    "sky": ["The sky went dark.", "She stared at the sky."],
    "pat": ["He gave her a pat on the back."],
    "heather": ["The hill was covered with heather."],
    "ruby": ["a ruby ring was taken"],
    "jade": ["a jade necklace"],
    "blessing": ["The move was a blessing.", "She spoke with blessing of the elders."],
    "young": ["She married young.", "He left young children."],
}
# the English word where only a reader could tell it (counted apart: the bound's known cost)
HARD_SHAPED_WORD_USES = {
    "hope": ["Then hope came back.", "Then hope went out of her life."], "grace": ["She lived with grace."], "joy": ["i miss joy"],
    "summer": ["i miss summer"], "will": ["Then will power failed."],
}


def _rules(rng: random.Random, seed: int, k: int) -> tuple[dict, list[str]]:
    return listed_names_rules(rng, seed, k, COMMUNITIES, review="smallword58")


CASES_PER_SEED = 5    # object, object, past, wordy, control


def _object_sentence(rng: random.Random, name: str) -> str:
    if rng.random() < 0.25:
        return rng.choice(MESSAGE_OBJECTS).format(n=name)
    verb = rng.choice(OBJECT_VERBS)
    tail = rng.choice(OBJECT_TAILS.get(verb, [""])) + rng.choice(TAILS)
    return f"{rng.choice(OBJECT_OPENERS)} {verb} {name}{tail}"


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"small_letter_objects:{seed}:{k}")
    rules, words = _rules(rng, seed, k)
    if k == 4:
        usable = [w for w in words if w.lower() in SHAPED_WORD_USES] or ["Hope"]
        word = rng.choice(usable)
        if word not in words:
            rules["people"][0]["name"] = f"{word} {words[1]}"
        return {"seed": seed, "kind": "control", "rules": rules,
                "sentence": rng.choice(SHAPED_WORD_USES[word.lower()]), "secrets": []}
    if k == 3:
        name = rng.choice(WORDY_NAMES)
        rules["people"][0]["name"] = f"{name.capitalize()} {words[1]}"
        sentence = rng.choice(WORDY_FRAMES).format(n=name)
        return {"seed": seed, "kind": "wordy", "rules": rules, "sentence": sentence, "secrets": [name]}
    wordy = [w for w in words if _is_word(w)]
    name = rng.choice(wordy or words).lower()
    if k == 2:
        comma = rng.choice(["", ","])
        sentence = f"{rng.choice(PAST_ADVERBS)}{comma} {name} {rng.choice(IRREGULAR_PASTS)}."
        return {"seed": seed, "kind": "past", "rules": rules, "sentence": sentence, "secrets": [name]}
    return {"seed": seed, "kind": "object", "rules": rules, "sentence": _object_sentence(rng, name),
            "secrets": [name]}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def run_case(case: dict, redactor=None) -> tuple[str, str | None]:
    from quietly import secrets_outcome

    return secrets_outcome(case, redactor)


if __name__ == "__main__":
    from small_letter_listed_names_gen import run_as_script

    run_as_script(make_cases, run_case, (("shaped controls", SHAPED_WORD_USES),
                                          ("hard shaped controls", HARD_SHAPED_WORD_USES)))
