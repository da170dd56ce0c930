"""Every file redact writes goes through here: checked before any work, written beside its target under a
temporary name, and put in place by a rename, so a reader never sees half a file.

A group of files that belong together (a redacted output, its audit log and a new audit key) is a ``Staging``:
each is written to its temporary file first (where a full disk or a failed verification is met), then all are
renamed in the order given with SIGTERM and SIGINT held back, so a signal can never leave an output in place
without its audit log. The command line installs ``install_signal_cleanup``: a SIGTERM (what CI timeouts send)
or a Ctrl-C removes every temporary file still pending and exits 143 or 130.

Files are created like any ordinary tool creates them, ``0666 & ~umask`` (on a shared publishing drive others
can read a published file when the umask says so), except secrets such as an audit key, which ask for 0600.
"""
from __future__ import annotations

import errno
import os
import signal
import tempfile
import threading
from pathlib import Path

from .errors import OutputError

SIGNAL_EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}

# Temporary files not yet renamed into place (removed on failure and on a signal), and the files this process put
# in place (so that "nothing was written" is said only when it is true).
_pending: set[Path] = set()
written: list[Path] = []
_umask_lock = threading.Lock()

_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.EROFS: "read-only file system",
    errno.ENOSPC: "no space left on the device (disk full)",
    errno.EDQUOT: "disk quota exceeded",
    errno.EFBIG: "file too large for the file system",
    errno.ENAMETOOLONG: "file name too long",
    errno.ENOENT: "folder does not exist",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "is a folder",
    errno.EXDEV: "cannot move a file across file systems",
    errno.EIO: "input/output error on the device",
}
USER_ERRNOS = frozenset(_REASONS)


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGINT arrived: the pending temporary files are already removed."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.exit_code = SIGNAL_EXIT_CODES.get(signal.Signals(signum), 128 + signum)


def reason(error: OSError) -> str:
    """A few words for an operating-system error a user can cause (permissions, full disk, read-only system)."""
    return _REASONS.get(error.errno or 0, error.strerror or error.__class__.__name__)


def write_error(path: Path, error: OSError) -> OutputError:
    return OutputError(f"{path}: cannot write: {reason(error)}")


def default_mode() -> int:
    """0666 without the bits the umask removes: the mode ``open()`` would give a new file."""
    return 0o666 & ~_umask()


def _umask() -> int:
    try:   # Linux says it without changing it
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _umask_lock:   # elsewhere reading the umask means setting it: keep our other threads out of the gap
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def check_target(path: str | Path, *, force: bool = False, what: str = "output",
                 not_over: dict[str, str | Path | None] | None = None) -> Path:
    """Refuse, before any work, a target that must not or cannot be written: over a file read in this run
    (``not_over``: {"the input": path, ...}), an existing file without ``force``, a folder, a missing or
    unwritable folder (a real probe file, so a read-only file system and root on a read-only share are caught)."""
    path = Path(path)
    for role, other in (not_over or {}).items():
        if other is not None and same_file(path, Path(other)):
            raise OutputError(f"{path}: refusing to write the {what} over {role}")
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name for the {what}")
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists (pass force=True to replace it)")
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"{folder}: {what} folder does not exist")
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".redact-probe-")
    except OSError as error:   # the folder exists: ENOENT here means a pseudo file system (/proc) takes no file
        why = "it takes no new file" if error.errno == errno.ENOENT else reason(error)
        raise OutputError(f"{folder}: cannot write the {what} there: {why}") from None
    _pending.add(Path(probe))    # a signal right now removes it too
    os.close(fd)
    os.unlink(probe)
    _pending.discard(Path(probe))
    return path


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


class Staging:
    """Files written under temporary names, then put in place together by ``commit`` (or all discarded).

    ``with Staging() as staging: tmp = staging.add(target); ...write tmp...; staging.commit()``: leaving the
    block without a commit (an error, a refusal, a signal) removes every temporary file.
    """

    def __init__(self):
        self._files: list[tuple[Path, Path, int]] = []   # (temporary, target, mode)
        self._last: set[Path] = set()
        self.committed = False

    def add(self, target: str | Path, *, mode: int | None = None, last: bool = False) -> Path:
        """A new empty temporary file beside ``target`` (same folder: the rename stays atomic); ``last`` puts it
        in place after the others (an output after the audit log that describes it)."""
        target = Path(target)
        try:
            # hidden, marked as temporary, and with the target's suffix (readers go by it: verify checks the temp)
            fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}.tmp-", suffix=target.suffix)
        except OSError as error:
            raise write_error(target, error) from None
        os.close(fd)
        tmp = Path(name)
        _pending.add(tmp)
        if last:
            self._last.add(tmp)
        self._files.append((tmp, target, default_mode() if mode is None else mode))
        return tmp

    def write(self, target: str | Path, data: bytes | str, *, mode: int | None = None,
              encoding: str = "utf-8") -> Path:
        tmp = self.add(target, mode=mode)
        payload = data.encode(encoding) if isinstance(data, str) else data
        try:
            with open(tmp, "wb") as handle:
                handle.write(payload)
        except OSError as error:
            raise write_error(Path(target), error) from None
        return tmp

    def commit(self) -> list[Path]:
        """Put every file in place, in the order added: flushed to disk first, then renamed with SIGTERM and
        SIGINT held back so that the group appears whole (a signal that came meanwhile acts right after)."""
        self._files.sort(key=lambda file: file[0] in self._last)
        for tmp, target, mode in self._files:
            try:
                with open(tmp, "rb+") as handle:
                    os.fsync(handle.fileno())
                os.chmod(tmp, mode)
            except OSError as error:
                raise write_error(target, error) from None
        _deferred.hold()
        try:
            for tmp, target, _ in self._files:
                try:
                    os.replace(tmp, target)
                except OSError as error:
                    raise write_error(target, error) from None
                _pending.discard(tmp)
                written.append(target)
            self.committed = True
        finally:
            _deferred.release()
        return [target for _, target, _ in self._files]

    def discard(self) -> None:
        for tmp, _, _ in self._files:
            tmp.unlink(missing_ok=True)
            _pending.discard(tmp)
        self._files = []

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, kind, error, traceback) -> None:
        targets = [target for _, target, _ in self._files]
        if not self.committed:
            self.discard()
        if isinstance(error, OSError) and error.errno in USER_ERRNOS and targets:
            # a full disk or a read-only folder met while a caller wrote a temporary file: one clear line
            raise write_error(targets[-1], error) from None


def write_file(target: str | Path, data: bytes | str, *, mode: int | None = None, encoding: str = "utf-8") -> Path:
    """Write one file atomically (``0666 & ~umask`` unless ``mode`` says otherwise)."""
    with Staging() as staging:
        staging.write(target, data, mode=mode, encoding=encoding)
        staging.commit()
    return Path(target)


def remove_pending() -> None:
    """Remove every temporary file not yet in place (safe to call from a signal handler)."""
    for tmp in list(_pending):
        try:
            os.unlink(tmp)
        except OSError:
            pass
        _pending.discard(tmp)


class _Deferred:
    """Signals that arrive while a group is renamed wait for the last rename, then act. Python runs signal handlers
    in the main thread whichever thread the operating system chose, so a flag there is enough (a signal mask
    would be per thread: another thread could take the signal)."""

    def __init__(self):
        self.depth = 0
        self.signum: int | None = None

    def hold(self) -> None:
        if threading.current_thread() is threading.main_thread():   # the only thread a handler runs in
            self.depth += 1

    def release(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        self.depth -= 1
        if self.depth == 0 and self.signum is not None:
            signum, self.signum = self.signum, None
            _on_signal(signum, None)


_deferred = _Deferred()


def _on_signal(signum, frame) -> None:
    if _deferred.depth:
        _deferred.signum = _deferred.signum or signum
        return
    remove_pending()
    raise Interrupted(signum)


def install_signal_cleanup() -> dict:
    """SIGTERM and SIGINT remove the pending temporary files and raise ``Interrupted`` (exit 143 / 130).
    Returns the handlers it replaced, for ``restore_signals`` once the work is done."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    return {signum: signal.signal(signum, _on_signal) for signum in SIGNAL_EXIT_CODES}


def restore_signals(previous: dict) -> None:
    """Put back the handlers ``install_signal_cleanup`` replaced: a signal after the work (while the interpreter
    shuts down) is then the ordinary one, not an exception nobody is left to catch."""
    for signum, handler in previous.items():
        signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
