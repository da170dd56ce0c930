"""A listed person's letters of the given names alone, which the draft defines for them (helper ``initials55``,
2026-12-07).

Before: with Dil Kumari Gurung and Rajendra Bahadur Thapa listed, "Call from Dil Kumari Gurung (DK). DK said she
was scared." came out "Call from Devi (Person 1). Person 1 said she was scared." (a new number for her) and
"Rajendra Bahadur Thapa (RB) was arrested. RB was arrested." as "Ravi (RB) was arrested. RB was arrested." (the
letters left), and verify reading the draft passed the letters. Now the letters of a compound given name without
the surname ("DK", "JC" of Juan Carlos Moreno, "JP" of Jean-Pierre Dubois, "TL" of Nguyen Thi Lan) that the
document defines beside the person's name are that person wherever it writes them as somebody, in apply and verify
alike; undefined, they are left to what the other readers make of them (too many other people's letters). Cases
from ``tests/given_name_letters_gen.py``: tuned and held-back seeds, with controls.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from given_name_letters_gen import HELD_BACK, TUNED, make_cases, run_case  # noqa: E402
from quietly import redact_text, verify_text  # noqa: E402


@pytest.mark.parametrize("seed", list(TUNED))
def test_tuned(seed):
    for case in make_cases(seed):
        output, wrong = run_case(case)
        assert wrong is None, (case["kind"], case["sentence"], output, wrong)


def test_held_back_count():
    wrong = [case["kind"] for seed in HELD_BACK for case in make_cases(seed) if run_case(case)[1] is not None]
    assert not wrong


RULES = {"version": 1, "review": "test", "dates": {"date_of_death": "2023-11-14"},
         "people": [{"name": "Sunita Gurung", "pseudonym": "Asha"},
                    {"name": "Rajendra Bahadur Thapa", "pseudonym": "Ravi"},
                    {"name": "Maya Thapa", "role": "child"},
                    {"name": "Dil Kumari Gurung", "pseudonym": "Devi"}]}


@pytest.mark.parametrize("text, expected", [
    ("Call from Dil Kumari Gurung (DK). DK said she was scared.", "Call from Devi. Devi said she was scared."),
    ("Rajendra Bahadur Thapa (RB) was arrested. Later RB was charged.", "Ravi was arrested. Later Ravi was charged."),
    ("Rajendra Bahadur Thapa (hereafter R.B.) was arrested. Police spoke to R.B. at the scene.",
     "Ravi was arrested. Police spoke to Ravi at the scene."),
    # (a blank line after the row: a name with its letters on the next line is read as one mention, "Ravi | Ravi's
    # sister" for "RBT | Rajendra Bahadur Thapa\nRBT's sister" on main too)
    ("Call from Mrs Gurung (DK) reporting an argument. DK said she was scared.",
     "Call from Devi reporting an argument. Devi said she was scared."),
    ("DK | Dil Kumari Gurung\n\nDK's sister rang the police.", "Devi | Devi\n\nDevi's sister rang the police."),
])
def test_the_brief_s_examples(text, expected):
    assert redact_text(text, RULES) == expected


def test_verify_reports_the_defined_letters():
    draft = "Call from Dil Kumari Gurung (DK). DK said she was scared."
    without = "Call from Dil Kumari Gurung (DK). She said she was scared."
    assert len(verify_text(draft, RULES).leaks) > len(verify_text(without, RULES).leaks)


def test_a_table_row_of_cells():
    # a .docx reads each cell as a text of its own
    from redact.initials import ListedInitials
    from redact.rules import parse_rules

    initials = ListedInitials(parse_rules(RULES))
    initials.learn_document(["DK", "Dil Kumari Gurung", "DK said she was scared."])
    found = initials.find("DK said she was scared.")
    assert [(match.letters, match.person) for match in found] == [("DK", 3)]


@pytest.mark.parametrize("text", [
    "Rajendra Bahadur Thapa rang. RB was arrested.",                  # undefined: not guessed
    "Sunita Gurung (DK) rang the police.",                            # another listed person's name before them
    "Maya Thapa was referred to the Domestic Kinship service (DK). DK closed the case.",
    "Rajendra Bahadur Thapa (RB) was arrested. See Part RB of the guidance. RB Leipzig won.",
])
def test_letters_that_are_not_the_person(text):
    out = redact_text(text, RULES)
    assert out.count("Devi") == 0 and out.count("Ravi") <= 1, out


def test_dotted_letters_that_open_another_name():
    rules = {"version": 1, "review": "test", "dates": {"date_of_death": "2023-07-09"},
             "people": [{"name": "Jean-Pierre Dubois", "pseudonym": "Luc"}]}
    out = redact_text("Jean-Pierre Dubois (J.P.) rang. A bank statement from J.P. Morgan was found. "
                      "They arrested J.P. She cried.", rules)
    assert out.count("Luc") == 2 and "J.P." not in out.replace("J.P. Morgan", ""), out


def test_undefined_letters_are_left_to_the_other_readers():
    # the same output as with no listed person of those given names
    text = "Police spoke to Sunita Gurung. DK said she was scared."
    plain = {**RULES, "people": [person for person in RULES["people"] if person["name"] != "Dil Kumari Gurung"]}
    assert redact_text(text, RULES) == redact_text(text, plain)
