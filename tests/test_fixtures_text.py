"""End to end on every ../shared/fixtures/*/draft.txt with its rules.yaml, scored against gold.yaml."""
import pytest

from conftest import CASES, FIXTURES, needs_shared
from gold import score_text
from redact import Redactor, load_rules

pytestmark = [needs_shared()]


@pytest.fixture(scope="module", params=CASES or ["(none)"])
def case(request):
    case_dir = FIXTURES / request.param
    redactor = Redactor(load_rules(case_dir / "rules.yaml"))
    draft = (case_dir / "draft.txt").read_text(encoding="utf-8")
    return case_dir, draft, redactor.redact_text(draft)


def test_no_listed_name_place_or_protected_date_survives(case):
    case_dir, draft, output = case
    leaks = score_text(case_dir, draft, output, listed_only=True)["leaks"]
    assert leaks == []


def test_every_expected_pseudonym_appears(case):
    case_dir, draft, output = case
    assert score_text(case_dir, draft, output)["missing_pseudonyms"] == []


def test_at_most_two_percent_of_must_appear_is_lost(case):
    case_dir, draft, output = case
    score = score_text(case_dir, draft, output)
    assert score["lost_ratio"] <= 0.02, score["lost"]


def test_unlisted_identifiers_are_found_too(case):
    case_dir, draft, output = case
    leaks = score_text(case_dir, draft, output, listed_only=False)["leaks"]
    # people, places, addresses, contacts and ids the rules do not list are all found as well
    assert leaks == []
