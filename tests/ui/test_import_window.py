"""File > Import Fides manifests... and Import retention schedule...: preview, one undo step,
bad files refused with their position."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.exporters.registry import get
from app.importers.retention_schedule import plan_retention_import
from app.ui.export import importing
from app.ui.main_window import MainWindow
from tests.importers.test_fides_import import TAXONOMY


def exported(window: MainWindow) -> str:
    return get("retention-csv").export(window.bridge.policy).data.decode("utf-8-sig")


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Answer the file dialog with ``path`` and confirm the preview; the previews shown."""
    shown: list[str] = []

    def confirm(dialog) -> bool:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QPlainTextEdit

        shown.append(dialog.findChild(QPlainTextEdit).toPlainText())
        return True

    monkeypatch.setattr(importing, "ask_import_path", lambda parent, spec: str(path))
    monkeypatch.setattr(importing, "confirm_import", confirm)
    return shown


def test_menu_entry_preview_apply_and_undo(window: MainWindow, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    action = window.export.retention_importer.action
    assert action in window.file_menu.actions()
    schedule = tmp_path / "schedule.csv"
    schedule.write_text(exported(window).replace(",P2Y,", ",P5Y,")
                        .replace(",collection,", ",last_activity,"), encoding="utf-8")
    shown = choose(monkeypatch, schedule)
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
    monkeypatch.setattr(importing, "ask_import_path", lambda parent, spec: str(schedule))
    monkeypatch.setattr(importing, "confirm_import", lambda dialog: False)
    assert window.export.retention_importer.run() is None
    assert window.bridge.undo_stack.count() == 0


def test_bad_schedule_is_reported_with_row_and_column(window: MainWindow, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    schedule = tmp_path / "bad.csv"
    schedule.write_text(exported(window).replace(",P2Y,", ",P2Q,"), encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(importing, "ask_import_path", lambda parent, spec: str(schedule))
    monkeypatch.setattr(importing, "show_import_error", lambda parent, text: errors.append(text))
    assert window.export.retention_importer.run() is None
    assert errors and errors[0].startswith(f"{schedule}:2:7: error:")
    assert window.bridge.undo_stack.count() == 0


def test_preview_dialog_lists_changes(window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    schedule = tmp_path / "schedule.csv"
    schedule.write_text(exported(window).replace(",P2Y,", ",P1Y,"), encoding="utf-8")
    plan = plan_retention_import(window.bridge.policy, schedule)
    dialog = importing.preview_dialog(plan, importing.RETENTION_IMPORT, window)
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
    monkeypatch.setattr(importing, "ask_import_path", lambda parent, spec: str(schedule))
    monkeypatch.setattr(importing, "confirm_import", lambda dialog: True)
    plan = window.export.retention_importer.run()
    assert plan is not None and [(c.field, str(c.new)) for c in plan.changes] == [
        ("duration", "P4Y")]
    assert str(window.bridge.policy.retention[0].duration) == "P4Y"


def test_import_fides_taxonomy_previews_then_adds_in_one_undo_step(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    taxonomy = tmp_path / "taxonomy.yml"
    taxonomy.write_text(TAXONOMY)
    shown = choose(monkeypatch, taxonomy)
    before = window.bridge.policy.model_dump()
    plan = window.export.importer.run()
    assert plan is not None and plan.additions
    assert shown and shown[0].startswith("+ ")
    added = {(p.section, p.item_id) for p in plan.additions}
    assert all(window.bridge.document.find(s, i) is not None for s, i in added)
    assert window.bridge.undo_stack.count() == 1
    window.bridge.undo_stack.undo()
    assert window.bridge.policy.model_dump() == before


def test_import_of_a_hostile_taxonomy_is_refused_with_a_position(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("data_category:\n  - !!python/object/apply:os.system [echo]\n")
    errors: list[str] = []
    monkeypatch.setattr(importing, "ask_import_path", lambda parent, spec: str(bad))
    monkeypatch.setattr(importing, "show_import_error",
                        lambda parent, text: errors.append(text))
    assert window.export.importer.run() is None
    assert errors and errors[0].startswith(f"{bad}:2:")
    assert window.bridge.undo_stack.count() == 0


def test_import_fides_manifests_shows_the_summary(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shop = Path(__file__).parents[1] / "importers" / "data" / "fides" / "shop" / "policy.yml"
    shown = choose(monkeypatch, shop)
    plan = window.export.importer.run()
    assert plan is not None and window.export.importer.action.text() == (
        "&Import Fides manifests...")
    lines = shown[0].splitlines()
    assert window.bridge.policy.format_version == 1  # a deny rule for any recipient: no list
    assert "+ rule no_health_ads  (deny)" in lines
    assert not any("format 1" in line for line in lines)  # no allow rule to warn about
    assert any(line.startswith("! ") and "rule 'only_essential_for_applicants' is not "
               "imported" in line and "policy.yml:18:9" in line for line in lines)
    assert window.bridge.document.find("rules", "no_health_ads") is not None
