"""What a person was called, introduced at the start of a sentence or a label: "Known to friends as 'Thau',
Tharsini worked at a care home", "Nickname: Naska", "Went by Funie at school".

Found by a generator of DHR paragraphs written apart from the draft generator: the same words after "was" were
read ("She was known to friends as 'Thau'"), but the introducers were matched in lower case only, so a sentence
that opened with one left the nickname as written. Nicknames here are clipped forms of given names of several
traditions with a pet ending, as families make them.
"""
from __future__ import annotations

import pytest

from conftest import quiet_redactor

from redact.suggest import introduced_name_spans

GIVEN = ["Tharsini", "Nasrin", "Niamh", "Funmilayo", "Agnieszka", "Chukwuemeka", "Siobhán", "Xiaoling", "Mehmet",
         "Priyanka", "Abdirahman", "Bernadette"]
ENDINGS = ["u", "ka", "ie", "sy", "ushka", "o"]
OPENERS = ["Known to friends as '{n}', she worked at a care home.", "Known as {n} to everyone, she was popular.",
           "Also known as '{n}'.", "Nickname: {n}", "Went by {n} at school.", "AKA {n} on the estate.",
           "Called herself {n} online.", "Affectionately known as {n}, she had two sons."]
CASES = [(OPENERS[i % len(OPENERS)].format(n=g[:3] + ENDINGS[i % len(ENDINGS)]), g[:3] + ENDINGS[i % len(ENDINGS)])
         for i, g in enumerate(GIVEN * 2)]


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor({"people": [{"name": "Grace Okafor", "pseudonym": "Anna"}],
                           "dates": {"date_of_death": "2023-06-14"}})


@pytest.mark.parametrize("text, nickname", CASES)
def test_the_nickname_is_read_and_replaced(redactor, text, nickname):
    assert nickname in [text[a:b] for a, b in introduced_name_spans(text)]
    assert nickname not in redactor.redact_text(text)


@pytest.mark.parametrize("text", ["Known as the victim in this review, she had two sons.",
                                  "Also known as Domestic Violence Protection Orders, the orders were not used."])
def test_what_is_no_name_stays(redactor, text):
    assert redactor.redact_text(text) == text


@pytest.mark.parametrize("text, nickname", [("Person 1, known to friends as Will, worked as a driver.", "Will"),
                                            ("Known as Bunny to her family, she was the youngest.", "Bunny")])
def test_one_ordinary_word_introduced_is_a_name(redactor, text, nickname):
    # found by the draft generator's probe seeds 400-423: the rule for terms had taken "Will" for a word
    assert nickname not in redactor.redact_text(text)
