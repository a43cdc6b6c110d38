"""Screens name items by their names first, ids second, and call the navigator the navigator."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from app.domain.sections import PURPOSES
from app.ui.add_item_dialog import AddItemDialog
from app.ui.main_window import MainWindow


def visible_text(widget) -> str:  # type: ignore[no-untyped-def]
    """Every visible label's text under ``widget``."""
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisible())


def test_adding_a_child_names_the_parent_by_its_name(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select(PURPOSES, "marketing")
    window.add_child_action.trigger()
    dialog = next(d for d in window.findChildren(AddItemDialog) if d.isVisible())
    words = visible_text(dialog)
    assert "under <b>Marketing</b> (marketing)" in words
    dialog.reject()


def test_a_parent_name_with_markup_is_shown_as_typed(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.bridge.set_field(PURPOSES, "marketing", "name", "Ads <b>& offers")
    window.navigator.select(PURPOSES, "marketing")
    window.add_child_action.trigger()
    dialog = next(d for d in window.findChildren(AddItemDialog) if d.isVisible())
    assert "Ads &lt;b&gt;&amp; offers" in visible_text(dialog)
    dialog.reject()


def test_the_editor_hint_points_at_the_navigator(window: MainWindow) -> None:
    window.editors.show_item("", None)
    QApplication.processEvents()
    hint = window.editors.currentWidget()
    assert isinstance(hint, QLabel)
    assert "navigator" in hint.text() and "tree" not in hint.text()


def test_the_tester_asks_for_a_name_first(window: MainWindow) -> None:
    placeholder = window.tester.combos["category"].lineEdit().placeholderText()
    assert placeholder.startswith("type a name"), placeholder
