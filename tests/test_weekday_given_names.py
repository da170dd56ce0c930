"""A weekday that is someone's given name ("Sunday Adeyemi", "Monday Eze") goes with the name, and a diary heading
of a weekday and a month ("MONDAY, January 2nd") is no person.

Found by probing record-order names: "Sunday Adeyemi called the police" came out "Sunday Person 1 called" (our
date recogniser and the model both took "Sunday" for the day, and a surname alone was replaced); the heading
"MONDAY, January 2nd" came out "Person 1 2nd". A weekday after a word that leads a date ("On Sunday Adeyemi
called") stays the day.
"""
from __future__ import annotations

import re

import pytest

from conftest import quiet_redactor, VICTIM_ONLY


PEOPLE = [("Sunday", "Adeyemi"), ("Monday", "Eze"), ("Sunday", "Okonkwo"), ("Friday", "Mensah"),
          ("Monday", "Okafor"), ("Sunday", "Oladipo"), ("Monday", "Nwachukwu"), ("Sunday", "Bello")]
NAMED = ["{g} {s} called the police at 22:10.", "Her cousin {g} {s} visited the next day.",
         "The panel spoke to her brother and {g} {s}.", "21/03/2022\tEastshire Police\t{g} {s} reported a threat."]
DATED = ["On {g} {s} called the police.", "Every {g} {s} drank heavily.", "Last {g} {s} did not attend."]


# Known gaps, kept visible: here nothing finds the surname at all, so there is no name for the weekday to join (a
# miss of the unlisted name itself, not of this rule)
MISSED = pytest.mark.xfail(strict=True, reason="nothing finds this unlisted surname in this sentence")


def _cases(known_gaps: set[int]):
    return [pytest.param(i, marks=[MISSED] if i in known_gaps else []) for i in range(len(PEOPLE))]


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(VICTIM_ONLY)


@pytest.mark.parametrize("index", _cases({6}))
def test_a_weekday_given_name_goes_with_the_name(redactor, index):
    given, surname = PEOPLE[index]
    out = redactor.redact_text(NAMED[index % len(NAMED)].format(g=given, s=surname))
    assert surname not in out and given not in out, out


@pytest.mark.parametrize("index", _cases({1, 4}))
def test_a_weekday_after_a_word_that_leads_a_date_stays_the_day(redactor, index):
    given, surname = PEOPLE[index]
    out = redactor.redact_text(DATED[index % len(DATED)].format(g=given, s=surname))
    assert surname not in out and re.search(rf"\b{given} Person \d+", out), out


@pytest.mark.parametrize("heading", ["MONDAY, January 2nd: no contact.", "Friday, March 3rd – home visit",
                                     "SUNDAY, DECEMBER 24TH", "Tuesday, June 6: the GP called."])
def test_a_diary_heading_is_no_person(redactor, heading):
    assert redactor.redact_text(heading) == heading
