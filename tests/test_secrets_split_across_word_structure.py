"""A secret written across Word's structure is still the secret.

A phone number, an NHS number, an e-mail address, a listed name or the date of death cut by a table cell's end, a
paragraph's end (of the body or of a text box), a line break, a tab, a soft hyphen or a no-break hyphen: each half
alone is no secret, so reading one text at a time passed it ("07700 900" | "123"). The drafts are generated
(``benchmarks/splits_probe.py``: names from every tradition in ``benchmarks/drafts/names.py``, random numbers,
dates and cut points), one for each seam and kind of secret, from a seed of their own.
"""
from __future__ import annotations

import random
import warnings

import pytest

from benchmarks.splits_probe import (KINDS, SEAMS, package, _rules, body_text, draft, kept_helpline, seam_xml,
                                     squashed, survives)
from redact.api import redact_bytes, verify_bytes

PAIRS = [(seam, kind) for seam in SEAMS for kind in KINDS]


def _redact(data: bytes, rules: dict) -> bytes:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return bytes(redact_bytes(data, "docx", rules))


@pytest.mark.parametrize("seam,kind", PAIRS)
def test_a_secret_cut_across_a_seam_is_replaced(seam, kind):
    d = draft(seam, kind, random.Random(f"{seam}/{kind}"))
    out = _redact(d.data, d.rules)
    assert not survives(d, out), (seam, kind, body_text(out))


@pytest.mark.parametrize("seam", SEAMS)
def test_a_kept_helpline_cut_across_a_seam_stays(seam):
    d = kept_helpline(seam, random.Random(seam))
    out = _redact(d.data, d.rules)
    assert survives(d, out), (seam, body_text(out))


@pytest.mark.parametrize("seam", ["cell", "paragraph", "text box"])
@pytest.mark.parametrize("cut", ["day | month year", "day month | year"])
def test_verify_reports_the_date_of_death_cut_between_two_texts(seam, cut):
    rules = _rules(random.Random(f"{seam}/{cut}"))
    year, month, day = (int(x) for x in rules["dates"]["date_of_death"].split("-"))
    from benchmarks.splits_probe import MONTHS

    first, second = (str(day), f"{MONTHS[month - 1]} {year}") if cut.startswith("day |") else \
        (f"{day} {MONTHS[month - 1]}", str(year))
    data = package(seam_xml(seam, f"The ambulance service attended on {first}", f"{second} at 04:10."))
    verdict = verify_bytes(data, "docx", rules)
    assert not verdict.ok
    assert any(leak.kind == "date_of_death" for leak in verdict.leaks)
    # and the output apply writes passes
    assert verify_bytes(_redact(data, rules), "docx", rules).ok


def test_verify_passes_another_date_cut_between_two_paragraphs():
    rules = _rules(random.Random(3))
    year = int(rules["dates"]["date_of_death"][:4])
    data = package(seam_xml("paragraph", "The first referral was on 2", f"March {year - 3} by the GP."))
    assert verify_bytes(data, "docx", rules).ok


def test_one_placeholder_for_one_secret():
    """The half after the cut goes with the first half's placeholder: one "[phone]", not one in each cell."""
    rules = _rules(random.Random(5))
    data = package(seam_xml("cell", "Mobile: 07700 900", "461 (given to the police)"))
    text = body_text(_redact(data, rules))
    assert "461" not in text and "900" not in text
    assert text.count("[phone]") == 1, text
    assert "(given to the police)" in text


# Numbers beside a cut that no reading joins into a secret: a table's counts, section numbers, times and years
ORDINARY = [
    ("cell", "2019", "12 contacts"),
    ("cell", "Section 4", "7 agencies"),
    ("cell", "14/03/2019", "GP appointment at 10:30"),
    ("paragraph", "The panel met 6", "times between 2021 and 2023."),
    ("paragraph", "Recommendations are in section 9", "10 agencies took part."),
    ("break", "Total referrals: 1204", "Total repeat referrals: 311"),
    ("tab", "Case 0161", "496 cases were reviewed"),
    ("paragraph", "See paragraph 3.2", "and appendix 4."),
    # a reference beside a year reads as a freephone number (0800 123 2023): no mobile, no "+", no phone word
    ("cell", "0800123", "2023"),
    ("tab", "Total 0800123", "2023"),
    ("break", "Total 0800123", "2023"),
    ("cell", "Ref 0161 496", "0000 closed"),
]


@pytest.mark.parametrize("seam,before,after", ORDINARY)
def test_ordinary_numbers_beside_a_cut_stay(seam, before, after):
    rules = _rules(random.Random(f"{before}"))
    rules["dates"]["date_of_death"] = "2022-11-28"
    data = package(seam_xml(seam, before, after))
    text = body_text(_redact(data, rules))
    assert squashed(before + after) in squashed(text), text


# A whole secret on one side, and the next text starting with a word or a section number: what a reading across the
# cut makes longer ("example.orgPerpetrator", "018733).15.37") is not a secret cut in two
WHOLE_BESIDE_A_CUT = [
    ("cell", "e-mail margaret.doyle71@example.org", "Perpetrator"),
    ("paragraph", "Her e-mail was steve.doyle@example.org", "The panel agreed the following lines of enquiry:"),
    ("paragraph", "The risk was assessed as standard (crime reference WP/21/018733).", "15.37 Officers were sent"),
    ("cell", "Mobile 07700 900461", "2. Housing"),
    ("paragraph", "Call 0808 2000 247 (freephone)", "3.1 The chair thanks the family."),
]


@pytest.mark.parametrize("seam,before,after", WHOLE_BESIDE_A_CUT)
def test_a_whole_secret_beside_a_cut_leaves_the_next_text(seam, before, after):
    rules = _rules(random.Random(f"{after}"))
    data = package(seam_xml(seam, before, after))
    text = body_text(_redact(data, rules))
    assert squashed(after) in squashed(text), text


@pytest.mark.parametrize("seam", ["cell", "paragraph", "tab"])
def test_a_landline_cut_across_a_seam_after_a_phone_word_is_replaced(seam):
    rules = _rules(random.Random(seam))
    data = package(seam_xml(seam, "Her landline number: 0161 496", "0018 (home)"))
    text = body_text(_redact(data, rules))
    assert "0018" not in text and "496" not in text, text
