"""An e-mail address a rules file lists (as a person's alias, the way the rules contract lists contacts), found where a
line break, a tab or a few spaces cut it at its "@" or at a dot ("hodan.warsame@⏎gmail.com", "hodan.warsame⏎@gmail.com",
"hodan.warsame@gmail.⏎com": a Shift+Enter or a tab in a .docx paragraph, a wrapped line pasted into a text file).

The name reader finds the listed form as written; cut so, each side alone is no form of it, and ``verify`` passed an
output that kept it while ``apply`` had replaced it (as an e-mail address read across the cut, ``redact.seams``).
Read here on the address's own characters, so verify's light install reads it as the full one does.
"""
from __future__ import annotations

import re
from typing import Generic, Iterable, Iterator, TypeVar

from .lazy_patterns import lazy

_ADDRESS = lazy(re.compile, r"[^@\s]+@[^@\s]+\.[^@\s]+")
# what may cut an address at its "@" or a dot: spaces and tabs around at most one line break
_CUT = r"[ \t]{0,3}(?:(?:\r\n?|\n)[ \t]{0,3})?"
_JOINTS = "@._-"

P = TypeVar("P")


def _pattern(address: str) -> str:
    """The address, its characters in order, a cut allowed on either side of each "@", ".", "_" and "-"."""
    out = []
    for index, character in enumerate(address):
        if index and (character in _JOINTS or address[index - 1] in _JOINTS):
            out.append(_CUT)
        out.append(re.escape(character))
    return r"(?<![\w.+-])" + "".join(out) + r"(?![\w-])"


class ListedAddresses(Generic[P]):
    """The e-mail addresses among a rules file's listed forms, each with what a leak of it says."""

    def __init__(self, forms: Iterable[tuple[str, P]]):
        self._payloads: list[P] = []
        patterns: list[str] = []
        seen: set[str] = set()
        for form, payload in forms:
            address = form.strip().casefold()
            if _ADDRESS.fullmatch(address) and address not in seen:
                seen.add(address)
                patterns.append(f"(?P<a{len(patterns)}>{_pattern(address)})")
                self._payloads.append(payload)
        self._any = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None

    def __len__(self) -> int:
        return len(self._payloads)

    def find(self, text: str) -> Iterator[tuple[int, int, P]]:
        """(start, end, payload) of each listed address written in ``text``, whole or cut at an "@" or a dot."""
        if self._any is None or "@" not in text:
            return
        for m in self._any.finditer(text):
            group = m.lastgroup or "a0"     # (one named group an address: the one that matched)
            yield m.start(), m.end(), self._payloads[int(group[1:])]
