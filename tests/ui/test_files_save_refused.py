"""A save whose text would not read back as the edited policy is refused: the file on disk stays
byte for byte as it was, the user is told why, and the edits stay unsaved."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_files_careful_saving import shop_window
from test_files_support import COMMENTED, Recorder, finish

from app.storage import roundtrip
from app.ui.files import dialogs


def test_a_save_that_would_not_read_back_is_refused_and_the_file_kept(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window, path = shop_window(qtbot, tmp_path, monkeypatch)
    before = path.read_bytes()
    window.bridge.set_field("policy", None, "title", "Edited")
    real = roundtrip.spliced_text, roundtrip.whole_yaml_text
    monkeypatch.setattr(roundtrip, "spliced_text", lambda _p, _b: "policy: [\n")
    monkeypatch.setattr(roundtrip, "whole_yaml_text", lambda _p, _b: "format_version: 2\n")
    shown = Recorder()
    monkeypatch.setattr(dialogs, "show_save_error", shown)
    assert not window.files.save()
    assert path.read_bytes() == before
    assert shown.calls
    reason = shown.calls[0][2]
    assert "not saved" in reason and "would not read back" in reason
    assert "left as it was" in reason
    assert window.bridge.modified
    monkeypatch.setattr(roundtrip, "spliced_text", real[0])  # the real writers: it saves
    monkeypatch.setattr(roundtrip, "whole_yaml_text", real[1])
    monkeypatch.setattr(dialogs, "show_save_error", Recorder())
    assert window.files.save()
    assert path.read_text(encoding="utf-8") == COMMENTED.replace(
        "title: Shop policy", "title: Edited")
    finish(window)
