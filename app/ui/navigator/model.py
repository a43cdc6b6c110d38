"""The navigator's item model over the policy document."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QIcon

from app.domain import ids
from app.domain.edits import Change, EditError
from app.domain.i18n import translate
from app.domain.sections import (
    HIERARCHICAL,
    METADATA,
    RULES,
    SECTION_KEYS,
    TESTS,
    section_icon,
    section_title,
)
from app.ui.bridge import DocumentBridge
from app.ui.dnd import MIME_TYPE, dropped_items, items_mime
from app.ui.icons import icon
from app.ui.navigator.expectation_marks import ExpectationMarks
from app.ui.navigator.labels import item_label, item_tooltip
from app.ui.navigator.tree import (
    GROUP,
    ITEM,
    SECTION,
    Node,
    build_root,
    count_items,
    fill_section,
)

SectionRole = Qt.ItemDataRole.UserRole + 1
ItemIdRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3
SearchRole = Qt.ItemDataRole.UserRole + 4

Index = QModelIndex | QPersistentModelIndex


class NavigatorModel(QAbstractItemModel):
    """Sections, then items nested by dotted id; kept current through the bridge's signals."""

    dropRefused = Signal(str)
    """A drop could not be carried out; the text says why."""

    def __init__(self, bridge: DocumentBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._root = build_root(bridge.policy)
        self._items: dict[tuple[str, str], Any] = {}
        self._icons: dict[str, QIcon] = {}
        self._marks = ExpectationMarks()
        self._marks_shown: dict[str, str] | None = None
        self._marks_timer = QTimer(self)
        self._marks_timer.setSingleShot(True)
        self._marks_timer.setInterval(150)  # a burst of edits asks the engine once
        self._marks_timer.timeout.connect(self._refresh_marks)
        self._index_items()
        bridge.changed.connect(self._on_change)
        bridge.reset.connect(self._on_reset)

    # -- structure ---------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        """The index of child ``row`` of ``parent``."""
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        """The index of the node above ``child``."""
        if not child.isValid():
            return QModelIndex()
        node: Node = child.internalPointer()
        up = node.parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """The number of children of ``parent``."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """One column: the tree."""
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Items can be dragged, and hierarchical sections take drops."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        node: Node = index.internalPointer()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if node.kind == ITEM and node.section != METADATA:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if node.section in HIERARCHICAL:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # -- drag and drop -------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:
        """The one MIME type of dragged policy items."""
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        """The dragged items (section, id), without repeats."""
        nodes = [i.internalPointer() for i in indexes if i.isValid()]
        items = [(n.section, n.item_id) for n in nodes if n.kind == ITEM and n.item_id
                 and n.section != METADATA]
        return items_mime(list(dict.fromkeys(items)))

    def supportedDragActions(self) -> Qt.DropAction:
        """Items are copied (as references) or moved."""
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        """Drops move items (re-parent them) or copy them."""
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        """True when dropping ``data`` onto ``parent`` would re-parent an item."""
        return bool(self._moves(data, parent))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Dropping items of a section onto another item (or the section) re-parents them.

        Ids and every reference change together, as one undo step.
        """
        moves = self._moves(data, parent)
        if not moves:
            return False
        stack = self._bridge.undo_stack
        stack.beginMacro(translate("navigator", "Move {ids}").format(
            ids=", ".join(old for _, old, _ in moves)))
        try:
            for section, old, new in moves:
                edit = self._bridge.document.rename_edit(section, old, new, subtree=True)
                self._bridge.apply(edit, translate("navigator", "Move {old} to {new}").format(
                    old=old, new=new))
        except EditError as exc:
            stack.endMacro()
            stack.undo()
            self.dropRefused.emit(str(exc))
            return False
        stack.endMacro()
        return True

    def _moves(self, data: QMimeData, parent: Index) -> list[tuple[str, str, str]]:
        target = self._node(parent)
        if target.section not in HIERARCHICAL:
            return []
        new_parent = target.item_id if target.kind in (ITEM, GROUP) else None
        moves = []
        for section, item_id in dropped_items(data):
            if section != target.section:
                return []
            if new_parent and ids.covers(item_id, new_parent):
                return []  # onto itself or its own descendant
            new_id = f"{new_parent}.{item_id.rsplit('.', 1)[-1]}" if new_parent else (
                item_id.rsplit(".", 1)[-1])
            if new_id != item_id:
                moves.append((section, item_id, new_id))
        return moves

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What the node shows or holds for ``role`` (label, tooltip, icon, font, ids)."""
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._label(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(node)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if node.kind == SECTION:
                font.setBold(True)
            elif node.kind == GROUP:
                font.setItalic(True)
            return font
        if role == SectionRole:
            return node.section
        if role == ItemIdRole:
            return node.item_id
        if role == KindRole:
            return node.kind
        if role == SearchRole:
            item = self._item(node)
            name = getattr(item, "name", "") if item is not None else ""
            return f"{self._label(node)} {node.item_id or ''} {name}".lower()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            failing = self._failing(node)
            return self._label(node) + (f" ({failing.split(':')[0].lower()})" if failing else "")
        return None

    def _failing(self, node: Node) -> str:
        """What is wrong with an expectation that does not hold now ('' when it holds)."""
        if node.section != TESTS or node.kind != ITEM or not node.item_id:
            return ""
        return self._marks.failing(self._bridge.document).get(node.item_id, "")

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The one header: "Policy"."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("field", "Policy")
        return None

    # -- look-ups ------------------------------------------------------------------------------
    def index_for(self, section: str, item_id: str | None = None) -> QModelIndex:
        """The index of a section (``item_id`` None) or of one of its items."""
        for node in self._iter(self._root):
            if node.section == section and node.item_id == item_id and (
                    item_id is not None or node.kind == SECTION or section == METADATA):
                return self.createIndex(node.row, 0, node)
        return QModelIndex()

    def _iter(self, node: Node):  # type: ignore[no-untyped-def]
        for child in node.children:
            yield child
            yield from self._iter(child)

    def _node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def _item(self, node: Node) -> Any:
        if node.kind != ITEM or node.section == METADATA:
            return None
        return self._items.get((node.section, node.item_id or ""))

    def _index_items(self) -> None:
        policy = self._bridge.policy
        self._items = {}
        for section in SECTION_KEYS:
            for item in getattr(policy, section):
                self._items.setdefault((section, item.id), item)

    def _label(self, node: Node) -> str:
        if node.kind == SECTION and node.section != METADATA:
            return translate("navigator", "{section} ({count})").format(
                section=translate("field", section_title(node.section)), count=count_items(node))
        if node.kind == GROUP:
            return (node.item_id or "").rsplit(".", 1)[-1]
        return item_label(self._bridge.policy, node.section, self._item(node), node.item_id or "")

    def _icon(self, node: Node) -> QIcon:
        if node.kind == GROUP:
            name = "group"
        elif node.section == RULES and node.kind == ITEM:
            item = self._item(node)
            name = "rule-deny" if item is not None and item.effect == "deny" else "rule-allow"
        elif self._failing(node):
            name = "severity-error"
        else:
            name = section_icon(node.section)
        found = self._icons.get(name)
        if found is None:
            found = self._icons[name] = icon(name)
        return found

    def _tooltip(self, node: Node) -> str:
        if node.kind == SECTION:
            return translate("field", section_title(node.section))
        if node.kind == GROUP:
            return translate("navigator", "{id} (not declared; groups the items below it)").format(
                id=node.item_id)
        return item_tooltip(self._item(node), node.item_id, self._failing(node))

    # -- keeping current -------------------------------------------------------------------------
    def _on_reset(self) -> None:
        self._marks.invalidate()
        self.beginResetModel()
        self._root = build_root(self._bridge.policy)
        self._index_items()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        self._index_items()
        shown = self._marks.invalidate()
        if shown is not None:  # marks were shown: refresh those that change, soon
            self._marks_shown = shown
            self._marks_timer.start()
        self._follow(change)

    def _refresh_marks(self) -> None:
        old, self._marks_shown = self._marks_shown or {}, None
        new = self._marks.failing(self._bridge.document)
        for item_id in {i for i in old.keys() | new.keys() if old.get(i) != new.get(i)}:
            index = self.index_for(TESTS, item_id)
            if index.isValid():
                self.dataChanged.emit(index, index)

    def _follow(self, change: Change) -> None:
        structural = change.kind != "update" or "id" in change.field
        sections = {section for section, _ in change.touched} | {change.section}
        if not change.touched and not change.section:
            self._on_reset()
            return
        for section in sections:
            if section == METADATA:
                meta = self.index_for(METADATA)
                self.dataChanged.emit(meta, meta)
                continue
            if structural:
                self._rebuild(section)
            else:
                self._refresh(section, change)

    def _refresh(self, section: str, change: Change) -> None:
        for touched_section, item_id in change.touched:
            if touched_section == section:
                index = self.index_for(section, item_id)
                if index.isValid():
                    self.dataChanged.emit(index, index)

    def _rebuild(self, section: str) -> None:
        node = next((n for n in self._root.children if n.section == section), None)
        if node is None:
            return
        parent = self.createIndex(node.row, 0, node)
        if node.children:
            self.beginRemoveRows(parent, 0, len(node.children) - 1)
            node.children = []
            self.endRemoveRows()
        fresh = Node(node.kind, section)
        fill_section(fresh, getattr(self._bridge.policy, section))
        if fresh.children:
            self.beginInsertRows(parent, 0, len(fresh.children) - 1)
            for child in fresh.children:
                node.add(child)
            self.endInsertRows()
        self.dataChanged.emit(parent, parent)

