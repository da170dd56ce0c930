"""A date of death written with its month in another language: a Welsh-language passage of a report from Wales
("Bu farw ar 25 Tachwedd 2019"), a translated statement or a certificate from abroad quoted as written ("Data
śmierci: 25 listopada 2019 r.", "Fecha de fallecimiento: 25 de noviembre de 2019", "25. November 2019").

Found by a probe: every such date stayed, and `verify` passed all but the Dutch one (its month is spelt as in
English). The month names are CLDR's for 56 languages (``redact/data/month_names.tsv``, made with Babel); only a
whole date counts, with its year, since a month's name in another language may be a name or a word in English.
"""
from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes
from redact.data.tables import columns

NAMES, NUMBERS = columns("month_names.tsv", 2)
FORMS = ["{d} {m} {y}", "{d}. {m} {y}", "{d} de {m} de {y}", "{m} {d}, {y}", "{y}. {m} {d}.", "{d} {M} {y}"]


def _cases(seed: int) -> list[tuple[dt.date, str, str]]:
    rng = random.Random(seed)
    cases = []
    for index, (name, number) in enumerate(zip(NAMES, NUMBERS)):
        if index % 3:      # a third of the 779 names: every language and month still comes up
            continue
        day = rng.randint(1, 28)
        when = dt.date(rng.randint(2015, 2024), int(number), day)
        form = FORMS[index // 3 % len(FORMS)]
        written = form.format(d=day, m=name, M=name.capitalize(), y=when.year)
        cases.append((when, written, f"The certificate, translated, gives: {written}. She was buried in the city."))
    return cases


CASES = _cases(20261201)


def _rules(when: dt.date) -> dict:
    return {"people": [{"name": "Oksana Kovalenko", "pseudonym": "Olena"}],
            "dates": {"date_of_death": when.isoformat()}}


def test_the_probe_covers_every_month():
    assert len(CASES) > 200 and {when.month for when, _, _ in CASES} == set(range(1, 13))


@pytest.mark.parametrize("when, written, text", CASES)
def test_the_date_of_death_in_another_language_goes_and_verify_agrees(when, written, text):
    assert not verify_bytes(text.encode(), "txt", _rules(when)).ok
    out = quiet_redactor(_rules(when)).redact_text(text)
    assert str(when.year) not in out and "She was buried in" in out, out
    assert verify_bytes(out.encode(), "txt", _rules(when)).ok, out


@pytest.mark.parametrize("text", [
    "Bu farw ar 24 Tachwedd 2019.",            # the day before
    "Data: 25 grudnia 2019 r.",                # another month
    "The entry reads 25 de noviembre de 2018.",         # another year
    "Her friend Mai, 25, moved away in 2019.",   # a given name that is a month's name elsewhere
    "Nisan 25 2019 was the entry's title.",    # no such date: Nisan is April in Turkish
])
def test_other_dates_and_words_stay(text):
    rules = _rules(dt.date(2019, 11, 25))
    assert verify_bytes(text.encode(), "txt", rules).ok, text
    out = quiet_redactor(rules).redact_text(text)     # (a name is still replaced as somebody unlisted)
    numbers_left = re.findall(r"[0-9]+", re.sub(r"Person [0-9]+", "", out))
    assert "date removed" not in out and numbers_left == re.findall(r"[0-9]+", text), out


def _yearless_written_forms():
    """Every name a day without its year may be written with, in lower case, capitals and title case."""
    from redact.dates import _month_numbers, _yearless_other_language_pattern

    for name, months in sorted(_month_numbers().items()):
        for month in sorted(months):
            pattern = _yearless_other_language_pattern(month)
            if pattern is None or not pattern.fullmatch(f"3 {name}"):
                continue     # a word, a name or a place in English: never read without its year
            for written in (name, name.upper(), name.title()):
                yield month, written


def test_a_yearless_day_in_another_language_is_read_in_every_case_its_pattern_reads():
    """A text is read with the pattern only when one of the month's names stands in it (the tables and the pattern
    cost a tenth of a cold verify): the test that it does must let through every case the pattern itself takes,
    capitals and letters such as Turkish İ and ı or the Greek final sigma included."""
    from redact.dates import _yearless_in_other_languages, _yearless_other_language_pattern

    forms = list(_yearless_written_forms())
    assert len(forms) > 300
    read = [(month, written) for month, written in forms
            if _yearless_other_language_pattern(month).search(f"Bu farw ar 3 {written}.")]
    assert len(read) > 0.9 * len(forms)
    missed = [written for month, written in read
              if not _yearless_in_other_languages(f"Bu farw ar 3 {written}.", dt.date(2022, month, 3))]
    assert missed == []
    for written in ("3 KASİM", "3 kasım", "3 KASIM", "3 ΝΟΕΜΒΡΊΟΥ"):
        assert _yearless_in_other_languages(f"Öldü: {written}.", dt.date(2022, 11, 3)), written


def test_a_longer_word_holding_a_month_name_reads_no_day():
    from redact.dates import _yearless_in_other_languages

    assert _yearless_in_other_languages("seen on 3 Februaryx", dt.date(2022, 2, 3)) == []
    assert _yearless_in_other_languages("zmarła 3 listopadach", dt.date(2022, 11, 3)) == []
