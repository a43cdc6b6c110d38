"""Naming and adding items as a person does it: the id field renames in place, Add asks for a
name, derives the id, adds a sibling in the section the person is in, and puts the focus in
the form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.ui.main_window import MainWindow


def id_edit(window: MainWindow) -> QLineEdit:
    editor = window.editors.editor_for(window.editors.section)
    return editor.fields[("id",)].edit  # type: ignore[union-attr]


def test_committing_the_id_keeps_the_item_in_the_editor_and_selected(window: MainWindow,
                                                                     qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select("subjects", "customer")
    edit = id_edit(window)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "client")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.bridge.document.find("subjects", "client") is not None
    assert window.navigator.current()[:2] == ("subjects", "client")
    assert (window.editors.section, window.editors.item_id) == ("subjects", "client")
    assert window.editors.currentWidget() is not window.editors._placeholder
    assert edit.text() == "client"


def test_committing_a_parent_id_by_leaving_the_field_keeps_the_selection(window: MainWindow,
                                                                         qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select("categories", "contact")
    edit = id_edit(window)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "person")
    window.editors.editor_for("categories").fields[("name",)].edit.setFocus()  # type: ignore[union-attr]
    QApplication.processEvents()
    assert window.navigator.current()[:2] == ("categories", "person")
    assert window.editors.item_id == "person"
    assert window.bridge.document.find("categories", "person.email") is not None
