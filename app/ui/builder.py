"""The builder process: long pure-Python work on a large policy, away from the window's process.

Building a large policy's document or data-flow map takes a second or more of Python, and steps
of it hold the interpreter lock for a tenth of a second or more at a time: on a thread of the
window's process, the GUI thread would wait for the lock and the window would freeze meanwhile.
So such work is handed to the builder process (``python -m`` this module: a fresh interpreter
without Qt, started on first use and kept): a worker thread calls :func:`call` with a task (a
module-level function of this application, pickled by name) and a snapshot of its arguments,
and waits. One builder serves every view, one task at a time.

Pickling a whole large policy takes the interpreter lock for most of a second at a stretch (the
window would freeze), and unpickling it the builder as long again, on every edit. But a
snapshot shares almost all its items with the one before (:mod:`app.validation.snapshot`), so
the builder keeps every model it was sent, and a request carries only a reference to each model
sent before (:class:`_Sender`): after an edit, only the touched items travel. Pickling item by
item also lets the GUI thread have the lock between items. Models are never changed once made
(edits replace them), so sharing them between requests is safe.

No Qt here: this module is the builder process's program too (and so must the tasks' modules).
"""

from __future__ import annotations

import atexit
import gc
import io
import os
import pickle
import struct
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, TypeVar

from pydantic import BaseModel

from app.domain import i18n
from app.domain.models import Policy
from app.storage.translations import LANGUAGE_VARIABLE, activate, choose

PROCESS_ABOVE = 1000
"""Rules, categories, purposes and retention rules above which the builder process is used."""
T = TypeVar("T")
_SIZE = struct.Struct("<Q")
_OK, _FAILED = b"o", b"e"
KEEP_FOR = 4
"""A model the last this many requests did not carry is forgotten, here and by the builder."""


def is_large(policy: Policy) -> bool:
    """True when work over ``policy`` is handed to the builder process."""
    size = (len(policy.rules) + len(policy.categories) + len(policy.purposes)
            + len(policy.retention))
    return size > PROCESS_ABOVE


def call(task: Callable[..., T], *args: Any) -> T:
    """``task(*args)`` computed by the builder process (``task`` is found there by its name).

    Waiting for the builder blocks the calling thread, not the interpreter lock. Raises
    RuntimeError when the builder stops or the task fails (the next call starts a new one).
    """
    with _lock:
        try:
            process = _builder()
            _send(process.stdin, _OK, _sender.request(task, args))
            status, answer = _receive(process.stdout)
        except (OSError, EOFError, ValueError) as exc:
            _stop()
            raise RuntimeError(i18n.translate(
                "builder", "the process building the view stopped unexpectedly")) from exc
        if status != _OK:
            _sender.reset()  # the builder forgot every model on failing (see serve)
            raise RuntimeError(answer.decode("utf-8", "replace"))
    result: T = pickle.loads(answer)
    return result


_lock = threading.Lock()
_processes: list[subprocess.Popen[bytes]] = []


def _builder() -> subprocess.Popen[bytes]:
    """The builder process, started if need be (call with ``_lock`` held)."""
    if _processes and _processes[0].poll() is None:
        return _processes[0]
    _stop()
    _sender.reset()  # a new builder has been sent nothing
    root = str(Path(__file__).resolve().parents[2])  # this very copy of the application
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [root, *filter(None, [os.environ.get("PYTHONPATH")])]))
    env[LANGUAGE_VARIABLE] = i18n.language()  # it writes in the window's language
    _processes.append(subprocess.Popen(
        [sys.executable, "-m", __spec__.name if __spec__ else "app.ui.builder"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, cwd=root))
    return _processes[0]


def _stop() -> None:
    while _processes:
        process = _processes.pop()
        process.kill()
        process.wait()
        for pipe in (process.stdin, process.stdout):
            if pipe is not None:
                pipe.close()


def stop_builder() -> None:
    """End the builder process now, abandoning a task under way (at exit)."""
    if _lock.acquire(timeout=0.5):
        try:
            _stop()
        finally:
            _lock.release()
    else:  # a worker waits for the builder: killing it ends that wait
        for process in list(_processes):
            process.kill()


atexit.register(stop_builder)


class _Sender:
    """The window's side: pickles requests, each model the builder already has by reference."""

    def __init__(self) -> None:
        self.sent: dict[int, tuple[int, BaseModel, int]] = {}
        """``id(model)`` -> (its number, the model kept alive so ids stay unique, last request)."""
        self.requests = 0
        self._numbers = iter(range(1, 1 << 62))

    def reset(self) -> None:
        """Forget what was sent (a new builder)."""
        self.sent.clear()

    def request(self, task: Callable[..., Any], args: tuple[Any, ...]) -> bytes:
        """The pickled (models forgotten, (task, args)): models as references where possible."""
        self.requests += 1
        old = self.requests - KEEP_FOR
        forgotten = [number for number, _, last in self.sent.values() if last <= old]
        self.sent = {key: entry for key, entry in self.sent.items() if entry[2] > old}
        stream = io.BytesIO()
        try:
            _Pickler(stream, self, None).dump((forgotten, (task, args)))
        except BaseException:
            self.reset()  # some of it may be taken for sent: begin again
            _stop()
            raise
        return stream.getvalue()


class _Pickler(pickle.Pickler):
    def __init__(self, stream: IO[bytes], sender: _Sender, root: object) -> None:
        super().__init__(stream, protocol=pickle.HIGHEST_PROTOCOL)
        self.sender, self.root = sender, root

    def persistent_id(self, obj: Any) -> Any:
        """A model other than a whole policy: its number, with its pickle if new to the builder."""
        if obj is self.root or not isinstance(obj, BaseModel) or isinstance(obj, Policy):
            return None
        sender = self.sender
        entry = sender.sent.get(id(obj))
        if entry is not None:
            sender.sent[id(obj)] = (entry[0], obj, sender.requests)
            return entry[0]
        number = next(sender._numbers)
        sender.sent[id(obj)] = (number, obj, sender.requests)
        stream = io.BytesIO()
        _Pickler(stream, sender, obj).dump(obj)
        return number, stream.getvalue()


class _Unpickler(pickle.Unpickler):
    """The builder's side: models by reference come from ``kept``; new ones are kept."""

    def __init__(self, data: bytes, kept: dict[int, Any]) -> None:
        super().__init__(io.BytesIO(data))
        self.kept = kept

    def persistent_load(self, pid: Any) -> Any:
        if isinstance(pid, int):
            return self.kept[pid]
        number, data = pid
        self.kept[number] = _Unpickler(data, self.kept).load()
        return self.kept[number]


_sender = _Sender()


def _send(pipe: IO[bytes] | None, status: bytes, data: bytes) -> None:
    if pipe is None:  # never shown: call() reports any failure to talk in its own words
        raise BrokenPipeError
    pipe.write(status + _SIZE.pack(len(data)))
    pipe.write(data)
    pipe.flush()


def _read(pipe: IO[bytes] | None, size: int) -> bytes:
    if pipe is None:
        raise BrokenPipeError
    data = pipe.read(size)
    if data is None or len(data) != size:
        raise EOFError  # the other end closed the pipe
    return data


def _receive(pipe: IO[bytes] | None) -> tuple[bytes, bytes]:
    status = _read(pipe, 1)
    (size,) = _SIZE.unpack(_read(pipe, _SIZE.size))
    return status, _read(pipe, size)


def _run(request: bytes, kept: dict[int, Any]) -> Any:
    """The answer to one request (see :meth:`_Sender.request`).

    Only this application's functions are run; ``kept`` holds the models sent so far.
    """
    forgotten, (task, args) = _Unpickler(request, kept).load()
    for number in forgotten:
        kept.pop(number, None)
    if not callable(task) or not getattr(task, "__module__", "").startswith("app."):
        raise TypeError(i18n.translate("builder", "not a task of this application: {task}")
                        .format(task=f"{task!r:.80}"))
    return task(*args)


def serve(requests: IO[bytes], answers: IO[bytes]) -> None:
    """The builder process: answer each pickled (task, args) with the task's pickled result.

    The cycle collector is held back during a task (collections would scan the whole policy
    again and again, half the task's time); the previous task's garbage goes first instead.
    """
    was_enabled = gc.isenabled()
    kept: dict[int, Any] = {}
    try:
        while True:
            try:
                _, request = _receive(requests)
            except EOFError:
                return
            gc.enable()
            gc.collect()
            gc.disable()
            try:
                answer: Any = pickle.dumps(_run(request, kept), protocol=pickle.HIGHEST_PROTOCOL)
                status = _OK
            except Exception as exc:  # reported to the window, which says so
                answer, status = f"{type(exc).__name__}: {exc}".encode(), _FAILED
                kept.clear()  # and the window forgets what it sent, as this side does
            _send(answers, status, answer)
    finally:  # the collector is left as it was found
        if was_enabled:
            gc.enable()


if __name__ == "__main__":
    activate(choose(None))  # the window's language (see _builder)
    _answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # nothing printed mixes with the answers
    serve(sys.stdin.buffer, _answers)
