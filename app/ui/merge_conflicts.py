"""The Merge conflicts panel: resolve what ``policy-studio merge`` could not.

When the opened file has a conflict record (``<file>.conflicts.json``, see
:mod:`app.storage.merge_record`) the panel opens and lists each conflict with its base, ours
and theirs values. Use Ours, Use Theirs or a typed value (Apply) resolves the selected conflict
as one undo step; undoing that step opens the conflict again. Saving with every conflict
resolved deletes the record; saving earlier rewrites it with the ones still open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.diff import SECURITY
from app.domain.edits import EditError
from app.domain.i18n import translate
from app.domain.merge_conflict import Conflict, describe, shown
from app.domain.merge_resolve import resolution_edit
from app.domain.sections import METADATA
from app.storage.errors import PolicyFileError
from app.storage.merge_record import (
    parse_value,
    read_record,
    remove_record,
    value_text,
    write_record,
)
from app.storage.serialize import display_name
from app.ui.icons import icon

if TYPE_CHECKING:
    from app.ui.host import Host

DOCK_HEIGHT = 260


class MergeConflictsPanel(QWidget):
    """The list of conflicts, the values of the selected one and the three ways to resolve it."""

    stackMoved = Signal(int)
    """Relays the undo stack's index changes (the connection ends with the panel)."""
    documentReset = Signal()
    """Relays the document's reset (another file opened)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("merge", "Merge conflicts"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("merge", "Conflicts"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        names = (translate("merge", "Base"), translate("merge", "Ours"),
                 translate("merge", "Theirs"))
        self.base, self.ours, self.theirs = (self._value_label(name) for name in names)
        self.use_ours = QPushButton(translate("merge", "Use &Ours"), self)
        self.use_theirs = QPushButton(translate("merge", "Use &Theirs"), self)
        self.value = QLineEdit(self)
        self.value.setAccessibleName(translate("merge", "Value to use"))
        self.value.setPlaceholderText(translate("merge", "Another value, e.g. P3Y or [a, b]"))
        self.value.setToolTip(translate(
            "merge", "Another value to use, in YAML (e.g. P3Y or [a, b]); empty: none"))
        self.value.setMinimumWidth(160)
        self.apply_value = QPushButton(translate("merge", "&Apply"), self)
        self.error = QLabel(self)
        self.error.setAccessibleName(translate("merge", "Resolution error"))
        self.error.setWordWrap(True)
        values = QGridLayout()
        for row, (name, label) in enumerate(zip(names, (self.base, self.ours, self.theirs),
                                                strict=True)):
            values.addWidget(QLabel(f"<b>{name}</b>", self), row, 0, Qt.AlignmentFlag.AlignTop)
            values.addWidget(label, row, 1)
        values.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_ours)
        buttons.addWidget(self.use_theirs)
        buttons.addStretch(1)
        edit = QHBoxLayout()
        edit.addWidget(self.value, 1)
        edit.addWidget(self.apply_value)
        holder = QWidget(self)
        shown_values = QVBoxLayout(holder)
        shown_values.setContentsMargins(0, 0, 0, 0)
        shown_values.addLayout(values)
        shown_values.addWidget(self.error)
        shown_values.addStretch(1)
        scroll = QScrollArea(self)  # long values scroll; the ways to resolve stay in view
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(scroll, 1)
        side.addLayout(buttons)
        side.addLayout(edit)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)

    def _value_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setAccessibleName(translate("merge", "{name} value").format(name=name))
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label


class MergeConflicts(QObject):
    """Reads the record of the opened file, applies the choices and removes the record."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget)
        self.host = host
        self.bridge = host.bridge
        self.conflicts: tuple[Conflict, ...] = ()
        self._steps: dict[int, QUndoCommand] = {}
        """Conflict index -> the undo command that resolved it."""
        self.panel = MergeConflictsPanel()
        self.dock = QDockWidget(translate("merge", "Merge conflicts"), host.widget)
        self.dock.setObjectName("merge_conflicts_dock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        host.add_dock(self.dock, Qt.DockWidgetArea.BottomDockWidgetArea, DOCK_HEIGHT)
        self.dock.hide()
        self.panel.list.currentRowChanged.connect(self._show_selected)
        self.panel.list.itemActivated.connect(lambda _item: self._reveal())
        self.panel.use_ours.clicked.connect(lambda: self.resolve("ours"))
        self.panel.use_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.panel.apply_value.clicked.connect(lambda: self.resolve("value"))
        self.panel.value.returnPressed.connect(lambda: self.resolve("value"))
        # Relayed through the panel, so nothing arrives once the window is gone.
        self.bridge.undo_stack.indexChanged.connect(self.panel.stackMoved)
        self.bridge.reset.connect(self.panel.documentReset)
        self.panel.stackMoved.connect(lambda _index: self._refresh())
        self.panel.documentReset.connect(self._load)
        self._load()

    # -- state ---------------------------------------------------------------------------------
    def is_resolved(self, index: int) -> bool:
        """True while the step that resolved conflict ``index`` is in effect (not undone)."""
        command = self._steps.get(index)
        if command is None:
            return False
        stack = self.bridge.undo_stack
        return any(stack.command(i) is command for i in range(stack.index()))

    def open_count(self) -> int:
        """Conflicts not resolved yet."""
        return sum(not self.is_resolved(i) for i in range(len(self.conflicts)))

    # -- opening and saving --------------------------------------------------------------------
    def _load(self) -> None:
        self._steps = {}
        self.conflicts = ()
        path = self.bridge.path
        error = ""
        if path:
            try:
                self.conflicts = read_record(path) or ()
            except PolicyFileError as exc:
                error = str(exc)
        if not self.conflicts and not error:
            self.dock.hide()
            return
        self.panel.list.clear()
        for conflict in self.conflicts:
            QListWidgetItem(describe(conflict), self.panel.list)
        self.panel.error.setText(error)
        self._refresh()
        self.dock.show()
        self.dock.raise_()
        if self.conflicts:
            self.panel.list.setCurrentRow(0)

    def file_saved(self, path: str) -> None:
        """The document was saved to ``path``: rewrite the record, or remove it when done."""
        if not self.conflicts:
            return
        still = tuple(c for i, c in enumerate(self.conflicts) if not self.is_resolved(i))
        if still:
            write_record(path, still)
            return
        remove_record(path)
        self.conflicts, self._steps = (), {}
        self.panel.list.clear()
        self.dock.hide()
        self.host.show_message(translate("merge", "Every merge conflict is resolved; {name} is "
                                         "saved and its conflict record removed.").format(
                                             name=display_name(path)), 8000)

    # -- resolving -----------------------------------------------------------------------------
    def resolve(self, choice: str, index: int | None = None) -> bool:
        """Resolve conflict ``index`` (the selected one) with ours, theirs or the typed value."""
        index = self.panel.list.currentRow() if index is None else index
        if not 0 <= index < len(self.conflicts):
            return False
        conflict = self.conflicts[index]
        try:
            value: Any = {"ours": conflict.ours, "theirs": conflict.theirs}.get(choice)
            if choice == "value":
                value = parse_value(self.panel.value.text())
            where = f"{conflict.item_id or 'policy'}" + (f".{conflict.field}"
                                                          if conflict.field else "")
            text = translate("merge", "Resolve {where} with ours") if choice == "ours" else \
                translate("merge", "Resolve {where} with theirs") if choice == "theirs" else \
                translate("merge", "Resolve {where} with a new value")
            edit = resolution_edit(self.bridge.policy, conflict, value, text.format(where=where))
            self.bridge.apply(edit)
        except (EditError, PolicyFileError) as exc:
            self.panel.error.setText(translate("merge", "Not resolved: {error}").format(error=exc))
            return False
        stack = self.bridge.undo_stack
        self._steps[index] = stack.command(stack.index() - 1)
        self.panel.error.setText("")
        self._refresh()
        following = next((i for i in range(index + 1, len(self.conflicts))
                          if not self.is_resolved(i)), None)
        if following is not None:
            self.panel.list.setCurrentRow(following)
        return True

    # -- showing -------------------------------------------------------------------------------
    def _refresh(self) -> None:
        if not self.conflicts:
            return
        for index in range(self.panel.list.count()):
            item = self.panel.list.item(index)
            done = self.is_resolved(index)
            item.setIcon(icon("severity-info" if done else "severity-warning"))
            item.setText(describe(self.conflicts[index])
                         + (" " + translate("merge", "(resolved)") if done else ""))
            item.setToolTip(translate("merge", "Resolved") if done else
                            translate("merge", "Not resolved yet"))
        total, still = len(self.conflicts), self.open_count()
        name = display_name(self.bridge.path)
        self.panel.summary.setText(
            translate("merge", "{name}: {done} of %n merge conflicts resolved (until then each "
                      "holds ours' value).", None, total).format(name=name, done=total - still)
            + " " + (translate("merge", "Save to finish: the conflict record is then removed.")
                     if not still else translate(
                         "merge", "Pick ours, theirs or another value; each choice is one undo "
                         "step.")))
        self._show_selected(self.panel.list.currentRow())

    def _show_selected(self, index: int) -> None:
        enabled = 0 <= index < len(self.conflicts)
        for widget in (self.panel.use_ours, self.panel.use_theirs, self.panel.apply_value,
                       self.panel.value):
            widget.setEnabled(enabled)
        if not enabled:
            return
        conflict = self.conflicts[index]
        for label, value in ((self.panel.base, conflict.base), (self.panel.ours, conflict.ours),
                             (self.panel.theirs, conflict.theirs)):
            label.setText(_shown(conflict, value))
        self.panel.value.setText(value_text(conflict.ours) if conflict.field else "")
        self.panel.value.setEnabled(bool(conflict.field))
        self.panel.apply_value.setEnabled(bool(conflict.field))

    def _reveal(self) -> None:
        index = self.panel.list.currentRow()
        if 0 <= index < len(self.conflicts):
            conflict = self.conflicts[index]
            if conflict.section in (METADATA, SECURITY):
                self.host.reveal(METADATA)
            else:
                self.host.reveal(conflict.section, conflict.item_id)


def _shown(conflict: Conflict, value: Any) -> str:
    if conflict.field == "" and value is None:
        return translate("merge", "(deleted)")
    if conflict.field == "" and isinstance(value, dict):
        return ", ".join(f"{k}: {shown(v)}" for k, v in value.items() if v not in
                         (None, "", [], {}, False)) or translate("merge",
                                                                 "(the item, all defaults)")
    return shown(value)


def install_merge_conflicts(host: Host) -> MergeConflicts:
    """Add the Merge conflicts panel to ``host``; it opens itself when a record is found.

    The window connects its file controller's ``saved`` signal to
    :meth:`MergeConflicts.file_saved`.
    """
    return MergeConflicts(host)
