"""Words shortened on purpose: marked so, with the full words in the tooltip.

A widget whose text the application shortens to fit (an ellipsis in place of the rest) says so
with the ``elided`` property; its tooltip and accessible description carry the full words. The
window's clipped-words check (tests/ui) leaves such widgets alone and reports every other text
that does not fit. :class:`ElidedLabel` is a one-line label that does this itself.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

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


class ElidedComboBox(QComboBox):
    """A combo box that shortens its current text with an ellipsis when narrower than it.

    A long name or a long translation would otherwise be cut off mid-letter (Qt's styles do
    not shorten it); the tooltip begins with the whole text. A caller that fills the box with
    its signals blocked calls :meth:`say_text`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty(ELIDED, True)
        self._help = ""
        self.currentTextChanged.connect(lambda _text: self.say_text())

    def setToolTip(self, text: str) -> None:
        """The help the tooltip gives after the current text."""
        self._help = text
        self.say_text()

    def say_text(self) -> None:
        """Let the tooltip say the current text again."""
        text = self.currentText()
        super().setToolTip(f"{text}\n\n{self._help}" if self._help and text
                           else text or self._help)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the box with its text shortened to the room it has."""
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        room = field.width() - (0 if option.currentIcon.isNull() else self.iconSize().width() + 4)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(room, 0))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


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
