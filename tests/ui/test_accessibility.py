"""What assistive technology gets: every focusable widget of every view, form and dialog has a
name (as Qt's accessibility layer reports it), and every input says what it is for."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.ui.main_window import MainWindow
from tests.ui.walk import main_dialogs, settings_dialogs, visit_window

DERIVES_NAME = (QAbstractButton, QTabBar)
"""Widgets whose name Qt takes from their own text (a label's buddy does not count)."""
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit)
"""Widgets that must also say what they are for (an accessible description)."""


def focusable(top: QWidget) -> Iterator[QWidget]:
    """The visible widgets under ``top`` that take the focus themselves (not through a proxy)."""
    for widget in [top, *top.findChildren(QWidget)]:
        if (widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible()
                and widget.focusProxy() is None):
            yield widget


def where(widget: QWidget) -> str:
    """A widget and its ancestors, for a failure message."""
    chain = []
    while widget is not None:
        chain.append(f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()})")
        widget = widget.parentWidget()
    return " < ".join(chain[:5])


def accessible(widget: QWidget, text: QAccessible.Text) -> str:
    """What Qt's accessibility layer reports for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(text) or "").strip() if interface is not None else ""


def named(widget: QWidget) -> bool:
    """Set explicitly, or derived by Qt from the widget's own text and reported as its name."""
    said = accessible(widget, QAccessible.Text.Name)
    return bool(said) and (bool(widget.accessibleName().strip())
                           or isinstance(widget, DERIVES_NAME))


def described(widget: QWidget) -> bool:
    """An input's description as assistive technology reads it."""
    return not isinstance(widget, INPUTS) or bool(accessible(widget, QAccessible.Text.Description))


def faults(top: QWidget, place: str, seen: set[int]) -> list[str]:
    """Each focusable widget under ``top`` without a name or (an input) without a description."""
    found = []
    for widget in focusable(top):
        if id(widget) in seen:
            continue
        seen.add(id(widget))
        if not named(widget):
            found.append(f"{place}: no name: {where(widget)}")
        elif not described(widget):
            found.append(f"{place}: no description: {where(widget)}")
    return found


def walk_window(window: MainWindow) -> list[str]:
    """Visit every view and every form of ``window``; the faults met on the way."""
    seen: set[int] = set()
    found: list[str] = []
    for place in visit_window(window):
        found += faults(window, place, seen)
    assert len(seen) > 150, "the walk met too few widgets to be a walk of the window"
    return found


def test_every_focusable_widget_of_every_view_and_form_is_named_and_described(
        example: MainWindow) -> None:
    found = walk_window(example)
    assert not found, "\n".join(found)


def test_the_walk_finds_an_unnamed_widget(example: MainWindow) -> None:
    """The check itself can fail: a bare line edit in a view is reported."""
    bare = QLineEdit(example.timeline)
    bare.show()
    example.views.setCurrentWidget(example.timeline)
    assert any("QLineEdit" in fault for fault in faults(example, "timeline", set()))


def test_the_dialogs_reached_from_the_menus_are_named_and_described(
        example: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialogs = {**main_dialogs(example), **settings_dialogs(example)}
    assert {"preferences", "about"} <= dialogs.keys()
    found: list[str] = []
    for place, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        found += faults(dialog, place, set())
        dialog.close()
    assert not found, "\n".join(found)
