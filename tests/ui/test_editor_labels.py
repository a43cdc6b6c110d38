"""Every form labels and explains its fields with the words of the models and the sections."""

from __future__ import annotations

import typing

import pytest
from pydantic import BaseModel, Field
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QGroupBox

from app.domain.models import DataCategory
from app.domain.sections import SECTIONS, field_help, field_title, section_icon
from app.ui.bridge import DocumentBridge
from app.ui.editors.base import ItemEditor
from app.ui.editors.forms import EDITORS
from app.ui.editors.items import CategoryEditor
from app.ui.editors.tables import RecordTableField
from app.ui.navigator.model import NavigatorModel


def _owner(editor: ItemEditor, path: tuple[str, ...]) -> type[BaseModel]:
    """The model holding the field at ``path`` (contacts and automated decisions nest)."""
    model = editor.model
    for name in path[:-1]:
        annotation = model.model_fields[name].annotation
        model = next(a for a in (annotation, *typing.get_args(annotation))
                     if isinstance(a, type) and issubclass(a, BaseModel))
    return model


@pytest.mark.parametrize("section", sorted(EDITORS))
def test_each_form_uses_the_models_titles_and_help(qtbot, bridge: DocumentBridge,  # type: ignore[no-untyped-def]
                                                   section: str) -> None:
    editor = EDITORS[section](bridge)
    qtbot.addWidget(editor)
    assert {path[0] for path in editor.fields} == set(editor.model.model_fields), (
        "every field of the model has its line in the form")
    shown = {label.text() for label in editor.labels}
    # a field spanning its group (the translations table) is labelled by the group's title
    shown |= {f"{box.title()}:" for box in editor.findChildren(QGroupBox)}
    for path, field in editor.fields.items():
        model, name = _owner(editor, path), path[-1]
        assert field.label_text == field_title(model, name), path
        assert field_help(model, name).lower() in field.tip.lower(), path
        if not isinstance(field, RecordTableField):
            assert f"{field.label_text}:" in shown
        else:
            (record,) = typing.get_args(model.model_fields[name].annotation)  # list[Record]
            headers = [field.model.headerData(c, Qt.Orientation.Horizontal)
                       for c in range(field.model.columnCount())]
            assert headers == [field_title(record, c.field) for c in field.model.columns]


def test_each_form_takes_its_noun_icon_and_references_from_the_section_table() -> None:
    for info in SECTIONS:
        editor = EDITORS[info.key]
        assert (editor.kind, editor.icon_name, editor.model) == (info.noun, info.icon,
                                                                 info.model)
        assert set(editor.reference_sections) == {f.partition(".")[0] for s in SECTIONS
                                                  for owner, f in s.references
                                                  if owner == info.key}


class _Owned(DataCategory):
    owner: str = Field("", title="Owner", description="Who looks after this data.")


class _OwnedEditor(CategoryEditor):
    model = _Owned

    def build(self) -> None:
        super().build()
        self.add_text(self.group("Care"), "owner")


def test_a_new_field_needs_one_metadata_line_and_one_editor_line(  # type: ignore[no-untyped-def]
        qtbot, bridge: DocumentBridge) -> None:
    editor = _OwnedEditor(bridge)
    qtbot.addWidget(editor)
    owner = editor.fields[("owner",)]
    assert (owner.label_text, owner.tip) == ("Owner", "Who looks after this data.")
    assert "Owner:" in {label.text() for label in editor.labels}
    assert editor.kind == "Data category"


def test_the_navigator_heads_sections_with_their_titles(qapp, bridge: DocumentBridge) -> None:  # type: ignore[no-untyped-def]
    model = NavigatorModel(bridge)
    rows = [model.index(r, 0, QModelIndex()) for r in range(model.rowCount())]
    headings = [i.data(Qt.ItemDataRole.ToolTipRole) for i in rows[1:]]
    assert headings == [s.title for s in SECTIONS]
    assert all(section_icon(s.key) for s in SECTIONS)
