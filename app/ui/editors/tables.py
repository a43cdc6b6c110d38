"""Small editable tables of nested records (approvals, security measures).

The table model never changes the document: an edited cell becomes a request for a new list
of records, which the owning editor applies as one undo step (or refuses, with the reason).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import label
from app.domain.error_words import first_reason
from app.domain.i18n import translate
from app.ui.editors.fields import FieldEditor, in_sentence

Index = QModelIndex | QPersistentModelIndex
EditRole = Qt.ItemDataRole.EditRole


@dataclass(frozen=True)
class Column:
    """One column: the record field, its header and how it is edited."""

    field: str
    header: str
    kind: str = "text"
    """``text``, ``date``, ``choice``, ``codes`` (a list typed as ``DE, eea``) or ``readonly``."""
    choices: tuple[str, ...] = ()
    width: int = 0
    empty: str = ""
    """What an empty ``codes`` cell shows (e.g. what an empty list means)."""
    cell: Callable[[int, int], Any] | None = None
    """For a read-only column worked out elsewhere: (row, role) -> the cell's data."""


class RecordTableModel(QAbstractTableModel):
    """Rows of pydantic records, one column per field."""

    editRequested = Signal(int, str, object)
    """(row, field, new value) the person typed into a cell."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[BaseModel] = []

    def set_records(self, records: Sequence[BaseModel]) -> None:
        """Show ``records`` (a fresh copy of the document's list)."""
        if len(records) == len(self.records) and self.records:
            # Same rows: update in place, so an open cell editor is never pulled away.
            self.records = list(records)
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(records) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """One row per record."""
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """One column per field shown."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column's header text (also as its tooltip: a narrow column shortens it)."""
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole,
                                                                 Qt.ItemDataRole.ToolTipRole):
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The record's field as shown, as tooltip, or as the editor's value, for ``role``."""
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if column.cell is not None:
            return column.cell(index.row(), role)
        value = getattr(self.records[index.row()], column.field)
        if column.kind == "codes":
            text = ", ".join(str(v) for v in value or ())
            if role == Qt.ItemDataRole.DisplayRole:
                return text or column.empty
            return text if role == EditRole else (text or None) if role == (
                Qt.ItemDataRole.ToolTipRole) else None
        if role == EditRole:
            if isinstance(value, dt.date):
                return QDate(value.year, value.month, value.day)
            return "" if value is None else str(value)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if value is None or value == "":
                return "" if role == Qt.ItemDataRole.DisplayRole else None
            if isinstance(value, dt.date):
                return value.isoformat()
            if column.kind == "choice":
                return label(value)
            if column.field == "digest" and role == Qt.ItemDataRole.DisplayRole:
                return str(value)[:19] + "…"
            return str(value)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Cells are selectable, and editable unless their column is read-only."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.kind != "readonly" and column.cell is None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def refresh_column(self, field: str) -> None:
        """Show the cells of the column of ``field`` afresh (their data changed elsewhere)."""
        names = [c.field for c in self.columns]
        if field in names and self.records:
            column = names.index(field)
            self.dataChanged.emit(self.index(0, column),
                                  self.index(len(self.records) - 1, column))

    def setData(self, index: Index, value: Any, role: int = EditRole) -> bool:
        """Ask for an edited cell to be committed (:attr:`editRequested`), one undo step."""
        if not index.isValid() or role != EditRole or not (
                self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        if isinstance(value, QDate):
            value = dt.date(value.year(), value.month(), value.day())
        elif isinstance(value, str):
            value = value.strip()
            if self.columns[index.column()].kind == "codes":
                value = [code for code in re.split(r"[\s,;]+", value) if code]
        self.editRequested.emit(index.row(), self.columns[index.column()].field, value)
        return True


class RecordDelegate(QStyledItemDelegate):
    """Combos for choice columns and calendar date edits for dates."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        """A combo box for a choice column, the default editor otherwise."""
        column = self._columns[index.column()]
        if column.kind == "choice":
            combo = QComboBox(parent)
            for choice in column.choices:
                combo.addItem(label(choice), choice)
            combo.setAccessibleName(column.header)
            return combo
        if column.kind == "date":
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(column.header)
            return edit
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(column.header)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Load the cell's value into the editor."""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(EditRole)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        """Commit the editor's value to the cell."""
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), EditRole)
        else:
            super().setModelData(editor, model, index)


def header_width(header: QHeaderView, column: Column) -> int:
    """The width ``column``'s header words need (a German or French header is longer)."""
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return header.fontMetrics().horizontalAdvance(column.header) + 4 * margin


class RecordTableField(FieldEditor):
    """A table of records with Add and Remove buttons; every change is one request."""

    def __init__(self, label_text: str, tip: str, record_type: type[BaseModel],
                 columns: Sequence[Column], new_record: Callable[[list[BaseModel]], BaseModel],
                 *, check: Callable[[list[BaseModel]], str | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, parent)
        self._type = record_type
        self._new_record = new_record
        self._check = check
        self.model = RecordTableModel(columns, self)
        self.model.editRequested.connect(self._edit)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(RecordDelegate(columns, self.view))
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        for number, column in enumerate(columns):
            if column.width:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(number, max(column.width, header_width(header, column)))
        header.setStretchLastSection(True)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.describe(self.view, tip=translate(
            "editor", "{help}\nDouble-click or press F2 to edit a cell.").format(help=tip).strip())
        column_box = QVBoxLayout()
        column_box.setContentsMargins(0, 0, 0, 0)
        column_box.addWidget(self.view)
        buttons = QHBoxLayout()
        field = in_sentence(label_text)
        self.add_button = QPushButton(translate("editor", "Add"), self)
        self.describe(self.add_button, translate("editor", "Add to {field}").format(field=field),
                      translate("editor", "Add a row to {field}.").format(field=field))
        self.remove_button = QPushButton(translate("editor", "Remove"), self)
        self.describe(self.remove_button,
                      translate("editor", "Remove from {field}").format(field=field),
                      translate("editor", "Remove the selected rows."))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column_box.addLayout(buttons)
        self.body.addLayout(column_box, 1)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_height)
        self.model.modelReset.connect(self._fit_height)
        self.model.dataChanged.connect(lambda *_a: self._fit_timer.start())
        self.view.horizontalHeader().sectionResized.connect(lambda *_a: self._fit_timer.start())
        self.view.installEventFilter(self)
        self._update_buttons()

    def inputs(self) -> list[QWidget]:
        """The table and its add and remove buttons."""
        return [self.view, self.add_button, self.remove_button]

    def _show(self, value: Any) -> None:
        self.model.set_records(list(value or []))
        self._update_buttons()

    def _fit_height(self) -> None:
        self.view.resizeRowsToContents()
        rows = sum(self.view.rowHeight(r) for r in range(self.model.rowCount()))
        empty = self.view.verticalHeader().defaultSectionSize() if not rows else 0
        frame = 2 * self.view.frameWidth()
        header = self.view.horizontalHeader()
        # Columns wider than the table bring a horizontal scroll bar: leave room for it, so
        # that it never covers the last row.
        bar = self.view.horizontalScrollBar()
        scrolling = header.length() > self.view.viewport().width()
        extra = bar.sizeHint().height() if scrolling else 0
        self.view.setFixedHeight(header.height() + rows + empty + frame + extra + 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit the columns (later, once) when the table is resized."""
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._fit_timer.start()
        return super().eventFilter(watched, event)

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())

    def _request(self, records: list[BaseModel]) -> None:
        reason = self._check(records) if self._check else None
        if reason:
            self.show_error(reason)
            return
        self.emit(records)

    def _edit(self, row: int, field: str, value: Any) -> None:
        records = list(self.model.records)
        data = records[row].model_dump(exclude_unset=True)
        data[field] = value
        try:
            records[row] = self._type.model_validate(data)
        except ValidationError as exc:
            self.show_error(first_reason(exc, self._type))
            return
        self._request(records)

    def add_row(self) -> None:
        """Append a new record and start editing its first column."""
        records = [*self.model.records, self._new_record(list(self.model.records))]
        self._request(records)
        row = self.model.rowCount() - 1
        if row >= 0 and len(self.model.records) == len(records):
            index = self.model.index(row, self._first_editable())
            self.view.setCurrentIndex(index)
            if self.view.isVisible():
                self.view.edit(index)

    def _first_editable(self) -> int:
        """The first column a person types into (a state column may come before it)."""
        kinds = [(c.kind, c.cell) for c in self.model.columns]
        return next((n for n, (kind, cell) in enumerate(kinds)
                     if kind != "readonly" and cell is None), 0)

    def remove_selected(self) -> None:
        """Remove the selected rows (one request)."""
        rows = {index.row() for index in self.view.selectionModel().selectedRows()}
        if rows:
            self._request([r for n, r in enumerate(self.model.records) if n not in rows])

    def focus_input(self, index: int | None = None) -> QWidget | None:
        """Focus the table, on row ``index`` when given."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if index is not None and 0 <= index < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(index, 0))
        return self.view

    def focus_cell(self, row: int, field: str) -> None:
        """Make the cell of ``field`` in ``row`` current."""
        names = [c.field for c in self.model.columns]
        column = names.index(field) if field in names else 0
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, column))


def repeated(records: Sequence[BaseModel], key: str) -> list[str]:
    """The values of ``key`` that more than one of ``records`` holds, sorted."""
    values = [getattr(r, key, "") for r in records]
    return sorted({v for v in values if values.count(v) > 1})


class MappingTableField(FieldEditor):
    """A mapping edited as a table, one record a row; commits the whole mapping (one step).

    ``rows`` turns the mapping into records, ``mapping`` the records back into it.
    """

    def __init__(self, label_text: str, tip: str, record_type: type[BaseModel],
                 columns: Sequence[Column], new_record: Callable[[list[BaseModel]], BaseModel],
                 *, check: Callable[[list[BaseModel]], str | None],
                 rows: Callable[[dict[str, Any]], list[BaseModel]],
                 mapping: Callable[[list[Any]], dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, parent)
        self._rows = rows
        self.table = RecordTableField(label_text, tip, record_type, columns, new_record,
                                      check=check, parent=self)
        self.model = self.table.model
        self.body.addWidget(self.table, 1)
        self.table.committed.connect(lambda records: self.emit(mapping(records)))

    def inputs(self) -> list[QWidget]:
        """The table and its buttons."""
        return self.table.inputs()

    def _show(self, value: Any) -> None:
        self.table.set_value(self._rows(value or {}))

    @property
    def error(self) -> str:
        """The table's reason or the field's own (an edit the document refused)."""
        return self.table.error or super().error

    def add_row(self) -> None:
        """Add a row."""
        self.table.add_row()

    def focus_input(self, index: int | None = None) -> QWidget | None:
        """Focus the table."""
        return self.table.focus_input(index)
