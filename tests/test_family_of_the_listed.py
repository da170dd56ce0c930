"""Family members who share a listed person's surname but are not listed themselves ("victim only" rules):
- "Joost van der Berg" where only Sanne van der Berg is listed: the model finds "Joost" alone, the listed surname
  follows; one unlisted person ("Person 1"), never "Person 1 Wendy";
- "Mr Hussain" where only Ayesha Hussain is listed: a title of the other sex names somebody else of the family
  ("Mr Person 1"), never "Mr Wendy", the victim's pseudonym given to her husband. Only where her sex is known (a
  title in the rules, or a given name of one sex): for "Nkechi Okafor", whose given name the lexicon does not
  place, "Mr Okafor" may still be read as her."""
from __future__ import annotations

import pytest

from redact import Redactor

FAMILIES = [("Sanne", "van der Berg", "Joost"), ("Maria", "da Silva Santos", "João"), ("Ayesha", "Hussain", "Imran"),
            ("Agnieszka", "Nowak", "Tomasz"), ("Ngozi", "Okafor", "Chidi"), ("Siobhan", "O'Brien", "Declan"),
            ("Fatima", "Al-Hassan", "Omar"), ("Linh", "Nguyen", "Minh")]


def _victim_only(given: str, surname: str) -> Redactor:
    return Redactor({"version": 1, "people": [{"name": f"{given} {surname}", "pseudonym": "Wendy"}],
                     "dates": {"date_of_death": "2021-03-14"}})


@pytest.mark.parametrize("given, surname, partner", FAMILIES)
def test_the_partner_with_her_surname_is_another_person(given, surname, partner):
    out = _victim_only(given, surname).redact_text(
        f"{given}'s partner, {partner} {surname}, was convicted of her murder.")
    assert surname not in out and partner not in out, out
    assert out.startswith("Wendy's partner, Person ") and "Wendy," not in out, out


@pytest.mark.parametrize("given, surname, _", FAMILIES)
@pytest.mark.parametrize("title", ["Mr", "Mr.", "MR"])
def test_a_male_title_before_her_surname_is_not_her(given, surname, _, title):
    out = _victim_only(given, surname).redact_text(f"{title} {surname} had moved to the area in 2017.")
    assert surname not in out and "Wendy" not in out and "WENDY" not in out, out
    assert out.lower().startswith(f"{title.lower()} person "), out


@pytest.mark.parametrize("given, surname, _", FAMILIES)
def test_her_own_title_is_still_her(given, surname, _):
    assert _victim_only(given, surname).redact_text(f"Mrs {surname} spoke to the GP.") == "Wendy spoke to the GP."
