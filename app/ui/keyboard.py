"""Keyboard behaviour of the window that no single widget owns.

- Undo and redo work wherever the focus is: a text input would otherwise take Ctrl+Z for its
  own typing history. The window's undo steps win; what is typed but not committed yet is
  committed first, so the undo takes back exactly that edit.
- Tab in the navigator tree moves into the form of the selected item.
- Showing a view puts the focus on its first control.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
REDO_ALSO = QKeySequence("Ctrl+Y")
"""Redo's other usual keys (besides the platform's standard Redo)."""


def is_undo_or_redo(event: QKeyEvent) -> bool:
    """True for the platform's Undo and Redo keys, and Ctrl+Y."""
    return (event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
            or QKeySequence(event.keyCombination()) == REDO_ALSO)


class UndoFromFields(QObject):
    """Lets the window's Undo/Redo shortcuts through while a text input of ``window`` has focus.

    Installed on the application; ``commit`` is called first (it commits pending input).
    """

    def __init__(self, window: QWidget, commit: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._commit = commit
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refuse text inputs' claim on the Undo/Redo keys (the shortcut then fires)."""
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, TEXT_INPUTS)
                and isinstance(event, QKeyEvent) and is_undo_or_redo(event)
                and watched.window() is self._window and not _read_only(watched)):
            self._commit()
            event.ignore()
            return True
        return False


def _read_only(widget: QWidget) -> bool:
    return bool(getattr(widget, "isReadOnly", lambda: False)())


class TabIntoForm(QObject):
    """Tab in ``view`` calls ``focus_form``; when it focuses nothing, Tab moves on as usual."""

    def __init__(self, view: QWidget, focus_form: Callable[[], bool]) -> None:
        super().__init__(view)
        self._focus_form = focus_form
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab (without modifiers) goes into the form."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Tab
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            return self._focus_form()
        return False


def first_control(widget: QWidget) -> QWidget | None:
    """The first visible, enabled widget inside ``widget`` that Tab would stop on."""
    candidate = widget.nextInFocusChain()
    seen = 0
    while candidate is not None and candidate is not widget and seen < 5000:
        seen += 1
        if (widget.isAncestorOf(candidate) and candidate.isVisible() and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return candidate
        candidate = candidate.nextInFocusChain()
    return None


def tab_after(widget: QWidget, following: list[QWidget]) -> None:
    """Put ``following`` in this order into the Tab order just after ``widget``'s last child.

    For a widget moved into another after it was built: Qt appends a moved widget to the end
    of the window's Tab order, far from where it is seen.
    """
    last, candidate = widget, widget.nextInFocusChain()
    while candidate is not None and widget.isAncestorOf(candidate):
        last, candidate = candidate, candidate.nextInFocusChain()
    for first, second in zip([last, *following], following, strict=False):
        QWidget.setTabOrder(first, second)


def focus_first_control(widget: QWidget) -> QWidget:
    """Focus the first control of ``widget`` (or the widget itself when it has none)."""
    target = first_control(widget) or widget
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return target
