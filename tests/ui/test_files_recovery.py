"""Autosave to the recovery folder (never over the user's file) and recovery after a crash."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import shiboken6
from test_files_support import (
    COMMENTED,
    Recorder,
    finish,
    isolate,
    make_window,
    open_and_wait,
    settings_in,
    write_commented,
)

from app.ui.app import open_window, start_window
from app.ui.files import dialogs, serialize
from app.ui.files.recovery import RecoveryStore, key_for
from app.ui.main_window import MainWindow


@pytest.fixture
def recovery_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return isolate(monkeypatch, tmp_path)


@pytest.fixture
def window(qtbot, tmp_path: Path, recovery_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    open_and_wait(qtbot, window, write_commented(tmp_path))
    return window


def test_autosave_writes_the_recovery_folder_not_the_users_file(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path,
                                                                recovery_dir: Path) -> None:
    autosaver = window.files.autosaver
    autosaver.set_interval(0.05)
    qtbot.wait(150)
    assert not recovery_dir.exists()  # nothing unsaved, nothing written
    window.bridge.set_field("policy", None, "title", "Autosaved title")
    with qtbot.waitSignal(autosaver.written, timeout=5000) as written:
        pass
    recovered = Path(written.args[0])
    assert recovered.parent == recovery_dir
    assert recovered.name == key_for(str(tmp_path / "shop.policy.yaml")) + ".policy.yaml"
    text = recovered.read_text(encoding="utf-8")
    assert "title: Autosaved title" in text and "# stable id, used by the exports" in text
    info = json.loads(recovered.with_name(recovered.name.replace(".policy.yaml", ".json"))
                      .read_text(encoding="utf-8"))
    assert info["original_path"] == str(tmp_path / "shop.policy.yaml")
    assert info["saved_at"] and info["pid"] == os.getpid()
    assert (tmp_path / "shop.policy.yaml").read_text(encoding="utf-8") == COMMENTED
    assert window.bridge.modified  # autosave is not a save

    assert window.files.save()
    assert list(recovery_dir.iterdir()) == []  # a clean save removes the recovery files


def test_undoing_back_to_the_saved_state_removes_the_recovery(window: MainWindow,
                                                              recovery_dir: Path) -> None:
    window.bridge.set_field("policy", None, "title", "Edited")
    window.files.autosaver.write_now()
    assert len(list(recovery_dir.iterdir())) == 2
    window.bridge.undo_stack.undo()
    assert list(recovery_dir.iterdir()) == []


def test_a_normal_close_removes_the_recovery(qtbot, window: MainWindow, recovery_dir: Path,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    window.bridge.set_field("policy", None, "title", "Edited")
    window.files.autosaver.write_now()
    monkeypatch.setattr(dialogs, "open_save_changes",
                        lambda _p, _n, answer: answer(dialogs.DISCARD))
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert list(recovery_dir.iterdir()) == []


def _crash(window: MainWindow) -> None:
    """Drop the window the way a crash would: no close event, nothing cleaned up."""
    shiboken6.delete(window)


def test_recovery_after_a_simulated_crash(qtbot, tmp_path: Path, recovery_dir: Path,  # type: ignore[no-untyped-def]
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_commented(tmp_path)
    crashed = open_window(str(path), settings_in(tmp_path))
    crashed.show()
    crashed.bridge.set_field("policy", None, "title", "Unsaved title")
    crashed.files.autosaver.write_now()
    _crash(crashed)

    window = make_window(qtbot, tmp_path)
    offered = Recorder(lambda _parent, entries: ("recover", entries[0]))
    monkeypatch.setattr(dialogs, "ask_recover", offered)
    assert window.files.offer_recovery()
    [entries] = [call[1] for call in offered.calls]
    assert [(e.original_path, e.title) for e in entries] == [(str(path), "Unsaved title")]
    assert window.policy.policy.title == "Unsaved title"
    assert window.bridge.path == str(path)
    assert window.bridge.modified
    assert window.windowTitle() == "shop.policy.yaml[*] - Policy Studio"
    assert window.isWindowModified()
    assert path.read_text(encoding="utf-8") == COMMENTED  # still only in the recovery

    assert window.files.save()
    saved = path.read_text(encoding="utf-8")
    assert "title: Unsaved title" in saved and "# end of file" in saved
    assert list(recovery_dir.iterdir()) == []


def test_recovering_untitled_work(qtbot, tmp_path: Path, recovery_dir: Path,  # type: ignore[no-untyped-def]
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    crashed = open_window(None, settings_in(tmp_path))
    crashed.bridge.set_field("policy", None, "title", "Never saved")
    crashed.files.autosaver.write_now()
    _crash(crashed)
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(dialogs, "ask_recover",
                        lambda _parent, entries: ("recover", entries[0]))
    start_window(window, None)
    assert window.policy.policy.title == "Never saved"
    assert window.bridge.path is None and window.bridge.modified
    target = tmp_path / "rescued.policy.yaml"
    monkeypatch.setattr(dialogs, "ask_save_path", Recorder(str(target)))
    assert window.files.save()
    assert "title: Never saved" in target.read_text(encoding="utf-8")
    assert list(recovery_dir.iterdir()) == []


def test_discard_and_decide_later(qtbot, tmp_path: Path, recovery_dir: Path,  # type: ignore[no-untyped-def]
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    store = RecoveryStore(recovery_dir)
    store.write("untitled-a", "format_version: 1\npolicy: {id: a, title: A}\n", None, "A")
    store.write("untitled-b", "format_version: 1\npolicy: {id: b, title: B}\n", None, "B")
    window = make_window(qtbot, tmp_path)
    policy = window.policy
    answers = iter([lambda entries: ("discard", entries[0]), lambda entries: None])
    monkeypatch.setattr(dialogs, "ask_recover", lambda _p, entries: next(answers)(entries))
    assert not window.files.offer_recovery()
    assert len(store.entries()) == 1  # one discarded, one kept for next time
    assert window.policy is policy


def test_work_another_running_copy_autosaves_is_not_offered(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    store.write("untitled-x", "format_version: 1\npolicy: {id: x, title: X}\n", None, "X")
    info = tmp_path / "untitled-x.json"
    data = json.loads(info.read_text(encoding="utf-8"))
    info.write_text(json.dumps({**data, "pid": os.getppid()}), encoding="utf-8")
    assert store.entries() == []


def test_start_opens_the_file_when_nothing_is_recovered(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        recovery_dir: Path) -> None:
    path = write_commented(tmp_path)
    window = make_window(qtbot, tmp_path)
    with qtbot.waitSignal(window.files.opened):
        start_window(window, str(path))
    assert window.bridge.path == str(path)
    finish(window)


def test_large_documents_recover_from_json_and_keep_the_files_comments(
        qtbot, tmp_path: Path, recovery_dir: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serialize, "FAST_RECOVERY_CHARS", 10)  # treat the file as large
    path = write_commented(tmp_path)
    crashed = open_window(str(path), settings_in(tmp_path))
    crashed.bridge.set_field("categories", "contact.email", "name", "Email")
    written = crashed.files.autosaver.write_now()
    assert written.read_text(encoding="utf-8").startswith("{")  # fast JSON, not YAML
    _crash(crashed)
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(dialogs, "ask_recover", lambda _p, entries: ("recover", entries[0]))
    assert window.files.offer_recovery()
    assert window.bridge.base_text == COMMENTED
    assert window.files.save()
    after = path.read_text(encoding="utf-8")
    assert after == COMMENTED.replace("    name: Email address", "    name: Email")
