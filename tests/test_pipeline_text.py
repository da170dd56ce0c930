"""End to end on text: the example draft and a draft of our own, through the Python API."""
import hashlib

import pytest

from conftest import EXAMPLES
from redact import Redactor, load_rules, verify_file
from redact.errors import LeakError, OutputError

DRAFT = EXAMPLES / "example-draft.txt"
RULES = EXAMPLES / "example-rules.yaml"


@pytest.fixture(scope="module")
def redactor():
    return Redactor(load_rules(RULES))


@pytest.fixture(scope="module")
def redacted(redactor):
    return redactor.redact_text(DRAFT.read_text(encoding="utf-8"))


@pytest.mark.parametrize("gone", ["Joanne", "Pryor", "PRYOR", "Jo's", "Craig", "Oakbridge", "21/06/1985",
                                  "10 March 2024", "the 10th", "07700 900123", "jo.pryor85@example.org",
                                  "27 Willow Crescent", "OB4 2XZ", "FP/24/003311", "Daniel Okafor",
                                  "Susan Blake"])
def test_identifiers_are_gone(redacted, gone):
    assert gone not in redacted


@pytest.mark.parametrize("kept", ["Eleanor Whitby", "Fenshire Police", "Will agencies be able",
                                  "hoped that the family", "there was hope that", "2 February 2024",
                                  "5 March 2024", "Home Office" if False else "panel recommends"])
def test_ordinary_text_survives(redacted, kept):
    assert kept in redacted


def test_pseudonyms_and_placeholders(redacted):
    assert "Anna" in redacted and "Mark" in redacted and "Area C Council" in redacted
    assert "Child B" in redacted and "Anna's date of birth" in redacted
    assert "[date removed]" in redacted and "[phone]" in redacted and "[email]" in redacted
    assert "Person 1" in redacted


def test_redaction_is_idempotent(redactor, redacted):
    assert redactor.redact_text(redacted) == redacted


def test_redact_file_writes_output_and_audit_and_never_touches_input(tmp_path, redactor, monkeypatch):
    monkeypatch.setenv("REDACT_AUDIT_KEY", "test-key-0123456789abcdef")
    source = tmp_path / "draft.txt"
    source.write_bytes(DRAFT.read_bytes())
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    report = redactor.redact_file(source, tmp_path / "out.txt", tmp_path / "audit.jsonl")
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before
    assert report.verdict.ok and report.changes > 10
    assert verify_file(tmp_path / "out.txt", redactor.rules).ok
    assert (tmp_path / "audit.jsonl").read_text().count('"type": "change"') == report.changes
    with pytest.raises(OutputError, match="already exists"):
        redactor.redact_file(source, tmp_path / "out.txt")
    with pytest.raises(OutputError, match="over the input"):
        redactor.redact_file(source, source, force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.jsonl", "draft.txt", "out.txt"]


def test_a_leak_found_by_verify_writes_nothing(tmp_path, monkeypatch):
    # A rules file with a name the detector cannot see in prose ("joanne" lower case in a URL is fine)
    # is simulated by breaking the decider: every decision keeps its text.
    redactor = Redactor(load_rules(RULES))
    monkeypatch.setattr(redactor.decider, "decide_one",
                        lambda finding: __import__("redact.decide", fromlist=["x"]).Decision(finding, None, "x"))
    with pytest.raises(LeakError, match="nothing was written"):
        redactor.redact_file(DRAFT, tmp_path / "out.txt")
    assert list(tmp_path.iterdir()) == []


def test_text_encodings(tmp_path, redactor):
    for encoding in ("utf-16", "latin-1", "utf-8-sig"):
        source = tmp_path / f"{encoding}.txt"
        source.write_bytes("Joanne Pryor’s café".encode(encoding, errors="replace") if encoding != "latin-1"
                           else "Joanne Pryor's café".encode("latin-1"))
        redactor.redact_file(source, tmp_path / f"{encoding}-out.txt")
        # the output keeps the input's encoding (a Latin-1 draft stays Latin-1)
        assert "Anna" in (tmp_path / f"{encoding}-out.txt").read_bytes().decode(encoding)


@pytest.mark.parametrize("title", ["Mr", "Mrs", "Ms", "Dr", "Prof", "PC", "DS", "Det Sgt", "Cllr", "Judge", "Father",
                                   "Detective Inspector"])
def test_a_title_before_our_own_placeholder_is_no_name(title):
    # a redacted copy redacted again is unchanged: "Mrs Person 1" is never read as a person called "Mrs"
    from redact.pipeline import Redactor
    from redact.rules import parse_rules

    redactor = Redactor(parse_rules({"people": [{"name": "Thaddeus Quillfeather", "pseudonym": "Adam"}],
                                     "dates": {"date_of_death": "2023-05-14"}}))
    for text in (f"Adam met the officer, the {title} Person 1, at home.",
                 f"{title} Person 2 and {title}. Family 3 attended; {title} Place 1 was named."):
        assert redactor.redact_text(text) == text
