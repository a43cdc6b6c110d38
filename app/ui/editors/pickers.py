"""Choosing references from the declared items, never typing raw ids.

``ReferenceField`` shows the chosen ids as chips; its "Add…" button opens a ``PickerDialog``:
a filter line over a list of the declared items (name and id, indented by hierarchy) in which
several items can be selected at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import ids
from app.domain.i18n import translate
from app.domain.typography import labelled
from app.ui.editors.chips import ChipsField
from app.ui.editors.fields import in_sentence

IdRole = Qt.ItemDataRole.UserRole + 1
IndentRole = Qt.ItemDataRole.UserRole + 2
SearchRole = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex


def tree_order(items: Sequence[Any]) -> list[tuple[Any, int]]:
    """Items sorted so children follow their parent, each with its indent level.

    The level is the number of its ancestors that are declared.
    """
    declared = {item.id for item in items}
    ordered = sorted(items, key=lambda item: tuple(item.id.split(".")))
    return [(item, sum(1 for a in ids.ancestors(item.id) if a in declared)) for item in ordered]


class DeclaredItemsModel(QAbstractListModel):
    """The declared items of one section; items already chosen are shown but disabled."""

    def __init__(self, items: Sequence[Any], chosen: Sequence[str] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = tree_order(items)
        self._chosen = set(chosen)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """One row per declared item."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the row of a declared item shows or holds for ``role``."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item, indent = self._rows[index.row()]
        name = getattr(item, "name", "") or ""
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{name}  ({item.id})" if name else item.id
            return text + ("  " + translate("picker", "— already chosen")
                           if item.id in self._chosen else "")
        if role == IdRole:
            return item.id
        if role == IndentRole:
            return indent
        if role == SearchRole:
            return f"{item.id} {name}".lower()
        if role == Qt.ItemDataRole.ToolTipRole:
            return getattr(item, "description", "") or item.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("picker", "{name}, id {id}").format(name=name or item.id, id=item.id)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Items already chosen cannot be picked again."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][0].id in self._chosen:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class WordFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose id or name contains every word typed (any case)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    @property
    def filtering(self) -> bool:
        """True while some words are typed."""
        return bool(self._words)

    def set_words(self, text: str) -> None:
        """Filter by the words of ``text``."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._words = text.lower().split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._words = text.lower().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Keep the row when its id or name holds every word typed."""
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(SearchRole) or "")
        return all(word in haystack for word in self._words)


class _IndentDelegate(QStyledItemDelegate):
    """Indents rows by hierarchy, except while filtering (parents may be hidden then)."""

    STEP = 18

    def __init__(self, proxy: WordFilterProxy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._proxy = proxy

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if not self._proxy.filtering:
            option.rect.adjust(int(index.data(IndentRole) or 0) * self.STEP, 0, 0, 0)


class PickerDialog(QDialog):
    """Pick one or more declared items."""

    def __init__(self, title: str, items: Sequence[Any], chosen: Sequence[str],
                 parent: QWidget | None = None, *, single: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(520, 520)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("picker", "Filter by name or id…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(translate("picker", "Filter"))
        self.filter.setToolTip(translate("picker", "Type part of a name or id; Down moves into "
                                         "the list, Enter adds the selected items."))
        layout.addWidget(self.filter)
        self.source = DeclaredItemsModel(items, chosen, self)
        self.proxy = WordFilterProxy(self)
        self.proxy.setSourceModel(self.source)
        self.view = QListView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(_IndentDelegate(self.proxy, self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection if single
                                   else QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAccessibleName(
            translate("picker", "{title}: declared items").format(title=title))
        if not single:
            self.view.setToolTip(
                translate("picker", "Ctrl-click or Shift-click to choose several."))
        self.view.doubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.view, 1)
        self.count_label = QLabel(self)
        self.count_label.setEnabled(False)
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = buttons.addButton(translate("picker", "Choose") if single
                                            else translate("picker", "Add"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self._update()
        self.filter.setFocus()

    def _filter(self, text: str) -> None:
        self.proxy.set_words(text)
        self._update()

    def _update(self, *_args: object) -> None:
        chosen = len(self.chosen_ids())
        self.add_button.setEnabled(chosen > 0 or self._first_free() is not None)
        shown, total = self.proxy.rowCount(), self.source.rowCount()
        counted = translate("picker", "{shown} of {total} shown").format(
            shown=shown, total=total) if shown != total \
            else translate("picker", "%n items", None, total)
        if chosen:
            counted = translate("picker", "{items}, {count} selected").format(
                items=counted, count=chosen)
        self.count_label.setText(counted)

    def _first_free(self) -> QModelIndex | None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.flags() & Qt.ItemFlag.ItemIsSelectable:
                return index
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the filter moves to the list (onto the first item that can be picked)."""
        if (watched is self.filter and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down):
            self.view.setFocus()
            first = self._first_free()
            if not self.view.currentIndex().isValid() and first is not None:
                self.view.setCurrentIndex(first)
            return True
        return super().eventFilter(watched, event)

    def select_ids(self, wanted: Sequence[str]) -> None:
        """Select the rows of ``wanted`` (for keyboard users and tests)."""
        selection = self.view.selectionModel()
        selection.clearSelection()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(IdRole) in wanted:
                selection.select(index, selection.SelectionFlag.Select)

    def chosen_ids(self) -> list[str]:
        """The selected ids, in list order."""
        rows = sorted(self.view.selectionModel().selectedIndexes(), key=lambda i: i.row())
        return [str(index.data(IdRole)) for index in rows]

    def accept(self) -> None:
        """Close with the selection, or the first free item; stay open if none can be picked."""
        if not self.chosen_ids():
            first = self._first_free()
            if first is None:
                return
            self.view.selectionModel().select(first, self.view.selectionModel().SelectionFlag
                                              .Select)
        super().accept()


class ReferenceField(ChipsField):
    """References to declared items of ``section``, chosen with a picker."""

    def __init__(self, label_text: str, tip: str, items: Callable[[], Sequence[Any]], *,
                 noun: str, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(label_text, tip, empty_text=empty_text, parent=parent)
        self._items = items
        self._noun = noun
        self.add_button = QPushButton(translate("picker", "Add {noun}…").format(noun=noun), self)
        self.describe(self.add_button,
                      translate("picker", "Add {field}").format(field=in_sentence(label_text)),
                      translate("picker", "Choose {noun} from the declared ones. {help}").format(
                          noun=noun, help=tip).strip())
        self.add_button.clicked.connect(self.open_picker)
        self.controls.addWidget(self.add_button)
        self.picker: PickerDialog | None = None

    def inputs(self) -> list[QWidget]:
        """The button that opens the picker."""
        return [self.add_button]

    def chip_text(self, value: str) -> tuple[str, str, bool]:
        """(text, tooltip, warning) for ``value``; a warning when it is not declared."""
        item = next((i for i in self._items() if i.id == value), None)
        if item is None:
            return value, translate("picker", "'{id}' is not declared: declare it, or remove it "
                                    "here.").format(id=value), True
        name = getattr(item, "name", "") or ""
        description = getattr(item, "description", "") or ""
        tip = labelled(value, description) if description else value
        return (f"{name} ({value})" if name else value), tip, False

    def open_picker(self) -> PickerDialog:
        """Open the picker (window-modal, not blocking); chosen items are added on accept."""
        self.picker = open_picker(PickerDialog(translate("picker", "Add {noun}").format(
            noun=self._noun), self._items(), self.values,
                                               self.window()), self.add)
        return self.picker


def open_picker(dialog: PickerDialog, chosen: Callable[[list[str]], object]) -> PickerDialog:
    """Open ``dialog`` window-modal, without blocking; ``chosen`` gets the ids on accept."""
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.accepted.connect(lambda: chosen(dialog.chosen_ids()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
