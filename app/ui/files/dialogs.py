"""Every question the file handling asks, as a small function tests can replace.

Tests stub these with ``monkeypatch.setattr(dialogs, "ask_open_path", ...)``; the controller
always calls them through this module, never by a name imported elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.storage.errors import PolicyFileError
from app.storage.recovery import RecoveryEntry
from app.storage.resources import Template
from app.storage.serialize import is_json_path, with_suffix

OPEN_FILTERS = ("Policy files (*.policy.yaml *.policy.yml *.policy.json);;"
                "YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)")
YAML_FILTER = "Policy YAML (*.policy.yaml *.policy.yml)"
JSON_FILTER = "Canonical JSON (*.policy.json)"
MAX_ERROR_LINES = 12
STATUS_MS = 5000
"""How long the file handling's status-bar messages stay."""
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
OVERWRITE, RELOAD = "overwrite", "reload"


def ask_open_path(parent: QWidget, directory: str = "") -> str | None:
    """The file to open, or ``None`` when the user cancels."""
    path, _filter = QFileDialog.getOpenFileName(parent, "Open Policy", directory, OPEN_FILTERS)
    return path or None


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    """Where to save (with a policy suffix added when missing), or ``None`` when cancelled."""
    start = JSON_FILTER if is_json_path(suggested) else YAML_FILTER
    path, chosen = QFileDialog.getSaveFileName(parent, "Save Policy As", suggested,
                                               f"{YAML_FILTER};;{JSON_FILTER}", start)
    if not path:
        return None
    full = with_suffix(path, chosen == JSON_FILTER)
    if full != path and Path(full).exists():  # the dialog only asked about the name typed
        answer = QMessageBox.question(parent, "Replace File?",
                                      f"{Path(full).name} already exists. Replace it?")
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return full


def _save_changes_box(parent: QWidget, name: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved Changes",
                      f"Do you want to save the changes to {name}?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText("Your changes will be lost if you don't save them.")
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def _answer(button: int | QMessageBox.StandardButton) -> str:
    button = QMessageBox.StandardButton(button)
    if button == QMessageBox.StandardButton.Save:
        return SAVE
    return DISCARD if button == QMessageBox.StandardButton.Discard else CANCEL


def ask_save_changes(parent: QWidget, name: str) -> str:
    """Save / Discard / Cancel for unsaved work: ``"save"``, ``"discard"`` or ``"cancel"``."""
    return _answer(_save_changes_box(parent, name).exec())


def open_save_changes(parent: QWidget, name: str, answer: Callable[[str], None]) -> None:
    """The same question without blocking (used when the window is asked to close).

    ``answer`` gets the reply later.
    """
    box = _save_changes_box(parent, name)
    box.finished.connect(lambda result: answer(_answer(result)))
    box.finished.connect(box.deleteLater)
    box.open()


def ask_overwrite(parent: QWidget, name: str) -> str:
    """Ask what to do when saving would replace someone else's change to the file.

    The change was made since the file was loaded or last saved. Returns ``"overwrite"``,
    ``"reload"`` (drops the unsaved edits) or ``"cancel"``.
    """
    box = QMessageBox(QMessageBox.Icon.Warning, "File Changed on Disk",
                      f"{name} was changed by another program since you opened or last saved "
                      "it.", QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText("Overwrite replaces the other program's changes with yours. Reload "
                           "opens the file as it is now and discards your unsaved changes. "
                           "Cancel keeps your changes unsaved.")
    overwrite = box.addButton("&Overwrite", QMessageBox.ButtonRole.DestructiveRole)
    reload = box.addButton("&Reload", QMessageBox.ButtonRole.ResetRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return OVERWRITE if clicked == overwrite else RELOAD if clicked == reload else CANCEL


def error_text(error: PolicyFileError) -> str:
    """The error lines shown to the user (file:line:col: error: message), capped."""
    lines = error.lines()
    shown = lines[:MAX_ERROR_LINES]
    if len(lines) > MAX_ERROR_LINES:
        shown.append(f"... and {len(lines) - MAX_ERROR_LINES} more")
    return "\n".join(shown)


def show_open_error(parent: QWidget, error: PolicyFileError) -> None:
    """Tell the user a file could not be opened, with file, line and column."""
    name = Path(error.file).name
    box = QMessageBox(QMessageBox.Icon.Critical, "Cannot Open Policy",
                      f"{name} could not be opened.", QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(f"{error_text(error)}\n\nThe open document was not changed.")
    box.setDetailedText("\n".join(error.lines()))
    box.exec()


def show_save_error(parent: QWidget, path: str, reason: str) -> None:
    """Tell the user a save failed (the previous file is intact: saves are atomic)."""
    QMessageBox.critical(parent, "Cannot Save Policy",
                         f"{path} could not be saved:\n{reason}\n\n"
                         "The file on disk was not changed.")


def ask_template(parent: QWidget) -> Template | None:
    """The template to start from, or ``None``."""
    from app.ui.files.template_dialog import TemplateDialog

    dialog = TemplateDialog(parent)
    return dialog.template() if dialog.exec() else None


def ask_recover(parent: QWidget, entries: list[RecoveryEntry]
                ) -> tuple[str, RecoveryEntry] | None:
    """("recover" | "discard", entry) for unsaved work found at start, or ``None`` (later)."""
    from app.ui.files.recovery_dialog import RecoveryDialog

    dialog = RecoveryDialog(entries, parent)
    dialog.exec()
    return dialog.choice
