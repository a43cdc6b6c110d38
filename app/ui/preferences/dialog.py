"""The Preferences dialog: language, theme, autosave, export folder, recent files, signers.

It edits a :class:`~app.ui.preferences.values.Preferences` and gives back a new one when OK is
pressed; storing and applying it is the controller's. OK refuses an export folder that does not
exist or cannot be written, saying so under the field; Restore Defaults puts every field back
to its default (nothing is stored until OK).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import translate
from app.ui.editors.fields import error_colour
from app.ui.preferences.values import (
    AUTOSAVE_MAX_S,
    LANGUAGES,
    RECENT_MAX,
    RECENT_MIN,
    Preferences,
    is_folder,
)
from app.ui.theme import THEMES

SHOWN_PATH = 80
"""The most characters of a refused path the message repeats (the middle is elided)."""


def folder_problem(text: str) -> str | None:
    """Why ``text`` cannot be the default export folder, or None (empty is fine: no default)."""
    if not text:
        return None
    shown = text if len(text) <= SHOWN_PATH else f"{text[:40]}\u2026{text[-39:]}"
    if "\0" in text:
        return translate("Preferences", "A folder name cannot contain a NUL character.")
    if not Path(text).is_absolute():
        return translate("Preferences", "Give the folder's full path (or choose it with Browse).")
    if not is_folder(text):
        return translate("Preferences", "There is no folder {folder}.").format(folder=shown)
    try:  # a real file, not a permission check: root, read-only mounts and ACLs are caught
        with tempfile.NamedTemporaryFile(dir=text, prefix=".policy-studio-"):
            pass
    except OSError as exc:
        words = translate("Preferences", "The folder {folder} cannot be written to ({reason}).")
        return words.format(folder=shown, reason=exc.strerror or exc)
    return None


def signers_problem(text: str) -> str | None:
    """Why ``text`` cannot be the allowed signers file, or None (empty: found automatically)."""
    if not text:
        return None
    shown = text if len(text) <= SHOWN_PATH else f"{text[:40]}\u2026{text[-39:]}"
    try:
        found = "\0" not in text and Path(text).is_file()
    except (OSError, ValueError):
        found = False
    return None if found else translate("Preferences", "There is no file {file}.").format(
        file=shown)


def minutes_shown(seconds: float) -> int:
    """The whole minutes the dialog shows for an interval (a short interval is not "Off")."""
    return 0 if seconds <= 0 else max(1, round(seconds / 60))


def ask_export_folder(parent: QWidget, start: str) -> str:
    """Ask for a folder ("" when cancelled)."""
    return QFileDialog.getExistingDirectory(
        parent, translate("Preferences", "Default export folder"), start)


def ask_signers_file(parent: QWidget, start: str) -> str:
    """Ask for the allowed signers file ("" when cancelled)."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, translate("Preferences", "Allowed signers file"), start)
    return chosen


class PreferencesDialog(QDialog):
    """The preferences as fields, with OK, Cancel and Restore Defaults."""

    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.setAccessibleName(self.windowTitle())
        self._current = current
        self.language = self._combo(LANGUAGES, translate("Preferences", "Language"))
        language_note = QLabel(translate(
            "Preferences", "A new language applies when Policy Studio next starts."), self)
        language_note.setWordWrap(True)
        self.theme = self._combo(THEMES, translate("Preferences", "Theme"))
        self.autosave = QSpinBox(self)
        self.autosave.setRange(0, AUTOSAVE_MAX_S // 60)
        self.autosave.setSuffix(" " + translate("Preferences", "min", "minutes"))
        self.autosave.setSpecialValueText(translate("Preferences", "Off", "autosave"))
        self.autosave.setAccessibleName(
            translate("Preferences", "Autosave interval in minutes, 0 for off"))
        self.autosave.setToolTip(translate(
            "Preferences", "How often unsaved work is copied to the recovery folder (never over "
            "your file); 0 turns autosave off"))
        self.folder = QLineEdit(self)
        self.folder.setPlaceholderText(translate("Preferences", "Beside the policy file"))
        self.folder.setAccessibleName(translate("Preferences", "Default export folder"))
        self.folder.setToolTip(translate(
            "Preferences", "Where the Export dialog starts for a policy not exported before; "
            "empty: beside the policy file"))
        self.browse = QPushButton(translate("Preferences", "&Browse..."), self)
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        self.folder_error = QLabel(self)
        self.folder_error.setTextFormat(Qt.TextFormat.PlainText)  # the path is shown as typed
        self.folder_error.setWordWrap(True)
        self.folder_error.setStyleSheet(f"color: {error_colour(self)}")
        self.folder_error.hide()
        self.folder.textChanged.connect(lambda *_: self.folder_error.hide())
        self.signers = QLineEdit(self)
        self.signers.setPlaceholderText(translate(
            "Preferences", "Automatic: allowed_signers beside the policy"))
        self.signers.setAccessibleName(translate("Preferences", "Allowed signers file"))
        self.signers.setAccessibleDescription(translate(
            "Preferences", "The file that says whose signatures verify approvals; empty: the "
            "POLICY_STUDIO_ALLOWED_SIGNERS variable or allowed_signers beside the policy"))
        self.signers.setToolTip(self.signers.accessibleDescription())
        self.browse_signers = QPushButton(translate("Preferences", "Brow&se..."), self)
        self.browse_signers.setAutoDefault(False)
        self.browse_signers.setAccessibleDescription(
            translate("Preferences", "Choose the allowed signers file"))
        self.browse_signers.clicked.connect(self._browse_signers)
        self.signers_error = QLabel(self)
        self.signers_error.setTextFormat(Qt.TextFormat.PlainText)
        self.signers_error.setWordWrap(True)
        self.signers_error.setStyleSheet(f"color: {error_colour(self)}")
        self.signers_error.hide()
        self.signers.textChanged.connect(lambda *_: self.signers_error.hide())
        self.recent = QSpinBox(self)
        self.recent.setRange(RECENT_MIN, RECENT_MAX)
        self.recent.setAccessibleName(translate("Preferences", "Number of recent files to keep"))
        for field, said in (
                (self.language, translate("Preferences", "The language of the window and its "
                                          "documents; it applies at the next start")),
                (self.theme, translate("Preferences", "Light, dark, high contrast, or as the "
                                       "system shows windows")),
                (self.recent, translate("Preferences", "How many recently opened files the "
                                        "File menu lists"))):
            field.setAccessibleDescription(said)
            field.setToolTip(said)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_values(Preferences()))
        self._layout(language_note)
        self.show_values(current)
        self.language.setFocus()

    def _combo(self, choices: dict[str, str], name: str) -> QComboBox:
        combo = QComboBox(self)
        for value, words in choices.items():
            combo.addItem(translate("Preferences", words), value)
        combo.setAccessibleName(name)
        return combo

    def _layout(self, language_note: QLabel) -> None:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        rows = ((translate("Preferences", "&Language:"), self.language, language_note),
                (translate("Preferences", "&Theme:"), self.theme, None),
                (translate("Preferences", "&Autosave every:"), self.autosave, None),
                (translate("Preferences", "Default e&xport folder:"), self.folder,
                 self.folder_error),
                (translate("Preferences", "&Recent files kept:"), self.recent, None),
                (translate("Preferences", "Allowed si&gners file:"), self.signers,
                 self.signers_error))
        for text, field, note in rows:
            label = QLabel(text, self)
            label.setBuddy(field)
            row = grid.rowCount()
            grid.addWidget(label, row, 0)
            if field in (self.folder, self.signers):
                grid.addWidget(field, row, 1)
                grid.addWidget(self.browse if field is self.folder else self.browse_signers,
                               row, 2)
            else:
                grid.addWidget(field, row, 1, 1, 2)
            if note is not None:
                grid.addWidget(note, row + 1, 1, 1, 2)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with a message
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.folder.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)  # a real path

    def show_values(self, preferences: Preferences) -> None:
        """Fill the fields from ``preferences``."""
        self.language.setCurrentIndex(self.language.findData(preferences.language))
        self.theme.setCurrentIndex(self.theme.findData(preferences.theme))
        self.autosave.setValue(minutes_shown(preferences.autosave_s))
        self.folder.setText(preferences.export_folder)
        self.recent.setValue(preferences.recent_limit)
        self.signers.setText(preferences.allowed_signers)

    def values(self) -> Preferences:
        """The preferences the fields say.

        An autosave interval left at the minutes shown keeps its exact stored seconds.
        """
        minutes = self.autosave.value()
        same = minutes == minutes_shown(self._current.autosave_s)
        return replace(self._current, language=self.language.currentData(),
                       theme=self.theme.currentData(),
                       autosave_s=self._current.autosave_s if same else minutes * 60.0,
                       export_folder=self.folder.text().strip(),
                       recent_limit=self.recent.value(),
                       allowed_signers=self.signers.text().strip())

    def _browse(self) -> None:
        chosen = ask_export_folder(self, self.folder.text() or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)

    def _browse_signers(self) -> None:
        chosen = ask_signers_file(self, self.signers.text() or str(Path.home()))
        if chosen:
            self.signers.setText(chosen)

    def accept(self) -> None:
        """Close with OK unless the export folder or signers file cannot be used (say why, stay)."""
        for check, field, note in ((folder_problem, self.folder, self.folder_error),
                                   (signers_problem, self.signers, self.signers_error)):
            problem = check(field.text().strip())
            if problem is not None:
                note.setText(problem)
                note.show()
                field.setFocus()
                field.selectAll()
                return
        super().accept()
