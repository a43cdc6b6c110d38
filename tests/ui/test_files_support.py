"""Helpers for the file-handling tests (no tests here): a main window with private settings
and recovery folder, every file dialog stubbed, and a hand-written policy full of comments."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.app import open_window
from app.ui.files import dialogs, recovery
from app.ui.main_window import MainWindow
from tests.storage.test_serialize import COMMENTED

DIALOGS = ("ask_open_path", "ask_save_path", "ask_save_changes", "show_open_error",
           "show_save_error", "ask_template", "ask_recover", "ask_overwrite")


def _unexpected(name: str) -> Callable[..., Any]:
    def fail(*_args: object, **_kwargs: object) -> Any:
        raise AssertionError(f"unexpected dialog: {name}")

    return fail


def isolate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Private recovery folder, Qt's test paths, and dialogs that fail when not stubbed."""
    QStandardPaths.setTestModeEnabled(True)
    monkeypatch.setattr(recovery, "default_recovery_dir", lambda: tmp_path / "recovery")
    for name in DIALOGS:
        monkeypatch.setattr(dialogs, name, _unexpected(name))
    # pytest-qt closes the test's windows before the stubs go away: unsaved work is dropped.
    monkeypatch.setattr(dialogs, "open_save_changes",
                        lambda _parent, _name, answer: answer(dialogs.DISCARD))
    return tmp_path / "recovery"


def settings_in(tmp_path: Path) -> QSettings:
    """Settings stored in an INI file under ``tmp_path``."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def make_window(qtbot: Any, tmp_path: Path, path: str | Path | None = None) -> MainWindow:
    """A shown main window (on ``path``) with its own settings; registered with qtbot."""
    window = open_window(str(path) if path else None, settings_in(tmp_path))
    qtbot.addWidget(window)
    window.show()
    return window


def open_and_wait(qtbot: Any, window: MainWindow, path: str | Path) -> None:
    """Open ``path`` through the controller and wait until it is the document."""
    with qtbot.waitSignal(window.files.opened, timeout=10_000):
        assert window.files.open_path(str(path))


def write_commented(tmp_path: Path, name: str = "shop.policy.yaml") -> Path:
    """The hand-written policy, as a file."""
    path = tmp_path / name
    path.write_text(COMMENTED, encoding="utf-8")
    return path


class Recorder:
    """A stand-in for a dialog function: remembers its calls, returns ``result``."""

    def __init__(self, result: Any = None) -> None:
        self.result = result
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any) -> Any:
        self.calls.append(args)
        return self.result(*args) if callable(self.result) else self.result


def finish(window: MainWindow) -> None:
    """Leave the window closable without questions (end of a test)."""
    window.bridge.undo_stack.setClean()


class Child:
    """Another Policy Studio process (``recovery_child.py``) with a real window, sharing the
    test's recovery folder; driven line by line through its standard input."""

    SCRIPT = Path(__file__).with_name("recovery_child.py")

    def __init__(self, recovery_dir: Path, tmp_path: Path, path: str | Path | None = None) -> None:
        args = [sys.executable, str(self.SCRIPT), str(recovery_dir),
                str(tmp_path / "child-settings.ini")]
        self.process = subprocess.Popen(args + ([str(path)] if path else []),
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True, cwd=tmp_path)
        assert self._line() == "ready"

    @property
    def pid(self) -> int:
        return self.process.pid

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, f"the child process stopped (status {self.process.poll()})"
        return line.strip()

    def ask(self, command: str) -> str:
        """Send one command; its answer."""
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._line()

    def crash(self) -> None:
        """Kill the child the way a crash would (SIGKILL: nothing is cleaned up)."""
        assert self.process.stdin is not None
        self.process.stdin.write("crash\n")
        self.process.stdin.flush()
        assert self.process.wait(timeout=30) == -signal.SIGKILL

    def stop(self) -> None:
        """End the child if it still runs (test clean-up)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


def crashed_session(recovery_dir: Path, tmp_path: Path, path: str | Path | None,
                    *commands: str) -> int:
    """Another Policy Studio process opens ``path`` (or an untitled policy), follows
    ``commands`` (e.g. ``"title Unsaved"``: edit and autosave) and is killed before it saves;
    returns its process id."""
    child = Child(recovery_dir, tmp_path, path)
    try:
        for command in commands:
            child.ask(command)
        child.crash()
    finally:
        child.stop()
    return child.pid


def answer_modal(kind: type[QWidget], act: Callable[[Any], None]) -> None:
    """Once a modal ``kind`` (a real dialog) is up, call ``act`` on it (it clicks a button)."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
