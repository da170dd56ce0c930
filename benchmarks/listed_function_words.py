"""Listed names whose words ARE English function words as written, with no marks to lose ("He Jing", "Do Thi Hoa",
"An Nguyen", "Ka Wai On", "So Wai Man", "Per Olsen"): the English word must stay, the person must never leak.

Two generators of fictional DHR-like sentences, both seeded (tests use ``TUNED_SEED``; ``HELD_BACK_SEED`` is only
measured, never looked at while tuning):
- :func:`word_sentences`: ordinary English using the function words ("He said", "Do you know", "An assessment",
  "On 3 March", "So he left", "To date", "In 2019", "As agreed", "Me and my sister", "the judge on the day", "his
  father on the night"); nobody listed is named, so every change apply makes and every report verify raises is
  wrong. "Ma" (of Ma Lin) is listed but no function word: "Ma said" and "her ma said" are a person's, read by the
  ordinary judgement (``NameOrWord.judge``), so its sentences are left out;
- :func:`name_sentences`: sentences naming a listed person in each context that names somebody ("Mr He", "He Jing",
  "Jing He", "the He family", "HE, Jing", "Dear He,", "Hoa Do's son", "Judge On"), the name's words written
  nowhere else in the sentence: apply must replace every one of them, verify must report the sentence as written.

python benchmarks/listed_function_words.py [--count N] [--seed S] [--show N]
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import warnings
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

TUNED_SEED = 11
HELD_BACK_SEED = 2027


class FunctionWordName(NamedTuple):
    tradition: str
    full: str          # as the rules file lists it
    word: str          # the word of it that English writes as a function word
    other: str         # another word of the same name
    female: bool
    pseudonym: str


# Fictional people from several communities; each listed form is how British agencies' records write it, no marks.
NAMES: tuple[FunctionWordName, ...] = (
    FunctionWordName("chinese_pinyin", "He Jing", "He", "Jing", True, "Rosa"),
    FunctionWordName("chinese_pinyin", "Wei He", "He", "Wei", False, "Tomas"),
    FunctionWordName("chinese_pinyin", "Ma Lin", "Ma", "Lin", True, "Greta"),
    FunctionWordName("cantonese", "Ka Wai On", "On", "Wai", False, "Dorian"),
    FunctionWordName("cantonese", "So Wai Man", "So", "Man", False, "Fergus"),
    FunctionWordName("vietnamese", "Do Thi Hoa", "Do", "Hoa", True, "Imelda"),
    FunctionWordName("vietnamese", "An Nguyen", "An", "Nguyen", False, "Lucian"),
    FunctionWordName("vietnamese", "To Van Hung", "To", "Hung", False, "Cedric"),
    FunctionWordName("vietnamese", "Tran Thi My", "My", "Tran", True, "Philippa"),
    FunctionWordName("korean", "In Sook Kim", "In", "Kim", True, "Beatrix"),
    FunctionWordName("korean", "Go Eun Bi", "Go", "Bi", True, "Marguerite"),
    FunctionWordName("scandinavian", "Per Olsen", "Per", "Olsen", False, "Gideon"),
    FunctionWordName("cantonese", "Ng Siu Fung", "Ng", "Fung", False, "Ambrose"),
)


def rules_dict(names=NAMES) -> dict:
    return {"version": 1, "review": "function words as written",
            "people": [{"name": n.full, "pseudonym": n.pseudonym} for n in names],
            "dates": {"date_of_death": "1999-02-28"}}


# ------------------------------------------------------------------ ordinary English

_OPENINGS = {
    "He": ["He said", "He told the GP", "He was", "He's been", "He had", "He denied", "He did not", "He would",
           "He never", "He moved", "He's", "He, too, was", "He and she", "He himself said"],
    "Do": ["Do you know", "Do not contact", "Do agencies share", "Do they", "Do the records show",
           "Do's and don'ts of", "Do Not Resuscitate"],
    "An": ["An assessment", "An alleged assault", "An agreed plan", "An IDVA", "An officer", "An ambulance",
           "An increased risk", "An unnamed caller", "An MARAC referral", "An Asian woman"],
    "On": ["On the other hand,", "On 3 March", "On arrival,", "On reflection,", "On that day", "On one occasion",
           "On balance,", "On leaving", "On the night", "On Track"],
    "So": ["So he left.", "So did she.", "So said the GP.", "So far,", "So was her sister.", "So, in summary,",
           "So much was missed."],
    "To": ["To be seen", "To date,", "To ensure", "To her,", "To whom it may concern,", "To the family,",
           "To summarise,", "To this end,"],
    "In": ["In 2019", "In March", "In her view,", "In summary,", "In hindsight,", "In the event,", "In it,",
           "In said report"],
    "As": ["As agreed,", "As was the case,", "As a result,", "As she said,", "As he left,", "As such,"],
    "Me": ["Me and my sister", "Me too,", "Me? Never."],
    "My": ["My mother", "My son", "My view is", "My husband", "My Safe Plan", "My concern"],
    "Go": ["Go home,", "Go to the police,", "Go and see the GP,"],
    "Per": ["Per annum,", "Per the policy,", "Per week,"],
}
_CONTINUATIONS = ["the police attended the address.", "she was frightened of him.", "agencies shared what they knew.",
                  "the risk was assessed as high.", "no referral was made to MARAC.", "the GP recorded a bruise.",
                  "this happened twice in 2019.", "the children were at school.", "he was arrested.",
                  "the housing officer visited.", "her sister called the police.", "it was not followed up."]
# The words inside a sentence, in headings, quotes, rows and lists
_INSIDE = [
    "She said he was afraid of him. He left the next day.", "She wanted to go home. To her, the flat was safe.",
    "The panel asked what agencies could do.", "Police spoke to her at home on the night.",
    "Recommendation 4 – To ensure that risk is assessed.", "Chronology – On 4 May police attended.",
    "Outcome – An assessment was made.", "Summary – He was known to services.", "She said: My husband hits me.",
    "“My son is kind,” she told the GP.", "She prayed and believed He would protect her.",
    "Response To Domestic Abuse", "Things To Do Before The Review", "What We Do And Why",
    "Learning From What Agencies Do", "A Do Not Resuscitate order was in place.", "She joined the On Track programme.",
    "HE DID NOT ATTEND.", "MY STORY", "TO: CHAIR OF THE PANEL", "From: IDVA\nTo: Chair",
    "Action | To review the policy | Owner", "1. To share records sooner.", "(a) To improve training.",
    "• To be seen within 24 hours.", "e.g. To be seen by the GP.", "i.e. On the day she died.", "etc. He left.",
    "He told her mother nothing.",
    "The judge on the day granted the order.", "His father on the night called the police.",
    "REPORT OF THE INSPECTOR TO THE PANEL", "The Inspector to the panel said so.", "She spoke to Him in prayer.",
    "It was so. So it was.", "She was in. In it went.", "He did so as well. As well as this, he lied.",
    "Give it to me. Me, I would have called.", "She said “Go!” and he went.", "£20 per week. Per the rent book.",
    "Focus On Safety", "Living With Abuse: An Overview", "So What Went Wrong?", "In Her Own Words",
    "Who Was She? In Memory Of A Mother", "A Day In The Life", "Moving On", "As It Happened",
    "Appendix A – Terms Of Reference: To Examine The Contact", "The GP said he would go on.",
    "Her son, he said, was at school.", "IN SUMMARY", "DO NOT CONTACT HER", "AN OVERVIEW", "SO WHAT?",
    "He'd left. He'll return. He’s gone.", "Dear Sir, He has been seen.", "He, she and the children moved.",
    "Me: Are you safe? Her: No.", "“Do it,” he said.", "“On my way,” she texted.", "“So?” he replied.",
]
_SUBJECTS = ["she", "the GP", "her sister", "the officer", "the IDVA", "agencies", "the panel"]


def word_sentences(count: int, seed: int) -> list[str]:
    """``count`` ordinary English sentences using the function words; nobody listed is named in any of them."""
    chooser = random.Random(seed)
    out = []
    for _ in range(count):
        shape = chooser.random()
        if shape < 0.45:
            opening = chooser.choice(_OPENINGS[chooser.choice(sorted(_OPENINGS))])
            text = opening if opening.endswith((".", "?")) else f"{opening} {chooser.choice(_CONTINUATIONS)}"
        elif shape < 0.8:
            text = chooser.choice(_INSIDE)
        else:
            first = chooser.choice(_OPENINGS[chooser.choice(sorted(_OPENINGS))])
            first = first if first.endswith((".", "?")) else f"{first} {chooser.choice(_CONTINUATIONS)}"
            subject = chooser.choice(_SUBJECTS)
            text = f"{first} {subject[0].upper() + subject[1:]} said so. {chooser.choice(_INSIDE)}"
        out.append(text)
    return out


# ------------------------------------------------------------------ sentences naming the person

_TITLES = {True: ["Mrs", "Ms", "Miss", "Mrs.", "MRS", "Dr"], False: ["Mr", "Mr.", "MR", "Dr", "Judge", "DC"]}
# {n}: the name as the context writes it; the other words of the person are nowhere else
_NAME_CONTEXTS = [
    "{title_w} told the GP that she was frightened.",
    "{TITLE_W} – SUMMARY OF CONTACT",
    "{full} attended A&E with a head injury.",
    "The officer spoke with {full} at the address.",
    "{reordered} attended A&E with a head injury.",
    "Police took a statement from {reordered} that night.",
    "The {w} family were known to services.",
    "the {w} family moved to the area in 2016.",
    "{W}, {o} – arrested for breach of bail.",
    "{W}, {O} (DOB 01/02/1980) was referred to MARAC.",
    "Dear {w},\nThank you for meeting the panel.",
    "{full}'s son was at school that day.",
    "{reordered}'s GP recorded a bruise.",
    "12/03/2021 | {title_w} | attended the surgery",
    "Agencies knew {title_w} well; {title_w} was never asked about abuse.",
    "Her friend described {full} as kind.",
    "{FULL} – CHRONOLOGY",
]


def _forms(name: FunctionWordName) -> dict[str, str]:
    words = name.full.split()
    reordered = " ".join([*words[1:], words[0]]) if words[0] == name.word else " ".join([words[-1], *words[:-1]])
    return {"w": name.word, "W": name.word.upper(), "o": name.other, "O": name.other.upper(), "full": name.full,
            "FULL": name.full.upper(), "reordered": reordered}


def name_sentences(count: int, seed: int) -> list[tuple[FunctionWordName, str]]:
    """``count`` (person, sentence) pairs naming a listed person; the function word and the person's other name words
    appear nowhere else in the sentence (so any of them left in the output is a leak)."""
    chooser = random.Random(seed)
    out: list[tuple[FunctionWordName, str]] = []
    while len(out) < count:
        name = chooser.choice(NAMES)
        context = chooser.choice(_NAME_CONTEXTS)
        title = chooser.choice(_TITLES[name.female])
        forms = _forms(name)
        forms["title_w"] = f"{title} {name.word}"
        forms["TITLE_W"] = forms["title_w"].upper()
        text = context.format(**forms)
        if _written_elsewhere(name, context):
            continue
        out.append((name, text))
    return out


def _written_elsewhere(name: FunctionWordName, context: str) -> bool:
    bare = re.sub(r"\{[^}]*\}", " ", context)
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", bare, re.IGNORECASE) for w in name.full.split())


def leaked_words(name: FunctionWordName, output: str) -> list[str]:
    """The person's name words still written in ``output`` (case folded: "HE" and "he" too)."""
    return [w for w in name.full.split() if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", output, re.IGNORECASE)]


# ------------------------------------------------------------------ measuring

def measure(count: int, seed: int, show: int = 0) -> dict[str, int]:
    from redact import Redactor
    from redact.rules import parse_rules
    from redact.verify import verify_texts

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rules = parse_rules(rules_dict(), "function words")
        redactor = Redactor(rules)
    counts = {"word sentences": 0, "changed": 0, "verify alarms": 0, "sentences alarmed": 0,
              "name sentences": 0, "leaks": 0, "verify quiet on a name": 0, "verify alarms on output": 0}
    shown = 0
    for text in word_sentences(count, seed):
        counts["word sentences"] += 1
        out = redactor.redact_text(text)
        leaks = verify_texts(rules, [("a", text)]).leaks
        counts["changed"] += out != text
        counts["verify alarms"] += len(leaks)
        counts["sentences alarmed"] += bool(leaks)
        if (out != text or leaks) and shown < show:
            shown += 1
            print("WORD", repr(text), "->", repr(out) if out != text else "(same)", [leak.value for leak in leaks])
    for name, text in name_sentences(count, seed):
        counts["name sentences"] += 1
        out = redactor.redact_text(text)
        leaked = leaked_words(name, out)
        counts["leaks"] += bool(leaked)
        counts["verify quiet on a name"] += verify_texts(rules, [("a", text)]).ok
        counts["verify alarms on output"] += not verify_texts(rules, [("a", out)]).ok
        if leaked and shown < show:
            shown += 1
            print("NAME", repr(text), "->", repr(out), leaked)
    return counts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=TUNED_SEED)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    for key, value in measure(args.count, args.seed, args.show).items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
