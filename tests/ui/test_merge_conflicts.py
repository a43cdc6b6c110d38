"""The Merge conflicts panel: opened by the record, each choice one undo step, record removed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QTabBar
from test_files_support import isolate, make_window, open_and_wait

from app.storage.loader import load_file
from app.storage.merge_record import read_record, record_path
from app.ui.main_window import MainWindow
from tests.merge.merge_base import BASE, edited
from tests.merge.test_git_merge import FILE, branch, git, make_repo

ROOT = Path(__file__).resolve().parents[2]
OURS = edited(BASE, ("    duration: P2Y", "    duration: P1Y"),
              ("  status: draft", "  status: in_review"),
              ("    name: Staff\n", "    name: Employees\n"))
THEIRS = edited(BASE, ("    duration: P2Y", "    duration: P3Y"),
                ("  status: draft", "  status: retired"),
                ("  - id: staff\n    name: Staff\n", ""))


def merged(tmp_path: Path) -> Path:
    """A merge with three conflicts (retention duration, status, staff deleted vs renamed)."""
    files = {}
    for name, text in (("base", BASE), ("ours", OURS), ("theirs", THEIRS)):
        files[name] = tmp_path / f"{name}.policy.yaml"
        files[name].write_text(text, encoding="utf-8")
    out = tmp_path / "merged.policy.yaml"
    done = subprocess.run([sys.executable, "-m", "app", "merge", str(files["base"]),
                           str(files["ours"]), str(files["theirs"]), "-o", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    return out


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    isolate(monkeypatch, tmp_path)
    return make_window(qtbot, tmp_path)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def keys(qtbot, window: MainWindow, key: QKeySequence.StandardKey) -> None:  # type: ignore[no-untyped-def]
    combination = QKeySequence(key)[0]
    window.activateWindow()
    # Shortcuts reach the active window only: wait for it (a loaded machine activates late),
    # then press the keys where the user's focus is.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())


def test_conflicts_resolved_in_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = merged(tmp_path)
    assert not window.merge_conflicts.dock.isVisible()
    open_and_wait(qtbot, window, path)
    controller = window.merge_conflicts
    panel = controller.panel
    assert controller.dock.isVisible()
    rows = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert rows == ["Policy · Status: base draft, ours in_review, theirs retired",
                    "Data subject 'staff': deleted in theirs but changed in ours",
                    "Retention rule 'keep_email' · Kept for: base P2Y, ours P1Y, "
                    "theirs P3Y"]
    assert "0 of 3 merge conflicts resolved" in panel.summary.text()
    assert panel.ours.text() == "in_review" and panel.theirs.text() == "retired"
    stack = window.bridge.undo_stack

    click(qtbot, panel.use_theirs)  # status: retired
    assert str(window.policy.policy.status) == "retired"
    assert stack.count() == 1 and controller.is_resolved(0)
    assert panel.list.currentRow() == 1
    assert panel.theirs.text() == "(deleted)"

    click(qtbot, panel.use_theirs)  # staff deleted
    assert "staff" not in [s.id for s in window.policy.subjects]
    assert stack.count() == 2 and panel.list.currentRow() == 2

    panel.value.clear()
    qtbot.keyClicks(panel.value, "P18M")
    click(qtbot, panel.apply_value)
    assert str(window.policy.retention[0].duration) == "P18M"
    assert "3 of 3 merge conflicts resolved" in panel.summary.text()

    keys(qtbot, window, QKeySequence.StandardKey.Undo)  # the typed value is undone
    assert str(window.policy.retention[0].duration) == "P1Y"
    assert not controller.is_resolved(2)
    assert "2 of 3 merge conflicts resolved" in panel.summary.text()
    keys(qtbot, window, QKeySequence.StandardKey.Redo)
    assert controller.is_resolved(2)

    panel.list.setCurrentRow(0)
    panel.value.setText("not a status")
    click(qtbot, panel.apply_value)
    assert panel.error.text().startswith("Not resolved:")
    assert stack.count() == 3

    keys(qtbot, window, QKeySequence.StandardKey.Save)
    assert not window.bridge.modified
    assert not record_path(path).exists() and not controller.dock.isVisible()
    policy = load_file(path).policy
    assert str(policy.policy.status) == "retired"
    assert str(policy.retention[0].duration) == "P18M"
    assert "staff" not in [s.id for s in policy.subjects]
    assert "# Newsletter rule" in path.read_text(encoding="utf-8")


def test_saving_part_way_keeps_the_open_ones(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = merged(tmp_path)
    open_and_wait(qtbot, window, path)
    panel = window.merge_conflicts.panel
    click(qtbot, panel.use_ours)
    keys(qtbot, window, QKeySequence.StandardKey.Save)
    remaining = read_record(path)
    assert remaining is not None and [c.field for c in remaining] == ["", "duration"]
    assert window.merge_conflicts.dock.isVisible()


def test_an_unreadable_record_is_said_in_the_panel(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                   tmp_path: Path) -> None:
    path = tmp_path / "p.policy.yaml"
    path.write_text(BASE, encoding="utf-8")
    record_path(path).write_text("{not json", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    assert window.merge_conflicts.dock.isVisible()
    assert "p.policy.yaml.conflicts.json:1:2" in window.merge_conflicts.panel.error.text()


def test_a_git_conflict_resolved_in_the_window_completes_the_merge(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    branch(repo, "theirs", edited(BASE, ("    duration: P2Y", "    duration: P3Y")))
    branch(repo, "ours", edited(BASE, ("    duration: P2Y", "    duration: P18M"),
                                ("    name: Staff\n", "    name: Employees\n")))
    assert git(repo, "merge", "--no-edit", "theirs", check=False).returncode != 0
    path = repo / FILE
    open_and_wait(qtbot, window, path)
    panel = window.merge_conflicts.panel
    assert panel.list.count() == 1 and "Kept for" in panel.list.item(0).text()
    click(qtbot, panel.use_theirs)
    keys(qtbot, window, QKeySequence.StandardKey.Save)
    assert not record_path(path).exists()
    git(repo, "add", FILE)
    git(repo, "commit", "-q", "--no-edit")
    policy = load_file(path).policy
    assert str(policy.retention[0].duration) == "P3Y"
    assert [s.name for s in policy.subjects] == ["Customers", "Employees"]
    assert git(repo, "status", "--porcelain").stdout == ""


def _stray_tab_bars(window: MainWindow) -> list[QTabBar]:
    """Dock tab bars drawn over the menus (Qt leaves one at the top-left corner when a hidden
    dock is tabbed at start)."""
    menu_bottom = window.menuBar().geometry().bottom()
    return [bar for bar in window.findChildren(QTabBar)
            if bar.parent() is window and bar.isVisible()
            and bar.geometry().top() <= menu_bottom]


def test_the_conflicts_tab_sits_with_problems_not_over_the_menus(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.show()
    qtbot.waitExposed(window)
    assert _stray_tab_bars(window) == []
    open_and_wait(qtbot, window, merged(tmp_path))
    qtbot.waitUntil(window.merge_conflicts.dock.isVisible)
    assert _stray_tab_bars(window) == []
    assert window.merge_conflicts.dock in window.tabifiedDockWidgets(window.problems.dock)


def test_at_1024x700_the_value_field_and_apply_stay_in_view(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    window.resize(1024, 700)
    open_and_wait(qtbot, window, merged(tmp_path))
    panel = window.merge_conflicts.panel
    panel.list.setCurrentRow(1)  # deleted in theirs: the longest values
    qtbot.wait(50)
    for widget in (panel.value, panel.apply_value, panel.use_ours, panel.use_theirs):
        assert widget.isVisible()
        shown = widget.visibleRegion().boundingRect()
        assert shown.width() == widget.width() and shown.height() == widget.height(), widget
