"""A diagram's equivalent as a list: one row per thing drawn, in words a screen reader reads.

The timeline and the flow map are pictures; a screen reader sees one canvas. Their "Show as
list" toggle swaps the picture for this table: every name, bar, box and connection the diagram
draws, what it shows beside it, and the sentence its tooltip says. Enter (or a double-click)
on a row does what a click on the drawn thing does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStackedWidget, QTableView, QWidget

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.ui.actions import make_action
from app.ui.views.words import in_sentence

Index = QModelIndex | QPersistentModelIndex
FITTED_ROWS = 1500
"""Up to this many rows grow to their wrapped words; a longer list keeps one line a row (its
tooltips and accessible texts still say all): fitting thousands of rows takes seconds."""
HEADERS = (QT_TRANSLATE_NOOP("diagram", "Kind"), QT_TRANSLATE_NOOP("diagram", "Name"),
           QT_TRANSLATE_NOOP("diagram", "Shown"), QT_TRANSLATE_NOOP("diagram", "In words"))
HEADER_TIPS = (QT_TRANSLATE_NOOP("diagram", "What the diagram draws: a category, a rule's bar, "
                                 "a box, a connection..."),
               QT_TRANSLATE_NOOP("diagram", "Which one: the name drawn, or the two boxes a "
                                 "connection joins"),
               QT_TRANSLATE_NOOP("diagram", "The words the diagram draws beside or on it"),
               QT_TRANSLATE_NOOP("diagram", "The whole of it in one sentence, as its tooltip "
                                 "says"))


@dataclass(frozen=True)
class Entry:
    """One thing the diagram draws."""

    kind: str
    """What it is ("Data category", "Retention rule", "Connection"...)."""
    name: str
    """Which one: the name drawn, or what it joins."""
    shown: str
    """The words drawn beside or on it ("" when none)."""
    words: str
    """The full sentence of its tooltip."""
    target: tuple[str, str] | None = None
    """The (section, item id) a click on it opens, when it opens one."""

    def cells(self) -> tuple[str, str, str, str]:
        """The row's texts, column by column."""
        return self.kind, self.name, self.shown, self.words

    def sentence(self) -> str:
        """The row read as one sentence (what a screen reader says for it)."""
        return ". ".join(part for part in (f"{self.kind} {self.name}", self.shown, self.words)
                         if part)


class EntryModel(QAbstractTableModel):
    """The entries of one drawing of a diagram."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        """Show ``entries`` instead of the previous ones."""
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """One row per entry (a flat table)."""
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Kind, name, shown, in words."""
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text; its tooltip and accessible text read the whole row."""
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.cells()[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.sentence()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = entry.cells()[index.column()]
            header = translate("diagram", HEADERS[index.column()])
            return translate("diagram", "{header}: {text}").format(
                header=header, text=text) if text else header
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column titles, and what each column holds as their tooltip."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        texts = {Qt.ItemDataRole.DisplayRole: HEADERS, Qt.ItemDataRole.ToolTipRole: HEADER_TIPS,
                 Qt.ItemDataRole.AccessibleDescriptionRole: HEADER_TIPS}.get(role)
        return translate("diagram", texts[section]) if texts else None


class EntryList(QTableView):
    """The table of a diagram's entries, read and used from the keyboard; long words wrap."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_model = EntryModel(self)
        self.setModel(self.entry_model)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in every other view
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(translate("diagram", "{title} as a list").format(title=title))
        self.setAccessibleDescription(translate(
            "diagram", "Everything the {title} draws, one a row: what it is, its name, what the "
            "diagram shows beside it and the same in words. Enter opens the row's item.").format(
            title=in_sentence(title)))
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self._fit = QTimer(self, singleShot=True, interval=0)
        self._fit.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_: self._fit.start())

    def set_entries(self, entries: list[Entry]) -> None:
        """Show ``entries``, keeping the current row where it can."""
        row = self.currentIndex().row()
        self.entry_model.set_entries(entries)
        self._share_columns()
        if entries:
            self.setCurrentIndex(self.entry_model.index(min(max(row, 0), len(entries) - 1), 0))

    def _share_columns(self) -> None:
        """Name and shown columns take what they need, up to a share of the width.

        A column with little in it takes little room; the rest is the words.
        """
        width = max(self.viewport().width(), 480)
        for column, share in ((1, 0.2), (2, 0.25)):
            room = round(width * share)
            if self.entry_model.rowCount() <= FITTED_ROWS:
                self.resizeColumnToContents(column)
                room = min(room, self.columnWidth(column))
            self.setColumnWidth(column, room)
        self._fit.start()

    def _fit_rows(self) -> None:
        if self.entry_model.rowCount() <= FITTED_ROWS:
            self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Share the new width between the columns; rows grow to their wrapped text."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._share_columns()

    def current_entry(self) -> Entry | None:
        """The entry of the current row."""
        index = self.currentIndex()
        return self.entry_model.entries[index.row()] if index.isValid() else None


class ListSwitch(QStackedWidget):
    """A diagram's canvas or its list, and the checkable action that switches between them.

    The action's keys (Ctrl+Shift+L) work anywhere in ``owner``, the diagram's view; the list
    is filled from ``entries`` when shown, and again on :meth:`refresh` while it is.
    """

    def __init__(self, canvas: QWidget, title: str, entries: Callable[[], list[Entry]],
                 owner: QWidget) -> None:
        super().__init__(owner)
        self.canvas, self.owner, self._entries = canvas, owner, entries
        self.listing = EntryList(title, self)
        self.addWidget(canvas)
        self.addWidget(self.listing)
        self.action = make_action(owner, translate("diagram", "Show as &list"), None,
                                  "Ctrl+Shift+L", translate(
                                      "diagram", "Show the {title} as a list, in words").format(
                                      title=in_sentence(title)))
        self.action.setCheckable(True)
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.toggled.connect(self.show_list)
        owner.addAction(self.action)

    def show_list(self, on: bool) -> None:
        """Show the list (``on``) or the canvas; the focus follows when the view is shown."""
        shown = self.listing if on else self.canvas
        if on:
            self.listing.set_entries(self._entries())
        self.setCurrentWidget(shown)
        self.owner.setFocusProxy(shown)
        self.action.setChecked(on)
        if self.isVisible():
            shown.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """The diagram was drawn again: say it again in the list, when the list is shown."""
        if self.action.isChecked():
            self.listing.set_entries(self._entries())
