"""File > Import Fides taxonomy...: preview what would be added, then add it in one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.exporters.fides_import import ImportPlan, plan_fides_import
from app.storage.errors import PolicyFileError
from app.ui.actions import make_action
from app.ui.export.preview import confirm_import, show_import_error
from app.ui.export.preview import preview_dialog as preview

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def ask_taxonomy_path(parent: QWidget) -> str | None:
    """Ask for a Fides taxonomy file (tests replace this)."""
    path, _ = QFileDialog.getOpenFileName(parent, "Import Fides taxonomy", "",
                                          "Fides manifests (*.yml *.yaml);;All files (*)")
    return path or None


def preview_dialog(plan: ImportPlan, parent: QWidget) -> QDialog:
    """A dialog listing what the import adds and skips."""
    added = len(plan.additions)
    summary = (f"{added} item{'' if added == 1 else 's'} will be added from {plan.file}; "
               f"{len(plan.skipped)} already exist and are skipped.")
    return preview(parent, "Import Fides taxonomy", summary, plan.preview_lines(),
                   empty="Nothing to import.", accept="Import", can_accept=added > 0)


class ImportController(QObject):
    """Owns the Import action of the File menu."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = make_action(window, "&Import Fides taxonomy...", "document-open", None,
                                  "Add categories, purposes and subjects from a Fides taxonomy")
        self.action.triggered.connect(self.run)
        window.file_menu.insertAction(window.quit_action, self.action)

    def run(self) -> ImportPlan | None:
        """Ask for a taxonomy, preview it, and import on confirmation."""
        path = ask_taxonomy_path(self.window)
        if not path:
            return None
        try:
            plan = plan_fides_import(self.window.bridge.policy, path)
        except PolicyFileError as exc:
            show_import_error(self.window, "\n".join(exc.lines()))
            return None
        if not confirm_import(preview_dialog(plan, self.window)) or not plan.additions:
            return None
        self.window.bridge.apply(plan.batch(), plan.batch().summary)
        self.window.statusBar().showMessage(f"Imported {len(plan.additions)} items", 5000)
        return plan
