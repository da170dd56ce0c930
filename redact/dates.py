"""UK written dates: finding whole date phrases, parsing them, and finding every mention of one calendar date.

A date of death or of birth has to disappear in every form a drafting author may use, so the finder works on
whole phrases ("Sunday 14th May 2023 at 02:15", "14/05/23", "Christmas Eve 2022") rather than on numbers.
Numeric dates are read day first, as they are written in England and Wales.
"""
from __future__ import annotations

import bisect
import calendar
import datetime
import re
import unicodedata
from functools import lru_cache
from typing import Any, NamedTuple


from .lazy_patterns import lazy

from . import nearby
from .date_asides import a_weeks_date_before
from .detect.spans import SpanIndex
from .lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from .movable_feasts import movable_feast_spans, names_a_feast
from .other_calendars import other_calendar_spans
from .sentences import sentence_bounds

__all__ = ["PartialDate", "DateMention", "DATE_PATTERN", "find_dates", "parse_date", "mentions_of",
           "protected_date_candidates", "with_the_weekday_after", "document_month_context", "month_context_by_part",
           "CONTEXT_UNKNOWN", "days_alone", "FIXED_FESTIVALS", "may_name_a_festival", "split_across", "names_a_week",
           "a_month_of_another_language_dated"]


class PartialDate(NamedTuple):
    """A calendar date as far as a phrase states it; a part the phrase leaves out is None."""

    year: int | None
    month: int | None
    day: int | None


class DateMention(NamedTuple):
    """One date phrase in a text: the whole span (attached time included) and the date part alone."""

    start: int
    end: int
    text: str
    date: PartialDate
    date_start: int
    date_end: int
    # "14/05/23": the century is a guess, so a two-digit year matches any year ending in those digits.
    two_digit_year: bool = False
    # "the night of 14/15 May", "May 14-15, 2023", "August 8, 9 or 10": the other days the phrase names, in the
    # same month.
    other_days: tuple[int, ...] = ()


_MONTH_NAMES = [(full, "|".join(short) or None) for full, short in zip(MONTHS, MONTH_ABBREVIATIONS)]
_MONTH_BY_NAME: dict[str, int] = {}
for _number, (_full, _short) in enumerate(_MONTH_NAMES, start=1):
    for _form in [_full] + (_short.split("|") if _short else []):
        _MONTH_BY_NAME[_form.lower()] = _number

_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
             "Mon", "Tues", "Tue", "Weds", "Wed", "Thurs", "Thur", "Thu", "Fri", "Sat", "Sun"]


def _cased(words: list[str]) -> str:
    """Title case or capitals only: a lower-case "may" or "march" is a verb, not a month."""
    forms = sorted({f for w in words for f in (w, w.upper())}, key=len, reverse=True)
    return "(?:" + "|".join(forms) + ")"


_month_words = [full for full, _ in _MONTH_NAMES]
_FULL_MONTH_KEYS = frozenset(full.lower() for full in MONTHS)
_month_abbrevs = [a for _, short in _MONTH_NAMES if short for a in short.split("|")]
WEEKDAY = rf"{_cased(_WEEKDAYS)}\.?(?![\w])"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
ORDINAL = r"(?:st|nd|rd|th|ST|ND|RD|TH)"
DAY_WORD = rf"(?<![\w.,/£$]){DAY}(?:{ORDINAL})?(?![\w])"
_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth", "twentieth"]
_ORDINAL_DAYS = {w: n for n, w in enumerate(_ORDINAL_WORDS, start=1)}
_ORDINAL_DAYS.update({f"twenty{sep}{w}": 20 + n for n, w in enumerate(_ORDINAL_WORDS[:9], start=1) for sep in "- "})
_ORDINAL_DAYS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
# "the fifteenth of May", "Twenty-first May": a day written as an ordinal word
DAY_ORDINAL_WORD = ("(?<![\\w-])(?:" + "|".join(sorted((f.replace(" ", r"\s") for w in _ORDINAL_DAYS
                                                         for f in (w, w.capitalize())), key=len, reverse=True))
                    + ")(?![\\w-])")
# A year is no part of another number: "25th Nov.\n28/09/2022" (a chronology row under the line) holds no "2028",
# "25 Nov 20:30" no "2020"
YEAR4 = r"(?:1[89][0-9]{2}|20[0-9]{2})(?![\w])(?![/.:-][0-9])"
# A two-digit year only when nothing word-like follows: "3 Feb 22" but not "3 Feb 22 officers".
# Words that may follow a date; any other lower-case word makes a number a count ("3 Feb 22 officers").
_AFTER_A_DATE = ("and|or|to|at|by|when|the|in|on|for|from|until|till|with|she|he|they|we|it|was|were|is|had|has|"
                 "after|before|as|but|then|where|while|which|who|about|around|between|during|of|"
                 # (a clause's conjunction: "died on the ninth despite CPR" counts nothing)
                 "despite|although|though|because|since|unless|whilst|so")
# ... and a count is followed by what it counts, mostly a plural ("22 officers", "22 people")
_COUNTED = rf"\s+(?!(?:{_AFTER_A_DATE})(?![\w]))(?:[a-z]+s|people|children|men|women|police|staff)(?![\w])"
# An abbreviation may carry a full stop ("Sept."); so may "May", a month's name and its own abbreviation: one who
# writes "5 Sept. 2021" and "Sept. 18th" writes "5 May. 2021" and "May. 18th", and the year after the full stop is
# the date's (read as "5 May" with no year, it was the 5 May 2022 of a death). Only before a year or a day: "in
# May. Officers" and "in May. 5 officers" end a sentence.
_MAY_WITH_A_STOP = (rf"{_cased(['May'])}\.(?=,?\s+(?:(?:1[89]|20)[0-9]{{2}}|{DAY}(?:{ORDINAL})?)(?![\w])"
                    rf"(?!{_COUNTED}))")
MONTH = rf"(?:{_MAY_WITH_A_STOP}|{_cased(_month_words)}|{_cased(_month_abbrevs)}\.?)(?![\w])"
# every form ``MONTH`` matches but for the stop after it
_MONTH_FORMS = frozenset(f for w in _month_words + _month_abbrevs for f in (w, w.upper()))
# The last of the days after a month ("August 8/9", "Aug. 8 or 9", "August 8, 9 and 10"): a day of that month, not a
# numeric date's ("August 9/10/2022"), a time ("9 to 10:30"), another month's day ("August 9 to 10 September")
# or, after a word, a count ("August 9 and 10 officers").
_LAST_DAY = rf"{DAY}(?:{ORDINAL})?(?![\w-])(?![/.:]\d)(?!\s+(?:of\s+)?{MONTH})"
_MORE_DAYS = (rf"(?:\s*,\s*{DAY}(?:{ORDINAL})?(?![\w]))*"
              rf"(?:\s*[-–/]\s*{_LAST_DAY}"
              rf"|(?:\s*&\s*|\s+(?:and|or|to|until|till|through|thru)\s+){_LAST_DAY}(?!{_COUNTED}))")
YEAR2 = rf"(?:['’][0-9]{{2}}|[0-9]{{2}}(?![\w])(?!{_COUNTED}))(?![\w])(?![/.:-][0-9])"
NUM_MONTH = r"(?:1[0-2]|0?[1-9])"
TIME = (r"(?:(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:\s?(?:am|pm|a\.m\.|p\.m\.|hrs|hours))?"
        r"|(?:1[0-2]|0?[1-9])\s?(?:am|pm|a\.m\.|p\.m\.))")
# A time after a date without "at" only in the unmistakable 24-hour form ("14 May 2023 02:15").
CLOCK = r"(?:[01]?[0-9]|2[0-3]):[0-5][0-9]"
_APOS = "['’]"

# Days named, not numbered, that fall on the same day every year: a date of death written as one is the date. The
# day, then the names a report writes it by ("St"/"St."/"Saint" and any apostrophe or none are read alike).
FIXED_FESTIVALS = {
    (12, 24): ["Christmas Eve", "Xmas Eve", "Noswyl Nadolig"], (12, 25): ["Christmas Day", "Xmas Day", "Dydd Nadolig"],
    (12, 26): ["Boxing Day", "Gŵyl San Steffan", "Gwyl San Steffan", "Dydd San Steffan"],
    (12, 31): ["New Year's Eve", "Hogmanay", "Nos Galan"], (1, 1): ["New Year's Day", "Dydd Calan"],
    (1, 25): ["Burns Night", "Dydd Santes Dwynwen"], (2, 14): ["Valentine's Day", "St Valentine's Day"],
    (3, 1): ["St David's Day", "Dydd Gŵyl Dewi", "Dydd Gwyl Dewi", "Gŵyl Dewi", "Gwyl Dewi"],
    (3, 8): ["International Women's Day"],
    (3, 17): ["St Patrick's Day"], (4, 1): ["April Fools' Day", "April Fool's Day"], (4, 23): ["St George's Day"],
    (6, 24): ["Midsummer Day", "Midsummer's Day"], (10, 31): ["Halloween", "Hallowe'en"],
    (11, 1): ["All Saints' Day"], (11, 2): ["All Souls' Day"],
    (11, 5): ["Bonfire Night", "Guy Fawkes Night", "Guy Fawkes Day", "Guy Fawkes", "Fireworks Night", "Firework Night"],
    (11, 11): ["Armistice Day", "Remembrance Day"], (11, 30): ["St Andrew's Day"],
}


def _festival_key(name: str) -> str:
    """"St. Patrick’s Day", "Saint Patricks Day" -> "stpatricksday"; "Dydd Gŵyl Dewi" -> "dyddgwyldewi"."""
    key = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name.lower()))
    return "st" + key[5:] if key.startswith("saint") else key


def _festival_pattern(name: str) -> str:
    saint = name.startswith("St ")
    pattern = re.escape(name[3:] if saint else name).replace(r"\ ", r"\s+").replace("'", f"{_APOS}?")
    return r"(?:St\.?|Saint)\s+" + pattern if saint else pattern


def _festival_hint(name: str) -> str:
    """The word of a festival's name a text must hold to name it: its longest but "Day", "Night", "Saint"."""
    if name.startswith("New Year"):
        return r"new\s*year"
    words = [w for w in re.findall(r"[a-z]+", name.lower()) if w not in ("st", "saint", "day", "night", "eve", "s")]
    return max(words, key=len)


_FESTIVALS: dict[str, tuple[int, int | None]] = {
    _festival_key(name): (month, day) for (month, day), names in FIXED_FESTIVALS.items() for name in names}
_FESTIVALS["christmas"] = (12, None)      # "Christmas 2022": the month; "Christmas" alone is a season, not a date
_FESTIVAL_NAMES = "|".join(_festival_pattern(name) for name in sorted(
    [*(n for names in FIXED_FESTIVALS.values() for n in names), "Christmas"], key=len, reverse=True))


@lru_cache(maxsize=16)
def _festival_words(when: datetime.date) -> tuple[str, ...]:
    """The words, in lower case, of the days fixed on ``when``'s day of the year ("bonfire", "fawkes")."""
    return tuple(re.sub(r"\\s\*|\\s\+", " ", _festival_hint(name))
                 for name in FIXED_FESTIVALS.get((when.month, when.day), []))


def may_name_a_festival(text: str, when: datetime.date) -> bool:
    """Might ``text`` name ``when`` by a festival: a day fixed on its day of the year, or any movable feast (which of
    them falls on it is worked out only for a text that names one)? Verify and the date search skip a text that
    holds no date first."""
    words = _festival_words(when)    # most days of the year have none
    if words:
        lowered = text.lower()
        if any(word in lowered for word in words):
            return True
    return names_a_feast(text)


_DATE_PARTS = rf"""
    (?P<weekday>{WEEKDAY},?\s+(?:the\s+)?)?
    (?:
        # the night of 14/15 May 2023, 14th/15th May, 8-9 December: two days of one month (with a hyphen, "8-9"
        # would otherwise be read first as 8 September, and the 8th of December never)
        (?P<o_day1>{DAY_WORD})\s*[/\-–]\s*(?P<o_day2>{DAY}{ORDINAL}?)\s+(?:of\s+)?(?P<o_month>{MONTH})
        (?:,?\s+(?P<o_year>{YEAR4}))?
      |
        # 14 May 2023 / 14th of May, 2023 / 3 Feb 22 / 15-May-2023 / the fifteenth of May ("second May" is no
        # date: an ordinal word needs its "of")
        (?:(?P<a_day>{DAY_WORD})(?:\s+(?:of\s+)?|(?P<a_hyphen>-))|(?P<a_word>{DAY_ORDINAL_WORD})\s+(?P<a_of>of\s+)?)
        (?P<a_month>{MONTH})
        (?:(?(a_hyphen)-(?P<a_year3>(?:19|20)?[0-9]{{2}})(?![\w-])|(?:,?\s+(?P<a_year>{YEAR4})|[ \t]+(?P<a_year2>{YEAR2}))))?
      |
        # May 14th / May 14, 2023 / May 14-15, 2023 / August 8/9, 2022 / Aug. 8 or 9 / August 8, 9 and 10: the
        # days after the first are days of one range or list, as "8/9 August" and "8 or 9 August" are
        (?P<b_month>{MONTH})\s+(?P<b_day>{DAY}{ORDINAL}?)(?![\w])(?!,\d)(?![.:]\d)
        (?P<b_days>{_MORE_DAYS})?
        (?:,?\s+(?P<b_year>{YEAR4}))?
      |
        # 2023-05-14 / 2023/05/14
        (?<![\w/.:-])(?P<i_year>(?:19|20)[0-9]{{2}})(?P<i_sep>[-/.])(?P<i_month>{NUM_MONTH})(?P=i_sep)
        (?P<i_day>{DAY})(?=T[0-9]|(?![\w/])(?![.:-][0-9]))
      |
        # 14/05/2023, 14.05.23, 14-5-2023; dotted dates need a padded day and month or a four-digit year, so
        # that paragraph numbers such as "4.1.12" are not read as dates; after a day and a hyphen, the second
        # day of a range ("3-4/11/2022")
        (?:(?<![\w/.:£$-])|(?<=(?<![\w/.:-])[0-9]-)|(?<=(?<![\w/.:-])[0-3][0-9]-))
        (?:
            (?P<n_day>{DAY})(?P<n_sep>[/-])(?P<n_month>{NUM_MONTH})(?P=n_sep)
            (?P<n_year>(?:19|20)?[0-9]{{2}}|['’][0-9]{{2}})
          | (?P<d_day>{DAY})\.(?P<d_month>{NUM_MONTH})\.(?P<d_year>(?:19|20)[0-9]{{2}})
          | (?P<p_day>3[01]|[12][0-9]|0[1-9])\.(?P<p_month>1[0-2]|0[1-9])\.(?P<p_year>['’]?[0-9]{{2}})
        )
        (?![\w/])(?![.:-][0-9])
      |
        # 14SEP2021, 14SEP21, 14Sep2021: police and agency systems glue the parts together
        (?<![\w])(?P<k_day>{DAY})(?P<k_month>{_cased(_month_abbrevs + _month_words)})(?P<k_year>(?:19|20)?[0-9]{{2}})(?![\w])
      |
        # 21.3.22, 9.11.85: an unpadded dotted date is written like a paragraph number ("4.1.12"), so find_dates
        # keeps it only where something says it is a date (see _LOOSE_DOTTED_CUE)
        (?:(?<![\w/.:£$€-])|(?<=(?<![\w/.:-])[0-9]-)|(?<=(?<![\w/.:-])[0-3][0-9]-))
        (?P<q_day>{DAY})\.(?P<q_month>{NUM_MONTH})\.(?P<q_year>['’]?[0-9]{{2}})(?![\w/])(?![.:-][0-9])
      |
        # on 14/9, on 14.9: a day and month with no year, kept by find_dates only after a word that introduces a date
        (?<![\w/.:£$€-])(?P<y_day>{DAY})(?P<y_sep>[/.-])(?P<y_month>{NUM_MONTH})(?![\w/%])(?![.:,-][0-9])
    )
  |
    # May 2023 (a month alone is not a date: "May" is also a name)
    (?<![\w])(?P<c_month>{MONTH})\s+(?:of\s+)?(?P<c_year>{YEAR4})
  |
    # Christmas Eve 2022, New Year's Day, Bonfire Night, St Patrick's Day 2021
    (?<![\w])(?P<f_name>{_FESTIVAL_NAMES})
    (?:,?\s+(?P<f_year>{YEAR4}))?
"""

# Where a date phrase can start: a digit, a capital (a month, a weekday, a festival, an ordinal word), or an ordinal
# word in lower case at a word start ("the fourteenth of May"). Tested first at each character: without it the
# engine tries every branch below at every character of the text (a third of the time, same matches).
_CAPITALS = sorted({w[0] for w in (*_month_words, *_month_abbrevs, *_WEEKDAYS, "Christmas", "Saint",
                                   *(n for names in FIXED_FESTIVALS.values() for n in names),
                                   *(w.capitalize() for w in _ORDINAL_DAYS))})
_LOWER_INITIALS = sorted({w[0] for w in _ORDINAL_DAYS})
_DATE_START = rf"(?=[0-9{''.join(_CAPITALS)}]|(?<![\w-])[{''.join(_LOWER_INITIALS)}])"

DATE_PATTERN = re.compile(
    rf"""
    {_DATE_START}
    (?:(?<![\w:.])(?P<t_pre>{TIME})\s+(?:on\s+))?
    (?P<date>{_DATE_PARTS})
    (?:,?[ \t]+at[ \t]+(?P<t_post>{TIME})(?![\w:])|,?[ \t]+(?P<t_clock>{CLOCK})(?![\w:.])
       |T(?P<t_iso>{CLOCK}(?::[0-5][0-9])?(?:Z|[+-][0-9]{{2}}:?[0-9]{{2}})?)(?![\w:])
       |[ \t]*@[ \t]*(?P<t_at>{CLOCK}|[0-2][0-9][0-5][0-9])(?:[ \t]?(?:hrs|hours))?(?![\w:])
       |[ \t]+(?P<t_hrs>[0-2][0-9][0-5][0-9][ \t]?(?:hrs|HRS|hours))(?![\w])
    )?
    """,
    re.VERBOSE,
)



def _two_digit_year(yy: int) -> int:
    # A two-digit year that would lie more than a few years in the future is a past century's (a birth year).
    year = 2000 + yy
    return year if year <= datetime.date.today().year + 5 else year - 100


def _year(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.lstrip("'’")
    return int(digits) if len(digits) == 4 else _two_digit_year(int(digits))


def _day(text: str) -> int:
    digits = re.match(r"[0-9]+", text)
    return int(digits.group()) if digits else _ORDINAL_DAYS[_word_key(text)]


# The letters besides A-Z that a case-insensitive pattern takes for one of them ("THİRTY", "ſeptember")
_OTHER_CASES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _word_key(word: str) -> str:
    """The key of a day or month word as a pattern matched it: any case, any run of spaces ("twenty\\nsixth" across
    a line end, "THİRTY" in a Turkish text: each was a KeyError, a traceback in verify)."""
    return re.sub(r"\s+", " ", word.translate(_OTHER_CASES)).lower()


def _partial_from_match(m: re.Match) -> PartialDate:
    g = m.groupdict()
    if g["o_day1"]:
        return PartialDate(_year(g["o_year"]), _MONTH_BY_NAME[g["o_month"].rstrip(".").lower()], _day(g["o_day2"]))
    if g["a_month"]:
        return PartialDate(_year(g["a_year"] or g["a_year2"] or g["a_year3"]),
                           _MONTH_BY_NAME[g["a_month"].rstrip(".").lower()], _day(g["a_day"] or g["a_word"]))
    if g["b_month"]:
        return PartialDate(_year(g["b_year"]), _MONTH_BY_NAME[g["b_month"].rstrip(".").lower()], _day(g["b_day"]))
    if g["c_month"]:
        return PartialDate(int(g["c_year"]), _MONTH_BY_NAME[g["c_month"].rstrip(".").lower()], None)
    if g["i_year"]:
        return PartialDate(int(g["i_year"]), int(g["i_month"]), int(g["i_day"]))
    if g["k_day"]:
        return PartialDate(_year(g["k_year"]), _MONTH_BY_NAME[g["k_month"].lower()], int(g["k_day"]))
    if g["y_day"]:
        return PartialDate(None, int(g["y_month"]), int(g["y_day"]))
    for prefix in ("n", "d", "p", "q"):
        if g[f"{prefix}_day"]:
            return PartialDate(_year(g[f"{prefix}_year"]), int(g[f"{prefix}_month"]), int(g[f"{prefix}_day"]))
    month, day = _FESTIVALS[_festival_key(g["f_name"])]
    return PartialDate(_year(g["f_year"]), month, day)


def _is_real(date: PartialDate) -> bool:
    if date.day is None or date.month is None:
        return True
    # Without a year, 29 February must stay possible.
    year = date.year if date.year is not None else 2000
    return date.day <= calendar.monthrange(year, date.month)[1]


# Words after which "21.3.22" or "14/9" is a date and not a paragraph number, a fraction or a score (a week's words
# too: "week beginning 17.4.21", "w.c. 2.9.22" open a week with its date).
# Strong cues say a date follows; weak ones ("from 2.5 to 3.1", "rose by 2.5") also come before plain numbers, so
# they are enough only for a slash ("from 14/9") or a dotted date with its year; a bracket only for the latter.
_DATE_CUE_BEFORE = lazy(re.compile,
    r"(?:(?<![\w])(?:(?P<strong>on|dated|w\s?/\s?[bce]|w\.[bce]\.?|wk\.?\s*/?\s*c"
    r"|(?:week|wk)\.?\s+(?:ending|commencing|beginning|starting|com+\.?|beg\.?)"
    r"|(?:night|morning|evening|afternoon|weekend|week)\s+of|d\.?o\.?[bd]|born|"
    r"died|death|birth|deceased|killed|murdered|passed\s+away|date(?:\s+of\s+(?:birth|death)|[\w ]{0,24}:)?)|(?P<weak>from|until|till|since|by|before|after|between))"
    r"\.?[ \t]*:?[ \t]*(?:the[ \t]+)?|(?P<bracket>\()[ \t]*)$", re.IGNORECASE)


def _cue_before(text: str, start: int, with_year: bool, slash: bool) -> bool:
    cue = _DATE_CUE_BEFORE.search(text, max(0, start - 40), start)
    if cue is None:
        return False
    return bool(cue.group("strong") or with_year or (slash and cue.group("weak")))
# A date alone in a table cell or at the head of a chronology entry: "21.3.22", "21.3.22 - Police attended"
# (a heading number is followed by its title: "4.1.12 The GP", "14.9<tab>Contact")
_DATE_ENTRY_AFTER = lazy(re.compile, r"[ \t]*(?:$|\n|[-–—:|][ \t])")


_DAY_RANGE_BEFORE = lazy(re.compile, r"(?<![\w/.:-])[0-3]?[0-9][-–]$")
# a day and month in dots with the stop after the month too ("14.03.", as German, Polish and Czech write a date
# without its year): a time ("06.05") has no stop of its own before a row's entry
_DOTTED_DAY_AND_MONTH_ENDS = lazy(re.compile, r"\.[ \t]*(?:$|\n|[-–—:|][ \t])")


def _cued(text: str, m: re.Match) -> bool:
    """Whether a loose form (unpadded dotted date, day/month without a year) is used as a date here."""
    if any(m.group(k) for k in ("weekday", "t_pre", "t_post", "t_clock", "t_iso", "t_at", "t_hrs")):
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    if not text[line_start:m.start()].strip():
        if m.group("y_sep") == "." and _DOTTED_DAY_AND_MONTH_ENDS.match(text, m.end()):
            return True     # "14.03." alone in a cell or at the head of a row: the stop after the month is the date's
        entry = _DATE_ENTRY_AFTER if m.group("q_day") or m.group("y_sep") == "/" else _CHRONOLOGY_ENTRY
        return entry.match(text, m.end()) is not None
    if _cue_before(text, m.start(), bool(m.group("q_day")), m.group("y_sep") == "/"):
        return True
    if m.group("q_day") and _DAY_RANGE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return True   # "3-4.07.21": the second day of a range
    # "9.11.85": no paragraph is numbered that far; "9.7.'23" writes a year
    year = m.group("q_year")
    return bool(year) and (year[0] in "'’" or int(year) > 31)


def find_dates(text: str) -> list[DateMention]:
    """Every date phrase in ``text``, left to right, without overlaps.

    Forms that other numbers share ("21.3.22" like paragraph 4.1.12, "14/9" like a fraction) count only where
    something says they are dates: a word such as "on" or "dated", a weekday, a time, or standing alone as a
    table cell or at the head of a chronology entry ("21.3.22 - Police attended").
    """
    return list(_dates_in(text))


@lru_cache(maxsize=4096)
def _dates_in(text: str) -> tuple[DateMention, ...]:
    # the recognisers, the date policy and verify each read a segment's dates: it is parsed once
    mentions = list(_festivals_in_any_case(text))
    # the date pattern's own matches never overlap one another: only a festival read in its own case can
    festivals = SpanIndex((f.start, f.end, f) for f in mentions)
    for m in DATE_PATTERN.finditer(text):
        g = m.groupdict()
        if g["f_name"] == "Christmas" and not g["f_year"]:
            # "Christmas" alone is a season, not a date.
            continue
        if g["f_name"] and _of_another_calendar(text, m.start()):
            continue
        if (g["q_day"] or g["y_day"]) and not _cued(text, m):
            continue
        if g["a_word"] and not g["a_of"] and not (g["a_year"] or g["a_year2"]):
            continue  # "her fourteenth May visit": an ordinal word needs its "of" or a year
        date = _partial_from_match(m)
        if not _is_real(date):
            continue
        year_text = next((g[k] for k in ("a_year", "a_year2", "a_year3", "b_year", "n_year", "p_year", "q_year",
                                         "k_year") if g[k]), "")
        others = (g["o_day1"],) if g["o_day1"] else _DAY_NUMBER.findall(g["b_days"] or "")
        end, date_end = m.end(), m.end("date")
        if m.group("date").endswith(".") and date_end == end:
            end = date_end = end - 1  # "seen on 14 Sept." ends a sentence: the full stop is the sentence's
        if festivals.overlapping(m.start(), end):
            continue   # a festival read in its own case below ("Christmas day 2022") is the whole phrase
        mentions.append(DateMention(m.start(), end, text[m.start():end], date, m.start("date"), date_end,
                                    len(year_text.lstrip("'’")) == 2, tuple(_day(d) for d in others)))
    return tuple(sorted(mentions))


# A festival written in any case ("Christmas day 2022", "bonfire night", "EASTER" is in movable_feasts): the date
# pattern above reads names capitalised, as it reads months; these are read in lower case and capitals too, in a
# text that holds one of their words at all.
# ... with its year after it: "Boxing Day 2020", "Hogmanay in 2019", "New Year's Eve (2020)"
_FESTIVAL_ANY_CASE = re.compile(rf"(?<![\w])(?P<name>{_FESTIVAL_NAMES})"
                                rf"(?:(?:,?\s+(?:in\s+|of\s+)?|\s*\(\s*)(?P<year>{YEAR4})(?:\s*\))?)?(?![\w])",
                                re.IGNORECASE)


@lru_cache(maxsize=1)
def _any_festival_words():
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for names in FIXED_FESTIVALS.values():
        for name in names:
            word = re.sub(r"\\s\*", " ", _festival_hint(name))
            automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


# "Chinese New Year's Day", "Orthodox Christmas Day": another calendar's day, which redact/movable_feasts.py reads
_ANOTHER_CALENDAR = lazy(re.compile,
    r"(?:Chinese|Lunar|Vietnamese|Korean|Jewish|Islamic|Hijri|Muslim|Persian|Iranian|Kurdish|Afghan|Tamil|Sinhala|"
    r"Bengali|Nepali|Ethiopian|Eritrean|Parsi|Thai|Orthodox|Coptic|Russian|Serbian|Ukrainian|Julian)\s+$",
    re.IGNORECASE)


def _of_another_calendar(text: str, start: int) -> bool:
    return bool(_ANOTHER_CALENDAR.search(text, max(0, start - 20), start))


def _festivals_in_any_case(text: str) -> list[DateMention]:
    if next(_any_festival_words().iter(text.lower()), None) is None:
        return []
    mentions = []
    for m in _FESTIVAL_ANY_CASE.finditer(text):
        month, day = _FESTIVALS[_festival_key(m.group("name"))]
        if day is None or _of_another_calendar(text, m.start()):
            continue    # "Christmas 2022": a month, which the pattern above reads
        date = PartialDate(int(m.group("year")) if m.group("year") else None, month, day)
        mentions.append(DateMention(m.start(), m.end(), m.group(), date, m.start(), m.end(), False, ()))
    return mentions


def parse_date(text: str) -> PartialDate:
    """The date a phrase such as "Sunday 14th May 2023" or "14/05/23" states; ValueError if it is not one."""
    stripped = text.strip()
    m = DATE_PATTERN.fullmatch(stripped)
    if not m or (m.group("f_name") == "Christmas" and not m.group("f_year")):
        raise ValueError(f"not a date phrase: {text!r}")
    date = _partial_from_match(m)
    if not _is_real(date):
        raise ValueError(f"no such day: {text!r}")
    return date


# "the 14th" / "the 14th of": a day whose month the sentence has to supply.
_BARE_ORDINAL = lazy(re.compile, rf"(?<![\w])the\s+(?P<day>{DAY}){ORDINAL}(?![\w])(?:\s+of(?![\w]))?", re.IGNORECASE)
# (each opens with a lookahead for the letters or figures it can start with: a look-behind first keeps the engine from
# passing every other position with one test; the same finds, the month words in under half the time)
_MONTH_INITIALS = "".join(sorted({form[0] for word in (*_month_words, *_month_abbrevs, "May")
                                  for form in (word, word.upper())}))
_MONTH_WORD = re.compile(rf"(?=[{_MONTH_INITIALS}])(?<![\w]){MONTH}")
_YEAR_WORD = re.compile(r"(?=[12])(?<![\w/.:-])(?:1[89][0-9]{2}|20[0-9]{2})(?![\w])")


# No sentence is longer than this; the limit keeps a hostile text without full stops from costing n squared.
_LONGEST_SENTENCE = 2000


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    # a table row's cells are no bound here: "14th | seen by GP | September 2021" reads as one dated line
    return sentence_bounds(text, start, end, reach=_LONGEST_SENTENCE, cells=False)


# Bare day numbers that share the month of the date after them: "15 and 16 May", "12, 13 and 18 May", "15-17 May".
_DAYS_LIST = re.compile(rf"(?<![\w/.:,£$€%-])(?:{DAY}{ORDINAL}?(?:\s*,\s*|\s+(?:and|or|to|until|till|&)\s+|\s*[-–]\s*))+$")
_DAY_NUMBER = re.compile(rf"{DAY}(?={ORDINAL}?(?![0-9]))")


def _days_listed_before(text: str, mention: DateMention) -> tuple[int, set[int]] | None:
    """The start and day numbers of a list of days right before a date phrase that starts with its day."""
    if mention.date.day is None or mention.date.month is None or not text[mention.date_start:mention.date_start + 1].isdigit():
        return None
    days = _DAYS_LIST.search(text, max(0, mention.date_start - 40), mention.date_start)
    if not days:
        return None
    return days.start(), {int(d.group()) for d in _DAY_NUMBER.finditer(days.group())}


def _same_day(mention: DateMention, when: datetime.date) -> bool:
    found = mention.date
    if when.day not in (found.day, *mention.other_days) or found.month != when.month:
        return False
    if found.year is None:
        return True
    return found.year % 100 == when.year % 100 if mention.two_digit_year else found.year == when.year


# ---------------------------------------------------------------------------------------------------------------
# Every reading of a run of date-like words. Authors and agency systems write one date in more ways than any list
# of phrases holds ("14SEP21", "Tue 14 Sep 21", "2021-09-14T03:40", "the fourteenth of September", "9/14/2021"),
# so the protected dates are also looked for this way: numbers, month words, ordinal words and weekdays chained by
# separators are read in every order that a writer uses, and a run that can mean the date is the date.

_MONTH_ELEMENT = "|".join(sorted(_MONTH_BY_NAME, key=len, reverse=True))
_WEEKDAY_ELEMENT = "|".join(sorted((w.lower() for w in _WEEKDAYS), key=len, reverse=True))
_ORDINAL_WORD_ELEMENT = "|".join(sorted((w.replace(" ", r"\s") for w in _ORDINAL_DAYS), key=len, reverse=True))
_CARDINALS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
              "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
_CARDINAL_DAYS = {w: n for n, w in enumerate(_CARDINALS, start=1)}
_CARDINAL_DAYS.update({f"twenty{sep}{w}": 20 + n for n, w in enumerate(_CARDINALS[:9], start=1) for sep in "- "})
_CARDINAL_DAYS.update({"thirty": 30, "thirty-one": 31, "thirty one": 31})
_CARDINAL_ELEMENT = "|".join(sorted((w.replace(" ", r"\s") for w in _CARDINAL_DAYS), key=len, reverse=True))


_UNIT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEEN_WORDS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
               "nineteen"]
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNDER_100 = (rf"(?:(?:{'|'.join(_TENS_WORDS)})(?:[\s-]+(?:{'|'.join(_UNIT_WORDS)}))?|{'|'.join(_TEEN_WORDS)}|"
              rf"{'|'.join(_UNIT_WORDS)})")
# "two thousand and nineteen", "twenty nineteen", "nineteen eighty-eight", "nineteen hundred and five"
# "two-thousand-and-twenty-two" and "Two Thousand & Twenty-Two" as messages write it
# ... and half in figures, as a transcript or a message may have it: "2 thousand and 22", "two thousand and 22",
# "twenty 22" (the figures read alone, "22", were no year, and the date before them went without it)
_YEAR_WORDS = (rf"(?:two|2)[\s-]+thousand(?:[\s-]+(?:and|&))?(?:[\s-]+(?:{_UNDER_100}|[0-9]{{1,2}}(?![0-9])))?"
               rf"|(?:twenty|nineteen)(?:\s+hundred(?:\s+and\s+{_UNDER_100})?|\s+oh\s+(?:{'|'.join(_UNIT_WORDS)})"
               rf"|[\s-]+{_UNDER_100}|[\s-]+[1-9][0-9](?![0-9]))")
_YEAR_IN_WORDS = lazy(re.compile, rf",?\s+(?:in\s+)?(?:the\s+year\s+)?(?P<year>{_YEAR_WORDS})(?![\w-])", re.IGNORECASE)


def _number_in_words(words: str) -> int:
    total = 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word in _UNIT_WORDS:
            total += _UNIT_WORDS.index(word) + 1
        elif word in _TEEN_WORDS:
            total += _TEEN_WORDS.index(word) + 10
        elif word in _TENS_WORDS:
            total += (_TENS_WORDS.index(word) + 2) * 10
    return total


def _year_in_words(words: str) -> int | None:
    """The year "two thousand and nineteen", "twenty nineteen" or "nineteen eighty-eight" writes."""
    folded = " ".join(re.split(r"[\s-]+", words.lower().replace("&", " and ")))
    folded = re.sub(r"^2 thousand", "two thousand", folded)
    figures = re.fullmatch(r"(two thousand(?: and)?|twenty|nineteen) ([0-9]{1,2})", folded)
    if figures:
        # "2 thousand and 22", "twenty 22": the figures are the year of the century
        number = int(figures.group(2))
        if figures.group(1).startswith("two"):
            return 2000 + number
        return (2000 if figures.group(1) == "twenty" else 1900) + number if number >= 10 else None
    if folded.startswith("two thousand"):
        return 2000 + _number_in_words(folded[len("two thousand"):].replace(" and ", " "))
    century = 2000 if folded.startswith("twenty") else 1900
    rest = folded.split(" ", 1)[1] if " " in folded else ""
    if rest.startswith("hundred"):
        return century + _number_in_words(rest[len("hundred"):].replace(" and ", " "))
    if rest.startswith("oh "):
        return century + _number_in_words(rest[3:])
    number = _number_in_words(rest)
    return century + number if number >= 10 else None


def _by_first_letter(alternation: str) -> str:
    """The same alternation with its words grouped under their first letter, each group in the words' own order:
    the regular expression engine tries every word of a case-insensitive alternation at every word start, where
    a group is left after one letter (half of the time of reading a text's date elements). Words with another
    first letter never match at the same place, so the first word that matches is the same one."""
    groups: dict[str, list[str]] = {}
    for word in alternation.split("|"):
        groups.setdefault(word[0].lower(), []).append(word)
    return "|".join(f"{first}(?:{'|'.join(word[1:] for word in words)})" if len(words) > 1 else words[0]
                    for first, words in groups.items())


_ELEMENT = re.compile(
    rf"""(?P<num>(?<![0-9])[0-9]{{1,4}}(?![0-9])(?!:[0-9])(?![\s-]+(?i:thousand))(?P<suffix>(?i:st|nd|rd|th)(?![A-Za-z]))?)
       |(?P<apos>['’][0-9]{{2}}(?![0-9]))
       |(?<![^\W\d_])(?:(?P<month>(?i:{_by_first_letter(_MONTH_ELEMENT)}))
                       |(?P<weekday>(?i:{_by_first_letter(_WEEKDAY_ELEMENT)}))
                       |(?P<yearword>(?i:{_YEAR_WORDS})(?![^\W\d_]|-[A-Za-z]))
                       |(?P<word>(?i:{_by_first_letter(_ORDINAL_WORD_ELEMENT)}))
                       |(?P<cardinal>(?i:{_by_first_letter(_CARDINAL_ELEMENT)})))
       (?![^\W\d_]|-[A-Za-z])""",
    re.VERBOSE)
# What may stand between two parts of one date: "14/09", "14 Sep", "14th of September", "Sep. 14", "Tuesday the
# 14th", "September 14, 2021"; nothing at all between digits and letters ("14SEP2021").
_GAP = re.compile(r"\s*[/\-–]\s*|\s*,\s*(?:the\s+)?|\.|\.\s+|\s+\.\s+|,?\s+(?:day\s+)?(?:of\s+)?(?:the\s+)?|")
# "paragraph 14.9", "section 3/5", "£14.09": numbers that a word or sign before them says are not dates
_NOT_A_DATE_BEFORE = lazy(re.compile,
    r"(?:(?<![\w])(?:paragraphs?|paras?|sections?|chapters?|appendix|appendices|annex(?:es)?|pages?|pp?|figures?|"
    r"figs?|tables?|rules?|regulations?|regs?|articles?|clauses?|schedules?|versions?|v|nos?|recommendations?|"
    r"items?|parts?|points?|scored?|out\s+of)\.?\s*|[§£$€]\s*)$", re.IGNORECASE)
_NOT_A_DATE_AFTER = lazy(re.compile, r"\s*(?:%|(?i:per\s*cent|percent|am|pm|a\.m|p\.m|hrs|hours|mg|ml|kg|km|cm|mm|"
                               r"miles?|metres?|meters?|units?|points?)(?![A-Za-z]))")


class _Element(NamedTuple):
    start: int
    end: int
    kind: str           # num, apos, month, weekday, word, cardinal, yearword
    value: int | None   # the number, the month, the ordinal or cardinal word's day, the year in words
    digits: int = 0     # how many digits a number has
    suffix: bool = False
    lower_verb: bool = False   # "may", "march" in lower case: months only beside a day number before them


def _elements(text: str) -> list[_Element]:
    out = []
    for m in _ELEMENT.finditer(text):
        if m.group("num"):
            digits = m.group("num")[:len(m.group("num")) - len(m.group("suffix") or "")]
            out.append(_Element(m.start(), m.end(), "num", int(digits), len(digits), bool(m.group("suffix"))))
        elif m.group("apos"):
            out.append(_Element(m.start(), m.end(), "apos", int(m.group()[1:]), 2))
        elif m.group("month"):
            word = m.group("month")
            out.append(_Element(m.start(), m.end(), "month", _MONTH_BY_NAME[_word_key(word)],
                                lower_verb=word in ("may", "march")))
        elif m.group("weekday"):
            out.append(_Element(m.start(), m.end(), "weekday", None))
        elif m.group("yearword"):
            # "twenty twenty-two", "two thousand and nine": a year in words is one element, so "December
            # eighteen, twenty thirteen" reads as a day, a month and a year, and "twenty" is no day of its own;
            # "twenty one", no year, is the cardinal day the same words write
            year = _year_in_words(m.group())
            out.append(_Element(m.start(), m.end(), "yearword", year, 4) if year is not None else
                       _Element(m.start(), m.end(), "cardinal", _CARDINAL_DAYS.get(_word_key(m.group()))))
        elif m.group("cardinal"):
            # "fourteen September 2021": a day in words without its ordinal ending
            out.append(_Element(m.start(), m.end(), "cardinal",
                                _CARDINAL_DAYS[_word_key(m.group())]))
        else:
            out.append(_Element(m.start(), m.end(), "word", _ORDINAL_DAYS[_word_key(m.group())]))
    return out


# a number that another follows with a date's separator ("19/09/2022"): on the next line it opens a date of its own
# (a chronology row), and is no year or day of the line above ("on 25 Nov\n19/09/2022 | Police")
_OPENS_A_NUMERIC_DATE = lazy(re.compile, r"[/.-][0-9]")
# ... unless the line above ends in a date's separator: "21-" | "Apr-2020", "04/" | "11/2021" is one date wrapped
# (or cut by a w:br) after its day
_SEPARATOR_BEFORE_THE_BREAK = lazy(re.compile, r"[ \t]*[/\-–][ \t]*[\n\r\v\f\u2028\u2029]")


@lru_cache(maxsize=4096)
def _runs(text: str) -> tuple[tuple[_Element, ...], ...]:
    """Elements chained by date separators, each chain a run (read by apply's and verify's date checks alike)."""
    runs: list[list[_Element]] = []
    for element in _elements(text):
        if runs:
            last = runs[-1][-1]
            gap = text[last.end:element.start]
            if len(gap) <= 16 and _GAP.fullmatch(gap) and (_a_dotted_date_cut(text, last, element, gap) or (
                    _joinable(last, element, gap)
                    and not ("\n" in gap and _OPENS_A_NUMERIC_DATE.match(text, element.end)
                             and not _SEPARATOR_BEFORE_THE_BREAK.match(gap))
                    and not _a_sentence_ends_after_the_month(text, last, element, gap))):
                runs[-1].append(element)
                continue
        runs.append([element])
    return tuple(tuple(run) for run in runs)


# "6." | "4.20": a date in dots (6.4.20) cut by a typed line break or a w:br after its day's dot. A full stop after
# a number otherwise ends its sentence; here the next line goes on as the rest of a dotted date, month and year
_DOT_AND_BREAK = lazy(re.compile, r"\.[ \t]*[\n\r\v\f\u2028\u2029][ \t]*")
_DOTTED_REST = lazy(re.compile, r"\.(?:[0-9]{2}|(?:19|20)[0-9]{2})(?![0-9]|\.[0-9])")
_NUMBER_BEFORE = lazy(re.compile, r"[0-9][.:,/-]$")


_DAY_AND_DOT_BEFORE = lazy(re.compile, r"(?<![0-9.])[0-9]{1,2}\.$")
_NOTHING_MORE_OF_A_NUMBER = lazy(re.compile, r"(?![0-9]|[./:-][0-9])")


def _a_dotted_date_cut(text: str, left: _Element, right: _Element, gap: str) -> bool:
    if not (left.kind == right.kind == "num" and left.digits <= 2 and _DOT_AND_BREAK.fullmatch(gap)):
        return False
    before = text[max(0, left.start - 4):left.start]
    if right.digits <= 2 and _DOTTED_REST.match(text, right.end) and not _NUMBER_BEFORE.search(before):
        return True     # "6." | "4.20"
    # "25.9." | "20": cut before its year (a count is no year: "25.9.\n20 officers")
    return right.digits in (2, 4) and bool(_DAY_AND_DOT_BEFORE.search(before)) \
        and _NOTHING_MORE_OF_A_NUMBER.match(text, right.end) is not None \
        and (right.digits == 4 or not _COUNTED_PLURAL.match(text, right.end))


def _a_sentence_ends_after_the_month(text: str, left: _Element, right: _Element, gap: str) -> bool:
    """"She moved out in May. 5 officers attended": a month written in full ends its sentence at the full stop
    after it when what follows is a count ("5 officers"), not a day; an abbreviation's stop ("Aug. 5") is its
    own. A comma after any month ends its phrase the same way: "in December, 10 days after the murder", "By Dec,
    10 officers had attended", "In July, nine days after" count days and officers (read as a day, the count of a
    December death's day went as "[date removed] days after the murder")."""
    if left.kind != "month" or right.kind not in ("num", "cardinal") or not _COUNTED_PLURAL.match(text, right.end):
        return False
    if gap.lstrip().startswith(","):
        return True
    return gap.startswith(".") and _word_key(text[left.start:left.end]) in _FULL_MONTH_KEYS


def _joinable(left: _Element, right: _Element, gap: str) -> bool:
    if any(c.isalpha() for c in gap):
        # "14th of September", "Tuesday the 14th"; "4 of the 5" is two numbers
        return "month" in (left.kind, right.kind) or "weekday" in (left.kind, right.kind)
    if gap == "":
        # "14SEP2021", "Sep'21": digits glued to a month word only, and a year to an ordinal ("Sep14th2021": the
        # year is the date's, and another year's date no yearless "Sep 14th")
        return {left.kind, right.kind} in ({"num", "month"}, {"apos", "month"}) or \
            left.kind == right.kind == "num" and left.suffix and right.digits in (2, 4)
    if gap.strip() == "." and gap[0].isspace() and left.kind == right.kind == "num":
        return True  # "14 . 09 . 2021"
    if gap == ". " and left.kind == right.kind == "num":
        return True  # "3. 11. 2022", "2022. 11. 03.": Czech, Slovak, Hungarian and Korean dates space their dots
    if gap.startswith(".") and gap != ".":
        return left.kind == "month"  # "Sep. 14"; a full stop after a number ends a sentence
    if gap == ".":
        return left.kind in ("num", "month") and right.kind in ("num", "month")  # "14.09.21", "14.Sep.2021"
    return True


def _as_day(e: _Element) -> int | None:
    if e.kind in ("word", "cardinal"):
        return e.value
    if e.kind == "num" and e.value is not None and e.digits <= 2 and 1 <= e.value <= 31:
        return e.value
    return None


def _as_month(e: _Element, strict_words: bool = True) -> int | None:
    if e.kind == "month":
        return None if e.lower_verb and strict_words else e.value
    if e.kind == "num" and e.value is not None and not e.suffix and e.digits <= 2 and 1 <= e.value <= 12:
        return e.value
    return None


_COUNTED_AFTER = lazy(re.compile, rf"\s+(?!(?:{_AFTER_A_DATE})(?![\w]))[a-z]")
_COUNTED_PLURAL = re.compile(_COUNTED)
_A_COUNT_AFTER = lazy(re.compile, rf"[\s,.]*(?<![\d])\d{{1,2}}{_COUNTED}")


def a_count_after(text: str, end: int) -> bool:
    """"moved to March 12 years ago", "had known June 5 years", "phoned May. 9 days later": the number after the
    word ending at ``end`` counts what follows it, so the word is no month of a date with that day (the town of
    March, a person named June)."""
    return bool(_A_COUNT_AFTER.match(text, end))


def _as_year(text: str, e: _Element) -> tuple[int, bool] | None:
    """(year, two digits only) for an element that can be a year."""
    if e.value is None:
        return None  # a weekday: numbers and "'21" carry a value, and only they can be a year
    if e.kind == "apos":
        return e.value, True
    if e.kind == "yearword":
        return e.value, False
    if e.kind != "num" or e.suffix:
        return None
    if e.digits == 4 and 1800 <= e.value <= 2099:
        return e.value, False
    if e.digits == 2 and (text[e.start - 1:e.start] in ("/", ".", "-") or text[e.start - 1:e.start].isalpha()
                          or not _COUNTED_PLURAL.match(text, e.end)):
        return e.value, True  # "14 Sep 21 officers" has no year; "14/9/21 and" has one
    return None


def _valid(year: int | None, month: int, day: int) -> bool:
    return day <= calendar.monthrange(year if year is not None else 2000, month)[1]


def _numeric(window: list[_Element]) -> bool:
    return all(e.kind in ("num", "apos") for e in window)


def _readings(text: str, window: list[_Element], broad: bool) -> list[tuple[int | None, bool, int, int]]:
    """Every (year, two-digit year, month, day) the window can mean, in the orders writers use.

    Precise: day first (14/09/2021, 14 Sep 2021), month word first (September 14, 2021), year first with four
    digits (2021-09-14), and numbers month first only where day first is impossible (09/14/2021). Broad adds
    month first wherever it is possible (US 09/10/2021 is 10 September too) and ordinal words without "of".
    """
    out: list[tuple[int | None, bool, int, int]] = []

    def add(year, two, month, day):
        if month is not None and day is not None and _valid(None if two or year is None else year, month, day):
            out.append((year, two, month, day))

    if len(window) == 3:
        a, b, c = window
        year_c = _as_year(text, c)
        if year_c:
            # day month year: "14 Sep 2021", "14/09/21", "14th of September '21", "14 may 2021"
            add(*year_c, _as_month(b, strict_words=False), _as_day(a))
            if a.kind == "month" and not a.lower_verb:
                add(*year_c, a.value, _as_day(b))  # "September 14, 2021"
            elif a.kind == "num" and b.kind == "num" and (broad or not out):
                add(*year_c, _as_month(a), _as_day(b))  # "09/14/2021"
        year_a = _as_year(text, a)
        if year_a and not year_a[1]:
            add(year_a[0], False, _as_month(b, strict_words=False), _as_day(c))  # "2021-09-14", "2021 Sep 14"
        return out
    a, b = window
    if a.kind == "word" and b.kind == "month" and not broad and "of" not in text[a.end:b.start]:
        return out  # "the fourteenth of September" is a date, "her fourteenth May visit" is not
    if "cardinal" in (a.kind, b.kind) and not broad:
        return out  # "fourteen September" needs its year to be read as a date; "two May visits" is not one
    if a.kind == "month" and b.kind in ("cardinal", "word") and "." in text[a.end:b.start] \
            and text[b.start:b.start + 1].isupper():
        return out  # "It was May. Five days later": a sentence ends after the month, the number opens the next
    # day month: "14 Sep", "14/9", "14 may" (a lower-case "may" only after a day number)
    # ... or after an ordinal word and "of" ("the fourteenth of march", as a message writes it)
    add(None, False, _as_month(b, strict_words=not (a.kind == "num" and _as_day(a) or
                                                    a.kind == "word" and "of" in text[a.end:b.start])), _as_day(a))
    if a.kind == "month" and not a.lower_verb:
        add(None, False, a.value, _as_day(b))  # "Sept 14th"
    elif a.kind == "num" and b.kind == "num" and (broad or not out):
        add(None, False, _as_month(a), _as_day(b))  # "9/14"
    return out


def _matches(reading: tuple[int | None, bool, int, int], when: datetime.date) -> bool:
    year, two, month, day = reading
    if (month, day) != (when.month, when.day):
        return False
    if year is None:
        return True
    return year % 100 == when.year % 100 if two else year == when.year


def _numeric_window_is_a_date(text: str, window: list[_Element], broad: bool) -> bool:
    """Whether numbers alone ("14/9", "21.3.22", "14 09 2021") stand for a date where they are."""
    start, end = window[0].start, window[-1].end
    if _NOT_A_DATE_BEFORE.search(text, max(0, start - 20), start) or _NOT_A_DATE_AFTER.match(text, end):
        return False
    gaps = [text[x.end:y.start] for x, y in zip(window, window[1:])]
    if any("," in g for g in gaps):
        return False
    if len(window) == 3 and gaps[0].strip() == "/" and gaps[1].isspace() and window[2].digits == 4:
        return True   # "09/08 2022": the year set apart by a space
    if any(not g.strip() for g in gaps) and (len(window) == 2 or not broad):
        return False  # "14 9" is two numbers; "14 09 2021" only for the broad net
    if len(window) == 3:
        # "21.3.22" counts even without a word that says it is a date: a paragraph "4.1.12" that happens to be
        # the protected date is lost, a protected date written that way is never left
        return broad or len(set(g.strip() for g in gaps)) == 1
    if "/" in gaps[0]:
        return True
    return _loose_cued(text, start, end)  # "14.9", "14-9": a section number or a score unless cued


_CUE_WEEKDAY = lazy(re.compile, rf"(?:{WEEKDAY}|(?i:{_WEEKDAY_ELEMENT})\.?),?\s+(?:the\s+)?$")


def _loose_cued(text: str, start: int, end: int) -> bool:
    # weak cues ("since 30.4") are enough here: only the protected day and month is at stake, not every number
    if _CUE_WEEKDAY.search(text, max(0, start - 16), start) or _cue_before(text, start, False, True):
        return True
    if re.match(rf"\s*(?:at\s+|@\s*|T)?{CLOCK}", text[end:end + 12]):
        return True
    # "14.9 – Police attended": the head of a chronology entry; "1-3" or "4.2" alone in a cell is a range or a
    # paragraph reference as often as a date
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and _CHRONOLOGY_ENTRY.match(text, end) is not None


_CHRONOLOGY_ENTRY = lazy(re.compile, r"[ \t]*[-–—:|][ \t]")


def _reading_spans(text: str, when: datetime.date, broad: bool,
                   mentions: list[DateMention]) -> list[tuple[int, int]]:
    spans = []
    # a range of days of a named month ("DECEMBER 10/11 2022", "September 18-19", "Aug. 8 or 9, 2022") is read
    # whole by ``_same_day``: its numbers are days, not a numeric date ("10/11 2022") or a year ("18-19")
    ranges = [(m.date_start, m.date_end) for m in mentions if m.other_days] + _list_spans(text)
    for run in _runs(text):
        # a weekday belongs to the date after it, and separates the dates of a run
        parts: list[list[_Element]] = [[]]
        weekday_before: dict[int, int] = {}
        for e in run:
            if e.kind == "weekday":
                parts.append([])
                weekday_before[len(parts) - 1] = e.start
            else:
                parts[-1].append(e)
        for index, core in enumerate(parts):
            dated: set[int] = set()
            for size in (3, 2):
                for i in range(len(core) - size + 1):
                    window = core[i:i + size]
                    if size == 2 and dated & {i, i + 1}:
                        continue  # the year beside it decides: "14/9/2020" is not a yearless 14/9
                    if any(start <= window[0].start and window[-1].end <= end for start, end in ranges):
                        continue
                    readings = _readings(text, window, broad)
                    matched = any(_matches(r, when) for r in readings)
                    if not (matched or size == 3 and readings):
                        continue  # (the cheap test first: most windows of a long run are not the date)
                    if _numeric(window) and not _numeric_window_is_a_date(text, window, broad):
                        continue
                    if size == 3:
                        if _dotted_to(text, core, i - 1, i) or _dotted_to(text, core, i + 3, i + 2):
                            continue  # "20.1.4.1.24": a clause number, whatever three of its parts look like
                        dated.update(range(i, i + 3))
                    elif _glued_number(text, core, i - 1, i) or _glued_number(text, core, i + 2, i + 1) \
                            or _month_of_another_year(text, window[0].start, when, mentions):
                        continue  # "14/05/202" cut by a line wrap; "In May 2022 ... on 14/5"
                    if matched:
                        start = window[0].start
                        if i == 0 and index in weekday_before:
                            start = weekday_before[index]
                        spans.append((start, window[-1].end))
    return spans


def _month_of_another_year(text: str, start: int, when: datetime.date, mentions: list[DateMention]) -> bool:
    """Whether a day and month without a year sit under the same month of another year, named earlier in the
    sentence ("In September 2020 she was seen on 14 Sept"). A year on its own is not enough: in "she had lived
    there since 2015 and died on 14 Sept" the year belongs to another clause."""
    left, _ = _sentence_bounds(text, start, start)
    if not _YEAR_WORD.search(text, left, start):
        return False
    first = bisect.bisect_left([m.start for m in mentions], left)
    years = {m.date.year for m in mentions[first:] if m.end <= start
             and m.date.month == when.month and m.date.year is not None and not m.two_digit_year}
    if not years or when.year in years:
        return False
    # "in October 2017 ... on Thursday 31 October": the weekday is 2019's, the year of ``when``, and not 2017's
    weekday = _weekday_written(text, start)
    return weekday is None or weekday != when.weekday() or any(
        _weekday_of(year, when.month, when.day) == weekday for year in years)


_WEEKDAY_AT = lazy(re.compile, rf"{WEEKDAY}")
_WEEKDAY_BEFORE = lazy(re.compile, rf"(?<![\w])({WEEKDAY}),?\s+(?:the\s+)?$")


def _weekday_written(text: str, start: int) -> int | None:
    """The weekday (0 for Monday) a date phrase starting at ``start`` opens with, or that stands just before it."""
    written = _WEEKDAY_AT.match(text, start) or _WEEKDAY_BEFORE.search(text, max(0, start - 20), start)
    if written is None:
        return None
    return _WEEKDAY_KEYS.index(written.group(0)[:3].lower())


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return datetime.date(year, month, day).weekday()
    except ValueError:
        return None     # 29 February of another year


def _dotted_to(text: str, core: list[_Element], other: int, inner: int) -> bool:
    if not 0 <= other < len(core) or core[other].kind != "num":
        return False
    left, right = sorted((core[other], core[inner]))
    return text[left.end:right.start] == "."


def _glued_number(text: str, core: list[_Element], other: int, inner: int) -> bool:
    """Whether element ``other`` is a number tied to ``inner`` by a slash, dot or hyphen ("14/05/202" cut by a
    line wrap is no yearless "14/05")."""
    if not 0 <= other < len(core) or core[other].kind not in ("num", "apos"):
        return False
    left, right = sorted((core[other], core[inner]))
    gap = text[left.end:right.start]
    if gap != gap.strip():
        # across a space only a year is tied ("14/05 2021": that year's); "09/08 999 call", "14/5 2 officers",
        # "09/08 – 999 call" are a date and then a count, a call to 999, an entry
        return core[other].kind == "num" and core[other].digits == 4 and 1900 <= (core[other].value or 0) <= 2099
    return gap.strip() in ("/", ".", "-", "–", "")


# what no day of the month is followed by: "the 14th century", "her 9th referral", "the ninth of them"
_NO_DAY_AFTER = r"""
         (?!\s+(?i:century|centuries|time|times|birthday|anniversary|floor|place|attempt|round|occasion|person|
                  visit|call|incident|entry|row|item|page|paragraph|edition|amendment|year|month|week|day(?!\s+of)|
                  hour|minute|anniversary|child|baby|pregnancy|referral|contact|session|appointment|
                  recommendation|weekend|fortnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|
                  (?:party|parties|draft|drafts|panel|meeting|meetings|version|report|reports|chapter|chapters|
                     bedroom|children|trimester|generation|sector|bullet|question|questions|quarter|wave|lockdown|
                     stage|level|tier|phase|option|point|line|layer|grade|term|sessions|review|reviews|imr|iteration|
                     instance|example|case|cases|offence|offences|conviction|allegation|admission|assault|stabbing|
                     marriage|husband|wife|partner|son|daughter|sibling|grandchild|storey|house|flat|room|bed|ward|
                     shift|element|category|priority|recommendations|action|actions|finding|findings|lesson|
                     lessons|theme|themes|principle|respondent|people|agency|agencies)\b|
                  of\s+(?:them|these|those|the(?!\s+(?:same|following|next|subsequent|previous|preceding)?\s*month\b)|
                        her|his|their|our|my|its|a|[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|
                        twelve|many|several)\b))"""
# "the 14th", "on the 14th", "Tuesday 14th", a table cell that says "14th": a day whose month the context gives.
# "the 14th century", "her 14th birthday" are no dates.
_BARE_DAY = lazy(re.compile,
    rf"""(?:(?<![\w])(?:the|on)\s+|(?<=[0-9]st/|[0-9]nd/|[0-9]rd/|[0-9]th/)|(?P<weekday>{WEEKDAY}|(?i:{_WEEKDAY_ELEMENT})\.?),?\s+(?:the\s+)?|^\s*|(?<=\n)\s*
            |(?:^|(?<=\n))[ \t]*(?:\|[ \t]*)?\*+|(?:^|(?<=\n))[ \t]*\|[ \t]*)
         (?P<day>(?:{DAY}{ORDINAL}|(?i:{_ORDINAL_WORD_ELEMENT})))(?![\w-]){_NO_DAY_AFTER}""",
    re.VERBOSE | re.IGNORECASE)

# "in the early hours of 9th", "by 9TH", "from 8th to 9 th", "9th (Sunday)", "overnight into Ninth": a day's ordinal
# with nothing before it that makes it a day. Many ordinals are no days ("her 9th referral", "the ninth caller"), so
# it is read as one only in a sentence that tells of the death or the birth (``_THE_DAY_OF_THE_DEATH``), then as
# "the 9th" is (``_in_context``)
# (compiled at import, not lazily: a match's ``re`` is compared with it below)
_LOOSE_DAY = re.compile(
    rf"""(?<![\w.,/£$:#-])(?P<weekday>(?!))?(?P<day>{DAY}[ ]?(?:st|nd|rd|th)|{_ORDINAL_WORD_ELEMENT})(?![\w-])
         {_NO_DAY_AFTER}""", re.VERBOSE | re.IGNORECASE)
_A_VERB_AFTER = lazy(re.compile, r"\s+[a-z]+ed(?![\w])")
_DETERMINER_BEFORE = lazy(re.compile, r"(?<![\w])(?:a|an|his|her|their|its|our|my|your|every|each|this|that|whose)\s+$",
                                re.IGNORECASE)
# what an ordinal word needs before it to be a day without "the": a word that takes a date, a comma, or the verb
# of the death itself ("died ninth (Sunday)"; not before "first", "second", "third": "she died first" is an order)
_A_DAYS_LEAD = lazy(re.compile, r"(?:(?<![\w])(?:on|of|by|to|into|until|till|from|and|between|before|after|since)|,)\s+$",
                          re.IGNORECASE)
_THE_DEATHS_VERB_BEFORE = lazy(re.compile, r"(?<![\w])(?:died|killed|murdered|dead)\s+$", re.IGNORECASE)


# ("the 3rd day of December 2022": December's, whatever month the sentence named before)
# (a dash with a space before it opens a chronology entry, "Tue 9th - 999 call": it writes no month)
_MONTH_NEAR_AFTER = lazy(re.compile, rf"\s*(?:(?i:day\s+)?of\s+)?(?:(?i:{_MONTH_ELEMENT})(?![A-Za-z]))|\s*[/.]\s*[0-9]|-\s*[0-9]")
_MONTH_NEAR_BEFORE = lazy(re.compile, rf"(?<![A-Za-z])(?i:{_MONTH_ELEMENT})\.?,?\s+(?:the\s+)?$")


def _bare_day_span(m: re.Match) -> tuple[int, int]:
    # the ordinal is the date, with its weekday ("Tuesday 14th"); "the", "on" and "of" are ordinary words
    return (m.start("weekday") if m.group("weekday") else m.start("day")), m.end("day")


_DAY_WORDS = {day: [w for w, d in _ORDINAL_DAYS.items() if d == day] for day in range(1, 32)}
# "the 12th of the 6th 1985": the second ordinal is the month (``_ordinal_months``), no day of its own
_ORDINAL_MONTH_BEFORE = lazy(re.compile, rf"(?<![\w]){DAY}{ORDINAL}\s+(?:(?i:day)\s+)?(?i:of)\s+$")


# "on Tuesday 14 she called": a weekday gives a plain number the meaning of a day
# ("Friday 14." ends its sentence; "Friday 14.5" and "14.05" are other things; "Friday 18: Police attended", a
# chronology's entry, is the day, where "Friday 18:00" is a time)
_WEEKDAY_DAY = re.compile(rf"(?P<weekday>{WEEKDAY}),?\s+(?P<day>{DAY})(?![\w/%-]|:(?![ \t]*(?:\n|$)|[ \t]+\S)|\.[\w.]|,[0-9])"
                          rf"(?!\s*(?i:st|nd|rd|th)\b)")


# a column's edge or the line's end after a number: the word after it is the next cell's, not what it counts
_NEXT_CELL_AFTER = lazy(re.compile, r"[ \t]*(?:\t|\n| {2,})")


# A chronology row that opens with the day's number alone, a dash or a colon after it, a column's edge (a tab, a
# run of spaces, a Markdown table's "|"), or a cell that holds nothing else: "3 – Police found her", "3: Police
# attended", "3<tab>Police attended", "| 03 | Police attended |", a cell "3" (not "3." or "3)", a list's numbers);
# in Welsh with its ordinal ending or as an ordinal word, "y" before it or not ("3ydd – Heddlu", "21ain:", "Y
# trydydd –", "Yr unfed ar hugain:")
@lru_cache(maxsize=1)
def _row_day() -> "re.Pattern[str]":
    welsh = "|".join(sorted((w.replace(" ", r"[ \t]+") for words in _WELSH_ORDINALS.values() for w in words),
                            key=len, reverse=True))
    return re.compile(
        rf"(?:^|(?<=\n))[ \t]*(?:\|[ \t]*)?\**(?P<weekday>(?!))?"
        rf"(?P<day>(?:(?i:yr?)[ \t]+(?=[0-9]+{_WELSH_ENDING}|(?i:{welsh})))?(?:{DAY}{_WELSH_ENDING}?"
        rf"|(?P<welsh>(?i:{welsh}))))\**"
        # after a column's edge, words, a time or nothing: "3<tab>5<tab>7" is a row of counts
        rf"(?=[ \t]*(?:[–—-]|:)[ \t]|[ \t]*$|(?:[ \t]*\||\t| {{2,}})[ \t]*(?:[^\W\d]|[*\"'‘“(]|\|?[ \t]*$|{CLOCK}(?![0-9])))")


_WELSH_ENDING = "(?:af|il|ydd|ed|fed|eg|ain)"


def _row_day_number(m: re.Match) -> int:
    if m.group("welsh"):
        key = " ".join(m.group("welsh").lower().split())
        return next(day for day, words in _WELSH_ORDINALS.items() if key in words)
    return int(re.search(r"[0-9]+", m.group("day")).group())   # type: ignore[union-attr]


def _bare_days(text: str, when: datetime.date) -> tuple[re.Match, ...]:
    return _bare_days_numbered(text, when.day)


# Keyed by the day of the month alone, all it reads of the date: ``_anniversaries`` asks for the same day in every
# year a text writes (case1's draft as one text: 105 years, this search 20 s of 46 before it was shared).
@lru_cache(maxsize=256)
def _bare_days_numbered(text: str, day_of_month: int) -> tuple[re.Match, ...]:
    when = datetime.date(2000, 1, day_of_month)   # (its year and month are never read below)
    lowered = text.lower()
    weekday_days = [m for m in _WEEKDAY_DAY.finditer(text) if int(m.group("day")) == when.day
                    and (not _COUNTED_AFTER.match(text, m.end()) or _NEXT_CELL_AFTER.match(text, m.end()))] \
        if str(when.day) in text else []  # "Tuesday 14 people"; "Tuesday 14<tab>ambulance called" is a row's day
    row_days = [m for m in _row_day().finditer(text) if _row_day_number(m) == when.day] \
        if str(when.day) in text or any(w.split()[0] in lowered for w in _WELSH_ORDINALS[when.day]) else []
    ordinals = (f"{when.day}{space}{s}" for s in ("st", "nd", "rd", "th") for space in ("", " "))   # "9th", "9 th"
    if not weekday_days and not row_days and not any(o in lowered for o in ordinals) \
            and not any(w in lowered for w in _DAY_WORDS[when.day]):
        return ()
    found = [*row_days]
    bare = list(_BARE_DAY.finditer(text))
    # a day written with its weekday is the weekday readings' to judge: "died on WEDNESDAY 15th" is no 15th of a
    # month whose 15th is a Sunday, which the loose reading, blind to the weekday, would take
    read = {m.span("day") for m in [*bare, *weekday_days] if m.groupdict().get("weekday")}
    loose = [m for m in _LOOSE_DAY.finditer(text) if m.span("day") not in read and _THE_DAY_OF_THE_DEATH.search(
        text, *_sentence_bounds(text, m.start(), m.end()))]
    for m in [*bare, *weekday_days, *loose]:
        day = m.group("day")
        if _day(day) != when.day or _ORDINAL_MONTH_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue
        if m.re is _LOOSE_DAY and (_COUNTED_AFTER.match(text, m.end()) and not _A_VERB_AFTER.match(text, m.end())
                                   or _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start())
                                   or day[0].isalpha() and not _a_days_lead(text, m.start(), day)):
            # "his 9th offence", "killed her within a second", "she was first stabbed"; "her death on ninth ended
            # years of abuse", "in the early hours of ninth" are days
            continue
        if day.lower() in _ORDINAL_DAYS and m.re is not _LOOSE_DAY and (
                not re.search(r"(?i)(?<![\w])(?:the|on)\s", m.group()) or _COUNTED_AFTER.match(text, m.end())):
            continue  # "the first thing", "Fourteenth" alone: words; "on the fourteenth, she" may be a day
        if _MONTH_NEAR_AFTER.match(text, m.end()) or _MONTH_NEAR_BEFORE.search(text, max(0, m.start() - 20),
                                                                            m.start("day")):
            continue  # part of a whole date, which the readings judge with its month and year
        found.append(m)
    return tuple(found)


def _a_days_lead(text: str, start: int, day: str) -> bool:
    before = max(0, start - 12)
    return _A_DAYS_LEAD.search(text, before, start) is not None or day.lower() not in ("first", "second", "third") \
        and _THE_DEATHS_VERB_BEFORE.search(text, before, start) is not None


def days_alone(text: str, context: "MonthContext | Month | None" = None) -> list[tuple[int, int, PartialDate]]:
    """Every day of the month written alone ("on the 10th", "Tuesday 14th", a cell "14th"), as (start, end,
    date) with the month and year its sentence, the text before it or else ``context`` gives (None where
    nothing does). The span holds the words that only fit a day: "on the 10th" whole."""
    out = []
    for m in _BARE_DAY.finditer(text):
        day = m.group("day")
        if _ORDINAL_MONTH_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "the 12th of the 6th": a month
        if day.lower() in _ORDINAL_DAYS and (not re.search(r"(?i)(?<![\w])(?:the|on)\s", m.group())
                                             or _COUNTED_AFTER.match(text, m.end())):
            continue  # "the first thing": a word
        if _MONTH_NEAR_AFTER.match(text, m.end()) or _MONTH_NEAR_BEFORE.search(text, max(0, m.start() - 20),
                                                                            m.start("day")):
            continue  # part of a whole date
        left, right = _sentence_bounds(text, m.start(), m.end())
        sentence = text[left:right]
        months = {_MONTH_BY_NAME[w.group().rstrip(".").lower()] for w in _MONTH_WORD.finditer(sentence)}
        years = {int(y.group()) for y in _YEAR_WORD.finditer(sentence)}
        if len(months) == 1:
            named: Month | None = (months.pop(), years.pop() if len(years) == 1 else None)
        elif months:
            named = None
        else:
            named = next(iter(_months_before(text, left) + _alternatives(context)), None)
        month, year = named if named else (None, None)
        lead = re.search(r"(?i)(?<![\w])(?:on\s+)?(?:the\s+)?$", text[max(0, m.start() - 12):m.start()])
        start = m.start() - len(lead.group()) if lead else m.start()
        out.append((start, m.end("day"), PartialDate(year, month, _day(day))))
    return out


# A month and, where the text gives it, its year.
Month = tuple[int, "int | None"]
# What "the 14th" may fall in: every month a reader could take it for, most recent first (the month named last,
# within a text the month last given with its year, a chronology's heading row); None where no month was named.
MonthContext = tuple[Month, ...]
# a date in figures names its month too ("On 01/11/2022 she called. On the 3rd ...")
_FIGURES_DATE_HINT = re.compile(r"[0-9][/.-][0-9]{1,2}[/.-][0-9]{2}|[0-9]{4}-[0-9]{1,2}|[0-9]/[01]?[0-9](?![0-9/])"
                                r"|[0-9]/(?:19|20)[0-9]{2}")


def _alternatives(context) -> MonthContext:
    """A context as its alternatives: None for none, and one (month, year) read as the only one (a week under way
    is no month: ``_week_of``; nor is the mark of rows above: ``_RowsAbove``)."""
    if not context:
        return ()
    return (context,) if isinstance(context[0], int) else tuple(
        c for c in context if not isinstance(c, (_Week, _RowsAbove, _HeadingYear, _PartOfAnotherDate)))


class _RowsAbove:
    """The mark, first in a month context, that the text before ended in a line of a chronology (a month's
    heading, a row opening with its day): a row "3<tab>Police attended" that opens the next text is one of its
    rows, where a heading numbered "3<tab>Analysis" after a paragraph is none."""

    def __repr__(self) -> str:
        return "ROWS_ABOVE"


ROWS_ABOVE = _RowsAbove()
# a line of a chronology: a row that opens with its day or date and a column's edge, a dash or a colon after it
@lru_cache(maxsize=1)
def _chronology_line() -> "re.Pattern[str]":
    return re.compile(
        rf"[ \t*#|>-]*(?:(?:{WEEKDAY}|(?i:{_WEEKDAY_ELEMENT})\.?),?[ \t]+)?(?:(?i:the|yr?)[ \t]+)?"
        rf"{DAY}(?:{ORDINAL}|af|il|ydd|ed|fed|eg|ain)?(?:[ \t]*[/.-][ \t]*[0-9]{{1,4}}){{0,2}}"
        rf"(?:[ \t]+(?:of[ \t]+)?{MONTH}(?:[ \t]+[0-9]{{2,4}})?)?\**(?:\t| {{2,}}|[ \t]*[|–—:-]|[ \t]*$)")


def _is_chronology_line(line: str) -> bool:
    """Whether ``line`` is a month's heading or a row of a chronology (``_chronology_line``)."""
    stripped = line.strip(" \t\r:-–|*#")
    if not stripped:
        return False
    return _chronology_line().match(line) is not None or _HEADING_ROW.fullmatch(stripped) is not None \
        or bool(_welsh_headings(stripped))


def _row_stands_in_a_table(text: str, m: re.Match, context) -> bool:
    """Whether a row's day set apart by a tab or a run of spaces ("3<tab>Police attended") is in a chronology:
    the line above it is a heading or another row, in this text or, on its first line, the text before (a
    numbered heading "3<tab>Analysis" sets its number apart so too). A dash, a colon or a table's "|" after the
    day says it is a row by itself."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if re.match(r"[ \t]*(?:[–—:|-]|$)", text[m.end():m.end() + 40]) or "|" in text[line_start:m.start()]:
        return True
    above = text[:line_start].rstrip()
    if not above:   # (a text may open with the blank lines before it)
        return isinstance(context, tuple) and bool(context) and context[0] is ROWS_ABOVE
    return _is_chronology_line(above.rsplit("\n", 1)[-1])


class _Named(NamedTuple):
    """The months a text names, as a context for what follows it."""
    last: Month | None          # the month it names last
    with_year: Month | None     # the month it names last with its year
    heading: bool               # the text is nothing but a month ("November 2022", "Nov-22"): a chronology's row
    opens_dated: bool = False   # the text opens with a date or a month: a new entry, no row under the heading


def _named_before(text: str, before: int) -> _Named:
    head = text[max(0, before - 2 * _LONGEST_SENTENCE):before]
    welsh = _welsh_headings(head)
    if not (_MONTH_WORD.search(head) or _FIGURES_DATE_HINT.search(head) or welsh):
        return _Named(None, None, False)
    mentions: list[DateMention] = []
    named: list[tuple[int, Month]] = []
    for mention in find_dates(head):
        if mention.date.month is not None:
            mentions.append(mention)
            named.append((mention.start, (mention.date.month, mention.date.year)))
    for m in _MONTH_WORD.finditer(head):
        word = m.group().rstrip(".").lower()
        # a month inside a date phrase is that phrase's; "May" alone may be a name
        if word not in ("may", "march") and not any(d.start <= m.start() < d.end for d in mentions):
            named.append((m.start(), (_MONTH_BY_NAME[word], None)))
    named += welsh
    named.sort(key=lambda item: item[0])
    with_year = next((month for _, month in reversed(named) if month[1] is not None), None)
    stripped = head.strip(" \t\r\n:-–|*#")
    if not named and not stripped[:1].isdigit():
        return _Named(None, None, False)
    if (row := _HEADING_ROW.fullmatch(stripped)) is not None:
        # "Jul-21", "JULY", "Nov '22", "2022-11": a heading row in a chronology's own shorthand
        if row.group("month"):
            year = row.group("year")
            month = (_MONTH_BY_NAME[row.group("month").rstrip(".").lower()],
                     None if year is None else int(year) if len(year) == 4 else _two_digit_year(int(year)))
        else:
            month = (int(row.group("n_month") or row.group("n_month2")), int(row.group("n_year") or row.group("n_year2")))
        return _Named(month, month if month[1] is not None else with_year, True, True)
    if len(welsh) == len(named) == 1 and "\n" not in stripped:
        # "Tachwedd 2022": a heading row in Welsh
        return _Named(welsh[0][1], welsh[0][1] if welsh[0][1][1] is not None else None, True, True)
    if not named:
        return _Named(None, None, False)
    heading = len(mentions) == 1 and len(named) == 1 and len(stripped) - len(mentions[0].text.strip()) <= 2
    opens_dated = named[0][0] <= len(head) - len(head.lstrip()) + 2
    return _Named(named[-1][1], with_year, heading, opens_dated)


_HEADING_ROW = re.compile(rf"(?i:(?P<month>{_MONTH_ELEMENT})\.?)(?:[\s,'’/-]*(?P<year>(?:19|20)?[0-9]{{2}}))?"
                          r"|(?P<n_year>(?:19|20)[0-9]{2})[-/.](?P<n_month>0?[1-9]|1[0-2])"
                          r"|(?P<n_month2>0?[1-9]|1[0-2])[-/.](?P<n_year2>(?:19|20)[0-9]{2})")


_WELSH_MONTHS = {"ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6, "gorffennaf": 7,
                 "awst": 8, "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12}
_WELSH_HEADING_ROW = re.compile(rf"(?im)^[ \t*#|:–-]*(?P<month>{'|'.join(_WELSH_MONTHS)})"
                                r"(?:[ \t,'’/-]*(?P<year>(?:19|20)[0-9]{2}))?[ \t*#|:–-]*\r?$")


@lru_cache(maxsize=4096)
def _welsh_headings(text: str) -> tuple[tuple[int, Month], ...]:
    """(start, month) of each heading row in Welsh in ``text`` ("Tachwedd 2022", "TACHWEDD"); a name of six letters
    or fewer only with its year: "Mai", "Medi" are given names, "Awst" one too, "Mawrth" Tuesday, "Hydref" autumn.
    Cached: a reader of months asks it of each text two or three times, and every check of a chronology's row of
    the line above (apply's case1: 11,792 questions of 1,631 texts)."""
    return tuple((row.start("month"), (_WELSH_MONTHS[row.group("month").lower()],
                                  int(row.group("year")) if row.group("year") else None))
            for row in _WELSH_HEADING_ROW.finditer(text)
            if row.group("year") is not None or len(row.group("month")) >= 7)


def _months_before(text: str, before: int) -> MonthContext:
    """The months that the text named before ``before`` that "the 14th" may fall in: the month named last, and
    the month last named with its year ("On 1 November 2022 she called; in October she had been hit; on the
    3rd ..." may be either)."""
    named = _named_before(text, before)
    return tuple(dict.fromkeys(m for m in (named.last, named.with_year) if m is not None))


@lru_cache(maxsize=8192)
def _year_month_or_figures(text: str) -> tuple[bool, bool, bool]:
    """Whether ``text`` writes a year, a month's word, a date in figures: what a reader of months (``_Months``) looks
    for before it reads a text. Cached: apply's learning and verify's two passes read a document's texts so."""
    return bool(_YEAR_WORD.search(text)), bool(_MONTH_WORD.search(text)), bool(_FIGURES_DATE_HINT.search(text))


class _HeadingYear(NamedTuple):
    """The year a chronology's heading row gives its rows ("2021" in a row or a merged cell of its own, "March
    2021"), as a part of a month context (``_Months``): a row "14/03" under it is the 14th of March 2021."""
    year: int


# a heading row that is a year alone: "2021", "Year: 2021", "**2021**"
_YEAR_HEADING = re.compile(r"(?i:(?:year|yr)\.?[ \t]*:?[ \t]*)?(?P<year>(?:19|20)[0-9]{2})")
# a table's day or month cell: a year cell after it is the date's own column ("14" | "March" | "2021"), no heading
_DATE_COLUMN = lazy(re.compile, rf"(?:(?:{WEEKDAY}|(?i:{_WEEKDAY_ELEMENT})\.?),?\s*)?(?:{DAY}{ORDINAL}?|"
                                rf"(?:{DAY}{ORDINAL}?\s*(?:of\s+)?)?(?i:{_MONTH_ELEMENT})\.?|{NUM_MONTH})")


class _Months:
    """The months a reader has seen so far, in reading order: what a later "the 14th" may fall in."""

    def __init__(self) -> None:
        self.last: Month | None = None
        self.heading: Month | None = None
        self.week: _Week | None = None
        self.rows_above = False
        self.heading_year: _HeadingYear | None = None
        self.previous = ""

    def context(self) -> MonthContext | None:
        # a week rides in the context beside the months, the mark of rows above before them, the heading's year
        # before the week (which is last); the readers that know them pick them out by their types
        months: tuple = tuple(dict.fromkeys(m for m in (self.last, self.heading, self.heading_year, self.week)
                                            if m is not None))
        return ((ROWS_ABOVE, *months) if months and self.rows_above else months) or None

    def _read_year(self, text: str) -> None:
        """A heading row's year holds for the rows under it until a text names another year."""
        stripped = text.strip(" \t\r\n:-–|*#")
        if (row := _YEAR_HEADING.fullmatch(stripped)) is not None:
            if _DATE_COLUMN.fullmatch(self.previous.strip()) is None:
                self.heading_year = _HeadingYear(int(row.group("year")))
            return
        if not any(_year_month_or_figures(text)):
            return
        named = _named_in(text)
        if named.heading and named.last is not None and named.last[1] is not None:
            self.heading_year = _HeadingYear(named.last[1])     # "November 2018"
            return
        if self.heading_year is None:
            return
        years = {int(y.group()) for y in _YEAR_WORD.finditer(text)}
        if named.with_year is not None and named.with_year[1] is not None:
            years.add(named.with_year[1])
        if years - {self.heading_year.year}:
            self.heading_year = None

    def read(self, text: str) -> None:
        self._read_year(text)
        if text.strip():
            self.previous = text
            self.rows_above = _is_chronology_line(text.rstrip().rsplit("\n", 1)[-1])
        if self.week is not None or _heads_a_week(text):
            # a week's rows ("Thursday: ...") run on to the next week's heading or a row dated outside the week
            scopes = _week_scopes(text, self.week)
            self.week = scopes[-1][2] if scopes and scopes[-1][1] == len(text) else None
        if not text or not (any(_year_month_or_figures(text)[1:]) or _welsh_headings(text)):
            return
        named = _named_in(text)
        if named.last is not None:
            self.last = named.last
        if named.heading:
            # a chronology's heading stays what its rows fall in, whatever other months a row mentions ("1st -
            # she told her GP of an assault in October. 3rd - ..."), until an entry opens with a date of its own
            self.heading = named.last
            self.week = None
        elif named.opens_dated:
            self.heading = None


def document_month_context(texts: list[str], whens: "tuple[datetime.date, ...]" = ()) -> list[MonthContext | None]:
    """For each text of a document in reading order, the months the texts before it named that a bare day may
    fall in: the month named last, and a chronology's heading ("14th" under a row that says "September 2021",
    though a row between mentions another month) until an entry opens with a date of its own. A text that writes
    with the texts beside it a whole date that is none of ``whens`` is marked so (``_marked_parts``)."""
    months = _Months()
    out = []
    for text in texts:
        out.append(months.context())
        months.read(text)
    return _marked_parts(texts, out, whens)


class _PartOfAnotherDate:
    """The mark, in a month context, that the text is a part of another whole date written across the texts
    beside it: "1" of "1" | "January" | "2021" is no day of the month the row above named."""

    def __repr__(self) -> str:
        return "PART_OF_ANOTHER_DATE"


PART_OF_ANOTHER_DATE = _PartOfAnotherDate()


def _marked_parts(texts: list[str], contexts: list, whens: "tuple[datetime.date, ...]") -> list:
    if not whens:
        return contexts
    for index in parts_of_other_dates(texts, list(whens)):
        contexts[index] = (*(contexts[index] or ()), PART_OF_ANOTHER_DATE)
    return contexts


# ---------------------------------------------------------------------------------------------------------------
# A chronology kept by the week: a heading "w/c 31/10/22", "Week commencing Monday 31st October 2022", "w/b
# 31.10.2022", "w/e 6/11/22" (the week's last day), then rows that name their day by its weekday alone ("Thursday:",
# "Thurs –", "Thu 3rd –"). In its week a weekday is one date, and the protected one where it falls on it. The week
# runs on to the next week's heading, or a row that opens with a date outside it.

class _Week(NamedTuple):
    """A week a heading names, as a part of a month context (``_Months``)."""
    date: PartialDate       # the day the heading writes (its year may be left out)
    ending: bool            # "w/e", "week ending": the week's last day, not its first
    weekday: int | None     # "W/C Monday 31st October": the weekday it writes, which tells a year left out


_WEEK_CUE = (r"(?P<cue>(?i:w\s?/\s?(?P<e>e)|w\s?/\s?[cb]|w\.[cb]\.?|(?P<e2>w\.e\.?)|wk\.?\s*/?\s*c"
             r"|(?:week|wk)\.?\s+(?:(?P<e3>ending)|commencing|beginning|starting|of|com+\.?|beg\.?)))(?![\w])[ \t]*[:.–-]?[ \t]*")
_WEEK_HEADING = re.compile(r"(?:^|(?<=\n))[ \t*#|•·>-]*" + _WEEK_CUE)
# the same words inside a sentence ("Date of death: w/c 3 July 2023 (Sunday)", "she died in the week commencing 3 July
# 2023, on the Sunday"): the week holds to the sentence's end only
_WEEK_IN_A_SENTENCE = lazy(re.compile, r"(?<![\w/.])" + _WEEK_CUE)
_LINE_START = lazy(re.compile, r"(?m)^[ \t*#|•·>-]*")


@lru_cache(maxsize=4096)
def _heads_a_week(text: str) -> bool:
    """Whether a line of ``text`` opens with a week's heading's words (asked of every text, for every protected
    date: once)."""
    return _WEEK_HEADING.search(text) is not None


def _week_of(context) -> _Week | None:
    """The week under way in a month context (``_Months``: its last part), if any."""
    last = context[-1] if isinstance(context, tuple) and context else None
    return last if isinstance(last, _Week) else None


def names_a_week(context) -> bool:
    """Whether a month context has a week under way: a text under it may write a protected date as a weekday alone
    ("Thursday: Police found her"), with no number verify's first look needs."""
    return _week_of(context) is not None


def _week_days(week: _Week, year: int) -> list[datetime.date]:
    named = datetime.date(year, week.date.month, week.date.day)   # type: ignore[arg-type]
    first = named - datetime.timedelta(days=6) if week.ending else named
    return [first + datetime.timedelta(days=k) for k in range(7)]


def _days_of_week(week: _Week, when: datetime.date) -> list[datetime.date] | None:
    """The seven days of ``week`` if ``when`` is one of them; a year the heading leaves out is the one that puts it
    there, and in which the weekday the heading writes is the day's."""
    for year in [week.date.year] if week.date.year is not None else [when.year, when.year - 1, when.year + 1]:
        if not _valid(year, week.date.month, week.date.day):    # type: ignore[arg-type]
            continue
        days = _week_days(week, year)
        named = days[6] if week.ending else days[0]
        if week.date.year is None and week.weekday not in (None, named.weekday()):
            continue
        if when in days:
            return days
    return None


def _in_week(week: _Week, date: PartialDate) -> bool:
    """Whether a date a row opens with ("Monday 31/10: she called") falls in ``week``."""
    days = _week_days(week, week.date.year if week.date.year is not None else 2000)   # 2000: any day, 29 February too
    return any((day.month, day.day) == (date.month, date.day) for day in days) and (
        date.year is None or week.date.year is None or date.year in {day.year for day in days})


@lru_cache(maxsize=4096)
def _week_scopes(text: str, week: _Week | None) -> tuple[tuple[int, int, _Week], ...]:
    """(start, end, week) of each stretch of ``text`` under a week: from a week's heading (or from the start, under
    the ``week`` the texts before it opened) to the next heading or a line that opens with a date outside it."""
    scopes: list[tuple[int, int, _Week]] = []
    start = 0
    dated: dict[int, DateMention] | None = None     # the dates with a day and a month, by where they start
    for line in _LINE_START.finditer(text):
        at = line.end()
        heading = _WEEK_HEADING.match(text, line.start())
        opening = None
        if heading or week is not None and text[at:at + 1].isalnum():
            if dated is None:
                dated = {m.start: m for m in reversed(find_dates(text))
                         if m.date.day is not None and m.date.month is not None}
            opening = dated.get(heading.end() if heading else at)
        if heading and opening:
            if week is not None and line.start() > start:
                scopes.append((start, line.start(), week))
            ending = bool(heading.group("e") or heading.group("e2") or heading.group("e3"))
            week, start = _Week(opening.date, ending, _weekday_written(text, opening.start)), line.start()
        elif week is not None and opening and not _in_week(week, opening.date):
            scopes.append((start, line.start(), week))
            week = None
    if week is not None:
        scopes.append((start, len(text), week))
    return tuple(scopes)


def _week_at(text: str, at: int, context) -> _Week | None:
    """The week ``text`` is under at ``at``: its own heading's, or the one its context left under way."""
    week = _week_of(context)
    if week is None and not _heads_a_week(text):
        return None
    return next((w for start, end, w in _week_scopes(text, week) if start <= at < end), None)


# "Thursday:", "Thurs –", "Thu 3rd –", "Thursday (3rd)", "on Thursday", "on the Thursday", "that Thursday", "by the
# Thursday": a weekday that names a day of its week; in a sentence only after "on", "the", "that", "by", "until",
# alone in brackets or with its day's number ("she attended every Thursday" is no day), as a row's opening after a
# dash on the heading's own line ("w/c 3 July 2023 – Sunday: Hodan killed."), or right after the week's date
# (``_APPOSED``)
_WEEKDAY_IN_A_WEEK = lazy(re.compile,
    rf"""(?:(?P<row>(?:^|(?<=\n))[ \t*#|•·>-]*)|(?<![\w])(?P<on>(?i:(?:on|that|by|until|till)[ \t]+(?:the[ \t]+)?|the[ \t]+))
         |(?P<dash>(?<=[–—;|][ \t]))|(?P<paren>(?<=\()[ \t]*)|(?<![\w]))
         (?P<weekday>{WEEKDAY}|(?i:{'|'.join(WEEKDAYS)})(?![\w]))
         (?:,?[ \t]*(?P<open>\()?(?:the[ \t]+)?(?P<day>{DAY}){ORDINAL}?(?(open)\))(?![\w]|[:.][0-9]))?""",
    re.VERBOSE)
# what follows the weekday that opens a row: a dash, a colon, a cell's end, a time ("Thursday 10:30 – ...")
_AFTER_A_ROWS_WEEKDAY = lazy(re.compile, rf"[ \t]*(?:[–—:|-]|,[ \t]|$|\n|(?:at[ \t]+)?{TIME}(?![\w:]))")
# a weekday alone in brackets names a day as "on Sunday" does ("w/c 3 July 2023 (Sunday): Hodan was killed")
_CLOSES_A_BRACKET = lazy(re.compile, r"[ \t]*\)")


@lru_cache(maxsize=4096)
def _weeks_in_sentences(text: str) -> tuple[tuple[int, int, _Week], ...]:
    """(start, end, week) of each week a sentence names after a line's start, from its words to the sentence's end
    ("The victim died on w/c 3 July 2023 (Sunday)."): a weekday there names one day of it as under a heading."""
    if "w" not in text and "W" not in text:
        return ()
    scopes = []
    dated: dict[int, DateMention] | None = None
    for cue in _WEEK_IN_A_SENTENCE.finditer(text):
        if text[text.rfind("\n", 0, cue.start()) + 1:cue.start()].strip(" \t*#|•·>-") == "":
            continue    # a heading's: _week_scopes reads it
        if dated is None:
            dated = {m.start: m for m in reversed(find_dates(text))
                     if m.date.day is not None and m.date.month is not None}
        opening = dated.get(cue.end())
        if opening is None:
            continue
        ending = bool(cue.group("e") or cue.group("e2") or cue.group("e3"))
        week = _Week(opening.date, ending, _weekday_written(text, opening.start))
        scopes.append((cue.start(), _prose_week_end(text, cue.start(), opening, week, dated), week))
    # another week named further on is where this one stops
    return tuple((start, min(end, scopes[k + 1][0]) if k + 1 < len(scopes) else end, week)
                 for k, (start, end, week) in enumerate(scopes))


# the gap between a sentence's end and the next sentence on the same line: its stop, a closing quote or bracket
_TO_THE_NEXT_SENTENCE = lazy(re.compile, r"[.!?…]*[\"'”’)\]]*[ \t]+(?=\S)")


def _prose_week_end(text: str, start: int, opening: DateMention, week: _Week, dated: dict[int, DateMention]) -> int:
    """Where a week named in a sentence stops naming the days of its weekdays: at the end of the sentence after
    its own, which still tells of the week ("The week commencing 3 July 2023 was difficult. Hodan died on the
    Sunday."), or before, at a date outside the week ("...; on 20 July her sister came, and on the Sunday she
    went home": that Sunday is 20 July's)."""
    end = _sentence_bounds(text, start, opening.end)[1]
    gap = _TO_THE_NEXT_SENTENCE.match(text, end)
    if gap:
        end = max(end, _sentence_bounds(text, gap.end(), gap.end())[1])
    for at, mention in dated.items():
        if opening.end <= at < end and not _in_week(week, mention.date):
            end = at
    return end


@lru_cache(maxsize=4096)
def _week_dates_ends(text: str) -> frozenset[int]:
    """Where the date a week's words open with ends ("w/c 3 July 2023", heading or prose): a weekday right after
    it is one day of the week (``_APPOSED``)."""
    dated = {m.start: m for m in find_dates(text) if m.date.day is not None and m.date.month is not None}
    return frozenset(dated[cue.end()].end for cue in _WEEK_IN_A_SENTENCE.finditer(text) if cue.end() in dated)


# a weekday set beside the week's date by a comma, a dash, a colon, a semicolon or a space ("Hodan died in the w/c 3
# July 2023, Sunday.", "Week beginning 03/07/23 - Sunday: Hodan was found."): the day of that week it names
_APPOSED = lazy(re.compile, r"[ \t]*(?:[,;:–—-][ \t]*)?")


def _weekdays_in_a_week(text: str, when: datetime.date, context) -> list[tuple[int, int]]:
    """Spans of ``when`` written as its weekday in a week that holds it (see above)."""
    week = _week_of(context)
    in_sentences = _weeks_in_sentences(text)
    if week is None and not in_sentences and not _heads_a_week(text):
        return []
    spans = []
    weeks_dates_ends: frozenset[int] | None = None
    for start, end, week in (*_week_scopes(text, week), *in_sentences):
        days = _days_of_week(week, when)
        if days is None:
            continue
        for m in _WEEKDAY_IN_A_WEEK.finditer(text, start, end):
            weekday = _WEEKDAY_KEYS.index(m.group("weekday")[:3].lower())
            if days[(weekday - days[0].weekday()) % 7] != when:
                continue
            if weeks_dates_ends is None:
                weeks_dates_ends = _week_dates_ends(text)
            if not m.group("day") and any(_APPOSED.fullmatch(text, end_of_date, m.start("weekday"))
                                          for end_of_date in weeks_dates_ends if end_of_date <= m.start("weekday")):
                spans.append((m.start("weekday"), m.end("weekday")))
            elif m.group("day"):
                if int(m.group("day")) == when.day and not _MONTH_NEAR_AFTER.match(text, m.end()):
                    spans.append((m.start("weekday"), m.end()))    # "Thursday (3rd)": the day's number too
            elif m.group("on") or (m.group("row") is not None or m.group("dash") is not None) \
                    and _AFTER_A_ROWS_WEEKDAY.match(text, m.end()) \
                    or m.group("paren") is not None and _CLOSES_A_BRACKET.match(text, m.end()):
                spans.append((m.start("weekday"), m.end("weekday")))
    return spans


# "the 3rd of the same month", "the 3rd of the following month"
_OF_THE_MONTH = lazy(re.compile, r"\s+of\s+(?:the\s+|that\s+)?(?P<which>(?:same|following|next|subsequent|previous|"
                           r"preceding|last)\s+)?month\b", re.IGNORECASE)


# a death or a birth the sentence of a day alone tells of ("died", "was killed", "Tariq killed her", "the fatal
# assault", "her death", "was born"; not "birthday": a birthday is any year's)
_THE_DAY_OF_THE_DEATH = lazy(re.compile, r"(?<![\w])(?:died|passed\s+away|killed|murdered|stabbed\s+to\s+death"
                                   r"|(?:found|pronounced|declared|confirmed)(?:\s+[\w'’]+){0,3}?\s+dead"
                                   r"|death|homicide|murder|fatal|born|birth)(?![\w])", re.IGNORECASE)


def _in_context(text: str, m: re.Match, when: datetime.date, context) -> bool:
    """Whether the day alone ``m`` may be ``when``: in the month its sentence names before it ("In October she was
    seen on the 14th"), else in the months its text names before it, else in any month the texts before it leave
    open (``context``: a chronology's rows name other months than their heading's). A month the sentence names
    after the day is another matter's ("3rd - police found her; she was due at court in December")."""
    if m.re is _row_day() and not _row_stands_in_a_table(text, m, context):
        return False
    left, right = _sentence_bounds(text, m.start(), m.end())
    sentence = text[left:right]
    # "the 14th May", "May the 14th": a month next to the day is the day's
    months = {_MONTH_BY_NAME[w.group().rstrip(".").lower()] for w in _MONTH_WORD.finditer(sentence)
              if 0 <= w.start() - (m.end() - left) <= 4 or 0 <= (m.start() - left) - w.end() <= 4}
    if months:
        if when.month not in months:
            return False
        years = {int(y.group()) for y in _YEAR_WORD.finditer(sentence)}
        return not years or when.year in years
    in_sentence = _months_before(sentence, m.start() - left)
    if not in_sentence and not _OF_THE_MONTH.match(text, m.end()) and (week := _week_at(text, m.start(), context)) \
            and _days_of_week(week, when):
        return True       # "the 3rd" under "w/c 31/10/22": the one 3rd of that week
    candidates = in_sentence or _months_before(text, left) or _alternatives(context)
    if not candidates:
        # "on Friday 14th" where no month was named: a weekday and a day together fall on the date of death a
        # few times a decade, and a reader who knows the date recognises it. With no weekday, a sentence that says
        # the day is the death's ("She died on the 9th.", "Tariq killed her in the early hours of the ninth") or the
        # birth's (a cue counts for either date, as in _anniversaries) gives it as surely: with the month and year
        # the report gives elsewhere it is the date
        weekday = _weekday_named(m)
        return weekday == when.weekday() or weekday is None and bool(_THE_DAY_OF_THE_DEATH.search(sentence))
    which = (of_month.group("which") or "").strip().lower() if (of_month := _OF_THE_MONTH.match(text, m.end())) \
        else ""
    if which in ("following", "next", "subsequent"):
        candidates = tuple((month % 12 + 1, None if year is None else year + (month == 12))
                           for month, year in candidates)
    elif which in ("previous", "preceding", "last"):
        candidates = tuple(((month - 2) % 12 + 1, None if year is None else year - (month == 1))
                           for month, year in candidates)
    if any(month == when.month and year in (None, when.year) for month, year in candidates):
        return True
    # "Hodan died on Saturday 26th" a line before "1 December 2022" and after "Jan 2022": where the weekday falls
    # on that day in none of the months the context offers, the context is some other matter's, and the weekday
    # and the day together are the date of death as where no month was named
    weekday = _weekday_named(m)
    return weekday is not None and weekday == when.weekday() and not any(
        _weekday_of(when.year if year is None else year, month, when.day) == weekday for month, year in candidates)


def _weekday_named(m: re.Match) -> int | None:
    """The weekday (0 for Monday) a day alone is written with ("Friday 14th", "fri the 14th"), None for none."""
    written = m.groupdict().get("weekday")
    if not written:
        return None
    return _WEEKDAY_KEYS.index(written[:3].lower())


def _overlaps(merged: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, disjoint spans."""
    index = bisect.bisect_left(merged, (end, end))
    return index > 0 and merged[index - 1][1] > start


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


@lru_cache(maxsize=16)
def _compact_forms(when: datetime.date, broad: bool) -> tuple[str, ...]:
    """The compact digit forms of ``when``: made once per date, not once per text (verify checks thousands)."""
    forms = [when.strftime("%Y%m%d"), when.strftime("%d%m%Y"), when.strftime("%d%m%y")]
    if broad:
        forms += [when.strftime("%m%d%Y"), when.strftime("%y%m%d")]
    return tuple(dict.fromkeys(forms))


def _compact(text: str, when: datetime.date, broad: bool) -> list[tuple[int, int]]:
    # "statement_20230514.pdf", "14052023", "140523": compact digits, only ever looked for as this one date
    spans = []
    for form in _compact_forms(when, broad):
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if not (at and text[at - 1].isdigit()) and not text[end:end + 1].isdigit():
                spans.append((at, end))
            at = text.find(form, at + 1)
    return spans


# A date with its parts glued together, as a police log, a file name or a hurried note writes it: "3rdNov22",
# "03Nov22", "3Nov2022", "Nov3rd2022", "NOV032022" (the day-first forms without an ordinal are also the date
# pattern's). Only ever looked for as this one date: month first, an unpadded day needs its ordinal or a
# four-digit year ("Nov322" is as likely a reference).
@lru_cache(maxsize=16)
def _glued_pattern(when: datetime.date) -> "re.Pattern[str]":
    month = "|".join(sorted((MONTHS[when.month - 1], *MONTH_ABBREVIATIONS[when.month - 1]), key=len, reverse=True))
    day = f"(?:{when.day:02d}|{when.day})"
    year, year2 = str(when.year), f"{when.year % 100:02d}"
    return re.compile(
        rf"(?<![A-Za-z0-9])(?:{day}{ORDINAL}?(?:{month})(?:{year}|{year2})"
        rf"|(?:{month})(?:{day}{ORDINAL}(?:{year}|{year2})|{day}{year}|{when.day:02d}{year2}))(?![A-Za-z0-9])",
        re.IGNORECASE)


def _glued(text: str, when: datetime.date) -> list[tuple[int, int]]:
    return [m.span() for m in _glued_pattern(when).finditer(text)]


# "the 12th of the 6th 1985", "12th of the 6th month, 1985": the month as an ordinal too, with its year (without
# one, "the 3rd of the 11th" may be a floor, a child, a paragraph)
@lru_cache(maxsize=16)
def _ordinal_month_pattern(when: datetime.date) -> "re.Pattern[str]":
    return re.compile(
        rf"(?<![\w])0?{when.day}{ORDINAL}\s+(?:day\s+)?of\s+the\s+0?{when.month}{ORDINAL}(?:\s+month)?,?\s+"
        rf"(?:(?:in|of)\s+)?(?:{when.year}|['’]{when.year % 100:02d})(?![\w])", re.IGNORECASE)


def _ordinal_months(text: str, when: datetime.date) -> list[tuple[int, int]]:
    return [m.span() for m in _ordinal_month_pattern(when).finditer(text)] if " of the " in text.lower() else []


# A year written after a date that holds none is its year, and another year makes it another date: "12 June in
# 1985", "the 12th day of June, in the year of our Lord 1985" (a deed's, a court's), "June 12th '85", "Mar. 12th,
# '85", and month first "June 12, 85" (two figures after a comma; after a day first, "12 June, 85", they are as
# often a count or the next item). Two figures that start a list of days ("June 12, 21 and 28") are days.
_YEAR_AFTER_A_DATE = lazy(re.compile,
    r",?[ \t]+in[ \t]+(?:the[ \t]+year[ \t]+(?:of[ \t]+our[ \t]+Lord[ \t]+)?)?(?P<year>(?:1[89]|20)[0-9]{2})(?![\w/:-])(?!\.[0-9])"
    r"|,?[ \t]*['’](?P<apostrophe>[0-9]{2})(?![\w])(?![/.:-][0-9])"
    rf"|,[ \t]*(?P<two>[0-9]{{2}})(?![\w])(?![/.:-][0-9])"
    r"(?![ \t]*(?:[,&/–-]|and(?![\w])|or(?![\w])|to(?![\w]))[ \t]*(?:the[ \t]+)?[0-9])"
    # (not before what a count is followed by: "June 12, 21 of them", "June 12, 21 were arrested")
    r"(?![ \t]+(?:of|out|were|are|have|had|more|others|people|[a-z]+s)(?![\w]))")
_A_YEAR = lazy(re.compile, r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])|['’][0-9]{2}(?![0-9])")
_ENDS_WITH_A_DAY = lazy(re.compile, rf"(?<![0-9]){DAY}(?:{ORDINAL})?$")


def _with_years_after(text: str, when: datetime.date, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A span without its year followed by its year (``_YEAR_AFTER_A_DATE``): the date with it, or no mention of
    ``when``."""
    out = []
    for start, end in spans:
        m = _YEAR_AFTER_A_DATE.match(text, end)
        if m is not None and m.group("two") and not _ENDS_WITH_A_DAY.search(text, start, end):
            m = None     # "12 June, 85": day first, the figures after the comma are not read as its year
        if m is None or _A_YEAR.search(text, start, end):
            out.append((start, end))
            continue
        written = m.group("year") or m.group("apostrophe") or m.group("two")
        if int(written) == (when.year if len(written) == 4 else when.year % 100):
            out.append((start, m.end()))
    return out


# A year written before a month and its day, with a space or a comma: "2021 March 14", "2021, Mar. 14th" (a
# chronology's or a log's order, "the message of 2021 March 14") is that year's date. Not after a word that makes
# the year a period of its own ("In 2021 March 14 was a Monday", "between 2019 and 2021 March 14 ...").
_YEAR_BEFORE_A_MONTH = lazy(re.compile, r"(?<![\w/.:'’-])(?P<year>(?:1[89]|20)[0-9]{2}),?[ \t]+$")
_A_PHRASE_BEFORE_THE_YEAR = lazy(re.compile,
    r"(?i:in|since|during|throughout|between|and|or)[ \t]+$")


def _with_years_before(text: str, when: datetime.date, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A span that opens with a month's name and holds no year, after a year (``_YEAR_BEFORE_A_MONTH``): the date
    with it, or no mention of ``when``."""
    out = []
    for start, end in spans:
        m = _YEAR_BEFORE_A_MONTH.search(text, max(0, start - 7), start)
        if m is None or not _MONTH_WORD.match(text, start) or _A_YEAR.search(text, start, end) \
                or _A_PHRASE_BEFORE_THE_YEAR.search(text, max(0, m.start() - 10), m.start()):
            out.append((start, end))
        elif int(m.group("year")) == when.year:
            out.append((m.start(), end))
    return out


# Days listed or ranged before a span that opens with its day: "the night of the 13th into the 14th of March",
# "13th and the 14th of March", "13/14.03.2022", "between 13 and 14 March" (the span is the protected day's): the
# list goes whole, or the day beside it gives the date away.
_DAYS_BEFORE_A_DAY = lazy(re.compile,
    rf"(?<![\w/.:,£$€%-])(?:(?:the\s+)?{DAY}{ORDINAL}?(?:\s*,\s*|\s+(?:and|or|to|into|until|till|through|&)\s+"
    rf"(?:the\s+)?|\s*[-–/]\s*))+$")
_OPENS_WITH_A_DAY = lazy(re.compile, rf"(?:the\s+)?{DAY}(?![0-9])")


def _with_days_listed_before(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for start, end in spans:
        m = _DAYS_BEFORE_A_DAY.search(text, max(0, start - 60), start) if _OPENS_WITH_A_DAY.match(text, start) else None
        out.append((m.start() if m else start, end))
    return out


# A range or list of days in words or figures with its month: "between the thirteenth and fourteenth of March",
# "the thirteenth, fourteenth and fifteenth of March 2022", "from the twelfth to the fourteenth of March", "March
# thirteenth–fourteenth", "13th–fourteenth March", "Sunday the thirteenth (into Monday the fourteenth) of March".
# A day of it that is the protected one takes the whole list with it (a day beside it gives the date away, as
# ``_with_days_listed_before`` says for figures); the date phrases inside it are the list's, so a list of another
# year ("... of March, two thousand and 21") is no mention, whatever "fourteenth of March" alone reads as.
# (not the first word of a year: "December fourth to sixth, two thousand and 14", "May twenty-first, twenty twenty")
_A_YEAR_AHEAD = (rf"(?!(?i:(?:twenty|nineteen)[\s-]+(?:hundred|oh|{'|'.join(_TEEN_WORDS)}|{'|'.join(_TENS_WORDS)}"
                 r"|[1-9][0-9])(?![a-z0-9])))")
_LISTED_DAY = (rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{_A_YEAR_AHEAD}(?P<d>(?<![\w/.:£$€%-]){DAY}{ORDINAL}?(?![\w/.:])"
               rf"|(?<![\w-])(?i:{_ORDINAL_WORD_ELEMENT}|{_CARDINAL_ELEMENT})(?![\w-]))(?![\s-]+(?i:thousand))")
_LIST_SEPARATOR = (r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|to|into|until|till|through|thru|&)\s+|\s*[-–/]\s*"
                   r"|\s*[(\[]\s*(?:into|to|and|or|until|till|through)\s+)")
_ONE_DAY = lazy(re.compile, _LISTED_DAY)
_DAY_LIST = _LISTED_DAY.replace("(?P<d>", "(?:")
# (after a month in small letters no date pattern reads the figures, "march 13th-14th", "december 20th/21st",
# "july seventh-eighth": a hyphen or a slash joins them, and a full stop after the last may end the sentence)
_SMALL_ONE_DAY = lazy(re.compile, _LISTED_DAY.replace("(?<![\\w/.:£$€%-])", "(?<![\\w.:£$€%])")
                            .replace("(?![\\w/.:])", r"(?![\w:]|\.\w|/[0-9]{3})")
                            .replace("(?<![\\w-])(?i:", "(?<![\\w])(?i:").replace(f"{_CARDINAL_ELEMENT})(?![\\w-])",
                                                                             f"{_CARDINAL_ELEMENT})(?![\\w])"))
_SMALL_DAY_LIST = _SMALL_ONE_DAY.pattern.replace("(?P<d>", "(?:")
# (a list opens at a word start with one of these letters or a digit: the engine skips every other place at once)
_DAY_LISTS = lazy(re.compile, rf"""
    (?<![\w])(?=[0-9adefjmnostwADEFJMNOSTW])
    (?:(?P<before>{_DAY_LIST}(?:{_LIST_SEPARATOR}{_DAY_LIST})+)[ \t]*[)\]]?,?(?:\s+(?i:day\s+)?(?P<of>of))?\s+(?P<month>
        (?(of)(?i:{_MONTH_ELEMENT})(?![A-Za-z])|{MONTH}))
  | (?P<month_first>{MONTH})\.?,?\s+(?P<after>{_DAY_LIST}(?:{_LIST_SEPARATOR}{_DAY_LIST})+)
  | (?P<small_month>{'|'.join(m.lower() for m in MONTHS)})(?![\w]),?\s+(?P<small_after>{_SMALL_DAY_LIST}(?:{_LIST_SEPARATOR}{_SMALL_DAY_LIST})*))
""", re.VERBOSE)
_FIGURES_WITH_ORDINAL = lazy(re.compile, rf"[0-9]+{ORDINAL}")
_YEAR_OF_A_LIST = lazy(re.compile, rf",?\s+(?P<year>{YEAR4})")


# The letters every ordinal or cardinal day word's last word opens with ("twenty-first" ends in "first", "thirty"
# opens with "thi"), matched as the words are: case-insensitively.
_DAY_WORD_OPENINGS = "fir|sec|thi|thr|fou|fif|fiv|six|sev|eig|nin|ten|ele|twe|one|two"
# What a day of a list or a range opens with, looser than any (a weekday and "the" before it, a figure, a word).
_A_DAY_OPENS = rf"(?:\w+\.?,?\s+)?(?:the\s+)?(?:[0-9]|(?i:{_DAY_WORD_OPENINGS}))"
# What every list of ``_DAY_LISTS`` holds, a looser test of a text (most never write one) that needs no compiling of
# that pattern (13,000 characters, a fiftieth of a cold verify): two days joined by a separator, the first a day's
# figures with their ordinal or a day word's last word ("13th and fourteenth", "twenty-first to"); or a month in
# small letters before a day. And a month's word in any case, at a word's start.
_MAY_LIST_DAYS = lazy(re.compile, rf"(?<![\w])(?:[0-9]{{1,2}}(?:[A-Za-z]{{2}})?|(?i:{_DAY_WORD_OPENINGS})\w*)"
                                  rf"{_LIST_SEPARATOR}{_A_DAY_OPENS}"
                                  rf"|(?:{'|'.join(m.lower() for m in MONTHS)})(?![\w]),?\s+{_A_DAY_OPENS}")
_A_MONTH_WORD_IN_ANY_CASE = lazy(re.compile, rf"(?<![\w])(?i:{_MONTH_ELEMENT})(?![A-Za-z])")


@lru_cache(maxsize=1024)
def _day_lists(text: str) -> tuple[tuple[int, int, int, frozenset[int], int | None], ...]:
    """(start, end, month, days, year written in figures or None) of every range or list of days of one month."""
    if not (_MAY_LIST_DAYS.search(text) and _A_MONTH_WORD_IN_ANY_CASE.search(text)):
        return ()
    out = []
    for m in _DAY_LISTS.finditer(text):
        days_group = "before" if m.group("before") else "after" if m.group("after") else "small_after"
        one_day = _SMALL_ONE_DAY if days_group == "small_after" else _ONE_DAY
        written = [d.group("d") for d in one_day.finditer(m.group(days_group))]
        if m.group("small_month"):
            if not _small_month_dated(text, m, written):
                continue
        elif all(d[0].isdigit() for d in written) and not re.search(r"[(\[]", m.group(days_group)):
            # days in figures alone are the date pattern's ("May 14-15", "March 14, 21 were arrested"), but for
            # a bracket's ("the night of the 13th (into the 14th) of March")
            continue
        days = frozenset(_day(d) if d[0].isdigit() else _ORDINAL_DAYS.get(_word_key(d)) or _CARDINAL_DAYS[_word_key(d)]
                         for d in written)
        month = _MONTH_BY_NAME[_word_key(m.group("month") or m.group("month_first") or m.group("small_month"))
                               .rstrip(".")]
        year = _YEAR_OF_A_LIST.match(text, m.end())
        if not (year or m.group("of") or _YEAR_IN_WORDS.match(text, m.end()) or m.group("small_month")) \
                and all(d[0].isdigit() or _word_key(d) in _CARDINAL_DAYS for d in written):
            continue   # "fourteen and fifteen March residents": cardinal days need their year or "of", as one does
        out.append((m.start(), year.end() if year else m.end(), month, days,
                    int(year.group("year")) if year else None))
    return tuple(out)


def _small_month_dated(text: str, m: re.Match, written: list[str]) -> bool:
    """Are the days after an English month in small letters its date's ("march 13th-14th", "march
    thirteenth–fourteenth", "march 13-14, 2022", "march 14th")? "march" and "may" are verbs too: two days or more, or
    one in figures with its ordinal ("they may first ask", "march first to the hall" are no dates), cardinal words
    with their year only, and no count after them ("the cadets march 13-14 miles")."""
    if a_count_after(text, m.end()) or _COUNTED_PLURAL.match(text, m.end()):
        return False
    if _YEAR_OF_A_LIST.match(text, m.end()) or _YEAR_IN_WORDS.match(text, m.end()):
        return True
    # (cardinal words need their year, as after a month with its capital: "they march seventeen or eighteen
    # abreast"; bare figures do not, as a text message writes them: "it happened july 22-23 i think")
    if all(_word_key(d) in _CARDINAL_DAYS for d in written):
        return False
    if len(written) == 1 and written[0].isdigit() and nearby.ending_at(_A_DAY_CUE_BEFORE, text, m.start(), 20):
        return True     # "she died march 14", "on march 14", "since march 14": no one marches there
    if len(written) == 1 and written[0].isdigit() and not nearby.ending_at(_A_MARCHER_BEFORE, text, m.start(), 20) \
            and not _A_MARCH_MEASURE_AFTER.match(text, m.end()):
        # "mum march 14 gone", "cant sleep may 1 every year": a figure after the verb needs a subject before it
        # ("they march", "we may") or a measure after it ("14 abreast", "14 km"); without either it is a day
        return True
    return len(written) > 1 or bool(_FIGURES_WITH_ORDINAL.fullmatch(written[0]))


# who marches, or may: a pronoun, a modal, "to", a plural
_A_MARCHER_BEFORE = lazy(re.compile, r"(?<![\w'’])(?:i|we|you|they|he|she|it|to|will|would|shall|should|can|could|must|"
                               r"might|may|did|do|does|not|then|and|or|who|that|"
                               r"(?!(?:was|has|his|hers|this|its|yes|always|perhaps|thus|plus|is|as|us)[ \t])"
                               r"[a-z]+[^s'’\s]s)[ \t]+$", re.IGNORECASE)
# what a march or a count measures after its figure: "14 abreast", "14 km", "14 mile", "14 strong"
_A_MARCH_MEASURE_AFTER = lazy(re.compile, r"[ \t]*(?:-[ \t]*)?(?:abreast|strong|deep|wide|km|kms|k|mi|miles?|metres?|meters?|"
                                    r"kilomet(?:er|re)s?|yards?|yds|paces?|steps?|times?|laps?|hours?|hrs?|minutes?|"
                                    r"mins?|days?|nights?|weeks?|x|more|others?|of)(?![\w])", re.IGNORECASE)


# the words before a month in small letters that make the figure after it its day: a preposition of time, or a
# verb of what happened on a day (a march is never "on", "since" or "died")
_A_DAY_CUE_BEFORE = lazy(re.compile, r"(?<![\w'’])(?:on|since|until|till|til|by|before|after|from|of|dated|died|killed|"
                               r"murdered|stabbed|attacked|assaulted|found|arrested|born)[ \t]+$", re.IGNORECASE)


def _listed_days(text: str, when: datetime.date) -> list[tuple[int, int]]:
    return [(start, end) for start, end, month, days, year in _day_lists(text)
            if month == when.month and when.day in days and year in (None, when.year)]


def _list_spans(text: str) -> list[tuple[int, int]]:
    return [(start, end) for start, end, *_ in _day_lists(text)]


def _years_and_days_beside(text: str, when: datetime.date, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` read with the year and the days written beside them."""
    return _with_days_listed_before(text, _with_years_before(text, when, _with_years_after(text, when, spans)))


# A date in figures with a separator no reading above takes ("03,11,2022", "03\\11\\2022", "03|11|2022",
# "03_11_2022", "03:11:2022", a photo's "2022:11:03") or a letter O for a zero, as OCR reads a scan ("2O22",
# "O3/11/2022"). Such a run of numbers is as often a list or a piece of a reference, so it counts only with the
# protected date's own values, and alone: not inside a longer run ("3,11,22,14", "1|03|11|2022"). (Spaces,
# "03 11 2022", are verify's broad net's only: a phone number's pieces are spaced so.)
_OTHER_SEPARATOR = r"[,\\|_/.:-]"
_RUN_BEFORE = lazy(re.compile, rf"[0-9]{_OTHER_SEPARATOR}$")
# a number after a separator, unless it is a time ("03_11_2022_14.30")
_RUN_AFTER = lazy(re.compile, rf"{_OTHER_SEPARATOR}[0-9](?![0-9]?[:.][0-5][0-9])")


@lru_cache(maxsize=16)
def _figures_pattern(when: datetime.date) -> "re.Pattern[str]":
    def figures(number: int, width: int) -> str:
        forms = sorted({f"{number:0{width}d}", str(number)}, key=len, reverse=True)
        return "(?:" + "|".join(form.replace("0", "[0Oo]") for form in forms) + ")"

    day, month = figures(when.day, 2), figures(when.month, 2)
    year = f"{figures(when.year, 4)}|{figures(when.year % 100, 2)}"
    return re.compile(rf"(?<![0-9A-Za-z])(?:{day}(?P<sep>{_OTHER_SEPARATOR}){month}(?P=sep)(?:{year})"
                      rf"|{figures(when.year, 4)}(?P<sep2>{_OTHER_SEPARATOR}){month}(?P=sep2){day})"
                      r"(?![0-9A-Za-z])")


def _figures_set_apart_otherwise(text: str, when: datetime.date) -> list[tuple[int, int]]:
    """Spans of ``when`` in figures with another separator or a letter O (see above)."""
    spans = []
    for m in _figures_pattern(when).finditer(text):
        separator = m.group("sep") or m.group("sep2")
        if separator in "/.-" and not any(c in "Oo" for c in m.group()):
            continue     # "03/11/2022": the readings above have it
        if separator == ":" and not re.search(r"[0-9Oo]{4}", m.group()):
            continue     # "14:06:23" is a time; "14:06:2023", a photo's "2023:06:14" are dates
        if _RUN_BEFORE.search(text, max(0, m.start() - 2), m.start()) or _RUN_AFTER.match(text, m.end()) \
                or _NOT_A_DATE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue     # "3,11,22,14", "paragraphs 3,11,22"
        spans.append(m.span())
    return spans


_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


@lru_cache(maxsize=16)
def _roman_month_pattern(when: datetime.date) -> re.Pattern:
    """'5 XI 2023', '05.XI.2023', '2023-XI-05': the month in Roman numerals, as Polish, Czech, Hungarian and other
    records write it, between the day and the year (the year is needed: "5 V" alone is no date)."""
    day, month = rf"0?{when.day}", _ROMAN_MONTHS[when.month - 1]
    roman = rf"(?:{month}|{month.lower()})"
    year = rf"(?:{when.year}|{when.year % 100:02d})"
    gap = r"\s*[-./]\s*|\s+"
    return re.compile(rf"(?<![\w.]){day}\.?(?:{gap}){roman}(?:{gap}){year}(?![\w])"
                      rf"|(?<![\w.]){when.year}(?:{gap}){roman}(?:{gap}){day}(?![\w])")


def _roman_month(text: str, when: datetime.date) -> list[tuple[int, int]]:
    roman = _ROMAN_MONTHS[when.month - 1]
    if (roman not in text and roman.lower() not in text) or str(when.day) not in text:
        return []    # (most texts: asked of every text for every protected date)
    return [m.span() for m in _roman_month_pattern(when).finditer(text)]


# Chinese and Japanese write a number's unit after it (年 year, 月 month, 日 or 号 day), in digits or in their own
# numerals ("2022年2月3日", "二〇二二年二月三日"); Korean likewise (년, 월, 일: "2022년 2월 3일"); Vietnamese puts the
# unit first ("ngày 3 tháng 2 năm 2022", "3 tháng 2, 2022").
_CJK_DIGITS = "〇一二三四五六七八九"
_YEAR_UNIT = r"(?P<year>[0-9]{4}|[〇零一二三四五六七八九]{4})\s*[年년]\s*"


def _cjk_number(number: int) -> str:
    """3 -> 三, 12 -> 十二, 21 -> 二十一, 30 -> 三十 (numbers of a month or a day)."""
    tens, units = divmod(number, 10)
    return (_CJK_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (_CJK_DIGITS[units] if units else "")


def _cjk_year(year: str) -> int:
    return int(year) if year.isdigit() and year.isascii() else int("".join(
        str(_CJK_DIGITS.index("〇" if c == "零" else c)) for c in year))


@lru_cache(maxsize=16)
def _unit_word_pattern(when: datetime.date) -> re.Pattern:
    month, day = rf"0?{when.month}", rf"0?{when.day}"
    cjk_month, cjk_day = _cjk_number(when.month), _cjk_number(when.day)
    vietnamese_day = r"(?:(?:ngày|ngay|mùng|mung|mồng|mong)\s+)?"
    return re.compile(
        rf"(?:{_YEAR_UNIT})?(?:(?<![0-9]){month}|(?<![一二三四五六七八九十]){cjk_month})\s*[月월]\s*"
        rf"(?:{day}(?![0-9])|{cjk_day}(?![一二三四五六七八九十]))\s*[日号號일]"
        rf"|(?<![\w]){vietnamese_day}{day}\s+th[aá]ng\s+{month}(?![0-9])"
        rf"(?:\s*(?:,|n[aă]m)\s*(?P<vyear>[0-9]{{4}})(?![0-9]))?", re.IGNORECASE)


def _with_unit_words(text: str, when: datetime.date) -> list[tuple[int, int]]:
    """Spans of ``when`` written with unit words (``_unit_word_pattern``); with another year it is another date."""
    return [span for span, year in _unit_words_on(text, when.month, when.day) if year is None or year == when.year]


# (the day and month written with unit words and the year each writes, if any: the same for every year of the day,
# which ``_anniversaries`` asks for in every year a text writes)
@lru_cache(maxsize=256)
def _unit_words_on(text: str, month: int, day: int) -> tuple[tuple[tuple[int, int], int | None], ...]:
    if text.isascii():
        return ()     # (most texts: every form here has a letter outside ASCII)
    # (``_unit_word_pattern`` reads the month and day of its date alone)
    found = []
    for m in _unit_word_pattern(datetime.date(2000, month, day)).finditer(text):
        year = m.group("year") or m.group("vyear")
        found.append((m.span(), None if year is None else _cjk_year(year)))
    return tuple(found)


# "the last day of October 2019", "the last Thursday of October", "the first Monday in May": a day described by its
# place in the month, which names it as surely as "31 October"
_NTH_IN_MONTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                 "fifth": 5, "5th": 5, "last": -1, "final": -1}
_DESCRIBED_DAY = lazy(re.compile,
    rf"(?<![\w])(?:(?i:the)\s+)?(?P<nth>(?i:{'|'.join(_NTH_IN_MONTH)}))\s+(?P<what>(?i:day|{'|'.join(WEEKDAYS)}))"
    rf"\s+(?i:of|in)\s+(?P<month>{MONTH})(?:,?\s+(?P<year>(?:1[89]|20)[0-9]{{2}})(?![\w]))?")


def _described_days(text: str, when: datetime.date) -> list[tuple[int, int]]:
    """Spans of ``when`` described by its place in its month (``_DESCRIBED_DAY``); without a year, the year of
    ``when`` is the one meant, as for a date written "31 October"."""
    spans = []
    for month, year, nth, what, span in _days_described_in(text):
        year = when.year if year is None else year
        if month == when.month and year == when.year and _nth_day(year, month, nth, what) == when.day:
            spans.append(span)
    return spans


# (each description's month, year if written, place and day word, and span: the same whatever date is asked for,
# and ``_anniversaries`` asks for one day in every year a text writes)
@lru_cache(maxsize=256)
def _days_described_in(text: str) -> tuple[tuple[int | None, int | None, int, str, tuple[int, int]], ...]:
    lowered = text.lower()
    if not any(word in lowered for word in ("last", "final", "first", "1st", "second", "2nd", "third", "3rd",
                                            "fourth", "4th", "fifth", "5th")) or " of " not in lowered \
            and " in " not in lowered:
        return ()
    return tuple((_MONTH_BY_NAME.get(m.group("month").rstrip(".").lower()),
                  int(m.group("year")) if m.group("year") else None,
                  _NTH_IN_MONTH[m.group("nth").lower()], m.group("what").lower(), m.span())
                 for m in _DESCRIBED_DAY.finditer(text))


def _nth_day(year: int, month: int, nth: int, what: str) -> int | None:
    """The day of the month that is the ``nth`` (-1: the last) day or named weekday of the month."""
    days = calendar.monthrange(year, month)[1]
    if what == "day":
        return days if nth == -1 else nth
    weekday = [day.lower() for day in WEEKDAYS].index(what)
    matching = [day for day in range(1, days + 1) if datetime.date(year, month, day).weekday() == weekday]
    return matching[-1] if nth == -1 else matching[nth - 1] if nth <= len(matching) else None


@lru_cache(maxsize=12)
def _other_language_dates(month_number: int) -> "re.Pattern[str]":
    """A whole date with its month named in another language ("25 Tachwedd 2019", "25 listopada 2019 r.",
    "25. November 2019", "25 de noviembre de 2019", "2019. november 25.", "Dachwedd 25, 2019"): the month names of
    ``redact/data/month_names.tsv`` (CLDR's, from Babel: see tools/build_data.py) that can mean ``month_number``.
    One pattern per month: the names of every month in 56 languages make a pattern that takes longer to compile
    than a cold ``verify`` has, and only the protected dates' months are ever asked for."""
    names = [name for name, months in _month_numbers().items() if month_number in months]
    month = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(names, key=len, reverse=True))
    day, year = r"(?P<{}>0?[1-9]|[12][0-9]|3[01])", r"(?P<{}>(?:1[89]|20)[0-9]{{2}})"
    # (a short name's dot, or Hindi's abbreviation sign "॰", is a link's: "9 lut. 2022", "9 फ़र॰ 2022"; "09-lut-2022"
    # as a spreadsheet in Polish writes it, "14-mar.-2022", "14/März/22" as other records do)
    link = r"(?:\s*(?:de|del|of|o\s+fis|o|d\.|a|ta|ng)\s+|\s*[.,\u0970]?\s*|[.\u0970]?[-/])"
    # after a day and its month, a year in two figures as English reads one ("14-mars-22", "14 Mawrth '22"; "14
    # März 22 Personen" counts); month first too ("Mawrth 14, 22", "marzo 14, 22")
    day_first_year = rf"(?P<y1>(?:1[89]|20)[0-9]{{2}}|{YEAR2})"
    return re.compile(
        rf"(?<![\w/.-])(?:{day.format('d1')}(?:\.|{_OTHER_ORDINALS})?{link}(?P<m1>{month}){link}{day_first_year}"
        rf"|(?P<m2>{month})[.\u0970]?\s+{day.format('d2')}\.?,?\s+(?P<y2>(?:1[89]|20)[0-9]{{2}}|{YEAR2})"
        rf"|{year.format('y3')}(?:\.?(?:\s*(?:m\.|г\.|gada|р\.|год[а]?)?)\s*|[-/])(?P<m3>{month})"
        rf"(?:[.\u0970]?\s+|[.\u0970]?[-/]){day.format('d3')}\.?"
        # Latvian: "2022. gada 14. martā", the year's genitive, then the day and the month
        rf"|{year.format('y4')}\.?\s*gada\s+{day.format('d4')}\.\s*(?P<m4>{month}))"
        r"(?![\w/-])", re.IGNORECASE)


# A year after a day and its month by a hyphen or a slash ("14-mar.-2021", "25 Veebr.-2008"), or in two figures
# ("24. korrik 23", "14-Maw-21", "14 Mawrth '21") as the day-first form of ``_other_language_dates`` reads it:
# another year's date, not the protected day without a year. After a comma two figures are as often a count or
# the next item ("14 März, 21 ..."): the day is still read.
_NO_YEAR_LINKED_AFTER = (rf"(?![.\u0970]?[-/](?:1[89]|20)[0-9]{{2}}(?![0-9]))"
                         rf"(?!(?:[.\u0970]?[-/.]|\.?\s+|\.?,?\s*(?=['’])){YEAR2})")
# A day's ordinal in Welsh ("3ydd", "21ain", "1af") and Irish ("3ú"); a Welsh month after "o" ("of") is
# soft-mutated ("3ydd o Dachwedd", "21ain o Fehefin"), a form CLDR does not list.
_OTHER_ORDINALS = r"(?:af|il|ydd|ed|fed|eg|ain|ú)(?![\w])"
_WELSH_MUTATED_MONTHS = {"fawrth": 3, "fai": 5, "fehefin": 6, "orffennaf": 7, "fedi": 9, "dachwedd": 11,
                         "ragfyr": 12}
# Latvian writes a date's month in the locative ("14. aprīlī", "on the 14th of April"; "2022. gada 14. martā"), a
# form CLDR does not list (it has "aprīlis", "aprīļa")
_LATVIAN_LOCATIVE_MONTHS = {"janvārī": 1, "februārī": 2, "martā": 3, "aprīlī": 4, "maijā": 5, "jūnijā": 6,
                            "jūlijā": 7, "augustā": 8, "septembrī": 9, "oktobrī": 10, "novembrī": 11, "decembrī": 12}
# Urdu, Punjabi and Hindi written in Latin letters spell the English months as they are said ("4 Disambar 2016",
# "14 Maarch 2022" in a family's WhatsApp message or a statement typed from it); no CLDR locale gives these forms,
# so the commonest spellings of each are listed
_SOUTH_ASIAN_ROMAN_MONTHS = {
    **dict.fromkeys(("janwari", "janvari", "janwary", "janvary"), 1),
    **dict.fromkeys(("farwari", "farvari", "farwary", "pharvari", "farwri"), 2),
    **dict.fromkeys(("maarch", "maarc", "marach"), 3),
    **dict.fromkeys(("aprail", "apreil", "aprel"), 4),
    **dict.fromkeys(("mayi", "maee", "mei"), 5),
    **dict.fromkeys(("joon", "jun"), 6),
    **dict.fromkeys(("julai", "julaai", "julaee", "jolai"), 7),
    **dict.fromkeys(("agast", "agust", "agasth", "agasta"), 8),
    **dict.fromkeys(("sitambar", "sitamber", "sitmbar", "satambar", "sitmber"), 9),
    **dict.fromkeys(("aktubar", "aktoobar", "aktuber", "aktobar", "aktoober"), 10),
    **dict.fromkeys(("navambar", "nawambar", "navamber", "nawamber", "nuvambar"), 11),
    **dict.fromkeys(("disambar", "dasambar", "disamber", "dasamber", "dismbar"), 12),
}
# The days as Welsh ordinal words, in the count by twenties that dates keep ("y trydydd o Dachwedd", "yr unfed ar
# hugain o Fehefin": the day, "dydd", is masculine); the forms of num2words' Welsh (lang_CY), with the spellings
# "seithfed", "ugeinfed" and "unfed ar hugain" that dictionaries give beside them
_WELSH_ORDINALS: dict[int, list[str]] = {
    1: ["cyntaf"], 2: ["ail"], 3: ["trydydd"], 4: ["pedwerydd"], 5: ["pumed"], 6: ["chweched"],
    7: ["seithfed", "saithfed"], 8: ["wythfed"], 9: ["nawfed"], 10: ["degfed"], 11: ["unfed ar ddeg"],
    12: ["deuddegfed"], 13: ["trydydd ar ddeg"], 14: ["pedwerydd ar ddeg"], 15: ["pymthegfed"],
    16: ["unfed ar bymtheg"], 17: ["ail ar bymtheg"], 18: ["deunawfed"], 19: ["pedwerydd ar bymtheg"],
    20: ["ugeinfed", "ugainfed"], 21: ["unfed ar hugain"], 30: ["degfed ar hugain"], 31: ["unfed ar ddeg ar hugain"]}
for _day_number in range(21, 30):
    _WELSH_ORDINALS.setdefault(_day_number, []).extend(f"{w} ar hugain" for w in _WELSH_ORDINALS[_day_number - 20])


@lru_cache(maxsize=16)
def _welsh_ordinal_pattern(when: datetime.date) -> "re.Pattern[str]":
    """``when``'s day as a Welsh ordinal word before its month, mutated after "o" or not ("trydydd o Dachwedd",
    "trydydd o fis Tachwedd"), and a year if one follows."""
    day = "|".join(w.replace(" ", r"\s+") for w in _WELSH_ORDINALS[when.day])
    month = "|".join(name for table in (_WELSH_MONTHS, _WELSH_MUTATED_MONTHS) for name, number in table.items()
                     if number == when.month)
    return re.compile(rf"(?<![\w])(?:{day})\s+(?:o\s+(?:fis\s+)?)?(?:{month})(?![\w])"
                      r"(?:,?\s+(?P<year>(?:1[89]|20)[0-9]{2})(?![0-9]))?", re.IGNORECASE)


def _welsh_ordinal_words(text: str, when: datetime.date) -> list[tuple[int, int]]:
    """Spans of ``when`` with its day a Welsh ordinal word (``_welsh_ordinal_pattern``); another year is another
    date."""
    lowered = text.lower()
    if not any(form.split()[0] in lowered for form in _WELSH_ORDINALS[when.day]):
        return []
    return [m.span() for m in _welsh_ordinal_pattern(when).finditer(text)
            if m.group("year") is None or int(m.group("year")) == when.year]


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, frozenset[int]]:
    """Each month name, full or short -> its months: "listopad" is November in Polish and Czech, October in
    Croatian; "lip" July in Polish, June in Croatian."""
    from .data.tables import columns
    from .lexicon import MONTHS

    months: dict[str, set[int]] = {}
    names, numbers = columns("month_names.tsv", 2)
    # with the English names too, for the forms other languages give them: "25. November 2019"
    for name, number in [*zip(names, map(int, numbers)), *((m.lower(), n) for n, m in enumerate(MONTHS, 1)),
                         *_WELSH_MUTATED_MONTHS.items(), *_LATVIAN_LOCATIVE_MONTHS.items(),
                         *_SOUTH_ASIAN_ROMAN_MONTHS.items(),
                         *((unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode(), number)
                           for name, number in _LATVIAN_LOCATIVE_MONTHS.items())]:
        months.setdefault(name, set()).add(number)
    for name, short in _month_abbreviations().items():
        months.setdefault(name, set()).update(short)
    return {name: frozenset(numbers) for name, numbers in months.items()}


@lru_cache(maxsize=1)
def _month_abbreviations() -> dict[str, frozenset[int]]:
    """Each short month name that is no full one (``redact/data/month_abbreviations.tsv``: CLDR's, from Babel, see
    tools/build_data.py) -> its months: Polish "lut", Turkish "şub", Welsh "chwef", Hungarian "febr"."""
    from .data.tables import columns

    months: dict[str, set[int]] = {}
    for name, number in zip(*columns("month_abbreviations.tsv", 2)):
        months.setdefault(name, set()).add(int(number))
    return {name: frozenset(numbers) for name, numbers in months.items()}


@lru_cache(maxsize=1)
def _months_by_caseless_name() -> dict[str, frozenset[int]]:
    """``_month_numbers`` keyed as ``_caseless`` writes a name, for the name a case-blind pattern matched in any
    case: "NİS", "KASİM" (a capital dotted I), "ΦΕΒΡΟΥΑΡΊΟΥ"."""
    months: dict[str, frozenset[int]] = {}
    for name, numbers in _month_numbers().items():
        key = _caseless(name)
        months[key] = months.get(key, frozenset()) | numbers
    return months


def _months_named(written: str) -> frozenset[int]:
    """The months a name as written (any case, any run of spaces) can mean."""
    name = " ".join(written.lower().split())
    return _month_numbers().get(name) or _months_by_caseless_name().get(_caseless(name), frozenset())


def _in_other_languages(text: str, when: datetime.date) -> list[tuple[int, int]]:
    """Spans of ``when`` written with its month in another language (``_other_language_dates``); only a whole
    date, the year too: a month's name in another language may be a name or a word in English ("Mai", "Nisan")."""
    year = _year_written(when.year)
    if year.search(text) is None or text.isascii() and not _ASCII_MONTH_HINT.search(text):
        return []
    spans = []
    # the date holds its year: only the text around each place the year is written, in four figures or two, is
    # read (the pattern of 56 languages' months is slow, and a .txt without blank lines is one long text read once
    # a protected date)
    day = _day_number_written(when.day)
    for start, end in _around(text, year, nearby.NEAR):
        if not day.search(text, start, end):
            continue     # (every reading's day is in figures: a stretch without them compiles no pattern)
        for m in _other_language_dates(when.month).finditer(text, start, end):
            k = next(k for k in "1234" if m.group(f"m{k}"))
            written = m.group(f"y{k}").lstrip("'’")
            same_year = int(written) == (when.year if len(written) == 4 else when.year % 100)
            if same_year and int(m.group(f"d{k}")) == when.day and when.month in _months_named(m.group(f"m{k}")) \
                    and not (k == "2" and _a_name_before_a_day(m)):
                spans.append(m.span())
    return spans


_DAY_AND_YEAR_AFTER = lazy(re.compile, rf"\.?\s+(?P<day>{DAY})(?:\.|{ORDINAL}|{_OTHER_ORDINALS})?(?![\w])"
                                 rf"(?P<year>\s*,?\s*(?:(?:1[89]|20)[0-9]{{2}}|['’]?[0-9]{{2}})(?![\w]))?")


def a_month_of_another_language_dated(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a full month name of another language that starts a date, month first ("Gorffennaf
    17, 21", "Temmuz 3")? A name that is no English word, name or place with a day after it (not a count: "Lipiec
    12 people"); one that is ("Kasım", "Julio", "Mart") with a day and a year after it ("Kasım 18, 18")."""
    name = _caseless(" ".join(text[start:end].split()))
    if name not in _caseless_full_names() or name in {m.lower() for m in MONTHS} or len(name) < 3:
        return False
    m = _DAY_AND_YEAR_AFTER.match(text, end)
    if m is None or a_count_after(text, end):
        return False
    from .data.tables import english_words, stop_words

    return m.group("year") is not None or not (name in english_words() or name in stop_words()
                                                or _is_a_name_or_place(name))


@lru_cache(maxsize=8)
def _day_number_written(day: int) -> "re.Pattern[str]":
    """``day`` in figures, padded or not, after no figure: what every day of ``_other_language_dates`` holds."""
    return re.compile(rf"(?<![0-9])0?{day}")


@lru_cache(maxsize=16)
def _year_written(year: int) -> "re.Pattern[str]":
    """``year`` in four figures, or in two ("22", "'22") as no part of a longer number."""
    return re.compile(rf"(?<![0-9])(?:{year}|['’]?{year % 100:02d})(?![0-9])")


def _a_name_before_a_day(m: re.Match) -> bool:
    """Is the month of a date written month first ("Marc 3, 2022") a short name only, without its dot, that is
    also an English word, a name or a place? Then it is that: "Marc 3, 2022 was the chair"; "márc. 3, 2022" and
    a full name, "Mai 3, 2022", are dates."""
    from .data.tables import english_words

    name = _caseless(" ".join(m.group("m2").split()))
    short_only = name in _caseless_short_names() and name not in _caseless_full_names()
    if not short_only or m.string.startswith(".", m.end("m2")):
        return False
    # (a name is written with its capital: "lut 2, 2023" is no one's)
    return name in english_words() or not m.group("m2").islower() and _is_a_name_or_place(name)


@lru_cache(maxsize=1)
def _caseless_full_names() -> frozenset[str]:
    """The full month names of ``_month_numbers``, English's and the mutated Welsh ones too, as ``_caseless``
    writes them."""
    return frozenset(_caseless(name) for name in _month_numbers() if name not in _month_abbreviations())


@lru_cache(maxsize=1)
def _caseless_short_names() -> frozenset[str]:
    return frozenset(_caseless(name) for name in _month_abbreviations())


@lru_cache(maxsize=16)
def _yearless_other_language_names(month: int) -> tuple[str, ...]:
    """``month``'s names in other languages, before the tables sort out the words, names and places among them
    (``_yearless_other_language_pattern``), as ``_caseless`` writes them: a text without one needs neither the
    tables (60 ms of a cold verify) nor the pattern."""
    return tuple(_caseless(name) for name in (*_other_full_names(month), *_short_names_of(month)))


def _other_full_names(month: int) -> tuple[str, ...]:
    """``month``'s full names in other languages (no English month's, no short name's) of three letters or more."""
    from .lexicon import MONTHS

    english = {m.lower() for m in MONTHS}
    return tuple(name for name, months in _month_numbers().items() if month in months and len(name) >= 3
                 and " " not in name and name not in english and name not in _month_abbreviations())


def _short_names_of(month: int) -> tuple[str, ...]:
    """``month``'s short names in other languages that a day without a year may be read with, before the tables
    judge them (``_yearless_short_names``): three letters or more of a script with capitals (a short name of two
    letters, or of a script without capitals, is too often a word of its language: Hindi "जन", "people")."""
    return tuple(name for name, months in _month_abbreviations().items()
                 if month in months and len(name) >= 3 and any(c.lower() != c.upper() for c in name))


@lru_cache(maxsize=16)
def _yearless_short_names(month: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``month``'s short names read after a day with no year: those that are a month as they stand, and those that
    are one with the dot that ends an abbreviation only.

    As they stand: no English word, name or place, and a letter English has not ("9 Şub", "9 paź", "9 лют") or five
    letters or more, as a full name needs ("9 Chwef", "9 szept"). With their dot: any other that is no English
    word ("9 lut.", "9 wrz.", "9 vas."; a name as "Lut" is no abbreviation with its dot after a day). An English
    word or a common token ("9 list", "9 lip.", "9 sie", "9 Ian.") is never read without its year."""
    from .data.tables import english_words, stop_words

    as_they_stand, dotted = [], []
    for name in _short_names_of(month):
        if name in english_words() or name in stop_words():
            continue
        if (not name.isascii() or len(name) >= 5) and not _is_a_name_or_place(name):
            as_they_stand.append(name)
        else:
            dotted.append(name)
    return tuple(as_they_stand), tuple(dotted)


def _caseless(text: str) -> str:
    """``text`` lower-cased with the letters a case-blind pattern also takes for one another written alike (a
    dotless i for i, a final sigma for sigma, a long s for s), so that a name it contains is found in it by ``in``
    wherever the pattern would find it."""
    lowered = unicodedata.normalize("NFKC", text).lower()
    if not any(twin in lowered for twin in _TWINS):   # (most texts: the table's lookups cost more than the test)
        return lowered
    return lowered.translate(_CASE_TWINS)


# (and the dot a capital İ leaves when lower-cased: "KASİM" is "kasi̇m", which the pattern reads as "kasım")
_CASE_TWINS = str.maketrans({"ı": "i", "ς": "σ", "ſ": "s", "\u0307": None})
_TWINS = tuple(chr(code) for code in _CASE_TWINS)


@lru_cache(maxsize=16)
def _yearless_other_language_names_automaton(month: int):
    """``_yearless_other_language_names`` in one automaton, each with its length: a text is read once for the
    ninety names of a month, where a loop looked for each in turn (two fifths of the reading's cost per text)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in _yearless_other_language_names(month):
        automaton.add_word(name, len(name))
    automaton.make_automaton()
    return automaton


def _names_a_word_end(text: str, automaton) -> bool:
    """Whether one of ``automaton``'s names stands in ``text`` at any of its places as the pattern takes it, with
    no letter or digit after it and no letter before it ("februar" is in every "February", "tem" ends "system")."""
    if not len(automaton):
        return False
    for last, length in automaton.iter(text):
        at = last + 1 - length
        after = text[last + 1:last + 2]
        if not (after.isalnum() or after == "_") and not (at and text[at - 1].isalpha()):
            return True
    return False


@lru_cache(maxsize=16)
def _yearless_other_language_pattern(month: int) -> "re.Pattern[str] | None":
    """A day with ``month`` named in another language and no year ("Bu farw ar 3 Tachwedd", "zmarła 3 listopada",
    "9 Şub", "9 lut.", "18. Ekim"): a full name as ``_yearless_full_names`` reads it (one that is also an English
    word or a name, "Mart", "Juni", after the day's dot, or a name in small letters), or a short name as
    ``_yearless_short_names`` reads it."""
    names, words, given_names = _yearless_full_names(month)
    short, dotted = _yearless_short_names(month)
    if not names and not short and not dotted and not words and not given_names:
        return None

    def alternation(words) -> str:
        return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)) or "(?!)"

    # a month as it stands, or a short name with its dot (after the day, left out of the span: it may end the
    # sentence too); before the day, a short name's dot is its own, a full name's would end a sentence
    month_name = rf"(?:{alternation(names)}|{alternation(short)}|(?:{alternation(dotted)})(?=\.))"
    month_first = rf"(?:{alternation(names)}|(?:{alternation(short)})\.?|(?:{alternation(dotted)})\.)"
    year_after = rf"(?!\.?,?\s*(?:(?:de|del|of|o|r\.)\s+)?(?:1[89]|20)[0-9]{{2}}(?![0-9])){_NO_YEAR_LINKED_AFTER}"
    # a year before the month is its year: "2021. febr. 9.", "2021 m. vas. 9 d." are another date
    no_year_before = r"(?<![0-9]{4}\.\s)(?<![0-9]{4}\s)(?<![0-9]{4}\sm\.\s)"
    return re.compile(
        rf"(?<![\w/.-])(?<!gada\s)(?:(?P<d1>0?[1-9]|[12][0-9]|3[01])(?:\.|{_OTHER_ORDINALS})?\s*(?:(?:de|del|o\s+fis|o)\s+)?"
        rf"(?P<m1>{month_name})(?![\w\u0300-\u036f]){year_after}"
        rf"|{no_year_before}(?P<m2>{month_first})\s+(?P<d2>0?[1-9]|[12][0-9]|3[01])(?:\.|{_OTHER_ORDINALS})?"
        rf"(?![\w/.-]){year_after}"
        # a month that is also an English word or a name: after a day's dot ("18. Mart", "18. Juni"), or, a name,
        # in small letters ("18 juni")
        rf"|(?P<d3>0?[1-9]|[12][0-9]|3[01])\.\s*(?P<m3>{alternation((*words, *given_names))})"
        rf"(?![\w\u0300-\u036f]){year_after}"
        rf"|(?P<d4>0?[1-9]|[12][0-9]|3[01])\s*(?-i:(?P<m4>{alternation(given_names)}))(?![\w\u0300-\u036f]){year_after})",
        re.IGNORECASE)


@lru_cache(maxsize=16)
def _yearless_full_names(month: int) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """``month``'s full names in other languages read after a day with no year: those read as they stand, those
    that are also an English word (read after the day's dot only: "18. Mart", "18. mars"; "18 mars bars"), and
    those that are also a given name or a place (after the day's dot or in small letters: "18. Juni", "18 juni";
    "18 Juni" may be a number and a name).

    As they stand: five letters or more, or three with a letter English has not ("März", "юни"), as before; and,
    of three or four letters, one that is no word of English ("18 Ekim", "18 luty", "18 juin", "18 مارس")."""
    from .data.tables import english_words, stop_words

    names, words, given_names = [], set(), set()
    for name in _other_full_names(month):
        if name in english_words() or name in stop_words():
            words.add(name)
        elif _is_a_name_or_place(name):
            given_names.add(name)
        else:
            names.append(name)
    return tuple(sorted(names, key=len, reverse=True)), frozenset(words), frozenset(given_names)


def _yearless_in_other_languages(text: str, when: datetime.date) -> list[tuple[int, int]]:
    """Spans of ``when``'s day with its month in another language and no year (``_yearless_other_language_pattern``)."""
    return list(_yearless_in_other_languages_on(text, when.month, when.day))


# (keyed by the month and day, all it reads: ``_anniversaries`` asks for the same day in every year a text writes)
@lru_cache(maxsize=256)
def _yearless_in_other_languages_on(text: str, month: int, day: int) -> tuple[tuple[int, int], ...]:
    if text.isascii() and not _ASCII_MONTH_HINT.search(text):
        return ()
    if not _names_a_word_end(_caseless(text), _yearless_other_language_names_automaton(month)):
        return ()
    pattern = _yearless_other_language_pattern(month)
    if pattern is None:
        return ()
    return tuple(m.span() for m in pattern.finditer(text)
                 if int(m.group("d1") or m.group("d2") or m.group("d3") or m.group("d4")) == day)


@lru_cache(maxsize=16)
def _yearless_welsh_pattern(month: int) -> "re.Pattern[str]":
    """A day number before ``month``'s name in Welsh, as it is or mutated, with no year ("ar 9 Awst", "y 9fed o
    Fai"). Welsh is written in Wales's reviews: its short names ("Mai", "Awst", "Medi"), which the other languages'
    yearless reading leaves as names, are a month here, after a day's number only."""
    names = "|".join(name for table in (_WELSH_MONTHS, _WELSH_MUTATED_MONTHS) for name, number in table.items()
                     if number == month)
    return re.compile(rf"(?<![\w/.-])(?P<day>0?[1-9]|[12][0-9]|3[01])(?:\.|{_OTHER_ORDINALS})?\s+"
                      rf"(?:o\s+(?:fis\s+)?)?(?:{names})(?![\w])(?!\.?,?\s*(?:1[89]|20)[0-9]{{2}}(?![0-9]))"
                      rf"{_NO_YEAR_LINKED_AFTER}",
                      re.IGNORECASE)


def _yearless_in_welsh(text: str, when: datetime.date) -> list[tuple[int, int]]:
    """Spans of ``when``'s day before its month in Welsh, no year after it (``_yearless_welsh_pattern``)."""
    return list(_yearless_in_welsh_on(text, when.month, when.day))


# (keyed by the month and day, all it reads: ``_anniversaries`` asks for the same day in every year a text writes)
@lru_cache(maxsize=256)
def _yearless_in_welsh_on(text: str, month: int, day: int) -> tuple[tuple[int, int], ...]:
    lowered = text.lower()
    if not any(name in lowered for table in (_WELSH_MONTHS, _WELSH_MUTATED_MONTHS) for name, number in table.items()
               if number == month):
        return ()
    return tuple(m.span() for m in _yearless_welsh_pattern(month).finditer(text) if int(m.group("day")) == day)


# A date written year first, as Hungarian and Lithuanian write it, its year and day closed as they close them:
# "2021. febr. 9.", "2021 m. vas. 9 d."
_YEAR_FIRST = lazy(re.compile, r"(?<![\w.])(?P<year>(?:1[89]|20)[0-9]{2})(?:\.|\s+m\.)\s*$")
_YEAR_FIRST_DAY_CLOSED = lazy(re.compile, r"\.|\s+d\.")


def _not_of_another_year_before(text: str, when: datetime.date, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` less those that are the month and day of a date written year first with another year ("2021. febr.
    9.": the English readings take "febr. 9" alone); only as these languages close it, since a year that ends a
    sentence before a date ("She moved in 2019. Feb 28 was ...") is no year of the date."""
    out = []
    for start, end in spans:
        before = _YEAR_FIRST.search(text, max(0, start - 12), start)
        if before is None or int(before.group("year")) == when.year or not text[start].isalpha() \
                or not text[end - 1].isdigit() or not _YEAR_FIRST_DAY_CLOSED.match(text, end) \
                or _A_YEAR.search(text, start, end):
            out.append((start, end))
    return out


def _around(text: str, word: "re.Pattern[str]", reach: int) -> list[tuple[int, int]]:
    """The stretches of ``text`` within ``reach`` characters of each place ``word`` matches, joined where they
    meet, in order."""
    stretches: list[tuple[int, int]] = []
    for m in word.finditer(text):
        start, end = max(0, m.start() - reach), min(len(text), m.end() + reach)
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], end)
        else:
            stretches.append((start, end))
    return stretches


# a cheap test for an ASCII text: a letter after a day or before a year, as every other-language date has
_ASCII_MONTH_HINT = re.compile(r"[0-9]\.?\s+(?:de\s+|del\s+)?[A-Za-z]|[A-Za-z]\.?,?\s+[0-9]|[0-9][-/.][A-Za-z]")


def _with_years_in_words(text: str, when: datetime.date, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"the twenty-fifth of November two thousand and nineteen": the year in words goes with the date it ends; a
    date of another year written so is no mention of ``when``."""
    out = []
    for start, end in spans:
        m = _YEAR_IN_WORDS.match(text, end)
        year = None if m is None else _year_in_words(m.group("year"))
        if m is None:
            out.append((start, end))
        elif year == when.year:
            out.append((start, m.end()))
        elif year is None:
            # "the fourteenth of March, twenty-two": spoken as "'22" is written; words that are no year (a count,
            # "twenty-one") leave the date without one
            out.append((start, m.end()) if _number_in_words(m.group("year")) == when.year % 100 else (start, end))
    return out


def mentions_of(text: str, when: datetime.date, mentions: list[DateMention] | None = None,
                context: "MonthContext | Month | None" = None) -> list[tuple[int, int]]:
    """Spans of every mention of the calendar date ``when``: the date part of each phrase (weekday included).

    A phrase without a year counts ("May 14th", "on 14/9", "the 14th May each year"); a phrase with another year
    does not (14 May 2022 is not 14 May 2023). "the 14th" counts when its month may be ``when``'s: a month named
    beside it, else any month named before it in the text or left open by the texts before it (``context``, see
    ``document_month_context``). Overlapping spans are merged.
    """
    def find(day: datetime.date) -> list[tuple[int, int]]:
        return _plain_mentions_of(text, day, mentions, context)

    relative = _a_day_from(text, when, find) + _anniversaries(text, when, find) + _counted_to_the_day(text, when, find) \
        + _ranges_around_the_day(text, when)
    plain = find(when)
    spans = _rows_of_an_earlier_year(text, when, _merge(plain + relative) if relative else plain, context)
    # the day in the family's own calendar ("21 Dhul Hijjah 1444 AH" is 9 July 2023), read for the protected day
    # alone, not for the days counted from another date, and with no Gregorian day of the month to hint at it
    written_otherwise = other_calendar_spans(text, when)
    return _merge(spans + written_otherwise) if written_otherwise else spans


# "9 July 2023 (Sunday)", "9/7/23, a Sunday", "9 July 2023 - a Sunday -", "[Sun]", "(Sunday night)": the weekday an
# author adds after the date is the date's own and goes with it, as one written before it always did ("Sunday 9
# July"): left, it tells which day of that week or month the death fell on. Read on the text as written, after
# the date view's spans are put back on it (the view drops a bracketed weekday before more words: "(Sun.) at home")
_PART_OF_DAY = r"(?:[ \t]+(?i:morning|afternoon|evening|night))?"
_WEEKDAY_AFTER = lazy(re.compile, rf"[ \t]*(?:[(\[][ \t]*(?:(?i:a|on[ \t]+a)[ \t]+)?{WEEKDAY}{_PART_OF_DAY}[ \t]*[)\]]"
                                  rf"|,?[ \t]*(?P<dash>[-–—][ \t]*)?(?i:a|on[ \t]+a)[ \t]+{_cased(_WEEKDAYS)}(?![\w])"
                                  rf"{_PART_OF_DAY}"
                                  r"(?(dash)(?:[ \t]+[-–—](?=[ \t.,;:!?)]|$))?))")


# a chronology's "Day" column beside its date, in a text table's row: "| 09/07/2023 | Sunday | Police attended |"
_WEEKDAY_CELL_AFTER = lazy(re.compile, rf"[ \t]*\|[ \t]*(?P<day>{WEEKDAY}{_PART_OF_DAY})[ \t]*(?=\||$)", re.MULTILINE)
_WEEKDAY_CELL_BEFORE = lazy(re.compile, rf"(?:^|(?<=\|))[ \t]*(?P<day>{WEEKDAY}{_PART_OF_DAY})[ \t]*\|[ \t]*$",
                            re.MULTILINE)


def with_the_weekday_after(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of a protected date's mentions in ``text``, each with the weekday written after it; and a
    weekday in the table cell beside one (a span of its own: the cells stay apart)."""
    if not spans or not _A_WEEKDAY_WORD.search(text):
        return spans
    out = []
    for start, end in spans:
        # "w/c 23 October 2023 (Thursday)": a day of the week the date opens, not the date's own weekday
        after = None if a_weeks_date_before(text, end) else _WEEKDAY_AFTER.match(text, end)
        out.append((start, after.end() if after else end))
        if "|" in text:
            line_start = text.rfind("\n", 0, start) + 1
            for cell in (_WEEKDAY_CELL_AFTER.match(text, out[-1][1]),
                         _WEEKDAY_CELL_BEFORE.search(text, line_start, start)):
                if cell is not None:
                    out.append(cell.span("day"))
    return sorted(set(out))


_A_WEEKDAY_WORD = lazy(re.compile, r"(?i:mon|tue|wed|thu|fri|sat|sun)")
_ONLY_A_WEEKDAY = lazy(re.compile, rf"{WEEKDAY}{_PART_OF_DAY}")


def _heading_year(context) -> int | None:
    if isinstance(context, tuple):
        return next((c.year for c in context if isinstance(c, _HeadingYear)), None)
    return None


_ROW_OPENING = lazy(re.compile, r"[ \t*#|>•·-]*$")


def _rows_of_an_earlier_year(text: str, when: datetime.date, spans: list[tuple[int, int]],
                             context) -> list[tuple[int, int]]:
    """The spans but a chronology row's date without its year ("14/03", "Mon 14 Mar", "14th") that opens its row
    under a heading of an earlier year ("2021", "March 2021"): that row is the 14th of March 2021, no date of
    death in 2022. A later year's row stays a find: the anniversary of the date gives the date away, and a date
    of birth is never under an earlier year's heading. A span that may write the year (its two figures, a
    compact number) stays a find too."""
    if not spans:
        return spans
    if isinstance(context, tuple) and PART_OF_ANOTHER_DATE in context:
        return []
    year = _heading_year(context)
    if (year is None or year >= when.year) and not _YEAR_HEADING_LINE.search(text):
        return spans
    written_year = re.compile(rf"{when.year}|(?<![0-9]){when.year % 100:02d}(?![0-9])|[0-9]{{5,}}")
    out = []
    for start, end in spans:
        line_start = text.rfind("\n", 0, start) + 1
        above = _year_heading_above(text, line_start) if line_start else None
        heading = year if above is None else above or None
        if heading is None or heading >= when.year or _ROW_OPENING.match(text, line_start, start) is None \
                or written_year.search(text, start, end):
            out.append((start, end))
    return out


# a line of a text that is a year alone, or a month and its year: a heading for the lines under it
_YEAR_HEADING_LINE = lazy(re.compile, rf"(?m)^[ \t*#|:–-]*(?:(?i:year|yr)\.?[ \t]*:?[ \t]*|(?i:{_MONTH_ELEMENT})\.?,?[ \t]+)?"
                                r"(?P<year>(?:19|20)[0-9]{2})[ \t*#|:–-]*\r?$")
# a year written otherwise between the heading and a row: the heading no longer holds
_ANOTHER_YEAR = lazy(re.compile, r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])|[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2}(?![0-9])")


def _year_heading_above(text: str, line_start: int) -> int | None:
    """The year of the last heading line above ``line_start`` in ``text`` (``_YEAR_HEADING_LINE``); 0 where a
    line between names another year (the heading no longer holds), None where there is no heading line."""
    heading = None
    for heading in _YEAR_HEADING_LINE.finditer(text, 0, line_start):
        pass
    if heading is None:
        return None
    year = int(heading.group("year"))
    between = text[heading.end():line_start]
    if any(m.group() != str(year) for m in _ANOTHER_YEAR.finditer(between)):
        return 0
    return year


def _plain_mentions_of(text: str, when: datetime.date, mentions: list[DateMention] | None,
                       context: "MonthContext | Month | None") -> list[tuple[int, int]]:
    if not may_mention(text, when):
        # (apply asks this of every text: most never write the day, and reading their date runs is slow); a weekday
        # in a week writes no number ("Thursday: Police found her" under "w/c 31/10/22")
        return _weekdays_in_a_week(text, when, context)
    return _mentions_of(text, when, mentions, context)


# "the day before 15 March 2022", "the eve of 15 March", "two days before 16 March 2022", "48 hours after 12/03/2022",
# "a week prior to 21 March 2022", "the third day after 11 March": a day counted from another written date names it
# by arithmetic as surely as its own date does; the phrase and the date go together. A count after "the", "within",
# "for"... is a stretch of days ("the week after 7 March", "in the two days before 16 March"), no one day; hours
# count in whole days only; "from" stays ("a stay of two days from 16 March" starts on the 16th)
_STRETCH = r"(?:within|for|during|over|in|up\s+to|at\s+least|at\s+most|more\s+than|less\s+than)"
_UNIT_DAYS = {"day": 1, "night": 1, "hour": 0, "hr": 0, "week": 7, "fortnight": 14}
_BEFORE_WAYS = ("before", "prior to", "earlier than", "preceding", "ahead of", None)   # None: "the eve of"
_A_DAY_FROM = lazy(re.compile, rf"(?<![\w-])(?P<stretch>{_STRETCH}\s+)?(?P<the>(?:the|these|those)\s+)?(?P<core>"
                               rf"(?:(?P<count>[0-9]{{1,3}}|an?|{_UNDER_100})[\s-]+"
                               r"(?P<unit>day|night|hour|hr|week|fortnight)s?"
                               rf"|(?P<nth>[0-9]{{1,2}}(?:st|nd|rd|th)|{_ORDINAL_WORD_ELEMENT})\s+(?:day|night)"
                               r"|day|night|evening|morning)"
                               r"\s+(?P<way>before|after|prior\s+to|earlier\s+than|later\s+than|preceding|following"
                               r"|ahead\s+of|on\s+from)|eve\s+of)\s+", re.IGNORECASE)


def _days_away(phrase: re.Match) -> int | None:
    """How many days before the date after it ``phrase`` (an ``_A_DAY_FROM``) names (negative: after), if one day."""
    count, nth = phrase.group("count"), phrase.group("nth")
    if count is None:
        days = 1 if nth is None else int(nth[:-2]) if nth[0].isdigit() else _ORDINAL_DAYS[_word_key(nth)]
    elif phrase.group("stretch") or phrase.group("the"):
        return None
    else:
        number = 1 if count.lower() in ("a", "an") else int(count) if count.isdigit() else \
            _number_in_words(_word_key(count))
        unit = _UNIT_DAYS[phrase.group("unit").lower()]
        if unit == 0 and number % 24:
            return None   # "36 hours before": no whole day
        days = number // 24 if unit == 0 else number * unit
    way = phrase.group("way")
    return days if (" ".join(way.lower().split()) if way else None) in _BEFORE_WAYS else -days


# what every such phrase holds: most texts hold none, and the phrase's pattern is slow to try at every position
_WAYS_FROM_A_DAY = ("before", "after", "prior", "earlier", "later", "preceding", "following", "ahead", r"on\s+from",
                    r"eve\s+of")
# The lookahead for the letters the words open with (matched with the same flag) passes every other position with
# one test, where the engine tried each word in turn: the same finds, a third of a verify's time in this search.
_A_WAY_FROM_A_DAY = lazy(re.compile, rf"(?=[{re.escape(''.join(sorted({w[0] for w in _WAYS_FROM_A_DAY})))}])"
                                     rf"(?:{'|'.join(_WAYS_FROM_A_DAY)})", re.IGNORECASE)


@lru_cache(maxsize=512)
def _day_phrases(text: str) -> tuple[re.Match, ...]:
    """Every ``_A_DAY_FROM`` of ``text``, read once for a count to a date and a count to the death alike."""
    return tuple(_A_DAY_FROM.finditer(text)) if _A_WAY_FROM_A_DAY.search(text) else ()


@lru_cache(maxsize=512)
def _counted_days(text: str) -> dict[int, tuple[tuple[int, int], ...]]:
    """Days away -> (start, end) of each phrase of ``text`` that counts so many days from the date after it; read
    once per text for every protected date and both of apply's and verify's readings."""
    by_days: dict[int, list[tuple[int, int]]] = {}
    for phrase in _day_phrases(text):
        days = _days_away(phrase)
        if days:
            start = phrase.start("the") if phrase.group("the") else phrase.start("core")
            by_days.setdefault(days, []).append((start, phrase.end()))
    return {days: tuple(spans) for days, spans in by_days.items()}


# "She died the Sunday after 2 July 2023": a weekday after (before) a date is the first such weekday after (before)
# it, one day as surely as a count of days; the phrase and the date go together, as above
_A_WEEKDAY_FROM = lazy(re.compile, rf"(?<![\w-])(?:the\s+)?(?P<weekday>{'|'.join(_WEEKDAYS)})\.?\s+"
                                   r"(?P<way>after|following|before|preceding|prior\s+to|ahead\s+of)\s+", re.IGNORECASE)
_WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@lru_cache(maxsize=512)
def _weekdays_from(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """(weekday, 1 after a date or -1 before it, start, end) of each weekday counted from the date after it."""
    if not _A_WAY_FROM_A_DAY.search(text):
        return ()
    return tuple((_WEEKDAY_KEYS.index(m.group("weekday")[:3].lower()),
                  1 if m.group("way").lower() in ("after", "following") else -1, m.start(), m.end())
                 for m in _A_WEEKDAY_FROM.finditer(text))


# "She died the day after her sister's wedding on 8 July 2023", "two days after the hearing (7 July 2023)", "the
# Sunday after the party, which was on 8 July": the count is from an event the sentence dates, and the event's date
# with the count is the protected day as surely. A few words name the event (no figure but an ordinal, no comma:
# "Two days before the hearing, on 7 July, she rang" may date the day counted to, not the hearing), then what dates
# it. Only the date goes ("the day after her sister's wedding on [date removed]"): without it the count names no day.
_A_DATED_EVENT = lazy(re.compile, r"(?:[^\W\d_][\w'’-]*|[0-9]{1,3}(?:st|nd|rd|th))"
                                  r"(?:\s+(?:[^\W\d_][\w'’-]*|[0-9]{1,3}(?:st|nd|rd|th))){0,7}"
                                  r"(?:\s*\(\s*(?:the\s+)?|\s*,?\s+(?:which|that)\s+was\s+(?:on\s+|held\s+on\s+)?(?:the\s+)?"
                                  r"|\s+(?:held\s+|dated\s+)?(?:on|of|dated)\s+(?:the\s+)?)", re.IGNORECASE)


def _a_day_from(text: str, when: datetime.date, find) -> list[tuple[int, int]]:
    """Spans of the protected day written as a count of days from another date ("two days before" the day two after
    it; ``find``: the mentions of a date in ``text``), or from an event dated just after the count."""
    out: list[tuple[int, int]] = []

    def counted(phrase_start: int, phrase_end: int, start: int, end: int) -> None:
        if start < phrase_end:
            return
        between = text[phrase_end:start]
        if between.strip().lower() in ("", "the"):
            out.append((phrase_start, end))
        elif _A_DATED_EVENT.fullmatch(between) and not _TO_THE_DEATH.match(text, phrase_end):
            # (not where the event is the death itself: "10 days before Efua was killed (19 Nov 2020) the housing
            # officer called": the date there is the counted day's, and a count to the death is read below)
            out.append((start, end))

    for weekday, way, phrase_start, phrase_end in _weekdays_from(text):
        if weekday != when.weekday():
            continue
        for days in range(1, 8):
            for start, end in find(when - datetime.timedelta(days=days * way)):
                counted(phrase_start, phrase_end, start, end)
    for days, said in _counted_days(text).items():
        for start, end in find(when + datetime.timedelta(days=days)):
            for phrase_start, phrase_end in said:
                counted(phrase_start, phrase_end, start, end)
    return out


# "She would have turned 29 on 3/11/2023", "her 28th birthday on 3 November 2022", "on the first anniversary of her
# death, 29 January 2024", "a year to the day after she died (29/01/2024)": the protected day and month in another
# year, in a sentence that makes that day a birthday of the age it names or the anniversary of the death, give the
# whole date away (the year less the age, the year less the count); the other year hides nothing. A birthday
# without an age stays: "on 2 February 2023 ... a meal on her birthday" is another date in the shared fixtures'
# gold (case1), the day and month alone of no year. Either kind of cue counts for either date (a vigil is held on
# a birthday as on the day of the death). Whose birthday it is cannot be read (the possessive may be the victim's
# pseudonym: "Leah's 29th birthday"), so a birthday of an age on the day goes whoever's it is. The day and month of
# another year without such a cue stay ("The meeting on 3 November 2021"): no reader can tell.
_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORDINAL_TENS = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]
_ORDINAL_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth"]
_AN_ORDINAL_AGE = (rf"(?:[0-9]{{1,3}}\s?(?:st|nd|rd|th)|(?:{'|'.join(_TENS_WORDS)})[\s-]+(?:{'|'.join(_ORDINAL_UNITS)})"
                   rf"|{'|'.join(_ORDINAL_TENS + _ORDINAL_TEENS + _ORDINAL_UNITS)}|hundredth)")
# an age, not the day of a date that follows ("would have been 3 November 2023")
_AN_AGE = (rf"(?:[0-9]{{1,3}}|{_UNDER_100})(?![\w/.:-])"
           r"(?!\s*(?:of\s+)?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|the\s))")
_ANNIVERSARY_CUE = lazy(re.compile, rf"(?<![\w])(?:{_AN_ORDINAL_AGE}\s+(?:birthdays?|birth\s+days?|b[-'’]?days?)"
                                    rf"|turn(?:s|ed|ing)?\s+{_AN_AGE}"
                                    rf"|would(?:\s+have|['’]ve)\s+(?:been|turned)\s+{_AN_AGE}"
                                    r"|anniversar(?:y|ies)|to\s+the\s+day"
                                    rf"|(?:a|one|[0-9]{{1,2}}|{_UNDER_100})\s+years?\s+(?:since|after|on(?![\w]))"
                                    r"|memorials?|vigils?|commemorat\w*|in\s+(?:loving\s+)?memory"
                                    r"|(?:every|each)\s+year)(?![\w])", re.IGNORECASE)
# a word every cue above holds, in small letters
_ANNIVERSARY_WORDS = ("birth", "bday", "b-day", "b'day", "b’day", "turn", "would have", "would've", "would’ve",
                      "anniversar", "to the day", "year since", "years since", "year after", "years after", "year on",
                      "years on", "every year", "each year", "memorial", "vigil", "commemorat", "memory")
# every year a text may write, in four figures or two ("03.11.23", "3 Nov 23")
_A_YEAR_WRITTEN = lazy(re.compile, r"(?<![0-9])(?:[0-9]{4}|[0-9]{2})(?![0-9])")


@lru_cache(maxsize=4096)
def _anniversary_cues(text: str) -> tuple[tuple[tuple[int, int], ...], frozenset[int]]:
    """The spans of ``text``'s birthday and anniversary cues and, where it has one, the years it writes: what
    ``_anniversaries`` reads of a text whatever the date (asked for each protected date and each day counted from
    one, by apply and verify)."""
    # (the words first, the pattern is slow)
    lowered = " ".join(text.lower().split())
    if not any(word in lowered for word in _ANNIVERSARY_WORDS):
        return (), frozenset()
    cues = tuple((m.start(), m.end()) for m in _ANNIVERSARY_CUE.finditer(text))
    if not cues:
        return (), frozenset()
    return cues, frozenset(int(y) if len(y) == 4 else _two_digit_year(int(y)) for y in _A_YEAR_WRITTEN.findall(text))


def _anniversaries(text: str, when: datetime.date, find) -> list[tuple[int, int]]:
    """Spans of ``when``'s day and month written in another year in a sentence that makes it a birthday or an
    anniversary (``find``: the mentions of a date in ``text``, so every form the date is read in counts)."""
    cues, years = _anniversary_cues(text)
    if not cues:
        return []
    out: list[tuple[int, int]] = []
    for year in sorted(years - {when.year}):
        if not datetime.MINYEAR < year < datetime.MAXYEAR:
            continue
        try:
            day = when.replace(year=year)
        except ValueError:
            continue   # 29 February in a common year: no such day
        for start, end in find(day):
            left, right = _sentence_bounds(text, start, end)
            # (a cue across a line break that the sentence's bounds cut: "a year to the⏎day after")
            if any(cue_start < right and cue_end > left for cue_start, cue_end in cues):
                out.append((start, end))
    return out

# "on 3 July 2023, six days before her death", "six days before she died, on 03/07/2023", "On 7 July she rang; she
# died two days later", "a week before his 30th birthday (1 November 2023)": a written date and a count from it to
# the death (or to the birth, or to a birthday of an age) in one sentence give the protected day by arithmetic. The
# written date goes, the count stays ("on [date removed], six days before her death"): without its date the count
# names no day. What stays: a count that does not land on the protected day, a count of no one day ("a couple of
# days", "the week before her death", "within two days of"), a count to another event ("two days before the
# hearing"), a birthday without an age (the year of birth is not in it; a birthday alone stays in _anniversaries
# too). Whose death a sentence counts to is not read: a count that lands exactly on the protected day is rare
# otherwise, and a leak is worse.
# a name, a pseudonym ("Person 1", "Ms A") or a placeholder ("[victim]")
_A_NAME = r"(?:[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[0-9]{1,3}(?![\w/.:-]))){0,2}|\[[^\]\n]{1,40}\])"
_WHOSE = rf"(?:(?i:her|his|their|the)|{_A_NAME}['’]s?)"
_DIED = (r"(?i:died|passed\s+away|was\s+(?:killed|murdered|stabbed\s+to\s+death|fatally\s+\w+)|were\s+killed"
         r"|lost\s+(?:her|his|their)\s+li(?:fe|ves)|was\s+found\s+dead|was\s+born)")
_THE_DEATH = (rf"(?:{_WHOSE}\s+(?i:(?:own\s+)?(?:death|killing|murder|homicide|passing|birth|fatal\s+\w+"
              r"|(?:incident|attack|assault|stabbing|events?|injur(?:y|ies))\s+(?:that|which)\s+(?:\w+\s+){0,3}?"
              r"(?:death|killed|died|life))"
              rf"|(?P<age>{_AN_ORDINAL_AGE})\s+(?:birthday|birth\s+day))"
              rf"|(?i:the\s+(?:day|night|morning|evening)\s+(?:that\s+|on\s+which\s+)?)?"
              rf"(?:(?i:she|he|they)|{_A_NAME})\s+{_DIED})(?![\w])")
_TO_THE_DEATH = lazy(re.compile, _THE_DEATH)
# "she died two days later", "Efua was killed the following day": the count after the death, the date before it
# (searched from the verb, the subject read back from it: a search from every capital letter is slow)
# ... or the subject of the clause before, the death its second verb ("She was seen alive on 8 July 2023 and was
# killed the next morning", "Tariq was released on 7 July 2023 and killed Hodan two days later")
_WHO_DIED = lazy(re.compile, rf"(?<![\w])(?:(?i:she|he|they)|{_A_NAME}|(?i:and(?:\s+then)?|then))\s+$")
_COUNT_LATER = lazy(re.compile, rf"(?<![\w])(?:{_DIED}|(?i:killed|murdered|stabbed)\s+(?:(?i:her|him|them)|{_A_NAME}))"
                                rf"\s+(?:(?i:on\s+)?(?i:the)\s+(?i:following|next)"
                                rf"\s+(?i:day|night|morning)|(?P<count>[0-9]{{1,3}}|(?i:an?|{_UNDER_100}))[\s-]+"
                                r"(?P<unit>(?i:day|night|hour|week|fortnight))s?\s+(?i:later|afterwards))(?![\w])")
# "Two days later she died", "The following day, Efua was killed": the count first
_LATER_DIED = lazy(re.compile, rf"(?<![\w])(?:(?i:on\s+)?(?i:the)\s+(?i:following|next)\s+(?i:day|night|morning)"
                               rf"|(?P<count>[0-9]{{1,3}}|(?i:an?|{_UNDER_100}))[\s-]+"
                               r"(?P<unit>(?i:day|night|hour|week|fortnight))s?\s+(?i:later|afterwards))\s*,?\s+"
                               rf"(?:(?i:she|he|they)|{_A_NAME})\s+{_DIED}(?![\w])")
# a count of about so many days names no one day ("around two days before her death")
_ABOUT = lazy(re.compile, r"(?<![\w])(?i:around|about|approximately|approx\.?|roughly|some|nearly|almost|circa|c\.|perhaps"
                          r"|maybe|possibly|probably|over|under|at\s+least|more\s+than|less\s+than|up\s+to)\s+$")
# every wording above holds one of these, in small letters
_DEATH_WORDS = ("death", "died", "kill", "murder", "homicide", "fatal", "passed away", "passing", "birth", "born",
                "lost her li", "lost his li", "lost their li", "found dead")


@lru_cache(maxsize=512)
def _counts_to_the_death(text: str) -> tuple[tuple[int, int | None, int, int, bool], ...]:
    """(days from the written date to the event, the age if a birthday, start, end of the phrase, whether the date
    may be in the sentence before) for each count to the death, the birth or a birthday of an age in ``text``."""
    lowered = " ".join(text.lower().split())
    if not any(word in lowered for word in _DEATH_WORDS) or not _A_WAY_FROM_A_DAY.search(text) \
            and not any(word in lowered for word in ("later", "afterwards", "next")):
        return ()
    out = []
    for phrase in _day_phrases(text):
        event = _TO_THE_DEATH.match(text, phrase.end())
        days = _days_away(phrase) if event and not nearby.ending_at(_ABOUT, text, phrase.start()) else None
        if days:
            age = event.group("age")
            out.append((days, None if age is None else _age_of(age), phrase.start(), event.end(), False))
    for phrase in _COUNT_LATER.finditer(text):
        who = nearby.ending_at(_WHO_DIED, text, phrase.start(), reach=80)
        days = _days_later(text, phrase)
        if who is not None and days:
            out.append((days, None, who.start(), phrase.end(), True))
    for phrase in _LATER_DIED.finditer(text):
        days = _days_later(text, phrase)
        if days:
            out.append((days, None, phrase.start(), phrase.end(), True))
    return tuple(out)


def _days_later(text: str, phrase: re.Match) -> int | None:
    """The days a ``_COUNT_LATER`` or ``_LATER_DIED`` counts ("the next day": one), if one day."""
    count = phrase.group("count")
    if count is None:
        return 1
    if nearby.ending_at(_ABOUT, text, phrase.start("count")):
        return None
    number = 1 if count.lower() in ("a", "an") else int(count) if count.isdigit() else \
        _number_in_words(_word_key(count))
    unit = _UNIT_DAYS[phrase.group("unit").lower()]
    if unit == 0 and number % 24:
        return None
    return number // 24 if unit == 0 else number * unit


def _age_of(age: str) -> int:
    """The number an ordinal age ("30th", "thirtieth", "thirty-first") writes."""
    digits = re.match(r"[0-9]+", age)
    if digits:
        return int(digits.group())
    words = re.split(r"[\s-]+", age.lower())
    ordinals = {w: n for n, w in enumerate(_ORDINAL_UNITS, start=1)}
    ordinals.update({w: n for n, w in enumerate(_ORDINAL_TEENS, start=10)})
    ordinals.update({w: (n + 2) * 10 for n, w in enumerate(_ORDINAL_TENS)})
    ordinals["hundredth"] = 100
    return _number_in_words(" ".join(words[:-1])) + ordinals.get(words[-1], 0)


def _counted_to_the_day(text: str, when: datetime.date, find) -> list[tuple[int, int]]:
    """Spans of the written dates that a count in the same sentence ties to ``when`` (the death, the birth) or to a
    birthday of an age of ``when`` (``find``: the mentions of a date in ``text``)."""
    by_day: dict[datetime.date, list[tuple[int, int, bool]]] = {}
    for days, age, start, end, back in _counts_to_the_death(text):
        try:
            day = when if age is None else when.replace(year=when.year + age)
            by_day.setdefault(day - datetime.timedelta(days=days), []).append((start, end, back))
        except (ValueError, OverflowError):
            continue   # 29 February in a common year
    out: list[tuple[int, int]] = []
    for written, phrases in by_day.items():
        # (one reading of the text per day: a report may count to the death many times)
        mentions = find(written)
        for start, end, back in phrases if mentions else ():
            left, right = _sentence_bounds(text, start, end)
            if back and text[:left].strip():
                # "On 7 July police attended. She died two days later.": "later" counts from the sentence before
                left = _sentence_bounds(text, len(text[:left].rstrip()) - 1, len(text[:left].rstrip()))[0]
            out += [(s, e) for s, e in mentions if left <= s and e <= right and (e <= start or s >= end)]
    return out


# A short range of days around the date in a sentence of the death or the birth: "Hodan died on 8–10 July 2023",
# "Between 8 and 10 July 2023 Hodan was killed", "she died sometime between 7th and 11th July", "from the 8th until
# the 10th of July", "July 8-10, 2023", "8/7/23-10/7/23", "between 30 June and 2 July". A week or less that holds
# the day gives it away within a day or two, as "8-9 July" (the day at an end, read above) does; a longer range
# ("between 1 and 31 July") or a range in a sentence of something else ("the panel met 8-10 July") names no day.
_A_RANGE_DAY = rf"(?:the\s+)?(?:{DAY}{ORDINAL}?(?![\w/.:])|(?i:{_ORDINAL_WORD_ELEMENT})(?![\w-]))"
# ("and" joins the ends of a range only after "between": "on 8 and 10 July" is two days, not the days between)
_A_RANGE_JOIN = r"(?:\s*[-–—]\s*|\s+(?i:to|until|till|through|thru|into|(?(between)and|(?!)))\s+)"


def _a_range_year(name: str) -> str:
    return rf"(?:,?\s+(?P<{name}>{YEAR4}))?"


_DAY_RANGE = lazy(re.compile, rf"""
    (?P<lead>(?<![\w])(?:(?P<between>(?i:between))|(?i:from))\s+)?
    (?:
        (?P<a1>{_A_RANGE_DAY}){_A_RANGE_JOIN}(?P<a2>{_A_RANGE_DAY})(?:\s+of)?\s+(?P<am>{MONTH})
      | (?P<bm>{MONTH})\s+(?P<b1>{_A_RANGE_DAY}){_A_RANGE_JOIN}(?P<b2>{_A_RANGE_DAY})(?!\s+(?:of\s+)?{MONTH})
      | (?P<c1>{_A_RANGE_DAY})(?:\s+of)?\s+(?P<cm1>{MONTH}){_a_range_year("cy1")}{_A_RANGE_JOIN}
        (?P<c2>{_A_RANGE_DAY})(?:\s+of)?\s+(?P<cm2>{MONTH})
      | (?P<dm1>{MONTH})\s+(?P<d1>{_A_RANGE_DAY}),?{_A_RANGE_JOIN}(?P<dm2>{MONTH})\s+(?P<d2>{_A_RANGE_DAY})
      | (?<![\w/.:-])(?P<n1>{DAY})(?P<ns>[/.])(?P<nm1>{NUM_MONTH})(?:(?P=ns)(?P<ny1>(?:19|20)?[0-9]{{2}}))?
        {_A_RANGE_JOIN}(?P<n2>{DAY})(?P=ns)(?P<nm2>{NUM_MONTH})(?:(?P=ns)(?P<ny2>(?:19|20)?[0-9]{{2}}))?(?![\w/.:-]\w)
    ){_a_range_year("year")}
""", re.VERBOSE)
_LONGEST_RANGE_AROUND = datetime.timedelta(days=6)    # a week, both ends counted
# the form's label of the date: "DOB: between 31 December and 2 January 1960"
_A_LABEL_OF_THE_DAY = lazy(re.compile, r"(?<![\w.])(?:D\.O\.[BD]\.?|DO[BD]|Do[BD])(?![\w])")


def _range_day(written: str) -> int:
    written = re.sub(r"^(?i:the)\s+", "", written)
    return _day(written) if written[0].isdigit() else _ORDINAL_DAYS[_word_key(written)]


@lru_cache(maxsize=1024)
def _day_ranges_of_the_death(text: str) -> tuple[tuple[int, int, tuple[int, int, int, int],
                                                       tuple[int | None, int | None]], ...]:
    """(start, end, (first month, first day, last month, last day), (year written at the first, at the last)) of
    every range of days in a sentence that tells of a death or a birth."""
    if not (_THE_DAY_OF_THE_DEATH.search(text) or _A_LABEL_OF_THE_DAY.search(text)):
        return ()
    out = []
    for m in _DAY_RANGE.finditer(text):
        bounds = _sentence_bounds(text, m.start(), m.end())
        if not (_THE_DAY_OF_THE_DEATH.search(text, *bounds) or _A_LABEL_OF_THE_DAY.search(text, *bounds)):
            continue
        g = m.group
        try:
            if g("a1"):
                month = _MONTH_BY_NAME[_word_key(g("am")).rstrip(".")]
                ends = (month, _range_day(g("a1")), month, _range_day(g("a2")))
            elif g("b1"):
                month = _MONTH_BY_NAME[_word_key(g("bm")).rstrip(".")]
                ends = (month, _range_day(g("b1")), month, _range_day(g("b2")))
            elif g("c1"):
                ends = (_MONTH_BY_NAME[_word_key(g("cm1")).rstrip(".")], _range_day(g("c1")),
                        _MONTH_BY_NAME[_word_key(g("cm2")).rstrip(".")], _range_day(g("c2")))
            elif g("d1"):
                ends = (_MONTH_BY_NAME[_word_key(g("dm1")).rstrip(".")], _range_day(g("d1")),
                        _MONTH_BY_NAME[_word_key(g("dm2")).rstrip(".")], _range_day(g("d2")))
            else:
                ends = (int(g("nm1")), int(g("n1")), int(g("nm2")), int(g("n2")))
        except KeyError:
            continue
        # (a year belongs to the end it is written at: "between 30 December and 2 January 2023")
        first, last = g("cy1") if g("c1") else g("ny1"), g("ny2") or g("year")
        in_words = None if last else _YEAR_IN_WORDS.match(text, m.end())
        if in_words:    # "the ninth into the tenth of January, 2 thousand and twenty one"
            last = _year_in_words(in_words.group("year"))
        # ("between" and "from" stay: "died between [date removed]", as for a range that ends on the day)
        out.append((m.end("lead") if g("lead") else m.start(), m.end(), ends,
                    (None if first is None else int(first), None if last is None else int(last))))
    return tuple(out)


# What every range of ``_DAY_RANGE`` holds: a join and, after it, a day ("the" before it, a figure, an ordinal word)
# or the month of the last day ("July 30 - August 2"); looser than the range, and needing none of its compiling
# (17,000 characters, a fiftieth of a cold verify)
_A_JOIN_WORD = r"\s(?i:to|until|till|through|thru|into|and)\s"
_A_RANGE_JOINED = lazy(re.compile, rf"(?:[-–—]|{_A_JOIN_WORD})\s*(?:the\s+)?(?:[0-9]|(?i:{_DAY_WORD_OPENINGS})"
                                   rf"|{'|'.join(sorted({form[:3] for form in _MONTH_FORMS}))})")
# a range in figures holds a month's number right before its join ("8/7-10/7", "8.7.23 to 10.7.23")
_A_RANGE_IN_FIGURES = lazy(re.compile, rf"[/.][0-9]{{1,2}}(?:[/.][0-9]{{2,4}})?(?:\s*[-–—]|\s+{_A_JOIN_WORD[2:]})")


@lru_cache(maxsize=12)
def _month_forms(month: int) -> tuple[str, ...]:
    """How ``MONTH`` writes a month: its name and abbreviations in title case or capitals."""
    return tuple(f for f in _MONTH_FORMS if _MONTH_BY_NAME[f.lower()] == month)


def _may_write_a_range_around(text: str, when: datetime.date) -> bool:
    """A looser test than ``_ranges_around_the_day``'s finds: a range of a week or less that holds ``when`` has
    ``when``'s month at one of its ends (a week crosses one month's end at most), written in ``MONTH``'s forms or in
    figures, and a join followed by a day or a month."""
    return (any(form in text for form in _month_forms(when.month)) or bool(_A_RANGE_IN_FIGURES.search(text))) \
        and bool(_A_RANGE_JOINED.search(text))


def _ranges_around_the_day(text: str, when: datetime.date) -> list[tuple[int, int]]:
    """Spans of the ranges of a week or less that hold ``when``, in a sentence of the death or the birth."""
    if not _may_write_a_range_around(text, when):
        return []
    out = []
    for start, end, (month1, day1, month2, day2), (year1, year2) in _day_ranges_of_the_death(text):
        for year in (when.year - 1, when.year):     # "30 December to 2 January" runs into the next year
            try:
                first = datetime.date(year, month1, day1)
                last = datetime.date(year + (month1 > month2), month2, day2)
            except ValueError:
                continue
            if not all(written is None or written == (day.year % 100 if written < 100 else day.year)
                       for written, day in ((year1, first), (year2, last))):
                continue
            if first <= when <= last and last - first <= _LONGEST_RANGE_AROUND:
                out.append((start, end))
                break
    return out


@lru_cache(maxsize=8192)
def may_mention(text: str, when: datetime.date) -> bool:
    """Does ``text`` write ``when``'s day of the month in some form, or name a festival (``_day_hint``,
    ``may_name_a_festival``)? Every reading of ``mentions_of`` and ``protected_date_candidates`` needs one. Cached:
    detection, its readings of the days around a count, and verify's two passes ask it of the same texts (apply's
    case1: 6,905 questions, 4,667 different)."""
    return _writes_the_day(text, when) or may_name_a_festival(text, when)


def _mentions_of(text: str, when: datetime.date, mentions: list[DateMention] | None = None,
                 context: "MonthContext | Month | None" = None) -> list[tuple[int, int]]:
    """``mentions_of`` without the test of ``may_mention`` first."""
    if mentions is None:
        mentions = find_dates(text)
    spans = []
    for m in mentions:
        listed = _days_listed_before(text, m)
        if listed is None:
            if _same_day(m, when) and not (m.date.year is None and _month_of_another_year(text, m.start, when, mentions)):
                spans.append((m.date_start, m.date_end))
            continue
        # "14 and 15 May 2023", "from 15 to 17 May": the list goes whole, or the day beside it gives it away
        list_start, days = listed
        if _same_day(m, when) or (when.day in days and _same_day(m._replace(date=m.date._replace(day=when.day)),
                                                                 when)):
            spans.append((list_start, m.date_end))
    spans += _reading_spans(text, when, False, mentions)
    spans += _listed_days(text, when)
    taken = _merge(spans + [(d.start, d.end) for d in mentions if d.date.day is not None] + _list_spans(text))
    for bare in _bare_days(text, when):
        if _overlaps(taken, bare.start(), bare.end()):
            continue
        if _in_context(text, bare, when, context):
            spans.append(_bare_day_span(bare))
    spans += _compact(text, when, broad=False)
    spans += _roman_month(text, when)
    spans += _with_unit_words(text, when)
    spans += _described_days(text, when)
    spans += _loosely_written(text, when)
    spans += _zoned_timestamps(text, when)
    spans += movable_feast_spans(text, when)
    spans += _weekdays_in_a_week(text, when, context)
    spans += _figures_set_apart_otherwise(text, when)
    spans += _welsh_ordinal_words(text, when)
    spans += _glued(text, when)
    spans += _ordinal_months(text, when)
    return _merge(_not_of_another_year_before(
        text, when, _years_and_days_beside(text, when, _merge(_with_years_in_words(text, when, spans))))
                  + _in_other_languages(text, when)
                  + _with_years_after(text, when, _yearless_in_other_languages(text, when))
                  + _yearless_in_welsh(text, when))


# A month misspelt ("3 Febuary 2022", "Septmber 14th"), an ordinal set apart from its day ("3 rd February", as text
# pasted from a PDF has it; "3^rd^" in pandoc's Markdown) or the old legal "3d": the date is still the date to a
# reader, and no reading above takes it. Read from the month word: a word of four letters or more whose nearest
# month (a letter added, dropped, changed or two swapped; two of them from seven letters) is the protected one and
# no other, with the same first letter, and no English word ("Mayo", "Jury", "Jane" are words or names, so "May"
# is never looked for misspelt: one edit from it is too many words); then the day before it or after it.
_LOOSE_ORDINAL = r"(?:\s?\^?(?:st|nd|rd|th|d)\^?)?"
_DAY_BEFORE_MONTH = lazy(re.compile, rf"(?<![\w.,/£$])(?P<day>0?[1-9]|[12][0-9]|3[01]){_LOOSE_ORDINAL}"
                               r"(?:\s*,?\s*(?:of\s+)?|[-./])$", re.IGNORECASE)
_DAY_AFTER_MONTH = lazy(re.compile, rf"\.?\s+(?:the\s+)?(?P<day>0?[1-9]|[12][0-9]|3[01]){_LOOSE_ORDINAL}(?![\w])",
                              re.IGNORECASE)
_SET_APART = re.compile(r"[0-9](?:\s?\^|\s)(?:st|nd|rd|th)|[0-9]d(?![a-z])", re.IGNORECASE)
_YEAR_AFTER = lazy(re.compile, r"(?:[-./]|\.?,?\s*)(?P<year>(?:1[89]|20)[0-9]{2}|['’]?[0-9]{2})(?![\w])")


@lru_cache(maxsize=1)
def _month_word_start(month: int) -> "re.Pattern[str]":
    first = MONTHS[month - 1][0]
    return re.compile(rf"(?<![^\W\d_])[{first}{first.lower()}][^\W\d_]{{3,11}}(?![^\W\d_])")


@lru_cache(maxsize=4096)
def misspelt_month(word: str) -> int | None:
    """The month ``word`` names, exactly or misspelt (see above), or None."""
    from rapidfuzz.distance import OSA

    from .data.tables import english_words

    key = word.lower().rstrip(".")
    if key in _MONTH_BY_NAME:
        return _MONTH_BY_NAME[key]
    if len(key) < 4:
        return None
    distances = sorted((OSA.distance(key, name.lower()), number) for number, name in enumerate(MONTHS, start=1)
                       if len(name) > 3 and name[0].lower() == key[0])
    if not distances or (len(distances) > 1 and distances[0][0] == distances[1][0]):
        return None
    distance, number = distances[0]
    name = MONTHS[number - 1].lower()
    if distance == 0 or distance > (2 if len(name) >= 7 else 1):
        return None if distance else number
    if len(name) == 4 and len(key) < 5 and sorted(key) != sorted(name):
        return None        # "Jane", "Jura": one edit from June or July, and words; "Juen" is a swap
    # (the tables last: most words are far from every month, and verify reads them only for the few that are not)
    if key in english_words() or _is_a_name_or_place(key):
        return None
    return number


def _is_a_name_or_place(key: str) -> bool:
    from .misspellings import _is_something_else

    return _is_something_else(key)


def _loosely_written(text: str, when: datetime.date) -> list[tuple[int, int]]:
    """Spans of ``when`` with its month misspelt or its ordinal set apart (see above)."""
    if str(when.year % 100).zfill(2) not in text and not _SET_APART.search(text):
        return []         # a misspelt month counts with its year; a right one with an ordinal set apart
    spans = []
    mentions = None
    for word in _month_word_start(when.month).finditer(text):
        if misspelt_month(word.group()) != when.month:
            continue
        start, end = word.start(), word.end()
        before = _DAY_BEFORE_MONTH.search(text, max(0, start - 16), start)
        after = None if before else _DAY_AFTER_MONTH.match(text, end)
        day = before or after
        if day is None or int(day.group("day")) != when.day:
            continue
        exact = word.group().lower().rstrip(".") in _MONTH_BY_NAME
        if exact and not _SET_APART.search(day.group()):
            continue      # written right: the readings above have it
        start, end = (before.start(), end) if before else (start, after.end())   # type: ignore[union-attr]
        year = _YEAR_AFTER.match(text, end)
        if year:
            written = year.group("year").lstrip("'’")
            if int(written) == (when.year if len(written) == 4 else when.year % 100):
                end = year.end()
            elif len(written) == 4 or year.group("year")[0] in "'’":
                continue          # another year: another date ("3 Febuary 2021"); a bare "22" may be anything
        if not exact and (not year or end != year.end()):
            continue      # a misspelt month counts with its year: "Marci 3 doors away", "3 Marcs and Spencer"
        if not year or end != year.end():
            mentions = find_dates(text) if mentions is None else mentions
            if _month_of_another_year(text, start, when, mentions):
                continue          # "In February 2021 she was seen on 3 Febuary": that February's

        spans.append((start, end))
    return spans


# A time stamped with its zone ("2023-05-13T23:00:00Z"): a date picker, a SharePoint date column or a custom
# property stores midnight of 14 May in England as 23:00 on the 13th in UTC, and it is the 14th to a reader.
_ZONE = r"\s?(?P<zone>Z|UTC|GMT|[+-][01][0-9](?::?[0-5][0-9])?)"
_ZONED_TIMESTAMP = re.compile(
    # ISO 8601 and its looser spellings: "2023-05-13T23:00:00Z", "2023-05-13 23:00:00 UTC", "...T23:30:00 +00:00"
    r"(?<![0-9])(?P<y>(?:1[89]|20)[0-9]{2})-(?P<m>[01][0-9])-(?P<d>[0-3][0-9])[T ](?P<hh>[0-2][0-9]):(?P<mm>[0-5][0-9])"
    rf"(?::[0-5][0-9](?:\.[0-9]+)?)?{_ZONE}(?![0-9A-Za-z])"
    # a calendar file's "20230513T230000Z"
    r"|(?<![0-9])(?P<cy>(?:1[89]|20)[0-9]{2})(?P<cm>[01][0-9])(?P<cd>[0-3][0-9])T(?P<chh>[0-2][0-9])(?P<cmm>[0-5][0-9])"
    r"(?:[0-5][0-9])?Z(?![0-9A-Za-z])"
    # an e-mail's "Sun, 13 Aug 2023 23:30:00 +0000"
    r"|(?<![0-9])(?P<ed>[0-3]?[0-9])\s+(?P<emon>[A-Za-z]{3,9})\.?,?\s+(?P<ey>(?:1[89]|20)[0-9]{2}),?\s+"
    r"(?P<ehh>[0-2]?[0-9]):(?P<emm>[0-5][0-9])(?::[0-5][0-9])?\s?(?P<ezone>Z|UTC|GMT|[+-][01][0-9]:?[0-5][0-9])"
    r"(?![0-9A-Za-z])")
#: any time written with its zone: what ``_day_hint`` lets through for ``_zoned_timestamps``
_ZONED_TIME_HINT = r"[0-2]?[0-9]:?[0-5][0-9](?::?[0-5][0-9])?(?:\.[0-9]+)?\s?(?:Z|UTC|GMT|[+-][01][0-9])(?![A-Za-z])"


def _zoned_timestamps(text: str, when: datetime.date) -> list[tuple[int, int]]:
    """Spans of time stamps whose day in England is ``when`` though their own date is another one (see above)."""
    return [span for written, in_england, span in _zoned_stamps(text) if written != when and in_england == when]


# (each stamp's own date, its date in England and its span: the same whatever date is asked for, and
# ``_anniversaries`` asks for one day in every year a text writes)
@lru_cache(maxsize=256)
def _zoned_stamps(text: str) -> tuple[tuple[datetime.date, datetime.date, tuple[int, int]], ...]:
    if ":" not in text and ("T" not in text or "Z" not in text):
        # every stamp writes its time with a colon, or is a calendar file's with its "T" and "Z": most texts hold
        # neither, and the pattern's three look-behinds are tried at every figure of the rest
        return ()
    stamps = []
    for m in _ZONED_TIMESTAMP.finditer(text):
        try:
            if m.group("y"):
                written = datetime.datetime(int(m.group("y")), int(m.group("m")), int(m.group("d")),
                                            int(m.group("hh")), int(m.group("mm")))
                zone = m.group("zone")
            elif m.group("cy"):
                written = datetime.datetime(int(m.group("cy")), int(m.group("cm")), int(m.group("cd")),
                                            int(m.group("chh")), int(m.group("cmm")))
                zone = "Z"
            else:
                month = _MONTH_BY_NAME.get(m.group("emon").lower())
                if month is None:
                    continue
                written = datetime.datetime(int(m.group("ey")), month, int(m.group("ed")), int(m.group("ehh")),
                                            int(m.group("emm")))
                zone = m.group("ezone")
        except ValueError:
            continue
        offset = 0 if zone in ("Z", "UTC", "GMT") else \
            (int(zone[1:3]) * 60 + int(zone.replace(":", "")[3:5] or 0)) * (-1 if zone[0] == "-" else 1)
        moment = written - datetime.timedelta(minutes=offset)
        in_england = _in_england(moment).date()
        if written.date() != in_england:
            weekday = _WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
            stamps.append((written.date(), in_england,
                           (weekday.start() if weekday else m.start(), m.end())))     # "Sun, 13 Aug": the 13th's
    return tuple(stamps)


_WEEKDAY_BEFORE = lazy(re.compile, r"(?i)(?<![a-z])(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*$")


def _in_england(utc: datetime.datetime) -> datetime.datetime:
    """The wall-clock time in England of a moment given in UTC (the tz database where Python has one; else the
    summer time the UK has kept since 1981: from 01:00 UTC on March's last Sunday to October's)."""
    try:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return utc.replace(tzinfo=datetime.timezone.utc).astimezone(ZoneInfo("Europe/London")).replace(tzinfo=None)
        except ZoneInfoNotFoundError:
            pass
    except ImportError:
        pass

    def last_sunday(month: int) -> datetime.datetime:
        day = max(week[6] for week in calendar.monthcalendar(utc.year, month))
        return datetime.datetime(utc.year, month, day, 1)

    summer = last_sunday(3) <= utc < last_sunday(10)
    return utc + datetime.timedelta(hours=1 if summer else 0)


class _ContextUnknown:
    """What a check of one text alone knows of the months named before it: nothing."""

    def __repr__(self) -> str:
        return "CONTEXT_UNKNOWN"


# A text checked alone may sit under a month named elsewhere; None, by contrast, says "no month was named before".
CONTEXT_UNKNOWN = _ContextUnknown()


def month_context_by_part(items: list[tuple[str, str]],
                          whens: "tuple[datetime.date, ...]" = ()) -> list[MonthContext | None]:
    """For each (part, text) in reading order, the months its part named before it that a bare day may fall in
    (``document_month_context``): the context of "the 14th" for a reader that sees a document's texts one by one
    (verify). A header or a footnote starts with no month: it is not read under the body's last row."""
    seen: dict[str, _Months] = {}
    out: list = []
    by_part: dict[str, list[int]] = {}
    for index, (part, text) in enumerate(items):
        months = seen.setdefault(part, _Months())
        out.append(months.context())
        months.read(text)
        by_part.setdefault(part, []).append(index)
    if whens:
        for indexes in by_part.values():
            marked = _marked_parts([items[i][1] for i in indexes], [out[i] for i in indexes], whens)
            for i, context in zip(indexes, marked):
                out[i] = context
    return out


@lru_cache(maxsize=4096)
def _named_in(text: str) -> _Named:
    """The months ``text`` names: cached, as apply's pass before saving and its check of the saved file read the
    same texts."""
    return _named_before(text, len(text))


@lru_cache(maxsize=8192)
def _may_be_a_part_of_a_date(text: str) -> bool:
    """Whether ``text`` is short and holds a figure or a month's word: a table cell that may write a part of a
    date (``split_across``, ``parts_of_other_dates``: each asks it of every text of a document, for each date and
    in each of apply's and verify's passes)."""
    return 0 < len(text.strip()) <= 20 and bool(_PART_OF_A_DATE.search(text))


def split_across(texts: list[str], when: datetime.date) -> set[int]:
    """The indexes of the texts that write ``when`` together, a part each: a table row's cells "3" | "November" |
    "2022", "21" | "06" | "1987", "3rd" | "November 2022". Two or three texts in a row, each short, whose parts
    joined are a mention of the date from the first part to the last (day and month at least: a day alone is
    none; in figures only, day, month and year). And a text that is only the date's weekday beside one that writes
    the date ("09/07/2023" | "Sunday")."""
    short = [_may_be_a_part_of_a_date(t) for t in texts]
    out: set[int] = set()
    for i in range(len(texts) - 1):
        for k in (3, 2):   # the longer reading first: "21" | "06" | "1987" is the whole date, not "21/06"
            if i + k > len(texts) or not all(short[i:i + k]):
                continue
            parts = [t.strip() for t in texts[i:i + k]]
            figures = all(p.isdigit() for p in parts)
            if figures and k < 3:
                continue   # "2" | "2": two numbers (footnote marks, counts) are too little to be a date
            joiners = [" ", "/"] if figures else [" "]
            readings = [joiner.join(parts) for joiner in joiners]
            if any(s < len(parts[0]) and e > len(joined) - len(parts[-1])
                   for joined in readings for s, e in mentions_of(joined, when)):
                out.update(range(i, i + k))
                break
            if any(m.start < len(parts[0]) and m.end > len(joined) - len(parts[-1])
                   for joined in readings for m in find_dates(joined)):
                break   # another date whole ("3" | "November" | "2021"): none of it is this one
    return out | _weekday_cells_beside(texts, when, out)


def _weekday_cells_beside(texts: list[str], when: datetime.date, parts: set[int]) -> set[int]:
    """A text that is only ``when``'s weekday beside a text that writes ``when`` (a chronology's "Day" column:
    "09/07/2023" | "Sunday"): the weekday says which day the date was, and goes with it."""
    day = when.strftime("%a").lower()
    out: set[int] = set()
    for index, text in enumerate(texts):
        if len(text) > 24 or not _ONLY_A_WEEKDAY.fullmatch(text.strip()) or text.strip()[:3].lower() != day:
            continue
        for beside in (index - 1, index + 1):
            if 0 <= beside < len(texts) and (beside in parts or mentions_of(texts[beside], when)):
                out.add(index)
    return out


# (the lookahead for a digit or a month's first letter lets the engine pass every other position with one test: the
# same finds in under half the time)
_PART_OF_A_DATE = re.compile(rf"(?=[0-9]|(?i:[{re.escape(''.join(sorted({w[0] for w in _MONTH_BY_NAME})))}]))"
                             rf"(?:[0-9]|(?i:{_MONTH_ELEMENT}))")


def parts_of_other_dates(texts: list[str], whens: list[datetime.date]) -> set[int]:
    """The indexes of the texts that write, two or three in a row, a whole date with its year that is none of
    ``whens``: "15" | "Oct 2017", "1" | "December" | "2021". A read across the cut between two of them ("Sun" |
    "15", "1" | "December") is then a part of that date, never a protected date without its year."""
    short = [_may_be_a_part_of_a_date(t) for t in texts]
    out: set[int] = set()
    for i in range(len(texts) - 1):
        for k in (3, 2):
            if i + k > len(texts) or not all(short[i:i + k]):
                continue
            parts = [t.strip() for t in texts[i:i + k]]
            figures = all(p.isdigit() for p in parts)
            if figures and k < 3:
                continue
            joined = " ".join(parts)
            whole = [m for m in find_dates(joined) if m.start < len(parts[0]) and m.end > len(joined) - len(parts[-1])
                     and None not in (m.date.year, m.date.month, m.date.day)]
            if whole and not any(mentions_of(joined, when) for when in whens):
                out.update(range(i, i + k))
                break
    return out


@lru_cache(maxsize=16)
def _day_hint(when: datetime.date) -> re.Pattern:
    """What any text that can mention ``when`` holds: every reading below needs its day of the month, written as
    a whole number ("14", "014th", "05"; the patterns read ASCII digits only, and NFKC made full-width ones ASCII),
    inside a compact form ("20230514"), as an ordinal or cardinal word whose last word is the day's own ("the
    fourteenth", "twenty-first", "thirty one"; matched without its start, so "twenty\\nfirst" too), or as a
    festival ("Christmas Day", "New Year's Eve"). A looser test than any reading, never a stricter one: a text
    without it cannot hold the date, and skipping it changes no finding (tested against the full search). A day
    described by its place in the month ("the last Thursday of October") writes no number: its words are the hint."""
    hint, openers = _day_hint_alternatives(when)
    # A lookahead for the characters an alternative can open with lets the engine skip every other position at
    # once (each alternative opens with a look-behind, which defeats its own skipping): this search was a tenth of
    # a cold verify. Case-insensitive, as the words are matched.
    return re.compile(rf"(?=(?i:[{re.escape(openers)}]))(?:{hint})")


def _writes_the_day(text: str, when: datetime.date) -> bool:
    """``_day_hint(when).search(text)``, as a truth value, made faster: its alternatives in figures first (they open
    with a digit or a Chinese numeral: a lookahead for those skips every letter), then its words, which a text
    holds only if its small letters hold one of them (substring tests in C; the words' lookahead passed every "b",
    "c", "f", "l", "n", "p", "s", "t" and tried a dozen alternatives there: a fortieth of a cold verify); the
    words' pattern, case-insensitive as before, is searched only where they are."""
    figures, words, gates = _day_hint_halves(when)
    if figures.search(text):
        return True
    if gates is not None:
        lowered = text.lower()
        if any(chr(code) in text for code in _ASCII_BY_IGNORECASE):
            lowered = text.translate(_ASCII_BY_IGNORECASE).lower()
        automaton, wanted = gates
        held = {part for _, part in automaton.iter(lowered)}
        if not held or not any(gate <= held for gate in wanted):
            return False
    return words.search(text) is not None


# The characters beyond ASCII that IGNORECASE matches to an ASCII letter (all of them: tested), as that letter: a
# text's small letters, with these read so, hold every ASCII word the case-insensitive pattern matches in it
_ASCII_BY_IGNORECASE = {ord("\u0130"): "i", ord("\u0131"): "i", ord("\u017f"): "s", ord("\u212a"): "k"}


@lru_cache(maxsize=16)
def _day_hint_halves(
        when: datetime.date) -> "tuple[re.Pattern, re.Pattern, tuple[Any, tuple[frozenset[str], ...]] | None]":
    """``_writes_the_day``'s two patterns (the alternatives in figures, the words) and what a text's small letters
    must hold for the words to match: one of the gates, each a few strings all of which are in every match it
    stands for, looked for at once by an automaton (None when a word is not ASCII: its case-insensitive matches
    are not its small letters)."""
    import ahocorasick

    figures, openers, words, _ = _day_hint_pieces(when)
    day_words, nths = words
    wanted = (*(frozenset({word.lower()}) for word in day_words), frozenset({"christmas"}), frozenset({"boxing"}),
              frozenset({"new", "year"}), *(frozenset({nth.lower(), "day"}) for nth in nths))
    gates: tuple[Any, tuple[frozenset[str], ...]] | None = None
    if all(part.isascii() for gate in wanted for part in gate) and all("day" in w.lower() for w in WEEKDAYS):
        automaton = ahocorasick.Automaton()
        for part in set().union(*wanted):
            automaton.add_word(part, part)
        automaton.make_automaton()
        gates = automaton, wanted
    return re.compile(rf"(?=[{re.escape(openers)}])(?:{figures})"), re.compile(_day_hint_words(day_words)), gates


def _day_hint_words(day_words: "tuple[str, ...]") -> str:
    """The alternatives of ``_day_hint`` that are words (see ``_day_hint_pieces``)."""
    return (rf"(?<![A-Za-z])(?i:{'|'.join(day_words)})"
            r"|(?i:christmas|boxing|new\s*year)"
            rf"|(?i:(?:{'|'.join(_NTH_IN_MONTH)})\s+(?:day|{'|'.join(WEEKDAYS)}))")


def _day_hint_pieces(when: datetime.date) -> "tuple[str, str, tuple[tuple[str, ...], tuple[str, ...]], str]":
    """The alternatives of ``_day_hint`` in figures, the characters they open with, its day's words and the words of
    a day's place in its month (``_NTH_IN_MONTH``)."""
    # (a zero may be a letter O, as OCR reads it: "1O/11/2022")
    numbers = rf"(?<![0-9])0*{str(when.day).replace('0', '[0Oo]')}(?![0-9])"
    # a time stamp of the day before or after, with its zone, may be this day in England (``_zoned_timestamps``)
    numbers += "|" + _ZONED_TIME_HINT
    compact = "|".join(_compact_forms(when, True))
    # the day glued between a month and its year ("Nov32022", "Nov3rd2022": ``_glued``)
    compact += rf"|(?<=[A-Za-z])0?{when.day}(?:[a-z]{{2}})?(?:{when.year}|{when.year % 100:02d})(?![0-9])"
    words = {re.split(r"[\s-]", w)[-1] for table in (_ORDINAL_DAYS, _CARDINAL_DAYS) for w, d in table.items()
             if d == when.day} | {w.split()[0] for w in _WELSH_ORDINALS[when.day]}
    # the word is matched the way the patterns match it: case-insensitively, with no ASCII letter before it
    # the day in Chinese numerals before its unit ("三日", "十二号"): ``_with_unit_words``
    cjk = rf"{_cjk_number(when.day)}\s*[日号號일]"
    return f"{numbers}|{compact}|{cjk}", "0123456789" + _cjk_number(when.day)[0], \
        (tuple(sorted(words)), tuple(_NTH_IN_MONTH)), "cbn" + "".join(w[0] for w in (*words, *_NTH_IN_MONTH))


def _day_hint_alternatives(when: datetime.date) -> tuple[str, str]:
    """The pattern of ``_day_hint`` without its lookahead, and the characters each of its alternatives can open
    with."""
    figures, figure_openers, (day_words, _), word_openers = _day_hint_pieces(when)
    hint = f"{figures}|{_day_hint_words(day_words)}"
    # every alternative opens with a digit or with one of these letters
    return hint, "".join(sorted(set(figure_openers) | set(word_openers)))


def protected_date_candidates(text: str, when: datetime.date,
                              context: "MonthContext | Month | None | _ContextUnknown" = CONTEXT_UNKNOWN
                              ) -> list[tuple[int, int]]:
    """Spans of everything in ``text`` that could mean ``when`` under any reading: verify's broad net.

    On top of ``mentions_of`` (which ``apply`` uses): numbers month first wherever that reading is possible
    (09/10/2021 may be 10 September), numbers separated by spaces ("14 09 2021"), ordinal words without "of",
    compact month-first and year-first digits, and "the 14th" in a text that names no month at all (the month
    may be in an earlier paragraph or table row, which a check of one text cannot see; an ordinal word, "the
    first", needs its month in the text). It accepts a
    few false alarms and misses nothing that ``mentions_of`` finds; spans are tight around the date itself.

    Given the ``context`` (the month the document named before this text, or None for none: see
    ``month_context_by_part``), "the 14th" is the date only where that month or the text says so: a day of the
    month alone is no date of death in a chronology of another month ("the reply came on the 10th").
    """
    def plain(day: datetime.date) -> list[tuple[int, int]]:
        if not may_mention(text, day):
            # (verify asks this of every text: most never write the day, and parsing their dates is slow)
            return _weekdays_in_a_week(text, day, None if isinstance(context, _ContextUnknown) else context)
        return _candidates(text, day, context)

    relative = _a_day_from(text, when, plain) + _anniversaries(text, when, plain) \
        + _counted_to_the_day(text, when, plain) + _ranges_around_the_day(text, when)
    spans = _merge(plain(when) + relative) if relative else plain(when)
    spans = _rows_of_an_earlier_year(text, when, spans, context)
    written_otherwise = other_calendar_spans(text, when)     # as ``mentions_of`` reads them
    return _merge(spans + written_otherwise) if written_otherwise else spans


def _candidates(text: str, when: datetime.date, context) -> list[tuple[int, int]]:
    """``protected_date_candidates`` without the test of ``_day_hint`` first."""
    # CONTEXT_UNKNOWN is the one instance of its class: isinstance says the same as `is` and narrows the type
    given = None if isinstance(context, _ContextUnknown) else context
    known = context is not CONTEXT_UNKNOWN
    mentions = find_dates(text)
    spans = _mentions_of(text, when, mentions, given)
    spans += _reading_spans(text, when, True, mentions)
    named = {_MONTH_BY_NAME[w.group().rstrip(".").lower()] for w in _MONTH_WORD.finditer(text)}
    ranges = _merge([(m.date_start, m.date_end) for m in mentions if m.other_days] + _list_spans(text))
    for m in _bare_days(text, when):
        if _overlaps(ranges, m.start(), m.end()):
            continue   # "March 8th/9th 2018": a day of a range is the range's, which _mentions_of read whole
        if _in_context(text, m, when, given):
            spans.append(_bare_day_span(m))
        elif not known and not (named or m.group("day")[0].isalpha() or m.re is _row_day()):
            # "the 14th" in a text read alone that names no month may be under a month named in the row above;
            # an ordinal word ("the first") only with its month in the text
            spans.append(_bare_day_span(m))
    spans += _compact(text, when, broad=True)
    return _merge(_not_of_another_year_before(
        text, when, _years_and_days_beside(text, when, _merge(_with_years_in_words(text, when, spans))))
                  + _in_other_languages(text, when))
