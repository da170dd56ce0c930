"""uk_ids recognisers: NHS, NINO, vehicle registrations, record references and collar numbers."""
from __future__ import annotations

import pytest

from redact.detect.recognizers import (CaseReferenceRecognizer, CollarNumberRecognizer, NhsNumberRecognizer,
                                       NinoRecognizer, VehicleRegistrationRecognizer)
from redact.entities import (COLLAR_NUMBER, COURT_CASE_NUMBER, POLICE_REFERENCE, REFERENCE, UK_NHS, UK_NINO,
                             UK_VEHICLE_REGISTRATION)


def found(recognizer, text, entities=None):
    """(entity type, matched text) pairs, left to right."""
    results = sorted(recognizer.analyze(text, entities or [], None), key=lambda r: r.start)
    return [(r.entity_type, text[r.start:r.end]) for r in results]


def texts(recognizer, text, entities=None):
    return [t for _, t in found(recognizer, text, entities)]


def test_nhs_number_checksum():
    recognizer = NhsNumberRecognizer()
    assert found(recognizer, "NHS no. 999 659 6931; 9996596931; 999-659-6931") == [
        (UK_NHS, "999 659 6931"), (UK_NHS, "9996596931"), (UK_NHS, "999-659-6931")]
    assert recognizer.analyze("NHS no. 999 659 6932", []) == []  # wrong check digit
    assert recognizer.analyze("NHS no. 999 659-6931 and 0113 496 0327", []) == []  # mixed separators, a phone
    assert [r.score for r in recognizer.analyze("999 659 6931", [])] == [1.0]


def test_national_insurance_numbers():
    recognizer = NinoRecognizer()
    assert texts(recognizer, "NI number QQ123456C, also QQ 12 34 56 C and AB 123456 A?") == [
        "QQ123456C", "QQ 12 34 56 C"]
    assert recognizer.analyze("GB123456A, DQ123456C and QQ123456E are not", []) == []
    assert {r.entity_type for r in recognizer.analyze("QQ123456C", [])} == {UK_NINO}


def test_vehicle_registration_scores_by_context():
    recognizer = VehicleRegistrationRecognizer()
    with_context = recognizer.analyze("He was arrested in his car, ZT63 QWD, two miles away.", [])
    assert [(r.entity_type, r.score) for r in with_context] == [(UK_VEHICLE_REGISTRATION, 0.85)]
    assert [r.score for r in recognizer.analyze("Code ZH17 QKP appears.", [])] == [0.4]
    assert recognizer.analyze("HT4 7QD, MARAC, PC 4471, ZH99 QKP", []) == []


@pytest.mark.parametrize("text, expected", [
    ("recorded under crime reference WP/23/011872.", (POLICE_REFERENCE, "WP/23/011872")),
    ("Wealdshire Police occurrence OCC/20/40218 was opened.", (POLICE_REFERENCE, "OCC/20/40218")),
    ("The DASH was recorded by officers as medium risk, reference EC-21-0093321.",
     (POLICE_REFERENCE, "EC-21-0093321")),
    ("A DASH risk assessment was graded (crime reference HP2100447812).", (POLICE_REFERENCE, "HP2100447812")),
    ("The case was heard at MARAC, reference MARAC/HT/21/118.", (REFERENCE, "MARAC/HT/21/118")),
    ("The rent account (tenancy reference BDC/TEN/448120) fell into arrears.", (REFERENCE, "BDC/TEN/448120")),
    ("settled status ref. EUSS-4418-2201-77)", (REFERENCE, "EUSS-4418-2201-77")),
    ("Her mental health record (RiO 4471823) shows two contacts.", (REFERENCE, "RiO 4471823")),
    ("He was sentenced at the Crown Court, case number T20237045.", (COURT_CASE_NUMBER, "T20237045")),
    ("Police log LP/19/77821 | Lowmarsh Police", (POLICE_REFERENCE, "LP/19/77821")),
    ("The claims of the applicant Beet (47676/99) were declared admissible.", (REFERENCE, "47676/99")),
    ("The first, file no. 3/176, concerned the applicant.", (REFERENCE, "3/176")),
])
def test_references(text, expected):
    assert found(CaseReferenceRecognizer(), text) == [expected]


@pytest.mark.parametrize("text", [
    "Section 9 of the Domestic Violence, Crime and Victims Act 2004 requires a review.",
    "The Equality Act 2010 and the Care Act 2014 apply; see paragraph 4.1.12.",
    "During COVID-19 the ICD-10 code F32 was used by the GP; 12.5% of £1,400.",
    "MARAC, MAPPA, IDVA, DASH, DHR 2023-01 and CSP meetings in 2019 and 2021/22.",
    "PC 4471 and DS 2231 attended; the NHS number was not recorded.",
    "In 2019/20 and 2020/2021 the budget was 12,345/12 of the plan; ratio 10,000/52.",
    "She scored no. 1/2 of the marks; see no. 12 and nos. 4/5 and no. 12/3.",
])

def test_reference_false_friends(text):
    assert CaseReferenceRecognizer().analyze(text, []) == []


def test_references_keep_one_type_per_value():
    text = ("Police crime reference WP/21/018733 was raised.\n"
            "Risk was reviewed under WP/21/018733 at the meeting.")
    assert {t for t, _ in found(CaseReferenceRecognizer(), text)} == {POLICE_REFERENCE}


def test_collar_numbers_without_the_rank():
    recognizer = CollarNumberRecognizer()
    results = recognizer.analyze("PC 4471 Daniel Okafor, DC 2231 and PS 118 attended; PC Hughes did not.", [])
    assert found(recognizer, "PC 4471 Daniel Okafor, DC 2231 and PS 118 attended; PC Hughes did not.") == [
        (COLLAR_NUMBER, "4471"), (COLLAR_NUMBER, "2231"), (COLLAR_NUMBER, "118")]
    assert [r.recognition_metadata["rank"] for r in results] == ["PC", "DC", "PS"]
    assert recognizer.analyze("A PC, a DS and 4471 calls in 2019; PC 2.5", []) == []
