"""One part of a listed person's compound surname, written with a title, the given name, alone or as a possessive,
is the listed person, as the whole surname is: "Ms Rahman" and "Mrs Begum" of Aisha Rahman-Begum, "Mr Wiśniewski"
of Tomasz Kowalczyk-Wiśniewski, "Sra García" of María García López, "Ms Cali" of Faadumo Cali Jaamac, "Mrs de la
Cruz" of Ana de la Cruz-Romero (on main each became a new unlisted "Person N", and "Aisha Rahman" too).

A part that is another listed person's own surname stays theirs ("Mrs Begum" is Rokeya Begum where she is listed),
but not after a title of the person's sex the other cannot take ("Ms Rahman" is Aisha Rahman-Begum beside her
listed father Yusuf Rahman, "Rahman" and "Mr Rahman" are him; "Ms Abdi" is Khadra Abdi Farah beside Tariq Abdi),
and a title of the other sex before a part is somebody else of the family, as before the whole surname. The
generator (``surname_halves_gen``) counts leaks and mapping errors over tuned and held-back seeds: ``generate``
the parts, ``generate_same_family`` a listed relative of the other sex and titles of the other sex.
"""
from __future__ import annotations

import functools

import pytest

from conftest import quiet_redactor
from surname_halves_gen import HELD_BACK, TUNED, generate, generate_same_family, run

from redact.api import verify_bytes

RULES = {"people": [{"name": "Aisha Rahman-Begum", "pseudonym": "Sarah"},
                    {"name": "Tomasz Kowalczyk-Wiśniewski", "pseudonym": "Adam"},
                    {"name": "María García López", "pseudonym": "Lucia"},
                    {"name": "Faadumo Cali Jaamac", "pseudonym": "Hodan"},
                    {"name": "Ana de la Cruz-Romero", "pseudonym": "Rosa"},
                    {"name": "Anna Wiśniewski", "pseudonym": "Eva"}],
         "dates": {"date_of_death": "2021-04-17"}}

CASES = [("Ms Rahman called the police.", "Sarah called the police."),
         ("Mrs Begum was seen by her GP.", "Sarah was seen by her GP."),
         ("Aisha Rahman-Begum and Mr Kowalczyk met in 2019.", "Sarah and Adam met in 2019."),
         ("Mr Wiśniewski was arrested.", "Adam was arrested."),
         ("Aisha Rahman was arrested.", "Sarah was arrested."),
         ("Begum's car was outside.", "Sarah's car was outside."),
         ("Tomasz Wiśniewski left.", "Adam left."),
         ("Mrs García called.", "Lucia called."),
         ("Sra García called.", "Sra Lucia called."),
         ("Ms Cali's flat was empty.", "Hodan's flat was empty."),
         ("Mrs de la Cruz called.", "Rosa called."),
         ("Ms Romero called.", "Rosa called."),
         ("Mrs Wiśniewska called.", "Eva called."),
         ("Anna Wiśniewska called.", "Eva called.")]

@functools.cache
def _redactor():
    return quiet_redactor(RULES)


def _redact(text: str) -> str:
    return _redactor().redact_text(text)


@pytest.mark.parametrize("text, wanted", CASES, ids=[c[0][:24] for c in CASES])
def test_a_part_of_the_surname_is_the_listed_person(text, wanted):
    assert not verify_bytes(text.encode(), "txt", RULES).ok
    out = _redact(text)
    assert out == wanted
    assert verify_bytes(out.encode(), "txt", RULES).ok, out


def test_a_title_of_the_other_sex_is_somebody_else_of_the_family():
    out = _redact("Mr Rahman and Mrs Kowalczyk attended.")
    assert "Sarah" not in out and "Adam" not in out and "Rahman" not in out and "Kowalczyk" not in out, out


def test_a_part_that_is_another_listed_persons_surname_stays_theirs():
    rules = {"people": [{"name": "Aisha Rahman-Begum", "pseudonym": "Sarah"},
                        {"name": "Rokeya Begum", "pseudonym": "Mother"},
                        {"name": "Jamal Rahman", "pseudonym": "Father"}],
             "dates": {"date_of_death": "2021-04-17"}}
    redactor = quiet_redactor(rules)
    assert redactor.redact_text("Mrs Begum rang the GP.") == "Mother rang the GP."
    assert redactor.redact_text("Mr Rahman rang the GP.") == "Father rang the GP."
    assert redactor.redact_text("Aisha Begum rang the GP.") == "Sarah rang the GP."


def test_a_part_of_another_gender_is_a_relative_and_is_reported():
    # the other gendered form of a part names her father, as the whole surname's does: replaced, reported by verify
    rules = {"people": [{"name": "Beata Kowalczyk-Nowakowska", "pseudonym": "Zofia"}],
             "dates": {"date_of_death": "2021-04-17"}}
    text = "Mr Nowakowski called."
    assert not verify_bytes(text.encode(), "txt", rules).ok
    out = quiet_redactor(rules).redact_text(text)
    assert "Nowakowski" not in out and "Zofia" not in out, out


# a word that is one listed person's middle word or part and another's surname goes by the title's sex and the
# given name before it: the woman's after a woman's title or her given name, the man's alone and after his title
_SAME_FAMILY_CASES = [
    ({"Khadra Abdi Farah": "Hodan", "Tariq Abdi": "Omar"},
     [("Ms Abdi said she was tired.", "Hodan said she was tired."), ("Khadra Abdi called.", "Hodan called."),
      ("Abdi's mother called.", "Omar's mother called."), ("Abdi said he was tired.", "Omar said he was tired."),
      ("Mr Abdi called.", "Omar called.")]),
    # her given name a woman's and her middle word (her father's given name) a man's to the name lists
    ({"Amina Abdi Warsame": "Hodan", "Tariq Abdi": "Omar"},
     [("Mrs Abdi called.", "Hodan called."), ("Amina Abdi called.", "Hodan called."),
      ("Abdi's mother called.", "Omar's mother called."), ("Mr Abdi called.", "Omar called.")]),
    ({"Aisha Rahman-Begum": "Sarah", "Yusuf Rahman": "Father"},
     [("Ms Rahman called.", "Sarah called."), ("Aisha Rahman called.", "Sarah called."),
      ("Rahman's car was outside.", "Father's car was outside."), ("Mr Rahman called.", "Father called.")]),
]


@pytest.mark.parametrize("people, text, wanted", [(people, text, wanted) for people, cases in _SAME_FAMILY_CASES
                                                  for text, wanted in cases])
def test_a_word_two_listed_people_share_goes_by_title_and_given_name(people, text, wanted):
    rules = {"people": [{"name": name, "pseudonym": pseudonym} for name, pseudonym in people.items()],
             "dates": {"date_of_death": "2021-04-17"}}
    assert quiet_redactor(rules).redact_text(text) == wanted


# a few seeds of each set here, twelve more in the slow test below
@pytest.mark.parametrize("seeds", [TUNED[:4], HELD_BACK[:4]], ids=["tuned", "held-back"])
def test_generated_parts_neither_leak_nor_go_astray(seeds):
    counts = run(seeds, cases_of=generate)
    assert counts["leak"] == 0 and counts["mapping"] == 0, counts


# the same-family cases are fewer (one redactor a seed): all of them, in about a minute a set
@pytest.mark.parametrize("seeds", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_generated_same_family_cases(seeds):
    counts = run(seeds, cases_of=generate_same_family)
    assert counts["leak"] == 0 and counts["mapping"] == 0, counts


# twelve more seeds of each set: every seed takes 7 minutes a set, too long for the README's test run; it is
# measured by ``python tests/surname_halves_gen.py [--held-back]`` (docs/quality.md: 3 and 1 mapping errors left)
@pytest.mark.slow
@pytest.mark.parametrize("seeds", [TUNED[4:16], HELD_BACK[4:16]], ids=["tuned", "held-back"])
def test_more_generated_seeds(seeds):
    counts = run(seeds, cases_of=generate)
    # open: a given name of one sex in the name lists and the other in a community ("Ayaan", a Somali woman's name,
    # reads as a man's: "Miss Faarax" is then somebody else of the family)
    assert counts["leak"] == 0 and counts["mapping"] <= 3, counts
