"""The use matrix: data categories by purposes, each cell the decision and its intrusiveness."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.ui.views.matrix.view import MatrixView

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from app.ui.main_window import MainWindow

TITLE = "Use matrix"
ICON = "view-matrix"


class MatrixController(QObject):
    """Owns the matrix view inside one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = MatrixView(window.bridge, window.reveal, self._tell, window)
        self.action: QAction = window.add_view(self.view, TITLE, ICON)

    def _tell(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def show(self) -> None:
        """Bring the matrix to the front."""
        self.window.show_view(self.view)


def install_matrix(window: MainWindow) -> MatrixController:
    """Add the use matrix as a view of ``window``."""
    return MatrixController(window)


__all__ = ["MatrixController", "MatrixView", "install_matrix"]
