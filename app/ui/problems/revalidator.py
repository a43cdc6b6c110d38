"""Keeps the findings current: debounced validation runs in a worker thread.

Every edit restarts a short single-shot timer (shorter still for a field edit, or while runs
are quick); when it fires, the GUI thread takes a copy-on-write snapshot (see
:mod:`app.validation.snapshot`) and hands it to a :class:`~app.ui.background.BackgroundRunner`.
Results are published only when they still describe the document as it is now; older ones are
dropped. One run at a time: an edit made while a run is in flight schedules one more run for
when it ends. By default the runs are incremental
(:class:`~app.validation.incremental.IncrementalValidator`): after an edit only
the checks it can affect rerun.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.edits import Change
from app.storage.loader import LoadedPolicy
from app.ui.background import BackgroundRunner
from app.ui.bridge import DocumentBridge
from app.validation.incremental import IncrementalValidator
from app.validation.problems import Job, Problem, Result, Validate, file_index, run_job
from app.validation.snapshot import SnapshotCache

DEBOUNCE_MS = 150
QUICK_DEBOUNCE_MS = 0
"""The wait after a field edit or a rename, or any edit while runs are quick: none beyond the
events already queued (fields commit when editing ends, not per key, so one such edit rarely
comes right after another, and an edit made while a run is in flight waits for one more)."""
QUICK_KINDS = frozenset({"update", "rename"})
"""The kinds of change that are one discrete edit (a field committed, an id renamed)."""
QUICK_RUN_MS = 60
"""A run this quick or quicker lets the next edit use :data:`QUICK_DEBOUNCE_MS`."""
START_PAUSE_S = 0.003


def settle_heap() -> None:
    """Exempt what is alive now (the open policy, its file's node tree) from cyclic GC scans.

    Each validation run allocates many short-lived objects, which every so often triggers a
    full collection; with a large policy open, that scans about a million objects and holds
    the interpreter lock (the GUI thread too) for half a second. Called once per opened
    document, after its first validation; :func:`thaw_heap` undoes it when the document is
    replaced or closed, so garbage cycles among the frozen objects are collected then.
    """
    gc.freeze()


def thaw_heap(*_args: object) -> None:
    """Let the collector scan every object again (see :func:`settle_heap`)."""
    gc.unfreeze()


class Revalidator(QObject):
    """Validates the bridge's document after every change, off the GUI thread."""

    started = Signal()
    """A run began (the shown problems may be out of date until :attr:`finished`)."""
    invalidated = Signal()
    """Another document was opened: the problems shown belong to the old one."""
    finished = Signal(object)
    """A :class:`Result` for the document's current revision."""

    def __init__(self, bridge: DocumentBridge, parent: QObject | None = None, *,
                 validate: Validate | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._incremental = validate is None
        self._validate = validate or IncrementalValidator().validate
        self._cache = SnapshotCache()
        # Each run first sleeps (without the interpreter lock) for a moment, so the GUI thread
        # that started it gets the lock straight back and returns to its event loop, instead
        # of waiting a whole switch interval (5 ms or more) for the checks to let go of it.
        self._runner = BackgroundRunner(self, current=self._revision, pause_s=START_PAUSE_S)
        self._runner.published.connect(self._on_done)
        self._runner.dropped.connect(self._on_dropped)
        self._runner.failed.connect(self._on_failed)
        self._debounce_ms = debounce_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self._loaded: LoadedPolicy | None = None
        self._file_index: dict[str, dict[str, int]] | None = None
        self._again = False
        self._known: dict | None = None
        """The last published run's problems by finding (see :attr:`Job.known`)."""
        self.shown: Callable[[], tuple[list[Problem], int, bool]] | None = None
        """Gives the rows the table shows, its sort column and order (see
        :meth:`ProblemsModel.ordering`), so the worker can prepare the table update."""
        self.result: Result | None = None
        """The latest published result."""
        self.dropped = 0
        """How many results arrived too late (the document had changed) and were dropped."""
        self.gui_ms: dict[str, float] = {"change": 0.0, "snapshot": 0.0, "handoff": 0.0,
                                         "publish": 0.0}
        """Time the GUI thread last spent in each step, in milliseconds (for measurements):
        noting a change, taking the snapshot and starting the run (``handoff`` is the part
        spent getting the interpreter lock back once the worker runs), publishing a result."""
        bridge.changed.connect(self._on_change)
        bridge.reset.connect(self._on_reset)
        self.destroyed.connect(thaw_heap)

    # -- state -------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """True while a run is due or in flight."""
        return self._timer.isActive() or self._runner.busy

    def is_current(self, result: Result) -> bool:
        """True when ``result`` describes the document as it is now."""
        document = self._bridge.document
        return result.document is document and result.revision == document.revision

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the pool is idle (tests and shutdown); True if it is."""
        return self._runner.wait(timeout_ms)

    def _revision(self) -> tuple[object, int]:
        document = self._bridge.document
        return document, document.revision

    # -- scheduling ----------------------------------------------------------------------------
    def schedule(self, delay_ms: int | None = None) -> None:
        """Validate after ``delay_ms`` (the debounce interval by default) unless edited again."""
        self._timer.start(self._debounce_ms if delay_ms is None else delay_ms)

    def _on_change(self, change: Change) -> None:
        start = time.perf_counter()
        self._cache.invalidate(change)
        quick = change.kind in QUICK_KINDS or (
            self.result is not None and self.result.elapsed_ms <= QUICK_RUN_MS)
        self._timer.start(min(QUICK_DEBOUNCE_MS, self._debounce_ms) if quick
                          else self._debounce_ms)
        self.gui_ms["change"] = (time.perf_counter() - start) * 1000

    def _on_reset(self) -> None:
        self._cache.clear()
        if self._incremental:  # a run still in flight keeps the validator it started with
            self._validate = IncrementalValidator().validate
        self._loaded = self._file_index = self._known = None
        thaw_heap()
        self.invalidated.emit()
        self.schedule(0)

    def _start(self) -> None:
        if self._runner.busy:
            self._again = True
            return
        start = time.perf_counter()
        bridge = self._bridge
        document = bridge.document
        job = Job(self._cache.snapshot(document.policy), document, document.revision)
        loaded = bridge.loaded
        as_loaded = loaded is not None and loaded.policy is document.policy and not bridge.modified
        if loaded is not self._loaded:  # a file was opened (or saved): index its items once
            self._loaded = loaded
            self._file_index = file_index(job.snapshot) if as_loaded else None
            self._known = None  # problems placed in the old file
        if loaded is not None and self._file_index is not None:
            job.source_map, job.file, job.file_index = (loaded.source_map, loaded.file,
                                                        self._file_index)
            if as_loaded:
                job.declared_digest = loaded.declared_digest
        if self.shown is not None:
            job.shown, job.column, job.descending = self.shown()
        job.known = self._known
        self.started.emit()
        handoff = time.perf_counter()
        validate = self._validate
        # last: from here on the worker competes for the GIL
        self._runner.submit(lambda: run_job(job, validate))
        end = time.perf_counter()
        self.gui_ms["snapshot"] = (end - start) * 1000
        self.gui_ms["handoff"] = (end - handoff) * 1000

    def _on_done(self, result: Result) -> None:
        start = time.perf_counter()
        first = self.result is None or self.result.document is not result.document
        self.result = result
        self._known = result.known
        self.finished.emit(result)
        self.gui_ms["publish"] = (time.perf_counter() - start) * 1000
        if first:
            settle_heap()
        self._next()

    def _on_dropped(self) -> None:
        self.dropped += 1
        self._again = True
        self._next()

    def _on_failed(self, error: Exception) -> None:
        # run_job reports a failing check in its result; this is anything else that broke.
        result = Result(self._bridge.document, self._bridge.document.revision)
        result.error = f"{type(error).__name__}: {error}"
        self.result = result
        self.finished.emit(result)
        self._next()

    def _next(self) -> None:
        again, self._again = self._again, False
        if again and not self._timer.isActive():
            self._start()
