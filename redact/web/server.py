"""``redact serve``: the page on 127.0.0.1, opened in the author's browser, stopped with Ctrl-C.

The socket is bound here (loopback only, never a name that could resolve elsewhere) and handed to uvicorn;
the session's folder goes when the server stops, or after an idle hour (the server then stops itself).
"""
from __future__ import annotations

import errno
import socket
import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path

import uvicorn

from ..atomic import write_file
from ..errors import InputError
from .app import create_app
from .security import MAX_UPLOAD, new_token
from .workspace import SCRATCH, Workspace

HOST = "127.0.0.1"
DEFAULT_PORT = 8765
_IDLE_CHECK = 30.0   # seconds between looks at the idle clock


def bind(port: int) -> socket.socket:
    """A listening socket on the loopback interface; a port in use is one line for the author."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # a server just stopped leaves its port in TIME_WAIT: restarting at once must work (no second listener
    # can share the port on Linux all the same)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
    except OSError as error:
        sock.close()
        if error.errno == errno.EADDRINUSE:
            raise InputError(f"port {port} is already in use on {HOST}: pass port=... with another number") from None
        raise InputError(f"cannot listen on {HOST}:{port}: {error.strerror or error}") from None
    sock.listen(64)
    return sock


class Server:
    """One session: its folder, its token, the application and the uvicorn server around it."""

    def __init__(self, port: int = DEFAULT_PORT, *, max_upload: int = MAX_UPLOAD, idle_limit: float | None = None):
        self.socket = bind(port)
        self.port = self.socket.getsockname()[1]
        self.workspace = Workspace(idle_limit=idle_limit) if idle_limit is not None else Workspace()
        self.token = new_token()
        self.app = create_app(self.workspace, self.token, max_upload=max_upload)
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="on",
                                server_header=False, date_header=False)
        self.uvicorn = uvicorn.Server(config)
        self._stop = threading.Event()

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/?token={self.token}"

    def run(self, on_ready: Callable[[], None] | None = None) -> None:
        """Serve until stopped (Ctrl-C, ``stop()``, or an idle hour); the folder is removed in every case."""
        watcher = threading.Thread(target=self._watch_idle, name="redact-serve idle clock", daemon=True)
        watcher.start()
        if on_ready is not None:
            threading.Thread(target=self._when_started, args=(on_ready,), daemon=True).start()
        try:
            self.uvicorn.run(sockets=[self.socket])
        finally:
            self._stop.set()
            self.workspace.close()
            self.socket.close()

    def launcher(self) -> Path:
        """A page in the session's private folder that sends the browser on to the address: the browser is
        started with this file's name, so the token never shows in the process list other users can read."""
        from html import escape

        page = self.workspace.file("open.html")
        write_file(page, f"<!doctype html><meta charset='utf-8'><meta http-equiv='refresh' content='0;url="
                         f"{escape(self.url)}'><title>dhr-redact</title><p><a href='{escape(self.url)}'>Open the "
                         f"dhr-redact page</a></p>", mode=0o600)
        return page

    def stop(self) -> None:
        self.uvicorn.should_exit = True

    @property
    def started(self) -> bool:
        return bool(self.uvicorn.started)

    def _when_started(self, on_ready: Callable[[], None]) -> None:
        while not self.uvicorn.started and not self._stop.wait(0.05):
            pass
        if self.uvicorn.started:
            on_ready()

    def _watch_idle(self) -> None:
        while not self._stop.wait(min(_IDLE_CHECK, self.workspace.idle_limit / 4)):
            if self.workspace.expired():
                self.workspace.close()
                self.stop()
                return


def serve(port: int = DEFAULT_PORT, *, open_browser: bool = True, echo: Callable[[str], None] = print) -> None:
    import tempfile

    server = Server(port)
    # every temporary file of this process (a PDF conversion, LibreOffice's profile, an upload's spool) goes into
    # the session's folder, and so goes with it: nothing made from the draft is left in the system's /tmp
    scratch = server.workspace.file(SCRATCH)
    scratch.mkdir(mode=0o700)
    tempfile.tempdir = str(scratch)

    def ready() -> None:
        echo(f"redact serve: open {server.url}\n"
             f"  (this address holds the session's key: do not share it; Ctrl-C stops the server and removes "
             f"its files)")
        if open_browser:
            webbrowser.open(server.launcher().as_uri())

    try:
        server.run(on_ready=ready)
    finally:   # Ctrl-C and SIGTERM go on to the command's own exit codes (130, 143) after this
        from ..atomic import written

        written.clear()   # what the session wrote went with its folder: the command leaves nothing behind
        echo("redact serve: stopped; the session's files were removed")
