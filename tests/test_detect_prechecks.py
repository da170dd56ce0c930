"""The cheap searches that let a recogniser skip a text change no find.

Several recognisers first look for what their pattern cannot match without (digits, an inward postcode, the
capitals after a person word) and skip a text that lacks it; the date elements' word lists are grouped by first
letter. Each is checked here against the unguarded path (the search replaced by one that always succeeds, the
word lists ungrouped) over identifiers in many written forms and over generated drafts with names from many
traditions.
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from redact import dates
from redact.detect.recognizers import addresses, contacts, people, uk_ids

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.drafts import generate_case  # noqa: E402

ALWAYS = re.compile("")   # a search that finds something in every text

IDENTIFIERS = [
    "NHS number 943 476 5919", "nhs no. 9434765919", "NHS: 943-476-5919", "943 476 591", "94347659190",
    "NI number QQ 12 34 56 C", "NINO AB123456D", "qq123456c", "QQ12 34 56C", "GB123456A",
    "postcode SW1A 1AA", "HT4 7QD", "GIR 0AA", "lived at HT47QD", "ht4 7qd", "M1 1AE.", "B33 8TH,",
    "call 07700 900418", "+44 20 7946 0381", "+ 44 113 496 0327", "(0113) 496 0327", "0044 113 496 0327",
    "tel:01134960327", "ref/07700 900418", "x07700900418", "0800 1111", "£0.50", "1,000,000", "+44 7700 912345",
    "+441134961234", "mobile: +44 (7700) 912345",
    "+92 345 1234567", "her mother on +234 803 123 4567", "(+48 512 345 678)", "+1 (415) 555-0134",
    "0048 512 345 678", "+353 86 123 4567", "+90 532 123 45 67", "tel. +880 1712 345678",
    "crime WP/21/018733", "OCC/20/40218", "MARAC/HT/21/118", "EC-21-0093321", "HP2100447812", "T20237045",
    "47676/99", "RiO 4471823 record", "case number 1-2-3-4-5", "application no. 1520/06",
    "crime nos. 12345/21 and 12346/21",
    "PNC 19/448120T", "CRO 123456/19X", "custody number 01234567", "Storm log 1234", "MARAC ref MAR-2021-0412",
    "PC 4471", "DC2231", "Sergeant 118", "plots nos. 260, 268 and 425", "title number WYK123456",
    "registration no. D-4840", "ZH17 QKP was parked", "Section 9 of the Act 2004", "on 14/05/2023 at 10:00",
]
PEOPLE = [
    "his brother, AM, said", "the neighbour TH was there", "Tariq Hussain (TH) said", "SJ said she left",
    "police inspector B. was told", "counsel H., for the family", "a friend, B., said", "Ms A’s mother",
    "one of the jurors – “J” – said", "her cousin N. Both men", "friend J. Smith", "the officer X had left",
    "Mr B and Mrs C", "his sister, ÉA, was", "the tenant Ł said", "victim, AB&C", "witness ABCD said",
]


def _texts() -> list[str]:
    texts = IDENTIFIERS + PEOPLE
    for seed in (3000, 3001, 3002):
        texts += [line for line in generate_case(seed).txt.split("\n") if line.strip()]
    # identifiers and person words run together with their neighbours, in other cases, around other marks
    rnd = random.Random(5)
    pieces = IDENTIFIERS + PEOPLE + [w for w in people._LETTER_ROLES[:12]] + ["", " ", ", ", "\n", "-", "/", "(", ")"]
    for _ in range(1500):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", ". ", ", "]) for _ in range(rnd.randint(1, 5)))
        texts.append(text.upper() if rnd.random() < 0.1 else text)
    return texts


TEXTS = _texts()


def _finds(recognizer, texts: list[str]) -> list:
    return [[(r.entity_type, r.start, r.end, r.score,
              sorted((k, str(v)) for k, v in r.recognition_metadata.items() if k != "recognizer_identifier"))
             for r in recognizer.analyze(text, recognizer.supported_entities)] for text in texts]


@pytest.mark.parametrize("make, module, name", [
    (uk_ids.NhsNumberRecognizer, uk_ids.NhsNumberRecognizer, "_NEEDED"),
    (uk_ids.NinoRecognizer, uk_ids.NinoRecognizer, "_NEEDED"),
    (addresses.PostcodeRecognizer, addresses.PostcodeRecognizer, "_INWARD_CODE"),
    (contacts.UkPhoneRecognizer, contacts.UkPhoneRecognizer, "_TAKEN_START"),
    (uk_ids.CaseReferenceRecognizer, uk_ids, "_DIGIT"),
    (uk_ids.CaseReferenceRecognizer, uk_ids.CaseReferenceRecognizer, "_SHAPE_NEEDS"),
    (uk_ids.CollarNumberRecognizer, uk_ids, "_DIGIT"),
    (uk_ids.PoliceIdRecognizer, uk_ids, "_DIGIT"),
    (uk_ids.PropertyRegisterRecognizer, uk_ids, "_DIGIT"),
    (people.InitialsRecognizer, people.InitialsRecognizer, "_ROLE_INITIALS_ALONE"),
    (people.LetterNameRecognizer, people.LetterNameRecognizer, "_ROLE_LETTER_ALONE"),
])
def test_a_skipped_text_has_no_find(monkeypatch, make, module, name):
    recognizer = make()
    guarded = _finds(recognizer, TEXTS)
    monkeypatch.setattr(module, name, {} if isinstance(getattr(module, name), dict) else ALWAYS)
    unguarded = _finds(recognizer, TEXTS)
    assert guarded == unguarded
    assert any(guarded), "the texts hold none of what this recogniser finds"


def test_date_elements_grouped_by_first_letter_match_as_the_plain_lists():
    plain = re.compile(dates._ELEMENT.pattern.replace(
        "(?i:" + dates._by_first_letter(dates._MONTH_ELEMENT) + ")", "(?i:" + dates._MONTH_ELEMENT + ")").replace(
        "(?i:" + dates._by_first_letter(dates._WEEKDAY_ELEMENT) + ")", "(?i:" + dates._WEEKDAY_ELEMENT + ")").replace(
        "(?i:" + dates._by_first_letter(dates._ORDINAL_WORD_ELEMENT) + ")",
        "(?i:" + dates._ORDINAL_WORD_ELEMENT + ")").replace(
        "(?i:" + dates._by_first_letter(dates._CARDINAL_ELEMENT) + ")", "(?i:" + dates._CARDINAL_ELEMENT + ")"),
        re.VERBOSE)
    assert plain.pattern != dates._ELEMENT.pattern
    words = [w.replace(r"\s", " ") for alternation in (dates._MONTH_ELEMENT, dates._WEEKDAY_ELEMENT,
                                                       dates._ORDINAL_WORD_ELEMENT, dates._CARDINAL_ELEMENT)
             for w in alternation.split("|")]
    # "ſ" and "K" (Kelvin) match "s" and "k" without case; "İ" and "ı" are near "i"
    pieces = words + ["1", "14", "2023", "'21", "’99", "st", "th", "-", " ", "/", ".", "x", "ſ", "K", "İ", "ı",
                      "é", ":", "\n", "a", "-x"]
    rnd = random.Random(11)
    texts = TEXTS + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8))) for _ in range(3000)]
    texts = [t.upper() if i % 7 == 0 else t for i, t in enumerate(texts)]

    def elements(pattern, text):
        return [(m.span(), m.lastgroup, m.group("suffix")) for m in pattern.finditer(text)]

    assert [elements(dates._ELEMENT, t) for t in texts] == [elements(plain, t) for t in texts]
