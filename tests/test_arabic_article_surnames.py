"""An Arabic family name with its article, written the other ways families and agencies write it: "Al-Hassan" as
"Al Hassan", "El-Hassan", "Alhassan", and the name without its article ("Mr Hassan", "Hassan said").

Found by a probe of listed names: each of those became an unlisted "Person N" where the model caught it (or stayed
where it did not), and `verify` passed them all.
"""
from __future__ import annotations

import pytest

from conftest import quiet_redactor

from redact.api import verify_bytes

PEOPLE = [("Mohammed Al-Hassan", "Hassan"), ("Layla El-Masri", "Masri"), ("Yusuf Al-Rashid", "Rashid"),
          ("Amira Al-Tamimi", "Tamimi"), ("Khalid El-Sayed", "Sayed"), ("Noor Al-Farsi", "Farsi")]


def _forms(full: str, core: str) -> list[str]:
    first = full.split()[0]
    return [f"{first} Al {core}", f"{first} El-{core}", f"{first} Al{core.lower()}", f"Al{core.lower()}",
            f"Mr {core}" if first in ("Mohammed", "Yusuf", "Khalid") else f"Mrs {core}", f"El {core}"]


SENTENCES = ["{f} was seen at the address.", "Police spoke to {f} twice.", "The GP referred {f} to the clinic."]
CASES = [(full, form, SENTENCES[i % len(SENTENCES)]) for full, core in PEOPLE
         for i, form in enumerate(_forms(full, core))]


def _rules(full: str) -> dict:
    return {"people": [{"name": full, "pseudonym": "Sami Nasser"}], "dates": {"date_of_death": "2023-06-14"}}


@pytest.mark.parametrize("full, form, template", CASES)
def test_the_other_writing_is_the_listed_name(full, form, template):
    text = template.format(f=form)
    assert not verify_bytes(text.encode(), "txt", _rules(full)).ok
    out = quiet_redactor(_rules(full)).redact_text(text)
    core = full.split("-")[1]
    assert core.lower() not in out.lower() and "Sami Nasser" in out, out
    assert verify_bytes(out.encode(), "txt", _rules(full)).ok


@pytest.mark.parametrize("text", ["The Al-Anon meeting was on Tuesday.", "She studied at Al-Azhar University."])
def test_other_names_with_the_article_stay(text):
    assert quiet_redactor(_rules("Mohammed Al-Hassan")).redact_text(text) == text


# the article is no part of a compound surname of its own: with any of these names listed ("Al-Hassan"), another
# name with the article stays whole (the halves rule of a compound surname had made "Al" the listed person)
# (open, another matter: the model and the business reader take some such names whatever is listed: "the Al-Noor
# Mosque" -> "the Place 1-Person 1", "The El-Tawhid bookshop" -> "Person 1-Tawhid bookshop", "Al-Basha Grill" ->
# "[local business]")
OTHER_ARTICLE_NAMES = ["The Al-Anon meeting was on Tuesday.", "She studied at Al-Azhar University.",
                       "She watched Al Jazeera at night.", "A worker from Ul-Haq Solicitors called."]


@pytest.mark.parametrize("full, text", [(full, text) for full, _ in PEOPLE for text in OTHER_ARTICLE_NAMES])
def test_another_name_with_the_article_stays_beside_each_listed_one(full, text):
    assert quiet_redactor(_rules(full)).redact_text(text) == text
