"""A listed name spelt out letter by letter with a hyphen, an underscore, a tilde or a dot between the letters, as a
message spells a name to stress it or to slip past a filter: "J-o-a-n-n-e", "P_R_Y_O_R", "E~m~e~k~a", "A·g·a".

Found by a probe of quoted messages: "J o a n n e" and "J.o.a.n.n.e" were read, but with hyphens the letters stayed
apart in verify's joined view (its hyphen is kept for "H A R P E R - L Y L E") and 18 of 18 names stayed, `verify`
calling the copy clean. A hyphen between two letters now parts them as a space does; one set apart by spaces still
joins a double-barrelled name. Words spelt the same way that are no listed name ("s-o-r-r-y", "x-ray", "N/A") stay.
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor
from redact.api import verify_bytes

PEOPLE = [("Joanne Pryor", "Jo"), ("Emeka Okafor", "Emy"), ("Oksana Kovalenko", "Ksusha"),
          ("Fartun Abdi Warsame", "Faa"), ("Gurpreet Kaur Dhillon", "Preeti"), ("Siobhán Gallagher", "Shiv"),
          ("Agnieszka Wiśniewska", "Aga"), ("Kwabena Asante", "Kobby"), ("Mehmet Demir", "Memo"),
          ("Rukhsana Begum", "Ruksy"), ("Delroy Francis", "Roy"), ("Ioana Popescu", "Io"), ("Bronwen Hughes", "Bron"),
          ("Adaeze Okonkwo", "Ada"), ("Mariam Haddad", "Mimi"), ("Tran Van Minh", "Minh"), ("João Silva", "Jota"),
          ("Aoife Ní Bhriain", "Aoife"), ("Kavitha Raman", "Kavi"), ("Mihai Munteanu", "Mihu")]
SEPARATORS = ["-", "_", "~", "·", "•", "‐", " - "]
SHAPES = ['He texted "{w} u will pay"', 'Her status read "{w} 💔 forever"', "[21:14] Unknown: {w} is a liar",
          'The post said "we all know what {w} did"', '{w} answer me now']


def _spelt(word: str, separator: str, chooser: random.Random) -> str:
    word = chooser.choice([word, word.upper(), word.lower()]) if len(word) > 3 else word
    return separator.join(word)


def _cases(count: int, seed: int) -> list[tuple[str, str, str, str]]:
    chooser = random.Random(seed)
    cases = []
    for index in range(count):
        name, nick = PEOPLE[index % len(PEOPLE)]
        words = name.split()
        # the surname, or the first given name: the words that name a person alone ("Kaur" is a middle name)
        word = chooser.choice([words[0], words[-1]] if not name.startswith("Tran") else [words[-1]])
        spelt = _spelt(word, SEPARATORS[index % len(SEPARATORS)], chooser)
        cases.append((name, nick, spelt, SHAPES[index % len(SHAPES)]))
    return cases


def _rules(name: str, nick: str) -> dict:
    return {"people": [{"name": name, "pseudonym": "Adult A", "aliases": [nick]}],
            "dates": {"date_of_death": "2022-11-03"}}


@pytest.mark.parametrize("name, nick, spelt, shape", _cases(40, seed=4031))
def test_a_name_spelt_apart_goes(name, nick, spelt, shape):
    rules = _rules(name, nick)
    text = shape.format(w=spelt)
    assert not verify_bytes(text.encode(), "txt", rules).ok, text
    out = quiet_redactor(rules).redact_text(text)
    assert spelt not in out and verify_bytes(out.encode(), "txt", rules).ok, out
    assert out in (shape.format(w="Adult A"), shape.format(w="ADULT A")), out


# spelt-out words and letter pairs that are no listed name
WORDS_APART = ['He texted "s-o-r-r-y"', 'She wrote "N-O means N-O"', "An x-ray and a T-shirt were taken.",
               'Her message: "l_o_v_e u"', "The A-Z was in the car.", "He kept the e-mail.", "N/A", "s/w visit",
               "Grade A-B-C", 'He typed "h~e~l~p"', "The U-turn on the B-road.", 'She spelt it "J-O-B".']


@pytest.mark.parametrize("name, nick", PEOPLE)
def test_words_spelt_apart_stay(name, nick):
    redactor = quiet_redactor(_rules(name, nick))
    for text in WORDS_APART:
        assert redactor.redact_text(text) == text


@pytest.mark.parametrize("name", ["Zoë Harper-Lyle", "Sarah-Jane Okafor"])
def test_a_double_barrelled_name_spaced_still_joins(name):
    rules = _rules(name, "Zed")
    text = f"Signed: {' '.join(name.split()[-1].upper().replace('-', '#')).replace('#', '-')}"
    out = quiet_redactor(rules).redact_text(text)
    assert verify_bytes(out.encode(), "txt", rules).ok and "Adult A" in out.replace("ADULT A", "Adult A"), out
