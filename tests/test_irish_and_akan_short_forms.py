"""Short forms Irish (and Traveller) and Akan (Ghanaian) families use for a listed given name (2026-12-06, lead,
from fictional passages: "Paddy McDonagh" of a listed Patrick McDonagh came out "Paddy Sean", "Kobby" of Kwabena
Asante was an unlisted "Person 1" and "kobby pls stop" was left). The forms are in the hand-made community table
(``data/short_forms_communities.tsv``); those that are also common names of their own (Frank, Molly, Nora,
Connie, Shay) only beside the surname (``data/short_forms_english_beside_surname.tsv``), as Sandy of Alexandra.
"""
from __future__ import annotations

import pytest

from redact import Redactor
from redact.rules import parse_rules

_ALONE = [("Patrick", "Paddy"), ("Patrick", "Packie"), ("Bridget", "Biddy"), ("Bridget", "Bridgie"),
          ("Margaret", "Peggy"), ("Margaret", "Mags"), ("Michael", "Mikey"), ("Michael", "Mickey"),
          ("Siobhan", "Shiv"), ("Mary", "Mamie"), ("Francis", "Franny"), ("Cornelius", "Con"),
          ("Kwabena", "Kobby"), ("Kwabena", "Kobina"), ("Kwadwo", "Kojo"), ("Kwaku", "Kweku"), ("Kwaku", "Ekow"),
          ("Kwasi", "Kwesi"), ("Akosua", "Akos"), ("Akosua", "Esi"), ("Adwoa", "Adjoa"), ("Afua", "Efua"),
          ("Afua", "Afi"), ("Abena", "Araba"), ("Akua", "Ekua")]
_BESIDE = [("Francis", "Frank"), ("Mary", "Molly"), ("Honora", "Nora"), ("Cornelius", "Connie"), ("Seamus", "Shay")]
_SURNAMES = {"Patrick": "McDonagh", "Bridget": "Ward", "Margaret": "Joyce", "Michael": "Maughan", "Siobhan": "Quinn",
             "Mary": "Doherty", "Francis": "Connors", "Cornelius": "Sheridan", "Seamus": "Delaney",
             "Honora": "Keenan"}
_SENTENCES = ["Police arrested {s} at the site.", "Her cousin said {s} had been drinking.", "{s}'s GP had no concerns."]


def _rules(given: str):
    surname = _SURNAMES.get(given, "Asante" if given.startswith("K") else "Mensah")
    return surname, parse_rules({"version": 1, "people": [{"name": f"{given} {surname}", "pseudonym": "Person Z"}],
                                 "dates": {"date_of_death": "2021-03-09"}})


@pytest.mark.parametrize("given,short", _ALONE)
def test_the_short_form_alone_is_the_listed_person(given, short):
    _, rules = _rules(given)
    text = "\n".join(s.format(s=short) for s in _SENTENCES)
    output = Redactor(rules).redact_text(text)
    assert short not in output and output.count("Person Z") == len(_SENTENCES), output


@pytest.mark.parametrize("given,short", _BESIDE)
def test_a_common_name_of_its_own_is_the_person_beside_the_surname_only(given, short):
    surname, rules = _rules(given)
    output = Redactor(rules).redact_text(f"Police arrested {short} {surname} at the site. Her neighbour {short} "
                                         f"Kelly gave a statement.")
    # the neighbour is somebody else: an unlisted person's placeholder, never the listed pseudonym
    assert output.startswith("Police arrested Person Z at the site.") and output.count("Person Z") == 1, output
