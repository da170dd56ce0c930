"""A telephone number a rules file lists (as a person's or a place's alias: the rules have no list of contacts),
found in any grouping and with its country code for its trunk "0".

The listed form's own spacing, hyphens and glued digits are found by the name reader already ("07700 900123",
"07700-900-123", "07700900123"); a person copies a number in other groups and from a phone's contact list with its
country code ("077 009 00123", "447700900123", "+44 (0)7700 900123"), which the name reader passed (brief
"phonegroups"), and took a group for a word of the alias ("51 23 45 678" -> "51 23 45 Lena"). Apply (the listed
recogniser) and verify (the leak finder) read them here alike, on the figures alone: a run of figures that ends
with the listed number's last nine, with at most five before them (a trunk "0", "00", a country code, "(0)").
No number plan is needed for that, so verify's light install (no ``phonenumbers``) reads them as the full one does.
"""
from __future__ import annotations

import re
from typing import Generic, Iterable, Iterator, TypeVar

from .lazy_patterns import lazy

# a listed form that is a telephone number: figures with the separators people write, nine figures or more
_NUMBER_FORM = re.compile(r"\+?\(?[0-9][0-9 ().\-]*[0-9]")
# a run of figures in any grouping: up to three separators between two figures ("077 - 009", "(0)7700"), or one line
# break or tab (a Shift+Enter in a .docx paragraph: "+44 7700⏎900 123"); the number may be one stretch of it
# ("0113 496 0000 - 07700 900123", "07700 900123 0113 496 0000")
_RUN = lazy(re.compile, r"(?<![0-9])\+?\(?[0-9](?:(?:[ .()\-]{0,3}|[ .\-]{0,2}(?:\r?\n|\r|\t)[ \t]{0,2})[0-9])*")
_LINE_BREAK = lazy(re.compile, r"\r\n?|\n|\t")
_FIGURE = lazy(re.compile, r"[0-9]")
_NOT_A_DIGIT = lazy(re.compile, r"[^0-9]")


# the figures a listed number is known by: its last nine (no telephone number of nine figures or more shares them
# with another of the same review by chance)
_TAIL = 9
# what may stand before them: "0", "44", "0044", "4407", "00447" (the first figure of a UK mobile after "0044")
_MOST_BEFORE = 5


def listed_figures(form: str) -> str | None:
    """The last nine figures of a listed form that is a telephone number, else None."""
    if not _NUMBER_FORM.fullmatch(form.strip()):
        return None
    digits = _NOT_A_DIGIT.sub("", form)
    return digits[-_TAIL:] if len(digits) >= _TAIL else None


P = TypeVar("P")


class ListedNumbers(Generic[P]):
    """The telephone numbers among a rules file's listed forms, each with what a leak of it says."""

    def __init__(self, forms: Iterable[tuple[str, P]]):
        self._numbers: dict[str, P] = {}
        for form, payload in forms:
            figures = listed_figures(form)
            if figures:
                self._numbers.setdefault(figures, payload)

    def __len__(self) -> int:
        return len(self._numbers)

    def find(self, text: str) -> Iterator[tuple[int, int, P]]:
        """(start, end, payload) of each listed number written in ``text``, in any grouping."""
        if not self._numbers or not any(c.isdigit() for c in text):
            return
        for m in _RUN.finditer(text):
            places = [f.start() for f in _FIGURE.finditer(m.group())]
            digits = "".join(m.group()[i] for i in places)
            # a group starts at the run's first figure and after each separator
            starts = [k for k in range(len(places)) if k == 0 or places[k] != places[k - 1] + 1]
            ends = {k - 1 for k in starts[1:]} | {len(places) - 1}
            # the line each figure stands on: what stands before the number's figures on the line above ("Page 4 of
            # 12⏎07700 900123") is none of it, and the line break stays between them
            lines = [len(_LINE_BREAK.findall(m.group(), 0, i)) for i in places] \
                if _LINE_BREAK.search(m.group()) else [0] * len(places)
            for figures, payload in self._numbers.items():
                at = digits.find(figures)
                while at >= 0:
                    last = at + len(figures) - 1
                    first = min((k for k in starts if at - _MOST_BEFORE <= k <= at and lines[k] == lines[at]),
                                default=None)
                    if last in ends and first is not None:
                        start = m.start() + places[first]
                        if first == 0:
                            # the run's "+" or "(" with it, but a bracket the number does not close is the sentence's
                            written = m.group()
                            start = m.start() + (1 if written.startswith("(") and ")" not in written else 0)
                        yield start, m.start() + places[last] + 1, payload
                        break
                    at = digits.find(figures, at + 1)
