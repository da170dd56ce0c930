"""The logical text of a paragraph and the way back from a character to the XML node holding it.

A Word paragraph (``w:p``, or DrawingML ``a:p`` in charts, shapes and SmartArt) keeps its text in many
small text nodes (``w:t``, ``w:delText``, ``m:t``, ``a:t``) spread over runs, hyperlinks, smart tags,
content controls, tracked changes and field results. :func:`read_paragraph` joins them in reading
order into a :class:`TextMap`; :meth:`TextMap.apply` writes character edits back into the nodes
without touching anything else.

Rules that keep names from slipping through and formatting from breaking:

- Tabs, breaks and the no-break hyphen appear in the logical text (``\\t``, ``\\n``, ``-``) so words
  stay apart, but they are never rewritten: an edit over a tab or break leaves it in place.
- A nested paragraph (the text box inside a drawing) is not part of the outer paragraph; it is its
  own paragraph.
- ``mc:AlternateContent`` inside a paragraph holds the same content twice: the first branch is read
  in line, every other branch becomes an *alternate* text of its own, so the two copies are never
  glued together into one word.
- Deleted tracked text (``w:delText``, ``w:del``, ``w:moveFrom``) is part of the text. Where deleted
  and current text meet letter to letter ("Ferry" deleted, "her" inserted) a *virtual* space that
  exists in no XML node keeps them apart so detection sees two words. It cannot be edited.
- Field instructions (``w:instrText``) are a separate text, not the paragraph's.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from . import namespaces as ns

TEXT = "text"            # characters of a text node: rewritten by edits
FIXED = "fixed"          # a tab or break: shown in the logical text, never rewritten
REMOVABLE = "removable"  # a no-break hyphen or a symbol element: removed when an edit covers it
VIRTUAL = "virtual"      # a separator that is in no XML node

_W_SKIPPED = frozenset({"pPr", "rPr", "sdtPr", "sdtEndPr", "tblPr", "trPr", "tcPr", "fldData"})
_A_SKIPPED = frozenset({"pPr", "rPr", "endParaRPr"})
_W_DELETED = frozenset({"del", "moveFrom"})
_W_RUN_CHARS = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n"}


# looked up by the whole tag: every element of every part is asked, tens of thousands per read
PARAGRAPH_TAGS = frozenset(f"{{{uri}}}p" for uri in ns.W | ns.A)


def is_paragraph(element) -> bool:
    """True for a WordprocessingML or DrawingML paragraph."""
    return element.tag in PARAGRAPH_TAGS


def paragraph_numbers(root: etree._Element) -> dict[etree._Element, int]:
    """Each paragraph of a part with its 1-based number in document order (nested ones included)."""
    return {element: number
            for number, element in enumerate((e for e in root.iter() if is_paragraph(e)), start=1)}


@dataclass
class Piece:
    """A stretch of the logical text and the node it comes from."""

    node: etree._Element | None
    start: int
    text: str
    kind: str
    deleted: bool = False     # from tracked deleted (or moved-away) text

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class TextMap:
    """Logical text built from XML nodes, editable by character offsets."""

    pieces: list[Piece] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)

    @property
    def length(self) -> int:
        return self.pieces[-1].end if self.pieces else 0

    def add(self, node, text: str, kind: str, deleted: bool = False) -> None:
        if not text:
            return
        if kind == TEXT and self._needs_separator(text, deleted):
            self.pieces.append(Piece(None, self.length, " ", VIRTUAL, deleted))
        self.pieces.append(Piece(node, self.length, text, kind, deleted))

    def separate(self, deleted: bool = False) -> None:
        """A space in no XML node, unless the text so far is empty or ends in one: what Word shows apart (a ruby
        guide above its base text) is not one word."""
        if self.pieces and not self.pieces[-1].text[-1:].isspace():
            self.pieces.append(Piece(None, self.length, " ", VIRTUAL, deleted))

    def _needs_separator(self, text: str, deleted: bool) -> bool:
        """True when deleted and current text would otherwise touch letter to letter."""
        if not self.pieces or self.pieces[-1].kind != TEXT:
            return False
        last = self.pieces[-1]
        return last.deleted != deleted and last.text[-1].isalnum() and text[0].isalnum()

    def apply(self, edits: list[tuple[int, int, str]]) -> None:
        """Apply non-overlapping (start, end, replacement) edits of the logical text."""
        # Right to left, so the offsets of edits still to come stay valid.
        for start, end, replacement in sorted(edits, reverse=True):
            self._apply_one(start, end, replacement)

    def _apply_one(self, start: int, end: int, replacement: str) -> None:
        if start == end:
            touched = [p for p in self.pieces if p.kind == TEXT and p.start <= start <= p.end][:1]
        else:
            touched = [p for p in self.pieces if p.start < end and p.end > start]
        editable = [p for p in touched if p.kind == TEXT]
        # The replacement goes where the match starts, so it takes that run's formatting; the rest of
        # the match is cut out of the following nodes.
        for position, piece in enumerate(editable):
            assert piece.node is not None   # only a virtual separator has no node, and it is no TEXT piece
            low = max(start, piece.start) - piece.start
            high = min(end, piece.end) - piece.start
            current = piece.node.text or ""
            piece.node.text = current[:low] + (replacement if position == 0 else "") + current[high:]
            _preserve_space(piece.node)
        for piece in touched:
            if piece.kind == REMOVABLE and start <= piece.start and piece.end <= end:
                remove_element(piece.node)


@dataclass
class ParagraphContent:
    """What one paragraph (or one alternate branch of it) says."""

    text: TextMap = field(default_factory=TextMap)
    instructions: TextMap = field(default_factory=TextMap)
    alternates: list["ParagraphContent"] = field(default_factory=list)


def read_paragraph(paragraph: etree._Element, consumed: set | None = None) -> ParagraphContent:
    """Read a paragraph's own text; every text node read is added to ``consumed``."""
    content = ParagraphContent()
    _read_children(paragraph, content, deleted=False, consumed=consumed if consumed is not None else set())
    return content


def _read_children(container, content: ParagraphContent, deleted: bool, consumed: set) -> None:
    for child in container:
        if not ns.is_element(child) or is_paragraph(child):
            continue
        namespace, local = ns.split(child.tag)
        if namespace == ns.MC and local == "AlternateContent":
            _read_alternates(child, content, deleted, consumed)
        elif namespace in ns.W:
            _read_w(child, local, content, deleted, consumed)
        elif namespace in ns.A:
            if local in _A_SKIPPED:
                continue
            if local == "t":
                content.text.add(child, child.text or "", TEXT, deleted)
                consumed.add(child)
            elif local == "br":
                content.text.add(child, "\n", FIXED, deleted)
            else:
                _read_children(child, content, deleted, consumed)
        elif namespace in ns.M and local == "t":
            content.text.add(child, child.text or "", TEXT, deleted)
            consumed.add(child)
        else:
            # Unknown wrappers (w14 extensions, custom namespaces) still hold runs Word shows.
            _read_children(child, content, deleted, consumed)


def _read_w(child, local: str, content: ParagraphContent, deleted: bool, consumed: set) -> None:
    if local in _W_SKIPPED:
        return
    if local == "t":
        content.text.add(child, child.text or "", TEXT, deleted)
        consumed.add(child)
    elif local == "delText":
        content.text.add(child, child.text or "", TEXT, True)
        consumed.add(child)
    elif local in ("instrText", "delInstrText"):
        content.instructions.add(child, child.text or "", TEXT)
        consumed.add(child)
    elif local in _W_RUN_CHARS and ns.is_w(child.getparent(), "r"):
        content.text.add(child, _W_RUN_CHARS[local], FIXED, deleted)
    elif local == "noBreakHyphen":
        content.text.add(child, "-", REMOVABLE, deleted)
    elif local in ("rt", "rubyBase"):
        # a ruby guide (the reading written above) and its base text are read as two words, both ways round
        content.text.separate(deleted)
        _read_children(child, content, deleted, consumed)
        content.text.separate(deleted)
    elif local == "sym":
        # a character inserted as a symbol is a letter of the text as Word shows it (verify reads it so): a name
        # with one letter written this way is still the name, and an edit over it removes the symbol
        content.text.add(child, _symbol(child), REMOVABLE, deleted)
    elif local == "softHyphen":
        # read as U+00AD: invisible to matching, and with a line break after it a word cut at the line's end
        content.text.add(child, "\u00ad", REMOVABLE, deleted)
    else:
        _read_children(child, content, deleted or local in _W_DELETED, consumed)


def _symbol(sym) -> str:
    """The character a ``w:sym`` stands for (its ``w:char``, hexadecimal), or nothing when that is no character."""
    code = next((sym.get(f"{{{namespace}}}char") for namespace in sorted(ns.W)
                 if sym.get(f"{{{namespace}}}char") is not None), "")
    try:
        character = chr(int(code, 16))
    except (ValueError, OverflowError):
        return ""
    # half of a UTF-16 pair ("D800") is no character, and no XML or UTF-8 text can hold it
    return "" if 0xD800 <= ord(character) <= 0xDFFF else character


def _read_alternates(alternate_content, content: ParagraphContent, deleted: bool, consumed: set) -> None:
    branches = [b for b in alternate_content if ns.is_element(b) and ns.split(b.tag)[0] == ns.MC]
    for number, branch in enumerate(branches):
        if number == 0:
            _read_children(branch, content, deleted, consumed)
        else:
            alternate = ParagraphContent()
            _read_children(branch, alternate, deleted, consumed)
            content.alternates.append(alternate)


def _preserve_space(node) -> None:
    namespace, _ = ns.split(node.tag)
    if namespace in ns.W or namespace in ns.M:
        node.set(ns.XML_SPACE, "preserve")


def remove_element(node) -> None:
    """Remove ``node`` from its parent, keeping the text that follows it (lxml stores it on the node)."""
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + node.tail
        else:
            parent.text = (parent.text or "") + node.tail
    parent.remove(node)


def apply_string_edits(value: str, edits: list[tuple[int, int, str]]) -> str:
    """Apply non-overlapping (start, end, replacement) edits to a plain string."""
    for start, end, replacement in sorted(edits, reverse=True):
        value = value[:start] + replacement + value[end:]
    return value


def is_drop_cap(paragraph: etree._Element) -> bool:
    """Is this paragraph a drop cap: the big first letter of the next paragraph, which Word keeps in a paragraph of
    its own (``w:pPr/w:framePr/@w:dropCap`` "drop" or "margin")? "M" | "arisol was 33" is one word to a reader."""
    for properties in paragraph:
        if isinstance(properties.tag, str) and ns.is_w(properties, "pPr"):
            for frame in properties:
                if isinstance(frame.tag, str) and ns.is_w(frame, "framePr"):
                    return any(ns.split(a)[1] == "dropCap" and v in ("drop", "margin") for a, v in frame.items())
    return False


def joined_text_maps(first: TextMap, second: TextMap) -> TextMap:
    """One logical text of two (a drop cap and the paragraph it begins), with nothing between them."""
    return TextMap([Piece(p.node, p.start, p.text, p.kind, p.deleted) for p in first.pieces] +
                   [Piece(p.node, p.start + first.length, p.text, p.kind, p.deleted) for p in second.pieces])
