"""The one folder where a ``redact serve`` session keeps the draft and everything made from it.

The draft never goes anywhere else: uploads are written here (private to the user), outputs are written
here, and the folder is removed when the server stops or after an idle hour, whichever comes first.
"""
from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
import threading
import time
from pathlib import Path

IDLE_LIMIT = 3600.0   # seconds without a request before the session's files are removed
SCRATCH = "tmp"       # `redact serve` points the process's temporary files here (redact.web.server.serve)


class Workspace:
    """A private temporary folder with an idle clock."""

    def __init__(self, parent: str | Path | None = None, *, idle_limit: float = IDLE_LIMIT, clock=time.monotonic):
        # mkdtemp makes the folder readable by its owner only (0700): other users of the machine see nothing
        self.path = Path(tempfile.mkdtemp(prefix="redact-serve-", dir=parent))
        self.idle_limit = idle_limit
        self._clock = clock
        self._last_used = clock()
        self._lock = threading.Lock()
        self.closed = False

    def file(self, name: str) -> Path:
        """A path inside the folder; ``name`` is always one of ours, never the user's file name."""
        if self.closed:
            raise WorkspaceClosed("this session has ended: its files were removed; start `redact serve` again")
        if not name or "/" in name or "\\" in name or name.startswith("."):
            raise ValueError(f"not a workspace file name: {name!r}")
        return self.path / name

    def touch(self) -> None:
        self._last_used = self._clock()

    def idle_for(self) -> float:
        return self._clock() - self._last_used

    def expired(self) -> bool:
        return self.idle_for() >= self.idle_limit

    def clear(self) -> None:
        """Remove every file of the session but keep the (empty) folder: a new draft starts afresh."""
        with self._lock:
            if self.closed:
                return
            for child in self.path.iterdir():
                if child.name == SCRATCH and child.is_dir():
                    for inner in child.iterdir():   # the process's temporary folder stays, emptied
                        _remove(inner)
                else:
                    _remove(child)

    def close(self) -> None:
        """Remove the folder and everything in it; safe to call more than once."""
        with self._lock:
            self.closed = True
            _remove(self.path)


class WorkspaceClosed(RuntimeError):
    """The session's files were removed (idle hour or shutdown)."""


def _remove(path: Path) -> None:
    if not path.exists() and not path.is_symlink():
        return
    if path.is_dir() and not path.is_symlink():
        # a read-only file left by a converter must not keep the draft on disk
        if sys.version_info >= (3, 12):
            shutil.rmtree(path, onexc=_make_writable_and_retry)
        else:   # pragma: no cover (Python 3.11)
            shutil.rmtree(path, onerror=_make_writable_and_retry)
    else:
        path.unlink()


def _make_writable_and_retry(function, name, _excinfo) -> None:
    os.chmod(name, stat.S_IRWXU)
    function(name)
