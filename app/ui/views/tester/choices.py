"""Searchable combo boxes over the declared items of one section."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.domain import ids
from app.domain.i18n import translate
from app.domain.requests import id_value_problem

IdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def choice_text(item_id: str, name: str) -> str:
    """``Email address (contact.email)``: the name first, then the id.

    The id is left out when it only repeats the name (``Newsletter`` for ``newsletter``); an
    item without a name shows its id.
    """
    if not name:
        return item_id
    if _slug(name) in (item_id, item_id.rsplit(".", 1)[-1]):
        return name
    return f"{name} ({item_id})"


def _slug(name: str) -> str:
    return "_".join("".join(c if c.isalnum() else " " for c in name.lower()).split())


class ChoiceModel(QAbstractListModel):
    """Declared items by name, the id after it (:func:`choice_text`); maybe an empty row first."""

    def __init__(self, optional: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._optional = optional
        self._rows: list[tuple[str, str, str]] = [("", "", "")] if optional else []

    @property
    def choices(self) -> list[tuple[str, str, str]]:
        """(id, name, description) of every row."""
        return list(self._rows)

    def set_choices(self, rows: Sequence[tuple[str, str, str]]) -> bool:
        """Show ``rows``; returns False (and does nothing) when they are already shown."""
        new = ([("", "", "")] if self._optional else []) + list(rows)
        if new == self._rows:
            return False
        self.beginResetModel()
        self._rows = new
        self.endResetModel()
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """One row per declared id."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the row of a declared id shows or holds for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item_id, name, description = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return choice_text(item_id, name)
        if role == IdRole:
            return item_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return description or name or item_id or translate("tester choices",
                                                                "Leave empty for none")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if not item_id:
                return translate("tester choices", "none")
            return translate("tester choices", "{name}, id {id}").format(name=name or item_id,
                                                                          id=item_id)
        return None


def item_rows(items: Sequence[Any]) -> list[tuple[str, str, str]]:
    """(id, name, description) of declared items, parents before children."""
    ordered = sorted(items, key=lambda item: tuple(item.id.split(".")))
    seen: dict[str, tuple[str, str, str]] = {}
    for item in ordered:
        seen.setdefault(item.id, (item.id, getattr(item, "name", "") or "",
                                  getattr(item, "description", "") or ""))
    return list(seen.values())


class ChoiceCombo(QComboBox):
    """An editable combo: type part of a name or id to find a declared item.

    ``empty`` says what leaving an optional field empty means ("" for a required field).

    :meth:`value` is the id chosen (by its shown text or its name) or typed, or None when empty.
    """

    valueChanged = Signal()

    def __init__(self, name: str, tip: str, empty: str,
                 parent: QWidget | None = None, *, key: str = "id") -> None:
        super().__init__(parent)
        self.key = key
        """The request key this combo fills (``category``, ``purpose``...)."""
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.choice_model = ChoiceModel(bool(empty), self)
        self.setModel(self.choice_model)
        completer = QCompleter(self.choice_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setAccessibleName(name)
        self.setToolTip(tip)
        self.lineEdit().setPlaceholderText(empty or translate("tester choices",
                                                              "type a name or an id"))
        self.lineEdit().setAccessibleName(name)
        self.editTextChanged.connect(lambda _text: self.valueChanged.emit())

    def set_choices(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """Offer ``rows``, keeping what is typed."""
        text = self.currentText()
        self.blockSignals(True)
        try:
            if self.choice_model.set_choices(rows):
                self.setCurrentIndex(-1)
                self.setEditText(text)
        finally:
            self.blockSignals(False)

    def value(self) -> str | None:
        """The chosen id, or None when nothing is typed."""
        text = " ".join(self.currentText().split())
        if not text:
            return None
        folded = text.casefold()
        for item_id, name, _description in self.choice_model.choices:
            if item_id and folded in (choice_text(item_id, name).casefold(), name.casefold()):
                return item_id
        if text.endswith(")") and "(" in text:  # "Name (id)" of an item not (yet) declared
            return text[text.rindex("(") + 1:-1].strip() or None
        return text

    def set_value(self, item_id: str | None) -> None:
        """Choose ``item_id`` (shown with its name when declared)."""
        for row, (known, _name, _description) in enumerate(self.choice_model.choices):
            if known == (item_id or ""):
                self.setCurrentIndex(row)
                self.setEditText(self.itemText(row))
                self.lineEdit().setCursorPosition(0)  # the name, not the id, when cut short
                return
        self.setEditText(item_id or "")

    def problem(self) -> str | None:
        """Why the typed value cannot be asked about, or None."""
        value = self.value()
        return None if value is None else id_value_problem(self.key, value)

    def declared(self) -> bool:
        """True when the value (or one of its ancestors) is declared."""
        value = self.value()
        known = {row[0] for row in self.choice_model.choices if row[0]}
        return value is None or any(i in known for i in ids.lineage(value))
