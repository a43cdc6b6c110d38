"""The Translations group: an item's name and description in other languages.

A table of language, name and description (German and French are offered first); every change
commits the whole ``translations`` mapping, so it is one undo step. The group starts collapsed:
its checkbox title opens it.
"""

from __future__ import annotations

from pydantic import BaseModel, Field
from PySide6.QtWidgets import QGroupBox, QWidget

from app.domain.i18n import translate
from app.domain.models import LANGUAGE_PATTERN, TitleTranslation, Translation
from app.ui.editors.base import ItemEditor
from app.ui.editors.tables import Column, MappingTableField, repeated

OFFERED = ("de", "fr")
"""Languages a new row proposes, in order (the languages the documents speak)."""


class TranslationRow(BaseModel):
    """One row of the table: a language and the item's texts in it."""

    language: str = Field("", title="Language", pattern=LANGUAGE_PATTERN)
    name: str = Field("", title="Name", max_length=20_000)
    description: str = Field("", title="Description", max_length=20_000)


def _new_row(records: list[BaseModel]) -> TranslationRow:
    used = {getattr(r, "language", "") for r in records}
    return TranslationRow(language=next((c for c in OFFERED if c not in used), "it"))


def _unique_languages(records: list[BaseModel]) -> str | None:
    twice = repeated(records, "language")
    return translate("editor", "each language once: {languages} is listed twice").format(
        languages=", ".join(twice)) if twice else None


class TranslationsField(MappingTableField):
    """``translations`` as a language/name/description table; commits the mapping.

    With ``title`` the texts are the policy's title and description (its metadata).
    """

    def __init__(self, label_text: str, tip: str, *, title: bool = False,
                 parent: QWidget | None = None) -> None:
        kind: type[Translation | TitleTranslation] = TitleTranslation if title else Translation
        key = "title" if title else "name"
        super().__init__(
            label_text, tip, TranslationRow,
            [Column("language", translate("editor", "Language (de, fr)"), width=110),
             Column("name", translate("editor", "Title") if title
                    else translate("editor", "Name"), width=220),
             Column("description", translate("editor", "Description"))],
            _new_row, check=_unique_languages,
            rows=lambda value: [TranslationRow(language=code, name=getattr(t, key),
                                               description=t.description)
                                for code, t in value.items()],
            mapping=lambda records: {r.language: kind(
                **{key: r.name, "description": r.description}) for r in records},
            parent=parent)


def add_translations(editor: ItemEditor, *, title: bool = False) -> TranslationsField:
    """The Translations group, collapsed until its title is ticked.

    With ``title`` it holds the policy's title and description (the metadata form).
    """
    form = editor.group(translate("editor", "Translations"))
    field = TranslationsField(*editor.words("translations"), title=title)
    editor.add(form, "translations", field, span=True)
    box = form.parentWidget()
    if isinstance(box, QGroupBox):
        box.setAccessibleName(translate("editor", "Translations"))
        box.setAccessibleDescription(translate(
            "editor", "Tick to show the names and descriptions in other languages"))
        box.setCheckable(True)
        box.setChecked(False)
        field.setVisible(False)
        box.toggled.connect(field.setVisible)
    return field
