"""Plugs the Problems panel into the window.

Dock, View menu toggle, status-bar counts, and going from a finding to the item and field it is
about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QToolButton

from app.domain.i18n import translate
from app.ui.icons import icon
from app.ui.problems.panel import ProblemsPanel
from app.ui.problems.revalidator import Revalidator
from app.validation.finding import Severity
from app.validation.problems import Problem, Result, count_text

if TYPE_CHECKING:
    from app.ui.bridge import DocumentBridge
    from app.ui.host import Host

SHORTCUT = "Ctrl+Shift+M"
DOCK_HEIGHT = 230


class ProblemsController(QObject):
    """Owns the panel, its dock, the status-bar summary and the background revalidation."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget)
        self.host = host
        self.panel = ProblemsPanel(host.widget)
        self.revalidator = Revalidator(host.bridge, self)
        self.dock = self._build_dock()
        self.toggle_action = self.dock.toggleViewAction()
        self.toggle_action.setIcon(icon("view-problems"))
        self.toggle_action.setShortcut(QKeySequence(SHORTCUT))
        keys = self.toggle_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.toggle_action.setToolTip(translate(
            "problems", "Show or hide the Problems panel ({keys})").format(keys=keys))
        self.toggle_action.setStatusTip(translate("problems", "Show or hide the Problems panel"))
        host.add_to_menu("view", self.toggle_action)
        self.summary = self._build_summary(keys)
        host.add_status_widget(self.summary)
        self.panel.follow(self.revalidator)
        app = QCoreApplication.instance()
        if app is not None:  # let a run in flight finish before the interpreter goes away
            app.aboutToQuit.connect(self.revalidator.wait)
        self.revalidator.finished.connect(self._show_counts)
        self.revalidator.invalidated.connect(lambda: self.summary.setText(
            translate("problems", "Checking…")))
        self.panel.problemActivated.connect(self.go_to)
        self.revalidator.schedule(0)

    def _build_dock(self) -> QDockWidget:
        dock = QDockWidget(translate("problems", "Problems"), self.host.widget)
        dock.setObjectName("problems_dock")
        dock.setAccessibleName(translate("problems", "Problems panel"))
        dock.setWidget(self.panel)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.host.add_dock(dock, Qt.DockWidgetArea.BottomDockWidgetArea, DOCK_HEIGHT)
        return dock

    def _build_summary(self, keys: str) -> QToolButton:
        button = QToolButton(self.host.widget)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIcon(icon("view-problems"))
        button.setText(translate("problems", "Checking…"))
        button.setToolTip(translate("problems", "Show the Problems panel ({keys})")
                          .format(keys=keys))
        button.setAccessibleName(translate("problems", "Problems summary"))
        button.clicked.connect(self.show_panel)
        return button

    # -- behaviour -----------------------------------------------------------------------------
    def _show_counts(self, result: Result) -> None:
        if result.error:
            self.summary.setText(translate("problems", "Checks failed"))
            self.summary.setIcon(icon("severity-error"))
            return
        counts = result.counts()
        self.summary.setText(count_text(counts))
        worst = next((s for s in Severity if counts[s]), None)
        self.summary.setIcon(icon(f"severity-{worst.value}") if worst else icon("view-problems"))
        self.summary.setAccessibleDescription(self.summary.text())

    def show_panel(self) -> None:
        """Show the Problems dock and put the keyboard focus on its table."""
        self.dock.show()
        self.dock.raise_()
        self.panel.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to(self, problem: Problem) -> None:
        """Reveal the problem's item and focus the field it is about.

        Its section is shown instead when the item is gone (edited since).
        """
        self.host.reveal(problem.section, problem.item_id,
                         current_path(self.host.bridge, problem))


def current_path(bridge: DocumentBridge, problem: Problem) -> tuple[str | int, ...]:
    """The problem's path with the item's position as it is now (edits may have moved it)."""
    path = problem.finding.path
    if problem.item_id is None or len(path) < 2 or not isinstance(path[1], int):
        return path
    items = bridge.document.items(problem.section)
    if 0 <= path[1] < len(items) and items[path[1]].id == problem.item_id:
        return path
    index = next((i for i, item in enumerate(items) if item.id == problem.item_id), path[1])
    return (path[0], index, *path[2:])


def install_problems(host: Host) -> ProblemsController:
    """Add the Problems panel to ``host``; returns its controller."""
    return ProblemsController(host)
