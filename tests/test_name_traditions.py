"""Names from every naming tradition are found as people; a known name that is also a word needs context.

The recall test runs the whole detector over a fixed sample of the names set's held-back part
(``benchmarks/names_set``; nobody tunes on it) and asserts recall per tradition.
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.names_set.generate import sample  # noqa: E402
from redact.detect.recognizers.known_names import (KnownNameRecognizer, feminine_forms, name_key,  # noqa: E402
                                                   name_lexicon, word_kind)

# Measured on this sample (12 held-back items per tradition, 12 to 20 mentions each) when the test was written:
# 1.000 in every tradition. A tradition may lose one mention; the whole sample must stay at the issue's 0.97.
PER_TRADITION = 0.9
OVERALL = 0.97


@pytest.fixture(scope="module")
def detector():
    from redact.errors import RulesWarning
    from redact.pipeline import Redactor

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RulesWarning)
        return Redactor(None, profile="strict").detector


def person_texts(detector, text: str) -> list[str]:
    return [f.text for f in detector.detect_text(text) if f.entity_type == "PERSON"]


def person_spans(detector, text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in detector.detect_text(text) if f.entity_type == "PERSON"]


def covered(detector, text: str, start: int, end: int, spans=None) -> bool:
    """Every letter of the name is inside a PERSON finding (a title before it needs no covering)."""
    spans = person_spans(detector, text) if spans is None else spans
    return all(any(a <= i < b for a, b in spans) for i in range(start, end) if text[i].isalnum())


def found(text: str) -> list[str]:
    return [text[r.start:r.end] for r in sorted(KnownNameRecognizer().analyze(text, ["PERSON"]),
                                                key=lambda r: r.start)]


@pytest.mark.parametrize("name", ["Manpreet Dhillon", "Kryspin Wisniewski", "Kryspin Wiśniewski", "Hamse Warfaa",
                                  "Chidera Nnadozie"])
@pytest.mark.parametrize("frame", [
    "{} told the panel that the couple argued about money.",
    "The GP saw {} on three occasions that year.",
    "A neighbour, {}, heard shouting and called the police.",
    "She had been friends with {} since school.",
])
def test_the_issues_names_are_people_in_a_plain_sentence(detector, name, frame):
    text = frame.format(name)
    start = text.index(name)
    assert covered(detector, text, start, start + len(name)), (text, person_texts(detector, text))


def test_held_back_names_set_recall_per_tradition(detector):
    items = sample(12, held_back=True)
    totals: dict[str, list[int]] = {}
    misses = []
    for item in items:
        spans = person_spans(detector, item.text)
        for mention in item.mentions:
            ok = covered(detector, item.text, mention.start, mention.end, spans)
            cell = totals.setdefault(item.tradition, [0, 0])
            cell[0] += ok
            cell[1] += 1
            if not ok:
                misses.append((item.tradition, mention.text(item)))
    assert len(totals) == 23
    low = {t: round(f / n, 3) for t, (f, n) in totals.items() if f / n < PER_TRADITION}
    assert not low, (low, misses)
    overall = sum(f for f, _ in totals.values()) / sum(n for _, n in totals.values())
    assert overall >= OVERALL, (overall, misses)


# ------------------------------------------------------------------ the recogniser alone

@pytest.mark.parametrize("surname", ["Green", "Price", "Ward", "Hope", "Brown", "Summer"])
def test_a_surname_that_is_a_word_is_not_taken_alone(surname):
    assert word_kind(surname) in ("weak", "word")
    assert found(f"The report about {surname} was discussed at the meeting on Tuesday.") == []
    assert found(f"{surname} Lane and {surname} Street were closed.") == []


@pytest.mark.parametrize("surname", ["Green", "Price", "Ward"])
def test_a_surname_that_is_a_word_is_taken_with_a_title(detector, surname):
    text = f"Mrs {surname} attended the meeting on Tuesday."
    assert f"Mrs {surname}" in person_texts(detector, text)


@pytest.mark.parametrize("text, name", [
    ("Her cousin Grace visited every week.", "Grace"),
    ("Green said that he had not been there.", "Green"),
    ("Her friend, Hope Ward, called the police.", "Hope Ward"),
    ("Witness statements were taken from Zana Barzani.", "Zana Barzani"),
])
def test_context_confirms_a_name(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text, name", [
    ("Nguyễn Văn Minh was born in Hanoi.", "Nguyễn Văn Minh"),
    ("Pieter van der Berg and the children moved house.", "Pieter van der Berg"),
    ("The panel thanks Yousef bin Saeed for his help.", "Yousef bin Saeed"),
    ("A letter came from Mary O'Sullivan's solicitor.", "Mary O'Sullivan"),
    ("Delroy Campbell Jr said so.", "Delroy Campbell Jr"),
    ("Name: WIŚNIEWSKA, Kasia", "WIŚNIEWSKA, Kasia"),
    ("Kazlauskienė, Rūta | neighbour | statement taken", "Kazlauskienė, Rūta"),
    ("Police spoke to Đỗ Thị Hương at home.", "Đỗ Thị Hương"),
])
def test_particles_family_first_suffixes_and_surname_first(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "She grew up in Hong Kong and moved to Addis Ababa.",
    "He studied at Kwame Nkrumah University in Kumasi.",
    "Leicester, Coventry and Nottingham were all considered.",
    "Neighbours said nothing. Services were not involved.",
    "The Police and Crime Commissioner funds Victim Support.",
])
def test_places_organisations_and_words_are_not_people(text):
    assert found(text) == []


def test_lexicon_folds_case_and_diacritics_and_knows_womens_forms():
    lexicon = name_lexicon()
    assert name_key("WIŚNIEWSKA") == name_key("Wisniewska") == "wisniewska"
    assert "wisniewski" in lexicon.surnames and "wisniewska" in lexicon.surnames
    assert "kazlauskiene" in feminine_forms("kazlauskas")
    assert "kazlauskiene" in lexicon.surnames


# ------------------------------------------------------------------ listed names read by nameparser

def _forms(name: str) -> set[str]:
    from redact.rules import parse_rules
    from redact.variants import variants

    rules = parse_rules({"people": [{"name": name, "pseudonym": "Adam"}]})
    return {v.text for v in variants(rules)}


@pytest.mark.parametrize("name, expected, absent", [
    ("Pieter van der Berg", {"van der Berg", "Mr van der Berg", "van der Berg, Pieter", "Berg", "Pieter"}, {"der Berg"}),
    ("Yousef bin Saeed", {"bin Saeed", "Mr bin Saeed", "Saeed", "Yousef"}, set()),
    ("Delroy Campbell Jr", {"Delroy Campbell", "Campbell", "Mr Campbell", "Campbell, Delroy"}, {"Jr", "Mr Jr"}),
    ("Dhillon, Manpreet", {"Manpreet Dhillon", "Manpreet", "Dhillon", "Dhillon, Manpreet"}, {"Dhillon,"}),
    ("Siobhán Ní Dhonnchadha", {"Ní Dhonnchadha", "Siobhán", "Dhonnchadha"}, set()),
    ("Joanne Louise Pryor", {"Joanne Pryor", "Pryor", "Joanne Louise"}, set()),
    ("Dean Fenwick", {"Dean", "Fenwick", "Mr Fenwick"}, set()),
])
def test_listed_names_are_parsed_with_particles_suffixes_and_surname_first(name, expected, absent):
    forms = _forms(name)
    assert expected <= forms, expected - forms
    assert not (absent & forms)


@pytest.mark.parametrize("given", ["Hetal", "Kwame", "Agnieszka", "Siobhan", "Thanh"])
@pytest.mark.parametrize("head", ["Street", "Lane", "Hall", "Green", "Park"])
def test_a_given_name_before_a_place_word_is_a_place_unless_the_sentence_makes_it_a_person(given, head):
    # a surname that is also a street or building word ("Hall", "Lane") needs a relation word or a verb of speech
    assert found(f"The review heard that {given} {head} was closed for the day.") == []
    assert found(f"The panel spoke to her friend {given} {head} about the day.") == [f"{given} {head}"]


@pytest.mark.parametrize("name", ["Aisha Okonkwo", "Margaret Doyle", "Kwame Asante", "Bożena Król", "Hamse Warfaa",
                                  "Thamilini Kandiah", "Siobhan Keane", "Delroy Campbell", "Emre Yilmaz",
                                  "Mei Lin Chen", "Manpreet Dhillon"])
@pytest.mark.parametrize("opening", ["The panel met twice.", "The housing officer visited.",
                                     "Each agency gave a chronology.", "These contacts were brief."])
def test_a_sentence_run_on_after_a_name_keeps_its_determiner(name, opening):
    """A heading or signature run on into the next sentence ("Chair: Aisha Okonkwo The panel met"): "The" is a
    name part somewhere ("Thế"), but before a lower-case word it opens the sentence."""
    assert found(f"Chair: {name} {opening}") == [name]


@pytest.mark.parametrize("text, name", [("Nguyen The Anh said no.", "Nguyen The Anh"),
                                        ("Nguyen Thi An said no.", "Nguyen Thi An"),
                                        ("She met Fatih Can at work.", "Fatih Can"),
                                        ("Tran Thi My said no.", "Tran Thi My")])
def test_function_words_that_are_name_parts_stay_in_the_name(text, name):
    assert found(text) == [name]
