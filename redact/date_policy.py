"""What the rules' ``policy.dates`` does to the dates that are not protected.

A DHR keeps its chronology: by default ordinary dates stay (``keep``). A review may instead show less of them:
``month_year`` ("14 March 2022" -> "March 2022"), ``year`` ("2022") or ``relative`` to the date of death ("three
months before the death"). Each is monotone, so a chronology keeps its order (two entries may tie, never swap).
The dates of death and birth are not ordinary dates: they are found and removed before this policy is asked,
and a finding that holds one is never rewritten here (the protection wins in every policy).
"""
from __future__ import annotations

import dataclasses
import datetime
import re
from typing import NamedTuple

from . import entities
from .dates import _MONTH_NAMES, DateMention, days_alone, document_month_context, find_dates, mentions_of
from .lazy_patterns import lazy

__all__ = ["REWRITING_STYLES", "Relative", "relative_to", "DatePolicy"]

# the policy values that rewrite a date (keep, placeholder and remove are decide's ordinary choices)
REWRITING_STYLES = ("month_year", "year", "relative")

_NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
# "4 and 16 November 1985", "14-15 May": the days listed before a date share its month and go with it
_DAYS_BEFORE = lazy(re.compile,
                    r"^(?:(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?:\s*,\s*|\s+(?:and|or|to|&)\s+|\s*[-–]\s*))+$",
                    re.IGNORECASE)
_YEAR_ALONE = re.compile(r"^(?:1[89][0-9]{2}|20[0-9]{2})$")
# what stood before a date and no longer fits its shorter form: "on 14 March" -> "in March 2022"
_ON_THE = re.compile(r"(?<![\w])(?:(?P<on>[Oo]n\s+)|(?P<in>[Ii]n\s+))?(?P<the>[Tt]he\s+)?$")
_MAY_HOLD_A_DATE = re.compile(r"[0-9]|Christmas|New Year")
_THE_BEFORE = re.compile(r"(?<![\w])[Tt]he\s+$")
_PERIOD = re.compile(r"(?i)(?:between|from)\s")
_UNKNOWN = "[date]"
# a date that starts with its day: the "the" before it goes with the day ("the 14th of March 2022")
_DAY_FIRST = lazy(re.compile,
                  r"(?:[0-9]|(?i:(?:the\s+)?[a-z-]+(?:st|nd|rd|th)(?![a-z]))|(?i:mon|tue|wed|thu|fri|sat|sun))")
# Relative wording: "the death" rather than "her death": the rules do not hold the victim's pronoun, and
# "the death" is right for every review (a homicide, a suicide, an unexplained death).
_DEATH = "the death"


def _count(n: int, unit: str) -> str:
    """GOV.UK style: one to nine in words, 10 and above in figures."""
    number = _NUMBER_WORDS[n] if n < 10 else str(n)
    return f"{number} {unit}{'' if n == 1 else 's'}"


def _whole_months(earlier: datetime.date, later: datetime.date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


class Relative(NamedTuple):
    """A date as whole units before (negative) or after the date of death; ``key`` orders the phrases."""

    amount: int       # always >= 0
    unit: str         # "day" (the death's own day or month), "week", "month", "year", or "less than a week"
    after: bool

    @property
    def key(self) -> float:
        """Approximate days from the death: equal for equal phrases, in the order of the dates they replace."""
        days = {"less than a week": 0, "day": 0, "week": 7, "month": 30.44, "year": 365.25}[self.unit] * self.amount
        return days if self.after else -days

    def text(self) -> str:
        side = "after" if self.after else "before"
        if self.unit == "less than a week":
            return f"less than a week {side} {_DEATH}"
        if self.amount == 0:
            return {"day": f"the day of {_DEATH}", "month": f"the month of {_DEATH}",
                    "year": f"the year of {_DEATH}"}[self.unit]
        return f"{_count(self.amount, self.unit)} {side} {_DEATH}"


def relative_to(death: datetime.date, year: int, month: int | None = None, day: int | None = None) -> Relative:
    """How far a date (or its month, or its year) lies from the date of death, in whole weeks, months or years.

    Weeks while the dates are under two calendar months apart, months under two years, years after that: the
    largest whole unit a reader takes in at a glance ("18 months before"), and the thresholds are chosen so that
    an earlier date never gets a later-sounding phrase (8 weeks < 2 months, 23 months < 2 years).
    """
    if month is None:
        years = abs(year - death.year)
        return Relative(years, "year", year > death.year)
    if day is None:
        months = abs((year - death.year) * 12 + month - death.month)
        after = (year, month) > (death.year, death.month)
        if months >= 24:
            return Relative(months // 12, "year", after)
        return Relative(months, "month", after)
    when = datetime.date(year, month, day)
    after = when > death
    earlier, later = sorted((when, death))
    days = (later - earlier).days
    months = _whole_months(earlier, later)
    if days == 0:
        return Relative(0, "day", False)
    if days < 7:
        return Relative(1, "less than a week", after)
    if months < 2:
        return Relative(days // 7, "week", after)
    if months < 24:
        return Relative(months, "month", after)
    return Relative(months // 12, "year", after)


class DatePolicy:
    """Rewrites ordinary dates as the review's policy says; built once per review."""

    def __init__(self, rules):
        self.style = rules.policy.dates
        self.death = rules.dates.date_of_death
        self.protected = list(dict.fromkeys(d for _, d in rules.protected_dates()))

    @property
    def rewrites(self) -> bool:
        return self.style in REWRITING_STYLES

    def rewrite(self, text: str) -> str | None:
        """The finding's text with each date in it shown as the policy says; None when nothing is to change
        (no whole date in it: "the 10th", "last week", "Friday")."""
        if not self.rewrites:
            return None
        if any(mentions_of(text, when) for when in self.protected):
            return None     # never shown in a shorter form: the protected date is removed, not rewritten
        mentions = find_dates(text)
        if not mentions:
            if self.style == "relative" and _YEAR_ALONE.match(text.strip()) and self.death is not None:
                return relative_to(self.death, int(text.strip())).text()
            return None
        rendered = [self._render(mention) for mention in mentions]
        period = _PERIOD.match(text)
        if period and len(mentions) == 2 and rendered[0] == rendered[1] and mentions[1].end == len(text.rstrip()):
            # "between 15 May 2002 and 24 July 2002" -> "in 2002", not "between 2002 and 2002"
            single = rendered[0] if self.style == "relative" or rendered[0].startswith("[") else f"in {rendered[0]}"
            return single[:1].upper() + single[1:] if text[:1].isupper() else single
        out = text
        for mention, new in zip(reversed(mentions), reversed(rendered)):
            start = mention.start
            if mention is mentions[0] and _DAYS_BEFORE.match(text[:start]):
                start = 0
            article = _THE_BEFORE.search(text, max(0, start - 8), start)
            if article and _DAY_FIRST.match(mention.text):
                start = article.start()    # "the fourteenth of March" -> "March", not "the March"
            out = out[:start] + new + out[mention.end:]
        return None if out == text else out

    def _render(self, mention: DateMention) -> str:
        year, month, day = mention.date
        if self.style == "month_year":
            if month is None:
                return mention.text
            name = _MONTH_NAMES[month - 1][0]   # English whatever the locale
            return f"{name} {year}" if year is not None else name
        if year is None:
            return _UNKNOWN   # "14 March" with no year: no year to show, and no distance from the death
        if self.style == "year":
            return str(year)
        if self.death is None:
            return _UNKNOWN
        return relative_to(self.death, year, month, day).text()

    def phrase(self, decisions, segments) -> list:
        """The words before a rewritten date that fit only a day: "on 14 March 2022" -> "in March 2022",
        "on the 14th of March 2022" -> "three months before the death"; a capital where a sentence began."""
        if not self.rewrites:
            return decisions
        out = []
        for decision in [*decisions, *self._dates_left(decisions, segments)]:
            f = decision.finding
            if decision.replaces and decision.reason.startswith("date policy") and "(a day alone)" not in decision.reason \
                    and 0 <= f.segment < len(segments) and segments[f.segment].text[f.start:f.end] == f.text:
                decision = self._with_words_before(decision, segments[f.segment].text)
            out.append(decision)
        return out

    def _dates_left(self, decisions, segments) -> list:
        """Dates no decision rewrites: one end of a period whose other end is the protected date ("between 1 May
        2023 and [the date of death]") loses its finding to the protected one; a chronology is shown one way."""
        from .decide import Decision
        from .findings import Finding

        replaced: dict[int, list[tuple[int, int]]] = {}
        for decision in decisions:
            if decision.replaces:
                replaced.setdefault(decision.finding.segment, []).append(decision.finding.span)
        added = []
        contexts = document_month_context([segment.text for segment in segments])
        for index, segment in enumerate(segments):
            if segment.kind != "text" or not _MAY_HOLD_A_DATE.search(segment.text):
                continue
            taken = replaced.get(index, [])
            for start, end, date in days_alone(segment.text, contexts[index]):
                if any(s < end and start < e for s, e in taken) or self._may_be_protected(date):
                    continue   # "on the 14th" under the month of death is the protected date's to remove
                finding = Finding(start, end, segment.text[start:end], entities.DATE_TIME, 1.0, "date policy",
                                  index, segment.location)
                added.append(Decision(finding, self._day_alone(date, segment.text[start:end]),
                                      f"date policy {self.style} (a day alone)"))
                taken = taken + [(start, end)]
            for mention in find_dates(segment.text):
                if any(s < mention.end and mention.start < e for s, e in taken):
                    continue
                if any(mentions_of(mention.text, when) for when in self.protected):
                    continue
                finding = Finding(mention.start, mention.end, mention.text, entities.DATE_TIME, 1.0, "date policy",
                                  index, segment.location)
                decided = self.decide(finding)
                assert decided is not None   # a DATE_TIME finding under a policy that rewrites (phrase checks it)
                replacement, reason = decided
                if replacement is not None:
                    added.append(Decision(finding, replacement, reason))
        return added

    def _may_be_protected(self, date) -> bool:
        return any(date.day == when.day and date.month in (None, when.month) and date.year in (None, when.year)
                   for when in self.protected)

    def _day_alone(self, date, written: str) -> str:
        """"on the 10th" under "March 2022": the day is finer than the policy shows. Under relative, with its
        month and year known, the distance from the death; else what the policy shows of that time."""
        if self.style == "relative" and date.month and date.year and self.death is not None:
            new = relative_to(self.death, date.year, date.month, date.day).text()
        else:
            new = "that year" if self.style == "year" else "that month"
        return new[:1].upper() + new[1:] if written[:1].isupper() else new

    def _with_words_before(self, decision, text: str):
        f = decision.finding
        lead = _ON_THE.search(text, max(0, f.start - 12), f.start)
        if not lead or not lead.group(0):
            return decision
        if lead.group("the") and not _DAY_FIRST.match(f.text):
            return decision   # "the March 2022 review" keeps its article
        if lead.group("in") and not lead.group("the") and self.style != "relative":
            return decision   # "in March 2022" -> "in 2022"
        if self.style == "relative" and decision.replacement.startswith("the ") and (lead.group("on") or
                                                                                     lead.group("in")):
            new = "in " + decision.replacement         # "in May 2023" -> "in the month of the death"
        elif self.style == "relative" or decision.replacement.startswith(("[", "In ", "in ")) or not (
                lead.group("on") or lead.group("in")):
            new = decision.replacement                 # "three months before the death", not "on three months"
        else:
            new = "in " + decision.replacement         # "on 14 March 2022" -> "in March 2022"
        if text[lead.start():lead.start() + 1].isupper():
            new = new[:1].upper() + new[1:]
        finding = dataclasses.replace(f, start=lead.start(), text=text[lead.start():f.end])
        return dataclasses.replace(decision, finding=finding, replacement=new)

    def decide(self, finding) -> tuple[str | None, str] | None:
        """(replacement, reason) for an ordinary date under a rewriting policy; None: decide's usual choice."""
        if finding.entity_type != entities.DATE_TIME or not self.rewrites:
            return None
        new = self.rewrite(finding.text)
        if new is None:
            return None, f"kept by policy (dates: {self.style}; no whole date)"
        return new, f"date policy {self.style}"
