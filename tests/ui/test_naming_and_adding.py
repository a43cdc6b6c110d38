"""Naming and adding items as a person does it: the id field renames in place, Add asks for a
name, derives the id, adds a sibling in the section the person is in, and puts the focus in
the form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.ui.main_window import MainWindow


def type_id(window: MainWindow, qtbot, section: str, item_id: str, text: str) -> QLineEdit:  # type: ignore[no-untyped-def]
    """Select an item and type ``text`` over its Id field (not committed yet)."""
    window.navigator.select(section, item_id)
    edit = window.editors.editor_for(section).fields[("id",)].edit  # type: ignore[union-attr]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    return edit


def test_committing_the_id_keeps_the_item_in_the_editor_and_selected(window: MainWindow,
                                                                     qtbot) -> None:  # type: ignore[no-untyped-def]
    edit = type_id(window, qtbot, "subjects", "customer", "client")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.bridge.document.find("subjects", "client") is not None
    assert window.navigator.current()[:2] == ("subjects", "client")
    assert (window.editors.section, window.editors.item_id) == ("subjects", "client")
    assert window.editors.currentWidget() is not window.editors._placeholder
    assert edit.text() == "client"
    dialog = open_add_dialog(window, qtbot)  # the next Add lands in the same section
    assert (dialog.section, dialog.parent_id) == ("subjects", None)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)


def test_committing_a_parent_id_by_leaving_the_field_keeps_the_selection(window: MainWindow,
                                                                         qtbot) -> None:  # type: ignore[no-untyped-def]
    type_id(window, qtbot, "categories", "contact", "person")
    window.editors.editor_for("categories").fields[("name",)].edit.setFocus()  # type: ignore[union-attr]
    QApplication.processEvents()
    assert window.navigator.current()[:2] == ("categories", "person")
    assert window.editors.item_id == "person"
    assert window.bridge.document.find("categories", "person.email") is not None


def open_add_dialog(window: MainWindow, qtbot, child: bool = False):  # type: ignore[no-untyped-def]
    from app.ui.add_item_dialog import AddItemDialog

    (window.add_child_action if child else window.add_action).trigger()
    shown = [d for d in window.findChildren(AddItemDialog) if d.isVisible()]
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.waitUntil(lambda: dialog.name.hasFocus() or QApplication.focusWidget() is dialog.name)
    return dialog


def add(window: MainWindow, qtbot, name: str, *, child: bool = False,  # type: ignore[no-untyped-def]
        key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Add an item the way a person does: Add, type the name, Enter."""
    dialog = open_add_dialog(window, qtbot, child)
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClick(dialog.name, key)
    assert not dialog.isVisible()


def test_add_asks_a_name_derives_the_id_and_adds_a_sibling(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select("categories", "contact.email")
    dialog = open_add_dialog(window, qtbot)
    qtbot.keyClicks(dialog.name, "Phone Number")
    assert dialog.id_edit.text() == "contact.phone_number"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    added = window.bridge.document.find("categories", "contact.phone_number")
    assert added is not None and added.name == "Phone Number"
    assert window.navigator.current()[:2] == ("categories", "contact.phone_number")
    assert window.editors.item_id == "contact.phone_number"
    description = window.editors.editor_for("categories").fields[("description",)]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is description.edit)  # type: ignore[attr-defined]
    stack = window.bridge.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Add data category 'Phone Number'"
    assert window.undo_action.text() == "&Undo Add data category 'Phone Number'"
    # The next Add lands beside it again, in the same section.
    add(window, qtbot, "Fax")
    assert window.bridge.document.find("categories", "contact.fax") is not None


def test_a_top_level_item_and_a_section_row_add_at_the_top(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select("categories", "contact")
    add(window, qtbot, "Payment card", key=Qt.Key.Key_Enter)
    assert window.bridge.document.find("categories", "payment_card") is not None
    window.navigator.select("purposes")
    add(window, qtbot, "Billing")
    assert window.bridge.document.find("purposes", "billing") is not None
    assert window.navigator.current()[:2] == ("purposes", "billing")


def test_add_child_goes_under_the_selected_item(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select("purposes", "marketing")
    add(window, qtbot, "Loyalty programme", child=True)
    assert window.bridge.document.find("purposes", "marketing.loyalty_programme") is not None


def test_the_id_is_editable_checked_and_unique(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select("subjects", "customer")
    dialog = open_add_dialog(window, qtbot)
    qtbot.keyClicks(dialog.name, "Customer")
    assert dialog.id_edit.text() == "customer_2"  # taken: a free one is offered
    dialog.id_edit.selectAll()
    qtbot.keyClicks(dialog.id_edit, "customer")
    assert not dialog.add_button.isEnabled() and "already used" in dialog.problem.text()
    qtbot.keyClick(dialog.id_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter does not add a clashing id
    dialog.id_edit.selectAll()
    qtbot.keyClicks(dialog.id_edit, "Bad Id")
    assert "not a valid id" in dialog.problem.text()
    dialog.id_edit.selectAll()
    qtbot.keyClicks(dialog.id_edit, "shopper")
    qtbot.keyClicks(dialog.name, "s")  # the name no longer changes an id typed by hand
    assert dialog.id_edit.text() == "shopper"
    qtbot.keyClick(dialog.id_edit, Qt.Key.Key_Return)
    assert window.bridge.document.find("subjects", "shopper").name == "Customers"


def test_escape_cancels_the_add(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select("subjects", "customer")
    dialog = open_add_dialog(window, qtbot)
    qtbot.keyClicks(dialog.name, "Staff")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.bridge.undo_stack.count() == 0


def test_rules_take_the_name_as_their_description(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select("rules", "newsletter_email")
    add(window, qtbot, "Order e-mails")
    rule = window.bridge.document.find("rules", "order_e_mails")
    assert rule.description == "Order e-mails"
    effect = window.editors.editor_for("rules").fields[("effect",)]
    qtbot.waitUntil(lambda: QApplication.focusWidget() in effect.inputs())


def test_names_become_ids_by_the_id_rules() -> None:
    from app.domain import ids

    assert ids.from_name("Email address") == "email_address"
    assert ids.from_name("  Données   de santé!! ") == "donnees_de_sante"
    assert ids.from_name("E-mail", parent="contact", taken={"contact.e_mail"}) == "contact.e_mail_2"
    assert ids.from_name("???", fallback="new_category") == "new_category"
    long = ids.from_name("x" * 500, parent="p" * 150)
    assert ids.is_valid_id(long) and long.startswith("p" * 150 + ".x")
    assert ids.is_valid_id(ids.from_name("\u202e\x00<script>"))


def test_undo_steps_name_the_item(window: MainWindow) -> None:
    window.navigator.select("purposes", "marketing.newsletter")
    window.duplicate_action.trigger()
    assert window.bridge.undo_stack.undoText() == "Duplicate purpose 'Newsletter'"
    window.delete_action.trigger()  # the copy, selected after the duplicate
    assert window.bridge.undo_stack.undoText() == "Delete purpose 'Newsletter'"


def test_deleting_the_selected_item_selects_its_neighbour(window: MainWindow) -> None:
    window.navigator.select("rules", "newsletter_email")
    window.bridge.apply(window.bridge.document.remove_edit("rules", "newsletter_email"))
    assert window.navigator.current()[:2] == ("rules", "no_location_ads")
    assert window.editors.item_id == "no_location_ads"
    window.bridge.undo_stack.undo()
    assert window.navigator.current()[:2] == ("rules", "no_location_ads")  # stays put
    window.bridge.apply(window.bridge.document.remove_edit("rules", "no_location_ads"))
    window.bridge.apply(window.bridge.document.remove_edit("rules", "newsletter_email"))
    assert window.navigator.current() == ("rules", None, "section")


def test_a_sibling_goes_right_after_the_selected_item_and_a_same_name_is_noted(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.navigator.select("rules", "newsletter_email")
    dialog = open_add_dialog(window, qtbot)
    qtbot.keyClicks(dialog.name, "Marketing")
    assert dialog.note.isHidden()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert [r.id for r in window.bridge.policy.rules] == ["newsletter_email", "marketing",
                                                          "no_location_ads"]
    window.navigator.select("categories", "contact")
    dialog = open_add_dialog(window, qtbot)
    qtbot.keyClicks(dialog.name, "email ADDRESS")
    assert not dialog.note.isHidden() and "contact.email" in dialog.note.text()
    assert dialog.add_button.isEnabled()  # a note, not a refusal
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert [c.id for c in window.bridge.policy.categories] == [
        "contact", "contact.email", "email_address", "location.precise"]


def test_clicking_another_item_while_the_id_is_typed_renames_and_opens_that_item(
        window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    nav = window.navigator
    edit = type_id(window, qtbot, "subjects", "customer", "client")
    edit.activateWindow()
    qtbot.waitUntil(edit.hasFocus)
    target = nav.proxy.mapFromSource(nav.model.index_for("purposes", "marketing"))
    qtbot.mouseClick(nav.tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.tree.visualRect(target).center())
    assert window.bridge.document.find("subjects", "client") is not None
    assert nav.current()[:2] == ("purposes", "marketing")
    assert (window.editors.section, window.editors.item_id) == ("purposes", "marketing")
