"""The ways of reading one text that the leak finder searches besides the text itself: the date view (NFKC, case
kept), the split view (identifier joiners as spaces, CamelCase and letters-digits steps as spaces) and the joined
view (letters written one by one joined, line-end hyphens gone). Each comes with ``origin``: the index in the text
of every character of the view."""
from __future__ import annotations

import re
from typing import Iterator

# the date view is apply's too (its protected dates), so it lives with the shared folding
from ..lazy_patterns import lazy
from ..normalise import _DATE_PIECES, MAX_CACHED_CHARACTERS, date_view  # noqa: F401


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
_SPLIT_POINT = lazy(re.compile, f"(?<={_codes(_LOWER)})(?={_codes(_UPPER)})|(?<={_codes(_UPPER)})(?={_codes(_UPPER)}"
                          f"{_codes(_LOWER)})|(?<={_codes(_ALPHA)})(?={_codes(_DIGIT)})"
                          f"|(?<={_codes(_DIGIT)})(?={_codes(_ALPHA)})")
_JOINERS_AS_SPACES = str.maketrans({joiner: " " for joiner in _JOINERS})


def _needs_split(text: str) -> bool:
    """Words joined by a joiner, to digits, or in CamelCase ("ÓDálaigh" too: letters beyond ASCII count)."""
    if _JOINED_WORDS.search(text):
        return True
    return _CASE_STEP.search(text.translate(_CODES)) is not None


# letters written one by one ("J o a n n e", "J.O.A.N.N.E", "J. P.", a double-barrelled "H A R P E R - L Y L E"), or
# apart as a message spells a name out or hides it from a filter ("J-o-a-n-n-e", "P_R_Y_O_R", "J . o . a", "J~o~a",
# "J•o•a"; not "/", which writes "N/A" and "s/w"), and a word hyphenated at a line end
_SPACED_LETTERS = re.compile(r"(?<![^\W_])[^\W\d_](?:(?:\s|\s?[-\u2010\u2011._~\u00b7\u2022\u2219]\s?)[^\W\d_]){1,}"
                             r"(?![^\W_])\.?")
_HYPHENS = "-\u2010\u2011"
_HYPHEN_SET = frozenset(_HYPHENS)
_NOT_A_MARK = lazy(re.compile, r"[\s\w]")
# (opens with the hyphen and looks behind it, as ``_KISSES``)
_LINE_END_HYPHEN = re.compile(r"[-\u2010\u2011](?<=[^\W\d_][-\u2010\u2011])\s+(?=[^\W\d_])")


# "Jo. Pryor", "Smith, Jo": punctuation and a space between two words end a phrase; the broad views read the
# punctuation as a joiner, which is right only inside an identifier ("jo.pryor@")
CLAUSE_BREAK = lazy(re.compile, r"[.,;:!?]\s")


# "McDonald", "MacKenzie", "FitzGerald": the capital after these prefixes is inside one surname, not a second word
_SURNAME_PREFIX = lazy(re.compile, r"(?<![A-Z])(?:Mc|Mac|Fitz)$")


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


def _gap_kind(gap: str, words_spaced: bool) -> str:
    """What parts two letters written one by one: a space, or the mark between them, with or without spaces ("J. P.").
    Where most letters are parted by spaces (``words_spaced``), a hyphen set apart by spaces parts two words of one
    name ("H A R P E R - L Y L E") as a space does; elsewhere it parts letters ("K - W - A - B - E - N - A")."""
    # what else lies between two letters (a Roman numeral, a superscript: "J o a Ⅻ n n e") is left out with the gap
    mark = "".join(sorted(set(_NOT_A_MARK.sub("", gap))))
    return " " if not mark or (words_spaced and mark in _HYPHEN_SET and mark != gap) else mark


def _joined_view(text: str, last_letter_apart: bool = False) -> tuple[str, list[int]]:
    """The text with letters written one by one joined ("J o a n n e" -> "Joanne") and line-end hyphens gone.

    Letters are joined while one kind of gap parts them: "F·R·A·N·C·I·S u will pay" is "FRANCIS u", the "u" of a
    message's "you" apart. ``last_letter_apart`` leaves each run's last letter apart, for the same "u" after a name
    spelt with spaces ("p r y o r u will pay")."""
    drop: set[int] = set()
    for match in _SPACED_LETTERS.finditer(text):
        written = match.group()
        letters = [index for index, char in enumerate(written) if char.isalpha()]
        if not letters:
            continue
        gaps = [(letters[k] + 1, letters[k + 1]) for k in range(len(letters) - 1)]
        plain = sum(not written[gap_start:gap_end].strip() for gap_start, gap_end in gaps)
        words_spaced = plain > sum(written[gap_start:gap_end].strip() in _HYPHEN_SET for gap_start, gap_end in gaps)
        kinds = [_gap_kind(written[gap_start:gap_end], words_spaced) for gap_start, gap_end in gaps]
        runs: list[list[int]] = [[]]     # the gaps of each run, by their index in ``gaps``
        for k in range(len(gaps)):
            if k and kinds[k] != kinds[k - 1]:
                runs.append([])
            runs[-1].append(k)
        if len(runs) > 1:
            # a lone gap of another kind beside a longer run parts two things ("p-r-y-o-r u"), not two letters
            runs = [run for k, run in enumerate(runs) if len(run) > 1 or not any(
                len(other) > 1 for other in runs[max(0, k - 1):k] + runs[k + 1:k + 2])]
        for run in runs:
            # only after spaces: a mark between the letters ("J-O-B") makes the "u" after them a kind change above
            for k in run[:-1] if last_letter_apart and len(run) >= 2 and kinds[run[-1]] == " " else run:
                gap_start, gap_end = gaps[k]
                # the hyphen of "H A R P E R - L Y L E" stays: "HARPER-LYLE" is the listed form, "HARPERLYLE" none;
                # one between two letters ("J-o-a-n-n-e") only parts them, as a space does
                drop.update(match.start() + index for index in range(gap_start, gap_end)
                            if not (written[index] in _HYPHENS and kinds[k] == " "))
        drop.update(match.start() + index for index in range(letters[-1] + 1, len(written)))   # "J.P."'s last dot
    for match in _LINE_END_HYPHEN.finditer(text):
        drop.update(range(match.start(), match.end()))
    origin = [i for i in range(len(text)) if i not in drop]
    return "".join(text[i] for i in origin), origin


# A name as a message writes it: a letter stretched ("Meeei", "Amaaaa", "Shiiiv"), kisses run on ("Emekaxx"), digits
# and signs for letters ("J04nn3", "M1nh", "Gurpr33t"). Only a word that starts with a letter, has two letters or more
# and no more such digits than letters is read for them: "14th", "10am", "A40", "W31" are not.
_STRETCHED = re.compile(r"([^\W\d_])\1{2,}", re.IGNORECASE)
# (the pattern opens with the "x" and looks behind it: the engine then skips to each "x" at once, where a pattern that
# opens with a look-behind is tried at every character; the same finds, four times faster)
_KISSES = re.compile(r"[xX](?<=[^\W\d_]{2}[xX])[xX]+(?![^\W_])")
_FOR_LETTERS = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
_SPELT_WITH_DIGITS = re.compile(r"(?<![^\W_])[^\W\d_][^\W_@$]*[013457@$][^\W_@$]*(?:[@$][^\W_@$]*)*(?![^\W_])")
_OTHER_DIGIT = lazy(re.compile, r"[2689]")


def _spelt_with_digits(word: str) -> bool:
    letters = sum(char.isalpha() for char in word)
    return len(word) >= 3 and letters >= 2 and letters >= len(word) - letters and not _OTHER_DIGIT.search(word)


def _has_message_spelling(text: str) -> bool:
    return bool(_STRETCHED.search(text) or _KISSES.search(text)
                or any(_spelt_with_digits(m.group()) for m in _SPELT_WITH_DIGITS.finditer(text)))


def _message_view(text: str, stretched_to: int, one_as: str) -> tuple[str, list[int]]:
    """The text with a message's spellings of a word undone: each stretched letter written ``stretched_to`` times
    ("Meeei" -> "Mei" once, "Annnna" -> "Anna" twice), kisses run on left out (once), digits and signs read as the
    letters they stand for ("J04nn3" -> "Joanne"; "1" as ``one_as``: "i" in "M1nh", "l" in "Pau1")."""
    drop: set[int] = set()
    for match in _STRETCHED.finditer(text):
        drop.update(range(match.start() + stretched_to, match.end()))
    if stretched_to == 1:
        for match in _KISSES.finditer(text):
            drop.update(range(match.start(), match.end()))
    letters = {**_FOR_LETTERS, "1": one_as}
    changed: dict[int, str] = {}
    for match in _SPELT_WITH_DIGITS.finditer(text):
        word = match.group()
        if _spelt_with_digits(word):
            in_capitals = not any(char.islower() for char in word)
            for index, char in enumerate(word):
                if char in letters:
                    changed[match.start() + index] = letters[char].upper() if in_capitals else letters[char]
    origin = [i for i in range(len(text)) if i not in drop]
    return "".join(changed.get(i, text[i]) for i in origin), origin


def has_joined_view(text: str) -> bool:
    """Whether ``broad_views`` gives a view that leaves characters of the text out or reads them as others: letters
    written one by one, a line-end hyphen, or a message's spellings of a word."""
    return bool(_SPACED_LETTERS.search(text) or _LINE_END_HYPHEN.search(text) or _has_message_spelling(text))


def broad_views(text: str) -> Iterator[tuple[str, list[int]]]:
    if _needs_split(text):
        yield _split_view(text)
    if _has_message_spelling(text):
        seen = {text}
        for stretched_to, one_as in ((1, "i"), (2, "i"), (1, "l")):
            view, origin = _message_view(text, stretched_to, one_as)
            if view not in seen:
                seen.add(view)
                yield view, origin
    if _SPACED_LETTERS.search(text) or _LINE_END_HYPHEN.search(text):
        joined, origin = _joined_view(text)
        yield joined, origin
        if _needs_split(joined):     # "NíBh-\nriain": joined first, then read in CamelCase
            split, split_origin = _split_view(joined)
            yield split, [origin[i] for i in split_origin]
        if _SPACED_LETTERS.search(text):
            apart, apart_origin = _joined_view(text, last_letter_apart=True)
            if apart != joined:
                yield apart, apart_origin


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
