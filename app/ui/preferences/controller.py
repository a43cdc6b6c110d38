"""Edit > Preferences...: the dialog, storing its values, and applying them.

The theme applies to the running application at once; the autosave interval, the recent files'
limit and the default export folder are followed by the parts that use them (they listen to
:func:`~app.ui.preferences.values.preference_changes`); the language applies at the next start
(:func:`apply_at_start`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from app.paths import RESOURCES
from app.ui.actions import make_action
from app.ui.preferences.dialog import PreferencesDialog
from app.ui.preferences.values import read_preferences, write_preferences
from app.ui.theme import SYSTEM, apply_theme

if TYPE_CHECKING:
    from app.ui.host import Host

TRANSLATIONS = RESOURCES / "translations"
"""The application's own translations, ``policy_studio_<language>.qm`` (when there are any)."""
PREFERENCES_FALLBACK = QKeySequence("Ctrl+,")
"""The Preferences keys where the platform has no standard ones (Windows, most Linux desktops)."""


def preferences_keys() -> list[QKeySequence]:
    """The platform's Preferences keys, and Ctrl+, where it has none."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    return keys or [PREFERENCES_FALLBACK]


class PreferencesController(QObject):
    """Owns the Preferences action and dialog of one window."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.widget)
        self.host = host
        self.dialog: PreferencesDialog | None = None
        self.action: QAction = make_action(host.widget, "Pr&eferences...", None,
                                           None, "Language, theme, autosave and more")
        self.action.setShortcuts(preferences_keys())
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.triggered.connect(self.show_dialog)
        host.add_to_menu("edit", None)
        host.add_to_menu("edit", self.action)

    def show_dialog(self) -> PreferencesDialog:
        """Open the dialog (window-modal); OK stores and applies what it says."""
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = self.dialog = PreferencesDialog(read_preferences(self.host.settings),
                                                 self.host.widget)
        dialog.accepted.connect(lambda: self._apply(dialog))
        dialog.finished.connect(lambda: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: PreferencesDialog) -> None:
        self.dialog = None
        dialog.deleteLater()

    def _apply(self, dialog: PreferencesDialog) -> None:
        before = read_preferences(self.host.settings)
        chosen = dialog.values()
        write_preferences(self.host.settings, chosen)
        if chosen.theme != before.theme:
            apply_theme(chosen.theme)
        if chosen.language != before.language:
            self.host.show_message("The new language applies when Policy Studio next starts.",
                                   8000)


def apply_language(language: str) -> list[QTranslator]:
    """Install the translations there are for ``language``; returns them (the app's children).

    The application's own (``resources/translations``) when it has them; Qt's (standard buttons,
    file dialogs) when the language was chosen, or when the application speaks the system's
    language too: with "System" and no translation of its own, the window stays in one language.
    """
    app = QApplication.instance()
    if app is None:
        return []
    locale = QLocale.system() if language == SYSTEM else QLocale(language)
    installed = []
    own = QTranslator(app)
    if own.load(locale, "policy_studio", "_", str(TRANSLATIONS)) and app.installTranslator(own):
        installed.append(own)
    else:
        own.deleteLater()
    if installed or language != SYSTEM:
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", folder) and app.installTranslator(qt):
            installed.append(qt)
        else:
            qt.deleteLater()
    return installed


def apply_at_start(settings: QSettings) -> None:
    """Apply the stored theme and language to the application, before its first window."""
    preferences = read_preferences(settings)
    if preferences.theme != SYSTEM:
        apply_theme(preferences.theme)
    apply_language(preferences.language)


def install_preferences(host: Host) -> PreferencesController:
    """Add Edit > Preferences... to ``host``; returns the controller."""
    return PreferencesController(host)
