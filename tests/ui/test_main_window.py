"""The main window as a user meets it: every bundled policy opens, item operations are single
undo steps, menus carry standard shortcuts, and the window reads well in a dark palette."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.sections import SECTION_KEYS
from app.paths import EXAMPLES, TEMPLATES
from app.ui.app import open_window
from app.ui.main_window import MainWindow

BUNDLED = sorted(TEMPLATES.glob("*.policy.yaml")) + sorted(EXAMPLES.glob("*.policy.yaml"))


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_every_bundled_policy_opens_and_every_item_shows(qtbot, path: Path) -> None:  # type: ignore[no-untyped-def]
    win = open_window(str(path))
    qtbot.addWidget(win)
    win.show()
    policy = win.bridge.policy
    win.navigator.select("policy")
    assert win.editors.section == "policy"
    for section in SECTION_KEYS:
        for item in getattr(policy, section):
            win.navigator.select(section, item.id)
            assert (win.editors.section, win.editors.item_id) == (section, item.id)
    assert not win.bridge.modified


def item_ids(win: MainWindow, section: str) -> list[str]:
    return [item.id for item in win.bridge.document.items(section)]


def test_add_duplicate_rename_are_one_undo_step_each(window: MainWindow) -> None:
    stack = window.bridge.undo_stack
    window.navigator.select("categories", "contact")
    window.actions_.add_named("categories", "contact.new_category", "New category")
    assert "contact.new_category" in item_ids(window, "categories")
    assert window.navigator.current()[1] == "contact.new_category"
    window.duplicate_action.trigger()
    assert "contact.new_category_copy" in item_ids(window, "categories")
    assert stack.count() == 2
    window.actions_.rename_to("categories", "contact", "person")
    assert {"person", "person.email", "person.new_category"} <= set(item_ids(window, "categories"))
    assert window.bridge.document.find("rules", "newsletter_email").categories == ["person.email"]
    assert stack.count() == 3
    stack.undo()
    assert window.bridge.document.find("rules", "newsletter_email").categories == ["contact.email"]
    stack.undo()
    stack.undo()
    assert item_ids(window, "categories") == ["contact", "contact.email", "location.precise"]
    assert not window.bridge.modified


def test_deleting_a_used_item_says_where_and_removes_uses_in_one_step(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        accept = next(b for b in box.buttons()
                      if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        monkeypatch.setattr(box, "clickedButton", lambda: accept)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window.navigator.select("categories", "contact.email")
    window.delete_action.trigger()
    assert shown and "rules newsletter_email" in shown[0] and "retention keep_email" in shown[0]
    assert "contact.email" not in item_ids(window, "categories")
    assert window.bridge.document.find("rules", "newsletter_email").categories == []
    assert window.bridge.undo_stack.count() == 1
    window.bridge.undo_stack.undo()
    assert window.bridge.document.find("rules", "newsletter_email").categories == ["contact.email"]
    assert window.bridge.document.find("retention", "keep_email").categories == ["contact.email"]


def test_cancelling_the_delete_changes_nothing(window: MainWindow,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # closed without a choice
    window.navigator.select("purposes", "marketing.newsletter")
    window.delete_action.trigger()
    assert "marketing.newsletter" in item_ids(window, "purposes")
    assert window.bridge.undo_stack.count() == 0


def test_unused_item_deletes_without_asking(window: MainWindow,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("asked"))
    window.navigator.select("subjects", "customer")
    window.delete_action.trigger()
    assert item_ids(window, "subjects") == []


def test_standard_shortcuts_and_tooltips(window: MainWindow) -> None:
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert "(F2)" in window.rename_action.toolTip()
    texts = [a.text() for a in window.menuBar().actions()]
    assert texts == ["&File", "&Edit", "&View", "&Policy", "&Help"]


def test_title_shows_file_and_modified_marker(window: MainWindow) -> None:
    assert window.windowTitle() == "ui.policy.yaml[*] - Policy Studio"
    assert not window.isWindowModified()
    window.bridge.set_field("categories", "contact", "name", "Contacts")
    assert window.isWindowModified()
    window.bridge.undo_stack.undo()
    assert not window.isWindowModified()


def test_dark_palette_renders_light_icons(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    original = app.palette()
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Base, "#2b2c2f"), (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.Button, "#303134"),
                         (QPalette.ColorRole.ButtonText, "#e8eaed")):
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    try:
        pixmap = window.add_action.icon().pixmap(48, 48)
        image = pixmap.toImage()
        lightest = max(QColor(image.pixel(x, y)).lightness()
                       for x in range(image.width()) for y in range(image.height())
                       if QColor(image.pixel(x, y)).alpha() > 200)
        assert lightest > 200  # strokes follow the palette's light text colour
    finally:
        app.setPalette(original)
