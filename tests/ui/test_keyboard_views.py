"""Every view by keyboard alone: Ctrl+1..7 reaches it, Tab walks through its controls (each
named for a screen reader) and on out of it (no trap), and Enter or Space does something there.
No mouse event is sent."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QListView, QWidget

from app.domain.sections import PURPOSES
from app.ui.main_window import MainWindow
from app.ui.screenshots import settle
from tests.ui.test_accessibility import named

TABS = 120
"""More Tab presses than any view has controls."""
Ctrl = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()


def tab_to(qtbot, found: Callable[[QWidget], bool]) -> QWidget:  # type: ignore[no-untyped-def]
    """Press Tab until the focus is on a widget ``found`` accepts."""
    for _ in range(TABS):
        if found(focused()):
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the control")


def walk(qtbot, view: QWidget) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Tab from the view's first control until the focus leaves the view; the controls met."""
    met: list[QWidget] = []
    for _ in range(TABS):
        widget = focused()
        if not view.isAncestorOf(widget) and widget is not view:
            return met
        met.append(widget)
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never leaves {view.accessibleName()}: a keyboard trap at "
                         f"{type(met[-1]).__name__} {met[-1].accessibleName()}")


def check_box_in(view: QWidget) -> Callable[[QWidget], bool]:
    return lambda w: isinstance(w, QCheckBox) and view.isAncestorOf(w)


def space_toggles(window: MainWindow, qtbot, view: QWidget) -> None:  # type: ignore[no-untyped-def]
    box = tab_to(qtbot, check_box_in(view))
    before = box.isChecked()  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Space)
    assert box.isChecked() != before  # type: ignore[attr-defined]


def editor_space(window: MainWindow, qtbot, view: QWidget) -> None:  # type: ignore[no-untyped-def]
    steps = window.bridge.undo_stack.count()
    space_toggles(window, qtbot, view)
    assert window.bridge.undo_stack.count() == steps + 1  # one edit, made from the keyboard


def diagram_enter(window: MainWindow, qtbot, view: QWidget) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_Down)
    target = view.current_target()  # type: ignore[attr-defined]
    assert target is not None
    press(qtbot, Qt.Key.Key_Return)
    opened = window.views.currentWidget() is window.editors and (
        window.editors.section, window.editors.item_id) == target
    assert opened or target in getattr(view, "expanded", ())  # a flow family expands instead


def matrix_enter(window: MainWindow, qtbot, view: QWidget) -> None:  # type: ignore[no-untyped-def]
    tab_to(qtbot, lambda w: w is view.table)  # type: ignore[attr-defined]
    rules = view.details.rule_list  # type: ignore[attr-defined]
    for _ in range(40):  # along the first row to a cell some rule decides
        press(qtbot, Qt.Key.Key_Right)
        if rules.model().rowCount():
            break
    first = rules.model().index(0, 0).data()
    tab_to(qtbot, lambda w: w is rules)
    assert isinstance(rules, QListView)
    press(qtbot, Qt.Key.Key_Return)
    assert window.views.currentWidget() is window.editors
    assert window.editors.item_id and window.editors.item_id in first


def button_space(text: str) -> Callable[..., None]:
    def act(window: MainWindow, qtbot, view: QWidget) -> None:  # type: ignore[no-untyped-def]
        button = tab_to(qtbot, lambda w: isinstance(w, QAbstractButton)
                        and w.accessibleName() == text)
        page = view.page  # type: ignore[attr-defined]
        press(qtbot, Qt.Key.Key_Space)
        assert view.page == page + 1, button  # type: ignore[attr-defined]
    return act


ACTIVATE = {
    "Editor": editor_space,
    "Use matrix": matrix_enter,
    "Retention timeline": diagram_enter,
    "Data flow": diagram_enter,
    "Decision tester": space_toggles,
    "Intrusiveness review": space_toggles,
    "Documents": button_space("Next page"),
}


@pytest.mark.parametrize("number", range(1, 8))
def test_each_view_by_keyboard_alone(example: MainWindow, qtbot, number: int) -> None:  # type: ignore[no-untyped-def]
    example.activateWindow()
    example.navigator.select(PURPOSES, example.bridge.policy.purposes[0].id)
    example.navigator.tree.setFocus()
    qtbot.waitUntil(example.navigator.tree.hasFocus)
    press(qtbot, Qt.Key(Qt.Key.Key_0 + number), Ctrl)
    view = example.views.currentWidget()
    assert view is example.views.widget(number - 1)
    settle(example)
    met = walk(qtbot, view)
    assert met, "Tab reaches none of the view's controls"
    assert all(named(w) for w in met), [type(w).__name__ for w in met if not named(w)]
    press(qtbot, Qt.Key(Qt.Key.Key_0 + number), Ctrl)  # back onto its first control
    ACTIVATE[view.accessibleName()](example, qtbot, view)
