"""A listed name as a message spells it: a letter stretched ("Meeei", "Amaaaa", "Shiiiv"), kisses run on
("Emekaxx", "Oksanaxxx"), or digits and signs for letters ("J04nn3", "M1nh", "Gurpr33t", "Ad@").

Found by a probe of quoted messages (18 families' rules): kisses run on left 14 of 18 names, digits for letters 18 of
18, and a stretched short name 6 of 18 (a long one is read as a misspelling), each time with `verify` calling the
copy clean. Verify's broad views now read the text with those spellings undone, and apply replaces what they find.
Words of a message stretched or written with digits ("sooo", "pleeease", "gr8", "l8r", "4ever", "xxx") and numbers
with letters ("14th", "10am", "A40", "COVID19") stay.
"""
from __future__ import annotations

import random

import pytest

from conftest import quiet_redactor
from redact.api import verify_bytes

PEOPLE = [("Joanne Pryor", "Jo"), ("Emeka Okafor", "Emy"), ("Oksana Kovalenko", "Ksusha"), ("Chen Li Mei", "Mei"),
          ("Fartun Abdi Warsame", "Faa"), ("Gurpreet Kaur Dhillon", "Preeti"), ("Siobhán Gallagher", "Shiv"),
          ("Agnieszka Wiśniewska", "Aga"), ("Ama Serwaa Mensah", "Ama"), ("Mehmet Demir", "Memo"),
          ("Rukhsana Begum", "Ruksy"), ("Delroy Francis", "Roy"), ("Adaeze Okonkwo", "Ada"), ("Mariam Haddad", "Mimi"),
          ("Tran Van Minh", "Minh"), ("Ioana Popescu", "Ioana"), ("Bronwen Hughes", "Bron"), ("Kavitha Raman", "Kavi"),
          ("Zhang Wei", "Wei"), ("Catrin Llywelyn", "Cat"), ("Tomasz Nowak", "Tomek"), ("Nasra Farah", "Nas")]
SHAPES = ['He texted "{w} answer ur phone"', '{w} where r u', 'Her last message: "night {w}"',
          "[21:14] Mum ❤️: {w} pls come home", 'The post said "we all know what {w} did"']
FOR_DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7"}


def _word(name: str, nick: str, chooser: random.Random) -> str:
    words = name.split()
    given = words[-1] if name.startswith(("Chen", "Tran", "Zhang")) else words[0]
    return chooser.choice([given, nick, words[0] if given != words[0] else words[-1]])


def _stretched(word: str, chooser: random.Random) -> str:
    places = [i for i, c in enumerate(word) if c.lower() in "aeiouy"] or [len(word) - 1]
    at = chooser.choice(places)
    return word[:at + 1] + word[at].lower() * chooser.randint(2, 5) + word[at + 1:]


def _with_kisses(word: str, chooser: random.Random) -> str:
    return word + chooser.choice(["xx", "xxx", "xxxx"]) if not word.isupper() else word + "XX"


def _with_digits(word: str, chooser: random.Random) -> str:
    places = [i for i, c in enumerate(word) if c.lower() in FOR_DIGITS and i > 0]
    if not places:
        return ""
    chosen = chooser.sample(places, min(len(places), chooser.randint(1, 2)))
    # digits no more than letters: a word half digits is a code, not a name
    return "".join(FOR_DIGITS[c.lower()] if i in chosen else c for i, c in enumerate(word))


SPELLINGS = {"stretched": _stretched, "kisses": _with_kisses, "digits": _with_digits}


def _cases(per_spelling: int, seed: int) -> list[tuple[str, str, str, str, str]]:
    chooser = random.Random(seed)
    cases = []
    for spelling, spell in SPELLINGS.items():
        made = 0
        for index in range(per_spelling * 3):
            if made == per_spelling:
                break
            name, nick = PEOPLE[(index * 7 + len(spelling)) % len(PEOPLE)]
            word = _word(name, nick, chooser)
            written = spell(word, chooser)
            if not written or written == word:
                continue
            cases.append((spelling, name, nick, written, SHAPES[index % len(SHAPES)]))
            made += 1
    return cases


def _rules(name: str, nick: str) -> dict:
    return {"people": [{"name": name, "pseudonym": "Adult A", "aliases": [nick]}],
            "dates": {"date_of_death": "2022-11-03"}}


@pytest.mark.parametrize("spelling, name, nick, written, shape", _cases(20, seed=1203))
def test_a_name_as_a_message_spells_it_goes(spelling, name, nick, written, shape):
    rules = _rules(name, nick)
    text = shape.format(w=written)
    assert not verify_bytes(text.encode(), "txt", rules).ok, text
    out = quiet_redactor(rules).redact_text(text)
    assert written not in out and verify_bytes(out.encode(), "txt", rules).ok, out
    assert "Adult A" in out, out


@pytest.mark.parametrize("name, nick", PEOPLE)
def test_a_name_stretched_far_goes_whatever_the_rules_longest_word(name, nick):
    # a letter held for six to twelve more ("Tomeeeeeeeeeek"): a misspelling's length was measured as written, so
    # a name longer than the rules' longest word by more than two was only the model's ("Place 1"), or kept
    chooser = random.Random(name)
    rules = _rules(name, nick)
    for word in dict.fromkeys([nick, _word(name, nick, chooser)]):
        places = [i for i, c in enumerate(word) if c.lower() in "aeiouy"] or [len(word) - 1]
        at = chooser.choice(places)
        written = word[:at + 1] + word[at].lower() * chooser.randint(6, 12) + word[at + 1:]
        for shape in SHAPES[:3]:
            text = shape.format(w=written)
            assert not verify_bytes(text.encode(), "txt", rules).ok, text
            out = quiet_redactor(rules).redact_text(text)
            assert written not in out and "Adult A" in out and "Place" not in out, (text, out)


# a message's own words stretched, with kisses or with digits, and numbers with letters
MESSAGE_WORDS = ['"Nooooo pleeease dont"', '"sooo sorry babe xxx"', '"hiii"', '"Mmm ok"', '"lolll"', '"thanks xx"',
                 '"love u xxx"', '"c u l8r"', '"gr8 m8"', '"4ever"', '"b4 u go"', '"2moro at 10am"', '"OMGGG"',
                 "On the 14th she rang the A40 office.", "The COVID19 rules applied.",
                 '"whyyy"', '"ok x"', '"w8 4 me"', '"sis xoxo"']


@pytest.mark.parametrize("name, nick", PEOPLE)
def test_message_words_stay(name, nick):
    redactor = quiet_redactor(_rules(name, nick))
    for words in MESSAGE_WORDS:
        text = f"She texted {words}" if words.startswith('"') else words
        assert redactor.redact_text(text) == text
