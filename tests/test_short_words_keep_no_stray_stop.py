"""A name that ends with a short word and its own full stop ("Station Rd.", "Fernside Logistics Ltd.", "Keele
Univ."), replaced mid-sentence, takes the stop with it: "lived on Place 1 with her son", never "on Place 1. with
her son". Where the sentence ends there the stop stays, and a pseudonym ending with the same short word keeps it.
A national body named after a saint ("St John Ambulance", kept by policy) is kept however its "St" is written
("St. John Ambulance", "Saint John Ambulance"), never "Place 1" or "St. Person 1".

Generated sentences, a tuned seed and a held-back seed (counted on main before the change: see docs/quality.md).
"""
from __future__ import annotations

import datetime
import random

import pytest

from quietly import redact_text

STREETS = ["Larkspur", "Cefn Coed", "Abbotsford", "Mafeking", "Kenyatta", "Birchfield", "Glenalmond", "Tullamore",
           "Jubilee", "Sandringham", "Pendower", "Nightingale", "Wellesley", "Ravenscraig", "Cromwell", "Aldridge"]
TOWNS = ["Dunholt", "Aberbrae", "Kingsmere", "Llanfedw", "Ballycarrow", "Eastwick"]
TYPES = [("Road", "Rd"), ("Avenue", "Ave"), ("Street", "St"), ("Crescent", "Cres"), ("Close", "Cl"),
         ("Terrace", "Tce"), ("Gardens", "Gdns"), ("Drive", "Dr"), ("Square", "Sq")]
FIRMS = ["Fernside Logistics", "Okafor Haulage", "Kowalski Brothers Building", "Patel Cash and Carry",
         "Mwangi Cleaning Services", "Brannigan Scaffolding", "Nguyen Nail Studio", "Yılmaz Kebab House",
         "Dunmore Care Homes", "Akhtar Textiles", "Llewellyn Joinery", "MacLeod Fishing"]
FIRM_ENDINGS = ["Ltd", "Co", "Inc"]
PEOPLE = ["Joanna Wiśniewska", "Abena Mensah", "Rhiannon Pritchard", "Farhana Begum", "Siobhan Kelly",
          "Lan Nguyen", "Ayşe Demir", "Marcia Campbell", "Olena Kovalenko", "Fiona MacDonald"]
GOES_ON = ["{first} lived at {name}. with her son until the autumn.",
           "{first} moved from {name}. to a refuge in the spring.",
           "A neighbour at {name}. heard shouting, and rang the police.",
           "{first} worked for {name}. until she left in 2020.",
           "Officers attended {name}. at 23:40 and spoke to {first}.",
           "| 03/02/2021 | {name}., visit by the housing officer |",
           "{first}'s employer ({name}.) was told in May."]
ENDS = ["{first} lived at {name}. Her son lived nearby.", "{first} worked for {name}.",
        "The last visit was to {name}. No one answered."]
BODIES = [("St John Ambulance", "St. John Ambulance"), ("St John Ambulance", "Saint John Ambulance"),
          ("St Mungo's", "St. Mungo's"), ("St Mungo's", "Saint Mungo's")]
BODY_FRAMES = ["{first} was treated by a {body} crew at the scene.", "{body} volunteers had met {first} twice.",
               "{first} had volunteered with {body} since 2015.", "The {body} first aider called an ambulance."]


def cases(seed: int, n: int = 30) -> list[tuple[dict, str, str]]:
    """(rules, sentence, the sentence expected after apply)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        person = rng.choice(PEOPLE)
        first = person.split()[0]
        if i % 2:
            full, short = rng.choice(TYPES)
            street = rng.choice(STREETS)
            number, town = rng.randint(2, 140), rng.choice(TOWNS)
            listed, written = f"{number} {street} {full}, {town}", f"{number} {street} {short}"
            pseudonym = rng.choice(["Address 1", "the family home", "Property B", "Flat C"])
        else:
            firm, ending = rng.choice(FIRMS), rng.choice(FIRM_ENDINGS)
            listed, written, pseudonym = f"{firm} {ending}", f"{firm} {ending}", f"Employer {'ABC'[i % 3]}"
        rules = {"people": [{"name": person, "pseudonym": "Anna"}],
                 "places": [{"name": listed, "pseudonym": pseudonym}]}
        frame = rng.choice(GOES_ON if i % 3 else ENDS)
        sentence = frame.format(first=first, name=written)
        stop = "" if frame in GOES_ON else "."
        expected = frame.format(first="Anna", name=pseudonym).replace(f"{pseudonym}.", pseudonym + stop)
        out.append((rules, sentence, expected))
    return out


def body_cases(seed: int, n: int = 12) -> list[tuple[dict, str, str]]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        person = rng.choice(PEOPLE)
        _, written = rng.choice(BODIES)
        frame = rng.choice(BODY_FRAMES)
        rules = {"people": [{"name": person, "pseudonym": "Anna"}]}
        out.append((rules, frame.format(first=person.split()[0], body=written),
                    frame.format(first="Anna", body=written)))
    return out


TUNED, HELD_BACK = 4711, 90210


@pytest.mark.parametrize("rules,sentence,expected", cases(TUNED) + cases(HELD_BACK))
def test_a_short_words_stop_goes_with_it_mid_sentence(rules, sentence, expected):
    assert redact_text(sentence, rules) == expected


@pytest.mark.parametrize("rules,sentence,expected", body_cases(TUNED) + body_cases(HELD_BACK))
def test_a_national_body_named_after_a_saint_stays_however_st_is_written(rules, sentence, expected):
    assert redact_text(sentence, rules) == expected


def test_a_pseudonym_with_the_same_short_word_keeps_its_stop():
    rules = {"people": [{"name": "Abena Mensah", "pseudonym": "Anna"}],
             "places": [{"name": "Okafor Haulage Ltd", "pseudonym": "Company A Ltd"}]}
    assert redact_text("Abena worked for Okafor Haulage Ltd. until 2020.", rules) == \
        "Anna worked for Company A Ltd. until 2020."



NEXT_SENTENCES = ["Her son lived nearby.", "His flat was on the same road.", "She had lived there since 2016.",
                  "They moved in 2019.", "He was seen there twice.", "Their landlord was not told."]


def next_sentence_cases(seed: int, n: int = 24) -> list[tuple[dict, str, str]]:
    """An address ending with a short street type and its stop (listed, unlisted with its number, or a street
    alone), then a sentence opening with a pronoun: (rules, sentence, the next sentence, which must stay whole).
    The pronoun is never read as a saint's name ("St. Her") or the end of a person's ("Mill St. Her")."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        person = rng.choice(PEOPLE)
        full, short = rng.choice(TYPES)
        number, street = rng.randint(2, 140), rng.choice(STREETS)
        then = rng.choice(NEXT_SENTENCES)
        rules: dict = {"people": [{"name": person, "pseudonym": "Anna"}]}
        if i % 3 == 0:
            rules["places"] = [{"name": f"{number} {street} {full}, {rng.choice(TOWNS)}", "pseudonym": "Address 1"}]
        where = f"on {street} {short}" if i % 3 == 2 else f"at {number} {street} {short}"
        out.append((rules, f"{person.split()[0]} lived {where}. {then}", then))
    return out


@pytest.mark.parametrize("rules,sentence,then", next_sentence_cases(TUNED) + next_sentence_cases(HELD_BACK))
def test_a_pronoun_after_a_short_words_stop_starts_a_sentence(rules, sentence, then):
    out = redact_text(sentence, rules)
    assert out.startswith("Anna lived ") and out.endswith(f". {then}")
    assert "Person" not in out


DEATHS = [datetime.date(2022, 1, 31), datetime.date(2023, 9, 14), datetime.date(2021, 12, 3),
          datetime.date(2024, 2, 29), datetime.date(2020, 8, 7), datetime.date(2023, 10, 22)]
DATE_GOES_ON = ["{first} was found on {date} at the caravan.", "On {date} she was found by a neighbour.",
                "Officers attended on {date} and spoke to {first}'s son.", "The call on {date}, at 02:10, was logged.",
                "| {date} | Ambulance called by a neighbour |", "It was {date} and cold when {first} went out."]
DATE_ENDS = ["{first} died on {date}", "The inquest opened a year after {date} Her son gave evidence."]


def date_cases(seed: int, n: int = 24) -> list[tuple[dict, str, bool]]:
    """A date of death that ends with a short month or weekday and its own stop ("31 Jan.", "Mon. 31 Jan."), in a
    sentence that goes on (the stop goes with the date) or at its end (the stop stays)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        death, person = rng.choice(DEATHS), rng.choice(PEOPLE)
        month, weekday = death.strftime("%b"), death.strftime("%a")
        suffix = "th" if 10 <= death.day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(death.day % 10, "th")
        ordinal = f"{death.day}{suffix}"
        date = rng.choice([f"{death.day} {month}.", f"{weekday}. {death.day} {month}.", f"the {ordinal} {month}.",
                           f"{weekday} {ordinal} {month}."])
        rules = {"people": [{"name": person, "pseudonym": "Ruth"}], "dates": {"date_of_death": death.isoformat()}}
        goes_on = rng.random() < 0.7
        frame = rng.choice(DATE_GOES_ON if goes_on else DATE_ENDS)
        out.append((rules, frame.format(first=person.split()[0], date=date), goes_on))
    return out


@pytest.mark.parametrize("rules,sentence,goes_on", date_cases(TUNED) + date_cases(HELD_BACK))
def test_a_short_month_or_weekdays_stop_goes_with_the_date_mid_sentence(rules, sentence, goes_on):
    out = redact_text(sentence, rules)
    assert "[date removed]" in out, out
    if goes_on:
        assert "[date removed]." not in out, out
    else:
        assert "[date removed]." in out, out
