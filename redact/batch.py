"""``redact batch``: the drafts of one review redacted side by side, each output as a one-at-a-time run writes it.

Unlisted people and places get numbers ("Person 3") that hold across the review: the first draft to name someone
gives them the next free number, and every later draft reuses it. Run one at a time (``redact apply`` per draft,
in name order, with one ``--mapping`` file), the numbers depend on the order of the drafts. Run in parallel, the
numbers are still taken in that order, in one place: each draft is read and analysed (the slow part) as soon as a
worker is free, then waits for its turn to number, which comes as soon as the draft before it has numbered its
own people (not when that draft is finished), then saves and verifies in parallel again. The review's numbers are
handed from draft to draft in the text of a mapping file, read back as ``redact apply --mapping`` reads it, so
batch outputs are byte for byte those of one-at-a-time runs, whatever the number of workers or the order in which
they finish. (A mapping computed from the names alone, a hash, would not depend on the order either, but it would
give "Person 7381" instead of "Person 3" and numbers that differ from what ``apply`` gives the same drafts.)

A draft that fails after numbering (verify refuses its output) keeps its numbers, so that later drafts do not
depend on which drafts failed. The numbers travel from draft to draft through a ``NumberChain``: a dictionary in
one process, a private folder for local worker processes, Dask variables on a cluster (``redact.batch_dask``).

Workers receive every draft as bytes and return the output and audit log as bytes: the calling process alone
writes files (output, audit log, review key, mapping), through ``atomic.Staging``, as ``apply`` does.
"""
from __future__ import annotations

import gc
import hashlib
import json
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Protocol

from .atomic import Staging, check_target, write_file
from .audit import KEY_MODE, AuditKey
from .decide import Decider, Decision, PseudonymBook
from .errors import EXIT_FINDINGS, EXIT_OK, RedactError
from .pipeline import Redactor
from .rules import Rules


# ---------------------------------------------------------------------------------------------------- what travels

@dataclass(frozen=True)
class Draft:
    """One draft of the review, as sent to a worker."""

    index: int          # its place in name order: numbers are taken in this order
    name: str           # its file name, which messages use
    source: str         # where it was read, where the output and the audit log go: as the audit log records them
    output: str
    audit: str
    data: bytes


@dataclass(frozen=True)
class ReviewSettings:
    """What every worker needs to redact the review's drafts (the audit key travels with the drafts it signs)."""

    rules: Rules
    profile: str = "dhr"
    strict_rules: bool = False
    audit_key: bytes = b""
    audit_key_source: str = ""

    @cached_property
    def fingerprint(self) -> str:
        """Same review, same settings: a worker reuses the Redactor (and the model) it built for them."""
        text = json.dumps([self.rules.model_dump_json(), self.profile, self.strict_rules])
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Redacted:
    """What a worker sends back for one draft."""

    index: int
    name: str
    numbers: str = ""             # the review's numbers after this draft, as the mapping file holds them
    output: bytes | None = None
    audit_log: bytes | None = None
    changes: int = 0
    manual_review: int = 0
    warnings: list[tuple[str, str]] = field(default_factory=list)   # (category, message)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


# ---------------------------------------------------------------------------------------------------- numbering

def numbers_text(numbers: dict) -> str:
    """The review's numbers as a mapping file holds them (``PseudonymBook.save``'s format; a test holds them
    together). Not written through ``PseudonymBook.save``: that is a file the user sees, these are private."""
    return json.dumps(numbers, indent=2, sort_keys=True, ensure_ascii=False)


def numbers_from_text(text: str) -> dict:
    """The numbers a mapping file's text gives, in the order ``PseudonymBook`` reads them from the mapping file
    (people and places first, then the rest as written: the order decides a name that fits two entries; a test
    holds the two together)."""
    numbers: dict[str, dict] = {"people": {}, "places": {}}
    for kind, table in json.loads(text).items():
        value = str if kind == "roles" else int
        numbers.setdefault(kind, {}).update({str(k): value(v) for k, v in table.items()})
    return numbers


@contextmanager
def private_files():
    """Files written in a private folder of ours are no output of the command: the message of a stopped run
    ("written before it stopped: ...") names only the files the user asked for."""
    from . import atomic

    count = len(atomic.written)
    try:
        yield
    finally:
        del atomic.written[count:]


class NumberChain(Protocol):
    """Hands the review's numbers from draft to draft: ``take(i)`` waits until draft i-1 has given them."""

    def take(self, index: int) -> str: ...

    def give(self, index: int, numbers: str) -> None: ...


class InProcessChain:
    """Drafts redacted one after the other in this process: the numbers are always there when asked for."""

    def __init__(self, first: str):
        self._numbers = {0: first}

    def take(self, index: int) -> str:
        return self._numbers[index]

    def give(self, index: int, numbers: str) -> None:
        self._numbers[index] = numbers


class FolderChain:
    """Local worker processes: draft i's numbers are the file ``i`` of a private folder (written whole, by a
    rename), so the chain is only a path to send and needs no server process."""

    POLL_SECONDS = 0.01

    def __init__(self, folder: str | Path):
        self.folder = str(folder)

    def take(self, index: int) -> str:
        path = Path(self.folder, str(index))
        while not path.exists():
            time.sleep(self.POLL_SECONDS)
        return path.read_text(encoding="utf-8")

    def give(self, index: int, numbers: str) -> None:
        # written whole, under a temporary name first: the next draft never reads half the numbers
        with private_files():
            write_file(Path(self.folder, str(index)), numbers, mode=0o600)


# A worker process analyses one draft at a time (the spaCy pipeline is shared by its Redactors); a draft waiting
# for its turn to number lets go, so that the draft it waits for can run in the same process.
_WORKING = threading.Lock()


class _Turn:
    """One draft's turn at the review's numbers."""

    def __init__(self, chain: NumberChain, index: int):
        self.chain, self.index = chain, index
        self.due: str | None = None       # the numbers as the drafts before this one left them
        self.given: str | None = None     # the numbers after this draft, handed on

    def take(self) -> dict:
        if self.due is not None:
            raise RuntimeError(f"draft {self.index} asked for the review's numbers twice")
        self.due = self._wait()
        return numbers_from_text(self.due)

    def give(self, numbers: dict) -> None:
        self.given = numbers_text(numbers)
        self.chain.give(self.index + 1, self.given)

    def finish(self) -> str:
        """The numbers after this draft; a draft that stopped before numbering passes on the ones it was due
        (the next draft must never wait for numbers that will not come)."""
        if self.given is None:
            self.given = self.due if self.due is not None else self._wait()
            self.chain.give(self.index + 1, self.given)
        return self.given

    def _wait(self) -> str:
        _WORKING.release()
        try:
            return self.chain.take(self.index)
        finally:
            _WORKING.acquire()


class _ChainedDecider(Decider):
    """Numbers a draft's findings from the review's numbers as the drafts before it left them."""

    def __init__(self, owner: "BatchRedactor", *args):
        super().__init__(*args)
        self._owner = owner

    def decide(self, findings, segments=None) -> list[Decision]:
        turn = self._owner.turn
        if turn is None:
            return super().decide(findings, segments)
        self.book.numbers = turn.take()
        try:
            return super().decide(findings, segments)
        finally:
            turn.give(self.book.numbers)


class BatchRedactor(Redactor):
    """A Redactor that takes its numbers in turn and writes the audit log as one-at-a-time runs name the files."""

    def __init__(self, settings: ReviewSettings):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")     # what the rules leave unprotected was said once, by the caller
            # one core per worker: a batch runs drafts side by side, which gains more than threads within one
            super().__init__(settings.rules, settings.profile, strict_rules=settings.strict_rules, ner_threads=1)
        self.settings = settings
        self.turn: _Turn | None = None
        self._shown: tuple[str, str] = ("", "")

    @cached_property
    def decider(self) -> Decider:
        return _ChainedDecider(self, self.rules, self.profile, self.book, self.detector.listed)

    def _audit_log(self, key, plaintext, src, dst, *args, **kwargs):
        # the draft was copied into a private folder: the log names the files the author knows
        return super()._audit_log(key, plaintext, Path(self._shown[0]), Path(self._shown[1]), *args, **kwargs)

    def redact_draft(self, draft: Draft, chain: NumberChain, settings: ReviewSettings) -> Redacted:
        """``settings``: this batch's (a worker's Redactor may have served another batch of the same review,
        under another audit key)."""
        result = Redacted(draft.index, draft.name)
        self.turn = _Turn(chain, draft.index)
        try:
            with tempfile.TemporaryDirectory(prefix="redact-batch-") as folder, \
                    warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                paths = _private_paths(Path(folder), draft)
                self._shown = (draft.source, draft.output)
                key = AuditKey(settings.audit_key, settings.audit_key_source)
                try:
                    with private_files():
                        write_file(paths[0], draft.data, mode=0o600)    # a draft holds real names
                        report = self.redact_file(*paths, audit_key=key)
                except RedactError as error:
                    result.error = _shown_paths(str(error), paths, draft)
                else:
                    result.output, result.audit_log = paths[1].read_bytes(), paths[2].read_bytes()
                    result.changes, result.manual_review = report.changes, len(report.manual_review)
                result.warnings = [(w.category.__name__, _shown_paths(str(w.message), paths, draft))
                                   for w in caught]
        finally:
            result.numbers = self.turn.finish()
            self.turn = None
        return result


def _private_paths(folder: Path, draft: Draft) -> tuple[Path, Path, Path]:
    """Input, output and audit log in a private folder, under the draft's own name (messages name it)."""
    for sub in ("in", "out"):
        (folder / sub).mkdir(mode=0o700)
    return folder / "in" / draft.name, folder / "out" / draft.name, folder / f"{draft.name}.audit.jsonl"


def _shown_paths(message: str, paths: tuple[Path, Path, Path], draft: Draft) -> str:
    for private, shown in zip(paths, (draft.source, draft.output, draft.audit)):
        message = message.replace(str(private), shown)
    return message


# One idle Redactor per review and thread of a worker: built on the first draft (the model loads once per process)
_idle: dict[str, list[BatchRedactor]] = {}
_idle_lock = threading.Lock()


def _borrow(settings: ReviewSettings) -> BatchRedactor:
    with _idle_lock:
        free = _idle.setdefault(settings.fingerprint, [])
        if free:
            return free.pop()
    return BatchRedactor(settings)


def _give_back(redactor: BatchRedactor) -> None:
    with _idle_lock:
        _idle.setdefault(redactor.settings.fingerprint, []).append(redactor)


def redact_draft(draft: Draft, settings: ReviewSettings, chain: NumberChain,
                 redactor: BatchRedactor | None = None) -> Redacted:
    """The task every worker runs: one draft in, its output and audit log out (a bug of ours raises). A worker
    process keeps its Redactors for the next draft; the calling process passes its own."""
    with _WORKING:
        if redactor is not None:
            return redactor.redact_draft(draft, chain, settings)
        redactor = _borrow(settings)
        try:
            return redactor.redact_draft(draft, chain, settings)
        finally:
            _give_back(redactor)


# A short fictional paragraph with a little of everything a draft holds: redacting it once builds what a process
# otherwise builds on its first draft (the world gazetteer's automaton, word frequencies, name parsing, the
# patterns compiled on first use), about 0.8 s of CPU on a report.
_PRIMER = ("Mary Smith (born 3 May 1980) grew up in Lahore and moved to Leeds in 2005 with her partner, Mr John "
           "O'Neill. On 12th March 2021 she rang 0113 496 0000 and wrote to mary.smith@example.org; DC Patel of "
           "West Yorkshire Police (ref. 13/45678/21) visited 14 Elm Road, Leeds LS6 2AB. Her sister, Dr Aisha "
           "Okonkwo, told the GP at the Hyde Park Surgery that Children's Services had seen her.")


def warm_up(settings: ReviewSettings, prime: bool = False) -> None:
    """A worker process loads the model before its first draft (the pool's initializer). ``prime``: also redact
    :data:`_PRIMER` once, in a process about to fork its workers, so that they share what it builds instead of each
    building it again; the numbers it gave are forgotten (each draft takes the review's own in turn)."""
    redactor = _borrow(settings)
    with _collector_paused():
        try:
            redactor.decider     # builds the detector, and with it the model
            if prime:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    redactor.redact_text(_PRIMER)
                redactor.book.numbers = PseudonymBook().numbers
        except RedactError:
            pass                 # a missing model: each draft says so, in one line, as the first one would
    _give_back(redactor)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """What loads at a worker's start (Presidio, spaCy, the model, the recognisers) stays for the process: a full
    collection while it loads walks all that loaded before it again (three or more, a few tenths of a second of
    every start-up)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


# ---------------------------------------------------------------------------------------------------- backends

def run_in_process(drafts: Iterable[Draft], settings: ReviewSettings, first_numbers: str) -> Iterator[Redacted]:
    chain = InProcessChain(first_numbers)
    redactor = BatchRedactor(settings)
    for draft in drafts:
        yield redact_draft(draft, settings, chain, redactor)


def run_in_processes(drafts: list[Draft], settings: ReviewSettings, first_numbers: str,
                     workers: int) -> Iterator[Redacted]:
    """Local worker processes with the model loaded once each (the pool's initializer).

    On Linux the model is loaded here first and the workers are forked from this process: they share its pages
    (copy on write) instead of each importing everything and loading the model again, CPU time and memory that
    a machine busy with other work does not have to spare (spaCy forks its own ``n_process`` workers the same
    way). Elsewhere, where fork is unsafe or missing, each spawned worker loads its own."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    fork = sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
    if fork:
        warm_up(settings, prime=True)
        # what the primer built stays for the process, as the model does (load_model freezes it): moved out of
        # the collector's reach, so that a collection in a worker does not write to every shared object's header
        # and copy page after page of the parent (copy on write). The primer's own garbage goes first.
        gc.collect()
        gc.freeze()
    with tempfile.TemporaryDirectory(prefix="redact-chain-") as folder:
        chain = FolderChain(folder)
        chain.give(0, first_numbers)
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(
                "fork" if fork else "spawn"), initializer=warm_up, initargs=(settings,)) as pool:
            with warnings.catch_warnings():
                # the threads Python sees are the numeric libraries' own, which survive a fork (spaCy forks too)
                warnings.filterwarnings("ignore", "This process .* is multi-threaded", DeprecationWarning)
                pool.submit(int).result()     # the workers start now, all of them when forked
            yield from in_order_window(drafts, lambda draft: pool.submit(redact_draft, draft, settings, chain),
                                       window=2 * workers)


def in_order_window(drafts: list[Draft], submit: Callable, window: int, wait: Callable | None = None
                    ) -> Iterator[Redacted]:
    """Submit drafts in name order, at most ``window`` at a time (a review of hundreds of drafts is not all held
    in memory), and yield results as they come. Tasks start in the order submitted, so the draft every running
    draft waits for is running too. A bug in one stops the rest. ``wait(futures, return_when=...)``: the
    futures' own (concurrent.futures' by default, Dask's for Dask futures)."""
    from concurrent.futures import wait as wait_for_futures

    wait_for = wait or wait_for_futures
    pending = iter(drafts)
    running: set = set()
    try:
        for draft in pending:
            running.add(submit(draft))
            if len(running) >= window:
                break
        while running:
            done, running = wait_for(running, return_when="FIRST_COMPLETED")
            for future in done:
                yield future.result()
                for draft in pending:
                    running.add(submit(draft))
                    break
    finally:
        for future in running:
            future.cancel()


# ---------------------------------------------------------------------------------------------------- the command

@dataclass
class BatchOutcome:
    redacted: int = 0
    failed: int = 0
    changes: int = 0
    manual_review: int = 0

    @property
    def exit_code(self) -> int:
        return EXIT_OK if not self.failed else EXIT_FINDINGS


def find_drafts(input_dir: Path) -> list[Path]:
    """The drafts of a folder, in name order (Word's lock files "~$..." are no drafts)."""
    from .documents import SUPPORTED_SUFFIXES

    return sorted(p for p in input_dir.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES and
                  not p.name.startswith("~$") and p.is_file())


def redact_folder(input_dir: Path, output_dir: Path, audit_dir: Path, rules: Rules, *, audit_key: AuditKey,
                  profile: str = "dhr", strict_rules: bool = False, mapping: Path | None = None, force: bool = False,
                  workers: int = 1, scheduler: str | None = None, progress: bool = True,
                  say: Callable[[str], None] = print) -> BatchOutcome:
    """Redact every draft of ``input_dir`` into ``output_dir`` with an audit log each in ``audit_dir``.

    ``workers`` local processes, or the Dask cluster at ``scheduler``; outputs are the same either way. A draft
    that cannot be redacted is reported through ``say`` (one line) and the others go on."""
    from tqdm import tqdm

    from .rules_safety import warn_unprotected

    warn_unprotected(rules)
    outcome = BatchOutcome()
    drafts: list[Draft] = []
    for path in find_drafts(input_dir):
        output, audit = output_dir / path.name, audit_dir / f"{path.name}.audit.jsonl"
        try:   # checked before any work, as apply checks: an existing output without --force is one failed draft
            check_target(output, force=force, what="output", not_over={"the input": path, "the mapping": mapping})
            check_target(audit, force=force, what="audit log",
                         not_over={"the input": path, "the output": output, "the mapping": mapping})
            data = path.read_bytes()
        except (RedactError, OSError) as error:
            outcome.failed += 1
            say(f"{path.name}: {error}")
            continue
        drafts.append(Draft(len(drafts), path.name, str(path), str(output), str(audit), data))
    first_numbers = _first_numbers(mapping, drafts)
    settings = ReviewSettings(rules, profile, strict_rules, audit_key.key, audit_key.source)
    writer = _Writer(audit_key, mapping, {d.index: d for d in drafts})
    if scheduler:
        from .batch_dask import run_on_cluster

        results = run_on_cluster(scheduler, drafts, settings, first_numbers)
    elif workers > 1 and len(drafts) > 1:
        results = run_in_processes(drafts, settings, first_numbers, min(workers, len(drafts)))
    else:
        results = run_in_process(drafts, settings, first_numbers)
    bar = tqdm(total=len(drafts), desc="redacting", unit="file", file=sys.stderr,
               disable=not progress or not sys.stderr.isatty())
    with bar:
        for result in results:
            bar.update()
            with bar.external_write_mode():     # a line said while the bar shows goes above it, whole
                for category, message in result.warnings:
                    _warn_again(category, f"{result.name}: {message}")
                if not result.ok:
                    outcome.failed += 1
                    say(f"{result.name}: {result.error}")
            writer.write(result)
            if result.ok:
                outcome.redacted += 1
                outcome.changes += result.changes
                outcome.manual_review += result.manual_review
    writer.finish()
    return outcome


def _first_numbers(mapping: Path | None, drafts: list[Draft]) -> str:
    """The review's numbers before the first draft: the mapping file's (refused now if it is not one), or none."""
    if mapping is None:
        return numbers_text({})
    if mapping.parent.is_dir():     # the mapping (and its folder) is written with the first output
        for draft in drafts:
            check_target(mapping, force=True, what="mapping", not_over={"the input": draft.source})
    return numbers_text(PseudonymBook(mapping).numbers)


def _warn_again(category: str, message: str) -> None:
    from . import errors

    found = getattr(errors, category, None)
    warnings.warn(message, found if isinstance(found, type) and issubclass(found, Warning) else UserWarning,
                  stacklevel=2)


class _Writer:
    """Puts each redacted draft in place as ``apply`` does: mapping first, then a new key, the audit log, and the
    output last, renamed together. The mapping holds the numbers of the latest draft that has numbered."""

    def __init__(self, key: AuditKey, mapping: Path | None, drafts: dict[int, Draft]):
        self.key, self.mapping, self.drafts = key, mapping, drafts
        self.latest: tuple[int, str] | None = None     # (draft index, numbers after it)
        self.wrote = False

    def write(self, result: Redacted) -> None:
        if self.latest is None or result.index > self.latest[0]:
            self.latest = (result.index, result.numbers)
        if not result.ok:
            return
        draft = self.drafts[result.index]
        with Staging() as staging:
            if self.mapping is not None:
                staging.write(self.mapping, self.latest[1])
            new_key = self.key.new_file
            if new_key is not None and not new_key.exists():
                staging.write(new_key, self.key.key + b"\n", mode=KEY_MODE)
            staging.write(draft.audit, result.audit_log or b"")
            staging.write(draft.output, result.output or b"")     # put in place last, after its audit log
            staging.commit()
        self.wrote = True

    def finish(self) -> None:
        """The mapping ends with the numbers after the last draft, as one-at-a-time runs leave it."""
        if self.mapping is not None and self.wrote and self.latest is not None:
            write_file(self.mapping, self.latest[1])


__all__ = ["BatchOutcome", "Draft", "FolderChain", "InProcessChain", "Redacted", "ReviewSettings", "find_drafts",
           "numbers_from_text", "numbers_text", "redact_draft", "redact_folder"]
