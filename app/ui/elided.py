"""Words shortened on purpose: marked so, with the full words in the tooltip.

A widget whose text the application shortens to fit (an ellipsis in place of the rest) says so
with the ``elided`` property; its tooltip and accessible description carry the full words. The
window's clipped-words check (tests/ui) leaves such widgets alone and reports every other text
that does not fit. :class:`ElidedLabel` is a one-line label that does this itself.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ELIDED = "elided"
"""The property that marks a widget whose text is shortened on purpose."""


def mark_elided(widget: QWidget, full: str) -> None:
    """Mark ``widget`` as shortened on purpose; its tooltip and description say ``full``."""
    widget.setProperty(ELIDED, True)
    widget.setToolTip(full)
    widget.setAccessibleDescription(full)


def elided_on_purpose(widget: QWidget) -> bool:
    """Whether ``widget`` is marked as shortened on purpose and gives its full words."""
    return bool(widget.property(ELIDED)) and bool(widget.toolTip())


class ElidedLabel(QLabel):
    """A one-line plain-text label shortened at the end to its width; the tooltip says all."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, self.sizePolicy().verticalPolicy())
        self._full = ""
        self.set_full_text(text)

    def full_text(self) -> str:
        """The words before shortening."""
        return self._full

    def set_full_text(self, text: str) -> None:
        """Show ``text``, shortened when the label is narrower than it."""
        self._full = text
        mark_elided(self, text)
        self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as the full words."""
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin(),
                     hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(room, 0)))
