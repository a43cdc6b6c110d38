"""Every question the file handling asks, as a small function tests can replace.

Tests stub these with ``monkeypatch.setattr(dialogs, "ask_open_path", ...)``; the controller
always calls them through this module, never by a name imported elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.domain.i18n import QT_TRANSLATE_NOOP, translate
from app.storage.errors import PolicyFileError
from app.storage.recovery import RecoveryEntry
from app.storage.resources import Template
from app.storage.serialize import is_json_path, with_suffix

OPEN_FILTERS = QT_TRANSLATE_NOOP("files", "Policy files (*.policy.yaml *.policy.yml "
                                 "*.policy.json);;YAML files (*.yaml *.yml);;JSON files "
                                 "(*.json);;All files (*)")
"""The open dialog's filters (in English: translate them where shown, see :func:`open_filters`)."""
YAML_FILTER = QT_TRANSLATE_NOOP("files", "Policy YAML (*.policy.yaml *.policy.yml)")
JSON_FILTER = QT_TRANSLATE_NOOP("files", "Canonical JSON (*.policy.json)")
MAX_ERROR_LINES = 12
STATUS_MS = 5000
"""How long the file handling's status-bar messages stay."""
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
OVERWRITE, RELOAD = "overwrite", "reload"


def open_filters() -> str:
    """The open dialog's filters in the current language."""
    return translate("files", OPEN_FILTERS)


def ask_open_path(parent: QWidget, directory: str = "") -> str | None:
    """The file to open, or ``None`` when the user cancels."""
    path, _filter = QFileDialog.getOpenFileName(parent, translate("files", "Open Policy"),
                                                directory, open_filters())
    return path or None


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    """Where to save (with a policy suffix added when missing), or ``None`` when cancelled."""
    yaml, json = translate("files", YAML_FILTER), translate("files", JSON_FILTER)
    start = json if is_json_path(suggested) else yaml
    path, chosen = QFileDialog.getSaveFileName(parent, translate("files", "Save Policy As"),
                                               suggested, f"{yaml};;{json}", start)
    if not path:
        return None
    full = with_suffix(path, chosen == json)
    if full != path and Path(full).exists():  # the dialog only asked about the name typed
        answer = QMessageBox.question(
            parent, translate("files", "Replace File?"),
            translate("files", "{name} already exists. Replace it?").format(name=Path(full).name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return full


def _save_changes_box(parent: QWidget, name: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, translate("files", "Unsaved Changes"),
                      translate("files", "Do you want to save the changes to {name}?")
                      .format(name=name),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(translate("files", "Your changes will be lost if you don't save them."))
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
    box = QMessageBox(QMessageBox.Icon.Warning, translate("files", "File Changed on Disk"),
                      translate("files", "{name} was changed by another program since you "
                                "opened or last saved it.").format(name=name),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate(
        "files", "Overwrite replaces the other program's changes with yours. Reload opens the "
        "file as it is now and discards your unsaved changes. Cancel keeps your changes "
        "unsaved."))
    overwrite = box.addButton(translate("files", "&Overwrite"),
                              QMessageBox.ButtonRole.DestructiveRole)
    reload = box.addButton(translate("files", "&Reload"), QMessageBox.ButtonRole.ResetRole)
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
        shown.append(translate("files", "... and {count} more").format(
            count=len(lines) - MAX_ERROR_LINES))
    return "\n".join(shown)


def show_open_error(parent: QWidget, error: PolicyFileError) -> None:
    """Tell the user a file could not be opened, with file, line and column."""
    name = Path(error.file).name
    box = QMessageBox(QMessageBox.Icon.Critical, translate("files", "Cannot Open Policy"),
                      translate("files", "{name} could not be opened.").format(name=name),
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(error_text(error) + "\n\n"
                           + translate("files", "The open document was not changed."))
    box.setDetailedText("\n".join(error.lines()))
    box.exec()


def show_save_error(parent: QWidget, path: str, reason: str) -> None:
    """Tell the user a save failed (the previous file is intact: saves are atomic)."""
    QMessageBox.critical(parent, translate("files", "Cannot Save Policy"),
                         translate("files", "{path} could not be saved:\n{reason}\n\n"
                                   "The file on disk was not changed.").format(
                                       path=path, reason=reason))


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
