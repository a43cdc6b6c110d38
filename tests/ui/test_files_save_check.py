"""Saving re-checks the file on disk: a change made by someone else since the document was
loaded or last saved is never overwritten without asking (Overwrite / Reload / Cancel)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from test_files_support import (
    COMMENTED,
    Recorder,
    answer_modal,
    crashed_session,
    isolate,
    make_window,
    open_and_wait,
    write_commented,
)

from app.ui.files import dialogs
from app.ui.main_window import MainWindow

CHANGED = COMMENTED.replace("title: Shop policy", "title: Changed elsewhere")
ASK_OVERWRITE = dialogs.__dict__.get("ask_overwrite")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return write_commented(tmp_path)


@pytest.fixture
def recovery_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return isolate(monkeypatch, tmp_path)


@pytest.fixture
def window(qtbot, tmp_path: Path, path: Path, recovery_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, tmp_path)
    open_and_wait(qtbot, window, path)
    window.bridge.set_field("policy", None, "title", "Mine")
    return window


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorder]:
    recorder = Recorder("cancel")
    monkeypatch.setattr(dialogs, "ask_overwrite", recorder, raising=False)
    yield recorder


def test_cancel_keeps_the_other_change_and_my_unsaved_edits(window: MainWindow, path: Path,
                                                            asked: Recorder) -> None:
    path.write_text(CHANGED, encoding="utf-8")
    assert not window.files.save()
    assert [call[1] for call in asked.calls] == ["shop.policy.yaml"]
    assert path.read_text(encoding="utf-8") == CHANGED
    assert window.bridge.modified and window.policy.policy.title == "Mine"


def test_overwrite_replaces_the_other_change_and_is_asked_once(window: MainWindow, path: Path,
                                                                asked: Recorder) -> None:
    path.write_text(CHANGED, encoding="utf-8")
    asked.result = "overwrite"
    assert window.files.save()
    assert "title: Mine" in path.read_text(encoding="utf-8")
    assert not window.bridge.modified
    window.bridge.set_field("policy", None, "title", "Mine again")
    assert window.files.save()
    assert len(asked.calls) == 1  # our own save is not someone else's change


def test_reload_takes_the_other_change(qtbot, window: MainWindow, path: Path,  # type: ignore[no-untyped-def]
                                       asked: Recorder) -> None:
    path.write_text(CHANGED, encoding="utf-8")
    asked.result = "reload"
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        assert not window.files.save()
    assert window.policy.policy.title == "Changed elsewhere"
    assert not window.bridge.modified
    assert path.read_text(encoding="utf-8") == CHANGED


def test_a_change_of_the_same_size_and_time_is_caught_by_its_content(
        window: MainWindow, path: Path, asked: Recorder) -> None:
    before = path.stat()
    same_size = COMMENTED.replace("title: Shop policy", "title: Shop POLICY")
    assert len(same_size) == len(COMMENTED)
    path.write_text(same_size, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert not window.files.save()
    assert len(asked.calls) == 1
    assert path.read_text(encoding="utf-8") == same_size


def test_a_touched_or_removed_file_is_saved_without_asking(window: MainWindow, path: Path,
                                                           asked: Recorder) -> None:
    os.utime(path, (1_000_000_000, 1_000_000_000))  # a new time, the same content
    assert window.files.save()
    window.bridge.set_field("policy", None, "title", "After removal")
    path.unlink()
    assert window.files.save()
    assert asked.calls == []
    assert "title: After removal" in path.read_text(encoding="utf-8")


def test_recovered_work_asks_before_replacing_a_change_made_after_the_crash(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, path: Path, recovery_dir: Path, asked: Recorder,
        monkeypatch: pytest.MonkeyPatch) -> None:
    crashed_session(recovery_dir, tmp_path, path, "title Crashed work")
    path.write_text(CHANGED, encoding="utf-8")  # someone else saved after the crash
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(dialogs, "ask_recover", lambda _p, entries: ("recover", entries[0]))
    assert window.files.offer_recovery()
    assert not window.files.save()
    assert len(asked.calls) == 1
    assert path.read_text(encoding="utf-8") == CHANGED
    assert window.policy.policy.title == "Crashed work" and window.bridge.modified


@pytest.mark.parametrize(("button", "saved"), [("Cancel", False), ("Overwrite", True)])
def test_the_real_question_answers(qtbot, window: MainWindow, path: Path,  # type: ignore[no-untyped-def]
                                   monkeypatch: pytest.MonkeyPatch, button: str,
                                   saved: bool) -> None:
    assert ASK_OVERWRITE is not None
    monkeypatch.setattr(dialogs, "ask_overwrite", ASK_OVERWRITE)
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        seen.append(box.text())
        seen.extend(b.text().replace("&", "") for b in box.buttons())
        next(b for b in box.buttons() if b.text().replace("&", "") == button).click()

    path.write_text(CHANGED, encoding="utf-8")
    answer_modal(QMessageBox, answer)
    assert window.files.save() is saved
    assert "shop.policy.yaml was changed" in seen[0]
    assert {"Overwrite", "Reload", "Cancel"} <= set(seen[1:])
    assert ("title: Mine" in path.read_text(encoding="utf-8")) is saved
