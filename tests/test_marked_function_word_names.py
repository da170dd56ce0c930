"""A listed name whose bare letters spell an English function word ("Thế", "Đỗ", "Tô", "Mỹ") is that name only
where it is written with its marks: "The Coroner", "to" and "do" stay, in apply and in verify, while the name with
its marks, in any case, and the full name in any spelling are still replaced and reported."""
from __future__ import annotations

import pytest

from redact import Redactor
from redact.rules import parse_rules
from redact.verify import verify_texts

# (listed full name, the word of it that reads as an English word without its marks, that English word)
NAMES = [("Nguyễn Văn Thế", "Thế", "The"), ("Đỗ Thị Lan", "Đỗ", "do"), ("Tô Minh Châu", "Tô", "to"),
         ("Trần Thị Mỹ", "Mỹ", "my")]


def _rules(full: str, alias: str):
    return parse_rules({"version": 1, "review": "marks", "people": [
        {"name": full, "pseudonym": "Ottoline", "aliases": [alias]}], "dates": {"date_of_death": "2021-09-14"}},
        "marks")


@pytest.fixture(scope="module", params=NAMES, ids=lambda n: n[1])
def case(request):
    full, alias, word = request.param
    return full, alias, word, _rules(full, alias)


def test_the_english_word_stays_in_apply_and_verify(case):
    full, alias, word, rules = case
    text = (f"The Coroner wrote to the family. {word.capitalize()} agencies share what they know? "
            f"They said they would {word.lower()} so.")
    assert Redactor(rules).redact_text(text) == text
    assert verify_texts(rules, [("a", text)]).ok


def test_the_name_with_its_marks_goes_and_is_reported(case):
    full, alias, word, rules = case
    text = f"{full} died at home. {alias} had told nobody. {alias.upper()} WAS KIND."
    out = Redactor(rules).redact_text(text)
    assert alias not in out and alias.upper() not in out and out.casefold().count("ottoline") == 3, out
    verdict = verify_texts(rules, [("a", text)])
    assert len(verdict.leaks) == 3


def test_the_full_name_without_marks_is_still_a_leak(case):
    full, alias, word, rules = case
    from redact.normalise import fold_key

    bare = " ".join(w.capitalize() for w in fold_key(full).split())
    assert not verify_texts(rules, [("a", f"Her name was {bare}.")]).ok
