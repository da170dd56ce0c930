"""The ways of reading one text that the leak finder searches besides the text itself: the date view (NFKC, case
kept), the split view (identifier joiners as spaces, CamelCase and letters-digits steps as spaces) and the joined
view (letters written one by one joined, line-end hyphens gone). Each comes with ``origin``: the index in the text
of every character of the view."""
from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from ..normalise import INVISIBLE

# The per-character tables below fill in as characters are met; a hostile file holding every code point of Unicode
# must not grow them without end (beyond this, a character is worked out each time it is met)
MAX_CACHED_CHARACTERS = 65536


class _DatePieces(dict):
    """What each character is in the date view (NFKC, invisible characters gone, any space or underscore a plain
    space, or with ``lines`` a line break "\n"), filled in as characters are met: ``str.translate`` then builds the
    view in C."""

    def __init__(self, lines: bool = False):
        super().__init__()
        self.lines = lines

    def __missing__(self, code_point: int) -> str:
        char = chr(code_point)
        # an underscore joins the words of an identifier ("statement_14_03_2023.docx", a bookmark "14th_March_2023"):
        # it parts a date's pieces as a space does
        if char in INVISIBLE:
            piece = ""
        elif self.lines and _LINE_BREAK.match(char):
            piece = "\n"
        elif char.isspace() or char == "_":
            piece = " "
        else:
            piece = unicodedata.normalize("NFKC", char)
        if len(self) < MAX_CACHED_CHARACTERS:
            self[code_point] = piece
        return piece


_LINE_BREAK = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_DATE_PIECES = _DatePieces()
_DATE_PIECES_BY_LINE = _DatePieces(lines=True)


def date_view(text: str, by_line: bool = False) -> tuple[str, list[int]]:
    """The text as a date finder should see it: NFKC, invisible characters gone, case kept; with origins. Its
    lines run together (a date hard-wrapped over two lines reads whole), or, ``by_line``, stay apart as apply reads
    them: a line break ends a sentence, so a row naming "27 October 2017" does not put the next line's "Thursday
    the 31st of October" in 2017."""
    pieces = _DATE_PIECES_BY_LINE if by_line else _DATE_PIECES
    view = text.translate(pieces)
    if len(view) == len(text) and all(len(pieces[ord(char)]) == 1 for char in set(text)):
        return view, list(range(len(text)))     # one character for one: the common case, no origin to work out
    origin: list[int] = []
    for index, char in enumerate(text):
        origin += [index] * len(pieces[ord(char)])
    return view, origin


def has_lines(text: str) -> bool:
    return _LINE_BREAK.search(text) is not None


# Characters that join the words of an identifier ("joanne_pryor", "j.pryor@", "/JoannePryor/"): read as spaces.
_JOINERS = frozenset("_./@:=?&+%#~\\|")
_JOINED_WORDS = re.compile(r"[^\W\d_][_./@:=?&+%#~\\|]+[^\W_]|[^\W_][_./@:=?&+%#~\\|]+[^\W\d_]"
                           r"|[^\W\d_]\d|\d[^\W\d_]|[^\W_]_")


# The case steps below are found by regular expressions over a code string: each character of the text replaced by
# one of 32 code characters for what str.islower, isupper, isalpha, isdigit and the regex class [^\W\d_] say of it.
# The same tests as a loop over the characters would make (any script, "ÓDálaigh" too), done in C.
_LOWER, _UPPER, _ALPHA, _DIGIT, _LETTER = 1, 2, 4, 8, 16


class _CharCodes(dict):
    def __missing__(self, code_point: int) -> str:
        char = chr(code_point)
        flags = (char.islower() and _LOWER) | (char.isupper() and _UPPER) | (char.isalpha() and _ALPHA) | \
            (char.isdigit() and _DIGIT) | (char.isalnum() and not char.isdecimal() and _LETTER)
        code = chr(0x100 + flags)
        if len(self) < MAX_CACHED_CHARACTERS:
            self[code_point] = code
        return code


_CODES = _CharCodes()


def _codes(*flags: int) -> str:
    """A regex class of the codes of the characters that have every one of ``flags``."""
    wanted = sum(flags)
    return "[" + "".join(chr(0x100 + code) for code in range(32) if code & wanted == wanted) + "]"


# two letters of [^\W\d_], the second upper case, the first lower or upper case
_CASE_STEP = re.compile(f"(?:{_codes(_LETTER, _LOWER)}|{_codes(_LETTER, _UPPER)}){_codes(_LETTER, _UPPER)}")
# where the split view puts a space: lower then upper, upper then upper and lower, letter then digit, digit then letter
_SPLIT_POINT = re.compile(f"(?<={_codes(_LOWER)})(?={_codes(_UPPER)})|(?<={_codes(_UPPER)})(?={_codes(_UPPER)}"
                          f"{_codes(_LOWER)})|(?<={_codes(_ALPHA)})(?={_codes(_DIGIT)})"
                          f"|(?<={_codes(_DIGIT)})(?={_codes(_ALPHA)})")
_JOINERS_AS_SPACES = str.maketrans({joiner: " " for joiner in _JOINERS})


def _needs_split(text: str) -> bool:
    """Words joined by a joiner, to digits, or in CamelCase ("ÓDálaigh" too: letters beyond ASCII count)."""
    if _JOINED_WORDS.search(text):
        return True
    return _CASE_STEP.search(text.translate(_CODES)) is not None


# letters written one by one ("J o a n n e", "J.O.A.N.N.E", "J. P.", a double-barrelled "H A R P E R - L Y L E") and
# a word hyphenated at a line end
_SPACED_LETTERS = re.compile(r"(?<![^\W_])[^\W\d_](?:(?:\.\s?|\s|\s?[-\u2010\u2011]\s?)[^\W\d_]){1,}(?![^\W_])\.?")
_HYPHENS = "-\u2010\u2011"
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011]\s+(?=[^\W\d_])")


# "Jo. Pryor", "Smith, Jo": punctuation and a space between two words end a phrase; the broad views read the
# punctuation as a joiner, which is right only inside an identifier ("jo.pryor@")
CLAUSE_BREAK = re.compile(r"[.,;:!?]\s")


# "McDonald", "MacKenzie", "FitzGerald": the capital after these prefixes is inside one surname, not a second word
_SURNAME_PREFIX = re.compile(r"(?<![A-Z])(?:Mc|Mac|Fitz)$")


def _surname_prefix_before(text: str, index: int) -> bool:
    return bool(_SURNAME_PREFIX.search(text, max(0, index - 5), index))


def _split_view(text: str) -> tuple[str, list[int]]:
    """The text with identifier joiners as spaces and a space inside CamelCase and between letters and digits."""
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    for point in _SPLIT_POINT.finditer(text.translate(_CODES)):
        index = point.start()
        if text[index - 1].islower() and text[index].isupper() and _surname_prefix_before(text, index):
            continue      # "McDonald": no other reason for a space can hold between a lower and an upper case letter
        pieces += (text[position:index], " ")
        origin += range(position, index)
        origin.append(index)
        position = index
    pieces.append(text[position:])
    origin += range(position, len(text))
    return "".join(pieces).translate(_JOINERS_AS_SPACES), origin


def _joined_view(text: str) -> tuple[str, list[int]]:
    """The text with letters written one by one joined ("J o a n n e" -> "Joanne") and line-end hyphens gone."""
    drop: set[int] = set()
    for match in _SPACED_LETTERS.finditer(text):
        # the hyphen stays: "HARPER-LYLE" is the listed form, "HARPERLYLE" none
        drop.update(match.start() + i for i, c in enumerate(match.group()) if not c.isalpha() and c not in _HYPHENS)
    for match in _LINE_END_HYPHEN.finditer(text):
        drop.update(range(match.start(), match.end()))
    origin = [i for i in range(len(text)) if i not in drop]
    return "".join(text[i] for i in origin), origin


def has_joined_view(text: str) -> bool:
    """Whether ``broad_views`` gives a joined view: the only one that leaves characters of the text out."""
    return bool(_SPACED_LETTERS.search(text) or _LINE_END_HYPHEN.search(text))


def broad_views(text: str) -> Iterator[tuple[str, list[int]]]:
    if _needs_split(text):
        yield _split_view(text)
    if has_joined_view(text):
        joined, origin = _joined_view(text)
        yield joined, origin
        if _needs_split(joined):     # "NíBh-\nriain": joined first, then read in CamelCase
            split, split_origin = _split_view(joined)
            yield split, [origin[i] for i in split_origin]


def word_starts(text: str, index: int) -> bool:
    """A word starts at ``index``: after a non-letter, or at a CamelCase step ("joanne" in "MyJoanne")."""
    if index <= 0 or not text[index - 1].isalnum():
        return True
    before, here = text[index - 1], text[index]
    return before.islower() and here.isupper() and not _surname_prefix_before(text, index) or \
        before.isdigit() != here.isdigit()


def word_ends(text: str, index: int) -> bool:
    if index >= len(text) or not text[index].isalnum():
        return True
    before, here = text[index - 1], text[index]
    return before.islower() and here.isupper() or before.isdigit() != here.isdigit() or \
        before.isupper() and here.isupper() and index + 1 < len(text) and text[index + 1].islower()
