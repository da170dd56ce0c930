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
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .atomic import write_file
from .errors import InputError

KEY_ENV = "REDACT_AUDIT_KEY"
SCHEMA = "dhr-redact/audit/1"
KEY_MODE = 0o600          # a secret: never readable by others, whatever the umask
REVIEW_KEY_NAME = "review.key"   # the one key of a batch, in its audit folder
# Fields every record carries, and those of each record type (docs/audit-log.md): a record without them is damage.
CHAIN_FIELDS = ("seq", "prev", "mac", "type")
TYPE_FIELDS = {"header": ("schema",), "change": ("location", "entity_type", "replacement", "original_hmac"),
               "manual_review": ("location", "what"), "summary": ("changes",)}


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _canonical(record: dict) -> bytes:
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@dataclass
class AuditKey:
    """The review's audit key and where it came from. A key made for this run (``new_file``) is written with the
    first audit log that uses it, in the same group of renames: a run that fails leaves no key behind."""

    key: bytes
    source: str
    new_file: Path | None = None


def read_key_file(key_file: str | Path) -> bytes:
    try:
        key = Path(key_file).read_bytes().strip()
    except OSError as error:
        raise InputError(f"{key_file}: cannot read audit key ({error.__class__.__name__})") from None
    if len(key) < 16:
        raise InputError(f"{key_file}: audit key too short (at least 16 bytes)")
    return key


def resolve_key(key_file: str | Path | None = None, *, new_key_path: str | Path | None = None) -> AuditKey:
    """The key from a key file, else $REDACT_AUDIT_KEY, else the key file at ``new_key_path`` (one review, one
    key: a batch shares it), else a new random key to be written there (see ``AuditKey.new_file``)."""
    if key_file:
        return AuditKey(read_key_file(key_file), str(key_file))
    if os.environ.get(KEY_ENV):
        return AuditKey(os.environ[KEY_ENV].encode("utf-8"), f"${KEY_ENV}")
    if new_key_path is None:
        raise InputError(f"no audit key: pass audit_key=FILE or set {KEY_ENV}")
    path = Path(new_key_path)
    if path.exists():
        return AuditKey(read_key_file(path), str(path))
    return AuditKey(secrets.token_hex(32).encode("ascii"), str(path), new_file=path)


def load_key(key_file: str | Path | None = None, *, create_beside: str | Path | None = None) -> tuple[bytes, str]:
    """The audit key and where it came from: a key file, $REDACT_AUDIT_KEY, or a new key file beside the log."""
    found = resolve_key(key_file, new_key_path=None if create_beside is None else str(create_beside) + ".key")
    if found.new_file is not None:
        write_file(found.new_file, found.key + b"\n", mode=KEY_MODE)
    return found.key, found.source


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
               original: str, reason: str, where: str | None = None) -> None:
        record = {"type": "change", "location": location, "entity_type": entity_type, "source": source,
                  "score": round(score, 3), "replacement": replacement, "reason": reason,
                  "original_hmac": self.original_hmac(original)}
        if where is not None:     # for a person: read from the redacted copy, so it holds no original
            record["where"] = where
        if self.plaintext:
            record["original"] = original
        self._append(record)

    def manual_review(self, *, location: str, what: str, where: str | None = None) -> None:
        self._append({"type": "manual_review", "location": location, "what": what,
                      **({"where": where} if where is not None else {})})

    def summary(self, **fields) -> None:
        counts = Counter(r["entity_type"] for r in self.records if r["type"] == "change")
        self._append({"type": "summary", "changes": sum(counts.values()), "by_type": dict(sorted(counts.items())),
                      **fields})

    def to_bytes(self) -> bytes:
        return "".join(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
                       for record in self.records).encode("utf-8")

    def write(self, path: str | Path) -> None:
        # plain originals are real names: such a log is private like the key, whatever the umask
        write_file(path, self.to_bytes(), mode=KEY_MODE if self.plaintext else None)


def check_log(path: str | Path, key: bytes) -> list[str]:
    """Problems with a log's chain: [] when every record is intact and in order.

    Any damage is a problem reported here, never an exception: a line cut short, bytes that are not UTF-8 or not
    JSON, a JSON value that is not a record, a record without its fields."""
    problems: list[str] = []
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read audit log ({error.__class__.__name__})") from None
    if data and not data.endswith(b"\n"):
        problems.append("the last line is cut short (log truncated)")
    previous_mac = None
    records: list[dict | None] = []
    for number, raw in enumerate(data.splitlines(), 1):
        record = _record(raw)
        records.append(record)
        if record is None:
            problems.append(f"line {number}: not a JSON record")
            previous_mac = None
            continue
        missing = [name for name in CHAIN_FIELDS + TYPE_FIELDS.get(str(record.get("type")), ()) if name not in record]
        if missing:
            problems.append(f"line {number}: fields missing ({', '.join(missing)})")
        if record.get("type") not in TYPE_FIELDS:
            problems.append(f"line {number}: unknown record type {str(record.get('type'))[:40]!r}")
        mac = record.pop("mac", None)
        expected = hmac.new(key, _canonical(record), hashlib.sha256).hexdigest()
        if not isinstance(mac, str) or not hmac.compare_digest(mac.encode("utf-8", "replace"), expected.encode()):
            problems.append(f"line {number}: record changed (or a different key)")
        if record.get("prev") != previous_mac:
            problems.append(f"line {number}: chain broken (a record before it was removed, added or reordered)")
        if record.get("seq") != number - 1:
            problems.append(f"line {number}: sequence number {str(record.get('seq'))[:20]} where {number - 1} was "
                            f"expected")
        previous_mac = mac
    if not records:
        problems.append("empty log")
    elif records[-1] is None or records[-1].get("type") != "summary":
        problems.append("the summary record is missing (log truncated)")
    return problems


def _record(raw: bytes) -> dict | None:
    """One line as a record, or None when it is not one (not UTF-8, not JSON, not an object)."""
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return record if isinstance(record, dict) else None
