"""The preview's pages, built off the GUI thread, and a large policy's in a process of its own.

Building a large policy's document takes seconds of Python, and steps of it (sorting the
allowed uses, serialising the policy for its digest) hold the interpreter lock for a tenth of
a second or more at a time: on a thread of the window's process, the GUI thread would wait
for the lock and the window would freeze meanwhile. So a policy of more than
:data:`PROCESS_ABOVE` items is built by a builder process (``python -m`` this module: a fresh
interpreter without Qt, started on first use and kept): the worker thread hands it the pickled
snapshot through a pipe and waits. A small policy's preview is built on the worker thread
itself, at once.

No Qt here: this module is the builder process's program too.
"""

from __future__ import annotations

import atexit
import gc
import os
import pickle
import struct
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

from app.domain.models import Policy
from app.exporters.policy_document import build_html
from app.exporters.standing import standing_of
from app.ui.views.document.pages import Pages, paginate
from app.validation.finding import Severity
from app.validation.runner import run_checks

PROCESS_ABOVE = 1000
"""Rules, categories, purposes and retention rules above which the builder process is used."""
Built = tuple[Pages, str]
"""What the worker hands back: the document in pages and a one-line summary."""
_SIZE = struct.Struct("<Q")
_OK, _FAILED = b"o", b"e"


def error_count(policy: Policy) -> int:
    """How many error findings validating ``policy`` gives."""
    return sum(f.severity is Severity.ERROR for f in run_checks(policy))


def preview(policy: Policy, errors: int | None) -> Built:
    """The preview's pages and its one-line summary (off the GUI thread).

    Args:
        policy: A snapshot of the policy.
        errors: The policy's error count, or None to validate it here.
    """
    if errors is None:
        errors = error_count(policy)
    pages = paginate(build_html(policy, standing=standing_of(policy, errors=errors)))
    return pages, f"{len(policy.rules)} rules, {len(policy.retention)} retention rules"


def is_large(policy: Policy) -> bool:
    """True when ``policy``'s preview is built by the builder process."""
    size = (len(policy.rules) + len(policy.categories) + len(policy.purposes)
            + len(policy.retention))
    return size > PROCESS_ABOVE


def build(policy: Policy, errors: int | None) -> Built:
    """:func:`preview` of ``policy``; a large one's by the builder process.

    Waiting for the builder blocks the calling thread, not the interpreter lock. Raises
    RuntimeError when the builder stops or fails (the next build starts a new one).
    """
    if not is_large(policy):
        return preview(policy, errors)
    request = pickle.dumps((policy, errors), protocol=pickle.HIGHEST_PROTOCOL)
    with _lock:
        try:
            process = _builder()
            _send(process.stdin, _OK, request)
            status, answer = _receive(process.stdout)
        except (OSError, EOFError, ValueError) as exc:
            _stop()
            raise RuntimeError("the process building the preview stopped unexpectedly") from exc
    if status != _OK:
        raise RuntimeError(answer.decode("utf-8", "replace"))
    result: Built = pickle.loads(answer)
    return result


_lock = threading.Lock()
_processes: list[subprocess.Popen[bytes]] = []


def _builder() -> subprocess.Popen[bytes]:
    """The builder process, started if need be (call with ``_lock`` held)."""
    if _processes and _processes[0].poll() is None:
        return _processes[0]
    _stop()
    root = str(Path(__file__).resolve().parents[4])  # this very copy of the application
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [root, *filter(None, [os.environ.get("PYTHONPATH")])]))
    _processes.append(subprocess.Popen(
        [sys.executable, "-m", __spec__.name if __spec__ else "app.ui.views.document.build"],
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
    """End the builder process now, abandoning a build under way (at exit)."""
    if _lock.acquire(timeout=0.5):
        try:
            _stop()
        finally:
            _lock.release()
    else:  # a worker waits for the builder: killing it ends that wait
        for process in list(_processes):
            process.kill()


atexit.register(stop_builder)


def _send(pipe: IO[bytes] | None, status: bytes, data: bytes) -> None:
    if pipe is None:
        raise OSError("no pipe")
    pipe.write(status + _SIZE.pack(len(data)))
    pipe.write(data)
    pipe.flush()


def _read(pipe: IO[bytes] | None, size: int) -> bytes:
    if pipe is None:
        raise OSError("no pipe")
    data = pipe.read(size)
    if data is None or len(data) != size:
        raise EOFError("the pipe closed")
    return data


def _receive(pipe: IO[bytes] | None) -> tuple[bytes, bytes]:
    status = _read(pipe, 1)
    (size,) = _SIZE.unpack(_read(pipe, _SIZE.size))
    return status, _read(pipe, size)


def serve(requests: IO[bytes], answers: IO[bytes]) -> None:
    """The builder process: answer each pickled (policy, errors) with :func:`preview`'s result.

    The cycle collector is held back during a build (collections would scan the whole policy
    again and again, half the build's time); the previous build's garbage goes first instead.
    """
    was_enabled = gc.isenabled()
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
                policy, errors = pickle.loads(request)
                answer: Any = pickle.dumps(preview(policy, errors),
                                           protocol=pickle.HIGHEST_PROTOCOL)
                status = _OK
            except Exception as exc:  # reported to the window, which says so
                answer, status = f"{type(exc).__name__}: {exc}".encode(), _FAILED
            _send(answers, status, answer)
    finally:  # the collector is left as it was found
        if was_enabled:
            gc.enable()


if __name__ == "__main__":
    _answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # nothing printed mixes with the answers
    serve(sys.stdin.buffer, _answers)
