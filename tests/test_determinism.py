"""Deterministic output and a tamper-evident audit log, end to end through the command.

The same input, rules and key give a byte-identical .docx (fixed zip order and timestamps) and the same
audit records apart from the time, even in two processes with different hash seeds. ``redact audit
check`` reports a changed, removed or reordered record; the key never appears in the log.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from redact.cli import main

DRAFT = EXAMPLES / "example-draft.docx"
RULES = EXAMPLES / "example-rules.yaml"
KEY = "determinism-test-key-0123456789abcdef"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _apply_in_child(folder: Path, seed: str) -> subprocess.CompletedProcess:
    folder.mkdir()
    (folder / "review.key").write_text(KEY + "\n")
    env = {**os.environ, "PYTHONHASHSEED": seed}
    env.pop("REDACT_AUDIT_KEY", None)
    return subprocess.run([sys.executable, "-m", "redact.cli", "apply", str(DRAFT), "--rules", str(RULES),
                           "-o", "out.docx", "--audit", "audit.jsonl", "--audit-key", "review.key"],
                          cwd=folder, env=env, capture_output=True, text=True)


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _without_time(record: dict) -> dict:
    # the time changes the record's MAC and so the next record's "prev": both are left out with it
    return {k: v for k, v in record.items() if k not in ("time", "mac", "prev")}


def test_same_input_rules_and_key_give_identical_output_in_two_processes(tmp_path):
    before = sha256(DRAFT)
    first = _apply_in_child(tmp_path / "a", "1")
    second = _apply_in_child(tmp_path / "b", "12345")
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert (tmp_path / "a" / "out.docx").read_bytes() == (tmp_path / "b" / "out.docx").read_bytes()
    a, b = _records(tmp_path / "a" / "audit.jsonl"), _records(tmp_path / "b" / "audit.jsonl")
    assert [_without_time(r) for r in a] == [_without_time(r) for r in b]
    assert len(a) > 3 and sum(r["type"] == "change" for r in a) > 0
    assert sha256(DRAFT) == before


# ---------------------------------------------------------------------- the audit chain through the command
@pytest.fixture(scope="module")
def audited(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("audit")
    (folder / "review.key").write_text(KEY + "\n")
    result = CliRunner().invoke(main, ["apply", str(DRAFT), "--rules", str(RULES), "-o", str(folder / "out.docx"),
                                       "--audit", str(folder / "audit.jsonl"), "--audit-key",
                                       str(folder / "review.key")])
    assert result.exit_code == 0, result.output
    return folder


def _check(log: Path, key_file: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["audit", "check", str(log), "--audit-key", str(key_file)])
    return result.exit_code, result.output


def _tampered(audited: Path, tmp_path: Path, change) -> Path:
    lines = (audited / "audit.jsonl").read_text(encoding="utf-8").splitlines()
    lines = change(lines)
    path = tmp_path / "audit.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_intact_log_checks_and_never_holds_the_key(audited):
    code, output = _check(audited / "audit.jsonl", audited / "review.key")
    assert code == 0 and "intact" in output
    text = (audited / "audit.jsonl").read_text(encoding="utf-8")
    assert KEY not in text and "Joanne" not in text        # originals are keyed hashes


def test_key_from_the_environment(audited, monkeypatch):
    monkeypatch.setenv("REDACT_AUDIT_KEY", KEY)
    result = CliRunner().invoke(main, ["audit", "check", str(audited / "audit.jsonl")])
    assert result.exit_code == 0 and "intact" in result.output
    monkeypatch.setenv("REDACT_AUDIT_KEY", "another-key-0123456789abcdef")
    result = CliRunner().invoke(main, ["audit", "check", str(audited / "audit.jsonl")])
    assert result.exit_code == 1 and "TAMPERED" in result.output


def _change_a_replacement(lines):
    record = json.loads(lines[2])
    record["replacement"] = "something else"
    lines[2] = json.dumps(record, ensure_ascii=False, sort_keys=True)
    return lines


@pytest.mark.parametrize("what, change, words", [
    ("changed", _change_a_replacement, "record changed"),
    ("removed", lambda lines: lines[:2] + lines[3:], "chain broken"),
    ("reordered", lambda lines: [lines[0], lines[2], lines[1], *lines[3:]], "chain broken"),
    ("truncated", lambda lines: lines[:-1], "summary record is missing"),
])
def test_tampering_is_reported(audited, tmp_path, what, change, words):
    log = _tampered(audited, tmp_path, change)
    code, output = _check(log, audited / "review.key")
    assert code == 1 and "TAMPERED" in output and words in output, output
