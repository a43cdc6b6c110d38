"""Opening a format 1 file offers migration: one undo step, a notice, saved only on Save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from test_files_support import COMMENTED, isolate, make_window, open_and_wait

from app.storage.loader import load_file
from app.ui.main_window import MainWindow

OLD = COMMENTED.replace("# Data-use policy", "# yaml-language-server: $schema=https://"
                        "policy-studio.example/schemas/policy-v1.schema.json\n# Data-use policy")
REGIONAL = OLD.replace("    purposes: [orders]\n", "    purposes: [orders]\n    regions: [eea]\n")


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    isolate(monkeypatch, tmp_path)
    return make_window(qtbot, tmp_path)


def _button(window: MainWindow, text: str):  # type: ignore[no-untyped-def]
    return next(b for b in window.files.info.buttons() if b.text() == text)


def _click(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(_button(window, text), Qt.MouseButton.LeftButton)


def _keys(qtbot, window: MainWindow, key: QKeySequence.StandardKey) -> None:  # type: ignore[no-untyped-def]
    combination = QKeySequence(key)[0]
    window.activateWindow()
    # a shortcut reaches only the active window: on a busy machine activation may lag
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())


def test_open_migrate_undo_redo_save_reload(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shop.policy.yaml"
    path.write_text(REGIONAL, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    info = window.files.info
    assert info.shown and "format 1" in info.label.text()
    assert [b.text() for b in info.buttons()] == ["Migrate", "Not Now"]
    assert not window.bridge.modified and window.policy.format_version == 1

    _click(qtbot, window, "Migrate")
    assert info.shown and "Migrated to format 2" in info.label.text()
    assert "Rule 'email_for_orders' is limited to eea" in info.label.text()
    assert [b.text() for b in info.buttons()] == ["Undo"]
    stack = window.bridge.undo_stack
    assert stack.count() == 1 and stack.text(0) == "Migrate to format 2"
    assert window.policy.format_version == 2 and window.policy.rules[0].recipients == ["*"]
    assert window.bridge.modified
    assert path.read_text(encoding="utf-8") == REGIONAL  # nothing written before Save

    _click(qtbot, window, "Undo")
    assert not info.shown
    assert window.policy.format_version == 1 and window.policy.rules[0].recipients == []
    assert not window.bridge.modified

    _keys(qtbot, window, QKeySequence.StandardKey.Redo)
    assert window.policy.format_version == 2 and window.policy.rules[0].recipients == ["*"]

    _keys(qtbot, window, QKeySequence.StandardKey.Save)
    assert not window.bridge.modified
    text = path.read_text(encoding="utf-8")
    assert "policy-v2.schema.json" in text and "format_version: 2" in text
    comments = [line[line.index("#"):] for line in REGIONAL.splitlines()
                if "#" in line and "schema" not in line]
    assert comments and all(comment in text for comment in comments)
    reloaded = load_file(path).policy
    assert reloaded == window.policy and reloaded.format_version == 2


def test_not_now_leaves_the_document_alone(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shop.policy.yaml"
    path.write_text(OLD, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    _click(qtbot, window, "Not Now")
    assert not window.files.info.shown and not window.bridge.modified
    assert window.policy.format_version == 1


def test_a_format_2_file_gets_no_offer(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shop.policy.yaml"
    path.write_text(OLD.replace("format_version: 1", "format_version: 2"), encoding="utf-8")
    open_and_wait(qtbot, window, path)
    assert not window.files.info.shown
    assert window.files.opener.migration.migrate() is False
