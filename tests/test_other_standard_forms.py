"""A listed surname or theophoric name written in another standard form of its own tradition is the listed person:
"Siobhán Ní Néill" of Siobhán O'Neill, "Aoife Ó Briain" of Aoife Ní Bhriain, "Muhammad Abd al-Rahman" of Muhammad
Abdul-Rahman, "Abdul Rahman Hassan" of Abdulrahman Hassan. Another given name before the Gaelic other form stays a
relative, another name of God or Abdullah somebody else (``other_standard_forms_gen``)."""
from __future__ import annotations

import pytest

import other_standard_forms_gen as gen
import quietly
from redact.name_spellings import gaelic_other_forms, is_theophoric, theophoric_spellings
from redact.normalise import fold_key
from redact.rules import parse_rules
from redact.variants import OWN_NAME_FAMILY_FORM, is_relative_form, variants

CASES = [case for seed in range(0, 10) for case in gen.make_cases(seed)]
RULES = {"version": 1, "people": [{"name": "Agnieszka Kowalczyk", "pseudonym": "Mary"},
                                  {"name": "Siobhán O'Neill", "pseudonym": "Anne"},
                                  {"name": "Muhammad Abdul-Rahman", "pseudonym": "John"},
                                  {"name": "Aoife Ní Bhriain", "pseudonym": "Jane"},
                                  {"name": "Abdulrahman Hassan", "pseudonym": "Peter"},
                                  {"name": "Omar Abd ul-Haleem", "pseudonym": "Frank"},
                                  {"name": "Pieter van der Berg", "pseudonym": "Paul"}],
         "dates": {"date_of_death": "2023-07-09"}}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_generated_sentences(case):
    assert gen.outcome(case, gen.redact(case)) is None, (case["sentence"], case["rules"]["people"])


@pytest.mark.parametrize("sentence, pseudonym", [
    ("Siobhán Ní Néill was seen.", "Anne"), ("NÍ NÉILL, Siobhán was seen.", "Anne"),
    ("Aoife Ó Briain was seen.", "Jane"),
    ("Muhammed Abd al-Rahman attended.", "John"), ("Muhammad Abdur Rahman attended.", "John"),
    ("Muhammad Abd ar-Rahman attended.", "John"), ("Mr Abdur-Rehman attended.", "John"),
    ("Muhammad Abdulrahman attended.", "John"), ("Abdul Rahman Hassan came.", "Peter"),
    ("Abd al-Rahman Hassan came.", "Peter"), ("Abdirahman Hassan came.", "Peter"),
    ("Omar Abdul Haleem came.", "Frank"), ("Pieter v.d. Berg came.", "Paul"), ("Mr v/d Berg came.", "Paul"),
    ("P. vd Berg came.", "Paul"), ("V.D. BERG, Pieter came.", "Paul")])
def test_the_briefs_sentences(sentence, pseudonym):
    out = quietly.redact_text(sentence, RULES)
    assert pseudonym in out and "Person" not in out, out


@pytest.mark.parametrize("sentence, pseudonym", [
    ("Seamus Ní Néill came.", "Anne"), ("Mr Ó Briain came.", "Jane"), ("Abdullah Rahman attended.", "John"),
    ("Muhammad Abdul-Aziz attended.", "John"), ("Mr Abdullah attended.", "John"), ("Abd al-Azeez rang.", "Frank"),
    ("Abdi Warsame rang.", "Peter"),
    # another given name before the listed surname as it is also written: an unlisted relative, as before the
    # surname as listed ("Ahmed Abdul-Rahman", "Femke van der Berg")
    ("Ahmed Abd al-Rahman attended.", "John"), ("Seán O Neill came.", "Anne"), ("Femke vd Berg came.", "Paul")])
def test_another_person_is_not_the_listed_one(sentence, pseudonym):
    assert pseudonym not in quietly.redact_text(sentence, RULES)


def test_gaelic_other_forms():
    assert fold_key("Ní Néill") in {fold_key(f) for f in gaelic_other_forms(["Siobhán", "O'Neill"])}
    assert "Ní Shúilleabháin" in gaelic_other_forms(["Seán", "Ó Súilleabháin"])
    assert "Nic Carthaigh" in gaelic_other_forms(["Ciara", "Mac Carthaigh"])
    assert "Ní Aodha" in gaelic_other_forms(["Máire", "Ó hAodha"])
    assert {"Ó Briain", "O'Briain"} <= set(gaelic_other_forms(["Aoife", "Ní Bhriain"]))
    assert "NicDhòmhnaill" in gaelic_other_forms(["Calum", "MacDhòmhnaill"])
    assert gaelic_other_forms(["Sarah", "Oliver"]) == [] and gaelic_other_forms(["Sarah", "Macey"]) == []


def test_theophoric_spellings_are_only_of_names_of_god():
    made = {fold_key(s) for s in theophoric_spellings("Abdul-Rahman")}
    assert {fold_key(s) for s in ("Abd al-Rahman", "Abdur-Rahman", "Abd ar-Rahman", "Abdul-Rehman")} <= made
    assert theophoric_spellings("Abdullah") == [] and theophoric_spellings("Abdi Hassan") == []
    assert is_theophoric("Abdel-Haleem") and is_theophoric("Abdulrahman") and not is_theophoric("Abdi Warsame")


def test_the_forms_are_hers_or_a_relatives():
    forms = {fold_key(v.text): v.form for v in variants(parse_rules(RULES))}
    assert forms[fold_key("Siobhán Ní Néill")] == OWN_NAME_FAMILY_FORM
    assert is_relative_form(forms[fold_key("Ní Néill")]) and is_relative_form(forms[fold_key("Mr Ó Briain")])
    # "Abd" and "Abdel" alone are "servant of", nobody's name
    assert "abd" not in forms and "abdel" not in forms


def test_verify_names_them_as_the_listed_people():
    verdict = quietly.verify_text("Siobhán Ní Néill and Muhammad Abd al-Rahman were seen.", RULES)
    assert sorted(leak.value for leak in verdict.leaks) == ["listed as 'Anne'", "listed as 'John'"]
