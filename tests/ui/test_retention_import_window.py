"""File > Import retention schedule...: preview, one undo step, and bad files refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.exporters.registry import get
from app.ui.export import retention
from app.ui.main_window import MainWindow


def exported(window: MainWindow) -> str:
    return get("retention-csv").export(window.bridge.policy).data.decode("utf-8-sig")


def test_menu_entry_preview_apply_and_undo(window: MainWindow, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    action = window.export.retention_importer.action
    assert action in window.file_menu.actions()
    schedule = tmp_path / "schedule.csv"
    schedule.write_text(exported(window).replace(",P2Y,", ",P5Y,")
                        .replace(",collection,", ",last_activity,"), encoding="utf-8")
    shown: list[str] = []

    def confirm(dialog) -> bool:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QPlainTextEdit

        shown.append(dialog.findChild(QPlainTextEdit).toPlainText())
        return True

    monkeypatch.setattr(retention, "ask_schedule_path", lambda parent: str(schedule))
    monkeypatch.setattr(retention, "confirm_import", confirm)
    before = window.bridge.policy.model_dump()
    plan = window.export.retention_importer.run()
    assert plan is not None
    assert shown[0].splitlines()[:2] == ["keep_email: duration P2Y → P5Y",
                                         "keep_email: trigger collection → last_activity"]
    rule = window.bridge.policy.retention[0]
    assert (str(rule.duration), str(rule.trigger)) == ("P5Y", "last_activity")
    assert window.bridge.undo_stack.count() == 1 and window.bridge.modified
    window.bridge.undo_stack.undo()
    assert window.bridge.policy.model_dump() == before


def test_cancel_changes_nothing(window: MainWindow, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    schedule = tmp_path / "schedule.csv"
    schedule.write_text(exported(window).replace(",P2Y,", ",P5Y,"), encoding="utf-8")
    monkeypatch.setattr(retention, "ask_schedule_path", lambda parent: str(schedule))
    monkeypatch.setattr(retention, "confirm_import", lambda dialog: False)
    assert window.export.retention_importer.run() is None
    assert window.bridge.undo_stack.count() == 0


def test_bad_schedule_is_reported_with_row_and_column(window: MainWindow, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    schedule = tmp_path / "bad.csv"
    schedule.write_text(exported(window).replace(",P2Y,", ",P2Q,"), encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(retention, "ask_schedule_path", lambda parent: str(schedule))
    monkeypatch.setattr(retention, "show_import_error", lambda parent, text: errors.append(text))
    assert window.export.retention_importer.run() is None
    assert errors and errors[0].startswith(f"{schedule}:2:7: error:")
    assert window.bridge.undo_stack.count() == 0


def test_preview_dialog_lists_changes(window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from app.exporters.retention_import import plan_retention_import

    schedule = tmp_path / "schedule.csv"
    schedule.write_text(exported(window).replace(",P2Y,", ",P1Y,"), encoding="utf-8")
    plan = plan_retention_import(window.bridge.policy, schedule)
    dialog = retention.preview_dialog(plan, window)
    qtbot.addWidget(dialog)
    dialog.show()
    from PySide6.QtWidgets import QPlainTextEdit

    assert "keep_email: duration P2Y → P1Y" in dialog.findChild(QPlainTextEdit).toPlainText()
    dialog.grab().save(str(tmp_path / "preview.png"))


def test_a_schedule_saved_by_german_excel_imports(window: MainWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import csv
    import io

    # As Excel with German regional settings saves "CSV (Trennzeichen-getrennt)": semicolon,
    # CRLF, Windows-1252 without BOM, and the export's leading quotes dropped.
    table = list(csv.reader(io.StringIO(exported(window), newline="")))
    table[1][table[0].index("Duration (ISO 8601)")] = "P4Y"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows([[cell.removeprefix("'") for cell in row] for row in table])
    schedule = tmp_path / "Aufbewahrung.csv"
    schedule.write_bytes(buffer.getvalue().encode("cp1252"))
    monkeypatch.setattr(retention, "ask_schedule_path", lambda parent: str(schedule))
    monkeypatch.setattr(retention, "confirm_import", lambda dialog: True)
    plan = window.export.retention_importer.run()
    assert plan is not None and [(c.field, str(c.new)) for c in plan.changes] == [
        ("duration", "P4Y")]
    assert str(window.bridge.policy.retention[0].duration) == "P4Y"
