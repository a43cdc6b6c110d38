"""The preferences as stored in the application's settings, read back safely.

Each preference has one key, one default and one reader that turns whatever the settings file
holds (hand edits, an older release, garbage) into a valid value: an unreadable value gives the
default, a number out of range is clamped to the nearest allowed one. The parts of the window
that use a preference read it here and follow :func:`preference_changes` to apply a new value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.storage.translations import LANGUAGES as SPOKEN
from app.ui.language import SETTING as LANGUAGE_KEY
from app.ui.theme import SYSTEM, THEMES

THEME_KEY = "preferences/theme"
AUTOSAVE_KEY = "files/autosave_interval_s"
"""Seconds between autosaves; 0 turns autosave off (the dialog shows minutes)."""
EXPORT_FOLDER_KEY = "preferences/export_folder"
RECENT_LIMIT_KEY = "preferences/recent_limit"
ALLOWED_SIGNERS_KEY = "signing/allowed_signers"
"""The allowed signers file approvals are checked against ("" = found as the CLI finds it)."""

LANGUAGES = {SYSTEM: QT_TRANSLATE_NOOP("Preferences", "System"), **SPOKEN}
"""Each language's stored value and its name in its own language ("System": the system's)."""
AUTOSAVE_DEFAULT_S = 60
AUTOSAVE_MAX_S = 120 * 60
RECENT_DEFAULT = 8
RECENT_MIN, RECENT_MAX = 1, 30


@dataclass(frozen=True)
class Preferences:
    """Every preference, valid."""

    language: str = SYSTEM
    theme: str = SYSTEM
    autosave_s: float = AUTOSAVE_DEFAULT_S
    export_folder: str = ""
    """The export dialog's folder for a policy not exported before ("" = beside the file)."""
    recent_limit: int = RECENT_DEFAULT
    allowed_signers: str = ""
    """The allowed signers file ("" = automatic: beside the policy or from the environment)."""


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return None if math.isnan(number) else number


def _choice(value: object, choices: dict[str, str]) -> str:
    return value if isinstance(value, str) and value in choices else SYSTEM


def autosave_seconds(settings: QSettings) -> float:
    """Seconds between autosaves (0: off), clamped to 0 to 120 minutes."""
    number = _number(settings.value(AUTOSAVE_KEY, AUTOSAVE_DEFAULT_S))
    if number is None:
        return AUTOSAVE_DEFAULT_S
    return min(max(number, 0.0), AUTOSAVE_MAX_S)


def recent_limit(settings: QSettings) -> int:
    """How many recent files the File menu keeps, clamped to 1 to 30."""
    number = _number(settings.value(RECENT_LIMIT_KEY, RECENT_DEFAULT))
    if number is None:
        return RECENT_DEFAULT
    return int(min(max(number, RECENT_MIN), RECENT_MAX))


def export_folder(settings: QSettings) -> str:
    """The default export folder as stored ("" when none, or when the value is not a path)."""
    value = settings.value(EXPORT_FOLDER_KEY, "")
    return value if isinstance(value, str) and "\0" not in value else ""


def allowed_signers_file(settings: QSettings) -> str:
    """The allowed signers file as stored ("" when automatic, or when not a path)."""
    value = settings.value(ALLOWED_SIGNERS_KEY, "")
    return value if isinstance(value, str) and "\0" not in value else ""


def is_folder(text: str) -> bool:
    """True when ``text`` names a folder that exists now (False for any path it cannot ask)."""
    try:
        return bool(text) and Path(text).is_dir()
    except (OSError, ValueError):  # too long, NUL, a loop of links...
        return False


def default_export_folder(settings: QSettings | None) -> Path | None:
    """The default export folder, when one is set and is a folder now."""
    folder = export_folder(settings) if settings is not None else ""
    return Path(folder) if is_folder(folder) else None


def read_preferences(settings: QSettings) -> Preferences:
    """Every preference from ``settings``, each made valid."""
    return Preferences(language=_choice(settings.value(LANGUAGE_KEY), LANGUAGES),
                       theme=_choice(settings.value(THEME_KEY), THEMES),
                       autosave_s=autosave_seconds(settings),
                       export_folder=export_folder(settings),
                       recent_limit=recent_limit(settings),
                       allowed_signers=allowed_signers_file(settings))


def write_preferences(settings: QSettings, preferences: Preferences) -> None:
    """Store ``preferences`` and tell every window (:func:`preference_changes`)."""
    settings.setValue(LANGUAGE_KEY, preferences.language)
    settings.setValue(THEME_KEY, preferences.theme)
    settings.setValue(AUTOSAVE_KEY, preferences.autosave_s)
    settings.setValue(EXPORT_FOLDER_KEY, preferences.export_folder)
    settings.setValue(RECENT_LIMIT_KEY, preferences.recent_limit)
    settings.setValue(ALLOWED_SIGNERS_KEY, preferences.allowed_signers)
    settings.sync()
    preference_changes().changed.emit()


class PreferenceChanges(QObject):
    """The application-wide notice that the preferences were changed."""

    changed = Signal()


def preference_changes() -> PreferenceChanges:
    """The one notifier, a child of the application (so it goes when the application goes)."""
    app = QCoreApplication.instance()
    found = app.findChild(PreferenceChanges) if app is not None else None
    if found is None:
        found = PreferenceChanges(app)
    return found
