"""The app-store labels in the forms: store data types and purposes, tracking domains."""

from __future__ import annotations

from enum import StrEnum

import pytest
from PySide6.QtCore import Qt

from app.domain.store_kinds import (
    PLAY_PURPOSES,
    AppleDataType,
    ApplePurpose,
    PlayDataType,
    PlayPurpose,
)
from app.storage.loader import load_bytes
from app.ui.bridge import DocumentBridge
from app.ui.editors.forms import EDITORS
from tests.small_policy import UI_POLICY


def _editor(qtbot, bridge: DocumentBridge, section: str, item_id: str):  # type: ignore[no-untyped-def]
    qtbot.addWidget(editor := EDITORS[section](bridge))
    editor.show_item(item_id)
    editor.show()
    return editor


@pytest.mark.parametrize(("section", "item_id", "name", "proposed", "chosen"), [
    ("categories", "contact.email", "apple_data_type", "Email Address", AppleDataType.USER_ID),
    ("purposes", "marketing", "play_purpose", "Advertising or marketing",
     PlayPurpose.DEVELOPER_COMMUNICATIONS),
])
def test_store_labels_say_what_is_proposed_and_take_a_declared_one(
        qtbot, bridge: DocumentBridge, section: str, item_id: str, name: str, proposed: str,
        chosen: StrEnum) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, bridge, section, item_id)
    combo = editor.fields[(name,)].combo
    assert combo.itemText(0) == f"not set (proposed: {proposed})"
    combo.setCurrentIndex(combo.findData(chosen))
    assert getattr(bridge.document.find(section, item_id), name) is chosen
    assert bridge.undo_stack.count() == 1
    bridge.undo_stack.undo()
    assert getattr(bridge.document.find(section, item_id), name) is None
    assert combo.currentIndex() == 0


def test_google_play_choices_read_as_the_play_console_form_says_them(
        qtbot, bridge: DocumentBridge) -> None:  # type: ignore[no-untyped-def]
    """Not "fraud prevention security" (the value with its underscores made spaces)."""
    purpose = _editor(qtbot, bridge, "purposes", "marketing").fields[("play_purpose",)].combo
    texts = [purpose.itemText(i) for i in range(1, purpose.count())]
    assert texts == [words for _, words in PLAY_PURPOSES.values()]
    assert "Fraud prevention, security, and compliance" in texts
    kinds = _editor(qtbot, bridge, "categories", "contact").fields[("play_data_type",)].combo
    assert kinds.itemText(kinds.findData(PlayDataType.DEVICE_OR_OTHER_IDS)) == (
        "Device or other IDs / Device or other IDs")
    apple = _editor(qtbot, bridge, "categories", "contact").fields[("apple_data_type",)].combo
    said = {apple.itemData(i): apple.itemText(i) for i in range(1, apple.count())}
    assert said[AppleDataType.DEVICE_ID] == "Device ID"
    assert said[AppleDataType.EMAILS_OR_TEXT_MESSAGES] == "Emails or Text Messages"
    assert said[AppleDataType.OTHER_CONTACT_INFO] == "Other User Contact Info"
    reasons = _editor(qtbot, bridge, "purposes", "marketing").fields[("apple_purpose",)].combo
    assert reasons.itemText(reasons.findData(ApplePurpose.DEVELOPER_ADVERTISING)) == (
        "Developer's Advertising or Marketing")


def test_a_category_nothing_fits_says_so_until_its_tags_change(
        qtbot, bridge: DocumentBridge) -> None:  # type: ignore[no-untyped-def]
    editor = _editor(qtbot, bridge, "categories", "contact")
    combo = editor.fields[("play_data_type",)].combo
    assert combo.itemText(0) == "not set (nothing fits: choose one)"
    bridge.set_field("categories", "contact", "tags", ["location"])  # e.g. from another view
    assert combo.itemText(0) == "not set (proposed: Location / Approximate location)"


def test_tracking_domains_are_typed_checked_and_undone(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = UI_POLICY.decode().replace("format_version: 1", "format_version: 2").replace(
        "purposes:\n", "recipients:\n  - id: ads\n    kind: third_party\npurposes:\n", 1)
    bridge = DocumentBridge(load_bytes(text.encode(), "ui.policy.yaml").policy,
                            "ui.policy.yaml", text)
    editor = _editor(qtbot, bridge, "recipients", "ads")
    field = editor.fields[("tracking_domains",)]
    qtbot.keyClicks(field.entry, "=cmd|x")
    qtbot.keyClick(field.entry, Qt.Key.Key_Return)
    assert "is not an internet domain" in field.error
    assert bridge.document.find("recipients", "ads").tracking_domains == []
    field.entry.clear()
    qtbot.keyClicks(field.entry, "Ads.Example.COM.")
    qtbot.keyClick(field.entry, Qt.Key.Key_Return)
    assert bridge.document.find("recipients", "ads").tracking_domains == ["ads.example.com"]
    bridge.undo_stack.undo()
    assert bridge.document.find("recipients", "ads").tracking_domains == []


def test_file_export_offers_both_store_formats_to_engineering(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.exporters.registry import exporters
    from app.ui.export.dialog import ExportDialog

    qtbot.addWidget(dialog := ExportDialog(exporters(), "/tmp/shop.policy.yaml", 0))
    engineering = dialog.groups()["Engineering files"]
    assert {"apple-privacy-manifest", "play-data-safety"} <= set(engineering)
    assert "play-data-safety" not in dialog.groups()["Legal documents"]  # a .csv, yet for engineers


def test_confirming_the_proposals_fills_every_empty_label_in_one_undo_step(
        qtbot, bridge: DocumentBridge) -> None:  # type: ignore[no-untyped-def]
    from app.domain.store_confirm import proposal_edits

    editor = _editor(qtbot, bridge, "purposes", "marketing")
    editor.fields[("apple_purpose",)].combo.setCurrentIndex(1)  # one label chosen by hand
    chosen = bridge.document.find("purposes", "marketing").apple_purpose
    expected = len(proposal_edits(bridge.document.policy))
    assert expected
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    email = bridge.document.find("categories", "contact.email")
    assert email.apple_data_type is AppleDataType.EMAIL_ADDRESS  # what was proposed
    assert bridge.document.find("purposes", "marketing").apple_purpose is chosen  # kept
    assert bridge.document.find("purposes", "marketing").play_purpose is not None
    assert proposal_edits(bridge.document.policy) == []
    assert bridge.undo_stack.count() == 2 and "Confirm" in bridge.undo_stack.undoText()
    combo = editor.fields[("play_purpose",)].combo
    assert combo.currentIndex() != 0  # the form shows what was written
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert editor.confirm_button.text() == "Nothing left to confirm"
    assert bridge.undo_stack.count() == 2
    bridge.undo_stack.undo()
    assert bridge.document.find("categories", "contact.email").apple_data_type is None
    assert bridge.document.find("purposes", "marketing").apple_purpose is chosen
    assert len(proposal_edits(bridge.document.policy)) == expected
