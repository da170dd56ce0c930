"""A listed name that is also a word, written in small letters inside a quoted text message: 'He texted "wheres
grace"', '"grace answer ur phone"', '"ok jack x"', '"dont tell rose"'.

Found by a probe of chronologies that quote messages: every such name stayed, and `verify` called the copy clean
(a small-letter word was always read as the word). Inside quotation marks, the name is now read where the message
greets it, asks after it, tells it something or has it do something; the same word as a word ("the rose", "by the
grace of God", "i hope ur ok", "will do") stays. Names that are words in several communities: English, Nigerian and
Zimbabwean (Blessing, Precious, Comfort, Gift), Caribbean (Joy, Pearl), and verbs (Will, Mark, Hope, May).
"""
from __future__ import annotations

import re

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

WORD_NAMES = ["grace", "jack", "rose", "amber", "ruby", "holly", "daisy", "frank", "summer", "dawn", "robin",
              "blessing", "precious", "comfort", "gift", "joy", "pearl", "faith", "hope", "will", "mark", "may"]
# the message as sent, "{n}" where the name stands
NAME_SLOTS = ["ok {n} x", "love u {n}", "wheres {n}", "{n} answer ur phone", "hi {n} where r u", "tell {n} im leaving",
              "dont tell {n}", "{n} pick up", "sorry {n} xx", "night {n} x", "{n} please call me", "bye {n}!!"]
SENTENCES = ['He texted "{m}" at 02:14.', 'The message read: “{m}”.', 'At 9pm she replied "{m}" and then nothing.',
             "His last message, '{m}', was sent from the car park."]
CASES = [(name, NAME_SLOTS[(i * 5 + j) % len(NAME_SLOTS)], SENTENCES[(i + j) % len(SENTENCES)])
         for i, name in enumerate(WORD_NAMES) for j in range(3)]
PSEUDONYM = "Adult A"


def _rules(name: str) -> dict:
    return {"people": [{"name": f"{name.capitalize()} Okonkwo-Reid", "pseudonym": PSEUDONYM}],
            "dates": {"date_of_death": "2023-06-14"}}


@pytest.mark.parametrize("name, slot, template", CASES)
def test_the_name_in_a_message_goes(name, slot, template):
    text = template.format(m=slot.format(n=name))
    assert not verify_bytes(text.encode(), "txt", _rules(name)).ok, text
    out = quiet_redactor(_rules(name)).redact_text(text)
    assert out == template.format(m=slot.format(n=PSEUDONYM)), out


# the same words used as words inside messages, and outside quotes
WORD_USES = ["by the {w} of god", "the {w} was lovely", "a {w} for u", "my {w} is gone", "i hope ur ok", "will do",
             "may i come round", "ok will do x", "hope u r ok", "you will never leave me", "say {w}", "some {w} pls"]


@pytest.mark.parametrize("name", WORD_NAMES)
def test_the_word_in_a_message_stays(name):
    redactor = quiet_redactor(_rules(name))
    for index, use in enumerate(WORD_USES):
        text = SENTENCES[index % len(SENTENCES)].format(m=use.format(w=name))
        if re.search(rf"\b{name}\b", text) is None:
            continue
        assert redactor.redact_text(text) == text, text
    plain = f"She said the {name} in the garden mattered to her."
    assert redactor.redact_text(plain) == plain
