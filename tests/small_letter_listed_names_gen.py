"""Fictional notes, messages and table rows that write a listed name in small letters ("lan was seen by the health
visitor.", "Note: reid attended.", "| khan | perpetrator |", "[22:14] lan: where r u"), where the name's small-letter
form is also an English word or a word of the dictionary (Lan of LAN, Reid and Khan of the people WordNet lists,
Hope, Grace, Will, Mark, Long, Park, Young, Brown). Until brief "redteam54" such a word in small letters was always
read as the word, outside quoted messages: apply kept it and ``verify`` passed it.

Families (``kind``):
- ``subject``: the name opening a sentence, a note after a label's colon, a bullet or a numbered point, or a clause
  after "said", "when", "and", "because", with a verb a person does after it ("lan had moved out", "khan told the
  officer", "He said lan was fine.", "reid's phone was off");
- ``cell``: the name alone in a table row's cell ("| lan | victim | 34 |");
- ``chat``: the name as a chat export line's sender ("[22:14] lan: where r u");
- ``control``: the same listed words used as the English words in small letters ("it will be reviewed", "there was
  a mark on her arm", "the office lan was down", "a brown envelope", "i hope ur ok"), and the names' other words
  (months, colours) as the words, that must stay.

Each case has rules of its own: a victim and a perpetrator of one of many communities (Vietnamese, Chinese,
Korean, Punjabi and Pakistani, Nigerian and Zimbabwean, Caribbean and English, Turkish and Kurdish, Arab,
Scottish), at least one of whose name words is an ordinary word in small letters.

Seeds: TUNED 0-49 looked at while fixing, HELD_BACK 1000-1049 only counted
    python tests/small_letter_listed_names_gen.py [--show] [--part tuned|held-back|both]
    python tests/small_letter_listed_names_gen.py --controls     # every English use, the word listed both ways
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO, REPO / "tests"):
    if str(_path) not in sys.path:
        sys.path.append(str(_path))

TUNED, HELD_BACK = range(0, 50), range(1000, 1050)

# (given names of women, of men, surnames): in each, names whose small-letter form is an English or dictionary word
COMMUNITIES = [
    (["Lan", "Kim", "Mai", "Hong"], ["Long", "Minh", "Son"], ["Nguyen", "Tran", "Ho", "Pham"]),           # Vietnamese
    (["Li", "Ming", "May", "Jade"], ["Wing", "Jun", "Wei"], ["Lee", "Chin", "Ng", "Tan", "Sun"]),           # Chinese
    (["Young", "Eun", "Ji"], ["Young", "Min", "Jin"], ["Park", "Moon", "Kang"]),                             # Korean
    (["Sunny", "Rani", "Asha"], ["Raj", "Ram", "Amit"], ["Khan", "Shah", "Gill", "Malik"]),                 # S. Asian
    (["Blessing", "Precious", "Patience", "Mercy", "Comfort", "Favour"], ["Gift", "Godwin", "Tendai"],
     ["Moyo", "Okafor", "Adeyemi"]),                                                                        # Nig./Zim.
    (["Joy", "Pearl", "Grace", "Hope", "Rose", "Dawn", "Amber"], ["Will", "Mark", "Bob", "Don", "Ray", "Frank"],
     ["Brown", "White", "Reid", "Young", "King", "Hill", "Wood"]),                                         # Carib./Eng.
    (["Deniz", "Umut", "Dilan"], ["Can", "Baran", "Serhat"], ["Kaya", "Demir", "Wolf"]),                    # Turk./Kurd.
    (["Amal", "Nour", "Hope"], ["Said", "Sami", "Adel"], ["Said", "Haddad", "Mansour"]),                    # Arab
    (["Heather", "Ailsa", "Kirsty"], ["Bill", "Jack", "Rob"], ["Bell", "Cook", "Page", "Sharp"]),            # Scottish
]
PSEUDONYMS = [("Mary", "John"), ("Adult A", "Adult B"), ("Victim", "Perpetrator"), ("Amina", "Karim")]

# what a person does after a name that opens a clause ("{n}" the name in small letters)
SUBJECT_FRAMES = [
    "{n} was seen by the health visitor.", "{n} told the GP she was frightened.", "{n} had moved out by then.",
    "{n} attended the appointment with her sister.", "Note: {n} did not answer the door.",
    "Update - {n} phoned 101 at 02:10.", "- {n} went to her mother's address", "2. {n} refused the referral.",
    "He said {n} was fine.", "When {n} left, the police were called.", "The officer noted that {n} had a cut lip.",
    "She and {n} moved in together in 2019.", "{n} rang the refuge twice that week.", "{n}'s phone was off.",
    "GP notes: {n} presented with bruising to her arm.", "Because {n} was scared, she stayed with a friend.",
    "{n} would not let her leave the flat.", "{n} never told anyone at work.", "{n} wasn't at home.",
    "{n} explained that she had fallen.",
]
CELL_FRAMES = ["| {n} | victim | 34 |", "| Name | Role |\n|---|---|\n| {n} | perpetrator |", "{n}\t0113 496 0000\tmother",
               "| 14/03/2021 | {n} | call to police |"]
CHAT_FRAMES = ["[22:14] {n}: where r u", "12/03/2021, 22:14 - {n}: ok im going", "{n}: dont tell anyone",
               "[09:02] {n}: pls call me"]

# the listed words as English words in small letters (only those that are words): they must stay
WORD_USES = {
    "will": ["It will be reviewed in May.", "she will not return to the address.", "i will call u later"],
    "may": ["She may go home tomorrow.", "may i come round", "Agencies may share information."],
    "mark": ["There was a mark on her arm.", "Staff mark the register daily.", "the mark was photographed"],
    "hope": ["i hope ur ok", "There was little hope of change.", "We hope the family find this useful."],
    "grace": ["by the grace of god", "She showed grace under pressure."],
    "rose": ["Her anxiety rose sharply.", "a rose bush by the door"],
    "can": ["She can stay with her aunt.", "a can of lager was found", "can u call me"],
    "long": ["It took a long time.", "as long as she was safe"],
    "young": ["Her young son was at home.", "She was young when they met."],
    "park": ["They met in the park.", "he would park outside her flat"],
    "king": ["a picture of the king"],
    "brown": ["A brown envelope was found.", "the brown sofa"],
    "white": ["A white van was seen.", "the white board"],
    "wood": ["The door was made of wood."],
    "hill": ["The house was up the hill."],
    "joy": ["There was no joy in the house.", "she felt joy"],
    "pearl": ["a pearl necklace"],
    "dawn": ["The police arrived at dawn."],
    "amber": ["The risk was rated amber.", "amber alert"],
    "mercy": ["She was at his mercy."],
    "comfort": ["She found comfort in her faith."],
    "patience": ["Staff lost patience with him."],
    "favour": ["He asked for a favour."],
    "precious": ["her precious things were thrown out"],
    "blessing": ["The move was a blessing."],
    "gift": ["a gift for her son"],
    "frank": ["They had a frank discussion."],
    "bill": ["The gas bill was unpaid.", "the bill came to £40"],
    "jack": ["the car jack was missing"],
    "ray": ["a ray of light"],
    "sunny": ["It was a sunny day."],
    "lan": ["the office lan was down", "a wireless lan at the refuge"],
    "wing": ["She was moved to another wing.", "on the wing"],
    "chin": ["a cut to her chin"],
    "sun": ["They sat in the sun."],
    "tan": ["a tan coat"],
    "moon": ["the moon was full"],
    "wolf": ["he cried wolf"],
    "cook": ["She would cook for the children.", "the cook was off"],
    "page": ["see page 12"],
    "bell": ["She rang the bell twice."],
    "sharp": ["a sharp knife", "at 9 sharp"],
    "said": ["She said she was fine.", "he said no"],
    "ram": ["he tried to ram the door"],
    "don": ["i don't know"],
    "son": ["her son was at school"],
    "ho": ["ho ho ho"],
}

# the English word opening a clause in small letters, where only the tagger could tell it (not counted in the seeds;
# ``--controls`` reports them apart): the bound's known cost
HARD_WORD_USES = {
    "hope": ["hope was all she had left."], "will": ["will was read out after the funeral"],
    "mark": ["mark noted on her left wrist"], "park": ["park was closed that night"],
    "comfort": ["comfort was what she needed"], "bill": ["bill arrived on the friday"],
}


def control_sweep(uses: dict) -> tuple[int, int, list[str]]:
    """Every use of ``uses`` with its word listed as a given name and as a surname: (changed, total, what changed)."""
    import warnings

    from redact.pipeline import Redactor

    changed, total, shown = 0, 0, []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for word, sentences in uses.items():
            for name in (f"{word.capitalize()} Okafor", f"Tariq {word.capitalize()}"):
                redactor = Redactor({"version": 1, "review": "controls", "people": [
                    {"name": name, "pseudonym": "Adult A"}], "dates": {"date_of_death": "2023-07-09"}})
                for sentence in sentences:
                    total += 1
                    output = redactor.redact_text(sentence)
                    if output != sentence:
                        changed += 1
                        shown.append(f"{name}: {sentence!r} -> {output!r}")
    return changed, total, shown


def _rules(rng: random.Random, seed: int, k: int, communities: list | None = None,
           review: str = "redteam54") -> tuple[dict, list[str]]:
    """A victim and a perpetrator of one of ``communities`` (this generator's own by default), and their name words."""
    women, men, surnames = rng.choice(communities or COMMUNITIES)
    g, other_g = rng.choice(women), rng.choice(men)
    s, other_s = rng.sample(surnames, 2)
    pv, pp = rng.choice(PSEUDONYMS)
    rules = {"version": 1, "review": f"{review}-{seed}-{k}",
             "people": [{"name": f"{g} {s}", "pseudonym": pv, "role": "victim"},
                        {"name": f"{other_g} {other_s}", "pseudonym": pp, "role": "perpetrator"}],
             "dates": {"date_of_death": "2023-07-09"}}
    return rules, [g, s, other_g, other_s]


def _is_word(word: str) -> bool:
    from redact.name_or_word import is_ordinary_word

    return is_ordinary_word(word.lower())


CASES_PER_SEED = 4    # subject, subject, cell or chat, control


def make_case(seed: int, k: int) -> dict:
    rng = random.Random(f"redteam54:{seed}:{k}")
    rules, words = _rules(rng, seed, k)
    if k == 3:
        usable = [w for w in words if w.lower() in WORD_USES]
        if not usable:
            return {"seed": seed, "kind": "control", "rules": rules, "sentence": "She may go home tomorrow.",
                    "secrets": []}
        word = rng.choice(usable)
        return {"seed": seed, "kind": "control", "rules": rules, "sentence": rng.choice(WORD_USES[word.lower()]),
                "secrets": []}
    # the name planted is a word in small letters where the community has one, else any of the names
    wordy = [w for w in words if _is_word(w)]
    name = rng.choice(wordy or words)
    frames = SUBJECT_FRAMES if k < 2 else rng.choice([CELL_FRAMES, CHAT_FRAMES])
    kind = "subject" if k < 2 else ("cell" if frames is CELL_FRAMES else "chat")
    sentence = rng.choice(frames).format(n=name.lower())
    return {"seed": seed, "kind": kind, "rules": rules, "sentence": sentence, "secrets": [name.lower()],
            "word": bool(wordy)}


def make_cases(seed: int) -> list[dict]:
    return [make_case(seed, k) for k in range(CASES_PER_SEED)]


def run_case(case: dict, redactor=None) -> tuple[str, str | None]:
    """Apply and verify one case: (output, outcome) as ``quietly.secrets_outcome`` says ("silent", "left",
    "unseen", "changed")."""
    from quietly import secrets_outcome

    return secrets_outcome(case, redactor)


def run_as_script(make_cases, run_case, control_sets, tuned=TUNED, held_back=HELD_BACK) -> None:
    """A small-letter generator run by hand: ``--controls`` sweeps each (label, uses) of ``control_sets``; else the
    tallies of the tuned part (``--part`` for the held-back), ``--show`` printing the tuned failures."""
    from seed_tally import chosen_parts, print_case_tallies

    if "--controls" in sys.argv:
        for label, uses in control_sets:
            changed, total, shown = control_sweep(uses)
            print(label, f"changed {changed}/{total}", *shown, sep="\n  ")
        return
    print_case_tallies(lambda seeds: (c for seed in seeds for c in make_cases(seed)), run_case,
                       chosen_parts(tuned, held_back, default="tuned"),
                       lambda case, result, output: f"{case['seed']:5d} {case['kind']:8s} {result:7s} "
                       f"{case['sentence']!r}\n{'':23s}→ {output!r}")


if __name__ == "__main__":
    run_as_script(make_cases, run_case, (("controls", WORD_USES), ("hard controls", HARD_WORD_USES)))
