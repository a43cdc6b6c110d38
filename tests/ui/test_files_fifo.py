"""The window refuses a FIFO or device at once, with the same message as the command line,
instead of waiting for a writer that never comes."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
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


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_opening_a_fifo_or_device_is_refused_at_once(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     kind: str) -> None:
    isolate(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path)
    open_and_wait(qtbot, window, write_commented(tmp_path))
    target = tmp_path / "pipe.policy.yaml"
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target = Path("/dev/zero")
    shown = Recorder()
    monkeypatch.setattr(dialogs, "show_open_error", shown)
    start = time.monotonic()
    with qtbot.waitSignal(window.files.openFailed, timeout=10_000):
        window.files.open_path(str(target))
    assert time.monotonic() - start < 10
    [(_parent, error)] = shown.calls
    assert isinstance(error, PolicyFileError)
    assert error.lines() == [f"{target}:1:1: error: this is not a regular file (a pipe, device "
                             "or socket); give the path of a policy file"]
    finish(window)
