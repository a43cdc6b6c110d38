"""The matrix table: uniform cells, collapsible headers, keyboard context menu, item drops."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.ui.dnd import MIME_TYPE, dropped_items
from app.ui.views.matrix.header import UpwardHeader

CELL_WIDTH = 76
ROW_HEADER_WIDTH = 260


class MatrixTable(QTableView):
    """A plain table view tuned for thousands of rows and hundreds of columns."""

    headerToggled = Signal(object, str)
    """(orientation, id) of a row or column group the user clicked to fold or unfold."""
    contextMenuAt = Signal(QModelIndex, QPoint)
    """A context menu was asked for at a cell (by mouse or keyboard), at a global position."""
    itemsDropped = Signal(QModelIndex, list)
    """(cell, [(section, id)]) dropped from another view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Use matrix")
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
        cols.setDefaultSectionSize(CELL_WIDTH)
        cols.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        for header in (rows, cols):
            header.setHighlightSections(True)
            header.setSectionsClickable(True)
        rows.sectionClicked.connect(lambda s: self._toggle(Qt.Orientation.Vertical, s))
        cols.sectionClicked.connect(lambda s: self._toggle(Qt.Orientation.Horizontal, s))
        self.entry_id: Callable[[Qt.Orientation, int], str | None] = lambda _o, _s: None

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
