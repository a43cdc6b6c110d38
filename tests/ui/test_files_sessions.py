"""Recovery across sessions: every window and process has its own recovery entry, a live
session's entry is never offered, overwritten or removed by another, and a crashed session's
entry stays until it is recovered and saved, or discarded."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from test_files_support import (
    COMMENTED,
    Child,
    Recorder,
    answer_modal,
    crashed_session,
    isolate,
    make_window,
    open_and_wait,
    write_commented,
)

from app.ui.files import dialogs
from app.ui.files.recovery_dialog import RecoveryDialog
from app.ui.main_window import MainWindow

ASK_RECOVER = dialogs.ask_recover


@pytest.fixture
def recovery_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return isolate(monkeypatch, tmp_path)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return write_commented(tmp_path)


def _texts(recovery_dir: Path) -> list[str]:
    return sorted(p.read_text(encoding="utf-8") for p in recovery_dir.glob("*.policy.yaml"))


def _offered(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Titles the recovery offer lists (answered with Later)."""
    offer = Recorder(None)
    monkeypatch.setattr(dialogs, "ask_recover", offer)
    assert not window.files.offer_recovery()
    return [entry.title for call in offer.calls for entry in call[1]]


def _edit(window: MainWindow, title: str) -> Path:
    window.bridge.set_field("policy", None, "title", title)
    return window.files.autosaver.write_now()


def test_two_windows_on_one_file_keep_their_own_recovery(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, path: Path, recovery_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = make_window(qtbot, tmp_path), make_window(qtbot, tmp_path)
    open_and_wait(qtbot, first, path)
    open_and_wait(qtbot, second, path)
    one, two = _edit(first, "One"), _edit(second, "Two")
    assert one != two
    assert "title: One" in one.read_text(encoding="utf-8")
    assert "title: Two" in two.read_text(encoding="utf-8")
    assert first.files.save()
    assert not one.exists()  # the saved work's entry goes...
    assert "title: Two" in two.read_text(encoding="utf-8")  # ...the other window's stays
    asked = Recorder(dialogs.CANCEL)
    monkeypatch.setattr(dialogs, "ask_overwrite", asked)
    assert not second.files.save()  # the first window changed the file since
    assert len(asked.calls) == 1 and "title: One" in path.read_text(encoding="utf-8")
    assert "title: Two" in two.read_text(encoding="utf-8")


def test_another_process_on_the_same_file_is_never_overwritten(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, path: Path, recovery_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    child = Child(recovery_dir, tmp_path, path)
    try:
        theirs = Path(child.ask("title Theirs"))
        window = make_window(qtbot, tmp_path)
        open_and_wait(qtbot, window, path)
        mine = _edit(window, "Mine")
        assert mine != theirs
        assert "title: Theirs" in theirs.read_text(encoding="utf-8")
        assert window.files.save()  # unasked: the other process has not saved
        assert not mine.exists() and "title: Theirs" in theirs.read_text(encoding="utf-8")
        later = make_window(qtbot, tmp_path)
        assert _offered(later, monkeypatch) == []  # the other process is still working on it
        child.crash()
        assert _offered(later, monkeypatch) == ["Theirs"]
    finally:
        child.stop()


def test_later_keeps_a_crashed_entry_while_the_same_file_is_edited_and_saved(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, path: Path, recovery_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    crashed_session(recovery_dir, tmp_path, path, "title Crashed work")
    window = make_window(qtbot, tmp_path)
    assert _offered(window, monkeypatch) == ["Crashed work"]  # Later
    open_and_wait(qtbot, window, path)
    _edit(window, "New work")
    assert window.files.save()
    assert "title: Crashed work" in "".join(_texts(recovery_dir))
    assert _offered(make_window(qtbot, tmp_path), monkeypatch) == ["Crashed work"]

    discard = Recorder(lambda _p, entries: ("discard", entries[0]))
    monkeypatch.setattr(dialogs, "ask_recover", discard)
    assert not window.files.offer_recovery()
    assert _texts(recovery_dir) == []  # only an explicit discard removes it


def test_decide_later_in_the_real_offer_keeps_the_entry(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, path: Path, recovery_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    crashed_session(recovery_dir, tmp_path, path, "title Crashed work")
    monkeypatch.setattr(dialogs, "ask_recover", ASK_RECOVER)
    seen: list[str] = []

    def answer(dialog: RecoveryDialog) -> None:
        seen.append(dialog.model.index(0, 0).data())
        next(b for b in dialog.findChildren(QPushButton) if "Later" in b.text()).click()

    window = make_window(qtbot, tmp_path)
    answer_modal(RecoveryDialog, answer)
    assert not window.files.offer_recovery()
    assert seen == ["Crashed work"]
    assert _offered(make_window(qtbot, tmp_path), monkeypatch) == ["Crashed work"]


def test_a_crashed_entry_is_offered_when_its_pid_belongs_to_a_new_process(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, path: Path, recovery_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    crashed = crashed_session(recovery_dir, tmp_path, path, "title Crashed work")
    # The system hands the crashed process's number to an unrelated program.
    other = subprocess.Popen(["sleep", "60"])
    try:
        [info] = recovery_dir.glob("*.json")
        data = json.loads(info.read_text(encoding="utf-8"))
        assert data["pid"] == crashed
        info.write_text(json.dumps({**data, "pid": other.pid}), encoding="utf-8")
        assert _offered(make_window(qtbot, tmp_path), monkeypatch) == ["Crashed work"]
    finally:
        other.kill()
        other.wait()


def test_recovered_work_belongs_to_the_window_that_recovered_it(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, path: Path, recovery_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    crashed_session(recovery_dir, tmp_path, path, "title Crashed work")
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(dialogs, "ask_recover", lambda _p, entries: ("recover", entries[0]))
    assert window.files.offer_recovery()
    assert window.policy.policy.title == "Crashed work"
    assert _offered(make_window(qtbot, tmp_path), monkeypatch) == []  # not offered twice
    _edit(window, "Crashed work, continued")
    assert window.files.save()
    assert _texts(recovery_dir) == []
    assert "title: Crashed work, continued" in path.read_text(encoding="utf-8")
    assert path.read_text(encoding="utf-8") != COMMENTED


def test_work_recovered_by_a_session_that_crashes_too_is_offered_again(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, path: Path, recovery_dir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    crashed_session(recovery_dir, tmp_path, path, "title First try")
    crashed_session(recovery_dir, tmp_path, None, "recover", "title Second try")
    window = make_window(qtbot, tmp_path)
    assert _offered(window, monkeypatch) == ["Second try"]  # one entry, the latest work
    monkeypatch.setattr(dialogs, "ask_recover", lambda _p, entries: ("recover", entries[0]))
    assert window.files.offer_recovery()
    assert window.bridge.path == str(path) and window.policy.policy.title == "Second try"
