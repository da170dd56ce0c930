"""Hostile and broken input: refused quickly, in bounded memory, with one line, leaving nothing behind.

The files are in tests/hostile/ (made by tests/hostile/make_hostile.py, listed with what each must say
in tests/hostile/CASES.json). Each is run through the real command in a child process whose time and
peak memory (ru_maxrss from wait4) are measured; the input is hashed before and after. The inputs that
look hostile but must work (a main part not named word/document.xml, strict OOXML, UTF-16 and Latin-1
text, an encrypted file with its password, a million-character paragraph) are at the end.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import resource
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, REPO
from hostile.make_hostile import (PASSWORD, content_types, document_xml, package_rels, valid_entries,
                                  zip_bytes)
from redact.cli import main
from redact.documents.docx import DocxDocument
from redact.errors import InputError, LeakError
from redact.pipeline import Redactor
from redact.rules import load_rules, parse_rules
from redact.verify import verify_file

HOSTILE = REPO / "tests" / "hostile"
CASES = json.loads((HOSTILE / "CASES.json").read_text(encoding="utf-8"))
RULES = EXAMPLES / "example-rules.yaml"
MAX_SECONDS = 5.0
MAX_MEMORY = 500 * 1024 * 1024
ADDRESS_SPACE_LIMIT = 1024 * 1024 * 1024   # a hard cap on the child: a bomb that got through would die


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# The child is started by a small launcher process: Linux records the forking process's resident size in the
# child's peak (ru_maxrss) when the child execs, so a child forked straight from a pytest process that has
# loaded the language model would report that process's memory, not its own.
_LAUNCHER = """
import os, resource, subprocess, sys
limit, report = int(sys.argv[1]), sys.argv[2]
if limit:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
child = subprocess.Popen(sys.argv[3:])
_, status, usage = os.wait4(child.pid, 0)
with open(report, "w") as handle:
    handle.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}")
"""


def run_cli(args: list[str], cwd: Path, *, capped: bool = True) -> tuple[int, str, str, float, int]:
    """Run ``redact ARGS`` in a child process: exit code, stdout, stderr, seconds, peak RSS in bytes.

    ``capped`` limits the child's address space (a refused file must never need the language model)."""
    env = {**os.environ, "REDACT_AUDIT_KEY": "hostile-test-key-0123456789"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "child.txt"
        limit = ADDRESS_SPACE_LIMIT if capped else 0
        # the child's processor time, not the wall clock: a bomb burns processor time, and a machine busy with
        # other work stretches the wall clock of a refusal that did little
        start = _children_cpu_seconds()
        subprocess.run([sys.executable, "-c", _LAUNCHER, str(limit), str(report), sys.executable, "-m",
                        "redact.cli", *args], cwd=cwd, stdout=out, stderr=err, env=env, check=True)
        elapsed = _children_cpu_seconds() - start
        code, peak_kib = (int(x) for x in report.read_text().split())
        out.seek(0)
        err.seek(0)
        return (code, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                elapsed, peak_kib * 1024)


def _children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def test_the_suite_has_at_least_25_hostile_files():
    files = {case.get("file") or case.get("rules") for case in CASES}
    assert len(files) >= 25
    assert all((HOSTILE / name).exists() for name in files)
    assert sum((HOSTILE / name).stat().st_size for name in files) < 200_000   # kept small


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_hostile_input_is_refused_quickly_in_bounded_memory_leaving_nothing(case, tmp_path):
    if "rules" in case:
        source, rules = REPO / case["input"], HOSTILE / case["rules"]
    else:
        source, rules = HOSTILE / case["file"], RULES
    watched = [source, rules]
    before = [sha256(path) for path in watched]
    output = tmp_path / ("out" + source.suffix)
    code, out, err, seconds, peak = run_cli(
        ["apply", str(source), "--rules", str(rules), "-o", str(output), "--audit", str(tmp_path / "audit.jsonl"),
         *case["args"]], tmp_path)
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2, (out, err)
    assert len(lines) == 1 and case["expect"] in lines[0] and lines[0].startswith("redact: error: "), err
    assert "Traceback" not in err + out and "internal error" not in err
    assert seconds < MAX_SECONDS, f"{seconds:.1f} s"
    assert peak < MAX_MEMORY, f"{peak / 2**20:.0f} MB"
    assert list(tmp_path.iterdir()) == [], "something was left behind"
    assert [sha256(path) for path in watched] == before


_MODULES_AFTER_A_REFUSAL = """
import sys
from redact.cli import main
try:
    main(sys.argv[1:])
except SystemExit as stop:
    print(stop.code, *sorted(name for name in ("spacy", "presidio_analyzer", "thinc") if name in sys.modules))
"""


@pytest.mark.parametrize("command", ["apply", "scan"])
@pytest.mark.parametrize("name", ["empty.docx", "zip-bomb-ratio.docx", "xxe-utf16.docx", "deep-nesting.docx",
                                  "main-part-missing.docx", "password-protected.docx", "binary.txt"])
def test_a_refused_draft_never_loads_the_model_or_presidio(command, name, tmp_path):
    """The draft is opened before spaCy and Presidio are imported (two seconds of processor time, more beside
    other work): a refusal is quick whatever the machine is doing. Checked by what was imported, not by a clock."""
    args = [command, str(HOSTILE / name), "--rules", str(RULES)]
    if command == "apply":
        args += ["-o", str(tmp_path / ("out" + Path(name).suffix))]
    run = subprocess.run([sys.executable, "-c", _MODULES_AFTER_A_REFUSAL, *args], cwd=tmp_path, capture_output=True,
                         text=True, env={**os.environ, "REDACT_AUDIT_KEY": "hostile-test-key-0123456789"})
    assert run.stdout.split() == ["2"], (run.stdout, run.stderr)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("case", [c for c in CASES if "file" in c and c["file"].endswith(".docx")],
                         ids=lambda c: c["name"])
def test_scan_and_verify_of_hostile_files_give_no_traceback(case, tmp_path, monkeypatch):
    """``scan`` refuses like ``apply``. ``verify`` is a checker, not a reader of the document: it refuses (2) or
    reads what it safely can and reports the listed name each holds (1); a hostile file is never clean (0).
    test_hostile_verify.py says which for each file, under time and memory limits."""
    monkeypatch.chdir(tmp_path)
    source = HOSTILE / case["file"]
    before = sha256(source)
    scan = CliRunner().invoke(main, ["scan", str(source), "--rules", str(RULES), *case["args"]])
    assert scan.exit_code == 2 and "Traceback" not in scan.output and "internal error" not in scan.output
    verify = CliRunner().invoke(main, ["verify", str(source), "--rules", str(RULES)])
    assert verify.exit_code in (1, 2), verify.output
    assert "Traceback" not in verify.output and "internal error" not in verify.output
    assert sha256(source) == before and list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------- nothing lost
@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(load_rules(RULES))


def _docx(tmp_path: Path, body: str, name="draft.docx", **overrides) -> Path:
    path = tmp_path / name
    path.write_bytes(zip_bytes(valid_entries(**{"word/document.xml": document_xml(body)}, **overrides)))
    return path


def _paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def test_existing_output_is_replaced_only_with_force(tmp_path):
    source = EXAMPLES / "example-draft.txt"
    output = tmp_path / "out.txt"
    output.write_text("an earlier output\n")
    before = sha256(source)
    code, _, err, _, _ = run_cli(["apply", str(source), "--rules", str(RULES), "-o", str(output)], tmp_path)
    assert code == 2 and "already exists" in err and "--force" in err
    assert output.read_text() == "an earlier output\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]
    code, out, err, _, _ = run_cli(["apply", str(source), "--rules", str(RULES), "-o", str(output), "--force"],
                                   tmp_path, capped=False)
    assert code == 0, err
    assert "Joanne" not in output.read_text() and sha256(source) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_a_failed_verification_leaves_no_output_and_keeps_the_old_one(tmp_path, redactor, monkeypatch):
    import redact.pipeline as pipeline
    from redact.verify import Leak

    source = _docx(tmp_path, _paragraph("Joanne Pryor lived in Oakbridge."))
    before = sha256(source)
    output = tmp_path / "out.docx"
    output.write_bytes(b"the previous output")
    real = pipeline.Redactor._verify_saved    # apply's check of the saved output

    def failing(self, saved, parts=None):
        verdict = real(self, saved, parts)
        verdict.leaks.append(Leak("word/document.xml", "person", "listed as 'Anna'", "[██████]"))
        return verdict

    monkeypatch.setattr(pipeline.Redactor, "_verify_saved", failing)
    with pytest.raises(LeakError):
        redactor.redact_file(source, output, force=True)
    assert output.read_bytes() == b"the previous output"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx", "out.docx"]
    assert sha256(source) == before


def test_a_crash_while_saving_leaves_no_partial_output(tmp_path, redactor, monkeypatch):
    source = _docx(tmp_path, _paragraph("Joanne Pryor lived in Oakbridge."))
    output = tmp_path / "out.docx"

    def half_written(self, path):
        Path(path).write_bytes(b"PK\x03\x04 half a zip")
        raise OSError("disk full")

    monkeypatch.setattr(DocxDocument, "save", half_written)
    with pytest.raises(OSError):
        redactor.redact_file(source, output, tmp_path / "audit.jsonl", audit_key=None)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.docx"]


def test_a_refused_input_creates_no_audit_key(tmp_path, monkeypatch):
    monkeypatch.delenv("REDACT_AUDIT_KEY", raising=False)
    source = HOSTILE / "billion-laughs.docx"
    result = CliRunner().invoke(main, ["apply", str(source), "--rules", str(RULES), "-o", str(tmp_path / "o.docx"),
                                       "--audit", str(tmp_path / "audit.jsonl")])
    assert result.exit_code == 2 and list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------- hostile-looking input that must work
def test_main_part_not_named_document_xml(tmp_path, redactor):
    entries = {"[Content_Types].xml": content_types("/content/main.xml"),
               "_rels/.rels": package_rels("content/main.xml"),
               "content/main.xml": document_xml(_paragraph("Joanne Pryor lived in Oakbridge."))}
    source = tmp_path / "odd.docx"
    source.write_bytes(zip_bytes(entries))
    report = redactor.redact_file(source, tmp_path / "out.docx")
    assert report.verdict.ok
    with zipfile.ZipFile(tmp_path / "out.docx") as archive:
        text = archive.read("content/main.xml").decode()
    assert "Joanne" not in text and "Anna" in text


def test_strict_ooxml(tmp_path, redactor):
    strict_w = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    strict_rel = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
    body = document_xml(_paragraph("Joanne Pryor lived in Oakbridge.")).replace(
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", strict_w.encode())
    rels = package_rels().replace(
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", strict_rel.encode())
    source = tmp_path / "strict.docx"
    source.write_bytes(zip_bytes(valid_entries(**{"word/document.xml": body, "_rels/.rels": rels})))
    redactor.redact_file(source, tmp_path / "out.docx")
    with zipfile.ZipFile(tmp_path / "out.docx") as archive:
        text = archive.read("word/document.xml").decode()
    assert "Joanne" not in text and "Oakbridge" not in text and strict_w in text


@pytest.mark.parametrize("encoding, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                           ("utf-16-le", b""), ("utf-16-be", b""),
                                           ("latin-1", b""), ("cp1252", b""), ("utf-8", b"\xef\xbb\xbf")])
def test_text_in_other_encodings(tmp_path, redactor, encoding, bom):
    text = "Joanne Pryor’s café in Oakbridge — a naïve «non».\n" if encoding == "cp1252" else \
        "Joanne Pryor's café in Oakbridge: a naïve «non».\n"
    source = tmp_path / "draft.txt"
    source.write_bytes(bom + text.encode(encoding))
    before = sha256(source)
    redactor.redact_file(source, tmp_path / "out.txt")
    data = (tmp_path / "out.txt").read_bytes()
    # every file keeps its encoding: UTF-16 stays UTF-16 (with its BOM, or without one as it came), a Latin-1 or
    # cp1252 draft stays single-byte (café is b"caf\xe9", not UTF-8's two bytes)
    decoded = data.decode(encoding if not bom else "utf-16") if encoding.startswith("utf-16") \
        else data.decode("utf-8-sig" if encoding == "utf-8" else encoding)
    assert data.startswith(bom) and ("café".encode(encoding) in data if encoding in ("latin-1", "cp1252") else True)
    assert "Joanne" not in decoded and "Oakbridge" not in decoded and "café" in decoded and "naïve «non»" in decoded
    assert sha256(source) == before


def test_encrypted_docx_with_its_password(tmp_path, redactor, monkeypatch):
    """Decrypted in memory: the only file written is the redacted output (through its temporary name)."""
    source = tmp_path / "locked.docx"
    source.write_bytes((HOSTILE / "password-protected.docx").read_bytes())
    before = sha256(source)
    created: list[str] = []
    real_mkstemp = tempfile.mkstemp

    def watched_mkstemp(*args, **kwargs):
        fd, name = real_mkstemp(*args, **kwargs)
        created.append(name)
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", watched_mkstemp)
    for name in ("NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "mkdtemp"):
        monkeypatch.setattr(tempfile, name, lambda *a, _name=name, **k: pytest.fail(f"tempfile.{_name} used"))
    report = redactor.redact_file(source, tmp_path / "out.docx", password=PASSWORD)
    assert report.verdict.ok
    # an empty probe file tells whether the folder takes a file, before the input is read (redact.atomic)
    created = [name for name in created if not Path(name).name.startswith(".redact-probe-")]
    assert len(created) == 1 and Path(created[0]).parent == tmp_path
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.docx", "out.docx"]
    assert (tmp_path / "out.docx").read_bytes().startswith(b"PK")       # written unencrypted
    with zipfile.ZipFile(tmp_path / "out.docx") as archive:
        text = archive.read("word/document.xml").decode()
    assert "Joanne" not in text and "Anna" in text
    assert sha256(source) == before


def test_encrypted_docx_through_the_command(tmp_path):
    source = HOSTILE / "password-protected.docx"
    code, out, err, _, _ = run_cli(["apply", str(source), "--rules", str(RULES), "-o", str(tmp_path / "out.docx"),
                                    "--password", PASSWORD], tmp_path, capped=False)
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx"]


def test_encrypted_docx_scanned_with_its_password(tmp_path):
    source = HOSTILE / "password-protected.docx"
    code, out, err, _, _ = run_cli(["scan", str(source), "--rules", str(RULES), "--json", "--password", PASSWORD],
                                   tmp_path, capped=False)
    assert code in (0, 1), err
    assert "Joanne Pryor" in {f["text"] for f in json.loads(out)["findings"]}
    code, _, err, _, _ = run_cli(["scan", str(source), "--rules", str(RULES)], tmp_path, capped=False)
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_wrong_password_is_a_clear_error():
    with pytest.raises(InputError, match="wrong password"):
        DocxDocument(HOSTILE / "password-protected.docx", password="not it")


def test_password_for_a_file_that_is_not_encrypted_is_ignored(tmp_path):
    source = _docx(tmp_path, _paragraph("Hello"))
    assert DocxDocument(source, password="anything").segments[0].text == "Hello"


def test_a_million_character_paragraph(tmp_path):
    """The engine cuts long text into chunks for spaCy: time and memory stay bounded, every name is found."""
    filler = "The panel noted that the agency recorded the contact and offered support. "
    words = []
    while sum(map(len, words)) < 1_000_000:
        words.append(filler)
        if len(words) % 2000 == 1:
            words.append("Joanne Pryor rang from Oakbridge. ")
    source = _docx(tmp_path, _paragraph("".join(words)), name="long.docx")
    output = tmp_path / "out.docx"
    code, out, err, seconds, peak = run_cli(["apply", str(source), "--rules", str(RULES), "-o", str(output)],
                                            tmp_path, capped=False)
    assert code == 0, err
    assert seconds < 240, f"{seconds:.0f} s"
    assert peak < 1536 * 1024**2, f"{peak / 2**20:.0f} MB"
    with zipfile.ZipFile(output) as archive:
        text = archive.read("word/document.xml").decode()
    assert len(text) > 1_000_000 and "Joanne" not in text and "Pryor" not in text and "Oakbridge" not in text


# ---------------------------------------------------------------------- rules: the contract's consistency checks
@pytest.mark.parametrize("data, words", [
    ({"version": 1, "people": [{"name": "A Person", "pseudonym": "Anna", "alias": ["x"]}]}, "unknown key"),
    ({"version": 1, "people": [{"name": "Joanne Pryor", "pseudonym": "Anna"},
                               {"name": "joanne  pryor", "pseudonym": "Beth"}]}, "two pseudonyms"),
    ({"version": 1, "people": [{"name": "Joanne Pryor", "pseudonym": "Craig Pryor"},
                               {"name": "Craig Pryor", "pseudonym": "Mark"}]}, "real name of another"),
    ({"version": 1, "people": [{"name": "   ", "pseudonym": "Anna"}]}, "must not be empty"),
    ({"version": 1, "people": [{"name": "Joanne Pryor", "pseudonym": ""}]}, "must not be empty"),
    ({"version": 1, "places": [{"name": "", "pseudonym": "Area A"}]}, "must not be empty"),
])
def test_inconsistent_rules_are_refused(data, words):
    from redact.errors import RulesError

    with pytest.raises(RulesError, match=words):
        parse_rules(data, "rules.yaml")


def test_cli_reads_no_file_it_was_not_given(tmp_path):
    """Bytes of the input never reach other files: after a run the folder holds only what was asked for."""
    source = tmp_path / "in.docx"
    source.write_bytes(io.BytesIO(zip_bytes(valid_entries())).getvalue())
    code, _, err, _, _ = run_cli(["apply", str(source), "--rules", str(RULES), "-o", str(tmp_path / "o.docx"),
                                  "--audit", str(tmp_path / "a.jsonl")], tmp_path, capped=False)
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", "in.docx", "o.docx"]
