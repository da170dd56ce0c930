"""The document interface every format adapter implements.

A document is an ordered list of text *segments*, each with a stable *location*; it takes
edits back and saves itself. Nothing outside ``redact.documents`` sees a file format.
"""
from __future__ import annotations

import abc
from dataclasses import dataclass, field
from pathlib import Path

from .places import Place


@dataclass(frozen=True)
class Segment:
    """One unit of logical text and where it lives.

    ``kind`` tells detection how much to trust the text as prose:
      - ``"text"``: prose (a paragraph, a cell, a footnote, a comment): full detection.
      - ``"metadata"``: a short free-text value (a property, an alt text, an author): full detection.
      - ``"identifier"``: a machine value (a hyperlink target, a file name, a field instruction):
        listed values, contacts and ids only, no NER.

    ``place`` says where it is in words a person can follow (see :mod:`.places`); None when the adapter
    cannot tell. It is left out of comparisons: two readings of the same text are the same segment.
    """

    location: str
    text: str
    kind: str = "text"
    place: Place | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Edit:
    """Replace ``segment.text[start:end]`` with ``replacement``."""

    segment: int
    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class ManualReviewItem:
    """Something that may identify a person but cannot be redacted as text (an image, an OLE object)."""

    location: str
    what: str


class Document(abc.ABC):
    """A file opened for redaction. Subclasses are one per format."""

    #: file suffixes this adapter opens, lower case with the dot
    suffixes: tuple[str, ...] = ()

    def __init__(self, path: Path):
        self.path = Path(path)

    @property
    @abc.abstractmethod
    def segments(self) -> list[Segment]:
        """Every place text lives, in reading order."""

    @abc.abstractmethod
    def apply(self, edits: list[Edit]) -> None:
        """Write edits into the document. Edits of one segment never overlap."""

    @abc.abstractmethod
    def save(self, path: Path) -> None:
        """Write the document to ``path`` (the caller makes this atomic)."""

    def manual_review(self) -> list[ManualReviewItem]:
        """Things a person must look at because they are not text."""
        return []

    def remove_images(self) -> list[ManualReviewItem]:
        """Remove what ``manual_review`` lists, where the format allows; returns what was removed."""
        return []
