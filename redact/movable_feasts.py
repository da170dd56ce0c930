"""Days named by a feast whose date moves from year to year: "Easter Sunday 2023", "on Mother's Day", "the first
day of Eid". A date of death or birth written so is that date.

Their dates come from the ``holidays`` package (England's bank holidays and Easter, and the feasts other countries
keep as public holidays: Eid in Pakistan, India and Bangladesh, Diwali and Holi in India, the Chinese New Year,
the Jewish holidays in Israel), and a few from Easter or the calendar by rule ("Mothering Sunday" is three weeks
before Easter, Father's Day the third Sunday of June). A feast kept on different days in different countries, or
for several days (Eid), matches the protected date on any of them; a feast named without a year is read in the
year of the protected date (a report names the year elsewhere).
"""
from __future__ import annotations

import datetime
import re
import warnings
from collections.abc import Callable
from functools import lru_cache

__all__ = ["feasts_on", "may_name_a_feast", "movable_feast_spans"]

_DAY = datetime.timedelta(days=1)
_APOS = "['’]?"


def _holiday(country: str, name: str, subdiv: str | None = None, first_only: bool = True,
             after: int = 0) -> Callable[[int], set[datetime.date]]:
    """The dates ``country`` keeps ``name`` in a year (the first of a run of days, and ``after`` days after it)."""
    def dates(year: int) -> set[datetime.date]:
        import holidays

        with warnings.catch_warnings():
            # a year outside a country's calendar ("available only from 2001 to 2035") has none of its feasts: said
            # in the docs, never to an author redacting a report about someone born in 1988
            warnings.simplefilter("ignore")
            calendar = holidays.country_holidays(country, subdiv=subdiv, years=year, language="en_US")
        days = sorted(day for day, holiday in calendar.items() if name.lower() in holiday.lower()
                      and "observed" not in holiday.lower())
        if first_only:
            days = [d for d in days if d - _DAY not in days]
        return {d + n * _DAY for d in days for n in range(after + 1)}
    return dates


def _from_easter(offset: int, span: int = 0) -> Callable[[int], set[datetime.date]]:
    def dates(year: int) -> set[datetime.date]:
        easter = min(_holiday("GB", "Easter Monday", subdiv="ENG")(year)) - _DAY
        return {easter + (offset + n) * _DAY for n in range(span + 1)}
    return dates


def _nth_weekday(month: int, weekday: int, n: int) -> Callable[[int], set[datetime.date]]:
    def dates(year: int) -> set[datetime.date]:
        first = datetime.date(year, month, 1)
        return {first + ((weekday - first.weekday()) % 7 + 7 * (n - 1)) * _DAY}
    return dates


def _either(*rules: Callable[[int], set[datetime.date]]) -> Callable[[int], set[datetime.date]]:
    return lambda year: set().union(*(rule(year) for rule in rules))


# Pakistan, India and Bangladesh see the new moon on different days, and Eid lasts three
_EID_AL_FITR = _either(*(_holiday(country, "Eid al-Fitr", after=2) for country in ("PK", "IN", "BD")))
_EID_AL_ADHA = _either(*(_holiday(country, "Eid al-Adha", after=2) for country in ("PK", "IN", "BD")))
# A feast's names as a report writes them (capitalised; apostrophes and hyphens as any writer puts them) -> dates
_FEASTS: list[tuple[str, Callable[[int], set[datetime.date]]]] = [
    (r"Easter\s+(?:Sunday|Day)", _from_easter(0)),
    (r"Easter\s+Monday", _from_easter(1)),
    (r"Easter\s+Saturday|Holy\s+Saturday", _from_easter(-1)),
    (r"Easter", _from_easter(-2, span=3)),                   # "at Easter": Good Friday to Easter Monday
    (r"Good\s+Friday", _from_easter(-2)),
    (r"Maundy\s+Thursday", _from_easter(-3)),
    (r"Palm\s+Sunday", _from_easter(-7)),
    (r"Shrove\s+Tuesday|Pancake\s+Day", _from_easter(-47)),
    (r"Ash\s+Wednesday", _from_easter(-46)),
    (rf"Mothering\s+Sunday|Mother{_APOS}s\s+Day", _from_easter(-21)),
    (r"Whit\s+Sunday|Whitsunday|Pentecost(?:\s+Sunday)?", _from_easter(49)),
    (rf"Father{_APOS}s\s+Day", _nth_weekday(6, 6, 3)),
    (r"Remembrance\s+Sunday", _nth_weekday(11, 6, 2)),
    (r"(?:Early\s+)?May\s+Day(?:\s+[Bb]ank\s+[Hh]oliday)?|Early\s+May\s+[Bb]ank\s+[Hh]oliday",
     _either(_holiday("GB", "May Day", subdiv="ENG"), lambda year: {datetime.date(year, 5, 1)})),
    (r"Spring\s+[Bb]ank\s+[Hh]oliday", _holiday("GB", "Spring Bank Holiday", subdiv="ENG")),
    (r"(?:Late\s+)?(?:Summer|August)\s+[Bb]ank\s+[Hh]oliday", _holiday("GB", "Late Summer Bank Holiday",
                                                                       subdiv="ENG")),
    (r"Eid[\s-]+(?:al|ul|el)[\s-]+Fitr?|Eid[\s-]+(?:al|ul)[\s-]+Fitar", _EID_AL_FITR),
    (r"Eid[\s-]+(?:al|ul|el)[\s-]+(?:Adha|Azha|Zuha)|Bakri?[\s-]*Eid|Bakrid", _EID_AL_ADHA),
    (r"Eid", _either(_EID_AL_FITR, _EID_AL_ADHA)),
    (r"Diwali|Deepavali|Divali", _holiday("IN", "Diwali", after=1)),
    (r"Holi", _holiday("IN", "Holi", after=1)),
    (r"(?:Chinese|Lunar)\s+New\s+Year", _holiday("CN", "Spring Festival", after=1)),
    (r"Rosh\s+Hashanah?", _holiday("IL", "Rosh Hashanah", after=1)),
    (r"Yom\s+Kippur", _holiday("IL", "Yom Kippur")),
    (r"Passover|Pesach", _holiday("IL", "Pesach")),
]
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"
# in any case: "Easter Sunday", "mother's day", "EID AL-FITR" in a heading
_FEAST = re.compile("|".join(f"(?P<f{i}>(?<![\\w-])(?:{names})(?![\\w-]))" for i, (names, _) in enumerate(_FEASTS)),
                    re.IGNORECASE)
_YEAR_AFTER = re.compile(rf"(?:,?\s+(?:of\s+)?|\s+in\s+)(?P<year>{_YEAR})(?![\w])")
@lru_cache(maxsize=256)
def _dates_of(index: int, year: int) -> frozenset[datetime.date]:
    try:
        return frozenset(_FEASTS[index][1](year))
    except (KeyError, ValueError, NotImplementedError):
        return frozenset()     # a year the calendars do not reach


@lru_cache(maxsize=16)
def feasts_on(when: datetime.date) -> tuple[int, ...]:
    """The feasts (indices) that fall on ``when`` in its own year: only they can name it, written with that year or
    with none."""
    return tuple(index for index in range(len(_FEASTS)) if when in _dates_of(index, when.year))


# What a text must hold, in lower case, to name any of them: tested before the feasts' dates are worked out (the
# calendars take a tenth of a second to load: a document that names no feast never loads them). A loose test
# ("holi" of "holiday") costs a search, never a miss.
_FEAST_WORDS = ("easter", "good friday", "maundy", "palm sunday", "holy saturday", "shrove", "pancake day",
                "ash wednesday", "mothering", "mother's day", "mother’s day", "mothers day", "whitsun", "whit sunday",
                "whit monday", "pentecost", "father's day", "father’s day", "fathers day", "remembrance sunday",
                "may day", "bank holiday", "eid", "bakri", "bakrid", "diwali", "deepavali", "divali", "holi",
                "chinese new year", "lunar new year", "rosh", "kippur", "passover", "pesach")


@lru_cache(maxsize=1)
def _feast_words():
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in _FEAST_WORDS:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def may_name_a_feast(lowered: str) -> bool:
    """Might ``lowered`` (a text in lower case) name a movable feast? A word of a feast's name that starts a word
    ("holi", never the "holi" of "holiday" nor the "eid" of "Reid")."""
    for end, word in _feast_words().iter(lowered):
        start = end - len(word) + 1
        if (start == 0 or not lowered[start - 1].isalpha()) and (end + 1 == len(lowered)
                                                                 or not lowered[end + 1].isalpha()):
            return True
    return False


@lru_cache(maxsize=4096)
def _names_a_feast(text: str) -> bool:
    # asked of every text for each protected date, by detection, the date policy and verify
    return may_name_a_feast(text.lower())


def movable_feast_spans(text: str, when: datetime.date) -> list[tuple[int, int]]:
    """Spans of ``text`` that name ``when`` by a movable feast: the name and the year written after it."""
    if not _names_a_feast(text):
        return []
    feasts = feasts_on(when)
    if not feasts:
        return []
    spans = []
    for m in _FEAST.finditer(text):
        if m.lastgroup is None or int(m.lastgroup[1:]) not in feasts:
            continue
        year_after = _YEAR_AFTER.match(text, m.end())
        if year_after and int(year_after.group("year")) != when.year:
            continue
        spans.append((m.start(), year_after.end() if year_after else m.end()))
    return spans
