"""The clipped short forms of English, Welsh, Scottish, Irish and Caribbean given names (``redact.short_forms``).

Found by a probe (2026-12-05): with a listed woman and pseudonym Ruth, "Jo" of Joanne, "Jen" of Jennifer, "Steph" of
Stephanie, "Nat" of Natalie, "Nicky" of Nicola, "Gaz" of Gareth, "Caz" of Caroline came out "Person 1"; "Gem Lloyd" of
Gemma Lloyd came out "Gem Ruth" (the short form left beside the pseudonym); "Debs" of Deborah came out "Ruths"; and
verify did not know these forms, so one the model missed survived with verify saying clean. The forms now come from
the ``nicknames`` package's English table, filtered to clipped forms (``short_forms_english.tsv``), and a few
British forms it lacks (``short_forms_communities.tsv``).
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

DATES = {"date_of_death": "2023-06-14"}

# (listed name, a clipped form family and friends write); English, Welsh, Scottish, Irish, Caribbean
PEOPLE = [
    ("Joanne Barker", "Jo"), ("Jennifer Hughes", "Jen"), ("Stephanie Price", "Steph"), ("Natalie Evans", "Nat"),
    ("Nicola Fraser", "Nicky"), ("Gareth Pritchard", "Gaz"), ("Caroline Baxter", "Caz"), ("Jessica Doherty", "Jess"),
    ("Deborah Kerr", "Debs"), ("Gemma Lloyd", "Gem"), ("Samantha Campbell", "Sam"), ("Rebecca Walsh", "Becky"),
    ("Christopher Murray", "Chris"), ("Jonathan Reid", "Jon"), ("Alexandra Boyle", "Alex"),
    ("Victoria Gallagher", "Vicky"), ("Elizabeth Morgan", "Liz"), ("Kimberley Thomas", "Kim"),
    ("Jacqueline Brown", "Jackie"), ("Michelle Francis", "Shell"), ("Sharon Grant", "Shaz"), ("Barry Roberts", "Bazza"),
    ("Daniel Griffiths", "Dan"), ("Matthew Jenkins", "Matt"), ("Nathaniel Clarke", "Nate"), ("Katherine Byrne", "Kath"),
    ("Joseph Gordon", "Joe"), ("Abigail Stewart", "Abbie"), ("Suzanne Rowe", "Suzie"), ("Benjamin Kelly", "Ben"),
    ("Patricia Sinclair", "Trish"), ("Annabel Edwards", "Annie"), ("Jennifer Ramsay", "Jenny"),
    ("Natasha Bailey", "Tash"), ("Lorraine McAllister", "Lorrie"), ("Cheryl Forbes", "Cher"),
]
TEMPLATES = [
    "On the night, {s} called her mother.", "{s} {surname} was seen by the GP.", "Her sister said {s} was frightened.",
    "{s}'s neighbour heard shouting.", "The health visitor saw {s} twice.", "[22:14] him: where r u {lower}",
    "{lower} said she was fine.", "Police spoke to {s} {surname} at the address.",
]


# not covered yet (each fails strictly, so a fix is seen): forms no table holds (Annie of Annabel, Kath of
# Katherine), a short form that is an English word written in lower case ("gem said"), which is read as the word,
# and Shell of Michelle alone, which is the word but beside the surname or where the draft names her so
# (tests/test_inner_short_forms_and_surname_initials.py); Trish and Tash, taken from inside the name, are covered
NOT_COVERED = {"Annie", "Kath"}


def _cases(seed: int, count: int):
    rng = random.Random(seed)
    cases = []
    for _ in range(count):
        person, template = rng.choice(PEOPLE), rng.choice(TEMPLATES)
        if person[1] in NOT_COVERED or (person[1] == "Gem" and "{lower}" in template) \
                or (person[1] == "Shell" and "{surname}" not in template):
            cases.append(pytest.param(person, template, marks=pytest.mark.xfail(strict=True, reason="not covered")))
        else:
            cases.append((person, template))
    return cases


TUNED, HELD_BACK = 7101, 7219


def _check(person, template):
    name, short = person
    surname = name.split()[-1]
    rules = {"people": [{"name": name, "pseudonym": "Ruth"}, {"name": "Delroy Campbell", "pseudonym": "Adam"}],
             "dates": DATES}
    text = template.format(s=short, surname=surname, lower=short.lower()) + " Delroy Campbell was not at home."
    out = quiet_redactor(rules).redact_text(text)
    assert not re.search(rf"\b{re.escape(short)}\b", out, re.I), out
    expected = template.format(s="Ruth", surname="", lower="Ruth").replace("Ruth  ", "Ruth ").replace("Ruth .", "Ruth.")
    assert out.lower() == (expected + " Adam was not at home.").lower(), out
    assert not verify_bytes(text.encode(), "txt", rules).ok, "verify says clean on the short form"
    assert verify_bytes(out.encode(), "txt", rules).ok, out


@pytest.mark.parametrize("person, template", _cases(TUNED, 40))
def test_a_clipped_form_is_the_listed_person(person, template):
    _check(person, template)


@pytest.mark.parametrize("person, template", _cases(HELD_BACK, 40))
def test_a_clipped_form_is_the_listed_person_held_back(person, template):
    _check(person, template)


def test_the_reported_sentence():
    rules = {"people": [{"name": "Gemma Lloyd", "pseudonym": "Ruth"}], "dates": DATES}
    out = quiet_redactor(rules).redact_text("On the night, Gem called her mother. Gem Lloyd was seen by the GP.")
    assert out == "On the night, Ruth called her mother. Ruth was seen by the GP.", out


# ------------------------------------------------------------------------------------------------ must keep

@pytest.mark.parametrize("name, text", [
    ("Gemma Lloyd", "It was a gem of a report, the chair said."),
    ("Natalie Evans", "Her account was with Nat West in the town."),
    ("William Hartley", "Will she attend? The will was read in May."),
    ("Dawn Mitchell", "Jo, her friend from work, rang the police."),
    ("Sharon Grant", "She will sharpen the knife and shell the peas."),
    # the table's forms that are English words are left out (King of Kingsley, Ham of Hamilton, Joy of Joyce):
    # with them, a listed Kingsley made "The King's Speech" "The Ruth's Speech"
    ("Kingsley Obi", "The King's Speech was on the television that night."),
    ("Hamilton Smith", "Ham and cheese sandwiches were left for her."),
    ("Franklin Osei", "The meeting was frank and the chair thanked everyone."),
    ("Westley Brown", "She moved west of the river in 2019."),
    ("Courtney Adams", "The Court heard that she had been frightened."),
    pytest.param("Deborah Kerr", "The debs ball was in June.", marks=pytest.mark.xfail(
        strict=True, reason="main too reads it as a form of Deborah (Ruths); now Ruth")),
])
def test_the_same_words_as_words_or_other_people_are_as_before(name, text):
    rules = {"people": [{"name": name, "pseudonym": "Ruth"}], "dates": DATES}
    out = quiet_redactor(rules).redact_text(text)
    assert "Ruth" not in out, out


def test_a_listed_persons_own_name_keeps_the_short_form():
    rules = {"people": [{"name": "Joanne Barker", "pseudonym": "Ruth"}, {"name": "Jo Whitfield", "pseudonym": "Kate"}],
             "dates": DATES}
    out = quiet_redactor(rules).redact_text("Jo Whitfield visited. Joanne was at work.")
    assert out == "Kate visited. Ruth was at work.", out
