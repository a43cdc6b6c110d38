"""File > Import retention schedule...: preview the changes of an edited CSV, apply as one step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.exporters.retention_import import RetentionImportPlan, plan_retention_import
from app.storage.errors import PolicyFileError
from app.ui.actions import make_action
from app.ui.export.preview import confirm_import, show_import_error
from app.ui.export.preview import preview_dialog as preview

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def ask_schedule_path(parent: QWidget) -> str | None:
    """Ask for a retention schedule CSV (tests replace this); Excel saves its tab-separated
    "Unicode text" as .txt."""
    path, _ = QFileDialog.getOpenFileName(
        parent, "Import retention schedule", "",
        "Spreadsheet text (*.csv *.txt *.tsv);;All files (*)")
    return path or None


def preview_dialog(plan: RetentionImportPlan, parent: QWidget) -> QDialog:
    """A dialog listing every field the schedule changes, unknown ids and notes."""
    count = len(plan.changes)
    summary = (f"{count} field{'' if count == 1 else 's'} of the retention rules will change "
               f"from {plan.file}.")
    return preview(parent, "Import retention schedule", summary, plan.preview_lines(),
                   empty="Nothing changes.", accept="Apply changes", can_accept=count > 0,
                   wrap=False)


class RetentionImportController(QObject):
    """Owns File > Import retention schedule..."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = make_action(window, "Import &retention schedule...", "retention", None,
                                  "Apply an edited retention schedule (CSV) to the policy")
        self.action.triggered.connect(self.run)
        window.file_menu.insertAction(window.quit_action, self.action)

    def run(self) -> RetentionImportPlan | None:
        """Ask for a schedule, preview its changes, and apply them on confirmation."""
        path = ask_schedule_path(self.window)
        if not path:
            return None
        try:
            plan = plan_retention_import(self.window.bridge.policy, path)
        except PolicyFileError as exc:
            show_import_error(self.window, "\n".join(exc.lines()))
            return None
        if not confirm_import(preview_dialog(plan, self.window)) or not plan.changes:
            return None
        batch = plan.batch()
        self.window.bridge.apply(batch, batch.summary)
        self.window.statusBar().showMessage(batch.summary, 5000)
        return plan
