"""File > Export in the window: format, target, progress, summary, and refusal on errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.canonical import digest
from app.storage.loader import load_bytes
from app.ui.export import controller
from app.ui.export.dialog import ExportDialog
from app.ui.main_window import MainWindow


class Recorder:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, _parent: object, text: str) -> None:
        self.calls.append(text)


def choose(fmt: str, target: Path, force: bool = True):  # type: ignore[no-untyped-def]
    def fake_open(dialog: ExportDialog) -> bool:
        dialog.select_format(fmt)
        dialog.target.setText(str(target))
        dialog.force.setChecked(force)
        return dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    return fake_open


def test_export_menu_entry_and_canonical_json(window: MainWindow, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.export.action in window.file_menu.actions()
    report = Recorder()
    monkeypatch.setattr(controller, "show_export_report", report)
    target = tmp_path / "out.policy.json"
    monkeypatch.setattr(controller, "open_dialog", choose("json", target))
    result = window.export.export()
    assert result is not None and target.exists()
    data = json.loads(target.read_text())
    assert data["digest"] == digest(window.bridge.policy)
    assert load_bytes(target.read_bytes(), str(target)).policy == window.bridge.policy
    assert f"Wrote {target}" in report.calls[0] and data["digest"] in report.calls[0]


def test_export_reports_what_the_format_cannot_express(window: MainWindow, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from app.exporters.registry import ExportResult, FunctionExporter

    limited = FunctionExporter(
        "limited", "Limited", ".txt", "Says little.",
        lambda p: ExportResult(digest=digest(p), data=b"x", summary=["retention periods"]))
    monkeypatch.setattr(controller, "exporters", lambda: [limited])
    report = Recorder()
    monkeypatch.setattr(controller, "show_export_report", report)
    monkeypatch.setattr(controller, "open_dialog", choose("limited", tmp_path / "x.txt"))
    window.export.export()
    assert "Not expressed by this format" in report.calls[0]
    assert "retention periods" in report.calls[0]


def test_exporting_the_notice_reports_its_reading_ease(window: MainWindow, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from app.exporters.notice_readability import readability
    from app.exporters.notice_sections import build_notice

    report = Recorder()
    monkeypatch.setattr(controller, "show_export_report", report)
    target = tmp_path / "ui.notice.html"
    monkeypatch.setattr(controller, "open_dialog", choose("notice-html", target))
    assert window.export.export() is not None
    line = readability(build_notice(window.bridge.policy)).line()
    assert line in report.calls[0] and "Not expressed" not in report.calls[0]
    assert "Reading ease" not in target.read_text(encoding="utf-8")


def test_errors_block_the_export_unless_forced(window: MainWindow, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    window.bridge.set_field("rules", "newsletter_email", "purposes", ["nowhere"])  # STR003
    report = Recorder()
    monkeypatch.setattr(controller, "show_export_report", report)
    target = tmp_path / "out.policy.json"
    monkeypatch.setattr(controller, "open_dialog", choose("json", target, force=False))
    assert window.export.export() is None
    assert not target.exists()
    monkeypatch.setattr(controller, "open_dialog", choose("json", target, force=True))
    assert window.export.export() is not None
    assert target.exists() and "error findings" in report.calls[0]


def test_a_failing_write_is_reported(window: MainWindow, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    failure = Recorder()
    monkeypatch.setattr(controller, "show_export_error", failure)
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setattr(controller, "open_dialog", choose("json", blocker / "out.json"))
    assert window.export.export() is None
    assert failure.calls and str(blocker) in failure.calls[0]


def test_dialog_lists_every_format_with_its_description(window: MainWindow) -> None:
    from app.exporters.registry import exporters

    dialog = ExportDialog(exporters(), "/tmp/a.policy.yaml", 0, window)
    names = [name for group in dialog.groups().values() for name in group]
    assert sorted(names) == sorted(e.name for e in exporters()) and "json" in names
    dialog.select_format("json")
    assert dialog.target.text().endswith("a.policy.json")
    assert dialog.description.text() == dialog.exporter().description
