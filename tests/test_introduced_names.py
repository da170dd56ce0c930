"""A word the sentence says a person was called is a person, whatever the model takes it for ("known to friends as
Thash" read as a place), and its other mentions go with it; acronyms and declared pseudonyms are no such word."""
from __future__ import annotations

import pytest

from redact import Redactor
from redact.detect.recognizers import IntroducedNameRecognizer
from redact.rules import parse_rules

NICKS = ["Thash", "Kiki", "Mo", "Sully", "Bex", "Tunde", "Gosia", "Nkem", "Pasha", "Ravi"]
FRAMES = ["{full}, known to friends as {nick}, worked as a driver. {nick}'s employer was not approached.",
          "{full} (who went by {nick}) moved in 2019. The panel heard that {nick} was kind.",
          "Her brother, whose nickname was {nick}, lived nearby; {nick} did not take part.",
          "Her friends knew her as {nick}. In May {nick} told the GP she was afraid."]
FULL = ["Tharshan Yogarajah", "Kiran Bhatt", "Mohamed Warsame", "Sullivan Doherty", "Rebecca Ashworth",
        "Babatunde Adeyemi", "Małgorzata Nowak", "Nkemdirim Eze", "Pavel Ivanov", "Ravindra Perera"]


def _found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in IntroducedNameRecognizer().analyze(text, ["PERSON"])]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("full, nick", list(zip(FULL, NICKS)))
def test_the_introduced_word_is_a_person(frame, full, nick):
    assert nick in _found(frame.format(full=full, nick=nick))


@pytest.mark.parametrize("text", ["The Individual Management Review (IMR) was known as an IMR.",
                                  "Joanne will be referred to as 'Mary' in this report.",
                                  "The service, known as DASH, closed.", "It was known as The Hub."])
def test_acronyms_and_declared_pseudonyms_are_no_introduced_names(text):
    assert _found(text) == []


@pytest.mark.parametrize("full, nick", list(zip(FULL, NICKS))[:5])
def test_every_mention_of_an_introduced_nickname_goes_when_only_the_victim_is_listed(full, nick):
    rules = parse_rules({"version": 1, "review": "nick", "people": [{"name": "Joy Sivanathan", "pseudonym": "Olive"}],
                         "dates": {"date_of_death": "2021-09-14"}}, "nick")
    text = FRAMES[0].format(full=full, nick=nick)
    out = Redactor(rules).redact_text(text)
    assert nick not in out and full.split()[0] not in out, out
