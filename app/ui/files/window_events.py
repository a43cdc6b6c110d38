"""Window-level events the file handling needs: dropped files, closing, showing.

Installed as an event filter on the window, so the window class needs no changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from app.storage.serialize import is_openable

if TYPE_CHECKING:
    from app.ui.files.controller import FileController


def dropped_path(mime: QMimeData | None) -> str | None:
    """The first local policy file (``.yaml``, ``.yml``, ``.json``) among dropped URLs."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and is_openable(url.toLocalFile()):
            return url.toLocalFile()
    return None


class WindowEvents(QObject):
    """Routes the main window's drag-and-drop, close and show events to the controller."""

    def __init__(self, controller: FileController, window: QWidget) -> None:
        super().__init__(controller)
        self._controller = controller
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take dragged and dropped policy files, handle closing, start autosaving once shown."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, (QDragEnterEvent, QDragMoveEvent))
            if dropped_path(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            path = dropped_path(event.mimeData())
            if path is None:
                return False
            event.acceptProposedAction()
            # Open after the drop has finished: questions asked inside a drop confuse some
            # platforms' drag-and-drop loops.
            QTimer.singleShot(0, self, lambda: self._controller.open_path(path))
            return True
        if kind == QEvent.Type.Close:
            assert isinstance(event, QCloseEvent)
            return self._controller.handle_close(event)
        if kind == QEvent.Type.Show:
            self._controller.autosaver.start()
        return False
