"""Saving from the window like a careful editor: through links, keeping line endings and
encoding, refusing read-only files, cleaning up after a killed save, quoting hostile text, and
never exporting over the policy's own file."""

from __future__ import annotations

import codecs
import importlib.util
import os
import stat
from pathlib import Path
from types import ModuleType

import pytest
from test_files_support import COMMENTED, Recorder, finish, isolate, make_window, open_and_wait

from app.storage.atomic import temp_prefix
from app.storage.loader import load_file
from app.ui.export import controller as export_controller
from app.ui.files import dialogs
from app.ui.main_window import MainWindow


def _storage_tests() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "storage" / "test_careful_writes.py"
    spec = importlib.util.spec_from_file_location("careful_writes_tests", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def open_window_on(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                   path: Path) -> MainWindow:
    isolate(monkeypatch, tmp_path)
    window = make_window(qtbot, tmp_path)
    open_and_wait(qtbot, window, path)
    return window


def shop_window(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                monkeypatch: pytest.MonkeyPatch) -> tuple[MainWindow, Path]:
    """A window on the commented policy, written to ``shop.policy.yaml``."""
    path = tmp_path / "shop.policy.yaml"
    path.write_text(COMMENTED, encoding="utf-8")
    return open_window_on(qtbot, tmp_path, monkeypatch, path), path


def test_saving_through_a_symlink_updates_the_target_and_keeps_the_link(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "shop.policy.yaml"
    target.write_text(COMMENTED, encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "shop.policy.yaml"
    link.symlink_to(target)
    window = open_window_on(qtbot, tmp_path, monkeypatch, link)
    window.bridge.set_field("policy", None, "title", "Edited")
    assert window.files.save()
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load_file(target).policy.policy.title == "Edited"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_read_only_file_is_refused_with_a_message_and_left_alone(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window, path = shop_window(qtbot, tmp_path, monkeypatch)
    path.chmod(0o444)
    window.bridge.set_field("policy", None, "title", "Edited")
    shown = Recorder()
    monkeypatch.setattr(dialogs, "show_save_error", shown)
    assert not window.files.save()
    assert shown.calls and "read-only" in shown.calls[0][2]
    assert path.read_text(encoding="utf-8") == COMMENTED
    assert window.bridge.modified
    finish(window)


@pytest.mark.parametrize(("bom", "codec", "newline"), [
    (b"", "utf-8", "\r\n"), (codecs.BOM_UTF8, "utf-8", "\n"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "\r\n"), (codecs.BOM_UTF16_BE, "utf-16-be", "\n")])
def test_line_endings_and_encoding_survive_a_save(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        bom: bytes, codec: str, newline: str) -> None:
    path = tmp_path / "shop.policy.yaml"
    path.write_bytes(bom + COMMENTED.replace("\n", newline).encode(codec))
    window = open_window_on(qtbot, tmp_path, monkeypatch, path)
    window.bridge.set_field("policy", None, "title", "Shop data-use policy")
    assert window.files.save()
    expected = COMMENTED.replace("title: Shop policy", "title: Shop data-use policy")
    assert path.read_bytes() == bom + expected.replace("\n", newline).encode(codec)
    window.bridge.set_field("policy", None, "version", "1.0.1")
    assert window.files.save()  # the second save starts from the first one's text
    assert path.read_bytes() == bom + expected.replace("version: 1.0.0", "version: 1.0.1") \
        .replace("\n", newline).encode(codec)


def test_a_killed_save_leaves_the_file_and_the_next_save_removes_its_temp_file(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window, path = shop_window(qtbot, tmp_path, monkeypatch)
    _storage_tests().kill_mid_save(path)
    assert path.read_text(encoding="utf-8") == COMMENTED
    assert [n for n in os.listdir(tmp_path) if n.startswith(temp_prefix(path))]
    window.bridge.set_field("policy", None, "title", "Edited")
    assert window.files.save()
    assert load_file(path).policy.policy.title == "Edited"
    assert [n for n in os.listdir(tmp_path) if n.startswith(temp_prefix(path))] == []


def test_a_new_file_saved_from_the_window_follows_the_umask(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window, _path = shop_window(qtbot, tmp_path, monkeypatch)
    target = tmp_path / "copy.policy.yaml"
    monkeypatch.setattr(dialogs, "ask_save_path", Recorder(str(target)))
    previous = os.umask(0o022)
    try:
        assert window.files.save_as()
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


@pytest.mark.parametrize("value", ["1e3", ".5e1", "-.05E1", "0o17", "no", "~", "null",
                                   "2026-01-01", "12:30", "%x", "# x", ": x", "a\tb",
                                   "'q\"", "two\nlines", "\u202eevil", "nel\x85x"])
def test_hostile_text_typed_in_the_window_reads_back_the_same(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
        value: str) -> None:
    window, path = shop_window(qtbot, tmp_path, monkeypatch)
    window.bridge.set_field("policy", None, "title", value)
    window.bridge.set_field("categories", "contact", "description", value)
    assert window.files.save()
    saved = load_file(path).policy
    assert saved == window.bridge.policy
    assert saved.policy.title == value and saved.categories[0].description == value


def test_exporting_over_the_policy_file_itself_is_refused(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window, path = shop_window(qtbot, tmp_path, monkeypatch)
    link = tmp_path / "link.json"
    link.symlink_to(path)

    def choose(dialog):  # type: ignore[no-untyped-def]
        dialog.select_format("json")
        dialog.target.setText(str(link))
        return True

    errors = Recorder()
    monkeypatch.setattr(export_controller, "open_dialog", choose)
    monkeypatch.setattr(export_controller, "show_export_error", errors)
    assert window.export.export() is None
    assert errors.calls and "own file" in errors.calls[0][1]
    assert path.read_text(encoding="utf-8") == COMMENTED
