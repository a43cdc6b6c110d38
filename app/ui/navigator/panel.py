"""The navigator panel: a filter box over the policy tree, with context actions."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QMessageBox, QTreeView, QVBoxLayout, QWidget

from app.domain import ids
from app.domain.edits import Change
from app.domain.i18n import translate
from app.domain.sections import HIERARCHICAL, METADATA
from app.ui.bridge import DocumentBridge
from app.ui.editors.changes import follow_id
from app.ui.icons import icon
from app.ui.item_actions import ItemActions
from app.ui.navigator.model import ItemIdRole, KindRole, NavigatorModel, SearchRole, SectionRole
from app.ui.navigator.tree import GROUP, ITEM, SECTION


class NavigatorPanel(QWidget):
    """Filterable tree of sections and items; tells the window what is selected."""

    selectionChangedTo = Signal(str, str)
    """(section, item id or "") of the current row."""

    def __init__(self, bridge: DocumentBridge, actions: ItemActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._actions = actions
        self._held: tuple[str, str | None, list[str]] | None = None
        bridge.changed.connect(self._hold_current)  # before the model rebuilds its rows
        self.model = NavigatorModel(bridge, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterRole(SearchRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("navigator", "Filter by name or id"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(translate("navigator", "Filter the policy tree"))
        self.filter.addAction(icon("edit-find"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.setToolTip(translate("navigator", "Type part of a name or id; Down or Enter "
                                         "moves into the tree, onto the first match."))
        self.filter.installEventFilter(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(translate("navigator", "Policy tree"))
        self.tree.setAccessibleDescription(
            translate("navigator", "The policy's sections and items: the selected item opens in "
                      "the editor. Tab moves into its form; F2 renames, Delete deletes, the "
                      "context menu has more."))
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QTreeView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        self.model.dropRefused.connect(
            lambda why: QMessageBox.warning(
                self, translate("navigator", "Cannot move"), why))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        bridge.changed.connect(self._restore_current)  # after the model has rebuilt its rows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)
        self.model.modelReset.connect(self._expand_sections)
        actions.selectRequested.connect(self.select)
        self._expand_sections()

    def _expand_sections(self) -> None:
        """Open the section rows only (walking every item row is slow on large policies)."""
        root = self.tree.rootIndex()
        for row in range(self.proxy.rowCount(root)):
            self.tree.expand(self.proxy.index(row, 0, root))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the filter box moves into the tree, onto the first match."""
        if (watched is self.filter and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            first = self._first_match(QModelIndex(), self.filter.text().strip().lower())
            if first is not None and self.filter.text().strip():
                self.tree.setCurrentIndex(first)
                self.tree.scrollTo(first)
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _first_match(self, parent: QModelIndex, text: str) -> QModelIndex | None:
        """The first row shown (depth first) whose own text holds ``text``."""
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if text in str(index.data(SearchRole) or ""):
                return index
            found = self._first_match(index, text)
            if found is not None:
                return found
        return None

    def _apply_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip().lower())
        if text.strip():
            self.tree.expandAll()
        else:
            self._expand_sections()

    # -- selection -----------------------------------------------------------------------------
    def current(self) -> tuple[str, str | None, str]:
        """(section, item id, kind) of the current row; ("", None, "") if none."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return "", None, ""
        return index.data(SectionRole), index.data(ItemIdRole), index.data(KindRole)

    def select(self, section: str, item_id: str | None = None) -> None:
        """Make an item (or a section) current and visible."""
        source = self.model.index_for(section, item_id or None)
        index = self.proxy.mapFromSource(source)
        if not index.isValid() and self.filter.text():
            self.filter.clear()
            index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _hold_current(self, change: Change, _initiator: object = None) -> None:
        """Remember the current row before an edit rebuilds a section's rows.

        While rows are rebuilt the tree's current row wanders (to the section, or nowhere);
        that is not the person's choice, so it is not announced, and the row is restored after.
        """
        if self._held is not None or (change.kind == "update" and "id" not in change.field):
            return
        index = self.tree.currentIndex()
        section, item_id = index.data(SectionRole) or "", index.data(ItemIdRole)
        nearby = []
        if index.isValid():
            for row in (index.row() + 1, index.row() - 1):
                sibling = index.siblingAtRow(row)
                if sibling.isValid() and sibling.data(ItemIdRole):
                    nearby.append(sibling.data(ItemIdRole))
            if index.parent().data(ItemIdRole):
                nearby.append(index.parent().data(ItemIdRole))
        self._held = (section, item_id, nearby)

    def _restore_current(self, change: Change, _initiator: object = None) -> None:
        """Select again the row held through a rebuild.

        The same item, followed through a rename; a deleted one gives way to its neighbour,
        else to its section.
        """
        if self._held is None:
            return
        section, item_id, nearby = self._held
        if not section or self.current()[:2] == (section, item_id):
            self._held = None
            return
        wanted = follow_id(change, section, item_id) if item_id else None
        candidates = [wanted, *(follow_id(change, section, n) for n in nearby)] if item_id \
            else [None]
        for candidate in candidates:
            if candidate is None or self.model.index_for(section, candidate).isValid():
                break
        else:
            candidate = None
        self.select(section, candidate)
        self._held = None
        if candidate != item_id:
            current = self.tree.currentIndex()
            self._current_changed(current, current)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._held is not None:
            return
        if not current.isValid():
            self.selectionChangedTo.emit("", "")
            return
        kind = current.data(KindRole)
        item_id = current.data(ItemIdRole) if kind == ITEM else ""
        self.selectionChangedTo.emit(current.data(SectionRole), item_id or "")

    # -- context menu -----------------------------------------------------------------------------
    def _context_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if not index.isValid():
            return
        section, item_id, kind = (index.data(SectionRole), index.data(ItemIdRole),
                                  index.data(KindRole))
        if section == METADATA:
            return
        menu = QMenu(self)
        nests = kind in (ITEM, GROUP) and section in HIERARCHICAL and bool(item_id)
        beside = ids.parent(item_id) if nests and item_id else None
        menu.addAction(icon("list-add"), translate("navigator", "&Add item...")).triggered.connect(
            lambda: self._actions.ask_add(section, beside))
        if nests:
            menu.addAction(icon("list-add"), translate(
                "navigator", "Add &child of {id}...").format(id=item_id)).triggered.connect(
                lambda: self._actions.ask_add(section, item_id))
        if kind == ITEM and item_id:
            menu.addSeparator()
            duplicate = menu.addAction(icon("edit-copy"), translate("navigator", "Du&plicate"))
            duplicate.triggered.connect(lambda: self._actions.duplicate(section, item_id))
            rename = menu.addAction(icon("edit-rename"), translate("navigator", "Re&name..."))
            rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
            rename.triggered.connect(lambda: self._actions.rename(section, item_id))
            delete = menu.addAction(icon("edit-delete"), translate("navigator", "&Delete"))
            delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            delete.triggered.connect(lambda: self._actions.delete(section, item_id))
        elif kind == SECTION:
            pass
        menu.exec(self.tree.viewport().mapToGlobal(position))
