"""redact batch: parallel workers give the outputs, audit logs and mapping of one-at-a-time runs."""
from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch_review import KEY, RULES, audit_records, write_review
from redact import batch
from redact.cli import main
from redact.decide import PseudonymBook


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], env={"REDACT_AUDIT_KEY": KEY})


def error_lines(result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("redact:")]


@pytest.mark.slow
def test_workers_give_the_outputs_and_mapping_of_one_at_a_time_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    paths = write_review(tmp_path / "drafts", seed=3101, drafts=4)
    (tmp_path / "drafts" / "03-broken.docx").write_bytes(b"not a Word file")   # fails before numbering
    drafts = sorted(p for p in (tmp_path / "drafts").iterdir())

    # one at a time, in name order, as an author would: apply with the review's mapping
    one = tmp_path / "one"
    one.mkdir()
    for draft in drafts:
        result = invoke("apply", Path("drafts") / draft.name, "--rules", paths["rules"], "--mapping",
                        "one-mapping.json", "-o", one / draft.name, "--audit", one / f"{draft.name}.audit.jsonl")
        assert result.exit_code == (2 if "broken" in draft.name else 0), result.output

    for workers in (1, 2):
        result = invoke("batch", "drafts", f"w{workers}", "--rules", paths["rules"], "--mapping",
                        f"w{workers}-mapping.json", "--workers", workers)
        assert result.exit_code == 1, result.output                       # one draft failed
        assert [line.split(":")[1].strip() for line in error_lines(result)] == ["03-broken.docx"], result.output
        assert "4 of 5 file(s) redacted" in result.output and "1 failed" in result.output
        assert "redacting" not in result.output                           # no progress bar off a terminal
        for draft in drafts:
            if "broken" in draft.name:
                assert not (tmp_path / f"w{workers}" / draft.name).exists()
                continue
            assert (tmp_path / f"w{workers}" / draft.name).read_bytes() == (one / draft.name).read_bytes(), draft
            log = tmp_path / f"w{workers}-audit" / f"{draft.name}.audit.jsonl"
            records = audit_records(log)
            assert records[0]["input"] == str(Path("drafts") / draft.name)
            assert records[0]["output"] == str(Path(f"w{workers}") / draft.name)
            expected = audit_records(one / f"{draft.name}.audit.jsonl")
            assert records[1:] == expected[1:]
            assert {k: v for k, v in records[0].items() if k != "output"} == \
                {k: v for k, v in expected[0].items() if k != "output"}
        assert (tmp_path / f"w{workers}-mapping.json").read_text() == (tmp_path / "one-mapping.json").read_text()

    numbers = json.loads((tmp_path / "one-mapping.json").read_text())["people"]
    assert len(set(numbers.values())) >= 4       # the review's unlisted people, numbered once each
    texts = [(one / d.name).read_text() for d in drafts if d.suffix == ".txt"]
    assert texts and all("Person " in text for text in texts)


def test_workers_and_a_scheduler_together_are_refused_before_any_work(tmp_path):
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text("Joanne Pryor.\n")
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    result = invoke("batch", tmp_path / "drafts", tmp_path / "out", "--rules", rules, "--workers", 2,
                    "--scheduler", "tcp://127.0.0.1:8786")
    assert result.exit_code == 2 and len(error_lines(result)) == 1 and "not both" in result.output
    assert not (tmp_path / "out").exists()


def test_the_numbers_travel_as_a_mapping_file_holds_them(tmp_path):
    numbers = {"people": {"nowak": 2, "agnieszka nowak": 2, "abdi": 1}, "places": {"hargeisa": 1},
               "roles": {"okafor": "gp"}, "role:gp": {"okafor": 1}}
    book = PseudonymBook(tmp_path / "mapping.json")
    book.numbers = numbers
    book.save()
    assert batch.numbers_text(numbers) == (tmp_path / "mapping.json").read_text(encoding="utf-8")
    # read back as apply --mapping reads it, key order included (the order decides a name that fits two entries)
    assert list(batch.numbers_from_text(batch.numbers_text(numbers))["people"]) == \
        list(PseudonymBook(tmp_path / "mapping.json").numbers["people"])


def test_a_draft_waits_for_the_numbers_of_the_draft_before_it(tmp_path):
    chain = batch.FolderChain(tmp_path)
    got = []
    waiting = threading.Thread(target=lambda: got.append(chain.take(1)))
    waiting.start()
    time.sleep(0.1)
    assert not got                     # draft 1 cannot number before draft 0 has
    chain.give(1, '{"people": {"abdi": 1}}')
    waiting.join(5)
    assert got == ['{"people": {"abdi": 1}}']


def test_a_draft_that_fails_before_numbering_hands_on_the_numbers_it_was_due():
    chain = batch.InProcessChain('{"people": {"abdi": 1}}')
    with batch._WORKING:              # held by every draft's task, let go while it waits
        first = batch._Turn(chain, 0)
        assert first.finish() == '{"people": {"abdi": 1}}'
        second = batch._Turn(chain, 1)
        second.take()
        second.give({"people": {"abdi": 1, "thu trang": 2}})
        assert chain.take(2) == batch.numbers_text({"people": {"abdi": 1, "thu trang": 2}})
        with pytest.raises(RuntimeError, match="twice"):
            second.take()


def test_priming_before_the_fork_leaves_no_numbers_behind(monkeypatch):
    """The process that forks the workers redacts a sample paragraph first (what a first draft builds is then
    built once); the people it numbered must not reach the review's first draft."""
    monkeypatch.setattr(batch, "_idle", {})
    import yaml

    from redact.rules import as_rules

    settings = batch.ReviewSettings(as_rules(yaml.safe_load(RULES)), "dhr", False, KEY.encode(), "test")
    batch.warm_up(settings, prime=True)
    (redactor,) = batch._idle[settings.fingerprint]
    assert redactor.book.numbers == PseudonymBook().numbers
    # the sample did number someone: without the reset the first draft would start from these
    assert "Person 1" in redactor.redact_text(batch._PRIMER)
