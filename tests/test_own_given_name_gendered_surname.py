"""A listed person's own given name before her surname in its other gendered or suffixed form is the person herself
("Agnieszka Kowalczykowa" of Agnieszka Kowalczyk, "Elena Ivanov" of Elena Ivanova, "Jana Novak" of Jana Nováková):
her pseudonym, and verify names her. The other form alone, after a title or after another given name stays a
relative's (``own_given_name_gendered_surname_gen``, ``test_gendered_surname_forms``)."""
from __future__ import annotations

import pytest

import own_given_name_gendered_surname_gen as gen
import quietly
from redact.normalise import fold_key
from redact.rules import parse_rules
from redact.variants import (OWN_NAME_FAMILY_FORM, is_relative_form, other_gender_surnames, suffixed_family_surnames,
                             variants)

CASES = [case for seed in range(0, 12) for case in gen.make_cases(seed)]
RULES = {"version": 1, "people": [{"name": "Agnieszka Kowalczyk", "pseudonym": "Mary"},
                                  {"name": "Katarzyna Nowakowska", "pseudonym": "Kate"},
                                  {"name": "Elena Ivanova", "pseudonym": "Ruth"},
                                  {"name": "Jana Nováková", "pseudonym": "Jane"}],
         "dates": {"date_of_death": "2023-07-09"}}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_own_given_name_with_the_other_form_of_the_surname(case):
    assert gen.outcome(case, gen.redact(case)) is None, (case["sentence"], case["rules"]["people"])


def test_the_generators_other_forms_are_the_ones_the_project_makes():
    for surname, _, others, _, _ in gen.FAMILIES:
        made = {fold_key(form) for form in other_gender_surnames(surname)} | set(suffixed_family_surnames(surname))
        assert {fold_key(other) for other in others} <= made, surname


@pytest.mark.parametrize("sentence, pseudonym", [
    ("Agnieszka Kowalczykowa was seen.", "Mary"), ("Katarzyna Nowakowski called.", "Kate"),
    ("Kasia Nowakowski called.", "Kate"), ("Elena Ivanov was seen.", "Ruth"), ("Jana Novak rang the GP.", "Jane"),
    ("The GP wrote to AGNIESZKA KOWALCZYKOWEJ.", "Mary"), ("IVANOV, Elena was seen.", "Ruth"),
    ("Novak Jana rang the GP.", "Jane")])
def test_the_briefs_sentences(sentence, pseudonym):
    out = quietly.redact_text(sentence, RULES)
    assert pseudonym.lower() in out.lower() and "Person" not in out, out


@pytest.mark.parametrize("sentence, pseudonym", [
    ("Tomasz Nowakowski called.", "Kate"), ("Mr Nowakowski called.", "Kate"), ("Dmitri Ivanov was seen.", "Ruth"),
    # a title of her own sex before the wife's form stays a relative's too: the form alone is the family's (her
    # mother-in-law is "Kowalczykowa" as surely as she is), and "Mrs Kowalczyk" is the way an English draft writes her
    ("Mrs Kowalczykowa rang.", "Mary"), ("Mrs Ivanov rang.", "Ruth"), ("E. Ivanov rang.", "Ruth")])
def test_the_other_form_without_her_given_name_stays_a_relative(sentence, pseudonym):
    out = quietly.redact_text(sentence, RULES)
    assert pseudonym not in out and "Person" in out, out


def test_verify_names_her_once_as_the_listed_person():
    verdict = quietly.verify_text("Elena Ivanov was seen.", RULES)
    assert [leak.value for leak in verdict.leaks] == ["listed as 'Ruth'"]


def test_the_forms_are_hers_not_a_relatives():
    rules = parse_rules(RULES)
    forms = {fold_key(v.text): v.form for v in variants(rules)}
    for text in ("Agnieszka Kowalczykowa", "Elena Ivanov", "Kasia Nowakowski", "Ivanov, Elena"):
        assert forms[fold_key(text)] == OWN_NAME_FAMILY_FORM, text
    for text in ("Ivanov", "Mr Nowakowski"):
        assert is_relative_form(forms[fold_key(text)]), text
