"""The name-or-word judgement, both ways, for every listed word that is also an ordinary word.

The generated sentences (tests/name_or_word_cases.py) are split in two halves by a hash of their id. The
"tuning" half is asserted case by case (it was looked at while the judgement was tuned); the "held-back" half
was not looked at: its accuracy is asserted against the figures measured on it.
"""
from __future__ import annotations

import subprocess
import sys
from functools import lru_cache

import pytest

from name_or_word_cases import Case, cases, rules_for
from redact.detect.recognizers.listed import ListedEntityRecognizer
from redact.name_or_word import MONTHS, WEEKDAYS, NameOrWord, Reading, ambiguous_words, is_ordinary_word
from redact.rules import parse_rules
from redact.verify import LeakFinder

ALL = cases()
TUNING = [c for c in ALL if c.half == "tuning"]
HELD_BACK = [c for c in ALL if c.half == "held-back"]
# A colour, month or weekday alone in a table cell is a RAG rating or a chronology column as often as a name:
# the judgement is unsure there; verify reports it and apply's final pass replaces it.
UNSURE_BY_DESIGN = {"table cell"}


@lru_cache(maxsize=None)
def _judges(word: str) -> tuple[ListedEntityRecognizer, LeakFinder]:
    rules = rules_for(word)
    return ListedEntityRecognizer(rules), LeakFinder(rules)


def _outcome(case: Case) -> tuple[bool, bool]:
    """(replaced by apply's listed recogniser, reported by verify) for the listed word in the case."""
    listed, finder = _judges(case.word)
    applied = any(s <= case.start and case.end <= e for s, e, _ in listed.matches(case.text))
    reported = any(s <= case.start and case.end <= e for s, e, _, _ in finder.spans(case.text))
    return applied, reported


def _colour_or_time(case: Case) -> bool:
    return case.word.lower() in MONTHS | WEEKDAYS or case.word in {"Amber", "Brown", "Gray", "Grey", "Green", "Jade",
                                                                   "Pearl", "Rose", "Ruby", "Olive", "Hazel",
                                                                   "Violet", "Black", "White", "Summer"}


def test_every_listed_word_and_every_month_and_weekday_is_tested_both_ways():
    words = {c.word for c in ALL}
    assert {m.capitalize() for m in MONTHS} | {d.capitalize() for d in WEEKDAYS} <= words
    assert set(parse_rules({}).detection.common_word_names) <= words
    for word in words:
        expected = {c.expected for c in ALL if c.word == word}
        assert expected == {"name", "word"}, word
    assert len(TUNING) > 1000 and len(HELD_BACK) > 1000


@pytest.mark.parametrize("case", TUNING, ids=lambda c: c.id)
def test_tuning_half(case):
    applied, reported = _outcome(case)
    if case.expected == "word":
        assert not applied and not reported, case.text
        return
    assert reported, case.text          # a leak is the worst bug: verify reports every use as the name
    if case.context in UNSURE_BY_DESIGN and _colour_or_time(case):
        return
    assert applied, case.text


def _accuracy(selected: list[Case]) -> dict[tuple[str, str], float]:
    counts: dict[tuple[str, str], list[int]] = {}
    for case in selected:
        applied, reported = _outcome(case)
        for who, taken in (("apply", applied), ("verify", reported)):
            right = taken == (case.expected == "name")
            counts.setdefault((case.expected, who), [0, 0])[0 if right else 1] += 1
    return {key: good / (good + bad) for key, (good, bad) in counts.items()}


def test_held_back_half():
    """Measured once on the held-back half after tuning on the other (see docs: name-or-word)."""
    accuracy = _accuracy(HELD_BACK)
    assert accuracy[("name", "verify")] == 1.0      # every use as the name is replaced or reported
    assert accuracy[("word", "verify")] >= 0.99     # ordinary uses are not reported
    assert accuracy[("word", "apply")] >= 0.99      # nor replaced
    assert accuracy[("name", "apply")] >= 0.98      # the rest are cells unsure by design, left to the final pass


# --------------------------------------------------------------------------- the judgement, reason by reason

JUDGE = NameOrWord({"okafor", "amber", "may", "will", "grace"})


@pytest.mark.parametrize("text, word, reading", [
    ("Amber chose not to take part.", "Amber", Reading.NAME),
    ("May may find parts of this report difficult.", "May", Reading.NAME),
    ("“Grace, come here,” he said.", "Grace", Reading.NAME),
    ("AMBER'S EXPERIENCE", "AMBER", Reading.NAME),
    ("Grace", "Grace", Reading.NAME),
    ("Amber", "Amber", Reading.UNSURE),
    ("ABOUT AMBER", "AMBER", Reading.UNSURE),
    ("Red, Amber, Green rating", "Amber", Reading.WORD),
    ("an amber warning", "amber", Reading.WORD),
    ("May 2021", "May", Reading.WORD),
    ("on 15 May 2020", "May", Reading.WORD),
    ("from May to July", "May", Reading.WORD),
    ("Will agencies be able to share information?", "Will", Reading.WORD),
    ("May I add a comment?", "May", Reading.WORD),
    ("WILL AGENCIES BE ABLE TO ACT?", "WILL", Reading.WORD),
    ("Operation Dawn Chorus began.", "Dawn", Reading.WORD),
    ("Hope Street is nearby.", "Hope", Reading.WORD),
    ("Grace periods apply to late claims.", "Grace", Reading.WORD),
    ("Mark the date in the diary.", "Mark", Reading.WORD),
    ("Then Amber left.", "Amber", Reading.NAME),
    ("Her brother Tariq Hope was not interviewed.", "Hope", Reading.NAME),
    ("Amber Mbeki-Nwosu was not interviewed.", "Amber", Reading.NAME),
    ("Dear Grace, thank you.", "Grace", Reading.NAME),
    ("PC Young attended.", "Young", Reading.NAME),
    ("Young people were present.", "Young", Reading.WORD),
    ("She met May in town.", "May", Reading.NAME),
])
def test_judgement(text, word, reading):
    start = text.index(word)
    assert JUDGE.judge(text, start, start + len(word)).reading is reading


def test_verify_leans_to_the_name_and_apply_takes_only_the_name():
    unsure = JUDGE.judge("ABOUT AMBER", 6, 11)
    assert unsure.reported_by_verify and not unsure.replaced_by_apply
    word = JUDGE.judge("May 2021", 0, 3)
    assert not word.reported_by_verify and not word.replaced_by_apply


# --------------------------------------------------------------------------- which words are ambiguous

def test_ambiguous_words_come_from_word_frequency_and_the_dictionary():
    assert ambiguous_words({"comfort", "wisdom", "noble", "baker", "agnieszka", "oluwaseun", "john"}) == {
        "comfort", "wisdom", "noble", "baker"}
    assert ambiguous_words({"saffron"}, lowered={"saffron"}) == {"saffron"}
    assert ambiguous_words({"merryweather"}, common_word_names=["Merryweather"]) == {"merryweather"}
    assert all(is_ordinary_word(m) for m in MONTHS | WEEKDAYS)


def test_popular_given_names_are_rarely_taken_for_words():
    """Measured: 6 of the 325 most popular British, Irish and US given names (1.8%); see the benchmark."""
    import gender_guesser.detector

    names = gender_guesser.detector.Detector(case_sensitive=False).names

    def popularity(word: str) -> int:
        return max((int(d, 16) for c in names[word].values() for d in c[:3] if d.strip()), default=0)

    listed = {w.lower() for w in parse_rules({}).detection.common_word_names}
    popular = [n for n in names if n.isalpha() and n not in listed and n not in MONTHS | WEEKDAYS
               and popularity(n) >= 6]
    wrong = [n for n in popular if is_ordinary_word(n)]
    assert len(wrong) / len(popular) <= 0.03, wrong


def test_verify_loads_neither_presidio_nor_spacy_until_an_ambiguous_word_needs_it():
    code = (
        "import sys\n"
        "from redact.rules import parse_rules\n"
        "from redact.verify import LeakFinder\n"
        "finder = LeakFinder(parse_rules({'people': [{'name': 'Amber Okafor', 'pseudonym': 'P'}]}))\n"
        "finder.spans('The review met in May 2021. She said Amber was scared. An amber warning.')\n"
        "assert 'presidio_analyzer' not in sys.modules, 'presidio'\n"
        "assert not any(m.startswith('redact.detect.engine') for m in sys.modules), 'engine'\n"
        "loaded = 'spacy.language' in sys.modules\n"
        "finder.spans('Amber sat down.')\n"
        "print(loaded, 'spacy.language' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["False", "True"]
