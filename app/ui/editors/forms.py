"""The form for each section of a policy ("policy" is the metadata)."""

from __future__ import annotations

from app.ui.editors.base import ItemEditor
from app.ui.editors.expectations import ExpectationEditor
from app.ui.editors.items import CategoryEditor, PurposeEditor, RecipientEditor, SubjectEditor
from app.ui.editors.metadata import MetadataEditor
from app.ui.editors.region_groups import RegionGroupEditor
from app.ui.editors.rules import RetentionEditor, UseRuleEditor

EDITORS: dict[str, type[ItemEditor]] = {
    editor.section: editor
    for editor in (MetadataEditor, CategoryEditor, SubjectEditor, RecipientEditor,
                   PurposeEditor, UseRuleEditor, RetentionEditor, RegionGroupEditor,
                   ExpectationEditor)
}

__all__ = [
    "EDITORS",
    "CategoryEditor",
    "ExpectationEditor",
    "ItemEditor",
    "MetadataEditor",
    "PurposeEditor",
    "RecipientEditor",
    "RegionGroupEditor",
    "RetentionEditor",
    "SubjectEditor",
    "UseRuleEditor",
]
