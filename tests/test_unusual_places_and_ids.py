"""End to end, the victim the only person listed: places and ids written without the usual cues do not survive
apply (issue 11: "48 Canal Side", "The Wheatsheaf", "PNC 19/448120T", "joannepryor.co.uk/diary", a listed place
in Chinese), and the ordinary text around them stays."""
from __future__ import annotations

import warnings

import pytest

from redact.rules import parse_rules


@pytest.fixture(scope="module")
def redactor():
    from redact import Redactor

    rules = parse_rules({"people": [{"name": "Joanne Pryor", "pseudonym": "Adult A", "aliases": ["Jo"]}],
                         "places": [{"name": "Leeds", "pseudonym": "Area A", "aliases": ["利兹"]}],
                         "dates": {"date_of_death": "2021-03-14"}})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Redactor(rules)


@pytest.mark.parametrize("draft,secret,kept", [
    ("Joanne lived at 48 Canal Side with her two children.", "Canal Side", "with her two children"),
    ("On the night she died they had been drinking at The Wheatsheaf.", "Wheatsheaf", "drinking at"),
    ("They met at The Wheatsheaf on Friday nights.", "Wheatsheaf", "on Friday nights"),
    ("A check of his PNC 19/448120T record showed two previous offences.", "448120", "previous offences"),
    ("She kept an online diary at joannepryor.co.uk/diary until 2020.", "diary until", None),
    ("Her mother still lives in 利兹 and visits often.", "利兹", "visits often"),
    ("He moved to 5 The Paddock, then to Flat 2, Wren House.", "Paddock", "He moved to"),
    ("They worshipped at St Anne's Church and later at Green Lane Mosque.", "Anne", "They worshipped at"),
    ("Her profile facebook.com/jo.pryor.77 was public.", "pryor.77", "was public"),
    ("She grew up in Mirpur; her family in Sylhet were not told.", "Sylhet", "were not told"),
])
def test_issue_examples_do_not_survive(redactor, draft, secret, kept):
    output = redactor.redact_text(draft)
    assert secret not in output, output
    if kept:
        assert kept in output, output


@pytest.mark.parametrize("draft", [
    "See page 5 The Report and Table 3 Summary under Section 12 Children Act 1989.",
    "She was a practising member of the Catholic Church, e.g. on Sundays; i.e. weekly.",
    "The file report.docx, version 2.1, was sent at 10 a.m. to the Review Panel.",
    "She went to the pub with the Police officer and bought coffee at Costa Coffee.",
    "It was discussed at MARAC 2019 after a 101 call.",
])
def test_ordinary_text_stays(redactor, draft):
    assert redactor.redact_text(draft) == draft
