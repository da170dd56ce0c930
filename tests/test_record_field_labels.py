"""A record's or a form's field names for a person's names ("Surname: Warsame Forename: Hodan", "Name (Surname,
Forename): WARSAME, Hodan") and a record's sex after a name ("WARSAME, Hodan (F)") are no names: "Forename" was
"Person 1", "Warsame Forename" one name ("Surname: John: Mary"), "(F)" an introduced name ("Mary (Person 1)"); and
the value after "Forename:" was left ("Forename: Priya Surname: Chaudhry" kept Priya). Found by the lead's probe
of pasted records (stop 55). Generated records, names of many communities, a tuned and a held-back seed."""
from __future__ import annotations

import random
import re

import pytest

from quietly import redact_text, verify_text

TUNED, HELD_BACK = 5501, 5502
LISTED = {"name": "Hodan Warsame", "pseudonym": "Mary"}
GIVEN = ["Priya", "Agnieszka", "Chiamaka", "Siobhan", "Mehwish", "Oksana", "Gulsen", "Marisol", "Ama", "Yuki",
         "Farida", "Ioana", "Rukhsana", "Elif", "Thandiwe", "Ngozi", "Svetlana", "Bronwen", "Nasrin", "Ewa"]
SURNAMES = ["Chaudhry", "Kowalczyk", "Okonkwo", "Gallagher", "Bondarenko", "Yildirim", "Ferreira", "Mensah",
            "Haddad", "Nakamura", "Popescu", "Sandhu", "Pritchard", "Abubakar", "Nowicka", "Karimi"]
FORMS = ["Surname: {S} Forename: {G}", "Forename: {G} Surname: {S}", "Forenames: {G} | Surname: {S}",
         "First Name: {G}; Last Name: {S}", "Name (Surname, Forename): {SU}, {G}", "{SU}, {G} ({X}) DOB 01/02/1985",
         "Surname: {S}\nForename: {G}", "Given Name: {G}; Family Name: {S}", "| Surname | {S} |\n| Forename | {G} |"]
LABELS = ["Surname", "Forename", "Forenames", "First Name", "Last Name", "Given Name", "Family Name"]


def cases(seed: int, n: int = 24) -> list[tuple[str, list[str]]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        given, surname = rng.choice(GIVEN), rng.choice(SURNAMES)
        if rng.random() < 0.3:
            given, surname = "Hodan", "Warsame"
        form = rng.choice(FORMS)
        out.append((form.format(G=given, S=surname, SU=surname.upper(), X=rng.choice("FM")), [given, surname]))
    return out


@pytest.mark.parametrize("record,names", cases(TUNED) + cases(HELD_BACK))
def test_a_records_labels_stay_and_its_names_go(record, names):
    rules = {"people": [LISTED], "dates": {"date_of_death": "2023-07-09"}}
    out = redact_text(record, rules)
    for name in names:
        assert not re.search(rf"(?i)(?<!\w){name}(?!\w)", out), (record, out)
    for label in LABELS:
        if re.search(rf"(?<!\w){label}(?!\w)", record):
            assert re.search(rf"(?<!\w){label}(?!\w)", out), (record, out, label)
    sex = re.search(r"\(([FM])\)", record)
    assert sex is None or f"({sex.group(1)})" in out, (record, out)
    assert "Person 1 Person" not in out and ": John" not in out or "Hodan" not in record, (record, out)
    assert verify_text(out, rules).ok


def test_an_introduced_nickname_that_is_a_vehicles_make_is_still_a_name():
    rules = {"people": [LISTED], "dates": {"date_of_death": "2023-07-09"}}
    text = "Dwayne Hussain, whom the lads called Dodge, was seen. Dodge's phone was seized."
    out = redact_text(text, rules)
    assert "Dodge" not in out, out   # (a "Dodge Ram" in the same document goes too: the name, on the safe side)


def test_an_unlisted_surname_in_capitals_after_its_label():
    out = redact_text("Surname: MENSAH\nForename: Ama", {"people": [LISTED]})
    assert "MENSAH" not in out, out


def test_a_label_after_two_spaces():
    out = redact_text("First Name: Ewa  Last Name: Sandhu", {"people": [LISTED]})
    assert "Last Name" in out and "Ewa" not in out and "Sandhu" not in out, out
