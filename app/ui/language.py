"""The window's language: the one chosen in Preferences, else the system's, else English.

The words of the application come from :func:`app.domain.i18n.translate`; Qt's own words (the
standard buttons, the line edits' context menu) from the compiled catalogue loaded into Qt.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from app.domain import i18n
from app.storage.translations import (
    LANGUAGE_VARIABLE,
    activate,
    catalogue_file,
    choose,
    language_code,
)

SETTING = "preferences/language"
"""Where the chosen language is kept: a code (``de``) or ``system``."""
SYSTEM = "system"
_installed: list[QTranslator] = []


def system_language() -> str | None:
    """The first of the system's interface languages that we speak, or None."""
    for name in QLocale.system().uiLanguages():
        found = language_code(name)
        if found:
            return found
    return None


def chosen_language(settings: QSettings | None = None) -> str:
    """The language the window speaks (see the module docstring)."""
    if os.environ.get(LANGUAGE_VARIABLE):
        return choose(None)
    stored = str((settings or QSettings()).value(SETTING, SYSTEM) or SYSTEM)
    return language_code(stored) or system_language() or choose(None)


def start_language(app: QCoreApplication, settings: QSettings | None = None) -> str:
    """Speak the chosen language from now on, in our words and Qt's; its code."""
    code = activate(chosen_language(settings))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != i18n.SOURCE_LANGUAGE:
        translator = QTranslator(app)
        if translator.load(str(catalogue_file(code, ".qm"))):
            app.installTranslator(translator)
            _installed.append(translator)
    return code
