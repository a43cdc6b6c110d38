"""Category, subject, recipient and purpose forms: both directions, refusals, renames, focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from app.domain.edits import AddItem
from app.domain.enums import LegalBasis, Sensitivity, Tag
from app.domain.models import Recipient
from app.ui.bridge import DocumentBridge
from app.ui.editors.fields import LineField, TextBlockField
from app.ui.editors.forms import EDITORS


@pytest.fixture
def make_editor(qtbot, bridge: DocumentBridge):  # type: ignore[no-untyped-def]
    def make(section: str, item_id: str | None):  # type: ignore[no-untyped-def]
        editor = EDITORS[section](bridge)
        qtbot.addWidget(editor)
        editor.show_item(item_id)
        editor.resize(900, 700)
        editor.show()
        return editor

    return make


def type_line(qtbot, field: LineField, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace the text the way a person does, then press Enter."""
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def leave(field: TextBlockField) -> None:
    """Move the focus away from a multi-line field."""
    QApplication.sendEvent(field.edit, QFocusEvent(QEvent.Type.FocusOut))


def category(bridge: DocumentBridge, item_id: str):  # type: ignore[no-untyped-def]
    return bridge.document.find("categories", item_id)


def test_name_edit_is_one_undo_step_and_follows_undo_and_the_document(
        qtbot, bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("categories", "contact.email")
    name = editor.fields[("name",)]
    assert name.edit.text() == "Email address"
    type_line(qtbot, name, "Work email")
    assert category(bridge, "contact.email").name == "Work email"
    assert bridge.undo_stack.count() == 1
    assert not name.edit.isUndoAvailable()  # Ctrl+Z now undoes the document step
    qtbot.keyClick(name.edit, Qt.Key.Key_Return)  # unchanged: no second step
    assert bridge.undo_stack.count() == 1
    bridge.undo_stack.undo()
    assert name.edit.text() == "Email address"
    bridge.set_field("categories", "contact.email", "name", "Private email")
    assert name.edit.text() == "Private email"
    assert editor.title_label.text() == "Private email"


def test_description_commits_when_focus_leaves(bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("categories", "contact")
    field = editor.fields[("description",)]
    field.edit.setPlainText("How to reach a person.")
    assert category(bridge, "contact").description == ""  # not per keystroke
    leave(field)
    assert category(bridge, "contact").description == "How to reach a person."
    assert bridge.undo_stack.count() == 1
    leave(field)
    assert bridge.undo_stack.count() == 1
    bridge.undo_stack.undo()
    assert field.edit.toPlainText() == ""


def test_sensitivity_combo_and_tags_check_list(bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("categories", "location.precise")
    combo = editor.fields[("sensitivity",)].combo
    assert combo.currentText() == "personal"
    combo.setCurrentIndex(combo.findData(Sensitivity.SPECIAL_CATEGORY))
    assert category(bridge, "location.precise").sensitivity == Sensitivity.SPECIAL_CATEGORY
    assert bridge.undo_stack.count() == 1
    tags = editor.fields[("tags",)]
    tags.boxes["precise_location"].setChecked(True)
    tags.boxes["location"].setChecked(True)
    assert category(bridge, "location.precise").tags == [Tag.PRECISE_LOCATION, Tag.LOCATION]
    assert bridge.undo_stack.count() == 3
    bridge.undo_stack.undo()
    assert not tags.boxes["location"].isChecked()
    assert tags.boxes["precise_location"].isChecked()
    bridge.set_field("categories", "location.precise", "sensitivity", Sensitivity.SENSITIVE)
    assert combo.currentData() == Sensitivity.SENSITIVE
    assert combo.currentText() == "sensitive"


@pytest.mark.parametrize(("text", "reason"), [
    ("Bad Id", "not a valid id"),
    ("location.precise", "already used"),
    ("", "cannot be empty"),
])
def test_bad_ids_are_refused_in_place(qtbot, bridge: DocumentBridge, make_editor, text: str,
                                      reason: str) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("categories", "contact.email")
    before = bridge.policy.model_dump()
    field = editor.fields[("id",)]
    type_line(qtbot, field, text)
    assert reason in field.error
    assert field.edit.text() == text  # the bad text stays, marked
    assert "border" in field.edit.styleSheet()
    assert bridge.policy.model_dump() == before
    assert bridge.undo_stack.count() == 0
    type_line(qtbot, field, "contact.mail")
    assert field.error == ""
    assert category(bridge, "contact.mail") is not None


def test_id_is_checked_while_typing(qtbot, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("categories", "contact")
    field = editor.fields[("id",)]
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "X")
    assert "not a valid id" in field.error
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    assert field.error == ""


def test_renaming_a_parent_moves_children_and_references_in_one_step(
        qtbot, bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("categories", "contact")
    type_line(qtbot, editor.fields[("id",)], "contact_details")
    ids = [c.id for c in bridge.policy.categories]
    assert ids[:2] == ["contact_details", "contact_details.email"]
    assert bridge.policy.rules[0].categories == ["contact_details.email"]
    assert bridge.policy.retention[0].categories == ["contact_details.email"]
    assert bridge.undo_stack.count() == 1
    assert editor.item_id == "contact_details"
    assert "contact_details" in editor.subtitle_label.text()
    bridge.undo_stack.undo()
    assert editor.item_id == "contact"
    assert editor.fields[("id",)].edit.text() == "contact"
    assert bridge.policy.rules[0].categories == ["contact.email"]


def test_editor_follows_renames_and_deletion_made_elsewhere(
        bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("categories", "contact.email")
    bridge.apply(bridge.document.rename_edit("categories", "contact.email", "contact.mail"))
    assert editor.item_id == "contact.mail"
    assert editor.fields[("id",)].edit.text() == "contact.mail"
    bridge.apply(bridge.document.remove_edit("categories", "contact.mail",
                                             drop_references=True))
    assert editor.form_page.isHidden()
    assert "no longer in the policy" in editor.empty_label.text()
    bridge.undo_stack.undo()
    assert not editor.form_page.isHidden()
    assert editor.fields[("name",)].edit.text() == "Email address"


def test_subject_check_boxes(bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("subjects", "customer")
    vulnerable = editor.fields[("vulnerable",)].box
    vulnerable.click()
    assert bridge.policy.subjects[0].vulnerable is True
    assert bridge.undo_stack.count() == 1
    bridge.undo_stack.undo()
    assert not vulnerable.isChecked()
    bridge.set_field("subjects", "customer", "children", True)
    assert editor.fields[("children",)].box.isChecked()
    assert bridge.undo_stack.count() == 1  # only the set_field step: the refresh made none
    assert not vulnerable.isChecked()


def test_recipient_country_and_safeguard(qtbot, bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    bridge.apply(AddItem("recipients", Recipient(id="mailer", name="Mailer")))
    editor = make_editor("recipients", "mailer")
    country = editor.fields[("country",)]
    type_line(qtbot, country, "ie")
    assert bridge.document.find("recipients", "mailer").country == "IE"
    assert country.edit.text() == "Ireland (IE)"
    steps = bridge.undo_stack.count()
    type_line(qtbot, country, "IRL")
    assert "not an ISO 3166" in country.error
    assert bridge.document.find("recipients", "mailer").country == "IE"
    assert bridge.undo_stack.count() == steps
    type_line(qtbot, country, "")
    assert bridge.document.find("recipients", "mailer").country is None
    combo = editor.fields[("safeguard",)].combo
    assert combo.currentData() is None
    combo.setCurrentIndex(combo.findData("standard_contractual_clauses"))
    assert bridge.document.find("recipients", "mailer").safeguard == "standard_contractual_clauses"
    bridge.undo_stack.undo()
    assert combo.currentData() is None
    bridge.set_field("recipients", "mailer", "kind", "third_party")
    assert editor.fields[("kind",)].combo.currentText() == "third party"


def test_recipient_countries_and_storage_take_names_or_codes(qtbot, bridge: DocumentBridge,  # type: ignore[no-untyped-def]
                                                             make_editor) -> None:
    bridge.apply(AddItem("recipients", Recipient(id="cloud", name="Cloud")))
    editor = make_editor("recipients", "cloud")
    type_line(qtbot, editor.fields[("country",)], "United States of America (us)")
    countries, stored = editor.fields[("countries",)], editor.fields[("stored_in",)]
    for field, typed in ((countries, "de-by"), (countries, "Ireland (IE)"), (stored, "eea")):
        qtbot.keyClicks(field.entry, typed)
        qtbot.keyClick(field.entry, Qt.Key.Key_Return)
    cloud = bridge.document.find("recipients", "cloud")
    assert (cloud.country, cloud.countries, cloud.stored_in) == ("US", ["DE-BY", "IE"], ["eea"])
    assert [c.label.text() for c in stored.chips] == ["European Economic Area (eea)"]
    steps = bridge.undo_stack.count()
    stored.entry.setText("D\u0415")  # a Cyrillic Ie, not an E (typed through an input method)
    qtbot.keyClick(stored.entry, Qt.Key.Key_Return)
    assert "not an ISO 3166" in stored.error and bridge.undo_stack.count() == steps
    bridge.undo_stack.undo()
    assert bridge.document.find("recipients", "cloud").stored_in == []
    # Completion offers names with codes, groups first.
    model = countries.suggestions.stringList()
    assert "Germany (DE)" in model and "European Economic Area (eea)" in model
    assert "California (US-CA)" in model


def test_purpose_legal_basis_consent_rights(qtbot, bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("purposes", "marketing.newsletter")
    basis = editor.fields[("legal_basis",)].combo
    assert basis.currentText() == "(not set)"
    basis.setCurrentIndex(basis.findData(LegalBasis.CONSENT))
    purpose = bridge.document.find("purposes", "marketing.newsletter")
    assert purpose.legal_basis == LegalBasis.CONSENT
    consent = editor.fields[("consent",)].combo
    assert consent.currentText() == "opt-in"
    rights = editor.fields[("rights",)]
    rights.boxes["withdraw_consent"].click()
    assert purpose.rights == ["withdraw_consent"]
    type_line(qtbot, editor.fields[("lia",)], "LIA-7")
    assert purpose.lia == "LIA-7"
    assert bridge.undo_stack.count() == 3
    basis.setCurrentIndex(0)
    assert purpose.legal_basis is None
    bridge.undo_stack.undo()
    assert basis.currentData() == LegalBasis.CONSENT
    bridge.set_field("purposes", "marketing.newsletter", "rights", ["access", "erasure"])
    assert [k for k, b in rights.boxes.items() if b.isChecked()] == ["access", "erasure"]


def test_focus_field_follows_document_paths(qtbot, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("purposes", "marketing")
    editor.activateWindow()
    widget = editor.focus_field(("purposes", 1, "legal_basis"))
    assert editor.item_id == "marketing.newsletter"
    assert widget is editor.fields[("legal_basis",)].combo
    assert editor.focus_field(("purposes", 1, "rights", 0)) is not None
    assert editor.focus_field(("purposes", 1, "name")) is editor.fields[("name",)].edit


def test_every_input_has_a_name_and_a_tooltip(qtbot, bridge: DocumentBridge) -> None:  # type: ignore[no-untyped-def]
    for section, cls in EDITORS.items():
        editor = cls(bridge)
        qtbot.addWidget(editor)
        for path, field in editor.fields.items():
            for widget in field.inputs():
                assert widget.accessibleName(), (section, path, widget)
                assert widget.toolTip(), (section, path, widget)


def test_text_typed_before_switching_items_goes_to_the_first_item(
        qtbot, bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("categories", "contact")
    name = editor.fields[("name",)]
    name.edit.setFocus()
    name.edit.selectAll()
    qtbot.keyClicks(name.edit, "Contact data")
    editor.show_item("contact.email")  # e.g. the problems panel selects another item
    assert category(bridge, "contact").name == "Contact data"
    assert category(bridge, "contact.email").name == "Email address"
    assert name.edit.text() == "Email address"
    assert bridge.undo_stack.count() == 1
    editor.show_item("contact")
    assert bridge.undo_stack.count() == 1
