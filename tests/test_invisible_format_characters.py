"""A listed name with an invisible format character inside (a left-to-right or right-to-left mark, an embedding or
isolate of bidirectional text, an invisible operator, a tag character, a variation selector), as a name pasted from
a right-to-left e-mail or a styled post carries it, is the listed person for apply and for verify alike.

Found by benchmarks/typography_probes.py: the shared folding dropped only the zero-width characters and the soft
hyphen, so with U+200E, U+200F, U+202A-E, U+2061, U+2063, U+2066-9 or U+E0041 inside a word apply left the whole
name in 3-4 of 12 names a character (and half of it beside a "Person 1" in 2-6 more), and verify passed the output.
"""
from __future__ import annotations

import pytest

from conftest import quiet_redactor
from redact.normalise import INVISIBLE, fold, fold_key
from redact.rules import parse_rules
from redact.verify.finder import LeakFinder

PEOPLE = [("Oksana Kovalenko", "Anna"), ("Chidinma Okafor", "Grace"), ("Nguyễn Thị Lan", "Mai"),
          ("Abdirahman Warsame", "Yusuf"), ("Seán O'Neill", "Liam"), ("Łukasz Wiśniewski", "Piotr"),
          ("Ayşe Yılmaz", "Elif"), ("Siobhán Ní Bhriain", "Orla")]
RULES = {"people": [{"name": n, "pseudonym": p} for n, p in PEOPLE], "dates": {"date_of_death": "2019-11-25"}}
CHARACTERS = ["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
              "\u2068", "\u2069", "\u2061", "\u2062", "\u2063", "\u2064", "\u206a", "\u206f", "\ufe0f", "\ufe00",
              "\u034f", "\u180b", "\U000e0041", "\U000e0001", "\U000e0100", "\ufff9"]
SENTENCES = ["The IDVA rang {x} twice but there was no answer.", "Her sister said {x} had stopped going out.",
             "According to the agency report, {x} had missed two appointments."]


def _cases():
    cases = []
    for i, char in enumerate(CHARACTERS):
        name, pseudonym = PEOPLE[i % len(PEOPLE)]
        words = name.split()
        k = i % len(words) if len(words[i % len(words)]) >= 4 else 0
        cut = len(words[k]) // 2
        words[k] = words[k][:cut] + char + words[k][cut:]
        written = " ".join(words)
        cases.append(pytest.param(name, pseudonym, SENTENCES[i % len(SENTENCES)].format(x=written),
                                  id=f"U+{ord(char):04X}-{name}"))
    return cases


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(RULES)


@pytest.fixture(scope="module")
def finder():
    return LeakFinder(parse_rules(RULES))


@pytest.mark.parametrize("name,pseudonym,sentence", _cases())
def test_a_name_with_an_invisible_character_inside_is_replaced(redactor, finder, name, pseudonym, sentence):
    out = redactor.redact_text(sentence)
    assert pseudonym in out and "Person" not in out, (sentence, out)
    left = [w for w in fold(out).text.split() if len(w) >= 4 and any(w in fold_key(part) for part in name.split())]
    assert left == [], (sentence, out)
    assert finder.spans(sentence), sentence
    assert finder.spans(out) == [], out


@pytest.mark.parametrize("char", CHARACTERS)
def test_verify_reads_through_the_character_in_a_left_name(finder, char):
    """Whatever apply replaces, verify must see where it is left: the name with the character inside, unreplaced."""
    assert finder.spans(f"She told Oksana Kova{char}lenko about the refuge.")


# ---------------------------------------------------------------------- what must stay
def test_format_characters_that_print_stay_in_the_fold():
    """The Arabic number signs print (they carry the digits after them): not invisible."""
    assert not {"\u0600", "\u0601", "\u06dd", "\u070f"} & INVISIBLE
    assert fold("\u0600١٢").text != fold("١٢").text


@pytest.mark.parametrize("text", ["The \u202bمركز الاستشارات\u202c leaflet was given to her on 24 November 2019.",
                                  "The Ukrainian support group \u2067Допомога\u2069 met her twice.",
                                  "A heart\ufe0f was drawn on the card from the school."])
def test_an_ordinary_phrase_with_bidirectional_marks_stays(redactor, text):
    assert redactor.redact_text(text) == text
