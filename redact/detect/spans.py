"""Non-overlapping spans kept in order, so that "does this overlap anything taken?" costs a binary search.

Choosing the longest matches first, settling overlapping finds and placing verify's replacements all take
spans one by one and refuse those that overlap one already taken. Asked of a plain list, that question reads the
whole list each time: quadratic in the number of finds of a text, which a long paragraph makes large.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
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
