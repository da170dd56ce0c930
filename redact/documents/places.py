"""Where a piece of text is, in words a person can follow in Word or a text editor.

A segment's ``location`` (``word/footnotes.xml#p12``) is for the program: stable and exact, but nobody can find
it in Word. Its ``place`` says the same thing for the author: the part in words ("footnote 14", "header of
section 2", "table 3 row 4 cell 2"), the nearest heading above, the paragraph's number under that heading and
the paragraph's first words.

The first words and the heading are the document's own text: a place read from a draft carries the draft's
names, so it is shown to the author (``scan``) but never written where originals must not go (the audit log
takes places read from the redacted copy).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lazy_patterns import lazy

FIRST_WORDS = 8            # enough to find a paragraph with Ctrl+F, short enough for one line
HEADING_CHARACTERS = 70


@dataclass(frozen=True)
class Place:
    """Where a segment is, for a person.

    ``part``: the part in words ("body", "footnote 14", "comment 3 by J. Smith", "text box 2 of the body",
    "document properties: Title", "line 57"). ``heading``: the nearest heading above (None before the first).
    ``paragraph``: the paragraph's number under that heading (None where counting means nothing: a cell, a
    note, a property). ``first_words``: how the paragraph starts. ``what``: which text of it, when not the
    paragraph's own words ("alt text", "field code", "heading"). ``after``: for a paragraph without words (one
    that holds only a picture), how the paragraph before it starts.
    """

    part: str
    heading: str | None = None
    paragraph: int | None = None
    first_words: str = ""
    what: str | None = None
    after: str = ""

    def __str__(self) -> str:
        pieces = [self.part]
        if self.what == "heading":
            return f'{self.part}, heading "{self.heading or self.first_words}"'
        if self.heading:
            pieces.append(f'under "{self.heading}"')
        if self.paragraph is not None:
            pieces.append(f"paragraph {self.paragraph}")
        line = ", ".join(pieces)
        if self.first_words:
            line += f': "{self.first_words}"'
        elif self.after:
            line += f', after "{self.after}"'
        if self.what:
            line += f" ({self.what})"
        return line

    def as_dict(self) -> dict:
        """The fields and the readable line, for ``--json`` and the audit log."""
        return {"part": self.part, "heading": self.heading, "paragraph": self.paragraph,
                "first_words": self.first_words, "what": self.what, "after": self.after, "text": str(self)}


def places_by_location(segments) -> dict[str, Place]:
    """Each segment's place by its location (a finding or a change names its segment by location)."""
    return {segment.location: segment.place for segment in segments if segment.place is not None}


def place_at(place: Place | None, text: str, offset: int) -> Place | None:
    """A plain-text block's place narrowed to the line holding ``offset``: a .txt file saved with one paragraph
    per line and no blank line between (Word's "Plain Text") is one block; its lines are its paragraphs, and the
    short lines among them its headings."""
    if place is None or not place.part.startswith("line ") or not place.part[5:].isdigit():
        return place
    first = len(text) - len(text.lstrip())          # the place's line is the block's first non-blank line
    if offset <= first or not text.count("\n", first, offset):
        return place
    index = text.count("\n", first, offset)
    heading, paragraph, is_heading, line = _lines_of(text[first:], place.heading, place.paragraph or 0)[index]
    if is_heading:
        return Place(f"line {int(place.part[5:]) + index}", heading, None, first_words(line), "heading")
    return Place(f"line {int(place.part[5:]) + index}", heading, paragraph, first_words(line), place.what)


@lru_cache(maxsize=8)
def _lines_of(block: str, heading: str | None, paragraph: int) -> list[tuple[str | None, int | None, bool, str]]:
    """(heading in effect, paragraph number, is it a heading, the line) for each line of a block."""
    lines = block.split("\n")
    headings = text_headings(lines)
    out: list[tuple[str | None, int | None, bool, str]] = []
    for line, is_heading in zip(lines, headings):
        if is_heading:
            heading, paragraph = heading_text(line), 0
            out.append((heading, None, True, line))
        elif line.strip():
            paragraph += 1
            out.append((heading, paragraph, False, line))
        else:
            out.append((heading, None, False, line))
    return out


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    """The first ``count`` words of ``text`` on one line, with an ellipsis when there is more."""
    words = text.split()
    shown = " ".join(words[:count])
    return shown + " …" if len(words) > count else shown


def heading_text(text: str) -> str:
    """A heading as it is quoted in a place: one line, cut at a word when it is long."""
    line = " ".join(text.split())
    if len(line) <= HEADING_CHARACTERS:
        return line
    return line[:HEADING_CHARACTERS].rsplit(" ", 1)[0] + " …"


# Plain text has no heading styles: a heading is a block of one short line that does not end like a sentence,
# numbered ("3.2 Contact with the GP", "1. Introduction") or in capitals ("INTRODUCTION"), or in Title or sentence
# case ("Terms of reference") with prose or a table after it. What comes after tells a heading from a list item
# ("The Domestic Abuse Commissioner" in a list of recipients), which looks the same; so does what comes before:
# the third short line in a row is a list ("Colin Rigby, Detective Inspector" in a list of panel members). A table
# row ("Name | Role", cells apart by tabs), a caption ("Table 2: Agencies") or a bullet is never one.
_NUMBERED = lazy(re.compile, r"(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[IVXLC]+\.)\s+(?P<rest>\S.*)")
_CAPTION = lazy(re.compile, r"(?:Table|Figure|Chart|Diagram)\b\s*[\dA-Z:]", re.IGNORECASE)
_SENTENCE_END = (".", ",", ";", ":", "?", "!")
_PROSE_END = (".", "!", "?", ".”", ".\"", ".’", ".'", ")")
MAX_HEADING_WORDS = 10
MIN_PROSE_WORDS = 12          # a block this long is prose whatever its end
MIN_SENTENCE_WORDS = 5        # a shorter one is prose when it ends like a sentence
LIST_RUN = 2                  # short lines in a row before a line that make it a list item


def _shape(block: str) -> str | None:
    """"numbered", "capitals" or "short" for a block shaped like a heading, None otherwise."""
    line = block.strip()
    if not line or "\n" in line or "|" in line or "\t" in line or len(line) > 90 or line.endswith(_SENTENCE_END):
        return None
    if line.startswith(("-", "*", "•", "(")) or _CAPTION.match(line):
        return None
    numbered = _NUMBERED.fullmatch(line)
    words = (numbered.group("rest") if numbered else line).split()
    if not words or len(words) > MAX_HEADING_WORDS:
        return None
    if line.isupper():          # "INTRODUCTION", "26TH AUGUST 2021"
        return "capitals"
    if not words[0][:1].isupper():
        return None
    return "numbered" if numbered else "short"


def looks_like_heading(block: str, following: str | None = None) -> bool:
    """True for a plain-text block that is a heading (see above); ``following`` is the next block, if any is
    known: without it only the form of the line is judged."""
    shape = _shape(block)
    if shape is None:
        return False
    return shape != "short" or following is None or _opens_section(following)


def text_headings(blocks: list[str]) -> list[bool]:
    """Which of a plain-text draft's blocks are headings, each judged with the blocks around it."""
    shapes = [_shape(block) for block in blocks]
    headings = []
    for index, shape in enumerate(shapes):
        if shape != "short":
            headings.append(shape is not None)
            continue
        run = 0
        while index - run - 1 >= 0 and shapes[index - run - 1] == "short":
            run += 1
        following = blocks[index + 1] if index + 1 < len(blocks) else ""
        after = blocks[index + 2] if index + 2 < len(blocks) else ""
        # a heading may stand right above another ("Appendix A" over "Action plan") or a table's caption
        above_another = index + 1 < len(blocks) and shapes[index + 1] == "short" and run + 1 < LIST_RUN \
            and _opens_section(after)
        caption = bool(_CAPTION.match(following.strip()))
        headings.append(run < LIST_RUN and (_opens_section(following) or above_another or caption))
    return headings


def _opens_section(block: str) -> bool:
    """True for what follows a heading: prose, or a table."""
    text = block.strip()
    if "|" in text or "\t" in text:
        return True
    words = len(text.split())
    return words >= MIN_PROSE_WORDS or words >= MIN_SENTENCE_WORDS and text.endswith(_PROSE_END)


_MARKDOWN_HEADING = lazy(re.compile, r"#{1,6}[ \t]+(?P<title>.*?)[ \t#]*")
_SETEXT_UNDERLINE = lazy(re.compile, r"=+|-+")


def markdown_heading(block: str) -> str | None:
    """The title of a Markdown heading block ("## Contact with the GP", or a line underlined with === or ---)."""
    lines = block.strip().splitlines()
    if len(lines) == 1:
        match = _MARKDOWN_HEADING.fullmatch(lines[0].strip())
        return match.group("title") if match and match.group("title") else None
    if len(lines) == 2 and _SETEXT_UNDERLINE.fullmatch(lines[1].strip()) and lines[0].strip():
        return lines[0].strip()
    return None
