"""A given name that is also an English word, before an unlisted person's surname, is part of the name.

Found by a probe (2026-12-03), names of Southern and West African communities among others: "Gift Phiri" gave
"Gift Person 16" and "Favour Okafor" "Favour Person 1" (the model took the surname alone), and "Memory Chikwanha",
"Success Owusu", "Beauty Mapfumo" and "Honour Mulenga" were left whole: the model read them as an organisation,
which policy keeps, and the known-name reading split the run at the English word. 8 of 25 such people leaked.
"""
from __future__ import annotations

import random
import re

import pytest

from conftest import quiet_redactor

RULES = {"people": [{"name": "Joanne Pryor", "pseudonym": "Mary", "role": "victim"},
                    {"name": "Darren Pryor", "pseudonym": "Adam", "role": "perpetrator"}],
         "dates": {"date_of_death": "2022-11-03"}}

# given names that are English words, as Zimbabwean, Zambian, Malawian, South African, Nigerian and Ghanaian
# families give them
WORD_NAMES = ["Memory", "Gift", "Success", "Beauty", "Honour", "Testimony", "Favour", "Praise", "Talent", "Wisdom",
              "Justice", "Fortune", "Promise", "Trust", "Comfort", "Miracle", "Silence", "Prosper", "Goodness",
              "Charity", "Mercy", "Loveness", "Knowledge", "Precious", "Fortunate", "Innocent", "Divine"]
# surnames the model does not know, and surnames the name lists hold
SURNAMES = ["Chikwanha", "Mapfumo", "Mulenga", "Bwalya", "Nyathi", "Chigumba", "Makoni", "Marufu", "Mutasa",
            "Owusu", "Phiri", "Banda", "Moyo", "Okafor", "Mensah", "Adeyemi", "Sibanda", "Ncube", "Tembo", "Dube"]
SENTENCES = ["{n} raised a concern with the GP.",
             "The support worker, {n}, attended the meeting.",
             "Her friend {n} gave a statement to the police.",
             "Officers spoke to {n} on the phone that night.",
             "{n} (neighbour) heard shouting from the flat.",
             "Joanne told {n} that she was frightened of Darren.",
             "A statement was taken from {n} in December."]


def _cases(seed: int, count: int):
    rng = random.Random(seed)
    return [(rng.choice(WORD_NAMES), rng.choice(SURNAMES), rng.choice(SENTENCES)) for _ in range(count)]


def _left(word: str, out: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", out) is not None


@pytest.mark.parametrize("given, surname, sentence", _cases(41, 40))
def test_the_whole_name_goes(given, surname, sentence):
    out = quiet_redactor(RULES).redact_text(sentence.format(n=f"{given} {surname}"))
    assert not _left(given, out) and not _left(surname, out), out


@pytest.mark.parametrize("given, surname", [("Gift", "Phiri"), ("Memory", "Chikwanha"), ("Favour", "Okafor")])
def test_the_name_is_one_person_with_its_other_mentions(given, surname):
    text = (f"{given} {surname}, the support worker, visited Joanne. Ms {surname} was worried and rang the police. "
            f"Later {given} {surname} gave a statement.")
    out = quiet_redactor(RULES).redact_text(text)
    assert not _left(given, out) and not _left(surname, out), out
    labels = set(re.findall(r"(?:Person|Support Worker) \d+", out))
    assert len(labels) == 1, out


@pytest.mark.parametrize("sentence, kept", [
    ("Operation Kestrel began in May.", "Operation"),
    ("She drove a Honda Civic to the station.", "a Honda"),
    ("Following Owusu's arrest the children stayed with their aunt.", "Following"),
    ("Later Owusu rang the police.", "Later"),
    ("Dear Mensah, thank you for your letter.", "Dear"),
    ("Poor Phiri had no one to turn to.", "Poor"),
    ("Her Mapfumo relatives did not attend.", "Her"),
    ("Memory problems were noted by the GP.", "Memory problems"),
    ("Success was measured by attendance.", "Success was measured"),
    # found in TAB's court judgments by a first version of the change
    ("Appearing for the Government Mr Andersson, Agent.", "the Government Mr"),
    ("The trial took place before His Honour Judge Whitcombe in Leeds.", "His Honour Judge"),
    ("He was sentenced by Acting Judge Kowalczyk.", "Acting Judge"),
    ("He joined the Marxist Leninist faction in 1980.", "Marxist"),
    ("He appealed to the Court of Appeal for Southern Norrland.", "Southern"),
    # found in TAB's held-back judgments: an office before a name
    ("The Government were represented by their Agent, Ambassador Lindqvist.", "Ambassador"),
    ("The inquest was opened by Coroner Hughes-Bakare in 2023.", "Coroner"),
])
def test_a_word_before_a_name_that_is_no_given_name_stays(sentence, kept):
    out = quiet_redactor(RULES).redact_text(sentence)
    assert kept in out, out


def test_a_town_before_a_name_is_no_given_name():
    out = quiet_redactor(RULES).redact_text("The case was heard by the Hull Justices and then Ealing Mwangi Court.")
    assert "Person" not in out, out
