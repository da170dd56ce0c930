"""Initials of a person the rules list in record order ("SIDHU, Jaspreet Kaur"), and initials opening a quotation.

Found by benchmarks/third_eval.py (tuning seeds 8001-8010): a rules file that lists "NJOROGE, Kiprono" gave the
initials in the order written ("NK", "SJK"), so the draft's "KN" and "JKS" (the order the person is called) stayed
in apply's output and verify passed them; and a quotation opening with initials ("'WN was the heart of our
family'") was never read, as a quote mark before the letters was taken for an apostrophe inside a word ("O'N").
The names come from several naming traditions; the expected letters are worked out here from the words.
"""
from __future__ import annotations

import pytest

from benchmarks.drafts.names import TRADITIONS
from conftest import quiet_redactor

from redact.api import verify_bytes
from redact.initials import is_other_capital_word


def _record_order_people():
    """(rules name in record order, the initials in the order the person is called)"""
    people = []
    for tradition in TRADITIONS.values():
        if tradition.family_first:
            continue
        for given in (tradition.female[0], tradition.male[-1]):
            surname = tradition.surnames[-1][0]
            if not surname[:1].isupper() or " " in surname:
                continue
            letters = "".join(word[0] for word in f"{given} {surname}".replace("-", " ").split())
            if 2 <= len(letters) <= 5 and not is_other_capital_word(letters):
                people.append((f"{surname.upper()}, {given}", letters))
    return people


PEOPLE = _record_order_people()


def _rules(name: str) -> dict:
    return {"people": [{"name": name, "pseudonym": "Ruth Green"}], "dates": {"date_of_death": "2023-06-14"}}


def test_the_probe_covers_many_traditions():
    assert len(PEOPLE) >= 20


@pytest.mark.parametrize("name, letters", PEOPLE)
def test_initials_of_a_name_listed_in_record_order_are_replaced_and_verified(name, letters):
    text = f"Date | Agency | Event\n12/03/2021 | Police | Officers spoke to {letters} at the address."
    out = quiet_redactor(_rules(name)).redact_text(text)
    assert letters not in out.split(), out
    assert not verify_bytes(text.encode(), "txt", _rules(name)).ok


@pytest.mark.parametrize("quote", ["'", "‘", '"', "“"])
def test_initials_opening_a_quotation_are_replaced_and_verified(quote):
    rules = _rules("Wanjiru Njoroge")
    text = f"{quote}WN was the heart of our family,{quote} said her son."
    out = quiet_redactor(rules).redact_text(text)
    assert "WN" not in out, out
    assert not verify_bytes(text.encode(), "txt", rules).ok


def test_a_letter_after_an_apostrophe_inside_a_word_is_still_no_initials():
    rules = _rules("Niamh Nolan")
    text = "She lived with O'NN and her partner."
    assert quiet_redactor(rules).redact_text(text) == text


@pytest.mark.parametrize("name, letters", [("VAN DER BERG, Pieter", "PB"), ("AL-HASHIMI, Noor", "NH"),
                                           ("BIN SAEED, Omar", "OS"), ("DE VRIES, Anneke", "AV")])
def test_a_particle_in_a_record_s_capitals_gives_no_letter(name, letters):
    text = f"12/03/2021 | Police | {letters} was arrested at the address."
    out = quiet_redactor(_rules(name)).redact_text(text)
    assert letters not in out.split(), out
    assert not verify_bytes(text.encode(), "txt", _rules(name)).ok
