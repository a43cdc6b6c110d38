"""Files another start of the app handed over, opened in this window one at a time.

Each opens as File > Open would (asking about unsaved changes first), and the window comes to
the front. A request that arrives while a file is being read or saved, or while a dialog is
open, waits until the window is free again.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.ui.files.controller import FileController

RETRY_MS = 200


class OpenRequests(QObject):
    """A queue of paths to open in ``window`` with its ``files`` controller (owned by it)."""

    def __init__(self, window: QWidget, files: FileController) -> None:
        super().__init__(window)
        self.window = window
        self.files = files
        self.pending: deque[str] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)

    def add(self, path: str) -> None:
        """Bring the window to the front and open ``path`` as soon as the window is free."""
        self.pending.append(path)
        raise_window(self.window)
        self._timer.start(0)

    def busy(self) -> bool:
        """True while a file is read or saved, or a dialog waits for an answer."""
        files = self.files
        return (files.loading is not None or files.saver.saving
                or QApplication.activeModalWidget() is not None)

    def _next(self) -> None:
        if not self.pending:
            return
        if self.busy():
            self._timer.start(RETRY_MS)
            return
        self.files.open_path(self.pending.popleft())
        if self.pending:
            self._timer.start(RETRY_MS)


def raise_window(window: QWidget) -> None:
    """Un-minimise ``window`` and ask the desktop to bring it to the front."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
