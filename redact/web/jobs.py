"""Long steps (finding what the draft names, applying the decisions) run in a worker thread; the page polls
their progress. One job at a time: a session is one author working on one draft."""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Progress:
    """Where a job is: its stage (words for the page), how far (0..1), and how it ended."""

    title: str
    stage: str = "Starting"
    fraction: float = 0.0
    state: str = "running"            # running, done, failed
    error: str | None = None          # one line for the author when failed
    result: Any = None
    stages: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"title": self.title, "stage": self.stage, "percent": round(self.fraction * 100),
                "state": self.state, "error": self.error}


class Job:
    """One long step in a daemon thread; ``step(name)`` moves its progress on through the named stages."""

    def __init__(self, title: str, stages: list[str], work: Callable[["Job"], Any],
                 tidy: Callable[[str], str] = lambda message: message):
        self.progress = Progress(title, stage=stages[0], stages=list(stages))
        self._work = work
        self._tidy = tidy      # a message about the session's folder, told in the author's file names
        self._thread = threading.Thread(target=self._run, name=f"redact-serve: {title}", daemon=True)

    def start(self) -> "Job":
        self._thread.start()
        return self

    def step(self, stage: str) -> None:
        stages = self.progress.stages
        index = stages.index(stage) if stage in stages else len(stages) - 1
        self.progress.stage = stage
        self.progress.fraction = index / len(stages)

    def wait(self, timeout: float | None = None) -> Progress:
        self._thread.join(timeout)
        return self.progress

    @property
    def running(self) -> bool:
        return self.progress.state == "running"

    def _run(self) -> None:
        from ..errors import RedactError

        try:
            self.progress.result = self._work(self)
            self.progress.state = "done"
            self.progress.fraction = 1.0
        except RedactError as error:
            self.progress.error = self._tidy(str(error))
            self.progress.result = error
            self.progress.state = "failed"
        except Exception as error:   # a bug of ours: one line on the page, as the command says it
            self.progress.error = self._tidy(f"internal error: {error.__class__.__name__}: {error} (please "
                                             f"report this with what you did)")
            self.progress.state = "failed"
