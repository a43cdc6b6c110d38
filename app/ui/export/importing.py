"""File > Import Fides taxonomy...: preview what would be added, then add it in one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.exporters.fides_import import ImportPlan, plan_fides_import
from app.storage.errors import PolicyFileError
from app.ui.actions import make_action

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def ask_taxonomy_path(parent: QWidget) -> str | None:
    """Ask for a Fides taxonomy file (tests replace this)."""
    path, _ = QFileDialog.getOpenFileName(parent, "Import Fides taxonomy", "",
                                          "Fides manifests (*.yml *.yaml);;All files (*)")
    return path or None


def confirm_import(dialog: QDialog) -> bool:
    """Show the preview modally; True when the user chose Import (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def show_import_error(parent: QWidget, text: str) -> None:
    """Report an unreadable taxonomy (tests replace this)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, "Cannot import", text)


def preview_dialog(plan: ImportPlan, parent: QWidget) -> QDialog:
    """A dialog listing what the import adds and skips."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Import Fides taxonomy")
    dialog.resize(640, 420)
    added = len(plan.additions)
    summary = QLabel(f"{added} item{'' if added == 1 else 's'} will be added from "
                     f"{plan.file}; {len(plan.skipped)} already exist and are skipped. "
                     "The import is one step: Undo takes it back.", dialog)
    summary.setWordWrap(True)
    listing = QPlainTextEdit("\n".join(plan.preview_lines()) or "Nothing to import.", dialog)
    listing.setReadOnly(True)
    listing.setAccessibleName("Import preview")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
    buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(added > 0)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(summary)
    layout.addWidget(listing)
    layout.addWidget(buttons)
    return dialog


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
