"""Ordinary Welsh words are no one's name and no place: a sentence's opening verb, pronoun, preposition or
conjunction ("Roedd", "Aeth", "Ond"), and a weekday after "dydd", "ddydd", "nos" ("ar ddydd Iau", "nos Wener").
Generated from templates of common Welsh sentences with Welsh names and places slotted in: the words stay, the names
and places are still replaced (red-team of 2026-12-04)."""
from __future__ import annotations

import itertools

import pytest

from redact import Redactor
from redact.lexicon import WELSH_WEEKDAYS, WELSH_WORDS

RULES = {"people": [{"name": "Grace Mensah", "pseudonym": "Efua"}], "dates": {"date_of_death": "2022-02-03"}}

# (template, the Welsh words that must stay); {day} a weekday, {name} a person, {place} a place
_WORD_TEMPLATES = [
    ("Roedd hi'n hapus ar ddydd {day}.", ["Roedd", "{day}"]),
    ("Aeth hi i'r dref ddydd {day}.", ["Aeth", "{day}"]),
    ("Ar ddydd {day} aeth hi i'r gwaith.", ["Ar", "{day}", "aeth"]),
    ("Mae hi'n byw gyda'i phartner.", ["Mae"]),
    ("Cafodd hi ei hanafu nos {day}.", ["Cafodd"]),
    ("Dywedodd hi ei bod hi wedi blino.", ["Dywedodd"]),
    ("Ond roedd hi'n ofnus.", ["Ond"]),
    ("Wedyn aeth hi adref.", ["Wedyn"]),
    ("Yn y bore roedd hi'n drist.", ["Yn"]),
    ("Daeth yr heddlu fore {day}.", ["Daeth"]),
    ("Dydd {day}: cyfarfod gyda'r meddyg teulu.", ["Dydd", "{day}"]),
    ("Gwelodd hi'r meddyg brynhawn dydd {day}.", ["Gwelodd", "{day}"]),
    ("Ffoniodd hi'r heddlu ar ddydd {day}.", ["Ffoniodd", "{day}"]),
    ("Doedd hi ddim yn hapus.", ["Doedd"]),
    ("Felly aeth hi i Gymru.", ["Felly", "Gymru"]),
]
_NAME_TEMPLATES = [
    "Roedd {name} yn drist ar ddydd {day}.",
    "Aeth {name} i {place} ddydd {day}.",
    "Dywedodd {name} ei bod hi wedi symud i {place}.",
    "Ar ddydd {day} aeth {name} i'r gwaith yn {place}.",
    "Cafodd {name} ei geni yn {place}.",
    "Wedyn daeth {name} adref nos {day}.",
]
_NAMES = ["Dafydd Evans", "Gwenllian Morgan", "Rhys Pritchard", "Ceri Lloyd", "Haf Jenkins", "Eira Roberts"]
_PLACES = ["Llanelli", "Aberystwyth", "Caerfyrddin", "Pwllheli", "Bangor"]


def _word_cases():
    for (template, words), day in itertools.product(_WORD_TEMPLATES, WELSH_WEEKDAYS):
        yield template.format(day=day), [w.format(day=day) for w in words]


def _name_cases():
    for template, name, place, day in itertools.product(_NAME_TEMPLATES, _NAMES, _PLACES[:2], WELSH_WEEKDAYS[::3]):
        yield template.format(name=name, place=place, day=day), name, place if "{place}" in template else None


@pytest.fixture(scope="module")
def redactor():
    return Redactor(RULES)


def test_ordinary_welsh_words_stay(redactor):
    cases = list(_word_cases())
    wrong = [(text, out) for text, words in cases
             for out in [redactor.redact_text(text)] if any(w not in out for w in words) or "Person" in out]
    assert not wrong, f"{len(wrong)} of {len(cases)}: {wrong[:5]}"


def test_welsh_names_and_places_are_still_replaced(redactor):
    cases = list(_name_cases())
    wrong = [(text, out) for text, name, place in cases for out in [redactor.redact_text(text)]
             if any(part in out for part in name.split()) or (place and place in out)]
    assert not wrong, f"{len(wrong)} of {len(cases)}: {wrong[:5]}"


def test_a_given_name_that_is_a_word_is_found_after_a_welsh_verb(redactor):
    # "Haf" is summer, "Eira" snow, "Awel" breeze: after the sentence's verb they are the subject, a name
    for text in ("Roedd Haf yn drist.", "Daeth Eira adref.", "Dywedodd Awel ei bod hi wedi symud."):
        out = redactor.redact_text(text)
        assert out.split()[0] in text and out.split()[1] == "Person", (text, out)


def test_the_protected_date_written_in_welsh_is_removed(redactor):
    out = redactor.redact_text("Bu farw dydd Gwener 3 Chwefror 2022 yng Nghymru.")
    assert "3 Chwefror" not in out and "2022" not in out and "Gwener" in out and "Person" not in out


def test_welsh_weekdays_are_cldr_s():
    babel = pytest.importorskip("babel")
    days = babel.Locale("cy").days["format"]["wide"]
    assert tuple(days[i].removeprefix("Dydd ") for i in range(7)) == WELSH_WEEKDAYS


def test_the_welsh_words_hold_no_given_name():
    from redact.detect.recognizers.known_names import name_key, name_lexicon

    # Faker's lists hold these as given names somewhere; as a Welsh sentence's first word they are its verb,
    # pronoun or adverb, and a listed person of that name is found by the rules whatever this list says
    accepted = {"bob", "chi", "gellir", "gyda", "mae", "na", "oddi", "oni", "rhain", "yma", "yr"}
    assert {w for w in WELSH_WORDS if name_key(w) in name_lexicon().given} <= accepted
