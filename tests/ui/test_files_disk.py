"""Files changed by other programs: a non-modal notice with Reload; never for our own saves."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_files_support import (
    COMMENTED,
    finish,
    isolate,
    make_window,
    open_and_wait,
    write_commented,
)

from app.ui.main_window import MainWindow

CURRENT = COMMENTED.replace("format_version: 1", "format_version: 2")
"""A file in the current format (a format 1 file would open with a migration offer)."""
CHANGED = CURRENT.replace("title: Shop policy", "title: Changed elsewhere")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = write_commented(tmp_path)
    path.write_text(CURRENT, encoding="utf-8")
    return path


@pytest.fixture
def window(qtbot, tmp_path: Path, path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    isolate(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path)
    open_and_wait(qtbot, window, path)
    return window


def _replace_atomically(path: Path, text: str) -> None:
    """Save the way many editors do: write a temporary file, then rename it over the old."""
    temporary = path.with_name(path.name + ".tmp~")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _button(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    return next(b for b in window.files.info.buttons() if b.text() == text)


def test_an_outside_change_offers_reload(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    info = window.files.info
    path.write_text(CHANGED, encoding="utf-8")
    qtbot.waitUntil(lambda: info.shown, timeout=5000)
    assert "changed by another program" in info.label.text()
    assert [b.text() for b in info.buttons()] == ["Reload"]
    assert window.policy.policy.title == "Shop policy"  # nothing happens without the user
    with qtbot.waitSignal(window.files.opened):
        _button(window, "Reload").click()
    assert window.policy.policy.title == "Changed elsewhere"
    assert not info.shown and not window.bridge.modified


def test_atomic_replacements_keep_being_noticed(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    info = window.files.info
    _replace_atomically(path, CHANGED)
    qtbot.waitUntil(lambda: info.shown, timeout=5000)
    info.dismiss()
    _replace_atomically(path, CHANGED.replace("Changed elsewhere", "Changed again"))
    qtbot.waitUntil(lambda: info.shown, timeout=5000)
    with qtbot.waitSignal(window.files.opened):
        _button(window, "Reload").click()
    assert window.policy.policy.title == "Changed again"


def test_our_own_saves_raise_no_notice(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for title in ("First", "Second"):
        window.bridge.set_field("policy", None, "title", title)
        assert window.files.save()
        qtbot.wait(600)
        assert not window.files.info.shown


def test_with_unsaved_work_the_notice_warns(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    window.bridge.set_field("policy", None, "title", "Mine")
    info = window.files.info
    path.write_text(CHANGED, encoding="utf-8")
    qtbot.waitUntil(lambda: info.shown, timeout=5000)
    assert "unsaved changes" in info.label.text()
    assert [b.text() for b in info.buttons()] == ["Reload and Discard Mine", "Keep Mine"]
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: info.label.width() > 400)
    shown = info.label.fontMetrics().horizontalAdvance(info.label.text())
    assert shown <= info.label.width(), (shown, info.label.width())  # one line, not clipped
    assert "reloading discards your changes" in info.label.toolTip()
    _button(window, "Keep Mine").click()
    assert not info.shown and window.policy.policy.title == "Mine"
    path.write_text(CHANGED.replace("elsewhere", "once more"), encoding="utf-8")
    qtbot.waitUntil(lambda: info.shown, timeout=5000)
    with qtbot.waitSignal(window.files.opened):
        _button(window, "Reload and Discard Mine").click()
    assert window.policy.policy.title == "Changed once more"
    assert not window.bridge.modified


def test_a_removed_file_is_reported(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    info = window.files.info
    path.unlink()
    qtbot.waitUntil(lambda: info.shown, timeout=5000)
    assert "deleted or moved" in info.label.text()
    finish(window)
