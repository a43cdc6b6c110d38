"""A word-wrapped label that is never given less height than its lines need.

Qt measures a wrapped label's height for one width and may lay it out at another (a form in a
scroll area, measured before its scroll bar came): the last line is then cut off. The label
asks for the height of its lines at the width it got, so the layout makes room.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """A plain-text label with word wrap whose minimum height follows its width."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setText(text)

    def lines_height(self, width: int) -> int:
        """The height the words need at ``width`` (not bounded by the minimum height)."""
        margins = self.contentsMargins()
        room = QRect(0, 0, max(width - margins.left() - margins.right() - 2 * self.margin(), 1),
                     0)
        lines = self.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, self.text())
        return lines.height() + margins.top() + margins.bottom() + 2 * self.margin()

    def setText(self, text: str) -> None:
        """Show ``text`` and ask for the height it needs."""
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Ask for the height the lines need at the new width."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        need = self.lines_height(self.width()) if self.width() > 0 and self.text() else 0
        if need != self.minimumHeight():
            self.setMinimumHeight(need)
