"""Steps that settle overlapping spans grow with the number of finds, not with its square; folding is unchanged.

No clock is read: the work is counted (spans looked at), so a busy machine cannot make these fail.
"""
from __future__ import annotations

import random
import unicodedata

import pytest

from redact import entities
from redact.detect import spans as spans_module
from redact.detect.phrases import PhraseAutomaton
from redact.detect.resolve import resolve_overlaps
from redact.detect.spans import DisjointSpans
from redact.documents.base import Segment
from redact.findings import Finding
from redact.normalise import _fold_by_character, fold, line_end_hyphens, unmarked

# given names and surnames of several communities, with marks and without
NAMES = ["Siobhán Ní Bhriain", "Łukasz Wiśniewski", "Nguyễn Thị Lan", "Abdirahman Warsame", "Chidinma Okafor",
         "Zhang Wei", "Priyanka Raghunathan", "Mehmet Yılmaz", "Delroy Campbell", "Fatima Al-Zahra"]


@pytest.fixture
def probes(monkeypatch):
    """Counts the spans ``DisjointSpans.overlapping`` looks at, over every instance a step makes."""
    count = [0]
    original = DisjointSpans.overlapping

    def counting(self, start, end):
        before = self.probes
        try:
            return original(self, start, end)
        finally:
            count[0] += self.probes - before

    monkeypatch.setattr(spans_module.DisjointSpans, "overlapping", counting)
    return count


def _naive_overlapping(taken, start, end):
    return [item for s, e, item in taken if s < end and start < e]


def test_disjoint_spans_answer_as_a_list_would():
    rng = random.Random(11)
    for _ in range(2000):
        taken, index = [], DisjointSpans()
        for _ in range(rng.randint(0, 30)):
            start = rng.randint(0, 50)
            end = start + rng.choice([0, 1, 2, 3, 5, 8])   # empty spans included: a list counts them too
            expected = _naive_overlapping(taken, start, end)
            assert sorted(index.overlapping(start, end)) == sorted(expected)
            if not expected:
                taken.append((start, end, (start, end)))
                index.add(start, end, (start, end))


def _long_segment(copies: int) -> tuple[str, list[Finding]]:
    """One long paragraph naming people again and again, each name found three ways (listed, model, a shorter
    guess inside it), as a long chronology paragraph is."""
    rng = random.Random(copies)
    parts, findings, at = [], [], 0
    for _ in range(copies):
        name = rng.choice(NAMES)
        sentence = f"On that day {name} spoke to the duty officer. "
        start = at + sentence.index(name)
        end = start + len(name)
        findings += [Finding(start, end, name, entities.PERSON, 1.0, "rule", 0, "p", 0),
                     Finding(start, end, name, entities.PERSON, 0.85, "SpacyRecognizer", 0, "p"),
                     Finding(start, start + len(name.split()[0]), name.split()[0], entities.LOCATION, 0.6,
                             "SpacyRecognizer", 0, "p")]
        parts.append(sentence)
        at += len(sentence)
    return "".join(parts), findings


def test_resolving_overlaps_grows_linearly_with_the_finds(probes):
    work = {}
    for copies in (200, 1000):
        text, findings = _long_segment(copies)
        probes[0] = 0
        kept = resolve_overlaps(findings, [Segment("p", text, "text")])
        work[copies] = probes[0]
        assert len(kept) == copies and all(f.source == "rule" for f in kept)
    assert work[1000] < 8 * work[200], work   # a list looked at whole each time: ~25x


def test_longest_phrase_selection_grows_linearly_with_the_matches(probes):
    automaton = PhraseAutomaton((name, name) for name in NAMES)
    for name in NAMES:
        automaton.add(name.split()[-1], name)   # surnames alone overlap the full names
    work = {}
    for copies in (200, 1000):
        text, _ = _long_segment(copies)
        probes[0] = 0
        found = automaton.find(text)
        work[copies] = probes[0]
        assert len(found) == copies and all(text[m.start:m.end] == m.payload for m in found)
    assert work[1000] < 8 * work[200], work


def test_folding_is_the_same_whole_or_character_by_character():
    rng = random.Random(5)
    others = [unicodedata.lookup(n) for n in ("ARABIC LETTER FARSI YEH", "CJK UNIFIED IDEOGRAPH-5229")]
    scripts = [chr(c) for c in range(0x20, 0x250)] + list("\t\n\r\x0b\x0c\x1c\u00a0\u2009\u200b\u00ad`’‘–—") \
        + list("ĐđŁłØøßıæœ") + others
    samples = [" ".join(NAMES), "  Mr  O`Brien\t\tand\n\nMs  Ní Bhriain  ", ""]
    samples += ["".join(rng.choice(scripts) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    samples += ["".join(rng.choice("ab C\t\n`'  ") for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for text in samples:
        folded = fold(text)
        # the one-table path for ASCII agrees with the general one, character by character (a word cut at a line
        # end or by a PDF's "¬" is read whole by both)
        # a character written by markup ("&eacute;", "\\'", "<b>") is read as a reader sees it first
        read = unmarked(text)
        seen = read.text if read is not None else text
        reference = _fold_by_character(seen, {i for start, end in line_end_hyphens(seen) for i in range(start, end)},
                                       read, len(text))
        assert (folded.text, folded.origin) == (reference.text, reference.origin), repr(text)
        assert folded.original_length == len(text)
