"""The audit log: JSON Lines, one header, one record per change, one summary; tamper-evident.

Each record carries ``prev``, the hash of the record before it, and ``mac``, an HMAC-SHA256 of the
record under the review's key, so a changed, removed, inserted or reordered record is detected by
``redact audit check``. Originals are stored only as HMAC-SHA256 under the same key (a reviewer with
the key can confirm "was this 'Margaret Doyle'?" but nobody can read names off the log), unless the
user asks for plain originals. The key itself is never written to the log.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from collections import Counter
from pathlib import Path

from .errors import InputError

KEY_ENV = "REDACT_AUDIT_KEY"
SCHEMA = "dhr-redact/audit/1"


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _canonical(record: dict) -> bytes:
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def load_key(key_file: str | Path | None = None, *, create_beside: str | Path | None = None) -> tuple[bytes, str]:
    """The audit key and where it came from: a key file, $REDACT_AUDIT_KEY, or a new key file beside the log."""
    if key_file:
        try:
            key = Path(key_file).read_bytes().strip()
        except OSError as error:
            raise InputError(f"{key_file}: cannot read audit key ({error.__class__.__name__})") from None
        if len(key) < 16:
            raise InputError(f"{key_file}: audit key too short (at least 16 bytes)")
        return key, str(key_file)
    if os.environ.get(KEY_ENV):
        return os.environ[KEY_ENV].encode("utf-8"), f"${KEY_ENV}"
    if create_beside is None:
        raise InputError(f"no audit key: pass --audit-key FILE or set {KEY_ENV}")
    path = Path(str(create_beside) + ".key")
    if path.exists():
        return path.read_bytes().strip(), str(path)
    key = secrets.token_hex(32).encode("ascii")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key + b"\n")
    return key, str(path)


def key_id(key: bytes) -> str:
    """A fingerprint that tells which key was used without revealing it."""
    return hmac.new(key, b"dhr-redact key id", hashlib.sha256).hexdigest()[:16]


class AuditLog:
    """Collects records in memory; ``write`` puts them in a file atomically."""

    def __init__(self, key: bytes, *, plaintext: bool = False, clock=None):
        self.key = key
        self.plaintext = plaintext
        self.records: list[dict] = []
        self._clock = clock or (lambda: dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))

    def original_hmac(self, text: str) -> str:
        return hmac.new(self.key, text.encode("utf-8"), hashlib.sha256).hexdigest()

    def _append(self, record: dict) -> dict:
        record = {"seq": len(self.records), **record}
        record["prev"] = self.records[-1]["mac"] if self.records else None
        record["mac"] = hmac.new(self.key, _canonical(record), hashlib.sha256).hexdigest()
        self.records.append(record)
        return record

    def header(self, **fields) -> None:
        self._append({"type": "header", "schema": SCHEMA, "time": self._clock(), **fields})

    def change(self, *, location: str, entity_type: str, source: str, score: float, replacement: str,
               original: str, reason: str) -> None:
        record = {"type": "change", "location": location, "entity_type": entity_type, "source": source,
                  "score": round(score, 3), "replacement": replacement, "reason": reason,
                  "original_hmac": self.original_hmac(original)}
        if self.plaintext:
            record["original"] = original
        self._append(record)

    def manual_review(self, *, location: str, what: str) -> None:
        self._append({"type": "manual_review", "location": location, "what": what})

    def summary(self, **fields) -> None:
        counts = Counter(r["entity_type"] for r in self.records if r["type"] == "change")
        self._append({"type": "summary", "changes": sum(counts.values()), "by_type": dict(sorted(counts.items())),
                      **fields})

    def write(self, path: str | Path) -> None:
        path = Path(path)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                for record in self.records:
                    handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def check_log(path: str | Path, key: bytes) -> list[str]:
    """Problems with a log's chain: [] when every record is intact and in order."""
    problems: list[str] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(f"{path}: cannot read audit log ({error.__class__.__name__})") from None
    previous_mac = None
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
        except ValueError:
            problems.append(f"line {number}: not a JSON record")
            previous_mac = None
            continue
        mac = record.pop("mac", None)
        expected = hmac.new(key, _canonical(record), hashlib.sha256).hexdigest()
        if mac is None or not hmac.compare_digest(mac, expected):
            problems.append(f"line {number}: record changed (or a different key)")
        if record.get("prev") != previous_mac:
            problems.append(f"line {number}: chain broken (a record before it was removed, added or reordered)")
        if record.get("seq") != number - 1:
            problems.append(f"line {number}: sequence number {record.get('seq')} where {number - 1} was expected")
        previous_mac = mac
    if not lines:
        problems.append("empty log")
    elif json.loads(lines[-1]).get("type") != "summary" if lines[-1].startswith("{") else True:
        problems.append("the summary record is missing (log truncated)")
    return problems
