"""The controllers' seam: every ``install_*`` takes a Host, a minimal fake host is enough, and
every view reveals items through the host's one reveal path."""

from __future__ import annotations

import inspect
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QWidget

import app.ui
from app.domain.enums import Status
from app.ui.approvals import install_approvals
from app.ui.bridge import DocumentBridge
from app.ui.compare import install_compare
from app.ui.export import install_export
from app.ui.files import install_files
from app.ui.history.controller import install_history
from app.ui.host import Host, MenuSlot
from app.ui.main_window import MainWindow
from app.ui.merge_conflicts import install_merge_conflicts
from app.ui.problems.controller import install_problems
from app.ui.views.document import install_document_view
from app.ui.views.flow.view import install_flow
from app.ui.views.matrix import install_matrix
from app.ui.views.review import install_review
from app.ui.views.tester import install_tester
from app.ui.views.timeline.canvas import install_diagram
from app.ui.views.timeline.view import install_timeline
from app.validation.finding import Finding, Severity
from app.validation.problems import Problem

INSTALLERS: list[Callable] = [
    install_problems, install_files, install_export, install_matrix, install_timeline,
    install_flow, install_tester, install_review, install_compare, install_approvals,
    install_document_view, install_diagram, install_history]
INSTALLERS.append(install_merge_conflicts)


class FakeHost:
    """The least a controller may need: it records what the controllers ask for."""

    def __init__(self, bridge: DocumentBridge) -> None:
        self.bridge = bridge
        self.settings = QSettings()
        self._widget = QWidget()
        self.revealed: list[tuple] = []
        self.messages: list[str] = []
        self.views: dict[str, QWidget] = {}
        self.menus: dict[str, list] = defaultdict(list)
        self.docks: list[QDockWidget] = []
        self.extras: list[object] = []

    @property
    def widget(self) -> QWidget:
        return self._widget

    def reveal(self, section: str, item_id: str | None = None,
               field: tuple[str | int, ...] | None = None) -> None:
        self.revealed.append((section, item_id, field))

    def known_errors(self) -> int | None:
        return None

    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        self.messages.append(text)

    def add_status_widget(self, widget: QWidget) -> None:
        self.extras.append(widget)

    def add_view(self, widget: QWidget, title: str, icon_name: str,
                 tab: str | None = None) -> QAction:
        self.views[title] = widget
        return QAction(title, self._widget)

    def show_view(self, widget: QWidget) -> None:
        self.extras.append(widget)

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea, height: int = 0) -> None:
        self.docks.append(dock)

    def add_to_menu(self, slot: MenuSlot, entry: QAction | QMenu | None) -> None:
        self.menus[slot].append(entry)

    def add_bar(self, bar: QToolBar) -> None:
        self.extras.append(bar)

    def add_to_toolbar(self, actions: list[QAction]) -> None:
        self.extras.extend(actions)


@pytest.fixture
def host(qtbot, bridge: DocumentBridge) -> Iterator[FakeHost]:  # type: ignore[no-untyped-def]
    fake = FakeHost(bridge)
    qtbot.addWidget(fake.widget)
    yield fake


def test_no_install_function_takes_the_main_window() -> None:
    for install in INSTALLERS:
        first = next(iter(inspect.signature(install).parameters.values()))
        assert first.annotation == "Host", install.__name__
    root = Path(app.ui.__file__).parent
    reaching = [p.name for p in root.rglob("*.py") if "MainWindow" in p.read_text()
                and p.name not in ("main_window.py", "app.py")]
    assert reaching == []
    assert not any('"&Help"' in p.read_text() for p in root.rglob("*.py")
                   if p.name != "main_window.py")  # no menu is found by its text


def test_the_main_window_is_a_host(window: MainWindow) -> None:
    assert isinstance(window, Host)
    assert window.approvals.submit_action in window.policy_menu.actions()


def test_a_minimal_host_installs_every_controller(host: FakeHost) -> None:
    assert isinstance(host, Host)
    problems = install_problems(host)
    files = install_files(host)
    install_export(host)
    for install in (install_matrix, install_timeline, install_flow, install_tester,
                    install_review, install_document_view):
        install(host)
    install_compare(host)
    history = install_history(host)
    approvals = install_approvals(host)
    assert set(host.views) == {"Use matrix", "Retention timeline", "Data flow",
                               "Decision tester", "Intrusiveness review", "Documents"}
    assert host.menus["file-top"][:2] == [files.new_action, files.open_action]
    assert host.menus["policy"] == [approvals.submit_action, approvals.approve_action,
                                    approvals.retire_action, approvals.draft_action]
    assert problems.toggle_action in host.menus["view"]
    assert history.action in host.menus["file"]
    assert host.docks == [problems.dock]
    merge_conflicts = install_merge_conflicts(host)
    assert host.docks == [problems.dock, merge_conflicts.dock]
    assert not merge_conflicts.dock.isVisibleTo(host.widget)  # no conflict record here
    problems.revalidator.wait()
    approvals.set_status(Status.IN_REVIEW)
    assert host.bridge.policy.policy.status == Status.IN_REVIEW


def test_every_view_reveals_through_the_host(qtbot, host: FakeHost) -> None:  # type: ignore[no-untyped-def]
    matrix = install_matrix(host)
    index = matrix.view.model.index_of("contact.email", "marketing.newsletter")
    matrix.view.cell_actions.edit_rule(index)
    assert host.revealed[-1][:2] == ("rules", "newsletter_email")

    tester = install_tester(host)
    tester.set_request(category="contact.email", purpose="marketing.newsletter",
                       consent="granted")
    tester.answer.rule_buttons[0].click()
    assert host.revealed[-1][:2] == ("rules", "newsletter_email")
    tester.answer.retention_button.click()
    assert host.revealed[-1][:2] == ("retention", "keep_email")

    timeline = install_timeline(host)
    timeline.rebuild()
    timeline.current = timeline.targets.index(timeline.bars()[0])
    timeline.activate()
    assert host.revealed[-1][:2] == ("retention", "keep_email")

    flow = install_flow(host)
    flow.rebuild()
    flow.current = 0
    flow.activate()
    assert host.revealed[-1][:2] == flow.current_target()

    review = install_review(host)
    review.runner.set_active(True)
    qtbot.waitUntil(lambda: not review.runner.busy and not review.runner.stale, timeout=10_000)
    review.table.selectRow(0)
    use = review.current_use()
    review.details.rule_button.click()
    assert host.revealed[-1][:2] == ("rules", use.rule)
    review.runner.set_active(False)
    review.runner.wait()

    problems = install_problems(host)
    problems.revalidator.wait()
    finding = Finding("STR003", Severity.ERROR, "unknown purpose", ("rules", 0, "purposes", 0))
    problems.go_to(Problem(finding, "rules", "newsletter_email"))
    assert host.revealed[-1] == ("rules", "newsletter_email", ("rules", 0, "purposes", 0))
