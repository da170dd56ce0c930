"""A month or weekday the model took for a person in capitals ("14 JUNE 2023" as PERSON "JUNE") is not spread as
a name to every "June" of the report: each place it is found again is judged as the listed ambiguous words are,
and "in June 2020", "on 12 June 2023" are the month. Before, the capitals' one-word seed bypassed that judgement
and "June 2020" came out "Person 1 2020" all through a .txt draft."""
from __future__ import annotations

import pytest

from redact.documents.base import Segment
from redact.detect.propagate import propagate_people
from redact.entities import PERSON
from redact.findings import Finding
from redact.pipeline import Redactor

WORDS = ["JUNE", "MAY", "AUGUST", "APRIL", "MONDAY", "SUNDAY"]


@pytest.fixture(scope="module")
def detector():
    return Redactor({"version": 1, "people": [{"name": "Joanne Pryor", "pseudonym": "Anna"}],
                     "dates": {"date_of_death": "2023-06-14"}}).detector


@pytest.mark.parametrize("word", WORDS)
def test_a_month_in_capitals_taken_for_a_person_is_not_spread(detector, word):
    title = word.title()
    texts = [f"14 {word} 2023",
             f"She moved to the town in {title} 2020 and saw the GP on 12 {title} 2021.",
             f"On {title} 3, 2022 nobody called; by {title} 2023 the case had closed."]
    segments = [Segment(f"text#{i}", t, "text") for i, t in enumerate(texts)]
    seed = Finding(3, 3 + len(word), word, PERSON, 0.85, "SpacyRecognizer", 0, "text#0")
    spread = [f for f in propagate_people([seed], segments, detector.filters, detector.listed)
              if f.source == "propagation"]
    assert spread == [], [(f.text, texts[f.segment]) for f in spread]


def test_a_person_named_june_is_still_spread(detector):
    texts = ["June Okafor, the health visitor, called.", "Later June said the family had moved."]
    segments = [Segment(f"text#{i}", t, "text") for i, t in enumerate(texts)]
    seed = Finding(0, 11, "June Okafor", PERSON, 0.85, "KnownNameRecognizer", 0, "text#0")
    spread = [(f.text, f.segment) for f in propagate_people([seed], segments, detector.filters, detector.listed)
              if f.source == "propagation"]
    assert ("June", 1) in spread


DATES = ["The same day in 2023 (22 {m} 2023) had been her birthday party.", "On 3rd {m} she called.",
         "She called on {m} 22 and again on {m} 2021 dates.", "By {m} 2023 the case had closed."]


@pytest.mark.parametrize("month", ["June", "May", "August", "JUNE", "Sunday"])
@pytest.mark.parametrize("frame", DATES)
def test_a_month_the_model_took_for_a_person_inside_a_date_is_dropped(detector, month, frame):
    text = frame.format(m=month)
    segments = [Segment("text#0", text, "text")]
    start = text.index(month)
    seed = Finding(start, start + len(month), month, PERSON, 0.85, "SpacyRecognizer", 0, "text#0")
    assert detector.filters.apply([seed], segments) == []


@pytest.mark.parametrize("name", ["June", "May", "August"])
def test_a_person_named_like_a_month_beside_no_date_stays_a_person(detector, name):
    text = f"Her sister {name} said that she would call again."
    segments = [Segment("text#0", text, "text")]
    start = text.index(name)
    seed = Finding(start, start + len(name), name, PERSON, 0.85, "SpacyRecognizer", 0, "text#0")
    assert [f.text for f in detector.filters.apply([seed], segments)] == [name]
