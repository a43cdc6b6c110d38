"""The intrusiveness review: sorted, filterable, explained, and one click (one undo step) to
lower a use's score."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from app.domain.intrusiveness import review
from app.paths import EXAMPLES
from app.storage.resources import default_weights
from app.ui.app import open_window
from app.ui.main_window import MainWindow
from app.ui.views.review.model import SCORE, UseRole, use_key
from app.ui.views.review.view import ReviewView

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"


def wait_review(qtbot, view: ReviewView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view.runner.busy and not view.runner.stale, timeout=10_000)


@pytest.fixture
def window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    win = open_window(str(EXAMPLE))
    qtbot.addWidget(win)
    win.show()
    win.show_view(win.review)
    wait_review(qtbot, win.review)
    return win


def shown_uses(view: ReviewView) -> list:
    return [view.proxy.index(r, 0).data(UseRole) for r in range(view.proxy.rowCount())]


def test_model_passes_the_model_tester(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.review.model)
    qtmodeltester.check(window.review.proxy)


def test_every_allowed_use_is_listed_by_score(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.review
    expected = review(window.bridge.policy, default_weights())
    assert view.model.rowCount() == len(expected) > 100
    scores = [u.score.value for u in shown_uses(view)]
    assert scores == sorted(scores, reverse=True)
    header = view.table.horizontalHeader()
    centre = header.sectionViewportPosition(SCORE) + header.sectionSize(SCORE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(centre, header.height() // 2))
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    scores = [u.score.value for u in shown_uses(view)]
    assert scores == sorted(scores)
    assert view.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_band_and_text_filters(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.review
    total = view.model.rowCount()
    view.band_boxes["low"].click()
    assert view.proxy.rowCount() < total
    assert all(u.score.band != "low" for u in shown_uses(view))
    assert view.count.text() == f"{view.proxy.rowCount()} of {total} uses"
    qtbot.keyClicks(view.filter, "church payroll")
    assert view.proxy.rowCount() > 0
    assert all("church" in u.category and "payroll" in u.purpose for u in shown_uses(view))
    view.filter.clear()
    view.band_boxes["low"].click()
    assert view.proxy.rowCount() == total


def test_details_list_the_factors_and_link_the_rule(window: MainWindow) -> None:
    view = window.review
    view.table.selectRow(0)
    use = view.current_use()
    assert use is not None
    for factor in use.score.factors:
        assert factor.label in view.details.factors.text()
    assert view.details.buttons
    view.details.rule_button.click()
    assert window.navigator.current()[:2] == ("rules", use.rule)


def pick(view: ReviewView, kind: str):  # type: ignore[no-untyped-def]
    """Select the first shown use offering a ``kind`` change; its button."""
    for row in range(view.proxy.rowCount()):
        view.table.selectRow(row)
        for button in view.details.buttons:
            if button.property("remedy_kind") == kind:
                return button
    raise AssertionError(f"no use offers a {kind} change")


@pytest.mark.parametrize("kind", ["obligation", "opt_in", "narrow"])
def test_each_change_lowers_the_score_in_one_undo_step(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                       kind: str) -> None:
    view, stack = window.review, window.bridge.undo_stack
    button = pick(view, kind)
    use = view.current_use()
    promised = float(button.text().split("→")[1].split()[0])
    button.click()
    assert stack.count() == 1
    wait_review(qtbot, view)
    after = {use_key(u): u.score.value for u in view.model.uses}
    if kind == "narrow" and promised == 0:
        assert use_key(use) not in after  # the rule no longer allows it
    else:
        assert after[use_key(use)] == promised < use.score.value
        assert view.current_use() is not None and use_key(view.current_use()) == use_key(use)
    stack.undo()
    wait_review(qtbot, view)
    assert {use_key(u): u.score.value for u in view.model.uses}[use_key(use)] == use.score.value


def test_follows_edits_elsewhere_and_only_runs_when_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view, bridge = window.review, window.bridge
    first = view.model.uses[0]
    window.show_view(window.editors)
    bridge.set_field("rules", first.rule, "effect", "deny")
    assert view.runner.stale and not view.runner.busy
    window.show_view(view)
    wait_review(qtbot, view)
    assert all(u.rule != first.rule for u in view.model.uses)
    bridge.undo_stack.undo()
    wait_review(qtbot, view)
    assert view.model.uses[0] == first


def test_a_failing_review_is_reported_and_the_last_uses_stay(
        qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from app.ui.views.review import runner

    view, bridge = window.review, window.bridge
    before = list(view.model.uses)

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("the weights broke")

    monkeypatch.setattr(runner, "review", broken)
    bridge.set_field("rules", before[0].rule, "description", "x")
    qtbot.waitUntil(lambda: view.runner.error is not None, timeout=10_000)
    assert "the weights broke" in view.count.text()
    assert view.model.uses == before
    monkeypatch.undo()
    bridge.set_field("rules", before[0].rule, "description", "y")
    wait_review(qtbot, view)
    assert view.runner.error is None and view.model.uses == before


def test_names_and_tips(window: MainWindow) -> None:
    view = window.review
    for widget in (view.table, view.filter, *view.band_boxes.values()):
        assert widget.accessibleName() and widget.toolTip()
    view.table.selectRow(0)
    assert all(b.toolTip() and b.accessibleName() for b in view.details.buttons)
    assert view.focusProxy() is view.table


def test_the_command_line_review_lists_the_same_uses(window: MainWindow) -> None:
    """`policy-studio review --json` prints exactly the window's list, in the same order."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    from app.domain.decisions import DecisionEngine

    done = subprocess.run([sys.executable, "-m", "app", "review", str(EXAMPLE), "--json"],
                          cwd=Path(__file__).resolve().parents[2], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    window_uses = window.review.model.uses
    assert json.loads(done.stdout)["uses"] == [u.to_dict() for u in window_uses]
    engine = DecisionEngine(window.bridge.policy)
    assert all(engine.decide(u.request()).allowed for u in window_uses)


def test_uses_read_by_name_and_are_still_found_by_id(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.review
    policy = window.bridge.policy
    names = {c.id: c.name for c in policy.categories}
    use = shown_uses(view)[0]
    row = view.proxy.index(0, 2)
    assert row.data() == names[use.category] != use.category
    assert row.data(Qt.ItemDataRole.ToolTipRole).startswith(use.category + "\n")
    view.filter.setText(use.category)  # the id still finds the use
    assert use in shown_uses(view)
    view.table.selectRow(0)
    assert names[shown_uses(view)[0].category] in view.details.title.text()


def test_a_policy_that_allows_nothing_says_how_to_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    win = open_window(None)
    qtbot.addWidget(win)
    win.show()
    win.show_view(win.review)
    wait_review(qtbot, win.review)
    assert win.review.model.rowCount() == 0
    assert "No allowed uses to review yet" in win.review.details.title.text()
    assert "add a use rule" in win.review.details.title.text()
