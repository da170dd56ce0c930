"""The protected date written short, as logs, records and Welsh reviews write it, found by apply and by verify.

Each class below left the date of death in place and `verify` passed it:
- a day and month with no year, then a number: "Police log: 09/08 999 call", "seen 14/5 2 officers", "09/08 – 101";
- a bare day after its weekday, then a spaced dash and a number, under the month's heading: "Tue 9th - 999 call";
- a day and month with dots after "DOD", "D.O.D", "deceased", "passed away": "D.O.D 09.08";
- the day before a Welsh month and no year, the short names too: "ar 9 Awst", "y 9fed o Fai";
- the month cut after its fourth or fifth letter: "3 Febr. 2022", "Febr. 3, 2022", "14 Novem 2022".
Days, months and the words around them are drawn from a fixed seed; the controls (a year of another date, a section
number, a count with no date) must stay.
"""
from __future__ import annotations

import datetime
import random

import pytest

from redact import verify_bytes
from redact.dates import mentions_of, protected_date_candidates

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WELSH = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
         "Tachwedd", "Rhagfyr")
WELSH_AFTER_O = {3: "Fawrth", 5: "Fai", 6: "Fehefin", 7: "Orffennaf", 9: "Fedi", 11: "Dachwedd", 12: "Ragfyr"}
WEEKDAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _cases(seed: int, count: int) -> list[tuple[str, datetime.date, str, str]]:
    """(class, date, text, the date as written in it)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        when = datetime.date(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))
        d, m = when.day, when.month
        number = rng.choice(["999", "101", "2", "13", "45", "111", "3"])
        written = rng.choice([f"{d:02d}/{m:02d}", f"{d}/{m}"])
        head = rng.choice(["Police log: ", "CAD ", "| ", "Seen ", "On ", ""])
        tail = rng.choice([" call received from a neighbour.", " officers attended.", " – call logged.", " calls."])
        out.append(("yearless, a number after", when, f"{head}{written}{rng.choice([' ', ' – ', ' - '])}{number}{tail}",
                    written))
        weekday = WEEKDAYS_SHORT[when.weekday()]
        written = f"{weekday} {_ordinal(d)}"
        out.append(("weekday and day, a dash and a number", when,
                    f"{MONTHS[m - 1]} {when.year}\n{written} {rng.choice(['-', '–'])} {number} call from a neighbour.",
                    written))
        written = rng.choice([f"{d:02d}.{m:02d}", f"{d}.{m}"])
        label = rng.choice(["D.O.D", "DOD", "DOD:", "D.O.D.", "DoD", "dod", "deceased", "passed away", "Death"])
        out.append(("dotted, after a label", when, f"{label} {written}", written))
        month = rng.choice([WELSH[m - 1], WELSH[m - 1].lower(), WELSH[m - 1].upper()])
        written = rng.choice([f"{d} {month}", f"{d}fed {month}" if d in (9, 10, 12, 15, 18, 20) else f"{d} {month}"])
        if m in WELSH_AFTER_O and rng.random() < 0.4:
            written = f"{d} o {WELSH_AFTER_O[m]}"
        out.append(("Welsh, no year", when, rng.choice([f"Bu farw hi ar {written}.", f"| dydd {written} | Heddlu |",
                                                        f"Ar {written} aeth yr heddlu i'r tŷ."]), written))
        name = MONTHS[m - 1]
        cut = name[:rng.choice([4, 5])] if len(name) > 5 else None
        if cut is not None and cut != "Marc":
            dot = rng.choice([".", ""])
            written = rng.choice([f"{d} {cut}{dot} {when.year}", f"{cut}{dot} {d}, {when.year}",
                                  f"{_ordinal(d)} {cut}{dot} {when.year % 100:02d}"])
            out.append(("month cut short", when, f"She died on {written} at home.", written))
    return out


CASES = _cases(seed=41, count=60)


@pytest.mark.parametrize("kind, when, text, written", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_apply_and_verify_find_the_date(kind, when, text, written):
    at = text.index(written)
    for spans in (mentions_of(text, when, None, ((when.month, when.year),)),
                  protected_date_candidates(text, when)):
        # the day is inside a span (a weekday or an "o" may be left out of it, never the day)
        day_at = at + written.index(str(when.day))
        assert any(s <= day_at < e for s, e in spans), (text, spans)
    rules = {"people": [{"name": "Grace Mensah", "pseudonym": "Efua"}], "dates": {"date_of_death": when.isoformat()}}
    assert not verify_bytes(text.encode(), "txt", rules).ok


CONTROLS = [
    ("Police log: 09/08 2021 call.", datetime.date(2022, 8, 9)),      # another year's 9 August
    ("14/05 / 2021 – Police attended", datetime.date(2022, 5, 14)),
    ("See section 9.8 of the report.", datetime.date(2022, 8, 9)),
    ("paragraph 9.8 999 calls", datetime.date(2022, 8, 9)),
    ("Bu farw hi ar 9 Awst 2021.", datetime.date(2022, 8, 9)),       # another year
    ("She died on 3 Febr. 2021 at home.", datetime.date(2022, 2, 3)),
    ("Marc 3, 2022 was the chair.", datetime.date(2022, 3, 3)),       # "Marc" is a name
    ("Tue 9th - 12th were his days off.", datetime.date(2022, 12, 9)),
]


@pytest.mark.parametrize("text, when", CONTROLS)
def test_what_is_not_the_date_stays(text, when):
    assert mentions_of(text, when) == []


def test_apply_removes_them(tmp_path):
    from redact import Redactor

    rng = random.Random(7)
    sample = rng.sample(CASES, 20)
    for kind, when, text, written in sample:
        rules = {"people": [{"name": "Grace Mensah", "pseudonym": "Efua"}],
                 "dates": {"date_of_death": when.isoformat()}}
        out = Redactor(rules).redact_text(text)
        assert written not in out, (kind, text, out)
        assert verify_bytes(out.encode(), "txt", rules).ok, (text, out)
