"""uk_ids recognisers: NHS, NINO, vehicle registrations, record references and collar numbers."""
from __future__ import annotations

import pytest

from redact.detect.recognizers import (CaseReferenceRecognizer, CollarNumberRecognizer, NhsNumberRecognizer,
                                       NinoRecognizer, VehicleRegistrationRecognizer)
from recognizer_results import found, texts
from redact.entities import (COLLAR_NUMBER, COURT_CASE_NUMBER, POLICE_REFERENCE, REFERENCE, UK_NHS, UK_NINO,
                             UK_VEHICLE_REGISTRATION)


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
    assert [r.score for r in recognizer.analyze("Code ZH17 QKP appears.", [])] == [0.6]
    assert [r.score for r in recognizer.analyze("Code zh17 qkp appears.", [])] == [0.4]
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


# ---------------------------------------------------------------------------------------------------------------
# PNC and CRO numbers, custody, crime, MARAC and court references in unusual shapes: generated, both ways

import random

from redact.detect.recognizers import PoliceIdRecognizer

_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"


def _pnc(rng: random.Random) -> str:
    year = rng.randint(0, 99)
    serial = rng.randint(1, 9_999_999)
    return rng.choice([f"{year:02d}/{serial % 1_000_000:06d}", f"{1990 + year % 35}/{serial:07d}",
                       f"{year:02d}/{serial % 100_000:05d}"]) + rng.choice(_LETTERS)


def test_issue_example_pnc_id():
    assert found(PoliceIdRecognizer(), "His PNC 19/448120T record showed previous offences.") == [
        (POLICE_REFERENCE, "19/448120T")]


def test_generated_pnc_and_cro_numbers_with_and_without_a_label():
    rng = random.Random(19)
    recognizer = PoliceIdRecognizer()
    labels = ["PNC", "PNC ID", "PNC ID:", "PNC number", "PNC no.", "his PNC record", "", "CRO"]
    for _ in range(60):
        value = _pnc(rng) if rng.random() < 0.8 else f"{rng.randint(10_000, 999_999)}/{rng.randint(0, 99):02d}" \
                                                         f"{rng.choice(_LETTERS)}"
        text = f"Checks showed {rng.choice(labels)} {value} with previous convictions.".replace("  ", " ")
        assert found(recognizer, text) == [(POLICE_REFERENCE, value)], text


@pytest.mark.parametrize("text,value,kind", [
    ("His custody number 01234567 was logged.", "01234567", POLICE_REFERENCE),
    ("custody record CU/21/001234 noted injuries", "CU/21/001234", POLICE_REFERENCE),
    ("The file was given URN 42XY1234521 by the CPS.", "42XY1234521", POLICE_REFERENCE),
    ("Storm log 1234 of 12/03/2021 recorded the call.", "1234", POLICE_REFERENCE),
    ("CAD 4471 was opened.", "4471", POLICE_REFERENCE),
    ("MARAC ref MAR-2021-0412 was heard in June.", "MAR-2021-0412", REFERENCE),
    ("Court ref HT21P00412 listed the hearing.", "HT21P00412", COURT_CASE_NUMBER),
    ("claim number F12YJ345 was issued.", "F12YJ345", COURT_CASE_NUMBER),
    ("Niche ref 42210123456 holds the report.", "42210123456", POLICE_REFERENCE),
])
def test_labelled_references_of_any_shape(text, value, kind):
    assert (kind, value) in found(PoliceIdRecognizer(), text)


def test_generated_labelled_references():
    rng = random.Random(23)
    recognizer = PoliceIdRecognizer()
    labels = {"custody number": POLICE_REFERENCE, "custody ref": POLICE_REFERENCE, "URN": POLICE_REFERENCE,
              "Athena ref": POLICE_REFERENCE, "crime reference": POLICE_REFERENCE, "occurrence": POLICE_REFERENCE,
              "MARAC reference": REFERENCE, "court case number": COURT_CASE_NUMBER}
    for _ in range(60):
        label, kind = rng.choice(sorted(labels.items()))
        value = rng.choice([f"{rng.randint(100, 99_999_999)}",
                            f"{rng.choice(['HT', 'WP', 'CU', 'MAR'])}/{rng.randint(10, 25)}/{rng.randint(100, 99_999)}",
                            f"{rng.randint(10, 99)}{rng.choice(_LETTERS)}{rng.choice(_LETTERS)}{rng.randint(1000, 9_999_999)}"])
        text = f"The {label} {value} was recorded."
        assert (kind, value) in found(recognizer, text), text


@pytest.mark.parametrize("text", [
    "It was discussed at MARAC 2019 and again in 2020.", "the incident on 12/03/2021 was graded", "held in custody for 36 hours",
    "In the case 2 children were present.", "a crime 101 call", "at court on 3 May 2021", "the case 2021/22 budget",
    "Section 12 of the Act", "Article 3 ECHR", "Crown Court hearing 2", "PNC checks were made", "CRO records were empty",
    "version 19/20 of the guidance", "1/2 of the calls", "the Court 1998 judgment",
])
def test_things_that_are_no_police_id(text):
    assert PoliceIdRecognizer().analyze(text, []) == []


@pytest.mark.parametrize("label", ["plot no.", "plots nos.", "parcel number", "registration no.", "Title No.",
                                   "land registry no.", "folio no."])
@pytest.mark.parametrize("values", [["142"], ["260", "268", "119/5", "164.9", "121/2/3"], ["D-4840"],
                                    ["45", "425"]])
def test_register_numbers_after_their_label_whatever_their_shape(label, values):
    from redact.detect.recognizers import PropertyRegisterRecognizer

    listed = values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1]
    text = f"The land was registered under {label} {listed}. The applicant also produced 3 certificates."
    assert found(PropertyRegisterRecognizer(), text) == [(REFERENCE, v) for v in values], text


def test_a_register_number_takes_its_sheet_and_no_quantity_after_it():
    from redact.detect.recognizers import PropertyRegisterRecognizer

    recognizer = PropertyRegisterRecognizer()
    assert texts(recognizer, "a plot of land (plot no. 142, sheet/plan 33/29) with buildings") == ["142", "33/29"]
    assert texts(recognizer, "Plot no. 5, and 6 years later the plot no. 7 or 8 hectares") == ["5", "7"]
    assert texts(recognizer, "Her car registration was checked; plot 12 of the estate; no. 10 Downing Street") == []


def test_a_vehicle_registration_number_is_left_whole_to_its_recogniser():
    from redact.detect.recognizers import PropertyRegisterRecognizer

    assert texts(PropertyRegisterRecognizer(), "the registered keeper, registration number T61 TBX, was caught") == []
