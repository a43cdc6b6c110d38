"""The use matrix view: filters, the table, the details panel, the legend and the actions."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import translate
from app.domain.sections import RULES
from app.ui.actions import make_action
from app.ui.bridge import DocumentBridge
from app.ui.keyboard import tab_after
from app.ui.views.matrix.cell_actions import CellActions
from app.ui.views.matrix.corner import Corner, EmptyState
from app.ui.views.matrix.details import DetailsPanel
from app.ui.views.matrix.filters import FilterBar
from app.ui.views.matrix.legend import Legend
from app.ui.views.matrix.model import MatrixModel
from app.ui.views.matrix.table import MatrixTable

Vertical, Horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal


class MatrixView(QWidget):
    """Categories by purposes, each cell the decision under the filters, coloured by band."""

    revealRequested = Signal(str, str)
    """Show this item in the editor: (section, item id)."""

    def __init__(self, bridge: DocumentBridge, tell: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.model = MatrixModel(bridge, self)
        self.table = MatrixTable(self)
        self.table.setModel(self.model)
        self.table.entry_id = self._entry_id
        self.cell_actions = CellActions(bridge, self.model, tell, self)
        self.cell_actions.revealRequested.connect(self.revealRequested)
        self._build_actions()
        self.filters = FilterBar(bridge, self)
        self.details = DetailsPanel([self.allow_action, self.deny_action, self.edit_action], self)
        self.legend = Legend(self)
        self.empty = EmptyState(self)
        self._layout()
        self.model.set_filters(self.filters.filters())
        self.legend.show_marks_for(self.model.filters, collapsed=False)
        self.table.cellWidthChanged.connect(self.model.set_cell_width)
        self.setFocusProxy(self.table)
        self.filters.filtersChanged.connect(self._set_filters)
        self.table.headerToggled.connect(self._toggle)
        self.table.contextMenuAt.connect(self._menu)
        self.table.itemsDropped.connect(self.cell_actions.drop)
        self.table.doubleClicked.connect(self.cell_actions.edit_rule)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.details.ruleActivated.connect(lambda rule: self.revealRequested.emit(RULES, rule))
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._restore)
        self.model.dataChanged.connect(self._show_details)
        self.bridge.changed.connect(lambda *_: self._show_empty())
        self.bridge.reset.connect(self._show_empty)
        self._kept: tuple[str, str] | None = None
        self._show_empty()

    def _layout(self) -> None:
        self.table.corner = Corner([self.fit_action, self.zoom_out_action, self.zoom_in_action,
                                    self.zoom_reset_action],
                                   [self.expand_all_action, self.collapse_all_action], self.table)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.details_area = scroller = QScrollArea(self)
        scroller.setWidget(self.details)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setMinimumWidth(220)
        scroller.hide()  # until a cell is selected
        self.filters.add_trailing(self.legend)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.stack)
        splitter.addWidget(scroller)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([1000, 270])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        # Moving the table and the details into their places put them last in the window's
        # Tab order: after the filters and the legend come the table, its corner buttons, then
        # the cell's buttons and rules (the scroller itself takes no focus: its content does).
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        tab_after(self.legend, [self.table, *self.table.corner.buttons,
                                *self.details.findChildren(QToolButton), self.details.rule_list])

    def _show_empty(self) -> None:
        """The table when there is something to show, else what to add first."""
        policy = self.bridge.policy
        self.empty.explain(len(policy.categories), len(policy.purposes))
        empty = not (policy.categories and policy.purposes)
        self.stack.setCurrentWidget(self.empty if empty else self.table)
        for part in (self.filters, self.legend):
            part.setVisible(not empty)
        self._show_details()

    def _build_actions(self) -> None:
        def add(text: str, icon: str | None, keys: str | None, tip: str,
                slot: Callable[[], object]) -> QAction:
            action = make_action(self, text, icon, keys, tip)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
            return action

        current = self.table.currentIndex
        self.allow_action = add(translate("matrix", "&Allow"), "rule-allow", "Ctrl+Return",
                                translate("matrix", "Add an allow rule for this category and "
                                                    "purpose"),
                                lambda: self.cell_actions.allow(current()))
        self.deny_action = add(translate("matrix", "&Deny"), "rule-deny", "Ctrl+Shift+Return",
                               translate("matrix", "Add a deny rule for this category and purpose"),
                               lambda: self.cell_actions.deny(current()))
        self.edit_action = add(translate("matrix", "&Edit rule"), "edit-rename", "Ctrl+E",
                               translate("matrix", "Show the rule behind this cell in the editor"),
                               lambda: self.cell_actions.edit_rule(current()))
        self.fold_row_action = add(translate("matrix", "Collapse category group"), None, "-",
                                   translate("matrix", "Fold the category group of this row into "
                                                       "one row"),
                                   lambda: self._fold(Vertical, True))
        self.unfold_row_action = add(translate("matrix", "Expand category group"), None, "+",
                                     translate("matrix",
                                               "Show the categories of this collapsed row"),
                                     lambda: self._fold(Vertical, False))
        self.fold_col_action = add(translate("matrix", "Collapse purpose group"), None, "[",
                                   translate("matrix", "Fold the purpose group of this column "
                                                       "into one column"),
                                   lambda: self._fold(Horizontal, True))
        self.unfold_col_action = add(translate("matrix", "Expand purpose group"), None, "]",
                                     translate("matrix", "Show the purposes of this collapsed "
                                                         "column"),
                                     lambda: self._fold(Horizontal, False))
        self.expand_all_action = add(translate("matrix", "Expand all"), None, "Ctrl+Shift+]",
                                     translate("matrix", "Show every category and purpose"),
                                     lambda: self.model.set_all_collapsed(False))
        self.collapse_all_action = add(translate("matrix", "Collapse all"), None, "Ctrl+Shift+[",
                                       translate("matrix", "Fold every top-level category and "
                                                           "purpose group"),
                                       lambda: self.model.set_all_collapsed(True))
        self.zoom_in_action = add(translate("matrix", "Zoom &in"), None, "Ctrl+=",
                                  translate("matrix", "Wider columns"),
                                  self.table.zoom_in)
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.zoom_out_action = add(translate("matrix", "Zoom &out"), None, "Ctrl+-",
                                   translate("matrix", "Narrower columns, more of them on screen"),
                                   self.table.zoom_out)
        self.zoom_reset_action = add(translate("matrix", "&Actual size"), None, "Ctrl+0",
                                     translate("matrix", "Columns at their usual width"),
                                     self.table.zoom_reset)
        self.fit_action = add(translate("matrix", "&Fit columns"), None, "Ctrl+Shift+0",
                              translate("matrix",
                                        "Fit every purpose column into the visible width"),
                              self.table.fit_columns)
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action,
                       self.fit_action, self.expand_all_action, self.collapse_all_action):
            self.addAction(action)  # also while the filters have the focus

    # -- collapsing --------------------------------------------------------------------------
    def _entry_id(self, orientation: Qt.Orientation, section: int) -> str | None:
        axis = self.model.rows if orientation == Vertical else self.model.cols
        entry = axis.entries[section] if 0 <= section < len(axis) else None
        return entry.id if entry is not None and entry.has_children else None

    def _toggle(self, orientation: Qt.Orientation, item_id: str) -> None:
        axis = self.model.rows if orientation == Vertical else self.model.cols
        self.model.set_collapsed(orientation, item_id, item_id not in axis.collapsed)

    def _fold(self, orientation: Qt.Orientation, collapsed: bool) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        vertical = orientation == Vertical
        entry = self.model.row_entry(index.row()) if vertical else \
            self.model.col_entry(index.column())
        axis = self.model.rows if vertical else self.model.cols
        target = axis.group_of(entry.id) if collapsed else entry.id
        if target:
            self.model.set_collapsed(orientation, target, collapsed)

    def _remember(self) -> None:
        index = self.table.currentIndex()
        self._kept = (self.model.row_entry(index.row()).id,
                      self.model.col_entry(index.column()).id) if index.isValid() else None

    def _restore(self) -> None:
        self._update_legend()
        if self._kept is not None:
            index = self.model.index_of(*self._kept)
            if index.isValid():
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
        self._show_details()

    # -- behaviour ---------------------------------------------------------------------------
    def _set_filters(self, filters: object) -> None:
        self.model.set_filters(filters)  # type: ignore[arg-type]
        self._update_legend()

    def _update_legend(self) -> None:
        collapsed = bool(self.model.rows.collapsed or self.model.cols.collapsed)
        self.legend.show_marks_for(self.model.filters, collapsed)

    def _selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_details()

    def _show_details(self, *_args: object) -> None:
        index = self.table.currentIndex()
        selected = index.isValid() and self.table.selectionModel().isSelected(index)
        self.details_area.setVisible(selected and self.stack.currentWidget() is self.table)
        if not selected:
            self.details.show_cell("", None, self.bridge.policy)
            return
        row, col = self.model.row_entry(index.row()), self.model.col_entry(index.column())
        title = f"{escape(self.model.rows.label(row.id))} \N{MULTIPLICATION SIGN} "
        title += escape(self.model.cols.label(col.id))
        title += f"<br><small>{row.id} \N{MULTIPLICATION SIGN} {col.id}</small>"
        self.details.show_cell(title, self.model.cell(index), self.bridge.policy)
        found = self.model.reach(index)
        if found is not None:  # the cell's words, in the panel too
            self.details.state.setText(translate("matrix", "{state}: {words}").format(
                state=self.details.state.text(), words=found.words()))

    def _menu(self, index: QModelIndex, where: QPoint) -> None:
        menu = self.context_menu(index)
        menu.popup(where)

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The menu for a cell: allow, deny, edit rule, then folding."""
        menu = QMenu(self)
        menu.setAccessibleName(translate("matrix", "Cell actions"))
        valid = index.isValid()
        for action in (self.allow_action, self.deny_action, self.edit_action):
            action.setEnabled(valid)
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.fold_row_action, self.unfold_row_action, self.fold_col_action,
                       self.unfold_col_action, None, self.expand_all_action,
                       self.collapse_all_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        return menu
