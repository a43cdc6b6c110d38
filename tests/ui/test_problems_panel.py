"""The Problems panel in the main window: live findings, navigation, counts and details."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget

from app.storage.loader import load_file
from app.ui.app import open_window
from app.ui.main_window import MainWindow
from app.ui.problems.details import checks_by_code
from app.ui.problems.model import ProblemRole
from app.ui.problems.panel import ProblemsPanel
from app.validation.finding import Severity
from app.validation.ordering import CODE, LOCATION, MESSAGE, SEVERITY
from app.validation.problems import Result, count_text
from app.validation.runner import run_checks
from tests.cli.conftest import SMALL_POLICY

SHOP = SMALL_POLICY  # a tidy policy: no findings until a test introduces one


@pytest.fixture
def shop_file(tmp_path: Path) -> Path:
    path = tmp_path / "shop.policy.yaml"
    path.write_text(SHOP, encoding="utf-8")
    return path


@pytest.fixture
def window(qtbot, tmp_path: Path, shop_file: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = open_window(str(shop_file), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.problems.revalidator.result is not None, timeout=10_000)
    yield win
    win.problems.revalidator.wait()


def codes(win: MainWindow) -> list[str]:
    proxy = win.problems.panel.proxy
    return [proxy.index(r, CODE).data() for r in range(proxy.rowCount())]


def expected(win: MainWindow) -> list[str]:
    """The codes the checks give for the document as it is now, sorted."""
    return sorted(f.code for f in run_checks(win.bridge.policy))


def shows_latest(win: MainWindow) -> bool:
    return settled(win) and sorted(codes(win)) == expected(win)


def settled(win: MainWindow) -> bool:
    return not win.problems.revalidator.busy


def row_of(win: MainWindow, code: str):  # type: ignore[no-untyped-def]
    proxy = win.problems.panel.proxy
    return next(proxy.index(r, 0) for r in range(proxy.rowCount())
                if proxy.index(r, CODE).data() == code)


def test_dock_toggle_shortcut_and_accessible_names(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    problems = window.problems
    assert isinstance(problems.dock, QDockWidget)
    assert window.dockWidgetArea(problems.dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert problems.toggle_action in window.view_menu.actions()
    assert problems.toggle_action.shortcut().toString() == "Ctrl+Shift+M"
    panel = problems.panel
    names = {w.accessibleName() for w in (panel.table, panel.filter, panel.details,
                                          problems.summary, problems.dock)}
    assert names == {"Problems table", "Filter problems", "Problem details",
                     "Problems summary", "Problems panel"}
    assert all(b.accessibleName() for b in panel.severity_buttons.values())
    problems.toggle_action.trigger()
    assert not problems.dock.isVisible()
    qtbot.mouseClick(problems.summary, Qt.MouseButton.LeftButton)
    assert problems.dock.isVisible()


def test_the_panel_shows_the_documents_findings(window: MainWindow) -> None:
    assert sorted(codes(window)) == expected(window)
    counts = dict.fromkeys(Severity, 0)
    for finding in run_checks(window.bridge.policy):
        counts[finding.severity] += 1
    assert window.problems.summary.text() == count_text(counts)
    assert window.problems.panel.state.text() == "Up to date"


def test_an_edit_shows_its_finding_and_undo_removes_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = expected(window)
    window.bridge.set_field("rules", "newsletter_email", "purposes", ["no_such_purpose"])
    qtbot.waitUntil(lambda: "STR003" in codes(window) and shows_latest(window))
    errors = expected(window).count("STR003") + sum(
        1 for f in run_checks(window.bridge.policy) if f.severity == Severity.ERROR
        and f.code != "STR003")
    assert window.problems.summary.text().startswith(f"{errors} error")
    assert window.problems.panel.severity_buttons[Severity.ERROR].text().startswith(
        f"{errors} error")
    window.bridge.undo_stack.undo()
    qtbot.waitUntil(lambda: shows_latest(window))
    assert sorted(codes(window)) == before and "STR003" not in codes(window)


def test_no_problems_says_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.show_result(Result(None, 0, []))
    assert "No problems found" in panel.details.toPlainText()
    assert panel.severity_buttons[Severity.INFO].text() == "0 notes"
    assert count_text(Result(None, 0, []).counts()) == "No problems"


def test_findings_keep_their_place_in_the_file(qtbot, window: MainWindow, shop_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.bridge.set_field("rules", "orders_contact", "purposes", ["no_such_purpose"])
    qtbot.waitUntil(lambda: "STR003" in codes(window) and shows_latest(window))
    line, column = load_file(shop_file).source_map.position(("rules", 1, "purposes", 0))
    index = row_of(window, "STR003")
    location = index.siblingAtColumn(LOCATION)
    said = "Allow: Contact details may be used to deliver orders, purposes entry 1"
    assert location.data() == said  # the rule as the navigator labels it, its id in the tip
    tip = location.data(Qt.ItemDataRole.ToolTipRole)
    assert f"line {line}, column {column}" in tip and "rules[1].purposes[0]" in tip
    assert "id: orders_contact" in tip
    assert window.problems.panel.select_problem(index.data(ProblemRole))
    details = window.problems.panel.details.toPlainText()
    assert f"{said}; line {line}, column {column}" in details
    assert index.data(ProblemRole).finding.file == str(shop_file)


def test_the_location_names_an_item_by_its_name_now(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Checks that do not read names keep their findings after a rename of the name; the
    Location column still says the item's current name."""
    purpose = window.bridge.document.policy.purposes[0]
    window.bridge.set_field("purposes", purpose.id, "consent", "none")
    window.bridge.set_field("purposes", purpose.id, "legal_basis", "consent")
    qtbot.waitUntil(lambda: "LEG003" in codes(window) and shows_latest(window))
    window.bridge.set_field("purposes", purpose.id, "name", "Renamed in the form")
    qtbot.waitUntil(lambda: shows_latest(window))
    location = row_of(window, "LEG003").siblingAtColumn(LOCATION).data()
    assert location.startswith("Purpose “Renamed in the form”"), location


def test_the_filter_matches_the_location_as_it_reads_now(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A row kept across an edit is found by the item's new words, not the old ones."""
    window.bridge.set_field("rules", "orders_contact", "purposes", ["no_such_purpose"])
    qtbot.waitUntil(lambda: "STR003" in codes(window) and shows_latest(window))
    panel = window.problems.panel
    panel.filter.setText("STR003")  # every row's search text is worked out
    panel.filter.clear()
    window.bridge.set_field("rules", "orders_contact", "description", "Brand new words")
    qtbot.waitUntil(lambda: shows_latest(window))
    panel.filter.setText("brand new words")
    assert codes(window) == ["STR003"]


def test_double_click_and_enter_go_to_the_item(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.bridge.set_field("rules", "orders_contact", "purposes", ["no_such_purpose"])
    window.bridge.set_field("policy", None, "next_review", dt.date(2000, 1, 1))
    qtbot.waitUntil(lambda: {"STR003", "GOV002"} <= set(codes(window)) and shows_latest(window))
    table = window.problems.panel.table
    index = row_of(window, "STR003")
    table.scrollTo(index)
    where = table.visualRect(index).center()
    for gesture in (qtbot.mouseClick, qtbot.mouseDClick, qtbot.mouseRelease):  # a real one
        gesture(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.navigator.current() == ("rules", "orders_contact", "item")
    table.setCurrentIndex(row_of(window, "GOV002"))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.navigator.current()[0] == "policy"


def test_going_to_a_finding_focuses_its_field(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    focused: list[tuple] = []
    window.editors.focus_field = focused.append  # type: ignore[method-assign]
    window.bridge.set_field("rules", "orders_contact", "purposes", ["no_such_purpose"])
    qtbot.waitUntil(lambda: "STR003" in codes(window) and shows_latest(window))
    problem = row_of(window, "STR003").data(ProblemRole)
    window.problems.go_to(problem)
    assert focused == [("rules", 1, "purposes", 0)]
    window.bridge.document.move("rules", "orders_contact", 0)  # moved since the result
    window.problems.go_to(problem)
    assert focused[-1] == ("rules", 0, "purposes", 0)
    assert window.navigator.current() == ("rules", "orders_contact", "item")


def test_details_explain_why_and_how_to_fix(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.bridge.set_field("rules", "newsletter_email", "purposes", ["no_such_purpose"])
    qtbot.waitUntil(lambda: "STR003" in codes(window) and shows_latest(window))
    panel = window.problems.panel
    panel.table.setCurrentIndex(row_of(window, "STR003"))
    text = " ".join(panel.details.toPlainText().split())
    check = checks_by_code()["STR003"]
    assert check.title in text and check.why in text and check.fix in text
    assert "no_such_purpose" in text and "newsletter_email" in text


def test_severity_buttons_and_text_filter(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.bridge.set_field("rules", "newsletter_email", "purposes", ["no_such_purpose"])
    qtbot.waitUntil(lambda: "STR003" in codes(window) and shows_latest(window))
    panel = window.problems.panel
    everything = sorted(codes(window))
    errors = panel.severity_buttons[Severity.ERROR]
    errors.click()  # hide errors
    assert "STR003" not in codes(window) and len(codes(window)) == len(everything) - sum(
        1 for f in run_checks(window.bridge.policy) if f.severity == Severity.ERROR)
    errors.click()
    panel.filter.setText("UNKNOWN purpose 'no_such")
    assert codes(window) == ["STR003"]
    panel.filter.clear()
    assert sorted(codes(window)) == everything


def test_a_new_document_replaces_the_problems(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.bridge.set_field("rules", "newsletter_email", "purposes", ["no_such_purpose"])
    qtbot.waitUntil(lambda: "STR003" in codes(window) and shows_latest(window))
    fresh = window.bridge.policy.model_copy(deep=True)
    fresh.rules[0].purposes = ["newsletter"]
    fresh.policy.next_review = dt.date(2000, 1, 1)
    window.bridge.replace(fresh, None, None)
    assert codes(window) == []  # cleared at once: the old findings name the old items
    qtbot.waitUntil(lambda: "GOV002" in codes(window) and shows_latest(window))
    assert "STR003" not in codes(window)


@pytest.mark.parametrize("size", [(1400, 900), (1024, 700)])
def test_the_message_column_gets_most_of_the_width(qtbot, window: MainWindow, size) -> None:  # type: ignore[no-untyped-def]
    window.resize(*size)
    window.problems.dock.show()
    window.bridge.set_field("rules", "orders_contact", "purposes", ["no_such_purpose"])
    qtbot.waitUntil(lambda: "STR003" in codes(window) and shows_latest(window))
    table = window.problems.panel.table
    qtbot.waitUntil(lambda: table.viewport().width() > 300)
    widths = [table.columnWidth(c) for c in range(4)]
    message = widths[MESSAGE]
    assert message >= 0.45 * sum(widths), widths
    assert message > max(widths[c] for c in (SEVERITY, CODE, LOCATION)), widths
