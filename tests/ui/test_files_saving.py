"""Saving through the window: comments and layout survive a GUI edit, JSON targets get the
canonical form, failures leave the file and the document as they were."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest
from test_files_support import (
    COMMENTED,
    Recorder,
    finish,
    isolate,
    make_window,
    open_and_wait,
    write_commented,
)

from app.domain.canonical import to_canonical_json
from app.storage.loader import load_file
from app.ui.files import dialogs
from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # type: ignore[no-untyped-def]
    isolate(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path)
    open_and_wait(qtbot, window, write_commented(tmp_path))
    return window


def _changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(),
                                                  lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_a_gui_edit_saves_as_a_one_line_diff_keeping_every_comment(window: MainWindow,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "shop.policy.yaml"
    window.bridge.set_field("policy", None, "title", "Shop data-use policy")
    assert window.files.save()
    after = path.read_text(encoding="utf-8")
    assert _changed_lines(COMMENTED, after) == ["-  title: Shop policy",
                                                "+  title: Shop data-use policy"]
    comments = [line[line.index("#"):] for line in COMMENTED.splitlines() if "#" in line]
    assert comments and all(comment in after for comment in comments)
    assert not window.bridge.modified
    assert window.bridge.base_text == after


def test_an_item_edit_also_touches_only_its_line(window: MainWindow, tmp_path: Path) -> None:
    window.bridge.set_field("categories", "contact.email", "name", "Email")
    assert window.files.save()
    after = (tmp_path / "shop.policy.yaml").read_text(encoding="utf-8")
    assert _changed_lines(COMMENTED, after) == ["-    name: Email address", "+    name: Email"]


def test_saving_an_unchanged_file_writes_the_same_bytes(window: MainWindow,
                                                        tmp_path: Path) -> None:
    assert window.files.save()
    assert (tmp_path / "shop.policy.yaml").read_text(encoding="utf-8") == COMMENTED


def test_save_as_json_writes_canonical_json(window: MainWindow, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "shop.policy.json"
    monkeypatch.setattr(dialogs, "ask_save_path", Recorder(str(target)))
    assert window.files.save_as()
    assert target.read_bytes() == to_canonical_json(window.policy)
    assert json.loads(target.read_text(encoding="utf-8"))["digest"].startswith("sha256:")
    assert load_file(target).policy == window.policy
    assert window.bridge.path == str(target)
    assert window.windowTitle() == "shop.policy.json[*] - Policy Studio"
    assert (tmp_path / "shop.policy.yaml").read_text(encoding="utf-8") == COMMENTED


def test_save_as_yaml_elsewhere_keeps_the_comments(window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    window.bridge.set_field("policy", None, "version", "1.1.0")
    target = tmp_path / "copy.policy.yaml"
    monkeypatch.setattr(dialogs, "ask_save_path", Recorder(str(target)))
    window.files.save_as_action.trigger()
    assert _changed_lines(COMMENTED, target.read_text(encoding="utf-8")) == [
        "-  version: 1.0.0", "+  version: 1.1.0"]
    assert (tmp_path / "shop.policy.yaml").read_text(encoding="utf-8") == COMMENTED


def test_a_failed_save_tells_the_user_and_changes_nothing(window: MainWindow, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    window.bridge.set_field("policy", None, "title", "Edited")
    shown = Recorder()
    monkeypatch.setattr(dialogs, "show_save_error", shown)
    target = tmp_path / "missing-folder" / "x.policy.yaml"
    assert not window.files.save_to(str(target))
    assert shown.calls and shown.calls[0][1] == str(target)
    assert window.bridge.modified
    assert window.bridge.path == str(tmp_path / "shop.policy.yaml")
    assert not target.exists()
    finish(window)


def test_cancelling_save_as_saves_nothing(window: MainWindow,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window.bridge.set_field("policy", None, "title", "Edited")
    monkeypatch.setattr(dialogs, "ask_save_path", Recorder(None))
    assert not window.files.save_as()
    assert window.bridge.modified
    finish(window)


def test_save_as_adds_the_policy_suffix() -> None:
    from app.storage.serialize import with_suffix

    assert with_suffix("/x/shop") == "/x/shop.policy.yaml"
    assert with_suffix("/x/shop", json_wanted=True) == "/x/shop.policy.json"
    assert with_suffix("/x/shop.policy.yml") == "/x/shop.policy.yml"
