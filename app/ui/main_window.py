"""The main window: navigator on the left, editor in the middle, problems below.

It implements :class:`~app.ui.host.Host`, the seam every controller is installed through.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolBar,
    QUndoView,
    QWidget,
)

from app import __version__
from app.domain.i18n import translate
from app.domain.models import Policy
from app.domain.sections import HIERARCHICAL, METADATA
from app.ui.actions import ensure_mnemonics, make_action
from app.ui.add_item_dialog import name_field
from app.ui.approvals import install_approvals
from app.ui.bridge import DocumentBridge
from app.ui.compare import install_compare
from app.ui.editors.host import EditorHost
from app.ui.export import install_export
from app.ui.files import install_files
from app.ui.history.controller import install_history
from app.ui.host import MenuSlot
from app.ui.icons import icon
from app.ui.item_actions import ItemActions
from app.ui.keyboard import REDO_ALSO, TabIntoForm, UndoFromFields, focus_first_control
from app.ui.merge_conflicts import install_merge_conflicts
from app.ui.navigator.panel import NavigatorPanel
from app.ui.preferences import install_preferences
from app.ui.problems.controller import install_problems
from app.ui.views.document import install_document_view
from app.ui.views.flow.view import install_flow
from app.ui.views.matrix import install_matrix
from app.ui.views.review import install_review
from app.ui.views.tester import install_tester
from app.ui.views.timeline.view import install_timeline
from app.validation.finding import Severity

APP_NAME = "Policy Studio"


NAVIGATOR_MIN_WIDTH = 220
"""Pixels below which the navigator's names become unreadable."""
VIEWS_MIN_WIDTH = 600
"""The most a view may ask for, so that 1024 pixels hold it beside the navigator."""
NAVIGATOR_WIDTH = 340
"""The navigator's width in a new window: at 1024 pixels the rest holds every view's tab."""


BOTTOM_SHARE = 0.22
"""The share of the window's height the bottom docks (Problems) start with."""


def tab_title(title: str) -> str:
    """A view's short tab title: the last word of its full title ("Use matrix" -> "Matrix")."""
    return title.split()[-1].capitalize()


class MainWindow(QMainWindow):
    """One window per open policy (a :class:`~app.ui.host.Host` for its controllers)."""

    def __init__(self, bridge: DocumentBridge, settings: QSettings | None = None) -> None:
        super().__init__()
        self.bridge = bridge
        self.settings = settings or QSettings()
        self._view_actions: list[QAction] = []
        self.setWindowIcon(icon("app"))
        self.actions_ = ItemActions(bridge, self)
        self.navigator = NavigatorPanel(bridge, self.actions_, self)
        self.editors = EditorHost(bridge, self)
        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        self.views.setAccessibleName("Views")
        self.setCentralWidget(self.views)
        self.navigator_dock = self._dock("Navigator", self.navigator,
                                         Qt.DockWidgetArea.LeftDockWidgetArea)
        self.history = QUndoView(bridge.undo_stack, self)
        self.history.setEmptyLabel("<opened>")
        self.history.setAccessibleName(translate("MainWindow", "Undo history"))
        self.history_dock = self._dock("History", self.history,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.history_dock.hide()
        # The navigator keeps the full height on the left; bottom docks sit below the editor.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.navigator.selectionChangedTo.connect(self._show_selection)
        self.actions_.added.connect(self._added)
        self._undo_keys = UndoFromFields(self, self.editors.finish_editing)
        self._tab_keys = TabIntoForm(self.navigator.tree, self._tab_into_form)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.editor_view_action = self.add_view(self.editors, "Editor", "edit-rename")
        # -- plug-ins: controllers that add their own docks, menus and actions ----------------
        # (keep one line per controller here)
        self.problems = install_problems(self)
        self.files = install_files(self)
        self.export = install_export(self)
        self.matrix = install_matrix(self)
        self.timeline = install_timeline(self)
        self.flow = install_flow(self)
        self.tester = install_tester(self)
        self.editors.testRequested.connect(self.tester.ask)
        self.review = install_review(self)
        self.compare = install_compare(self)
        self.git_history = install_history(self)
        self.approvals = install_approvals(self)
        self.document_view = install_document_view(self)
        self.merge_conflicts = install_merge_conflicts(self)
        self.preferences = install_preferences(self)
        self.files.saved.connect(self.merge_conflicts.file_saved)
        self._tabify_when_shown(self.problems.dock, self.merge_conflicts.dock)
        # -- end of plug-ins ------------------------------------------------------------------
        ensure_mnemonics(self.edit_menu)
        bridge.reset.connect(lambda: self.navigator.select(METADATA))  # after the views reset
        bridge.modifiedChanged.connect(self._update_title)
        bridge.pathChanged.connect(self._update_title)
        bridge.reset.connect(self._update_title)
        self.resize(1400, 900)
        # A small screen (1024x700) squeezes the views, not the navigator: a view's tab may not
        # claim more than the window leaves beside a readable navigator.
        self.navigator.setMinimumWidth(NAVIGATOR_MIN_WIDTH)
        self.views.setMinimumWidth(VIEWS_MIN_WIDTH)
        self.resizeDocks([self.navigator_dock], [NAVIGATOR_WIDTH], Qt.Orientation.Horizontal)
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        self._docks_sized = state is not None and self.restoreState(state)
        self._update_title()
        self.statusBar().showMessage(translate("MainWindow", "Ready"), 3000)

    # -- layout -------------------------------------------------------------------------------
    def _tabify_when_shown(self, first: QDockWidget, second: QDockWidget) -> None:
        """Tab ``second`` with ``first`` the first time it is shown.

        Tabbing a hidden dock at start leaves Qt's tab bar for the group parented to the window
        and drawn at its top-left corner, over the menus, until the dock is shown.
        """
        def shown(visible: bool) -> None:
            if visible and first.isVisible() and second not in self.tabifiedDockWidgets(first):
                self.tabifyDockWidget(first, second)
                second.raise_()

        second.visibilityChanged.connect(shown)

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{title.lower()}_dock")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _build_actions(self) -> None:
        stack = self.bridge.undo_stack
        self.undo_action = stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.undo_action.setIcon(icon("edit-undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.redo_action.setIcon(icon("edit-redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcuts(redo_keys + [REDO_ALSO] * (REDO_ALSO not in redo_keys))
        self.add_action = make_action(
            self, translate("MainWindow", "&Add item..."), "list-add", "Ctrl+Shift+N",
            translate("MainWindow", "Add an item beside the selected one (asks its name)"))
        self.add_action.triggered.connect(self._add_item)
        self.add_child_action = make_action(
            self, translate("MainWindow", "Add &child item..."), "list-add", "Ctrl+Alt+N",
            translate("MainWindow", "Add an item under the selected one"))
        self.add_child_action.triggered.connect(lambda: self._add_item(child=True))
        self.duplicate_action = make_action(
            self, translate("MainWindow", "Du&plicate"), "edit-copy", "Ctrl+D",
            translate("MainWindow", "Duplicate the selected item"))
        self.duplicate_action.triggered.connect(lambda: self._on_item(self.actions_.duplicate))
        self.rename_action = make_action(
            self, translate("MainWindow", "Re&name..."), "edit-rename", "F2",
            translate("MainWindow", "Rename the selected item and update its uses"))
        self.rename_action.triggered.connect(lambda: self._on_item(self.actions_.rename))
        self.delete_action = make_action(
            self, translate("MainWindow", "&Delete"), "edit-delete",
            QKeySequence.StandardKey.Delete, translate("MainWindow", "Delete the selected item"))
        self.delete_action.triggered.connect(lambda: self._on_item(self.actions_.delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.navigator.tree.addAction(self.delete_action)
        self.find_action = make_action(self, translate("MainWindow", "&Find..."), "edit-find",
                                       QKeySequence.StandardKey.Find,
                                       translate("MainWindow", "Filter the policy tree"))
        self.find_action.triggered.connect(self._focus_filter)
        self.about_action = make_action(
            self, translate("MainWindow", "&About {app}").format(app=APP_NAME), "help-about")
        self.about_action.triggered.connect(self._about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = make_action(
            self, translate("MainWindow", "About &Qt"), None, None,
            translate("MainWindow", "The version and licence of Qt"))
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)
        self.quit_action = make_action(
            self, translate("MainWindow", "&Quit"), None, QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self._file_top = self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        edit = self.edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        for action in (self.undo_action, self.redo_action, None, self.add_action,
                       self.add_child_action, self.duplicate_action, self.rename_action,
                       self.delete_action, None, self.find_action):
            edit.addSeparator() if action is None else edit.addAction(action)
        self.view_menu = bar.addMenu(translate("MainWindow", "&View"))
        for dock in (self.navigator_dock, self.history_dock):
            self.view_menu.addAction(dock.toggleViewAction())
        self.history_dock.toggleViewAction().setIcon(icon("history"))
        self.history_dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+H"))
        self.policy_menu = bar.addMenu(translate("MainWindow", "&Policy"))
        self.help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)

    def _build_toolbar(self) -> None:
        self.toolbar = self.addToolBar("Main")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for action in (self.undo_action, self.redo_action, None, self.add_action,
                       self.duplicate_action, self.delete_action):
            self.toolbar.addSeparator() if action is None else self.toolbar.addAction(action)

    # -- the host of the controllers (app.ui.host.Host) ----------------------------------------
    @property
    def widget(self) -> QWidget:
        """The window itself, as the parent of controllers' actions and dialogs."""
        return self

    def known_errors(self) -> int | None:
        """Error findings of the Problems panel's latest checks, while they are current."""
        revalidator = self.problems.revalidator
        result = revalidator.result
        if result is None or result.error or not revalidator.is_current(result):
            return None
        return result.counts()[Severity.ERROR]

    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        """A status-bar message."""
        self.statusBar().showMessage(text, timeout_ms)

    def add_status_widget(self, widget: QWidget) -> None:
        """A permanent status-bar widget."""
        self.statusBar().addPermanentWidget(widget)

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea, height: int = 0) -> None:
        """Dock ``dock`` in ``area``."""
        self.addDockWidget(area, dock)
        if height:
            self.resizeDocks([dock], [height], Qt.Orientation.Vertical)

    def add_to_menu(self, slot: MenuSlot, entry: QAction | QMenu | None) -> None:
        """Put an entry into a menu slot (see :data:`~app.ui.host.MenuSlot`)."""
        menu = {"file-top": self.file_menu, "file": self.file_menu, "edit": self.edit_menu,
                "view": self.view_menu,
                "policy": self.policy_menu, "help": self.help_menu}[slot]
        before = {"file-top": self._file_top, "file": self.quit_action}.get(slot)
        if entry is None:
            menu.insertSeparator(before) if before else menu.addSeparator()
        elif isinstance(entry, QMenu):
            menu.insertMenu(before, entry) if before else menu.addMenu(entry)
        else:
            menu.insertAction(before, entry) if before else menu.addAction(entry)

    def add_bar(self, bar: QToolBar) -> None:
        """Put ``bar`` on a row of its own below the toolbar."""
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def add_to_toolbar(self, actions: list[QAction]) -> None:
        """Put ``actions`` at the front of the toolbar, then a separator."""
        first = self.toolbar.actions()[0] if self.toolbar.actions() else None
        for action in actions:
            self.toolbar.insertAction(first, action) if first else self.toolbar.addAction(action)
        if first:
            self.toolbar.insertSeparator(first)

    # -- views ------------------------------------------------------------------------------
    def add_view(self, widget: QWidget, title: str, icon_name: str,
                 tab: str | None = None) -> QAction:
        """Add a view as a tab of the central area, with a View-menu entry (Ctrl+1, Ctrl+2...).

        The tab says ``tab``, by default the title's last word (so that every tab fits 1024
        pixels); the full title is its tooltip, the widget's accessible name and the menu entry.
        """
        index = self.views.addTab(widget, icon(icon_name), tab or tab_title(title))
        self.views.setTabToolTip(index, title)
        widget.setAccessibleName(title)
        if not self._view_actions:
            self.view_menu.addSeparator()
        action = make_action(self, title, icon_name, f"Ctrl+{index + 1}" if index < 9 else None,
                             translate("MainWindow", "Show the view: {title}").format(
                                 title=title))
        action.triggered.connect(lambda: self.show_view(widget))
        self.view_menu.addAction(action)
        self._view_actions.append(action)
        return action

    def show_view(self, widget: QWidget) -> None:
        """Bring a view's tab to the front and focus its first control.

        For the editor that is the first field of the form shown, else the navigator tree.
        """
        self.views.setCurrentWidget(widget)
        if widget is self.editors:
            if not self.editors.focus_first():
                self.navigator_dock.show()
                self.navigator.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        focus_first_control(widget)

    def reveal(self, section: str, item_id: str | None = None,
               field: tuple[str | int, ...] | None = None) -> None:
        """Select an item in the navigator and show its editor (the one reveal path).

        The keyboard focus goes to ``field`` (a document path) when given. An item no longer
        in the policy (edited since) selects its section instead.
        """
        self.navigator_dock.show()
        self.navigator.select(section, item_id)
        self.views.setCurrentWidget(self.editors)
        if item_id and self.navigator.current()[:2] != (section, item_id):
            self.navigator.select(section)
            return
        if field is not None:
            self.editors.focus_field(field)

    # -- behaviour ----------------------------------------------------------------------------
    def _show_selection(self, section: str, item_id: str) -> None:
        self.editors.show_item(section, item_id or None)
        has_item = bool(item_id) and section != METADATA
        for action in (self.duplicate_action, self.rename_action, self.delete_action):
            action.setEnabled(has_item)
        self.add_child_action.setEnabled(bool(item_id) and section in HIERARCHICAL)

    def _on_item(self, operation) -> None:  # type: ignore[no-untyped-def]
        section, item_id, kind = self.navigator.current()
        if item_id and kind == "item" and section != METADATA:
            operation(section, item_id)

    def _add_item(self, child: bool = False) -> None:
        """Ask for a new item's name and add it beside (or, ``child``, under) the selection."""
        self.actions_.ask_add_at(*self.navigator.current(), child=child)

    def _tab_into_form(self) -> bool:
        """Tab in the tree: into the form when the editor is the view shown."""
        return self.views.currentWidget() is self.editors and self.editors.focus_first()

    def _added(self, section: str, item_id: str) -> None:
        """Show a new item's form with the focus in its first field still to fill."""
        self.reveal(section, item_id)
        item = self.bridge.document.find(section, item_id)
        named = item is not None and bool(getattr(item, name_field(section), ""))
        self.editors.focus_first(("id", name_field(section)) if named else ("id",))
        self.activateWindow()  # back from the dialog, straight into the field

    def _focus_filter(self) -> None:
        self.navigator_dock.show()
        self.navigator.filter.setFocus()
        self.navigator.filter.selectAll()

    def _about(self) -> None:
        from app.ui.about import show_about

        show_about(self, self.settings)

    def _update_title(self, *_args: object) -> None:
        path = self.bridge.path
        name = Path(path).name if path else translate("MainWindow", "Untitled")
        self.setWindowModified(self.bridge.modified)
        self.setWindowTitle(f"{name}[*] - {APP_NAME}")

    @property
    def policy(self) -> Policy:
        """The policy being edited."""
        return self.bridge.policy

    def showEvent(self, event: QShowEvent) -> None:
        """At the first show without a saved layout, give the bottom docks their share."""
        super().showEvent(event)
        if not self._docks_sized:
            self._docks_sized = True
            bottom = [dock for dock in self.findChildren(QDockWidget)
                      if self.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
                      and not dock.isHidden()]
            height = round(BOTTOM_SHARE * self.height())
            self.resizeDocks(bottom, [height] * len(bottom), Qt.Orientation.Vertical)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's geometry and layout, then close."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        event.accept()


__all__ = ["APP_NAME", "MainWindow", "__version__"]
