"""False alarms of a listed name word written without its marks ("Do" of Đỗ, "My" of Mỹ, "He" of Hé).

With every name of ``benchmarks.drafts.names.MARKED_FUNCTION_WORD_NAMES`` listed (none of them in the texts), counts
what ``verify`` reports and what ``apply`` changes in:
- generated ordinary sentences that use each English word (at a sentence start, inside one, in headings, quotes,
  chronology rows and action plans), a few thousand, seeded;
- the TAB texts (``../shared/tab/dev127.json``: European Court judgments, long English narrative about people);
- the shared fixtures' drafts (``../shared/fixtures/case*/draft.txt``), and their outputs (``--outputs DIR`` holding
  ``caseN.txt`` redacted with the fixture's own rules).
Every report and every change is a false alarm: nobody in these texts is listed. Run from the repository:
python benchmarks/function_word_names.py [--outputs DIR] [--show N]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.drafts.names import MARKED_FUNCTION_WORD_NAMES  # noqa: E402
from redact import Redactor  # noqa: E402
from redact.rules import parse_rules  # noqa: E402
from redact.verify import verify_texts  # noqa: E402

SHARED = REPO.parent / "shared"
PSEUDONYMS = ["Anna", "Clara", "Elsa", "Hannah", "Iris", "Lena", "Mira", "Nell", "Tessa", "Vera", "Wendy", "Zara"]

# How English starts a sentence with each word, and what may follow
OPENINGS = {
    "Do": ["Do you know", "Do not contact", "Do agencies share", "Do they", "Do we", "Do the records show",
           "Do's and don'ts of", "Do Not Resuscitate"],
    "To": ["To be seen", "To date,", "To ensure", "To her,", "To whom it may concern,", "To: Chair", "To the family,",
           "To summarise,", "To what extent", "To this end,", "To be clear,"],
    "My": ["My mother", "My son", "My view is", "My husband", "My Safe Plan", "My own", "My concern",
           "My name is"],
    "He": ["He said", "He told the GP", "He was", "He's been", "He had", "He denied", "He did not", "He would",
           "He never", "He moved", "He's"],
    "On": ["On the other hand,", "On 3 March", "On arrival,", "On reflection,", "On Track", "On that day",
           "On one occasion", "On balance,", "On leaving", "On the night"],
    "An": ["An assessment", "An alleged assault", "An agreed plan", "An IDVA", "An officer", "An ambulance",
           "An increased risk", "An unnamed caller", "An MARAC referral"],
    "Be": ["Be careful", "Be assured that", "Be prepared", "Be Safe", "Be clear", "Be aware that", "Be kind"],
    "The": ["The GP said", "The panel", "The agreed plan", "The said address", "The police", "The Samaritans",
            "The review", "The alleged assault"],
    "Than": ["Than expected,", "Than before,"],
}
CONTINUATIONS = ["the police attended the address.", "she was frightened of him.", "agencies shared what they knew.",
                 "the risk was assessed as high.", "no referral was made to MARAC.", "the GP recorded a bruise.",
                 "this happened twice in 2019.", "the children were at school.", "he was arrested.",
                 "the housing officer visited.", "her sister called the police.", "it was not followed up."]
# Sentences with the word inside them
INSIDE = ["She wanted to go home. {w} her, the flat was safe.", "The panel asked what agencies could do.",
          "Police spoke to her at home on the night.", "Recommendation 4 – To ensure that risk is assessed.",
          "Chronology – On 4 May police attended.", "Outcome – An assessment was made.",
          "Summary – He was known to services.", "She said: My husband hits me.",
          "“My son is kind,” she told the GP.", "She prayed and believed He would protect her.",
          "Response To Domestic Abuse", "Things To Do Before The Review", "What We Do And Why",
          "Learning From What Agencies Do", "A Do Not Resuscitate order was in place.",
          "She joined the On Track programme.", "HE DID NOT ATTEND.", "MY STORY", "TO: CHAIR OF THE PANEL",
          "From: IDVA\nTo: Chair", "Action | To review the policy | Owner", "1. To share records sooner.",
          "(a) To improve training.", "• To be seen within 24 hours.", "She called The Samaritans that night.",
          "It was more than he could bear. Than that, nothing.", "Be Safe was the campaign's name.",
          "e.g. To be seen by the GP.", "i.e. On the day she died.", "etc. He left."]


def _rules():
    people = [{"name": person.full, "pseudonym": PSEUDONYMS[i % len(PSEUDONYMS)] + ("" if i < len(PSEUDONYMS)
                                                                                    else str(i))}
              for i, person in enumerate(MARKED_FUNCTION_WORD_NAMES)]
    return parse_rules({"version": 1, "review": "function words", "people": people,
                        "dates": {"date_of_death": "1999-02-28"}}, "function words")


def generated(count: int = 3000, seed: int = 7) -> list[str]:
    chooser = random.Random(seed)
    words = list(OPENINGS)
    out = list(INSIDE)
    while len(out) < count:
        word = chooser.choice(words)
        opening = chooser.choice(OPENINGS[word])
        first = chooser.choice(CONTINUATIONS)
        # a paragraph of two or three sentences, the word opening one of them
        lead = chooser.choice(["", "The review heard evidence. ", "In 2019 she moved. ", "Agencies knew him. "])
        tail = chooser.choice(["", " The panel agreed.", " Nothing more was done.", f" {chooser.choice(words)} "
                               f"{chooser.choice(CONTINUATIONS)}"])
        out.append(f"{lead}{opening} {first}{tail}")
    return out


def tab_texts() -> list[str]:
    path = SHARED / "tab" / "dev127.json"
    return [doc["text"] for doc in json.loads(path.read_text(encoding="utf-8"))] if path.exists() else []


def fixture_texts(outputs: Path | None) -> list[tuple[str, str]]:
    texts = []
    for case in sorted((SHARED / "fixtures").glob("case*")):
        draft = case / "draft.txt"
        if draft.exists():
            texts.append((f"{case.name}/draft.txt", draft.read_text(encoding="utf-8")))
        if outputs is not None and (outputs / f"{case.name}.txt").exists():
            texts.append((f"{case.name} output", (outputs / f"{case.name}.txt").read_text(encoding="utf-8")))
    return texts


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def _unmarked(listed_words: set[str], piece: str) -> bool:
    """A listed function-word name written without its marks ("Do" when Đỗ is listed)?"""
    from redact.normalise import fold_key

    return fold_key(piece) in listed_words and piece.isascii()


def measure(name: str, texts: list[str], redactor: Redactor, rules, show: int,
            apply_sample: int) -> tuple[int, int, int, int, int]:
    """(texts, verify's reports, those of a function word written without its marks, texts apply was run on, listed
    finds of such a word by apply). verify reads every text; apply (a second or so a text on a shared machine) every
    text verify reports in and a seeded sample of the others."""
    from redact.normalise import fold_key
    from redact.verify.finder import LeakFinder

    words = {fold_key(person.word) for person in MARKED_FUNCTION_WORD_NAMES}
    finder = LeakFinder(rules)     # built once (verify_texts builds one a call)
    alarms = unmarked = 0
    alarmed: list[int] = []
    for index, text in enumerate(texts):
        finder.forget_texts()
        verdict = verify_texts(rules, [(f"{name}#{index}", text)], finder=finder)
        if verdict.leaks:
            alarms += len(verdict.leaks)
            alarmed.append(index)
            pieces = [text[a:b] for a, b, _, _ in finder.spans(text)]
            unmarked += sum(_unmarked(words, piece) for piece in pieces)
            if len(alarmed) <= show:
                print(f"  verify {name}#{index}: {pieces}")
    others = [i for i in range(len(texts)) if i not in set(alarmed)]
    sample = sorted(set(alarmed) | set(random.Random(3).sample(others, min(apply_sample, len(others)))))
    replaced = 0
    for index in sample:
        finds = [f for f in redactor.scan_text(texts[index]) if f.source == "rule" and _unmarked(words, f.text)]
        replaced += len(finds)
        for f in finds[:1] if replaced <= show else ():
            print(f"  apply {name}#{index}: {f.text!r} in {texts[index][max(0, f.start - 60):f.end + 60]!r}")
    return len(texts), alarms, unmarked, len(sample), replaced


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--outputs", type=Path, default=None)
    parser.add_argument("--show", type=int, default=5)
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--apply-sample", type=int, default=300)
    args = parser.parse_args()
    rules = _rules()
    redactor = Redactor(rules)
    tab = [p for text in tab_texts() for p in _paragraphs(text)]
    fixtures = [p for _, text in fixture_texts(args.outputs) for p in _paragraphs(text)]
    for name, texts in (("generated", generated(args.count)), ("TAB paragraphs", tab), ("fixtures", fixtures)):
        n, alarms, unmarked, applied, replaced = measure(name, texts, redactor, rules, args.show, args.apply_sample)
        print(f"{name}: {n} texts; verify reports {alarms}, {unmarked} of them a function word without its marks; "
              f"apply run on {applied}: {replaced} such words replaced", flush=True)


if __name__ == "__main__":
    main()
