"""A listed adult in a record's order with his particle ("Ó SÚILLEABHÁIN, Seán") is his, not his listed child's,
where the rules write the particle without its fada; one person's two whole mentions a line each stay two lines;
a name split over two lines stays one name (``record_order_shared_surnames_gen``)."""
from __future__ import annotations

import pytest

import record_order_shared_surnames_gen as gen
from quietly import family_outcome_of, family_redactor

CASES = [case for seed in range(0, 10) for case in gen.make_cases(seed)]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['seed']}-{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_record_order_and_whole_mentions_a_line_apart(case):
    assert family_outcome_of(gen, case) is None, case["sentence"]


@pytest.mark.parametrize("family", range(len(gen.FAMILIES)))
def test_the_record_order_alone_is_the_adults(family):
    _, _, given, surname, _, pseudonym, _ = gen.FAMILIES[family]
    out = family_redactor(gen, family).redact_text(f"{surname.upper()}, {given} (DOB 14/03/1979)\n{surname} was bailed.")
    # (the pseudonym in capitals or not: the find holds the given name as written too)
    assert out.casefold() == f"{pseudonym} (DOB 14/03/1979)\n{pseudonym} was bailed.".casefold(), out


def test_a_log_rows_next_cell_verb_is_no_name():
    # the model's span ran from the name over the tabs; the piece it kept was the next cell's verb
    out = family_redactor(gen, 0).redact_text("John Smith\tPolice\tArrested at the address.")
    assert out.endswith("\tPolice\tArrested at the address."), out
