"""Bad input in the window: a broken or hostile file gets a clear error naming file, line and
column, and the document already open stays exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from test_files_support import (
    Recorder,
    finish,
    isolate,
    make_window,
    open_and_wait,
    write_commented,
)

from app.storage.errors import PolicyFileError
from app.ui.files import dialogs
from app.ui.main_window import MainWindow

BAD_FILES = {
    "broken.policy.yaml": (b"format_version: 1\npolicy:\n  id: x\n  title: [unclosed\n",
                           ":5:1: error: YAML syntax"),
    "hostile.policy.yaml": (b"format_version: 1\npolicy: !!python/object/apply:os.system "
                            b"['echo owned']\n", ":2:9: error: the tag '!!python/object"),
    "future.policy.yaml": (b"format_version: 99\npolicy: {id: x, title: X}\n",
                           ":1:17: error: this file uses format version 99"),
    "latin1.policy.yaml": (b"format_version: 1\npolicy:\n  id: x\n  title: Caf\xe9\n",
                           ":4:13: error: file is not UTF-8 text"),
    "invalid.policy.yaml": (b"format_version: 1\npolicy: {id: Not Valid, title: X}\n",
                            ":2:14: error: in the policy details, field id: 'Not Valid' is not "
                            "a valid id"),
}


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    isolate(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path)
    open_and_wait(qtbot, window, write_commented(tmp_path))
    window.bridge.set_field("policy", None, "title", "Edited before")
    return window


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_reported_and_the_open_document_is_untouched(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        name: str) -> None:
    data, expected = BAD_FILES[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    bridge = window.bridge
    before = (bridge.policy, bridge.path, bridge.base_text, bridge.undo_stack.count(),
              bridge.undo_stack.index(), bridge.modified, window.windowTitle())
    shown = Recorder()
    monkeypatch.setattr(dialogs, "show_open_error", shown)
    monkeypatch.setattr(dialogs, "ask_save_changes", Recorder(dialogs.DISCARD))
    with qtbot.waitSignal(window.files.openFailed):
        window.files.open_path(str(bad))
    [(_parent, error)] = shown.calls
    assert isinstance(error, PolicyFileError)
    assert any(line.startswith(str(bad) + expected) for line in error.lines()), error.lines()
    after = (bridge.policy, bridge.path, bridge.base_text, bridge.undo_stack.count(),
             bridge.undo_stack.index(), bridge.modified, window.windowTitle())
    assert after == before
    assert after[0] is before[0]
    bridge.undo_stack.undo()  # the history still works
    assert bridge.policy.policy.title == "Shop policy"
    assert str(bad) not in window.files.recent.paths()


def test_the_error_dialog_names_file_line_and_column(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "hostile.policy.yaml"
    bad.write_bytes(BAD_FILES["hostile.policy.yaml"][0])
    texts: list[str] = []

    def record(box: QMessageBox) -> int:
        texts.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.undo()  # the real dialog function, with only its exec() stubbed
    isolate(monkeypatch, tmp_path)
    monkeypatch.setattr(dialogs, "show_open_error", _real_show_open_error)
    monkeypatch.setattr(dialogs, "ask_save_changes", Recorder(dialogs.DISCARD))
    monkeypatch.setattr(QMessageBox, "exec", record)
    with qtbot.waitSignal(window.files.openFailed):
        window.files.open_path(str(bad))
    [text] = texts
    assert "Cannot Open Policy" in text and "hostile.policy.yaml could not be opened" in text
    assert f"{bad}:2:9: error: the tag '!!python/object/apply:os.system' is not allowed" in text
    assert "The open document was not changed." in text
    finish(window)


def test_a_missing_file_is_reported(qtbot, window: MainWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    shown = Recorder()
    monkeypatch.setattr(dialogs, "show_open_error", shown)
    monkeypatch.setattr(dialogs, "ask_save_changes", Recorder(dialogs.DISCARD))
    with qtbot.waitSignal(window.files.openFailed):
        window.files.open_path(str(tmp_path / "nowhere.policy.yaml"))
    assert shown.calls[0][1].lines() == [f"{tmp_path / 'nowhere.policy.yaml'}:1:1: error: "
                                         "no such file"]
    finish(window)


_real_show_open_error = dialogs.show_open_error
