"""An address identifies the family whether or not the rules list it: every way a DHR author writes a UK address is
found and replaced, and report text of the same shape stays.

Found by a red-team and widened by a generator (tests/uk_addresses.py): on main, 163 of 400 generated sentences
(tuning seed) and 164 of 400 (held-back) kept some of the address: a comma after the number where no "at" came
before ("They rented 7, Rowan Drive"), Welsh streets ("12 Heol y Frenhines", "7 Stryd Fawr", "22 LON Y FELIN"),
Scottish types and tenement flats ("Flat 0/2, 10 Castle Vennel", "Flat 3F2, ...", "2/1, 17 Argyle Street"),
hyphenated Welsh names ("4 Pen-y-bryn Road"), short types a case note writes ("9 Heron Gro", "4 Ash Cotts"), a
street starting "West", "Old" or "North" ("12 West End Rise"), a flat with a letter or a floor ("Flat B",
"Basement Flat"), a house's name that is no "Cottage" ("The Willows, Kiln Road", "Tŷ Gwyn, Heol y Felin"), a
street named with an allow-listed word ("7 Easter Terrace", trimmed to "Terrace"), an address in a table row
followed by a tab and "Health visitor" (read as "Mill Lane Health ..."), and an outward code alone ("lived in the
CF10 area", "moved to LS8"). After: 0 of 400 and 0 of 2,000 (tuning), 0 of 400 (held-back). Sentences that hold
no address but a count or a court ("There were 9 Mill Lane incidents", "28 View Court hearings", "was moved to E1
in 2022"): 28 of 300 became [address] or [postcode] on main (tuning), 32 of 300 (held-back); 0 and 0 after.
"""
from __future__ import annotations

import re

import pytest

from conftest import quiet_redactor
from redact.api import verify_bytes
from uk_addresses import cases, must_stay

RULES = {"people": [{"name": "Joanne Pryor", "pseudonym": "Anna"}], "dates": {"date_of_death": "2023-05-14"}}
PLACEHOLDERS = ("[address]", "[postcode]")


@pytest.fixture(scope="module")
def redactor():
    return quiet_redactor(RULES)


def _survives(secret: str, text: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(secret)}(?![\w])", text, re.IGNORECASE) is not None


@pytest.mark.parametrize("case", cases("tuning", 400), ids=lambda c: c.sentence[:60])
def test_an_unlisted_address_is_replaced(redactor, case):
    out = redactor.redact_text(case.sentence)
    assert any(p in out for p in PLACEHOLDERS), (case.form, out)
    assert not [s for s in case.secrets if _survives(s, out)], (case.form, out)


@pytest.mark.parametrize("case", cases("held-back", 200, seed=1), ids=lambda c: c.sentence[:60])
def test_an_unlisted_address_of_the_held_back_pools_is_replaced(redactor, case):
    out = redactor.redact_text(case.sentence)
    assert any(p in out for p in PLACEHOLDERS) and not [s for s in case.secrets if _survives(s, out)], (case.form, out)


@pytest.mark.parametrize("text", must_stay("tuning", 150) + must_stay("held-back", 80))
def test_report_text_is_no_address(redactor, text):
    out = redactor.redact_text(text)
    assert not any(p in out for p in PLACEHOLDERS), out


@pytest.mark.parametrize("text, address", [
    ("Anna lived at 41, Rose Court with her son.", "41, Rose Court"),
    ("12/03/2021 | 41, Rose Court | Police attended", "41, Rose Court"),
    ("Anna lived at 12 Heol y Frenhines with her son.", "12 Heol y Frenhines"),
    ("ADDRESS: 22 LON Y FELIN", "22 LON Y FELIN"),
    ("They rented 51 stryd yr eglwys from a private landlord.", "51 stryd yr eglwys"),
    ("She lived on Stryd Fawr above the shop.", "Stryd Fawr"),
    ("The family moved to 9 Rhodfa'r Môr in 2019.", "9 Rhodfa'r Môr"),
    ("Police attended Tŷ Gwyn, Heol y Felin at 2am.", "Tŷ Gwyn, Heol y Felin"),
    ("She lived at The Willows, Kiln Road.", "The Willows, Kiln Road"),
    ("She lived at 2/1 17 Argyle St in 2019.", "2/1 17 Argyle St"),
    ("He rented Flat 3F2, 12 Marchmont Rd from a friend.", "Flat 3F2, 12 Marchmont Rd"),
    ("She moved to Basement Flat, 9 Heron Gdns.", "Basement Flat, 9 Heron Gdns"),
    ("Anna lived at 4 Pen-y-bryn Road.", "4 Pen-y-bryn Road"),
    ("Anna lived at 7 Easter Terrace with her two children.", "7 Easter Terrace"),
    ("14.06.2020\tHome visit at 75b Upper Brook Place\tHealth visitor", "75b Upper Brook Place"),
    ("They moved to 12 West End Rise.", "12 West End Rise"),
])
def test_the_whole_address_is_one_replacement(redactor, text, address):
    out = redactor.redact_text(text)
    assert out == text.replace(address, "[address]"), out


@pytest.mark.parametrize("text, code", [
    ("Anna lived in the CF10 area for ten years.", "CF10"), ("The family moved to LS8 in 2018.", "LS8"),
    ("He had an M14 address on the GP record.", "M14"), ("Her postcode area was BD7.", "BD7"),
    ("She moved to L8 to be near her sister.", "L8"), ("Her postcode was LS84AB.", "LS84AB"),
])
def test_a_postcode_without_its_space_or_its_outward_code_alone_is_replaced(redactor, text, code):
    assert redactor.redact_text(text) == text.replace(code, "[postcode]")


@pytest.mark.parametrize("text", [
    "The worker was moved to E1 in 2022.", "He was stopped on the M6 near junction 10.",
    "She moved to Year 9 in September.", "He was sent to Parc Prison in 2019.", "The leaflet was A4 sized.",
    "The IDVA service is based at Kingsmere House, Station Road.", "She went to Tesco, High Street.",
    "The children attended Mill Lane Primary School.", "Officers logged 29 High Street callouts that month.",
])
def test_a_code_a_prison_an_office_a_shop_or_a_count_is_no_address(redactor, text):
    assert not any(p in redactor.redact_text(text) for p in PLACEHOLDERS)


def test_verify_agrees_with_apply_for_a_listed_address_written_otherwise():
    """Apply and verify agree: a listed person near an unlisted Welsh address; the output passes verify."""
    text = "Joanne Pryor lived at 12 Heol y Frenhines (CF10 area) until 14 May 2023."
    assert not verify_bytes(text.encode(), "txt", RULES).ok
    out = quiet_redactor(RULES).redact_text(text)
    assert "Heol" not in out and "CF10" not in out and "Joanne" not in out, out
    assert verify_bytes(out.encode(), "txt", RULES).ok
