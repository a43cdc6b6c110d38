"""The window from the keyboard: undo and redo from inside any field, Tab from the tree into
the form, Ctrl+1..7 onto each view's first control, and no two actions sharing a shortcut."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.main_window import MainWindow


def field_input(window: MainWindow, section: str, name: str) -> QWidget:
    editor = window.editors.editor_for(section)
    return editor.fields[(name,)].inputs()[0]  # type: ignore[union-attr]


def focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def retype(window: MainWindow, qtbot, section: str, item_id: str, field: str,  # type: ignore[no-untyped-def]
           text: str) -> QWidget:
    """Select the item, focus its field, select what it holds and type ``text`` over it."""
    window.navigator.select(section, item_id)
    widget = field_input(window, section, field)
    focus(qtbot, widget)
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)
    return widget


@pytest.mark.parametrize("keys", [(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)])
def test_ctrl_z_in_a_field_commits_the_typing_then_undoes_it(window: MainWindow, qtbot,
                                                             keys) -> None:  # type: ignore[no-untyped-def]
    name = retype(window, qtbot, "subjects", "customer", "name", "Shoppers")
    assert window.bridge.undo_stack.count() == 0  # typed, not committed yet
    qtbot.keyClick(name, *keys)
    stack = window.bridge.undo_stack
    assert stack.count() == 1 and stack.index() == 0  # committed, then undone
    assert window.bridge.document.find("subjects", "customer").name == "Customers"
    assert name.text() == "Customers"  # type: ignore[attr-defined]
    qtbot.keyClick(name, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.bridge.document.find("subjects", "customer").name == "Shoppers"
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(name, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.bridge.document.find("subjects", "customer").name == "Shoppers"


def test_undo_from_a_text_block_and_a_number(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select("subjects", "customer")
    description = field_input(window, "subjects", "description")
    focus(qtbot, description)
    qtbot.keyClicks(description, "People who buy")
    qtbot.keyClick(description, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.bridge.undo_stack.count() == 1
    assert window.bridge.document.find("subjects", "customer").description == ""
    window.navigator.select("retention", "keep_email")
    amount = window.editors.editor_for("retention").fields[("duration",)].amount  # type: ignore[union-attr]
    focus(qtbot, amount)
    amount.selectAll()
    qtbot.keyClicks(amount, "5")
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    assert str(window.bridge.document.find("retention", "keep_email").duration) == "P5Y"
    qtbot.keyClick(amount, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert str(window.bridge.document.find("retention", "keep_email").duration) == "P2Y"


def test_undo_in_a_field_with_nothing_typed_undoes_the_last_step(window: MainWindow,
                                                                  qtbot) -> None:  # type: ignore[no-untyped-def]
    window.bridge.set_field("subjects", "customer", "description", "Buyers")
    window.navigator.select("categories", "contact")
    name = field_input(window, "categories", "name")
    focus(qtbot, name)
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.bridge.document.find("subjects", "customer").description == ""


def test_tab_in_the_tree_moves_into_the_form(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select("purposes", "marketing")
    tree = window.navigator.tree
    focus(qtbot, tree)
    qtbot.keyClick(tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field_input(window, "purposes", "id")
    window.navigator.select("rules")  # a section row: no form, Tab moves on as usual
    focus(qtbot, tree)
    qtbot.keyClick(tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not tree


def test_ctrl_digits_show_each_view_and_focus_its_first_control(window: MainWindow,
                                                                 qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select("categories", "contact")
    focus(qtbot, window.navigator.tree)
    views = [window.views.widget(i) for i in range(window.views.count())]
    assert len(views) >= 7 and window.document_view in views[:9]  # the documents: a Ctrl+digit
    for number, view in enumerate(views[:9], start=1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key(Qt.Key.Key_0 + number),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.views.currentWidget() is view
        focused = QApplication.focusWidget()
        assert focused is not None and (focused is view or view.isAncestorOf(focused)), number
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is field_input(window, "categories", "id")


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    """Every shortcut of the window's actions, per place it works in: none is taken twice."""
    taken: dict[tuple[str, int], list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        context = action.shortcutContext()
        scopes = ([id(window)] if context in (Qt.ShortcutContext.WindowShortcut,
                                              Qt.ShortcutContext.ApplicationShortcut)
                  else [id(w) for w in action.associatedObjects()])
        for keys in action.shortcuts():
            if keys.isEmpty():
                continue
            for scope in scopes:
                taken[(keys.toString(QKeySequence.SequenceFormat.PortableText), scope)].append(
                    action.text())
    clashes = {keys: names for (keys, _), names in taken.items() if len(names) > 1}
    assert not clashes
    assert len(taken) > 25  # the check saw the window's actions


def test_item_actions_have_keys_and_the_edit_menu_mnemonics(window: MainWindow) -> None:
    keys = {a: a.shortcut().toString() for a in (window.add_action, window.add_child_action,
                                                  window.duplicate_action, window.rename_action,
                                                  window.delete_action, window.find_action)}
    assert all(keys.values()), keys
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    texts = [a.text() for a in edit.actions() if not a.isSeparator()]
    mnemonics = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(mnemonics) == len(texts) and len(set(mnemonics)) == len(mnemonics), texts


def test_every_edit_entry_has_its_own_alt_key_letter(window: MainWindow) -> None:
    def entries(menu):  # type: ignore[no-untyped-def]
        for action in menu.actions():
            if not action.isSeparator():
                yield action
                if action.menu() is not None:
                    yield from entries(action.menu())

    for menu in (window.edit_menu,):
        texts = [a.text() for a in entries(menu)]
        assert all("&" in t for t in texts), texts
        letters = [a.text()[a.text().index("&") + 1].lower() for a in menu.actions()
                   if not a.isSeparator()]
        assert len(set(letters)) == len(letters), letters


def test_item_operations_from_the_keyboard_alone(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.add_item_dialog import AddItemDialog

    tree = window.navigator.tree
    window.navigator.select("purposes", "marketing")
    focus(qtbot, tree)
    qtbot.keyClick(tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    dialog = next(d for d in window.findChildren(AddItemDialog) if d.isVisible())
    qtbot.keyClicks(dialog.name, "Offers")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert window.navigator.current()[:2] == ("purposes", "marketing.offers")
    focus(qtbot, tree)
    qtbot.keyClick(tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.navigator.current()[:2] == ("purposes", "marketing.offers_copy")
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    from PySide6.QtWidgets import QInputDialog

    rename = next(d for d in window.findChildren(QInputDialog) if d.isVisible())
    line = rename.findChild(type(dialog.name))
    line.selectAll()
    qtbot.keyClicks(line, "marketing.deals")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.navigator.current()[:2] == ("purposes", "marketing.deals")
    focus(qtbot, tree)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert window.bridge.document.find("purposes", "marketing.deals") is None
    assert window.bridge.undo_stack.undoText() == "Delete purpose 'Offers'"
    qtbot.keyClick(tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.navigator.filter


def test_tab_leaves_the_tree_as_usual_when_another_view_is_shown(window: MainWindow,
                                                                  qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select("purposes", "marketing")
    window.show_view(window.views.widget(1))
    tree = window.navigator.tree
    focus(qtbot, tree)
    qtbot.keyClick(tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not field_input(window, "purposes", "id")


def test_undo_of_an_id_typed_in_the_form_keeps_the_item_selected(window: MainWindow,
                                                                 qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = retype(window, qtbot, "subjects", "customer", "id", "buyer")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.bridge.document.find("subjects", "customer") is not None
    assert window.navigator.current()[:2] == ("subjects", "customer")
    assert window.editors.item_id == "customer" and edit.text() == "customer"  # type: ignore[attr-defined]
    qtbot.keyClick(edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.navigator.current()[:2] == ("subjects", "buyer")


def test_a_section_and_a_reference_picker_from_the_keyboard(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.ui.editors.pickers import PickerDialog

    focus(qtbot, window.navigator.tree)
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.navigator.filter, "keep")
    qtbot.keyClick(window.navigator.filter, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.navigator.tree
    assert window.navigator.current()[:2] == ("retention", "keep_email")
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_Tab)  # into the form: the id
    editor = window.editors.current_editor()
    button = editor.fields[("categories",)].add_button  # type: ignore[union-attr]
    for _ in range(10):  # Tab along the form to the picker's button
        if QApplication.focusWidget() is button:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Space)
    picker = next(d for d in window.findChildren(PickerDialog) if d.isVisible())
    qtbot.waitUntil(picker.filter.hasFocus)
    qtbot.keyClicks(picker.filter, "precise")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert window.bridge.document.find("retention", "keep_email").categories == [
        "contact.email", "location.precise"]
