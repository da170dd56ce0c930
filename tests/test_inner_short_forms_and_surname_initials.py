"""Two leak classes around a listed person's given name (generated drafts: tests/inner_forms_cases.py).

Found by a probe (2026-12-05), with Michelle Francis listed as "Ruth": "Shell Francis rang" came out "Shell Ruth
rang" (the short form left beside the pseudonym) and "Trish said" (Patricia) or "Tasha said" (Natasha) became an
unknown "Person 1" with verify clean on the draft, as the short form taken from inside the name was in no table;
with Joanne Whitfield listed, "Jo W said" came out "Ruth W said" and "Jo W." "Ruth Person 1".

- a short form taken from inside or the end of the given name (Trish, Tasha, Becky, Chelle, Lexi, Trina, Bas) is a
  short form as a clipping is (``tools/build_data.py``'s ``_inner``, ``short_forms_english.tsv``);
- one that is also an English word or a place (Shell, Sandy, Drew, Ray, Dee) or a common name of its own (Sandra of
  Alexandra, Nathan of Jonathan) is the person only beside the surname, written with its capital ("Shell
  Francis"), or where the draft says it is their name ("known as Sandy"), and then alone in that draft
  (``redact.introduced_nicknames``); alone otherwise it is the word, the company, the river or somebody else;
- a short form or a one-word alias with the surname's initial ("Jo W", "Trish S.", "Becky B's") is the person whole,
  as the given name with it is; another capital after the name ("Joanne I think", "Jo A&E") stays.
Apply and verify alike: verify reports each on the draft and passes the output.
"""
from __future__ import annotations

import pytest

import inner_forms_cases as cases
from quietly import redact_text, verify_text


def _ids(group):
    return [case[2][:40] for case in group]


def _check_goes(name, short, draft, expected):
    rules = cases.rules_for(name)
    text, tail = cases.draft_with_other(draft)
    out = redact_text(text, rules)
    assert out == expected + tail, out
    assert not verify_text(draft, rules).ok, f"verify says clean on {draft!r}"
    assert verify_text(out, rules).ok, out


TUNED = cases.inner_cases(cases.TUNED, 20) + cases.word_cases(cases.TUNED, 15) + cases.initial_cases(cases.TUNED, 20)
HELD_BACK = (cases.inner_cases(cases.HELD_BACK, 20) + cases.word_cases(cases.HELD_BACK, 15)
             + cases.initial_cases(cases.HELD_BACK, 20))


@pytest.mark.parametrize("name, short, draft, expected", TUNED, ids=_ids(TUNED))
def test_the_form_goes_whole(name, short, draft, expected):
    _check_goes(name, short, draft, expected)


@pytest.mark.parametrize("name, short, draft, expected", HELD_BACK, ids=_ids(HELD_BACK))
def test_the_form_goes_whole_held_back(name, short, draft, expected):
    _check_goes(name, short, draft, expected)


INITIAL_KEEP = cases.initial_keep_cases(cases.TUNED, 6)


@pytest.mark.parametrize("name, short, draft, expected", INITIAL_KEEP, ids=_ids(INITIAL_KEEP))
def test_another_capital_after_the_name_stays(name, short, draft, expected):
    rules = cases.rules_for(name)
    text, tail = cases.draft_with_other(draft)
    assert redact_text(text, rules) == expected + tail


_TASH = "He grew a tash that summer."


@pytest.mark.parametrize("name, _, sentence, __", [
    pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason="'tash' (a moustache) is no word of our "
                                                 "lexicon: read as Natasha's Tash, as 'jo' in a chat is Jo"))
    if case[2] == _TASH else case for case in cases.keep_cases(cases.TUNED)])
def test_the_words_and_other_people_do_not_get_the_pseudonym(name, _, sentence, __):
    out = redact_text(sentence, cases.rules_for(name))
    assert cases.PSEUDONYM not in out, out


@pytest.mark.parametrize("name, sentence, expected", cases.KEEP_BESIDE_SURNAME)
def test_a_word_in_lower_case_before_the_surname_stays(name, sentence, expected):
    rules = cases.rules_for(name)
    assert redact_text(sentence, rules) == expected
    assert verify_text(expected, rules).ok


def test_the_reported_sentences():
    rules = {"people": [{"name": "Michelle Francis", "pseudonym": "Ruth"},
                        {"name": "Joanne Whitfield", "pseudonym": "Kate"}], "dates": cases.DATES}
    draft = "Shell Francis rang the police. Later Shell said Jo W. had left. Jo W said so too."
    out = redact_text(draft, rules)
    assert out == "Ruth rang the police. Later Ruth said Kate had left. Kate said so too.", out
    assert verify_text(out, rules).ok
    for part in ("Shell Francis rang.", "Jo W said so.", "Joanne W. said so."):
        assert not verify_text(part, rules).ok, part


def test_alone_a_word_form_is_the_word_until_the_draft_names_her_so():
    rules = {"people": [{"name": "Michelle Francis", "pseudonym": "Ruth"}], "dates": cases.DATES}
    assert redact_text("Shell said she was fine.", rules) == "Shell said she was fine."
    assert verify_text("Shell said she was fine.", rules).ok
    assert redact_text("Her friends knew her as Shell. Shell said she was fine.", rules) \
        == "Her friends knew her as Ruth. Ruth said she was fine."
    assert not verify_text("The victim, known as Shell, said she was fine.", rules).ok


def test_two_listed_people_with_the_form_keep_it_theirs():
    # "Sandy" alone names neither; beside a surname, the one whose surname it is
    rules = {"people": [{"name": "Alexandra Boyle", "pseudonym": "Ruth"},
                        {"name": "Alexander Grant", "pseudonym": "Adam"}], "dates": cases.DATES}
    assert redact_text("Sandy Grant rang Sandy Boyle.", rules) == "Adam rang Ruth."
