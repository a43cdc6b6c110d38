"""Reusable field widgets for the editors.

Every field shows one value of the document and asks for a change by emitting ``committed``
with the new value; it never touches the document itself. The editor that owns it decides
whether the change is applied (one undo step) or refused (``show_error``). ``set_value``
displays a value with every signal blocked, so showing the document never creates an edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import language, translate

Check = Callable[[str], str | None]
"""Returns a reason when the text is not acceptable, else None."""


def in_sentence(title: str) -> str:
    """A field's title inside a sentence: lower case, except in German (nouns keep capitals)."""
    return title if language() == "de" else title.lower()


def error_colour(widget: QWidget) -> str:
    """A red that reads well on the widget's background (light or dark palette)."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b3261e"


class FieldEditor(QWidget):
    """One labelled value: an input row with a reason label under it when input is refused."""

    committed = Signal(object)
    """The person asked for this value."""
    keeps_bad_input = False
    """True when refused input stays visible (marked) instead of reverting."""

    def __init__(self, label_text: str, tip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label_text = label_text
        self.tip = tip
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        self.body = QHBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(6)
        outer.addLayout(self.body)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(
            translate("editor", "{field}: problem").format(field=label_text))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        outer.addWidget(self.error_label)

    # -- to implement ---------------------------------------------------------------------
    def inputs(self) -> list[QWidget]:
        """The widgets that take input (their signals are blocked while loading)."""
        return []

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    # -- shared behaviour -----------------------------------------------------------------
    def describe(self, widget: QWidget, name: str | None = None, tip: str | None = None) -> None:
        """Give an input its accessible name, description and tooltip."""
        widget.setAccessibleName(name or self.label_text)
        widget.setAccessibleDescription(tip if tip is not None else self.tip)
        widget.setToolTip(tip if tip is not None else self.tip)

    def set_value(self, value: Any) -> None:
        """Show ``value`` without emitting anything."""
        blockers = [QSignalBlocker(w) for w in self.inputs()]
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False
            del blockers

    def emit(self, value: Any) -> None:
        """Ask for ``value`` unless the field is only being loaded."""
        if not self._loading:
            self.committed.emit(value)

    def finish_editing(self) -> None:
        """Commit input that is typed but not committed yet (before the item changes)."""

    def focus_input(self, index: int | None = None) -> QWidget | None:
        """Put the keyboard focus on the input (``index``: an entry of a list field)."""
        widgets = [w for w in self.inputs() if w.isEnabled()] or self.inputs()
        if not widgets:
            return None
        widgets[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return widgets[0]

    @property
    def error(self) -> str:
        """The reason shown under the field ('' when none)."""
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def show_error(self, text: str) -> None:
        """Show why the input was refused."""
        self.error_label.setStyleSheet(f"color: {error_colour(self)};")
        self.error_label.setText(text)
        self.error_label.show()
        self._mark(True)

    def clear_error(self) -> None:
        """Hide the reason."""
        if not self.error_label.isHidden():
            self.error_label.clear()
            self.error_label.hide()
        self._mark(False)

    def _mark(self, bad: bool) -> None:
        """Mark refused text (fields that keep bad input)."""


class LineField(FieldEditor):
    """A one-line text; commits on Enter or when the focus leaves, and only when changed."""

    keeps_bad_input = True

    def __init__(self, label_text: str, tip: str = "", *, placeholder: str = "",
                 check: Check | None = None, empty_is_none: bool = False,
                 transform: Callable[[str], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.describe(self.edit)
        self.body.addWidget(self.edit)
        self._check = check
        self._empty_is_none = empty_is_none
        self._transform = transform
        self.edit.editingFinished.connect(self._finish)
        if check is not None:
            self.edit.textEdited.connect(self._live_check)

    def inputs(self) -> list[QWidget]:
        """The line edit."""
        return [self.edit]

    def _show(self, value: Any) -> None:
        text = "" if value is None else str(value)
        # Always reset: this also clears the line edit's own typing history, so that after a
        # commit Ctrl+Z undoes the document step instead of the keystrokes.
        cursor = self.edit.cursorPosition() if self.edit.hasFocus() else 0
        self.edit.setText(text)
        self.edit.setCursorPosition(min(cursor, len(text)))

    def finish_editing(self) -> None:
        """Commit the text if it was edited since the last commit."""
        if self.edit.isModified():
            self._finish()

    def _live_check(self, text: str) -> None:
        reason = self._check(text.strip()) if self._check else None
        if reason:
            self.show_error(reason)
        else:
            self.clear_error()

    def _finish(self) -> None:
        text = self.edit.text().strip()
        if self._transform is not None:
            text = self._transform(text)
        reason = self._check(text) if self._check else None
        if reason:
            self.show_error(reason)
            return
        self.emit(None if self._empty_is_none and not text else text)

    def _mark(self, bad: bool) -> None:
        self.edit.setStyleSheet(
            f"QLineEdit {{ border: 1px solid {error_colour(self)}; border-radius: 3px;"
            " padding: 2px; }" if bad else "")


class TextBlockField(FieldEditor):
    """Several lines of text; commits when the focus leaves. Grows with its content."""

    keeps_bad_input = True

    def __init__(self, label_text: str, tip: str = "", *, placeholder: str = "",
                 lines: int = 3, max_lines: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(placeholder)
        self.describe(self.edit)
        self.body.addWidget(self.edit)
        self._lines = (lines, max_lines)
        self.edit.installEventFilter(self)
        self.edit.textChanged.connect(self._fit)
        self._fit()

    def inputs(self) -> list[QWidget]:
        """The text edit."""
        return [self.edit]

    def _show(self, value: Any) -> None:
        text = "" if value is None else str(value)
        cursor = self.edit.textCursor().position() if self.edit.hasFocus() else 0
        self.edit.setPlainText(text)  # also clears the widget's own typing history
        moved = self.edit.textCursor()
        moved.setPosition(min(cursor, len(text)))
        self.edit.setTextCursor(moved)
        self.edit.document().setModified(False)

    def _fit(self, *_args: object) -> None:
        low, high = self._lines
        metrics = self.edit.fontMetrics()
        margin = int(self.edit.document().documentMargin())
        width = max(self.edit.viewport().width() - 2 * margin, 80)
        text = self.edit.toPlainText() or " "
        used = metrics.boundingRect(QRect(0, 0, width, 100_000),
                                    int(Qt.TextFlag.TextWordWrap), text).height()
        lines = min(max(round(used / metrics.lineSpacing()), low), high)
        frame = 2 * self.edit.frameWidth() + 2 * margin
        self.edit.setFixedHeight(lines * metrics.lineSpacing() + frame + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Resize, then fit the height to the text at the new width."""
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Commit the text when the text edit loses the focus."""
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.emit(self.edit.toPlainText().strip())
        return super().eventFilter(watched, event)

    def finish_editing(self) -> None:
        """Commit the text if it was edited since the last commit."""
        if self.edit.document().isModified():
            self.emit(self.edit.toPlainText().strip())
