"""A protected date with its month cut short the old way: "12 Novr 2022", "3rd Septr 1985", "Jany 5 2020",
"14 Feby 1990", "8 Octr", "25 Decr", "30 Augt", "Nov'r", "Sep't".

Found by a probe (2026-12-03): 16 of 31 such dates stayed and `verify` passed them ("Febuary"-style misspellings
were already read with their year). Registers, old letters and a hurried note write a month as its first three
letters, some of its middle consonants and its last letter; ``redact.lexicon.MONTH_ABBREVIATIONS`` now holds
those of five letters at most (and each with an apostrophe after the first three), which the date readers of
apply and verify share. Other dates written so stay.
"""
from __future__ import annotations

import datetime
import random

import pytest

from conftest import assert_the_date_goes_and_verify_agrees, quiet_redactor
from redact.data.tables import english_words
from redact.lexicon import MONTH_ABBREVIATIONS, MONTHS

USUAL = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}
SHAPES = ["{d} {m} {y}", "{o} {m} {y}", "{o} {m}. {y}", "{m} {d} {y}", "{m} {o}, {y}", "{d} {m}, {y}",
          "{o} of {m} {y}", "{D} {M} {y}"]
SENTENCES = ["She died on {x}.", "{x}: police attended the address.", "On {x} the ambulance was called.",
             "| {x} | GP | No contact |"]


# written here, not read from the month table, so that the tests say what a reader must take
CONTRACTIONS = {1: ["Jany", "Janry", "Jan'y"], 2: ["Feby", "Febry", "Feb’y"], 4: ["Aprl"], 8: ["Augt", "Augst", "Aug't"],
                9: ["Septr", "Sepr", "Sep't"], 10: ["Octr", "Octbr", "Oct'r"], 11: ["Novr", "Novbr", "Nov’r"],
                12: ["Decr", "Decbr", "Dec'r"]}


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _cases(seed: int, count: int) -> list[tuple[datetime.date, str, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count * 20):     # bounded: a month table without contractions gives none
        if len(out) >= count:
            break
        when = datetime.date(rng.randrange(1950, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
        forms = CONTRACTIONS.get(when.month, [])
        if not forms:
            continue    # May, June, July have none
        month = rng.choice(forms)
        shape = rng.choice(SHAPES)
        written = shape.format(d=when.day, o=_ordinal(when.day), m=month, y=when.year, D=when.day, M=month.upper())
        out.append((when, written, rng.choice(SENTENCES)))
    return out


CASES = _cases(20261203, 60)


def test_the_generator_makes_many_dates():
    assert len(CASES) == 60 and len({form for _, form, _ in CASES}) >= 50


def test_every_contraction_is_a_month_and_no_english_word():
    contractions = [form for forms in MONTH_ABBREVIATIONS for form in forms if form not in USUAL]
    assert len(contractions) >= 40
    bare = {form.lower().replace("'", "").replace("’", "") for form in contractions}
    assert not [form for form in bare if form in english_words() and form.capitalize() not in USUAL]
    for number, forms in enumerate(MONTH_ABBREVIATIONS):
        assert all(form[:3] == MONTHS[number][:3] for form in forms)
    assert {"Jany", "Feby", "Augt", "Septr", "Octr", "Novr", "Decr", "Nov'r", "Sep't"} <= set(sum(
        MONTH_ABBREVIATIONS, ()))


@pytest.mark.parametrize("when, form, sentence", CASES)
def test_a_contracted_month_of_the_protected_date_goes(when, form, sentence):
    rules = {"people": [{"name": "Elena Munteanu", "pseudonym": "Lena"}],
             "dates": {"date_of_death": when.isoformat(), "date_of_birth": "1961-01-01"}}
    assert_the_date_goes_and_verify_agrees(sentence.format(x=form), form, rules)


@pytest.mark.parametrize("when, form, sentence", CASES[::4])
def test_the_same_form_of_another_date_stays(when, form, sentence):
    other = when + datetime.timedelta(days=1) if when.day < 28 else when - datetime.timedelta(days=1)
    rules = {"people": [{"name": "Elena Munteanu", "pseudonym": "Lena"}], "dates": {"date_of_death": other.isoformat()}}
    text = sentence.format(x=form)
    out = quiet_redactor(rules).redact_text(text)
    assert out == text, out


@pytest.mark.parametrize("text", ["Novr 2021 was a busy month.", "The Octr meeting was cancelled.",
                                  "Marh Road, flat 12, 2022 tenancy"])
def test_a_contraction_without_the_protected_day_stays(text):
    rules = {"people": [{"name": "Elena Munteanu", "pseudonym": "Lena"}], "dates": {"date_of_death": "2022-11-12"}}
    assert quiet_redactor(rules).redact_text(text) == text
