"""Initials that spell a Roman numeral of hundreds ("CM" for Chidi Mensah, "MC" for Marta Cruz, "CC", "DL").

Found by the third draft generator: such initials were never looked for, as a Roman numeral, and stayed with
`verify` silent. A report numbers its parts and appendices with small numerals ("Part IV", "Appendix XII"), never
with hundreds, so only those stay unread.
"""
from __future__ import annotations

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

PEOPLE = [("Chidi Mensah", "CM"), ("Marta Cruz", "MC"), ("Ciara Connolly", "CC"), ("Deng Lual", "DL"),
          ("Cheng Lin", "CL"), ("Liam Carr", "LC"), ("Dawit Mekonnen", "DM")]
SENTENCES = ["Officers spoke to {i} at the address.", "{i} told the GP she was frightened.",
             "12/03 Police: {i} and the victim seen."]


@pytest.mark.parametrize("name, letters", PEOPLE)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_initials_like_a_numeral_of_hundreds_are_replaced(name, letters, sentence):
    rules = {"people": [{"name": name, "pseudonym": "Ruth"}], "dates": {"date_of_death": "2023-06-14"}}
    text = sentence.format(i=letters)
    assert not verify_bytes(text.encode(), "txt", rules).ok, text
    out = quiet_redactor(rules).redact_text(text)
    assert letters not in out.split() and "Ruth" in out, out


@pytest.mark.parametrize("text", ["See Part IV of the report.", "Appendix XII lists the agencies.",
                                  "Section VI: the family's views.", "Chapter XL is cited."])
def test_the_numerals_a_report_numbers_with_stay(text):
    rules = {"people": [{"name": "Ivan Vasquez", "pseudonym": "Ruth"}, {"name": "Xia Li", "pseudonym": "Mei"}],
             "dates": {"date_of_death": "2023-06-14"}}
    assert verify_bytes(text.encode(), "txt", rules).ok
    out = quiet_redactor(rules).redact_text(text)    # (the model may still take "XII" for somebody unlisted)
    assert "Ruth" not in out and "Mei" not in out, out
