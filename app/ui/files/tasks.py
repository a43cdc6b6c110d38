"""Work off the GUI thread: a task on the thread pool, a busy indicator, a blocking wait.

The worker never touches widgets or the live document: it gets plain inputs (a path, a
snapshot of the policy) and its result comes back to the GUI thread through a queued signal.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 400
"""Work that ends sooner than this never flashes a progress dialog."""


class _Relay(QObject):
    """Carries the outcome from the worker to the GUI thread.

    Owned by Python, never by a parent, so it outlives a task deleted while its work still runs.
    """

    finished = Signal(object, object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result, error = self._work(), None
        except Exception as exc:  # reported on the GUI thread
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the application is shutting down
            self._relay.finished.emit(result, error)


class Task(QObject):
    """``work()`` on the global thread pool; :attr:`finished` fires on the GUI thread."""

    finished = Signal(object)
    """The task itself, once :attr:`result` or :attr:`error` is set."""

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._relay = _Relay()
        self._relay.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self.done = False
        self.cancelled = False
        self.result: Any = None
        self.error: Exception | None = None

    def start(self) -> Task:
        """Queue the work; returns the task."""
        runnable = _Runnable(self._work, self._relay)
        runnable.setAutoDelete(True)
        QThreadPool.globalInstance().start(runnable)
        return self

    def cancel(self) -> None:
        """Ignore the outcome (the work itself runs to its end in the background)."""
        self.cancelled = True

    def _finish(self, result: Any, error: Exception | None) -> None:
        self.result, self.error, self.done = result, error, True
        self.finished.emit(self)


class BusyIndicator(QObject):
    """An indeterminate, window-modal progress dialog that appears only if work is slow."""

    canceled = Signal()

    def __init__(self, parent: QWidget, label: str, *, cancellable: bool = False,
                 show_after_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.setWindowTitle("Policy Studio")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setMinimumWidth(380)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.canceled)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dialog.show)
        self._timer.start(show_after_ms)

    def close(self) -> None:
        """Stop and hide; the indicator is not used again."""
        self._timer.stop()
        self.dialog.canceled.disconnect(self.canceled)
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()


def run_blocking(work: Callable[[], Any], parent: QWidget, label: str) -> Any:
    """Run ``work`` on the pool while the window keeps painting; return its result or raise.

    The caller waits (a local event loop runs), which suits saves whose outcome decides what
    happens next (closing the window, opening another file).
    """
    task = Task(work)
    loop = QEventLoop()
    task.finished.connect(lambda _task: loop.quit())
    busy = BusyIndicator(parent, label)
    task.start()
    loop.exec()
    busy.close()
    task.deleteLater()
    if task.error is not None:
        raise task.error
    return task.result
