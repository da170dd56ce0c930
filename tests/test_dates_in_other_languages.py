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
