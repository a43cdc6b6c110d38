"""The use matrix: data categories by purposes, each cell the decision and its intrusiveness."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.views.matrix.view import MatrixView

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from app.ui.host import Host

TITLE = QT_TRANSLATE_NOOP("views", "Use matrix")
ICON = "view-matrix"


class MatrixController(QObject):
    """Owns the matrix view inside one window."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget)
        self.host = host
        self.view = MatrixView(host.bridge, self._tell, host.widget)
        self.view.revealRequested.connect(host.reveal)
        self.action: QAction = host.add_view(self.view, translate("views", TITLE), ICON,
                                             translate("view tab", "Matrix"))

    def _tell(self, text: str) -> None:
        self.host.show_message(text, 8000)

    def show(self) -> None:
        """Bring the matrix to the front."""
        self.host.show_view(self.view)


def install_matrix(host: Host) -> MatrixController:
    """Add the use matrix as a view of ``host``."""
    return MatrixController(host)


__all__ = ["MatrixController", "MatrixView", "install_matrix"]
