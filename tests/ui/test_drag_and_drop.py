"""Dragging items: re-parenting in the navigator, and dropping references onto a rule form."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from app.ui.dnd import dropped_items, items_mime
from app.ui.main_window import MainWindow


def category_ids(win: MainWindow) -> list[str]:
    return [c.id for c in win.bridge.policy.categories]


def test_mime_round_trip() -> None:
    mime = items_mime([("categories", "contact.email"), ("purposes", "marketing")])
    assert dropped_items(mime) == [("categories", "contact.email"), ("purposes", "marketing")]
    assert mime.text() == "contact.email\nmarketing"
    assert dropped_items(QMimeData()) == []


def test_navigator_drags_items_not_sections(window: MainWindow) -> None:
    model = window.navigator.model
    item = model.index_for("categories", "contact.email")
    section = model.index_for("categories")
    assert model.flags(item) & Qt.ItemFlag.ItemIsDragEnabled
    assert not model.flags(section) & Qt.ItemFlag.ItemIsDragEnabled
    assert dropped_items(model.mimeData([item, section])) == [("categories", "contact.email")]


def test_dropping_a_category_on_another_reparents_it_with_its_uses(window: MainWindow) -> None:
    model = window.navigator.model
    mime = items_mime([("categories", "contact.email")])
    target = model.index_for("categories", "location.precise")
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, target)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, target)
    assert "location.precise.email" in category_ids(window)
    rule = window.bridge.document.find("rules", "newsletter_email")
    assert rule.categories == ["location.precise.email"]
    assert window.bridge.document.find("retention", "keep_email").categories == [
        "location.precise.email"]
    assert window.bridge.undo_stack.count() == 1
    window.bridge.undo_stack.undo()
    assert "contact.email" in category_ids(window)
    assert rule.categories == ["contact.email"]


def test_dropping_on_the_section_moves_to_the_top_level(window: MainWindow) -> None:
    model = window.navigator.model
    mime = items_mime([("categories", "contact.email")])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0,
                              model.index_for("categories"))
    assert "email" in category_ids(window)


def test_refused_drops(window: MainWindow) -> None:
    model = window.navigator.model
    parent_on_child = items_mime([("categories", "contact")])
    assert not model.canDropMimeData(parent_on_child, Qt.DropAction.MoveAction, -1, 0,
                                     model.index_for("categories", "contact.email"))
    other_section = items_mime([("purposes", "marketing")])
    assert not model.canDropMimeData(other_section, Qt.DropAction.MoveAction, -1, 0,
                                     model.index_for("categories", "contact"))
    assert not model.canDropMimeData(parent_on_child, Qt.DropAction.MoveAction, -1, 0,
                                     model.index_for("rules"))


def drop_on(widget, mime: QMimeData) -> QDropEvent:  # type: ignore[no-untyped-def]
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    drop.ignore()
    widget.dropEvent(drop)  # what Qt calls once the drag has entered and moved over the form
    return drop


def test_dropping_items_on_a_rule_form_adds_references_in_one_step(window: MainWindow) -> None:
    window.navigator.select("rules", "newsletter_email")
    form = window.editors.editor_for("rules")
    mime = items_mime([("categories", "contact"), ("subjects", "customer"),
                       ("categories", "contact.email")])
    drop = drop_on(form, mime)
    assert drop.isAccepted()
    rule = window.bridge.document.find("rules", "newsletter_email")
    assert rule.categories == ["contact.email", "contact"]
    assert rule.subjects == ["customer"]
    assert window.bridge.undo_stack.count() == 1
    window.bridge.undo_stack.undo()
    assert rule.categories == ["contact.email"] and rule.subjects == []


def test_a_rule_form_refuses_what_it_cannot_use(window: MainWindow) -> None:
    window.navigator.select("retention", "keep_email")
    form = window.editors.editor_for("retention")
    drop = drop_on(form, items_mime([("subjects", "customer")]))
    assert not drop.isAccepted()
    assert window.bridge.undo_stack.count() == 0
