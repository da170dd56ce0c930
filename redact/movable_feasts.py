"""Days named by a feast whose date moves from year to year: "Easter Sunday 2023", "on Mother's Day", "the first
day of Eid", "Vaisakhi 2019", "Tết", "Orthodox Easter". A date of death or birth written so is that date.

Their dates come from the ``holidays`` package: England's bank holidays and Easter, and its calendars of the
feasts every community in England and Wales keeps (Hindu and Sikh, Islamic, Chinese, Vietnamese and Korean,
Hebrew, Persian); Orthodox Easter from ``dateutil``; a few from Easter or the calendar by rule ("Mothering Sunday" is
three weeks before Easter, Father's Day the third Sunday of June). A feast kept on different days by different
communities (Eid, whose moon is sighted a day apart), or for several days (Eid, Navratri, Hanukkah), matches the
protected date on any of them; a feast named without a year is read in the year of the protected date (a report
names the year elsewhere). "The second day of Eid", "the 27th of Ramadan" and "the eve of Diwali" are the days they
count.
"""
from __future__ import annotations

import datetime
import re
import warnings
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple


from .lazy_patterns import lazy

__all__ = ["feast_name_spans", "feasts_on", "may_name_a_feast", "movable_feast_spans", "names_a_feast"]

_DAY = datetime.timedelta(days=1)
_APOS = "['’]?"
Rule = Callable[[int], Iterable[datetime.date]]


def _holiday(country: str, name: str, subdiv: str | None = None) -> Rule:
    """The first day of each run of days ``country`` keeps ``name`` in a year."""
    def dates(year: int) -> set[datetime.date]:
        import holidays

        with warnings.catch_warnings():
            # a year outside a country's calendar ("available only from 2001 to 2035") has none of its feasts: said
            # in the docs, never to an author redacting a report about someone born in 1988
            warnings.simplefilter("ignore")
            calendar = holidays.country_holidays(country, subdiv=subdiv, years=year, language="en_US")
        days = sorted(day for day, holiday in calendar.items() if name.lower() in holiday.lower()
                      and "observed" not in holiday.lower())
        return {d for d in days if d - _DAY not in days}
    return dates


@lru_cache(maxsize=1)
def _calendars():
    from holidays.calendars import _ChineseLunisolar, _HebrewLunisolar, _HinduLunisolar, _IslamicLunar, _Persian

    return _HinduLunisolar(), _IslamicLunar(), _ChineseLunisolar(), _HebrewLunisolar(), _Persian()


# The Hindu calendar's tables run from 2001 to 2035 (Diwali's from 1901): a year outside them is read from the
# years a whole number of 19-year cycles away, when the moon's phases fall on the same days of the solar year
# again, a day either side (tested against Diwali's own table, 1950-2000: it finds the day in nine years of ten)
_METONIC = 19


def _hindu(name: str) -> Rule:
    def dates(year: int) -> set[datetime.date]:
        calendar = _calendars()[0]
        day = getattr(calendar, f"{name}_date")(year)[0]
        if day is not None:
            return {day}
        guesses = set()
        for cycles in range(1, 10):
            for other in (year + _METONIC * cycles, year - _METONIC * cycles):
                known = getattr(calendar, f"{name}_date")(other)[0]
                if known is not None and (known.month, known.day) != (2, 29):
                    guesses |= {known.replace(year=year) + n * _DAY for n in (-1, 0, 1)}
        return guesses
    return dates


def _islamic(name: str) -> Rule:
    """The day by the tabular calendar, a day either side: the moon is sighted a day apart in Saudi Arabia, in
    Pakistan and in England, and a mosque keeps one or the other."""
    def dates(year: int) -> set[datetime.date]:
        return {day + n * _DAY for day, _ in getattr(_calendars()[1], f"{name}_dates")(year) for n in (-1, 0, 1)}
    return dates


def _lunisolar(name: str, *calendars: str) -> Rule:
    def dates(year: int) -> set[datetime.date]:
        from holidays.calendars import chinese

        found = set()
        for calendar in calendars or (None,):
            rule = getattr(_calendars()[2], f"{name}_date")
            day = (rule(year, getattr(chinese, f"{calendar}_CALENDAR")) if calendar else rule(year))[0]
            if day is not None:
                found.add(day)
        return found
    return dates


def _hebrew(name: str) -> Rule:
    def dates(year: int) -> set[datetime.date]:
        found = getattr(_calendars()[3], f"{name}_date")(year)
        return {d for d in (found if isinstance(found, set) else {found}) if d is not None}
    return dates


def _nowruz(year: int) -> set[datetime.date]:
    """The equinox's day in Tehran, and 21 March, on which Kurdish and Afghan families keep it every year."""
    return {d for d in (_calendars()[4].new_year_date(year), datetime.date(year, 3, 21)) if d is not None}


def _orthodox_easter(offset: int = 0) -> Rule:
    def dates(year: int) -> set[datetime.date]:
        from dateutil.easter import EASTER_ORTHODOX, easter

        return {easter(year, EASTER_ORTHODOX) + offset * _DAY}
    return dates


def _on(month: int, day: int) -> Rule:
    return lambda year: {datetime.date(year, month, day)}


def _from_easter(offset: int) -> Rule:
    def dates(year: int) -> set[datetime.date]:
        from dateutil.easter import easter

        return {easter(year) + offset * _DAY}
    return dates


def _nth_weekday(month: int, weekday: int, n: int) -> Rule:
    def dates(year: int) -> set[datetime.date]:
        first = datetime.date(year, month, 1)
        return {first + ((weekday - first.weekday()) % 7 + 7 * (n - 1)) * _DAY}
    return dates


def _shifted(rule: Rule, offset: int) -> Rule:
    return lambda year: {d + offset * _DAY for d in rule(year)}


def _either(*rules: Rule) -> Rule:
    return lambda year: set().union(*(rule(year) for rule in rules))


class _Feast(NamedTuple):
    names: str          # as a report writes them (any case; apostrophes and hyphens as any writer puts them)
    first: Rule         # its first day (days: each community's) in a year
    days: int = 1       # the days the name covers from its first
    eve: int = 0        # ... and before it: a Jewish feast starts at sunset, Holi with the bonfire of the night before
    month: bool = False  # a month ("Ramadan"): only a day counted in it ("the 27th of Ramadan") is a date
    cue: bool = False   # the name alone is also a given name ("Rakhi"): a date only after "on", "at", "for"...


# Pakistan, India and Bangladesh keep Eid a day or two after Saudi Arabia (the calendar's day), and it lasts three
_EID_AL_FITR = _either(_islamic("eid_al_fitr"), *(_holiday(c, "Eid al-Fitr") for c in ("PK", "IN", "BD")))
_EID_AL_ADHA = _either(_islamic("eid_al_adha"), *(_holiday(c, "Eid al-Adha") for c in ("PK", "IN", "BD")))
_DIWALI = _hindu("diwali")
_LUNAR_NEW_YEAR = _lunisolar("lunar_new_year", "CHINESE", "VIETNAMESE", "KOREAN")
_EASTER_NAMES = (r"Orthodox|Greek(?:\s+Orthodox)?|Russian(?:\s+Orthodox)?|Romanian|Serbian|Bulgarian|Ukrainian|"
                 r"Georgian|Macedonian|Cypriot|Eastern|Ethiopian|Eritrean|Coptic|Julian")
_ISLAMIC_ARTICLE = r"[\s-]*(?:[ae]l|ul|ol|e|u)?[\s-]*"
_FEASTS: list[_Feast] = [
    # -- by Easter, England's bank holidays, the Sundays of the year
    _Feast(rf"(?:{_EASTER_NAMES})\s+Easter(?:\s+(?:Sunday|Day))?|Pascha|Paskha|Fasika|Fassika|Pa[șş]te(?:le)?",
           _orthodox_easter()),
    _Feast(rf"(?:{_EASTER_NAMES})\s+Easter\s+Monday", _orthodox_easter(1)),
    _Feast(rf"(?:{_EASTER_NAMES})\s+(?:Good\s+Friday|Easter\s+Saturday|Holy\s+Saturday)", _orthodox_easter(-2),
           days=2),
    # 7 January, or 25 December by the Greek, Romanian and Bulgarian churches' revised calendar
    _Feast(rf"(?:{_EASTER_NAMES})\s+(?:Christmas(?:\s+Day)?|Xmas)", _either(_on(1, 7), _on(12, 25)), eve=1),
    _Feast(r"Genna|Lidet", _on(1, 7), eve=1),
    _Feast(r"Ganna", _on(1, 7), eve=1, cue=True),
    _Feast(r"Timkat|Timket|Ethiopian\s+Epiphany", _on(1, 19), days=2),
    _Feast(r"Easter\s+(?:Sunday|Day)", _from_easter(0)),
    _Feast(r"Easter\s+Monday", _from_easter(1)),
    _Feast(r"Easter\s+Saturday|Holy\s+Saturday", _from_easter(-1)),
    _Feast(r"Easter", _from_easter(-2), days=4),                   # "at Easter": Good Friday to Easter Monday
    _Feast(r"Good\s+Friday", _from_easter(-2)),
    _Feast(r"Maundy\s+Thursday", _from_easter(-3)),
    _Feast(r"Palm\s+Sunday", _from_easter(-7)),
    _Feast(r"Shrove\s+Tuesday|Pancake\s+Day", _from_easter(-47)),
    _Feast(r"Ash\s+Wednesday", _from_easter(-46)),
    _Feast(rf"Mothering\s+Sunday|Mother{_APOS}s\s+Day", _from_easter(-21)),
    _Feast(r"Whit\s+Sunday|Whitsunday|Pentecost(?:\s+Sunday)?", _from_easter(49)),
    _Feast(rf"Father{_APOS}s\s+Day", _nth_weekday(6, 6, 3)),
    _Feast(r"Remembrance\s+Sunday", _nth_weekday(11, 6, 2)),
    _Feast(r"(?:Early\s+)?May\s+Day(?:\s+[Bb]ank\s+[Hh]oliday)?|Early\s+May\s+[Bb]ank\s+[Hh]oliday",
           _either(_holiday("GB", "May Day", subdiv="ENG"), _on(5, 1))),
    _Feast(r"Spring\s+[Bb]ank\s+[Hh]oliday", _holiday("GB", "Spring Bank Holiday", subdiv="ENG")),
    _Feast(r"(?:Late\s+)?(?:Summer|August)\s+[Bb]ank\s+[Hh]oliday",
           _holiday("GB", "Late Summer Bank Holiday", subdiv="ENG")),
    # -- Islamic: the calendar's day a day either side, and Pakistan's, India's and Bangladesh's
    _Feast(rf"(?:Eid|Id){_ISLAMIC_ARTICLE}Fit(?:r|ar|er|ri)|Eid[\s-]+(?:e[\s-]+)?Ram[az]+an|"
           r"Ch+ot[ia]\s+Eid|Mee?th?i\s+Eid|Mithi\s+Eid|(?:Small|Little|Lesser)\s+Eid|Ram[az]+an\s+Eid|"
           r"Ramazan\s+Bayram[ıi]?|Ramazanski\s+Bajram|[SŞ]eker\s+Bayram[ıi]?|Sugar\s+Feast|"
           r"Hari\s+Raya(?:\s+(?:Aidilfitri|Puasa))?|Lebaran|Korit[eé]",
           _EID_AL_FITR, days=3),
    _Feast(rf"(?:Eid|Id){_ISLAMIC_ARTICLE}(?:Adh?h?a|Azha|Zuha|Zoha|Qurban[i]?|Kurban)|"
           r"Ba(?:k|q)r[aie]?[\s-]*Eid|Bakri?d|Ba(?:r|d)i\s+Eid|(?:Big|Greater)\s+Eid|Qurbani\s+Eid|"
           r"Kurban\s+Bayram[ıi]?|Kurban\s+Bajram|Hari\s+Raya\s+(?:Haji|Aidiladha)|Tabaski|"
           r"(?:Festival|Feast)\s+of\s+(?:the\s+)?Sacrifice",
           _EID_AL_ADHA, days=3),
    _Feast(r"Chaa?nd\s+Raat", _shifted(_EID_AL_FITR, -1)),
    _Feast(r"(?:the\s+)?Day\s+of\s+Araf(?:ah|at|a)|Arafah\s+Day|Yawm\s+Arafah", _shifted(_EID_AL_ADHA, -1)),
    _Feast(r"Rama[dz]h?an|Ramzan|Ramazan|Ramathan", _islamic("ramadan_beginning"), month=True),
    _Feast(r"Muharram", _islamic("hijri_new_year"), month=True),
    _Feast(r"(?:Islamic|Hijri|Muslim)\s+New\s+Year", _islamic("hijri_new_year")),
    _Feast(r"Mawlid(?:\s+(?:al|an|un|el)[\s-]*Nabi)?|Mawlud|Mouloud|Mulud|Maulid|Mevlid|"
           r"Eid[\s-]+(?:e[\s-]+)?Milad(?:[\s-]*(?:un|ul|an|al|e)?[\s-]*Nabi)?|Milad[\s-]*(?:un|ul|an|al|e)?[\s-]*Nabi|"
           rf"(?:the\s+)?(?:Holy\s+)?Prophet(?:\s+Muhammad|\s+Mohammed)?{_APOS}s\s+Birthday|Barawafat|Bara\s+Wafat",
           _islamic("mawlid")),
    _Feast(r"(?:Youm|Yaum|Yawm)[\s-]+(?:e[\s-]+)?A+sh(?:u|ou|oo)r(?:a|ah)?|(?:the\s+)?(?:Day\s+of\s+)?A+sh(?:u|ou|oo)r(?:a|ah)",
           _islamic("ashura"), eve=1),
    _Feast(r"La[iy]l[ae]t[\s-]*(?:[ae]l|ul)?[\s-]*Qadr|Shab[\s-]*(?:e|i)?[\s-]*Qadr|"
           r"(?:the\s+)?Night\s+of\s+(?:Power|Decree|Destiny)", _islamic("laylat_al_qadr"), eve=1),
    _Feast(r"Shab[\s-]*(?:e|i)?[\s-]*Mi{1,2}raj|Isra\W{0,2}\s*(?:and|wal|wa)\s+Mi\W?raj|Lailat\s+al[\s-]*Miraj",
           _islamic("isra_and_miraj"), eve=1),
    # (after every longer name that starts with it: "Eid Milad un Nabi" is no Eid)
    _Feast(r"Eid", _either(_EID_AL_FITR, _EID_AL_ADHA), days=3),
    _Feast(r"Bayram|Bajram", _either(_EID_AL_FITR, _EID_AL_ADHA), days=3, cue=True),
    # -- Hindu, Sikh and South Asian (the Hindu calendar's day)
    _Feast(r"Diwali|Divali|Diwaali|Dewali|Deewali|Dipavali|Dipawali|Deepavali|Deepawali|Deepawali|Kali\s+Puja|"
           r"Lakshmi\s+Puja",
           _shifted(_DIWALI, -2), days=5),   # Dhanteras to Bhai Dooj: "the second day of Diwali"
    _Feast(r"Bandi\s+Chh?or(?:\s+Di[vw]as)?", _DIWALI, eve=1, days=2),
    _Feast(r"[VB]a?is[h]?akhi|Visakhi|Vasakhi|Vaisakh|Khalsa\s+(?:Day|Sajna\s+Diwas)", _hindu("vaisakhi"),
           eve=1, days=2),   # the sun enters Aries on the 13th or the 14th
    _Feast(r"Vishu", _hindu("vishu"), cue=True),
    _Feast(r"Puthandu|Tamil\s+New\s+Year|Sinhala(?:\s+and\s+Tamil)?\s+New\s+Year|Avurudu",
           _hindu("puthandu"), eve=1, days=2),
    _Feast(r"(?:Pohela|Poila|Pahela|Pohela)\s+B[oa]i?sh?akh|Bengali\s+New\s+Year", _hindu("pohela_boishakh"), days=2),
    _Feast(rf"Guru\s+Nanak(?:\s+Dev)?(?:\s+Ji)?(?:{_APOS}s)?\s+(?:Gurpurab|Gurpurb|Gurupurab|Jayanti|Jayant[iy]|"
           rf"Birthday|Prakash\s+(?:Purab|Utsav|Divas|Parv))|Gurpurab|Gurpurb|Gurupurab|Kartik\s+Purnima",
           _hindu("guru_nanak_jayanti"), days=2),
    _Feast(r"(?:Sharad\s+|Chaitra\s+)?Nav[a]?rat(?:h)?r[ia]|Durga\s+Puja",
           _either(_hindu("sharad_navratri"), _hindu("chaitra_navratri")), days=10),
    _Feast(r"Dussehra|Dashehra|Dasehra|Dussera|Dasara|Dashara|Vijaya?\s*Dashami|Bijaya\s+Dashami|Dashain",
           _hindu("dussehra"), eve=1, days=2),
    _Feast(r"Raksha\s*Bandh?an|Rakhri|Rakhi", _hindu("raksha_bandhan")),
    _Feast(r"(?:Krishna\s+)?Janmasht(?:a)?mi|Gokulasht(?:a)?mi|Krishnasht(?:a)?mi|Krishna\s+Jayanti",
           _hindu("janmashtami"), eve=1, days=2),    # the Smarta day, then the Vaishnava one
    _Feast(r"(?:Ganesh|Ganesha|Vinayaka?|Vinayagar)\s+Chat(?:h)?urt(?:h)?i|Ganeshotsav", _hindu("ganesh_chaturthi")),
    _Feast(r"(?:Makara?\s+)?Sankrant(?:h)?i|Uttarayan|Maghi", _hindu("makar_sankranti"), eve=1, days=2),
    _Feast(r"Lohri", _shifted(_hindu("makar_sankranti"), -1), days=2),   # the night before the sun's day
    _Feast(r"(?:Thai\s+)?Pongal", _hindu("pongal"), eve=1, days=3),
    _Feast(r"(?:Thiru\s*v?)?Onam", _hindu("onam"), eve=1),
    _Feast(r"Holi|Holika\s+Dahan|Dhulandi|Dhuleti|Phagwah?", _hindu("holi"), eve=1, days=2),
    _Feast(r"Hola\s+Mohalla", _hindu("hola_mohalla")),
    _Feast(r"Maha\s*Shiv(?:a)?rat(?:h)?ri|Shivratri", _hindu("maha_shivaratri")),
    _Feast(r"Karwa\s+Chauth|Karva\s+Chauth", _hindu("karwa_chauth")),
    _Feast(r"Ram\s+Navami|Rama\s+Navami", _hindu("ram_navami")),
    _Feast(r"Vesak|Wesak|Vesakha|Buddha\s+(?:Purnima|Jayanti)", _hindu("buddha_purnima"), days=2),
    # -- Chinese, Vietnamese and Korean (the lunisolar calendar of each)
    _Feast(rf"(?:Chinese|Lunar)\s+New\s+Year{_APOS}s\s+Eve", _shifted(_LUNAR_NEW_YEAR, -1)),
    _Feast(rf"(?:Chinese|Lunar|Asian)\s+New\s+Year(?:{_APOS}s\s+Day)?|Spring\s+Festival|Chun\s*Jie",
           _LUNAR_NEW_YEAR, days=2),
    _Feast(r"Mid[\s-]*Autumn(?:\s+(?:Moon\s+)?Festival)?|Moon\s*cake\s+Festival|(?:the\s+)?Moon\s+Festival|"
           r"Zhong\s*qiu|T[eếệ]t\s+Trung\s+Thu|Chuseok|Chusok|Hangawi",
           _lunisolar("mid_autumn", "CHINESE", "VIETNAMESE", "KOREAN"), eve=1, days=2),
    _Feast(r"T[eếệẾ]t(?:\s+Nguy[eê]n\s+[ĐD][aá]n)?|Vietnamese\s+(?:Lunar\s+)?New\s+Year",
           _lunisolar("lunar_new_year", "VIETNAMESE"), eve=1, days=3),
    _Feast(r"Seol(?:lal|nal|-nal)|Korean\s+(?:Lunar\s+)?New\s+Year", _lunisolar("lunar_new_year", "KOREAN"),
           eve=1, days=3),
    _Feast(r"Dragon\s+Boat\s+Festival|Duanwu", _lunisolar("dragon_boat")),
    _Feast(r"Qingming|Ching\s+Ming|Tomb[\s-]+Sweeping\s+(?:Day|Festival)", _lunisolar("qingming")),
    # -- Persian and Kurdish new year
    _Feast(r"Nowruz|Nowrouz|Nowrooz|Nowroz|Norooz|Noruz|Nooruz|Nawruz|Nauroz|Nawroz|Navroze?|Newroz|Nevruz|Novruz|"
           r"No-?ruz|"
           r"(?:Persian|Iranian|Kurdish|Afghan)\s+New\s+Year", _nowruz, days=2),
    # -- Jewish: from sunset the evening before
    _Feast(r"Rosh\s+Hash(?:an|on|sh)a[h]?|Rosh\s+Hoshana[h]?|Jewish\s+New\s+Year", _hebrew("rosh_hashanah"),
           eve=1, days=2),
    _Feast(r"Yom\s+Kipp?ur|(?:the\s+)?Day\s+of\s+Atonement|Kol\s+Nidre", _hebrew("yom_kippur"), eve=1),
    _Feast(r"Passover|Pesa(?:c)?h|Pesach|Seder(?:\s+night)?", _hebrew("passover"), eve=1, days=8),
    _Feast(r"(?:C)?hann?ukk?ah?|Chanuk(?:k)?ah|Hanukkah|Hanukah|Hannukah|Chanukka", _hebrew("hanukkah"), eve=1, days=8),
    _Feast(r"Purim", _hebrew("purim"), eve=1),
    _Feast(r"Sukkot|Succot|Sukkoth|Feast\s+of\s+Tabernacles", _hebrew("sukkot"), eve=1, days=8),
    _Feast(r"Shavuot|Shavuos|Shavuoth", _hebrew("shavuot"), eve=1, days=2),
]
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2})"
# "the first day of", "the 27th night of", "the eve of": counted from the feast's first day
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
             "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth",
             "thirtieth"]
_ORDINAL_WORD = "|".join(sorted((o.replace(" ", r"[\s-]") for o in _ORDINALS), key=len, reverse=True))
# "the first day of", "the 27th night of", "the eve of" before the name: read backwards from it
_BEFORE = lazy(re.compile, r"(?:(?:the\s+)?(?:(?P<nth>" + _ORDINAL_WORD + r"|(?:[12]?[0-9]|30)(?:st|nd|rd|th))"
                           r"(?:\s+(?:day|night))?|(?P<start>start|beginning|first\s+night))\s+of\s+(?:the\s+)?"
                           r"|(?:the\s+)?(?P<eve>eve|night\s+before)\s+of\s+(?:the\s+)?"
                           r"|(?:the\s+)?(?:night|evening|morning)\s+of\s+(?:the\s+)?)$", re.IGNORECASE)
_AFTER = r"(?:\s+Mubarak(?![\w-]))?(?:\s+(?:(?P<eve_after>Eve)|Day|Night|celebrations?|festival)(?![\w-]))?"
# in any case: "Easter Sunday", "mother's day", "EID AL-FITR" in a heading
_FEAST = lazy(re.compile, r"(?<![\w-])(?:" + "|".join(f"(?P<f{i}>{feast.names})" for i, feast in enumerate(_FEASTS))
                    + r")(?![\w-])" + _AFTER, re.IGNORECASE)
# a feast's name starts at the word holding one of its words (below) or at most four words before it ("Bakra Eid",
# "Greek Orthodox Easter", "the Festival of Sacrifice"): the name is matched there only, never at every character
_WORD_START = lazy(re.compile, r"(?<![\w-])\w")


class _Found(NamedTuple):
    start: int              # the day counted before the name included ("the second day of Eid")
    end: int
    feast: int              # its index in _FEASTS
    name_end: int           # the end of the name itself
    nth: int | None         # the day counted: 1 for "the first day of", "the start of"
    eve: bool               # "the eve of", "Diwali Eve"
    counted: bool           # anything but the bare name: a day, an eve, "Day", "Night"


@lru_cache(maxsize=256)
def _found(text: str) -> tuple[_Found, ...]:
    lowered = text.lower()
    candidates: set[int] = set()
    for end, word in _feast_words().iter(lowered):
        start = end - len(word) + 1
        if _hint_at(lowered, start, end, word):
            window = max(0, start - 40)
            candidates.update([m.start() for m in _WORD_START.finditer(text, window, start)][-4:])
            candidates.add(start)
    found: list[_Found] = []
    for position in sorted(candidates):
        if found and position < found[-1].end:
            continue
        m = _FEAST.match(text, position)
        if m is None:
            continue
        index = next(i for i in range(len(_FEASTS)) if m.group(f"f{i}") is not None)
        before = _BEFORE.search(text, max(0, m.start() - 40), m.start())
        nth = None
        if before and (before.group("nth") or before.group("start")):
            nth = 1 if before.group("start") else _ordinal(before.group("nth"))
        eve = bool(before and before.group("eve") or m.group("eve_after"))
        found.append(_Found(before.start() if before else m.start(), m.end(), index, m.end(f"f{index}"), nth, eve,
                            bool(before) or m.end() > m.end(f"f{index}")))
    return tuple(found)


_YEAR_AFTER = lazy(re.compile, rf"(?:,?\s+(?:of\s+)?|\s+in\s+|\s*\(\s*)(?P<year>{_YEAR})(?![\w])\)?")
# a name that is a given name too ("Rakhi") is the feast after these, or with its year
_CUE_BEFORE = lazy(re.compile, r"(?:\b(?:on|at|for|of|over|during|before|after|since|until|till|celebrate[sd]?|"
                               r"celebrating|this|last|next|the|her|his|their)\s+)$", re.IGNORECASE)


@lru_cache(maxsize=512)
def _dates_of(index: int, year: int) -> frozenset[datetime.date]:
    """The days feast ``index`` names in ``year``."""
    feast = _FEASTS[index]
    return frozenset(first + n * _DAY for first in _first_days(index, year) for n in range(-feast.eve, feast.days))


@lru_cache(maxsize=512)
def _first_days(index: int, year: int) -> frozenset[datetime.date]:
    try:
        return frozenset(_FEASTS[index].first(year))
    except (KeyError, ValueError, NotImplementedError, AttributeError, ImportError, TypeError):
        # a year the calendars do not reach; a version of holidays without one of its calendars
        return frozenset()


@lru_cache(maxsize=16)
def feasts_on(when: datetime.date) -> tuple[int, ...]:
    """The feasts (indices) that fall on ``when`` in its own year, or whose days counted ("the tenth day of
    Hanukkah", "the 27th of Ramadan") may: only they can name it, written with that year or with none."""
    return tuple(index for index in range(len(_FEASTS)) if _may_fall_on(index, when))


@lru_cache(maxsize=1024)
def _may_fall_on(index: int, when: datetime.date) -> bool:
    # one feast's calendar, not all of them: a text names one or two feasts, and every calendar of the year cost a
    # cold verify 0.13 s
    near = [when.year - 1, when.year]      # a feast that starts in one year may be counted into the next
    return when in _dates_of(index, when.year) or (_FEASTS[index].month or _FEASTS[index].days > 1) and any(
        0 <= (when - first).days <= 31 for year in near for first in _first_days(index, year))


def _counted(found: _Found, year: int) -> frozenset[datetime.date]:
    """The days a name found names in ``year``: the day it counts, the eve, or the feast's own."""
    index = found.feast
    firsts = _first_days(index, year) | _first_days(index, year - 1)
    if found.nth is not None:
        # a day of a feast kept a day apart (Eid) is that day of either
        return frozenset(first + (found.nth - 1 + n) * _DAY for first in firsts for n in (-1, 0, 1))
    if found.eve:
        return frozenset(first - _DAY for first in firsts)
    if _FEASTS[index].month:
        return frozenset()       # "during Ramadan" is a month, no day
    return _dates_of(index, year)


def _ordinal(word: str) -> int:
    digits = re.match(r"[0-9]+", word)
    if digits:
        return int(digits.group())
    return _ORDINALS.index(re.sub(r"[\s-]+", " ", word.lower())) + 1


# What a text must hold, in lower case, to name any of them: tested before the feasts' dates are worked out (the
# calendars take a tenth of a second to load: a document that names no feast never loads them). Each starts a word
# ("vaisakh" of "Vaisakhi"); a few short ones are whole words ("holi", never the "holi" of "holiday" nor the "eid"
# of "Reid"). A loose test costs a search, never a miss; every spelling above holds one of them
# (tests/test_feasts_of_every_community.py).
_FEAST_WORDS = (
    "easter", "pascha", "paskha", "fasika", "fassika", "paște", "paşte", "christmas", "xmas", "genna", "ganna",
    "lidet", "timkat", "timket", "epiphany", "good friday", "maundy", "palm sunday", "holy saturday", "shrove",
    "pancake day", "ash wednesday", "mothering", "mother's day", "mother’s day", "mothers day", "whit", "whitsun",
    "pentecost", "father's day", "father’s day", "fathers day", "remembrance sunday", "may day", "bank holiday",
    # Islamic
    "eid", "fitr", "fitri", "fitar", "fiter", "adha", "adhha", "azha", "zuha", "zoha", "qurban", "kurban", "kabir",
    "bakr", "baqr", "bayram", "bajram", "hari raya", "lebaran", "korit", "sugar feast", "tabaski", "sacrifice",
    "raat", "arafa", "ramad", "ramaz", "ramzan", "ramath", "muharram", "new year", "mawlid", "mawlud", "mouloud",
    "mulud", "maulid", "mevlid", "milad", "prophet", "barawafat", "bara wafat", "ashur", "ashour", "ashoor",
    "aashur", "aashour", "aashoor", "lailat", "laylat", "lailet", "laylet", "shab", "night of", "isra",
    # Hindu, Sikh, South Asian
    "diwali", "divali", "diwaali", "dewali", "deewali", "dipavali", "dipawali", "deepavali", "deepawali",
    "kali puja", "lakshmi puja", "bandi", "vaisakh", "baisakh", "vaishakh", "baishakh", "visakh", "vasakh",
    "bisakh", "khalsa", "vishu", "puthandu", "avurudu", "pohela", "poila", "pahela", "guru", "gurpurab",
    "gurpurb", "gurupurab", "kartik", "navrat", "navarat", "sharad", "chaitra", "durga", "dussehra", "dashehra",
    "dasehra", "dussera", "dasara", "dashara", "vijay", "bijaya", "dashain", "raksha", "rakhri", "rakhi",
    "janmasht", "gokulasht", "krishna", "ganesh", "vinayak", "vinayagar", "sankrant", "makar", "uttarayan", "maghi",
    "lohri", "pongal", "onam", "thiru", "holi", "holika", "dhulandi", "dhuleti", "phagwa", "hola mohalla", "maha",
    "shivratri", "karwa", "karva", "navami", "vesak", "wesak", "buddha",
    # Chinese, Vietnamese, Korean
    "spring festival", "chun jie", "chunjie", "tet", "tết", "tệt", "seollal", "seolnal", "seol-nal", "autumn",
    "mooncake", "moon", "zhongqiu", "zhong qiu", "trung thu", "chuseok", "chusok", "hangawi", "dragon boat",
    "duanwu", "qingming", "ching ming", "tomb",
    # Persian, Kurdish
    "nowruz", "nowrouz", "nowrooz", "nowroz", "norooz", "noruz", "nooruz", "nawruz", "nauroz", "nawroz", "navroz",
    "newroz", "nevruz", "novruz", "no-ruz",
    # Jewish
    "rosh", "kippur", "kipur", "atonement", "kol nidre", "passover", "pesach", "pesah", "seder", "chanuk",
    "hanuk", "hannuk", "purim", "sukkot", "succot", "sukkoth", "tabernacles", "shavuot", "shavuos",
)


_WHOLE_WORDS = frozenset({"eid", "holi", "tet", "tết", "tệt", "maha", "moon", "tomb", "guru", "whit", "shab"})


@lru_cache(maxsize=1)
def _feast_words():
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in _FEAST_WORDS:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _hint_at(lowered: str, start: int, end: int, word: str) -> bool:
    return (start == 0 or not lowered[start - 1].isalpha()) and (
        word not in _WHOLE_WORDS or end + 1 == len(lowered) or not lowered[end + 1].isalpha())


def may_name_a_feast(lowered: str) -> bool:
    """Might ``lowered`` (a text in lower case) name a movable feast? One of ``_FEAST_WORDS`` (see above)."""
    return any(_hint_at(lowered, end - len(word) + 1, end, word) for end, word in _feast_words().iter(lowered))


@lru_cache(maxsize=4096)
def names_a_feast(text: str) -> bool:
    """``may_name_a_feast`` of ``text`` in lower case, asked once of a text: it is asked of every text for each
    protected date, by detection, the date policy and verify (``redact.dates.may_name_a_festival``)."""
    return may_name_a_feast(text.lower())


def movable_feast_spans(text: str, when: datetime.date) -> list[tuple[int, int]]:
    """Spans of ``text`` that name ``when`` by a movable feast: the name, the day counted in it ("the second day
    of") and the year written after it."""
    if not names_a_feast(text):
        return []
    spans = []
    for found in _found(text):
        if not _may_fall_on(found.feast, when):
            continue
        year_after = _YEAR_AFTER.match(text, found.end)
        if year_after and int(year_after.group("year")) != when.year:
            continue
        if _FEASTS[found.feast].cue and not (year_after or found.counted or _cued(text, found.start)):
            continue    # "Bayram" alone is a man's name
        if when not in _counted(found, when.year):
            continue
        spans.append((found.start, year_after.end() if year_after else found.end))
    return spans


def _cued(text: str, start: int) -> bool:
    return bool(_CUE_BEFORE.search(text, max(0, start - 20), start))


@lru_cache(maxsize=256)
def feast_name_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` names any feast above, on whatever day: words that name no one, which a detector may take
    for a person ("Vinayaka Chaturthi", "Meethi Eid"); a name of one word ("Rakhi", "Bayram" are given names too)
    only counted, given its year or after "on", "at", "for"."""
    if not names_a_feast(text):
        return ()
    return tuple((found.start, found.end) for found in _found(text)
                 if not ((_FEASTS[found.feast].cue or " " not in text[found.start:found.name_end].strip())
                         and not (found.counted or _YEAR_AFTER.match(text, found.end) or _cued(text, found.start))))
