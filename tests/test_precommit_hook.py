"""The pre-commit hook (.pre-commit-hooks.yaml): valid, and failing a commit of a leaking file, passing a clean one.

Two ways, neither needing the network:
- the hook's ``entry`` run exactly as pre-commit runs it: ``entry`` split like a shell, then ``args``, then the
  staged file names that match ``files`` and not ``exclude``;
- pre-commit itself (``pre-commit run --files``) on a throw-away document repository whose config uses this
  repository's hook with ``language: system`` (the documented offline form: pre-commit runs the installed
  ``redact`` and builds no environment). ``language: python`` (the default) would make pre-commit download
  dhr-redact's dependencies the first time, which a test cannot do offline.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import EXAMPLES, REPO
from test_verify_docx import LEAK, clean_report

MANIFEST = REPO / ".pre-commit-hooks.yaml"
BIN = Path(sys.executable).parent
ENV = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}


def hook() -> dict:
    (only,) = yaml.safe_load(MANIFEST.read_text())
    return only


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("documents")
    # what apply publishes: the clean report without its comment and tracked deletion
    published(clean_report(folder / "draft.docx"), folder / "clean.docx")
    published(clean_report(folder / "leaky-draft.docx", footnote=f"Letter from {LEAK}."), folder / "leaky.docx")
    shutil.copy(EXAMPLES / "example-rules.yaml", folder / "rules.yaml")
    (folder / "notes.txt").write_text(f"{LEAK} is named here, but a .txt is not the hook's business\n")
    return folder


def published(draft: Path, out: Path) -> Path:
    from redact.documents.docx import DocxDocument
    from redact.documents.docx.publication import PublicationSettings

    DocxDocument(draft, publication=PublicationSettings()).save(out)
    return out


def test_manifest_is_valid_for_pre_commit():
    done = subprocess.run([str(BIN / "pre-commit"), "validate-manifest", str(MANIFEST)], capture_output=True,
                          text=True, env=ENV)
    assert done.returncode == 0, done.stdout + done.stderr
    entry = hook()
    assert entry["id"] == "redact-verify" and entry["entry"] == "redact verify --publication"
    files = re.compile(entry["files"])
    assert files.search("a/b/Report.DOCX") and files.search("x.pdf") and not files.search("x.docx.bak")
    assert re.compile(entry["exclude"]).search("drafts/~$report.docx")


def run_entry_like_pre_commit(filenames: list[str], cwd: Path) -> subprocess.CompletedProcess:
    entry = hook()
    files, exclude = re.compile(entry["files"]), re.compile(entry.get("exclude", "^$"))
    chosen = [f for f in filenames if files.search(f) and not exclude.search(f)]
    command = shlex.split(entry["entry"]) + ["--rules", "rules.yaml"] + chosen
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=ENV, timeout=120)


def test_entry_fails_on_a_leaking_file_and_passes_clean_ones(documents):
    done = run_entry_like_pre_commit(["clean.docx", "notes.txt"], documents)
    assert done.returncode == 0, done.stdout + done.stderr
    done = run_entry_like_pre_commit(["clean.docx", "leaky.docx", "notes.txt"], documents)
    assert done.returncode == 1
    assert "LEAK leaky.docx: word/footnotes.xml paragraph 2 (footnote 1): person listed as 'Mark'" in done.stdout
    assert "Craig" not in done.stdout and "Pryor" not in done.stdout


def test_entry_fails_on_a_draft_with_revisions_comments_or_hidden_text(documents):
    # the draft holds no listed value where it shows, but a comment and a tracked deletion: not for publication
    done = run_entry_like_pre_commit(["clean.docx", "draft.docx"], documents)
    assert done.returncode == 1
    assert "NOT PUBLISHABLE draft.docx: word/document.xml paragraph" in done.stdout and ": revision: " in done.stdout
    assert "NOT PUBLISHABLE draft.docx: word/comments.xml: comment" in done.stdout
    assert "LEAK" not in done.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_itself_runs_the_hook(documents, tmp_path):
    git = ["git", "-c", "user.name=test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false",
           "-c", "init.defaultBranch=main"]
    hook_repo = tmp_path / "hook-repo"          # this repository's hook file, committed in a throw-away repo
    hook_repo.mkdir()
    shutil.copy(MANIFEST, hook_repo / ".pre-commit-hooks.yaml")
    subprocess.run(git + ["init", "-q"], cwd=hook_repo, check=True)
    subprocess.run(git + ["add", "."], cwd=hook_repo, check=True)
    subprocess.run(git + ["commit", "-q", "-m", "hooks"], cwd=hook_repo, check=True)
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=hook_repo, capture_output=True, text=True,
                         check=True).stdout.strip()

    docs = tmp_path / "documents"
    shutil.copytree(documents, docs)
    (docs / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hook_repo}\n  rev: {rev}\n  hooks:\n  - id: redact-verify\n"
        f"    language: system\n    args: [--rules, rules.yaml]\n")
    subprocess.run(git + ["init", "-q"], cwd=docs, check=True)
    subprocess.run(git + ["add", "."], cwd=docs, check=True)
    env = {**ENV, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "PRE_COMMIT_COLOR": "never"}

    def pre_commit(*files):
        return subprocess.run([str(BIN / "pre-commit"), "run", "--files", *files], cwd=docs, capture_output=True,
                              text=True, env=env, timeout=300)

    done = pre_commit("clean.docx", "notes.txt")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout
    done = pre_commit("clean.docx", "leaky.docx")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Failed" in done.stdout and "LEAK leaky.docx: word/footnotes.xml" in done.stdout


# --------------------------------------------------------------------------- docs/pipeline.md

PIPELINE_DOC = REPO / "docs" / "pipeline.md"


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", PIPELINE_DOC.read_text(), flags=re.S)


def test_documented_configs_parse_and_use_the_hook():
    configs = [yaml.safe_load(block) for block in _blocks("yaml")]
    hooks = [h for c in configs if "repos" in c for r in c["repos"] for h in r["hooks"]]
    assert hooks and all(h["id"] == hook()["id"] and h["args"][0] == "--rules" for h in hooks)
    jobs = [c for c in configs if "repos" not in c]
    assert any("redact verify" in str(job) for job in jobs)


def test_documented_python_example_runs(documents, monkeypatch, capsys):
    (code,) = _blocks("python")
    monkeypatch.chdir(documents)
    shutil.copy(documents / "clean.docx", documents / "published.docx")
    exec(compile(code, "docs/pipeline.md", "exec"), {})
    assert "clean:" in capsys.readouterr().out
    shutil.copy(documents / "leaky.docx", documents / "published.docx")
    with pytest.raises(SystemExit):
        exec(compile(code, "docs/pipeline.md", "exec"), {})
    assert "word/footnotes.xml" in capsys.readouterr().out
