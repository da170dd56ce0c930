"""What makes a cold ``redact verify`` start faster changes nothing it finds.

- A pattern compiled on first use (``redact.lazy_patterns``) is the pattern compiled at import: the same flags,
  groups and finds, with ``re`` and with ``regex``.
- The check of dates cut by a paragraph's or a cell's end asks the finder for its dates only
  (``LeakFinder.date_spans``): the same spans, in the same order, as the dates of its whole search, on thousands of
  generated texts (every part a date is written with, beside names) from a fixed seed.
"""
from __future__ import annotations

import calendar
import datetime
import random
import re

import regex

from redact import dates, glued, initials, movable_feasts, name_or_word, normalise, suggest
from redact.lazy_patterns import LazyPattern, lazy
from redact.rules import parse_rules
from redact.verify import LeakFinder
from test_date_shortcuts import _SEPARATORS, _piece

SAMPLES = ["Nadia Ahmed (NA) told her sister, HM, on 3 November 2022.", "w/c 31/10/22", "Thursday: NA's partner",
           "known as 'Daz' Mensah", "the 2nd day of Eid al-Fitr", "Ju1y 2021", "user name: oksana_k88", "",
           "HER SON (aged 12) | Son", "In progress – complete", "the first of May, 2019 at 03:40"]


def _modules_with_lazy_patterns() -> list:
    """Every module of the package that defines a pattern with ``lazy``, imported."""
    import importlib
    import pathlib

    import redact

    root = pathlib.Path(redact.__file__).parent
    names = [".".join(("redact", *path.relative_to(root).with_suffix("").parts)) for path in sorted(root.rglob("*.py"))
             if "lazy(re" in path.read_text(encoding="utf-8")]
    return [importlib.import_module(name) for name in names]


def test_a_lazy_pattern_is_the_pattern_compiled_at_import():
    modules = _modules_with_lazy_patterns()
    assert {dates, glued, initials, movable_feasts, name_or_word, normalise, suggest} <= set(modules)
    lazies = [(module.__name__, name, value) for module in modules
              for name, value in vars(module).items() if isinstance(value, LazyPattern)]
    assert len(lazies) >= 200
    for module, name, pattern in lazies:
        engine = regex if pattern._compile is regex.compile else re
        eager = engine.compile(pattern.pattern, pattern._flags)
        assert (pattern.flags, pattern.groups, pattern.groupindex) == (eager.flags, eager.groups, eager.groupindex), \
            (module, name)
        for text in SAMPLES:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in eager.finditer(text)], (name, text)
            assert bool(pattern.search(text)) == bool(eager.search(text)), (name, text)


def test_no_match_is_compared_by_identity_with_a_lazy_pattern():
    """``m.re is _PATTERN`` is never true of a lazy pattern (the match holds the compiled one, not the stand-in): made
    lazy, "between 8th and Ninth" was left, the day's reading told apart by such a test. Every such comparison in
    the package must name a pattern compiled at import."""
    modules = {module.__name__: module for module in _modules_with_lazy_patterns()}
    import pathlib

    import redact

    root = pathlib.Path(redact.__file__).parent
    compared = []
    for path in sorted(root.rglob("*.py")):
        name = ".".join(("redact", *path.relative_to(root).with_suffix("").parts))
        for other in re.findall(r"\.re\s+(?:is|is\s+not|==|!=)\s+([A-Za-z_][\w]*)\b", path.read_text(encoding="utf-8")):
            compared.append((name, other))
            module = modules.get(name)
            assert module is None or not isinstance(getattr(module, other, None), LazyPattern), (name, other)
    assert ("redact.dates", "_LOOSE_DAY") in compared


def test_a_lazy_pattern_compiles_once_and_answers_every_method():
    calls = []

    def counting(pattern, flags=0):
        calls.append(pattern)
        return re.compile(pattern, flags)

    lazy_one = lazy(counting, r"(?P<word>[A-Z]\w+)", re.ASCII)
    assert lazy_one.pattern == r"(?P<word>[A-Z]\w+)" and not calls
    assert lazy_one.sub("X", "Ana and Bea") == "X and X"
    assert lazy_one.findall("Ana and Bea") == ["Ana", "Bea"]
    assert lazy_one.match("Ana").group("word") == "Ana"
    assert lazy_one.fullmatch("ana") is None
    assert lazy_one.split("a Bc d") == ["a ", "Bc", " d"]
    assert lazy_one.flags == re.compile(r"(?P<word>[A-Z]\w+)", re.ASCII).flags
    assert len(calls) == 1


RULES = parse_rules({"people": [{"name": "Oksana Kovalenko", "pseudonym": "Anna Petrenko"},
                                {"name": "Darius Mensah", "pseudonym": "Kofi Boateng"}],
                     "places": [{"name": "Wexham", "pseudonym": "Town A"}],
                     "dates": {"date_of_death": "2022-11-03", "date_of_birth": "1987-06-21"}})


PROTECTED = [datetime.date(2022, 11, 3), datetime.date(1987, 6, 21)]


def _generated(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    names = ["Oksana", "Kovalenko", "Darius Mensah", "Wexham", "OKSANA", "Mensah's", "Kovalenkp", "Town A"]
    out = []
    for _ in range(count):
        when = rng.choice(PROTECTED)
        pieces = [_piece(rng, when) for _ in range(rng.randint(1, 7))]
        text = pieces[0] + "".join(rng.choice(_SEPARATORS) + piece for piece in pieces[1:])
        if rng.random() < 0.5:
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice([" ", "\n", ""]) + rng.choice(names) + " " + text[at:]
        out.append(text)
    # the protected dates themselves, in the forms the cut check joins ("3" | "November 2022")
    out += ["3 November 2022", "3rd November", "21/06/1987", "the third of November", "21 06 1987", "Nov 3"]
    return out


def test_the_dates_alone_are_the_dates_of_the_whole_search():
    finder = LeakFinder(RULES)
    kinds = {kind for _, kind in finder._dates}
    assert len(kinds) == 2
    found = 0
    for text in _generated(4157, 1500):
        whole = [span for span in finder.spans(text, broad=False) if span[2] in kinds]
        assert finder.date_spans(text) == whole, text
        found += bool(whole)
    assert found > 100     # the texts write the protected dates often enough to test something


# ------------------------------------------------------------------ a listed word broken by a hyphen or a space
def _broken_every_pair(self, text: str) -> list:
    """``ListedMisspellings._broken`` as it was: every pair of letter runs in the text looked at."""
    from redact.misspellings import (_BEFORE_BROKEN, _BREAKS, _HYPHENS, _LETTERS, SHORTEST_LISTED, Correction,
                                     _prose, fold_key)

    out = []
    pieces = list(_LETTERS.finditer(text))
    for first, second in zip(pieces, pieces[1:]):
        gap = text[first.end():second.start()]
        if len(gap) != 1 or gap not in _BREAKS:
            continue
        head, tail = first.group(), second.group()
        if not head[0].isupper() or not (tail[0].islower() or tail.isupper() and head.isupper()):
            continue
        key = fold_key(head + tail)
        end = second.end()
        if key not in self._targets and key[-1:] == "s" and key[:-1] in self._targets:
            key, end = key[:-1], end - 1
        if len(key) < SHORTEST_LISTED or key not in self._targets:
            continue
        if first.start() and _BEFORE_BROKEN.match(text, first.start() - 1):
            continue
        after = text[second.end():second.end() + 2]
        if after[:1] == "@" or after[:1] in _BREAKS and after[:1] != " " and after[1:2].isalpha():
            continue
        if gap not in _HYPHENS and _prose(head) and _prose(tail):
            continue
        if out and out[-1].end > first.start():
            continue
        out.append(Correction(first.start(), end, self._targets[key], True))
    return out


BROKEN_NAMES = ["Agnieszka", "Wójcik", "Nowak", "Oksana", "Kovalenko", "Siobhán", "Ó Ceallaigh", "Ngozi", "Adebayo",
                "Gurpreet", "Dhillon", "Xiaoming", "Mehmet", "Yılmaz", "Ailsa", "Macdonald", "Rhiannon", "Llewellyn",
                "Ahmed", "Élodie", "Ștefan", "Дмитрий", "Newman", "Noone"]
_BREAK_CHARS = ["-", "\u2010", "\u2011", " ", "\u00a0", "  ", "_", "/", "", "--", "\t"]
_AROUND = ["", " ", "the ", "Mrs ", "@", ".", "/", "'", "’", "-", "3", "_", "é", "É", "x", "\n", "(", "«"]


def _broken_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    filler = ["She told", "her", "sister", "New", "man", "No", "one", "at", "home", "said", "that", "the", "GP",
              "visited", "on", "Monday", "and", "Police", "attended", "É", "ß", "über", "Ça", "ÿ", "Ñ", "ñ"]
    out = []
    for _ in range(count):
        words = [rng.choice(filler) for _ in range(rng.randint(0, 6))]
        for _ in range(rng.randint(1, 3)):
            name = rng.choice(BROKEN_NAMES)
            case = rng.random()
            name = name.upper() if case < 0.2 else name.lower() if case < 0.3 else name
            if rng.random() < 0.3:
                name += "s"
            at = rng.randint(1, len(name) - 1)
            broken = name[:at] + rng.choice(_BREAK_CHARS) + name[at:]
            words.insert(rng.randint(0, len(words)), rng.choice(_AROUND) + broken + rng.choice(_AROUND))
        out.append(rng.choice([" ", "  ", "-", " - "]).join(words))
    return out


def test_a_broken_word_is_found_where_every_pair_of_runs_was_looked_at():
    from redact.misspellings import ListedMisspellings

    names = parse_rules({"people": [{"name": f"{a} {b}", "pseudonym": f"Person {i}"}
                                    for i, (a, b) in enumerate(zip(BROKEN_NAMES[::2], BROKEN_NAMES[1::2]))]})
    misspellings = ListedMisspellings(names, BROKEN_NAMES)
    found = 0
    for text in _broken_texts(9203, 4000):
        expected = _broken_every_pair(misspellings, text)
        assert misspellings._broken(text) == expected, text
        found += len(expected)
    assert found > 500      # broken listed words the search finds: enough to test something


def test_the_letters_and_digits_pattern_keeps_what_isalnum_keeps():
    """``LeakFinder`` reads a form's letters and digits with ``_NOT_ALPHANUMERIC`` where it asked str.isalnum() of
    each character: the same characters, for every code point."""
    from redact.verify.finder import _NOT_ALPHANUMERIC

    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    assert _NOT_ALPHANUMERIC.sub("", every) == "".join(c for c in every if c.isalnum())


# ------------------------------------------------------------------ a lookahead for the letters the words open with
def _texts_with_words(seed: int, count: int, words: list[str]) -> list[str]:
    """Texts of the words, their parts and neighbours in every case, with letters that match an ASCII letter when case
    is ignored ("ſ" is "s", the Kelvin sign "K" is "k") and other scripts."""
    rng = random.Random(seed)
    pieces = words + [w[:3] for w in words] + [w[1:] for w in words] + ["on  from", "eve\nof", "ſeptember", "\u212aey",
                                                                         "ıst", "İn", "ß", "3", "12", "x", "é", " "]
    out = []
    for _ in range(count):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "-", "\n", "."]) for _ in range(rng.randint(0, 8)))
        case = rng.random()
        out.append(text.upper() if case < 0.2 else text.title() if case < 0.4 else text)
    return out


def test_a_lookahead_for_the_first_letters_changes_no_find():
    """``dates._A_WAY_FROM_A_DAY`` and ``dates._PART_OF_A_DATE`` open with a lookahead for the characters their
    alternatives open with: the same finds as the alternatives alone."""
    plain_way = re.compile("|".join(dates._WAYS_FROM_A_DAY), re.IGNORECASE)
    plain_part = re.compile(rf"[0-9]|(?i:{dates._MONTH_ELEMENT})")
    words = [w.replace(r"\s+", " ") for w in dates._WAYS_FROM_A_DAY] + list(dates._MONTH_BY_NAME)
    found = 0
    for text in _texts_with_words(1511, 6000, words):
        for fast, plain in ((dates._A_WAY_FROM_A_DAY, plain_way), (dates._PART_OF_A_DATE, plain_part)):
            expected = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == expected, text
            found += bool(expected)
    assert found > 5000     # finds enough to test something (of 12,000 searches)


def test_a_pattern_that_opens_with_its_character_then_looks_behind_finds_the_same():
    """``views._KISSES`` and ``views._LINE_END_HYPHEN`` open with their "x" or hyphen and look behind it: the same
    finds as the patterns that looked behind first."""
    from redact.verify import views

    behind_first = [(views._KISSES, re.compile(r"(?<=[^\W\d_]{2})[xX]{2,}(?![^\W_])")),
                    (views._LINE_END_HYPHEN, re.compile(r"(?<=[^\W\d_])[-\u2010\u2011]\s+(?=[^\W\d_])"))]
    rng = random.Random(3321)
    pieces = ["x", "X", "xx", "xxx", "Xx", "Emeka", "Jo", "a", "é", "ß", "Ж", "3", "_", "@", "-", "\u2010", "\u2011",
              " ", "\n", "  ", "\t", "ann-\n", "-\n ", "."]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for fast, plain in behind_first:
            expected = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in fast.finditer(text)] == expected, text
            found += bool(expected)
    assert found > 4000


# ------------------------------------------------------- tests before the ranges, lists and other languages' dates
_OTHER_LANGUAGES = {1: "ionawr", 3: "mawrth", 5: "mai", 7: "julio", 11: "listopada", 12: "décembre"}
_MONTH_WRITTEN = [lambda m: calendar.month_name[m], lambda m: calendar.month_name[m].upper(),
                  lambda m: calendar.month_name[m].lower(), lambda m: calendar.month_abbr[m],
                  lambda m: calendar.month_abbr[m] + ".",
                  lambda m: "Sept" if m == 9 else calendar.month_abbr[m].upper(),
                  lambda m: _OTHER_LANGUAGES.get(m, "mai")]
_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth", "twentieth"]
_CARDINAL_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                   "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
_JOINS = ["-", "–", "—", " - ", " to ", " until ", " till ", " through ", " thru ", " into ", " and ", " or ", ", ",
          " & ", "/", " (into ", " TO ", " And ", "", " ", "\n", " to the ", ", and "]
_AROUND_A_RANGE = ["Hodan died", "She was killed", "DOB:", "D.O.B.", "date of death", "her death", "was born",
                   "between", "from", "Between", "the panel met", "on", "sometime between", "1.4", "2.3 The",
                   "Police attended", "", "(", ")", ",", "2023", "'23", "1971", "71", "sy'n", "r.", "de", "ſ", "K"]


def _a_day_written(rng: random.Random, day: int) -> str:
    if rng.random() < 0.5:
        return rng.choice([str(day), f"{day:02d}", f"{day}th", f"{day}st", f"{day}nd", f"{day}TH", f"{day} th"])
    ordinal = _ORDINAL_WORDS[day - 1] if day <= 20 else "thirtieth" if day == 30 else \
        ("twenty" if day < 30 else "thirty") + rng.choice(["-", " ", "\n"]) + _ORDINAL_WORDS[day % 10 - 1]
    cardinal = _CARDINAL_WORDS[day - 1] if day <= 20 else "thirty" if day == 30 else \
        ("twenty" if day < 30 else "thirty") + rng.choice(["-", " "]) + _CARDINAL_WORDS[day % 10 - 1]
    word = rng.choice([ordinal, cardinal])
    change = rng.random()
    word = word.upper() if change < 0.15 else word.capitalize() if change < 0.35 else word
    if rng.random() < 0.05:
        word = word.replace("s", "ſ").replace("i", rng.choice("ıİ"))   # what IGNORECASE matches besides ASCII
    return rng.choice(["", "the ", "The ", "Sunday the ", "Mon ", "Tues. "]) + word


def _ranges_and_lists(seed: int, count: int) -> list[tuple[str, datetime.date]]:
    """Texts of days joined into ranges and lists in every order, with and without months, years, weekdays and the
    words of a death, beside other pieces of dates (``test_date_shortcuts._piece``)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        when = datetime.date(rng.choice([1971, 2019, 2022, 2023]), rng.randint(1, 12), rng.randint(1, 28))
        pieces = []
        for _ in range(rng.randint(1, 3)):
            first = max(1, min(31, when.day + rng.randint(-6, 3)))
            days = [_a_day_written(rng, max(1, min(31, first + k * rng.randint(1, 3))))
                    for k in range(rng.randint(1, 3))]
            month = rng.choice(_MONTH_WRITTEN)(when.month if rng.random() < 0.7 else rng.randint(1, 12))
            joined = "".join(d + rng.choice(_JOINS) for d in days[:-1]) + days[-1]
            year = rng.choice(["", f" {when.year}", f", {when.year}", f" {when.year % 100:02d}",
                               " twenty twenty-three"])
            kind = rng.randrange(6)
            if kind == 0:
                pieces.append(f"{joined}{rng.choice([' of ', ' ', ' day of '])}{month}{year}")
            elif kind == 1:
                pieces.append(f"{month}{rng.choice([' ', ', ', '. '])}{joined}{year}")
            elif kind == 2:
                other = rng.choice(_MONTH_WRITTEN)(when.month % 12 + 1)
                pieces.append(f"{days[0]} {month}{year}{rng.choice(_JOINS)}{days[-1]} {other}{year}")
            elif kind == 3:
                pieces.append(f"{month} {days[0]}{rng.choice(_JOINS)}{rng.choice(_MONTH_WRITTEN)(when.month % 12 + 1)}"
                              f" {days[-1]}{year}")
            elif kind == 4:
                sep = rng.choice("/.")
                pieces.append(f"{first}{sep}{when.month}{sep}{when.year % 100:02d}{rng.choice(_JOINS)}"
                              f"{first + 2}{sep}{when.month}{rng.choice(['', sep + str(when.year)])}")
            else:
                pieces.append(_piece(rng, when))
        words = [rng.choice(_AROUND_A_RANGE) for _ in range(rng.randint(0, 4))] + pieces
        rng.shuffle(words)
        text = " ".join(words)
        case = rng.random()
        out.append((text.upper() if case < 0.1 else text, when))
    return out


def test_the_tests_before_ranges_lists_and_other_languages_skip_no_find(monkeypatch):
    """``_ranges_around_the_day`` first asks ``_may_write_a_range_around`` (the date's month and a join before a
    day), ``_day_lists`` asks ``_MAY_LIST_DAYS`` and ``_A_MONTH_WORD_IN_ANY_CASE``, ``_in_other_languages`` reads
    only the stretches that write a day in figures: each a necessary condition of the pattern it spares, checked
    against the readings without it on generated ranges and lists of days in every form."""
    texts = _ranges_and_lists(5252, 6000)
    ranges = lists = found = other = 0
    for text, when in texts:
        if dates._DAY_RANGE.search(text):
            ranges += 1
            assert dates._A_RANGE_JOINED.search(text), text
        if dates._DAY_LISTS.search(text):
            lists += 1
            assert dates._MAY_LIST_DAYS.search(text) and dates._A_MONTH_WORD_IN_ANY_CASE.search(text), text
        assert dates._day_lists.__wrapped__(text) == _day_lists_without_tests(monkeypatch, text), text
        with_tests = (dates._ranges_around_the_day(text, when), dates._in_other_languages(text, when))
        monkeypatch.setattr(dates, "_may_write_a_range_around", lambda text, when: True)
        monkeypatch.setattr(dates, "_day_number_written", lambda day: re.compile(""))
        without = (dates._ranges_around_the_day(text, when), dates._in_other_languages(text, when))
        monkeypatch.undo()
        assert with_tests == without, (text, when)
        found += bool(without[0])
        other += bool(without[1])
    # the texts hold ranges and lists often enough, and the readings find the date in enough of them
    assert ranges > 1000 and lists > 1000 and found > 50 and other > 30, (ranges, lists, found, other)


def _day_lists_without_tests(monkeypatch, text: str):
    """``dates._day_lists`` read without its tests first."""
    monkeypatch.setattr(dates, "_MAY_LIST_DAYS", re.compile(""))
    monkeypatch.setattr(dates, "_A_MONTH_WORD_IN_ANY_CASE", re.compile(""))
    try:
        return dates._day_lists.__wrapped__(text)
    finally:
        monkeypatch.undo()


def test_the_openings_of_day_and_month_words_cover_every_word():
    """The tests above open a day's word with ``_DAY_WORD_OPENINGS`` and a month with its first three letters: every
    ordinal and cardinal day word (its first and its last word) and every form ``MONTH`` matches opens so."""
    openings = re.compile(rf"(?i:{dates._DAY_WORD_OPENINGS})")
    for word in [*dates._ORDINAL_DAYS, *dates._CARDINAL_DAYS]:
        for part in (word.split()[0].split("-")[0], re.split(r"[\s-]", word)[-1]):
            assert openings.match(part), word
    joined = re.compile(dates._A_RANGE_JOINED.pattern)
    for form in dates._MONTH_FORMS:
        assert joined.search(f"8 - {form}"), form
        assert dates._A_MONTH_WORD_IN_ANY_CASE.search(f" {form} "), form
    assert all(dates._MONTH_BY_NAME[f.lower()] == month for month in range(1, 13) for f in dates._month_forms(month))


def test_the_test_for_invisible_characters_skips_no_word_break():
    """``normalise._invisible_word_breaks`` returns at once for a text without an invisible character (every text
    of an ordinary document): the same runs as the search it skips, on texts of letters of every case, digits,
    marks and every invisible character, from a fixed seed."""
    pattern = normalise._INVISIBLE_BETWEEN_LETTERS
    rng = random.Random(56)
    alphabet = [*"abXY zé1_-.\n", "Ä", "ß", "ſ", "\u0300", "К", "İ", *sorted(normalise.INVISIBLE)]
    breaks = 0
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        expected = [m.span() for m in pattern.finditer(text) if text[m.end()].isupper()]
        assert normalise._invisible_word_breaks(text) == expected, text
        breaks += bool(expected)
    assert breaks > 100, breaks


def test_every_ascii_character_is_one_character_in_the_date_view():
    """``normalise._date_view`` takes an ASCII text's view as one character for one without testing each of its
    characters: each is one in the view (and the view of every ASCII text of the samples is the text's own length)."""
    assert all(len(normalise._DATE_PIECES[code]) == 1 for code in range(128))
    for text in SAMPLES:
        view, origin = normalise.date_view(text)
        assert origin == list(range(len(view))) or len(view) != len(text)


def test_a_word_of_an_identifier_has_what_the_test_before_it_looks_for():
    """``misspellings._in_identifiers`` searches a text for words of an address or a file name only where
    ``_IDENTIFIER_JOIN`` finds a join: every text where ``_IDENTIFIER_WORD`` finds one has it (generated texts of
    letters of every case, digits, joins and spaces, from a fixed seed)."""
    from redact import misspellings

    rng = random.Random(56)
    alphabet = [*"aaeeiornstlmASM", *"0123456789", *"._@-_ ", " ", "é", "ł", "Ö", "’"]
    words = 0
    for _ in range(30_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        if misspellings._IDENTIFIER_WORD.search(text):
            words += 1
            assert misspellings._IDENTIFIER_JOIN.search(text), text
    assert words > 1000, words


def test_a_particle_from_the_shipped_list_is_a_particle_to_nameparser():
    """``initials._is_particle`` reads the shipped ``name_particles.txt`` where it asked nameparser's configuration:
    the same answer for every particle in any case, with dots, hyphens and words after it, and for other words."""
    from redact import initials
    from redact.variants import _name_constants

    prefixes = _name_constants().prefixes

    def by_nameparser(word: str) -> bool:
        head, hyphen, _ = word.lower().partition("-")
        return word.lower() in prefixes or head in prefixes or head + hyphen in prefixes

    words = [*prefixes, "Van", "VAN", "van.", ".al", "al-Hassan", "Al-Hassan", "AP", "ferch", "Ní", "Nic", "O'Brien",
             "Mac", "bin", "Bint", "de", "De la", "della", "St.", "Smith", "Kaur", "", "-", ".", "d'", "D'Souza", "ibn-",
             "İbn", "Le", "y", "Y", "von", "zu", "ter", "Ó"]
    rng = random.Random(56)
    words += ["".join(rng.choice("adeilnorstuvb.-'") for _ in range(rng.randint(1, 5))) for _ in range(5000)]
    for word in words:
        for written in (word, word.upper(), word.title(), f"{word}-Smith", f".{word}."):
            assert initials._is_particle(written) == by_nameparser(written), written
