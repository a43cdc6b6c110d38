"""The matrix table: uniform cells, collapsible headers, keyboard context menu, item drops."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.domain.i18n import translate
from app.ui.dnd import MIME_TYPE, dropped_items
from app.ui.views.matrix.header import UpwardHeader

CELL_WIDTH = 96
"""The column width at 100 % zoom."""
MIN_WIDTH, MAX_WIDTH = 18, 240
ZOOM_STEP = 1.25
ROW_HEADER_WIDTH = 260
MIN_ROW_HEADER_WIDTH = 190


class MatrixTable(QTableView):
    """A plain table view tuned for thousands of rows and hundreds of columns."""

    headerToggled = Signal(object, str)
    """(orientation, id) of a row or column group the user clicked to fold or unfold."""
    contextMenuAt = Signal(QModelIndex, QPoint)
    """A context menu was asked for at a cell (by mouse or keyboard), at a global position."""
    itemsDropped = Signal(QModelIndex, list)
    """(cell, [(section, id)]) dropped from another view."""
    cellWidthChanged = Signal(int)
    """The columns were zoomed or fitted to this width (pixels)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("matrix", "Use matrix"))
        self.setAccessibleDescription(translate(
            "matrix", "Data categories (rows) by purposes (columns): each cell says whether the "
                      "use is "
            "allowed and by which rules. Ctrl+E edits its rule, Ctrl+Enter adds an allow rule, "
            "Ctrl+Shift+Enter a deny rule."))
        # Arrows move between cells; Tab moves on (with Tab moving between cells, Tab on a
        # corner button moved the current cell instead of the focus, and never left).
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(False)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setHorizontalHeader(UpwardHeader(self))
        rows, cols = self.verticalHeader(), self.horizontalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.setFixedWidth(ROW_HEADER_WIDTH)
        cols.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        cols.setMinimumSectionSize(MIN_WIDTH)
        cols.setDefaultSectionSize(CELL_WIDTH)
        cols.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        for header in (rows, cols):
            header.setHighlightSections(True)
            header.setSectionsClickable(True)
        rows.sectionClicked.connect(lambda s: self._toggle(Qt.Orientation.Vertical, s))
        cols.sectionClicked.connect(lambda s: self._toggle(Qt.Orientation.Horizontal, s))
        self.entry_id: Callable[[Qt.Orientation, int], str | None] = lambda _o, _s: None
        self.fitting = False
        """True while the columns follow the width (until the user zooms)."""
        self.corner: QWidget | None = None
        """A widget shown in the empty corner above the row headings."""

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Show ``model``; its headings are measured again whenever they change."""
        super().setModel(model)
        if model is not None:
            header = self.horizontalHeader()
            for signal in (model.modelReset, model.headerDataChanged, model.layoutChanged):
                signal.connect(lambda *_: self._headings_changed(header))

    def _headings_changed(self, header: UpwardHeader) -> None:
        header.forget_height()
        if self.fitting:
            self.fit_columns()
        self.updateGeometries()

    # -- zoom --------------------------------------------------------------------------------
    @property
    def cell_width(self) -> int:
        """The width of every column."""
        return self.horizontalHeader().defaultSectionSize()

    def set_cell_width(self, width: float, fitting: bool = False) -> None:
        """Make every column ``width`` pixels wide (within limits)."""
        self.fitting = fitting
        width = max(MIN_WIDTH, min(MAX_WIDTH, round(width)))
        header = self.horizontalHeader()
        if width != header.defaultSectionSize():
            header.setDefaultSectionSize(width)
            header.forget_height()
            self.updateGeometries()
            self.cellWidthChanged.emit(width)

    def zoom_in(self) -> None:
        """Wider columns."""
        self.set_cell_width(self.cell_width * ZOOM_STEP)

    def zoom_out(self) -> None:
        """Narrower columns (more of them on screen)."""
        self.set_cell_width(self.cell_width / ZOOM_STEP)

    def zoom_reset(self) -> None:
        """Columns at their usual width."""
        self.set_cell_width(CELL_WIDTH)

    def fit_columns(self) -> None:
        """Fit every column into the visible width (as narrow as allowed, then scroll)."""
        columns = self.model().columnCount() if self.model() is not None else 0
        if columns:
            self.set_cell_width(min(CELL_WIDTH * 2, self.viewport().width() // columns),
                                fitting=True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrower row headings in a narrow window; refit fitted columns."""
        super().resizeEvent(event)
        if not hasattr(self, "fitting"):
            return
        if self.verticalHeader().width() != _row_heading_width(event.size().width()):
            # After this layout pass: resizing a header within it can make Qt's layout recurse.
            QTimer.singleShot(0, self, self._fit_row_headings)
        if self.fitting:
            self.fit_columns()

    def _fit_row_headings(self) -> None:
        wanted = _row_heading_width(self.width())
        if self.verticalHeader().width() != wanted:
            self.verticalHeader().setFixedWidth(wanted)

    def updateGeometries(self) -> None:
        """Lay the headers out, and the corner widget over the empty corner."""
        super().updateGeometries()
        if getattr(self, "corner", None) is not None:
            frame = self.frameWidth()
            self.corner.setGeometry(QRect(frame, frame, self.verticalHeader().width(),
                                          self.horizontalHeader().height()))
            self.corner.raise_()

    def _toggle(self, orientation: Qt.Orientation, section: int) -> None:
        item_id = self.entry_id(orientation, section)
        if item_id is not None:
            self.headerToggled.emit(orientation, item_id)

    # -- context menu ------------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Ask for the cell's actions (:attr:`contextMenuAt`), at the current cell from keys."""
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            rect = self.visualRect(index)
            point = rect.center() if index.isValid() else QPoint(0, 0)
        else:
            point = event.pos()
            index = self.indexAt(point)
            if index.isValid():
                self.setCurrentIndex(index)
        self.contextMenuAt.emit(index, self.viewport().mapToGlobal(point))
        event.accept()

    # -- drops -------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a drag of policy items."""
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Accept a drag of policy items over a cell."""
        index = self.indexAt(event.position().toPoint())
        if event.mimeData().hasFormat(MIME_TYPE) and index.isValid():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Hand the items dropped on a cell on (:attr:`itemsDropped`)."""
        index = self.indexAt(event.position().toPoint())
        items = dropped_items(event.mimeData())
        if not index.isValid() or not items:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.setCurrentIndex(index)
        self.itemsDropped.emit(index, items)


def _row_heading_width(table_width: int) -> int:
    """Row headings take 30 % of the table, within limits."""
    return max(MIN_ROW_HEADER_WIDTH, min(ROW_HEADER_WIDTH, table_width * 3 // 10))
