"""``redact batch --scheduler tcp://HOST:8786``: the same per-draft task on a Dask distributed cluster.

Drafts go to the workers as bytes; outputs and audit logs come back as bytes and are written here. The review's
numbers are handed from draft to draft through Dask variables, one per draft (see ``redact.batch``): a draft
waiting for its turn leaves the worker's thread pool meanwhile (``secede``), so a worker that picked up drafts in
another order than the names' never waits on itself. The drafts and the review's audit key travel to the workers:
use a cluster of your own, over ``tls://`` when it spans machines. Needs the ``[dask]`` extra.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterator

from .batch import Draft, Redacted, ReviewSettings, in_order_window, redact_draft
from .errors import InputError

CONNECT_SECONDS = 20


class DaskChain:
    """Draft i's numbers are the Dask variable ``<batch>-i`` (the scheduler holds them)."""

    def __init__(self, batch: str):
        self.batch = batch

    def name(self, index: int) -> str:
        return f"{self.batch}-{index}"

    def take(self, index: int) -> str:
        from distributed import Event, Variable, rejoin, secede
        from distributed.worker import get_worker

        ready, numbers = Event(self.name(index)), Variable(self.name(index))
        if ready.is_set():        # asked without a timeout: a scheduler logs every timed-out wait as an error
            return numbers.get()
        try:
            get_worker()
        except ValueError:        # not on a worker (a test calls it directly): just wait
            ready.wait()
            return numbers.get()
        secede()
        try:
            ready.wait()
            return numbers.get()
        finally:
            rejoin()

    def give(self, index: int, numbers: str) -> None:
        from distributed import Event, Variable

        Variable(self.name(index)).set(numbers)
        Event(self.name(index)).set()

    def delete(self, client, count: int) -> None:
        from distributed import Event, Variable

        for index in range(count):
            Variable(self.name(index), client=client).delete()
            Event(self.name(index), client=client).clear()


def _version() -> str:
    from . import __version__

    return __version__


def run_on_cluster(scheduler: str, drafts: list[Draft], settings: ReviewSettings,
                   first_numbers: str) -> Iterator[Redacted]:
    try:
        from distributed import Client, wait
    except ImportError:
        raise InputError("a Dask scheduler needs Dask: pip install 'dhr-redact[dask]'") from None
    from . import __version__

    try:
        client = Client(scheduler, timeout=CONNECT_SECONDS)   # the default: distributed.wait finds it
    except (OSError, TimeoutError, ValueError) as error:
        raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
    chain = DaskChain(f"redact-batch-{uuid.uuid4().hex}")
    try:
        # a worker with another version would number and word the drafts otherwise: refused before any work
        others = sorted({version for version in client.run(_version).values() if version != __version__})
        if others:
            raise InputError(f"the Dask workers at {scheduler} run dhr-redact {', '.join(others)}, this is "
                             f"{__version__}: install the same version on every worker")
        if not client.scheduler_info().get("workers"):
            raise InputError(f"the Dask scheduler at {scheduler} has no workers")
        chain.give(0, first_numbers)

        def submit(draft: Draft):
            # earlier drafts first, where the scheduler can choose; the draft's bytes go with the task
            return client.submit(redact_draft, draft, settings, chain, key=f"{chain.batch}-draft-{draft.index}",
                                 priority=len(drafts) - draft.index, pure=False)

        workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        yield from in_order_window(drafts, submit, window=2 * workers, wait=wait)
    finally:
        try:
            chain.delete(client, len(drafts) + 1)
        except Exception:  # noqa: BLE001 - cleaning up on a cluster that stopped: nothing more to do
            pass
        client.close()
