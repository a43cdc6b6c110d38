"""The policy metadata form: texts, status, jurisdictions, dates, contacts, tables."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from app.domain.enums import Jurisdiction, Status
from app.domain.models import SecurityMeasure
from app.ui.bridge import DocumentBridge
from app.ui.editors.fields import LineField
from app.ui.editors.metadata import MetadataEditor
from app.ui.editors.tables import RecordTableField


@pytest.fixture
def editor(qtbot, bridge: DocumentBridge) -> MetadataEditor:  # type: ignore[no-untyped-def]
    form = MetadataEditor(bridge)
    qtbot.addWidget(form)
    form.show_item(None)
    form.resize(1000, 900)
    form.show()
    return form


def type_line(qtbot, field: LineField, text: str) -> None:  # type: ignore[no-untyped-def]
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)


def meta(bridge: DocumentBridge):  # type: ignore[no-untyped-def]
    return bridge.policy.policy


def test_title_both_ways(qtbot, bridge: DocumentBridge, editor: MetadataEditor) -> None:  # type: ignore[no-untyped-def]
    title = editor.fields[("title",)]
    assert title.edit.text() == "UI test policy"
    type_line(qtbot, title, "Customer data policy")
    assert meta(bridge).title == "Customer data policy"
    assert bridge.undo_stack.count() == 1
    assert editor.title_label.text() == "Customer data policy"
    bridge.undo_stack.undo()
    assert title.edit.text() == "UI test policy"
    bridge.set_field("policy", None, "title", "Edited elsewhere")
    assert title.edit.text() == "Edited elsewhere"


def test_version_and_id_are_checked(qtbot, bridge: DocumentBridge, editor: MetadataEditor) -> None:  # type: ignore[no-untyped-def]
    before = bridge.policy.model_dump()
    version = editor.fields[("version",)]
    type_line(qtbot, version, "1.0")
    assert "not a version" in version.error
    policy_id = editor.fields[("id",)]
    type_line(qtbot, policy_id, "Bad Id")
    assert "not a valid id" in policy_id.error
    assert bridge.policy.model_dump() == before
    assert bridge.undo_stack.count() == 0
    type_line(qtbot, version, "1.2.0")
    type_line(qtbot, policy_id, "ui_policy")
    assert (meta(bridge).version, meta(bridge).id) == ("1.2.0", "ui_policy")
    assert bridge.undo_stack.count() == 2
    assert "ui_policy" in editor.subtitle_label.text()


def test_status_and_jurisdictions(bridge: DocumentBridge, editor: MetadataEditor) -> None:  # type: ignore[no-untyped-def]
    status = editor.fields[("status",)].combo
    assert status.currentText() == "draft"
    status.setCurrentIndex(status.findData(Status.IN_REVIEW))
    assert meta(bridge).status == Status.IN_REVIEW
    assert status.currentText() == "in review"
    places = editor.fields[("jurisdictions",)]
    assert places.boxes["us_ca_cpra"].text() == "California CCPA/CPRA"
    places.boxes["uk_gdpr"].click()
    places.boxes["eu_gdpr"].click()
    assert meta(bridge).jurisdictions == [Jurisdiction.UK_GDPR, Jurisdiction.EU_GDPR]
    assert bridge.undo_stack.count() == 3
    bridge.undo_stack.undo()
    assert not places.boxes["eu_gdpr"].isChecked()
    bridge.set_field("policy", None, "jurisdictions", ["ch_fadp"])
    assert [k for k, b in places.boxes.items() if b.isChecked()] == ["ch_fadp"]


def test_dates_can_be_set_changed_and_emptied(bridge: DocumentBridge,
                                              editor: MetadataEditor) -> None:
    review = editor.fields[("next_review",)]
    assert not review.enabled_box.isChecked()
    assert review.date_edit.isHidden()
    review.enabled_box.click()
    assert meta(bridge).next_review == dt.date.today()
    review.date_edit.setDate(QDate(2030, 5, 1))
    assert meta(bridge).next_review == dt.date(2030, 5, 1)
    review.enabled_box.click()
    assert meta(bridge).next_review is None
    assert bridge.undo_stack.count() == 3
    bridge.undo_stack.undo()
    assert review.date_edit.date() == QDate(2030, 5, 1)
    bridge.set_field("policy", None, "effective_date", dt.date(2026, 1, 2))
    effective = editor.fields[("effective_date",)]
    assert effective.enabled_box.isChecked()
    assert effective.date_edit.date() == QDate(2026, 1, 2)


def test_contacts_and_a_missing_dpo(qtbot, bridge: DocumentBridge, editor: MetadataEditor) -> None:  # type: ignore[no-untyped-def]
    type_line(qtbot, editor.fields[("controller", "email")], "privacy@example.org")
    assert meta(bridge).controller.email == "privacy@example.org"
    assert meta(bridge).dpo is None
    type_line(qtbot, editor.fields[("dpo", "name")], "Dana Officer")
    assert meta(bridge).dpo.name == "Dana Officer"
    assert bridge.undo_stack.count() == 2
    bridge.undo_stack.undo()
    assert meta(bridge).dpo is None
    assert editor.fields[("dpo", "name")].edit.text() == ""
    bridge.set_field("policy", None, "controller.phone", "+49 30 1234")
    assert editor.fields[("controller", "phone")].edit.text() == "+49 30 1234"


def test_security_measures_table(bridge: DocumentBridge, editor: MetadataEditor) -> None:  # type: ignore[no-untyped-def]
    table: RecordTableField = editor.fields[("security_measures",)]
    table.add_row()
    assert [m.id for m in meta(bridge).security_measures] == ["new_measure"]
    assert bridge.undo_stack.count() == 1
    model = table.model
    assert model.rowCount() == 1
    assert model.setData(model.index(0, 1), "Disk encryption")
    assert meta(bridge).security_measures[0].name == "Disk encryption"
    model.setData(model.index(0, 2), "organisational")
    assert meta(bridge).security_measures[0].kind == "organisational"
    assert model.index(0, 2).data() == "organisational"
    assert bridge.undo_stack.count() == 3
    before = bridge.policy.model_dump()
    model.setData(model.index(0, 0), "Bad Id")
    assert "lowercase letters" in table.error
    assert bridge.policy.model_dump() == before
    assert model.index(0, 0).data() == "new_measure"
    table.add_row()
    model.setData(model.index(1, 0), "new_measure")
    assert "already used" in table.error
    assert bridge.undo_stack.count() == 4
    table.view.selectRow(0)
    table.remove_selected()
    assert [m.id for m in meta(bridge).security_measures] == ["new_measure_2"]
    bridge.undo_stack.undo()
    assert model.rowCount() == 2
    bridge.set_field("policy", None, "security_measures",
                     [SecurityMeasure(id="mfa", name="Two-factor sign-in")])
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Two-factor sign-in"


def test_approvals_table(bridge: DocumentBridge, editor: MetadataEditor) -> None:  # type: ignore[no-untyped-def]
    table: RecordTableField = editor.fields[("approvals",)]
    table.add_row()
    assert len(meta(bridge).approvals) == 1
    model = table.model
    assert not model.setData(model.index(0, 0), "Verified")  # the signature's state
    model.setData(model.index(0, 1), "Dana Officer")
    model.setData(model.index(0, 3), QDate(2026, 2, 1))
    model.setData(model.index(0, 4), "rejected")
    approval = meta(bridge).approvals[0]
    assert (approval.name, approval.date, approval.decision) == (
        "Dana Officer", dt.date(2026, 2, 1), "rejected")
    assert model.index(0, 4).data() == "rejected"
    assert not model.flags(model.index(0, 5)) & Qt.ItemFlag.ItemIsEditable  # digest
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    # Typed in by hand: no signature, and no digest of this content.
    assert model.index(0, 0).data() == "\u2716 Broken"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "Broken: missing signature; the content changed after this approval")
    assert bridge.undo_stack.count() == 4
    bridge.undo_stack.undo()
    assert model.index(0, 4).data() == "approved"


def test_focus_field_for_metadata_paths(editor: MetadataEditor) -> None:
    assert editor.focus_field(("policy", "next_review")) is \
        editor.fields[("next_review",)].enabled_box
    assert editor.focus_field(("policy", "controller", "email")) is \
        editor.fields[("controller", "email")].edit
    editor.fields[("security_measures",)].add_row()
    table = editor.fields[("security_measures",)]
    assert editor.focus_field(("policy", "security_measures", 0, "name")) is table.view
    assert table.view.currentIndex().column() == 1


def test_table_models_pass_the_model_tester(qtmodeltester, editor: MetadataEditor) -> None:  # type: ignore[no-untyped-def]
    editor.fields[("security_measures",)].add_row()
    qtmodeltester.check(editor.fields[("security_measures",)].model)
    qtmodeltester.check(editor.fields[("approvals",)].model)


def test_table_cells_are_edited_in_place(qtbot, bridge: DocumentBridge,
                                         editor: MetadataEditor) -> None:  # type: ignore[no-untyped-def]
    table: RecordTableField = editor.fields[("security_measures",)]
    table.add_row()
    index = table.model.index(0, 1)
    table.view.setCurrentIndex(index)
    table.view.edit(index)
    cell = table.view.focusWidget()
    assert cell is not table.view
    cell.selectAll()
    qtbot.keyClicks(cell, "Backups")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.wait(10)
    assert meta(bridge).security_measures[0].name == "Backups"
    assert bridge.undo_stack.count() == 2
    assert table.model.index(0, 1).data() == "Backups"
