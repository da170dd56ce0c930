"""Red team of unseen drafts (brief "redteam52"): a few seeds of ``redteam52_gen`` (contacts, reference numbers and
listed names as people paste them, in text and in a .docx's places, every part of the output zip searched) through
apply and ``verify --strict`` with each case's own rules. Nothing planted may survive, verify must see the draft's
and controls keep their strings (with the two cases a seed brief "redteam53" added: a phone cut by a table's bar, a
postcode under an address's label, a phone in a field code's argument or a "tel:"/wa.me link). The whole count is
``python tests/redteam52_gen.py [--show] [--part both]``.
"""
from __future__ import annotations

import pytest

import redteam52_gen as gen

# Brief "redteam53" closed the classes redteam52 left open (a phone cut by a table's bar, a postcode under an address's
# label, a phone joined by underscores in a field code, verify --strict passing a draft's unlisted handle or account
# link): none is xfailed. Still open (docs/quality.md): a custom property's figures that are no valid number
# ("05707 17520") pass verify while apply drops the whole part; no seed here draws one.
SEEDS = range(0, 6)


@pytest.mark.parametrize("case", [c for seed in SEEDS for c in gen.make_cases(seed)],
                         ids=lambda c: f"{c['seed']}-{c['kind']}")
def test_nothing_planted_survives_and_verify_sees_it(case):
    output, result = gen.run_case(case)
    assert result is None, f"{result}: {case.get('sentence') or case.get('value')!r} -> {output!r}"


RULES = {"version": 1, "review": "t", "people": [{"name": "Hodan Warsame", "pseudonym": "Mary"}],
         "dates": {"date_of_death": "2023-07-09"}}


@pytest.mark.parametrize("sentence, secret", [
    # ten figures after "NHS" or its label grouped other than 3-3-4
    ("Records show NHS: 4229 343 094 (checked 2023).", "4229"),
    ("nhs no. 119.209.0071", "0071"),
    ("NHS number 660  524  4168", "4168"),
    ("NHS 3 7 0 1 3 0 2 7 8 2", "7 8 2"),
    # a plate after "VRN", in small letters, or letter by letter after its label
    ("VRN lr67cde", "lr67cde"),
    ("- VRN: mw12 xpt", "xpt"),
    ("a silver Golf, reg B D 1 9 C D E", "C D E"),
    # a force's crime reference with spaces around its slashes; a record number with a group split off
    ("Records show crime no. 13 / 292346 / 23 (checked 2023).", "292346"),
    ("Crime 44 / 123456 / 22 was filed.", "123456"),
    ("- Police ref 918 521/21", "521"),
    # a postcode typed letter by letter beside an address word
    ("Address: Quarry Hill Road (L S 6 2 A B)", "6 2 A B"),
    ("She lived at Harewood Crescent (C F 2 4 3 D N).", "3 D N"),
    ("Postcode: S W 9  0 J J", "0 J J"),
])
def test_an_identifier_typed_another_way_goes_and_verify_sees_it(sentence, secret):
    from quietly import redact_text
    from redact.api import verify_bytes

    output = redact_text(sentence, RULES)
    assert secret not in output, output
    assert not verify_bytes(sentence.encode(), "txt", RULES, strict=True).ok


@pytest.mark.parametrize("sentence", [
    "NHS 111 was called; her NHS number was not known.",
    "The NHS spent 1.5 million on 3 beds in 2021.",
    "NHS 111 was rung twice in 2 days.",
    "NHS no. 999 659-6931 and 0113 496 0327 (a phone beside it)",
    "The reg for the event was 12 May.",
    "See refs 4 / 5 of the report.",
    "The ratio was 3 / 4 and then 13 / 2023 / 24.",
    "Grades were A B 1 2 A B in the tests.",
])
def test_numbers_near_those_labels_that_are_no_identifier_stay(sentence):
    from quietly import redact_text

    output = redact_text(sentence, RULES)
    kept = [w for w in sentence.split() if any(c.isdigit() for c in w) and "0113" not in sentence]
    assert all(w in output for w in kept), output
    assert "A B 1 2" not in sentence or "A B 1 2" in output, output


@pytest.mark.parametrize("sentence, secret", [
    # a phone whose groups a table's bar cuts, in a line copied from a table or a markdown table's row
    ("She rang the IDVA from +880 | 1709 859789 on three occasions.", "859789"),
    ("- WhatsApp +353 | 87 739 8797 (Nigeria SIM)", "8797"),
    ("Tel: 07700 | 900 123", "900 123"),
    ("| Name | Mobile |\n|---|---|\n| Hodan | 07700 | 900123 |", "900123"),
    ("| Sister | 00263 | 77 | 497 | 2835 |", "2835"),
    ("| Victim | phone | +40|723331204 |", "723331204"),
    # a postcode under an address's label on a line of its own
    ("Home address\nSt Aidan's Walk (C F 2 4 3 D N)", "3 D N"),
    ("Address (victim):\n12 Marlpit Lane\nL S 6  2 A B", "2 A B"),
    ("Postcode\nMarlpit Lane - B 1 2 9 Q R", "9 Q R"),
    # an international number joined by underscores, as a mail merge's field or a bookmark names it
    ("MERGEFIELD 353_0_719324370", "719324370"),
    ("MERGEFIELD 254_730_282828", "282828"),
    ("MERGEFIELD 44_0_7700900123", "7700900123"),
])
def test_a_contact_cut_by_a_table_or_a_label_or_joined_goes_and_verify_sees_it(sentence, secret):
    from quietly import redact_text
    from redact.api import verify_bytes

    output = redact_text(sentence, RULES)
    assert secret not in output, output
    assert not verify_bytes(sentence.encode(), "txt", RULES, strict=True).ok


@pytest.mark.parametrize("sentence", [
    "Screenshots from @simrz_d were given to police.",             # a handle with no platform word (0.6)
    "Screenshots from wa.me/447700900747 were given to police.",   # a messaging link to a number
    "Her profile https://www.facebook.com/hodan.w.7 was reported.",
    "He messaged her on t.me/hodanw daily.",
])
def test_verify_strict_fails_a_draft_holding_a_contact_apply_removes(sentence):
    from quietly import redact_text
    from redact.api import verify_bytes

    output = redact_text(sentence, RULES)
    assert not verify_bytes(sentence.encode(), "txt", RULES, strict=True).ok
    assert verify_bytes(output.encode(), "txt", RULES, strict=True).ok, output


@pytest.mark.parametrize("sentence", [
    "See https://www.gov.uk/government/publications/domestic-homicide-review-statutory-guidance for guidance.",
    "Help is at https://www.womensaid.org.uk/information-support/ and on 0808 2000 247.",
    "She used Facebook and Instagram every day.",
])
def test_verify_strict_passes_guidance_links_after_apply(sentence):
    from quietly import redact_text
    from redact.api import verify_bytes

    output = redact_text(sentence, RULES)
    assert verify_bytes(output.encode(), "txt", RULES, strict=True).ok, output
    if "http" in sentence and "0808" not in sentence:
        assert verify_bytes(sentence.encode(), "txt", RULES, strict=True).ok


@pytest.mark.parametrize("sentence, kept", [
    ("| Month | Calls | Texts |\n|---|---|---|\n| May | 12 | 340 |", ["12", "340"]),
    ("| Year | 2019 | 2020 | 2021 |\n| Calls | 012 | 345 | 7 |", ["2019", "012", "345"]),
    ("| Referrals | 0 | 1234567890 |", ["1234567890"]),
    ("The calls came in 2019 | 2020 | 2021.", ["2019", "2020", "2021"]),
    ("Address\nThe grid squares were\nA B 1 2 A B and more.", ["A B 1 2 A B"]),
    ("Address: grid A - B 1 2 A B", ["B 1 2 A B"]),
    ("Cases Case_0001_0002_0003 and row_0_1_2_3_4_5_6 were merged.", ["0001_0002_0003", "row_0_1_2_3_4_5_6"]),
    ("The export was saved as export_20241028_030716_0001.csv.", ["20241028_030716_0001"]),
])
def test_tables_labels_and_joined_figures_that_are_no_contact_stay(sentence, kept):
    from quietly import redact_text

    output = redact_text(sentence, RULES)
    assert all(k in output for k in kept), output


@pytest.mark.parametrize("value, secret", [
    ("+880 1772002555", "2002555"),
    ("07700 900123", "0900123"),
    ("+44 7700900456", "0900456"),
])
def test_a_phone_split_over_a_docx_rows_cells_goes_and_verify_sees_it(value, secret):
    """Apply reads a row's cells across their edge (``Detector._across_seams``); verify --strict now does too."""
    rules = gen.make_case(3, 0)["rules"]
    case = {"seed": 3, "kind": "docx_table_split", "source": "phone", "value": value, "rules": rules,
            "secrets": [secret], "docx_seed": f"table-split:{value}"}
    output, result = gen.run_case(case)
    assert result is None, f"{result}: {output}"
