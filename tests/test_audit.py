import json

import pytest

from redact.audit import AuditLog, check_log, key_id, load_key

KEY = b"k" * 32


def make_log(path, plaintext=False):
    log = AuditLog(KEY, plaintext=plaintext, clock=lambda: "2026-01-01T00:00:00+00:00")
    log.header(tool="dhr-redact", input="draft.docx")
    log.change(location="word/document.xml#p1", entity_type="PERSON", source="rule", score=1.0,
               replacement="Mary", original="Margaret Doyle", reason="listed")
    log.change(location="word/document.xml#p2", entity_type="PHONE_NUMBER", source="UkPhone", score=0.9,
               replacement="[phone]", original="07700 900418", reason="placeholder")
    log.summary(verify="ok")
    log.write(path)
    return path


def test_originals_are_keyed_hashes_unless_plaintext_is_asked(tmp_path):
    text = make_log(tmp_path / "a.jsonl").read_text()
    assert "Margaret" not in text and "07700" not in text
    record = json.loads(text.splitlines()[1])
    assert len(record["original_hmac"]) == 64
    assert "Margaret Doyle" in make_log(tmp_path / "b.jsonl", plaintext=True).read_text()
    assert KEY.decode() not in text and key_id(KEY) not in ("", KEY.decode())


def test_intact_log_checks_clean(tmp_path):
    assert check_log(make_log(tmp_path / "a.jsonl"), KEY) == []


@pytest.mark.parametrize("tamper", ["change", "remove", "reorder", "truncate"])
def test_tampering_is_reported(tmp_path, tamper):
    path = make_log(tmp_path / "a.jsonl")
    lines = path.read_text().splitlines()
    if tamper == "change":
        lines[1] = lines[1].replace('"Mary"', '"Maria"')
    elif tamper == "remove":
        del lines[2]
    elif tamper == "reorder":
        lines[1], lines[2] = lines[2], lines[1]
    else:
        lines = lines[:-1]
    path.write_text("\n".join(lines) + "\n")
    assert check_log(path, KEY)


def test_wrong_key_is_reported(tmp_path):
    assert check_log(make_log(tmp_path / "a.jsonl"), b"x" * 32)


def test_key_sources(tmp_path, monkeypatch):
    monkeypatch.delenv("REDACT_AUDIT_KEY", raising=False)
    key, source = load_key(None, create_beside=tmp_path / "audit.jsonl")
    assert source.endswith("audit.jsonl.key") and (tmp_path / "audit.jsonl.key").stat().st_mode & 0o777 == 0o600
    assert load_key(None, create_beside=tmp_path / "audit.jsonl")[0] == key
    monkeypatch.setenv("REDACT_AUDIT_KEY", "from-the-environment-0123456789")
    assert load_key(None, create_beside=tmp_path / "x.jsonl")[1] == "$REDACT_AUDIT_KEY"


# ---------------------------------------------------------------------- any damage is tampering, never a crash
def _damaged(lines: list[str], damage: str) -> bytes:
    text = "\n".join(lines) + "\n"
    if damage == "cut mid-line":
        return text[: len(text) - len(lines[-1]) // 2 - 1].encode()
    if damage == "cut mid-record":
        return text[: len(lines[0]) + 1 + len(lines[1]) // 2].encode()
    if damage == "not JSON":
        return text.replace(lines[1], "this is not json").encode()
    if damage.startswith("JSON "):
        value = {"JSON list": "[1, 2]", "JSON number": "42", "JSON string": '"record"', "JSON null": "null"}[damage]
        return text.replace(lines[2], value).encode()
    if damage == "fields missing":
        record = json.loads(lines[1])
        del record["seq"], record["prev"]
        return text.replace(lines[1], json.dumps(record)).encode()
    if damage == "mac not a string":
        record = json.loads(lines[1])
        record["mac"] = 12345
        return text.replace(lines[1], json.dumps(record)).encode()
    if damage == "not UTF-8":
        return text.encode().replace(b'"type"', b'"\xff\xfetype"', 1)
    if damage == "empty":
        return b""
    raise AssertionError(damage)


DAMAGES = ["cut mid-line", "cut mid-record", "not JSON", "JSON list", "JSON number", "JSON string", "JSON null",
           "fields missing", "mac not a string", "not UTF-8", "empty"]


@pytest.mark.parametrize("damage", DAMAGES)
def test_any_damage_is_reported_as_tampering_with_exit_1(tmp_path, damage):
    from click.testing import CliRunner

    from redact.cli import main

    path = make_log(tmp_path / "a.jsonl")
    path.write_bytes(_damaged(path.read_text().splitlines(), damage))
    assert check_log(path, KEY)
    key_file = tmp_path / "review.key"
    key_file.write_bytes(KEY)
    result = CliRunner().invoke(main, ["audit", "check", str(path), "--audit-key", str(key_file)])
    assert result.exit_code == 1, result.output
    assert "TAMPERED" in result.output and "internal error" not in result.output and "Traceback" not in result.output


def test_a_batch_log_finds_the_review_key_beside_it(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from redact.cli import main

    monkeypatch.delenv("REDACT_AUDIT_KEY", raising=False)
    path = make_log(tmp_path / "a.docx.audit.jsonl")
    (tmp_path / "review.key").write_bytes(KEY + b"\n")
    result = CliRunner().invoke(main, ["audit", "check", str(path)])
    assert result.exit_code == 0 and "intact" in result.output, result.output
