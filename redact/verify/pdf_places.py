"""Where a leak in a PDF is, in words: "page 3, line 12, under "3.2 Contact with the GP": "The GP saw …"", "page 2,
annotation 1 (its text)", "outline (bookmarks), entry 2.1", "document properties: Author".

There is no PDF adapter on the redaction path (a PDF is only ever checked, never redacted), so the places come from
verify's own reading of the file (``pdf_reader``): the locations it gives each text are turned into words. A page's
heading is the last numbered heading line ("3.2 Contact with the GP") on it or on a page before: a PDF keeps no
heading styles, and an unnumbered short line there is as often a running header or a wrapped line as a heading.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..documents.places import Place, first_words, heading_text, looks_like_heading
from .records import Text

_PAGE_LINE = re.compile(r"^page (?P<page>\d+), line (?P<line>\d+)$")
_ANNOTATION = re.compile(r"^page (?P<page>\d+) annotation (?P<index>\d+) (?P<link>link )?(?P<key>/\w+)$")
_OUTLINE = re.compile(r"^outline entry (?P<entry>[\d.]+)$")
_DESTINATION = re.compile(r"^named destination (?P<index>\d+)$")
_ATTACHMENT = re.compile(r"^attachment (?P<index>\d+) \(file name\)$")
_INFO = re.compile(r"^document info /?(?P<key>.+)$")
_XMP = re.compile(r"^XMP metadata <(?P<name>[^>@]+?)(?: @(?P<attribute>[^>]+))?>$")
_NUMBERED_HEADING = re.compile(r"\d{1,2}(?:\.\d{1,3}){0,3}\.?\s+\S")

# what each annotation key holds (PDF 1.7, 12.5 and 12.7), as a person would name it
ANNOTATION_KEYS = {"/Contents": "its text", "/T": "its author or field name", "/TU": "field tooltip",
                   "/TM": "field export name", "/V": "form field value", "/RC": "its formatted text",
                   "/Subj": "its subject", "/NM": "its name"}
LINK_KEYS = {"/URI": "link address", "/F": "linked file", "/D": "link destination"}


def pdf_places(texts: Iterable[Text], locations: Iterable[str]) -> dict[str, Place]:
    """The place of each of ``locations`` (leak locations verify gave in a PDF) that names something it read."""
    by_location = {text.location: text for text in texts}
    headings = _page_headings(by_location)
    places: dict[str, Place] = {}
    for location in locations:
        place = _place(location, by_location, headings)
        if place is not None:
            places[location] = place
    return places


def _page_headings(by_location: dict[str, Text]) -> dict[tuple[int, int], str | None]:
    """The heading in effect at each (page, line): the last numbered heading line at or above it, pages in order."""
    pages = sorted((int(location[5:]), text) for location, text in by_location.items()
                   if location.startswith("page ") and location[5:].isdigit())
    headings: dict[tuple[int, int], str | None] = {}
    current: str | None = None
    for page, text in pages:
        for number, line in enumerate(text.text.split("\n"), text.first_line):
            if _NUMBERED_HEADING.match(line.strip()) and looks_like_heading(line):
                current = heading_text(line)
            headings[(page, number)] = current
    return headings


def _place(location: str, by_location: dict[str, Text], headings: dict[tuple[int, int], str | None]) -> Place | None:
    if match := _PAGE_LINE.match(location):
        page, number = int(match["page"]), int(match["line"])
        text = by_location.get(f"page {page}")
        if text is None:
            return None
        lines = text.text.split("\n")
        index = number - text.first_line
        line = lines[index] if 0 <= index < len(lines) else ""
        heading = headings.get((page, number))
        if heading is not None and heading == heading_text(line):
            return Place(f"page {page}, line {number}", heading, what="heading")
        return Place(f"page {page}, line {number}", heading, first_words=first_words(line))
    if match := _ANNOTATION.match(location):
        key = match["key"]
        what = LINK_KEYS.get(key, "link") if match["link"] else ANNOTATION_KEYS.get(key, key.lstrip("/"))
        text = by_location.get(location)
        return Place(f"page {match['page']}, annotation {match['index']}",
                     first_words=first_words(text.text) if text is not None and not match["link"] else "", what=what)
    if match := _OUTLINE.match(location):
        text = by_location.get(location)
        return Place(f"outline (bookmarks), entry {match['entry']}",
                     first_words=first_words(text.text) if text is not None else "")
    if match := _DESTINATION.match(location):
        return Place(f"named destination {match['index']}", what="its name")
    if match := _ATTACHMENT.match(location):
        return Place(f"attachment {match['index']}", what="file name")
    if match := _INFO.match(location):
        return Place(f"document properties: {match['key']}")
    if match := _XMP.match(location):
        attribute = f" @{match['attribute']}" if match["attribute"] else ""
        return Place(f"XMP metadata: {match['name']}{attribute}")
    return None
