"""UK written dates: finding whole date phrases, parsing them, and finding every mention of one calendar date.

A date of death or of birth has to disappear in every form a drafting author may use, so the finder works on
whole phrases ("Sunday 14th May 2023 at 02:15", "14/05/23", "Christmas Eve 2022") rather than on numbers.
Numeric dates are read day first, as they are written in England and Wales.
"""
from __future__ import annotations

import calendar
import datetime
import re
from typing import NamedTuple

__all__ = ["PartialDate", "DateMention", "DATE_PATTERN", "find_dates", "parse_date", "mentions_of"]


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
    # "the night of 14/15 May", "May 14-15, 2023": the other day the phrase names, in the same month.
    other_day: int | None = None


_MONTH_NAMES = [
    ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May", None),
    ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sept|Sep"), ("October", "Oct"),
    ("November", "Nov"), ("December", "Dec"),
]
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
_month_abbrevs = [a for _, short in _MONTH_NAMES if short for a in short.split("|")]
# An abbreviation may carry a full stop ("Sept."); "May" has none.
MONTH = rf"(?:{_cased(_month_words)}|{_cased(_month_abbrevs)}\.?)(?![\w])"
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
YEAR4 = r"(?:1[89][0-9]{2}|20[0-9]{2})(?![\w])"
# A two-digit year only when nothing word-like follows: "3 Feb 22" but not "3 Feb 22 officers".
YEAR2 = r"'?[0-9]{2}(?![\w])(?!\s+[a-z])"
NUM_MONTH = r"(?:1[0-2]|0?[1-9])"
TIME = (r"(?:(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:\s?(?:am|pm|a\.m\.|p\.m\.|hrs|hours))?"
        r"|(?:1[0-2]|0?[1-9])\s?(?:am|pm|a\.m\.|p\.m\.))")
# A time after a date without "at" only in the unmistakable 24-hour form ("14 May 2023 02:15").
CLOCK = r"(?:[01]?[0-9]|2[0-3]):[0-5][0-9]"
_APOS = "['’]"

_DATE_PARTS = rf"""
    (?P<weekday>{WEEKDAY},?\s+(?:the\s+)?)?
    (?:
        # the night of 14/15 May 2023, 14th/15th May: two days of one month
        (?P<o_day1>{DAY_WORD})\s*/\s*(?P<o_day2>{DAY}{ORDINAL}?)\s+(?:of\s+)?(?P<o_month>{MONTH})
        (?:,?\s+(?P<o_year>{YEAR4}))?
      |
        # 14 May 2023 / 14th of May, 2023 / 3 Feb 22 / 15-May-2023 / the fifteenth of May ("second May" is no
        # date: an ordinal word needs its "of")
        (?:(?P<a_day>{DAY_WORD})(?:\s+(?:of\s+)?|(?P<a_hyphen>-))|(?P<a_word>{DAY_ORDINAL_WORD})\s+of\s+)
        (?P<a_month>{MONTH})
        (?:(?(a_hyphen)-(?P<a_year3>(?:19|20)?[0-9]{{2}})(?![\w-])|(?:,?\s+(?P<a_year>{YEAR4})|\s+(?P<a_year2>{YEAR2}))))?
      |
        # May 14th / May 14, 2023 / May 14-15, 2023
        (?P<b_month>{MONTH})\s+(?P<b_day>{DAY}{ORDINAL}?)(?![\w])(?!,\d)(?![.:]\d)
        (?:\s*[-–]\s*(?P<b_day2>{DAY}{ORDINAL}?)(?![\w-]))?
        (?:,?\s+(?P<b_year>{YEAR4}))?
    )
  |
    # May 2023 (a month alone is not a date: "May" is also a name)
    (?<![\w])(?P<c_month>{MONTH})\s+(?:of\s+)?(?P<c_year>{YEAR4})
  |
    # 2023-05-14 / 2023/05/14
    (?<![\w/.:-])(?P<i_year>(?:19|20)[0-9]{{2}})(?P<i_sep>[-/.])(?P<i_month>{NUM_MONTH})(?P=i_sep)
    (?P<i_day>{DAY})(?![\w/])(?![.:-][0-9])
  |
    # 14/05/2023, 14.05.23, 14-5-2023; dotted dates need a padded day and month or a four-digit year, so
    # that paragraph numbers such as "4.1.12" are not read as dates
    (?<![\w/.:£$-])
    (?:
        (?P<n_day>{DAY})(?P<n_sep>[/-])(?P<n_month>{NUM_MONTH})(?P=n_sep)(?P<n_year>(?:19|20)?[0-9]{{2}})
      | (?P<d_day>{DAY})\.(?P<d_month>{NUM_MONTH})\.(?P<d_year>(?:19|20)[0-9]{{2}})
      | (?P<p_day>3[01]|[12][0-9]|0[1-9])\.(?P<p_month>1[0-2]|0[1-9])\.(?P<p_year>[0-9]{{2}})
    )
    (?![\w/])(?![.:-][0-9])
  |
    # Christmas Eve 2022, New Year's Day
    (?<![\w])(?P<f_name>Christmas\s+Eve|Christmas\s+Day|Boxing\s+Day|New\s+Year{_APOS}?s\s+Eve
                       |New\s+Year{_APOS}?s\s+Day|Christmas)
    (?:,?\s+(?P<f_year>{YEAR4}))?
"""

DATE_PATTERN = re.compile(
    rf"""
    (?:(?<![\w:.])(?P<t_pre>{TIME})\s+(?:on\s+))?
    (?P<date>{_DATE_PARTS})
    (?:,?[ \t]+at[ \t]+(?P<t_post>{TIME})(?![\w:])|,?[ \t]+(?P<t_clock>{CLOCK})(?![\w:.]))?
    """,
    re.VERBOSE,
)

_FESTIVALS = {
    "christmaseve": (12, 24), "christmasday": (12, 25), "boxingday": (12, 26),
    "newyearseve": (12, 31), "newyearsday": (1, 1), "christmas": (12, None),
}


def _two_digit_year(yy: int) -> int:
    # A two-digit year that would lie more than a few years in the future is a past century's (a birth year).
    year = 2000 + yy
    return year if year <= datetime.date.today().year + 5 else year - 100


def _year(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.lstrip("'")
    return int(digits) if len(digits) == 4 else _two_digit_year(int(digits))


def _day(text: str) -> int:
    digits = re.match(r"[0-9]+", text)
    return int(digits.group()) if digits else _ORDINAL_DAYS[text.lower()]


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
    for prefix in ("n", "d", "p"):
        if g[f"{prefix}_day"]:
            return PartialDate(_year(g[f"{prefix}_year"]), int(g[f"{prefix}_month"]), int(g[f"{prefix}_day"]))
    key = re.sub(r"[^a-z]", "", g["f_name"].lower())
    month, day = _FESTIVALS[key]
    return PartialDate(_year(g["f_year"]), month, day)


def _is_real(date: PartialDate) -> bool:
    if date.day is None or date.month is None:
        return True
    # Without a year, 29 February must stay possible.
    year = date.year if date.year is not None else 2000
    return date.day <= calendar.monthrange(year, date.month)[1]


def find_dates(text: str) -> list[DateMention]:
    """Every date phrase in ``text``, left to right, without overlaps."""
    mentions = []
    for m in DATE_PATTERN.finditer(text):
        g = m.groupdict()
        if g["f_name"] == "Christmas" and not g["f_year"]:
            # "Christmas" alone is a season, not a date.
            continue
        date = _partial_from_match(m)
        if not _is_real(date):
            continue
        year_text = next((g[k] for k in ("a_year", "a_year2", "a_year3", "b_year", "n_year", "p_year") if g[k]), "")
        other = g["o_day1"] or g["b_day2"]
        mentions.append(DateMention(m.start(), m.end(), m.group(), date, m.start("date"), m.end("date"),
                                    len(year_text.lstrip("'")) == 2, _day(other) if other else None))
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
_BARE_ORDINAL = re.compile(rf"(?<![\w])the\s+(?P<day>{DAY}){ORDINAL}(?![\w])(?:\s+of(?![\w]))?", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=[\s'’\"”)]*(?:\s|$))|\n")
_MONTH_WORD = re.compile(rf"(?<![\w]){MONTH}")
_YEAR_WORD = re.compile(r"(?<![\w/.:-])(?:1[89][0-9]{2}|20[0-9]{2})(?![\w])")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    right_match = _SENTENCE_END.search(text, end)
    return left, right_match.start() if right_match else len(text)


# Bare day numbers that share the month of the date after them: "15 and 16 May", "12, 13 and 18 May", "15-17 May".
_DAYS_LIST = re.compile(rf"(?<![\w/.:,£$€%-])(?:{DAY}{ORDINAL}?(?:\s*,\s*|\s+(?:and|or|to|until|till|&)\s+|\s*[-–]\s*))+$")
_DAY_NUMBER = re.compile(rf"{DAY}(?={ORDINAL}?(?![0-9]))")


def _days_listed_before(text: str, mention: DateMention) -> tuple[int, set[int]] | None:
    """The start and day numbers of a list of days right before a date phrase that starts with its day."""
    if mention.date.day is None or mention.date.month is None or not text[mention.date_start:][:1].isdigit():
        return None
    days = _DAYS_LIST.search(text, max(0, mention.date_start - 40), mention.date_start)
    if not days:
        return None
    return days.start(), {int(d.group()) for d in _DAY_NUMBER.finditer(days.group())}


def _same_day(mention: DateMention, when: datetime.date) -> bool:
    found = mention.date
    if when.day not in (found.day, mention.other_day) or found.month != when.month:
        return False
    if found.year is None:
        return True
    return found.year % 100 == when.year % 100 if mention.two_digit_year else found.year == when.year


def mentions_of(text: str, when: datetime.date, mentions: list[DateMention] | None = None) -> list[tuple[int, int]]:
    """Spans of every mention of the calendar date ``when``: the date part of each phrase (weekday included).

    A phrase without a year counts ("May 14th", "the 14th May each year"); a phrase with another year does not
    (14 May 2022 is not 14 May 2023). "the 14th" counts when its sentence names the month and gives no other year.
    """
    if mentions is None:
        mentions = find_dates(text)
    spans = []
    for m in mentions:
        listed = _days_listed_before(text, m)
        if listed is None:
            if _same_day(m, when):
                spans.append((m.date_start, m.date_end))
            continue
        # "14 and 15 May 2023", "from 15 to 17 May": the list goes whole, or the day beside it gives it away
        list_start, days = listed
        if _same_day(m, when) or (when.day in days and _same_day(m._replace(date=m.date._replace(day=when.day)),
                                                                 when)):
            spans.append((list_start, m.date_end))
    for m in _BARE_ORDINAL.finditer(text):
        if int(m.group("day")) != when.day:
            continue
        if any(d.start < m.end() and m.start() < d.end for d in mentions):
            continue
        left, right = _sentence_bounds(text, m.start(), m.end())
        sentence = text[left:right]
        months = {_MONTH_BY_NAME[w.group().rstrip(".").lower()] for w in _MONTH_WORD.finditer(sentence)}
        if when.month not in months:
            continue
        years = {int(y.group()) for y in _YEAR_WORD.finditer(sentence)}
        if years and when.year not in years:
            continue
        # The ordinal itself is the date; "the" and "of" are ordinary words.
        day_start = m.start("day")
        day_end = day_start + len(re.match(rf"{DAY}{ORDINAL}", text[day_start:]).group())
        spans.append((day_start, day_end))
    # "statement_20230514.pdf", "14052023": compact digits, only ever looked for as this one date
    for compact in (when.strftime("%Y%m%d"), when.strftime("%d%m%Y")):
        spans += [m.span() for m in re.finditer(rf"(?<![0-9]){compact}(?![0-9])", text)]
    return sorted(set(spans))
