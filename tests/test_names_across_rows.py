"""A listed name never runs from one table row or cell into the next, but still runs over a wrapped line.

Found on a generated draft: a pseudonym table in a .txt ("Cheung Jian Hua<TAB>son<TAB>Child C" above
"Summer<TAB>sister<TAB>Hannah") matched the sister's form "C Summer" over the line break, so "C\\nSummer" became one
name: the row break was lost and "Child C" lost its letter ("Child Hannah<TAB>sister"). Folding lets a name run over
a line break on purpose (a hard-wrapped paragraph); a tab or a short line ends a row.
"""
from __future__ import annotations


import pytest

from conftest import quiet_redactor

from redact.detect.recognizers.listed import WRAPPED_LINE, crosses_rows
from redact.rules import parse_rules

# (given name, family name, written family name first) from several communities
PEOPLE = [("Summer", "Cheung", True), ("Susan", "Quinn", False), ("Manpreet", "Dhillon", False),
          ("Kryspin", "Wiśniewski", False), ("Hamse", "Warfaa", False), ("Chidera", "Nnadozie", False),
          ("Thi Lan", "Nguyen", True), ("Siobhan", "O'Reilly", False), ("Mehmet", "Yıldız", False),
          ("Olamide", "Adeyemi", False), ("Ayesha", "Rahman", False), ("Tomasz", "Kowalczyk", False)]
PSEUDONYMS = ["Hannah", "Zara", "Ruth", "Paula", "Nadia", "Irene", "Lena", "Maeve", "Selin", "Tola", "Amira", "Ewa"]


def _full(given: str, family: str, family_first: bool) -> str:
    return f"{family} {given}" if family_first else f"{given} {family}"


@pytest.fixture(scope="module")
def redactors():
    out = []
    for (given, family, family_first), pseudonym in zip(PEOPLE, PSEUDONYMS):
        letter = _initial_before(given, family, family_first)
        rules = parse_rules({"people": [{"name": _full(given, family, family_first), "pseudonym": pseudonym,
                                         "role": "sister"},
                                        {"name": "Kofi Mensah", "pseudonym": f"Child {letter}", "role": "son"}],
                             "dates": {"date_of_death": "2024-11-21"}})
        out.append(quiet_redactor(rules))
    return out


def _initial_before(given: str, family: str, family_first: bool) -> str:
    """The letter that makes the person's initial form with the word that starts the next row."""
    return (family if family_first else given)[0]


@pytest.mark.parametrize("index", range(len(PEOPLE)))
def test_a_table_row_ending_in_a_letter_keeps_its_row(redactors, index):
    given, family, family_first = PEOPLE[index]
    letter = _initial_before(given, family, family_first)
    second = given if family_first else family     # the word that follows the initial in the person's forms
    text = (f"Name\tRelationship\tPseudonym\n"
            f"Kofi Mensah\tson\tChild {letter}\n"
            f"{second}\tsister\t{PSEUDONYMS[index]}\n"
            f"The panel thanks Child {letter} for his account.")
    out = redactors[index].redact_text(text)
    assert out.count("\n") == text.count("\n") and out.count("\t") == text.count("\t")
    rows = out.split("\n")
    assert rows[1] == f"Child {letter}\tson\tChild {letter}"
    assert rows[2].endswith(f"\tsister\t{PSEUDONYMS[index]}")
    assert second not in out


@pytest.mark.parametrize("index", range(len(PEOPLE)))
def test_a_short_line_ending_in_a_letter_keeps_its_line(redactors, index):
    given, family, family_first = PEOPLE[index]
    letter = _initial_before(given, family, family_first)
    second = given if family_first else family
    text = f"Children of the family:\nKofi, known as Child {letter}\n{second} spoke last, about the week before."
    out = redactors[index].redact_text(text)
    assert out.count("\n") == 2
    assert out.split("\n")[1] == f"Child {letter}, known as Child {letter}"
    assert second not in out


@pytest.mark.parametrize("index", range(len(PEOPLE)))
def test_a_name_over_a_wrapped_line_is_still_one_name(redactors, index):
    given, family, family_first = PEOPLE[index]
    first, last = (family, given) if family_first else (given, family)
    text = (f"The panel met the family several times during the review, and heard from\n{first}\n"
            f"about the months before the death. The chair later wrote to {first}\n{last} about the findings.")
    out = redactors[index].redact_text(text)
    for word in f"{given} {family}".split():
        assert word not in out
    assert PSEUDONYMS[index] in out


def test_crosses_rows():
    wrapped = "x" * WRAPPED_LINE + " Susan\nQuinn went home."
    start = wrapped.index("Susan")
    assert not crosses_rows(wrapped, start, wrapped.index(" went"))
    assert crosses_rows("Adult S\nQuinn went home.", 6, 13)
    assert crosses_rows("Susan\tQuinn", 0, 11)
    assert crosses_rows("x" * 60 + "\tAdult S\nQuinn\tsister", 66 + 1, 75)
    assert not crosses_rows("the death of Susan Quinn.", 13, 24)
