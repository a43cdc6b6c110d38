"""The navigator model: structure, labels, and staying current through undoable edits."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.models import DataCategory
from app.ui.bridge import DocumentBridge
from app.ui.navigator.model import ItemIdRole, KindRole, NavigatorModel


def labels(model: NavigatorModel, parent=None) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_model_passes_qtmodeltester(qtmodeltester, bridge: DocumentBridge) -> None:  # type: ignore[no-untyped-def]
    model = NavigatorModel(bridge)
    qtmodeltester.check(model)


def test_sections_with_counts_and_hierarchy(qapp, bridge: DocumentBridge) -> None:  # type: ignore[no-untyped-def]
    model = NavigatorModel(bridge)
    assert labels(model) == [
        "Policy: UI test policy", "Data categories (3)", "Data subjects (1)", "Recipients (0)",
        "Purposes (2)", "Use rules (2)", "Retention rules (1)", "Region groups (0)",
        "Expectations (0)"]
    cats = model.index_for("categories")
    assert labels(model, cats) == ["Contact details", "location"]
    contact = model.index_for("categories", "contact")
    assert labels(model, contact) == ["Email address"]
    group = model.index(1, 0, cats)
    assert group.data(KindRole) == "group"
    assert group.data(Qt.ItemDataRole.FontRole).italic()
    rules = labels(model, model.index_for("rules"))
    assert rules[0] == "Allow: Email address for Newsletter"
    assert rules[1].startswith("Deny: ") and "no_location_ads" not in rules[1]


def test_rules_and_retention_read_as_words_with_the_id_in_the_tooltip(qapp, bridge) -> None:  # type: ignore[no-untyped-def]
    model = NavigatorModel(bridge)
    retention = model.index(0, 0, model.index_for("retention"))
    assert retention.data() == "Email address: 2 years from collection"
    assert retention.data(Qt.ItemDataRole.ToolTipRole) == "keep_email"
    rule = model.index_for("rules", "newsletter_email")
    assert rule.data(Qt.ItemDataRole.ToolTipRole) == "newsletter_email"
    bridge.set_field("rules", "newsletter_email", "description", "Email for the\n newsletter.")
    assert rule.data() == "Allow: Email for the newsletter."


def test_model_follows_edits_undo_and_redo(qtmodeltester, bridge: DocumentBridge) -> None:  # type: ignore[no-untyped-def]
    model = NavigatorModel(bridge)
    bridge.add_item("categories", DataCategory(id="contact.phone", name="Phone number"))
    contact = model.index_for("categories", "contact")
    assert labels(model, contact) == ["Email address", "Phone number"]
    assert model.index_for("categories").data() == "Data categories (4)"
    bridge.set_field("categories", "contact.phone", "name", "Mobile number")
    assert model.index_for("categories", "contact.phone").data() == "Mobile number"
    bridge.apply(bridge.document.rename_edit("categories", "contact", "person", subtree=True))
    assert model.index_for("categories", "person.email").data(ItemIdRole) == "person.email"
    assert not model.index_for("categories", "contact.email").isValid()
    bridge.undo_stack.undo()
    assert model.index_for("categories", "contact.email").isValid()
    bridge.undo_stack.undo()
    bridge.undo_stack.undo()
    assert labels(model, model.index_for("categories", "contact")) == ["Email address"]
    bridge.undo_stack.redo()
    assert model.index_for("categories", "contact.phone").isValid()
    qtmodeltester.check(model)
