"""Text folded by a table (every character folding to exactly one) is folded as character by character: the same
folded text and the same map back to the original, for every character of the Basic Multilingual Plane beside
spaces, letters, accents and the characters that fold to none or several. A lookalike letter of another script in a
Latin word ("aо" with a Cyrillic о) is read as its Latin letter first, by the reference reading of
tests/lookalike_reference.py."""
from __future__ import annotations

import random

from lookalike_reference import read_as_latin
from redact.normalise import _fold_by_character, fold, line_end_hyphens


def _same(text: str) -> bool:
    # a word hyphenated at a line end is read whole by both ways alike
    seen = read_as_latin(text)
    dropped = {index for start, end in line_end_hyphens(seen) for index in range(start, end)}
    folded, reference = fold.__wrapped__(text), _fold_by_character(seen, dropped)
    return (folded.text, folded.origin, folded.original_length) == \
        (reference.text, reference.origin, reference.original_length)


def test_every_bmp_character_folds_the_same_by_table():
    characters = [chr(code) for code in range(0x80, 0x10000) if not 0xD800 <= code < 0xE000]
    different = [c for c in characters if not all(_same(t) for t in (c, f"a{c}  b", f" {c}{c}\u00a0é’ x"))]
    assert different == []


def test_mixed_text_folds_the_same_by_table():
    rng = random.Random(11)
    pool = [chr(code) for code in range(0x80, 0x800)] + list(" \t\n\u00a0\u200b\u00adßæabcXYZ'’éłŞğĐ王") * 40
    samples = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 25))) for _ in range(20000)]
    samples += ["  Zbigniew  Wójcik’s\u00a0flat ", "Nguyễn Thị Lan – “Ngozi” Okafor", "Ayşe\tYılmaz\n\nŁódź"]
    assert [t for t in samples if not _same(t)] == []
