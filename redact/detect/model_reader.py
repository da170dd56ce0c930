"""A forked process that holds the model and reads texts with it, for this process, in the order asked.

Two kinds, one protocol (``ModelReader``): forked for one document from a process that has loaded the model (the
batches of ``ner_process``: the recognisers then have the interpreter to themselves), or forked at the command's
start, before the model is loaded (``start_loading_elsewhere``). The second loads the model in the child while this
process imports Presidio, builds the recognisers and reads the draft (on case1, loading the model took about 1.3 s
of an 11 s cold ``apply`` on this machine), and this process never loads the model at all: the child reads the
model's entities and tags the few sentences ``name_or_word`` asks about. It does so with the same pipeline and the
same calls this process would make (``model.read_entities``, ``model.sentence_tags``), so the output is the same.

Only the standard library and ``model`` are imported here, and spaCy just before the fork (Presidio imports it
anyway: the child shares it); Presidio itself is imported after the fork, in this process only.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

from .model import LoadedModel, load_model, model_key, read_entities, sentence_tags


# held from the fork until the child has its own handlers (it inherits the parent's, which raise and remove files)
_HELD = {signal.SIGINT, signal.SIGTERM}
# seconds a child told to finish is given before it is killed
_PATIENCE = 10


def default_ner_threads() -> int:
    """$REDACT_NER_THREADS if set, else 2 where this process may use two or more cores, else 1 (no threads)."""
    setting = os.environ.get("REDACT_NER_THREADS", "").strip()
    if setting.isdigit() and int(setting) > 0:
        return int(setting)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return 2 if cores >= 2 else 1


def ner_process_possible() -> bool:
    """Can this process fork a reader now? ``$REDACT_NER_PROCESS=0`` says never (threads then). A fork is taken only
    on Linux (fork after loading native libraries is not safe on macOS, and Windows has none), with no other thread
    running (a lock held by another thread at the fork would stay held in the child), outside a daemonic process
    (they may have no children)."""
    if os.environ.get("REDACT_NER_PROCESS", "").strip() == "0":
        return False
    return (sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1
            and not multiprocessing.current_process().daemon)


def _serve(load: Callable[[], LoadedModel], connection, parents_end) -> None:
    """The child: load (or take) the model, say so, then answer each request; ``None`` ends it."""
    parents_end.close()   # a parent that dies must leave this end unread (EOF), not a child waiting forever
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the parent's to handle; it ends the child
    signal.signal(signal.SIGTERM, signal.SIG_DFL)   # not the parent's handler, which removes the parent's files
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)   # held since the fork: no signal met the parent's handlers
    try:
        try:
            model = load()
        except Exception as error:   # noqa: BLE001 - a missing model is said by the parent, in its words
            connection.send(("failed", error.__class__.__name__, str(error)))
            os._exit(0)
        connection.send(("loaded", model.name, model.version))
        while True:
            request = connection.recv()
            if request is None:
                break
            kind, what = request
            if kind == "entities":
                connection.send(read_entities(model.nlp, what))
            else:
                connection.send(sentence_tags(model.nlp, what))
    except BaseException:   # noqa: BLE001 - the parent reads what is left itself; no traceback from a child
        os._exit(1)
    os._exit(0)


class ModelReader:
    """The parent's side: ``ask`` sends a request and returns its ticket, ``answer`` waits for the answer to a
    ticket (``None`` if the child died first: the caller then reads the text here). Answers come in the order
    asked; one asked for out of order waits its turn. Usable from any thread of the parent."""

    def __init__(self, load: Callable[[], LoadedModel]):
        context = multiprocessing.get_context("fork")
        self._connection, theirs = context.Pipe()
        held = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
        try:
            self.process = context.Process(target=_serve, args=(load, theirs, self._connection), name="redact-model",
                                           daemon=True)
            self.process.start()   # OSError (no memory or processes left for a fork) is the caller's
        except BaseException:
            self._connection.close()
            raise
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
            theirs.close()
        self.alive = True
        self._lock = threading.RLock()
        self._asked = 1           # ticket 0 is the loading: the child says what it loaded before anything is asked
        self._received = 0
        self._answers: dict[int, Any] = {}
        self._forgotten: set[int] = set()

    def ask(self, kind: str, what: Any) -> int | None:
        with self._lock:
            if not self.alive:
                return None
            try:
                self._connection.send((kind, what))
            except (OSError, ValueError):
                self.alive = False
                return None
            self._asked += 1
            return self._asked - 1

    def answer(self, ticket: int | None, meanwhile: Iterator[None] | None = None, finished: object = None) -> Any:
        """The answer to ``ticket``; ``meanwhile`` is advanced while none has come (``finished``: its end)."""
        if ticket is None:
            return None
        with self._lock:
            if ticket < self._received and ticket not in self._answers:
                return None   # answered and taken already
            while ticket not in self._answers and self.alive:
                try:
                    if meanwhile is not None:
                        while not self._connection.poll() and next(meanwhile, finished) is not finished:
                            pass
                    answer = self._connection.recv()
                except (EOFError, OSError, ValueError):
                    self.alive = False
                    break
                if self._received not in self._forgotten:
                    self._answers[self._received] = answer
                self._forgotten.discard(self._received)
                self._received += 1
            return self._answers.pop(ticket, None)

    def forget(self, tickets) -> None:
        """Answers nobody will ask for (a caller that stopped early): dropped as they come."""
        with self._lock:
            for ticket in tickets:
                if ticket is not None and ticket >= self._received:
                    self._forgotten.add(ticket)
                self._answers.pop(ticket, None)

    def tags(self, sentence: str):
        return self.answer(self.ask("tags", sentence))

    def close(self) -> None:
        """End the child: told to finish when all it was asked is answered, else killed (what it would answer is
        not wanted, and it holds nothing to clean up: a SIGTERM could also meet the handler it inherited from
        this process before it set its own)."""
        with self._lock:
            if not self.alive or self._received != self._asked:
                self.process.kill()
            else:
                try:
                    self._connection.send(None)
                except (OSError, ValueError):
                    pass
            self.alive = False
            self._connection.close()   # a child still reading sees the end of its input, and stops
            self.process.join(timeout=_PATIENCE)
            if self.process.exitcode is None:
                self.process.kill()
                self.process.join()


class ModelElsewhere:
    """The model an early reader loads: its name and version (for the audit log) as the reader says them, waited
    for only when first asked, so that this process imports, builds the recognisers and reads the draft meanwhile.
    ``nlp`` loads the pipeline in this process after all, for whatever needs the pipeline itself: the reader's
    answers are all that detection and ``name_or_word`` ask for, and a reader that failed or died leaves them here
    (where a model that cannot be loaded raises what ``load_model`` raises)."""

    def __init__(self, requested: str | None, reader: ModelReader):
        self.requested, self.reader = requested, reader
        self._said: tuple | None = None
        self._lock = threading.Lock()

    def _loaded(self) -> tuple:
        with self._lock:
            if self._said is None:
                said = self.reader.answer(0)
                self._said = said if said and said[0] == "loaded" else ("not loaded",)
                if self._said[0] != "loaded":
                    self.reader.close()   # it failed or died: what it was asked is read here
            return self._said

    @property
    def name(self) -> str:
        said = self._loaded()
        return said[1] if said[0] == "loaded" else load_model(self.requested).name

    @property
    def version(self) -> str:
        said = self._loaded()
        return said[2] if said[0] == "loaded" else load_model(self.requested).version

    @property
    def nlp(self):
        return load_model(self.requested).nlp


_early: dict[str, ModelElsewhere] = {}
_early_lock = threading.Lock()
_frozen = False


def start_loading_elsewhere(requested: str | None = None) -> bool:
    """Fork a reader that loads the model for ``requested`` now, while this process goes on (the command's start).
    Only where a fork is safe and the model would be read beside this process anyway (two cores); ``False`` if
    none was started."""
    key = model_key(requested)
    with _early_lock:
        if key in _early:
            return True
        if not ner_process_possible() or default_ner_threads() < 2:
            return False
        # spaCy is imported before the fork, as this process needs it anyway (Presidio imports it): the child
        # shares it instead of importing it again, CPU time a busy machine does not have to spare. wordfreq goes
        # first, as in redact.detect.engine: its import costs three times as much once spaCy's modules are loaded.
        import wordfreq  # noqa: F401, I001
        import spacy  # noqa: F401

        if not ner_process_possible():
            return False
        try:
            _early[key] = ModelElsewhere(requested, ModelReader(lambda: load_model(requested)))
        except OSError:   # no memory or processes left for a fork: the model is loaded here, as before
            return False
        return True


def model_elsewhere(requested: str | None = None) -> ModelElsewhere | None:
    """The model an early reader started for ``requested`` holds, without waiting for it; ``None`` if no reader
    was started or it has died."""
    global _frozen
    with _early_lock:
        model = _early.get(model_key(requested))
        if model is None or not model.reader.alive:
            return None
        if not _frozen:
            # Presidio and spaCy are imported for good: frozen, as load_model freezes them with the model, they
            # are left out of every full collection (70-90 ms each with the model, 5 or more in a case1 apply)
            gc.freeze()
            _frozen = True
        return model


def reader_for(requested: str | None = None) -> ModelReader | None:
    """The live early reader for ``requested``, if any (never waits)."""
    model = _early.get(model_key(requested))
    return model.reader if model is not None and model.reader.alive else None


def stop_loading_elsewhere() -> None:
    """End every early reader (the command's work is done)."""
    with _early_lock:
        for model in _early.values():
            model.reader.close()
        _early.clear()
