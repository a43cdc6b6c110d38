"""The Export dialog as people expect: formats grouped by audience, usable from the keyboard,
and the last format and folder remembered per policy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.exporters.registry import AUDIENCES, ENGINEERING, LEGAL, by_audience, exporters
from app.ui.export import controller
from app.ui.export.dialog import ExportDialog
from app.ui.export.memory import ExportMemory, policy_key
from app.ui.main_window import MainWindow
from app.ui.preferences.values import EXPORT_FOLDER_KEY


def settings_in(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def shown(qtbot, dialog: ExportDialog) -> ExportDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_formats_are_grouped_by_audience_as_the_registry_says(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, ExportDialog(exporters(), "/tmp/a.policy.yaml", 0))
    groups = dialog.groups()
    assert list(groups) == [AUDIENCES[LEGAL], AUDIENCES[ENGINEERING]]
    expected = by_audience(exporters())
    assert groups[AUDIENCES[LEGAL]] == [e.name for e in expected[LEGAL]]
    assert {"html", "pdf", "art30-html", "retention-csv", "dpia-html", "dpia-pdf",
            "dpia-pia-json"} <= set(groups["Legal documents"])
    assert {"json", "opa", "cedar", "fides", "odrl"} <= set(groups["Engineering files"])
    heading = dialog.formats.item(0)
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    assert heading.font().bold()
    assert dialog.exporter() is not None and dialog.exporter().name == groups["Legal documents"][0]


def test_the_keyboard_moves_over_formats_only_and_enter_exports(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, ExportDialog(exporters(), "/tmp/a.policy.yaml", 0))
    assert dialog.list.hasFocus()
    order = [name for names in dialog.groups().values() for name in names]
    seen = [dialog.exporter().name]
    for _ in range(len(order) + 2):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        seen.append(dialog.exporter().name)  # never a heading
    assert seen[:len(order)] == order and seen[-1] == order[-1]
    qtbot.keyClick(dialog.list, Qt.Key.Key_Home)
    assert dialog.exporter().name == order[0]
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert dialog.target.hasFocus()
    assert dialog.target.text() == "/tmp/" + "a" + dialog.exporter().suffix
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.target, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_escape_cancels_and_errors_need_export_anyway(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, ExportDialog(exporters(), "/tmp/a.policy.yaml", 2))
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled() and "2 error findings" in dialog.force.text()
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Export anyway
    qtbot.waitUntil(dialog.force.isChecked)  # a mnemonic clicks after a short animation
    assert ok.isEnabled()
    dialog.target.clear()
    assert not ok.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_memory_is_per_policy_and_survives_a_new_settings_object(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    first = ExportMemory(settings_in(tmp_path), str(tmp_path / "a.policy.yaml"), "a")
    assert first.last_format() is None and first.last_folder() is None
    first.keep("art30-csv", folder / "a.art30.csv")
    again = ExportMemory(settings_in(tmp_path), str(tmp_path / "a.policy.yaml"), "a")
    assert again.last_format() == "art30-csv" and again.last_folder() == folder
    other = ExportMemory(settings_in(tmp_path), str(tmp_path / "b.policy.yaml"), "a")
    assert other.last_format() is None  # another file, even with the same policy id
    unsaved = ExportMemory(settings_in(tmp_path), None, "a")
    assert unsaved.last_format() is None
    unsaved.keep("json", folder / "x.json")
    assert ExportMemory(settings_in(tmp_path), None, "a").last_format() == "json"
    assert policy_key(None, None) is None
    ExportMemory(settings_in(tmp_path), None, None).keep("json", folder / "y.json")  # no-op
    folder.rmdir()
    assert again.last_folder() is None  # a folder since removed is not offered
    hostile = "/tmp/" + "../" * 50 + "\udcff" + "x" * 5000
    assert len(policy_key(hostile, None) or "") == 24


def test_the_window_preselects_the_last_format_and_folder(window: MainWindow, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          qtbot) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(controller, "show_export_report", lambda *_a: None)
    out = tmp_path / "exports"
    out.mkdir()
    seen: list[tuple[str, str]] = []

    def choose_retention(dialog: ExportDialog) -> bool:
        seen.append((dialog.exporter().name, dialog.target.text()))
        dialog.select_format("retention-csv")
        dialog.target.setText(str(out / "schedule.retention.csv"))
        dialog.force.setChecked(True)
        return True

    monkeypatch.setattr(controller, "open_dialog", choose_retention)
    assert window.export.export() is not None
    assert (out / "schedule.retention.csv").exists()

    def look(dialog: ExportDialog) -> bool:
        seen.append((dialog.exporter().name, dialog.target.text()))
        return False

    monkeypatch.setattr(controller, "open_dialog", look)
    window.export.export()
    first_time, next_time = seen
    assert first_time[0] == by_audience(exporters())[LEGAL][0].name
    assert next_time[0] == "retention-csv"
    assert Path(next_time[1]).parent == out
    assert Path(next_time[1]).name == Path(window.bridge.path).name.split(".")[0] + \
        ".retention.csv"


def test_a_stale_or_hostile_memory_falls_back_to_the_first_format(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = settings_in(tmp_path)
    path = str(tmp_path / "a.policy.yaml")
    memory = ExportMemory(settings, path, "a")
    memory.keep("no-such-format", tmp_path / "gone" / "x.bin")
    key = policy_key(path, "a")
    settings.setValue(f"export/{key}/folder", 42)  # not text: ignored
    dialog = shown(qtbot, ExportDialog(exporters(), path, 0, memory=ExportMemory(settings, path,
                                                                                    "a")))
    assert dialog.exporter().name == by_audience(exporters())[LEGAL][0].name
    assert Path(dialog.target.text()).parent == tmp_path
    settings.setValue(f"export/{key}/folder", "/" + "x" * 5000)  # too long to look up
    assert ExportMemory(settings, path, "a").last_folder() is None


def test_a_policy_never_exported_starts_in_the_default_export_folder(tmp_path: Path) -> None:
    settings = settings_in(tmp_path)
    default, last = tmp_path / "default", tmp_path / "last"
    default.mkdir()
    last.mkdir()
    settings.setValue(EXPORT_FOLDER_KEY, str(default))
    path = str(tmp_path / "a.policy.yaml")
    assert ExportMemory(settings, path, "a").start_folder() == default
    ExportMemory(settings, path, "a").keep("json", last / "a.policy.json")
    assert ExportMemory(settings, path, "a").start_folder() == last  # its own folder wins
    default.rmdir()
    assert ExportMemory(settings, str(tmp_path / "b.policy.yaml"), "b").start_folder() is None


def test_format_rows_say_the_format_in_words_with_its_code_only_in_the_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = shown(qtbot, ExportDialog(exporters(), "/tmp/a.policy.yaml", 0))
    for group in range(dialog.formats.rowCount()):
        heading = dialog.formats.item(group)
        for row in range(heading.rowCount()):
            item = heading.child(row)
            exporter = item.data(Qt.ItemDataRole.UserRole + 1)
            assert item.text() == exporter.title  # "Policy document (PDF)", not its code
            assert f"--format {exporter.name}" in item.toolTip()
            assert exporter.description in item.toolTip()
