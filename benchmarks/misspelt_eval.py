"""Listed names with typos in generated drafts: does any typo survive `apply`, and does `verify` see them?

    python benchmarks/misspelt_eval.py                    # the tuning part (seeds 7001-7012), with examples
    python benchmarks/misspelt_eval.py --part held-back   # seeds 7101-7112: report only, never tune on them

Each draft of ``benchmarks/drafts`` (its .txt) gets typos in about a third of the places where a listed person's
given name or surname, or a listed place, is written (words of five letters or more): a letter dropped, doubled,
changed for a neighbour on the keyboard, or two letters swapped, never the first letter. Counted:

- left: typo occurrences still in the output of ``redact_text`` (a leak), and any correctly written listed word
  left (also a leak);
- verify missed: typo occurrences the leak finder does not report in the draft as written (the gate's gap);
- verify on the output: anything the leak finder reports in the output (a false alarm, or a leak);
- must-keep lost: the draft's own must-keep strings missing from the output, with the typos and without them.

Typos that happen to be another word or name ("Dillon" for "Dhillon") are counted apart: they are read as the
name only beside its other words (``redact.misspellings``).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PARTS = {"tuning": range(7001, 7013), "held-back": range(7101, 7113)}
SHARE = 3            # one place in SHARE gets a typo
KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def neighbours(letter: str) -> str:
    for row, keys in enumerate(KEYBOARD):
        column = keys.find(letter.lower())
        if column >= 0:
            near = keys[max(0, column - 1):column] + keys[column + 1:column + 2]
            return near or keys
    return "e"


def typo(word: str, rng: random.Random) -> str:
    """One typo, never in the first letter (nobody reads "Xksana" as a typo)."""
    for _ in range(20):
        i = rng.randrange(1, len(word))
        kind = rng.choice(("drop", "double", "neighbour", "swap"))
        if kind == "drop":
            out = word[:i] + word[i + 1:]
        elif kind == "double":
            out = word[:i] + word[i] + word[i:]
        elif kind == "neighbour":
            near = neighbours(word[i])
            letter = rng.choice(near)
            out = word[:i] + (letter.upper() if word[i].isupper() else letter) + word[i + 1:]
        else:
            if i + 1 >= len(word):
                continue
            out = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if out.lower() != word.lower():
            return out
    return word[:-1]


def listed_words(truth: dict) -> list[str]:
    """The words of the listed names a typo would give away: not "Council" of "Lowmarsh County Council"."""
    from redact.data.tables import english_words

    words = set()
    for person in truth["people"]:
        for part in (person["given"], person["family"]):
            words.update(w for w in re.split(r"[\s-]+", part or "") if len(w) >= 5 and w.isalpha())
    for place in truth["places"]:
        words.update(w for w in re.split(r"[\s-]+", place["name"]) if len(w) >= 5 and w.isalpha()
                     and w.lower() not in english_words())
    return sorted(words, key=len, reverse=True)


def with_typos(text: str, words: list[str], rng: random.Random) -> tuple[str, list[str]]:
    pattern = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, words)) + r")(?![\w])")
    planted: list[str] = []

    def replace(match: re.Match) -> str:
        if rng.randrange(SHARE):
            return match.group()
        out = typo(match.group(), rng)
        planted.append(out)
        return out
    return pattern.sub(replace, text), planted


def whole_word(word: str, text: str) -> int:
    return len(re.findall(r"(?<![\w])" + re.escape(word) + r"(?![\w])", text))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=sorted(PARTS), default="tuning")
    parser.add_argument("--seeds", help="FIRST-LAST: other seeds to probe with (never 7101-7112)")
    parser.add_argument("--show", type=int, default=8, help="examples of each kind to print (tuning part only)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    from benchmarks.drafts import generate_case
    from redact.misspellings import _is_something_else
    from redact.normalise import fold_key
    from redact.pipeline import Redactor
    from redact.rules import parse_rules
    from redact.verify.finder import LeakFinder

    totals: Counter = Counter()
    examples: dict[str, list[str]] = {}
    seeds = PARTS[args.part]
    if args.seeds:
        first, last = map(int, args.seeds.split("-"))
        if set(range(first, last + 1)) & set(PARTS["held-back"]):
            parser.error("the held-back seeds are for reporting only")
        seeds = range(first, last + 1)
    for seed in seeds:
        case = generate_case(seed)
        rules = parse_rules(case.rules, f"seed{seed}/rules.yaml")
        rng = random.Random(seed)
        words = listed_words(case.truth)
        text, planted = with_typos(case.txt, words, rng)
        redactor = Redactor(rules)
        out = redactor.redact_text(text)
        plain_out = Redactor(rules).redact_text(case.txt)
        finder = LeakFinder(rules)
        reported = [(a, b) for a, b, kind, _ in finder.spans(text) if kind in ("person", "place")]
        for typo_word in planted:
            other = _is_something_else(fold_key(typo_word))
            group = "another word or name" if other else "typo"
            totals[f"{group} planted"] += 1
        for typo_word in sorted(set(planted)):
            other = _is_something_else(fold_key(typo_word))
            group = "another word or name" if other else "typo"
            left = whole_word(typo_word, out)
            totals[f"{group} left"] += left
            if left:
                examples.setdefault(f"{group} left", []).append(f"seed {seed}: {typo_word}")
            for match in re.finditer(r"(?<![\w])" + re.escape(typo_word) + r"(?![\w])", text):
                if not any(a <= match.start() and match.end() <= b for a, b in reported):
                    totals[f"{group} verify missed"] += 1
                    line = text[max(0, match.start() - 50):match.end() + 30].replace("\n", " ")
                    examples.setdefault(f"{group} verify missed", []).append(f"seed {seed}: …{line}…")
        common_words = {p["given"] for p in case.truth["people"] if p["common_word"]}
        for word in words:
            if word not in common_words and whole_word(word, out):   # "Amber" may be the rating
                totals["listed word left"] += whole_word(word, out)
                examples.setdefault("listed word left", []).append(f"seed {seed}: {word}")
        alarms = finder.spans(out)
        totals["verify reports in the output"] += len(alarms)
        for a, b, _, value in alarms:
            examples.setdefault("verify reports in the output", []).append(f"seed {seed}: {out[a:b]!r} ({value})")
        for item in case.truth["must_keep"]:
            if item["text"] in text:    # not one a typo was planted in ("Amber – in progress")
                totals["must-keep"] += 1
                totals["must-keep lost with typos"] += item["text"] not in out
                totals["must-keep lost without typos"] += item["text"] not in plain_out
                if item["text"] not in out and item["text"] in plain_out:
                    examples.setdefault("must-keep lost with typos only", []).append(f"seed {seed}: {item['text']}")
        totals["drafts"] += 1
    print(f"part: {args.part if not args.seeds else 'probe'} (seeds {seeds.start}-{seeds.stop - 1})")
    for key in ("drafts", "typo planted", "typo left", "typo verify missed", "another word or name planted",
                "another word or name left", "another word or name verify missed", "listed word left",
                "verify reports in the output", "must-keep", "must-keep lost with typos",
                "must-keep lost without typos"):
        print(f"  {key}: {totals[key]}")
    if args.part == "tuning" or args.seeds:
        for kind, items in examples.items():
            print(f"{kind}:")
            for item in items[:args.show]:
                print("   ", item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
