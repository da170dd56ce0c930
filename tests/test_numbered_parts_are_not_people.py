"""A report numbers its parts with Roman numerals: "Appendix XIV", "Annex XL". The model read some of them as a
person ("Appendix Person 1: the terms of reference", "Person 1 was revised"): over-redaction that also renumbers
everyone after. A Roman numeral after a part's label is the part's number, never a name."""
from __future__ import annotations

import itertools

import pytest

from conftest import quiet_redactor

RULES = {"people": [{"name": "Sahra Abdi Farah", "pseudonym": "Mary"}], "dates": {"date_of_death": "2019-10-31"}}
LABELS = ["Appendix", "Annex", "Chapter", "Part", "Schedule", "Section", "Article", "Volume"]
NUMERALS = ["IV", "IX", "XII", "XIV", "XL", "XIX", "XXIII", "LX"]
SENTENCES = ["{label} {n}: the terms of reference.", "See {label} {n} of the guidance.", "{label} {n} was revised.",
             "The chair wrote {label} {n} after the panel met."]
CASES = [(s.format(label=label, n=n)) for (label, n), s in zip(itertools.product(LABELS, NUMERALS),
                                                                   itertools.cycle(SENTENCES))]


@pytest.mark.parametrize("text", CASES)
def test_the_part_number_stays(text):
    assert quiet_redactor(RULES).redact_text(text) == text


@pytest.mark.parametrize("text, name", [("Section officer Mark Hughes attended.", "Mark Hughes"),
                                        ("Part of the call was taken by Ivan Petrov.", "Ivan Petrov"),
                                        ("Appendix 2 lists Viv Jones as a witness.", "Viv Jones")])
def test_a_name_after_a_label_word_is_still_a_name(text, name):
    assert name not in quiet_redactor(RULES).redact_text(text)
