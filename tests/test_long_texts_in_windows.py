"""A text of millions of characters is read by the leak finder in overlapping windows (``finder.LONG_TEXT``): its
broad views keep a position per character, and one view of a 7.3-million-character text took minutes and gigabytes.
The windows must find exactly what one reading of the whole finds, wherever a leak falls: inside a window, in the
overlap, across a window's edge. Checked with the windows made small, on generated texts of many kinds of noise with
listed names, dates and contacts written in every way the broad views read, at random places."""
from __future__ import annotations

import random

import pytest

from redact.rules import parse_rules
from redact.verify import finder as finder_module
from redact.verify.finder import LeakFinder

RULES = parse_rules({
    "version": 1, "review": "test", "dates": {"date_of_death": "2023-07-09"},
    "people": [{"name": "Joanne Pryor", "pseudonym": "Mary", "aliases": ["07700 900123"]},
               {"name": "Oluwaseun Adeyemi", "pseudonym": "Ben"},
               {"name": "Łukasz Żak", "pseudonym": "Marek", "aliases": ["Luki"]}],
    "places": [{"name": "Kirklees", "pseudonym": "Area A"}],
})

LEAKS = ["Joanne Pryor", "JoannePryor", "joanne_pryor.docx", "J o a n n e  P r y o r", "JOANNEPRYOR",
         "Mr Adeyemi", "Oluwaseun", "Łukasz Żak", "Lukasz Zak", "Luki", "Kirklees Council", "9 July 2023",
         "09/07/2023", "07700 900123", "07700900123", "Pry-\nor"]
NOISE = ["The panel met. ", "lorem ipsum dolor ", "\x01\x02 ", "0123456789 ", "ABCDEF ", "\n", "  ", "—", "é",
         "word ", "a.b.c ", "Mary ", "Area A "]


def _text(rng: random.Random, length: int) -> tuple[str, list[int]]:
    pieces, places = [], []
    size = 0
    while size < length:
        if rng.random() < 0.02:
            places.append(size)
            piece = rng.choice(LEAKS) + rng.choice([" ", ".", "\n", ""])
        else:
            piece = rng.choice(NOISE)
        pieces.append(piece)
        size += len(piece)
    return "".join(pieces), places


@pytest.mark.parametrize("seed", range(12))
def test_windows_find_what_one_reading_finds(seed, monkeypatch):
    rng = random.Random(seed)
    text, places = _text(rng, rng.randint(3_000, 9_000))
    whole = LeakFinder(RULES).spans(text, identifier=bool(seed % 2))
    assert places and whole, "the generated text holds leaks the finder reads"
    monkeypatch.setattr(finder_module, "LONG_TEXT", rng.choice([600, 900, 1_500]))
    monkeypatch.setattr(finder_module, "WINDOW_OVERLAP", 200)
    windowed = LeakFinder(RULES).spans(text, identifier=bool(seed % 2))
    assert windowed == whole


@pytest.mark.parametrize("opening", ["", "x ", "a b c\n"])
def test_a_name_deep_in_a_long_text_without_spaces_is_found(opening, monkeypatch):
    """No space to cut at (a binary part decoded as text, a picture's white rows) but perhaps one at the start: the
    windows are cut where they fall, still overlapping, and each starts after the one before (a window once cut
    back to the only space, at the text's start, was read again and again, gigabytes of windows)."""
    rng = random.Random(7)
    noise = opening + "".join(rng.choice("xyzXYZ0123456789_") for _ in range(5_000))
    text = noise[:2_345] + "JoannePryor" + noise[2_345:]
    searched: list[str] = []
    search = LeakFinder._search
    monkeypatch.setattr(LeakFinder, "_search", lambda self, window, *rest: searched.append(window) or
                        search(self, window, *rest))
    monkeypatch.setattr(finder_module, "LONG_TEXT", 1_000)
    monkeypatch.setattr(finder_module, "WINDOW_OVERLAP", 200)
    spans = LeakFinder(RULES).spans(text, identifier=True)
    assert [(start, end, kind) for start, end, kind, _ in spans] == [(2_345, 2_356, "person")]
    assert len(searched) == 6 and sum(map(len, searched)) < 2 * len(text)
