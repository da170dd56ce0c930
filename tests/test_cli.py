"""The command line: exit codes, one-line errors, --json, --help examples."""
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from redact.cli import main

RULES = str(EXAMPLES / "example-rules.yaml")
DRAFT = str(EXAMPLES / "example-draft.txt")


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("command", ["scan", "apply", "verify", "init", "batch", "audit check", "schema"])
def test_help_shows_an_example(command):
    result = run(*command.split(), "--help")
    assert result.exit_code == 0 and "Example" in result.output and "redact " in result.output


def test_apply_then_verify(tmp_path, monkeypatch):
    monkeypatch.setenv("REDACT_AUDIT_KEY", "test-key-0123456789abcdef")
    out, audit = tmp_path / "out.txt", tmp_path / "audit.jsonl"
    result = run("apply", DRAFT, "--rules", RULES, "-o", out, "--audit", audit)
    assert result.exit_code == 0, result.output
    assert str(out) in result.output and str(audit) in result.output
    assert run("verify", out, "--rules", RULES).exit_code == 0
    assert run("audit", "check", audit).exit_code == 0
    # one listed name put back: verify fails with exit 1 and says where, without printing the name
    leaked = tmp_path / "leaked.txt"
    leaked.write_text(out.read_text() + "\n\nA late note: Craig said sorry.\n")
    result = run("verify", leaked, "--rules", RULES)
    assert result.exit_code == 1 and "LEAK" in result.output and "block" in result.output
    assert "Craig" not in result.output.split("…")[0]
    data = json.loads(run("verify", leaked, "--rules", RULES, "--json").output)
    assert data["ok"] is False and data["leaks"][0]["kind"] == "person"


def test_scan_json_and_exit_code():
    result = run("scan", DRAFT, "--rules", RULES, "--json")
    assert result.exit_code == 1  # unlisted people and contacts were found
    data = json.loads(result.output)
    types = {f["entity_type"] for f in data["findings"]}
    assert {"PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_DEATH"} <= types
    assert any(s["word"] == "Jo" for s in data["nickname_suggestions"]) is False  # Jo is already an alias


@pytest.mark.parametrize("args, words", [
    (["apply", "missing.txt", "--rules", RULES, "-o", "x.txt"], "file not found"),
    (["apply", DRAFT, "--rules", "missing.yaml", "-o", "x.txt"], "rules file not found"),
    (["apply", "draft.doc", "--rules", RULES, "-o", "x.doc"], "not found"),
    (["verify", "nothing.pdf", "--rules", RULES], "file not found"),
])
def test_errors_are_one_line_with_exit_2(tmp_path, monkeypatch, args, words):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    lines = [l for l in result.output.splitlines() if l.strip()]
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.output


def test_legacy_doc_is_refused_clearly(tmp_path):
    legacy = tmp_path / "draft.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    result = CliRunner().invoke(main, ["apply", str(legacy), "--rules", RULES, "-o", str(tmp_path / "o.doc")])
    assert result.exit_code == 2 and "save as .docx" in result.output


def test_usage_error_is_exit_2():
    assert CliRunner().invoke(main, ["apply"]).exit_code == 2


def test_console_script_runs(tmp_path):
    done = subprocess.run([sys.executable, "-m", "redact.cli", "verify", DRAFT, "--rules", RULES],
                          capture_output=True, text=True)
    assert done.returncode == 1 and "leak" in done.stdout


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    # "redact verify draft | head -1" in a hook: the closed pipe is no internal error, and the gate still fails
    draft = tmp_path / "draft.txt"
    draft.write_text("Margaret Doyle rang.\n\n" * 5000, encoding="utf-8")
    rules = tmp_path / "rules.yaml"
    rules.write_text("version: 1\npeople:\n- name: Margaret Doyle\n  pseudonym: Mary\n", encoding="utf-8")
    child = subprocess.Popen([sys.executable, "-m", "redact.cli", "verify", str(draft), "--rules", str(rules)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.readline()
    child.stdout.close()
    err = child.stderr.read().decode()
    assert child.wait(timeout=120) == 1
    assert "Traceback" not in err and "internal error" not in err


def _files_under(folder) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file()}


@pytest.mark.parametrize("as_json", [True, False])
def test_apply_lists_every_file_it_writes(tmp_path, monkeypatch, as_json):
    """Whatever apply writes (the copy, the audit log and its new key, the mapping, the review report and review
    copy, the statement, the PDF) is named in --json ("written" and its own key) and in the lines a person reads:
    found by looking at what appeared in an empty folder, not by a list kept beside the code."""
    from redact import to_pdf

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("REDACT_AUDIT_KEY", raising=False)      # a new key file is made, so it must be listed
    args = ["apply", str(EXAMPLES / "example-draft.docx"), "--rules", RULES, "-o", "published.docx",
            "--audit", "logs/audit.jsonl", "--mapping", "review-map.json", "--report", "review/report.html",
            "--review-copy", "review/review-copy.docx", "--statement", "statement.md"]
    (tmp_path / "logs").mkdir()
    (tmp_path / "review").mkdir()
    if as_json and to_pdf.soffice() is not None:
        args += ["--pdf", "published.pdf"]
    result = CliRunner().invoke(main, args + (["--json"] if as_json else []))
    assert result.exit_code == 0, result.output
    made = _files_under(tmp_path)
    assert {"published.docx", "logs/audit.jsonl", "logs/audit.jsonl.key", "review-map.json", "review/report.html",
            "review/review-copy.docx", "statement.md"} <= made
    if as_json:
        outcome = json.loads(result.stdout)
        assert {entry["path"] for entry in outcome["written"]} == made
        by_kind = {entry["kind"]: entry["path"] for entry in outcome["written"]}
        for kind in ("output", "audit", "audit_key", "mapping", "report", "review_copy", "statement", "pdf"):
            if kind in by_kind:
                assert outcome[kind] == by_kind[kind], kind
        assert outcome["review_copy_changes"]["tracked"] > 0
    else:
        for path in made:
            assert path in result.stdout, path


def test_python_dash_m_runs_the_same_command(tmp_path):
    """``python -m redact`` where the ``redact`` script is not on the PATH: the same commands, the same exits."""
    import subprocess
    import sys

    draft, rules = tmp_path / "draft.txt", tmp_path / "rules.yaml"
    draft.write_text("Nothing to see here.\n", encoding="utf-8")
    rules.write_text("people:\n  - name: Oksana Kovalenko\n    pseudonym: Mary\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "redact", "verify", str(draft), "--rules", str(rules)],
                          capture_output=True, text=True)
    assert done.returncode == 0 and "clean" in done.stdout, done.stdout + done.stderr
    usage = subprocess.run([sys.executable, "-m", "redact", "frobnicate"], capture_output=True, text=True)
    assert usage.returncode == 2 and "Usage: redact" in usage.stderr, usage.stderr
