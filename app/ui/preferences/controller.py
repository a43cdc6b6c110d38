"""Edit > Preferences...: the dialog, storing its values, and applying them.

The theme applies to the running application at once; the autosave interval, the recent files'
limit and the default export folder are followed by the parts that use them (they listen to
:func:`~app.ui.preferences.values.preference_changes`); the language applies at the next start
(:mod:`app.ui.language` reads the same setting).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence

from app.domain.i18n import translate
from app.ui.actions import make_action
from app.ui.preferences.dialog import PreferencesDialog
from app.ui.preferences.values import read_preferences, write_preferences
from app.ui.theme import SYSTEM, apply_theme

if TYPE_CHECKING:
    from app.ui.host import Host

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
        self.action: QAction = make_action(
            host.widget, translate("Preferences", "Pr&eferences..."), None, None,
            translate("Preferences", "Language, theme, autosave and more"))
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
            self.host.show_message(translate(
                "Preferences", "A new language applies when Policy Studio next starts."), 8000)


def apply_at_start(settings: QSettings) -> None:
    """Apply the stored theme to the application, before its first window.

    (The stored language is started with the application: :func:`app.ui.language.start_language`.)
    """
    theme = read_preferences(settings).theme
    if theme != SYSTEM:
        apply_theme(theme)


def install_preferences(host: Host) -> PreferencesController:
    """Add Edit > Preferences... to ``host``; returns the controller."""
    return PreferencesController(host)
