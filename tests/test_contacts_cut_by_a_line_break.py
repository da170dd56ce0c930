"""A listed contact cut by a line break inside one paragraph (a .docx's Shift+Enter, w:cr or tab; a wrapped line of a
text): "+234 803⏎555 1234" of a listed "+234 803 555 1234", "sweetpea.77@⏎gmail.com" of a listed address. Apply
replaced them (read across the cut, ``redact.seams``) and the plain ``verify`` passed them: the listed number's
figures were read on one line only (``listed_numbers``), the listed address only whole (``listed_addresses``).
An address cut after a dot of its local part ("jo.⏎pryor@gmail.com") apply read from "pryor@" on, leaving "jo.".
Two lines that are two things keep their line break ("Page 4 of 12⏎07700 900123"). A telephone number listed as an
alias is one form whole: its groups are no name ("Page 720" of a listed "+40 721 374 720")."""
from __future__ import annotations

import pytest

from contacts_cut_by_a_line_break_gen import HELD_BACK, TUNED, build_docx, make_cases, run_case
from quietly import redact_text, verify_text

from redact.verify import verify_file

SEEDS = list(TUNED)[:6] + list(HELD_BACK)[:2]


@pytest.mark.parametrize("seed", SEEDS)
def test_generated_contacts_cut_by_a_line_break(seed):
    for case in make_cases(seed):
        output, problem = run_case(case)
        assert problem is None, (case["kind"], case["medium"], case["cut"], case["left"], case["right"], output)


RULES = {"version": 1, "review": "t", "people": [
    {"name": "Hodan Warsame", "pseudonym": "Adult A", "aliases": ["+234 803 555 1234", "sweetpea.77@gmail.com"]},
    {"name": "Hui Min Tan", "pseudonym": "Adult B", "aliases": ["+40 721 374 720"]}],
    "dates": {"date_of_death": "2023-07-09"}}


@pytest.mark.parametrize("text", [
    "Her mobile +234 803\n555 1234 was off.", "Tel: 0803 555\n1234", "Tel: 00234\t8035551234",
    "Email: sweetpea.77@\ngmail.com", "Email: sweetpea.77\n@gmail.com", "Email: sweetpea.77@gmail.\ncom",
    "Email: sweetpea.\n77@gmail.com",
])
def test_a_listed_contact_cut_by_a_line_break_goes_and_verify_reports_it(text):
    assert not verify_text(text, RULES).ok, text
    output = redact_text(text, RULES)
    for secret in ("555", "1234", "sweetpea", "77@", "gmail"):
        assert secret not in output, output
    assert verify_text(output, RULES).ok, output


@pytest.mark.parametrize("text, first_line", [
    ("Page 4 of 12\n+234 803 555 1234", "Page 4 of 12"),
    ("Room 4\n0803 555 1234 (mobile)", "Room 4"),
    ("Page 7 of 12\nsweetpea.77@gmail.com", "Page 7 of 12"),
    ("Calls: 12\n34 texts were logged.", "Calls: 12"),
])
def test_two_lines_that_are_two_things_keep_their_line_break(text, first_line):
    output = redact_text(text, RULES)
    assert output.split("\n")[0] == first_line and output.count("\n") == text.count("\n"), output


@pytest.mark.parametrize("text", ["See page 720 of the bundle.", "The tab stop was 720 twips wide.", "374 visits"])
def test_the_groups_of_a_listed_number_are_no_name(text):
    assert redact_text(text, RULES) == text
    assert verify_text(text, RULES).ok


@pytest.mark.parametrize("cut", ["br", "cr", "tab"])
def test_verify_reports_a_listed_address_cut_inside_a_docx_paragraph(tmp_path, cut):
    case = {"seed": 0, "kind": "listed_email", "medium": "docx", "cut": cut, "left": "sweetpea.77@",
            "right": "gmail.com", "frame": "Email: {v}", "rules": RULES, "secrets": ["sweetpea.77"]}
    draft = build_docx(case, tmp_path / "draft.docx")
    assert not verify_file(draft, RULES).ok
    assert run_case(case)[1] is None


def test_a_long_group_of_a_listed_number_is_still_the_person():
    rules = {"people": [{"name": "Hodan Warsame", "pseudonym": "Adult A", "aliases": ["07700 900123"]}],
             "dates": {"date_of_death": "2023-07-09"}}
    assert "900123" not in redact_text("The number ending 900123 was hers.", rules)
    assert redact_text("All UK test numbers start 07700.", rules) == "All UK test numbers start 07700."
