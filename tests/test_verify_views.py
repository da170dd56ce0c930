"""The views of a text the leak finder searches (redact.verify.views) are built with translation tables and regular
expressions over character codes, for speed; they must say exactly what the plain loop over the characters says,
for every script. The loops below are the reference (the code verify ran before), compared on the characters of
many scripts, on every pair of a sample of code points, and on random strings mixing them."""
from __future__ import annotations

import random
import re
import unicodedata

import pytest

from lookalike_reference import read_as_latin
from redact.normalise import (INVISIBLE, line_end_hyphens, ordinal_joiners, unmarked, with_plain_date_separators,
                              without_slips)
from redact.verify import views

JOINERS = frozenset("_./@:=?&+%#~\\|")
JOINED_WORDS = re.compile(r"[^\W\d_][_./@:=?&+%#~\\|]+[^\W_]|[^\W_][_./@:=?&+%#~\\|]+[^\W\d_]"
                          r"|[^\W\d_]\d|\d[^\W\d_]|[^\W_]_")
TWO_LETTERS = re.compile(r"(?=([^\W\d_]{2}))")
SURNAME_PREFIX = re.compile(r"(?<![A-Z])(?:Mc|Mac|Fitz)$")


def reference_needs_split(text: str) -> bool:
    if JOINED_WORDS.search(text):
        return True
    return any(pair[0].islower() and pair[1].isupper() or pair[0].isupper() and pair[1].isupper()
               for pair in TWO_LETTERS.findall(text))


def reference_split_view(text: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        previous = text[index - 1] if index else ""
        following = text[index + 1] if index + 1 < len(text) else ""
        boundary = previous and (
            previous.islower() and char.isupper() and not SURNAME_PREFIX.search(text, max(0, index - 5), index)
            or previous.isupper() and char.isupper() and following.islower()
            or previous.isalpha() and char.isdigit() or previous.isdigit() and char.isalpha())
        if boundary:
            chars.append(" ")
            origin.append(index)
        chars.append(" " if char in JOINERS else char)
        origin.append(index)
    return "".join(chars), origin


def reference_date_view(text: str) -> tuple[str, list[int]]:
    """The loop over the characters of what a reader sees (markup read by ``unmarked``, tested on its own; a
    lookalike letter of another script in a Latin word as its Latin letter, tests/lookalike_reference.py; a slip
    in a date, "Ju1y", "l2/06/1985", by ``without_slips``, tested in test_dates_in_rows_glued_and_slipped.py)."""
    read = unmarked(text)
    # (a date's odd separators made slashes, "9—7—2023": ``with_plain_date_separators``, tested with redteam55)
    if read is None:
        return _date_view_loop(with_plain_date_separators(without_slips(read_as_latin(text))))
    view, origin = _date_view_loop(with_plain_date_separators(without_slips(read_as_latin(read.text))))
    return view, [read.starts[index] for index in origin]


def _date_view_loop(text: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    origin: list[int] = []
    # "Novem-\nber", and a day's ordinal joiner ("9-th")
    dropped = {i for start, end in (*line_end_hyphens(text), *ordinal_joiners(text)) for i in range(start, end)}
    separators = {"\u2044": "/", "\u2215": "/", "\u29f8": "/", "\u2010": "-", "\u2011": "-", "\u2012": "-",
                  "\u2212": "-", "\u2043": "-"}
    for index, char in enumerate(text):
        if char in INVISIBLE or index in dropped:
            continue
        piece = "\n" if char in "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029" else "\t" if char == "\t" else " " if char.isspace() or char == "_" else separators.get(char) or (
            str(unicodedata.decimal(char)) if unicodedata.category(char) == "Nd" else unicodedata.normalize("NFKC", char))
        for c in piece:
            chars.append(c)
            origin.append(index)
    return "".join(chars), origin


# Latin with marks, Irish, Polish, Turkish (dotted and dotless i), Vietnamese, Greek, Cyrillic, Arabic and Arabic-Indic
# digits, Chinese, full-width forms, title-case digraphs, circled letters, Roman numerals, superscripts, invisible
# characters, ligatures and every kind of space
SCRIPTS = ("abcxyzABCXYZ0123456789 _./@:=?&+%#~\\|-'\u2019" "ÓDálaighNíBhriainSiobhán" "ŁódźWiśniewskiŻółć"
           "İıŞşĞğÇç" "NguyễnThịĐặng" "ΑλέξηςΣσς" "ЖуковЁё" "عبدالرحمن٠١٢٣" "张伟王芳" "ＡＢｃｄ０１" "ǅǈǋ"
           "ⒶⓐⅠⅻ²³½" "\u00ad\u200b\u200d\ufeff\u0640" "ﬁﬂ" "\t\n\r\x0b\x0c\u00a0\u2003\u3000" "McMacFitz")
SAMPLE = sorted(set(SCRIPTS))


def _texts() -> list[str]:
    rng = random.Random(20261130)
    texts = [a + b for a in SAMPLE for b in SAMPLE]
    texts += [prefix + a + b + suffix for a in SAMPLE[::3] for b in SAMPLE[::2]
              for prefix, suffix in (("Mc", "ab"), ("x", "Y"), ("Ab", "9"))]
    texts += ["".join(rng.choice(SAMPLE) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    texts += ["McDonald", "MacKenzie", "FitzGerald", "aMcDonald", "JoannePryor", "JOANNEPryor", "joanne_pryor.docx",
              "ÓDálaigh", "NíBh-\nriain", "J o a n n e", "room12B", "ABC", ""]
    return texts


TEXTS = _texts()


@pytest.mark.parametrize("fast, reference", [(views._needs_split, reference_needs_split),
                                             (views._split_view, reference_split_view),
                                             (views.date_view, reference_date_view)],
                         ids=["needs_split", "split_view", "date_view"])
def test_a_view_says_what_the_loop_over_the_characters_says(fast, reference):
    differ = [text for text in TEXTS if fast(text) != reference(text)]
    assert not differ, [(text, fast(text), reference(text)) for text in differ[:5]]


def test_the_split_view_keeps_a_surname_prefix_and_splits_the_rest():
    assert views._split_view("McDonaldJoanne_Pryor2021")[0] == "McDonald Joanne Pryor 2021"
    view, origin = views._split_view("ÓDálaigh")
    assert view == "Ó Dálaigh" and origin == [0, 1, 1, 2, 3, 4, 5, 6, 7]


def test_the_character_tables_stay_bounded_and_right_beyond_their_bound():
    """A hostile file holding every code point must not grow the per-character tables without end; characters met
    after the bound are worked out each time, with the same result."""
    text = "".join(chr(c) for c in range(0x20, 0x20 + 2 * views.MAX_CACHED_CHARACTERS) if not 0xD800 <= c < 0xE000)
    for fast, reference in ((views.date_view, reference_date_view), (views._split_view, reference_split_view),
                            (views._needs_split, reference_needs_split)):
        assert fast(text) == reference(text)
        assert fast(text[::-1]) == reference(text[::-1])
    assert len(views._DATE_PIECES) <= views.MAX_CACHED_CHARACTERS
    assert len(views._CODES) <= views.MAX_CACHED_CHARACTERS
