"""The protected dates as a family's own calendar writes them: Hijri, Hebrew, Solar Hijri, Ethiopian, Bikram Sambat.

A DHR quotes family statements, funeral notices, faith leaders and translated documents, and these give the date of
death or birth in the family's calendar: "21 Dhul Hijjah 1444 AH", "20 Tammuz 5783", "18 Tir 1402", "2 Hamle 2015
E.C.", "2080 Asar 24", "२०८० असार २४", "۱۸ تیر ۱۴۰۲". Each is the protected date as surely as "9 July 2023", and
``redact.dates`` (which apply's protected dates and verify's date view both read) adds these spans to its own.

Only the protected dates' own days are read (``calendar_days``), never every date of those calendars: "1444 AH",
"during Ramadan", "Muharram processions" or another day of Tir stay. The conversion is convertdate's (Islamic,
Hebrew, Persian, Coptic, whose months and days the Ethiopian calendar shares) and nepali's (Bikram Sambat, whose
months follow observation tables no formula gives). Both are imported only when a protected date is first read.
"""
from __future__ import annotations

import datetime
import re
import unicodedata
import warnings
from functools import lru_cache
from typing import NamedTuple

from .lazy_patterns import lazy

__all__ = ["CalendarDay", "calendar_days", "other_calendar_spans"]


class CalendarDay(NamedTuple):
    calendar: str
    year: int
    month: int
    day: int


# The Ethiopian year is the Coptic year of the same day plus 276 (their eras: 284 and 8 AD); months and days agree
_ETHIOPIAN_YEARS_AFTER_COPTIC = 276


@lru_cache(maxsize=16)
def calendar_days(when: datetime.date) -> tuple[CalendarDay, ...]:
    """``when`` in each calendar a family may write it in, with the days a writer may equally mean by it."""
    from convertdate import coptic, hebrew, islamic, persian
    from nepali.datetime import nepalidate

    one_day = datetime.timedelta(days=1)
    days: list[CalendarDay] = []
    # A Hijri month opens when the new crescent is seen, which differs by place and by the authority a family follows
    # (Umm al-Qura, a UK sighting committee, the tabular calendar convertdate computes): the same day is written a day
    # either side of the tabular one. Its day also opens at sunset, so a death in the evening takes the next day.
    if not _CONVERTIBLE[0] <= when.year <= _CONVERTIBLE[1]:
        return ()       # a day counted from a stray number ("the 2nd of 9999"), no date anyone was born or died on
    for near in (when - one_day, when, when + one_day):
        days.append(CalendarDay("islamic", *islamic.from_gregorian(near.year, near.month, near.day)))
    # The Hebrew calendar is computed, not sighted, but its day opens at nightfall: a death in the evening is written
    # (and kept as a yahrzeit) on the next Hebrew day
    with warnings.catch_warnings():     # convertdate 2.5's Hebrew calls its own deprecated month_days
        warnings.simplefilter("ignore", DeprecationWarning)
        for near in (when, when + one_day):
            days.append(CalendarDay("hebrew", *hebrew.from_gregorian(near.year, near.month, near.day)))
    days.append(CalendarDay("persian", *persian.from_gregorian(when.year, when.month, when.day)))
    year, month, day = coptic.from_gregorian(when.year, when.month, when.day)
    days.append(CalendarDay("ethiopian", year + _ETHIOPIAN_YEARS_AFTER_COPTIC, month, day))
    try:
        nepali = nepalidate.from_date(when)
    except Exception:   # nepali's tables span 1975-2100 BS (1918-2044 AD): a date beyond them has no BS reading
        pass
    else:
        days.append(CalendarDay("bikram_sambat", nepali.year, nepali.month, nepali.day))
    return tuple(dict.fromkeys(days))


# the years convertdate's Persian calendar computes (its equinoxes are pymeeus's, from -1000 to 3000)
_CONVERTIBLE = (1000, 2999)


# How each month is written, as patterns read on the text with its Latin letters' marks dropped (``_FOLD``) and case
# ignored: transliterations from Arabic, Urdu, Persian, Dari, Somali, Amharic, Tigrinya, Nepali and Hebrew, and the
# calendar's own script. A name of three letters or fewer that is an English word or abbreviation ("Av", "Dey",
# "Tir") is matched in its title case only. Month 13 of the Hebrew table is Adar II, of the Ethiopian Pagume.
# the names that are English words or abbreviations in small letters ("tir", "av", "push"): a month only in title
# case or capitals, as the text writes them (``_written_as_a_name``)
_TITLE_ONLY: set[str] = set()


def _cased(*words: str) -> str:
    _TITLE_ONLY.update(w.lower() for w in words)
    return "(?:" + "|".join(w.lower() for w in words) + ")"


_ARTICLE = r"(?:[ '-]*(?:a[ln]|u[ln]|e[ln]|i[ln]|[ae]?l)?[ '-]*|[ '-]+)"
_MONTHS: dict[str, dict[int, str]] = {
    "islamic": {
        1: r"muh?arr?am|moharr?am|muharem|محرم",
        2: r"saff?ar|sa'?far|صفر",
        3: rf"rabi'?[ae]?{_ARTICLE}(?:awwal|aw[ae]?l|ula|oula|awal)|rabi'?[ae]?[ -]+i(?![a-z])"
           r"|ربيع الأول|ربيع الاول",
        4: rf"rabi'?[ae]?{_ARTICLE}(?:th?aa?ni|sani|akh[ie]r|akhar)|rabi'?[ae]?[ -]+ii(?![a-z])"
           r"|ربيع الثاني|ربيع الآخر|ربيع الاخر",
        5: rf"jumm?[aă]d[ai]?'?[ae]?{_ARTICLE}(?:awwal|aw[ae]?l|ula|oula|awal)|jumm?[aă]d[ai]?[ -]+i(?![a-z])"
           r"|جمادى الأولى|جمادى الاولى|جمادى الأول",
        6: rf"jumm?[aă]d[ai]?'?[ae]?{_ARTICLE}(?:th?aa?ni(?:yah?)?|sani|akh[ie]r(?:ah?)?)"
           r"|jumm?[aă]d[ai]?[ -]+ii(?![a-z])|جمادى الثانية|جمادى الآخرة|جمادى الاخرة",
        7: r"rajj?ab|رجب",
        8: r"sh[aeu]'?a?bb?aa?n|شعبان",
        9: r"rama[dzt]h?aa?n|ramzan|ramazan|رمضان",
        10: r"shaww?aa?l|shawal|شوال",
        11: rf"(?:dh|z|th|d)[uio]?l?{_ARTICLE}q[ae]?[ai]?'?d[ae]?h?|(?:dh|z|th|d)[uio]?l?{_ARTICLE}qi'?dah?|zilqad|ذو القعدة",
        12: rf"(?:dh|z|th|d)[uio]?l?{_ARTICLE}h[ai]jj?[ae]?h?|zil[ -]?hajj?|ذو الحجة|ذي الحجة",
    },
    "hebrew": {
        1: r"nis?san|נ?יסן",
        2: r"iyy?ar|אייר|איר",
        3: r"sivan|סיון|סיוון",
        4: r"tamm?uz|תמוז",
        5: rf"{_cased('Av', 'Ab')}|menachem[ -]+a[vb](?![a-z])|אב",
        6: r"elul|אלול",
        7: r"tish?rei?|תשרי",
        8: r"(?:mar)?[ck]?h?eshvan|(?:mar)?ch?eshvan|חשון|חשוון|מרחשון|מרחשוון",
        9: r"[ck]h?islev|כסלו|כסליו",
        10: r"teve[th]h?|tebeth?|טבת",
        11: r"sh[ev]?vat|shebat|שבט",
        12: r"adar(?:[ -]+(?:i|aleph|alef|rishon))?(?![ -]*(?:ii|bet|beth|sheni)(?![a-z]))|אדר(?: א['׳]?)?",
        13: r"adar[ -]+(?:ii|bet|beth|sheni)(?![a-z])|ve-?adar|אדר ב['׳]?|אדר שני",
    },
    "persian": {
        1: r"farvard[iī]n|hamal|فروردین|فروردين|حمل",
        2: r"ordibehe?sht|ardibehe?sht|sawr|saur|thawr|اردیبهشت|اردیبهشت|ثور",
        3: r"khordad|jawza|jauza|jowza|خرداد|جوزا",
        4: rf"{_cased('Tir')}|saratan|تیر|تير|سرطان",
        5: r"a?mordad|asad|مرداد|امرداد|اسد",
        6: r"shahrivar|shahriwar|sonbola|sunbula|sunbulah|شهریور|شهريور|سنبله",
        7: rf"{_cased('Mehr', 'Mihr')}|mizan|مهر|میزان|ميزان",
        8: r"aban|aqrab|akrab|آبان|ابان|عقرب",
        9: r"azar|qaws|qaus|آذر|اذر|قوس",
        10: rf"{_cased('Dey', 'Dei')}|jadi|jaddi|دی|دي|جدی|جدي",
        11: r"bahman|dalw|dalv|بهمن|دلو",
        12: rf"esfa?nd|isfand|hoot|{_cased('Hut')}|اسفند|حوت",
    },
    "ethiopian": {
        1: r"mes[kq]erem|mes[kq]eram|mas[kq]aram|መስከረም",
        2: r"t[ie][kq][ie]?mt[ie]?|ጥቅምት",
        3: r"h[ie]dar|khidar|ኅዳር|ህዳር",
        4: r"ta[hk]h?[e]?sas|ታኅሣሥ|ታህሳስ",
        5: rf"{_cased('Tir', 'Ter', 'Tiri', 'Tirr')}|ጥር",
        6: r"y[ae]kk?at[ie]t|የካቲት",
        7: r"m[ae]gg?a[bw]it|መጋቢት",
        8: r"mi[y]?az[iy]?[iy]a|ሚያዝያ",
        9: r"g[iue]u?nb[ou]t|ግንቦት",
        10: rf"{_cased('Sene', 'Senie', 'Sane')}|ሰኔ",
        11: r"ham[il]*e|hamle|hamlie|ሐምሌ|ሓምለ",
        12: r"n[ae]hh?ass?i?e|ነሐሴ|ነሓሰ",
        13: r"pagum[ea]n?|pagu[e]?men|ጳጉሜን?",
    },
    "bikram_sambat": {
        1: r"b[ae]i?s(?:h)?akh?|vaisakh|vaishakh|बैशाख|वैशाख|बैसाख",
        2: r"je[sy]?[th]h?a|jeth|je[sy]ht?ha|jyeshtha|जेठ|जेष्ठ|ज्येष्ठ",
        3: rf"{_cased('Asar', 'Ashar', 'Asadh', 'Ashadh', 'Asad', 'Ashad', 'Asadha', 'Ashadha')}"
           r"|असार|आषाढ|असाढ",
        4: r"shr?awan|shravan|saun|sawan|साउन|श्रावण|साउन",
        5: r"bhadr[ao]|bhadau|भदौ|भाद्र",
        6: r"ash?w[ie]n|ash?oj|असोज|आश्विन",
        7: r"kartik|kattik|kartika|कात्तिक|कार्तिक",
        8: r"mang?sh?ir|marga|मंसिर|मङ्सिर|मार्ग",
        9: rf"pa?oush|paush|poos|{_cased('Push', 'Pus')}|पुस|पौष",
        10: rf"{_cased('Magh')}|माघ",
        11: r"ph?al?gun|fagun|फागुन|फाल्गुन",
        12: r"chait(?:ra)?|चैत|चैत्र",
    },
}

# The era written after a year or a date in figures ("1444 AH", "21/12/1444 H", "2080 BS", "2015 E.C.", "1402 SH")
_MARKERS = {
    "islamic": r"a\.?\s?h\.?|h\.?|hijri|هـ|ه\.?ق?|هجري|هجرية",
    "hebrew": r"a\.?m\.?|hy",
    "persian": r"s\.?\s?h\.?|h\.?\s?s\.?|ap|ه\.?\s?ش\.?|هـ\.?\s?ش\.?|خورشیدی|شمسی",
    "ethiopian": r"e\.?\s?c\.?|ዓ\.?\s?ም\.?|ዓ/ም",
    "bikram_sambat": r"b\.?\s?s\.?|v\.?\s?s\.?|बि\.?\s?सं\.?|वि\.?\s?सं\.?|साल",
}
# the calendar named beside a date in figures whose year a Gregorian date may have ("07.06.2015 (Ethiopian
# calendar)", "Ethiopian date: 2013-04-27")
_NAMES = {
    "islamic": r"hijri|hijra|islamic|lunar",
    "hebrew": r"hebrew|jewish",
    "persian": r"solar[ -]hijri|persian|iranian|afghan|shamsi|jalali",
    "ethiopian": r"ethiopian|ethiopic|eritrean|ge'?ez",
    "bikram_sambat": r"bikram|vikram|sambat|samvat|nepali|nepalese",
}

# Latin letters with their marks read as the small letter ("Ḥijjah", "Ramaḍān", "Säne", "TAMMUZ"), and an ayn, a
# hamza or a curly apostrophe as the apostrophe: one character for one, so a reading's span is the text's. The
# patterns are read on it in small letters, without re.IGNORECASE: compiling them so took a tenth of a cold verify.
_FOLD = {ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
for _code in (*range(0xC0, 0x2C0), *range(0x1E00, 0x1F00)):
    _base = unicodedata.normalize("NFD", chr(_code))[0]
    if _base.isascii() and _base.isalpha() and _base != chr(_code):
        _FOLD[_code] = _base.lower()
for _mark in "ʿʾʻʼ‘’`´":
    _FOLD[ord(_mark)] = "'"
del _code, _base, _mark

_DAY = r"(?P<{name}>\d{{1,2}})(?!\d)"
_YEAR = r"(?P<{name}>\d{{3,4}})(?!\d)"
_ORDINAL = r"(?:st|nd|rd|th|er|e|\.)?"
_GAP = r"[ \t]*,?[ \t]*"
_END = r"(?![^\W\d_])"    # a month's name ends a word (its last letter may take a mark: "ጳጉሜን", "असार")


def _month_and_marker(calendar: str) -> tuple[str, str]:
    month = "|".join(f"(?:{m})" for m in sorted(_MONTHS[calendar].values(), key=len, reverse=True))
    # a bracket closes the marker only where one opened it: "(24 Tikimt 2015 E.C.)." keeps the bracket its date is in
    marker = (rf"(?:[ \t]*(?P<bracket>\()?(?P<marker>{_MARKERS[calendar]}|(?:in[ \t]+the[ \t]+)?(?:{_NAMES[calendar]})"
              rf"(?:[ \t]+(?:calendar|date|era))?)(?(bracket)\))(?![^\W\d_]))?")
    return rf"(?:{month}){_END}", marker


def _number_first(calendar: str) -> str:
    """The forms that open with the day or the year: "21 Dhul Hijjah 1444", "2080 Asar 24", "21/12/1444 H"."""
    month, marker = _month_and_marker(calendar)
    return (rf"(?<![\w.,/:-])(?:"
            rf"{_DAY.format(name='d1')}{_ORDINAL}[ \t]*(?:(?:day[ \t]+)?of[ \t]+)?(?P<w1>{month})"
            rf"(?:{_GAP}{_YEAR.format(name='y1')})?"
            rf"|{_YEAR.format(name='y3')}{_GAP}(?P<w3>{month}){_GAP}{_DAY.format(name='d3')}"
            rf"(?:[ \t]*(?:gate|गते))?"
            rf"|{_DAY.format(name='d4')}[ \t]*(?P<s4>[/.-])[ \t]*(?P<m4>\d{{1,2}})[ \t]*(?P=s4)[ \t]*"
            rf"{_YEAR.format(name='y4')}"
            rf"|{_YEAR.format(name='y5')}[ \t]*(?P<s5>[/.-])[ \t]*(?P<m5>\d{{1,2}})[ \t]*(?P=s5)[ \t]*"
            rf"{_DAY.format(name='d5')}"
            rf"){marker}")


def _month_first(calendar: str) -> str:
    """The month before its day: "Dhul Hijjah 21, 1444", "Tir 18"."""
    month, marker = _month_and_marker(calendar)
    return (rf"(?<![\w.,/:-])(?P<w2>{month}){_GAP}(?:the[ \t]+)?{_DAY.format(name='d2')}{_ORDINAL}(?![\w])"
            rf"(?:{_GAP}{_YEAR.format(name='y2')})?{marker}")


_NAMED_REACH = 60
_NAMED_BEFORE = {calendar: lazy(re.compile, rf"(?<![\w])(?:{names})(?![\w])[^.\n]*$", re.IGNORECASE)
                 for calendar, names in _NAMES.items()}
_NUMBER_FIRST = {calendar: lazy(re.compile, _number_first(calendar)) for calendar in _MONTHS}
_MONTH_FIRST = {calendar: lazy(re.compile, _month_first(calendar)) for calendar in _MONTHS}
# where a month's name may open before its day: the longest name and its gap ("Jumada al-Akhirah, the 21")
_MONTH_REACH = 32
_A_WORD_OPENS = lazy(re.compile, r"(?<![\w.,/:-])[^\W\d_]")
_A_NUMBER = lazy(re.compile, r"\d+")
_A_YEAR_BEFORE = lazy(re.compile, r"(?<![\w.,/:-])(?P<year>\d{3,4}),?[ \t]*$")
_MONTH_WORDS = {calendar: tuple((number, lazy(re.compile, rf"(?:{words})"))
                                for number, words in months.items()) for calendar, months in _MONTHS.items()}
# "21 Dhul Hijjah 18 years ago", "Tir 18 years": a count, no day
_A_COUNT_AFTER = lazy(re.compile, r"[ \t]*(?:-[ \t]*)?(?:years?|yrs?|months?|weeks?|days?|hours?|times|people|%)(?![\w])",
                      re.IGNORECASE)


class _Reading(NamedTuple):
    start: int
    end: int
    calendar: str
    year: int | None
    months: frozenset[int]
    day: int


def _months_named(calendar: str, word: str) -> frozenset[int]:
    return frozenset(number for number, pattern in _MONTH_WORDS[calendar] if pattern.fullmatch(word.strip()))


def _written_as_a_name(text: str, m: re.Match, group: str) -> bool:
    """Is the month's name written as a name, if it is also an English word ("Tir", "TIR"; not "tir")?"""
    written = text[m.start(group):m.end(group)].strip()
    return written.lower() not in _TITLE_ONLY or written.istitle() or written.isupper()


# A year in figures that a date of the twentieth or twenty-first century cannot have: a date in figures with it needs
# no era after it ("21/12/1444", "5783-04-20"); one with a year a Gregorian date may have ("2/11/2015") needs its era
def _gregorian_year(year: int) -> bool:
    return 1850 <= year <= 2079


def _reading(calendar: str, m: re.Match, folded: str, text: str) -> _Reading | None:
    found = m.groupdict()
    marker = found["marker"]
    if found.get("d4") or found.get("d5"):
        form = "4" if found.get("d4") else "5"
        year = int(found["y" + form])
        if not marker and _gregorian_year(year) and not _NAMED_BEFORE[calendar].search(
                folded, max(0, m.start() - _NAMED_REACH), m.start()):
            return None
        return _Reading(m.start(), m.end(), calendar, year, frozenset({int(found["m" + form])}), int(found["d" + form]))
    form = next(f for f in "123" if found.get("d" + f))
    written_year = found["y" + form]
    start = m.start()
    if form == "2":
        # "2076 असोज 26": the year before the month is the date's own, read from the month as from the year
        before = _A_YEAR_BEFORE.search(folded, max(0, start - 8), start)
        if before:
            written_year, start = written_year or before.group("year"), before.start()
    if written_year is None and _A_COUNT_AFTER.match(folded, m.end()):
        return None
    months = _months_named(calendar, found["w" + form])
    if not months or not _written_as_a_name(text, m, "w" + form):
        return None
    return _Reading(start, m.end(), calendar, int(written_year) if written_year else None, months,
                    int(found["d" + form]))


@lru_cache(maxsize=4096)
def _figures(text: str) -> tuple[tuple[int, int], ...]:
    """(value, start) of each run of digits in ``text``: read once for every protected date and both of apply's and
    verify's readings (each asks with its own date's numbers)."""
    return tuple((int(run.group()), run.start()) for run in _A_NUMBER.finditer(text))


@lru_cache(maxsize=4096)
def _readings(text: str, numbers: frozenset[int]) -> tuple[_Reading, ...]:
    """The dates of the five calendars that ``text`` writes with a day, whose day or year is one of ``numbers``:
    every form opens with its day or year in figures or ends its month's name just before the day, so only the few
    figures that are a protected date's day or year are read from (trying every word of case1 as a month's start
    took 0.3 s)."""
    runs = [start for value, start in _figures(text) if value in numbers]
    if not runs:
        return ()
    folded = _folded(text)
    # the words a month may open with before each figure, found once for the five calendars
    words_before = [[word.start() for word in _A_WORD_OPENS.finditer(folded, max(0, run - _MONTH_REACH), run)]
                    for run in runs]
    out: list[_Reading] = []
    for calendar in _MONTHS:
        for run, words in zip(runs, words_before):
            m = _NUMBER_FIRST[calendar].match(folded, run)
            found = [m] if m else []
            for word in words:
                m = _MONTH_FIRST[calendar].match(folded, word)
                if m and m.start("d2") == run:
                    found.append(m)
            for m in found:
                reading = _reading(calendar, m, folded, text)
                if reading:
                    out.append(reading)
    return tuple(dict.fromkeys(out))


# Every reading needs one of these, so a text with none is not read: the conversions and the ten patterns above are
# then never built. Each is looked for only at the text's figures (searching the whole text for the months' names
# cost more than the reading it spares). A day in figures with a month's name before it ("Tir 18", "Dhul Hijjah 21,
# 1444", "2080 Asar 24") or after it ("21 Dhul Hijjah", "21st of Tir")
_MONTH_NAMES = "|".join(f"(?:{words})" for months in _MONTHS.values() for words in months.values())
_A_MONTH_BEFORE = lazy(re.compile, rf"(?<![^\W\d_])(?:{_MONTH_NAMES}){_END}{_GAP}(?:the[ \t]+)?$")
_A_MONTH_AFTER = lazy(re.compile, rf"(?:\d{{1,2}}(?!\d){_ORDINAL}[ \t]*(?:(?:day[ \t]+)?of[ \t]+)?"
                                  rf"|\d{{3,4}}(?!\d){_GAP})(?:{_MONTH_NAMES}){_END}")
# what no date opening with its day or year follows, and what no day after a month's name does
_NO_NUMBER_FIRST_AFTER = frozenset("_.,/:-")
_NO_DAY_AFTER_A_MONTH = frozenset("./:-")
# or a date in figures, day or year first ("21/12/1444", "2080-03-24"), whose year no Gregorian date of ours has or
# that has an era after it or a calendar named before it (as ``_reading`` asks)
_A_DATE_IN_FIGURES = lazy(re.compile, r"\d{1,2}(?!\d)[ \t]*(?P<s4>[/.-])[ \t]*\d{1,2}[ \t]*(?P=s4)[ \t]*"
                                      r"(?P<y4>\d{3,4})(?!\d)"
                                      r"|(?P<y5>\d{3,4})(?!\d)[ \t]*(?P<s5>[/.-])[ \t]*\d{1,2}[ \t]*(?P=s5)[ \t]*"
                                      r"\d{1,2}(?!\d)")
_AN_ERA_AFTER = lazy(re.compile, "[ \t]*\\(?(?:" + "|".join(_MARKERS.values()) + "|(?:in[ \t]+the[ \t]+)?(?:"
                     + "|".join(_NAMES.values()) + ")(?:[ \t]+(?:calendar|date|era))?)\\)?" + _END)
_A_CALENDAR_NAMED = lazy(re.compile, "(?:" + "|".join(_NAMES.values()) + ")", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    # (a dict table is looked up character by character; an ASCII text without a backtick folds as it lowers)
    return text.lower() if text.isascii() and "`" not in text else text.translate(_FOLD)


@lru_cache(maxsize=4096)
def _may_hold_one(text: str) -> bool:
    """Could ``text`` write a date of another calendar in any form ``_readings`` reads? (never False where it does)"""
    runs = _figures(text)
    if not runs:
        return False
    folded = _folded(text)
    for value, start in runs:
        before = folded[start - 1:start]
        if not (before.isalnum() or before in _NO_NUMBER_FIRST_AFTER):     # as ``_number_first`` opens
            date = _A_DATE_IN_FIGURES.match(folded, start)
            if date and (not _gregorian_year(int(date["y4"] or date["y5"]))
                         or _AN_ERA_AFTER.match(folded, date.end())
                         or _A_CALENDAR_NAMED.search(folded, max(0, start - _NAMED_REACH), start)):
                return True
            if _A_MONTH_AFTER.match(folded, start):
                return True
        # a day has two figures at most, and a month's name, its gap or "the" before it end in no stop, slash, colon
        # or hyphen ("10:30", "3.5")
        if value < 100 and not folded[start + 1:start + 3].isdigit() and before not in _NO_DAY_AFTER_A_MONTH \
                and _ends_with_a_month(folded[max(0, start - _MONTH_REACH):start]):
            return True
    return False


@lru_cache(maxsize=4096)
def _ends_with_a_month(before_a_day: str) -> bool:
    # asked of the words before each small figure, which a document repeats in its views and tables ("Appendix 2")
    return bool(_A_MONTH_BEFORE.search(before_a_day))


def other_calendar_spans(text: str, when: datetime.date) -> list[tuple[int, int]]:
    """Spans of ``when`` written in another calendar: the day and month of one of ``calendar_days``, with that
    day's year or none (a yearly remembrance, "on 21 Dhul Hijjah"), never another year."""
    if not _may_hold_one(text):
        return []
    days = calendar_days(when)
    readings = _readings(text, frozenset(n for d in days for n in (d.day, d.year)))
    return [(r.start, r.end - bool(_A_SENTENCE_ENDS.match(text, r.end - 1))) for r in readings
            if any(d.calendar == r.calendar and d.month in r.months and d.day == r.day
                   and (r.year is None or r.year == d.year) for d in days)]


# "She died on 2 Hamle 2015 E.C." : the era's last stop is the sentence's too, and stays with it
_A_SENTENCE_ENDS = lazy(re.compile, r"\.(?:$|[ \t]*\n|[ \t]+[\"'“‘(]?[A-Z])")
