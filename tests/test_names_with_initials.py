"""A listed name shortened to initials in part, as drafts and agency records write it: "Gurpreet D.",
"Dhillon G.", "DHILLON, G", "G S Dhillon", "Gurpreet S. Dhillon", "G. Singh Dhillon", "Dhillon, Gurpreet S.".

Found by a probe of record-style names: "Gurpreet D. told the GP" gave "Raj D. told the GP" (the real surname's
initial left beside the pseudonym), "Dhillon G." gave "Raj Person 1", "Gurpreet S. Dhillon" gave "Raj Person 1
Raj". Each is now one form of the listed name. The initial must be a capital standing alone ("told Khan a story"
holds no "Khan A"), and a full stop after it goes with it only inside a sentence.

Names come from the draft generator's traditions (given names, middle names where a tradition has them, surnames).
"""
from __future__ import annotations

import re

import pytest

from benchmarks.drafts.names import two_of_each_tradition
from conftest import quiet_redactor

from redact.api import verify_bytes

PSEUDONYM = "Ruth Green"


def _people() -> list[tuple[str, str, str, str | None]]:
    """(full name, given, surname, middle or None), two per tradition, given name first."""
    people = []
    for p in two_of_each_tradition():
        middles = p.tradition.middle_female if p.female else p.tradition.middle_male
        middle = middles[p.pick % len(middles)] if middles and p.pick else None
        if p.tradition.family_first or " " in p.given or " " in p.surname or not p.surname[0].isupper():
            continue
        people.append((" ".join(w for w in (p.given, middle, p.surname) if w), p.given, p.surname, middle))
    return people


def _forms(given: str, surname: str, middle: str | None) -> list[str]:
    forms = [f"{given} {surname[0]}.", f"{given} {surname[0]}", f"{surname} {given[0]}.", f"{surname.upper()}, {given[0]}",
             f"{surname}, {given[0]}."]
    if middle:
        forms += [f"{given[0]} {middle[0]} {surname}", f"{given[0]}. {middle[0]}. {surname}",
                  f"{given} {middle[0]}. {surname}", f"{given[0]}. {middle} {surname}", f"{surname}, {given} {middle[0]}."]
    return forms


SENTENCES = ["{f} told the GP that she was frightened.", "Police spoke to {f} at the address.",
             "The record lists '{f}' as the suspect.", "On 3 March, {f} attended A&E."]
CASES = [(full, form, SENTENCES[index % len(SENTENCES)])
         for full, given, surname, middle in _people()
         for index, form in enumerate(_forms(given, surname, middle))]


def _rules(full: str) -> dict:
    return {"people": [{"name": full, "pseudonym": PSEUDONYM}], "dates": {"date_of_death": "2023-06-14"}}


def test_the_probe_has_many_people_and_middle_names():
    assert len({c[0] for c in CASES}) >= 20 and sum(1 for c in CASES if "." in c[1] and c[1].count(" ") >= 2) >= 10


@pytest.mark.parametrize("full, form, template", CASES)
def test_the_whole_shortened_name_goes(full, form, template):
    text = template.format(f=form)
    out = quiet_redactor(_rules(full)).redact_text(text)
    words = [w for w in re.split(r"[\s,.]+", form) if len(w) > 1]
    assert not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", out, re.IGNORECASE) for w in words), out
    # no initial left beside the pseudonym ("Ruth Green D."), and the sentence keeps its own full stop
    assert not re.search(r"(?:Ruth|Green|RUTH|GREEN)\.? [A-Z]\b\.?(?! ?&)", out), out
    assert out.rstrip().endswith("."), out
    assert verify_bytes(out.encode(), "txt", _rules(full)).ok


def test_a_lower_case_word_or_another_name_after_it_is_no_initial():
    rules = {"people": [{"name": "Ahmed Khan", "pseudonym": "Ali Shah"}, {"name": "Oksana Kovalenko",
                                                                           "pseudonym": "Olena"}],
             "dates": {"date_of_death": "2023-06-14"}}
    redactor = quiet_redactor(rules)
    out = redactor.redact_text("She told Khan a story about her day.")
    # the listed surname is still read as itself when the longer form with an initial does not fit
    assert out == "She told Ali Shah a story about her day.", out
    out = redactor.redact_text("Kovalenko O'Brien is another person entirely.")
    assert "Kovalenko" not in out and "'Brien" not in out.replace("O'Brien", ""), out


def test_the_sentence_keeps_its_full_stop_and_a_quoted_name_its_own():
    rules = _rules("Gurpreet Singh Dhillon")
    redactor = quiet_redactor(rules)
    assert redactor.redact_text("I spoke to Gurpreet D.") == f"I spoke to {PSEUDONYM}."
    assert redactor.redact_text("The suspect was Dhillon, G. S.") == f"The suspect was {PSEUDONYM}."
    assert redactor.redact_text("Gurpreet D. told the GP.") == f"{PSEUDONYM} told the GP."
    assert redactor.redact_text('It lists "Dhillon, Gurpreet S." here.') == f'It lists "{PSEUDONYM}" here.'
