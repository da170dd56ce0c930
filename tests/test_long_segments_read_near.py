"""A .txt without blank lines is one segment: a whole report. What a rule reads around a find is a window of it,
and "which spans overlap this one?" costs a binary search, so that such a report costs its length and not its
square (case1's text five times over with single newlines took 88-101 s, against 10 s in paragraphs).

No clock is read: the answers are compared with those of the whole-text reads they replace, and the work is
counted.
"""
from __future__ import annotations

import ast
import random
import re

import pytest

from conftest import REPO, quiet_redactor

from redact.detect import engine, filters, resolve
from redact.detect.recognizers import organisations
from redact.detect.spans import SpanIndex
from redact import grammar, initials, nearby, place_words

WORDS = ["the", "The", "Mr", "Mrs", "Dr", "and", "&", "Ms", "of", "an", "her", "Mary", "Anne-Marie", "Smith-",
         "UK", "British", "Great Britain", "National", "said", "OD", "HM", "a", "\n", "  ", "\t", "“", "'", "."]
# every pattern a module reads the text before a find with, through ``nearby.ending_at``
PATTERNS = [grammar._TITLE_BEFORE, grammar._ARTICLE_BEFORE, grammar._COUPLE_BEFORE, grammar._COUPLE_TITLES_BEFORE,
            grammar._CAPITALISED_BEFORE, grammar._OPENING_QUOTE_BEFORE, grammar._KNOWN_AS_BEFORE,
            grammar._CALLED_BEFORE, filters._WORD_BEFORE, engine._HYPHENATED_BEFORE,
            organisations._NATIONAL_BEFORE, initials._THING_BEFORE, resolve._SEXED_TITLE_BEFORE, resolve._BARREL_BEFORE,
            place_words._LAST_WORD]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.pattern[:40])
def test_the_window_answers_as_the_whole_text_would(pattern):
    rng = random.Random(len(pattern.pattern))
    for _ in range(300):
        text = _text(rng, rng.randint(1, 400))
        end = rng.randint(0, len(text))
        whole = pattern.search(text, 0, end)
        near = nearby.ending_at(pattern, text, end)
        assert (whole.span() if whole else None) == (near.span() if near else None), (text[max(0, end - 80):end])


def test_nothing_before_and_after_read_past_a_long_blank_stretch():
    for text, start, end in [(" " * 500 + "Mary", 500, 504), ("x" + " " * 500 + "Mary" + " " * 500, 501, 505),
                             ("Mary" + " " * 500 + "y", 0, 4), ("(Mary)", 1, 5), ("Mary", 0, 4)]:
        assert nearby.nothing_before(text, start, " (") == (not text[:start].strip(" ("))
        assert nearby.nothing_after(text, end, " )") == (not text[end:].strip(" )"))


def test_sentence_start_past_a_long_blank_stretch():
    assert grammar.at_sentence_start("Then she left." + " " * 400 + "Mary", 414)
    assert not grammar.at_sentence_start("Then she told" + " " * 400 + "Mary", 413)
    assert grammar.at_sentence_start(" " * 400 + "Mary", 400)


def test_span_index_answers_as_a_list_would():
    rng = random.Random(7)
    for _ in range(2000):
        spans: list[tuple[int, int, int]] = []
        index: SpanIndex[int] = SpanIndex()
        for item in range(rng.randint(0, 30)):
            start = rng.randint(0, 60)
            end = start + rng.choice([0, 1, 2, 3, 5, 8, 20])
            spans.append((start, end, item))
            index.add(start, end, item)
            if rng.random() < 0.2:
                gone = rng.choice(spans)[:2]
                spans = [span for span in spans if span[:2] != gone]
                index.discard(*gone)
            start = rng.randint(-5, 70)
            end = start + rng.choice([0, 1, 2, 4, 10])
            assert index.overlapping(start, end) == [i for s, e, i in spans if s < end and start < e]
            assert index.near(start, end, 2) == [i for s, e, i in spans if s < end + 2 and start - 2 < e]
            if end > start:
                assert index.covering(start, end) == [i for s, e, i in spans if s <= start and end <= e]
        assert len(index) == len(spans)


def test_span_index_reads_only_the_spans_near_the_question():
    work = {}
    for copies in (200, 2000):
        index = SpanIndex.of((at * 50, at * 50 + 12) for at in range(copies))
        for at in range(copies):
            assert index.overlapping(at * 50 + 5, at * 50 + 6) == [(at * 50, at * 50 + 12)]
        work[copies] = index.probes
    assert work[2000] < 15 * work[200], work     # a list read whole each time: 100x


def _reads_from_the_start(node: ast.AST) -> bool:
    """``pattern.search(text, 0, end)``: a search of all the text before a find."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "search" \
        and len(node.args) == 3 and isinstance(node.args[1], ast.Constant) and node.args[1].value == 0


def test_no_rule_searches_all_the_text_before_a_find():
    found = []
    for path in sorted((REPO / "redact").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(REPO)}:{node.lineno}" for node in ast.walk(tree) if _reads_from_the_start(node)]
    assert not found, "use redact.nearby.ending_at: " + ", ".join(found)


def test_a_long_single_segment_reads_as_its_paragraphs_do():
    """The same sentences, one paragraph each or all on single lines, give the same replacements."""
    sentences = ["Mr and Mrs Kovalenko moved to Wexham in 2015.", "The Kovalenkos' neighbour, Ann Doyle, called.",
                 "Oksana told her GP, Dr Patel, about the bruising.", "Oksana's brother, Taras, rang the police."]
    rules = {"people": [{"name": "Oksana Kovalenko", "pseudonym": "Mary"}, {"name": "Taras Kovalenko",
                                                                             "pseudonym": "Tom"}],
             "places": [{"name": "Wexham", "pseudonym": "Town A"}], "dates": {"date_of_death": "2019-11-25"}}
    paragraphs = quiet_redactor(rules).redact_text("\n\n".join(sentences * 40))
    lines = quiet_redactor(rules).redact_text("\n".join(sentences * 40))
    assert paragraphs.split("\n\n") == lines.split("\n")
    assert "Kovalenko" not in lines and "Oksana" not in lines


def test_dates_in_other_languages_are_read_around_their_year_as_in_the_whole_text():
    import datetime

    from redact import dates

    def of_the_date(m: re.Match, when: datetime.date) -> bool:
        k = "1" if m.group("m1") else "2" if m.group("m2") else "3"
        month = " ".join(m.group(f"m{k}").lower().split())
        return (int(m.group(f"y{k}")), int(m.group(f"d{k}"))) == (when.year, when.day) \
            and when.month in dates._month_numbers()[month]

    when = datetime.date(2019, 11, 25)
    forms = ["25 Tachwedd 2019", "25 listopada 2019 r.", "25. November 2019", "25 de noviembre de 2019",
             "2019. november 25.", "Tachwedd 25, 2019", "25 Kasım 2019", "24 Tachwedd 2019", "25 Tachwedd 2018",
             "2019", "noviembre", "de"]
    filler = ["the", "and", "she", "visited", "2019", "25", "\n", ".", "Mai", "listopad", "  ", "é"]
    rng = random.Random(2)
    for _ in range(500):
        text = " ".join(rng.choice(forms if rng.random() < 0.3 else filler) for _ in range(rng.randint(1, 300)))
        whole = [m.span() for m in dates._other_language_dates(when.month).finditer(text) if of_the_date(m, when)]
        assert dates._in_other_languages(text, when) == whole, text
