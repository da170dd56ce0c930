"""A law named after someone is no person of the review, and a helpline the review keeps whole stays.

Found by a list of sentences a DHR writes without naming anyone of the review: "Sarah's Law" came out as "Person 1's
Law" ("Lucy's Law" as "Person 8"), and the national helpline's number was replaced although the rules kept it
(docs/scan.md told authors to keep a public service's contact, and nothing did).
"""
from __future__ import annotations


import pytest

from conftest import quiet_redactor


NAMES = ["Sarah", "Clare", "Helen", "Finn", "Tony", "Martyn", "Natasha", "Zach", "Lucy", "Harper", "Ivan",
         "Stephen", "Alice", "Jay", "Gracie", "Ayesha", "Kwame", "Wojciech", "Siobhan", "Mehmet"]
SENTENCES = ["Under {n}'s Law the panel asked for disclosure.", "{n}’s Law applications rose in 2022.",
             "A request was made under {n}'s Law.", "The police did not use {n}’s Law (the disclosure scheme)."]
HELPLINES = ["0808 2000 247", "116 123", "0808 8010 327", "0800 999 5428", "helpline@refuge.org.uk"]


def _redactor(**extra):
    return quiet_redactor({"people": [{"name": "Adaeze Okafor", "pseudonym": "Ruth"}],
                           "dates": {"date_of_death": "2023-06-14"}, **extra})


@pytest.fixture(scope="module")
def redactor():
    return _redactor(keep=HELPLINES)


@pytest.mark.parametrize("index", range(len(NAMES)))
def test_a_law_named_after_someone_stays(redactor, index):
    text = SENTENCES[index % len(SENTENCES)].format(n=NAMES[index])
    assert redactor.redact_text(text) == text


def test_a_listed_name_in_a_law_is_still_replaced_and_a_person_of_the_same_name_too(redactor):
    out = redactor.redact_text("Adaeze's Law was proposed. Sarah told the GP; Sarah's lawyer called. "
                               "Sarah's Law was not used.")
    assert "Adaeze" not in out and "Ruth's Law" in out
    assert out.count("Sarah") == 1 and "Sarah's Law was not used." in out


@pytest.mark.parametrize("number", HELPLINES)
def test_a_kept_helpline_stays_in_any_spacing(redactor, number):
    compact = number.replace(" ", "")
    text = f"Call {number} (or {compact}) for support."
    assert redactor.redact_text(text) == text


def test_a_kept_domain_or_helpline_shields_no_other_contact(redactor):
    shielded = _redactor(keep=["refuge.org.uk", "0808 2000 247"])
    out = shielded.redact_text("She wrote to jane.m@refuge.org.uk and called 07700 900418 and 0808 2000 248.")
    assert "jane.m" not in out and "900418" not in out and "2000 248" not in out
    assert "[email]" in out and out.count("[phone]") == 2


def test_a_kept_address_keeps_no_other_address_of_the_same_letters():
    out = _redactor(keep=["helpline@refuge.org.uk"]).redact_text(
        "Write to helpline@refuge.org.uk, not to helpline.refuge@org.uk or help-line@refuge.org.uk.")
    assert "helpline@refuge.org.uk" in out
    assert "helpline.refuge@org.uk" not in out and "help-line@refuge.org.uk" not in out, out


def test_without_keep_a_helpline_is_replaced():
    out = _redactor().redact_text("Call 0808 2000 247 for support.")
    assert "2000 247" not in out
