"""Use-rule and retention forms: pickers, regions, obligations, durations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.enums import Disposition, Effect, Obligation
from app.ui.bridge import DocumentBridge
from app.ui.editors.duration_edit import DurationEdit
from app.ui.editors.forms import EDITORS
from app.ui.editors.pickers import IdRole, PickerDialog, ReferenceField


@pytest.fixture
def make_editor(qtbot, bridge: DocumentBridge):  # type: ignore[no-untyped-def]
    def make(section: str, item_id: str):  # type: ignore[no-untyped-def]
        editor = EDITORS[section](bridge)
        qtbot.addWidget(editor)
        editor.show_item(item_id)
        editor.resize(900, 800)
        editor.show()
        return editor

    return make


def rule(bridge: DocumentBridge, item_id: str = "newsletter_email"):  # type: ignore[no-untyped-def]
    return bridge.document.find("rules", item_id)


def shown_ids(dialog: PickerDialog) -> list[str]:
    return [dialog.proxy.index(r, 0).data(IdRole) for r in range(dialog.proxy.rowCount())]


def test_effect_combo_both_ways(bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("rules", "newsletter_email")
    combo = editor.fields[("effect",)].combo
    combo.setCurrentIndex(combo.findData(Effect.DENY))
    assert rule(bridge).effect == Effect.DENY
    assert bridge.undo_stack.count() == 1
    bridge.undo_stack.undo()
    assert combo.currentData() == Effect.ALLOW
    bridge.set_field("rules", "newsletter_email", "effect", Effect.DENY)
    assert combo.currentText() == "deny"


def test_picker_adds_several_references_in_one_step(qtbot, bridge: DocumentBridge,
                                                    make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("rules", "newsletter_email")
    field: ReferenceField = editor.fields[("categories",)]
    dialog = field.open_picker()
    assert shown_ids(dialog) == ["contact", "contact.email", "location.precise"]
    chosen = dialog.source.index(1, 0)
    assert not chosen.flags() & Qt.ItemFlag.ItemIsSelectable  # already in the rule
    qtbot.keyClicks(dialog.filter, "loc")
    assert shown_ids(dialog) == ["location.precise"]
    dialog.filter.clear()
    dialog.select_ids(["contact", "location.precise"])
    dialog.accept()
    assert rule(bridge).categories == ["contact.email", "contact", "location.precise"]
    assert bridge.undo_stack.count() == 1
    assert [chip.value for chip in field.chips] == rule(bridge).categories
    bridge.undo_stack.undo()
    assert [chip.value for chip in field.chips] == ["contact.email"]


def test_picker_filter_matches_names_and_enter_takes_the_first(qtbot, bridge: DocumentBridge,
                                                               make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("rules", "no_location_ads")
    dialog = editor.fields[("purposes",)].open_picker()
    qtbot.keyClicks(dialog.filter, "newslet")
    assert shown_ids(dialog) == ["marketing.newsletter"]
    assert "1 of 2 shown" in dialog.count_label.text()
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert rule(bridge, "no_location_ads").purposes == ["marketing", "marketing.newsletter"]
    assert bridge.undo_stack.count() == 1


def test_picker_cancel_changes_nothing(bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("rules", "newsletter_email")
    dialog = editor.fields[("subjects",)].open_picker()
    dialog.select_ids(["customer"])
    dialog.reject()
    assert rule(bridge).subjects == []
    assert bridge.undo_stack.count() == 0


def test_chip_remove_button_removes_one_reference(bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("rules", "newsletter_email")
    field = editor.fields[("purposes",)]
    assert field.chips[0].label.text() == "Newsletter (marketing.newsletter)"
    field.chips[0].remove_button.click()
    assert rule(bridge).purposes == []
    assert bridge.undo_stack.count() == 1
    assert not field.empty_label.isHidden()
    bridge.undo_stack.undo()
    assert [chip.value for chip in field.chips] == ["marketing.newsletter"]
    assert field.empty_label.isHidden()


def test_undeclared_reference_is_flagged_and_names_follow_the_document(
        bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("rules", "no_location_ads")
    chip = editor.fields[("categories",)].chips[0]
    assert chip.value == "location"
    assert chip.label.text().startswith("⚠")
    assert "not declared" in chip.toolTip()
    purposes = editor.fields[("purposes",)]
    bridge.set_field("purposes", "marketing", "name", "Direct marketing")
    assert purposes.chips[0].label.text() == "Direct marketing (marketing)"
    bridge.apply(bridge.document.rename_edit("purposes", "marketing", "promo", subtree=True))
    assert [chip.value for chip in purposes.chips] == ["promo"]


def test_regions_tag_editor(qtbot, bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("rules", "newsletter_email")
    regions = editor.fields[("regions",)]
    assert regions.empty_label.text() == "anywhere"
    qtbot.keyClicks(regions.entry, "eu")
    qtbot.keyClick(regions.entry, Qt.Key.Key_Return)
    assert rule(bridge).regions == ["EU"]
    assert regions.chips[0].label.text() == "European Union (EU)"
    assert bridge.undo_stack.count() == 1
    qtbot.keyClicks(regions.entry, "EU West")
    qtbot.keyClick(regions.entry, Qt.Key.Key_Return)
    assert "not an ISO 3166" in regions.error
    assert rule(bridge).regions == ["EU"]
    assert bridge.undo_stack.count() == 1
    regions.chips[0].remove_button.click()
    assert rule(bridge).regions == []
    bridge.set_field("rules", "newsletter_email", "regions", ["us.ca"])
    assert [chip.value for chip in regions.chips] == ["us.ca"]


def test_obligations_check_list(bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("rules", "newsletter_email")
    obligations = editor.fields[("obligations",)]
    obligations.boxes["pseudonymise"].click()
    assert rule(bridge).obligations == [Obligation.PSEUDONYMISE]
    assert bridge.undo_stack.count() == 1
    bridge.undo_stack.undo()
    assert not obligations.boxes["pseudonymise"].isChecked()
    bridge.set_field("rules", "newsletter_email", "obligations", ["encrypt"])
    assert obligations.boxes["encrypt"].isChecked()


def test_focus_field_reaches_a_reference(qtbot, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("rules", "newsletter_email")
    widget = editor.focus_field(("rules", 1, "purposes", 0))
    assert editor.item_id == "no_location_ads"
    assert widget is editor.fields[("purposes",)].chips[0].remove_button
    assert editor.focus_field(("rules", 1, "subjects")) is editor.fields[("subjects",)].add_button


def test_duration_editor_number_and_unit(bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("retention", "keep_email")
    duration: DurationEdit = editor.fields[("duration",)]
    assert (duration.amount.value(), duration.unit.currentText()) == (2, "years")
    assert duration.iso.text() == "P2Y"
    duration.unit.setCurrentIndex(duration.unit.findData("M"))
    retention = bridge.document.find("retention", "keep_email")
    assert str(retention.duration) == "P2M"
    duration.amount.setValue(18)
    assert str(retention.duration) == "P18M"
    assert duration.iso.text() == "P18M"
    assert bridge.undo_stack.count() == 2
    duration.indefinite.click()
    assert str(retention.duration) == "indefinite"
    assert not duration.amount.isEnabled()
    bridge.undo_stack.undo()
    assert duration.iso.text() == "P18M"
    assert duration.amount.isEnabled()
    bridge.set_field("retention", "keep_email", "duration", "P30D")
    assert (duration.amount.value(), duration.unit.currentText()) == (30, "days")


def test_duration_iso_text_path_refuses_bad_input(qtbot, bridge: DocumentBridge,
                                                  make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("retention", "keep_email")
    duration: DurationEdit = editor.fields[("duration",)]
    before = bridge.policy.model_dump()
    duration.iso.selectAll()
    qtbot.keyClicks(duration.iso, "P-1D")
    qtbot.keyClick(duration.iso, Qt.Key.Key_Return)
    assert "P-1D" in duration.error
    assert duration.iso.text() == "P-1D"
    assert bridge.policy.model_dump() == before
    assert bridge.undo_stack.count() == 0
    duration.iso.selectAll()
    qtbot.keyClicks(duration.iso, "p1y6m")
    qtbot.keyClick(duration.iso, Qt.Key.Key_Return)
    assert str(bridge.document.find("retention", "keep_email").duration) == "P1Y6M"
    assert duration.error == ""
    assert not duration.amount.isEnabled()  # mixed units: edited in the ISO box
    assert "1 year and 6 months" in duration.words.text()


def test_retention_fields(qtbot, bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("retention", "keep_email")
    retention = bridge.document.find("retention", "keep_email")
    then = editor.fields[("disposition",)].combo
    then.setCurrentIndex(then.findData(Disposition.ANONYMISE))
    assert retention.disposition == Disposition.ANONYMISE
    editor.fields[("legal_hold",)].box.click()
    assert retention.legal_hold is True
    citation = editor.fields[("citation",)]
    citation.edit.setFocus()
    qtbot.keyClicks(citation.edit, "HGB 257")
    qtbot.keyClick(citation.edit, Qt.Key.Key_Return)
    assert retention.citation == "HGB 257"
    dialog = editor.fields[("purposes",)].open_picker()
    dialog.select_ids(["marketing.newsletter"])
    dialog.accept()
    assert retention.purposes == ["marketing.newsletter"]
    assert bridge.undo_stack.count() == 4
    for _ in range(4):
        bridge.undo_stack.undo()
    assert then.currentData() == Disposition.DELETE
    assert not editor.fields[("legal_hold",)].box.isChecked()
    assert citation.edit.text() == ""
    assert editor.fields[("purposes",)].chips == []
