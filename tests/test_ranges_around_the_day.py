"""A short range of days around the date of death or birth, in a sentence of the death or the birth, is the date
(brief "range51"): apply removes it and verify's broad net holds it, and both read it the same way; a long range,
a range that misses the day, two days listed, or a range in a sentence of something else stay. The whole count is
``python tests/ranges_around_the_day_gen.py``."""
from __future__ import annotations

import datetime

import pytest

import ranges_around_the_day_gen as gen
from redact import dates

DEATH = datetime.date(2023, 7, 9)


@pytest.mark.parametrize("sentence, written", [
    ("Hodan died on 8–10 July 2023.", "8–10 July 2023"),
    ("Between 8 and 10 July 2023 Hodan was killed.", "8 and 10 July 2023"),
    ("Hodan died sometime between 7th and 11th July 2023.", "7th and 11th July 2023"),
    ("Hodan died from the 8th until the 10th of July.", "the 8th until the 10th of July"),
    ("Hodan died between the eighth and the tenth of July 2023.", "the eighth and the tenth of July 2023"),
    ("Hodan died 8/7/23-10/7/23.", "8/7/23-10/7/23"),
    ("Hodan died July 8-10, 2023.", "July 8-10, 2023"),
    ("Hodan died between 8 July and 10 July 2023.", "8 July and 10 July 2023"),
    ("Hodan was found dead; she had died 3rd to 9th July.", "3rd to 9th July"),
])
def test_a_short_range_holding_the_day_in_a_sentence_of_the_death_is_the_date(sentence, written):
    start = sentence.index(written)
    span = (start, start + len(written))
    assert span in dates.mentions_of(sentence, DEATH)
    assert span in dates.protected_date_candidates(sentence, DEATH)


@pytest.mark.parametrize("sentence", [
    "Hodan died between 1 and 31 July 2023.",            # a month, no day
    "Hodan died between 2 and 10 July 2023.",            # more than a week
    "Hodan died between 10 and 12 July 2023.",           # misses the day
    "Hodan died 8-10 July 2022.",                        # another year
    "Police visited Hodan on 8 and 10 July 2023.",       # two days listed, no range
    "The panel met 8-10 July 2023.",                     # no death or birth in the sentence
])
def test_other_ranges_are_no_date(sentence):
    assert dates.mentions_of(sentence, DEATH) == []
    assert dates.protected_date_candidates(sentence, DEATH) == []


def test_a_range_across_the_new_year_takes_the_year_of_its_end():
    sentence = "DOB: between 31 December and 2 January 1960"
    assert dates.mentions_of(sentence, datetime.date(1960, 1, 1)) != []
    assert dates.mentions_of(sentence, datetime.date(1961, 1, 1)) == []


@pytest.mark.parametrize("case", [c for seed in range(0, 6) for c in gen.make_cases(seed)],
                         ids=lambda c: f"{c['seed']}-{c['kind']}")
def test_generated_ranges_go_and_controls_stay(case):
    output, result = gen.run_case(case)
    assert result is None, f"{result}: {case['sentence']!r} -> {output!r}"
