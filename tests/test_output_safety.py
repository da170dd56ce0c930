"""Nothing lost, nothing exposed: every file redact writes is checked before any work, written atomically through
one helper (redact.atomic), readable as the umask says, never left half-written by a signal, and every error a
user can cause (permissions, a full disk, a read-only file system) is one line with exit 2."""
from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from redact import atomic
from redact.cli import main
from redact.errors import OutputError

RULES = EXAMPLES / "example-rules.yaml"
DRAFT_TXT = EXAMPLES / "example-draft.txt"
DRAFT_DOCX = EXAMPLES / "example-draft.docx"
KEY = "output-safety-test-key-0123456789"


def invoke(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env={"REDACT_AUDIT_KEY": KEY, **(env or {})})


def one_error_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output, result.output
    return lines[0]


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(autouse=True)
def _restore_signals():
    handlers = {signum: signal.getsignal(signum) for signum in atomic.SIGNAL_EXIT_CODES}
    yield
    for signum, handler in handlers.items():
        signal.signal(signum, handler)


@pytest.fixture
def no_model(monkeypatch):
    """A refusal must come before any work: building the detector fails the test."""
    from redact.pipeline import Redactor

    monkeypatch.setattr(Redactor, "detector", property(lambda self: pytest.fail("work started before the check")))


# ---------------------------------------------------------------------- the audit path gets the output's checks
@pytest.mark.parametrize("audit_is", ["the output", "the input"])
def test_audit_log_over_the_output_or_input_is_refused_before_any_work(tmp_path, no_model, audit_is):
    source = tmp_path / "draft.txt"
    source.write_bytes(DRAFT_TXT.read_bytes())
    output = tmp_path / "out.txt"
    audit = output if audit_is == "the output" else source
    result = invoke("apply", source, "--rules", RULES, "-o", output, "--audit", audit, "--force")
    assert result.exit_code == 2
    assert f"refusing to write the audit log over {audit_is}" in one_error_line(result)
    assert listing(tmp_path) == ["draft.txt"] and source.read_bytes() == DRAFT_TXT.read_bytes()


@pytest.mark.parametrize("option", ["-o", "--audit"])
def test_neither_output_nor_audit_log_goes_over_the_review_mapping(tmp_path, no_model, option):
    mapping = tmp_path / "review-map.txt"
    targets = {"-o": tmp_path / "out.txt", "--audit": tmp_path / "audit.jsonl", option: mapping}
    result = invoke("apply", DRAFT_TXT, "--rules", RULES, "--mapping", mapping, *sum(map(list, targets.items()), []))
    assert result.exit_code == 2 and "over the mapping" in one_error_line(result)
    assert listing(tmp_path) == []


def test_an_existing_audit_log_is_replaced_only_with_force(tmp_path, no_model):
    audit = tmp_path / "audit.jsonl"
    audit.write_text("an earlier log\n")
    result = invoke("apply", DRAFT_TXT, "--rules", RULES, "-o", tmp_path / "out.txt", "--audit", audit)
    assert result.exit_code == 2 and "already exists (use --force" in one_error_line(result)
    assert audit.read_text() == "an earlier log\n" and listing(tmp_path) == ["audit.jsonl"]


@pytest.mark.parametrize("code, words", [(errno.EACCES, "permission denied"),
                                         (errno.EROFS, "read-only file system")])
@pytest.mark.parametrize("which", ["output", "audit log"])
def test_an_unwritable_folder_is_refused_before_any_work(tmp_path, monkeypatch, no_model, code, words, which):
    # root writes anywhere, so the folder's refusal is the operating system's answer, simulated
    audit_folder = tmp_path / "logs"
    audit_folder.mkdir()
    refused = tmp_path if which == "output" else audit_folder
    real = tempfile.mkstemp

    def mkstemp(*args, dir=None, **kwargs):
        if Path(dir) == refused:
            raise OSError(code, os.strerror(code), str(dir))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    result = invoke("apply", DRAFT_TXT, "--rules", RULES, "-o", tmp_path / "out.txt",
                    "--audit", audit_folder / "audit.jsonl")
    assert result.exit_code == 2
    line = one_error_line(result)
    assert f"cannot write the {which} there: {words}" in line and str(refused) in line
    assert listing(tmp_path) == ["logs"] and listing(audit_folder) == []


def test_an_unwritable_mapping_folder_is_refused_before_any_work(tmp_path, monkeypatch, no_model):
    shared = tmp_path / "shared"
    shared.mkdir()
    real = tempfile.mkstemp

    def mkstemp(*args, dir=None, **kwargs):
        if Path(dir) == shared:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(dir))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    result = invoke("apply", DRAFT_TXT, "--rules", RULES, "-o", tmp_path / "out.txt",
                    "--mapping", shared / "review-map.json")
    assert result.exit_code == 2 and "cannot write the mapping there: read-only" in one_error_line(result)
    assert listing(tmp_path) == ["shared"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_really_read_only_folder(tmp_path, no_model):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = invoke("apply", DRAFT_TXT, "--rules", RULES, "-o", folder / "out.txt")
        assert result.exit_code == 2 and "permission denied" in one_error_line(result)
    finally:
        folder.chmod(0o755)


# ---------------------------------------------------------------------- errors a user causes, said truly
# These tests are about files, not detection: the detector is a stub (no spaCy), and the drafts hold no listed
# value, so the real verification of every output passes with no edit made.
CLEAN_TEXT = "The panel met in Fenshire. Zoë’s café said «non» — twice.\n\nNo agency was told.\n"


@pytest.fixture
def redactor(monkeypatch):
    from types import SimpleNamespace

    from redact.pipeline import Redactor
    from redact.rules import load_rules

    monkeypatch.setattr(Redactor, "redact_document", lambda self, document, **options: [])
    monkeypatch.setattr(Redactor, "detector", SimpleNamespace(model=SimpleNamespace(name="stub", version="0")))
    return Redactor(load_rules(RULES))


@pytest.fixture
def clean_docx(tmp_path_factory) -> Path:
    from docx_factory import DocxBuilder, paragraph, run

    path = tmp_path_factory.mktemp("drafts") / "clean.docx"
    path.write_bytes(DocxBuilder().append_body(paragraph(run("The panel met in Fenshire."))).to_bytes())
    return path


@pytest.fixture
def clean_txt(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("drafts") / "clean.txt"
    path.write_bytes(CLEAN_TEXT.encode("utf-8"))
    return path


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "disk full"), (errno.EROFS, "read-only file system"),
                                         (errno.EDQUOT, "quota")])
def test_a_full_disk_while_saving_is_one_line_and_leaves_nothing(tmp_path, monkeypatch, redactor, clean_txt, code,
                                                                 words):
    from redact.documents.text import TextDocument

    def full(self, path):
        Path(path).write_bytes(b"half")
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(TextDocument, "save", full)
    with pytest.raises(OutputError, match=words):
        redactor.redact_file(clean_txt, tmp_path / "out.txt", tmp_path / "audit.jsonl", audit_key=None)
    assert listing(tmp_path) == []


def test_the_command_says_nothing_was_written_only_when_true(tmp_path, monkeypatch, redactor, clean_docx):
    """A batch stopped by a bug after one file: the message names what was written, not 'nothing'."""
    from redact.pipeline import Redactor

    drafts, published = tmp_path / "drafts", tmp_path / "published"
    drafts.mkdir()
    for name in ("a.docx", "b.docx"):
        (drafts / name).write_bytes(clean_docx.read_bytes())
    real = Redactor.redact_file

    def second_fails(self, src, *args, **kwargs):
        if Path(src).name == "b.docx":
            raise RuntimeError("a bug of ours")
        return real(self, src, *args, **kwargs)

    monkeypatch.setattr(Redactor, "redact_file", second_fails)
    result = invoke("batch", drafts, published, "--rules", RULES)
    assert result.exit_code == 2
    assert "internal error: RuntimeError" in result.output and "nothing was written" not in result.output
    assert "written before it stopped" in result.output and str(published / "a.docx") in result.output


def test_an_operating_system_error_is_no_internal_error(tmp_path, monkeypatch, no_model):
    from redact import pipeline

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "x"))

    monkeypatch.setattr(pipeline, "open_document", refused)
    result = invoke("apply", DRAFT_TXT, "--rules", RULES, "-o", tmp_path / "out.txt")
    assert result.exit_code == 2
    assert "permission denied; nothing was written" in one_error_line(result)


# ---------------------------------------------------------------------- the audit log is never missing
def test_the_output_is_put_in_place_after_its_audit_log_and_key(tmp_path, redactor, clean_docx, monkeypatch):
    monkeypatch.delenv("REDACT_AUDIT_KEY", raising=False)
    order: list[str] = []
    real = os.replace

    def replace(src, dst):
        order.append(Path(dst).name)
        return real(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)
    report = redactor.redact_file(clean_docx, tmp_path / "out.docx", tmp_path / "audit.jsonl")
    assert order == ["audit.jsonl.key", "audit.jsonl", "out.docx"]
    header = json.loads((tmp_path / "audit.jsonl").read_text().splitlines()[0])
    from redact.audit import sha256_file

    assert header["output_sha256"] == sha256_file(tmp_path / "out.docx") and report.audit_key_source


def test_a_signal_during_the_renames_waits_until_the_group_is_in_place(tmp_path):
    """SIGTERM is held back while the group is renamed: it acts after the last rename, never between two."""
    atomic.install_signal_cleanup()
    real = os.replace
    calls = []

    def replace_and_signal(src, dst):
        if not calls:
            os.kill(os.getpid(), signal.SIGTERM)
        calls.append(dst)
        return real(src, dst)

    staging = atomic.Staging()
    staging.write(tmp_path / "audit.jsonl", b"log\n")
    staging.write(tmp_path / "out.txt", b"text\n")
    atomic.os.replace, saved = replace_and_signal, atomic.os.replace
    try:
        with pytest.raises(atomic.Interrupted) as caught:
            staging.commit()
            time.sleep(1)   # the signal is delivered on release at the latest
    finally:
        atomic.os.replace = saved
    assert caught.value.exit_code == 143 and len(calls) == 2
    assert listing(tmp_path) == ["audit.jsonl", "out.txt"]


# The child stops inside verification, with the output's temporary file written: the moment a CI timeout hits.
_CHILD = """
import sys, time
from pathlib import Path
import redact.pipeline as pipeline
pipeline.Redactor.redact_document = lambda self, document, **options: []
def stuck(path, rules, **kwargs):
    Path(sys.argv[1]).write_text("in verification")
    time.sleep(60)
pipeline.Redactor._verify_saved = lambda self, saved, parts=None: stuck(saved, self.rules)   # apply's check
from redact.cli import main
main(sys.argv[2:])
"""


@pytest.mark.parametrize("signum, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_leaves_no_temporary_file_and_no_output(tmp_path, signum, code):
    out_dir, marker = tmp_path / "out", tmp_path / "marker"
    out_dir.mkdir()
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(marker), "apply", str(DRAFT_DOCX), "--rules", str(RULES),
         "-o", str(out_dir / "out.docx"), "--audit", str(out_dir / "audit.jsonl")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "REDACT_AUDIT_KEY": KEY})
    deadline = time.monotonic() + 60
    while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), child.communicate()
    assert any(name.startswith(".out.tmp-") for name in listing(out_dir))   # the moment is the right one
    child.send_signal(signum)
    _, err = child.communicate(timeout=30)
    assert child.returncode == code, err
    assert listing(out_dir) == [], "a temporary file or a partial group was left"
    assert b"nothing was written" in err and b"Traceback" not in err


# ---------------------------------------------------------------------- modes follow the umask
@pytest.mark.parametrize("mask", [0o022, 0o027, 0o002])
def test_files_are_created_as_the_umask_says_and_the_key_stays_private(tmp_path, redactor, clean_docx, monkeypatch,
                                                                       mask):
    monkeypatch.delenv("REDACT_AUDIT_KEY", raising=False)
    old = os.umask(mask)
    try:
        redactor.redact_file(clean_docx, tmp_path / "out.docx", tmp_path / "audit.jsonl")
        atomic.write_file(tmp_path / "schema.json", "{}")
    finally:
        os.umask(old)
    mode = lambda name: (tmp_path / name).stat().st_mode & 0o777   # noqa: E731
    assert mode("out.docx") == mode("audit.jsonl") == mode("schema.json") == 0o666 & ~mask
    assert mode("audit.jsonl.key") == 0o600


def test_a_log_with_plain_originals_is_private(tmp_path, redactor, clean_docx, monkeypatch):
    monkeypatch.setenv("REDACT_AUDIT_KEY", KEY)
    old = os.umask(0o022)
    try:
        redactor.redact_file(clean_docx, tmp_path / "out.docx", tmp_path / "audit.jsonl", audit_plaintext=True)
    finally:
        os.umask(old)
    assert (tmp_path / "audit.jsonl").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "out.docx").stat().st_mode & 0o777 == 0o644


def test_the_pdf_is_placed_with_the_umask_mode(tmp_path):
    from redact.to_pdf import _place

    produced = tmp_path / "produced.pdf"
    produced.write_bytes(b"%PDF-1.7\n")
    old = os.umask(0o027)
    try:
        _place(produced, tmp_path / "out.pdf")
    finally:
        os.umask(old)
    assert (tmp_path / "out.pdf").stat().st_mode & 0o777 == 0o640
    assert listing(tmp_path) == ["out.pdf", "produced.pdf"]


# ---------------------------------------------------------------------- batch: logs and key kept apart, one key
def test_batch_keeps_audit_logs_out_of_the_published_folder_with_one_key(tmp_path, monkeypatch, redactor, clean_txt,
                                                                        clean_docx):
    monkeypatch.chdir(tmp_path)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "a.txt").write_bytes(clean_txt.read_bytes())      # a.txt and a.docx: two logs, not one lost
    (drafts / "a.docx").write_bytes(clean_docx.read_bytes())
    result = CliRunner().invoke(main, ["batch", "drafts", "published", "--rules", str(RULES)],
                                env={"REDACT_AUDIT_KEY": ""})
    assert result.exit_code == 0, result.output
    published, audit_dir = tmp_path / "published", tmp_path / "published-audit"
    assert listing(published) == ["a.docx", "a.txt"]            # nothing there confirms a guessed name
    assert listing(audit_dir) == ["a.docx.audit.jsonl", "a.txt.audit.jsonl", "review.key"]
    assert (audit_dir / "review.key").stat().st_mode & 0o777 == 0o600
    key_ids = {json.loads((audit_dir / name).read_text().splitlines()[0])["key_id"]
               for name in ("a.docx.audit.jsonl", "a.txt.audit.jsonl")}
    assert len(key_ids) == 1                                      # one review, one key
    for name in ("a.docx.audit.jsonl", "a.txt.audit.jsonl"):      # audit check finds the review's key
        check = CliRunner().invoke(main, ["audit", "check", str(audit_dir / name)], env={"REDACT_AUDIT_KEY": ""})
        assert check.exit_code == 0 and "intact" in check.output, check.output


@pytest.mark.parametrize("audit_dir", ["published", "published/logs"])
def test_batch_refuses_an_audit_folder_inside_the_published_one(tmp_path, monkeypatch, audit_dir, no_model):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text("Joanne Pryor.\n")
    result = invoke("batch", "drafts", "published", "--rules", RULES, "--audit-dir", audit_dir)
    assert result.exit_code == 2 and "must not be inside the output folder" in one_error_line(result)
    assert listing(tmp_path) == ["drafts"]


# ---------------------------------------------------------------------- empty files: one message everywhere
@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_an_empty_file_gets_the_same_message_from_apply_and_verify(tmp_path, suffix, no_model):
    empty = tmp_path / f"empty{suffix}"
    empty.write_bytes(b"")
    applied = invoke("apply", empty, "--rules", RULES, "-o", tmp_path / f"out{suffix}")
    verified = invoke("verify", empty, "--rules", RULES)
    assert applied.exit_code == verified.exit_code == 2
    assert one_error_line(applied) == one_error_line(verified) == f"redact: error: {empty}: empty file (0 bytes): " \
                                                                  f"nothing to read"


# ---------------------------------------------------------------------- the encoding of a .txt is kept
@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_a_single_byte_text_file_stays_in_its_encoding(tmp_path, redactor, encoding):
    text = CLEAN_TEXT if encoding == "cp1252" else CLEAN_TEXT.replace("’", "'").replace("—", "-")
    source = tmp_path / "draft.txt"
    source.write_bytes(text.encode(encoding))
    redactor.redact_file(source, tmp_path / "out.txt")
    data = (tmp_path / "out.txt").read_bytes()
    assert data == text.encode(encoding)                          # not silently rewritten as UTF-8
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


def test_a_single_byte_text_file_keeps_its_encoding_through_real_edits(tmp_path):
    from redact.documents.base import Edit
    from redact.documents.text import TextDocument

    source = tmp_path / "draft.txt"
    source.write_bytes("Joanne Pryor’s café in Oakbridge — Zoë said «non».\n".encode("cp1252"))
    document = TextDocument(source)
    place = document.text.index("Oakbridge")
    document.apply([Edit(0, 0, len("Joanne Pryor"), "Anna"), Edit(0, place, place + len("Oakbridge"), "Area C")])
    document.save(tmp_path / "out.txt")
    assert (tmp_path / "out.txt").read_bytes() == "Anna’s café in Area C — Zoë said «non».\n".encode("cp1252")


def test_a_replacement_the_encoding_cannot_hold_writes_utf8_and_says_so(tmp_path):
    from redact.documents.text import TextDocument
    from redact.errors import OutputWarning

    source = tmp_path / "draft.txt"
    source.write_bytes("Joanne’s café\n".encode("cp1252"))
    document = TextDocument(source)
    document.text = document.text.replace("Joanne", "Łucja")
    with pytest.warns(OutputWarning, match="UTF-8, not cp1252"):
        document.save(tmp_path / "out.txt")
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "Łucja’s café\n"


# ---------------------------------------------------------------------- every write goes through the helper
# The only places allowed to write: the helper, and each adapter's save(path), which the caller points at a
# temporary file the helper staged (tested below).
WRITERS_ALLOWED = {"atomic.py", "documents/text.py", "documents/docx/package.py"}


def test_no_module_writes_a_file_but_the_atomic_helper():
    package = Path(atomic.__file__).parent
    writers = ("write_text(", "write_bytes(", "mkstemp(", "os.replace(", "NamedTemporaryFile(", "os.open(")
    offenders = []
    for path in package.rglob("*.py"):
        name = path.relative_to(package).as_posix()
        if name in WRITERS_ALLOWED:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if any(writer in line.split("#", 1)[0] for writer in writers):
                offenders.append(f"{name}:{number}: {line.strip()}")
    assert offenders == []
