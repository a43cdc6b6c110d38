"""The one way work leaves the GUI thread: snapshot, work on a worker, publish if still current.

A :class:`BackgroundRunner` is given plain work (a callable over a snapshot the GUI thread took,
touching no widget and no live document). Each :meth:`~BackgroundRunner.submit` starts a new
generation; when the work's outcome comes back to the GUI thread it is published only if no
newer request was made since and the runner's ``current`` token (for example the document and
its revision) has not changed. Every job ends with exactly one of three signals, on the GUI
thread: :attr:`~BackgroundRunner.published`, :attr:`~BackgroundRunner.failed` (the work raised:
the exception is reported, never lost and never raised into the event loop) or
:attr:`~BackgroundRunner.dropped` (superseded; a job superseded before it started does no work).

Crash safety (see :mod:`app.ui.runtime`): every QObject here is made and destroyed on the GUI
thread. The worker only emits: each job's relay is made on the GUI thread, and the job (with
its relay) is kept alive by this module until its outcome has been delivered, so neither dies
on a worker nor while its ``run()`` is still returning. The work runs with the cycle collector
paused, so no collection (which could run a Qt destructor) happens on a worker thread.
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from app.storage.collector import collector_paused

Work = Callable[[], Any]

_SUPERSEDED = object()
"""What a job superseded before it started delivers instead of a result."""

_ids = itertools.count(1)
_alive: dict[int, _Job] = {}
"""Jobs whose outcome has not reached the GUI thread yet (their wrappers must outlive run())."""
_retired: deque[_Job] = deque(maxlen=8)
"""Jobs just delivered, kept a little longer: their run() may still be returning."""


class _Relay(QObject):
    """Carries one job's outcome from its worker to the GUI thread (queued connections)."""

    done = Signal(int, int, object, object)
    """Job id, generation, result, error."""


def _release(job_id: int, *_outcome: object) -> None:
    """On the GUI thread: the job's outcome is delivered; let it go (a little later)."""
    job = _alive.pop(job_id, None)
    if job is not None:
        job.work = None  # its snapshot goes now, on this thread
        _retired.append(job)


class _Job(QRunnable):
    """One piece of work on the pool; owns nothing but plain data and its relay."""

    def __init__(self, work: Work, generation: int, latest: list[int]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it (see _alive), the pool never deletes it
        self.id = next(_ids)
        self.relay = _Relay()
        self.relay.done.connect(_release, Qt.ConnectionType.QueuedConnection)
        self.work: Work | None = work
        self._generation = generation
        self._latest = latest

    def run(self) -> None:
        result: object = _SUPERSEDED
        error: BaseException | None = None
        if self._latest[0] == self._generation and self.work is not None:
            try:
                with collector_paused(collect=False):
                    result = self.work()
            except Exception as exc:  # reported on the GUI thread
                error = exc
        with contextlib.suppress(RuntimeError):  # the application is shutting down
            self.relay.done.emit(self.id, self._generation, result, error)


class BackgroundRunner(QObject):
    """Runs work off the GUI thread; publishes only the newest request's, still current, result.

    Args:
        parent: The owning QObject.
        current: Gives a token describing what the work is about (say, the document and its
            revision); taken at :meth:`submit`, compared (``==``) when the outcome arrives, and
            the outcome is dropped if it differs. None: only newer requests supersede.
        pool: The thread pool; by default a private one running one job at a time.
        pause_s: Each job first sleeps this long without the interpreter lock, so the GUI
            thread that started it gets the lock straight back.
    """

    published = Signal(object)
    """The result of the latest request, still current."""
    failed = Signal(object)
    """The exception the latest request's work raised."""
    dropped = Signal()
    """A job's outcome arrived superseded (a newer request, or ``current`` changed)."""

    def __init__(self, parent: QObject | None = None, *,
                 current: Callable[[], object] | None = None, pool: QThreadPool | None = None,
                 pause_s: float = 0.0) -> None:
        super().__init__(parent)
        self._current = current
        if pool is None:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
        self._pool = pool
        self._pause_s = pause_s
        self._latest = [0]
        self._token: object = None
        self._pending = 0
        self.error: BaseException | None = None
        """The last error reported through :attr:`failed`."""

    @property
    def busy(self) -> bool:
        """True while a job's outcome has not come back yet."""
        return self._pending > 0

    def submit(self, work: Work) -> int:
        """Run ``work`` on a worker; every earlier request is superseded. Returns its generation.

        ``work`` must use only data the caller snapshotted (no widget, no live document).
        """
        self._latest[0] += 1
        generation = self._latest[0]
        self._token = self._current() if self._current is not None else None
        job = _Job(self._timed(work), generation, self._latest)
        job.relay.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        _alive[job.id] = job
        self._pending += 1
        self._pool.start(job)
        return generation

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the pool is idle (tests, shutdown); True if it is."""
        return self._pool.waitForDone(timeout_ms)

    def _timed(self, work: Work) -> Work:
        pause = self._pause_s
        if not pause:
            return work

        def paused() -> Any:
            time.sleep(pause)
            return work()

        return paused

    def _still_current(self, generation: int) -> bool:
        if generation != self._latest[0]:
            return False
        return self._current is None or self._current() == self._token

    def _deliver(self, _job_id: int, generation: int, result: object,
                 error: BaseException | None) -> None:
        self._pending -= 1
        if (result is _SUPERSEDED and error is None) or not self._still_current(generation):
            self.dropped.emit()
        elif error is not None:
            self.error = error
            self.failed.emit(error)
        else:
            self.published.emit(result)
