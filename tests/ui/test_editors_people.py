"""Subjects' ages, categories' sources and CCPA category, and external ids in the forms."""

from __future__ import annotations

import pytest

from app.domain.enums import CcpaCategory, SourceKind
from app.domain.models import Source
from app.ui.bridge import DocumentBridge
from app.ui.editors.forms import EDITORS
from app.ui.editors.people_fields import ExternalIdsField
from app.ui.editors.tables import RecordTableField
from tests.ui.test_editors_items import type_line


@pytest.fixture
def make_editor(qtbot, bridge: DocumentBridge):  # type: ignore[no-untyped-def]
    """``make(section, item_id)``: the form of that item, shown."""
    def make(section: str, item_id: str):  # type: ignore[no-untyped-def]
        qtbot.addWidget(editor := EDITORS[section](bridge))
        editor.show_item(item_id)
        editor.show()
        return editor
    return make


def test_ages_commit_numbers_refuse_words_and_follow_undo(
        qtbot, bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("subjects", "customer")
    youngest = editor.fields[("age_min",)]
    type_line(qtbot, youngest, "13")
    assert bridge.document.find("subjects", "customer").age_min == 13
    assert bridge.undo_stack.count() == 1
    type_line(qtbot, youngest, "thirteen")
    assert "not an age" in youngest.error
    assert bridge.document.find("subjects", "customer").age_min == 13
    type_line(qtbot, youngest, "")
    assert bridge.document.find("subjects", "customer").age_min is None
    bridge.undo_stack.undo()
    assert youngest.edit.text() == "13"
    bridge.set_field("subjects", "customer", "age_max", 17)
    assert editor.fields[("age_max",)].edit.text() == "17"


def test_sources_table_and_ccpa_category(bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("categories", "contact.email")
    table: RecordTableField = editor.fields[("sources",)]
    table.add_row()
    table.add_row()
    sources = bridge.document.find("categories", "contact.email").sources
    assert [s.kind for s in sources] == [SourceKind.DATA_SUBJECT, SourceKind.THIRD_PARTY]
    model = table.model
    assert model.setData(model.index(1, 1), "Acme List Brokers")
    model.setData(model.index(1, 0), "public_source")
    sources = bridge.document.find("categories", "contact.email").sources
    assert sources[1] == Source(kind="public_source", name="Acme List Brokers")
    assert model.index(1, 0).data() == "public source"
    assert bridge.undo_stack.count() == 4
    combo = editor.fields[("ccpa_category",)]
    combo.combo.setCurrentIndex(combo.combo.findData(CcpaCategory.IDENTIFIERS))
    assert bridge.document.find("categories", "contact.email").ccpa_category == "identifiers"


def test_external_ids_table_commits_a_mapping(bridge: DocumentBridge, make_editor) -> None:  # type: ignore[no-untyped-def]
    editor = make_editor("categories", "contact.email")
    table: ExternalIdsField = editor.fields[("external_ids",)]
    table.add_row()
    model = table.model
    assert model.setData(model.index(0, 1), "pd:EmailAddress")
    table.add_row()
    assert model.setData(model.index(1, 1), "user.contact.email")
    found = bridge.document.find("categories", "contact.email").external_ids
    assert found == {"dpv": "pd:EmailAddress", "fides": "user.contact.email"}
    model.setData(model.index(1, 0), "dpv")
    assert "listed twice" in table.error
    model.setData(model.index(1, 0), "Bad Scheme")
    assert bridge.document.find("categories", "contact.email").external_ids == found
    bridge.set_field("categories", "contact.email", "external_ids", {"other": "X-1"})
    assert model.rowCount() == 1 and model.index(0, 1).data() == "X-1"
    for section, item in (("subjects", "customer"), ("purposes", "marketing")):
        assert isinstance(make_editor(section, item).fields[("external_ids",)],
                          ExternalIdsField)
