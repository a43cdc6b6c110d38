"""The use matrix in the main window: details, actions as single undo steps, menus, drops."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu

from app.domain import matrix as c
from app.ui.app import open_window
from app.ui.dnd import items_mime
from app.ui.main_window import MainWindow
from app.ui.views.matrix import MatrixView
from app.ui.views.matrix.cell_actions import EDIT, REMOVE, rule_id
from app.ui.views.matrix.model import CellRole
from tests.domain.test_matrix import MATRIX_POLICY


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    path = tmp_path / "matrix.policy.yaml"
    path.write_bytes(MATRIX_POLICY)
    win = open_window(str(path))
    qtbot.addWidget(win)
    win.show()
    win.matrix.show()
    return win


@pytest.fixture
def view(window: MainWindow) -> MatrixView:
    return window.matrix.view


def select(view: MatrixView, category: str, purpose: str) -> QModelIndex:
    index = view.model.index_of(category, purpose)
    view.table.setCurrentIndex(index)
    return index


def rule_ids(window: MainWindow) -> list[str]:
    return [rule.id for rule in window.bridge.policy.rules]


def test_the_view_is_a_tab_with_a_menu_entry(window: MainWindow, view: MatrixView) -> None:
    assert window.views.currentWidget() is view
    assert window.matrix.action.text() == "Use matrix"
    assert window.matrix.action in window.view_menu.actions()
    assert view.accessibleName() == "Use matrix" and view.table.accessibleName()
    assert view.focusProxy() is view.table


def test_selecting_a_cell_explains_it_and_rules_open_in_the_editor(
        window: MainWindow, view: MatrixView) -> None:
    select(view, "contact.email", "support")
    details = view.details
    assert "Email address" in details.title.text() and details.state.text() == "Allowed"
    assert "encrypt" in details.extra.text()
    assert "Intrusiveness" in details.intrusiveness.text()
    assert details.rules.rowCount() == 1
    details.rule_list.activated.emit(details.rules.index(0))
    assert window.views.currentWidget() is window.editors
    assert (window.editors.section, window.editors.item_id) == ("rules", "support_all")


def test_filter_combos_change_the_cells(view: MatrixView) -> None:
    assert view.model.filters.subject == c.EVERY  # starts with every subject at once
    view.filters.set_value("subject", None)
    view.filters.set_value("recipient", None)
    assert view.model.filters.subject is None and view.model.filters.recipient is None
    assert view.model.index_of("contact.phone", "marketing").data(CellRole).state == c.NO_RULE
    view.filters.set_value("region", "eu")
    assert view.model.filters.region == "EU"  # stored and shown canonically
    assert view.model.index_of("contact.phone", "marketing").data(CellRole).state == c.ALLOWED
    view.filters.set_value("consent", "denied")
    state = view.model.index_of("contact.email", "analytics").data(CellRole).state
    assert state == c.OPTED_OUT
    assert view.filters.combos["subject"].findData("child") > 0


def test_allow_adds_one_rule_as_one_undo_step(window: MainWindow, view: MatrixView) -> None:
    stack = window.bridge.undo_stack
    select(view, "contact", "marketing")
    view.table.setFocus()
    view.allow_action.trigger()
    assert "allow_contact_for_marketing" in rule_ids(window)
    assert stack.count() == 1
    assert view.model.index_of("contact", "marketing").data(CellRole).state == c.ALLOWED
    assert view.table.currentIndex() == view.model.index_of("contact", "marketing")
    stack.undo()
    assert "allow_contact_for_marketing" not in rule_ids(window)
    assert view.model.index_of("contact", "marketing").data(CellRole).state == c.NO_RULE


def test_allow_on_an_allowed_or_consent_cell_changes_nothing(
        window: MainWindow, view: MatrixView) -> None:
    assert "already allowed" in view.cell_actions.allow(select(view, "contact.email", "support"))
    view.filters.set_value("consent", "unknown")
    text = view.cell_actions.allow(select(view, "contact.email", "marketing.newsletter"))
    assert "consent" in text and window.bridge.undo_stack.count() == 0
    assert "Select a cell" in view.cell_actions.allow(QModelIndex())


def test_allow_on_a_denied_cell_explains_and_can_remove_the_deny_rule(
        window: MainWindow, view: MatrixView) -> None:
    asked: list[str] = []
    view.cell_actions.ask = lambda _p, text, rules: asked.append(text) or None
    index = select(view, "location.precise", "marketing")
    view.cell_actions.allow(index)
    assert "deny rule always wins" in asked[0] and window.bridge.undo_stack.count() == 0
    view.cell_actions.ask = lambda _p, _t, _r: REMOVE
    view.cell_actions.allow(index)
    assert "no_location_ads" not in rule_ids(window)
    assert window.bridge.undo_stack.count() == 1
    window.bridge.undo_stack.undo()
    assert "no_location_ads" in rule_ids(window)
    view.cell_actions.ask = lambda _p, _t, _r: EDIT
    view.cell_actions.allow(select(view, "location.precise", "marketing"))
    assert window.editors.item_id == "no_location_ads"


def test_deny_adds_a_deny_rule_as_one_undo_step(window: MainWindow, view: MatrixView) -> None:
    select(view, "contact.email", "analytics")
    view.deny_action.trigger()
    assert view.model.index_of("contact.email", "analytics").data(CellRole).state == c.DENIED
    assert window.bridge.undo_stack.count() == 1
    rule = window.bridge.document.find("rules", "deny_contact_email_for_analytics")
    assert rule.effect == "deny" and rule.categories == ["contact.email"]
    assert "already denied" in view.cell_actions.deny(view.table.currentIndex())
    window.bridge.undo_stack.undo()
    assert view.model.index_of("contact.email", "analytics").data(CellRole).state == \
        c.UNLESS_OPTED_OUT


def test_edit_rule_reveals_the_rule_behind_the_cell(window: MainWindow, view: MatrixView) -> None:
    select(view, "contact", "marketing")
    assert "No rule covers" in view.cell_actions.edit_rule(view.table.currentIndex())
    select(view, "contact.email", "marketing.newsletter")
    view.edit_action.trigger()
    assert (window.editors.section, window.editors.item_id) == ("rules", "newsletter_email")


def test_rule_ids_are_unique_and_sanitised(window: MainWindow) -> None:
    policy = window.bridge.policy
    assert rule_id(policy, "allow", "contact.email", "support") == \
        "allow_contact_email_for_support"
    policy.rules[0].id = "allow_contact_email_for_support"
    assert rule_id(policy, "allow", "contact.email", "support").endswith("_2")


def test_context_menu_by_mouse_and_keyboard(view: MatrixView, monkeypatch,
                                            qtbot) -> None:  # type: ignore[no-untyped-def]
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _pos, _a=None: shown.append(menu))
    index = select(view, "contact.email", "support")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Menu)
    if not shown:  # some platforms do not map the Menu key: send the event it would make
        event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0),
                                  QPoint(0, 0))
        QApplication.sendEvent(view.table, event)
    texts = [a.text() for a in shown[-1].actions()]
    assert {"&Allow", "&Deny", "&Edit rule"} <= set(texts)
    assert view.allow_action.shortcut().toString() == "Ctrl+Return"
    other = view.model.index_of("contact", "support")
    point = view.table.visualRect(other).center()
    QApplication.sendEvent(view.table.viewport(),
                           QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                             view.table.viewport().mapToGlobal(point)))
    assert view.table.currentIndex() == other != index


def test_headers_and_keys_fold_groups(view: MatrixView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.table.verticalHeader().sectionClicked.emit(0)
    assert "contact" in view.model.rows.collapsed and len(view.model.rows) == 3
    view.table.horizontalHeader().sectionClicked.emit(0)
    assert "marketing" in view.model.cols.collapsed
    view.table.horizontalHeader().sectionClicked.emit(0)
    assert "marketing" not in view.model.cols.collapsed
    view.table.verticalHeader().sectionClicked.emit(0)
    select(view, "location.precise", "marketing.newsletter")
    view.table.setFocus()
    view.fold_row_action.trigger()
    view.fold_col_action.trigger()
    assert view.model.rows.collapsed == {"location"}
    assert view.model.cols.collapsed == {"marketing"}
    assert view.table.currentIndex() == view.model.index_of("location", "marketing")
    assert view.details.state.text() == "Denied by rule"
    view.unfold_row_action.trigger()
    view.unfold_col_action.trigger()
    assert not view.model.rows.collapsed and not view.model.cols.collapsed
    view.collapse_all_action.trigger()
    assert len(view.model.rows) == 2
    view.expand_all_action.trigger()
    assert len(view.model.rows) == 5


def drop(view: MatrixView, index: QModelIndex, mime: QMimeData) -> None:
    point = view.table.visualRect(index).center()
    event = QDropEvent(point.toPointF(), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    view.table.dropEvent(event)


def test_dropping_items_adds_them_to_the_one_allow_rule(window: MainWindow,
                                                        view: MatrixView) -> None:
    index = view.model.index_of("contact.email", "analytics")
    drop(view, index, items_mime([("categories", "location.precise"),
                                  ("purposes", "support")]))
    rule = window.bridge.document.find("rules", "analytics_contact")
    assert rule.categories == ["contact", "location.precise"]
    assert rule.purposes == ["analytics", "support"]
    assert window.bridge.undo_stack.count() == 1
    window.bridge.undo_stack.undo()
    assert window.bridge.document.find("rules", "analytics_contact").categories == ["contact"]


def test_drops_that_cannot_apply_say_why(window: MainWindow, view: MatrixView) -> None:
    actions = view.cell_actions
    none = view.model.index_of("contact", "marketing")
    assert "No allow rule" in actions.drop(none, [("categories", "location.precise")])
    some = view.model.index_of("contact.email", "support")
    assert "not subjects" in actions.drop(some, [("subjects", "customer")])
    assert "already covers" in actions.drop(some, [("categories", "contact.phone")])
    assert window.bridge.undo_stack.count() == 0
