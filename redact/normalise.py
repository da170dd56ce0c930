"""Folding text for matching: the same name however it is typed, with a map back to the original.

Used by listed-name matching and by verify, so that a name written with a zero-width space inside, in
full-width letters, with a soft hyphen, with curly or straight apostrophes, over a line break, with
several spaces, without its accents or with a lookalike letter of another script inside is still the same name.
"""
from __future__ import annotations

import html
import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


from .lazy_patterns import lazy

from .date_asides import dropped_asides, may_hold_an_aside


def _code_points(*ranges: tuple[int, int]) -> frozenset[str]:
    return frozenset(chr(code) for first, last in ranges for code in range(first, last + 1))


# Characters that are invisible in print: a name with one inside reads as the name. Beside the soft hyphen, the
# zero-width characters and the Arabic tatweel (U+0640): the marks and embeddings of bidirectional text a name
# pasted from a right-to-left e-mail carries (U+061C, U+200E-F, U+202A-E, U+2066-9), the invisible operators of
# mathematics (U+2061-4), the deprecated format characters (U+206A-F), the interlinear annotation marks, tag
# characters (U+E0001, U+E0020-7F), and the selectors that choose a glyph's look without changing the letter
# (Mongolian U+180B-F, U+FE00-F, U+E0100-EF, the combining grapheme joiner U+034F). Not the Arabic number signs
# and the other format characters that print.
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\u0640") | _code_points(
    (0x034F, 0x034F), (0x061C, 0x061C), (0x180B, 0x180F), (0x200E, 0x200F), (0x202A, 0x202E), (0x2061, 0x2064),
    (0x2066, 0x206F), (0xFE00, 0xFE0F), (0xFFF9, 0xFFFB), (0xE0001, 0xE0001), (0xE0020, 0xE007F),
    (0xE0100, 0xE01EF))


def _character_class(chars: frozenset[str]) -> str:
    """A pattern's class of ``chars`` written as ranges of consecutive code points: a class of a few hundred
    single characters, some beyond U+FFFF, is tried one character after another at every place of a text (about
    40 times slower)."""
    codes = sorted(map(ord, chars))
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "[" + "".join(re.escape(chr(first)) if first == last else f"{re.escape(chr(first))}-{re.escape(chr(last))}"
                         for first, last in runs) + "]"


# A run of invisible characters between a letter and a capital ("Hodan\u200bWarsame", a zero-width space a web page
# or a message put between two words): it prints as the two words run together ("HodanWarsame"), which the folded
# text above cannot part, since it drops the run as it would inside one word ("Ho\u200bdan" is "Hodan").
_INVISIBLE_BETWEEN_LETTERS = lazy(re.compile, "(?<=[^\\W\\d_])" + _character_class(INVISIBLE) + "+(?=[^\\W\\d_])")


def _invisible_word_breaks(text: str) -> list[tuple[int, int]]:
    if text.isascii() or INVISIBLE.isdisjoint(text):
        # (every run holds an invisible character, none of them ASCII: a test of each character in C, where the
        # search tried its look-behind at every position, 40 us a paragraph, 5% of a cold verify)
        return []
    return [m.span() for m in _INVISIBLE_BETWEEN_LETTERS.finditer(text) if text[m.end()].isupper()]


def invisible_word_breaks(text: str) -> str | None:
    """``text`` with each run of invisible characters between a letter and a capital turned into spaces, one for
    one (every position stays where it was), or None when it has none: a second reading of the text, where the
    words the run parts are words."""
    runs = _invisible_word_breaks(text)
    if not runs:
        return None
    pieces: list[str] = []
    cursor = 0
    for start, end in runs:
        pieces += (text[cursor:start], " " * (end - start))
        cursor = end
    return "".join(pieces) + text[cursor:]


def with_second_reading(first: list, second: list) -> list:
    """Finds ``(start, end, ...)`` of a text and of its second reading (``invisible_word_breaks``): a find of the
    second counts where the first found nothing, and takes the place of the first's finds inside it."""
    out = list(first)
    for find in second:
        if any(a <= find[0] and find[1] <= b for a, b, *_ in out):
            continue
        if any(a < find[1] and find[0] < b and not (find[0] <= a and b <= find[1]) for a, b, *_ in out):
            continue     # two readings that cross: the first's stands
        out = [o for o in out if not (find[0] <= o[0] and o[1] <= find[1])] + [find]
    return sorted(out, key=lambda f: (f[0], f[1]))


APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201b": "'", "\u2032": "'", "`": "'"}
QUOTES = {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'}
# Every hyphen and dash of Unicode a name may be joined with ("Smith‐Jones", "Smith⁃Jones" from a bulleted list,
# "Smith－Jones" typed full width, the Armenian hyphen and Hebrew maqaf): not the wave dashes and double hyphens of
# Japanese, which join no Latin name.
DASHES = {char: "-" for char in "\u058a\u05be\u1400\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2e17\u2e1a"
                                "\u2e3a\u2e3b\u2e40\u2e5d\ufe31\ufe32\ufe58\ufe63\uff0d"}
# Letters NFKD does not split into a base letter and an accent.
LETTERS = {"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ð": "d", "ı": "i",
           # one Arabic-script name is typed with Arabic, Persian or Urdu letters ("فاطمة", "فاطمه", "فاطمہ")
           "\u06cc": "\u064a", "\u0649": "\u064a", "\u06a9": "\u0643", "\u06c1": "\u0647", "\u06be": "\u0647",
           "\u06d5": "\u0647", "\u0629": "\u0647"}
# Unicode's small capitals ("Oᴋꜱᴀɴᴀ Mᴇʟɴʏᴋ", pasted from a styled post) are letters of their own to NFKC
for _letter in "abcdefghijklmnopqrstuvwxyz":
    try:
        LETTERS[unicodedata.lookup(f"LATIN LETTER SMALL CAPITAL {_letter.upper()}")] = _letter
    except KeyError:   # none for x
        pass


@dataclass(frozen=True)
class Folded:
    """Folded text and, for each of its characters, the index of the original character it came from."""

    text: str
    origin: tuple[int, ...]
    original_length: int
    # where each character's source ends, when that is not just after its start: a character written by markup
    # ("&eacute;") comes from several of the original's
    origin_end: tuple[int, ...] | None = None

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the folded text back to the smallest span of the original that produced it."""
        if start >= end:
            position = self.origin[start] if start < len(self.origin) else self.original_length
            return position, position
        return self.origin[start], self.end_of(end - 1)

    def end_of(self, index: int) -> int:
        """Where the original characters that produced folded character ``index`` end."""
        return self.origin_end[index] if self.origin_end is not None else self.origin[index] + 1


@lru_cache(maxsize=65536)
def fold_char(char: str) -> str:
    """The folded form of one character ('' for invisible ones, ' ' for any space and a superscript or subscript
    digit)."""
    if char in INVISIBLE:
        return ""
    if char.isspace() or (char.isdigit() and unicodedata.decomposition(char).startswith(("<super>", "<sub>"))):
        return " "    # a footnote mark ("Oksana¹²", "Wexham³") ends the word before it, as a space does
    if char == "_":
        return " "    # a file name, handle or Markdown text joins a name's words so: "oksana_kovalenko.jpg" is her
    char = APOSTROPHES.get(char) or QUOTES.get(char) or DASHES.get(char) or char
    out = []
    for piece in unicodedata.normalize("NFKC", char).casefold():
        piece = LETTERS.get(piece, piece)
        for base in unicodedata.normalize("NFKD", piece):
            if not unicodedata.combining(base):
                out.append(base)
    return "".join(out)


# ASCII text is most of every document: folded by one table (lower case, one kind of space, "`" as "'"),
# the same as fold_char gives character by character, at C speed.
_ASCII_TABLE = {code: fold_char(chr(code)) for code in range(128)}
_SPACE_RUNS = re.compile(r"(?<= ) +|^ +")


# A word hyphenated at a line end ("Kova-\nlenko", "Kova\u00ad\r\nlenko") and a PDF's hyphenation mark left
# between two letters ("Kova¬lenko", "Kova¬\nlenko") read as the word whole, as a reader reads them. The hyphen
# goes with the break, unless a capital follows a small letter: a word cut by hyphenation goes on in small letters,
# so "Smith-\nJones" and "Anne-\nMarie" keep their own hyphen ("SMITH-\nJONES" reads as its joined form, which
# every hyphenated listed name also has: redact.variants). The letter before is checked by the caller.
_HYPHEN_AT_LINE_END = re.compile(r"(?:[-\u2010\u2011\u00ad][ \t]*(?:\r\n|[\n\r\v\f\u2028\u2029])|\u00ac[ \t]*"
                                 r"(?:\r\n|[\n\r\v\f\u2028\u2029])?)[ \t]*(?=[^\W\d_])")


def line_end_hyphens(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that join the two halves of a word hyphenated at a line end (the hyphen, the break
    and the indent after it), or of a word a PDF's hyphenation mark "¬" cuts."""
    if "\u00ac" not in text and text.isprintable():
        return []   # no mark, and no line break (none is printable): most texts, asked of again and again
    spans = []
    for match in _HYPHEN_AT_LINE_END.finditer(text):
        start, end = match.span()
        if start == 0 or not _is_letter(text[start - 1]):
            continue
        if text[start] in "-\u2010\u2011" and text[start - 1].islower() and text[end].isupper():
            start += 1    # a hyphen of the name's own
        spans.append((start, end))
    return spans


def _is_letter(char: str) -> bool:
    return char.isalpha() or unicodedata.category(char) in ("Mn", "Mc")   # "Siobha\u0301-\nn": an accent ends it


# Text pasted from a web page, an e-mail's source or a Markdown export carries HTML's character references
# ("Oksana&nbsp;Kovalenko", "O&#39;Neill", "Ren&eacute;e", "25&nbsp;November", escaped twice "O&amp;#39;Neill"),
# HTML's tags ("Kova<b>lenko</b>", "25<sup>th</sup> November") and Markdown's escapes and emphasis inside a word
# ("O\'Neill", "Smith\-Jones", "**Kova**lenko"): a reader of the page sees the characters, and so do detection,
# the matching and the date view. A named reference needs its ";" (no "AT&T" or "&notice" read as one); a numeric
# one may lack it. A tag is one of HTML's elements ("<Oksana Kovalenko>" is no tag): one that formats a word's
# letters reads as nothing, any other (a line break, a paragraph, a cell) as a space.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};)")
_INLINE_ELEMENTS = ("a|abbr|b|bdi|bdo|big|cite|code|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|"
                    "sub|sup|tt|u|var")
_OTHER_ELEMENTS = ("address|article|aside|blockquote|body|br|caption|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|"
                   "head|header|hr|html|img|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|title|tr|ul|wbr")
_ATTRIBUTES = r"""(?:\s+[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*\s*/?"""
_INLINE_TAG = re.compile(rf"</?(?:{_INLINE_ELEMENTS}){_ATTRIBUTES}>", re.IGNORECASE)
_OTHER_TAG = re.compile(rf"</?(?:{_OTHER_ELEMENTS}){_ATTRIBUTES}>", re.IGNORECASE)
# (a backslash before "+" or "(" after another character is a Windows path's, not Markdown's: "C:\Evidence\+44 7700
# 900123.vcf", "C:\DHR\(0161) 496 0123.docx"; read as an escape, the number is glued to the folder's name. Markdown
# escapes them where a list item or a link would open: at a line's start or after a space)
_MARKDOWN_MARKS = re.compile(r"\\(?=[!-')*,-/:-@\[-`{-~])|(?<!\S)\\(?=[+(])|(?<=[^\W\d_])\*+|\*+(?=[^\W\d_])")
_STAR_RUN = lazy(re.compile, r"\*+")
_STAR_REACH = 64
_LETTER = lazy(re.compile, r"[^\W\d_]")


def _masks_letters(text: str, start: int, end: int) -> bool:
    """Do the stars at ``text[start:end]`` stand for letters hidden from a filter ("M*nh", "K*t*rzyna", "Ayş*"),
    not Markdown's emphasis ("**Kova**lenko", "*Ok*sana", "*Joanne Pryor*")? Inside a word: when no other run of
    stars in the word pairs with it around two letters or more. At a word's end: when nothing in its line opened
    it. A run that opens a word is emphasis."""
    if text[start] != "*" or start == 0 or not _LETTER.match(text[start - 1]):
        return False
    # (a word and a line are read only so far back or on: a long paragraph of stars stays linear)
    near = max(0, start - _STAR_REACH)
    word_start = max(text.rfind(" ", near, start), text.rfind("\n", near, start), near - 1) + 1
    limit = min(len(text), end + _STAR_REACH)
    word_end = min((i for i in (text.find(" ", end, limit), text.find("\n", end, limit)) if i != -1), default=limit)
    runs = [(m.start(), m.end()) for m in _STAR_RUN.finditer(text, word_start, word_end)]
    if end < len(text) and _LETTER.match(text[end]):
        index = runs.index((start, end))
        partner = index + 1 if index % 2 == 0 else index - 1
        if partner >= len(runs):
            return True
        first, second = sorted([runs[index], runs[partner]])
        return len(_LETTER.findall(text[first[1]:second[0]])) < 2
    if len(runs) > 1:
        return False
    back = max(0, start - 2 * _STAR_REACH)
    line_start = max(text.rfind("\n", back, word_start), back - 1) + 1
    return "*" not in text[line_start:word_start]


_REFERENCE_ROUNDS = 4   # a page escaped again and again ("&amp;amp;nbsp;") is read through this many times


@dataclass(frozen=True)
class Unmarked:
    """Text with its markup read as characters; for each character, the span of the original that wrote it."""

    text: str
    starts: list[int]
    ends: list[int]

    def rewritten(self, spans: list[tuple[int, int, str]]) -> "Unmarked":
        """This text with each of ``spans`` (start, end, what a reader sees there; in order, not overlapping)
        rewritten; the characters seen come from the whole span's source."""
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        kept_from = 0
        for first, last, seen in spans:
            pieces.append(self.text[kept_from:first])
            starts += self.starts[kept_from:first]
            ends += self.ends[kept_from:first]
            pieces.append(seen)
            starts += [self.starts[first]] * len(seen)
            ends += [self.ends[last - 1]] * len(seen)
            kept_from = last
        pieces.append(self.text[kept_from:])
        return Unmarked("".join(pieces), starts + self.starts[kept_from:], ends + self.ends[kept_from:])


def unmarked(text: str, *, word_breaks: bool = False) -> Unmarked | None:
    """``text`` as the reader of a page sees it: HTML's character references decoded, its tags and Markdown's
    escapes and emphasis marks inside a word dropped; with ``word_breaks``, invisible characters between two words
    read as spaces (``invisible_word_breaks``: detection's reading; folding keeps them out, for the other reading,
    where "Mc\u200bDonald" is McDonald); None when it has none (most text)."""
    if "&" not in text and "\\" not in text and "*" not in text and "<" not in text \
            and not (word_breaks and _invisible_word_breaks(text)):
        return None
    read = Unmarked(text, list(range(len(text))), list(range(1, len(text) + 1)))
    for _ in range(_REFERENCE_ROUNDS):
        spans = [(match.start(), match.end(), html.unescape(match[0]))
                 for match in _CHARACTER_REFERENCE.finditer(read.text)]
        spans = [(first, last, seen) for first, last, seen in spans if seen != read.text[first:last]]
        if not spans:
            break
        read = read.rewritten(spans)
    tags = sorted([(match.start(), match.end(), "") for match in _INLINE_TAG.finditer(read.text)]
                  + [(match.start(), match.end(), " ") for match in _OTHER_TAG.finditer(read.text)])
    if tags:
        read = read.rewritten(tags)
    marks = [(match.start(), match.end(), "") for match in _MARKDOWN_MARKS.finditer(read.text)
             if not _masks_letters(read.text, match.start(), match.end())]
    if marks:
        read = read.rewritten(marks)
    breaks = _invisible_word_breaks(read.text) if word_breaks else []
    if breaks:
        read = read.rewritten([(first, last, " " * (last - first)) for first, last in breaks])
    return read if read.text != text else None


# A letter of another script that looks like a Latin one ("Р", "С", "о" of Cyrillic, "ν", "Ι" of Greek, "Ꭺ" of
# Cherokee, "օ" of Armenian), put inside a Latin word by a Cyrillic or Greek keyboard or to disguise a name
# ("Рriya Сhaudhry", "Nоvember"), reads as that Latin letter: listed-name matching, verify and the date view see
# the word a reader sees. Only in a word that mixes scripts (a Latin letter beside one, or letters of two other
# scripts, "ΝΟѴ"): a word wholly in Cyrillic or Greek
# ("Оксана", "Σοφία", and "СОМ" too, though each of its letters looks Latin) is itself, read as a name of that
# script by redact.transliteration, and a "Σ" or "π" of a formula is no disguise. Which letters look like which
# is Unicode's confusables data (UTS #39), as the confusable-homoglyphs package ships it: a letter of another
# script than Latin whose prototype is one ASCII letter. One letter for one, so offsets do not move.
_NOT_ANOTHER_SCRIPT = frozenset({"LATIN", "COMMON", "INHERITED"})
# every letter of a script other than Latin comes after Latin, its extensions, IPA and the combining marks, and is
# not in Latin Extended Additional (Vietnamese "Chị", Welsh "Ŵ"): a Vietnamese word (a kin title verify folds when
# imported, a name) would otherwise build the table, and import the confusables data, for no letter it holds
_BEYOND_LATIN = re.compile(r"[^\x00-\u036f\u1e00-\u1eff]")


@lru_cache(maxsize=1)
def _latin_lookalikes() -> tuple[dict[int, str], frozenset[str], re.Pattern[str]]:
    """The Latin letter each lookalike letter of another script reads as, the letters, and a pattern finding any
    of them."""
    from confusable_homoglyphs import categories, confusables

    table: dict[int, str] = {}
    for char, homoglyphs in confusables.confusables_data.items():
        if len(char) != 1 or char.isascii() or not char.isalpha() \
                or categories.aliases_categories(char)[0] in _NOT_ANOTHER_SCRIPT:
            continue
        for homoglyph in homoglyphs:
            latin = homoglyph["c"]
            if len(latin) == 1 and latin.isascii() and latin.isalpha():
                # Unicode's prototype of a vertical stroke is the small "l"; a capital one (Greek Ι, Cyrillic І
                # and Ӏ, Coptic Ⲓ) stands for the capital I ("Іvan"), which folds to "i"
                table[ord(char)] = "I" if latin == "l" and char.isupper() else latin
                break
    pattern = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(table)) + "]")
    return table, frozenset(map(chr, table)), pattern


@lru_cache(maxsize=65536)
def _script_of_letter(char: str) -> str | None:
    """The script of a letter (None for what is not one): "LATIN" also for a styled letter of mathematics
    ("𝐏riya"), Common to Unicode's scripts, that reads as its Latin letter."""
    if char.isascii():
        return "LATIN" if char.isalpha() else None
    if not char.isalpha():
        return None
    from confusable_homoglyphs import categories

    script = categories.aliases_categories(char)[0]
    if script in ("COMMON", "INHERITED"):
        styled = unicodedata.normalize("NFKC", char)
        return "LATIN" if len(styled) == 1 and styled.isascii() and styled.isalpha() else None
    return script


def _mixes_scripts(word: str) -> bool:
    """A Latin letter beside a lookalike, or letters of two other scripts ("ΝΟѴ": Greek Ν, Ο and Cyrillic Ѵ),
    which no word of either language writes."""
    scripts = {_script_of_letter(char) for char in word} - {None}
    return "LATIN" in scripts or len(scripts) > 1


@lru_cache(maxsize=65536)
def _is_word_part(char: str) -> bool:
    """A letter, an accent, an apostrophe ("О'Neill") or an invisible character inside a word; not a digit."""
    return char.isalpha() or unicodedata.category(char)[0] == "M" or char == "'" or char in APOSTROPHES \
        or char in INVISIBLE


# The months as a date is written in English, full and cut short: a word of another script made only of letters
# that look like Latin ones and spelling one ("Νον" in Greek letters, "МАҮ" in Cyrillic) is the month to the date
# view, though it mixes no scripts: no Greek or Cyrillic word that is also a month's name in Latin letters is a
# date's neighbour in an English report
_MONTH_WORDS = frozenset("january february march april may june july august september october november december "
                         "jan feb mar apr jun jul aug sep sept oct nov dec".split())


def with_latin_lookalikes(text: str, months: bool = False) -> str:
    """``text`` with every lookalike letter of another script inside a word that mixes scripts read as the Latin
    letter (one character for one); ``months``: also a word wholly of lookalikes that spells a month ("Νον").
    ``text`` itself when it has none (nearly all text)."""
    if text.isascii() or not any(char.isalpha() for char in _BEYOND_LATIN.findall(text)):
        return text    # curly quotes and accented Latin letters only (most text): the table is never built
    table, letters, pattern = _latin_lookalikes()
    if letters.isdisjoint(text):   # a set's look-up for each character: several times faster than the pattern
        return text
    chars = list(text)
    found = pattern.search(text)
    while found is not None:
        start = end = found.start()
        while start > 0 and _is_word_part(text[start - 1]):
            start -= 1
        while end < len(text) and _is_word_part(text[end]):
            end += 1
        word = text[start:end]
        if _mixes_scripts(word) or months and "".join(
                table.get(ord(char), char) for char in word).casefold() in _MONTH_WORDS:
            for index in range(start, end):
                chars[index] = table.get(ord(text[index]), text[index])
        found = pattern.search(text, max(end, found.start() + 1))
    return "".join(chars)


@lru_cache(maxsize=4096)
def fold(text: str) -> Folded:
    """Casefold, strip accents and invisible characters, unify quotes and dashes, collapse whitespace; a word
    hyphenated at a line end is read whole, a character written by markup read as the character, a lookalike
    letter of another script inside a Latin word as the Latin letter ("Рriya")."""
    # A document's segments are folded by several steps (listed names, kept words, verify): once each, cached.
    read = unmarked(text)
    if read is not None:
        seen = with_latin_lookalikes(read.text)
        joins = line_end_hyphens(seen)
        dropped = {index for start, end in joins for index in range(start, end)}
        return _fold_by_character(seen, dropped, read, len(text))
    text = with_latin_lookalikes(text)    # one character for one: the origins are the original's
    joins = line_end_hyphens(text)
    if joins:
        dropped = {index for start, end in joins for index in range(start, end)}
        return _fold_by_character(text, dropped)
    if text.isascii():
        return _fold_ascii(text)
    # Most other text only adds characters that fold to one character each (curly quotes, dashes, accented
    # letters): folded by a table too. One character that folds to none or several (a soft hyphen, "ß") makes the
    # offsets shift, and the text is folded character by character.
    return _fold_by_table(text) if _one_for_one(text) else _fold_by_character(text)


def _fold_by_character(text: str, dropped: frozenset[int] | set[int] = frozenset(), read: Unmarked | None = None,
                       original_length: int | None = None) -> Folded:
    """``text`` folded character by character; ``read`` maps its characters back to an original with markup."""
    chars: list[str] = []
    origin: list[int] = []
    origin_end: list[int] = []
    previous_space = True  # also drops leading whitespace
    for index, char in enumerate(text):
        if index in dropped:
            continue
        folded = fold_char(char)
        if folded == " ":
            if previous_space:
                continue
            previous_space = True
        elif folded:
            previous_space = False
        for piece in folded:
            chars.append(piece)
            origin.append(read.starts[index] if read else index)
            if read:
                origin_end.append(read.ends[index])
    return Folded("".join(chars), tuple(origin), len(text) if original_length is None else original_length,
                  tuple(origin_end) if read else None)


# Every character met so far that folds to exactly one character (ASCII from the start), and those that do not.
_ONE_FOR_ONE: dict[int, str] = dict(_ASCII_TABLE)
_NOT_ONE_FOR_ONE: set[int] = set()


def _one_for_one(text: str) -> bool:
    for char in set(text):
        code = ord(char)
        if code in _ONE_FOR_ONE:
            continue
        if code in _NOT_ONE_FOR_ONE:
            return False
        folded = fold_char(char)
        if len(folded) != 1:
            _NOT_ONE_FOR_ONE.add(code)
            return False
        _ONE_FOR_ONE[code] = folded
    return True


def _fold_by_table(text: str) -> Folded:
    """``text`` whose every character is in ``_ONE_FOR_ONE``: translated at C speed, then spaces collapsed."""
    return _collapse_spaces(text.translate(_ONE_FOR_ONE), len(text))


def _fold_ascii(text: str) -> Folded:
    return _collapse_spaces(text.translate(_ASCII_TABLE), len(text))


def _collapse_spaces(spaced: str, length: int) -> Folded:
    """Leading spaces and every space after a space dropped, as ``_fold_by_character`` does; ``spaced`` has one
    character for each of the original's."""
    # (a run needs two spaces side by side or a space first: most texts have neither, and skip the search)
    runs = [m.span() for m in _SPACE_RUNS.finditer(spaced)] if "  " in spaced or spaced.startswith(" ") else []
    if not runs:
        return Folded(spaced, tuple(range(length)), length)
    pieces: list[str] = []
    origin: list[int] = []
    kept_from = 0
    for start, end in runs:   # each run of extra spaces is dropped, the origin of what follows shifts past it
        pieces.append(spaced[kept_from:start])
        origin.extend(range(kept_from, start))
        kept_from = end
    pieces.append(spaced[kept_from:])
    origin.extend(range(kept_from, length))
    return Folded("".join(pieces), tuple(origin), length)


# Characters that print as a space: the no-break, narrow, thin, figure and other spaces of Unicode (a word
# processor's non-breaking space inside "SL2 5QR", "07700 900 461" or "3 May 2019"), and those that are not
# whitespace to a regular expression or a tokenizer (the Symbol font's space, U+F020, that PDF-to-Word conversions
# leave between "Mr" and a name; the blank Braille pattern). The model and the recognisers see a plain space there,
# as a reader does; offsets do not change, as each is one character for one.
_ODD_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\uf020\u2800"
_ODD_SPACE = lazy(re.compile, f"[{_ODD_SPACES}]")
SPACE_LOOKALIKES = str.maketrans({chr(code): " " for code in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F,
                                                               0x205F, 0x3000, 0xF020, 0x2800)})


# A digit of another script or style: a number typed on an Arabic, Persian, Bengali or Devanagari keyboard
# ("٠٧٧٠٠ ٩٠٠١٢٣"), full width by a Chinese or Japanese input method ("０７７００"), or in the "bold" and
# "double-struck" digits a social media bio is styled with ("𝟎𝟕𝟕𝟎𝟎"). A reader dials it as the ASCII number, so the
# model and the recognisers read it so, one character for one (the date view reads such digits the same way).
_OTHER_DIGIT = lazy(re.compile, r"[^\D0-9]")
_ODD_SPACE_OR_DIGIT = lazy(re.compile, f"[{_ODD_SPACES}]|[^\\D0-9]")


def _plain_digit(match: re.Match) -> str:
    return str(unicodedata.decimal(match.group()))


def with_plain_spaces_and_digits(text: str) -> str:
    """``text`` with every other space made a plain one and every digit of another script an ASCII one, one
    character for one; a text without either (nearly all) is returned as it is."""
    if text.isascii() or not _ODD_SPACE_OR_DIGIT.search(text):   # (every odd space and other digit is beyond ASCII)
        return text
    if _ODD_SPACE.search(text):
        text = text.translate(SPACE_LOOKALIKES)
    return _OTHER_DIGIT.sub(_plain_digit, text)


@lru_cache(maxsize=65536)   # asked of the same few words of names again and again (variants, kept words)
def fold_key(text: str) -> str:
    """The folded text alone, stripped: a dictionary key for a name."""
    return fold(text).text.strip()


def is_word_char(char: str) -> bool:
    return char.isalnum()


# The date view's table fills in as characters are met; a hostile file holding every code point of Unicode must not
# grow it without end (beyond this, a character is worked out each time it is met)
MAX_CACHED_CHARACTERS = 65536
# Slashes and hyphens a date is typed with beside "/" and "-": the fraction and division slashes a word processor
# or a PDF puts in "25⁄11⁄2019", and the Unicode hyphens and the minus sign ("25‐11‐2019", "25−11−2019")
_DATE_SEPARATORS = {"\u2044": "/", "\u2215": "/", "\u29f8": "/", "\u2010": "-", "\u2011": "-", "\u2012": "-",
                    "\u2212": "-", "\u2043": "-"}


_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


class _DatePieces(dict):
    """What each character is in the date view (NFKC, invisible characters gone, any line break "\\n" and any other
    space or underscore a plain space, a digit of
    any script an ASCII digit, the other slashes and hyphens plain ones), filled in as characters are met:
    ``str.translate`` then builds the view in C."""

    def __missing__(self, code_point: int) -> str:
        char = chr(code_point)
        if char in INVISIBLE:
            piece = ""
        elif char in _LINE_BREAKS:
            piece = "\n"   # a date's grammar reads a line break apart: "18 August\n17/10/2022" is two dates
        elif char == "\t":
            piece = "\t"   # a column's edge in a plain-text table: "3\tPolice attended" is a row of a chronology
        elif char.isspace() or char == "_":
            # an underscore joins the words of an identifier ("statement_14_03_2023.docx", a bookmark
            # "14th_March_2023"): it parts a date's pieces as a space does
            piece = " "
        elif char in _DATE_SEPARATORS:
            piece = _DATE_SEPARATORS[char]
        elif unicodedata.category(char) == "Nd":   # "٢٥/١١/٢٠١٩", "۲۵", "२५": the date in another script's digits
            piece = str(unicodedata.decimal(char))
        else:
            piece = unicodedata.normalize("NFKC", char)
        if len(self) < MAX_CACHED_CHARACTERS:
            self[code_point] = piece
        return piece


_DATE_PIECES = _DatePieces()


# apply's protected dates read a text again in another month context, and verify reads the segments apply read
# (case1: 3,119 views of 2,159 texts); the callers only index the origins
@lru_cache(maxsize=4096)
def date_view(text: str) -> tuple[str, list[int]]:
    """The text as a date finder should see it (``_date_view``), without a weekday in brackets inside a date or the
    brackets around a day ("14th (Monday) March 2022", "Monday (14th) March 2022": ``redact.date_asides``)."""
    view, origin = _date_view(text)
    if not may_hold_an_aside(view):
        return view, origin
    dropped = dropped_asides(view)
    if not dropped:
        return view, origin
    keep = [True] * len(view)
    origin = list(origin)
    for start, end in dropped:
        keep[start:end] = [False] * (end - start)
        if view[start] in "([" and end < len(view):
            # "(Monday 14th) March 2022": a date that opens inside the brackets takes the opening one with it
            origin[end] = origin[start]
    return "".join(c for c, k in zip(view, keep) if k), [o for o, k in zip(origin, keep) if k]


# A date in figures parted by a separator no date grammar reads, the same one twice: an em dash or a horizontal bar
# (a word processor's or a PDF's "9—7—2023"), a middle dot or a bullet ("9·7·2023", "9•7•2023", a Japanese "9・7・2023"
# or "2023。7。9"), a semicolon, an asterisk, a tilde, a pipe or a question mark left by a lost character ("9;7;2023",
# "09*07*2023", "9~7~23", "9?7?2023"): any punctuation or symbol. Read as slashes, one for one; one such separator
# alone ("9—7", a chronology's "14.9 — Police attended", "2019—2023") or two different ones are no date. Not read
# here: the separators the date grammars read themselves (hyphens, slashes, points, in any width), a time's colon
# ("09:07:23"), a list's comma ("9, 7, 2023"), feet and inches ("9'7'"), and a measure's "×".
_SEPARATORS_READ_ELSEWHERE = frozenset("-/.:,'\"\u2010\u2011\u2012\u2013\u2212\u2032\u2033\u00d7")
_FIGURES_WITH_ODD_SEPARATORS = lazy(
    re.compile, r"(?<![\w.,/;*~\u2014\u2015-])(?:[0-9]{1,2}(?P<gap>[ \t]?)(?P<sep>[^\w\s\-/.:,'\"])(?P=gap)[0-9]{1,2}"
                r"(?P=gap)(?P=sep)(?P=gap)(?:[0-9]{4}|[0-9]{2})"
                r"|[0-9]{4}(?P<gap2>[ \t]?)(?P<sep2>[^\w\s\-/.:,'\"])(?P=gap2)[0-9]{1,2}(?P=gap2)(?P=sep2)(?P=gap2)"
                r"[0-9]{1,2})(?![\w/*~\u2014\u2015-]|[.,;][0-9])")
# A day and its month alone so parted, right after a word that puts a date there ("She died on 9—7.", "DOD: 9·7",
# "Date of death 9\\7", "born 14 • 3"): read as a slash, as "9/7" there is. Without such a word ("The score was
# 9—7", "14.9 — Police attended") it stays figures.
_DAY_AND_MONTH_WITH_AN_ODD_SEPARATOR = lazy(
    re.compile, r"(?<![\w.,/;*~\u2014\u2015-])[0-9]{1,2}[ \t]?(?P<sep>[^\w\s\-/.:,'\"])[ \t]?[0-9]{1,2}"
                r"(?![\w/*~\u2014\u2015-]|[ \t]?(?P=sep)|[.,;:][0-9])")
_A_DATES_WORD_BEFORE = lazy(
    re.compile, r"(?i)(?<![\w'’-])(?:on|died|death|dod|dob|d\.o\.d\.?|d\.o\.b\.?|born|birth|dated|killed|murdered)"
                r"[ \t]*[:\-\u2013]?[ \t]*$")
# figures then such a separator: nearly no text has one, and this search, unlike the one above, needs no look behind
_FIGURE_BEFORE_AN_ODD_SEPARATOR = lazy(re.compile, r"[0-9][ \t]?[^\w\s\-/.:,'\"]")


def _is_odd_date_separator(char: str) -> bool:
    return (unicodedata.category(char)[0] in "PS" and char not in _SEPARATORS_READ_ELSEWHERE
            and unicodedata.normalize("NFKC", char) not in _SEPARATORS_READ_ELSEWHERE)


def with_plain_date_separators(text: str) -> str:
    """``text`` with the odd separators of a date in figures (see above) made slashes, one for one; ``text`` itself
    when it has none (nearly all text)."""
    if not _FIGURE_BEFORE_AN_ODD_SEPARATOR.search(text):
        return text
    chars: list[str] | None = None
    for found in _FIGURES_WITH_ODD_SEPARATORS.finditer(text):
        separator = found.group("sep") or found.group("sep2")
        if not _is_odd_date_separator(separator):
            continue
        before, after = text[:found.start()].rstrip(" \t"), text[found.end():].lstrip(" \t")
        if before.endswith(separator) and before[:-1].rstrip(" \t")[-1:].isdigit() \
                or after.startswith(separator) and after[1:].lstrip(" \t")[:1].isdigit():
            continue    # one of a longer chain of figures ("10 — 8 — 2018 — 4 — 5"), no date
        chars = chars if chars is not None else list(text)
        for index in range(found.start(), found.end()):
            if text[index] == separator:
                chars[index] = "/"
    for found in _DAY_AND_MONTH_WITH_AN_ODD_SEPARATOR.finditer(text):
        if _is_odd_date_separator(found.group("sep")) \
                and _A_DATES_WORD_BEFORE.search(text, max(0, found.start() - 40), found.start()):
            chars = chars if chars is not None else list(text)
            chars[found.start("sep")] = "/"
    return text if chars is None else "".join(chars)


def _date_view(text: str) -> tuple[str, list[int]]:
    """The text as a date finder should see it: NFKC, invisible characters gone, digits ASCII, a month hyphenated
    at a line end whole ("Novem-\\nber"), a character written by markup as the character, a lookalike letter of
    another script in a Latin word as the Latin letter ("Nоv"), a scan's or a typist's slip read as the date
    ("Ju1y", "N0v", "l2/06/1985": ``without_slips``), case kept; with origins. Read by apply's protected dates and
    by verify."""
    read = unmarked(text)
    if read is not None:   # "25&nbsp;November", "25&#8209;11&#8209;2019"
        return _date_view_by_character(with_plain_date_separators(without_slips(with_latin_lookalikes(
            read.text, months=True))), read.starts)
    # "25 Nоvember 2019" with a Cyrillic о, "25 N0vember 2019", "25—11—2019": one character for one
    text = with_plain_date_separators(without_slips(with_latin_lookalikes(text, months=True)))
    joins = line_end_hyphens(text) or ordinal_joiners(text)
    if not joins:
        view = text.translate(_DATE_PIECES)
        # (every ASCII character is one character in the view, tested: the test of each character of an ASCII text
        # was a tenth of the view's time)
        if len(view) == len(text) and (text.isascii() or all(len(_DATE_PIECES[ord(char)]) == 1
                                                             for char in set(text))):
            return view, list(range(len(text)))     # one character for one: the common case, no origin to work out
    return _date_view_by_character(text, list(range(len(text))))


# A day's figures joined to their ordinal ending by a hyphen, a dot or an apostrophe ("9-th of July", "the 1-st",
# "22.nd", "3'rd"): how writers whose first language joins its ordinals so (Russian, Ukrainian and Bulgarian
# "9-го"/"9-ти", German and Polish "9.") type an English ordinal. The date view drops the joiner, "9th", which every
# date reading then knows; a joiner between any other figures and letters stays ("2-storey", "v1.standard").
_ORDINAL_JOINER = lazy(re.compile, r"(?<![0-9])[0-9]{1,2}(?P<joiner>[-.'\u2019])(?i:st|nd|rd|th)(?![^\W\d_])")


def ordinal_joiners(text: str) -> list[tuple[int, int]]:
    """The spans of the joiners between a day's figures and their ordinal ending ("9-th": the hyphen)."""
    return [match.span("joiner") for match in _ORDINAL_JOINER.finditer(text)]


def _date_view_by_character(text: str, starts: list[int]) -> tuple[str, list[int]]:
    dropped = {index for start, end in (*line_end_hyphens(text), *ordinal_joiners(text))
               for index in range(start, end)}
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if index in dropped:
            continue
        piece = _DATE_PIECES[ord(char)]
        pieces.append(piece)
        origin += [starts[index]] * len(piece)
    return "".join(pieces), origin


# A slip of a scan's character reading or of a typist in a date: in a month's name a one or a capital I for an l,
# a zero for an o ("Ju1y", "JuIy", "N0v", "Oct0ber", "Apr1l"); in figures an l or a capital I for a one, a letter
# O for a zero ("l2/06/1985", "12/O6/l985", "2O22"). A reader reads the date; so does the date view (one character
# for one). A month's name counts as slipped only where it is no other word: a three-letter one only with a digit
# in it ("Ju1", "N0v"; "Jui" is a given name), a longer one with any of the slips, a lower-case l or i for the other
# too ("Juiy"); figures only in a date's shape or a year's, with two digits at least (no "I/O" or "lOl").
_SLIPPED_LETTER = {"o": "[o0]", "l": "[l1i]", "i": "[i1l]"}
_SLIPPED_MONTH = lazy(re.compile,
    r"(?<![A-Za-z0-9])(?i:" + "|".join(sorted(("".join(_SLIPPED_LETTER.get(c, c) for c in word)
                                               for word in _MONTH_WORDS if set(word) & set(_SLIPPED_LETTER)),
                                              key=len, reverse=True)) + r")(?![A-Za-z0-9])")
_FIGURE = "[0-9OolI]"
@lru_cache(maxsize=1)
def _slipped_figures() -> re.Pattern[str]:
    """The figures of a date with a slip (compiled on first use: most processes never meet one)."""
    return re.compile(
        rf"(?<![\w/.-])(?:{_FIGURE}{{1,2}}(?P<sep>[/.-]){_FIGURE}{{1,2}}(?P=sep){_FIGURE}{{2,4}}"
        rf"|{_FIGURE}{{4}}(?P<sep2>[/.-]){_FIGURE}{{1,2}}(?P=sep2){_FIGURE}{{1,2}}"
        rf"|(?:[1lI][9Oo]|2[0Oo]){_FIGURE}{{2}})(?![\w/]|[.-][0-9])"
        # a day before its month's name ("l2 July", "O3rd Nov")
        rf"|(?<![\w/.-])(?P<day>[1lI][0-9]|[0-3][OolI]|[Oo][1-9])"
        rf"(?=(?:st|nd|rd|th)?[ \t]+(?i:{'|'.join(sorted(_MONTH_WORDS))})(?![A-Za-z]))")


_FIGURE_FOR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
# what a text with a slip holds, in lower case: a month's name slipped (a few literals, which the engine finds
# fast), a letter beside a figure (two searches: one pattern of both is several times slower)
_MONTH_SLIP_HINT = re.compile("|".join(sorted(
    {"".join(letters) for word in _MONTH_WORDS for letters in itertools.product(
        *(_SLIPPED_LETTER.get(c, c).strip("[]") for c in word))} - _MONTH_WORDS, key=len, reverse=True)))
_FIGURES_SLIP_HINT = re.compile(r"[0-9][/.-]?[oli]|[oli][/.-]?[0-9]")


def without_slips(text: str) -> str:
    """``text`` with a date's slips (see above) read as the characters meant, one for one; ``text`` itself when
    it has none (nearly all text)."""
    lowered = text.lower()
    months, figures = _MONTH_SLIP_HINT.search(lowered), _FIGURES_SLIP_HINT.search(lowered)
    if not (months or figures):
        return text
    chars: list[str] | None = None
    for found in _SLIPPED_MONTH.finditer(text) if months else ():
        word = found.group()
        if word.lower() in _MONTH_WORDS or len(word) == 3 and not any(c.isdigit() for c in word):
            continue
        meant = next(month for month in _MONTH_WORDS if len(month) == len(word) and all(
            c.lower() == m or c.lower() in _SLIPPED_LETTER.get(m, m) for c, m in zip(word, month)))
        capitals = all(c.isupper() for c in word if c.isalpha())
        chars = chars if chars is not None else list(text)
        for index, (c, m) in enumerate(zip(word, meant)):
            if c.lower() != m:
                chars[found.start() + index] = m.upper() if capitals or index == 0 else m
    # (read after the months: "l2 Ju1y" is a day before "July")
    for found in _slipped_figures().finditer(text if chars is None else "".join(chars)) if figures else ():
        written = found.group()
        if sum(c.isdigit() for c in written) < (1 if found.group("day") else 2) or not set(written) & set("OolI") \
                or any(part in ("II", "III") for part in re.split(r"[/.-]", written)):
            continue     # "03.II.2021": February in Roman numerals (``redact.dates._roman_month``)
        chars = chars if chars is not None else list(text)
        chars[found.start():found.end()] = written.translate(_FIGURE_FOR)
    return text if chars is None else "".join(chars)
