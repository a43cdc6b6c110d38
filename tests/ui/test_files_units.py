"""The pieces behind the File menu: worker tasks, what a save writes,
dropped-file filtering."""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QWidget
from test_files_support import isolate, make_window, write_commented

from app.storage.collector import collector_paused
from app.storage.serialize import is_openable
from app.ui.files import opening
from app.ui.files.tasks import run_blocking
from app.ui.files.window_events import dropped_path


def test_run_blocking_runs_off_the_gui_thread_and_returns(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[threading.Thread] = []

    def work() -> int:
        seen.append(threading.current_thread())
        return 42

    assert run_blocking(work, parent, "Working") == 42
    assert seen and seen[0] is not threading.main_thread()


def test_run_blocking_raises_the_workers_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)

    def work() -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space left"):
        run_blocking(work, parent, "Working")


def test_collector_paused_nests_and_restores() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_opening_reads_on_a_worker_with_a_named_progress_dialog(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    isolate(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path)
    path = write_commented(tmp_path, "slow.policy.yaml")
    threads: list[threading.Thread] = []
    real = opening.read_policy

    def slow_read(p: str):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        time.sleep(0.8)
        return real(p)

    monkeypatch.setattr(opening, "read_policy", slow_read)
    window.files.open_path(str(path))
    busy = window.files.opener.indicator
    assert busy is not None
    qtbot.waitUntil(busy.dialog.isVisible, timeout=3000)
    assert "slow.policy.yaml" in busy.dialog.labelText()
    assert not window.files.open_action.isEnabled()  # one open at a time
    with qtbot.waitSignal(window.files.opened, timeout=5000):
        pass
    assert threads[0] is not threading.main_thread()
    assert window.files.open_action.isEnabled()
    assert window.policy.policy.id == "shop"


def test_cancelling_an_open_keeps_the_document(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    isolate(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path)
    policy = window.policy
    real = opening.read_policy
    monkeypatch.setattr(opening, "read_policy", lambda p: (time.sleep(0.3), real(p))[1])
    window.files.open_path(str(write_commented(tmp_path)))
    busy = window.files.opener.indicator
    assert busy is not None
    busy.dialog.canceled.emit()  # what its Cancel button does
    qtbot.waitUntil(lambda: window.files.loading is None, timeout=5000)
    assert window.policy is policy


def test_dropped_path_takes_local_policy_files_only(tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/a.policy.yaml"),
                  QUrl.fromLocalFile(str(tmp_path / "notes.txt")),
                  QUrl.fromLocalFile(str(tmp_path / "b.policy.json"))])
    assert dropped_path(mime) == str(tmp_path / "b.policy.json")
    assert dropped_path(QMimeData()) is None
    assert is_openable("X.POLICY.YML") and not is_openable("x.txt")
