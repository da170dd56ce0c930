"""A family called by its surname in the plural is a family of the review, whatever the model makes of it.

Found by sentences a DHR writes about neighbours and relatives: "The Morrisons had moved in next door", "She
stayed at the Adeyemis' house", "The Begums were well known to the police" were all left as written (20 of 49
surnames from many communities), because the model read the plural as a shop, a place or nothing. Words that are
plurals of surnames and something else first ("the Philippines", "the Samaritans", "the Greens") stay.
"""
from __future__ import annotations

import re

import pytest

from conftest import VICTIM_ONLY, quiet_redactor

SURNAMES = ["Morrison", "Henderson", "Nowak", "Kowalski", "Okonkwo", "Adeyemi", "Mensah", "Patel", "Khan",
            "Hussain", "Begum", "Nguyen", "Chen", "Wong", "Murphy", "Kelly", "Byrne", "Walsh", "Yilmaz", "Demir",
            "Kaya", "Ahmed", "Ali", "Warsame", "Farah", "Singh", "Kaur", "Gill", "Sandhu", "Campbell", "Brown",
            "Thompson", "Fitzgerald", "Williams", "Jones", "Davies", "Evans", "Taylor", "Wilson", "Robinson",
            "Wright", "Walker", "Brooks"]
# Plurals that English uses as words first ("browns"): a family only with an owner's apostrophe, so these stay
KNOWN_MISSES = {"Brown"}
SENTENCES = ["The {p} had moved in next door.", "She stayed at the {p}' house that night.",
             "The {p} were well known to the police.", "Both of the {p} attended the inquest.",
             "Neighbours said the {p} argued loudly."]


def _plural(surname: str) -> str:
    return surname + ("es" if surname.endswith(("s", "sh", "ch", "x", "z")) else "s")


@pytest.fixture(scope="module")
def redacted():
    lines = [SENTENCES[i % len(SENTENCES)].format(p=_plural(s)) for i, s in enumerate(SURNAMES)]
    out = quiet_redactor(VICTIM_ONLY).redact_text("\n\n".join(lines)).split("\n\n")
    return list(zip(SURNAMES, lines, out))


@pytest.mark.parametrize("index", [
    pytest.param(i, marks=pytest.mark.xfail(strict=True, reason="a plural English uses as a word, no apostrophe"))
    if s in KNOWN_MISSES else i for i, s in enumerate(SURNAMES)])
def test_a_family_called_by_its_plural_goes(redacted, index):
    surname, line, out = redacted[index]
    assert not re.search(rf"\b{surname}", out), (line, out)


@pytest.mark.parametrize("text", ["The Morrisons had moved in next door.", "The Kowalskis were well known to the police.",
                                  "Both of the Okonkwos attended the inquest.", "Neighbours said the Nguyens argued."])
def test_it_reads_as_a_family(text):
    out = quiet_redactor(VICTIM_ONLY).redact_text(text)
    assert re.search(r"\bFamily \d+ (?:had|were|attended|argued)", out), out


@pytest.mark.parametrize("text", [
    "She grew up in the Philippines.",
    "The Samaritans were called twice.",
    "The Christians and the Sikhs of the area were consulted.",
    "She watched the Olympics with the children.",
    "The Greens won a seat in 2019.",
    "They walked through the Woods at night.",
    "She worked through the Mondays and the Fridays.",
    "The Lords debated the Domestic Abuse Bill.",
])
def test_a_plural_that_is_something_else_first_stays(text):
    assert quiet_redactor(VICTIM_ONLY).redact_text(text) == text


def test_an_ordinary_plural_that_owns_something_is_a_family():
    out = quiet_redactor(VICTIM_ONLY).redact_text("She stayed at the Woods' house that night.")
    assert "Woods" not in out and "Family" in out, out


def test_the_family_and_its_members_share_a_number():
    out = quiet_redactor(VICTIM_ONLY).redact_text(
        "Both of the Okonkwos attended the inquest, and Mrs Okonkwo spoke to the panel.")
    number = re.search(r"Family (\d+)", out).group(1)
    assert f"Person {number}" in out and "Okonkwo" not in out, out


def test_a_listed_family_takes_its_pseudonym():
    rules = {"people": [{"name": "Grace Mensah", "pseudonym": "Efua", "surname_pseudonym": "Owusu"}],
             "dates": {"date_of_death": "2023-06-14"}}
    out = quiet_redactor(rules).redact_text("The Mensahs had moved in next door.")
    assert out == "The Owusus had moved in next door.", out


def test_a_family_after_the_and_a_tab_or_other_space():
    """The quick test before the pattern asked for "he " with a space, where the pattern takes any space but a
    line break ("the\\tMorrisons" in a table-like line)."""
    out = quiet_redactor(VICTIM_ONLY).redact_text("Police visited the\tMorrisons twice.")
    assert "Morrisons" not in out, out
