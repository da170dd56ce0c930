"""A listed person written with a middle name or initial the rules do not give: "Thomas P. Brennan", "Thomas
Patrick Brennan", "Grace A. Okafor" (née Okafor given as an alias) for a listed "Thomas Brennan", "Grace Adebayo".

Found by a probe of names as records write them: the given name and the surname were replaced apart and the middle
left between two pseudonyms ("Adult B P Adult B", "Adult B. Adult B." where "Thomas B." is also the given name
with the surname's initial), or, where the model read the three words as one name, the whole became an unlisted
"Person 1" beside the listed person's own pseudonym elsewhere: the same man under two names.

Names come from the draft generator's traditions (given name first); the middle names from every tradition's list
and a few of other communities', so that no middle is the listed person's own.
"""
from __future__ import annotations

import re

import pytest

from benchmarks.drafts.names import two_of_each_tradition
from conftest import quiet_redactor

from redact.api import verify_bytes

PSEUDONYM = "Ruth Green"
_OTHER_MIDDLES = ("Adaeze", "Patrick", "Oluwaseun", "Marie", "Kaur", "Bogdan", "Thi", "Fatima", "Rhys", "Aoife")


def _people() -> list[tuple[str, str, str]]:
    """(given, surname, a middle name the rules do not give), two per tradition."""
    people = []
    for p in two_of_each_tradition():
        if p.tradition.family_first or " " in p.given or " " in p.surname or not p.surname[0].isupper():
            continue
        middle = _OTHER_MIDDLES[(p.index * 2 + p.pick) % len(_OTHER_MIDDLES)]
        if middle in (p.given, p.surname):
            middle = "Joseph"
        people.append((p.given, p.surname, middle))
    return people


def _forms(given: str, surname: str, middle: str) -> list[str]:
    return [f"{given} {middle} {surname}", f"{given} {middle[0]}. {surname}", f"{given} {middle[0]} {surname}",
            f"{given} {surname[0]}. {surname}", f"{given} '{middle}' {surname}"]


SENTENCES = ["{f} told the GP that she was frightened.", "Police spoke to {f} at the address.",
             "In March, {f} attended A&E.", "The school contacted {f} twice."]
CASES = [(given, surname, form, SENTENCES[index % len(SENTENCES)])
         for given, surname, middle in _people()
         for index, form in enumerate(_forms(given, surname, middle))]


def _rules(given: str, surname: str) -> dict:
    return {"people": [{"name": f"{given} {surname}", "pseudonym": PSEUDONYM}],
            "dates": {"date_of_death": "2023-06-14"}}


def test_the_probe_has_people_of_many_traditions():
    assert len({(c[0], c[1]) for c in CASES}) >= 20


@pytest.mark.parametrize("given, surname, form, template", CASES)
def test_the_whole_name_with_its_middle_is_the_listed_person(given, surname, form, template):
    out = quiet_redactor(_rules(given, surname)).redact_text(template.format(f=form))
    assert out == template.format(f=PSEUDONYM), out
    assert verify_bytes(out.encode(), "txt", _rules(given, surname)).ok


@pytest.mark.parametrize("text, kept", [
    ("Thomas and Brennan were both there.", "and"),          # two mentions joined by a word: two replacements
    ("Thomas told Mary Brennan nothing.", "told"),          # a lower-case word between: two mentions
    ("Thomas. Brennan arrived later.", ". "),               # a sentence ends after the given name
    ("Thomas, Mary, Brennan and a nurse.", "Person M,"),     # a list of people
])
def test_words_between_that_are_no_middle_name_keep_two_mentions(text, kept):
    rules = _rules("Thomas", "Brennan")
    rules["people"].append({"name": "Mary Okoro", "pseudonym": "Person M"})
    out = quiet_redactor(rules).redact_text(text)
    assert kept in out and "Thomas" not in out and "Brennan" not in out, out


def test_another_listed_persons_name_between_is_two_people():
    rules = _rules("Thomas", "Brennan")
    rules["people"].append({"name": "Grace Adebayo", "pseudonym": "Adult A"})
    out = quiet_redactor(rules).redact_text("The letter named Thomas Grace Brennan.")
    assert "Adult A" in out and re.search(r"\bGrace\b|\bThomas\b|\bBrennan\b", out) is None, out
