"""File work off the GUI thread: a task on the global pool, a busy indicator, a blocking wait.

The worker never touches widgets or the live document: it gets plain inputs (a path, a
snapshot of the policy); :class:`~app.ui.background.BackgroundRunner` brings its outcome back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.domain.i18n import translate
from app.ui.background import BackgroundRunner

SHOW_AFTER_MS = 400
"""Work that ends sooner than this never flashes a progress dialog."""


class Task(QObject):
    """``work()`` on the global thread pool; :attr:`finished` fires on the GUI thread."""

    finished = Signal(object)
    """The task itself, once :attr:`result` or :attr:`error` is set."""

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._runner = BackgroundRunner(self, pool=QThreadPool.globalInstance())
        self._runner.published.connect(self._succeeded)
        self._runner.failed.connect(self._failed)
        self.done = False
        self.cancelled = False
        self.result: Any = None
        self.error: Exception | None = None

    def start(self) -> Task:
        """Queue the work; returns the task."""
        self._runner.submit(self._work)
        return self

    def cancel(self) -> None:
        """Ignore the outcome (the work itself runs to its end in the background)."""
        self.cancelled = True

    def _succeeded(self, result: Any) -> None:
        self.result, self.done = result, True
        self.finished.emit(self)

    def _failed(self, error: Exception) -> None:
        self.error, self.done = error, True
        self.finished.emit(self)


class BusyIndicator(QObject):
    """An indeterminate, window-modal progress dialog that appears only if work is slow."""

    canceled = Signal()

    def __init__(self, parent: QWidget, label: str, *, cancellable: bool = False,
                 show_after_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(label, translate("files", "Cancel"), 0, 0, parent)
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
