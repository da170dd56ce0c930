"""A listed given name that is an English word ("Comfort", "Sunny", "Joy", "Patience", "Royal", "Long") right after a
capitalised word that calls the person rather than opening a phrase: a family's or community's word or a courtesy
title ("Daddy Sunny", "Mama Lucky", "Brother Sunny", "Tanty Joy"), a word of feeling ("Poor Patience", "Lovely
Joy"), a verb that takes a person opening a message or a sentence ("Tell Comfort I'm sorry", "Ask Joy to ring me").

Before (red-team ``benchmarks/redteam_unseen46.py --angle word-names``) the pair was read as a capitalised phrase
("Operation Dawn", "Hope Street") and the name left whole with ``verify`` clean: 163 of 1,200 planted names. The
same words used as words in capitalised phrases ("Give Hope Street residents...", "the Lord Chief Justice", "a
Major Incident") stay. Generated from a tuned and a held-back seed; every listed person comes from a community that
gives such names (Nigerian, Ghanaian, Zimbabwean, English, Caribbean).
"""
from __future__ import annotations

import random

import pytest
from conftest import quiet_redactor

from redact.api import verify_bytes

TUNED, HELD_BACK = 4601, 4699

NAMES = {
    "nigerian": (("Patience", "Comfort", "Precious", "Blessing", "Favour", "Goodness"),
                 ("Sunny", "Lucky", "Wisdom", "Marvel", "Innocent"), ("Okafor", "Eze", "Nwosu", "Balogun")),
    "ghanaian": (("Comfort", "Joy", "Charity", "Mercy"), ("Prince", "Sunny", "Lucky"), ("Asante", "Boateng", "Appiah")),
    "zimbabwean": (("Memory", "Loveness", "Precious", "Prudence"), ("Gift", "Innocent", "Trust", "Knowledge"),
                   ("Moyo", "Ncube", "Sibanda")),
    "english": (("Dawn", "Joy", "Hope", "Faith", "Pearl", "Hazel"), ("Will", "Frank", "Robin"), ("Tranter", "Hollis")),
    "caribbean": (("Precious", "Joy", "Crystal", "Amber"), ("Earl", "Royal", "Sterling"), ("Thelwell", "McKenzie")),
}
CALLING = {
    "nigerian": ("Mama", "Papa", "Aunty", "Uncle", "Sister", "Brother", "Daddy", "Mummy"),
    "ghanaian": ("Auntie", "Nana", "Sister", "Brother", "Papa", "Maame"),
    "zimbabwean": ("Auntie", "Uncle", "Mama", "Sister", "Baba"),
    "english": ("Nan", "Nanna", "Grandma", "Auntie", "Uncle", "Cousin", "Daddy", "Mummy", "Our"),
    "caribbean": ("Auntie", "Tanty", "Granny", "Cousin", "Brother", "Sister", "Mama"),
}
VERBS = ("Tell", "Ask", "Call", "Ring", "Text", "Give", "Let", "Leave", "Help", "Warn", "Find", "Bring", "Send",
         "Wake", "Meet", "Kiss", "Phone", "Show", "Thank", "Miss")
FEELINGS = ("Poor", "Lovely", "Little", "Sweet", "Baby", "Darling", "Beautiful", "Big", "Wee", "Young", "Old")
MUST_GO = (
    "The children called {them} {kin} {n}.", "She stayed with {kin} {n} for a week.",
    "{d} – {kin} {n} rang the police.", "Police log: {kin} {n} present at the address.",
    "\"{verb} {n} I'm sorry.\"", "He texted: \"{verb} {n} to ring me\"", "'{verb} {n} nothing,' he told her.",
    "[22:41] Mum: {verb} {n} I'm outside x", "Her mother said: \"{feel} {n}, she tried so hard.\"",
    "Her friend wrote that {feel} {n} never stood a chance.",
)
# the same words used as words, in capitalised phrases after such words: unchanged
MUST_STAY = (
    "Give Hope Street residents the leaflet.", "The Lord Chief Justice gave guidance in 2021.",
    "A Major Incident was declared at 02:00.", "General Practice records were read.",
    "Tell the truth, the officer told him.", "Operation Dawn Chorus ran in March.",
    "Big Lottery Fund money paid for the refuge.", "Young Carers Service did not know the family.",
    "Little Mercy Ships volunteers were interviewed.", "Sweet Charity was the school play.",
)


def _review(seed: int):
    """(rules, [(passage, expected output)], [must-stay passage])"""
    rng = random.Random(seed)
    cases, used, people = [], set(), []
    pseudonyms = iter(("Adult A", "Adult B", "Adult C", "Adult D", "Child 1", "Child 2"))
    for community in rng.sample(sorted(NAMES), 3):
        for sex in (0, 1):
            given = rng.choice([n for n in NAMES[community][sex] if n not in used] or ["Zainab"])
            used.add(given)
            people.append((given, rng.choice(NAMES[community][2]), sex, community, next(pseudonyms)))
    rules = {"people": [{"name": f"{g} {s}", "pseudonym": p} for g, s, _x, _c, p in people],
             "dates": {"date_of_death": "2022-03-14"}}
    for given, _surname, sex, community, pseudonym in people:
        for template in rng.sample(MUST_GO, 6):
            fill = dict(them=("her", "him")[sex], kin=rng.choice(CALLING[community]), verb=rng.choice(VERBS),
                        feel=rng.choice(FEELINGS), d=f"{rng.randint(1, 28)}/0{rng.randint(1, 9)}/2021")
            cases.append((template.format(n=given, **fill), template.format(n=pseudonym, **fill)))
    return rules, cases, list(MUST_STAY)


def _outcomes(seed: int):
    rules, cases, stay = _review(seed)
    redactor = quiet_redactor(rules)
    return ([(text, expected, redactor.redact_text(text), verify_bytes(text.encode(), "txt", rules).ok)
             for text, expected in cases],
            [(text, redactor.redact_text(text)) for text in stay])


@pytest.fixture(scope="module", params=[TUNED, HELD_BACK], ids=["tuned", "held-back"])
def outcomes(request):
    return _outcomes(request.param)


def test_the_listed_name_goes_after_a_calling_word(outcomes):
    cases, _ = outcomes
    wrong = [(text, out) for text, expected, out, _ in cases if out != expected]
    assert not wrong, f"{len(wrong)} of {len(cases)}: {wrong[:5]}"


def test_verify_reports_the_name_where_apply_would_take_it(outcomes):
    cases, _ = outcomes
    silent = [text for text, _e, _o, clean in cases if clean]
    assert not silent, f"{len(silent)} of {len(cases)}: {silent[:5]}"


def test_the_words_in_capitalised_phrases_stay(outcomes):
    _, stay = outcomes
    changed = [(text, out) for text, out in stay if out != text]
    assert not changed, changed


@pytest.mark.parametrize("seed", [TUNED, HELD_BACK], ids=["tuned", "held-back"])
def test_a_family_word_before_the_listed_surname_is_another_of_the_family(seed):
    """"Nan Okafor", "Baby Okafor" (a newborn, as hospital records name one) are another of the family: replaced
    whole as somebody else, never given the listed person's pseudonym."""
    rules, _, _ = _review(seed)
    redactor = quiet_redactor(rules)
    for entry in rules["people"]:
        surname = entry["name"].split(" ", 1)[1]
        for word in ("Nan", "Baby", "Nanna"):
            text = f"{word} {surname} looked after the children."
            out = redactor.redact_text(text)
            assert surname not in out and entry["pseudonym"] not in out, (text, out)
