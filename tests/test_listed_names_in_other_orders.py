"""A listed person written in another order, or with middle names and particles the rules did not list: "Hoang
Van Hung" of a listed Hung Van Hoang, "Ms Pham Thi Hoa" of Hoa Pham, "José García Fernández" and "Mr García
Martínez" of José García, "Ana da Silva" and "Ms Do Carmo" of Ana Silva and Mariana Carmo, "Inês Manuel de Sousa",
"Khalid bin Nasser Al-Mansoori" of Khalid Al-Mansoori, "Szabó, Katalin" of a listed Szabó Katalin.

Before, each became two pseudonyms around a stranger ("Ben Person 1 Ben", "Victim Person 1"), the pseudonym beside
a particle ("Ruth da Ruth", "Do Ben"), twice ("Dana, Dana") or an unlisted "Person 1" holding the listed name.
The sentences come from ``name_orders_cases`` (ten communities, rules written as authors write them); a tuned seed
and a held-back seed, the generator written before the fix.
"""
from __future__ import annotations

import pytest

from conftest import quiet_redactor
from name_orders_cases import HELD_BACK_SEED, TUNED_SEED, cases, problems

from redact.api import verify_bytes

_REDACTORS: dict[str, object] = {}


def _redactor(case):
    # one Redactor per listed person (a case's rules): the generator repeats people
    key = f"{case.listed}|{case.pseudonym}"
    if key not in _REDACTORS:
        _REDACTORS[key] = quiet_redactor(case.rules())
    return _REDACTORS[key]


@pytest.mark.parametrize("seed", [TUNED_SEED, HELD_BACK_SEED], ids=["tuned", "held-back"])
def test_every_written_order_is_the_listed_person_once(seed):
    wrong = []
    for case in cases(seed):
        if case.written.split()[0] in KIN_WORDS:
            continue    # test_a_vietnamese_kin_word_before_the_given_name
        out = _redactor(case).redact_text(case.text)
        found = problems(case, out, verify_bytes(out.encode(), "txt", case.rules()).ok)
        if found or verify_bytes(case.text.encode(), "txt", case.rules()).ok:
            wrong.append((case.community, case.listed, case.text, out, found))
    assert not wrong, "\n".join(map(str, wrong))


# Vietnamese kin words said before a given name ("Chị Hương", older sister; "Anh Hùng", older brother)
KIN_WORDS = ("Chi", "Anh")


@pytest.mark.parametrize("text", [
    # "Chị" is a word of kinship before a given name only (redteam56, stop 56: lexicon.TITLES)
    "In March, Chi Huong attended.",
    pytest.param("In March, Anh Huong attended.", marks=pytest.mark.xfail(
        strict=True, reason="'Anh' is a common given name too: the model reads 'Anh Huong' as one unlisted name, "
                            "and no honorific list may hold it"))])
def test_a_vietnamese_kin_word_before_the_given_name(text):
    rules = {"people": [{"name": "Huong Hoang", "pseudonym": "Ben"}], "dates": {"date_of_death": "2023-06-14"}}
    assert "Person" not in quiet_redactor(rules).redact_text(text)


@pytest.mark.parametrize("listed, text, expected", [
    ("Hung Van Hoang", "Officers found Hoang Van Hung in the kitchen.", "Officers found Ben in the kitchen."),
    ("Hoa Pham", "In March, Ms Pham Thi Hoa attended.", "In March, Ben attended."),
    ("José García", "In March, José García Fernández attended.", "In March, Ben attended."),
    ("José García", "Mr García Martínez's sister rang.", "Ben's sister rang."),
    ("Carmen Moreno Fernández", "The panel thanks Carmen Rosa Moreno.", "The panel thanks Ben."),
    ("Khalid Al-Mansoori", "We met Khalid bin Nasser Al-Mansoori twice.", "We met Ben twice."),
    ("Inês Sousa", "The panel thanks Inês Manuel de Sousa.", "The panel thanks Ben."),
    ("Inês Sousa", "Police spoke to Inês De Sousa at home.", "Police spoke to Ben at home."),
    ("Mariana Carmo", "The panel thanks Do Carmo.", "The panel thanks Ben."),
    ("Ana Silva", "The school contacted Ana da Silva in May.", "The school contacted Ben in May."),
    ("Jung Jae-sung", "The panel thanks Jung, Jae-sung for this.", "The panel thanks Ben for this."),
    ("Szabó Katalin", "In March, Szabó, Katalin attended.", "In March, Ben attended."),
])
def test_the_found_forms(listed, text, expected):
    rules = {"people": [{"name": listed, "pseudonym": "Ben"}], "dates": {"date_of_death": "2023-06-14"}}
    assert quiet_redactor(rules).redact_text(text) == expected


@pytest.mark.parametrize("text, kept", [
    # a particle that is an English word, with no name or title before it, is the sentence's
    ("She drove the van Silva had hired.", "the van Ruth had hired"),
    # "Senior", "Junior" after the name say a relative, an English word is no second surname
    ("Mr García Senior rang the police.", "Senior"),
    ("José García Court was where she lived.", "Court"),
    # another listed person right after is no second surname
    ("José García Ana Silva and a nurse.", "Ben Ruth"),
    # nor is a given name: the next person of a list written without commas
    ("Present: José García Peter Hale.", "Person 1"),
])
def test_what_is_no_part_of_the_name_stays(text, kept):
    rules = {"people": [{"name": "José García", "pseudonym": "Ben"}, {"name": "Ana Silva", "pseudonym": "Ruth"}],
             "dates": {"date_of_death": "2023-06-14"}}
    out = quiet_redactor(rules).redact_text(text)
    assert kept in out and "García" not in out and "Silva" not in out, out


# A second surname is read only after a person listed with a given name and a surname, and never when the word is
# one of English (a colour, a place word): a one-word listing says nothing of the word after it. (A corpus file
# listing "Bright" lost the "Green" of "background color Bright Green".)
@pytest.mark.parametrize("listed, text, expected", [
    ("Bright", "A paragraph having background color Bright Green", "A paragraph having background color Kofi Green"),
    ("Bright", "The walls were painted Bright Green.", "The walls were painted Kofi Green."),
    ("José García", "The report cites José García Green and others.", "The report cites Kofi Green and others."),
    ("Ana Moreno", "Ana Moreno Court is the name of the block.", "Kofi Court is the name of the block."),
])
def test_a_second_surname_is_never_an_english_word_nor_after_a_one_word_listing(listed, text, expected):
    rules = {"people": [{"name": listed, "pseudonym": "Kofi"}],
             "policy": {"unlisted_people": "keep", "unlisted_places": "keep"}}
    assert quiet_redactor(rules).redact_text(text) == expected
