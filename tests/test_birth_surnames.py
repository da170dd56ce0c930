"""A listed woman's birth surname, given in a note of the rules ("Bridget McDonagh (née Ward)", "Malgorzata
Wisniewska née Kowalska"), is her family's name ("the Wards") and, with her given name, her own ("Bridget Ward")
(tests/birth_surnames_gen.py); the same word in small letters stays a word."""
from __future__ import annotations

import pytest

from birth_surnames_gen import HELD_BACK, TUNED, make_cases, run_case
from quietly import redact_text, verify_text

SEEDS = list(TUNED)[:12] + list(HELD_BACK)[:4]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_birth_surname_is_her_familys_and_hers(seed):
    for case in make_cases(seed):
        output, problem = run_case(case)
        assert problem is None, (case["kind"], case["sentence"], case["rules"]["people"], output, problem)


def test_her_mothers_surname_and_her_birth_name_side_by_side():
    """Her mother, listed with the surname she was born with: "Mrs Ward" is the mother, "Bridget Ward" is her."""
    rules = {"people": [{"name": "Bridget Mary McDonagh (née Ward)", "pseudonym": "Rose"},
                        {"name": "Winnie Ward", "pseudonym": "Kath"}], "dates": {"date_of_death": "2022-01-31"}}
    text = "She was born Bridget Ward in Galway. Mrs Ward said the Wards kept to themselves."
    assert not verify_text(text, rules).ok
    out = redact_text(text, rules)
    assert out.startswith("She was born Rose in ") and "Kath said" in out and "Ward" not in out, out
    assert verify_text(out, rules).ok


def test_a_one_word_surname_alias_is_no_given_name():
    """"Ward" with "Bridget Ward" among her aliases is a surname: not "Ward McDonagh", nor "Ward M"."""
    from redact.variants import _person_forms
    from redact.rules import parse_rules

    person = parse_rules({"people": [{"name": "Bridget McDonagh (née Ward)", "pseudonym": "Rose"}]}).people[0]
    forms = {(text, form) for text, form, _ in _person_forms(person)}
    assert ("Ward", "alias-surname") in forms and ("Bridget Ward", "alias") in forms
    assert not any(text in ("Ward McDonagh", "Ward M") for text, _ in forms)
