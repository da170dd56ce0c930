"""A weekday in brackets inside a written date, and a day in brackets between its weekday and month: "On 14th
(Monday) March 2022", "14 March (a Monday) 2022", "the twenty-eighth (Friday) of December", "Monday (14th) March
2022", "Wednesday [third] January 2024". Police statements and chronologies write them so; to a reader it is the
date, but the date's grammar ("14th March 2022") is broken by the aside, so apply left it and verify passed it.

The date view (``redact.normalise.date_view``, read by apply's protected dates and by verify alike) drops the aside
(or the brackets around the day), and the date found in it covers the aside in the text.
"""
from __future__ import annotations

import re

from .lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from .lazy_patterns import lazy

_WEEKDAY = "|".join(sorted({w for day in WEEKDAYS for w in (day, day[:3])} | {"Tues", "Weds", "Thur", "Thurs"},
                           key=len, reverse=True))
_MONTH = "|".join(sorted({*MONTHS, *(a for short in MONTH_ABBREVIATIONS for a in short)}, key=len, reverse=True))
_DAY_WORDS = (r"(?:twenty|thirty)(?:[\s-]+[a-z]+)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
              r"tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth|one|two|three|four|five|six|seven|eight|"
              r"nine|ten|eleven|twelve|[a-z]+teen")
# "(Monday)", "(a Monday)", "[Mon.]": after a date's part (a word or figure ending it) and before the next one (a
# month, a day, a year, "of" or a comma and then one); elsewhere a bracketed weekday stays in the view
_WEEKDAY_ASIDE = re.compile(
    rf"(?<=[0-9A-Za-z])[ \t]*(?P<open>[(\[])[ \t]*(?:(?i:a|on[ \t]+a)[ \t]+)?(?i:{_WEEKDAY})\.?[ \t]*(?P<close>[)\]])"
    r"(?=[ \t]*,?[ \t]*[0-9A-Za-z])")
# "(14th)", "[third]", "(twenty fourth)", "(Monday 14th)" before its month
_DAY_IN_BRACKETS = re.compile(
    rf"(?P<open>[(\[])[ \t]*(?:(?i:{_WEEKDAY})\.?,?[ \t]+(?i:the[ \t]+)?)?"
    rf"(?:[0-3]?[0-9](?i:st|nd|rd|th)?|(?i:{_DAY_WORDS}))[ \t]*(?P<close>[)\]])"
    rf"(?=[ \t]+(?i:of[ \t]+)?(?i:{_MONTH})(?![A-Za-z]))")

# a transcript's filler between a date's parts: "the fourteenth, er, of March", "March, um, the fourteenth"
_FILLER = re.compile(r"(?<=[0-9A-Za-z]),?[ \t]+(?i:er+m*|um+|uh+m*|erm+|ah+)(?:,|\.\.\.|…)?(?=[ \t]+[0-9A-Za-z])")


# a week's words and the date they open it with ("w/c 3 July 2023", "week ending 9/7/23"), right before a bracketed
# weekday: the weekday is a day of that week ("w/c 3 July 2023 (Sunday) at the flat"), no aside of the date
_A_WEEKS_DATE_BEFORE = lazy(re.compile, r"(?<![\w/.])(?i:w\s?/\s?[cbe]|w\.[cbe]\.?|wk\.?\s*/?\s*c|(?:week|wk)\.?\s+"
                                  r"(?:ending|commencing|beginning|starting|of|com+\.?|beg\.?))(?![\w])"
                                  r"[ \t]*[:.–-]?[ \t]*[^()\[\]\n]{1,30}$")


def a_weeks_date_before(text: str, end: int) -> bool:
    """Does ``text`` name a week by its date just before ``end`` ("w/c 3 July 2023", "week ending 9/7/23")?"""
    return _A_WEEKS_DATE_BEFORE.search(text, max(0, end - 60), end) is not None


def dropped_asides(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` the date view leaves out: a bracketed weekday with the space before it (not one of a week
    named before it), a filler word, and the two brackets around a day."""
    spans = [(m.start(), m.end()) for m in _WEEKDAY_ASIDE.finditer(text) if not a_weeks_date_before(text, m.start())]
    spans += [(m.start(), m.end()) for m in _FILLER.finditer(text)]
    for m in _DAY_IN_BRACKETS.finditer(text):
        spans += [(m.start("open"), m.end("open")), (m.start("close"), m.end("close"))]
    return sorted(spans)


def may_hold_an_aside(text: str) -> bool:
    """The cheap test first: no bracket and no filler's letters, no aside."""
    return "(" in text or "[" in text or bool(_FILLER_HINT.search(text))


_FILLER_HINT = re.compile(r"(?i:\b(?:er+m*|um+|uh+m*|ah+)\b)")
