"""``redact scan`` lists what needs the author's decision, grouped by entity, each place with its heading and first
words; what the rules and the policy handle is one line each unless --all (redact.scan_report, the scan command)."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from conftest import CASES, EXAMPLES, FIXTURES
from redact import entities
from redact.cli import main
from redact.decide import Decision
from redact.documents import Place, Segment
from redact.findings import Finding
from redact.scan_report import DECISION, KEPT, POLICY, RULES, build_report

EXAMPLE_RULES = str(EXAMPLES / "example-rules.yaml")
EXAMPLE_DRAFT = str(EXAMPLES / "example-draft.txt")


def _segments(*texts: str) -> list[Segment]:
    return [Segment(f"d#p{i + 1}", text, "text", Place("body", "2. Chronology", i + 1, " ".join(text.split()[:8])))
            for i, text in enumerate(texts)]


def _decision(segments, index, surface, kind, replacement, reason="placeholder", listed=None, **metadata):
    start = segments[index].text.index(surface)
    finding = Finding(start, start + len(surface), surface, kind, 0.85, "rule" if listed is not None else "ner",
                      index, segments[index].location, listed_index=listed, metadata=metadata)
    return Decision(finding, replacement, reason)


@pytest.fixture
def report():
    segments = _segments("Mrs Wanjiru Kamau saw Dr Oduya on Monday.", "Oduya rang 07700 900123 from Nakuru.",
                         "Nguyễn Thị Mai told the council.", "The police knew Mai and Mrs Nguyễn.",
                         "She died on 14 May 2023; the Council met.")
    decisions = [
        _decision(segments, 0, "Wanjiru Kamau", entities.PERSON, "Grace", "listed", listed=0),
        _decision(segments, 0, "Oduya", entities.PERSON, "Person 1"),
        _decision(segments, 1, "Oduya", entities.PERSON, "Person 1"),
        _decision(segments, 1, "07700 900123", entities.PHONE_NUMBER, "[phone]"),
        _decision(segments, 1, "Nakuru", entities.LOCATION, "Place 1"),
        _decision(segments, 2, "Nguyễn Thị Mai", entities.PERSON, "Linh", "listed", listed=1),
        _decision(segments, 3, "Mai", entities.PERSON, "Linh", "listed", listed=1),
        _decision(segments, 3, "Mrs Nguyễn", entities.PERSON, "Mrs Linh", "listed", listed=1),
        _decision(segments, 4, "14 May 2023", entities.DATE_OF_DEATH, "May 2023", "protected date"),
        _decision(segments, 4, "Council", entities.ORGANIZATION, None, "kept by policy"),
        _decision(segments, 0, "Monday", entities.DATE_TIME, None, "kept by policy"),
    ]
    return build_report("draft.docx", segments, decisions, ["Wanjiru Kamau", "Nguyễn Thị Mai"], [], [])


def test_groups_by_entity_decisions_first(report):
    categories = [group.category for group in report.groups]
    assert categories == sorted(categories, key=[DECISION, RULES, POLICY, KEPT].index)
    oduya = next(g for g in report.needs_decision if g.name == "Oduya")
    assert oduya.count == 2 and oduya.replacement == "Person 1" and len(oduya.places) == 2
    assert {g.need for g in report.needs_decision} == {"person", "place", "contact"}
    mai = next(g for g in report.of(RULES) if g.name == "Nguyễn Thị Mai")
    assert mai.count == 3 and len(mai.forms) == 3
    assert mai.headline() == "'Nguyễn Thị Mai' — 3 mentions in 3 forms, replaced by 'Linh'"


def test_exit_code_follows_what_needs_a_decision(report):
    assert report.exit_code == 1
    handled = build_report("d.txt", [], [g for g in []], [], [], [])
    assert handled.exit_code == 0


def test_text_lists_decisions_with_places_and_counts_the_rest(report):
    lines = report.lines()
    text = "\n".join(lines)
    assert "3 item(s) need your decision" in lines[0]
    assert 'body, under "2. Chronology", paragraph 2: "Oduya rang 07700 900123 from Nakuru."' in text
    # what the rules and the policy handle is counted, never listed, without --all
    assert "Nguyễn" not in text and "Council" not in text
    assert "Handled by the rules: 3 entities, 5 mention(s)" in text   # two people, one protected date
    assert "Kept by policy: 2 entities" in text
    everything = "\n".join(report.lines(everything=True))
    assert "'Nguyễn Thị Mai' — 3 mentions in 3 forms" in everything and "'Council'" in everything


def test_json_hides_what_policy_keeps_unless_all(report):
    shown = report.as_dict()
    assert shown["needs_decision"] == 3 and shown["counts"][KEPT]["entities"] == 2
    assert KEPT not in {g["category"] for g in shown["groups"]}
    assert KEPT in {g["category"] for g in report.as_dict(everything=True)["groups"]}
    place = shown["groups"][0]["places"][0]["where"]
    assert place["heading"] == "2. Chronology" and place["first_words"]
    json.dumps(shown)   # machine-readable as it is


def test_a_date_of_death_candidate_needs_a_decision():
    segments = _segments("He was arrested on 16th September 2022 and charged.")
    decision = _decision(segments, 0, "16th September 2022", entities.DATE_OF_DEATH, None,
                         "candidate date (not chosen)", candidate=True)
    report = build_report("d.txt", segments, [decision], [], [], [])
    assert [g.need for g in report.needs_decision] == ["date"] and report.exit_code == 1
    # once the rules give the date of death, another date in a death context is no decision: kept, not listed
    known = build_report("d.txt", segments, [decision], [], [], [], frozenset({entities.DATE_OF_DEATH}))
    assert not known.needs_decision and known.of(KEPT) and known.exit_code == 0


def test_nickname_suggestions_are_decisions_with_places():
    segments = _segments("Maggie went to the shop.", "Later Maggie rang.")
    report = build_report("d.txt", segments, [], [],
                          [{"word": "Maggie", "person": "Margaret Doyle", "count": 2}], [])
    group = report.needs_decision[0]
    assert group.need == "nickname" and len(group.places) == 2


# ---------------------------------------------------------------------- the command
def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_scan_command_lists_decisions_with_places():
    result = _run("scan", EXAMPLE_DRAFT, "--rules", EXAMPLE_RULES)
    assert result.exit_code == 1, result.output
    assert "need your decision" in result.output and "(--all lists them)" in result.output
    assert "kept by policy" not in result.output
    places = [line.strip() for line in result.output.splitlines() if line.startswith("      line ")]
    assert places and all(re.match(r'line \d+, .*: ".+"', place) for place in places)
    full = _run("scan", EXAMPLE_DRAFT, "--rules", EXAMPLE_RULES, "--all")
    assert full.exit_code == 1 and "Kept by policy:" in full.output and len(full.output) > len(result.output)


def test_scan_exits_0_when_the_rules_cover_everything(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("1. Introduction\n\nTemitope Adeyemi met the housing officer of Oakbridge Borough Council "
                     "twice in the spring.\n", encoding="utf-8")
    rules = tmp_path / "rules.yaml"
    rules.write_text("version: 1\nreview: test\npeople:\n  - name: Temitope Adeyemi\n    pseudonym: Bola\n"
                     "places:\n  - name: Oakbridge\n    pseudonym: Riverton\ndates:\n  date_of_death: 2023-05-14\n",
                     encoding="utf-8")
    result = _run("scan", draft, "--rules", rules, "--json")
    data = json.loads(result.stdout)
    assert result.exit_code == 0, data
    assert data["needs_decision"] == 0 and data["counts"]["rules"]["entities"] >= 1
    assert any(f["where"] and f["where"]["heading"] == "1. Introduction" for f in data["findings"])


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not CASES, reason="../shared/fixtures is not present")
@pytest.mark.parametrize("case", CASES)
def test_scan_of_each_fixture_lists_only_decisions_each_with_heading_and_first_words(case):
    folder = FIXTURES / case
    result = _run("scan", folder / "draft.docx", "--rules", folder / "rules.yaml", "--json")
    data = json.loads(result.stdout)
    assert result.exit_code == (1 if data["needs_decision"] else 0)
    shown = [g for g in data["groups"] if g["category"] == DECISION]
    assert len(shown) == data["needs_decision"]
    assert all(g["needs"] and g["advice"] for g in shown)
    for group in shown:
        for place in group["places"]:
            where = place["where"]
            assert where and where["first_words"], place
            if where["part"] == "body" or where["part"].startswith(("table ", "text box", "footnote", "endnote")):
                # the body flow (and notes, by the paragraph that refers to them) sits under a heading
                assert where["heading"], place
    assert all(f["decision"] != "kept by policy" for f in data["findings"])
