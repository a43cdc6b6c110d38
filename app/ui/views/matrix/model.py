"""The use matrix as a lazy table model: categories as rows, purposes as columns.

Nothing is computed up front: :meth:`MatrixModel.data` asks the evaluator for the cells the
view paints, and the evaluator caches them until the document or the filters change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from app.domain.edits import Change
from app.domain.enums import label
from app.domain.i18n import translate
from app.domain.matrix import (
    MIXED,
    NO_RULE,
    SHORT_TEXT,
    SOME,
    STATE_TEXT,
    Cell,
    Evaluator,
    Filters,
)
from app.domain.matrix_axis import Axis, Entry
from app.domain.matrix_reach import Reach, internal_recipients, reach
from app.domain.sections import CATEGORIES, PURPOSES
from app.storage.resources import default_weights, region_catalogue
from app.ui.bridge import DocumentBridge
from app.ui.engine_cache import current_engine
from app.ui.views.matrix.colours import band_background
from app.ui.views.matrix.who import brief
from app.ui.views.words import band_label

COMPACT_BELOW = 60
"""Columns narrower than this show each cell's mark without its word."""
CellRole = Qt.ItemDataRole.UserRole + 1
EntryRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_AXIS_SECTIONS = (CATEGORIES, PURPOSES)


class MatrixModel(QAbstractTableModel):
    """Decisions for every visible (category row, purpose column), computed on demand."""

    def __init__(self, bridge: DocumentBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.filters = Filters()
        self._evaluator: Evaluator | None = None
        self._internal: frozenset[str] | None = None
        self.rows, self.cols = self._axes()
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self.compact = False
        """Cells show their mark only (✓, ◐, ✗...), for narrow columns."""
        bridge.changed.connect(self._on_change)
        bridge.reset.connect(self._on_reset)

    # -- state -------------------------------------------------------------------------------
    def _axes(self, old: tuple[Axis, Axis] | None = None) -> tuple[Axis, Axis]:
        policy = self._bridge.policy
        rows = Axis([c.id for c in policy.categories], {c.id: c.name for c in policy.categories},
                    old[0].collapsed if old else ())
        cols = Axis([p.id for p in policy.purposes], {p.id: p.name for p in policy.purposes},
                    old[1].collapsed if old else ())
        return rows, cols

    @property
    def evaluator(self) -> Evaluator:
        """The evaluator for the current document and filters (built on first use)."""
        if self._evaluator is None:
            self._evaluator = Evaluator(self._bridge.policy, default_weights(), self.filters,
                                        region_catalogue(),
                                        current_engine(self._bridge.document))
        return self._evaluator

    def set_filters(self, filters: Filters) -> None:
        """Ask every cell again with ``filters``."""
        if filters == self.filters:
            return
        self.filters = filters
        if self._evaluator is not None:
            self._evaluator.set_filters(filters)
        self._refresh_cells()

    def set_cell_width(self, width: int) -> None:
        """Show marks only when columns are narrower than :data:`COMPACT_BELOW`."""
        compact = width < COMPACT_BELOW
        if compact != self.compact:
            self.compact = compact
            self._refresh_cells()

    def _refresh_cells(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _on_change(self, change: Change) -> None:
        self._evaluator = None
        self._internal = None
        sections = {section for section, _ in change.touched} | {change.section}
        if sections & set(_AXIS_SECTIONS) or (change.kind == "batch" and not change.touched):
            rows, cols = self._axes((self.rows, self.cols))
            if _shape(rows) != _shape(self.rows) or _shape(cols) != _shape(self.cols):
                self.beginResetModel()
                self.rows, self.cols = rows, cols
                self.endResetModel()
                return
            self.rows, self.cols = rows, cols
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, len(rows) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(cols) - 1))
        self._refresh_cells()

    def _on_reset(self) -> None:
        self.beginResetModel()
        self._evaluator = None
        self._internal = None
        self.rows, self.cols = self._axes()
        self.endResetModel()

    # -- collapsing --------------------------------------------------------------------------
    def set_collapsed(self, orientation: Qt.Orientation, item_id: str, collapsed: bool) -> bool:
        """Fold or unfold a row group (vertical) or column group (horizontal)."""
        axis = self.rows if orientation == Qt.Orientation.Vertical else self.cols
        if not axis.is_group(item_id) or (item_id in axis.collapsed) == collapsed:
            return False
        self.beginResetModel()
        changed = axis.set_collapsed(item_id, collapsed)
        self.endResetModel()
        return changed

    def set_all_collapsed(self, collapsed: bool) -> None:
        """Fold every top-level group on both axes, or unfold everything."""
        self.beginResetModel()
        self.rows.set_all(collapsed)
        self.cols.set_all(collapsed)
        self.endResetModel()

    # -- lookups -----------------------------------------------------------------------------
    def row_entry(self, row: int) -> Entry:
        """The category entry shown in ``row``."""
        return self.rows.entries[row]

    def col_entry(self, column: int) -> Entry:
        """The purpose entry shown in ``column``."""
        return self.cols.entries[column]

    def cell(self, index: Index) -> Cell:
        """The cell at ``index``."""
        row, col = self.rows.entries[index.row()], self.cols.entries[index.column()]
        return self.evaluator.cell(row.id, row.members, col.id, col.members)

    def reach(self, index: Index) -> Reach | None:
        """Whom and with whom a partly allowed single pair is allowed (else None)."""
        cell = self.cell(index)
        if cell.state != SOME or cell.spread is None:
            return None
        if self._internal is None:
            self._internal = internal_recipients(self._bridge.policy)
        return reach(cell.spread, self._internal)

    def index_of(self, category: str, purpose: str) -> QModelIndex:
        """The index showing (``category``, ``purpose``), or an invalid index."""
        row, col = self.rows.position(category), self.cols.position(purpose)
        return QModelIndex() if row is None or col is None else self.index(row, col)

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """One row per category."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """One column per purpose."""
        return 0 if parent.isValid() else len(self.cols)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Cells are selectable and take dropped items; so does the empty table."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDropEnabled)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the cell shows or holds for ``role``."""
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            state = self.cell(index).state
            found = self.reach(index)
            if found is not None:
                return found.mark() if self.compact else found.words()
            if self.compact:
                short = translate("matrix", SHORT_TEXT[state])
                return "≠" if state == MIXED else short.split(" ")[0]
            return translate("matrix", SHORT_TEXT[state])
        if role == Qt.ItemDataRole.BackgroundRole:
            band = self.cell(index).band
            return QBrush(band_background(band)) if band else None
        if role == Qt.ItemDataRole.ForegroundRole:
            palette = QGuiApplication.palette()
            dim = self.cell(index).state == NO_RULE
            return QBrush(palette.color(QPalette.ColorRole.PlaceholderText if dim
                                        else QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            row, col = self.rows.entries[index.row()], self.cols.entries[index.column()]
            return self._italic if row.summary or col.summary else None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(index)
        if role == CellRole:
            return self.cell(index)
        return None

    def describe(self, index: Index) -> str:
        """One sentence for a cell: the pair, the state and the band."""
        row, col = self.rows.entries[index.row()], self.cols.entries[index.column()]
        cell = self.cell(index)
        text = translate("matrix", "{category} for {purpose}: {state}").format(
            category=self.rows.label(row.id), purpose=self.cols.label(col.id),
            state=translate("matrix", STATE_TEXT[cell.state]))
        found = self.reach(index)
        if found is not None and cell.spread is not None:
            text += translate("matrix", ", {words} ({spread})").format(
                words=found.words(), spread=brief(cell.spread))
        if cell.band:
            if cell.spread is not None and cell.spread.combinations > 1:
                text += translate("matrix", ", at most {band} intrusiveness").format(
                    band=band_label(cell.band))
            else:
                text += translate("matrix", ", {band} intrusiveness").format(
                    band=band_label(cell.band))
        if row.summary or col.summary:
            text += translate("matrix", " (%n pairs checked)", None, cell.pairs)
        return text

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The category (row) or purpose (column) heading, tooltip or font, for ``role``."""
        axis = self.rows if orientation == Qt.Orientation.Vertical else self.cols
        if not 0 <= section < len(axis):
            return None
        entry = axis.entries[section]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = ("▸ " if entry.collapsed else "▾ ") if entry.has_children else ""
            indent = "    " * entry.depth if orientation == Qt.Orientation.Vertical else ""
            return f"{indent}{mark}{axis.label(entry.id)}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if orientation == Qt.Orientation.Vertical:
                text = translate("matrix", "{name} (category {id})")
            else:
                text = translate("matrix", "{name} (purpose {id})")
            text = text.format(name=axis.label(entry.id), id=entry.id)
            if not entry.declared:
                text += translate("matrix", ", a group nobody declared")
            if entry.has_children:
                text += (translate("matrix", ", click to expand") if entry.collapsed
                         else translate("matrix", ", click to collapse"))
            if orientation == Qt.Orientation.Horizontal:
                mechanism = self.evaluator.engine.mechanism(entry.id)
                text += translate("matrix", "; consent: {mechanism}").format(
                    mechanism=label(mechanism))
            return text
        if role == Qt.ItemDataRole.FontRole and entry.has_children:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Vertical:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == EntryRole:
            return entry
        return None


def _shape(axis: Axis) -> list[str]:
    return [entry.id for entry in axis.entries]
