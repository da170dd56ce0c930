"""UK date recognisers: every written date, the protected dates of the rules, and candidates for them."""
from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Sequence

from presidio_analyzer import EntityRecognizer, RecognizerResult

from ... import dates as uk_dates
from ...entities import DATE_OF_BIRTH, DATE_OF_DEATH, DATE_TIME
from ...normalise import date_view, with_plain_spaces_and_digits
from ...sentences import Sentences
from ._common import DhrRecognizer, result, wanted, words_pattern


class UkDateRecognizer(DhrRecognizer):
    """Written UK dates as whole phrases ("Sunday 14th May 2023 at 02:15", "14/05/23") -> DATE_TIME, 0.85; a time
    of day alone ("at 03:40") 0.7, a day of the week alone 0.6.

    Bare days that share the month of the date after them are part of the phrase ("on 4 and 16 November 1985",
    "12, 13 and 18 May"): each is a date too. Metadata ``date``/``date_start``/``date_end`` stay the main date's.
    """

    SCORE = 0.85
    ENTITIES = (DATE_TIME,)

    # Bare day numbers that share the month of the date after them: "on 4 and 16 November", "12, 13 and 18 May".
    _DAYS_BEFORE = re.compile(r"(?<![\w/.:,£$€%-])(?:(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
                              r"(?:\s*,\s*|\s+(?:and|or|to|&)\s+|\s*[-–]\s*))+$")

    _DATE_LEAD = re.compile(r"(?:(?:^|(?<![\w-]))(?:on|between|from|of|dated|until|till|by|since|before|after|"
                            r"around|about|and|the|for|during|throughout|[Oo]n|[Bb]etween|[Ff]rom|[Bb]y|[Ss]ince|[Bb]efore|[Aa]fter)|[(\n]|^)"
                            r"\s*$")

    def find(self, text, nlp_artifacts=None) -> list[RecognizerResult]:
        found = []
        for m in uk_dates.find_dates(text):
            start = m.start
            if m.date.day is not None and text[start:start + 1].isdigit():
                days = self._DAYS_BEFORE.search(text, max(0, start - 40), start)
                # only after a word that introduces dates: "Article 6 and 7 May" is an article and a date
                if days and self._DATE_LEAD.search(text, max(0, days.start() - 20), days.start()):
                    start = days.start()
            found.append(result(self, DATE_TIME, start, m.end, self.SCORE, "UK date phrase",
                                date=tuple(m.date), date_start=m.date_start, date_end=m.date_end))
        found += self._ranges(text, found)
        found += self._times(text, found)
        return found

    # "between 15 May 2002 and 24 July 2002", "from 1 March 2018 to 9 August 2020": one period
    _RANGE_OPEN = re.compile(r"(?<![\w])(?:[Bb]etween|[Ff]rom)\s+$")
    _RANGE_JOIN = re.compile(r"^\s*(?:and|to|until|till|[-–])\s*$")
    # "11 p.m.", "11pm", "23:15", "02.51 hrs" standing alone (a time attached to a date is in the date's phrase)
    _TIME = re.compile(r"(?<![\w:.])(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?(?:hrs|hours|[ap]\.?m\.?))?"
                       r"|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?[ap]\.?m\.?)(?![\w])", re.IGNORECASE)

    def _ranges(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        """A period given as two dates is one span, with its 'between'/'from' (time ranges too)."""
        spans = sorted((r.start, r.end) for r in found)
        out = []
        for (a_start, a_end), (b_start, b_end) in zip(spans, spans[1:]):
            join = self._RANGE_JOIN.match(text[a_end:b_start])
            if not join:
                continue
            opener = self._RANGE_OPEN.search(text, max(0, a_start - 12), a_start)
            if "and" in join.group() and not (opener and opener.group().strip().lower() == "between"):
                continue  # "on 4 May and 16 June" is two dates, "between 4 May and 16 June" one period
            start = opener.start() if opener else a_start
            out.append(result(self, DATE_TIME, start, b_end, self.SCORE, "UK date range", range=True))
        return out

    # "on Friday evening", "by Monday": a day of the week standing alone (a date's own weekday is in its phrase)
    # (full names only: "Sun", "Sat" and "Wed" alone are words)
    _WEEKDAY = re.compile(r"(?<![\w])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?![\w])"
                          r"(?:\s+(?:morning|afternoon|evening|night))?")

    def _times(self, text: str, found: list[RecognizerResult]) -> list[RecognizerResult]:
        out = []
        for m in self._WEEKDAY.finditer(text):
            if not any(r.start <= m.start() and m.end() <= r.end for r in found):
                out.append(result(self, DATE_TIME, m.start(), m.end(), 0.6, "day of the week", weekday=True))
        for m in self._TIME.finditer(text):
            if any(r.start <= m.start() and m.end() <= r.end for r in found):
                continue
            value = m.group()
            if "." in value[:3] and not re.search(r"[ap]\.?m|hrs|hours", value, re.IGNORECASE):
                continue  # "4.1" or "12.50" alone is a number, not a time
            out.append(result(self, DATE_TIME, m.start(), m.end(), 0.7, "time of day", time=True))
        times = [r for r in out if r.recognition_metadata.get("time")]
        ranges = self._ranges(text, times) if len(times) > 1 else []
        return out + ranges


def _as_date(value) -> datetime.date | None:
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


class ProtectedDateRecognizer(EntityRecognizer):
    """Every mention of the rules' date of death / birth, in any format -> DATE_OF_DEATH / DATE_OF_BIRTH, 1.0.

    The span is the date part of the phrase, weekday included ("Sunday 14 May" in "the early hours of Sunday
    14 May"); an attached clock time is not part of it. Metadata: ``{"source": "rule"}``.
    """

    SCORE = 1.0

    def __init__(self, date_of_death: datetime.date | str | None = None,
                 date_of_birth: datetime.date | str | None = None, supported_language: str = "en", *,
                 others: Sequence[tuple[str, datetime.date]] = ()):
        """``others``: more (entity type, date) to protect, the other people's dates of death and birth."""
        self.date_of_death = _as_date(date_of_death)
        self.date_of_birth = _as_date(date_of_birth)
        given = [(DATE_OF_DEATH, self.date_of_death), (DATE_OF_BIRTH, self.date_of_birth), *others]
        self.protected: list[tuple[str, datetime.date]] = list(dict.fromkeys((t, d) for t, d in given if d is not None))
        # another person's date says which it is: the policy's "year" or "month" shows that date's, not the review's
        self._whose = {(t, d): {} if (t, d) in given[:2] else {"date": d.isoformat()} for t, d in self.protected}
        super().__init__(supported_entities=[DATE_OF_DEATH, DATE_OF_BIRTH], supported_language=supported_language,
                         name="ProtectedDateRecognizer")
        self._month_before: dict[str, list] = {}
        # for each reading of a text, the protected dates it writes a part of with the texts beside it (a table
        # row's cells "3" | "November" | "2022")
        self._parts_of: dict[str, list[frozenset[tuple[str, datetime.date]]]] = {}
        self._read: Counter[str] = Counter()
        self._spans: dict[tuple, list[tuple[int, int]]] = {}

    def load(self) -> None:
        pass

    def learn_document(self, texts: list[str]) -> None:
        """Remember, for each text of a document in reading order, the month the texts before it named last:
        a chronology cell "14th" under a row that says "September 2021" is the 14th of September 2021."""
        self._month_before = {}
        self._parts_of = {}
        self._read = Counter()
        self._spans = {}
        if not self.protected:
            return
        parts: dict[int, set[tuple[str, datetime.date]]] = {}
        for entity_type, when in self.protected:
            for index in uk_dates.split_across(texts, when):
                parts.setdefault(index, set()).add((entity_type, when))
        whens = tuple(dict.fromkeys(d for _, d in self.protected))
        for index, (text, context) in enumerate(zip(texts, uk_dates.document_month_context(texts, whens))):
            # detection reads the text with its other spaces made plain: remember both forms
            plain = with_plain_spaces_and_digits(text)
            for form in {text, plain}:
                self._month_before.setdefault(form, []).append(context)
                self._parts_of.setdefault(form, []).append(frozenset(parts.get(index, ())))

    def _contexts(self, text: str) -> tuple[list, frozenset[tuple[str, datetime.date]]]:
        """The month context of this reading of ``text``, and the protected dates it is a part of. Detection
        reads a document's texts in order, so the n-th reading of a text that stands in several places (a cell
        "10th" under "April 2023" and again under "May 2023") is its n-th place; a reading beyond those (a text
        read again) may be any of them."""
        contexts = self._month_before.get(text)
        if not contexts:
            return [None], frozenset()
        index = self._read[text]
        self._read[text] += 1
        parts = self._parts_of[text]
        if index < len(contexts):
            return [contexts[index]], parts[index]
        return list(dict.fromkeys(contexts)), frozenset().union(*parts)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        protected = [(t, d) for t, d in self.protected if wanted(entities, t)]
        if not protected:
            return []
        contexts, parts_of = self._contexts(text)
        read: tuple[str, list[int], list] | None = None
        results = []
        for entity_type, when in protected:
            key = (text, when, tuple(contexts))
            spans = self._spans.get(key)
            if spans is None:
                if read is None:
                    # read as verify reads it (its date view): "25 Nov\u200bember 2019", "٢٥/١١/٢٠١٩" and
                    # "25⁄11⁄2019" are the date whole, not "25 Nov" and a leftover "ember 2019"; only for a text not
                    # read before (a text read again in the same month context has its spans)
                    view, origin = date_view(text)
                    read = (view, origin, uk_dates.find_dates(view))
                view, origin, mentions = read
                found: set[tuple[int, int]] = set()
                for context in contexts:
                    found.update((origin[start], origin[end - 1] + 1)
                                 for start, end in uk_dates.mentions_of(view, when, mentions, context) if end > start)
                # a document repeats texts (a style name, "the 14th" in a chronology): the same text read in the
                # same month context is searched once
                spans = self._spans[key] = uk_dates.with_the_weekday_after(text, sorted(found))
            if (entity_type, when) in parts_of and text.strip():
                # a part of the date written across a table row's cells: the whole cell
                start = len(text) - len(text.lstrip())
                spans = sorted(set(spans) | {(start, start + len(text.strip()))})
            for start, end in spans:
                results.append(result(self, entity_type, start, end, self.SCORE,
                                      f"mention of the {entity_type.lower().replace('_', ' ')} in the rules",
                                      source="rule", **self._whose[entity_type, when]))
        return results


class DeathDateCandidateRecognizer(DhrRecognizer):
    """Dates next to a death or birth cue in the same sentence -> DATE_OF_DEATH / DATE_OF_BIRTH candidates.

    Score 0.6, metadata ``{"candidate": True, "cue": <the cue word>}``. Meant for reviews whose rules do not
    give the dates (``redact init``) and as a second opinion; only dates with a day are candidates, and each
    date takes the nearest cue, so "born on 2 February 1971 and died on 14 May 2023" gives one of each.
    """

    SCORE = 0.6
    DEATH_CUES = ["died", "dies", "death", "found dead", "pronounced dead", "declared dead", "confirmed dead",
                  "killed", "fatal", "fatally", "murder", "murdered", "date of death", "inquest", "homicide"]
    # "birthday" is deliberately not a cue: a birthday in 2023 is not the date of birth.
    BIRTH_CUES = ["born on", "born", "DOB", "D.O.B.", "d.o.b", "date of birth"]
    ENTITIES = (DATE_OF_DEATH, DATE_OF_BIRTH)

    def __init__(self, supported_language: str = "en"):
        super().__init__(supported_language)
        self._cues = [(DATE_OF_DEATH, words_pattern(self.DEATH_CUES)),
                      (DATE_OF_BIRTH, re.compile(r"(?<![\w])(?:born(?:\s+on)?|date\s+of\s+birth|d\.?o\.?b\.?)(?![\w])",
                                                 re.IGNORECASE))]

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        mentions = [m for m in uk_dates.find_dates(text) if m.date.day is not None and m.date.month is not None]
        if not mentions:
            return []   # (most texts: their sentences are not worked out)
        sentences = Sentences(text, cells=True)
        for m in mentions:
            left, right = sentences.bounds(m.date_start, m.date_end)
            best = None
            for entity_type, pattern in self._cues:
                for cue in pattern.finditer(text, left, right):
                    if cue.start() < m.start and not any(o.start >= cue.end() and o.end <= m.start
                                                        for o in mentions):
                        distance = m.start - cue.end()
                    elif cue.start() >= m.end:
                        # A cue after the date reads less directly ("14 May 2023, when she died").
                        distance = 2 * (cue.start() - m.end) + 10
                    else:
                        continue
                    if best is None or distance < best[0]:
                        best = (distance, entity_type, cue.group())
            if best and wanted(entities, best[1]):
                results.append(result(self, best[1], m.date_start, m.date_end, self.SCORE,
                                      f"date near '{best[2]}'", candidate=True, cue=best[2], distance=best[0]))
        return results
