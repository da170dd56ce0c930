"""Where a leak ``verify`` found is, in the words of :mod:`redact.documents.places` ("body, under "3.2 Contact with
the GP", paragraph 4: ...").

``verify`` reads an output its own way (independent of the redaction path, on purpose); this module only *reports*:
it opens the output with the format adapter, finds the segment each leak's location names, and gives its place
with every listed value and protected date in it masked, as the leak's context is: the heading and first words
come from the output, which is exactly where the leak is. When the adapter cannot read the file, or the location
names nothing it reads (a raw part), the leak simply has no ``where``: the gate never depends on this. A PDF has no
adapter: its places come from verify's own reading (``pdf_places``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..documents.places import Place, place_at
from .masking import ALWAYS_MASKED, MASK, folded_word, token_bounds

if TYPE_CHECKING:
    from typing import Iterable

    from .finder import LeakFinder
    from .records import Leak, Text

_DOCX_PARAGRAPH = re.compile(r"^(?P<part>\S+) paragraph (?P<index>\d+)")
_DOCX_ELEMENT = re.compile(r"^(?P<part>\S+) <(?:property \d+: )?(?P<local>[\w.-]+)>")
_TEXT_BLOCK = re.compile(r"^block (?P<number>\d+)")
_DOCX_TARGET = re.compile(r"^(?P<part>\S+) <Relationship (?P<id>\S+) @Target>")
_CUSTOM_PROPERTY = re.compile(r"^(?P<part>\S+) <property (?P<index>\d+): ")
_ATTRIBUTE = re.compile(r"<(?P<element>[\w.-]+) @(?P<name>[\w.-]+)>")
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,3}){0,3}\.?\s(?=\D)")


def with_places(path: Path, leaks: list["Leak"], finder: "LeakFinder",
                texts: "Iterable[Text] | None" = None) -> list["Leak"]:
    """``leaks`` with ``where`` filled in wherever the output's adapter can place them; a PDF, which has no adapter,
    from verify's own reading of it (``texts``, read again when not given)."""
    pdf = Path(path).suffix.lower() == ".pdf"
    try:
        if pdf:
            from .pdf_places import pdf_places
            from .pdf_reader import pdf_texts

            places = pdf_places(pdf_texts(Path(path)) if texts is None else texts, [leak.location for leak in leaks])
        else:
            places = _places_of(Path(path))
    except Exception:       # a report must never stop the gate: an unreadable output keeps its bare locations
        return leaks
    placed = []
    for leak in leaks:
        place = places.get(leak.location) if pdf else _find(places, leak.location)
        placed.append(replace(leak, where=str(masked_place(place, finder))) if place is not None else leak)
    return placed


def masked_place(place: Place, finder: "LeakFinder") -> Place:
    """``place`` as it may be printed (in a CI log): what it quotes from the output is masked the way verify masks a
    leak's context (listed values, pieces of them, contacts; digits as #); the part's own numbers stay."""
    return Place(masked(place.part, finder, digits=False),
                 masked(place.heading, finder) if place.heading else place.heading,
                 place.paragraph, masked(place.first_words, finder), place.what, masked(place.after, finder))


def masked(text: str, finder: "LeakFinder", digits: bool = True) -> str:
    """``text`` with every token that holds a leak, a piece of a listed value or a contact masked."""
    spans = [token_bounds(text, start, end) for start, end, _, _ in finder.spans(text)]
    for token in re.finditer(r"\S+", text):
        word = token.group()
        if ALWAYS_MASKED.search(word.strip(".,;:!?()[]{}'\"")) or \
                finder.secret is not None and finder.secret.search(folded_word(word)):
            spans.append((token.start(), token.end()))
    out, cursor = [], 0
    for start, end in sorted(spans):
        if start < cursor:          # overlaps the mask before: one mask for both
            cursor = max(cursor, end)
            continue
        out += [text[cursor:start], MASK]
        cursor = end
    line = "".join(out) + text[cursor:]
    if not digits:
        return line
    # a section number ("3.2 Contact with the GP") is how a person finds the place: only other digits go
    number = _SECTION_NUMBER.match(line)
    kept = number.end() if number else 0
    return line[:kept] + re.sub(r"\d", "#", line[kept:])


def _places_of(path: Path) -> dict[str, Place]:
    from ..documents import open_document

    document = open_document(path, keep_comments=True)      # a comment left in the output is placed too
    places = {}
    for segment in document.segments:
        if segment.place is None:
            continue
        places[segment.location] = segment.place
        if segment.place.part.startswith("line "):   # each line of a text block, for "block 3, line 57"
            offset = 0
            for line in segment.text.split("\n"):
                narrowed = place_at(segment.place, segment.text, offset)
                if narrowed is not None and line.strip():
                    places.setdefault(f"{segment.location}@{narrowed.part}", narrowed)
                offset += len(line) + 1
    return places


def _find(places: dict[str, Place], location: str) -> Place | None:
    block = _TEXT_BLOCK.match(location)
    if block:
        number = f"#block{block.group('number')}"
        line = re.search(r"line (\d+)", location)
        if line:
            exact = next((place for key, place in places.items() if key.endswith(f"{number}@line {line.group(1)}")),
                         None)
            if exact is not None:
                return exact
        return next((place for key, place in places.items() if key.endswith(number)), None)
    paragraph = _DOCX_PARAGRAPH.match(location)
    if paragraph:   # verify counts a part's paragraphs from 0, the adapter from 1
        key = f"{paragraph.group('part')}#p{int(paragraph.group('index')) + 1}"
        attribute = _ATTRIBUTE.search(location)
        inside = [k for k in places if k.startswith(key + "/")]
        if attribute:   # "<docPr @descr>": the adapter's "p12/wp:docPr[1]@descr", placed as an alt text
            element, name = attribute.group("element"), attribute.group("name")
            exact_key = next((k for k in inside if re.search(rf"[:/]{re.escape(element)}(\[\d+\])?@(\w+:)?"
                                                             rf"{re.escape(name)}$", k)), None)
            if exact_key is not None:
                return places[exact_key]
        return places.get(key) or (places[inside[0]] if inside else None)
    target = _DOCX_TARGET.match(location)
    if target:
        return places.get(f"{target.group('part')}#{target.group('id')}@Target")
    custom = _CUSTOM_PROPERTY.match(location)
    if custom:      # verify counts a custom property by its position, the adapter names it
        properties = list(dict.fromkeys(key.split("]")[0] for key in places
                                        if key.startswith(custom.group("part") + "#property[")))
        index = int(custom.group("index")) - 1
        return places.get(properties[index] + "]") if 0 <= index < len(properties) else None
    element = _DOCX_ELEMENT.match(location)
    if element:     # a property: docProps/core.xml <title> is the adapter's docProps/core.xml#dc:title
        part, local = element.group("part"), element.group("local")
        return next((place for key, place in places.items()
                     if key.startswith(part + "#") and re.split(r"[#:/\[\]]", key.rstrip("]"))[-1] == local), None)
    return None
