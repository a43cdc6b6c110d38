"""Autosave to the recovery folder (never over the user's file) and recovery after a crash."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from test_files_support import (
    COMMENTED,
    Recorder,
    crashed_session,
    finish,
    isolate,
    make_window,
    open_and_wait,
    write_commented,
)

from app.storage.recovery import RecoveryStore, new_session_key
from app.ui.app import start_window
from app.ui.files import dialogs
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
    assert recovered.name == f"{autosaver.key}.policy.yaml"  # this session's, not the file's
    assert autosaver.key.startswith("s-") and "shop" not in autosaver.key
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
    key = window.files.autosaver.write_now().name.removesuffix(".policy.yaml")
    assert sorted(p.name for p in recovery_dir.iterdir()) == [
        f"{key}.json", f"{key}.lock", f"{key}.policy.yaml"]
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


def test_recovery_after_a_crash(qtbot, tmp_path: Path, recovery_dir: Path,  # type: ignore[no-untyped-def]
                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_commented(tmp_path)
    crashed_session(recovery_dir, tmp_path, path, "title Unsaved title")

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
    banner = window.files.info  # a standing notice, not a status message that fades
    assert banner.shown and [b.text() for b in banner.buttons()] == ["Save"]
    said = banner.label.text()
    assert said.startswith("Recovered unsaved changes to shop.policy.yaml"), said
    assert "not in the file yet" in said and "policy-studio" not in said

    assert window.files.save()
    assert not banner.shown
    saved = path.read_text(encoding="utf-8")
    assert "title: Unsaved title" in saved and "# end of file" in saved
    assert list(recovery_dir.iterdir()) == []


def test_recovering_untitled_work(qtbot, tmp_path: Path, recovery_dir: Path,  # type: ignore[no-untyped-def]
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    crashed_session(recovery_dir, tmp_path, None, "title Never saved")
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


def _stopped_session(store: RecoveryStore, title: str) -> None:
    """An entry left by a session that stopped (its lock released, its files kept)."""
    lock = store.open_session(new_session_key())
    store.write(lock, f"format_version: 1\npolicy: {{id: a, title: {title}}}\n", None, title)
    lock.release(remove=False)


def test_discard_and_decide_later(qtbot, tmp_path: Path, recovery_dir: Path,  # type: ignore[no-untyped-def]
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    store = RecoveryStore(recovery_dir)
    _stopped_session(store, "A")
    _stopped_session(store, "B")
    window = make_window(qtbot, tmp_path)
    policy = window.policy
    answers = iter([lambda entries: ("discard", entries[0]), lambda entries: None])
    monkeypatch.setattr(dialogs, "ask_recover", lambda _p, entries: next(answers)(entries))
    assert not window.files.offer_recovery()
    assert len(store.entries()) == 1  # one discarded, one kept for next time
    assert window.policy is policy


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
    path = write_commented(tmp_path)
    crashed_session(recovery_dir, tmp_path, path, "json-recovery", "title Renamed")
    [written] = recovery_dir.glob("*.policy.yaml")
    assert written.read_text(encoding="utf-8").startswith("{")  # fast JSON, not YAML
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(dialogs, "ask_recover", lambda _p, entries: ("recover", entries[0]))
    assert window.files.offer_recovery()
    assert window.bridge.base_text == COMMENTED
    assert window.files.save()
    after = path.read_text(encoding="utf-8")
    assert after == COMMENTED.replace("title: Shop policy", "title: Renamed")
