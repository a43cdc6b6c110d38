"""Undo steps (and the History dock that lists them) name items by name, fields by title."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.sections import METADATA, PURPOSES
from app.ui.main_window import MainWindow


def type_into(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_field_typed_in_the_form_is_undone_by_its_title_and_the_item_name(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    purpose = window.bridge.policy.purposes[0]
    window.reveal(PURPOSES, purpose.id)
    editor = window.editors.currentWidget().widget()
    type_into(qtbot, editor.fields[("name",)].edit, "Offers by post")
    stack = window.bridge.undo_stack
    assert stack.undoText() == "Change name of purpose 'Offers by post'"
    window.bridge.set_field(PURPOSES, purpose.id, "description", "Letters about offers.")
    assert stack.undoText() == "Change description of purpose 'Offers by post'"
    window.history_dock.show()
    shown = window.history.model().index(stack.count(), 0).data()
    assert shown == "Change description of purpose 'Offers by post'"
    window.bridge.set_field(METADATA, None, "title", "Our policy")
    assert stack.undoText() == "Change title of the policy"
