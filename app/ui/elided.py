"""Words shortened on purpose: marked so, with the full words in the tooltip.

A widget whose text the application shortens to fit (an ellipsis in place of the rest) says so
with the ``elided`` property; its tooltip and accessible description carry the full words. The
window's clipped-words check (tests/ui) leaves such widgets alone and reports every other text
that does not fit. :class:`ElidedLabel` is a one-line label that does this itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QWidget

ELIDED = "elided"
"""The property that marks a widget whose text is shortened on purpose."""


def mark_elided(widget: QWidget, full: str) -> None:
    """Mark ``widget`` as shortened on purpose; its tooltip and description say ``full``."""
    widget.setProperty(ELIDED, True)
    widget.setToolTip(full)
    widget.setAccessibleDescription(full)


def elided_on_purpose(widget: QWidget) -> bool:
    """Whether ``widget`` is marked as shortened on purpose and its tooltip gives its words."""
    full = widget.currentText() if isinstance(widget, QComboBox) else (
        widget.full_text() if isinstance(widget, ElidedLabel) else "")
    return bool(widget.property(ELIDED)) and bool(widget.toolTip()) and full in widget.toolTip()


def say_current_text(combo: QComboBox) -> Callable[[], None]:
    """Let ``combo``'s tooltip begin with its current text; marks it so.

    Qt shortens a combo box's text with an ellipsis when the box is narrower than it (a long
    name, a long translation); the tooltip then still says it all. Returns the function
    that says it again, for a caller that fills the box with its signals blocked.
    """
    help_text = combo.toolTip()

    def said(text: str) -> None:
        combo.setToolTip(f"{text}\n\n{help_text}" if help_text and text else text or help_text)

    combo.setProperty(ELIDED, True)
    combo.currentTextChanged.connect(said)
    said(combo.currentText())
    return lambda: said(combo.currentText())


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

    def text(self) -> str:
        """The words, whole (what is painted may be shortened: :meth:`shown_text`)."""
        return self._full

    def shown_text(self) -> str:
        """The words as painted, shortened to the width."""
        return super().text()

    def set_full_text(self, text: str) -> None:
        """Show ``text``, shortened when the label is narrower than it."""
        self._full = text
        mark_elided(self, text)
        self._fit()

    def sizeHint(self) -> QSize:
        """As wide as the full words."""
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin(),
                     hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Shorten the words again for the new width."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(room, 0)))
