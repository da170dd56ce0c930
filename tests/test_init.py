"""`redact init`: a proposed rules file that loads, validates and names the review's people and places."""
import json

import pytest
import yaml

from conftest import CASES, EXAMPLES, FIXTURES, REPO, needs_shared
from redact.propose import propose_rules
from redact.normalise import fold_key
from redact.rules import load_rules


def _check_loads(text, tmp_path):
    path = tmp_path / "proposed.yaml"
    path.write_text(text, encoding="utf-8")
    rules = load_rules(path)  # valid against the models, so against rules/schema.json too
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((REPO / "rules" / "schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(json.dumps(yaml.safe_load(text), default=str)), schema)
    return rules


def test_example_draft(tmp_path):
    text = propose_rules(EXAMPLES / "example-draft.docx")
    assert text.startswith("# Rules proposed") and "CHECK EVERY ENTRY" in text
    rules = _check_loads(text, tmp_path)
    names = {fold_key(p.name) for p in rules.people} | {fold_key(a) for p in rules.people for a in p.aliases}
    assert "joanne louise pryor" in names and "craig pryor" in names
    assert str(rules.dates.date_of_death) == "2024-03-10"
    assert "oakbridge" in {fold_key(p.name) for p in rules.places}


@needs_shared()
@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_fixture_people_places_and_date_of_death_are_proposed(case, tmp_path):
    expected = load_rules(FIXTURES / case / "rules.yaml")
    proposed = _check_loads(propose_rules(FIXTURES / case / "draft.docx"), tmp_path)
    forms = {fold_key(p.name) for p in proposed.people} | {fold_key(a) for p in proposed.people for a in p.aliases}
    missing_people = [p.name for p in expected.people if fold_key(p.name) not in forms]
    assert missing_people == []
    places = {fold_key(p.name) for p in proposed.places}
    missing_places = [p.name for p in expected.places if fold_key(p.name) not in places]
    assert missing_places == []
    assert proposed.dates.date_of_death == expected.dates.date_of_death
