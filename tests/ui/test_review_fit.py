"""The review's columns fit its width; before the first scores it says it is scoring."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.paths import EXAMPLES
from app.ui.app import open_window
from app.ui.views.review.model import HEADERS
from tests.ui.test_review_view import wait_review

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"


@pytest.mark.parametrize("size", [(1024, 700), (1400, 900)])
def test_every_column_of_the_review_fits_without_scrolling_sideways(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, size: tuple[int, int]) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(str(EXAMPLE), settings)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    view = win.review
    win.show_view(view)
    wait_review(qtbot, view)
    qtbot.wait(50)
    table = view.table
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width() + 1
    assert not table.horizontalScrollBar().isVisible()
    metrics = header.fontMetrics()
    for column, title in enumerate(HEADERS):  # every heading readable in full
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 8, title
    names = {r.id: r.name for r in win.bridge.policy.recipients}
    shown = {view.proxy.index(row, 5).data() for row in range(view.proxy.rowCount())}
    assert "Advertising partners" in shown and not shown & (set(names) - set(names.values()))
    win.problems.revalidator.wait()


def test_before_the_first_scores_the_details_say_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.domain.models import Metadata, Policy
    from app.ui.bridge import DocumentBridge
    from app.ui.views.review.view import ReviewView

    bridge = DocumentBridge(Policy(policy=Metadata(id="p", title="P")))
    view = ReviewView(bridge)
    qtbot.addWidget(view)
    details = view.details
    assert not details.remedy_title.isVisibleTo(view) and not details.rule_button.isVisibleTo(view)
    assert "Scoring" in details.title.text() or "Select a use" in details.title.text()
    view.runner.started.emit()
    assert "Scoring every allowed use" in details.title.text()


def test_the_rules_column_says_what_each_rule_says_and_finds_it_by_id(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Rules have no name: the column shows what the navigator shows (the description), the
    tooltip adds the id, and typing the id still finds the use."""
    from PySide6.QtCore import Qt

    from app.ui.navigator.labels import rule_words

    win = open_window(str(EXAMPLE))
    qtbot.addWidget(win)
    win.show()
    view = win.review
    win.show_view(view)
    wait_review(qtbot, view)
    rules = {r.id: r for r in win.bridge.policy.rules}
    column = HEADERS.index("Rules")
    index = view.proxy.index(0, column)
    use = index.data(Qt.ItemDataRole.UserRole + 2)
    rule = rules[use.rules[0]]
    assert index.data().startswith(rule_words(win.bridge.policy, rule)[:30])
    assert rule.id not in index.data()
    assert rule.id in index.data(Qt.ItemDataRole.ToolTipRole)
    view.table.setCurrentIndex(index)  # the details' button names the rule the same way
    button = view.details.rule_button
    assert rule_words(win.bridge.policy, rule)[:20] in button.text()
    assert rule.id not in button.text()
    assert rule.id in button.toolTip()
    view.filter.setText(rule.id)
    assert view.proxy.rowCount() >= 1
    assert all(rule.id in view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2).rules
               for r in range(view.proxy.rowCount()))
    win.problems.revalidator.wait()


def test_at_1400_the_names_get_the_width_and_the_details_go_below(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Nine columns beside a details pane elide every name; below the table the details leave
    the names room to read ("Payroll and statutory reporting")."""
    from PySide6.QtCore import Qt

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(str(EXAMPLE), settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.wait(100)  # laid out on another tab first, as when the user comes to the review later
    view = win.review
    win.show_view(view)
    wait_review(qtbot, view)
    qtbot.wait(50)
    assert view.splitter.orientation() == Qt.Orientation.Vertical
    header = view.table.horizontalHeader()
    for title in ("Category", "Purpose", "Subject", "Recipient"):
        assert header.sectionSize(HEADERS.index(title)) >= 110, title
    assert view.details.isVisible() and view.details.height() >= 120
    assert view.table.height() >= 0.6 * view.splitter.height()  # the uses get most of it
    win.problems.revalidator.wait()
