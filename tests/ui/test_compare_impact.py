"""File > Compare with...: the redline at once, then the same redline opening with the impact."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.exporters.notice_changes import notice_change
from app.storage.loader import load_bytes
from app.ui import compare
from app.ui.compare import CANCELLED, WORKING, RedlineDialog
from app.ui.main_window import MainWindow
from tests.ui.conftest import UI_POLICY
from tests.ui.impact_shown import assert_shows_impact

OLD = UI_POLICY.replace(b"name: Newsletter", b"name: Newsletter <b>old</b>")


def compare_by_menu(qtbot, window: MainWindow, old: Path,  # type: ignore[no-untyped-def]
                    monkeypatch: pytest.MonkeyPatch) -> RedlineDialog:
    """Choose File > Compare with... with the mouse; the file dialog answers ``old``."""
    monkeypatch.setattr(compare, "ask_compare_path", lambda parent: str(old))
    monkeypatch.setattr(compare, "open_redline", lambda dialog: None)
    menu = window.file_menu
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitExposed(menu)
    rect = menu.actionGeometry(window.compare.action)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window.compare.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_compare_shows_the_impact_inside_the_redline_and_exports_it(
        qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "old.policy.yaml"
    old.write_bytes(OLD)
    window.bridge.set_field("purposes", "marketing", "consent", "opt_in")
    window.bridge.set_field("rules", "no_location_ads", "effect", "allow")
    dialog = compare_by_menu(qtbot, window, old, monkeypatch)
    qtbot.waitUntil(lambda: dialog.impact is not None, timeout=30_000)
    assert not dialog.progress.isVisible() and not dialog.cancel_button.isVisible()
    impact = assert_shows_impact(dialog.browser, load_bytes(OLD).policy, window.bridge.policy)
    assert not impact.unchanged
    changed = sum(change.count for change in impact.changes)
    assert dialog.state.text().startswith(
        f"Impact: {changed:,} of the {impact.uses:,} uses compared get a different decision")
    assert "<b>old</b>" in dialog.browser.toPlainText()  # names stay text, never markup
    # and which sections of the privacy notice the change alters (3: the purposes' consent)
    notice = notice_change(load_bytes(OLD).policy, window.bridge.policy)
    assert 3 in [s.number for s in notice.sections]
    assert f"Privacy notice: {notice.sentence()}" in dialog.browser.toPlainText()
    target = tmp_path / "redline.html"
    monkeypatch.setattr(compare, "ask_redline_path", lambda parent, suggested: str(target))
    assert dialog.export_html() == str(target)
    exported = target.read_text(encoding="utf-8")
    assert exported == dialog.html and "Uses whose decision changes" in exported


def test_an_unchanged_policy_says_it_changes_no_decision(
        qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "old.policy.yaml"
    old.write_bytes(OLD)  # only a name differs
    dialog = compare_by_menu(qtbot, window, old, monkeypatch)
    qtbot.waitUntil(lambda: dialog.impact is not None, timeout=30_000)
    assert dialog.state.text().startswith("Impact: no decision changes: all ")
    assert_shows_impact(dialog.browser, load_bytes(OLD).policy, window.bridge.policy)


def test_the_redline_shows_at_once_and_the_impact_can_be_cancelled(
        qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "old.policy.yaml"
    old.write_bytes(OLD)
    release = threading.Event()

    def slow(*_args):  # type: ignore[no-untyped-def]
        release.wait(20)
        return "<p>too late</p>", None

    monkeypatch.setattr(compare, "redline_with_impact", slow)
    dialog = compare_by_menu(qtbot, window, old, monkeypatch)
    assert "Changes to UI test policy" in dialog.browser.toPlainText()  # at once
    assert dialog.state.text() == WORKING
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    ticks: list[int] = []
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5_000)  # the event loop runs meanwhile
    timer.stop()
    before = dialog.html
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.state.text() == CANCELLED and not dialog.progress.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=20_000)
    assert dialog.state.text() == CANCELLED and dialog.impact is None
    assert dialog.html == before and "too late" not in dialog.browser.toPlainText()


def test_the_redline_page_stays_paper_white_under_a_dark_palette(
        qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    app.setPalette(dark)
    try:
        old = tmp_path / "old.policy.yaml"
        old.write_bytes(OLD)
        dialog = compare_by_menu(qtbot, window, old, monkeypatch)
        palette = dialog.browser.palette()
        assert palette.color(QPalette.ColorRole.Base) == QColor("#ffffff")
        assert palette.color(QPalette.ColorRole.Text).lightness() < 64
        qtbot.waitUntil(lambda: dialog.impact is not None, timeout=30_000)
    finally:
        app.setPalette(light)


def test_swap_sides_compares_the_other_way_round(
        qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    old = tmp_path / "old.policy.yaml"
    old.write_bytes(OLD)
    window.bridge.set_field("rules", "no_location_ads", "effect", "allow")
    dialog = compare_by_menu(qtbot, window, old, monkeypatch)
    qtbot.waitUntil(lambda: dialog.impact is not None, timeout=30_000)
    forward = dialog.impact
    assert forward.count("newly_allowed") > 0 and forward.count("newly_denied") == 0
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_S,
                   Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.impact is not None and dialog.impact is not forward,
                    timeout=30_000)
    backward = dialog.impact
    assert backward.count("newly_denied") == forward.count("newly_allowed")
    assert backward.count("newly_allowed") == 0
    assert dialog.windowTitle().startswith("Changes since ")
    assert_shows_impact(dialog.browser, window.bridge.policy, load_bytes(OLD).policy)
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.impact is not None and dialog.impact is not backward,
                    timeout=30_000)
    assert dialog.impact.count("newly_allowed") == forward.count("newly_allowed")
