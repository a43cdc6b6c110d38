"""What every import in the window shares: the preview dialog and the small questions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def confirm_import(dialog: QDialog) -> bool:
    """Show a preview modally; True when the user chose to go ahead (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def show_import_error(parent: QWidget, text: str) -> None:
    """Report an unreadable import file (tests replace this)."""
    QMessageBox.critical(parent, "Cannot import", text)


def preview_dialog(parent: QWidget, title: str, summary: str, lines: list[str], *,
                   empty: str, accept: str, can_accept: bool, wrap: bool = True) -> QDialog:
    """A dialog with a summary, the preview lines and an accept button (one undo step)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.resize(680, 430)
    label = QLabel(f"{summary} The import is one step: Undo takes it back.", dialog)
    label.setWordWrap(True)
    listing = QPlainTextEdit("\n".join(lines) or empty, dialog)
    listing.setReadOnly(True)
    if not wrap:
        listing.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    listing.setAccessibleName(f"{title} preview")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(can_accept)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(listing)
    layout.addWidget(buttons)
    return dialog
