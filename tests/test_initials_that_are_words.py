"""A listed person's initials that spell a short English word, a rank or a Roman numeral ("NO" for Nadia Oyelaran,
"US" for Uma Sharma, "AN" for Adam Nowak, "DC" for Dawit Clarke, "IV" for Ioana Vasile), written as the draft
defines them and then uses them (lead, 2026-12-06).

Before: such letters were never initials ("an author lists them as an alias"), so "Nadia Oyelaran (N.O.) rang.
N.O. said she was fine." came out "Grace (N.O.) rang. N.O. said she was fine.", and "(NO)" became an unlisted
"Person 1"; "moved from the US" became "Person 1" in a draft that had defined "US" as somebody's initials.

Now: the letters are the person's only in a document that defines them ("Name (NO)", "(hereafter NO)", "referred to
as NO", "NO | Name" in a table), and there only where the sentence makes them somebody ("NO said", "police arrested
NO", "NO's partner"); "Referral made? NO", "NO FURTHER ACTION", "moved to the US", "Part IV" stay, and a draft that
never defines the letters is left as it was (the letters are a word there; an author who uses them undefined lists
them as an alias).

Each generated case is one draft: a definition, uses in a person's place (must go), uses as the word (must stay).
Tuned and held-back seeds are counted apart (``python tests/test_initials_that_are_words.py``).
"""
from __future__ import annotations

import random
import re
import sys

import pytest

TUNED, HELD_BACK = range(0, 30), range(5000, 5030)

# given names and surnames by their first letter, from many communities (Polish, Somali, Vietnamese, Irish, Igbo,
# Yoruba, Akan, Punjabi, Bangladeshi, Pakistani, Caribbean, Romanian, Turkish, Eritrean, Chinese, English)
GIVEN = {
    "A": ["Amina", "Adebayo", "Anh", "Aoife", "Arjun", "Agnieszka", "Ahmed", "Abena"],
    "B": ["Bashir", "Bogdan", "Bronagh", "Babajide", "Bilal", "Beata"],
    "D": ["Dariusz", "Deepa", "Delroy", "Dervla", "Dawit", "Dorota"],
    "G": ["Gurpreet", "Grzegorz", "Gloria", "Ghulam", "Gabriela"],
    "H": ["Hodan", "Hamza", "Huong", "Hanna", "Harjit"],
    "I": ["Ifeoma", "Imran", "Ioana", "Ikechukwu", "Iwona", "Ilhan"],
    "L": ["Lakshmi", "Luwam", "Lan", "Liam", "Lucjan"],
    "M": ["Mehmet", "Marcia", "Minh", "Maryam", "Mariusz", "Mohammed"],
    "N": ["Nadia", "Ngozi", "Niamh", "Nasra", "Naveed", "Nhung"],
    "O": ["Oksana", "Olumide", "Orla", "Omar", "Osei"],
    "P": ["Priya", "Piotr", "Patrice", "Phuong", "Parveen"],
    "S": ["Siobhan", "Samina", "Shanice", "Sipho", "Stanisław"],
    "T": ["Tariq", "Tomasz", "Temitope", "Thu", "Tendai"],
    "U": ["Uma", "Ugochi", "Usman", "Urszula"],
    "W": ["Wojciech", "Winston", "Waleed", "Wanjiru"],
    "X": ["Xiaoling", "Xavier", "Xuan"],
}
SURNAME = {
    "A": ["Adeyemi", "Ahmed", "Asante", "Akhtar"],
    "C": ["Chen", "Clarke", "Chowdhury", "Constantin"],
    "E": ["Ekwueme", "Eze", "Evans", "Erdoğan"],
    "F": ["Farah", "Fofana", "Flanagan", "Fernandes"],
    "I": ["Ibrahim", "Iqbal", "Igwe", "Ionescu"],
    "N": ["Nowak", "Nguyen", "Nwosu", "Nair"],
    "O": ["Okafor", "O'Brien", "Osei", "Oyelaran"],
    "P": ["Patel", "Popescu", "Phiri", "Piątek"],
    "R": ["Rahman", "Reid", "Rossi"],
    "S": ["Sharma", "Singh", "Shah", "Sesay"],
    "T": ["Tran", "Tetteh", "Torres", "Thapa"],
    "V": ["Vu", "Varga", "Vasile"],
    "Y": ["Yusuf", "Yılmaz", "Yeboah"],
}
# the letters, with the places a draft writes them as the word (never the person's)
WORDS = {
    "NO": ["Referral made to MARAC? NO", "Outcome: NO FURTHER ACTION.", "Was a DASH completed? | NO"],
    "US": ["She moved from the US in 2015.", "Her brother lives in the US."],
    "AN": ["AN OVERVIEW OF THE AGENCIES"],
    "AS": ["FACTS AS KNOWN AT THE TIME"],
    "AT": ["AGENCIES AT THE MEETING"],
    "BY": ["Delivered BY HAND.", "REPORT BY THE CHAIR"],
    "DO": ["WHAT THE AGENCIES DO NEXT"],
    "GO": ["GO TO SECTION 4."],
    "IN": ["IN ATTENDANCE: the chair and the panel."],
    "IS": ["WHAT IS A DHR?"],
    "ME": ["CALL ME BACK, the note said."],
    "MY": ["MY STORY: a leaflet from the charity."],
    "ON": ["ON CALL: the duty team."],
    "OR": ["MARAC OR MASH: which one?"],
    "SO": ["SO WHAT CHANGED?"],
    "TO": ["TO BE AGREED BY THE PANEL"],
    "UP": ["UP TO DATE as of May."],
    "WE": ["WHAT WE LEARNED"],
    "DC": ["The DC took the statement."],
    "PC": ["The attending PC was new in post."],
    "DS": ["The DS led the interview."],
    "IV": ["See Part IV of the report."],
    "XI": ["Schedule XI lists the agencies."],
    "LI": ["Appendix LI is blank."],
    "IF": ["IF IN DOUBT, REFER."],
    "BE": ["TO BE CONFIRMED."],
    "HE": ["HE 2 (Health) is the second action."],
    "OF": ["TERMS OF REFERENCE"],
}
DEFINITIONS = [
    "{full} ({L}) was 34 when she died.",
    "{full} (hereafter {L}) lived in a rented flat.",
    "{full}, referred to in this report as {L}, was the subject of the review.",
    "This review concerns {full} ('{L}').",
    "The review met {full} (aka {L}) twice.",
    "Agencies knew {full} or {L} from 2019.",
]
PERSON_USES = [
    "{L} said she was frightened of her partner.",
    "Police arrested {L} at the address.",
    "{L} was seen by the GP on 3 March.",
    "{L}'s partner rang the police.",
    "The officer spoke to {L} at the scene.",
    "{L} did not attend the appointment.",
    "Her sister, {L}, called the police.",
    "{L} told the health visitor about the bruising.",
    "{L} had been drinking since the morning.",
    "A neighbour heard {L} screaming.",
]


def _spellings(letters: str) -> list[str]:
    a, b = letters
    return [letters, f"{a}.{b}.", f"{a}. {b}."]


def make_case(seed: int) -> dict:
    rng = random.Random(seed)
    letters = rng.choice(sorted(WORDS))
    full = f"{rng.choice(GIVEN[letters[0]])} {rng.choice(SURNAME[letters[1]])}"
    written = rng.choice(_spellings(letters))
    defined = rng.random() < 0.8
    paragraphs, person, word = [], [], []
    if defined:
        paragraphs.append(rng.choice(DEFINITIONS).format(full=full, L=written))
    else:
        paragraphs.append(f"{full} was 34 when she died.")
    for use in rng.sample(PERSON_USES, 4):
        sentence = use.format(L=written)
        paragraphs.append(sentence)
        person.append(sentence)
    for use in WORDS[letters]:
        paragraphs.append(use)
        word.append(use)
    body = paragraphs[:1] + rng.sample(paragraphs[1:], len(paragraphs) - 1)
    rules = {"version": 1, "people": [
        {"name": full, "pseudonym": "Grace"},
        {"name": "Kevin Marsh", "pseudonym": "Adam"},
    ]}
    return {"seed": seed, "letters": letters, "written": written, "full": full, "defined": defined,
            "text": "\n\n".join(body), "person": person, "word": word, "rules": rules}


_LETTERS = {}


def _found(written: str, text: str) -> bool:
    pattern = _LETTERS.setdefault(written, re.compile(r"(?<![\w.])" + re.escape(written).replace(r"\ ", r"\s?")
                                                      + r"(?![\w])"))
    return pattern.search(text) is not None


def outcome(case: dict) -> tuple[list[str], list[str], list[str]]:
    """(person uses left, word uses changed, undefined person uses left) for one case."""
    from redact.pipeline import Redactor
    from redact.rules import parse_rules

    out = Redactor(parse_rules(case["rules"])).redact_text(case["text"])
    paragraphs = out.split("\n\n")
    left, changed, undefined = [], [], []
    for sentence in case["person"]:
        # the sentence's own words, the letters aside, locate it in the output
        tail = sentence.split(case["written"])[-1][:14].strip()
        hits = [p for p in paragraphs if tail and tail in p]
        if any(_found(case["written"], p) for p in hits):
            (left if case["defined"] else undefined).append(sentence)
    for sentence in case["word"]:
        if sentence not in paragraphs:
            changed.append(sentence)
    return left, changed, undefined


def count(seeds) -> tuple[int, int, int, int, int]:
    leaks = over = undefined = uses = words = 0
    for seed in seeds:
        case = make_case(seed)
        left, changed, left_undefined = outcome(case)
        leaks += len(left)
        over += len(changed)
        undefined += len(left_undefined)
        uses += len(case["person"]) if case["defined"] else 0
        words += len(case["word"])
    return leaks, uses, over, words, undefined


@pytest.mark.parametrize("seed", [*TUNED, *HELD_BACK])
def test_defined_initials_that_are_words_go_where_they_are_the_person(seed):
    case = make_case(seed)
    left, changed, _ = outcome(case)
    assert not left, (case["full"], case["written"], left)
    assert not changed, (case["full"], case["written"], changed)


def test_undefined_letters_that_are_words_stay_as_they_were():
    """A draft that never says whose letters "NO" are keeps them (the documented trade-off)."""
    from redact.pipeline import Redactor
    from redact.rules import parse_rules

    rules = parse_rules({"version": 1, "people": [{"name": "Nadia Oyelaran", "pseudonym": "Grace"}]})
    text = "Nadia Oyelaran was 34.\n\nReferral made? NO\n\nNO FURTHER ACTION."
    assert Redactor(rules).redact_text(text) == text.replace("Nadia Oyelaran", "Grace")


def test_verify_finds_defined_word_initials_left_in_an_output():
    from redact.rules import parse_rules
    from redact.verify.verdict import verify_texts

    rules = parse_rules({"version": 1, "people": [{"name": "Nadia Oyelaran", "pseudonym": "Grace"}]})
    texts = [("p1", "Nadia Oyelaran (N.O.) rang."), ("p2", "N.O. said she was fine.")]
    verdict = verify_texts(rules, texts)
    assert not verdict.ok
    assert any(leak.location == "p2" for leak in verdict.leaks), verdict.leaks


if __name__ == "__main__":
    if sys.argv[1:] == ["--show"]:
        for seed in TUNED:
            case = make_case(seed)
            left, changed, _ = outcome(case)
            if left or changed:
                print(seed, case["full"], case["written"], left, changed, file=sys.stderr)
    for name, seeds in (("tuned", TUNED), ("held-back", HELD_BACK)):
        leaks, uses, over, words, undefined = count(seeds)
        print(f"{name}: person uses left {leaks}/{uses}, word uses changed {over}/{words}, "
              f"undefined uses left {undefined}", file=sys.stderr)
