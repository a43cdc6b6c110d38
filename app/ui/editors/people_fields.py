"""Form fields about people and data: ages, a category's sources, external identifiers."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field
from PySide6.QtWidgets import QFormLayout, QWidget

from app.domain.enums import CcpaCategory, SourceKind
from app.domain.i18n import translate
from app.domain.models import Source
from app.ui.editors.base import ItemEditor
from app.ui.editors.choice_fields import EnumCombo
from app.ui.editors.fields import LineField
from app.ui.editors.tables import Column, MappingTableField, RecordTableField, repeated

MAX_AGE = 150


def check_age(text: str) -> str | None:
    """Why ``text`` is not an age in years (empty is fine: not known)."""
    if text and not (text.isdigit() and int(text) <= MAX_AGE):
        return translate("editor", "'{text}' is not an age: use a whole number of years from 0 "
                         "to {max}").format(text=text, max=MAX_AGE)
    return None


class AgeField(LineField):
    """An age in whole years, or empty when not known; commits a number or None."""

    def __init__(self, label_text: str, tip: str = "", *, placeholder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, placeholder=placeholder, check=check_age,
                         empty_is_none=True, parent=parent)
        self.edit.setMaximumWidth(70)
        self.body.addStretch(1)

    def emit(self, value: Any) -> None:
        """Ask for the age as a number (None when empty)."""
        super().emit(int(value) if isinstance(value, str) and value else value)


class ExternalId(BaseModel):
    """One row of the external ids table: a scheme and the id in it."""

    scheme: str = Field("", title="Scheme", pattern=r"^[a-z][a-z0-9_]{0,31}$")
    value: str = Field("", title="Identifier", min_length=1)


SCHEMES = ("dpv", "fides")


def _new_external_id(records: list[BaseModel]) -> ExternalId:
    used = {getattr(r, "scheme", "") for r in records}
    scheme = next((s for s in SCHEMES if s not in used), f"other{len(records) + 1}")
    return ExternalId(scheme=scheme, value="?")


def _unique_schemes(records: list[BaseModel]) -> str | None:
    twice = repeated(records, "scheme")
    return translate("editor", "each scheme once: {schemes} is listed twice").format(
        schemes=", ".join(twice)) if twice else None


class ExternalIdsField(MappingTableField):
    """``external_ids`` as a scheme/identifier table; commits the mapping (one undo step)."""

    def __init__(self, label_text: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(
            label_text, tip, ExternalId,
            [Column("scheme", translate("editor", "Scheme"), width=110),
             Column("value", translate("editor", "Identifier (e.g. pd:EmailAddress, "
                                                 "user.contact.email)"))],
            _new_external_id, check=_unique_schemes,
            rows=lambda value: [ExternalId(scheme=k, value=v) for k, v in value.items()],
            mapping=lambda records: {r.scheme: r.value for r in records}, parent=parent)


def _new_source(records: list[BaseModel]) -> Source:
    return Source(kind=SourceKind.DATA_SUBJECT if not records else SourceKind.THIRD_PARTY)


def add_sources(editor: ItemEditor, form: QFormLayout) -> None:
    """The category's sources (kind and name) as a table, and its CCPA category."""
    editor.add(form, "sources", RecordTableField(
        *editor.words("sources"), Source,
        [Column("kind", editor.label("kind", Source), "choice",
                tuple(str(k) for k in SourceKind), width=150),
         Column("name", editor.label("name", Source))], _new_source), span=True)
    editor.add(form, "ccpa_category", EnumCombo(
        *editor.words("ccpa_category"), list(CcpaCategory), optional=True,
        none_text=translate("editor", "not stated")))


def add_ages(editor: ItemEditor, form: QFormLayout) -> None:
    """The subject's youngest and oldest ages."""
    editor.add(form, "age_min", AgeField(*editor.words("age_min"),
                                         placeholder=translate("editor", "e.g. 13")))
    editor.add(form, "age_max", AgeField(*editor.words("age_max"),
                                         placeholder=translate("editor", "e.g. 17")))


def add_external_ids(editor: ItemEditor, form: QFormLayout) -> None:
    """The item's external identifiers, as a row of ``form``."""
    editor.add(form, "external_ids", ExternalIdsField(*editor.words("external_ids")))

