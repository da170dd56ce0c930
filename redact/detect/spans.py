"""Spans kept in order, so that "which of these overlap this one?" costs a binary search.

Choosing the longest matches first, settling overlapping finds and placing verify's replacements all take
spans one by one and refuse those that overlap one already taken. Asked of a plain list, that question reads the
whole list each time: quadratic in the number of finds of a text, which a long paragraph makes large, and a .txt
without blank lines (one segment of 100,000 words) larger still. ``DisjointSpans`` holds spans that never overlap;
``SpanIndex`` holds any (a listed name inside a detected one, kept phrases that share words).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from typing import Generic, TypeVar

Item = TypeVar("Item")


class DisjointSpans(Generic[Item]):
    """Spans [start, end) that never overlap one another, each with an item, in order of (start, end)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._items: list[Item] = []
        self.probes = 0   # spans looked at by ``overlapping``: what a test of the complexity counts

    def overlapping(self, start: int, end: int) -> list[Item]:
        """The items whose spans overlap [start, end), left to right."""
        # disjoint spans sorted by start are sorted by end too: the overlapping ones are one run of the list
        first = bisect_right(self._ends, start)
        last = bisect_left(self._starts, end)
        self.probes += 2 + max(0, last - first)
        return [self._items[i] for i in range(first, last) if self._starts[i] < end and start < self._ends[i]]

    def overlaps(self, start: int, end: int) -> bool:
        return bool(self.overlapping(start, end))

    def add(self, start: int, end: int, item: Item) -> None:
        """Store a span that overlaps none stored (the caller has asked). An empty span is stored too: a span
        taken later around its point overlaps it, as a plain list's test says."""
        at = bisect_left(self._starts, start)
        while at < len(self._starts) and self._starts[at] == start and self._ends[at] < end:
            at += 1
        self._starts.insert(at, start)
        self._ends.insert(at, end)
        self._items.insert(at, item)

    def __len__(self) -> int:
        return len(self._items)


class SpanIndex(Generic[Item]):
    """Spans [start, end) that may overlap one another, each with an item. ``overlapping`` answers as a scan of
    the spans in the order they were added would, reading only those that start within the longest span's length
    before the question's start."""

    def __init__(self, spans: Iterable[tuple[int, int, Item]] = ()) -> None:
        self._keys: list[tuple[int, int]] = []     # (start, order added), sorted
        self._spans: dict[int, tuple[int, int]] = {}
        self._items: dict[int, Item] = {}
        self._longest = 0
        self._added = 0
        self.probes = 0   # spans looked at: what a test of the complexity counts
        for start, end, item in spans:
            self.add(start, end, item)

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> "SpanIndex[tuple[int, int]]":
        """An index of bare spans, each its own item."""
        return SpanIndex((start, end, (start, end)) for start, end in spans)

    def add(self, start: int, end: int, item: Item) -> None:
        order = self._added
        self._added += 1
        insort(self._keys, (start, order))
        self._spans[order] = (start, end)
        self._items[order] = item
        self._longest = max(self._longest, end - start)

    def discard(self, start: int, end: int) -> None:
        """Forget every span that is exactly [start, end)."""
        at = bisect_left(self._keys, (start, -1))
        while at < len(self._keys) and self._keys[at][0] == start:
            order = self._keys[at][1]
            if self._spans[order][1] == end:
                del self._keys[at], self._spans[order], self._items[order]
            else:
                at += 1

    def overlapping(self, start: int, end: int) -> list[Item]:
        """The items whose spans overlap [start, end) (``s < end and start < e``), in the order they were added."""
        return [self._items[order] for order in self._overlapping(start, end)]

    def covering(self, start: int, end: int) -> list[Item]:
        """The items whose spans hold all of [start, end), a non-empty span, in the order they were added."""
        return [self._items[order] for order in self._overlapping(start, end)
                if self._spans[order][0] <= start and end <= self._spans[order][1]]

    def near(self, start: int, end: int, reach: int) -> list[Item]:
        """The items whose spans overlap [start - reach, end + reach): all that a test of what stands just before
        or just after a span ("the word after it") has to read, in the order they were added."""
        return self.overlapping(start - reach, end + reach)

    def _overlapping(self, start: int, end: int) -> list[int]:
        # a span that overlaps starts before ``end`` and no further back than the longest span is long
        first = bisect_left(self._keys, (start - self._longest, -1))
        last = bisect_left(self._keys, (end, -1))
        self.probes += 2 + max(0, last - first)
        return sorted(order for _, order in self._keys[first:last] if start < self._spans[order][1])

    def __len__(self) -> int:
        return len(self._keys)
