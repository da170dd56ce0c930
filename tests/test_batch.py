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


class _TimedDraft:
    """Stands for a BatchRedactor in the pool's processes (forked: they see the test's patch): a draft analyses,
    numbers in its turn and finishes, taking the seconds its bytes say ("analyse,finish"; "fail": stops before
    numbering, as an unreadable draft does), and writes when each of its phases starts and ends."""

    def __init__(self, log: Path):
        self.log = log

    def _note(self, *what) -> None:
        with open(self.log, "a", encoding="utf-8") as log:
            log.write(json.dumps([time.monotonic(), *what]) + "\n")

    def redact_draft(self, draft, chain, settings):
        result = batch.Redacted(draft.index, draft.name)
        turn = batch._Turn(chain, draft.index)
        try:
            if draft.data == b"fail":
                result.error = "not a Word file"
                return result
            analyse, finish = (float(seconds) for seconds in draft.data.split(b","))
            self._note("analyse", draft.index)
            time.sleep(analyse)
            self._note("analysed", draft.index)
            numbers = turn.take()
            numbers.setdefault("people", {})[f"draft {draft.index}"] = len(numbers["people"]) + 1
            turn.give(numbers)
            self._note("finish", draft.index)
            time.sleep(finish)
            self._note("finished", draft.index)
        finally:
            result.numbers = turn.finish()
        return result


def _most_at_once(spans: list[tuple[float, float]]) -> int:
    edges = sorted([(start, 1) for start, _ in spans] + [(end, -1) for _, end in spans])
    running = most = 0
    for _, step in edges:
        running += step
        most = max(most, running)
    return most


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_drafts_of_unequal_lengths_share_the_cores_and_never_wait_in_a_circle(tmp_path, monkeypatch, workers):
    """More processes than cores (a draft waiting for its turn lends its core): with a long draft first, drafts
    that fail in the middle and a long one last, every draft numbers in name order, none is lost, and no more
    drafts than --workers analyse or finish at the same moment."""
    import yaml

    from redact.rules import as_rules

    log = tmp_path / "phases.jsonl"
    fake = _TimedDraft(log)
    monkeypatch.setattr(batch, "warm_up", lambda settings, prime=False: None)      # no model: phases are timed
    monkeypatch.setattr(batch, "_borrow", lambda settings: fake)
    monkeypatch.setattr(batch, "_give_back", lambda redactor: None)
    lengths = [b"0.6,0.05", b"0.05,0.05", b"fail", b"0.05,0.3", b"0.3,0.05", b"fail", b"0.05,0.05", b"0.4,0.1"]
    drafts = [batch.Draft(i, f"{i:02d}.txt", f"{i:02d}.txt", f"out/{i:02d}.txt", f"{i:02d}.audit", data)
              for i, data in enumerate(lengths)]
    settings = batch.ReviewSettings(as_rules(yaml.safe_load(RULES)))
    results = {r.index: r for r in batch.run_in_processes(drafts, settings, batch.numbers_text({}), workers)}

    assert sorted(results) == list(range(len(drafts)))
    assert [i for i, r in results.items() if not r.ok] == [2, 5]
    numbered = [i for i, data in enumerate(lengths) if data != b"fail"]
    for index, result in results.items():      # each draft's numbers: those of every draft before it, in order
        people = batch.numbers_from_text(result.numbers)["people"]
        assert list(people) == [f"draft {i}" for i in numbered if i <= index]
        assert list(people.values()) == list(range(1, len(people) + 1))
    phases: dict[tuple[int, str], float] = {}
    for when, what, index in (json.loads(line) for line in log.read_text().splitlines()):
        phases[index, what] = when
    computing = [(phases[i, start], phases[i, end]) for i in numbered
                 for start, end in (("analyse", "analysed"), ("finish", "finished"))]
    assert _most_at_once(computing) <= workers
    if workers == 2:    # the short drafts after the long first one were analysed while it was
        assert phases[1, "analysed"] < phases[0, "analysed"] and phases[3, "analyse"] < phases[0, "analysed"]
