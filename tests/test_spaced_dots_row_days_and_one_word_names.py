"""Three leaks from a probe of drafts from more communities: a date written with a space after each dot, as Czech,
Slovak, Hungarian and Korean papers write it ("Datum úmrtí: 3. 11. 2022", "Elhunyt: 2022. 11. 03."); a chronology
row that opens with the day's number alone under its month ("November 2022" / "3 – Police found her."); and a
person listed by one name (a child's given name) with a possessive's s and no apostrophe ("Amiras nursery").
Each stayed in the published copy, and verify passed it.
"""
from __future__ import annotations

import datetime
import random

import pytest

from conftest import quiet_redactor
from redact.api import verify_bytes
from redact.dates import document_month_context, mentions_of
from redact.lexicon import MONTHS


def _when(seed: int) -> datetime.date:
    chooser = random.Random(seed)
    return datetime.date(chooser.randint(1960, 2024), chooser.randint(1, 12), chooser.randint(1, 28))


@pytest.mark.parametrize("seed", range(8))
def test_a_date_with_a_space_after_each_dot_is_the_date(seed):
    when = _when(seed)
    chooser = random.Random(seed)
    day = chooser.choice([str(when.day), f"{when.day:02d}"])
    month = chooser.choice([str(when.month), f"{when.month:02d}"])
    year = chooser.choice([str(when.year), f"{when.year % 100:02d}"])
    written = chooser.choice([f"{day}. {month}. {year}", f"{day}.{month}. {year}", f"{day}. {month}.{year}",
                              f"{when.year}. {month}. {day}."])
    text = chooser.choice(["Datum úmrtí: {d}", "Dátum narodenia: {d}", "Elhunyt: {d}", "The certificate says {d}"])
    text = text.format(d=written)
    spans = [text[s:e] for s, e in mentions_of(text, when)]
    assert spans and written.rstrip(".") in spans[0], (text, spans)


@pytest.mark.parametrize("text", ["see paragraph 3. 11. 2022 was", "It was 2021. 11 officers came.",
                                  "in 2022. 11 people came. 3 days later"])
def test_a_sentence_that_ends_on_a_number_is_no_date(text):
    assert mentions_of(text, datetime.date(2022, 11, 3)) == []


@pytest.mark.parametrize("row", ["{d} – Police found her.", "{d}: Police attended.", "{d}", "{d} - she was found."])
def test_a_row_that_opens_with_the_days_number_under_its_month_is_the_date(row):
    when = _when(random.Random(row).randint(0, 999))
    texts = [f"{MONTHS[when.month - 1]} {when.year}", f"{when.day + 1 if when.day < 28 else 1} – she called the GP.",
             row.format(d=when.day)]
    contexts = document_month_context(texts)
    assert mentions_of(texts[2], when, context=contexts[2]) != [], texts


@pytest.mark.parametrize("row", ["{d}. Police attended.", "{d}) Police attended.", "{d} people attended."])
def test_a_list_number_or_a_count_under_the_month_stays(row):
    when = datetime.date(2022, 11, 3)
    texts = ["November 2022", row.format(d=3)]
    assert mentions_of(texts[1], when, context=document_month_context(texts)[1]) == []


@pytest.mark.parametrize("name", ["Amira", "Zofia", "Esi", "Tendai", "Siobhan", "Precious", "Dawit"])
def test_a_one_word_listed_name_with_a_bare_s_goes(name):
    rules = {"people": [{"name": "Agnieszka Nowak", "pseudonym": "Anna", "role": "victim"},
                        {"name": name, "pseudonym": "Child 1", "role": "child"}],
             "dates": {"date_of_death": "2022-11-03"}}
    text = f"{name}s nursery raised a concern with the school. Agnieszka Nowak died."
    out = quiet_redactor(rules).redact_text(text)
    assert f"{name}s" not in out, out
    assert not verify_bytes(text.encode(), "txt", rules).ok
    assert verify_bytes(out.encode(), "txt", rules).ok
